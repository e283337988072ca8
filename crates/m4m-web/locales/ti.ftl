# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — ትግርኛ። እቲ ናይ እንግሊዝኛ en.ftl መወከሲ እዩ፤ ነፍሲ ወከፍ መፍትሕ ኣብዚ ክህሉ ኣለዎ።

## The frame around every page
app-name = m4m
app-tagline = Buddy System: ሓደስቲ መጻእቲን ወለንተኛታት ብጾትን ጎኒ ንጎኒ
skip-to-content = ናብ ትሕዝቶ ሕለፉ
table-scroll = ሰንጠረዥ: ምሉእ ንምንባብ ናብ ጎኒ ኣንሸራትቱ
nav-home = ቀንዲ ገጽ
nav-organisations = ትካላት
nav-users = ኣካውንታት
nav-outbox = ዝተላእኩ መልእኽትታት
nav-invite = ሰብ ዕደሙ
nav-login = እተዉ
nav-logout = ውጽኡ
language-switcher = ቋንቋ
language-choose = ነዚ ቋንቋ ምረጹ
signed-in-as = ከም { $name } ኣቲኹም ኣለኹም
footer-text = m4m ንሓደስቲ መጻእቲ ዝኸውን ናይ ብጻይ ደገፍ ንምክያድ ንትካላት ይሕግዝ። ሓበሬታኹም ኣብ ትካልኩም ይጸንሕ።

## The ten steps
step-1 = ንዝምልከቶም ኣካላት ምሕባር
step-2 = ምልመላን ምምዝጋብን
step-3 = ቀዳማይ ርእሰ-ገምጋም
step-4 = ቅድመ-ምጽማድ
step-5 = ስልጠና
step-6 = ምጽማድን ቀዳማይ ርክብን
step-7 = ርክባት ብጾት
step-8 = ቁጽጽርን ደገፍን
step-9 = ምክትታል ምዕባለ
step-10 = ናይ መወዳእታ ገምጋም
step-number = ስጉምቲ { $number }

## Roles
role-administrator = ኣመሓዳሪ
role-coordinator = ኣወሃሃዲ
role-supervisor = ተቖጻጻሪ
role-trainer = ኣሰልጣኒ
role-mentor = ብጻይ
role-mentee = ሓድሽ መጻኢ
role-evaluator = ገምጋሚ

## Landing page
landing-title = ንሓደስቲ መጻእቲ ናይ ብጻይ ደገፍ
landing-intro = ኣብ Buddy System፣ ወለንተኛ ብጻይ — መብዛሕትኡ ግዜ ቅድሚ ሒደት ዓመታት ዝመጸ ሰብ — ንሓድሽ መጻኢ ናብ ናይ ገዛእ ርእሱ ናብራ ክስጉም ይሕግዞ: ኣብ ከተማ ምንቅስቓስ፣ ህዝባዊ ኣገልግሎታት ምርካብ፣ ቋንቋ ምልምማድ፣ ስራሕ ወይ ገዛ ምድላይ። ማሕበራዊ ሰራሕተኛታት የራኽብዎምን ይድግፍዎምን።
landing-staff = ሰራሕተኛታት፣ ብጾትን ኣካውንት ዘለዎም ሓደስቲ መጻእቲን ኣብዚ ይእተዉ።

## Log-in
login-title = እተዉ
login-email = ኣድራሻ ኢመይል
login-password = መሕለፊ ቃል
login-submit = እተዉ
login-failed = ኣድራሻ ኢመይል ወይ መሕለፊ ቃል ጌጋ እዩ። ክልቲኡ ተመልከቱ እሞ እንደገና ፈትኑ።
login-throttled = ብዙሕ ፈተነታት። 15 ደቓይቕ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
login-expired = ግዜ ምእታውኩም ተወዲኡ። በጃኹም እንደገና እተዉ።
logged-out = ወጺእኩም ኣለኹም።
two-factor-title = ብኽልተ ስጉምቲ ምእታው
two-factor-intro = ብኽልተ ስጉምቲ ምእታው እንተሃልዩ፣ መሕለፊ ቃልኩም ጥራይ ንኣካውንትኩም ኣይከፍቶን: ኣብ ተሌፎንኩም ዘሎ ኣፕሊኬሽን ኣብ ነፍሲ ወከፍ 30 ካልኢት ሓድሽ ሹዱሽተ ኣሃዝ ዘለዎ ኮድ ይህብ፣ m4m ድማ ድሕሪ መሕለፊ ቃል ነዚ ኮድ ይሓትት።
two-factor-step-app = ኣብ ተሌፎንኩም ናይ መረጋገጺ ኣፕሊኬሽን ኣውርዱ (ንኣብነት FreeOTP፣ Aegis፣ Google Authenticator ወይ Microsoft Authenticator)።
two-factor-step-scan = ኣብቲ ኣፕሊኬሽን ኣካውንት ወስኹ እሞ ነዚ ኮድ ስካን ግበሩ:
two-factor-step-type = ወይ ነዚ መፍትሕ ጽሓፉ:
two-factor-step-code = ከም ዝሰርሕ ንምርግጋጽ፣ እቲ ኣፕሊኬሽን ዘርእዮ ሹዱሽተ ኣሃዝ ዘለዎ ኮድ ጽሓፉ።
two-factor-code-app = ካብቲ ኣፕሊኬሽን ዝመጸ ኮድ
two-factor-confirm = ብኽልተ ስጉምቲ ምእታው ኣንቕሑ
two-factor-required = ግደኹም ናብ ሓበሬታ ብዙሓት ሰባት ይኣቱ: ቅድሚ ምቕጻልኩም ብኽልተ ስጉምቲ ምእታው ከተዳልዉ ኣለኩም።
two-factor-on = ብኽልተ ስጉምቲ ምእታው ይሰርሕ ኣሎ: ድሕሪ መሕለፊ ቃልኩም፣ m4m ካብ ኣፕሊኬሽንኩም ዝመጸ ኮድ ይሓትት።
two-factor-codes-left = { $count ->
    [one] { $count } ናይ ምምላስ ኮድ ተሪፉ።
   *[other] { $count } ናይ ምምላስ ኮዳት ተሪፎም።
}
two-factor-new-codes = ሓደስቲ ናይ ምምላስ ኮዳት
two-factor-new-codes-intro = እቶም ኣረጊት ኮዳት ኣይሰርሑን እዮም። ሓደስቲ ንምርካብ ካብ ኣፕሊኬሽንኩም ኮድ ጽሓፉ።
two-factor-codes-title = ነዞም ናይ ምምላስ ኮዳት ዓቕብዎም
two-factor-codes-intro = ተሌፎንኩም እንተጠፊኡ፣ ነፍሲ ወከፍ ኮድ ሓንሳእ ንምእታው የኽእለኩም። ሕተምዎም ወይ ጽሓፍዎም እሞ ኣብ ውሑስ ቦታ ዓቕብዎም: ሕጂ ጥራይ እዮም ዝርአዩ።
two-factor-login-title = ካብ ተሌፎንኩም ዝመጸ ኮድ
two-factor-login-intro = ናይ መረጋገጺ ኣፕሊኬሽንኩም ክፈቱ እሞ ንm4m ዘርእዮ ሹዱሽተ ኣሃዝ ዘለዎ ኮድ ጽሓፉ።
two-factor-login-recovery = ተሌፎንኩም ጠፊኡ ድዩ? ኣብ ክንድኡ ሓደ ካብ ናይ ምምላስ ኮዳትኩም ጽሓፉ።
two-factor-code = ኮድ
two-factor-verify = እተዉ
two-factor-wrong-code = እዚ ኮድ ቅኑዕ ኣይኮነን፣ ወይ ድማ ቀደም ተጠቒምኩምሉ ኢኹም። ሕጂ እቲ ኣፕሊኬሽን ዘርእዮ ኮድ ጽሓፉ።
two-factor-log-in-again = ብዙሓት ጌጋ ኮዳት። ብመሕለፊ ቃልኩም እንደገና እተዉ።
nav-two-factor = ብኽልተ ስጉምቲ ምእታው
tokens-title = ቶከናት API
tokens-intro = ቶከን ንሓደ መሳርሒ ትካልኩም ብስምኩምን ብመሰልኩምን ነቲ JSON API ናይ m4m ክጥቀም የኽእሎ። ንነፍሲ ወከፍ መሳርሒ ናይ ገዛእ ርእሱ ቶከን ሃብዎ፣ እቲ መሳርሒ ምስ ዘየድልዮ ድማ ሰርዝዎ።
tokens-shown-once = ሓድሽ ቶከንኩም። ሕጂ ቅድሑ: ሓንሳእ ጥራይ እዩ ዝርአ።
tokens-name = ስም (እቲ ቶከን ንምንታይ እዩ)
tokens-create = ቶከን ስርሑ
tokens-created = ዝተሰርሐሉ
tokens-last-used = ናይ መወዳእታ ዝተጠቕመሉ
tokens-never-used = ገና ኣይተጠቕመሉን
tokens-revoked = ተሰሪዙ
tokens-revoke = ሰርዙ
tokens-openapi = መግለጺ ናይቲ API (OpenAPI)
nav-tokens = ቶከናት API
error-api-json = ከምቲ መግለጺ ናይቲ API ዝብሎ፣ ትሕዝቶ ናይቲ ሕቶ JSON ክኸውን ኣለዎ።

## Homes
home-title = ቀንዲ ገጽ
home-welcome = እንቋዕ ብደሓን መጻእኩም፣ { $name }
home-no-role = ኣካውንትኩም ገና ግደ የብሉን። ኣወሃሃዲኹም ግደ ክህበኩም ሕተቱ።
home-programmes = ፕሮግራማትኩም
home-no-programmes = ገና ፕሮግራም የለን።
home-new-programme = ፕሮግራም ፍጠሩ
home-people-per-step = ኣብ ነፍሲ ወከፍ ስጉምቲ ዘለዉ ሰባት
home-people-total = { $count ->
    [0] ገና ሓደ ሰብ የለን
    [one] ሓደ ሰብ
   *[other] { $count } ሰባት
}
home-mentors-of-target = ብጾት: { $count } ካብ { $target }
home-mentees-of-target = ሓደስቲ መጻእቲ: { $count } ካብ { $target }
home-open-programme = ፕሮግራም ክፈቱ
home-your-newcomers = ሓደስቲ መጻእትኹም
home-no-newcomers = ገና ምስ ሓድሽ መጻኢ ኣይተጻመድኩምን። ምጽማድ ምስ ዝቐርብ ኣወሃሃዲኹም ክሕብረኩም እዩ።
home-your-buddy = ብጻይኩም
home-no-buddy = ገና ብጻይ የብልኩምን። ኣወሃሃዲኹም ምሳኹም ኮይኑ ይደሊ ኣሎ።
home-next-sessions = ዝቕጽሉ ርክባት
home-no-sessions = ዝተመደበ ርክብ የለን።
home-next-session = ዝቕጽል ርክብ: { $when }
home-your-goals = ዕላማታትኩም
home-no-goals = ገና ዕላማ የለን። ምስ ብጻይኩም ክትመርጽዎም ኢኹም።
home-goal-progress = { $progress } % ተፈጺሙ
home-speaks = ዝዛረቦም ቋንቋታት: { $languages }
home-area = ከባቢ: { $area }
home-supervised = እትቆጻጸርዎም ብጾት
home-no-supervised = ገና ዝተመደበልኩም ብጻይ የለን።
home-supervised-pairs = ጽምዲታት ብጾትኩም
home-last-session = ናይ መወዳእታ ርክብ: { $when }
home-no-session-yet = ገና ዝተመዝገበ ርክብ የለን
home-active-pairs = { $count ->
    [0] ንጡፍ ጽምዲ የለን
    [one] ሓደ ንጡፍ ጽምዲ
   *[other] { $count } ንጡፋት ጽምዲታት
}
home-training = ኣብ ስልጠና ዘለዉ ብጾት
home-in-training = { $count ->
    [0] ኣብ ስልጠና ዘሎ ሰብ የለን
    [one] ኣብ ስልጠና ዘሎ ሓደ ብጻይ
   *[other] ኣብ ስልጠና ዘለዉ { $count } ብጾት
}
home-organisations = ትካላት
home-accounts = { $count ->
    [one] ሓደ ኣካውንት
   *[other] { $count } ኣካውንታት
}
home-figures = ኣሃዛት ኩሎም ትካላት
home-figures-note = ቁጽሪ ጥራይ: ኣስማት የለን፣ ውልቃዊ ሓበሬታ የለን።

session-mode-in_person = ገጽ ንገጽ
session-mode-online = ብኢንተርነት
session-mode-phone = ብተሌፎን
session-at = { $when }፣ { $mode }
session-at-place = { $when }፣ { $mode }፣ { $place }

## Programmes
programme-title = ፕሮግራም
programme-status = ኩነታት
programme-status-draft = ንድፊ
programme-status-recruiting = ምልመላ ኣብ መስርሕ
programme-status-running = ይካየድ ኣሎ
programme-status-closed = ተዓጽዩ
programme-dates = ካብ { $start } ክሳብ { $end }
programme-languages = ቋንቋታት
programme-organisation = ትካል
programme-participants = ኣብዚ ፕሮግራም ዘለዉ ሰባት
programme-no-participants = ገና ዝተመዝገበ ሰብ የለን።
programme-kind = ግደ
programme-name = ስም
programme-origin = ዝመጽኡሉ ሃገር
programme-native = ቀዳማይ ቋንቋ
programme-area = ከባቢ
programme-step = ስጉምቲ
programme-new-title = ሓድሽ ፕሮግራም
programme-field-name = ስም ፕሮግራም
programme-field-description = መግለጺ
programme-field-name-in = ስም ብ{ $language }
programme-field-description-in = መግለጺ ብ{ $language }
programme-field-languages = ዝዝረቡ ቋንቋታት (ኮዳት፣ ብኮማ ዝተፈላለዩ: fr, ar, prs)
programme-field-starts = ቀዳማይ መዓልቲ
programme-field-ends = ናይ መወዳእታ መዓልቲ
programme-field-target-mentors = ዝምልመሉ ብጾት
programme-field-target-mentees = ዝድገፉ ሓደስቲ መጻእቲ
programme-field-organisation = ትካል
programme-create = ፕሮግራም ፍጠሩ
programme-created = እቲ ፕሮግራም ተፈጢሩ ኣሎ።

## Invitations
invite-title = ሰብ ዕደሙ
invite-intro = እቲ ሰብ መሕለፊ ቃል ንምምራጽ ንሸውዓተ መዓልቲ ዝሰርሕ ሊንክ ይቕበል። ሓደ ሰብ ብዙሕ ግደታት ክሕዝ ይኽእል።
invite-email = ኣድራሻ ኢመይል ናይቲ ሰብ
invite-name = ስም ናይቲ ሰብ
invite-role = ግደ
invite-organisation = ትካል
invite-submit = ዕድመ ስደዱ
invite-sent = እቲ ዕድመ ናብ { $email } ይለኣኽ ኣሎ።
invite-link-once = ነዚ ሊንክ ባዕልኹም ድማ ክተሕልፍዎ ትኽእሉ ኢኹም (ንኣብነት ብSMS)። ሓንሳእ ጥራይ እዩ ዝርአ:
invite-mail-subject = ናብ m4m ዝተገብረልኩም ዕድመ
invite-mail-body = ሰላም { $name }፣

    { $inviter } ከም { $role } ኣብ m4m ክትጽንበሩ ይዕድመኩም።
    ብዚ ሊንክ መሕለፊ ቃልኩም ምረጹ (ን7 መዓልቲ ይሰርሕ፣ ሓንሳእ ጥራይ):

    { $link }
accept-title = ናብ m4m እንቋዕ ብደሓን መጻእኩም
accept-intro = ከም { $role } ተዓዲምኩም ኣለኹም። ንምጅማር መሕለፊ ቃልኩም ምረጹ።
accept-organisation = ትካል: { $organisation }
accept-password = መሕለፊ ቃል ምረጹ (እንተወሓደ 8 ፊደላት)
accept-password-again = ተመሳሳሊ መሕለፊ ቃል እንደገና
accept-submit = ዓቕቡን ቀጽሉን
accept-gone = እዚ ናይ ዕድመ ሊንክ ግዜኡ ሓሊፉ ወይ ድማ ተጠቒሞምሉ እዩ። ነቲ ዝዓደመኩም ሰብ ሓድሽ ሕተቱ።

