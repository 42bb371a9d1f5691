"""A synthetic demo centre: staff with known passwords and many realistic, made-up cases.

For benchmarks, screenshots and training. Every name, phone number and story is invented,
drawn from a seeded random generator: the same seed and the same `now` give the same centre.
Cases are written in bulk (SQLAlchemy Core, executemany) inside one transaction, numbered as
`register_case` would number them (`case_numbers.format_case_number`, a `case_sequence` row per
financial year), then the search index is rebuilt once. 100,000 cases take a few minutes.

What the cases hold, roughly as a district centre sees them: names in Devanagari and in Latin
script; now and then the same woman returning, her name written in the other script and her
new case linked to the earlier one; every kind of violence, several at once; children with
her; perpetrators; FIR, NCR or DIR numbers; services given (counselling sessions with their
confidential notes); referrals out; disposed cases with their follow-ups (some done, some
overdue, some due); some quick-registered cases still incomplete; cases registered over about
four years, so over several financial years.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from osc_desktop.errors import AlreadySetUp
from osc_desktop.models import (
    Arrival,
    Case,
    CaseChild,
    CaseLink,
    CaseNeed,
    CaseSequence,
    CaseStatus,
    CaseViolence,
    ChildSex,
    Education,
    FollowUp,
    FollowUpResult,
    MaritalStatus,
    Outcome,
    Perpetrator,
    PoliceReportKind,
    Referral,
    ReferralStatus,
    ReferralTarget,
    Relationship,
    Role,
    ServiceKind,
    ServiceRecord,
    StaffUser,
    StatusChange,
    ViolenceKind,
)
from osc_desktop.paths import DataPaths
from osc_desktop.security.passwords import hash_password
from osc_desktop.services.cases.numbers import format_case_number
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.calendar import financial_year_label
from osc_desktop.services.core.clock import at_local_time, local_date

DEFAULT_SEED = 2026
# Cases are generated and written this many at a time (memory stays small at any size).
CHUNK_CASES = 2_000
# Registrations spread over this many days before `now` (about four years).
SPAN_DAYS = 4 * 365 + 1
FOLLOW_UP_MONTHS = (1, 3, 6)

DEMO_PROFILE = CentreProfileInput(
    name="One Stop Centre, Patna (demo)",
    code="PAT",
    district="Patna",
    state="Bihar",
    address="Sadar Hospital campus\nPatna 800001",
    phone="0612 2345678",
)


@dataclass(frozen=True)
class DemoAccount:
    """A staff account of the demo centre; its password is public (README, "Demo centre")."""

    username: str
    full_name: str
    role: str
    password: str = field(repr=False)


# The first is the centre's first manager. Listed in README.md; change both together.
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("manager", "Asha Kumari", Role.MANAGER.value, "demo-manager-1"),
    DemoAccount("operator1", "Ravi Ranjan", Role.OPERATOR.value, "demo-operator-1"),
    DemoAccount("operator2", "नेहा सिन्हा", Role.OPERATOR.value, "demo-operator-2"),
    DemoAccount("counsellor1", "Priya Sharma", Role.COUNSELLOR.value, "demo-counsellor-1"),
    DemoAccount("counsellor2", "मीरा देवी", Role.COUNSELLOR.value, "demo-counsellor-2"),
)


@dataclass(frozen=True)
class DemoCentreSummary:
    """What was made: counts and codes only, never a survivor's data."""

    centre_code: str
    cases: int
    financial_years: tuple[tuple[str, int], ...]  # ("2025-26", cases registered), oldest first
    linked_pairs: int
    incomplete: int
    disposed: int
    children: int
    services: int
    referrals: int
    follow_ups: int
    indexed: int
    accounts: tuple[DemoAccount, ...]
    seconds: float


# --------------------------------------------------------------------------- vocabulary
# (Devanagari, Latin spellings...). Names are common in Bihar; any resemblance is chance.

