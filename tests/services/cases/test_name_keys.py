"""Phonetic name keys: the same woman's name in either script and in its usual spellings."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osc_desktop.services.cases.name_keys import HONORIFICS, honorific_keys, name_keys, name_words

SAME_NAME = [
    ("सुनीता", "Sunita", "Suneeta", "Sunitha", "SUNITA", "sunita"),
    ("प्रिया", "Priya", "Pria", "Priyaa"),
    ("लक्ष्मी", "Laxmi", "Lakshmi", "Lakshmee", "Lachhmi", "Lachmi"),
    ("रेखा", "Rekha", "Rekhaa"),
    ("ज्योति", "Jyoti", "Jyothi", "Jyotee"),
    ("पूजा", "Pooja", "Puja"),
    ("शबनम", "Shabnam", "Sabnam"),
    ("फ़ातिमा", "Fatima", "Phatima", "फातिमा"),
    ("गीता", "Geeta", "Gita"),
    ("संगीता", "Sangeeta", "Sangita"),
    ("चंपा", "Champa"),
    ("कृष्णा", "Krishna"),
    ("आशा", "Asha", "Aasha"),
    ("मोहिनी", "Mohini"),
    ("कैलाशी", "Kailashi"),
    ("नाज़िया", "Nazia", "Najia", "Naziya"),
    ("शांति", "Shanti", "Shaanti"),
    ("अंजलि", "Anjali", "Anjalee", "Anjly", "अंजली"),
    ("सविता", "Savita", "Sawita", "Sabita"),
    # Surnames.
    ("सिंह", "Singh"),
    ("चौधरी", "Choudhary", "Chaudhary", "Chaudhari", "Choudhari", "Chowdhary"),
    ("वर्मा", "Verma", "Varma"),
    ("राय", "Rai", "Roy", "Ray"),  # the Bengali Roy is राय too
    ("महतो", "Mahto", "Mahato"),
    ("यादव", "Yadav", "Yadaw", "Jadav"),
    ("पासवान", "Paswan"),
    # First names: y, i and a final -y/-ee; ai, ae, ay and e; au, ou, ow and o.
    ("आयशा", "Ayesha", "Aisha", "Ayasha", "Aysha", "आइशा", "आएशा"),
    ("बेबी", "Baby", "Bebi"),
    ("पिंकी", "Pinki", "Pinky", "Pinkee"),
    ("रूबी", "Rubi", "Ruby"),
    ("स्वीटी", "Sweety", "Sweeti"),
    ("ऐश्वर्या", "Aishwarya", "Aishwariya"),
    ("कौशल्या", "Kaushalya", "Koushalya"),
    ("गौरी", "Gauri", "Gowri", "Gouri"),
    ("सौम्या", "Saumya", "Soumya", "Sowmya"),
    ("ईशा", "Isha", "Esha", "Eesha"),
    # z, f, sh, ksh; the Bihari, Bengali and Odia j for y and b for v.
    ("ज़रीना", "Zarina", "Jarina", "जरीना"),
    ("फूलमती", "Phoolmati", "Fulmati", "Phulmati"),
    ("श्वेता", "Shweta", "Sweta", "Shwetha"),
    ("क्षमा", "Kshama", "Chhama", "छमा"),
    ("यशोदा", "Yashoda", "Jashoda", "Jasoda"),
    ("यमुना", "Yamuna", "Jamuna", "जमुना"),
    ("वंदना", "Vandana", "Bandana", "Wandana"),
    ("विमला", "Vimla", "Bimla", "Vimala"),
    ("कविता", "Kavita", "Kabita", "Kavitha"),
    # Anusvara and nasals.
    ("कंचन", "Kanchan"),
    ("चंदा", "Chanda", "Chandaa", "चन्दा"),
    ("मंजू", "Manju", "Manjoo"),
    ("बेगम", "Begum", "Begam"),
]

DIFFERENT_NAMES = [
    ("Sunita", "Sanjay"),
    ("Rekha", "Radha"),
    ("सुनीता", "Sanjay"),
    ("रेखा", "राधा"),
    ("Asha", "Usha"),
    ("Anita", "Nita"),
    ("Priya", "Pooja"),
    ("Seema", "Soma"),
    ("Rani", "Rina"),
    ("Mina", "Mona"),
    ("Meena", "Mona"),
    ("Rekha", "Rakhi"),
    ("Aisha", "Isha"),
    ("आयशा", "ईशा"),
    ("Sakshi", "Sachi"),
    ("Riya", "Rai"),
    ("Baby", "Bibi"),
    ("बेबी", "बीबी"),
    ("Lalita", "Lata"),
    ("Gudiya", "Guddi"),
    ("Sinha", "Singh"),
    ("Kavita", "Kavya"),
    ("Amita", "Amrita"),
]

# Common first names of women and common surnames in India, each a different name. Keys are a
# coarse comparison, so some pairs of these do share one; how many is bounded below.
_FIRST_NAMES = """
    Aarti Abha Aditi Afsana Aisha Akanksha Alka Amita Amrita Anamika Anita Anjali Anju Ankita
    Anuradha Anupama Aparna Archana Asha Ashwini Bharti Babita Bhagwati Bhavna Bimla Bindu
    Chanda Chandni Champa Chhaya Chitra Deepa Deepika Divya Durga Farida Fatima Gayatri Geeta
    Gauri Gudiya Hema Heena Indu Indira Jaya Jyoti Jamuna Janaki Juhi Kajal Kalpana Kamla
    Kanchan Kavita Khushboo Kiran Kirti Kusum Lakshmi Lalita Lata Leela Madhu Madhuri Mala
    Mamta Manisha Manju Maya Meena Meera Mohini Monika Mumtaz Munni Nandini Neelam Neha Nirmala
    Nisha Nita Noor Nazia Padma Pallavi Parvati Pinki Pooja Poonam Prabha Pratibha Preeti Priya
    Pushpa Rachna Radha Rajni Rakhi Rama Rani Rashmi Reena Rekha Renu Reshma Ritu Rubina Ruby
    Rukhsana Rupa Sabina Sadhana Sakshi Salma Sangeeta Sarita Saroj Sarla Savita Seema Shabnam
    Shakuntala Shalini Shanti Sharda Sheela Shilpa Shobha Shweta Simran Sita Sneha Sonam Sonia
    Sudha Suman Sumitra Sunita Supriya Surekha Sushila Sushma Swati Tara Tulsi Uma Urmila Usha
    Vandana Varsha Vidya Vinita Yashoda Zarina Zeenat Shahnaz Nasreen Parveen Razia Sultana
    Tabassum Noorjahan Kaushalya Saumya Mousumi Aishwarya Phoolmati Shabana Sameena Kulsum
    Hasina Jamila Khadija Mehrunnisa Sakina Rehana Roshni Shazia Gulshan Basanti Dulari Sundari
    Kamini Lajwanti Dropadi Sarojini Karuna Mona Tina Soma Sonali Rupali Dipali Vaishali
    Harpreet Manpreet Gurpreet Kulwinder Jasbir Shama Kshama Veena Hemlata Snehlata Kalavati
    Savitri Malti Mukta Sunaina Naina Rajkumari Saraswati Sushmita Guddi Babli Dolly Sweety
    Baby Nikita Ritika Komal Kumkum Sapna Sarika Shikha Mansi Muskan Nargis Neelu Rinki Rinku
    Sonu Sonal Alpana Aastha Abida Anisha Anushka Arpita Asma Barkha Bela Chameli Chanchal
    Damini Daya Deepti Dimple Ekta Gulabo Gunjan Hansa Himani Ila Isha Jagriti Jasmin Jhanvi
    Jyotsna Kanika Kashish Kaveri Ketaki Khushi Kokila Kriti Lajja Lavanya Madhavi Mahima
    Malini Mandakini Manorama Meenakshi Megha Mridula Nalini Namita Namrata Nandita Navya Neeti
    Nidhi Nilima Nirupama Nivedita Padmini Payal Prachi Pragya Pramila Prerna Pushplata Radhika
    Ragini Rajeshwari Rashida Ratna Rita Rukmini Sachi Shagufta Shalu Sharmila Shefali Shivani
    Shraddha Shreya Shruti Smita Sohini Sujata Sulekha Sumati Suniti Surbhi Swapna Tanuja Tanvi
    Trishna Tripti Vaidehi Vasudha Vibha Vijaya Yamini Yogita Zohra Zubeda Shirin Sadia Saira
    Sana Sania Saba Huma Iqra Mahjabeen Nafisa Nusrat Rabia Tasleem Yasmin Zainab Zoya Ishrat
    Kahkashan Gulnaz Firdaus Afreen Anam Bushra Farah Ghazala Kamlesh Shyama Lakhi Lalli