## Administration
admin-organisations-title = ትካላት
admin-organisation-name = ስም
admin-organisation-country = ሃገር (ክልተ ፊደላት: FR, GR)
admin-organisation-languages = ቋንቋታት (ኮዳት፣ ብኮማ ዝተፈላለዩ)
admin-organisation-time-zone = ዞባ ሰዓት (ንኣብነት Europe/Paris፤ ባዶ እንተኾይኑ: ናይቲ ሃገር)
admin-time-zone-save = ቀይሩ
admin-organisation-programmes = ፕሮግራማት
admin-organisation-members = ኣካውንታት
admin-organisation-create = ትካል ወስኹ
admin-organisation-created = እቲ ትካል ተወሲኹ ኣሎ።
admin-users-title = ኣካውንታት
admin-user-name = ስም
admin-user-email = ኢመይል
admin-user-roles = ግደታት
admin-user-inactive = ዘይንጡፍ
admin-outbox-title = ዝተላእኩ መልእኽትታት
admin-outbox-intro = ሰርቨር ኢመይል እንተዘየሎ፣ መልእኽትታት ኣብዚ ይጽበዩ። ንምልኣኾም SMTP ኣዳልዉ።
admin-outbox-empty = መልእኽቲ የለን።
admin-outbox-to = ንመን
admin-outbox-subject = ኣርእስቲ
admin-outbox-date = ዕለት
nav-inventory = መዝገብ ሓበሬታ
admin-inventory-title = መዝገብ ሓበሬታ
admin-inventory-intro = ነፍሲ ወከፍ ዓምዲ ናይቲ ዳታቤዝ: ውልቃዊ ሓበሬታ ይሕዝ እንተኾይኑ፣ ካብ ኣየናይ ዓይነት፣ ንኣየናይ ስራሕን ክንደይ ግዜ ይዕቀብን። ንመዝገብ ስራሕኩም (GDPR ዓንቀጽ 30) ከምኡ’ውን ንገምጋም ጽልዋኹም ተጠቐሙሉ።
admin-inventory-summary = ካብ { $count } ዓምድታት { $personal } ውልቃዊ ሓበሬታ ይሕዙ።
admin-inventory-csv = ከም ሰንጠረዥ (CSV) ኣውርዱ
admin-inventory-table = ሰንጠረዥ
admin-inventory-column = ዓምዲ
admin-inventory-category = ዓይነት ሓበሬታ
admin-inventory-purposes = ዕላማታት
admin-inventory-retention = ዝዕቀበሉ ግዜ
admin-inventory-legend = እቶም ዓይነታትን ዕላማታትን እንታይ ማለት እዮም
inventory-not-personal = ውልቃዊ ኣይኮነን
inventory-category-identity = መንነት
inventory-category-identity-help = ኣስማት፣ ዓመተ ልደት፣ ጾታ።
inventory-category-contact = ርክብ
inventory-category-contact-help = ኣድራሻታት ኢመይል፣ ቁጽሪ ተሌፎን፣ ሓደ ሰብ ዝነብረሉ ወይ ዝራኸበሉ ቦታ።
inventory-category-special = ፍሉይ ዓይነት
inventory-category-special-help = ስሱዕ ሓበሬታ: መበቆል፣ ቋንቋታት መበቆል፣ ኩነታት ስደት፣ ድሌታት፣ ብዛዕባ ጥዕና ወይ ሃይማኖት ክትንክፍ ዝኽእል መልስታት።
inventory-category-free_text = ነጻ ጽሑፍ
inventory-category-free_text-help = ሰባት ዝጸሓፍዎ ጽሑፍ: መዘኻኸሪታት፣ ምኽንያታት፣ ጽማቕታት። ዝኾነ ነገር ክሕዝ ስለ ዝኽእል፣ ከም ስሱዕ ሓበሬታ ተሓዝዎ።
inventory-category-profile = ፕሮፋይል
inventory-category-profile-help = ቋንቋታት፣ ተገዳስነታት፣ ግዜ ምህላው፣ ግደታት፣ ምርጫታት።
inventory-category-activity = ንጥፈት
inventory-category-activity-help = እንታይ ከምዝተፈጸመን መዓስን: ዕለታት፣ ኩነታት፣ ነጥብታት፣ ውሳነታት።
inventory-category-pseudonymous = ስም ዘይብሉ መለለዪ
inventory-category-pseudonymous-help = ስም ከይጠቐሰ ናብ ሓደ ሰብ ዘመልክት ቁጽሪ ወይ ኮድ።
inventory-category-secret = ምስጢር
inventory-category-secret-help = መሕለፊ ቃላት፣ ቶከናትን ካልኣይ መረጋገጺታትን፣ ዝከኣል እንተኾይኑ ከም hash ጥራይ ዝዕቀቡ።
inventory-purpose-programme = ምክያድ ፕሮግራም
inventory-purpose-programme-help = ምምዝጋብ፣ ምጽራይ፣ ምጽማድ፣ ጽምዲታትን ርክባቶምን።
inventory-purpose-training = ስልጠና
inventory-purpose-training-help = ስልጠና ብጾትን ሰራሕተኛታትን።
inventory-purpose-contact = ርክብ
inventory-purpose-contact-help = ንሰባት ምርካብ: ኢመይላት፣ ጻውዒታት፣ መዘኻኸሪታት።
inventory-purpose-evaluation = ገምጋም
inventory-purpose-evaluation-help = ምጽንባር ኣብ ሕብረተሰብን ውጽኢት ፕሮግራምን ምዕቃን።
inventory-purpose-security = ድሕንነት
inventory-purpose-security-help = ምእታው፣ ምቁጽጻር ኣተዋዕውዓ፣ ካብ ምግሃስ ምክልኻል።
inventory-purpose-accountability = ሕጋዊ ግዴታን ተሓታትነትን
inventory-purpose-accountability-help = መረጋገጺ ፍቓድን መዝገብ መን እንታይ ከም ዝገበረን።
inventory-retention-record = ምስ መዝገብ ናይቲ ሰብ፣ ክሳብ ዝድምሰስ
inventory-retention-account = ምስቲ ኣካውንት፣ ክሳብ ዝድምሰስ
inventory-retention-session = ክሳብ ምውጻእ፤ እንተበዝሐ 12 ሰዓታት፣ ብዘይ ንጥፈት 30 ደቓይቕ
inventory-retention-day = ድሕሪ 24 ሰዓታት ይድምሰስ
inventory-retention-minutes = ምስ ተጠቐምሉ ወይ ድሕሪ ሓሙሽተ ደቓይቕ ይድምሰስ
inventory-retention-audit = ንተሓታትነት ይዕቀብ (ምውሳኽ ጥራይ፤ መለለዪታትን ኮዳትን ጥራይ)
inventory-retention-organisation = እቲ ትካል ናይ ገዛእ ርእሱ መዛግብቲ ክሳብ ዝዕቅብ
inventory-retention-outbox = ኣብ ሳጹን ዝወጽእ መልእኽቲ፤ ብኣውቶማቲክ ኣይድምሰስን
installation-wide = ምሉእ እቲ ምትካል

figures-organisation = ትካል
figures-country = ሃገር
figures-programmes = ፕሮግራማት
figures-mentors = ብጾት
figures-mentees = ሓደስቲ መጻእቲ
figures-active-pairs = ንጡፋት ጽምዲታት

## Forms and errors
form-fix-errors = ገለ ቦታታት ኣቓልቦኹም የድልዮም:
form-required-mark = ግድን
error-required = እዚ ቦታ ግድን ክምላእ ኣለዎ።
error-too-long = እዚ ኣዝዩ ነዊሕ እዩ።
error-control-characters = እዚ ዘይፍቀዱ ፊደላት ሒዙ ኣሎ።
error-email-invalid = ከም name@example.org ዝበለ ኣድራሻ ኢመይል ኣእትዉ።
error-email-taken = ሓደ ኣካውንት ነዚ ኣድራሻ ኢመይል ይጥቀመሉ ኣሎ።
error-password-short = መሕለፊ ቃል እንተወሓደ 8 ፊደላት የድልዮ።
error-password-common = እዚ መሕለፊ ቃል ካብቶም መጥቃዕቲ ዝገብሩ ሰባት ቅድም ዝፍትንዎም ልሙዳት እዩ። ካልእ ምረጹ፣ ንኣብነት ክትዝክርዎም እትኽእሉ ሒደት ቃላት።
error-password-mismatch = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን።
error-country-invalid = ክልተ ፊደላት ዘለዎ ኮድ ሃገር ኣእትዉ፣ ንኣብነት FR ወይ GR።
error-language-code = ክልተ ወይ ሰለስተ ፊደላት ዘለዎም ኮዳት ቋንቋ፣ ብኮማ ፈልዮም ኣእትዉ (fr, ar, prs)።
error-date-invalid = ዕለት ከም ዓመት-ወርሒ-መዓልቲ ኣእትዉ፣ ንኣብነት 2026-09-01።
error-end-before-start = ናይ መወዳእታ መዓልቲ ቅድሚ ቀዳማይ መዓልቲ ክኸውን ኣይክእልን።
error-count-invalid = ካብ 0 ክሳብ 100,000 ምሉእ ቁጽሪ ኣእትዉ።
error-choice-invalid = ካብቶም ዝቐረቡ ሓደ ምረጹ።

error-title = ገለ ጸገም ኣጋጢሙ
error-400-title = እዚ ሕቶ ክጥቀመሉ ኣይከኣልን
error-400-text = ኣብቲ ሕቶ ቅኑዕ ዘይኮነ ነገር ኣሎ። ተመለሱ እሞ ዘእተኹምዎ ተመልከቱ።
error-401-title = በጃኹም እተዉ
error-401-text = ነዚ ገጽ ንምርኣይ ክትኣትዉ ኣለኩም።
error-403-title = ኣይፍቀድን
error-403-text = ነዚ ክትርእዩ ወይ ክትገብሩ ኣይፍቀደልኩምን። ክፍቀደልኩም ኣለዎ ኢልኩም እንተሓሲብኩም፣ ኣወሃሃዲኹም ሕተቱ።
error-404-title = ገጽ ኣይተረኽበን
error-404-text = እዚ ገጽ የለን፣ ወይ ድማ ንዓኹም ክርአ ዝግባእ ኣይኮነን።
error-405-title = ኣብዚ ኣይከኣልን
error-405-text = እዚ ኣድራሻ ብኸምዚ ክጥቀመሉ ኣይከኣልን።
error-410-title = ድሕሪ ሕጂ የለን
error-413-title = ኣዝዩ ብዙሕ ሓበሬታ
error-413-text = ዝለኣኽኩምዎ ኣዝዩ ዓቢ እዩ። ብሓንሳእ ዝወሓደ ስደዱ።
error-429-title = ብዙሕ ፈተነታት
error-500-title = ኣብ ወገንና ጸገም ኣጋጢሙ
error-500-text = እቲ ጸገም ተመዝጊቡ ኣሎ። ድሕሪ ቁሩብ እንደገና ፈትኑ፤ እንተቐጺሉ፣ ንኣወሃሃዲኹም ንገሩ።
error-csrf = ግዜ እዚ ፎርም ሓሊፉ። ተመለሱ፣ ነቲ ገጽ ኣሐድሱ እሞ እንደገና ስደድዎ።
error-unknown-language = እዚ ቋንቋ የለን: { $code }። ካብቶም ዝቐረቡ ቋንቋታት ሓደ ምረጹ።
error-back-home = ናብ ቀንዲ ገጽ ተመለሱ

## Step 1 — stakeholders and outreach
nav-stakeholders = ዝምልከቶም ኣካላት
nav-outreach = ሓበሬታ ምዝርጋሕ
stakeholders-title = ናይ ከባቢ ዝምልከቶም ኣካላት
stakeholders-intro = ምስ ሓደስቲ መጻእትን ወለንተኛታትን ዝራኸቡ ናይ ከባቢ ኣካላት: ማሕበራዊ ኣገልግሎታት፣ ማሕበራት፣ ኣብያተ ትምህርቲ፣ ኣስራሕቲ። ንመን ከም ዝሓበርኩምን መን ሰባት ናብቲ ፕሮግራም ከም ዝሰደን መዝግቡ።
stakeholders-empty = ገና ዝተመዝገበ ኣካል የለን።
stakeholder-name = ስም
stakeholder-kind = ዓይነት
stakeholder-contact = ዝራኸብዎ ሰብ
stakeholder-email = ኢመይል
stakeholder-phone = ተሌፎን
stakeholder-languages = ቋንቋታት (ኮዳት፣ ብኮማ ዝተፈላለዩ)
stakeholder-area = ዝሽፈን ከባቢ
stakeholder-notes = መዘኻኸሪ
stakeholder-add = ኣካል ወስኹ
stakeholder-added = እቲ ኣካል ተወሲኹ ኣሎ።
stakeholder-save = ለውጥታት ዓቕቡ
stakeholder-saved = ለውጥታት ተዓቂቦም ኣለዉ።
stakeholder-edit = ዝርዝር ቀይሩ
stakeholder-referred = ዝተሰደዱ: { $mentors ->
    [one] { $mentors } ብጻይ
   *[other] { $mentors } ብጾት
}፣ { $mentees ->
    [one] { $mentees } ሓድሽ መጻኢ
   *[other] { $mentees } ሓደስቲ መጻእቲ
}
stakeholder-referrals-by-month = ኣብ ወርሒ ዝተሰደዱ
stakeholder-month = ወርሒ
stakeholder-kind-social_service = ማሕበራዊ ኣገልግሎት
stakeholder-kind-association = ማሕበር
stakeholder-kind-local_administration = ምምሕዳር ከባቢ
stakeholder-kind-employer = ኣስራሒ
stakeholder-kind-school = ቤት ትምህርቲ
stakeholder-kind-health_service = ኣገልግሎት ጥዕና
stakeholder-kind-volunteer_group = ጉጅለ ወለንተኛታት
stakeholder-kind-migrant_community = ማሕበረሰብ ስደተኛታት
stakeholder-kind-other = ካልእ
outreach-title = መዝገብ ሓበሬታ ምዝርጋሕ
outreach-intro = ዝተገብሩ ኣኼባታት ሓበሬታ፣ ዝተዓደሉ ወይ ዝተላእኩ ንዋታት፣ ዝተቐበልናዮም ሰባት።
outreach-empty = ገና ዝተመዝገበ የለን።
outreach-kind = እንታይ
outreach-kind-information_session = ኣኼባ ሓበሬታ
outreach-kind-material = ዝተዓደለ ወይ ዝተላእከ ንዋት
outreach-kind-referral = ዝተሰደደ ሰብ ተቐቢልና
outreach-date = ዕለት
outreach-stakeholder = ኣካል
outreach-no-stakeholder = — የለን —
outreach-place = ቦታ
outreach-audience = ተሳተፍቲ
outreach-reached = ዝተበጽሑ ሰባት
outreach-materials = ንዋታትን ቋንቋታቶምን (ወይ ሊንክታት)
outreach-notes = መዘኻኸሪ
outreach-add = መዝግቡ
outreach-added = ተመዝጊቡ።

## The public page of a programme
join-organisation = ብ{ $organisation } ({ $country }) ዝካየድ
join-how-title = ከመይ ይሰርሕ
join-how-text = ሓድሽ መጻእን ወለንተኛ ብጻይን ንሽዱሽተ ወርሒ ብዙሕ ግዜ ይራኸቡ፣ ገጽ ንገጽ ወይ ብኢንተርነት። ብሓባር ናብ ናይ ገዛእ ርእሶም ናብራ ይስጉሙ: ኣብ ከተማ ምንቅስቓስ፣ ኣገልግሎታት ምርካብ፣ ቋንቋ ምልምማድ፣ ስራሕ ወይ ገዛ ምድላይ። ማሕበራዊ ሰራሕተኛታት የራኽብዎምን ኣብ ጎኖም ይጸንሑን።
join-buddy-title = መን ብጻይ ክኸውን ይኽእል
join-buddy-text = ዕድሚኡ 18 ወይ ልዕሊኡ ዝኾነ፣ ኣብዚ ዝነብር፣ ንሽዱሽተ ወርሒ ኣብ ወርሒ ሒደት ሰዓታት ክህብ ዝኽእልን ዝፈልጦ ከካፍል ዝደልን ዝኾነ ሰብ። ብዙሓት ብጾት ባዕላቶም ቅድሚ ሒደት ዓመታት ናብዛ ሃገር ዝመጹ እዮም። ክትሰልጥኑን ክትድገፉን ኢኹም።
join-newcomer-title = ሓድሽ መጻኢ እንታይ ክጽበ ይኽእል
join-newcomer-text = ዝሰምዓኩም፣ ዝከኣል እንተኾይኑ ቋንቋኹም ዝዛረብ፣ ናይ ገዛእ ርእስኹም መገዲ ክትረኽቡ ዝሕግዘኩም ሰብ። ብነጻ። እትነግርዎ ምስጢር ኮይኑ ይጸንሕ።
join-contact-title = ርክብ
join-register-buddy = ብጻይ ክኸውን እደሊ
join-register-newcomer = ኣብዚ ሓድሽ እየ፣ ብጻይ ክረክብ እደሊ
join-closed = እዚ ፕሮግራም ምዝገባ ኣይቕበልን እዩ።

## Registration
register-title-mentor = ብጻይ ኩኑ
register-title-mentee = ብጻይ ርኸቡ
register-intro-mentor = ብዛዕባ ርእስኹም ንገሩና። ሓደ ኣወሃሃዲ ንቃለ-መጠይቕ ክድውለልኩም እዩ።
register-intro-mentee = ብዛዕባ ርእስኹም ንገሩና። ሓደ ኣወሃሃዲ ክረኽበኩም እዩ።
register-staff-note = ነዚ ሰብ ኣብ ክንድኡ ትምዝግብዎ ኣለኹም። ነቲ ናይ ፍቓድ ሓበሬታ ብቋንቋኡ ኣንብቡሉ።
reg-about = ብዛዕባኹም
reg-first-name = ስም
reg-last-name = ስም ስድራ
reg-phone = ተሌፎን
reg-email = ኢመይል
reg-contact-hint = እንተወሓደ ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ሃቡ።
reg-languages = ቋንቋታት
reg-native-language = ቀዳማይ ቋንቋ
reg-other-languages = እትዛረብዎም ካልኦት ቋንቋታት
reg-language = ቋንቋ
reg-level = ደረጃ
reg-choose = ምረጹ…
level-basic = ሒደት ቃላት
level-conversational = ክዘራረብ እኽእል እየ
level-fluent = ብቕልጣፍ
level-native = ቀዳማይ ቋንቋ
reg-host-level = ደረጃኹም ኣብ ቋንቋ ናይዛ ሃገር
reg-country = ዝመጻእኩምሉ ሃገር
reg-arrival = ናብዛ ሃገር ዝመጻእኩምሉ ዕለት
reg-area = ከባቢ፣ ከተማ ወይ ፖስታ ኮድ
reg-availability = መዓስ ኢኹም ትጸንሑ?
reg-availability-hint = መብዛሕትኡ ግዜ ዝምችኣኩም ግዜታት ምልክት ግበሩ።
day-1 = ሰኑይ
day-2 = ሰሉስ
day-3 = ረቡዕ
day-4 = ሓሙስ
day-5 = ዓርቢ
day-6 = ቀዳም
day-7 = ሰንበት
part-morning = ንግሆ
part-afternoon = ድሕሪ ቐትሪ
part-evening = ምሸት
reg-interests = ተገዳስነታት
interest-sport = ስፖርት
interest-cooking = ምብሳል
interest-music = ሙዚቃ
interest-reading = ምንባብ
interest-nature = ተፈጥሮን ምንሽርሻርን
interest-crafts = ኢደ-ጥበብ
interest-games = ጸወታታት
interest-technology = ቴክኖሎጂ
interest-arts = ስነ-ጥበብ
interest-family = ስድራን ቆልዑን
interest-faith = እምነት
interest-volunteering = ወለንተኛ ስራሕ
reg-needs = ኣብ ምንታይ ሓገዝ ትደልዩ?
reg-skills = ኣብ ምንታይ ክትሕግዙ ትኽእሉ?
area-language = ቋንቋ
area-administration = ወረቓቕትን ቤት ጽሕፈታትን
area-housing = መንበሪ ገዛ
area-employment = ስራሕን ስልጠናን
area-health = ጥዕና
area-education = ቤት ትምህርቲ ቆልዑ
area-transport = ምንቅስቓስን መጓዓዝያን
area-money = ገንዘብን ባንክን
area-digital = ተሌፎንን ኢንተርነትን
area-social = ምስ ሰባት ምፍላጥ
area-wellbeing = ደሓንነት
reg-experience = ተሞክሮኹም (ወለንተኛ ስራሕ፣ ስራሕ፣ ናይ ባዕልኹም ምምጻእ)
reg-motivation = ስለምንታይ ብጻይ ክትኮኑ ትደልዩ?
reg-gender = ጾታ
gender-woman = ሰበይቲ
gender-man = ሰብኣይ
gender-other = ካልእ
gender-unsaid = ክገልጽ ኣይደልን
reg-gender-preference = ብጻይኩም ክኸውን እትመርጽዎ…
gender-pref-none = ምርጫ የብለይን
gender-pref-woman = ሰበይቲ
gender-pref-man = ሰብኣይ
reg-birth-year = ዓመተ ልደት
reg-heard-from = ብዛዕባ እዚ ፕሮግራም ብኸመይ ሰሚዕኩም?
heard-stakeholder = ካብ ሓደ ትካል
heard-friend = ካብ ዓርኪ ወይ ስድራ
heard-social_media = ብማሕበራዊ መራኸቢታት
heard-poster = ብፖስተር ወይ ወረቐት
heard-event = ኣብ ሓደ ፍጻመ
heard-other = ካልእ
reg-referred-by = ኣየናይ ትካል?
reg-consent-title = ፍቓድኩም
consent-notice = { $organisation } ኣብዚ እትጽሕፍዎ ነቲ ፕሮግራም ንምክያድ ይዕቅቦ: ብጻይ (ወይ ሓድሽ መጻኢ) ንምርካብ፣ ምሳኹም ንምርኻብን ጽምዲኹም ንምክትታልን። ሰራሕተኛታት ናይቲ ፕሮግራም ጥራይ እዮም ዝርእይዎ፤ ብጻይኩም ስምኩም፣ ቋንቋታትኩምን ከባቢኹምን ጥራይ እዩ ዝርኢ። ሓበሬታኹም ክትርእይዎ፣ ከተእርምዎ ወይ ከተጥፍእዎ ኣብ ዝኾነ ግዜ ክትሓቱ ትኽእሉ ኢኹም፣ ኣብ ታሕቲ ዝሃብኩምዎ ፍቓድ ድማ ከምቲ ዝሃብኩምዎ ብቐሊሉ ክትስሕብዎ ትኽእሉ ኢኹም።
consent-participation = ኣብቲ ፕሮግራም ክሳተፍን ሓበሬታይ ንዕኡ ክጥቀመሉን እሰማማዕ እየ (ግድን)።
consent-contact_sms = ብSMS ክትረኽቡኒ ትኽእሉ ኢኹም።
consent-contact_email = ብኢመይል ክትረኽቡኒ ትኽእሉ ኢኹም።
consent-contact_phone = ክትድውሉለይ ትኽእሉ ኢኹም።
consent-share_partners = ፋይለይ ምስ መሻርኽቲ ትካላት ናይቲ ፕሮግራም ከተካፍልዎ ትኽእሉ ኢኹም።
consent-evaluation = መልስታተይ ብዘይ ስመይ ንገምጋም ናይቲ ፕሮግራም ክጥቀመሉ ይኽእሉ።
reg-submit = ስደዱ
reg-thanks-title = የቐንየልና
reg-thanks-text = ምዝገባኹም ተቐቢልናዮ ኣለና። ሓደ ኣወሃሃዲ ቀልጢፉ ክረኽበኩም እዩ።
register-too-many = ካብዚ መራኸቢ ኣዝዮም ብዙሓት ምዝገባታት ተላኢኾም። ድሕሪ ሓደ ሰዓት እንደገና ፈትኑ።
error-phone-invalid = ካብ 6 ክሳብ 15 ኣሃዛት ዘለዎ ቁጽሪ ተሌፎን ኣእትዉ፣ ንኣብነት +33 6 12 34 56 78።
error-contact-required = ቁጽሪ ተሌፎን ወይ ኣድራሻ ኢመይል ሃቡ።
error-date-future = እዚ ዕለት ኣብ መጻኢ ክኸውን ኣይክእልን።
error-year-invalid = ከም 1990 ዝበለ ዓመተ ልደት ኣእትዉ።
error-buddy-too-young = ብጾት እንተወሓደ 18 ዓመት ክኾኑ ኣለዎም።
error-consent-required = ምዝገባ ንምስታፍ ስምምዕኩም የድልዮ።
error-status-move = ካብቲ ሕጂ ዘሎ ኩነታት እዚ ለውጢ ኣይከኣልን።
error-reason-required = ምኽንያት ሃቡ።
error-409-title = ኣብ መንጎ ተቐይሩ
error-conflict = ሓደ ሰብ ብተመሳሳሊ ግዜ ነዚ መዝገብ ቀይርዎ። ነቲ ገጽ ኣሐድሱ እሞ እንደገና ፈትኑ።
error-422-title = ቀደም ተወሲዱ
error-taken-email = ሓደ ኣካውንት ነዚ ኣድራሻ ኢመይል ይጥቀመሉ ኣሎ።
error-taken-questionnaire-version = ክትቅይርዎ ከለኹም ሓደ ሰብ ሓድሽ ቅዳሕ ናይዚ መሕተት ዓቂቡ። ኣብ ታሕቲ ምስ ጽሑፍኩም ይርአ ኣሎ: ኣወዳድርዎም፣ ድሕሪኡ እንደገና ዓቕቡ።