_HINDU_FIRST: tuple[tuple[str, ...], ...] = (
    ("सुनीता", "Sunita", "Suneeta"),
    ("पूजा", "Pooja", "Puja"),
    ("रीना", "Reena", "Rina"),
    ("अनीता", "Anita", "Aneeta"),
    ("गीता", "Geeta", "Gita"),
    ("सीता", "Sita", "Seeta"),
    ("प्रियंका", "Priyanka"),
    ("रेखा", "Rekha"),
    ("सरिता", "Sarita"),
    ("ममता", "Mamta", "Mamata"),
    ("कविता", "Kavita", "Kavitha"),
    ("नीतू", "Neetu", "Nitu"),
    ("रिंकी", "Rinki"),
    ("पिंकी", "Pinki", "Pinky"),
    ("काजल", "Kajal"),
    ("खुशबू", "Khushbu", "Khushboo"),
    ("सोनी", "Soni"),
    ("अंजलि", "Anjali"),
    ("प्रीति", "Preeti", "Priti"),
    ("रूबी", "Ruby", "Rubi"),
    ("नेहा", "Neha"),
    ("ज्योति", "Jyoti"),
    ("रानी", "Rani"),
    ("सुमन", "Suman"),
    ("संगीता", "Sangeeta", "Sangita"),
    ("उषा", "Usha"),
    ("मीना", "Meena", "Mina"),
    ("राधा", "Radha"),
    ("लक्ष्मी", "Lakshmi", "Laxmi"),
    ("सावित्री", "Savitri"),
    ("कमला", "Kamla", "Kamala"),
    ("शांति", "Shanti"),
    ("पार्वती", "Parvati"),
    ("बबीता", "Babita"),
    ("मंजू", "Manju"),
    ("अर्चना", "Archana"),
    ("किरण", "Kiran"),
    ("सपना", "Sapna"),
    ("दिव्या", "Divya"),
    ("स्वाति", "Swati"),
    ("चंदा", "Chanda"),
    ("कुसुम", "Kusum"),
    ("पुष्पा", "Pushpa"),
    ("शीला", "Sheela", "Shila"),
    ("रजनी", "Rajni", "Rajani"),
    ("वंदना", "Vandana"),
    ("सोनम", "Sonam"),
    ("चांदनी", "Chandni"),
    ("रश्मि", "Rashmi"),
    ("निशा", "Nisha"),
    ("आरती", "Aarti", "Arti"),
    ("पूनम", "Poonam", "Punam"),
    ("गुड़िया", "Gudiya"),
    ("माधुरी", "Madhuri"),
    ("तनुजा", "Tanuja"),
    ("बिंदु", "Bindu"),
    ("मालती", "Malti"),
    ("नूतन", "Nutan"),
)
_MUSLIM_FIRST: tuple[tuple[str, ...], ...] = (
    ("रुखसाना", "Rukhsana"),
    ("शबनम", "Shabnam"),
    ("नाज़िया", "Nazia", "Naziya"),
    ("फ़ातिमा", "Fatima"),
    ("परवीन", "Parveen", "Parvin"),
    ("सलमा", "Salma"),
    ("रज़िया", "Razia"),
    ("तबस्सुम", "Tabassum"),
    ("नसरीन", "Nasreen", "Nasrin"),
    ("शाहीन", "Shaheen"),
    ("आयशा", "Ayesha", "Aisha"),
    ("ज़ीनत", "Zeenat"),
)
_HINDU_SURNAME: tuple[tuple[str, ...], ...] = (
    ("कुमारी", "Kumari"),
    ("देवी", "Devi"),
    ("सिंह", "Singh"),
    ("यादव", "Yadav"),
    ("पासवान", "Paswan"),
    ("मांझी", "Manjhi"),
    ("शर्मा", "Sharma"),
    ("वर्मा", "Verma"),
    ("गुप्ता", "Gupta"),
    ("सिन्हा", "Sinha"),
    ("प्रसाद", "Prasad"),
    ("मिश्रा", "Mishra"),
    ("झा", "Jha"),
    ("पाण्डेय", "Pandey"),
    ("तिवारी", "Tiwari"),
    ("चौधरी", "Choudhary", "Chaudhary"),
    ("रजक", "Rajak"),
    ("महतो", "Mahto"),
    ("साहू", "Sahu"),
    ("ठाकुर", "Thakur"),
    ("मंडल", "Mandal"),
    ("राय", "Rai"),
    ("भारती", "Bharti"),
    ("रविदास", "Ravidas"),
    ("कुशवाहा", "Kushwaha"),
    ("निषाद", "Nishad"),
    ("श्रीवास्तव", "Srivastava"),
    ("दास", "Das"),
)
_MUSLIM_SURNAME: tuple[tuple[str, ...], ...] = (
    ("खातून", "Khatoon", "Khatun"),
    ("बानो", "Bano"),
    ("अंसारी", "Ansari"),
    ("बेगम", "Begum"),
    ("परवीन", "Parveen"),
)
_MALE_FIRST: tuple[tuple[str, ...], ...] = (
    ("राजेश", "Rajesh"),
    ("सुनील", "Sunil"),
    ("मनोज", "Manoj"),
    ("अमित", "Amit"),
    ("राकेश", "Rakesh"),
    ("संजय", "Sanjay"),
    ("विकास", "Vikas"),
    ("पप्पू", "Pappu"),
    ("मुकेश", "Mukesh"),
    ("रवि", "Ravi"),
    ("अजय", "Ajay"),
    ("दिनेश", "Dinesh"),
    ("सुरेश", "Suresh"),
    ("रमेश", "Ramesh"),
    ("विनोद", "Vinod"),
    ("अशोक", "Ashok"),
    ("राजू", "Raju"),
    ("गुड्डू", "Guddu"),
    ("बबलू", "Bablu"),
    ("चंदन", "Chandan"),
    ("रोहित", "Rohit"),
    ("सोनू", "Sonu"),
)
_MUSLIM_MALE_FIRST: tuple[tuple[str, ...], ...] = (
    ("इरफ़ान", "Irfan"),
    ("सलीम", "Salim"),
    ("असलम", "Aslam"),
    ("इमरान", "Imran"),
    ("शाहिद", "Shahid"),
    ("जावेद", "Javed"),
)
_BOY_FIRST: tuple[tuple[str, ...], ...] = (
    ("आर्यन", "Aryan"),
    ("अंकित", "Ankit"),
    ("साहिल", "Sahil"),
    ("अमन", "Aman"),
    ("आदित्य", "Aditya"),
    ("कृष्णा", "Krishna"),
    ("मोनू", "Monu"),
    ("गोलू", "Golu"),
)
_ALIASES: tuple[tuple[str, ...], ...] = (
    ("मुन्नी", "Munni"),
    ("गुड्डी", "Guddi"),
    ("बेबी", "Baby"),
    ("छोटी", "Chhoti"),
    ("रानो", "Rano"),
    ("बुचिया", "Buchiya"),
)
_LOCALITIES: tuple[tuple[str, str], ...] = (
    ("कंकड़बाग", "Kankarbagh"),
    ("राजेंद्र नगर", "Rajendra Nagar"),
    ("दानापुर", "Danapur"),
    ("फुलवारी शरीफ", "Phulwari Sharif"),
    ("पटना सिटी", "Patna City"),
    ("दीघा", "Digha"),
    ("अनीसाबाद", "Anisabad"),
    ("गर्दनीबाग", "Gardanibagh"),
    ("बहादुरपुर", "Bahadurpur"),
    ("खगौल", "Khagaul"),
    ("मसौढ़ी", "Masaurhi"),
    ("बिहटा", "Bihta"),
    ("मनेर", "Maner"),
    ("फतुहा", "Fatuha"),
    ("बाढ़", "Barh"),
    ("पालीगंज", "Paliganj"),
    ("बख्तियारपुर", "Bakhtiyarpur"),
    ("नौबतपुर", "Naubatpur"),
    ("पुनपुन", "Punpun"),
    ("संपतचक", "Sampatchak"),
    ("धनरुआ", "Dhanarua"),
    ("मोकामा", "Mokama"),
)
_VILLAGES: tuple[tuple[str, str], ...] = (
    ("शेरपुर", "Sherpur"),
    ("रामपुर", "Rampur"),
    ("चांदपुर", "Chandpur"),
    ("भगवानपुर", "Bhagwanpur"),
    ("किशुनपुर", "Kishunpur"),
    ("लखनपुर", "Lakhanpur"),
    ("महुली", "Mahuli"),
    ("बरहमपुर", "Barhampur"),
)
_POLICE_STATIONS: tuple[tuple[str, str], ...] = (
    ("महिला थाना, पटना", "Mahila Thana, Patna"),
    ("गांधी मैदान थाना", "Gandhi Maidan PS"),
    ("कोतवाली थाना", "Kotwali PS"),
    ("पीरबहोर थाना", "Pirbahore PS"),
    ("कंकड़बाग थाना", "Kankarbagh PS"),
    ("दानापुर थाना", "Danapur PS"),
    ("फुलवारी शरीफ थाना", "Phulwari Sharif PS"),
    ("दीघा थाना", "Digha PS"),
    ("पत्रकार नगर थाना", "Patrakar Nagar PS"),
    ("आगमकुआं थाना", "Agamkuan PS"),
    ("मसौढ़ी थाना", "Masaurhi PS"),
    ("बाढ़ थाना", "Barh PS"),
    ("बिहटा थाना", "Bihta PS"),
    ("पालीगंज थाना", "Paliganj PS"),
)
_LANGUAGES: tuple[tuple[tuple[str, str], int], ...] = (
    (("हिंदी", "Hindi"), 60),
    (("भोजपुरी", "Bhojpuri"), 10),
    (("मगही", "Magahi"), 14),
    (("मैथिली", "Maithili"), 6),
    (("उर्दू", "Urdu"), 8),
    (("बांग्ला", "Bengali"), 2),
)
_OCCUPATIONS: tuple[tuple[str, str], ...] = (
    ("गृहिणी", "Homemaker"),
    ("गृहिणी", "Homemaker"),
    ("गृहिणी", "Homemaker"),
    ("दिहाड़ी मज़दूर", "Daily wage labourer"),
    ("घरेलू कामगार", "Domestic worker"),
    ("खेतिहर मज़दूर", "Farm labourer"),
    ("सिलाई का काम", "Tailoring"),
    ("आंगनवाड़ी सहायिका", "Anganwadi helper"),
    ("दुकान में काम", "Shop assistant"),
    ("शिक्षिका", "Teacher"),
    ("आशा कार्यकर्ता", "ASHA worker"),
    ("बेरोज़गार", "Unemployed"),
)
_DISABILITIES: tuple[tuple[str, str], ...] = (
    ("कम दिखाई देता है", "Low vision"),
    ("सुनने में कठिनाई", "Hearing impairment"),
    ("चलने में कठिनाई", "Locomotor disability"),
)
_REFERRERS: dict[Arrival, tuple[tuple[str, str], ...]] = {
    Arrival.POLICE: (
        ("महिला थाना, पटना", "Mahila Thana, Patna"),
        ("डायल 112 टीम", "Dial 112 team"),
    ),
    Arrival.HOSPITAL: (
        ("पीएमसीएच आपातकालीन विभाग", "PMCH emergency"),
        ("सदर अस्पताल", "Sadar Hospital"),
    ),
    Arrival.NGO: (
        ("सखी सहायता समिति", "Sakhi Sahayata Samiti"),
        ("जागृति महिला मंच", "Jagriti Mahila Manch"),
    ),
    Arrival.OTHER_PERSON: (
        ("उसका भाई", "Her brother"),
        ("पड़ोसी", "A neighbour"),
        ("माँ", "Her mother"),
    ),
    Arrival.HELPLINE_181: (("181 हेल्पलाइन", "181 helpline"),),
    Arrival.EMERGENCY_112: (("112 वाहन", "112 van"),),
}

