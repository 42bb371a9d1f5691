"""The Hindi of every label of a case's coded values, for printed forms (made without Qt).

The English labels are the source texts of `services.case_vocabulary` (translation context
"case"); this table gives each its Hindi, in the words of ``shared/GLOSSARY-hi.md``. It is the one
source of those words: the interface's translations of the "case" context are filled from it, so
a screen and a printed form call a thing the same. A test checks every label has its Hindi here.
"""

from __future__ import annotations

from collections.abc import Mapping

HINDI: Mapping[str, str] = {
    # How she came (Arrival)
    "Came by herself": "स्वयं आई",
    "Women helpline 181": "महिला हेल्पलाइन 181",
    "Emergency 112": "आपातकालीन सेवा 112",
    "Brought by police": "पुलिस द्वारा लाई गई",
    "Referred by a hospital": "अस्पताल द्वारा संदर्भित",
    "Referred by an NGO": "स्वयंसेवी संस्था (NGO) द्वारा संदर्भित",
    "Brought by someone else": "किसी अन्य व्यक्ति द्वारा लाई गई",
    # Case status
    "Registered": "पंजीकृत",
    "In progress": "कार्यवाही जारी",
    "Disposed": "निस्तारित",
    "Reopened": "पुनः खोला गया",
    # Outcome of disposal
    "Resolved by counselling": "परामर्श से समाधान",
    "Referred elsewhere": "अन्यत्र संदर्भित",
    "Legal action started": "कानूनी कार्यवाही शुरू",
    "Withdrawn by her": "पीड़िता द्वारा वापस लिया गया",
    "Other outcome": "अन्य परिणाम",
    # Kinds of violence
    "Domestic violence": "घरेलू हिंसा",
    "Dowry harassment": "दहेज उत्पीड़न",
    "Rape": "बलात्कार",
    "Sexual assault": "यौन हमला",
    "Sexual harassment": "यौन उत्पीड़न",
    "Child sexual abuse (POCSO)": "बाल यौन शोषण (पॉक्सो)",
    "Trafficking": "मानव तस्करी",
    "Acid attack": "एसिड हमला",
    "Honour crime": "सम्मान के नाम पर अपराध",
    "Witch-hunting": "डायन प्रताड़ना",
    "Child marriage": "बाल विवाह",
    "Cyber crime": "साइबर अपराध",
    "Stalking": "पीछा करना",
    "Missing or kidnapped": "गुमशुदा / अपहरण",
    "Deceit in the name of love or marriage": "प्रेम या विवाह के नाम पर धोखा",
    "Abuse of an elderly woman": "बुज़ुर्ग महिला के साथ दुर्व्यवहार",
    "Other violence": "अन्य हिंसा",
    # GBVIMS core types (Rape and Sexual assault are above)
    "Physical assault": "शारीरिक हमला",
    "Forced or early marriage": "जबरन या कम उम्र में विवाह",
    "Denial of resources, opportunities or services": "संसाधनों, अवसरों या सेवाओं से वंचित करना",
    "Psychological or emotional abuse": "मानसिक या भावनात्मक दुर्व्यवहार",
    # Marital status
    "Unmarried": "अविवाहित",
    "Married": "विवाहित",
    "Separated": "पति से अलग",
    "Divorced": "तलाकशुदा",
    "Widowed": "विधवा",
    # Education
    "No schooling": "स्कूली शिक्षा नहीं",
    "Primary": "प्राथमिक",
    "Secondary (10th)": "माध्यमिक (10वीं)",
    "Higher secondary (12th)": "उच्च माध्यमिक (12वीं)",
    "Graduate": "स्नातक",
    "Postgraduate": "स्नातकोत्तर",
    # Children
    "Girl": "लड़की",
    "Boy": "लड़का",
    # Perpetrator's relationship to her
    "Husband": "पति",
    "Former husband": "पूर्व पति",
    "In-laws": "ससुराल वाले",
    "Partner": "साथी",
    "Father": "पिता",
    "Mother": "माता",
    "Brother": "भाई",
    "Other relative": "अन्य रिश्तेदार",
    "Employer": "नियोक्ता",
    "Colleague": "सहकर्मी",
    "Neighbour": "पड़ोसी",
    "Acquaintance": "परिचित",
    "Stranger": "अनजान व्यक्ति",
    "Other": "अन्य",
    # Police reports
    "FIR": "प्राथमिकी (FIR)",
    "NCR": "NCR",
    "DIR": "DIR",
    # Services
    "Rescue": "बचाव",
    "Medical aid": "चिकित्सकीय सहायता",
    "Police help": "पुलिस सहायता",
    "Counselling": "परामर्श",
    "Legal aid": "विधिक सहायता",
    "Short stay": "अल्प प्रवास",
    "Video conferencing": "वीडियो कॉन्फ्रेंसिंग",
    "Food and clothes": "भोजन और कपड़े",
    # Referrals out
    "Swadhar Greh": "स्वाधार गृह",
    "Short-stay home": "अल्प प्रवास गृह",
    "Hospital": "अस्पताल",
    "District Legal Services Authority": "जिला विधिक सेवा प्राधिकरण (DLSA)",
    "Police": "पुलिस",
    "NGO": "स्वयंसेवी संस्था (NGO)",
    "Skill training": "कौशल प्रशिक्षण",
    # Referral status
    "Sent": "भेजा गया",
    "Accepted": "स्वीकार किया गया",
    "Completed": "पूरा हुआ",
    "Declined": "अस्वीकार किया गया",
    # Follow-up results
    "Safe and well": "सुरक्षित और ठीक",
    "Needs support": "सहायता की ज़रूरत",
    "Violence recurred": "हिंसा फिर से हुई",
    "Could not be reached": "संपर्क नहीं हो सका",
}


def hindi(label: str) -> str:
    """The Hindi of the English ``label``.

    Raises:
        KeyError: ``label`` is not a case label (a test keeps every label of the vocabulary here).
    """
    return HINDI[label]