## A person's record
person-kind = ግደ
person-erased = ዝተደምሰሰ ሰብ
notes-title = ምስጢራዊ መዘኻኸሪ
notes-intro = ኣወሃሃድቲ ክፈልጥዎ ዘለዎም ኩነታት ጥዕና ወይ ሕጊ። ኣወሃሃድቲ ናይዚ ትካል ጥራይ እዮም ነዚ መዘኻኸሪ ዝርእይዎ፤ ንብጾት፣ ተቖጻጸርቲ፣ ኣሰልጠንቲ ወይ ኣብ ዝኾነ ዝርዝር ኣይርአን፣ ኣብቲ ናይቲ ሰብ ባዕሉ ዘውጽኦ ሓበሬታ ግን ይኣቱ።
notes-label = መዘኻኸሪ (እንተበዝሐ 4,000 ፊደላት)
notes-save = መዘኻኸሪ ዓቕቡ
notes-saved = ምስጢራዊ መዘኻኸሪ ተዓቂቡ ኣሎ።
follow-up-title = ምቁጽጻርን ዓቕምን
follow-up-intro = ነዚ ብዲ መን ይቆጻጸሮ፣ ከምኡውን ክንደይ ሓደሽቲ መጻእቲ ብሓደ ግዜ የሰንዩ። ቅድመ-ምጽማድ ዝቕጽሉ ጽምዲታቱ ካብዚ ቁጽሪ ክሳብ ዝውሕዱ ይሕብሮ።
follow-up-supervisor = ተቖጻጻሪ
follow-up-nobody = ገና ዋላ ሓደ
follow-up-capacity = ብሓደ ግዜ ሓደሽቲ መጻእቲ
follow-up-save = ዓቅብ
follow-up-saved = ተቖጻጻርን ዓቕምን ናይቲ ብዲ ተዓቂቡ።
error-supervisor-choice = ካብቲ ዝርዝር ተቖጻጻሪ ምረጹ።
error-capacity-range = ካብ 1 ክሳብ 5 ምሉእ ቁጽሪ ሃቡ።
error-capacity-below-pairs = እዚ ብዲ ድሮ ዝያዳ ዝቕጽሉ ጽምዲታት ኣለውዎ፦ ዝለዓለ ቁጽሪ ሓዙ፣ ወይ ቅድም ሓደ ጽምዲ ዕጸዉ።
error-follow-up-changed = ጽምዲታት ናይዚ ብዲ ወይ እቶም ሰራሕተኛታት ኣብዚ ሞንጎ ተቐይሮም፦ ኣረጋግጹ እሞ እንደገና ዓቅቡ።
person-status = ኩነታት
person-step = ስጉምቲ
person-contact = ርክብ
person-languages = ቋንቋታት
person-origin = ዝመጸሉ ሃገር
person-arrival = ዝመጸሉ ዕለት
person-area = ከባቢ
person-availability = ግዜ ምህላው
person-interests = ተገዳስነታት
person-needs = ሓገዝ ዘድልዮ ኣብ
person-skills = ክሕግዝ ዝኽእል ኣብ
person-experience = ተሞክሮ
person-motivation = ድርኺት
person-gender = ጾታ
person-gender-preference = ዝመርጾ ብጻይ
person-birth-year = ዓመተ ልደት
person-heard-from = ብዛዕባ ፕሮግራም ዝሰምዓሉ
person-referred-by = ዝሰደዶ
person-registration = ምዝገባ
person-entered-by-staff = ብሰራሕተኛ ብ{ $date } ብ{ $language } ተመዝጊቡ
person-self-registered = ባዕሉ ብ{ $date } ብ{ $language } ተመዝጊቡ
person-consents = ፍቓዳት
consent-given = ብ{ $date } ተዋሂቡ፣ ቅዳሕ ሓበሬታ { $version }፣ ብ{ $language }
consent-recorded-by = ብ{ $name } ዝተመዝገበ
consent-withdrawn = ብ{ $date } ተሳሒቡ
consent-not-given = ኣይተዋህበን
consent-state-given = ብ{ $date } ተዋሂቡ
consent-withdraw = ስሓቡ
consent-give = ፍቓድ ሃቡ
consents-title = ፍቓዳትኩም
consents-title-of = ፍቓዳት ናይ { $name }
consents-saved = ተዓቂቡ። ካብ ሕጂ ይሰርሕ።
consents-intro = ኣብዚ እቲ ፕሮግራም ብኸመይ ክረኽበኩምን ሓበሬታኹም ክጥቀመሉን ከም ዝኽእል ትመርጹ። ነፍሲ ወከፍ ለውጢ ብኡንብኡ ይሰርሕ፣ ኣብ ዝኾነ ግዜ ድማ ሓሳብኩም እንደገና ክትቅይሩ ትኽእሉ ኢኹም።
consents-intro-staff = ብሕቶ ናይቲ ሰብ (ገጽ ንገጽ፣ ብተሌፎን ወይ ብጽሑፍ) ፍቓድ ቀይሩ። እቲ ለውጢ ምስ ስምኩም ይምዝገብን ብኡንብኡ ይሰርሕን።
consents-participation = ካብቲ ፕሮግራም ክትወጹ እንተደሊኹም፣ ንኣወሃሃዲኹም ንገሩ: መዝገብኩም ከም ዝወጻእኩም ከርኢ እዩ።
consents-change-link = ብሕቶ ናይቲ ሰብ ፍቓድ ቀይሩ
consents-mine-link = ፍቓዳትኩም
person-do-not-contact = ኣይትረኽብዎ
no-contact_sms = SMS የለን
no-contact_email = ኢመይል የለን
no-contact_phone = ጻውዒት የለን
person-screening = ምጽራይ
person-move-to = ሓድሽ ኩነታት
person-reason = ምኽንያት (ንምንጻግ ወይ ንምስሓብ ግድን)
person-move-submit = ኩነታት ቀይሩ
person-moved = እቲ ኩነታት ተቐይሩ ኣሎ።
person-no-moves = ካልእ ለውጢ ኣይከኣልን።
person-history = ታሪኽ
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = ብ{ $name }
status-applied = ኣመልኪቱ
status-interview = ቃለ-መጠይቕ
status-references_checked = መወከሲታት ተረጋጊጾም
status-accepted = ተቐባልነት ረኺቡ
status-declined = ተነጺጉ
status-training = ኣብ ስልጠና
status-registered = ተመዝጊቡ
status-intake = ናይ መእተዊ ቃለ-መጠይቕ
status-self_assessed = ርእሰ-ገምጋም ተፈጺሙ
status-ready = ንምጽማድ ድሉው
status-active = ኣብ ጽምዲ
status-alumni = ፕሮግራም ዝወድአ
status-withdrawn = ዝወጸ

## Programme tools for staff
programme-field-contact = ኣብቲ ህዝባዊ ገጽ ዝርአ ርክብ
programme-public-page = ህዝባዊ ገጽ
programme-register-mentee = ሓድሽ መጻኢ መዝግቡ
programme-register-mentor = ብጻይ መዝግቡ
programme-duplicates = ክድገሙ ዝኽእሉ መዛግብቲ
programme-export = ዝርዝር ኣውጽኡ (CSV)
programme-export-xlsx = ዝርዝር ኣውጽኡ (Excel፣ .xlsx)
export-column-id = ቁጽሪ
export-column-kind = ብጻይ ወይ ሓድሽ መጻኢ
export-column-status = ኩነታት
export-column-step = ስጉምቲ
export-column-first-name = ስም
export-column-last-name = ስም ስድራ
export-column-email = ኢመይል
export-column-phone = ተሌፎን
export-column-native-language = ቀዳማይ ቋንቋ
export-column-languages = ቋንቋታት
export-stakeholders-referred-buddies = ዝተላእኩ መሳርሕቲ
export-stakeholders-referred-newcomers = ዝተላእኩ ሓደሽቲ መጻእቲ
export-column-host-language-level = ደረጃ ኣብ ቋንቋ ናይዛ ሃገር
export-column-country-of-origin = ዝመጸሉ ሃገር
export-column-arrival-date = ዝመጸሉ ዕለት
export-column-area = ከባቢ
export-column-availability = ግዜ ምህላው
export-column-interests = ተገዳስነታት
export-column-areas = መዳያት ሓገዝ
export-column-gender = ጾታ
export-column-gender-preference = ንጽምዲ ዝድለ ጾታ
export-column-birth-year = ዓመተ ልደት
export-column-heard-from = ብዛዕባና ዝሰምዓሉ
export-column-registered-at = ዝተመዝገበሉ
programme-export-codes = ኮዳት ዓምድታት ንመሳርሒታት (CSV)
programme-import = ዝርዝር ኣእትዉ (CSV)
programme-status-column = ኩነታት

## Duplicates
duplicates-title = ክድገሙ ዝኽእሉ መዛግብቲ
duplicates-intro = እዞም መዛግብቲ ሓደ ሰብ ክኾኑ ይኽእሉ። ናብቲ ቀዳማይ ሓዊስኩም ኣጠቓልልዎም፣ ወይ ከም ዝተፈላለዩ ሰባት ምልክት ግበሩሎም።
duplicates-none = ክድገም ዝኽእል መዝገብ የለን።
duplicates-reason-email = ተመሳሳሊ ኢመይል
duplicates-reason-phone = ተመሳሳሊ ተሌፎን
duplicates-reason-name = ተመሳሳሊ ስምን ዓመተ ልደትን
duplicates-merge = ናብቲ ቀዳማይ ሓውሱ
duplicates-keep = ዝተፈላለዩ ሰባት
duplicates-merged = እቶም መዛግብቲ ተሓዊሶም ኣለዉ።
duplicates-kept = ከም ዝተፈላለዩ ሰባት ተመልኪቶም።
duplicates-pager = ክድገሙ ዝኽእሉ { $first }–{ $last } ካብ { $total }

## CSV import
import-title = ዝርዝር ኣእትዉ
import-intro = ካብ ሰንጠረዥ ዝተዓቀበ ፋይል CSV ስቐሉ (UTF-8 ወይ Windows-1252፣ ብኮማ፣ ብሰሚኮሎን ወይ ብታብ ዝተፈላለዩ፣ ኣብ ነፍሲ ወከፍ መስመር ሓደ ሰብ፣ ኣብ መጀመርታ መስመር ኣርእስቲ)። ኣየናይ ዓምዲ እንታይ ከም ዝሕዝ ክትመርጹ፣ ነፍሲ ወከፍ መስመር ተፈቲሹ ክትርእዩ፣ ድሕሪኡ ኩሉ ብሓንሳእ ከተእትዉ ኢኹም፣ ወይ ድማ ሓደ’ኳ ኣይኣቱን። Excel workbook (.xlsx) ከም ዘለዎ ይንበብ፡ እቲ ቀዳማይ ገጹ፣ ምስ ዕለታትን ቁጽርታትን።
import-file = ፋይል CSV ወይ Excel (.xlsx)
import-kind = እዞም ሰባት
import-next = ቀጽሉ
import-mapping-title = ኣየናይ ዓምዲ እንታይ ይሕዝ?
import-column-none = — ኣብቲ ፋይል የለን —
import-preview-title = ቅድሚ ምእታው ተመልከቱ
import-row = መስመር
import-row-ok = ድሉው
import-row-skip = ቀደም ተመዝጊቡ: ተሓሊፉ
import-row-errors = ክእረም ዘለዎ
import-consent-confirm = ነፍሲ ወከፍ ካብዞም ሰባት ኣብቲ ፕሮግራም ንምስታፍ ከም ዝተሰማምዐ የረጋግጽ እየ (ፍቓድ ብወረቐት ወይ ብቓል ተኣኪቡ)።
import-commit = { $count ->
    [one] ሓደ ሰብ ኣእትዉ
   *[other] { $count } ሰባት ኣእትዉ
}
import-done = { $count ->
    [0] ዝኣተወ ሰብ የለን
    [one] ሓደ ሰብ ኣትዩ
   *[other] { $count } ሰባት ኣትዮም
}፣ { $skipped } ቀደም ተመዝጊቦም።
import-empty = እቲ ፋይል ዝኣቱ መስመር የብሉን።
import-bad-csv = እዚ ፋይል ከም CSV ክንበብ ኣይክእልን። ካብ ሰንጠረዥኹም ከም "CSV UTF-8" ዓቕብዎ እሞ እንደገና ፈትኑ።
import-has-errors = ቅድሚ ምእታው ገለ መስመራት ኣብቲ ፋይል ክእረሙ ኣለዎም። ዝኣተወ የለን።
import-consent-required = እዞም ሰባት ንምስታፍ ከም ዝተሰማምዑ ኣረጋግጹ።
error-number-range = ካብ { $min } ክሳብ { $max } ምሉእ ቁጽሪ ኣእትዉ።
error-scale-invalid = ኣብቲ መዐቀኒ ሓደ ነጥቢ ምረጹ።