_ARRIVAL_WEIGHTS: tuple[tuple[Arrival, int], ...] = (
    (Arrival.WALK_IN, 30),
    (Arrival.HELPLINE_181, 25),
    (Arrival.POLICE, 18),
    (Arrival.EMERGENCY_112, 8),
    (Arrival.HOSPITAL, 7),
    (Arrival.NGO, 5),
    (Arrival.OTHER_PERSON, 7),
)
_VIOLENCE_WEIGHTS: tuple[tuple[ViolenceKind, float], ...] = (
    (ViolenceKind.DOMESTIC, 40),
    (ViolenceKind.DOWRY, 12),
    (ViolenceKind.SEXUAL_HARASSMENT, 7),
    (ViolenceKind.RAPE, 5),
    (ViolenceKind.SEXUAL_ASSAULT, 4),
    (ViolenceKind.CHILD_SEXUAL_ABUSE, 3),
    (ViolenceKind.TRAFFICKING, 1.5),
    (ViolenceKind.ACID_ATTACK, 0.4),
    (ViolenceKind.HONOUR_CRIME, 1),
    (ViolenceKind.WITCH_HUNTING, 1),
    (ViolenceKind.CHILD_MARRIAGE, 2),
    (ViolenceKind.CYBER_CRIME, 4),
    (ViolenceKind.STALKING, 4),
    (ViolenceKind.MISSING_OR_KIDNAPPED, 3),
    (ViolenceKind.DECEIT_IN_LOVE_OR_MARRIAGE, 4),
    (ViolenceKind.ELDER_ABUSE, 2),
    (ViolenceKind.OTHER, 3),
)
# Kinds often recorded together with the first one.
_ALSO: dict[ViolenceKind, tuple[ViolenceKind, ...]] = {
    ViolenceKind.DOMESTIC: (ViolenceKind.DOWRY, ViolenceKind.SEXUAL_ASSAULT, ViolenceKind.OTHER),
    ViolenceKind.DOWRY: (ViolenceKind.DOMESTIC,),
    ViolenceKind.RAPE: (ViolenceKind.DECEIT_IN_LOVE_OR_MARRIAGE, ViolenceKind.STALKING),
    ViolenceKind.TRAFFICKING: (ViolenceKind.MISSING_OR_KIDNAPPED, ViolenceKind.SEXUAL_ASSAULT),
    ViolenceKind.CHILD_SEXUAL_ABUSE: (ViolenceKind.MISSING_OR_KIDNAPPED,),
    ViolenceKind.STALKING: (ViolenceKind.CYBER_CRIME, ViolenceKind.SEXUAL_HARASSMENT),
    ViolenceKind.CYBER_CRIME: (ViolenceKind.STALKING,),
    ViolenceKind.HONOUR_CRIME: (ViolenceKind.DOMESTIC,),
    ViolenceKind.CHILD_MARRIAGE: (ViolenceKind.DOMESTIC,),
    ViolenceKind.ELDER_ABUSE: (ViolenceKind.DOMESTIC,),
}
_CHILD_KINDS = frozenset({ViolenceKind.CHILD_SEXUAL_ABUSE, ViolenceKind.CHILD_MARRIAGE})
_FIR_KINDS = frozenset(
    {
        ViolenceKind.RAPE,
        ViolenceKind.SEXUAL_ASSAULT,
        ViolenceKind.CHILD_SEXUAL_ABUSE,
        ViolenceKind.TRAFFICKING,
        ViolenceKind.ACID_ATTACK,
        ViolenceKind.MISSING_OR_KIDNAPPED,
    }
)
_RELATIONSHIPS: dict[ViolenceKind, tuple[Relationship, ...]] = {
    ViolenceKind.DOMESTIC: (Relationship.HUSBAND,) * 4
    + (Relationship.IN_LAWS, Relationship.PARTNER),
    ViolenceKind.DOWRY: (Relationship.HUSBAND, Relationship.IN_LAWS),
    ViolenceKind.RAPE: (Relationship.ACQUAINTANCE, Relationship.NEIGHBOUR, Relationship.STRANGER),
    ViolenceKind.SEXUAL_ASSAULT: (Relationship.STRANGER, Relationship.NEIGHBOUR),
    ViolenceKind.SEXUAL_HARASSMENT: (Relationship.EMPLOYER, Relationship.COLLEAGUE),
    ViolenceKind.CHILD_SEXUAL_ABUSE: (Relationship.OTHER_RELATIVE, Relationship.NEIGHBOUR),
    ViolenceKind.TRAFFICKING: (Relationship.ACQUAINTANCE, Relationship.STRANGER),
    ViolenceKind.ACID_ATTACK: (Relationship.ACQUAINTANCE, Relationship.NEIGHBOUR),
    ViolenceKind.HONOUR_CRIME: (Relationship.FATHER, Relationship.BROTHER),
    ViolenceKind.WITCH_HUNTING: (Relationship.NEIGHBOUR, Relationship.OTHER_RELATIVE),
    ViolenceKind.CHILD_MARRIAGE: (Relationship.FATHER, Relationship.MOTHER),
    ViolenceKind.CYBER_CRIME: (Relationship.ACQUAINTANCE, Relationship.STRANGER),
    ViolenceKind.STALKING: (Relationship.ACQUAINTANCE, Relationship.NEIGHBOUR),
    ViolenceKind.MISSING_OR_KIDNAPPED: (Relationship.STRANGER, Relationship.ACQUAINTANCE),
    ViolenceKind.DECEIT_IN_LOVE_OR_MARRIAGE: (Relationship.PARTNER, Relationship.FORMER_HUSBAND),
    ViolenceKind.ELDER_ABUSE: (Relationship.OTHER_RELATIVE,),
    ViolenceKind.OTHER: (Relationship.BROTHER, Relationship.OTHER),
}
_NARRATIVES: dict[ViolenceKind, tuple[str, str]] = {
    ViolenceKind.DOMESTIC: (
        "पति शराब पीकर मारपीट करता है; कल रात डंडे से मारा और घर से निकाल दिया।",
        "Her husband beats her when drunk; last night he hit her with a stick and threw her "
        "out of the house.",
    ),
    ViolenceKind.DOWRY: (
        "ससुराल वाले दहेज में मोटरसाइकिल और पचास हज़ार रुपये मांगते हैं; खाना नहीं देते और मारते हैं।",
        "Her in-laws demand a motorcycle and fifty thousand rupees as dowry; they starve and "
        "beat her.",
    ),
    ViolenceKind.RAPE: (
        "एक परिचित व्यक्ति द्वारा बलात्कार की शिकायत; चिकित्सा जाँच और प्राथमिकी आवश्यक।",
        "She reports rape by a man she knows; medical examination and an FIR are needed.",
    ),
    ViolenceKind.SEXUAL_ASSAULT: (
        "काम से लौटते समय रास्ते में हमला हुआ; बाँहों पर चोट के निशान।",
        "Assaulted on her way back from work; bruises on both arms.",
    ),
    ViolenceKind.SEXUAL_HARASSMENT: (
        "कार्यस्थल पर सुपरवाइज़र अश्लील बातें करता है और नौकरी से निकालने की धमकी देता है।",
        "The supervisor at her workplace makes sexual remarks and threatens to dismiss her.",
    ),
    ViolenceKind.CHILD_SEXUAL_ABUSE: (
        "बच्ची ने स्कूल की शिक्षिका को एक रिश्तेदार द्वारा शोषण के बारे में बताया; पॉक्सो मामला।",
        "The girl told her school teacher about abuse by a relative; a POCSO case.",
    ),
    ViolenceKind.TRAFFICKING: (
        "दिल्ली में नौकरी का झाँसा देकर दूसरे राज्य ले जाया गया और बंद रखा गया; पुलिस ने छुड़ाया।",
        "Promised a job in Delhi, she was taken to another state and kept locked in; rescued "
        "by the police.",
    ),
    ViolenceKind.ACID_ATTACK: (
        "शादी का प्रस्ताव ठुकराने पर एक व्यक्ति ने चेहरे और हाथ पर एसिड फेंका।",
        "A man whose proposal she refused threw acid on her face and arm.",
    ),
    ViolenceKind.HONOUR_CRIME: (
        "दूसरी जाति में शादी करने पर परिवार वाले जान से मारने की धमकी दे रहे हैं।",
        "Her family threatens to kill her for marrying outside the caste.",
    ),
    ViolenceKind.WITCH_HUNTING: (
        "पड़ोसियों ने डायन कहकर मारपीट की और गाँव से निकल जाने को कहा।",
        "Neighbours called her a witch, beat her and told her to leave the village.",
    ),
    ViolenceKind.CHILD_MARRIAGE: (
        "माता-पिता उसकी शादी तय कर रहे हैं जबकि वह नाबालिग है; वह पढ़ाई जारी रखना चाहती है।",
        "Her parents are arranging her marriage although she is a minor; she wants to stay "
        "in school.",
    ),
    ViolenceKind.CYBER_CRIME: (
        "एक व्यक्ति सोशल मीडिया पर उसकी बदली हुई तस्वीरें डालता है और पैसे मांगता है।",
        "A man posts morphed photos of her on social media and demands money.",
    ),
    ViolenceKind.STALKING: (
        "एक व्यक्ति रोज़ कॉलेज तक पीछा करता है और रात में फ़ोन करता है।",
        "A man follows her to college every day and calls her at night.",
    ),
    ViolenceKind.MISSING_OR_KIDNAPPED: (
        "चार दिन से घर से गायब थी; पुलिस को रेलवे स्टेशन पर मिली।",
        "Missing from home for four days; the police found her at the railway station.",
    ),
    ViolenceKind.DECEIT_IN_LOVE_OR_MARRIAGE: (
        "शादी का वादा करके दो साल साथ रहा, फिर छोड़कर चला गया।",
        "A man promised to marry her, lived with her for two years, then left.",
    ),
    ViolenceKind.ELDER_ABUSE: (
        "बेटे और बहू ने उसकी पेंशन ले ली और घर से बाहर कर दिया।",
        "Her son and daughter-in-law took her pension and locked her out of the house.",
    ),
    ViolenceKind.OTHER: (
        "ज़मीन के विवाद में भाइयों ने गाली-गलौज और धमकी दी।",
        "Her brothers abused and threatened her over a land dispute.",
    ),
}
_PLACES: tuple[tuple[str, str], ...] = (
    ("ससुराल, ", "Her in-laws' house, "),
    ("घर पर, ", "At home, "),
    ("रास्ते में, ", "On the road, "),
    ("कार्यस्थल, ", "At her workplace, "),
    ("बाज़ार के पास, ", "Near the market, "),
)
_SERVICE_SUMMARIES: dict[ServiceKind, tuple[tuple[str, str], ...]] = {
    ServiceKind.RESCUE: (("112 वाहन से केंद्र लाई गई", "Brought to the centre by the 112 van"),),
    ServiceKind.MEDICAL_AID: (
        ("पीएमसीएच में चिकित्सा जाँच; चोटों का उपचार", "Medical examination at PMCH; injuries treated"),
        ("सदर अस्पताल में मेडिको-लीगल जाँच", "Medico-legal examination at Sadar Hospital"),
    ),
    ServiceKind.POLICE_HELP: (
        ("रिपोर्ट दर्ज कराने थाने साथ गए", "Accompanied her to the police station to file the report"),
        ("थाने से प्राथमिकी की प्रति ली", "Collected a copy of the FIR from the police station"),
    ),
    ServiceKind.COUNSELLING: (("परामर्श सत्र", "Counselling session"),),
    ServiceKind.LEGAL_AID: (
        (
            "डीएलएसए पैनल अधिवक्ता ने संरक्षण आदेश समझाया",
            "DLSA panel lawyer explained a protection order",
        ),
        ("भरण-पोषण के आवेदन में सहायता", "Helped with the maintenance application"),
    ),
    ServiceKind.SHORT_STAY: (("केंद्र में अल्प प्रवास", "Short stay at the centre"),),
    ServiceKind.VIDEO_CONFERENCING: (
        ("वीडियो कॉन्फ्रेंसिंग से न्यायालय में बयान", "Statement to the court by video conference"),
    ),
    ServiceKind.FOOD_AND_CLOTHES: (("भोजन और कपड़े दिए गए", "Meals and a set of clothes given"),),
}
_COUNSELLING_NOTES: tuple[tuple[str, str], ...] = (
    (
        "रो रही थी, बच्चों की सुरक्षा को लेकर डरी हुई; सुरक्षा योजना पर बात हुई।",
        "Tearful, afraid for her children's safety; we made a safety plan.",
    ),
    (
        "आज शांत थी; मायके जाने के बारे में सोच रही है।",
        "Calmer today; thinking of going to her parents' home.",
    ),
    (
        "पति बार-बार फ़ोन कर रहा है; घरेलू हिंसा अधिनियम के विकल्पों पर बात हुई।",
        "Her husband keeps calling; we went through the options under the domestic violence act.",
    ),
    (
        "नींद नहीं आती, भूख कम; चिकित्सक से मिलने की सलाह दी।",
        "Sleeping badly, not eating; advised to see the doctor.",
    ),
    (
        "परिवार के साथ संयुक्त बैठक हुई; लिखित समझौता तैयार।",
        "Joint meeting with the family; a written agreement drawn up.",
    ),
    (
        "आत्मविश्वास लौट रहा है; सिलाई प्रशिक्षण में रुचि।",
        "Her confidence is returning; interested in tailoring training.",
    ),
)
_REFERRAL_ORGS: dict[ReferralTarget, tuple[str, ...]] = {
    ReferralTarget.SWADHAR_GREH: ("Swadhar Greh, Patna", "स्वाधार गृह, पटना"),
    ReferralTarget.SHORT_STAY_HOME: ("Short Stay Home, Gardanibagh",),
    ReferralTarget.HOSPITAL: ("PMCH, Patna", "NMCH, Patna", "सदर अस्पताल, पटना"),
    ReferralTarget.DLSA: ("DLSA Patna", "जिला विधिक सेवा प्राधिकार, पटना"),
    ReferralTarget.POLICE: ("Mahila Thana, Patna",),
    ReferralTarget.NGO: ("Sakhi Sahayata Samiti", "Jagriti Mahila Manch"),
    ReferralTarget.SKILL_TRAINING: ("Skill training centre, Patna", "कौशल प्रशिक्षण केंद्र, पटना"),
    ReferralTarget.OTHER: ("Child Welfare Committee, Patna",),
}
_FOLLOW_UP_NOTES: dict[FollowUpResult, tuple[tuple[str, str], ...]] = {
    FollowUpResult.SAFE_AND_WELL: (
        ("मायके में रह रही है; सुरक्षित।", "Living with her parents; safe."),
        ("पति ने शराब छोड़ दी है; कोई हिंसा नहीं।", "Her husband has stopped drinking; no violence."),
        ("", ""),
    ),
    FollowUpResult.NEEDS_SUPPORT: (
        (
            "भरण-पोषण का मामला लंबित; कानूनी सहायता चाहिए।",
            "Maintenance case pending; needs legal aid.",
        ),
        ("काम की तलाश में; प्रशिक्षण की जानकारी दी।", "Looking for work; told about the training."),
    ),
    FollowUpResult.NOT_REACHABLE: (("फ़ोन बंद मिला।", "Phone switched off."), ("", "")),
    FollowUpResult.VIOLENCE_RECURRED: (
        ("फिर से मारपीट की शिकायत; केंद्र बुलाया।", "Beaten again; asked her to come to the centre."),
    ),
}
_DISPOSAL_NOTES = ("", "", "समझौता हुआ", "Agreement reached", "Referred on")


