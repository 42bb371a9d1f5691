"""What the demo cases say and how often: how she came, the kinds of violence and who did it,
the stories, the services' summaries, counselling notes, referral organisations and
follow-up notes (Devanagari, then Latin script)."""

from __future__ import annotations

from osc_desktop.models import (
    Arrival,
    FollowUpResult,
    ReferralTarget,
    Relationship,
    ServiceKind,
    ViolenceKind,
)

REFERRERS: dict[Arrival, tuple[tuple[str, str], ...]] = {
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

ARRIVAL_WEIGHTS: tuple[tuple[Arrival, int], ...] = (
    (Arrival.WALK_IN, 30),
    (Arrival.HELPLINE_181, 25),
    (Arrival.POLICE, 18),
    (Arrival.EMERGENCY_112, 8),
    (Arrival.HOSPITAL, 7),
    (Arrival.NGO, 5),
    (Arrival.OTHER_PERSON, 7),
)
VIOLENCE_WEIGHTS: tuple[tuple[ViolenceKind, float], ...] = (
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
ALSO: dict[ViolenceKind, tuple[ViolenceKind, ...]] = {
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
CHILD_KINDS = frozenset({ViolenceKind.CHILD_SEXUAL_ABUSE, ViolenceKind.CHILD_MARRIAGE})
FIR_KINDS = frozenset(
    {
        ViolenceKind.RAPE,
        ViolenceKind.SEXUAL_ASSAULT,
        ViolenceKind.CHILD_SEXUAL_ABUSE,
        ViolenceKind.TRAFFICKING,
        ViolenceKind.ACID_ATTACK,
        ViolenceKind.MISSING_OR_KIDNAPPED,
    }
)
RELATIONSHIPS: dict[ViolenceKind, tuple[Relationship, ...]] = {
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
NARRATIVES: dict[ViolenceKind, tuple[str, str]] = {
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
PLACES: tuple[tuple[str, str], ...] = (
    ("ससुराल, ", "Her in-laws' house, "),
    ("घर पर, ", "At home, "),
    ("रास्ते में, ", "On the road, "),
    ("कार्यस्थल, ", "At her workplace, "),
    ("बाज़ार के पास, ", "Near the market, "),
)
SERVICE_SUMMARIES: dict[ServiceKind, tuple[tuple[str, str], ...]] = {
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
COUNSELLING_NOTES: tuple[tuple[str, str], ...] = (
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
REFERRAL_ORGS: dict[ReferralTarget, tuple[str, ...]] = {
    ReferralTarget.SWADHAR_GREH: ("Swadhar Greh, Patna", "स्वाधार गृह, पटना"),
    ReferralTarget.SHORT_STAY_HOME: ("Short Stay Home, Gardanibagh",),
    ReferralTarget.HOSPITAL: ("PMCH, Patna", "NMCH, Patna", "सदर अस्पताल, पटना"),
    ReferralTarget.DLSA: ("DLSA Patna", "जिला विधिक सेवा प्राधिकार, पटना"),
    ReferralTarget.POLICE: ("Mahila Thana, Patna",),
    ReferralTarget.NGO: ("Sakhi Sahayata Samiti", "Jagriti Mahila Manch"),
    ReferralTarget.SKILL_TRAINING: ("Skill training centre, Patna", "कौशल प्रशिक्षण केंद्र, पटना"),
    ReferralTarget.OTHER: ("Child Welfare Committee, Patna",),
}
FOLLOW_UP_NOTES: dict[FollowUpResult, tuple[tuple[str, str], ...]] = {
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
DISPOSAL_NOTES = ("", "", "समझौता हुआ", "Agreement reached", "Referred on")