## Step 3 — questionnaires and the initial self-assessment
nav-questionnaires = መሕተታት
q-kind-newcomer_self_assessment = ርእሰ-ገምጋም ሓድሽ መጻኢ
q-kind-buddy_self_assessment = ርእሰ-ገምጋም ብጻይ
q-kind-buddy_interview = ቃለ-መጠይቕ ብጻይ
q-kind-newcomer_intake = ናይ መእተዊ ቃለ-መጠይቕ ሓድሽ መጻኢ
q-done-on = ብ{ $date } ተፈጺሙ
q-not-done = ገና ኣይተፈጸመን
q-fill = ምልኡ
q-fill-with = ምስቲ ሰብ ምልኡ
q-view = መልስታት ርኣዩ
q-by-staff-note = ነዚ ምስቲ ሰብ፣ ወይ ኣብ ግዜ ቃለ-መጠይቕ ኣብ ክንድኡ ትመልእዎ ኣለኹም። ከምኡ ኢሉ ክምልከት እዩ።
q-send = መልስታት ዓቕቡ
q-saved = መልስታት ተዓቂቦም ኣለዉ።
questionnaires-title = መሕተታት
questionnaires-intro = መሕተታት ናይ ትካልኩም። ለውጢ ሓድሽ ቅዳሕ ይፈጥር፤ ቀደም ዝተዋህቡ መልስታት ነቲ ዝመለስዎ ቅዳሕ ሒዞም ይጸንሑ።
q-version = ቅዳሕ { $version }
q-responses = { $count ->
    [0] ገና መልሲ የለን
    [one] ሓደ መልሲ
   *[other] { $count } መልስታት
}
q-edit = ቀይሩ
q-edit-intro = ኣብ ታሕቲ ዘሎ መግለጺ እቲ ሕጂ ዘሎ ቅዳሕ እዩ፣ ብቕርጺ JSON ከምቲ ኣብ docs/QUESTIONNAIRES.md ዝተገልጸ። ምዕቃቡ ሓድሽ ቅዳሕ ይፈጥር።
q-definition-json = መግለጺ (JSON)
q-save-version = ከም ሓድሽ ቅዳሕ ዓቕቡ
q-new-version-saved = ቅዳሕ { $version } ተዓቂቡ ኣሎ።
q-definition-invalid = እዚ መግለጺ ክጥቀመሉ ኣይከኣልን: { $detail }
q-preview = ከመይ ከም ዝንበብ
assess-title = ርእሰ-ገምጋምኩም
assess-intro = ሎሚ ኣበይ ከም ዘለኹም ንምርኣይ ሒደት ሕቶታት። ቅኑዕ ወይ ጌጋ መልሲ የለን። ብጻይኩም መልስታትኩም ኣይርእዮን።
assess-start = ጀምሩ
assess-continue = ቀጽሉ
assess-question-of = ሕቶ { $n } ካብ { $total }
assess-next = ዝቕጽል
assess-back = ንድሕሪት
assess-skip = ነዚ ሕቶ ሕለፍዎ
assess-review-title = መልስታትኩም ተመልከቱ
assess-not-answered = ኣይተመለሰን
assess-change = ቀይሩ
assess-send = መልስታተይ ስደዱ
assess-missing = ገለ ግድን ዝኾኑ ሕቶታት ገና መልሲ የብሎምን።
assess-done-title = የቐንየልና
assess-done-text = መልስታትኩም ተዓቂቦም ኣለዉ። ካበይ ከም እትጅምሩ የርእዩ፤ ኣብ መወዳእታ ፕሮግራም ክተወዳድርዎም ኢኹም።
baseline-title = መበገሲ
baseline-chart-title = ኣብ መጀመርታ ብመዳይ ዘሎ ርእሰ-ምርኮሳ፣ ካብ 1 (ብዙሕ ሓገዝ የድልዮ) ክሳብ 5 (ባዕሉ ይኽእል)
baseline-area = መዳይ
baseline-score = ነጥቢ
baseline-of-five = { $score } / { $max }
baseline-none = ገና ርእሰ-ገምጋም የለን።
home-self-assessment = ርእሰ-ገምጋምኩም
home-start-assessment = ርእሰ-ገምጋምኩም ጀምሩ
home-continue-assessment = ርእሰ-ገምጋምኩም ቀጽሉ
person-space = ናይ ባዕሉ ቦታ
person-has-account = እዚ ሰብ ኣካውንት ኣለዎ: ብጻዩ፣ ርክባቱን መሕተታቱን ይርኢ።
person-invite-intro = ነዚ ሰብ ብተሌፎኑ ክኣቱ ዕደምዎ: ርእሰ-ገምጋሙ ባዕሉ ክመልእ፣ ብጻዩን ርክባቱን ድማ ክርኢ እዩ።
person-invite = ዕድመ ስደዱ
person-edit-link = ሓበሬታ ኣርም
person-edit-title = ሓበሬታ { $name } ኣርም
person-edit-intro = ኣብ ምዝገባ ዝተመዝገበ ኣርሙ። ፍቓድታት ኣብ ናቶም ገጽ ይቕየሩ።
person-edit-save = እተን ምእራማት ዓቅብ
person-edit-saved = እቲ ሓበሬታ ተኣሪሙ።
person-invite-needs-email = ኣካውንት ኣድራሻ ኢመይል የድልዮ፣ እዚ መዝገብ ድማ የብሉን።
stakeholders-export = ዝርዝር ኣካላት ኣውጽኡ (CSV)
outreach-export = መዝገብ ኣውጽኡ (CSV)