# --------------------------------------------------------------------------- helpers


def _weighted(rng: random.Random, pairs: tuple[tuple[Any, float], ...]) -> Any:
    values = [value for value, _ in pairs]
    weights = [weight for _, weight in pairs]
    return rng.choices(values, weights)[0]


def _local(day: date, hour: int, minute: int) -> datetime:
    """That moment on the centre's wall clock, as an aware UTC datetime."""
    return at_local_time(day, hour, minute)


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass
class _Woman:
    """The person behind one or more cases (a returning woman keeps hers)."""

    muslim: bool
    first: int
    surname: int
    latin_variant: int
    born: date
    phone: str
    locality: int
    village: int | None
    house: int
    ward: int
    language: int
    education: Education | None
    occupation: int
    disability: int | None
    alias: int | None
    name_withheld: bool
    children: list[tuple[ChildSex, date, int | None]]  # sex, birth date, first-name index
    first_case_index: int


@dataclass
class _Rows:
    """The rows of one chunk of cases, per table."""

    cases: list[dict[str, Any]] = field(default_factory=list)
    violence: list[dict[str, Any]] = field(default_factory=list)
    needs: list[dict[str, Any]] = field(default_factory=list)
    children: list[dict[str, Any]] = field(default_factory=list)
    perpetrators: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    services: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    status_changes: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
        yield Case.__table__, self.cases
        yield CaseViolence.__table__, self.violence
        yield CaseNeed.__table__, self.needs
        yield CaseChild.__table__, self.children
        yield Perpetrator.__table__, self.perpetrators
        yield CaseLink.__table__, self.links
        yield ServiceRecord.__table__, self.services
        yield Referral.__table__, self.referrals
        yield FollowUp.__table__, self.follow_ups
        yield StatusChange.__table__, self.status_changes


@dataclass
class _Staff:
    manager: int
    operators: tuple[int, ...]
    counsellors: tuple[int, ...]


