<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AboutHerSection</name>
    <message>
        <source>&amp;2  About her</source>
        <translation>उनके बारे में(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <source>Alia&amp;s:</source>
        <translation>उपनाम(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Age (years):</source>
        <translation>आयु (वर्ष)(&amp;A):</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>जन्म तिथि(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Minor (under 18):</source>
        <translation>नाबालिग (18 से कम)(&amp;M):</translation>
    </message>
    <message>
        <source>Marital s&amp;tatus:</source>
        <translation>वैवाहिक स्थिति(&amp;T):</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>पता(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन(&amp;P):</translation>
    </message>
    <message>
        <source>Safe to call her:</source>
        <translation>फ़ोन करना सुरक्षित है:</translation>
    </message>
    <message>
        <source>Ed&amp;ucation:</source>
        <translation>शिक्षा(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>व्यवसाय(&amp;O):</translation>
    </message>
    <message>
        <source>Disabilit&amp;y:</source>
        <translation>दिव्यांगता(&amp;Y):</translation>
    </message>
    <message>
        <source>Pre&amp;gnant:</source>
        <translation>गर्भवती(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Language she speaks:</source>
        <translation>उनकी भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>She &amp;withholds her name: use an alias</source>
        <translation>वे अपना नाम नहीं बताना चाहतीं: उपनाम लिखें(&amp;W)</translation>
    </message>
    <message>
        <source>A name to call her by</source>
        <translation>जिस नाम से उन्हें पुकारें</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>दिन-माह-वर्ष</translation>
    </message>
    <message>
        <source>98765 43210 or 0612 2345678</source>
        <translation>98765 43210 या 0612 2345678</translation>
    </message>
    <message>
        <source>Leave empty if none</source>
        <translation>न हो तो खाली छोड़ें</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Follows from her age.</source>
        <translation>आयु से तय होता है।</translation>
    </message>
    <message>
        <source>Choose only if her age is not known.</source>
        <translation>केवल तभी चुनें जब आयु पता न हो।</translation>
    </message>
    <message>
        <source>Optional when she withholds it</source>
        <translation>नाम न बताना चाहें तो खाली छोड़ें</translation>
    </message>
    <message>
        <source>Her name</source>
        <translation>उनका नाम</translation>
    </message>
    <message>
        <source>Needed: a name to call her by</source>
        <translation>ज़रूरी: जिस नाम से उन्हें पुकारें</translation>
    </message>
</context>
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
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
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
        <source>Verifying the audit trail…</source>
        <translation>ऑडिट रिकॉर्ड जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 events checked.</source>
        <translation>ऑडिट रिकॉर्ड सही-सलामत है: %1 प्रविष्टियाँ जाँची गईं।</translation>
    </message>
    <message>
        <source>The audit trail cannot be fully checked: its %1 events are intact, but the file that records the newest event (audit-head.json) is missing or unreadable, so removed newest events would not be noticed. Ask who removed it.</source>
        <translation>ऑडिट रिकॉर्ड की पूरी जाँच नहीं हो सकती: इसकी %1 प्रविष्टियाँ सही-सलामत हैं, पर सबसे नई प्रविष्टि दर्ज करने वाली फ़ाइल (audit-head.json) गायब है या पढ़ी नहीं जा सकती, इसलिए सबसे नई प्रविष्टियाँ हटाई गई हों तो पता नहीं चलेगा। पूछें कि इसे किसने हटाया।</translation>
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
        <source>Exporting the audit trail…</source>
        <translation>ऑडिट रिकॉर्ड एक्सपोर्ट हो रहा है…</translation>
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
    <name>BackupChecks</name>
    <message>
        <source>OK: can be restored</source>
        <translation>ठीक: पुनर्स्थापना हो सकती है</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>खराब</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>गलत कुंजी</translation>
    </message>
    <message>
        <source>Another centre&apos;s backup</source>
        <translation>दूसरे केंद्र का बैकअप</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>नए संस्करण से बना</translation>
    </message>
    <message>
        <source>Damaged: records missing</source>
        <translation>खराब: रिकॉर्ड गायब</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>The file could not be read: check the drive and try again.</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: ड्राइव जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Checking backup %1 of %2…</source>
        <translation>%2 में से बैकअप %1 जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>The backup is complete and can be restored.</source>
        <translation>बैकअप पूरा है और इससे पुनर्स्थापना हो सकती है।</translation>
    </message>
    <message>
        <source>All %1 backups are complete and can be restored.</source>
        <translation>सभी %1 बैकअप पूरे हैं और इनसे पुनर्स्थापना हो सकती है।</translation>
    </message>
    <message>
        <source>%1 of %2 backups cannot be restored: see the Check column.</source>
        <translation>%2 में से %1 बैकअप से पुनर्स्थापना नहीं हो सकती: &quot;जाँच&quot; स्तंभ देखें।</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>बैकअप से पुनर्स्थापना</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>इस बैकअप से पुनर्स्थापना नहीं हो सकती: %1</translation>
    </message>
    <message>
        <source>This backup belongs to another centre (%1). Only this centre&apos;s backups can be restored here.</source>
        <translation>यह बैकअप दूसरे केंद्र (%1) का है। यहाँ केवल इसी केंद्र के बैकअप से पुनर्स्थापना हो सकती है।</translation>
    </message>
    <message>
        <source>Replace the records on this computer with the backup of %1?

Everything recorded after that backup was made will no longer be in the records. The current records are not deleted: they are kept aside, in the before-restore folder inside the data folder.

Everyone is signed out, and you will need the printed recovery key.</source>
        <translation>क्या इस कंप्यूटर के रिकॉर्ड की जगह %1 का बैकअप रखना है?

उस बैकअप के बाद जो कुछ भी दर्ज हुआ, वह रिकॉर्ड में नहीं रहेगा। अभी के रिकॉर्ड हटाए नहीं जाते: वे डेटा फ़ोल्डर के अंदर before-restore फ़ोल्डर में अलग रख दिए जाते हैं।

सभी लॉग आउट हो जाएँगे, और आपको प्रिंट की हुई रिकवरी कुंजी की ज़रूरत होगी।</translation>
    </message>
    <message>
        <source>Are you sure? The records will go back to how they were on %1.

Restore now?</source>
        <translation>क्या आप निश्चित हैं? रिकॉर्ड वैसे हो जाएँगे जैसे %1 को थे।

अभी पुनर्स्थापना करें?</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Making the scheduled backup…</source>
        <translation>तय समय का बैकअप बन रहा है…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsForm</name>
    <message>
        <source>Automatic backups</source>
        <translation>स्वचालित बैकअप</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>बैकअप फ़ोल्डर(&amp;F):</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>चुनें(&amp;O)…</translation>
    </message>
    <message>
        <source>Leave it empty to keep the backups in the data folder. A USB drive or another computer is safer: a backup on this computer is lost with it.</source>
        <translation>खाली छोड़ें तो बैकअप डेटा फ़ोल्डर में रहेंगे। USB ड्राइव या दूसरा कंप्यूटर अधिक सुरक्षित है: इस कंप्यूटर पर रखा बैकअप इसके साथ ही खो जाता है।</translation>
    </message>
    <message>
        <source>Back up &amp;every:</source>
        <translation>बैकअप हर(&amp;E):</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> घंटे में</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for:</source>
        <translation>दैनिक बैकअप रखें(&amp;D):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन तक</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for:</source>
        <translation>साप्ताहिक बैकअप रखें(&amp;W):</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> सप्ताह तक</translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups for:</source>
        <translation>मासिक बैकअप रखें(&amp;M):</translation>
    </message>
    <message>
        <source> months</source>
        <translation> महीने तक</translation>
    </message>
    <message>
        <source>Older backups in the folder are deleted after each backup; the newest one is always kept. Other files in the folder are never touched.</source>
        <translation>हर बैकअप के बाद फ़ोल्डर के पुराने बैकअप हटा दिए जाते हैं; सबसे नया बैकअप हमेशा रखा जाता है। फ़ोल्डर की दूसरी फ़ाइलों को कभी नहीं छुआ जाता।</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>बैकअप सेटिंग्स सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>बैकअप फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>The settings could not be saved: the data folder is not writable.</source>
        <translation>सेटिंग्स सहेजी नहीं जा सकीं: डेटा फ़ोल्डर में लिखा नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>No backup yet</source>
        <translation>अभी तक कोई बैकअप नहीं</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>पिछला बैकअप: %1</translation>
    </message>
    <message>
        <source>Backup folder not found: plug in the backup drive</source>
        <translation>बैकअप फ़ोल्डर नहीं मिला: बैकअप ड्राइव लगाएँ</translation>
    </message>
    <message>
        <source>No backup for more than 24 hours</source>
        <translation>24 घंटे से अधिक समय से कोई बैकअप नहीं</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>स्वचालित बैकअप नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed.</source>
        <translation>स्वचालित बैकअप नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें(&amp;B)</translation>
    </message>
    <message>
        <source>Backups in the folder:</source>
        <translation>फ़ोल्डर में बैकअप:</translation>
    </message>
    <message>
        <source>There are no backups in the folder yet.</source>
        <translation>फ़ोल्डर में अभी कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Verify all</source>
        <translation>सभी जाँचें(&amp;V)</translation>
    </message>
    <message>
        <source>Checks that each backup is complete and can be restored with this key.</source>
        <translation>जाँचता है कि हर बैकअप पूरा है और इस कुंजी से उससे पुनर्स्थापना हो सकती है।</translation>
    </message>
    <message>
        <source>&amp;Restore from this backup…</source>
        <translation>इस बैकअप से पुनर्स्थापना करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>ताज़ा करें(&amp;H)</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>बनाने का समय</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>केंद्र</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation>बैकअप फ़ोल्डर पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>बैकअप %1 में बनते हैं।</translation>
    </message>
    <message>
        <source>Last backup: %1, in %2.</source>
        <translation>पिछला बैकअप: %1, %2 में।</translation>
    </message>
    <message>
        <source>Backup folder not found: plug in the backup drive.</source>
        <translation>बैकअप फ़ोल्डर नहीं मिला: बैकअप ड्राइव लगाएँ।</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>अभी तक कोई बैकअप नहीं बना है।</translation>
    </message>
    <message>
        <source>No backup for more than 24 hours.</source>
        <translation>24 घंटे से अधिक समय से कोई बैकअप नहीं बना।</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>बैकअप बन रहा है…</translation>
    </message>
    <message>
        <source>Backup made: %1 (%2).</source>
        <translation>बैकअप बन गया: %1 (%2)।</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें(&amp;S):</translation>
    </message>
    <message>
        <source>Case number, name, alias, phone or FIR number</source>
        <translation>प्रकरण संख्या, नाम, उपनाम, फ़ोन या FIR संख्या</translation>
    </message>
    <message>
        <source>Finds as you type. A name finds its other spellings and its Devanagari or Latin form; the last digits find a phone or case number. Ctrl+F comes back here, Down goes to the list.</source>
        <translation>लिखते-लिखते खोजता है। नाम लिखने पर उसकी दूसरी वर्तनियाँ और देवनागरी या रोमन रूप भी मिलते हैं; आख़िरी अंक लिखने पर फ़ोन या प्रकरण संख्या मिलती है। Ctrl+F से यहाँ लौटें, नीचे का तीर सूची में ले जाता है।</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति(&amp;T):</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Open (not disposed)</source>
        <translation>खुले (निस्तारित नहीं)</translation>
    </message>
    <message>
        <source>&amp;Kind of violence:</source>
        <translation>हिंसा का प्रकार(&amp;K):</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>&amp;Registered:</source>
        <translation>पंजीकरण(&amp;R):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>This financial year</source>
        <translation>इस वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation>पिछले वित्तीय वर्ष</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>तिथियों के बीच…</translation>
    </message>
    <message>
        <source>Registered on or after</source>
        <translation>इस तिथि को या इसके बाद पंजीकृत</translation>
    </message>
    <message>
        <source>Registered on or before</source>
        <translation>इस तिथि को या इससे पहले पंजीकृत</translation>
    </message>
    <message>
        <source>Case &amp;worker:</source>
        <translation>केस वर्कर(&amp;W):</translation>
    </message>
    <message>
        <source>All case workers</source>
        <translation>सभी केस वर्कर</translation>
    </message>
</context>
<context>
    <name>CaseFollowUpsTableModel</name>
    <message>
        <source>Due on</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Cancelled (case reopened)</source>
        <translation>रद्द (प्रकरण पुनः खोला गया)</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1 को हुआ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>विलंबित</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>&amp;Clear the search and filters</source>
        <translation>खोज और फ़िल्टर हटाएँ(&amp;C)</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 प्रकरण</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 प्रकरण</translation>
    </message>
    <message>
        <source>No cases yet.
Register a woman from Intake: her case will appear here.</source>
        <translation>अभी कोई प्रकरण नहीं है।
पंजीकरण में जाकर महिला का पंजीकरण करें: उसका प्रकरण यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>No case matches “%1” with these filters.</source>
        <translation>इन फ़िल्टर के साथ “%1” से मेल खाता कोई प्रकरण नहीं है।</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>“%1” से मेल खाता कोई प्रकरण नहीं है।</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>इन फ़िल्टर से मेल खाता कोई प्रकरण नहीं है।</translation>
    </message>
    <message>
        <source>Try part of the name, the last digits of her phone or case number, or fewer filters.</source>
        <translation>नाम का कुछ हिस्सा, उसके फ़ोन या प्रकरण संख्या के आख़िरी अंक, या कम फ़िल्टर आज़माएँ।</translation>
    </message>
</context>
<context>
    <name>CaseRecord</name>
    <message>
        <source>her age</source>
        <translation>उसकी आयु</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>services needed</source>
        <translation>आवश्यक सेवाएं</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>सहमति</translation>
    </message>
    <message>
        <source>case worker</source>
        <translation>केस वर्कर</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>Details changed</source>
        <translation>विवरण बदला गया</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>स्थिति बदली गई</translation>
    </message>
    <message>
        <source>Service recorded</source>
        <translation>सेवा दर्ज की गई</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>रेफ़रल</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>Linked to another case</source>
        <translation>दूसरे प्रकरण से जोड़ा गया</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>जोड़ हटाया गया</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>प्रिंट किया</translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation>अनुरोध पर मिटाया गया</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>पंजीकरण प्रपत्र</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>सहमति प्रपत्र</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>पंजीकरण की तिथि</translation>
    </message>
    <message>
        <source>How she came</source>
        <translation>संपर्क का माध्यम</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>नाबालिग</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>वैवाहिक स्थिति</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>व्यवसाय</translation>
    </message>
    <message>
        <source>Kinds of violence</source>
        <translation>हिंसा के प्रकार</translation>
    </message>
    <message>
        <source>GBVIMS core type</source>
        <translation>GBVIMS मूल प्रकार</translation>
    </message>
    <message>
        <source>Children with her</source>
        <translation>साथ आए बच्चे</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>आरोपी</translation>
    </message>
    <message>
        <source>Police report</source>
        <translation>पुलिस रिपोर्ट</translation>
    </message>
    <message>
        <source>Services needed</source>
        <translation>आवश्यक सेवाएं</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>CaseRecordView</name>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>दी गई सेवाएं</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>रेफ़रल</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>घटनाक्रम</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>प्रकरण संख्या</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>आयु</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Kind of violence</source>
        <translation>हिंसा का प्रकार</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>पंजीकरण की तिथि</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>केस वर्कर</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>पंजीकरण फ़ॉर्म</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>इस कॉलम से क्रम में लगाने के लिए क्लिक करें; उलटने के लिए फिर क्लिक करें।</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(मिटाया गया)</translation>
    </message>
    <message>
        <source>•••• %1</source>
        <translation>•••• %1</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>अधूरा</translation>
    </message>
    <message>
        <source>Her identifying details were erased at her request.</source>
        <translation>उसके अनुरोध पर उसकी पहचान बताने वाले विवरण मिटा दिए गए।</translation>
    </message>
    <message>
        <source>Name withheld: the alias she gave is shown.</source>
        <translation>नाम नहीं बताया गया: उसका दिया हुआ उपनाम दिखाया गया है।</translation>
    </message>
    <message>
        <source>Only the last digits are shown here; open the case to see it all.</source>
        <translation>यहाँ केवल आख़िरी अंक दिखते हैं; पूरा नंबर देखने के लिए प्रकरण खोलें।</translation>
    </message>
    <message>
        <source>Registered quickly: parts of the intake are still to be completed.</source>
        <translation>त्वरित पंजीकरण: पंजीकरण के कुछ हिस्से अभी भरने बाकी हैं।</translation>
    </message>
</context>
<context>
    <name>CaseWorkerSection</name>
    <message>
        <source>&amp;7  Case worker</source>
        <translation>केस वर्कर(&amp;7)</translation>
    </message>
    <message>
        <source>Case worker:</source>
        <translation>केस वर्कर:</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>अभी तय नहीं</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>All cases</source>
        <translation>सभी प्रकरण</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>Find a case (Ctrl+F)</source>
        <translation>प्रकरण खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Follow-ups due in the coming week, and overdue ones</source>
        <translation>अगले सप्ताह देय और विलंबित अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>Close with Ctrl+W</source>
        <translation>Ctrl+W से बंद करें</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>प्रकरण बंद करें</translation>
    </message>
    <message>
        <source>The changes to case %1 are not saved. Close it and lose them?</source>
        <translation>प्रकरण %1 में किए बदलाव सहेजे नहीं गए हैं। बंद करके उन्हें छोड़ दें?</translation>
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
        <source>&amp;Time zone:</source>
        <translation>&amp;समय क्षेत्र:</translation>
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
    <name>ChildrenSection</name>
    <message>
        <source>&amp;3  Children with her</source>
        <translation>साथ आए बच्चे(&amp;3)</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>&amp;6  Consent</source>
        <translation>सहमति(&amp;6)</translation>
    </message>
    <message>
        <source>To receive services:</source>
        <translation>सेवाएं लेने के लिए:</translation>
    </message>
    <message>
        <source>To share with police or court:</source>
        <translation>पुलिस या न्यायालय को जानकारी देने के लिए:</translation>
    </message>
    <message>
        <source>For non-identifying statistics:</source>
        <translation>पहचान न बताने वाले आँकड़ों के लिए:</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>अभी पूछा नहीं</translation>
    </message>
    <message>
        <source>Yes, she agrees</source>
        <translation>हाँ, सहमत हैं</translation>
    </message>
    <message>
        <source>No, she refuses</source>
        <translation>नहीं, सहमत नहीं हैं</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Registered today:</source>
        <translation>आज पंजीकृत:</translation>
    </message>
    <message>
        <source>Open cases:</source>
        <translation>खुले प्रकरण:</translation>
    </message>
    <message>
        <source>Follow-ups due or overdue:</source>
        <translation>देय या विलंबित अनुवर्ती संपर्क:</translation>
    </message>
    <message>
        <source>Today: %1 · financial year %2</source>
        <translation>आज: %1 · वित्तीय वर्ष %2</translation>
    </message>
    <message>
        <source>Today at the centre</source>
        <translation>आज केंद्र में</translation>
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
    <name>DisposeDialog</name>
    <message>
        <source>Dispose of the case</source>
        <translation>प्रकरण निस्तारित करें</translation>
    </message>
    <message>
        <source>Follow-ups are scheduled after %1 months. The case can be reopened later.</source>
        <translation>%1 महीने बाद अनुवर्ती संपर्क तय होंगे। प्रकरण बाद में पुनः खोला जा सकता है।</translation>
    </message>
    <message>
        <source>Follow-ups are scheduled. The case can be reopened later.</source>
        <translation>अनुवर्ती संपर्क तय होंगे। प्रकरण बाद में पुनः खोला जा सकता है।</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>परिणाम(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>टिप्पणी(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Dispose</source>
        <translation>निस्तारित करें(&amp;D)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase on request</source>
        <translation>अनुरोध पर मिटाएं</translation>
    </message>
    <message>
        <source>Erase case %1</source>
        <translation>प्रकरण %1 मिटाएं</translation>
    </message>
    <message>
        <source>To confirm, type the case number %1 exactly as shown. This cannot be undone.</source>
        <translation>पुष्टि के लिए प्रकरण संख्या %1 ठीक वैसे ही लिखें जैसी दिख रही है। यह वापस नहीं हो सकता।</translation>
    </message>
    <message>
        <source>&amp;Erase for ever</source>
        <translation>हमेशा के लिए मिटाएं(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record a follow-up</source>
        <translation>अनुवर्ती संपर्क दर्ज करें</translation>
    </message>
    <message>
        <source>Follow-up due on %1</source>
        <translation>अनुवर्ती संपर्क %1 को देय</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>परिणाम(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>टिप्पणी(&amp;N):</translation>
    </message>
    <message>
        <source>Saving this result reopens the case.</source>
        <translation>यह परिणाम सहेजने पर प्रकरण पुनः खुल जाएगा।</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due on</source>
        <translation>देय तिथि</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>प्रकरण संख्या</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Overdue: call or visit her, then record the follow-up in her case.</source>
        <translation>विलंबित: उसे फ़ोन करें या मिलें, फिर उसके प्रकरण में अनुवर्ती संपर्क दर्ज करें।</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(मिटाया गया)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>आज देय</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>कल देय</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>%1 दिन में देय</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 दिन से विलंबित</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>%1 दिन से विलंबित</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Follow-ups due in the next %1 days, and those overdue. Open the case to record how she is.</source>
        <translation>अगले %1 दिनों में देय और विलंबित अनुवर्ती संपर्क। वह कैसी है, यह दर्ज करने के लिए प्रकरण खोलें।</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें(&amp;R)</translation>
    </message>
    <message>
        <source>No follow-up is due in the next %1 days, and none is overdue.</source>
        <translation>अगले %1 दिनों में कोई अनुवर्ती संपर्क देय नहीं है, और कोई विलंबित नहीं है।</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 अनुवर्ती संपर्क</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 विलंबित</translation>
    </message>
</context>
<context>
    <name>HowSheCameSection</name>
    <message>
        <source>&amp;1  How she came</source>
        <translation>संपर्क का माध्यम(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;How she came:</source>
        <translation>संपर्क का माध्यम(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>द्वारा संदर्भित(&amp;R):</translation>
    </message>
    <message>
        <source>Choose how she came</source>
        <translation>संपर्क का माध्यम चुनें</translation>
    </message>
    <message>
        <source>Person or organisation, if any</source>
        <translation>व्यक्ति या संस्था, यदि कोई हो</translation>
    </message>
</context>
<context>
    <name>IntakeRows</name>
    <message>
        <source>Girl or boy?</source>
        <translation>लड़की या लड़का?</translation>
    </message>
    <message>
        <source>Girl or boy</source>
        <translation>लड़की या लड़का</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>आयु (वर्ष)</translation>
    </message>
    <message>
        <source>Child&apos;s age in years</source>
        <translation>बच्चे की आयु (वर्ष)</translation>
    </message>
    <message>
        <source>Name (if she tells it)</source>
        <translation>नाम (यदि बताएं)</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>बच्चे का नाम</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएं</translation>
    </message>
    <message>
        <source>Remove this child</source>
        <translation>यह बच्चा हटाएं</translation>
    </message>
    <message>
        <source>No children with her.</source>
        <translation>साथ में कोई बच्चा नहीं।</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>बच्चा जोड़ें(&amp;C)</translation>
    </message>
    <message>
        <source>Relationship to her?</source>
        <translation>उनसे क्या संबंध?</translation>
    </message>
    <message>
        <source>Relationship to her</source>
        <translation>उनसे संबंध</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s name</source>
        <translation>आरोपी का नाम</translation>
    </message>
    <message>
        <source>Remove this perpetrator</source>
        <translation>यह आरोपी हटाएं</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>कोई दर्ज नहीं।</translation>
    </message>
    <message>
        <source>Add a perpetrator</source>
        <translation>आरोपी जोड़ें</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <source>Intake</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <source>&amp;Quick register</source>
        <translation>त्वरित पंजीकरण(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Full intake</source>
        <translation>पूरा पंजीकरण(&amp;F)</translation>
    </message>
    <message>
        <source>Every section of the intake</source>
        <translation>पंजीकरण के सभी भाग</translation>
    </message>
    <message>
        <source>Only her name (or an alias) and how she came are needed now; the rest can be completed on her case later.</source>
        <translation>अभी केवल उनका नाम (या उपनाम) और संपर्क का माध्यम ज़रूरी है; बाकी बाद में उनके प्रकरण में पूरा किया जा सकता है।</translation>
    </message>
    <message>
        <source>Fill in what she tells you; sections left empty are marked as missing on her case.</source>
        <translation>वे जो बताएं, वह भरें; खाली छूटे भाग उनके प्रकरण में अधूरे दिखेंगे।</translation>
    </message>
    <message>
        <source>Registered. Her case number is:</source>
        <translation>पंजीकरण हो गया। उनकी प्रकरण संख्या है:</translation>
    </message>
    <message>
        <source>Missing parts of her intake are flagged on the case until completed.</source>
        <translation>पंजीकरण के अधूरे भाग पूरे होने तक प्रकरण में चिह्नित रहेंगे।</translation>
    </message>
    <message>
        <source>Write it on her papers. The form is ready for the next woman.</source>
        <translation>इसे उनके कागज़ों पर लिखें। फ़ॉर्म अगली महिला के लिए तैयार है।</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>प्रकरण खोलें</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear everything typed for this woman? It has not been saved.</source>
        <translation>इस महिला के लिए लिखा सब कुछ मिटा दें? यह सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>फ़ॉर्म खाली करें</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>खाली करें</translation>
    </message>
    <message>
        <source>Register the case</source>
        <translation>प्रकरण पंजीकृत करें</translation>
    </message>
    <message>
        <source>Ctrl+S or Ctrl+Enter</source>
        <translation>Ctrl+S या Ctrl+Enter</translation>
    </message>
    <message>
        <source>Will be linked to her earlier case %1.</source>
        <translation>उनके पुराने प्रकरण %1 से जोड़ा जाएगा।</translation>
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
    <name>LinkCaseDialog</name>
    <message>
        <source>Link to another case</source>
        <translation>दूसरे प्रकरण से जोड़ें</translation>
    </message>
    <message>
        <source>Link case %1 to an earlier record of the same woman. Find the other case by its number (the last digits are enough). Nothing is merged; the link can be removed later.</source>
        <translation>प्रकरण %1 को उसी महिला के पिछले रिकॉर्ड से जोड़ें। दूसरा प्रकरण उसकी संख्या से खोजें (आख़िरी अंक काफ़ी हैं)। कुछ भी मिलाया नहीं जाता; जोड़ बाद में हटाया जा सकता है।</translation>
    </message>
    <message>
        <source>Case number, e.g. 0042</source>
        <translation>प्रकरण संख्या, जैसे 0042</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>No other case has that number.</source>
        <translation>इस संख्या का कोई दूसरा प्रकरण नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>जोड़ें(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
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
        <source>The records are closed. Start OSC Desktop again to open them.</source>
        <translation>रिकॉर्ड बंद हैं। उन्हें खोलने के लिए OSC Desktop फिर से शुरू करें।</translation>
    </message>
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
    <name>MatchCard</name>
    <message>
        <source>(name erased)</source>
        <translation>(नाम मिटाया गया)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 वर्ष</translation>
    </message>
    <message>
        <source>Registered %1 · %2</source>
        <translation>पंजीकृत %1 · %2</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>वही फ़ोन नंबर</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>मिलता-जुलता नाम</translation>
    </message>
    <message>
        <source>similar age</source>
        <translation>मिलती-जुलती आयु</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>क्यों: %1</translation>
    </message>
    <message>
        <source>Link to this case</source>
        <translation>इस प्रकरण से जोड़ें</translation>
    </message>
    <message>
        <source>Link to case %1</source>
        <translation>प्रकरण %1 से जोड़ें</translation>
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
    <message>
        <source>Opening the records…</source>
        <translation>रिकॉर्ड खोले जा रहे हैं…</translation>
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
    <name>PossibleMatchesPanel</name>
    <message>
        <source>Has she been here before?</source>
        <translation>क्या वे पहले भी आ चुकी हैं?</translation>
    </message>
    <message>
        <source>Earlier cases with a similar name, the same phone or a similar age appear here as you type. Link the new case to hers, or simply go on.</source>
        <translation>लिखते समय मिलते-जुलते नाम, उसी फ़ोन नंबर या मिलती-जुलती आयु वाले पुराने प्रकरण यहाँ दिखते हैं। नए प्रकरण को उनके पुराने प्रकरण से जोड़ें, या बस आगे बढ़ें।</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>न जोड़ें</translation>
    </message>
    <message>
        <source>The new case will be linked to her earlier case %1 (%2).</source>
        <translation>नया प्रकरण उनके पुराने प्रकरण %1 (%2) से जोड़ा जाएगा।</translation>
    </message>
    <message>
        <source>No earlier case looks like her so far.</source>
        <translation>अभी तक कोई पुराना प्रकरण उनसे मिलता नहीं दिखा।</translation>
    </message>
</context>
<context>
    <name>RecordActionBar</name>
    <message>
        <source>Start &amp;work</source>
        <translation>काम शुरू करें(&amp;W)</translation>
    </message>
    <message>
        <source>Mark the case as in progress.</source>
        <translation>प्रकरण को &apos;प्रगति पर&apos; करें।</translation>
    </message>
    <message>
        <source>&amp;Dispose…</source>
        <translation>निस्तारित करें(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>पुनः खोलें(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करें(&amp;P)</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>पंजीकरण प्रपत्र</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>सहमति प्रपत्र</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Her phone number</source>
        <translation>उसका फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Her address</source>
        <translation>उसका पता</translation>
    </message>
    <message>
        <source>&amp;Link to another case…</source>
        <translation>दूसरे प्रकरण से जोड़ें(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Erase on request…</source>
        <translation>अनुरोध पर मिटाएं(&amp;E)…</translation>
    </message>
    <message>
        <source>Anonymise her record for ever, keeping only the figures for the counts.</source>
        <translation>उसका रिकॉर्ड हमेशा के लिए गुमनाम करें; गिनती के लिए केवल आंकड़े रहेंगे।</translation>
    </message>
    <message>
        <source>The case is now in progress.</source>
        <translation>प्रकरण अब प्रगति पर है।</translation>
    </message>
    <message>
        <source>The case is disposed; its follow-ups are scheduled.</source>
        <translation>प्रकरण निस्तारित हुआ; उसके अनुवर्ती संपर्क तय हो गए हैं।</translation>
    </message>
    <message>
        <source>The case is reopened.</source>
        <translation>प्रकरण पुनः खोला गया।</translation>
    </message>
    <message>
        <source>This form holds her personal details. Print it; save a copy only to a drive that is kept locked away.</source>
        <translation>इस प्रपत्र में उसकी निजी जानकारी है। इसे प्रिंट करें; कॉपी केवल ऐसी ड्राइव में सहेजें जो ताले में रखी जाती हो।</translation>
    </message>
    <message>
        <source>Her phone number is copied; it leaves the clipboard after 30 seconds.</source>
        <translation>उसका फ़ोन नंबर कॉपी हुआ; 30 सेकंड बाद क्लिपबोर्ड से हट जाएगा।</translation>
    </message>
    <message>
        <source>Her address is copied; it leaves the clipboard after 30 seconds.</source>
        <translation>उसका पता कॉपी हुआ; 30 सेकंड बाद क्लिपबोर्ड से हट जाएगा।</translation>
    </message>
    <message>
        <source>The cases are linked.</source>
        <translation>प्रकरण जोड़ दिए गए।</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>जोड़ हटाएं</translation>
    </message>
    <message>
        <source>Remove the link to case %1? Both records stay as they are; the link can be made again.</source>
        <translation>प्रकरण %1 से जोड़ हटाएं? दोनों रिकॉर्ड जैसे हैं वैसे रहेंगे; जोड़ फिर से बनाया जा सकता है।</translation>
    </message>
    <message>
        <source>The link is removed.</source>
        <translation>जोड़ हटा दिया गया।</translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation>अनुरोध पर मिटाएं</translation>
    </message>
    <message>
        <source>Erase case %1 at her request?

Her name, alias, phone, address, date of birth, the narrative, names of children and perpetrators, and every note are wiped for ever. Only figures that identify nobody stay (age, kinds of violence, services given, dates), so the centre&apos;s counts remain right.

This cannot be undone, not even from a backup made afterwards. The erasure is recorded in the audit trail.</source>
        <translation>उसके अनुरोध पर प्रकरण %1 मिटाएं?

उसका नाम, उपनाम, फ़ोन, पता, जन्म तिथि, घटना का विवरण, बच्चों और आरोपियों के नाम, और हर टिप्पणी हमेशा के लिए मिट जाएगी। केवल वे आंकड़े रहेंगे जिनसे किसी की पहचान नहीं होती (आयु, हिंसा का प्रकार, दी गई सेवाएं, तिथियां), ताकि केंद्र की गिनती सही रहे।

यह वापस नहीं हो सकता, बाद में बने बैकअप से भी नहीं। मिटाना ऑडिट रिकॉर्ड में दर्ज होता है।</translation>
    </message>
    <message>
        <source>The case is erased.</source>
        <translation>प्रकरण मिटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>RecordDetailsTab</name>
    <message>
        <source>&amp;Edit details</source>
        <translation>विवरण बदलें(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>बदलाव सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Load their changes</source>
        <translation>उनके बदलाव देखें</translation>
    </message>
    <message>
        <source>Erased: only the figures that identify nobody are shown.</source>
        <translation>मिटाया गया: केवल वे आंकड़े दिखते हैं जिनसे किसी की पहचान नहीं होती।</translation>
    </message>
    <message>
        <source>Editing. Save changes when done; every change is recorded.</source>
        <translation>बदलाव हो रहे हैं। पूरा होने पर सहेजें; हर बदलाव दर्ज होता है।</translation>
    </message>
    <message>
        <source>Read only. Press Edit details to correct or complete the intake.</source>
        <translation>केवल पढ़ने के लिए। पंजीकरण सुधारने या पूरा करने के लिए &quot;विवरण बदलें&quot; दबाएं।</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>बदलाव सहेजे गए।</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>RecordFollowUpsTab</name>
    <message>
        <source>No follow-ups yet: they are scheduled when the case is disposed.</source>
        <translation>अभी कोई अनुवर्ती संपर्क नहीं: प्रकरण के निस्तारण पर ये तय होते हैं।</translation>
    </message>
    <message>
        <source>Record &amp;result…</source>
        <translation>परिणाम दर्ज करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Follow-ups are scheduled when the case is disposed. Recording &quot;Violence recurred&quot; reopens the case.</source>
        <translation>प्रकरण निस्तारित होने पर अनुवर्ती संपर्क तय होते हैं। &quot;हिंसा फिर हुई&quot; दर्ज करने पर प्रकरण पुनः खुल जाता है।</translation>
    </message>
    <message>
        <source>Violence recurred: the case has been reopened and its other follow-ups cancelled.</source>
        <translation>हिंसा फिर हुई: प्रकरण पुनः खोला गया और बाकी अनुवर्ती संपर्क रद्द हुए।</translation>
    </message>
    <message>
        <source>Follow-up recorded.</source>
        <translation>अनुवर्ती संपर्क दर्ज किया गया।</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <source>&amp;Complete intake…</source>
        <translation>पंजीकरण पूरा करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Erased at her request. Her name, contact details and narratives are gone for ever; only the figures that identify nobody remain, for the centre&apos;s counts.</source>
        <translation>उसके अनुरोध पर मिटाया गया। उसका नाम, संपर्क और घटना का विवरण हमेशा के लिए हट गए हैं; केंद्र की गिनती के लिए केवल वे आंकड़े बचे हैं जिनसे किसी की पहचान नहीं होती।</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Registered today</source>
        <translation>आज पंजीकृत</translation>
    </message>
    <message>
        <source>Registered 1 day ago</source>
        <translation>1 दिन पहले पंजीकृत</translation>
    </message>
    <message>
        <source>Registered %1 days ago</source>
        <translation>%1 दिन पहले पंजीकृत</translation>
    </message>
    <message>
        <source>Next follow-up: %1 (overdue)</source>
        <translation>अगला अनुवर्ती संपर्क: %1 (विलंबित)</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>अगला अनुवर्ती संपर्क: %1</translation>
    </message>
    <message>
        <source>Case worker: %1</source>
        <translation>केस वर्कर: %1</translation>
    </message>
    <message>
        <source>Intake incomplete: %1</source>
        <translation>पंजीकरण अधूरा: %1</translation>
    </message>
    <message>
        <source>remove link</source>
        <translation>जोड़ हटाएं</translation>
    </message>
    <message>
        <source>Same woman, other cases: %1</source>
        <translation>इसी महिला के अन्य प्रकरण: %1</translation>
    </message>
</context>
<context>
    <name>RecordReferralsTab</name>
    <message>
        <source>No referral made yet.</source>
        <translation>अभी कोई रेफ़रल नहीं किया गया है।</translation>
    </message>
    <message>
        <source>&amp;Add a referral…</source>
        <translation>रेफ़रल जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;hange status…</source>
        <translation>स्थिति बदलें(&amp;H)…</translation>
    </message>
    <message>
        <source>Referral recorded.</source>
        <translation>रेफ़रल दर्ज किया गया।</translation>
    </message>
    <message>
        <source>Referral updated.</source>
        <translation>रेफ़रल बदला गया।</translation>
    </message>
</context>
<context>
    <name>RecordServicesTab</name>
    <message>
        <source>No service recorded yet.</source>
        <translation>अभी कोई सेवा दर्ज नहीं की गई है।</translation>
    </message>
    <message>
        <source>&amp;Record a service…</source>
        <translation>सेवा दर्ज करें(&amp;R)…</translation>
    </message>
    <message>
        <source>Counselling notes are read only by counsellors and the centre manager.</source>
        <translation>परामर्श टिप्पणी केवल परामर्शदाता और केंद्र प्रबंधक पढ़ सकते हैं।</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>सेवा दर्ज की गई।</translation>
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
    <message>
        <source>Opening the records…</source>
        <translation>रिकॉर्ड खोले जा रहे हैं…</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>Add a referral</source>
        <translation>रेफ़रल जोड़ें</translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation>कहाँ रेफ़र किया(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>संस्था(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. Swadhar Greh, Danapur</source>
        <translation>जैसे स्वाधार गृह, दानापुर</translation>
    </message>
    <message>
        <source>Referred &amp;on:</source>
        <translation>रेफ़र करने की तिथि(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>टिप्पणी(&amp;N):</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <source>Change referral status</source>
        <translation>रेफ़रल की स्थिति बदलें</translation>
    </message>
    <message>
        <source>Referral to: %1</source>
        <translation>रेफ़रल: %1</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>स्थिति(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>टिप्पणी(&amp;N):</translation>
    </message>
</context>
<context>
    <name>ReferralsTableModel</name>
    <message>
        <source>Referred on</source>
        <translation>रेफ़र करने की तिथि</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>कहाँ रेफ़र किया</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>संस्था</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>किसने दर्ज किया</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>प्रकरण पुनः खोलें</translation>
    </message>
    <message>
        <source>Follow-ups not yet done are cancelled; new ones follow the next disposal.</source>
        <translation>जो अनुवर्ती संपर्क अभी नहीं हुए वे रद्द होंगे; अगले निपटारे पर नए तय होंगे।</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>पुनः खोलें(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>OSC Desktop: restore from a backup</source>
        <translation>OSC Desktop: बैकअप से पुनर्स्थापना</translation>
    </message>
    <message>
        <source>Choose the backup file (its name ends in .oscbackup, often on the backup drive) and type the recovery key from the paper kept by the centre manager: 14 groups of 4 letters and digits.</source>
        <translation>बैकअप फ़ाइल चुनें (उसका नाम .oscbackup पर समाप्त होता है, अक्सर बैकअप ड्राइव पर) और केंद्र प्रबंधक के पास रखे कागज़ से रिकवरी कुंजी टाइप करें: 4 अक्षरों और अंकों के 14 समूह।</translation>
    </message>
    <message>
        <source>The records will be replaced by those in the backup of %1. The current records are kept aside in the data folder (before-restore), never deleted. Everyone is signed out while it runs.

Type the recovery key from the paper kept by the centre manager: 14 groups of 4 letters and digits.</source>
        <translation>रिकॉर्ड %1 के बैकअप वाले रिकॉर्ड से बदल दिए जाएँगे। मौजूदा रिकॉर्ड डेटा फ़ोल्डर में (before-restore) अलग रख दिए जाते हैं, कभी मिटाए नहीं जाते। इस दौरान सभी लॉग आउट हो जाते हैं।

केंद्र प्रबंधक के पास रखे कागज़ से रिकवरी कुंजी टाइप करें: 4 अक्षरों और अंकों के 14 समूह।</translation>
    </message>
    <message>
        <source>Then choose a new centre passphrase: it will be asked each time OSC Desktop starts on this computer.</source>
        <translation>फिर केंद्र का नया पासफ़्रेज़ चुनें: इस कंप्यूटर पर OSC Desktop शुरू होने पर यह हर बार पूछा जाएगा।</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>बैकअप फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>चुनें(&amp;C)…</translation>
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
        <source>&amp;Restore</source>
        <translation>पुनर्स्थापित करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>बैकअप फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>OSC Desktop backups (*.oscbackup);;All files (*)</source>
        <translation>OSC Desktop बैकअप (*.oscbackup);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>बैकअप फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>बैकअप से पुनर्स्थापना हो रही है…</translation>
    </message>
</context>
<context>
    <name>RestoreInApp</name>
    <message>
        <source>Restore from a backup</source>
        <translation>बैकअप से पुनर्स्थापना</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>बैकअप से पुनर्स्थापना हो रही है…</translation>
    </message>
    <message>
        <source>The records were not changed.</source>
        <translation>रिकॉर्ड में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message>
        <source>Restored from the backup of %1. Sign in to continue.</source>
        <translation>%1 के बैकअप से पुनर्स्थापित किया गया। आगे बढ़ने के लिए लॉग इन करें।</translation>
    </message>
    <message>
        <source>This backup belongs to another centre.</source>
        <translation>यह बैकअप किसी दूसरे केंद्र का है।</translation>
    </message>
    <message>
        <source>Checking the backup with this key…</source>
        <translation>इस कुंजी से बैकअप जाँचा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Record a service</source>
        <translation>सेवा दर्ज करें</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>सेवा(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>तिथि(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>सारांश(&amp;U):</translation>
    </message>
    <message>
        <source>What was done, in a line; every member of staff can read this</source>
        <translation>क्या किया गया, एक पंक्ति में; इसे हर कर्मचारी पढ़ सकता है</translation>
    </message>
    <message>
        <source>Counselling &amp;notes:</source>
        <translation>परामर्श टिप्पणी(&amp;N):</translation>
    </message>
    <message>
        <source>Confidential: read only by counsellors and the centre manager, never printed on the forms.</source>
        <translation>गोपनीय: केवल परामर्शदाता और केंद्र प्रबंधक पढ़ सकते हैं; प्रपत्रों पर कभी प्रिंट नहीं होती।</translation>
    </message>
</context>
<context>
    <name>ServicesNeededSection</name>
    <message>
        <source>&amp;5  Services needed</source>
        <translation>आवश्यक सेवाएं(&amp;5)</translation>
    </message>
    <message>
        <source>Services she needs:</source>
        <translation>उन्हें कौन सी सेवाएं चाहिए:</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <source>Given on</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>परामर्श टिप्पणी</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>किसने दर्ज किया</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>गोपनीय</translation>
    </message>
    <message>
        <source>Counselling notes are read only by counsellors and the manager.</source>
        <translation>परामर्श टिप्पणी केवल परामर्शदाता और प्रबंधक पढ़ सकते हैं।</translation>
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
        <source>&amp;Follow-ups after disposal, at months</source>
        <translation>निपटारे के बाद अनुवर्ती संपर्क, इतने महीनों पर(&amp;F)</translation>
    </message>
    <message>
        <source>For the whole centre: when a case is disposed, follow-ups fall due this many months later (for example 1, 3, 6). Cases already disposed keep their dates.</source>
        <translation>पूरे केंद्र के लिए: प्रकरण के निस्तारण के इतने महीने बाद अनुवर्ती संपर्क देय होते हैं (जैसे 1, 3, 6)। पहले से निस्तारित प्रकरणों की तिथियाँ वही रहती हैं।</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;time zone</source>
        <translation>केंद्र का &amp;समय क्षेत्र</translation>
    </message>
    <message>
        <source>For the whole centre: case numbers, today&apos;s date and every time shown or printed follow this zone, whatever this computer&apos;s clock is set to. Other computers of the centre take a change when they next open it.</source>
        <translation>पूरे केंद्र के लिए: प्रकरण संख्या, आज की तारीख़ और दिखाया या छापा गया हर समय इसी क्षेत्र के अनुसार होता है, इस कंप्यूटर की घड़ी चाहे जिस क्षेत्र पर हो। केंद्र के दूसरे कंप्यूटर यह बदलाव अगली बार केंद्र खोलने पर लेते हैं।</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>सेटिंग सहेजें(&amp;S)</translation>
    </message>
    <message>
        <source>The settings could not be saved: the data folder is not writable.</source>
        <translation>सेटिंग्स सहेजी नहीं जा सकीं: डेटा फ़ोल्डर में लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
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
        <source>Setting up the centre…</source>
        <translation>केंद्र सेट अप हो रहा है…</translation>
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
    <name>TaskRunner</name>
    <message>
        <source>Working…</source>
        <translation>काम चल रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>By</source>
        <translation>किसने</translation>
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
    <message>
        <source>Moving the centre to this computer, or this computer&apos;s records were lost? Restore them from a backup file with the printed recovery key instead.</source>
        <translation>केंद्र को इस कंप्यूटर पर ला रहे हैं, या इस कंप्यूटर के रिकॉर्ड खो गए? तो सेट-अप के बजाय छपी हुई रिकवरी कुंजी से किसी बैकअप फ़ाइल से उन्हें पुनर्स्थापित करें।</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup instead of setting up…</source>
        <translation>सेट-अप के बजाय बैकअप से पुनर्स्थापना(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>WhatHappenedSection</name>
    <message>
        <source>&amp;4  What happened</source>
        <translation>क्या हुआ(&amp;4)</translation>
    </message>
    <message>
        <source>&amp;Kinds of violence:</source>
        <translation>हिंसा के प्रकार(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Incident date:</source>
        <translation>घटना की तिथि(&amp;I):</translation>
    </message>
    <message>
        <source>Place of inci&amp;dent:</source>
        <translation>घटना का स्थान(&amp;D):</translation>
    </message>
    <message>
        <source>Narrati&amp;ve (her account):</source>
        <translation>विवरण, उनके शब्दों में(&amp;V):</translation>
    </message>
    <message>
        <source>Police report (FIR, NCR, DIR):</source>
        <translation>पुलिस रिपोर्ट (प्राथमिकी (FIR), NCR, DIR):</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>रिपोर्ट संख्या:</translation>
    </message>
    <message>
        <source>Police station:</source>
        <translation>थाना:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>आरोपी:</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>दिन-माह-वर्ष</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Kind of violence</source>
        <translation>हिंसा का प्रकार</translation>
    </message>
    <message>
        <source>GBVIMS core type</source>
        <translation>GBVIMS मूल प्रकार</translation>
    </message>
    <message>
        <source>Tick every kind that applies (Space ticks).</source>
        <translation>जो भी प्रकार लागू हों, सब पर निशान लगाएं (Space से निशान लगता है)।</translation>
    </message>
    <message>
        <source>Counted under GBVIMS as: %1</source>
        <translation>GBVIMS में गिनती: %1</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
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
        <source>Audit trail&apos;s check file missing at start</source>
        <translation>शुरू होते समय ऑडिट रिकॉर्ड की जाँच फ़ाइल गायब थी</translation>
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
        <source>Cases searched</source>
        <translation>प्रकरण खोजे गए</translation>
    </message>
    <message>
        <source>Cases linked as the same woman</source>
        <translation>प्रकरण एक ही महिला के रूप में जोड़े गए</translation>
    </message>
    <message>
        <source>Link between cases undone</source>
        <translation>प्रकरणों का जोड़ हटाया गया</translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation>प्रकरण की स्थिति बदली</translation>
    </message>
    <message>
        <source>Case erased on request</source>
        <translation>अनुरोध पर प्रकरण मिटाया गया</translation>
    </message>
    <message>
        <source>Service recorded</source>
        <translation>सेवा दर्ज की गई</translation>
    </message>
    <message>
        <source>Counselling notes read</source>
        <translation>परामर्श टिप्पणियाँ पढ़ी गईं</translation>
    </message>
    <message>
        <source>Referral recorded</source>
        <translation>रेफ़रल दर्ज किया गया</translation>
    </message>
    <message>
        <source>Referral updated</source>
        <translation>रेफ़रल अद्यतन किया गया</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>अनुवर्ती संपर्क दर्ज किया गया</translation>
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
    <name>backups</name>
    <message>
        <source>The backup is complete and can be restored.</source>
        <translation>बैकअप पूरा है और इससे पुनर्स्थापना हो सकती है।</translation>
    </message>
    <message>
        <source>The backup file is damaged, incomplete or has been altered.</source>
        <translation>बैकअप फ़ाइल खराब है, अधूरी है या इसमें बदलाव किया गया है।</translation>
    </message>
    <message>
        <source>The key does not open this backup: a wrong key, or another centre&apos;s backup.</source>
        <translation>यह कुंजी इस बैकअप को नहीं खोलती: कुंजी गलत है, या यह किसी दूसरे केंद्र का बैकअप है।</translation>
    </message>
    <message>
        <source>This backup belongs to another centre.</source>
        <translation>यह बैकअप किसी दूसरे केंद्र का है।</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of OSC Desktop.</source>
        <translation>यह बैकअप OSC Desktop के नए संस्करण से बनाया गया है।</translation>
    </message>
    <message>
        <source>The database inside the backup fails its integrity check.</source>
        <translation>बैकअप के अंदर का डेटाबेस अपनी सत्यता जाँच में विफल रहा।</translation>
    </message>
    <message>
        <source>The database inside the backup does not hold the records its label lists.</source>
        <translation>बैकअप के अंदर के डेटाबेस में वे रिकॉर्ड नहीं हैं जो उसके लेबल में लिखे हैं।</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>Came by herself</source>
        <translation>स्वयं आई</translation>
    </message>
    <message>
        <source>Women helpline 181</source>
        <translation>महिला हेल्पलाइन 181</translation>
    </message>
    <message>
        <source>Emergency 112</source>
        <translation>आपातकालीन सेवा 112</translation>
    </message>
    <message>
        <source>Brought by police</source>
        <translation>पुलिस द्वारा लाई गई</translation>
    </message>
    <message>
        <source>Referred by a hospital</source>
        <translation>अस्पताल द्वारा संदर्भित</translation>
    </message>
    <message>
        <source>Referred by an NGO</source>
        <translation>स्वयंसेवी संस्था (NGO) द्वारा संदर्भित</translation>
    </message>
    <message>
        <source>Brought by someone else</source>
        <translation>किसी अन्य व्यक्ति द्वारा लाई गई</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>पंजीकृत</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>कार्यवाही जारी</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>निस्तारित</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>पुनः खोला गया</translation>
    </message>
    <message>
        <source>Resolved by counselling</source>
        <translation>परामर्श से समाधान</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>अन्यत्र संदर्भित</translation>
    </message>
    <message>
        <source>Legal action started</source>
        <translation>कानूनी कार्यवाही शुरू</translation>
    </message>
    <message>
        <source>Withdrawn by her</source>
        <translation>पीड़िता द्वारा वापस लिया गया</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>अन्य परिणाम</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>घरेलू हिंसा</translation>
    </message>
    <message>
        <source>Dowry harassment</source>
        <translation>दहेज उत्पीड़न</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation>बलात्कार</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation>यौन हमला</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>यौन उत्पीड़न</translation>
    </message>
    <message>
        <source>Child sexual abuse (POCSO)</source>
        <translation>बाल यौन शोषण (पॉक्सो)</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>मानव तस्करी</translation>
    </message>
    <message>
        <source>Acid attack</source>
        <translation>एसिड हमला</translation>
    </message>
    <message>
        <source>Honour crime</source>
        <translation>सम्मान के नाम पर अपराध</translation>
    </message>
    <message>
        <source>Witch-hunting</source>
        <translation>डायन प्रताड़ना</translation>
    </message>
    <message>
        <source>Child marriage</source>
        <translation>बाल विवाह</translation>
    </message>
    <message>
        <source>Cyber crime</source>
        <translation>साइबर अपराध</translation>
    </message>
    <message>
        <source>Stalking</source>
        <translation>पीछा करना</translation>
    </message>
    <message>
        <source>Missing or kidnapped</source>
        <translation>गुमशुदा / अपहरण</translation>
    </message>
    <message>
        <source>Deceit in the name of love or marriage</source>
        <translation>प्रेम या विवाह के नाम पर धोखा</translation>
    </message>
    <message>
        <source>Abuse of an elderly woman</source>
        <translation>बुज़ुर्ग महिला के साथ दुर्व्यवहार</translation>
    </message>
    <message>
        <source>Other violence</source>
        <translation>अन्य हिंसा</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>शारीरिक हमला</translation>
    </message>
    <message>
        <source>Forced or early marriage</source>
        <translation>जबरन या कम उम्र में विवाह</translation>
    </message>
    <message>
        <source>Denial of resources, opportunities or services</source>
        <translation>संसाधनों, अवसरों या सेवाओं से वंचित करना</translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation>मानसिक या भावनात्मक दुर्व्यवहार</translation>
    </message>
    <message>
        <source>Unmarried</source>
        <translation>अविवाहित</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>विवाहित</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>पति से अलग</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>तलाकशुदा</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>विधवा</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>स्कूली शिक्षा नहीं</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>प्राथमिक</translation>
    </message>
    <message>
        <source>Secondary (10th)</source>
        <translation>माध्यमिक (10वीं)</translation>
    </message>
    <message>
        <source>Higher secondary (12th)</source>
        <translation>उच्च माध्यमिक (12वीं)</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>स्नातक</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>स्नातकोत्तर</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>लड़की</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>लड़का</translation>
    </message>
    <message>
        <source>Husband</source>
        <translation>पति</translation>
    </message>
    <message>
        <source>Former husband</source>
        <translation>पूर्व पति</translation>
    </message>
    <message>
        <source>In-laws</source>
        <translation>ससुराल वाले</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>साथी</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>पिता</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>माता</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>भाई</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>अन्य रिश्तेदार</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>नियोक्ता</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>सहकर्मी</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>पड़ोसी</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>परिचित</translation>
    </message>
    <message>
        <source>Stranger</source>
        <translation>अनजान व्यक्ति</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>प्राथमिकी (FIR)</translation>
    </message>
    <message>
        <source>NCR</source>
        <translation>NCR</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Rescue</source>
        <translation>बचाव</translation>
    </message>
    <message>
        <source>Medical aid</source>
        <translation>चिकित्सकीय सहायता</translation>
    </message>
    <message>
        <source>Police help</source>
        <translation>पुलिस सहायता</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>परामर्श</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>विधिक सहायता</translation>
    </message>
    <message>
        <source>Short stay</source>
        <translation>अल्प प्रवास</translation>
    </message>
    <message>
        <source>Video conferencing</source>
        <translation>वीडियो कॉन्फ्रेंसिंग</translation>
    </message>
    <message>
        <source>Food and clothes</source>
        <translation>भोजन और कपड़े</translation>
    </message>
    <message>
        <source>Swadhar Greh</source>
        <translation>स्वाधार गृह</translation>
    </message>
    <message>
        <source>Short-stay home</source>
        <translation>अल्प प्रवास गृह</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>अस्पताल</translation>
    </message>
    <message>
        <source>District Legal Services Authority</source>
        <translation>जिला विधिक सेवा प्राधिकरण (DLSA)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>पुलिस</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>स्वयंसेवी संस्था (NGO)</translation>
    </message>
    <message>
        <source>Skill training</source>
        <translation>कौशल प्रशिक्षण</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया गया</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>अस्वीकार किया गया</translation>
    </message>
    <message>
        <source>Safe and well</source>
        <translation>सुरक्षित और ठीक</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>सहायता की ज़रूरत</translation>
    </message>
    <message>
        <source>Violence recurred</source>
        <translation>हिंसा फिर से हुई</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>संपर्क नहीं हो सका</translation>
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
    <message>
        <source>This case no longer exists or was never registered.</source>
        <translation>यह प्रकरण अब मौजूद नहीं है या कभी पंजीकृत नहीं हुआ।</translation>
    </message>
    <message>
        <source>This case was erased at the survivor&apos;s request; only its non-identifying figures remain.</source>
        <translation>पीड़िता के अनुरोध पर यह प्रकरण मिटाया गया; केवल पहचान न बताने वाले आँकड़े बचे हैं।</translation>
    </message>
    <message>
        <source>The case has changed meanwhile and cannot move to that status now.</source>
        <translation>इस बीच प्रकरण बदल गया है और अब उस स्थिति में नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Someone else changed this case while you were editing it. Nothing was saved; reopen the case to see their changes, then make yours again.</source>
        <translation>आपके संपादन के दौरान किसी और ने यह प्रकरण बदल दिया। कुछ भी सहेजा नहीं गया; उनके बदलाव देखने के लिए प्रकरण फिर से खोलें, फिर अपने बदलाव दोबारा करें।</translation>
    </message>
    <message>
        <source>The backup could not be completed.</source>
        <translation>बैकअप पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>This backup file is damaged, incomplete or has been altered.</source>
        <translation>यह बैकअप फ़ाइल ख़राब है, अधूरी है या इसमें छेड़छाड़ हुई है।</translation>
    </message>
    <message>
        <source>It cannot be used and nothing has been changed. Use another backup, for example the one made before it, and keep this file in case it is needed.</source>
        <translation>इसका उपयोग नहीं हो सकता और कुछ भी बदला नहीं गया है। कोई दूसरा बैकअप लें, जैसे इससे पहले बना बैकअप, और इस फ़ाइल को सँभालकर रखें, शायद इसकी ज़रूरत पड़े।</translation>
    </message>
    <message>
        <source>The recovery key does not open this backup.</source>
        <translation>यह रिकवरी कुंजी इस बैकअप को नहीं खोलती।</translation>
    </message>
    <message>
        <source>Check the printed recovery key and type it again. If it is right, the backup belongs to another centre or has been altered: use another backup. Nothing has been changed.</source>
        <translation>छपी हुई रिकवरी कुंजी जाँचकर फिर से टाइप करें। अगर कुंजी सही है, तो यह बैकअप किसी दूसरे केंद्र का है या इसमें छेड़छाड़ हुई है: कोई दूसरा बैकअप लें। कुछ भी बदला नहीं गया है।</translation>
    </message>
    <message>
        <source>This backup belongs to another centre: this centre&apos;s key does not open it.</source>
        <translation>यह बैकअप किसी दूसरे केंद्र का है: इस केंद्र की कुंजी इसे नहीं खोलती।</translation>
    </message>
    <message>
        <source>Check that you chose the right file. It opens only with that centre&apos;s printed recovery key. Nothing has been changed.</source>
        <translation>जाँचें कि आपने सही फ़ाइल चुनी है। यह केवल उसी केंद्र की छपी हुई रिकवरी कुंजी से खुलता है। कुछ भी बदला नहीं गया है।</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of OSC Desktop.</source>
        <translation>यह बैकअप OSC Desktop के नए संस्करण से बनाया गया है।</translation>
    </message>
    <message>
        <source>Install the newer version of OSC Desktop on this computer, then try again. Nothing has been changed.</source>
        <translation>इस कंप्यूटर पर OSC Desktop का नया संस्करण इंस्टॉल करें, फिर से कोशिश करें। कुछ भी बदला नहीं गया है।</translation>
    </message>
    <message>
        <source>This backup belongs to another centre.</source>
        <translation>यह बैकअप किसी दूसरे केंद्र का है।</translation>
    </message>
    <message>
        <source>Check that you chose the right file. Restore it only if you are sure this computer should hold that centre&apos;s records. Nothing has been changed.</source>
        <translation>जाँचें कि आपने सही फ़ाइल चुनी है। इससे पुनर्स्थापना तभी करें जब आपको पक्का हो कि इस कंप्यूटर पर उसी केंद्र के रिकॉर्ड रहने चाहिए। कुछ भी बदला नहीं गया है।</translation>
    </message>
    <message>
        <source>The backup folder cannot be reached.</source>
        <translation>बैकअप फ़ोल्डर तक पहुँचा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Check that the USB drive is plugged in or the network folder is available, then try again. No existing backup or record has been changed.</source>
        <translation>जाँचें कि USB ड्राइव लगी है या नेटवर्क फ़ोल्डर उपलब्ध है, फिर से कोशिश करें। पहले के किसी बैकअप या रिकॉर्ड में कोई बदलाव नहीं हुआ है।</translation>
    </message>
    <message>
        <source>The backup drive or folder is full.</source>
        <translation>बैकअप वाली ड्राइव या फ़ोल्डर भर गया है।</translation>
    </message>
    <message>
        <source>Free some space on it or choose another drive, then try again. The unfinished backup was removed; earlier backups and the records are unchanged.</source>
        <translation>उसमें कुछ जगह ख़ाली करें या कोई दूसरी ड्राइव चुनें, फिर से कोशिश करें। अधूरा बैकअप हटा दिया गया है; पहले के बैकअप और रिकॉर्ड जैसे थे वैसे ही हैं।</translation>
    </message>
    <message>
        <source>A backup cannot be restored while OSC Desktop is open with these records.</source>
        <translation>जब OSC Desktop इन रिकॉर्ड के साथ खुला हो, तब बैकअप से पुनर्स्थापना नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Ask everyone to sign out and close OSC Desktop on this computer, then try again. Nothing has been changed.</source>
        <translation>सभी से लॉग आउट करके इस कंप्यूटर पर OSC Desktop बंद करने को कहें, फिर से कोशिश करें। कुछ भी बदला नहीं गया है।</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>यह अनुवर्ती संपर्क अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>This follow-up was already recorded or has been cancelled meanwhile.</source>
        <translation>यह अनुवर्ती संपर्क पहले ही दर्ज हो चुका है या इस बीच रद्द कर दिया गया है।</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>यह रेफ़रल अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Stopped before it finished.</source>
        <translation>पूरा होने से पहले रोक दिया गया।</translation>
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
        <source>Choose a time zone from the list.</source>
        <translation>सूची में से एक समय क्षेत्र चुनें।</translation>
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
        <source>Choose from %1 to %2 hours.</source>
        <translation>%1 से %2 घंटे के बीच चुनें।</translation>
    </message>
    <message>
        <source>Choose from %1 to %2.</source>
        <translation>%1 से %2 के बीच चुनें।</translation>
    </message>
    <message>
        <source>Choose the folder with its full path, or leave this empty for the default.</source>
        <translation>फ़ोल्डर का पूरा पाथ चुनें, या डिफ़ॉल्ट फ़ोल्डर के लिए इसे खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>यह यूज़र नाम पहले से किसी और के पास है।</translation>
    </message>
    <message>
        <source>Choose one of the roles in the list.</source>
        <translation>सूची में से कोई एक भूमिका चुनें।</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>किसी केस को उसी से नहीं जोड़ा जा सकता।</translation>
    </message>
    <message>
        <source>Choose the service given.</source>
        <translation>दी गई सेवा चुनें।</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>तारीख भविष्य की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Choose the outcome the case is disposed with.</source>
        <translation>प्रकरण किस परिणाम के साथ निस्तारित हो रहा है, वह चुनें।</translation>
    </message>
    <message>
        <source>Say why the case is being reopened.</source>
        <translation>बताएं कि प्रकरण पुनः क्यों खोला जा रहा है।</translation>
    </message>
    <message>
        <source>Type the case number exactly as shown (%1) to confirm the erasure.</source>
        <translation>मिटाने की पुष्टि के लिए प्रकरण संख्या ठीक वैसे ही टाइप करें जैसी दिखाई गई है (%1)।</translation>
    </message>
    <message>
        <source>Give whole numbers of months from 1 to %1, separated by commas, each once, e.g. 1, 3, 6.</source>
        <translation>1 से %1 तक महीनों की पूरी संख्याएं अल्पविराम से अलग करके लिखें, हर संख्या एक बार, जैसे 1, 3, 6।</translation>
    </message>
    <message>
        <source>At most %1 follow-ups can be scheduled.</source>
        <translation>अधिक से अधिक %1 अनुवर्ती संपर्क तय किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>Choose how she was found at the follow-up.</source>
        <translation>अनुवर्ती संपर्क में पीड़िता की स्थिति कैसी मिली, वह चुनें।</translation>
    </message>
    <message>
        <source>Choose one of the values in the list.</source>
        <translation>सूची में से कोई एक विकल्प चुनें।</translation>
    </message>
    <message>
        <source>Give her name, or an alias if she does not want to give her name.</source>
        <translation>पीड़िता का नाम लिखें, या अगर वह नाम नहीं बताना चाहती तो कोई उपनाम लिखें।</translation>
    </message>
    <message>
        <source>Her name is withheld: give an alias to call her by.</source>
        <translation>पीड़िता का नाम गोपनीय रखा गया है: उसे पुकारने के लिए कोई उपनाम लिखें।</translation>
    </message>
    <message>
        <source>Give the age in whole years, as a number from 0 to %1.</source>
        <translation>उम्र पूरे वर्षों में, 0 से %1 तक की संख्या में लिखें।</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>जन्म तिथि भविष्य की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>This date of birth would make her older than %1 years.</source>
        <translation>इस जन्म तिथि से उसकी उम्र %1 वर्ष से अधिक हो जाएगी।</translation>
    </message>
    <message>
        <source>The age does not agree with the date of birth, which makes her %1.</source>
        <translation>उम्र जन्म तिथि से मेल नहीं खाती; जन्म तिथि के अनुसार उसकी उम्र %1 वर्ष है।</translation>
    </message>
    <message>
        <source>She is under 18 by her age or date of birth, so she must be marked a minor.</source>
        <translation>उम्र या जन्म तिथि के अनुसार वह 18 वर्ष से कम है, इसलिए उसे नाबालिग चिह्नित करना ज़रूरी है।</translation>
    </message>
    <message>
        <source>She is 18 or older by her age or date of birth, so she cannot be marked a minor.</source>
        <translation>उम्र या जन्म तिथि के अनुसार वह 18 वर्ष या उससे अधिक है, इसलिए उसे नाबालिग चिह्नित नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The incident date cannot be in the future.</source>
        <translation>घटना की तिथि भविष्य की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>The incident date is before her date of birth.</source>
        <translation>घटना की तिथि उसकी जन्म तिथि से पहले की है।</translation>
    </message>
    <message>
        <source>Give the child&apos;s age in whole years, as a number from 0 to %1.</source>
        <translation>बच्चे की उम्र पूरे वर्षों में, 0 से %1 तक की संख्या में लिखें।</translation>
    </message>
    <message>
        <source>At most %1 rows can be recorded here.</source>
        <translation>यहाँ अधिकतम %1 पंक्तियाँ दर्ज की जा सकती हैं।</translation>
    </message>
    <message>
        <source>Choose FIR, NCR or DIR for this report number.</source>
        <translation>इस रिपोर्ट संख्या के लिए प्राथमिकी (FIR), NCR या DIR में से चुनें।</translation>
    </message>
    <message>
        <source>Choose an active member of staff as case worker.</source>
        <translation>केस वर्कर के रूप में किसी सक्रिय कर्मचारी को चुनें।</translation>
    </message>
    <message>
        <source>Choose where she is referred to.</source>
        <translation>चुनें कि पीड़िता को कहाँ रेफ़र किया गया है।</translation>
    </message>
    <message>
        <source>Choose the referral&apos;s status.</source>
        <translation>रेफ़रल की स्थिति चुनें।</translation>
    </message>
    <message>
        <source>Not a date: write day-month-year, for example 25-12-2026.</source>
        <translation>यह तिथि नहीं है: दिन-माह-वर्ष लिखें, जैसे 25-12-2026।</translation>
    </message>
</context>
</TS>