## Step 5 — training
nav-training = ስልጠና
training-title = ስልጠና
training-intro = ኮርሳት ናይ ትካልኩም: ኮርስ ብጾትን ኮርስ ሞያውያንን ወለንተኛታትን። ብጻይ ኩሎም ግድን ዝኾኑ ክፍልታት ምስ ወድአ ንምጽማድ ድሉው ይኸውን።
training-empty = ገና ኮርስ የለን።
course-title = ኣርእስቲ
course-audience = ንመን
audience-buddies = ብጾት
audience-professionals = ሞያውያንን ወለንተኛታትን
course-description = መግለጺ
course-create = ኮርስ ፍጠሩ
course-modules = ክፍልታት
course-learners = ተማሃሮ
course-counts = { $modules ->
    [one] { $modules } ክፍሊ
   *[other] { $modules } ክፍልታት
} · { $enrolled } ተመዝጊቦም · { $completed } ወዲኦም
course-no-modules = ገና ክፍሊ የለን።
course-no-learners = ገና ዝተመዝገበ ሰብ የለን።
course-progress-xlsx = ምዕባለ ተማሃሮ ኣውርዱ (Excel፣ .xlsx)
course-completed-on = ብ{ $date } ተወዲኡ
course-in-progress = ኣብ መስርሕ: { $done } ካብ { $total ->
    [one] { $total } ግድን ክፍሊ
   *[other] { $total } ግድን ክፍልታት
}
module-add = ክፍሊ ወስኹ
module-kind = ዓይነት ክፍሊ
module-kind-capsule = ሓጺር ትምህርቲ (ጽሑፍ፣ ፋይል ወይ ቪድዮ)
module-kind-quiz = ሕቶታት ፈተና
module-kind-session = ገጽ ንገጽ ኣኼባ
module-title = ኣርእስቲ
module-body = ትሕዝቶ ወይ መደብ
module-link = ሊንክ ናብ ቪድዮ ወይ ፋይል (https://…)
module-minutes = ግዜ ትምህርቲ (ደቓይቕ)
module-mandatory = ንብጾት ግድን
module-quiz = ሕቶታት: ንነፍሲ ወከፍ ሕቶ ሓደ ክፋል፣ እቲ ሕቶ ኣብ ቀዳማይ መስመር፣ ኣብ ነፍሲ ወከፍ መስመር ሓደ ምርጫ፣ እቲ ቅኑዕ ብ * ይጅምር
module-pass-mark = ናይ ምሕላፍ ነጥቢ (%)
module-date = ዕለት
module-time = ሰዓት (HH:MM)
module-place = ቦታ
module-capacity = ቦታታት
module-when = { $when }፣ { $place }
module-mandatory-mark = ግድን
module-hours = { $minutes } ደቒቕ
module-record = ምዕባለ መዝግቡ
module-record-intro = መን ነቲ ክፍሊ ከም ዝወድአ፣ ኣብቲ ኣኼባ ከም ዝተሳተፈ ወይ ነቲ ፈተና ከም ዝሓለፈ መዝግቡ።
module-record-save = ዓቕቡ
module-recorded = ምዕባለ ተዓቂቡ።
module-too-many = ካብ ዘሎ ቦታ ዝበዝሑ ሰባት ተሳቲፎም። ነቲ ዝርዝር ተመልከቱ።
progress-not_started = ኣይጀመረን
progress-done = ተወዲኡ
progress-passed = ሓሊፉ ({ $score } %)
progress-failed = ገና ኣይሓለፈን ({ $score } %)
progress-attended = ተሳቲፉ
progress-absent = ኣይተሳተፈን
progress-score = ነጥቢ ፈተና (%)
enrol-title = ተማሃሮ መዝግቡ
enrol-cohort = ጉጅለ (ንኣብነት "Pilot France 2026")
enrol-submit = መዝግቡ
enrol-none = ዝምዝገብ ሰብ የለን: ብጾት ተቐባልነት ምስ ረኸቡ ኣብዚ ይርአዩ፣ ኣካውንታት ሰራሕተኛታት ድማ ኣብቲ ትካል ግደ ምስ ረኸቡ።
enrolled = { $count ->
    [0] ዝተመዝገበ ሰብ የለን
    [one] ሓደ ሰብ ተመዝጊቡ
   *[other] { $count } ሰባት ተመዝጊቦም
}
learn-title = ስልጠናኹም
learn-empty = ገና ኣብ ኮርስ ኣይተመዝገብኩምን።
learn-open = ክፈቱ
learn-done-button = ወዲኤዮ ኣለኹ
learn-quiz-submit = መልስታተይ ተመልከቱ
learn-quiz-result = ነጥብኹም: { $score } %። ናይ ምሕላፍ ነጥቢ { $pass } % እዩ።
learn-session = ኣኼባ ብ{ $when } ኣብ { $place }
certificate = ሰርቲፊኬት
certificate-title = ሰርቲፊኬት ስልጠና
certificate-text = እዚ { $name } ነቲ “{ $course }” ዝተባህለ ኮርስ፣ { $hours ->
    [one] { $hours } ሰዓት
   *[other] { $hours } ሰዓታት
} ትምህርቲ፣ ብ{ $date } ከም ዝወድአ የረጋግጽ።
certificate-modules = ዝተወድኡ ክፍልታት
certificate-print = ነዚ ገጽ ሕተምዎ ወይ ካብ ብራውዘርኩም ከም PDF ዓቕብዎ።
error-quiz-format = ነፍሲ ወከፍ ሕቶ ኣብ ናይ ባዕሉ መስመር ጽሓፉ፣ ድሕሪኡ ምርጫታቱ ኣብ ነፍሲ ወከፍ መስመር ሓደ፣ ሓደ ጥራይ ብ * ዝጅምር፤ ኣብ መንጎ ሕቶታት ባዶ መስመር ግደፉ።
error-link-invalid = ብ https:// ዝጅምር ሊንክ ኣእትዉ
error-time-invalid = ከም 14:30 ዝበለ ሰዓት ኣእትዉ።
error-time-zone-invalid = ከም Europe/Paris ዝበለ ዞባ ሰዓት ኣእትዉ።
error-training-not-done = ብጻይ ንምጽማድ ድሉው ክኸውን ዝኽእል ኩሎም ግድን ክፍልታት ስልጠና ምስ ተወድኡ ጥራይ እዩ።
home-training-own = ስልጠናኹም
form-yes = እወ
form-no = ኣይፋል

## Step 4 — pre-matching
match-title = ቅድመ-ምጽማድ
match-intro = እቲ ሓሳብ ብዝተኻእለ መጠን ብዙሓት ሓደስቲ መጻእቲ የጻምድ፣ ድሕሪኡ ብዝለዓለ ጠቕላላ ነጥቢ። ነፍሲ ወከፍ መብርሂ ኣንብቡ፣ ዝወሰንኩምሎም ጽምዲታት ቆልፉ፣ ክኾኑ ዘይብሎም ኣግልሉ፣ ድሕሪኡ ኣረጋግጹ: ክሳብ እተረጋግጹ ዝኾነ ምጽማድ ኣይግበርን።
match-summary = { $matched } ካብ { $mentees ->
    [one] { $mentees } ሓድሽ መጻኢ
   *[other] { $mentees } ሓደስቲ መጻእቲ
} ምስ { $mentors ->
    [one] { $mentors } ንምጽማድ ድሉው ብጻይ
   *[other] { $mentors } ንምጽማድ ድሉዋት ብጾት
} ተጻሚዶም።
match-none-ready = ኣብዚ ፕሮግራም ገና ንምጽማድ ድሉው ሰብ የለን።
match-proposals = ዝቐረቡ ጽምዲታት
match-score = ምስምማዕ: { $score } %
match-criterion = መለክዒ
match-weight = ክብደት
match-subscore = ነጥቢ
match-why = ስለምንታይ
match-confirm = ነዚ ጽምዲ ኣረጋግጹ
match-lock = ቆልፉ
match-unlock = ፍትሑ
match-locked = ተቖሊፉ
match-exclude = ነዚ ጽምዲ ኣግልሉ
match-exclude-reason = ምኽንያት ምግላል (ግጭት፣ ዘመድ፣ ናይ ቀደም ጽምዲ…)
match-others = ዝቕጽሉ ዝሓሹ ብጾት
match-unmatched = ብዘይ ብጻይ ዝተረፉ
match-blocked = ስለምንታይ ነፍሲ ወከፍ ብጻይ ዘይከኣል
match-excluded-title = ዝተገለሉ ጽምዲታት
match-clear = እንደገና ፍቐዱ
match-weights-title = ክብደት መለክዒታት (0 ክሳብ 10)
match-weights-save = ዓቕቡን እንደገና ኣካይዱን
match-weights-unreadable = ነዚ ፕሮግራም ዝተዓቀቡ ክብደታት ክንበቡ ኣይከኣሉን: ንቡር ክብደታት ኣብ ታሕቲ ይርአዩን ነዚ ሓሳብ ይጥቀሙሎምን።
match-weights-unreadable-fix = ሓደስቲ ክብደታት ዓቕቡ
match-manual-title = ብኢድ ኣጻምዱ
match-manual-intro = ካብቲ ዝቐረበ ካልእ ጽምዲ ምረጹ፣ ስለምንታይ ድማ ንገሩ: እቲ ምኽንያት ይምዝገብ።
match-manual-mentee = ሓድሽ መጻኢ
match-manual-mentor = ብጻይ
match-manual-reason-label = ምኽንያት
match-manual-submit = ኣጻምድዎም
match-manual = ብኢድ ዝተጻመደ
match-manual-reason = ስለምንታይ ኣንጻር እቲ ሓሳብ ከም እተጻምድዎም ንገሩ።
match-weight-invalid = ነፍሲ ወከፍ ክብደት ካብ 0 ክሳብ 10 ቁጽሪ እዩ፣ እንተወሓደ ሓደ ድማ ልዕሊ 0 ክኸውን ኣለዎ።
match-done-confirmed = እቲ ጽምዲ ንክልቲኦም ሰባት ቀሪቡ ኣሎ።
match-done-marked = ተዓቂቡ፤ እቲ ሓሳብ እንደገና ይሕሰብ ኣሎ።
match-done-weights = ክብደታት ተዓቂቦም፤ እቲ ሓሳብ እንደገና ይሕሰብ ኣሎ።
criterion-needs = ድሌታትን ክእለታትን
criterion-language = ሓባራዊ ቋንቋታት
criterion-host-language = ቋንቋ ናይዛ ሃገር
criterion-goals = ዕላማታት
criterion-interests = ተገዳስነታት
criterion-expectations = ትጽቢታት
criterion-availability = ግዜ ምህላው
criterion-place = ቦታ
criterion-age = ዕድመ
criterion-gender = ጾታ
criterion-capacity = ቦታ ኣብ ብጻይ
match-gender-female = ሰበይቲ
match-gender-male = ሰብኣይ
match-gender-other = ካልእ ጾታ
match-shared-native-language = ተመሳሳሊ ቀዳማይ ቋንቋ: { $language }
match-common-language = ሓባራዊ ቋንቋ: { $language } (ደረጃ { $level })
match-no-common-language = ብደረጃ { $level } ወይ ልዕሊኡ ሓባራዊ ቋንቋ የለን
match-communicates-beyond-host-language = ብዘይካ { $language } ክዘራረብ ይኽእል
match-host-language-level = ደረጃ ኣብ { $language }: { $level }
match-needs-met = ካብ { $needs ->
    [one] { $needs } ድሌት
   *[other] { $needs } ድሌታት
} ን{ $count } ክሕግዝ ይኽእል: { $met }
match-needs-unknown = ድሌታት ኣይፍለጡን
match-shared-goals = ሓባራዊ ዕላማታት: { $goals }
match-no-shared-goals = ሓባራዊ ዕላማ የለን
match-goals-unknown = ዕላማታት ኣይፍለጡን
match-shared-interests = ሓባራዊ ተገዳስነታት: { $interests }
match-no-shared-interests = ሓባራዊ ተገዳስነት የለን
match-interests-unknown = ተገዳስነታት ኣይፍለጡን
match-shared-expectations = ተመሳሳሊ ትጽቢታት: { $expectations }
match-no-shared-expectations = ዝተፈላለዩ ትጽቢታት
match-expectations-unknown = ትጽቢታት ኣይፍለጡን
match-availability-overlap = { $slots ->
    [one] ኣብ ሰሙን ሓንሳእ ሓባራዊ ግዜ
   *[other] ኣብ ሰሙን { $slots } ግዜ ሓባራዊ
}
match-availability-unknown = ግዜ ምህላው ኣይፍለጥን
match-distance-km = { $km } ኪ.ሜ ርሒቖም
match-same-area = ተመሳሳሊ ከባቢ: { $area }
match-different-area = ዝተፈላለዩ ከባቢታት
match-place-unknown = ቦታ ኣይፍለጥን
match-age-gap = { $years ->
    [one] { $years } ዓመት ፍልልይ
   *[other] { $years } ዓመታት ፍልልይ
}
match-age-unknown = ዕድመ ኣይፍለጥን
match-same-gender = ተመሳሳሊ ጾታ
match-different-gender = ዝተፈላለየ ጾታ
match-gender-unknown = ጾታ ኣይፍለጥን
match-mentor-room = { $free } ካብ { $capacity ->
    [one] { $capacity } ቦታ ነጻ
   *[other] { $capacity } ቦታታት ነጻ
}
match-gender-preference-mentee = እቲ ሓድሽ መጻኢ { $preference } ይመርጽ
match-gender-preference-mentor = እቲ ብጻይ { $preference } ይመርጽ
match-excluded-by-coordinator = ብኣወሃሃዲ ተገሊሉ
match-mentor-at-capacity = እቲ ብጻይ ዝተረፈ ቦታ የብሉን ({ $capacity })
match-mentor-not-eligible = እቲ ብጻይ ንምጽማድ ድሉው ኣይኮነን
match-no-possible-mentor = ነዚ ሓድሽ መጻኢ ዝኸውን ብጻይ የለን።
match-mentors-taken = { $count ->
    [one] እቲ ዝከኣል ሓደ ብጻይ ብኻልእ ሓድሽ መጻኢ ተታሒዙ ኣሎ።
   *[other] እቶም { $count } ዝከኣሉ ብጾት ብኻልኦት ሓደስቲ መጻእቲ ተታሒዞም ኣለዉ።
}

## Step 6 — matching and the first meeting
pair-mail-subject = ናይ ብጻይ ጽምዲ ቀሪቡልኩም ኣሎ
pair-mail-body = ሰላም { $name }፣

    እቲ ፕሮግራም ምስ { $other } ክትራኸቡ ይሓስብ። መን ምዃኑ ርኣዩን ኣብዚ መልሱን:

    { $link }
pair-proposal-title-mentor = ሓድሽ መጻኢ ቀሪቡልኩም ኣሎ
pair-proposal-title-mentee = ብጻይ ቀሪቡልኩም ኣሎ
pair-proposal-intro = ምስዚ ሰብ ክትራኸቡ ትደልዩ ዶ? እንተዘይኮይኑ፣ ስለምንታይ ንገሩ: እቲ ኣወሃሃዲ ካልእ ሰብ ክደሊ እዩ።
pair-accept = እወ፣ እሰማማዕ እየ
pair-decline = ኣይፋልን፣ የቐንየለይ
pair-decline-reason = ስለምንታይ? (ንምንጻግ የድሊ)
pair-answer-accepted = ተቐቢልኩም ኣለኹም። እቲ ኣወሃሃዲ ቀዳማይ ርክብኩም ከዳልው እዩ።
pair-answer-declined = ነዚ ሓሳብ ነጺግኩምዎ ኣለኹም።
pair-answer-waiting = መልሲ ይጽበ ኣሎ
pair-status-proposed = ቀሪቡ፣ መልሲ ይጽበ ኣሎ
pair-status-accepted = ብኽልቲኦም ተቐባልነት ረኺቡ፣ ቀዳማይ ርክብን ስምምዕን ይመጹ ኣለዉ
pair-status-declined = ተነጺጉ
pair-status-active = ንጡፍ
pair-step-meeting = ቀዳማይ ርክብ
pair-step-agreement = ስምምዕ ደገፍ
pair-step-signatures = ስምምዕ ብኽልቲኦም ተቐባልነት ረኺቡ
pair-meeting-at = { $when }፣ { $place }
pair-meeting-save = ዕለት ዓቕቡ
pair-meeting-held = ቀዳማይ ርክብ ተኻይዱ
pair-meeting-invalid = ዕለት (ዓመት-ወርሒ-መዓልቲ) ከምኡ’ውን ከም 14:30 ዝበለ ሰዓት ሃቡ።
pair-not-ready = እዚ ገና ክግበር ኣይከኣልን: መጀመርታ ክልቲኦም ነቲ ሓሳብ ክቕበልዎ ኣለዎም (ዕለት ቀዳማይ ርክብ ድማ ክውሰን)።
pair-saved = ተዓቂቡ።
pair-agreement-title = ስምምዕ ደገፍ
pair-goals = ዕላማታት
pair-goals-text = ዕላማታት ብናይ ባዕልኹም ቃላት
pair-rhythm = ክንደይ ግዜ ትራኸቡ
rhythm-weekly = ኣብ ነፍሲ ወከፍ ሰሙን
rhythm-fortnightly = ኣብ ነፍሲ ወከፍ ክልተ ሰሙን
rhythm-monthly = ኣብ ነፍሲ ወከፍ ወርሒ
pair-months-label = ዝድለ ግዜ (ኣዋርሕ)
pair-months = { $months ->
    [one] ሓደ ወርሒ
   *[other] { $months } ኣዋርሕ
}
pair-boundaries = ደረታት (ብጻይ ዘይገብሮ)
pair-confidentiality = ምስጢራውነት ንኽልቲኦም ተገሊጹ: ዝበሃል ኣብ መንጎኦምን ሰራሕተኛታት ፕሮግራምን ይጸንሕ፣ ሰብ ካብ ጉድኣት ንምሕላው ጥራይ እንተዘይኮይኑ።
pair-confidentiality-short = ምስጢራውነት
pair-confidentiality-text = ዝበሃል ኣብ መንጎ እቲ ጽምድን ሰራሕተኛታት ፕሮግራምን ይጸንሕ፣ ሰብ ካብ ጉድኣት ንምሕላው ጥራይ እንተዘይኮይኑ።
pair-agreement-save = ስምምዕ ዓቕቡ
pair-paper-signed = ብኽልቲኦም ብወረቐት ተፈሪሙ
pair-agreement-accept = ነዚ ስምምዕ እቕበሎ እየ
pair-agreement-signed = ነዚ ስምምዕ ተቐቢልኩምዎ ኣለኹም።
pair-agreement-none = እቲ ስምምዕ ገና ኣይተጻሕፈን።
home-pending = ንዓኹም ዝጽበ
home-pending-proposal = ክምለስ ዘለዎ ሓሳብ
home-pending-agreement = ክንበብን ክቕበልን ዘለዎ ስምምዕ
error-agreement-goals = እንተወሓደ ሓደ ዕላማ ምረጹ፣ ወይ ጽሓፉ።
error-months-invalid = ካብ 1 ክሳብ 24 ቁጽሪ ኣዋርሕ ኣእትዉ።
error-confidentiality-required = ምስጢራውነት ንኽልቲኦም ከም ዝተገልጸ ኣረጋግጹ።
match-in-setup = ኣብ መስርሕ ዘለዉ ጽምዲታት
pair-checklist-accepted = ተቐቢሉ
pair-checklist-declined = ነጺጉ
## Step 7 — peer sessions
nav-calendar = ካላንደር
pair-title-with = ንስኹምን { $name }ን
pair-title-staff = { $buddy }ን { $newcomer }ን
pair-log-session = ርክብ መዝግቡ
pair-plan-session = ርክብ መድቡ
pair-all-sessions = ኩሎም ርክባት
pair-planned-sessions = ዝተመደቡ ርክባት
pair-held-sessions = ዝተኻየዱ ርክባት
pair-no-held-sessions = ገና ዝተመዝገበ ርክብ የለን።
pair-calendar-link = ርክባትኩም ናብ ካላንደር ተሌፎንኩም ወስኹ
session-log-title = ርክብ መዝግቡ
session-plan-title = ርክብ መድቡ
session-log-intro = ምስ { $name } ዝገበርኩምዎ ርክብ። ሒደት ካልኢታት ጥራይ ይወስድ።
session-plan-intro = ምስ { $name } ዝቕጽል ርክብኩም። ኣብ ካላንደርኩም ክርአ እዩ።
session-date = ዕለት
session-time = ሰዓት ({ $zone })
session-duration = ንውሓት ብደቓይቕ
session-mode = ብኸመይ ተራኺብኩም?
session-mode-label-in_person = ገጽ ንገጽ
session-mode-label-online = ብኢንተርነት
session-mode-label-phone = ብተሌፎን
session-place = ቦታ (ብድሌት)
session-topics = ብዛዕባ እንታይ ነይሩ?
session-summary = እንታይ ገይርኩም? ሓደ ሓረግ ይኣክል።
session-summary-planned = እንታይ ክትገብሩ መዲብኩም? (ብድሌት)
session-rating = ከመይ ነይሩ?
session-rating-1 = 1 · ሕማቕ
session-rating-2 = 2
session-rating-3 = 3 · ደሓን
session-rating-4 = 4
session-rating-5 = 5 · ኣዝዩ ጽቡቕ
session-log-submit = ርክብ ዓቕቡ
session-plan-submit = ርክብ መድቡ
session-cancel = ሰርዙ
session-saved = እቲ ርክብ ተዓቂቡ ኣሎ።
session-removed = እቲ ርክብ ተሰሪዙ ኣሎ።
session-change-title = ርክብ ቀይሩ
session-change-intro = ምስ { $name } ዝነበረ ርክብ: ክእረም ዘለዎ ኣእርሙ።
session-change-submit = ለውጥታት ዓቕቡ
session-call-off = ነዚ ርክብ ሰርዝዎ
session-remove = ነዚ ርክብ ኣወግድዎ
session-change = ቀይሩ ወይ ኣወግዱ
session-minutes = { $count ->
    [one] ሓደ ደቒቕ
   *[other] { $count } ደቓይቕ
}
session-rating-of = ከመይ ነይሩ: { $rating } ካብ 5
session-logged-by-you = ብኣኹም ዝተመዝገበ
session-logged-by = ብ{ $name } ዝተመዝገበ
session-logged-by-staff = ብጉጅለ ፕሮግራም ዝተመዝገበ
session-confirmed = ተረጋጊጹ
session-confirmed-by-you = ብኣኹም ተረጋጊጹ
session-confirmed-by = ብ{ $name } ተረጋጊጹ
session-confirm = ነዚ ርክብ ኣረጋግጹ
error-session-future = ዝተኻየደ ርክብ ኣብ መጻኢ ክኸውን ኣይክእልን። ንምምዳብ “ርክብ መድቡ” ተጠቐሙ።
error-session-past = ዝተመደበ ርክብ ኣብ ዝሓለፈ ክኸውን ኣይክእልን። ዝተኻየደ ንምምዝጋብ “ርክብ መዝግቡ” ተጠቐሙ።
error-session-too-far = ካብ ሎሚ ኣብ ውሽጢ ሓደ ዓመት ዘሎ ዕለት ምረጹ።
error-duration-invalid = ካብ 5 ክሳብ 600 ደቓይቕ ንውሓት ኣእትዉ።
error-topics-required = እንተወሓደ ሓደ ኣርእስቲ ምልክት ግበሩ።
error-rating-required = ካብ 1 ክሳብ 5 ከመይ ከም ዝነበረ ንገሩ።
error-rating-invalid = ካብ 1 ክሳብ 5 ቁጽሪ ምረጹ።
error-rating-planned = ዝተመደበ ርክብ ገና ክግምገም ኣይክእልን።
calendar-title = ካላንደርኩም
calendar-intro = ዝተመደቡ ርክባትኩም፣ ኣብ ናይ ካላንደር ኣፕሊኬሽን ተሌፎንኩም ወይ ኮምፒተርኩም።
calendar-download = ካላንደር ኣውርዱ (.ics)
calendar-feed = ብሕታዊ ሊንክ ካላንደር
calendar-feed-intro = ኣብ ናይ ካላንደር ኣፕሊኬሽንኩም ነዚ ሊንክ ተመዝገቡሉ: ዝተመደቡ ርክባትኩም ይርአዩን ወትሩ ይሕደሱን። ነዚ ሊንክ ዝሓዘ ዝኾነ ሰብ ይርእዮም፣ ስለዚ ንባዕልኹም ሓዝዎ፤ ምስ ካልኦት እንተተኻፊሉ ኣሐድስዎ።
calendar-feed-new = ሓድሽ ብሕታዊ ሊንክኩም። ናብ ናይ ካላንደር ኣፕሊኬሽንኩም ቅድሕዎ:
calendar-feed-once = ንብሕትነትኩም ሕጂ ጥራይ እዩ ዝርአ። እንተጠፊኡኩም፣ ኣሐድስዎ።
calendar-feed-since = ካብ { $when } ጀሚሩ ብሕታዊ ሊንክ ይሰርሕ ኣሎ።
calendar-feed-none = ብሕታዊ ሊንክ የብልኩምን።
calendar-feed-create = ብሕታዊ ሊንክ ፍጠሩ
calendar-feed-renew = ሊንክ ኣሐድሱ (እቲ ኣረጊት ኣይሰርሕን)
calendar-feed-revoke = ሊንክ ሰርዙ
calendar-name = ርክባት ብጻይ
calendar-event-summary = ምስ { $name } ናይ ብጻይ ርክብ
reminder-subject = ምስ { $other } እትራኸቡሉ ግዜ ኣኺሉ ድዩ?
reminder-body = ሰላም { $name }፣

    ጽምድኹም ምስ { $other } ን{ $days } መዓልታት ዝኾነ ርክብ ኣይመዝገበን። እንተተራኺብኩም፣ ነቲ ርክብ መዝግብዎ፤ እንተዘይኮይኑ፣ ዝቕጽል መድቡ:

    { $link }

    ገለ ጸገም እንተሎ፣ ንኣወሃሃዲኹም ንገሩ።
session-log-planned = ተኻይዱ: መዝግብዎ
programme-pairs = ጽምዲታት
enrol-buddies = ብጾት
enrol-staff = ኣካውንት ዘለዎም ሞያውያንን ወለንተኛታትን
course-cohorts = ጉጅለታት
cohort-enrolled = ተመዝጊቦም
cohort-completed = ወዲኦም
cohort-modules = ዝተወድኡ ግድን ክፍልታት
cohort-progress = { $done } ካብ { $total }
module-files = ፋይላት
module-files-none = ገና ፋይል የለን።
module-file-upload = ፋይል ኣተሓሕዙ
module-file-hint = PDF፣ ስእሊ PNG ወይ JPEG፣ ወይ ቀሊል ጽሑፍ፤ እንተበዝሐ { $size } MB። ተማሃሮ የውርድዎ።
module-file-submit = ስቐሉ
module-texts = ትርጉማት
module-texts-intro = እቲ ኣርእስትን ጽሑፍን ብኻልኦት ቋንቋታት። ተማሃሮ ብቋንቋኦም የንብቡ፣ ትርጉም እንተዘየሎ ድማ ብቋንቋ ናይቲ ኮርስ።
module-text-language = ቋንቋ
module-text-save = ትርጉም ዓቕቡ
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = ዝስቀል ፋይል ምረጹ።
file-unreadable = እቲ ፋይል ክንበብ ኣይከኣለን። እንደገና ፈትኑ።
file-too-large = እቲ ፋይል ኣዝዩ ዓቢ እዩ: እንተበዝሐ { $size } MB።
file-type-refused = እዚ ዓይነት ፋይል ኣይቕበልን። PDF፣ ስእሊ PNG ወይ JPEG፣ ወይ ቀሊል ጽሑፍ ስደዱ።
learn-files = ዝወርዱ ፋይላት
cohort-name = ጉጅለ
module-file-delete = ኣወግዱ

## Access and portability: the export of a person's data, the access log
export-link = ኩሉ ሓበሬታኡ ኣውጽኡ
export-mine-link = ኩሉ ሓበሬታይ ኣውርዱ
export-json-link = ከም ፋይል (JSON) ኣውርዱ
export-title-of = ብዛዕባ { $name } ዘሎ ሓበሬታ
export-title-mine = ኩሉ ሓበሬታይ
export-generated = ብ{ $date } ዝተዳለወ። ብወረቐት ንምዕቃብ ነዚ ገጽ ሕተምዎ።
export-staff-note = እዚ ሰነድ ብ{ $language }፣ ብቋንቋ ናይቲ ሰብ ይርአ ኣሎ፣ ንዕኡ ክትህብዎ ምእንቲ።
export-account = ኣካውንት
export-name = ስም
export-email = ኢመይል
export-language = ቋንቋ
export-roles = ግደታት
export-programme = ፕሮግራም
export-profile = ፕሮፋይልን ምዝገባን
export-answers = መልስታት መሕተት
export-training = ስልጠና
export-enrolled-on = ብ{ $date } ተመዝጊቡ
export-completed-on = ብ{ $date } ተወዲኡ
export-pairs = ጽምዲታትን ርክባት ብጾትን
export-pair-with = ምስ { $name } ({ $role })
export-started-on = ዝጀመረሉ
export-agreement-written = ተጻሒፉ፣ ገና ተቐባልነት ኣይረኸበን
export-decline-reason = ምኽንያት ምንጻግ
access-link = ነዚ መዝገብ መን ረኣዩ
erase-link = ሓበሬታ ናይዚ ሰብ ደምስሱ
erase-title = ሓበሬታ ናይ { $name } ደምስሱ
erase-warning = ምድምሳስ ክምለስ ኣይክእልን። እቲ ሰብ ቅዳሕ እንተደልዩ፣ መጀመርታ ሓበሬታ ኣውጽኡ።
erase-what-goes = እንታይ ክድምሰስ እዩ
erase-what-stays = እንታይ ይተርፍ
erase-item-record = መዝገብ ናይ { $name }: ስም፣ ርክብ፣ ቋንቋታት፣ መበቆል፣ ዓመተ ልደት፣ ግዜ ምህላው፣ ኣብ ምዝገባ ዝጸሓፎ
erase-item-notes = ምስጢራዊ መዘኻኸሪ (ጥዕና፣ ሕጋዊ ኩነታት)
erase-item-consents = { $count ->
    [one] ሓደ ፍቓድ
   *[other] { $count } ፍቓዳት
}
erase-item-reasons = { $count ->
    [one] ምኽንያት ናይ ሓደ ለውጢ ኩነታት
   *[other] ምኽንያታት ናይ { $count } ለውጥታት ኩነታት
}
erase-item-answers = { $count ->
    [one] መልስታት ናይ ሓደ መሕተት
   *[other] መልስታት ናይ { $count } መሕተታት
}
erase-item-goals = { $count ->
    [one] ኣርእስቲ ናይ ሓደ ዕላማ
   *[other] ኣርእስታት ናይ { $count } ዕላማታት
}
erase-item-pairs = { $count ->
    [one] መዘኻኸሪ፣ ምኽንያታት፣ ቦታ ርክብን ስምምዕን ናይ ሓደ ጽምዲ
   *[other] መዘኻኸሪ፣ ምኽንያታት፣ ቦታታት ርክብን ስምምዓትን ናይ { $count } ጽምዲታት
}
erase-item-sessions = { $count ->
    [one] ጽማቕን ቦታን ናይ ሓደ ርክብ ብጾት
   *[other] ጽማቕታትን ቦታታትን ናይ { $count } ርክባት ብጾት
}
erase-item-marks = { $count ->
    [one] ምኽንያት ናይ ሓደ ውሳነ ምጽማድ
   *[other] ምኽንያታት ናይ { $count } ውሳነታት ምጽማድ
}
erase-item-invitations = { $count ->
    [one] ሓደ ዕድመ
   *[other] { $count } ዕድመታት
}
erase-item-messages = { $count ->
    [one] ንዕኡ ዝተላእከ ወይ ስሙ ዝጠቐሰ ሓደ መልእኽቲ
   *[other] ንዕኡ ዝተላእኩ ወይ ስሙ ዝጠቐሱ { $count } መልእኽትታት
}
erase-item-account = ኣካውንቱ { $email }፣ ምስ መሕለፊ ቃሉ፣ ግዜያት ምእታዉን ብኽልተ ስጉምቲ ምእታዉን
erase-item-account-kept = ኣካውንቱ ይተርፍ፣ ምስዚ መዝገብ ዘለዎ ምትእስሳር ግን ይጠፍእ: ካልእ ግደ ወይ መዝገብ ኣለዎ።
erase-kept = ኣሃዛት ቁጽሮም ከይጠፍኦም ስም ዘይብሉ መዝገብ ይተርፍ: ብጻይ ወይ ሓድሽ መጻኢ፣ ፕሮግራም፣ ስጉምቲ፣ ኩነታትን ዕለታትን። እቲ ካልኣይ ኣባል ጽምዲ ናይ ባዕሉ ታሪኽ ብዘይ ስም ናይዚ ሰብ ይሕዝ። መዝገብ ምክትታል መስመራቱ ይሕዝ፣ ቁጽርታትን ኮዳትን ጥራይ ዝሓዙ።
erase-confirm = እዚ ሰብ ምድምሳስ ከም ዝሓተተ፣ ወይ ሓበሬታኡ ክዕቀብ ከም ዘየድሊ ኣረጋጊጸ ኣለኹ
erase-submit = ሕጂ ደምስሱ
erase-cancel = ሰርዙን ናብ መዝገብ ተመለሱን
erase-confirm-needed = ምድምሳስ ንምርግጋጽ ነቲ ሳጹን ምልክት ግበሩ።
erase-done-title = ሓበሬታ ተደምሲሱ
erase-done = ሓበሬታ ናይቲ ሰብ ተደምሲሱ። እቲ መዝገብ ድሕሪ ሕጂ ኣይኽፈትን።
erase-back = ናብ ፕሮግራም ተመለሱ
nav-retention = ምዕቃብ
retention-title = መዛግብቲ ክንደይ ግዜ ይዕቀቡ
retention-intro = ሓደ ሰብ ካብ ፕሮግራም ምስ ወጸ (ዝወድአ፣ ዝተነጸገ ወይ ዝወጸ) ክፉት ጽምዲ ድማ እንተዘይብሉ፣ ሓበሬታኡ ድሕሪ ናይ መወዳእታ ንጥፈት መዝገቡ ድሕሪ ገለ ኣዋርሕ ይድምሰስ። m4m ነዚ መዓልታዊ ይገብሮ፤ እዚ ገጽ ክትግምግምዎ ምእንቲ ኣብ ዝመጽእ 30 መዓልቲ ዝበጽሕ ይዝርዝር።
retention-period-default = ዝተዓጽዉ መዛግብቲ ድሕሪ ናይ መወዳእታ ንጥፈቶም { $months ->
    [one] { $months } ወርሒ
   *[other] { $months } ኣዋርሕ
} ይድምሰሱ (ንቡር)።
retention-period = ዝተዓጽዉ መዛግብቲ ድሕሪ ናይ መወዳእታ ንጥፈቶም { $months ->
    [one] { $months } ወርሒ
   *[other] { $months } ኣዋርሕ
} ይድምሰሱ።
retention-months = ዝተዓጽዉ መዛግብቲ ዝዕቀቡሉ ኣዋርሕ
retention-save = ዓቕቡ
retention-saved = ግዜ ምዕቃብ ተዓቂቡ።
retention-due-title = ኣብ ዝመጽእ 30 መዓልቲ ዝበጽሑ
retention-none-due = ኣብ ዝመጽእ 30 መዓልቲ ዝበጽሕ የለን።
retention-col-name = ሰብ
retention-col-why = ስለምንታይ
retention-col-when = ዝድምሰሰሉ
retention-why = { $status }፣ ናይ መወዳእታ ንጥፈት ብ{ $date }
error-retention-months = ካብ 1 ክሳብ 120 ምሉእ ቁጽሪ ኣዋርሕ ሃቡ።
access-title = ሓበሬታ መን ረኣዩ
access-title-of = መዝገብ ናይ { $name } መን ረኣዩ
access-intro = ሓደ ሰብ ነዚ መዝገብ ኣብ ዘንበበሉ፣ ዝቐየረሉ ወይ ዘውጽኣሉ ነፍሲ ወከፍ ግዜ፣ እቲ ሓድሽ ቅድም።
access-empty = ገና ነዚ መዝገብ ዝረኣየ ሰብ የለን።
access-back = ናብ መዝገብ ተመለሱ
access-when = መዓስ
access-who = መን
access-what = እንታይ
access-system = m4m ባዕሉ
audit-other = ካልእ ተግባር ({ $code })
audit-participant-read = መዝገብ ኣንቢቡ
audit-participant-answers_read = መልስታት መሕተት ኣንቢቡ
audit-participant-access_log = መን ነቲ መዝገብ ከም ዝረኣየ ኣንቢቡ
audit-participant-export = ሓበሬታ ኣውጺኡ
audit-participant-register = ተመዝጊቡ
audit-participant-status = ኩነታት ቀይሩ
audit-participant-keep_apart = ካብ ክድገም ዝኽእል መዝገብ ፈሊዩ ሒዙ
audit-participant-merge = ዝተደገመ መዝገብ ናብዚ መዝገብ ሓዊሱ
audit-programme-export = ዝርዝር ፕሮግራም ምስዚ መዝገብ ኣውጺኡ
audit-programme-export_xlsx = ዝርዝር ፕሮግራም ምስዚ መዝገብ ኣውጺኡ (Excel, .xlsx)
audit-response-complete = መሕተት ወዲኡ
audit-matching-mark = ንእጩ ጽምዲ ምልክት ገይሩ
audit-course-enrol = ኣብ ኮርስ ተመዝጊቡ
audit-module-progress = ምዕባለ ስልጠና መዝጊቡ
audit-pair-read = ጽምዲ ኣንቢቡ
audit-pair-propose = ጽምዲ ኣቕሪቡ
audit-pair-accepted = ጽምዲ ተቐቢሉ
audit-pair-declined = ጽምዲ ነጺጉ
audit-pair-start = ጽምዲ ጀሚሩ
audit-pair-first_meeting = ቀዳማይ ርክብ መዲቡ
audit-pair-first_meeting_held = ቀዳማይ ርክብ መዝጊቡ
audit-pair-agreement = ስምምዕ ጽሒፉ
audit-pair-agreement_signed = ስምምዕ ተቐቢሉ
audit-pair-reminder = መዘኻኸሪ ልኢኹ
audit-peer_session-planned = ርክብ መዲቡ
audit-peer_session-held = ርክብ መዝጊቡ
audit-peer_session-confirm = ርክብ ኣረጋጊጹ
audit-user-create = ኣካውንት ፈጢሩ
audit-user-activate = ኣካውንት ዳግማይ ኣንቂሑ
audit-user-deactivate = ኣካውንት ኣቋሪጹ
audit-user-export = ሓበሬታ ኣካውንት ኣውጺኡ
audit-invitation-accept = ዕድመ ተቐቢሉ
audit-login = ኣትዩ
audit-login-failed = ምእታው ኣይሰለጠን
audit-login-throttled = ድሕሪ ብዙሕ ዘይሰለጠ ፈተነታት ምእታው ተዓጊቱ
audit-logout = ወጺኡ
audit-calendar_feed-open = ሊንክ ካላንደር ከፊቱ
audit-calendar_feed-revoke = ሊንክ ካላንደር ሰሪዙ
audit-access-denied = ምእታው ተኸልኪሉ

# The pair's life (first meeting shown to both, refusals)
pair-first-meeting = ቀዳማይ ርክብኩም
pair-open = ገጽ ጽምድኹም ክፈቱ
pair-meeting-not-yet = ቀዳማይ ርክብ ገና ኣይተኻየደን: ዕለቱ ምስ በጽሐ መዝግብዎ።
pair-already-answered = እዚ ሓሳብ ቀደም መልሲ ረኺቡ እዩ።
pair-not-started = ርክባት ክምዝገቡ ዝኽእሉ እቲ ጽምዲ ምስ ጀመረ እዩ።
home-pending-first-meeting = ቀዳማይ ርክብ: { $meeting }
calendar-first-meeting-summary = ምስ { $name } ቀዳማይ ርክብ

# Concerns (step 8)
concern-severity = ክንደይ ከቢድ እዩ?
concern-severity-low = ትሑት: ክፍለጥ ዘለዎ
concern-severity-medium = ማእከላይ: ዘተ የድልዮ
concern-severity-high = ልዑል: ቀልጢፉ ስጉምቲ የድልዮ
concern-severity-urgent = ህጹጽ: ድሕንነት ሓደ ሰብ ኣብ ሓደጋ ኣሎ
concern-status-open = ክፉት
concern-status-acknowledged = ተፈሊጡ
concern-status-action_taken = ስጉምቲ ተወሲዱ
concern-status-closed = ተዓጽዩ
concern-error-move = ካብቶም ዝቐረቡ ዝቕጽሉ ስጉምትታት ሓደ ምረጹ።
concern-error-severity = ክንደይ ከቢድ ምዃኑ ምረጹ።
concern-new-title = ስክፍታ ኣልዕሉ
concern-about-my-pair = ጽምድኹም ምስ { $name }
concern-about-me = ባዕልኹም
concern-intro-about = ብዛዕባ: { $about }።
concern-intro-who = ኣወሃሃድቲ ትካልኩም ጥራይ እዮም ዘንብብዎ። ኣብዚ ክትከታተልዎ ትኽእሉ ኢኹም።
concern-intro-other = { $name } ኣይንገሮን እዩ።
concern-intro-urgent = ሕጂ ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ፣ መጀመርታ ናብ ቁጽሪ ህጹጽ ረድኤት (112) ደውሉ።
concern-summary = ብሒደት ቃላት
concern-text = እንታይ ኣጋጢሙ (ብድሌት)
concern-send = ናብ ኣወሃሃድቲ ስደዱ
concern-title = ስክፍታ
concern-sent = ስክፍታኹም ናብ ኣወሃሃድቲ ተላኢኹ።
concern-moved = እቲ ስክፍታ ተሓዲሱ።
concern-open-subject = ክፉት
concern-history = እንታይ ተገይሩ
concern-no-moves = ገና ብኣወሃሃዲ ኣይተነበን።
concern-next = ዝቕጽል ስጉምቲ
concern-move-legend = ናብዚ ኣሰጋግርዎ
concern-move-note = መዘኻኸሪ (እንታይ ከም ዝተገብረ፣ ንመዝገብ)
concern-move-submit = ዓቕቡ
concern-move-to-acknowledged = ተፈሊጡ: ኣንቢብናዮ ኣለና
concern-move-to-action_taken = ስጉምቲ ተወሲዱ
concern-move-to-closed = ተዓጽዩ
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = ብ{ $date } ብ{ $name } ዝተላዕለ
concern-raised-on = ብ{ $date } ዝተላዕለ
concern-mail-subject = ኣብ m4m ህጹጽ ስክፍታ
concern-mail-body = ኣብ ትካልኩም ህጹጽ ስክፍታ ተላዒሉ ኣሎ። ብዝቐልጠፈ ኣንብብዎን ከም ዝፈለጥኩምዎ ኣፍልጡን: { $link }
concerns-title = ስክፍታታት · { $programme }
concerns-intro = ኣብዚ ፕሮግራም ዝተላዕሉ ኩሎም ስክፍታታት፣ ክፉታት ቅድም፣ እቶም ዝያዳ ህጹጻት ኣብ ላዕሊ።
concerns-none = ኣብዚ ፕሮግራም ዝተላዕለ ስክፍታ የለን።
concerns-link = ስክፍታታት
home-concerns = ክከታተልዎም ዘለዉ ስክፍታታት
home-concerns-more = ኣብዚ እቶም { $count } ዝያዳ ህጹጻት ይርአዩ፤ ኩሎም ጸብጻባት ኣብ መዝገብ ፍጻመታት ናይ ፕሮግራሞም ኣለዉ፦
home-raise-concern = ዘሻቕለኩም ነገር ኣሎ ድዩ? ንኣወሃሃድቲ ንገሩ
home-your-concerns = ስክፍታታትኩም
pair-raise-concern = ብዛዕባ እዚ ጽምዲ ስክፍታ ኣልዕሉ
person-raise-concern = ብዛዕባ እዚ ሰብ ስክፍታ ኣልዕሉ
audit-concern-raise = ስክፍታ ኣልዒሉ
audit-concern-move = ስክፍታ ናብ ዝቕጽል ስጉምቲ ኣሰጋጊሩ
audit-concern-read = ስክፍታ ኣንቢቡ

# Supervision (step 8)
supervision-title = ቁጽጽር
supervision-new-title = ቁጽጽር መዝግቡ
supervision-intro = ምስ ሓደ ብጻይ ወይ ምስ ጉጅለ ዝግበር ኣኼባ: ብዛዕባ እንታይ ከም ዝተዘራረብኩም፣ መዘኻኸሪኹም፣ ነፍሲ ወከፍ ብድሕሪኡ እንታይ ከም ዝገብር። ብጾት ከም ዝተኻየደን ዝተዋህቦም ስጉምትታትን ይርእዩ፣ መዘኻኸሪኹም ግን ፈጺሞም ኣይርእዩን።
supervision-no-buddies = ገና ከም ተቖጻጻሪኡ ዝጠቐሰኩም ብጻይ የለን: ሓደ ኣወሃሃዲ ክምድቦም ሕተቱ፣ ወይ ካብ መዝገብ ናይቲ ብጻይ መዝግብዎ።
supervision-format = ኣገባብ
supervision-format-one_to_one = ሓደ ንሓደ
supervision-format-group = ጉጅለ
supervision-held-on = ዕለት
supervision-buddies = ዝተረኽቡ ብጾት
supervision-topics = ኣርእስታት
supervision-topic-boundaries = ደረታት ናይቲ ግደ
supervision-topic-wellbeing = ደሓንነት ናይቲ ብጻይ ባዕሉ
supervision-topic-cultural = ባህላዊ ፍልልያት
supervision-topic-practical = ግብራውን ምምሕዳራውን ሕቶታት
supervision-topic-difficult_situation = ከቢድ ኩነታት
supervision-topic-motivation = ድርኺትን ግዜን
supervision-topic-safeguarding = ሓለዋ ካብ ጉድኣት
supervision-topics-text = ካልኦት ኣርእስታት
supervision-notes = መዘኻኸሪ
supervision-notes-hint = ብተቖጻጸርቲ ብጾትን ኣወሃሃድትን ጥራይ ዝንበብ።
supervision-actions = ተኸታታሊ ስጉምትታት
supervision-action-text = ስጉምቲ
supervision-action-owner = መን
supervision-action-due = ክሳብ
supervision-owner-me = ኣነ
supervision-save = ቁጽጽር ዓቕቡ
supervision-saved = እቲ ቁጽጽር ተዓቂቡ።
supervision-when = { $date } · { $format }
supervision-recorded-by = ብ{ $name } ዝተመዝገበ
supervision-due = ክሳብ { $date }
supervision-done-on = ብ{ $date } ተፈጺሙ
supervision-your-actions = ስጉምትታትኩም
supervision-no-actions = ስጉምቲ የለን።
supervision-mark-done = ተፈጺሙ
supervision-add-action = ስጉምቲ ወስኹ
supervision-error-format = ሓደ ንሓደ ወይ ጉጅለ ምረጹ።
supervision-error-future = እቲ ዕለት ኣብ መጻኢ ክኸውን ኣይክእልን።
supervision-error-buddy = ካብቶም ዝተዘርዘሩ ብጾት ምረጹ።
supervision-error-no-buddy = እንተወሓደ ሓደ ብጻይ ምልክት ግበሩ።
supervision-error-one = ሓደ ንሓደ ዝግበር ቁጽጽር ልክዕ ሓደ ብጻይ ኣለዎ።
supervision-error-topic = ካብቶም ዝተዘርዘሩ ኣርእስታት ምረጹ።
supervision-error-owner = ስጉምቲ ናይ ሓደ ዝነበረ ብጻይ ወይ ናትኩም እዩ።
home-open-actions = { $count ->
    [0] ክፉት ስጉምቲ የለን
    [one] ሓደ ክፉት ስጉምቲ
   *[other] { $count } ክፉታት ስጉምትታት
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] ሓደ ብጻይ
   *[other] { $count } ብጾት
}
home-last-supervision = ናይ መወዳእታ ቁጽጽር
home-no-supervision-yet = ገና የለን
home-recorded-supervisions = ዝመዝገብኩምዎም ቁጽጽራት
home-my-supervision = ቁጽጽር
audit-supervision-record = ቁጽጽር መዝጊቡ
audit-supervision-action = ስጉምቲ ቁጽጽር ወሲኹ
audit-supervision-action_done = ስጉምቲ ቁጽጽር ከም ዝተፈጸመ ኣመልኪቱ
audit-supervision-read = ቁጽጽር ኣንቢቡ