class _Generator:
    """Makes the rows of `count` cases, chunk by chunk, from one seeded generator."""

    def __init__(
        self, *, count: int, seed: int, now: datetime, staff: _Staff, first_id: int, code: str
    ) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.now = now.astimezone(UTC)
        self.today = local_date(now)
        self.staff = staff
        self.first_id = first_id
        self.code = code
        self.women: list[_Woman] = []
        self._first_cases: list[int] = []  # women's first case indexes, ascending
        # Case index -> whether it was written in Devanagari (a returning woman's new case is
        # written in the other script).
        self._script_of: dict[int, bool] = {}
        self.sequences: dict[str, int] = {}
        self.stats = {
            "linked_pairs": 0,
            "incomplete": 0,
            "disposed": 0,
            "children": 0,
            "services": 0,
            "referrals": 0,
            "follow_ups": 0,
        }
        self.moments = self._registration_moments()
        self.forced_kinds = self._forced_kinds()
        self.returns = self._returns()

    # ----------------------------------------------------------------- the whole plan

    def _registration_moments(self) -> list[datetime]:
        """When each case was registered, oldest first: more cases in later years, at any hour
        (fewer at night), none in the future."""
        rng = self.rng
        start = self.today - timedelta(days=SPAN_DAYS - 1)
        moments = []
        for _ in range(self.count):
            position = rng.random() if rng.random() < 0.5 else rng.random() ** 0.5
            day = start + timedelta(days=min(SPAN_DAYS - 1, int(position * SPAN_DAYS)))
            hour = rng.choices(range(24), [1] * 6 + [3] * 4 + [6] * 8 + [3] * 4 + [2] * 2)[0]
            moment = _local(day, hour, rng.randrange(60))
            if moment > self.now:
                moment = self.now - timedelta(minutes=rng.randrange(1, 180))
            moments.append(moment)
        moments.sort()
        return moments

    def _forced_kinds(self) -> dict[int, ViolenceKind]:
        """Case indexes that must carry a given kind, so that every kind is present."""
        kinds = list(ViolenceKind)
        # Leave the last weeks (where quick registrations cluster) and the first case alone.
        eligible = range(1, max(1, self.count - max(1, self.count // 10)))
        if len(eligible) < len(kinds):
            eligible = range(self.count)
        picked = self.rng.sample(list(eligible), min(len(kinds), len(eligible)))
        return dict(zip(picked, kinds, strict=False))

    def _returns(self) -> set[int]:
        """Indexes of the cases of a woman who came before (about 4 in 100 cases); which
        earlier woman is chosen when the case is made."""
        rng = self.rng
        returns = {index for index in range(1, self.count) if rng.random() < 0.04}
        if not returns and self.count >= 10:
            returns.add(self.count - 1)
        return returns

    # ----------------------------------------------------------------- one chunk

    def chunk(self, start: int, stop: int) -> _Rows:
        rows = _Rows()
        for index in range(start, stop):
            self._case(index, rows)
        return rows

    def _new_woman(self, index: int, kind: ViolenceKind, registered: date) -> _Woman:
        rng = self.rng
        if kind in _CHILD_KINDS:
            age = rng.randint(12, 17)
        elif kind is ViolenceKind.ELDER_ABUSE:
            age = rng.randint(60, 82)
        elif rng.random() < 0.05:
            age = rng.randint(14, 17)
        else:
            age = int(rng.gauss(29, 8))
            while not 18 <= age <= 70:
                age = int(rng.gauss(29, 8))
        born = registered - timedelta(days=age * 365 + rng.randrange(365) + age // 4)
        muslim = rng.random() < 0.15
        first_names = _MUSLIM_FIRST if muslim else _HINDU_FIRST
        surnames = _MUSLIM_SURNAME if muslim else _HINDU_SURNAME
        first = rng.randrange(len(first_names))
        phone = ""
        if rng.random() < 0.8:
            if rng.random() < 0.06:
                phone = "0612 " + str(rng.randint(2000000, 2999999))  # canonical landline
            else:
                phone = str(rng.randint(6, 9)) + f"{rng.randrange(10**9):09d}"
        adult = age >= 18
        children: list[tuple[ChildSex, date, int | None]] = []
        if adult and age < 45 and kind is not ViolenceKind.ELDER_ABUSE and rng.random() < 0.38:
            for _ in range(rng.choices((1, 2, 3), (5, 3, 1))[0]):
                child_age = rng.randint(0, min(17, age - 17))
                sex = ChildSex.GIRL if rng.random() < 0.5 else ChildSex.BOY
                pool = _HINDU_FIRST if sex is ChildSex.GIRL else _BOY_FIRST
                name = rng.randrange(len(pool)) if rng.random() < 0.6 else None
                child_born = registered - timedelta(days=child_age * 365 + rng.randrange(365))
                children.append((sex, child_born, name))
        if not adult:
            education = rng.choice((Education.PRIMARY, Education.SECONDARY, Education.SECONDARY))
        else:
            education = rng.choices((None, *Education), (3, 18, 22, 25, 15, 12, 5))[0]
        return _Woman(
            muslim=muslim,
            first=first,
            surname=rng.randrange(len(surnames)),
            latin_variant=rng.randrange(len(first_names[first]) - 1),
            born=born,
            phone=phone,
            locality=rng.randrange(len(_LOCALITIES)),
            village=rng.randrange(len(_VILLAGES)) if rng.random() < 0.35 else None,
            house=rng.randint(1, 400),
            ward=rng.randint(1, 72),
            language=_weighted(rng, tuple((i, w) for i, (_, w) in enumerate(_LANGUAGES))),
            education=education,
            occupation=rng.randrange(len(_OCCUPATIONS)) if adult else -1,
            disability=rng.randrange(len(_DISABILITIES)) if rng.random() < 0.03 else None,
            alias=rng.randrange(len(_ALIASES)) if rng.random() < 0.12 else None,
            name_withheld=rng.random() < 0.02,
            children=children,
            first_case_index=index,
        )

    def _add_woman(self, woman: _Woman) -> None:
        self.women.append(woman)
        self._first_cases.append(woman.first_case_index)

    def _name(self, woman: _Woman, devanagari: bool) -> str:
        first_names = _MUSLIM_FIRST if woman.muslim else _HINDU_FIRST
        surnames = _MUSLIM_SURNAME if woman.muslim else _HINDU_SURNAME
        first = first_names[woman.first]
        surname = surnames[woman.surname]
        if devanagari:
            return f"{first[0]} {surname[0]}"
        return f"{first[1 + woman.latin_variant]} {surname[1]}"

    def _address(self, woman: _Woman, devanagari: bool) -> str:
        locality = _LOCALITIES[woman.locality][0 if devanagari else 1]
        if woman.village is not None:
            village = _VILLAGES[woman.village][0 if devanagari else 1]
            if devanagari:
                return f"ग्राम {village}, प्रखंड {locality}, ज़िला पटना"
            return f"Village {village}, Block {locality}, District Patna"
        if devanagari:
            return f"मकान सं. {woman.house}, वार्ड {woman.ward}, {locality}, पटना"
        return f"House {woman.house}, Ward {woman.ward}, {locality}, Patna"

    def _earlier_woman(self, registered_at: datetime) -> _Woman | None:
        """A woman who first came between two years and a month before `registered_at`, with
        her name given (not withheld); None if there is none."""
        first_cases = self._first_cases
        stop = bisect.bisect_left(
            first_cases, bisect.bisect_left(self.moments, registered_at - timedelta(days=30))
        )
        start = bisect.bisect_left(
            first_cases, bisect.bisect_left(self.moments, registered_at - timedelta(days=730))
        )
        for _ in range(5):
            if start >= stop:
                return None
            woman = self.women[self.rng.randrange(start, stop)]
            if not woman.name_withheld:
                return woman
        return None

    def _kinds(self, index: int, woman: _Woman | None, registered: date) -> list[ViolenceKind]:
        rng = self.rng
        forced = self.forced_kinds.get(index)
        if forced is not None:
            first = forced
        else:
            first = _weighted(rng, _VIOLENCE_WEIGHTS)
            if woman is not None:
                age = _years_between(woman.born, registered)
                if first in _CHILD_KINDS and age >= 18:
                    first = ViolenceKind.DOMESTIC
                if first is ViolenceKind.ELDER_ABUSE and age < 60:
                    first = ViolenceKind.DOMESTIC
        kinds = [first]
        also = _ALSO.get(first, ())
        if also and rng.random() < 0.35:
            kinds.append(rng.choice(also))
        return list(dict.fromkeys(kinds))

    def _case(self, index: int, rows: _Rows) -> None:
        rng = self.rng
        staff = self.staff
        case_id = self.first_id + index
        registered_at = self.moments[index]
        registered_on = local_date(registered_at)
        age_days = (self.today - registered_on).days

        woman = self._earlier_woman(registered_at) if index in self.returns else None
        kinds = self._kinds(index, woman, registered_on)
        returning = woman is not None
        if woman is None:
            woman = self._new_woman(index, kinds[0], registered_on)
            self._add_woman(woman)
        age = _years_between(woman.born, registered_on)
        unfitting = (kinds[0] in _CHILD_KINDS and age >= 18) or (
            kinds[0] is ViolenceKind.ELDER_ABUSE and age < 60
        )
        if unfitting:  # a kind forced on a returning woman it cannot fit: another woman
            woman = self._new_woman(index, kinds[0], registered_on)
            self._add_woman(woman)
            returning = False
            age = _years_between(woman.born, registered_on)
        minor = age < 18

        # The script a case is written in: the operator's habit; a returning woman's name is
        # written in the other script than on her earlier case.
        if returning:
            previous_devanagari = self._script_of.get(woman.first_case_index, True)
            devanagari = not previous_devanagari
        else:
            devanagari = rng.random() < 0.55
        self._script_of[index] = devanagari
        d = 0 if devanagari else 1

        quick = (age_days <= 14 and rng.random() < 0.35) or rng.random() < 0.01
        # At least one quick registration in any centre of 20 cases or more.
        last_chance = index == self.count - 1 and self.count >= 20 and not self.stats["incomplete"]
        quick = (quick or last_chance) and index not in self.forced_kinds
        arrival = _weighted(rng, _ARRIVAL_WEIGHTS)
        registered_by = rng.choice(staff.operators) if rng.random() < 0.8 else staff.manager
        referrers = _REFERRERS.get(arrival)
        referred_by = rng.choice(referrers)[d] if referrers and rng.random() < 0.7 else ""

        full_name = "" if woman.name_withheld else self._name(woman, devanagari)
        alias = _ALIASES[woman.alias][d] if woman.alias is not None else ""
        if woman.name_withheld and not alias:
            alias = _ALIASES[woman.first % len(_ALIASES)][d]
        financial_year = financial_year_label(registered_on)
        sequence = self.sequences.get(financial_year, 0) + 1
        self.sequences[financial_year] = sequence
        case: dict[str, Any] = {
            "id": case_id,
            "case_number": format_case_number(self.code, financial_year, sequence),
            "financial_year": financial_year,
            "sequence": sequence,
            "registered_at": registered_at,
            "registered_by_id": registered_by,
            "intake_complete": not quick,
            "arrival": arrival.value,
            "referred_by": referred_by,
            "full_name": full_name,
            "alias": alias,
            "name_withheld": woman.name_withheld,
            "age_years": None,
            "date_of_birth": None,
            "is_minor": minor,
            "marital_status": None,
            "address": "",
            "phone": woman.phone if (not quick or rng.random() < 0.5) else "",
            "safe_to_call": None,
            "education": None,
            "occupation": "",
            "disability": "",
            "pregnant": None,
            "language": "",
            "incident_date": None,
            "incident_place": "",
            "narrative": "",
            "police_report_kind": None,
            "police_report_number": "",
            "police_station": "",
            "consent_services": None,
            "consent_sharing": None,
            "consent_statistics": None,
            "case_worker_id": None,
            "status": CaseStatus.REGISTERED.value,
            "outcome": None,
            "disposed_at": None,
            "erased_at": None,
            "erased_by_id": None,
        }
        rows.cases.append(case)
        rows.status_changes.append(
            {
                "case_id": case_id,
                "from_status": None,
                "to_status": CaseStatus.REGISTERED.value,
                "changed_at": registered_at,
                "changed_by_id": registered_by,
            }
        )
        last_change = registered_at
        if returning:
            earlier_id = self.first_id + woman.first_case_index
            rows.links.append(
                {
                    "case_id": case_id,
                    "linked_case_id": earlier_id,
                    "created_at": registered_at,
                    "created_by_id": registered_by,
                }
            )
            self.stats["linked_pairs"] += 1
        if quick:
            self.stats["incomplete"] += 1
            case["updated_at"] = registered_at
            if rng.random() < 0.3:
                case["case_worker_id"] = rng.choice(staff.counsellors)
            return

        # ------------------------------------------------- the full intake
        if rng.random() < 0.3:
            case["date_of_birth"] = woman.born
        case["age_years"] = age
        if minor:
            marital = (
                MaritalStatus.MARRIED
                if ViolenceKind.CHILD_MARRIAGE in kinds and rng.random() < 0.3
                else MaritalStatus.UNMARRIED
            )
        elif ViolenceKind.ELDER_ABUSE in kinds:
            marital = MaritalStatus.WIDOWED if rng.random() < 0.7 else MaritalStatus.MARRIED
        elif kinds[0] in (ViolenceKind.DOMESTIC, ViolenceKind.DOWRY):
            marital = MaritalStatus.MARRIED if rng.random() < 0.85 else MaritalStatus.SEPARATED
        else:
            marital = rng.choice(list(MaritalStatus))
        case["marital_status"] = marital.value
        case["address"] = self._address(woman, devanagari) if rng.random() < 0.9 else ""
        if case["phone"]:
            case["safe_to_call"] = rng.random() < 0.75
        case["education"] = woman.education.value if woman.education else None
        if minor:
            case["occupation"] = (
                _OCCUPATIONS[0][d]
                if marital is MaritalStatus.MARRIED
                else ("छात्रा" if devanagari else "Student")
            )
        else:
            case["occupation"] = _OCCUPATIONS[woman.occupation][d]
        if woman.disability is not None:
            case["disability"] = _DISABILITIES[woman.disability][d]
        if 18 <= age <= 40 and marital is not MaritalStatus.UNMARRIED:
            case["pregnant"] = rng.random() < 0.06
        case["language"] = _LANGUAGES[woman.language][0][d]

        incident = registered_on - timedelta(days=rng.choices((0, 1, 2, 7, 30), (5, 4, 2, 2, 1))[0])
        if rng.random() < 0.9:
            case["incident_date"] = max(incident, woman.born)
        place, locality = _PLACES[rng.randrange(len(_PLACES))], _LOCALITIES[woman.locality]
        case["incident_place"] = place[d] + locality[d]
        case["narrative"] = _NARRATIVES[kinds[0]][d]
        for kind in kinds:
            rows.violence.append({"case_id": case_id, "kind": kind.value})

        # Perpetrators
        relationships = _RELATIONSHIPS[kinds[0]]
        for _ in range(1 if rng.random() < 0.8 else 2):
            relationship = rng.choice(relationships)
            name = ""
            if rng.random() < 0.6 and relationship not in (Relationship.IN_LAWS,):
                pool = _MUSLIM_MALE_FIRST if woman.muslim else _MALE_FIRST
                if relationship is Relationship.MOTHER:
                    pool = _MUSLIM_FIRST if woman.muslim else _HINDU_FIRST
                first = pool[rng.randrange(len(pool))]
                name = first[0] if devanagari else first[1]
                if relationship in (Relationship.HUSBAND, Relationship.FATHER) and not woman.muslim:
                    surname = _HINDU_SURNAME[rng.randrange(2, len(_HINDU_SURNAME))]
                    name = f"{name} {surname[d]}"
            rows.perpetrators.append(
                {"case_id": case_id, "relationship_to_her": relationship.value, "name": name}
            )

        # Police report
        kind_set = set(kinds)
        report: PoliceReportKind | None = None
        if kind_set & _FIR_KINDS:
            report = PoliceReportKind.FIR if rng.random() < 0.85 else None
        elif kind_set & {ViolenceKind.DOMESTIC, ViolenceKind.DOWRY}:
            report = rng.choices(
                (None, PoliceReportKind.DIR, PoliceReportKind.FIR, PoliceReportKind.NCR),
                (50, 30, 15, 5),
            )[0]
        elif rng.random() < 0.2:
            report = rng.choice((PoliceReportKind.FIR, PoliceReportKind.NCR))
        if report is not None:
            case["police_report_kind"] = report.value
            year = case["incident_date"].year if case["incident_date"] else registered_on.year
            case["police_report_number"] = f"{rng.randint(1, 950)}/{year}"
            case["police_station"] = _POLICE_STATIONS[rng.randrange(len(_POLICE_STATIONS))][d]

        # Needs
        needs = {ServiceKind.COUNSELLING} if rng.random() < 0.9 else set()
        if report is not None or rng.random() < 0.3:
            needs.add(ServiceKind.POLICE_HELP)
        if (
            kind_set
            & {
                ViolenceKind.RAPE,
                ViolenceKind.SEXUAL_ASSAULT,
                ViolenceKind.ACID_ATTACK,
                ViolenceKind.CHILD_SEXUAL_ABUSE,
            }
            or rng.random() < 0.25
        ):
            needs.add(ServiceKind.MEDICAL_AID)
        if rng.random() < 0.35:
            needs.add(ServiceKind.LEGAL_AID)
        if arrival in (Arrival.EMERGENCY_112, Arrival.POLICE) and rng.random() < 0.5:
            needs.add(ServiceKind.RESCUE)
        if rng.random() < 0.2:
            needs.update((ServiceKind.SHORT_STAY, ServiceKind.FOOD_AND_CLOTHES))
        if report is PoliceReportKind.FIR and rng.random() < 0.1:
            needs.add(ServiceKind.VIDEO_CONFERENCING)
        if not needs:
            needs.add(ServiceKind.COUNSELLING)
        for need in sorted(needs):
            rows.needs.append({"case_id": case_id, "service": need.value})

        case["consent_services"] = rng.random() < 0.97
        case["consent_sharing"] = rng.random() < 0.7
        case["consent_statistics"] = rng.random() < 0.9
        worker = rng.choice(staff.counsellors) if rng.random() < 0.85 else staff.manager
        case["case_worker_id"] = worker

        # Children with her
        for sex, child_born, child_name in woman.children:
            child_age = _years_between(child_born, registered_on)
            if not 0 <= child_age <= 17:
                continue
            name = ""
            if child_name is not None:
                pool = _HINDU_FIRST if sex is ChildSex.GIRL else _BOY_FIRST
                name = pool[child_name % len(pool)][d]
            rows.children.append(
                {"case_id": case_id, "name": name, "sex": sex.value, "age_years": child_age}
            )
            self.stats["children"] += 1

        # ------------------------------------------------- what happened afterwards
        if age_days < 1 and rng.random() < 0.6:
            case["updated_at"] = last_change
            return
        duration = rng.choices(
            (rng.randint(1, 7), rng.randint(8, 30), rng.randint(31, 120), rng.randint(121, 365)),
            (40, 35, 20, 5),
        )[0]
        disposed_on = registered_on + timedelta(days=duration)
        disposes = disposed_on < self.today and rng.random() < 0.97
        work_until = disposed_on if disposes else self.today

        def moment(day: date, early: int = 9, late: int = 19) -> datetime:
            at = _local(day, rng.randint(early, late), rng.randrange(60))
            if at < registered_at:
                at = registered_at + timedelta(minutes=rng.randint(5, 90))
            return min(at, self.now)

        def day_between(first: date, last: date) -> date:
            span = max(0, (last - first).days)
            return first + timedelta(days=rng.randint(0, span))

        # Services given
        first_service: datetime | None = None
        span_last = min(work_until, self.today)
        for need in sorted(needs):
            if rng.random() > 0.85:
                continue
            sessions = rng.choices((1, 2, 3, 4, 6), (3, 3, 2, 1, 1))[0]
            if need is not ServiceKind.COUNSELLING:
                sessions = 1
            early_kinds = (ServiceKind.RESCUE, ServiceKind.MEDICAL_AID, ServiceKind.POLICE_HELP)
            days = sorted(
                registered_on if need in early_kinds else day_between(registered_on, span_last)
                for _ in range(sessions)
            )
            for session, day in enumerate(days):
                recorded = moment(day)
                given_on = local_date(recorded)
                by = (
                    rng.choice(staff.counsellors)
                    if need is ServiceKind.COUNSELLING
                    else (rng.choice((*staff.operators, worker)))
                )
                summary = rng.choice(_SERVICE_SUMMARIES[need])[d]
                notes = ""
                if need is ServiceKind.COUNSELLING:
                    summary = f"{summary} {session + 1}"
                    if rng.random() < 0.85:
                        notes = rng.choice(_COUNSELLING_NOTES)[d]
                rows.services.append(
                    {
                        "case_id": case_id,
                        "kind": need.value,
                        "given_on": given_on,
                        "recorded_at": recorded,
                        "recorded_by_id": by,
                        "summary": summary,
                        "confidential_notes": notes,
                    }
                )
                self.stats["services"] += 1
                first_service = recorded if first_service is None else min(first_service, recorded)
                last_change = max(last_change, recorded)
        if first_service is None and (disposes or rng.random() < 0.5):
            first_service = moment(day_between(registered_on, span_last))

        status = CaseStatus.REGISTERED
        if first_service is not None:
            status = CaseStatus.IN_PROGRESS
            rows.status_changes.append(
                {
                    "case_id": case_id,
                    "from_status": CaseStatus.REGISTERED.value,
                    "to_status": CaseStatus.IN_PROGRESS.value,
                    "changed_at": first_service,
                    "changed_by_id": worker,
                }
            )
            last_change = max(last_change, first_service)

        # Referrals out
        if rng.random() < 0.25 and status is CaseStatus.IN_PROGRESS:
            targets = [ReferralTarget.NGO, ReferralTarget.SKILL_TRAINING]
            if ServiceKind.SHORT_STAY in needs:
                targets += [ReferralTarget.SWADHAR_GREH, ReferralTarget.SHORT_STAY_HOME]
            if ServiceKind.LEGAL_AID in needs:
                targets.append(ReferralTarget.DLSA)
            if ServiceKind.MEDICAL_AID in needs:
                targets.append(ReferralTarget.HOSPITAL)
            if ServiceKind.POLICE_HELP in needs:
                targets.append(ReferralTarget.POLICE)
            if minor:
                targets.append(ReferralTarget.OTHER)
            for target in rng.sample(targets, 1 if rng.random() < 0.8 else min(2, len(targets))):
                referred_on = day_between(registered_on, span_last)
                referred_at = moment(referred_on)
                settled = (self.today - referred_on).days > 10
                status_of = (
                    _weighted(
                        rng,
                        (
                            (ReferralStatus.ACCEPTED, 3),
                            (ReferralStatus.COMPLETED, 6),
                            (ReferralStatus.DECLINED, 1),
                        ),
                    )
                    if settled
                    else ReferralStatus.SENT
                )
                updated = (
                    min(self.now, referred_at + timedelta(days=rng.randint(1, 10)))
                    if settled
                    else referred_at
                )
                rows.referrals.append(
                    {
                        "case_id": case_id,
                        "target": target.value,
                        "organisation": rng.choice(_REFERRAL_ORGS[target]),
                        "referred_on": local_date(referred_at),
                        "status": status_of.value,
                        "notes": "",
                        "recorded_by_id": worker,
                        "updated_at": updated,
                    }
                )
                self.stats["referrals"] += 1
                last_change = max(last_change, updated)

        # Disposal and follow-ups
        if disposes and status is CaseStatus.IN_PROGRESS:
            disposed_at = max(moment(disposed_on, 10, 18), last_change)
            if disposed_at > self.now:
                disposed_at = self.now
            disposed_day = local_date(disposed_at)
            outcome = _weighted(
                rng,
                (
                    (Outcome.RESOLVED_BY_COUNSELLING, 45),
                    (Outcome.REFERRED, 18),
                    (Outcome.LEGAL_ACTION_STARTED, 20),
                    (Outcome.WITHDRAWN, 10),
                    (Outcome.OTHER, 7),
                ),
            )
            by = worker if worker != staff.manager or rng.random() < 0.5 else staff.counsellors[0]
            rows.status_changes.append(
                {
                    "case_id": case_id,
                    "from_status": CaseStatus.IN_PROGRESS.value,
                    "to_status": CaseStatus.DISPOSED.value,
                    "outcome": outcome.value,
                    "changed_at": disposed_at,
                    "changed_by_id": by,
                    "note": rng.choice(_DISPOSAL_NOTES),
                }
            )
            status = CaseStatus.DISPOSED
            case["outcome"] = outcome.value
            case["disposed_at"] = disposed_at
            last_change = disposed_at
            reopened_at: datetime | None = None
            for months in FOLLOW_UP_MONTHS:
                due_on = _add_months(disposed_day, months)
                row: dict[str, Any] = {"case_id": case_id, "due_on": due_on}
                self.stats["follow_ups"] += 1
                rows.follow_ups.append(row)
                if reopened_at is not None:
                    row["cancelled"] = True
                    continue
                # Older follow-ups were all made (or she could not be reached); some of the
                # last month's are overdue; later ones are still to come.
                late = (self.today - due_on).days
                if late < 0 or (late <= 30 and rng.random() < 0.5 - late / 60):
                    continue
                done_at = moment(
                    min(self.today, due_on + timedelta(days=rng.randint(0, max(0, min(late, 10)))))
                )
                if done_at < disposed_at:
                    done_at = min(self.now, disposed_at + timedelta(hours=1))
                result = _weighted(
                    rng,
                    (
                        (FollowUpResult.SAFE_AND_WELL, 70),
                        (FollowUpResult.NEEDS_SUPPORT, 15),
                        (FollowUpResult.NOT_REACHABLE, 12),
                        (FollowUpResult.VIOLENCE_RECURRED, 3),
                    ),
                )
                row.update(
                    done_at=done_at,
                    done_by_id=rng.choice(staff.counsellors),
                    result=result.value,
                    notes=rng.choice(_FOLLOW_UP_NOTES[result])[d],
                )
                if result is FollowUpResult.VIOLENCE_RECURRED and late > 120:
                    # Long ago she would have been disposed again since: keep the story simple.
                    result = FollowUpResult.NEEDS_SUPPORT
                    row.update(result=result.value, notes=rng.choice(_FOLLOW_UP_NOTES[result])[d])
                last_change = max(last_change, done_at)
                if result is FollowUpResult.VIOLENCE_RECURRED:
                    reopened_at = done_at
                    rows.status_changes.append(
                        {
                            "case_id": case_id,
                            "from_status": CaseStatus.DISPOSED.value,
                            "to_status": CaseStatus.REOPENED.value,
                            "changed_at": done_at,
                            "changed_by_id": row["done_by_id"],
                            "note": "",
                        }
                    )
                    status = CaseStatus.REOPENED
            if status is CaseStatus.DISPOSED:
                self.stats["disposed"] += 1
        case["status"] = status.value
        case["updated_at"] = last_change


def _check_folder(paths: DataPaths) -> None:
    """Raises AlreadySetUp when the folder holds a centre (or part of one)."""
    from osc_desktop.errors import DatabaseMissing

    try:
        state = storage.folder_state(paths)
    except DatabaseMissing:
        raise AlreadySetUp() from None
    if state is not storage.FolderState.NEW:
        raise AlreadySetUp()


def _remove_centre_files(paths: DataPaths, pre_migration_existed: bool) -> None:
    """Undo a demo centre that could not be finished (the folder held no centre before)."""
    for path in (
        paths.database,
        *paths.database_sidecars(),
        paths.keystore,
        paths.audit_anchor,
    ):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    if not pre_migration_existed:
        shutil.rmtree(paths.pre_migration_dir, ignore_errors=True)


def make_demo_centre(
    paths: DataPaths,
    *,
    cases: int,
    seed: int = DEFAULT_SEED,
    passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> DemoCentreSummary:
    """Set up a new demo centre in `paths` (a folder holding no centre) and fill it.

    The key is kept behind `passphrase`, or in the OS keyring when None. Staff accounts are
    `DEMO_ACCOUNTS` (the first is the centre's manager). `progress(done, total)` is called as
    cases are written; `done == total` once all are written, before the search index is built.
    Everything after the set-up is one transaction: if it fails, the half-made centre's files
    are removed again.

    Raises:
        AlreadySetUp: the folder already holds a centre.
        ValueError: `cases` is negative.
        KeyringUnavailable, DataFolderNotWritable, DiskFull, DatabaseWriteFailed.
    """
    from osc_desktop.services.cases.search import rebuild_index

    if cases < 0:
        raise ValueError("cases must not be negative")
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    _check_folder(paths)
    pre_migration_existed = paths.pre_migration_dir.exists()
    manager_account = DEMO_ACCOUNTS[0]
    centre = storage.create_centre(
        paths,
        storage.new_recovery_key(),
        DEMO_PROFILE,
        ManagerAccountInput(
            manager_account.full_name,
            manager_account.username,
            manager_account.password,
            manager_account.password,
        ),
        passphrase,
    )
    try:
        summary = _fill(centre, cases, seed, now, progress, rebuild_index)
    except BaseException:
        centre.close()
        _remove_centre_files(paths, pre_migration_existed)
        raise
    centre.close()
    return DemoCentreSummary(**summary, seconds=time.perf_counter() - started)


def _fill(
    centre: storage.OpenCentre,
    count: int,
    seed: int,
    now: datetime,
    progress: Callable[[int, int], None] | None,
    rebuild_index: Callable[..., int],
) -> dict[str, Any]:
    code = centre.profile.code
    hashes = {a.username: hash_password(a.password) for a in DEMO_ACCOUNTS[1:]}
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        session = uow.session
        manager = session.scalars(
            select(StaffUser).where(StaffUser.username == DEMO_ACCOUNTS[0].username)
        ).one()
        ids: dict[str, list[int]] = {Role.OPERATOR.value: [], Role.COUNSELLOR.value: []}
        for account in DEMO_ACCOUNTS[1:]:
            user = StaffUser(
                username=account.username,
                full_name=account.full_name,
                role=Role(account.role),
                password_hash=hashes[account.username],
                is_active=True,
                must_change_password=False,
            )
            session.add(user)
            session.flush()
            ids[account.role].append(user.id)
            record_event(
                session,
                user_id=manager.id,
                action=AuditAction.USER_CREATED,
                entity_type="staff_user",
                entity_id=user.id,
                details={"role": account.role},
            )
        staff = _Staff(
            manager=manager.id,
            operators=tuple(ids[Role.OPERATOR.value]),
            counsellors=tuple(ids[Role.COUNSELLOR.value]),
        )
        first_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        generator = _Generator(
            count=count, seed=seed, now=now, staff=staff, first_id=first_id, code=code
        )
        connection = session.connection()
        for start in range(0, count, CHUNK_CASES):
            stop = min(count, start + CHUNK_CASES)
            rows = generator.chunk(start, stop)
            for table, table_rows in rows.tables():
                if table_rows:
                    _insert(connection, table, table_rows)
            if progress is not None:
                progress(stop, count)
        if progress is not None and count == 0:
            progress(0, 0)
        for financial_year, last in generator.sequences.items():
            existing = session.get(CaseSequence, financial_year)
            if existing is None:
                session.add(CaseSequence(financial_year=financial_year, last_sequence=last))
            else:
                existing.last_sequence = max(existing.last_sequence, last)
        session.flush()
        indexed = rebuild_index(session)
        # Statistics for SQLite's query planner (sqlite_stat1), now that the tables are full:
        # it then picks the cases list's indexes knowing how many cases each filter leaves.
        session.connection().exec_driver_sql("ANALYZE")
        record_event(
            session,
            user_id=manager.id,
            action=AuditAction.CASE_CREATED,
            entity_type="demo",
            entity_id="",
            details={"cases": count, "seed": seed},
        )
        uow.commit()
    with centre.database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {
        "centre_code": code,
        "cases": count,
        "financial_years": tuple(sorted(generator.sequences.items())),
        "indexed": indexed,
        "accounts": DEMO_ACCOUNTS,
        **generator.stats,
    }


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite dialect stores it (UtcDateTime: naive UTC text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _insert(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """One executemany of plain tuples: SQLAlchemy's per-row bind processing would take most
    of the time at 100,000 cases. Columns a row leaves out get their scalar default."""
    given = set().union(*rows)
    everywhere = set(rows[0]).intersection(*rows)
    columns = [c for c in table.columns if c.name in given or not c.primary_key]
    defaults: dict[str, Any] = {}
    for column in columns:
        if column.default is None or column.name in everywhere:
            defaults[column.name] = None
        elif column.default.is_scalar:
            defaults[column.name] = column.default.arg
        else:  # a callable default (a timestamp): every row must give the value
            raise ValueError(f"{table.name}.{column.name} needs a value in every row")
    names = [c.name for c in columns]
    statement = (
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    )
    connection.exec_driver_sql(
        statement,
        [tuple(_stored(row.get(name, defaults[name])) for name in names) for row in rows],
    )


__all__ = [
    "DEFAULT_SEED",
    "DEMO_ACCOUNTS",
    "DEMO_PROFILE",
    "DemoAccount",
    "DemoCentreSummary",
    "make_demo_centre",
]