"""
FIRST_NAMES = _FIRST_NAMES.split()

_SURNAMES = """
    Singh Yadav Paswan Sharma Verma Gupta Mishra Pandey Tiwari Choudhary Mahto Rai Das Khan
    Ansari Sheikh Qureshi Manjhi Ram Ravidas Thakur Jha Sinha Prasad Shah Saha Patel Mandal
    Sahni Mehta Joshi Nair Pillai Reddy Rao Naidu Iyer Bose Ghosh Dutta Sen Banerjee Mukherjee
    Chatterjee Malik Siddiqui Hussain Rajput Chauhan Rathore Bhagat Oraon Munda Hansda Murmu
    Tudu Soren Kisku Hembram Marandi Baskey Rajbhar Nishad Kewat Mallah Kurmi Koiri Kushwaha
    Lal Gond Bhil Meghwal Jatav Dhobi Nai Teli Sahu Baghel Bind Pal Gaur Saini Kashyap Pathak
    Dubey Shukla Tripathi Awasthi Bajpai Srivastava Saxena Nigam Bhatt Negi Rawat Bisht Kaur
    Gill Sandhu Dhillon Sidhu Brar Grewal Jadhav
"""
SURNAMES = _SURNAMES.split()

# Some of them in Devanagari: the same keys as in Latin letters, so the bound holds for them too.
IN_DEVANAGARI = {
    "सुनीता": "Sunita",
    "अनीता": "Anita",
    "नीता": "Nita",
    "सीमा": "Seema",
    "सोमा": "Soma",
    "मीना": "Meena",
    "मोना": "Mona",
    "रानी": "Rani",
    "रीना": "Reena",
    "राधा": "Radha",
    "रेखा": "Rekha",
    "उषा": "Usha",
    "आशा": "Asha",
    "ममता": "Mamta",
    "कमला": "Kamla",
    "ललिता": "Lalita",
    "लता": "Lata",
    "नसरीन": "Nasreen",
    "नेहा": "Neha",
    "स्नेहलता": "Snehlata",
    "शर्मिला": "Sharmila",
    "पार्वती": "Parvati",
    "गायत्री": "Gayatri",
    "ख़ुशबू": "Khushboo",
    "रुख़साना": "Rukhsana",
    "निर्मला": "Nirmala",
    "शकुंतला": "Shakuntala",
    "मनीषा": "Manisha",
    "पासवान": "Paswan",
    "शर्मा": "Sharma",
    "मिश्रा": "Mishra",
    "पांडेय": "Pandey",
    "तिवारी": "Tiwari",
    "मांझी": "Manjhi",
    "ठाकुर": "Thakur",
    "झा": "Jha",
    "प्रसाद": "Prasad",
    "अंसारी": "Ansari",
    "ख़ान": "Khan",
    "कुशवाहा": "Kushwaha",
}

# At most 3 pairs of different names in 10,000 may share a key. Measured: 11 of the 106,953
# pairs (0.010%): Savita-Shweta, Sharda-Shraddha, Jasmin-Yasmin (initial y = j), Shikha-Sheikh,
# Bela-Bhil, Tripti-Tripathi, Rama-Ram, Sinha-Sen, Shah-Saha, Dhobi-Dubey, Yadav-Jadhav. A
# possible match is a suggestion that a worker looks at, while a missed one is a second file for
# the same woman, so a few are worth it; keys without the vowels i and u after the first letter
# (Seema = Soma) would share 0.085% and fail here.
MAX_FALSE_MATCH_RATE = 0.0003


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda names: names[1])
def test_spellings_and_scripts_of_one_name_share_the_key(spellings):
    keys = {name_keys(spelling) for spelling in spellings}
    assert len(keys) == 1, {s: name_keys(s) for s in spellings}
    (key,) = keys
    assert len(key) == 1


@pytest.mark.parametrize(("one", "other"), DIFFERENT_NAMES)
def test_different_names_do_not_share_a_key(one, other):
    assert name_keys(one)
    assert name_keys(other)
    assert not name_keys(one) & name_keys(other)


def test_the_documented_keys():
    assert name_keys("सुनीता") == {"sunit"}
    assert name_keys("Lakshmi") == {"lcmi"}
    assert name_keys("सिंह") == {"sing"}


def test_the_name_lists_hold_different_names_each_once():
    names = [name.casefold() for name in FIRST_NAMES + SURNAMES]
    assert len(names) == len(set(names)) >= 400
    assert set(IN_DEVANAGARI.values()) <= set(FIRST_NAMES + SURNAMES)


@pytest.mark.parametrize(("devanagari", "latin"), IN_DEVANAGARI.items())
def test_the_listed_names_have_the_same_key_in_devanagari(devanagari, latin):
    assert name_keys(devanagari) == name_keys(latin)


def test_few_different_names_share_a_key():
    names = FIRST_NAMES + SURNAMES
    keys = {name: name_keys(name) for name in names}
    assert all(len(key) == 1 for key in keys.values())
    pairs = list(itertools.combinations(names, 2))
    sharing = [(one, other) for one, other in pairs if keys[one] & keys[other]]
    assert len(sharing) <= MAX_FALSE_MATCH_RATE * len(pairs), sharing


def test_one_key_per_word_of_the_name():
    assert name_keys("Sunita Yadav") == name_keys("सुनीता यादव") == {"sunit", "jdb"}
    assert name_keys("Rekha  Kumari-Paswan") == name_keys("Rekha Paswan")


def test_honorifics_are_no_key_of_their_own():
    assert name_keys("Sunita Devi") == name_keys("Sunita") == name_keys("सुनीता देवी")
    assert not name_keys("Sunita Devi") & name_keys("Rekha Devi")
    assert not name_keys("Priya Kumari") & name_keys("Anjali Kumari")
    # A name of nothing but an honorific can still be looked up.
    assert name_keys("Devi") == name_keys("देवी") != frozenset()
    assert name_keys("Devi") <= honorific_keys()
    assert {w for w in HONORIFICS if not name_keys(w) <= honorific_keys()} == set()


def test_nothing_to_key():
    assert name_keys("") == frozenset()
    assert name_keys("  ,.-42 ") == frozenset()


def test_name_words_transliterate_devanagari():
    assert name_words("सुनीता, Devi 42") == ["suniitaa", "devi"]
    assert name_words("Sunītā") == ["sunita"]


latin_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30)
latin_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=15)
devanagari = st.text(
    alphabet=st.characters(min_codepoint=0x0900, max_codepoint=0x097F), min_size=0, max_size=20
)


@given(latin_names)
def test_keys_do_not_depend_on_letter_case(name):
    assert name_keys(name.upper()) == name_keys(name) == name_keys(name.title())


@given(latin_words, st.data())
def test_keys_do_not_depend_on_doubled_letters(word, data):
    index = data.draw(st.integers(min_value=0, max_value=len(word) - 1))
    doubled = word[: index + 1] + word[index] + word[index + 1 :]
    assert name_keys(doubled) == name_keys(word)


@given(latin_names)
def test_keys_do_not_depend_on_spacing_or_word_order(name):
    words = name.split()
    assert name_keys("  ".join(reversed(words))) == name_keys(name)


@given(devanagari)
def test_any_devanagari_gives_plain_latin_keys(text):
    for key in name_keys(text):
        assert key.isascii() and key.isalpha() and key.islower()


@given(st.text(max_size=40))
def test_any_text_is_keyed_without_error(text):
    keys = name_keys(text)
    assert all(key.isascii() and key.isalpha() for key in keys)