# Needs you today (step 9)
attention-title = ሎሚ ዘድልየኩም
attention-intro = ኣብ ሓደጋ ዘሎ ነፍሲ ወከፍ ጽምዲ ምስ ምኽንያታቱ፣ ከምኡ’ውን ንሓደ ሰብ ዝጽበ: ነፍሲ ወከፍ ናብቲ ክግበር ዘለዎ ይወስድ።
attention-none = ሎሚ ዘድልየኩም ነገር የለን።
attention-at-risk = ኣብ ሓደጋ ዘለዉ ጽምዲታት
attention-waiting = ንሓደ ሰብ ዝጽበዩ
attention-see-all = ምሉእ ዝርዝር ርኣዩ
risk-urgent-concern = ህጹጽ ስክፍታ ክፉት እዩ
risk-open-concern = { $count ->
    [one] ሓደ ስክፍታ ክፉት እዩ
   *[other] { $count } ስክፍታታት ክፉታት እዮም
}
risk-no-session = ን{ $days } መዓልታት ርክብ የለን
risk-first-meeting-overdue = ቀዳማይ ርክብ ን{ $date } ተመዲቡ ነይሩ፣ ኣይተመዝገበን
risk-agreement-ends = እቲ ስምምዕ ብ{ $date } ይውዳእ
waiting-answer = ሓሳብ ገና መልሲ ኣይረኸበን
waiting-signature = ስምምዕ ገና ብኽልቲኦም ተቐባልነት ኣይረኸበን
waiting-confirmation = { $count ->
    [one] ሓደ ርክብ ልዕሊ ሰሙን ምርግጋጽ ይጽበ ኣሎ
   *[other] { $count } ርክባት ልዕሊ ሰሙን ምርግጋጽ ይጽበዩ ኣለዉ
}

# Goals of the pair (step 9)
goals-title = ዕላማታት ናይቲ ጽምዲ
goals-intro = እቶም ዝተሰማማዕኩምሎም ዕላማታት። ነፍሲ ወከፍ ሕጂ ኣበይ ከም ዘሎ፣ ምስቲ ዝተጸበኹምዎ ብምውድዳር ንገሩ: ነፍሲ ወከፍ መልሲ ይዕቀብ፣ ስለዚ ዝሓለፍኩምዎ መገዲ ክትርእዩ ትኽእሉ ኢኹም።
goals-none = ገና ዕላማ የለን: እቲ ጽምዲ ምስ ጀመረ ካብቲ ስምምዕ ይመጹ።
goals-history = ኣበይ ነይሩ
goals-when = ዕለት
goals-score = ኣበይ ኣሎ
goals-by = ብመን
goals-comment = ርእይቶ (ብድሌት)
goals-where = ሕጂ ኣበይ ኣሎ?
goals-save = ዓቕቡ
goals-saved = ተዓቂቡ። የቐንየልና።
goal-error-score = ኣብቲ መዐቀኒ ካብ −2 ክሳብ +2 ሓደ ነጥቢ ምረጹ።
gas-much-less = ካብቲ ዝተጸበናዮ ኣዝዩ ዝወሓደ
gas-less = ካብቲ ዝተጸበናዮ ዝወሓደ
gas-expected = ከምቲ ዝተጸበናዮ
gas-more = ካብቲ ዝተጸበናዮ ዝበዝሐ
gas-much-more = ካብቲ ዝተጸበናዮ ኣዝዩ ዝበዝሐ
audit-goal-progress = ሓደ ዕላማ ኣበይ ከም ዘሎ መዝጊቡ
home-goal-not-rated = ገና ኣይተገምገመን
home-goal-record = ኣበይ ከም ዘሎ ንገሩ

# Check-ins (step 9)
checkin-title = ከመይ ይኸይድ ኣሎ?
checkin-intro = ብዛዕባ ምስ { $name } ዘሕለፍኩምዎ ግዜ ሒደት ሕቶታት። ሓንቲ ደቒቕ ይወስድ፤ ጉጅለ ፕሮግራም ጥራይ እዩ መልስታትኩም ዘንብብ።
checkin-satisfaction = ብርክባትኩም ክንደይ ሕጉሳት ኢኹም?
checkin-satisfaction-1 = 1 · ፈጺመ ሕጉስ ኣይኮንኩን
checkin-satisfaction-2 = 2 · ብዙሕ ሕጉስ ኣይኮንኩን
checkin-satisfaction-3 = 3 · ማእከላይ
checkin-satisfaction-4 = 4 · ሕጉስ
checkin-satisfaction-5 = 5 · ኣዝየ ሕጉስ
checkin-satisfaction-short = ዕግበት
checkin-met = ኣብዚ ቀረባ ግዜ ክንደይ ግዜ ተራኺብኩም?
checkin-met-short = ርክብ
checkin-met-weekly = ኣብ ነፍሲ ወከፍ ሰሙን
checkin-met-fortnightly = ኣብ ነፍሲ ወከፍ ክልተ ሰሙን
checkin-met-monthly = ኣብ ወርሒ ሓንሳእ
checkin-met-less = ካብኡ ዝወሓደ
checkin-met-never = ፈጺምና ኣይተራኸብናን
checkin-helped = እንታይ ሓጊዙ? (ብድሌት)
checkin-difficult = እንታይ ከቢድ እዩ? (ብድሌት)
checkin-send = ስደዱ
checkin-thanks = የቐንየልና: እቲ ጉጅለ መልስታትኩም ረኺቡ ኣሎ።
checkin-nothing-due = ሕጂ ዝጽበ ሕቶ ኩነታት የለን። ድሕሪ ግዜ እንደገና ክንሓትት ኢና።
checkin-error-satisfaction = ካብ 1 ክሳብ 5 ምረጹ።
checkin-error-met = ክንደይ ግዜ ከም ዝተራኸብኩም ምረጹ።
home-pending-checkin = ምስ { $name } ከመይ ይኸይድ ኣሎ? (ሓንቲ ደቒቕ)
pair-checkins = ሕቶታት ኩነታት
risk-low-satisfaction = ዕግበት { $score } ካብ 5
risk-missed-checkin = ብ{ $date } ዝነበረ ሕቶ ኩነታት መልሲ ኣይረኸበን
audit-checkin-answer = ሕቶ ኩነታት መሊሱ
baseline-done-on = ርእሰ-ገምጋም ብ{ $date } ተፈጺሙ።

