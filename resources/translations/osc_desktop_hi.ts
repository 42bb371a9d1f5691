<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdministrationView</name>
    <message>
        <source>Staff accounts</source>
        <translation>कर्मचारी खाते</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ऑडिट रिकॉर्ड</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Case %1</source>
        <translation>प्रकरण %1</translation>
    </message>
    <message>
        <source>Staff account %1</source>
        <translation>कर्मचारी खाता %1</translation>
    </message>
    <message>
        <source>Centre %1</source>
        <translation>केंद्र %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>in a row</source>
        <translation>लगातार</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>अनुमति</translation>
    </message>
    <message>
        <source>events</source>
        <translation>प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>सही-सलामत</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>अनजान यूज़र नाम</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>ग़लत पासवर्ड</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>खाता लॉक था</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>खाता निष्क्रिय है</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>प्रकरण संख्या</translation>
    </message>
    <message>
        <source>a record searched for</source>
        <translation>कोई रिकॉर्ड खोजा गया</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>कर्मचारी</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>No one was signed in.</source>
        <translation>कोई लॉग इन नहीं था।</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>प्रविष्टि %1</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;Staff:</source>
        <translation>कर्मचारी(&amp;S):</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>सभी कर्मचारी</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>कार्य(&amp;A):</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>सभी कार्य</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>प्रकरण संख्या(&amp;C):</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>सभी रिकॉर्ड</translation>
    </message>
    <message>
        <source>A whole case number, or its beginning: PAT/2026-27/ finds that year&apos;s cases.</source>
        <translation>पूरी प्रकरण संख्या, या उसका शुरू का हिस्सा: PAT/2026-27/ लिखने पर उस साल के सभी प्रकरण मिलेंगे।</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>खोजें(&amp;E)</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>इन फ़िल्टर से मेल खाती कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>ऑडिट रिकॉर्ड जाँचें(&amp;V)</translation>
    </message>
    <message>
        <source>Checks that no event has been changed, removed or slipped in since it was recorded.</source>
        <translation>जाँचता है कि दर्ज होने के बाद कोई प्रविष्टि बदली, हटाई या बीच में जोड़ी तो नहीं गई।</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 प्रविष्टि</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked.</source>
        <translation>ऑडिट रिकॉर्ड सही-सलामत है: %1 प्रविष्टियाँ जाँची गईं।</translation>
    </message>
    <message>
        <source>an event was changed after it was recorded</source>
        <translation>दर्ज होने के बाद यह प्रविष्टि बदली गई</translation>
    </message>
    <message>
        <source>an event before it was removed, or this one was slipped in</source>
        <translation>इससे पहले की कोई प्रविष्टि हटाई गई, या यह प्रविष्टि बाद में बीच में जोड़ी गई</translation>
    </message>
    <message>
        <source>an event before it was deleted</source>
        <translation>इससे पहले की कोई प्रविष्टि मिटाई गई</translation>
    </message>
    <message>
        <source>the newest events, from this one on, were removed</source>
        <translation>सबसे नई प्रविष्टियाँ, इस वाली से आगे की, हटा दी गईं</translation>
    </message>
    <message>
        <source>The audit trail has been tampered with at event %1 (%2).</source>
        <translation>ऑडिट रिकॉर्ड में प्रविष्टि %1 पर छेड़छाड़ हुई है (%2)।</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>ऑडिट रिकॉर्ड एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV एक्सपोर्ट</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>फ़ाइल सहेजी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>1 event exported to %1.</source>
        <translation>1 प्रविष्टि %1 में एक्सपोर्ट की गई।</translation>
    </message>
    <message>
        <source>%1 events exported to %2.</source>
        <translation>%1 प्रविष्टियाँ %2 में एक्सपोर्ट की गईं।</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>The centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>These details appear on every printed form and register.</source>
        <translation>ये विवरण हर छपे हुए फ़ॉर्म और रजिस्टर पर आते हैं।</translation>
    </message>
    <message>
        <source>Centre &amp;name:</source>
        <translation>केंद्र का नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>लघु कोड(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>ज़िला(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>राज्य(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Women helpline:</source>
        <translation>महिला हेल्पलाइन(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Emergency number:</source>
        <translation>आपातकालीन नंबर(&amp;E):</translation>
    </message>
    <message>
        <source>e.g. PAT; used in case numbers</source>
        <translation>जैसे PAT; प्रकरण संख्या में लगता है</translation>
    </message>
    <message>
        <source>e.g. One Stop Centre, Patna</source>
        <translation>जैसे वन स्टॉप सेंटर, पटना</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>मेरा पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now: at least 10 characters, known only to you.</source>
        <translation>आपने अस्थायी पासवर्ड से लॉग इन किया है। अभी अपना पासवर्ड चुनें: कम से कम 10 अक्षर, जो केवल आपको पता हो।</translation>
    </message>
    <message>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>कम से कम 10 अक्षरों का नया पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>मौजूदा पासवर्ड(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>नया पासवर्ड(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>नया पासवर्ड दोबारा(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>लॉग आउट करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today: %1 · financial year %2</source>
        <translation>आज: %1 · वित्तीय वर्ष %2</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>Short code:</source>
        <translation>लघु कोड:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>ज़िला:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>राज्य:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>Helplines:</source>
        <translation>हेल्पलाइन:</translation>
    </message>
    <message>
        <source>Women helpline %1 · Emergency %2</source>
        <translation>महिला हेल्पलाइन %1 · आपातकालीन %2</translation>
    </message>
    <message>
        <source>Records on this computer</source>
        <translation>इस कंप्यूटर पर रिकॉर्ड</translation>
    </message>
    <message>
        <source>the computer&apos;s secure key store (%1)</source>
        <translation>कंप्यूटर का सुरक्षित कुंजी भंडार (%1)</translation>
    </message>
    <message>
        <source>locked with the centre passphrase</source>
        <translation>केंद्र के पासफ़्रेज़ से बंद</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>डेटाबेस:</translation>
    </message>
    <message>
        <source>encrypted (SQLCipher, AES-256), schema %1</source>
        <translation>एन्क्रिप्टेड (SQLCipher, AES-256), स्कीमा %1</translation>
    </message>
    <message>
        <source>Key kept in:</source>
        <translation>कुंजी कहाँ रखी है:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>डेटा फ़ोल्डर:</translation>
    </message>
</context>
<context>
    <name>IssuedPasswordDialog</name>
    <message>
        <source>Temporary password</source>
        <translation>अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation>%1 का अस्थायी पासवर्ड</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>यूज़र नाम: %1</translation>
    </message>
    <message>
        <source>Give this password to the person yourself, not by message. It is shown only this once. Type it with the dashes. At the first sign-in they must change it to a password of their own.</source>
        <translation>यह पासवर्ड उस व्यक्ति को ख़ुद दें, मैसेज से न भेजें। यह केवल इसी एक बार दिखाया जा रहा है। इसे डैश (-) समेत टाइप करना है। पहली बार लॉग इन करते ही उन्हें इसे बदलकर अपना पासवर्ड रखना होगा।</translation>
    </message>
    <message>
        <source>I have noted it, &amp;close</source>
        <translation>मैंने नोट कर लिया, बंद करें(&amp;C)</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <source>Locked. %1 was signed in; anyone may sign in.</source>
        <translation>लॉक है: %1 का सत्र रुका हुआ है। कोई भी लॉग इन कर सकता है।</translation>
    </message>
    <message>
        <source>Sign in to open the centre&apos;s records.</source>
        <translation>केंद्र के रिकॉर्ड खोलने के लिए लॉग इन करें।</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नाम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>लॉग इन करें(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the centre&apos;s records…</source>
        <translation>केंद्र के रिकॉर्ड खोले जा रहे हैं…</translation>
    </message>
    <message>
        <source>OSC Desktop — %1</source>
        <translation>OSC Desktop — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>स्क्रीन लॉक करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>मेरा पासवर्ड बदलें(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>लॉग आउट करें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OSC Desktop</source>
        <translation>OSC Desktop के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>कोई लॉग इन नहीं है</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>लॉग इन: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: not open</source>
        <translation>डेटाबेस: खुला नहीं</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>केंद्र: %1</translation>
    </message>
    <message>
        <source>Database: open, encrypted</source>
        <translation>डेटाबेस: खुला, एन्क्रिप्टेड</translation>
    </message>
    <message>
        <source>About OSC Desktop</source>
        <translation>OSC Desktop के बारे में</translation>
    </message>
    <message>
        <source>OSC Desktop %1

Records, shelter beds, court video hearings and registers for a One Stop Centre (Sakhi Centre). Every record is kept encrypted on this computer.</source>
        <translation>OSC Desktop %1

वन स्टॉप सेंटर (सखी सेंटर) के लिए प्रकरणों के रिकॉर्ड, आश्रय के बिस्तर, न्यायालय की वीडियो सुनवाई और रजिस्टर। हर रिकॉर्ड इस कंप्यूटर पर एन्क्रिप्ट करके रखा जाता है।</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The centre manager</source>
        <translation>केंद्र प्रबंधक</translation>
    </message>
    <message>
        <source>The first account. The manager adds the other staff later.</source>
        <translation>पहला खाता। बाकी कर्मचारियों के खाते प्रबंधक बाद में बनाएँगे।</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters. A short sentence that only you know is easy to remember and hard to guess.</source>
        <translation>कम से कम 10 अक्षरों का पासवर्ड चुनें। कोई छोटा वाक्य, जो केवल आप जानते हों, याद रखना आसान और अनुमान लगाना कठिन होता है।</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>पूरा नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नाम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>पासवर्ड दोबारा(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. asha.kumari</source>
        <translation>जैसे asha.kumari</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>OSC Desktop: open the records</source>
        <translation>OSC Desktop: रिकॉर्ड खोलें</translation>
    </message>
    <message>
        <source>Enter the centre passphrase to open the records.</source>
        <translation>रिकॉर्ड खोलने के लिए केंद्र का पासफ़्रेज़ डालें।</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>रिकवरी कुंजी से खोलें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Centre passphrase</source>
        <translation>केंद्र का पासफ़्रेज़</translation>
    </message>
    <message>
        <source>This computer has no secure place to keep the database key.</source>
        <translation>इस कंप्यूटर में डेटाबेस की कुंजी रखने की कोई सुरक्षित जगह नहीं है।</translation>
    </message>
    <message>
        <source>The records will be locked with a passphrase that is asked every time OSC Desktop starts. Use at least 12 characters and share it only with staff who start the computer.</source>
        <translation>रिकॉर्ड एक पासफ़्रेज़ से बंद रहेंगे, जो OSC Desktop शुरू होने पर हर बार पूछा जाएगा। कम से कम 12 अक्षर रखें और इसे केवल उन कर्मचारियों को बताएँ जो कंप्यूटर चालू करते हैं।</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>पासफ़्रेज़ दोबारा(&amp;R):</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF के रूप में सहेजें(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>प्रिंटर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>फ़ाइल सहेजी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>OSC Desktop: recovery key</source>
        <translation>OSC Desktop: रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper kept by the centre manager: 14 groups of 4 letters and digits. Capital or small letters and the dashes do not matter.</source>
        <translation>केंद्र प्रबंधक के पास रखे काग़ज़ से रिकवरी कुंजी टाइप करें: 4-4 अक्षरों और अंकों के 14 समूह। छोटे-बड़े अक्षर और डैश से कोई फ़र्क नहीं पड़ता।</translation>
    </message>
    <message>
        <source>Then choose a new centre passphrase: it will be asked each time OSC Desktop starts on this computer.</source>
        <translation>फिर केंद्र का नया पासफ़्रेज़ चुनें: इस कंप्यूटर पर OSC Desktop शुरू होने पर यह हर बार पूछा जाएगा।</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>रिकवरी कुंजी(&amp;K):</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>नया पासफ़्रेज़(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>पासफ़्रेज़ दोबारा(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>Print it now. It is shown only this once.</source>
        <translation>इसे अभी प्रिंट करें। यह केवल इसी बार दिखाई जाएगी।</translation>
    </message>
    <message>
        <source>The recovery key opens the centre&apos;s records on a new computer, or on this one if its saved key is ever lost, and it restores backups. Print it (or write it down), sign it, and lock it away from this computer and from backup drives. Anyone who has it and a copy of the data can read every record.</source>
        <translation>रिकवरी कुंजी से केंद्र के रिकॉर्ड किसी नए कंप्यूटर पर खुलते हैं, या इसी कंप्यूटर पर अगर इसमें सहेजी गई कुंजी कभी खो जाए, और इसी से बैकअप से पुनर्स्थापना होती है। इसे प्रिंट करें (या लिख लें), उस पर हस्ताक्षर करें, और इस कंप्यूटर तथा बैकअप ड्राइव से अलग ताले में रखें। जिसके पास यह कुंजी और डेटा की प्रति दोनों हों, वह हर रिकॉर्ड पढ़ सकता है।</translation>
    </message>
    <message>
        <source>&amp;Print or save the recovery key…</source>
        <translation>रिकवरी कुंजी प्रिंट करें या सहेजें(&amp;P)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and stored it safely.</source>
        <translation>मैंने रिकवरी कुंजी प्रिंट कर ली है या लिख ली है और उसे सुरक्षित रख दिया है।</translation>
    </message>
    <message>
        <source>&amp;Finish set-up</source>
        <translation>सेटअप पूरा करें(&amp;F)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>स्क्रीन लॉक हो(&amp;L)</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> मिनट तक उपयोग न होने पर</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode: full screen, only a manager can close it</source>
        <translation>कियोस्क मोड(&amp;K): पूरी स्क्रीन, केवल प्रबंधक बंद कर सकते हैं</translation>
    </message>
    <message>
        <source>Kiosk mode takes effect the next time OSC Desktop starts.</source>
        <translation>कियोस्क मोड OSC Desktop के अगली बार शुरू होने पर लागू होगा।</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिंग सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>The settings could not be saved: the data folder is not writable.</source>
        <translation>सेटिंग सहेजी नहीं जा सकी: डेटा फ़ोल्डर में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेज लिया गया।</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>OSC Desktop: first-time set-up</source>
        <translation>OSC Desktop: पहली बार का सेटअप</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूरा करें(&amp;F)</translation>
    </message>
    <message>
        <source>A saved copy opens the records like the paper does: save it only to a USB drive that is then locked away, never to this computer.</source>
        <translation>सहेजी गई प्रति भी काग़ज़ की तरह रिकॉर्ड खोल देती है: इसे केवल ऐसी USB ड्राइव पर सहेजें जिसे बाद में ताले में रखा जाए, इस कंप्यूटर पर कभी नहीं।</translation>
    </message>
    <message>
        <source>Set-up could not finish</source>
        <translation>सेटअप पूरा नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>नया कर्मचारी जोड़ें</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>कर्मचारी का विवरण बदलें</translation>
    </message>
    <message>
        <source>A temporary password is made for the new account. You will see it once, to give to the person; they choose their own password at the first sign-in.</source>
        <translation>नए खाते के लिए एक अस्थायी पासवर्ड बनेगा। वह आपको केवल एक बार दिखेगा, ताकि आप उसे उस व्यक्ति को दे सकें; पहली बार लॉग इन करते समय वे अपना पासवर्ड चुनेंगे।</translation>
    </message>
    <message>
        <source>The user name cannot be changed. To stop someone signing in, use Deactivate.</source>
        <translation>यूज़र नाम बदला नहीं जा सकता। किसी का लॉग इन रोकना हो तो खाता निष्क्रिय करें।</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>पूरा नाम(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नाम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>भूमिका(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. asha.kumari</source>
        <translation>जैसे asha.kumari</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Everything, including staff accounts, the audit trail, backups and settings.</source>
        <translation>सब कुछ, जिसमें कर्मचारी खाते, ऑडिट रिकॉर्ड, बैकअप और सेटिंग भी शामिल हैं।</translation>
    </message>
    <message>
        <source>Registers and updates cases and beds; cannot read counselling notes.</source>
        <translation>प्रकरण दर्ज करना और अपडेट करना, बिस्तरों का प्रबंध; परामर्श के नोट्स नहीं पढ़ सकते।</translation>
    </message>
    <message>
        <source>Cases with their counselling notes and narratives, and court video hearings.</source>
        <translation>प्रकरण, उनके परामर्श नोट्स और घटना का विवरण, और अदालत की वीडियो सुनवाई।</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>यूज़र नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>पिछला लॉग इन</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>पासवर्ड बदलना है</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Cannot sign in. The account and its history are kept.</source>
        <translation>लॉग इन नहीं कर सकते। खाता और उसका पूरा रिकॉर्ड रखा गया है।</translation>
    </message>
    <message>
        <source>Locked after 5 wrong passwords in a row. A manager can unlock it.</source>
        <translation>लगातार 5 बार ग़लत पासवर्ड डालने पर लॉक हुआ। प्रबंधक इसे अनलॉक कर सकते हैं।</translation>
    </message>
    <message>
        <source>Has a temporary password, to be changed at the next sign-in.</source>
        <translation>अस्थायी पासवर्ड है, जिसे अगली बार लॉग इन करते ही बदलना होगा।</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>Each person who uses this computer has an account of their own. Accounts are never deleted: deactivate one when someone leaves, so the audit trail goes on naming who did what.</source>
        <translation>इस कंप्यूटर को इस्तेमाल करने वाले हर व्यक्ति का अपना खाता होता है। खाते कभी मिटाए नहीं जाते: कोई काम छोड़ दे तो उसका खाता निष्क्रिय करें, ताकि ऑडिट रिकॉर्ड में यह दर्ज रहे कि किसने क्या किया।</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>कर्मचारी जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>बदलें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>पासवर्ड रीसेट करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें(&amp;U)</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>फिर से सक्रिय करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>निष्क्रिय करें(&amp;D)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>Reset the password of %1?

Their current password stops working at once. You will see a temporary password to give them.</source>
        <translation>%1 का पासवर्ड रीसेट करें?

उनका अभी का पासवर्ड तुरंत काम करना बंद कर देगा। आपको एक अस्थायी पासवर्ड दिखेगा, जो आप उन्हें देंगे।</translation>
    </message>
    <message>
        <source>Deactivate the account of %1 (%2)?

They will not be able to sign in, and if signed in now they are stopped at their next action. The account and its history are kept; you can reactivate it later.</source>
        <translation>%1 (%2) का खाता निष्क्रिय करें?

वे लॉग इन नहीं कर पाएँगे, और अगर अभी लॉग इन हैं तो अगला काम करते ही रोक दिए जाएँगे। खाता और उसका पूरा रिकॉर्ड रखा जाएगा; आप इसे बाद में फिर से सक्रिय कर सकते हैं।</translation>
    </message>
    <message>
        <source>This is your own account: you will be signed out.</source>
        <translation>यह आपका अपना खाता है: आप लॉग आउट हो जाएँगे।</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>खाता निष्क्रिय करें</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>The key settings for this database are missing or damaged on this computer.</source>
        <translation>इस कंप्यूटर पर इस डेटाबेस की कुंजी की सेटिंग नहीं मिली या ख़राब है।</translation>
    </message>
</context>
<context>
    <name>StorageProblemDialog</name>
    <message>
        <source>OSC Desktop: the records cannot be opened</source>
        <translation>OSC Desktop: रिकॉर्ड नहीं खुल सकते</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>डेटा फ़ोल्डर: %1</translation>
    </message>
    <message>
        <source>Enter the &amp;recovery key…</source>
        <translation>रिकवरी कुंजी डालें(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the data &amp;folder</source>
        <translation>डेटा फ़ोल्डर दिखाएँ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to OSC Desktop</source>
        <translation>OSC Desktop में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Set up this computer for your One Stop Centre.</source>
        <translation>इस कंप्यूटर को अपने वन स्टॉप सेंटर के लिए तैयार करें।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>This computer does not hold a centre&apos;s records yet. In four short steps you will enter the centre&apos;s details, make the first manager account and print the recovery key.

Everything is kept on this computer, encrypted. Nothing is sent over the internet.</source>
        <translation>इस कंप्यूटर पर अभी किसी केंद्र के रिकॉर्ड नहीं हैं। चार छोटे चरणों में आप केंद्र का विवरण भरेंगे, प्रबंधक का पहला खाता बनाएँगे और रिकवरी कुंजी प्रिंट करेंगे।

सब कुछ इसी कंप्यूटर पर एन्क्रिप्ट करके रखा जाता है। इंटरनेट पर कुछ नहीं भेजा जाता।</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>प्रकरण</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>आश्रय</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>वीडियो कॉन्फ्रेंसिंग</translation>
    </message>
    <message>
        <source>Registers and reports</source>
        <translation>रजिस्टर और रिपोर्ट</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>प्रशासन</translation>
    </message>
    <message>
        <source>Not available yet: comes in a later version of OSC Desktop.</source>
        <translation>अभी उपलब्ध नहीं: OSC Desktop के अगले संस्करण में आएगा।</translation>
    </message>
    <message>
        <source>Your role does not include this area.</source>
        <translation>आपकी भूमिका में यह हिस्सा शामिल नहीं है।</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The passphrase file could not be read.</source>
        <translation>पासफ़्रेज़ वाली फ़ाइल पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The records could not be opened. Nothing has been changed.</source>
        <translation>रिकॉर्ड नहीं खुल सके। कुछ भी बदला नहीं गया है।</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Centre set up</source>
        <translation>केंद्र का सेटअप हुआ</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>लॉग इन किया</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>लॉग इन असफल</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>खाता लॉक हुआ</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>खाता अनलॉक हुआ</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>लॉग आउट किया</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>स्क्रीन लॉक हुई</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>पासवर्ड बदला</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>मना किया गया: अनुमति नहीं</translation>
    </message>
    <message>
        <source>Staff account created</source>
        <translation>कर्मचारी खाता बनाया</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>कर्मचारी खाता बदला</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>पासवर्ड रीसेट किया</translation>
    </message>
    <message>
        <source>Staff account deactivated</source>
        <translation>कर्मचारी खाता निष्क्रिय किया</translation>
    </message>
    <message>
        <source>Staff account reactivated</source>
        <translation>कर्मचारी खाता फिर से सक्रिय किया</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>सेटिंग बदली</translation>
    </message>
    <message>
        <source>Audit trail viewed</source>
        <translation>ऑडिट रिकॉर्ड देखा</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>ऑडिट रिकॉर्ड एक्सपोर्ट किया</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>ऑडिट रिकॉर्ड की जाँच की</translation>
    </message>
    <message>
        <source>Case viewed</source>
        <translation>प्रकरण देखा</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>प्रकरण पंजीकृत किया</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>प्रकरण बदला</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>प्रिंट किया</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>एक्सपोर्ट किया</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>बैकअप बनाया</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>बैकअप से पुनर्स्थापना की</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>कुछ गड़बड़ हो गई।</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>कुछ खानों को ठीक करना है।</translation>
    </message>
    <message>
        <source>This centre has already been set up.</source>
        <translation>इस केंद्र का सेटअप पहले ही हो चुका है।</translation>
    </message>
    <message>
        <source>OSC Desktop is already open on this computer with the same data folder. Switch to the open window instead.</source>
        <translation>OSC Desktop इसी डेटा फ़ोल्डर के साथ इस कंप्यूटर पर पहले से खुला है। उसी खुली विंडो पर जाएँ।</translation>
    </message>
    <message>
        <source>The centre&apos;s records cannot be opened.</source>
        <translation>केंद्र के रिकॉर्ड नहीं खुल सकते।</translation>
    </message>
    <message>
        <source>Nothing has been changed or deleted. Ask the centre manager for help.</source>
        <translation>कुछ भी बदला या मिटाया नहीं गया है। केंद्र प्रबंधक से सहायता लें।</translation>
    </message>
    <message>
        <source>The key does not open this database.</source>
        <translation>यह कुंजी इस डेटाबेस को नहीं खोलती।</translation>
    </message>
    <message>
        <source>Check the passphrase or recovery key and try again. Nothing has been changed. If you are sure the key is right, the file may be damaged: restore the most recent backup.</source>
        <translation>पासफ़्रेज़ या रिकवरी कुंजी जाँचकर फिर से कोशिश करें। कुछ भी बदला नहीं गया है। अगर आपको पक्का है कि कुंजी सही है, तो हो सकता है फ़ाइल ख़राब हो: सबसे नए बैकअप से पुनर्स्थापना करें।</translation>
    </message>
    <message>
        <source>That passphrase is not correct.</source>
        <translation>यह पासफ़्रेज़ सही नहीं है।</translation>
    </message>
    <message>
        <source>Type the centre passphrase again, minding capital letters. If nobody knows it, open the records with the printed recovery key.</source>
        <translation>केंद्र का पासफ़्रेज़ फिर से टाइप करें, बड़े अक्षरों का ध्यान रखें। अगर किसी को याद नहीं है, तो छपी हुई रिकवरी कुंजी से रिकॉर्ड खोलें।</translation>
    </message>
    <message>
        <source>This computer no longer holds the key to the centre&apos;s database.</source>
        <translation>इस कंप्यूटर में अब केंद्र के डेटाबेस की कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>This happens after a Windows account is changed or reset. Enter the printed recovery key to open the records; it will be saved again. Nothing has been changed.</source>
        <translation>ऐसा Windows खाता बदलने या रीसेट होने के बाद होता है। रिकॉर्ड खोलने के लिए छपी हुई रिकवरी कुंजी डालें; कुंजी फिर से सहेज ली जाएगी। कुछ भी बदला नहीं गया है।</translation>
    </message>
    <message>
        <source>This computer&apos;s secure key store cannot be reached.</source>
        <translation>इस कंप्यूटर का सुरक्षित कुंजी भंडार उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Restart the computer and open OSC Desktop again, or enter the printed recovery key.</source>
        <translation>कंप्यूटर फिर से चालू करके OSC Desktop खोलें, या छपी हुई रिकवरी कुंजी डालें।</translation>
    </message>
    <message>
        <source>The key settings file in the data folder is damaged.</source>
        <translation>डेटा फ़ोल्डर में कुंजी की सेटिंग वाली फ़ाइल ख़राब है।</translation>
    </message>
    <message>
        <source>Enter the printed recovery key to open the records; the key settings will be written again. The database itself has not been changed.</source>
        <translation>रिकॉर्ड खोलने के लिए छपी हुई रिकवरी कुंजी डालें; कुंजी की सेटिंग फिर से लिख दी जाएगी। डेटाबेस में कोई बदलाव नहीं हुआ है।</translation>
    </message>
    <message>
        <source>The database file is damaged or incomplete and cannot be opened.</source>
        <translation>डेटाबेस फ़ाइल ख़राब या अधूरी है और खुल नहीं सकती।</translation>
    </message>
    <message>
        <source>The file has been left exactly as it is. Restore the most recent backup, or ask the centre manager to do so; keep the damaged file in case it can be repaired.</source>
        <translation>फ़ाइल को जैसी है वैसी ही छोड़ दिया गया है। सबसे नए बैकअप से पुनर्स्थापना करें, या केंद्र प्रबंधक से करवाएँ; ख़राब फ़ाइल को सँभालकर रखें, शायद उसकी मरम्मत हो सके।</translation>
    </message>
    <message>
        <source>The records could not be read or saved just now.</source>
        <translation>इस समय रिकॉर्ड पढ़े या सहेजे नहीं जा सके।</translation>
    </message>
    <message>
        <source>Nothing was half-saved. Try again; if it happens again, note the time and tell the centre manager.</source>
        <translation>कुछ भी आधा-अधूरा सहेजा नहीं गया। फिर से कोशिश करें; दोबारा ऐसा हो तो समय लिख लें और केंद्र प्रबंधक को बताएँ।</translation>
    </message>
    <message>
        <source>The database file is missing from the data folder, but its key settings remain.</source>
        <translation>डेटा फ़ोल्डर में डेटाबेस फ़ाइल नहीं है, पर उसकी कुंजी की सेटिंग मौजूद है।</translation>
    </message>
    <message>
        <source>Check that the data folder is the right one (a USB drive may be missing), or restore the most recent backup.</source>
        <translation>जाँचें कि डेटा फ़ोल्डर सही है (हो सकता है कोई USB ड्राइव लगी न हो), या सबसे नए बैकअप से पुनर्स्थापना करें।</translation>
    </message>
    <message>
        <source>The data folder cannot be written to.</source>
        <translation>डेटा फ़ोल्डर में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The folder or the drive is read-only, or this Windows account may not change it. Ask someone with administrator rights to give this account write access.</source>
        <translation>फ़ोल्डर या ड्राइव केवल पढ़ने के लिए है, या इस Windows खाते को उसे बदलने की अनुमति नहीं है। एडमिनिस्ट्रेटर अधिकार वाले किसी व्यक्ति से इस खाते को लिखने की अनुमति दिलवाएँ।</translation>
    </message>
    <message>
        <source>The disk holding the data folder is full.</source>
        <translation>डेटा फ़ोल्डर वाली डिस्क भर गई है।</translation>
    </message>
    <message>
        <source>Free some space (empty the Recycle Bin, move old downloads) and open OSC Desktop again. Nothing has been lost.</source>
        <translation>कुछ जगह ख़ाली करें (रीसायकल बिन ख़ाली करें, पुराने डाउनलोड हटाएँ) और OSC Desktop फिर से खोलें। कुछ भी खोया नहीं है।</translation>
    </message>
    <message>
        <source>This database was made by a newer version of OSC Desktop.</source>
        <translation>यह डेटाबेस OSC Desktop के नए संस्करण से बना है।</translation>
    </message>
    <message>
        <source>Install the newer version of OSC Desktop on this computer; the file is unchanged.</source>
        <translation>इस कंप्यूटर पर OSC Desktop का नया संस्करण इंस्टॉल करें; फ़ाइल में कोई बदलाव नहीं हुआ है।</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>यूज़र नाम या पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <source>This account is locked for 15 minutes after 5 wrong passwords in a row. Try again after %1, or ask the centre manager to unlock it.</source>
        <translation>लगातार 5 बार ग़लत पासवर्ड डालने पर यह खाता 15 मिनट के लिए लॉक हो गया है। %1 के बाद फिर कोशिश करें, या केंद्र प्रबंधक से इसे अनलॉक करवाएँ।</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask the centre manager.</source>
        <translation>यह खाता निष्क्रिय कर दिया गया है। केंद्र प्रबंधक से बात करें।</translation>
    </message>
    <message>
        <source>Your role does not allow this. The attempt has been noted in the audit trail.</source>
        <translation>आपकी भूमिका में इसकी अनुमति नहीं है। यह कोशिश ऑडिट रिकॉर्ड में दर्ज कर ली गई है।</translation>
    </message>
    <message>
        <source>Your account was deactivated or removed while you were signed in.</source>
        <translation>आपके लॉग इन रहते हुए आपका खाता निष्क्रिय कर दिया गया या हटा दिया गया।</translation>
    </message>
    <message>
        <source>This is the only active manager account. Make another manager first: a centre always needs one.</source>
        <translation>यह अकेला सक्रिय प्रबंधक खाता है। पहले किसी और को प्रबंधक बनाएँ: केंद्र में हमेशा एक प्रबंधक होना चाहिए।</translation>
    </message>
    <message>
        <source>No such staff account.</source>
        <translation>ऐसा कोई कर्मचारी खाता नहीं है।</translation>
    </message>
</context>
<context>
    <name>errors_dialog</name>
    <message>
        <source>OSC Desktop</source>
        <translation>OSC Desktop</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Manager</source>
        <translation>केंद्र प्रबंधक</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>कंप्यूटर ऑपरेटर</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>परामर्शदाता</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Use 2 to 6 capital letters or digits, starting with a letter (e.g. PAT).</source>
        <translation>2 से 6 अंग्रेज़ी बड़े अक्षर या अंक लिखें, शुरुआत अक्षर से हो (जैसे PAT)।</translation>
    </message>
    <message>
        <source>Use 3 to 40 small English letters, digits, dots, dashes or underscores (e.g. asha.kumari).</source>
        <translation>3 से 40 छोटे अंग्रेज़ी अक्षर, अंक, बिंदु, डैश या अंडरस्कोर लिखें (जैसे asha.kumari)।</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>यह आपका मौजूदा पासवर्ड नहीं है।</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>कम से कम %1 अक्षर लिखें।</translation>
    </message>
    <message>
        <source>The two entries are not the same.</source>
        <translation>दोनों प्रविष्टियाँ एक जैसी नहीं हैं।</translation>
    </message>
    <message>
        <source>Choose a password different from the old one.</source>
        <translation>पुराने पासवर्ड से अलग पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>A recovery key has 14 groups of 4 letters and digits; some are missing.</source>
        <translation>रिकवरी कुंजी में 4-4 अक्षरों और अंकों के 14 समूह होते हैं; कुछ छूट गए हैं।</translation>
    </message>
    <message>
        <source>A recovery key has only English capital letters and digits.</source>
        <translation>रिकवरी कुंजी में केवल अंग्रेज़ी के बड़े अक्षर और अंक होते हैं।</translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake; compare each group with the paper.</source>
        <translation>इस रिकवरी कुंजी में टाइपिंग की ग़लती है; हर समूह को काग़ज़ से मिलाएँ।</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>यह खाना भरना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>बहुत लंबा है: अधिकतम %1 अक्षर।</translation>
    </message>
    <message>
        <source>Contains invisible control characters; please retype it.</source>
        <translation>इसमें अदृश्य नियंत्रण अक्षर हैं; कृपया इसे दोबारा टाइप करें।</translation>
    </message>
    <message>
        <source>Not a phone number: give a 10-digit mobile (98765 43210) or a landline with its STD code (0612 2345678).</source>
        <translation>यह फ़ोन नंबर नहीं है: 10 अंकों का मोबाइल (98765 43210) या STD कोड के साथ लैंडलाइन (0612 2345678) लिखें।</translation>
    </message>
    <message>
        <source>Give the number as digits only, from 3 to 12 of them.</source>
        <translation>नंबर केवल अंकों में लिखें, 3 से 12 अंक।</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 minutes.</source>
        <translation>%1 से %2 मिनट के बीच चुनें।</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>यह यूज़र नाम पहले से किसी और के पास है।</translation>
    </message>
    <message>
        <source>Choose one of the roles in the list.</source>
        <translation>सूची में से कोई एक भूमिका चुनें।</translation>
    </message>
</context>
</TS>