# Staff contacts (step 9)
contacts-title = ርክባት ሰራሕተኛታት
contacts-intro = ምስዚ ጽምዲ ዝገበርኩምዎም ጻውዒታት፣ በጽሖታትን መልእኽትታትን: ኣብ ቀዳማይ ወርሑ ክልተ ግዜ፣ ድሕሪኡ ኣብ ወርሒ ሓንሳእ።
contacts-kind = ብኸመይ
contacts-note = መዘኻኸሪ (ብድሌት)
contacts-save = ርክብ መዝግቡ
contact-kind-call = ጻውዒት
contact-kind-visit = በጽሖ
contact-kind-message = መልእኽቲ
contact-error-kind = ጻውዒት፣ በጽሖ ወይ መልእኽቲ ምረጹ።
waiting-contact = ርክብ ሰራሕተኛ ይጽበ ኣሎ
audit-pair-contact = ምስ ጽምዲ ዝተገብረ ርክብ መዝጊቡ
checkin-mail-subject = ምስ { $other } ከመይ ይኸይድ ኣሎ?
checkin-mail-body = ሰላም { $name }፣ ብዛዕባ ምስ { $other } ዝገበርኩምዎም ርክባት ሒደት ሕቶታት: ሓንቲ ደቒቕ፣ ካብ ተሌፎንኩም። ጉጅለ ፕሮግራም ጥራይ እዩ መልስታትኩም ዘንብብ። { $link }
attention-pager-risk = ኣብ ሓደጋ ዘለዉ ጽምዲታት { $first }–{ $last } ካብ { $total }
attention-pager-wait = ዝጽበዩ { $first }–{ $last } ካብ { $total }
pager-previous = ዝሓለፈ
pager-next = ዝቕጽል
moment-initial = ኣብ መጀመርታ
moment-midterm = ኣብ ፍርቂ
moment-final = ኣብ መወዳእታ
baseline-change-title = ካብ መጀመርታ ከመይ ተቐይሩ
baseline-change = ለውጢ
baseline-moments-chart-title = ኣብ ነፍሲ ወከፍ ርእሰ-ገምጋም ብመዳይ ዘሎ ርእሰ-ምርኮሳ፣ ካብ 1 (ብዙሕ ሓገዝ የድልዮ) ክሳብ 5 (ባዕሉ ይኽእል)
home-midterm-due = ፍርቂ መገዲ በጺሕኩም: ብተመሳሳሊ ሕቶታት ከምቲ ናይ መጀመርታ፣ ኣበይ ከም ዘለኹም እንደገና ክትርእዩ ግዜ ኣኺሉ።
home-start-midterm = ናይ ፍርቂ ግዜ ርእሰ-ገምጋምኩም
programme-at-step = ኣብ ስጉምቲ { $n } ዘለዉ ሰባት · { $name }
programme-all-people = ኩሎም ኣብቲ ፕሮግራም ዘለዉ

# Closing a pair (step 10)
pair-status-completed = ተወዲኡ
pair-status-ended_early = ቀልጢፉ ተወዲኡ
pair-not-open = እዚ ጽምዲ ቀደም ተዓጽዩ እዩ።
close-title = ጽምዲ ዕጸዉ
close-intro = ጽምዲ ናይ { $buddy }ን { $newcomer }ን ምዕጻው: ስለምንታይ ከም ዝውዳእን ንነፍሲ ወከፎም ድሕሪኡ እንታይ ከም ዝመጽእን ንገሩ።
close-planned-end = ስምምዑ ክሳብ { $date } ይሰርሕ።
close-effect-sessions = { $count ->
    [0] ዝስረዝ ዝተመደበ ርክብ የለን።
    [one] እቲ ዝተመደበ ርክብ ይስረዝ።
   *[other] እቶም { $count } ዝተመደቡ ርክባት ይስረዙ።
}
close-effect-checkins = ሕቶታት ኩነታትን መዘኻኸሪታትን ይቋረጹ፤ ክልቲኦም ነቲ ናይ መወዳእታ መሕተት ክምልኡ ይሕተቱ።
close-reason = እቲ ጽምዲ ስለምንታይ ይውዳእ?
close-reason-planned_end = እቲ ዝተሰማምዕናሉ ግዜ ተወዲኡ
close-reason-goals_reached = ዕላማታት ቀልጢፎም ተበጺሖም
close-reason-moved_away = እቲ ሓድሽ መጻኢ ናብ ካልእ ቦታ ግዒዙ
close-reason-lost_contact = ርክብ ተቋሪጹ
close-reason-conflict = ኣብ መንጎ ክልቲኦም ግጭት
close-reason-safeguarding = ሓለዋ ካብ ጉድኣት
close-reason-other = ካልእ ምኽንያት
close-on = ዝተዓጽወሉ
close-meeting = ናይ መዕጸዊ ርክብ (ብድሌት)
close-meeting-hint = መዓልቲ ናይቲ ምስ ክልቲኦም ዝተገብረ ናይ መወዳእታ ርክብ፣ እንተነይሩ።
close-note = መዘኻኸሪ ንጉጅለ
close-rematch = { $name } እንደገና ክጻመድ ይኽእል ድዩ?
close-save = ጽምዲ ዕጸዉ
close-done = እቲ ጽምዲ ተዓጽዩ።
close-error-future = እዛ መዓልቲ ገና ኣይበጽሐትን።
close-error-before-start = እዚ ቅድሚ እቲ ጽምዲ ምጅማሩ እዩ።
close-error-note-other = እቲ ካልእ ምኽንያት እንታይ ምዃኑ ንገሩ።
error-choose-yes-no = እወ ወይ ኣይፋል ምረጹ።
error-close-pairs-first = መጀመርታ ጽምዲ ናይዚ ሰብ ዕጸዉ: ምዕጻዉ ስለምንታይ ከም ዝተወደአ ይገልጽ።
pair-closed-on = ብ{ $date } ተዓጽዩ: { $reason }
pair-closing-meeting-on = ብ{ $date } ናይ መዕጸዊ ርክብ
audit-pair-close = ጽምዲ ዓጽዩ
audit-pair-exit_answer = ናይ መወዳእታ መሕተት መሊሱ
exit-title = ናይ መወዳእታ መሕተት
exit-intro-buddy = ከም ብጻይ ናይ { $name } ዘሕለፍኩምዎ ግዜ ተወዲኡ። ኣርባዕተ ሕቶታት፣ ሓንቲ ደቒቕ: ጉጅለ ፕሮግራም ጥራይ እዩ መልስታትኩም ዘንብብ።
exit-intro-newcomer = ምስ ብጻይኩም { $name } ዘሕለፍኩምዎ ግዜ ተወዲኡ። ኣርባዕተ ሕቶታት፣ ሓንቲ ደቒቕ: ጉጅለ ፕሮግራም ጥራይ እዩ መልስታትኩም ዘንብብ።
exit-satisfaction = ብሓፈሻ ክንደይ ዕጉባት ኢኹም?
exit-recommend = ኣብ ናትኩም ኩነታት ንዘሎ ሰብ ብጻይ ክህልዎ ምኸርኩምዎ ዶ?
exit-recommend-short = ምመኸረ
exit-changed = ኣብ ምንታይ እዩ ገለ ነገር ንዓኹም ተቐይሩ?
exit-changed-short = እንታይ ተቐይሩ
exit-comment = ካልእ ክትነግሩና እትደልዩ (ብድሌት)
exit-send = ስደዱ
exit-thanks = የቐንየልና: መልስታትኩም ተዓቂቦም ኣለዉ።
exit-final-assessment = ሓደ ናይ መወዳእታ ስጉምቲ: ናይ መወዳእታ ርእሰ-ገምጋምኩም
home-pending-exit = ምስ { $name } ዘሕለፍኩምዎ ግዜ ተወዲኡ: ናይ መወዳእታ መሕተት (ሓንቲ ደቒቕ)
home-final-due = ጽምድኹም ተወዲኡ: ክንደይ ከም ዝሰጎምኩም ንምርኣይ፣ ነቶም ከምቲ ናይ መጀመርታ ሕቶታት ሓንሳእ እንደገና መልሱ።
home-start-final = ናይ መወዳእታ ርእሰ-ገምጋምኩም
become-buddy-title = ብጻይ ኩኑ
become-buddy-home = ቀዳሞት ኣዋርሕ ከመይ ከም ዝኾኑ ትፈልጡ ኢኹም። ከም ሓድሽ መጻኢ ዘሕለፍኩምዎ ግዜ ተወዲኡ: ሕጂ ንሓደ ሓድሽ ዝመጸ ሰብ ክትሕግዙ ትኽእሉ ኢኹም።
become-buddy-intro = ዝርዝርኩም ካብቲ ከም ሓድሽ መጻኢ ዝነበርኩምሉ ግዜ ቀደም ተመሊኡ ኣሎ: ተመልከትዎ፣ ብኸመይ ክትሕግዙ ከም እትኽእሉ ወስኹ፣ ፍቓድኩም ድማ እንደገና ሃቡ — እዚ ሓድሽ ግደ እዩ።
assess-done-midterm = መልስታትኩም ተዓቂቦም ኣለዉ። ኣብ ጎኒ እቶም ናይ መጀመርታ ኣለዉ፤ ኣብ መወዳእታ ሓንሳእ እንደገና ክትምልሱ ኢኹም።
assess-done-final = መልስታትኩም ተዓቂቦም ኣለዉ። ካብ መጀመርታ ክሳብ ሕጂ ክንደይ ከም ዝሰጎምኩም፣ መዳይ ብመዳይ፣ እንሆ።
person-pairs = ጽምዲታት
programme-edit-title = ፕሮግራም ቀይሩ
programme-edit-intro = ዕለታቱ፣ ኩነታቱን ዕላማታቱን፣ ከምኡ’ውን ዝካየዱ ጽምዲታቱ ብኸመይ ከም ዝከታተሉ: ጽምዲ መዓስ ኣብ ሓደጋ ከም ዝቑጸር፣ ሕቶታት ኩነታትን ናይ ፍርቂ ግዜ ርእሰ-ገምጋምን መዓስ ከም ዝበጽሑ።
programme-save = ዓቕቡ
programme-saved = እቲ ፕሮግራም ተዓቂቡ።
programme-field-risk-no-session = ጽምዲ ድሕሪ ክንድዚ መዓልታት ብዘይ ርክብ ኣብ ሓደጋ ይኸውን
programme-field-risk-ending = ስምምዕ ቅድሚ ምውዳኡ ክንድዚ መዓልታት ንጽምዲ ምልክት ግበሩ
programme-field-checkin-first = ቀዳማይ ሕቶ ኩነታት፣ ጽምዲ ምስ ጀመረ ድሕሪ ክንደይ መዓልታት
programme-field-checkin-every = ድሕሪኡ ኣብ ነፍሲ ወከፍ … መዓልታት ሕቶ ኩነታት
programme-field-midterm-weeks = ናይ ፍርቂ ግዜ ርእሰ-ገምጋም፣ ጽምዲ ምስ ጀመረ ድሕሪ ክንደይ ሰሙናት
error-days-invalid = ካብ 1 ክሳብ 365 ምሉእ ቁጽሪ መዓልታት ኣእትዉ (ሰሙናት: 1 ክሳብ 104)።
error-503-title = እቲ ሰርቨር ተጸሚዱ ኣሎ
error-busy = ኣብዚ እዋን ኣዝዮም ብዙሓት ሕቶታት ይጽበዩ ኣለዉ። ሒደት ካልኢታት ተጸበዩ እሞ እንደገና ፈትኑ: ዝተዓቀበ ወይ ዝጠፍአ የለን።
access-refused-someone = ፍቓድ ዘይብሉ ሰብ
admin-volunteers-title = ኣካውንታት ብጾትን ሓደስቲ መጻእትን
admin-volunteers-intro = ኣብ ነፍሲ ወከፍ ትካል ክንደይ ከም ዘለዉ: ኣስማቶም ንሰራሕተኛታት ትካሎም ጥራይ እዩ።
import-too-many-columns = እዚ ፋይል ልዕሊ { $columns } ዓምድታት ኣለዎ: ብዛዕባ ሰባት ዘለዉ ዓምድታት ጥራይ ሓዙ፣ ድሕሪኡ እንደገና ፈትኑ።
import-too-many-rows = እዚ ፋይል ልዕሊ { $rows } ሰባት ኣለዎ: ብዙሕ ክፋላት ገይርኩም ኣእትውዎ።

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = ብዘይ ፍርዲ ምስማዕ
competence-intercultural = ምስ ካልእ ባህሊ ምርድዳእ
competence-boundaries = ኣብ ግደ ብጻይ ምጽናሕ
competence-local_services = ናይ ከባቢ ኣገልግሎታት ምፍላጥ
competence-encouraging_autonomy = ርእሰ-ምርኮሳ ምትብባዕ
competence-reliability = ንኣዋርሕ እሙን ምዃን
baseline-competence = ክእለት
baseline-competences-chart-title = ኣብ መጀመርታ ብክእለት ዘሎ ርእሰ-ምትእምማን፣ ካብ 1 (ገና ርእሰ-ምትእምማን የብለይን) ክሳብ 5 (ኣዝዩ ርእሰ-ምትእምማን ኣለኒ)
baseline-competences-moments-chart-title = ኣብ ነፍሲ ወከፍ ርእሰ-ገምጋም ብክእለት ዘሎ ርእሰ-ምትእምማን፣ ካብ 1 (ገና ርእሰ-ምትእምማን የብለይን) ክሳብ 5 (ኣዝዩ ርእሰ-ምትእምማን ኣለኒ)
buddy-assessment-title = ርእሰ-ገምጋማት ናይ { $name }
buddy-assessment-intro = እቲ ብጻይ ኣብ መጀመርታ፣ ኣብ ፍርቂን ኣብ መወዳእታን ኣብ ነፍሲ ወከፍ ክእለት ክንደይ ርእሰ-ምትእምማን ከም ዝስምዖ፣ ብናይ ባዕሉ ቃላት ኣብ መዐቀኒ ካብ 1 ክሳብ 5።
buddy-assessment-competences = ክእለታት ከም ብጻይ
home-buddy-self-assessments = ርእሰ-ገምጋማት
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = ርክባት ብጾት ኣብ ሰሙን
weekly-sessions-chart-title = ኣብ ሰሙን ዝተኻየዱ ርክባት ብጾት፣ ኣብ ዝሓለፉ { $weeks } ሰሙናት
weekly-sessions-week-of = ሰሙን ናይ { $date }
weekly-sessions-total = ኣብዞም ሰሙናት { $count ->
    [one] 1 ርክብ ተኻይዱ
   *[other] { $count } ርክባት ተኻይዶም
}፣ ብድምር { $hours } ሰዓታት
weekly-sessions-week = ሰሙን ናይ
weekly-sessions-count = ዝተኻየዱ ርክባት
weekly-sessions-hours = ሰዓታት

# Step 10: the global evaluation.
evaluation-title = ገምጋም ፕሮግራማት
evaluation-link = ገምጋም: ኣሃዛት ንወሃብቲ ገንዘብ (ገጽ፣ CSV፣ ሕትመት)
evaluation-intro = Buddy System እንታይ ከም ዘሳኰዐ፣ ካብ ሓቅታት ጽምዲታትን መልስታት ኣባላቶምን። ፍቓዶም ንገምጋም ዝሰርሕ ዘሎ ሰባት ጥራይ እዮም ዝቑጸሩ፤ ኣብዚ ዝኾነ ስም ወይ ውልቃዊ መዝገብ ኣይርአን።
evaluation-suppression-note = ካብ 5 ዝወሓዱ ሰባት ወይ ጽምዲታት ዝሓዘ ኣሃዝ ፈጺሙ ኣይርአን: "ካብ 5 ዝወሓደ" ይብል።
evaluation-suppressed = ካብ 5 ዝወሓደ
evaluation-scope = ኣሃዛት ናይ
evaluation-scope-all = ኩሎም ትካላት
evaluation-scope-mine = ክርእዮ ዝፍቀደለይ ኩሉ
evaluation-from = ጽምዲታት ዝጀመሩ ካብ
evaluation-to = ጽምዲታት ዝጀመሩ ክሳብ
evaluation-cohort = ጉጅለ (ዓመት)
evaluation-cohort-hint = እቲ ጽምዲ ዝጀመረሉ ዓመት፣ ንኣብነት 2025።
evaluation-gender = ጾታ ሓድሽ መጻኢ
evaluation-age = ዕድመ ሓድሽ መጻኢ እቲ ጽምዲ ኣብ ዝጀመረሉ
evaluation-region = ዞባ መበቆል ሓድሽ መጻኢ
evaluation-any = ዝኾነ
evaluation-show = ኣሃዛት ኣርእዩ
evaluation-csv = ከም ሰንጠረዥ (CSV) ኣውርዱ
evaluation-xlsx = ከም workbook ኣውርዱ (Excel፣ .xlsx)
evaluation-age-under_25 = ትሕቲ 25
evaluation-age-25_34 = 25 ክሳብ 34
evaluation-age-35_49 = 35 ክሳብ 49
evaluation-age-50_plus = 50 ከምኡ’ውን ልዕሊኡ
evaluation-region-mena = ማእከላይ ምብራቕን ሰሜን ኣፍሪቃን
evaluation-region-sub_saharan_africa = ኣፍሪቃ ንታሕቲ ሰሃራ
evaluation-region-central_south_asia = ማእከላይን ደቡባዊ እስያን
evaluation-region-europe = ኤውሮጳ
evaluation-region-americas = ኣመሪካታት
evaluation-region-other = ካልእ ቦታ ወይ ዘይፍለጥ
evaluation-pairs-title = ጽምዲታት
evaluation-pairs-formed = ዝቖሙ ጽምዲታት
evaluation-pairs-active = ገና ዝቕጽሉ ዘለዉ
evaluation-pairs-completed = ዝተወድኡ
evaluation-pairs-ended-early = ቀልጢፎም ዝተወድኡ
evaluation-reasons-title = ቀልጢፎም ዝተወድኡ ጽምዲታት፣ ብምኽንያት
evaluation-reason = ምኽንያት
evaluation-pairs = ጽምዲታት
evaluation-figure = ኣሃዝ
evaluation-value = ዋጋ
evaluation-n-pairs = ካብ (ጽምዲታት)
evaluation-n-people = ካብ (ሰባት)
evaluation-outcomes-title = ምቕጻል፣ ርክባትን ዕላማታትን
evaluation-outcomes-note = ምቕጻል: ካብ ዝተዓጽዉ ጽምዲታት ዝተወድኡ። ምብጻሕ ዕላማ: ማእከላይ ናይ መወዳእታ ነጥቢ ነፍሲ ወከፍ ዕላማ፣ ካብ −2 (ካብቲ ዝተጸበናዮ ኣዝዩ ዝወሓደ) ክሳብ +2 (ኣዝዩ ዝበዝሐ)።
evaluation-retention = ምቕጻል
evaluation-sessions-held = ዝተኻየዱ ርክባት
evaluation-sessions-hours = ብሓባር ዝሓለፉ ሰዓታት
evaluation-goal-attainment = ምብጻሕ ዕላማ (−2 ክሳብ +2)
evaluation-areas-title = ለውጢ ብመዳይ ምጽንባር
evaluation-areas-note = ነቲ ቀዳማይን ናይ መወዳእታን ርእሰ-ገምጋም ዝመልኡ ሓደስቲ መጻእቲ፤ ነጥብታት ካብ 1 ክሳብ 5። እቲ ክፍተት 95 % ናይ ምትእምማን ክፍተት ናይ ማእከላይ ለውጢ እዩ፤ ዓቐን ጽልዋ Cohen's d_z እዩ።
evaluation-areas-chart = ማእከላይ ለውጢ ብመዳይ ምስ 95 % ናይ ምትእምማን ክፍተቱ
evaluation-areas-none = ገና ቀዳማይን ናይ መወዳእታን ርእሰ-ገምጋም ዘለዎ ሓድሽ መጻኢ የለን።
evaluation-baseline-mean = ኣብ መጀመርታ
evaluation-final-mean = ኣብ መወዳእታ
evaluation-mean-change = ለውጢ
evaluation-ci95 = 95 % ክፍተት
evaluation-effect-size = ዓቐን ጽልዋ
evaluation-interval = { $low } ክሳብ { $high }
evaluation-satisfaction-title = ዕግበት
evaluation-satisfaction-chart = ማእከላይ ዕግበት ካብ 1 ክሳብ 5፣ ካብ ሕቶታት ኩነታትን ካብ ናይ መወዳእታ መሕተትን
evaluation-newcomers = ሓደስቲ መጻእቲ
evaluation-buddies = ብጾት
evaluation-from-checkins = ሕቶታት ኩነታት
evaluation-from-exit = ናይ መወዳእታ መሕተት
evaluation-recommend = ብጻይ ምመኸሩ
evaluation-percent = { $value }%

# First run: how the first administrator is made
login-first-run = ገና ዝኾነ ኣካውንት የለን። ነቲ ቀዳማይ ኣመሓዳሪ ኣብቲ ሰርቨር ብዚ ፍጠሩ: m4m user create --email you@example.org --name "Your name" (መሕለፊ ቃል ይሓትት)፣ ድሕሪኡ ኣብዚ እተዉ።
# Account recovery: a forgotten password, changing one's password, deactivated accounts
login-forgot-link = መሕለፊ ቃልኩም ረሲዕኩምዎ ዶ?
login-deactivated = እዚ ኣካውንት ተቋሪጹ ኣሎ። ኣወሃሃዲኹም ዳግማይ ከንቕሖ ሕተቱ።
forgot-title = መሕለፊ ቃልኩም ረሲዕኩም
forgot-intro = ኣድራሻ ኢመይል ኣካውንትኩም ጽሓፉ። ሓደ ኣካውንት እንተተጠቒሙሉ፣ ሓድሽ መሕለፊ ቃል ንምምራጽ ሊንክ ንሰድድ፤ እቲ ሊንክ ሓንሳእ፣ ንሓደ ሰዓት ይሰርሕ።
forgot-submit = ሊንክ ስደዱ
forgot-sent = ሓደ ኣካውንት ነዚ ኣድራሻ እንተተጠቒሙሉ፣ ሓድሽ መሕለፊ ቃል ንምምራጽ ሊንክ ይለኣኽ ኣሎ። ኣብ ሳጹን መልእኽትታትኩም (ከምኡ’ውን ኣብ spam) ርኣዩ፤ እቲ ሊንክ ንሓደ ሰዓት ይሰርሕ።
forgot-throttled = ሓድሽ መሕለፊ ቃል ንምርካብ ኣዝዮም ብዙሓት ሕቶታት። ድሕሪ ሓደ ሰዓት እንደገና ፈትኑ፣ ወይ ኣወሃሃዲኹም ሕተቱ።
forgot-mail-subject = ንm4m ሓድሽ መሕለፊ ቃል ምረጹ
forgot-mail-body = ሰላም { $name }፣

    ሓደ ሰብ፣ ምናልባት ንስኹም፣ ንኣካውንት m4m ናትኩም ሓድሽ መሕለፊ ቃል ሓቲቱ።
    ብዚ ሊንክ ምረጽዎ (ንሓደ ሰዓት ይሰርሕ፣ ሓንሳእ ጥራይ):

    { $link }

    እንተዘይሓተትኩም፣ ነዚ መልእኽቲ ሸለል በልዎ: መሕለፊ ቃልኩም ከምቲ ዘሎ ይጸንሕ።
reset-title = ሓድሽ መሕለፊ ቃል ምረጹ
reset-intro = ሓድሽ መሕለፊ ቃል ምስ ተዓቀበ፣ ካልኦት ግዜያት ምእታውኩም ይውድኡ።
reset-password = ሓድሽ መሕለፊ ቃል (እንተወሓደ 8 ፊደላት)
reset-password-again = ተመሳሳሊ መሕለፊ ቃል እንደገና
reset-submit = ሓድሽ መሕለፊ ቃል ዓቕቡ
reset-gone = እዚ ሊንክ ግዜኡ ሓሊፉ ወይ ድማ ተጠቒሞምሉ እዩ። ኣብ ገጽ ምእታው ብ"መሕለፊ ቃልኩም ረሲዕኩምዎ ዶ?" ሓድሽ ሕተቱ።
reset-done = ሓድሽ መሕለፊ ቃልኩም ተዓቂቡ። ብኡ እተዉ።
nav-password = መሕለፊ ቃል
password-title = መሕለፊ ቃልኩም ቀይሩ
password-current = ናይ ሕጂ መሕለፊ ቃል
password-current-wrong = እዚ ናይ ሕጂ መሕለፊ ቃልኩም ኣይኮነን።
password-submit = መሕለፊ ቃል ቀይሩ
password-changed = መሕለፊ ቃልኩም ተቐይሩ። ካልኦት ግዜያት ምእታውኩም ተወዲኦም።
admin-user-access = ምእታው
admin-user-deactivate = ኣቋርጹ
admin-user-activate = ዳግማይ ኣንቕሑ
admin-user-deactivated = እቲ ኣካውንት ተቋሪጹ: ግዜያት ምእታዉ ተወዲኦም፣ ቶከናት API ድማ ተሰሪዞም። ሓበሬታኡ ይጸንሕ።
admin-user-activated = እቲ ኣካውንት እንደገና ንጡፍ እዩ: ወናኒኡ ብመሕለፊ ቃሉ ይኣቱ። ቶከናት API እንደገና ክስርሑ ኣለዎም።
admin-user-not-self = ናይ ባዕልኹም ኣካውንት ከተቋርጹ ኣይትኽእሉን።

# Outbox delivery: attempts, retries, given-up messages
admin-outbox-sent = { $when } ተላኢኹ።
admin-outbox-waiting = ክለኣኽ ይጽበ ኣሎ።
admin-outbox-retrying = ፈተነ { $attempts } ኣይሰለጠን: { $error }። ዝቕጽል ፈተነ { $when }።
admin-outbox-given-up = ድሕሪ { $attempts } ፈተነ(ታት) ተሓዲጉ: { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = ሰባት { $first }–{ $last } ካብ { $total }
programme-pairs-pager = ጽምዲታት { $first }–{ $last } ካብ { $total }
programme-people-total = { $count ->
    [one] ሓደ ሰብ
   *[other] { $count } ሰባት
}
programme-filter-everyone = ብጾትን ሓደስቲ መጻእትን
programme-filter-any-status = ዝኾነ ኩነታት
programme-filter-any-step = ዝኾነ ስጉምቲ
programme-filter-any-language = ዝኾነ ቋንቋ
programme-filter-language = ዝዛረቦ
programme-sort = ኣሰራርዓ
programme-sort-step = ብስጉምቲ
programme-sort-name = ብስም
programme-sort-newest = ሓደስቲ ቅድም
programme-search = ድለዩ
programme-search-hint = ስም፣ ኢመይል ወይ ተሌፎን
programme-search-button = ኣርእዩ
programme-people-none = ምስዚ ምድላይ ዝሰማማዕ ሰብ የለን።

# The API's pages of people
error-api-limit = limit ካብ 1 ክሳብ 1000 ምሉእ ቁጽሪ ክኸውን ኣለዎ።
error-api-cursor = cursor እቲ next_cursor ናይ ዝሓለፈ ገጽ ክኸውን ኣለዎ።
error-api-text = ነዚ ቦታ እዚ ከም ጽሑፍ (JSON string) ስደዶ፣ ከምቲ መግለጺ ናይቲ API ዝብሎ።
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = ስምኩም
assess-intro-buddy = ሎሚ ኣበይ ከም ዘለኹም ንምርኣይ ሒደት ሕቶታት። ቅኑዕ ወይ ጌጋ መልሲ የለን። እቲ ሓድሽ መጻኢኹም መልስታትኩም ኣይርእዮን።
error-language-choice = ቋንቋ ምረጹ።
import-host-level = ደረጃ ኣብ ቋንቋ ናይዛ ሃገር
import-other-languages = ካልኦት ቋንቋታት
home-pending-session = ምስ { $name } ብ{ $date } ዝነበረ ርክብ ኣረጋግጹ

# Spreadsheet imports: encodings, dates, formulas
import-cell-problem = ዓምዲ “{ $column }”: { $message }
import-cell-formula = እዚ ሴል ፎርሙላ ሒዙ ኣሎ (ብ =፣ @፣ + ወይ - ይጅምር)። ኣብ ክንድኡ ዋጋኡ ጽሓፉ።
import-cell-bom = እዚ ሴል ዘይርአ byte-order mark ሒዙ ኣሎ: ብዙሓት ፋይላት ናብ ሓደ ተጸንቢሮም። ኣወግድዎ፣ ወይ ነቲ ፋይል እንደገና ዓቕብዎ።
import-date-ambiguous = እዚ ዕለት ብኽልተ መገዲ ክንበብ ይኽእል። ከም ዓመት-ወርሒ-መዓልቲ (2026-04-03) ጽሓፍዎ።
import-workbook = እዚ ናይ ቀደም Excel workbook (.xls) እዩ። ክፈትዎ እሞ ከም .xlsx ወይ CSV ዓቕብዎ፣ ድሕሪኡ እንደገና ፈትኑ።
import-workbook-unreadable = እዚ ፋይል ከም Excel workbook (.xlsx) ክንበብ ኣይክእልን፡ ተበላሽዩ፣ ብፓስዎርድ ተሓልዩ ወይ ካልእ ዓይነት ፋይል (ከም .ods ናይ LibreOffice) ክኸውን ይኽእል። ክፈትዎ እሞ ከም .xlsx ወይ CSV ዓቕብዎ፣ ድሕሪኡ እንደገና ፈትኑ።
import-workbook-too-large = እዚ workbook ምስ ተፈትሐ ኣዝዩ ዓቢ እዩ። ናይ ሰባት ገጽ ጥራይ ሓዙ፣ ወይ ብብዙሕ ክፋላት ኣእትውዎ።
import-not-text = እዚ ፋይል ከም ጽሑፍ ዝተዓቀበ ሰንጠረዥ ኣይኮነን: ዝኾነ ዝቐረበ encoding ክንብቦ ዘይክእል bytes ሒዙ ኣሎ። ካብ ሰንጠረዥኹም ከም CSV ዓቕብዎ እሞ እንደገና ፈትኑ።
import-encoding = Encoding ናይቲ ፋይል
import-encoding-hint = ካብቲ ፋይል ተገሚቱ። ኣብ ታሕቲ ዘለዉ ኣስማት ፊደላት ጌጋ እንተመሲሎም፣ ካልእ encoding ምረጹ እሞ ቀጽሉ።
import-encoding-failed = እቲ ፋይል ብዝተመረጸ encoding ክንበብ ኣይክእልን: ከምቲ ቅድሚ ሕጂ ዝተነበ ተዓቂቡ ኣሎ።

## A programme's pairs, searched and paged
pairs-title = ጽምዲታት ናይ { $programme }
pairs-back = ናብ ፕሮግራም ተመለሱ
pairs-link = ኩሎም ጽምዲታት: ምድላይ፣ ዝተዓጽዉ ጽምዲታት
pairs-search-hint = ስም፣ ኢመይል ወይ ተሌፎን ናይቲ ሓድሽ መጻኢ ወይ ናይቲ ብጻይ
pairs-filter-any-status = ዝኾነ ኩነታት
pairs-filter-open = ክፉታት (ዘይተዓጽዉ ወይ ዘይተነጸጉ)
pairs-filter-closed = ዝተዓጽዉ
pairs-sort-oldest = ኣረጊት ቅድም
pairs-sort-newest = ሓደስቲ ቅድም
pairs-sort-newcomer = ብስም ሓድሽ መጻኢ
pairs-total = { $count ->
    [0] ጽምዲ የለን
    [one] ሓደ ጽምዲ
   *[other] { $count } ጽምዲታት
}
pairs-pager = ጽምዲታት { $first }–{ $last } ካብ { $total }
pairs-all = ኩሎም ጽምዲታት
pairs-none = ገና ጽምዲ የለን።
pairs-none-found = ምስዚ ምድላይ ዝሰማማዕ ጽምዲ የለን።
pairs-column-pair = ሓድሽ መጻኢ ↔ ብጻይ
pairs-column-status = ኩነታት
pairs-column-since = ካብ
pairs-column-sessions = ዝተኻየዱ ርክባት
pairs-sessions = { $count ->
    [0] ገና የለን
    [one] ሓደ
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] ሓደ፣ ብ{ $date }
   *[other] { $count }፣ እቲ ናይ መወዳእታ ብ{ $date }
}

## A programme's peer sessions, by period
sessions-title = ርክባት ብጾት ናይ { $programme }
sessions-link = ርክባት ብጾት: ብግዜ፣ ምስ ሰዓታቶም
sessions-any-status = ዝተመደቡን ዝተኻየዱን
sessions-planned = ዝተመደበ
sessions-held = ዝተኻየደ
sessions-held-confirmed = ዝተኻየደ፣ ዝተረጋገጸ
sessions-how = { $minutes }፣ { $mode }
sessions-total = { $count ->
    [0] ርክብ የለን
    [one] ሓደ ርክብ
   *[other] { $count } ርክባት
}፣ ብድምር { $hours ->
    [one] ሓደ ሰዓት
   *[other] { $hours } ሰዓታት
}
sessions-pager = ርክባት { $first }–{ $last } ካብ { $total }
sessions-from = ካብ
sessions-to = ክሳብ (ሓዊሱ)
sessions-recent = ዝሓለፉ 30 መዓልታትን ዝተመደበን
sessions-none = ኣብዚ ግዜ ዝሰማማዕ ርክብ የለን።
sessions-column-when = መዓስ
sessions-column-how = ብኸመይ

## ዝርዝር ኣካውንታት ሰራሕተኛታት፣ ንምምሕዳር
admin-users-search-hint = ስም ወይ ኢመይል
admin-users-any-role = ዝኾነ ተራ
admin-users-any-state = ንጡፋትን ዝተዓጸዉን
admin-users-active = ንጡፍ
admin-users-inactive = ተዓጽዩ
admin-users-total = { $count ->
    [0] ኣካውንት ሰራሕተኛ የለን
    [one] ሓደ ኣካውንት ሰራሕተኛ
   *[other] { $count } ኣካውንታት ሰራሕተኛታት
}
admin-users-pager = ኣካውንታት { $first }–{ $last } ካብ { $total }
admin-users-all = ኩሎም ኣካውንታት ሰራሕተኛታት
admin-users-none = ምስዚ ድሌት ዝሰማማዕ ኣካውንት የለን።

## Pairs and sessions as spreadsheets
pairs-export = ነዞም ጽምድታት ኣውርዱ (ሰንጠረዥ፣ CSV)
pairs-export-xlsx = ነዞም ጽምድታት ኣውርዱ (Excel፣ .xlsx)
sessions-export = ነዞም ርክባት ኣውርዱ (ሰንጠረዥ፣ CSV)
sessions-export-xlsx = ነዞም ርክባት ኣውርዱ (Excel፣ .xlsx)
export-pairs-column-pair = ጽምዲ
export-pairs-column-newcomer = ሓድሽ መጻኢ
export-pairs-column-buddy = ብጻይ
export-pairs-column-status = ኩነታት
export-pairs-column-proposed = ዝተሓተሉ ዕለት
export-pairs-column-started = ዝጀመሩ ዕለት
export-pairs-column-closed = ዝተዓጸዉ ዕለት
export-pairs-column-sessions = ዝተገብሩ ርክባት
export-pairs-column-hours = ዝተገብሩ ሰዓታት
export-pairs-column-last-session = ናይ መወዳእታ ርክብ
export-sessions-column-session = ርክብ
export-sessions-column-date = ዕለት
export-sessions-column-time = ሰዓት
export-sessions-column-pair = ጽምዲ
export-sessions-column-newcomer = ሓድሽ መጻኢ
export-sessions-column-buddy = ብጻይ
export-sessions-column-minutes = ደቓይቕ
export-sessions-column-hours = ሰዓታት
export-sessions-column-mode = ከመይ
export-sessions-column-status = ኩነታት
export-sessions-column-confirmed = ዝተረጋገጸ
export-progress-column-course = ትምህርቲ
export-progress-column-learner = ተማሃራይ
export-progress-column-cohort = ጉጅለ
export-progress-column-enrolled = ዝተመዝገበሉ ዕለት
export-progress-column-done = ዝተወድኡ ግዴታዊ ሞጁላት
export-progress-column-total = ግዴታዊ ሞጁላት
export-progress-column-completed = ዝተዛዘመሉ ዕለት
export-figures-column-figure = መመዘኒ
export-figures-column-key = ብዛዕባ
export-figures-column-n = ካብ
export-figures-column-value = ዋጋ
export-figures-column-suppressed = ዝተሓብአ (ንእሽቶ ጉጅለ)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = ስም፣ ርክብ፣ ኢመይል ወይ ተሌፎን
stakeholders-any-kind = ዝኾነ ዓይነት
stakeholders-total = { $count ->
    [0] ዝምልከቶ ኣካል የለን
    [one] ሓደ ዝምልከቶ ኣካል
   *[other] { $count } ዝምልከቶም ኣካላት
}
stakeholders-pager = ኣካላት { $first }–{ $last } ካብ { $total }
stakeholders-all = ኩሎም ኣካላት
stakeholders-none-found = ምስዚ ድሌት ዝሰማማዕ ኣካል የለን።
