# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — پښتو (Pashto). Translated from en.ftl, the reference.

## د هرې پاڼې چوکاټ
app-name = m4m
app-tagline = Buddy System: نوي راغلي او رضاکار ملګري، اوږه په اوږه
skip-to-content = منځپانګې ته ورشئ
table-scroll = جدول: د ټول لوستلو لپاره یې څنګ ته وښویوئ
nav-home = کور پاڼه
nav-organisations = سازمانونه
nav-users = حسابونه
nav-outbox = لېږل شوي پیغامونه
nav-invite = یو څوک راوبلئ
nav-login = ننوتل
nav-logout = وتل
language-switcher = ژبه
language-choose = دا ژبه وټاکئ
signed-in-as = د { $name } په نوم ننوتي یاست
footer-text = m4m له سازمانونو سره مرسته کوي چې د نویو راغلو لپاره د ملګرو لارښوونه پرمخ یوسي. ستاسو معلومات له ستاسو سازمان سره پاتې کېږي.

## لس ګامونه
step-1 = اړوند لوري خبرول
step-2 = ګمارنه او نوم لیکنه
step-3 = لومړنۍ ځان ارزونه
step-4 = د جوړو مخکینی انتخاب
step-5 = روزنه
step-6 = جوړه کول او لومړۍ لیدنه
step-7 = د ملګرو ناستې
step-8 = څارنه
step-9 = د پرمختګ څارنه
step-10 = وروستۍ ارزونه
step-number = ګام { $number }

## رولونه
role-administrator = مدیر
role-coordinator = همغږی کوونکی
role-supervisor = څارونکی
role-trainer = روزونکی
role-mentor = ملګری
role-mentee = نوی راغلی
role-evaluator = ارزونکی

## لومړۍ پاڼه
landing-title = د نویو راغلو لپاره د ملګرو لارښوونه
landing-intro = په Buddy System کې، یو رضاکار ملګری — ډېری وخت هغه څوک چې څو کاله مخکې راغلی — له یو نوي راغلي سره مرسته کوي چې په خپلو پښو ودرېږي: ښار کې تګ راتګ، عامه خدمتونه موندل، د ژبې تمرین، د کار یا کور لټول. ټولنیز کارکوونکي دوی سره یو ځای کوي او ملاتړ یې کوي.
landing-staff = کارکوونکي، ملګري او هغه نوي راغلي چې حساب لري، دلته ننوځي.

## ننوتل
login-title = ننوتل
login-email = برېښنالیک پته
login-password = پټنوم
login-submit = ننوتل
login-failed = برېښنالیک پته یا پټنوم سم نه دی. دواړه وګورئ او بیا هڅه وکړئ.
login-throttled = ډېرې هڅې وشوې. 15 دقیقې انتظار وکړئ، بیا هڅه وکړئ.
login-expired = ستاسو ناسته پای ته ورسېده. مهرباني وکړئ بیا ننوځئ.
logged-out = تاسو ووتلئ.
two-factor-title = دوه ګامیز ننوتل
two-factor-intro = په دوه ګامیز ننوتلو سره، یوازې ستاسو پټنوم حساب نه خلاصوي: ستاسو په تلیفون کې یو اپلیکېشن هر 30 ثانیې یو نوی شپږ عددي کوډ درکوي، چې m4m یې له پټنوم وروسته غواړي.
two-factor-step-app = په خپل تلیفون کې د تصدیق یو اپلیکېشن نصب کړئ (د بېلګې په توګه FreeOTP، Aegis، Google Authenticator یا Microsoft Authenticator).
two-factor-step-scan = په اپلیکېشن کې یو حساب زیات کړئ او دا کوډ سکن کړئ:
two-factor-step-type = یا دا کیلي ولیکئ:
two-factor-step-code = هغه شپږ عددي کوډ ولیکئ چې اپلیکېشن یې ښيي، څو وګورو چې کار کوي.
two-factor-code-app = د اپلیکېشن کوډ
two-factor-confirm = دوه ګامیز ننوتل فعال کړئ
two-factor-required = ستاسو رول تاسو ته د ډېرو خلکو معلوماتو ته لاسرسی درکوي: مخکې له دې چې دوام ورکړئ، باید دوه ګامیز ننوتل جوړ کړئ.
two-factor-on = دوه ګامیز ننوتل فعال دي: له پټنوم وروسته، m4m ستاسو د اپلیکېشن کوډ غواړي.
two-factor-codes-left = { $count ->
    [one] { $count } د بیا رغونې کوډ پاتې دی.
   *[other] { $count } د بیا رغونې کوډونه پاتې دي.
}
two-factor-new-codes = د بیا رغونې نوي کوډونه
two-factor-new-codes-intro = زاړه کوډونه نور کار نه کوي. د نویو کوډونو لپاره د خپل اپلیکېشن یو کوډ ولیکئ.
two-factor-codes-title = دا د بیا رغونې کوډونه وساتئ
two-factor-codes-intro = هر کوډ تاسو ته اجازه درکوي چې که مو تلیفون ورک شي، یو ځل ننوځئ. چاپ یې کړئ یا یې ولیکئ او په خوندي ځای کې یې وساتئ: دا یوازې اوس ښودل کېږي.
two-factor-login-title = ستاسو د تلیفون کوډ
two-factor-login-intro = د تصدیق اپلیکېشن خلاص کړئ او هغه شپږ عددي کوډ ولیکئ چې د m4m لپاره یې ښيي.
two-factor-login-recovery = تلیفون مو ورک شوی؟ پر ځای یې د بیا رغونې یو کوډ ولیکئ.
two-factor-code = کوډ
two-factor-verify = ننوتل
two-factor-wrong-code = دا کوډ سم نه دی، یا مخکې کارول شوی. هغه کوډ ولیکئ چې اپلیکېشن یې اوس ښيي.
two-factor-log-in-again = ډېر غلط کوډونه. بیا له خپل پټنوم سره ننوځئ.
nav-two-factor = دوه ګامیز ننوتل
tokens-title = API ټوکنونه
tokens-intro = ټوکن ستاسو د سازمان یوې وسیلې ته اجازه ورکوي چې د m4m د JSON API څخه ستاسو په نوم او ستاسو په حقونو کار واخلي. هرې وسیلې ته خپل ټوکن ورکړئ، او کله چې وسیلې ته اړتیا نه وي، لغوه یې کړئ.
tokens-shown-once = ستاسو نوی ټوکن. اوس یې کاپي کړئ: یوازې همدا یو ځل ښودل کېږي.
tokens-name = نوم (ټوکن د څه لپاره دی)
tokens-create = ټوکن جوړ کړئ
tokens-created = جوړ شو
tokens-last-used = وروستی ځل کارول شوی
tokens-never-used = هېڅکله
tokens-revoked = لغوه شوی
tokens-revoke = لغوه کول
tokens-openapi = د API تشریح (OpenAPI)
nav-tokens = API ټوکنونه
error-api-json = د غوښتنې متن باید JSON وي، لکه څنګه چې د API په تشریح کې راغلي.

## کور پاڼې
home-title = کور پاڼه
home-welcome = ښه راغلاست، { $name }
home-no-role = ستاسو حساب تر اوسه رول نه لري. له خپل همغږي کوونکي وغواړئ چې یو رول درکړي.
home-programmes = ستاسو پروګرامونه
home-no-programmes = تر اوسه هېڅ پروګرام نشته.
home-new-programme = پروګرام جوړ کړئ
home-people-per-step = په هر ګام کې خلک
home-people-total = { $count ->
    [0] تر اوسه هېڅوک نشته
    [one] یو کس
   *[other] { $count } کسان
}
home-mentors-of-target = ملګري: { $count } له { $target } څخه
home-mentees-of-target = نوي راغلي: { $count } له { $target } څخه
home-open-programme = پروګرام خلاص کړئ
home-your-newcomers = ستاسو نوي راغلي
home-no-newcomers = تاسو تر اوسه له یو نوي راغلي سره جوړه شوي نه یاست. کله چې جوړه وړاندیز شي، ستاسو همغږی کوونکی به تاسو ته ووايي.
home-your-buddy = ستاسو ملګری
home-no-buddy = تاسو تر اوسه ملګری نه لرئ. ستاسو همغږی کوونکی ستاسو سره یو ملګری لټوي.
home-next-sessions = راتلونکې ناستې
home-no-sessions = هېڅ ناسته پلان شوې نه ده.
home-next-session = راتلونکې ناسته: { $when }
home-your-goals = ستاسو موخې
home-no-goals = تر اوسه هېڅ موخه نشته. تاسو به یې له خپل ملګري سره وټاکئ.
home-goal-progress = { $progress } % بشپړ شوی
home-speaks = ژبې: { $languages }
home-area = سیمه: { $area }
home-supervised = هغه ملګري چې تاسو یې څارئ
home-no-supervised = تر اوسه تاسو ته هېڅ ملګری نه دی سپارل شوی.
home-supervised-pairs = ستاسو د ملګرو جوړې
home-last-session = وروستۍ ناسته: { $when }
home-no-session-yet = تر اوسه هېڅ ناسته ثبت شوې نه ده
home-active-pairs = { $count ->
    [0] هېڅ فعاله جوړه نشته
    [one] یوه فعاله جوړه
   *[other] { $count } فعالې جوړې
}
home-training = په روزنه کې ملګري
home-in-training = { $count ->
    [0] هېڅوک په روزنه کې نشته
    [one] یو ملګری په روزنه کې
   *[other] { $count } ملګري په روزنه کې
}
home-organisations = سازمانونه
home-accounts = { $count ->
    [one] یو حساب
   *[other] { $count } حسابونه
}
home-figures = د ټولو سازمانونو شمېرې
home-figures-note = یوازې شمېرې: نه نومونه، نه شخصي معلومات.

session-mode-in_person = مخامخ
session-mode-online = آنلاین
session-mode-phone = په تلیفون
session-at = { $when }، { $mode }
session-at-place = { $when }، { $mode }، { $place }

## پروګرامونه
programme-title = پروګرام
programme-status = حالت
programme-status-draft = مسوده
programme-status-recruiting = د ګمارنې په حال کې
programme-status-running = روان دی
programme-status-closed = تړل شوی
programme-dates = له { $start } څخه تر { $end } پورې
programme-languages = ژبې
programme-organisation = سازمان
programme-participants = په دې پروګرام کې خلک
programme-no-participants = تر اوسه هېچا نوم نه دی لیکلی.
programme-kind = رول
programme-name = نوم
programme-origin = اصلي هېواد
programme-native = لومړۍ ژبه
programme-area = سیمه
programme-step = ګام
programme-new-title = نوی پروګرام
programme-field-name = د پروګرام نوم
programme-field-description = تشریح
programme-field-name-in = نوم په { $language }
programme-field-description-in = تشریح په { $language }
programme-field-languages = ویل کېدونکې ژبې (کوډونه، په کامه جلا: fr, ar, prs)
programme-field-starts = لومړۍ ورځ
programme-field-ends = وروستۍ ورځ
programme-field-target-mentors = د ګمارلو ملګرو شمېر
programme-field-target-mentees = د ملګرتیا لپاره د نویو راغلو شمېر
programme-field-organisation = سازمان
programme-create = پروګرام جوړ کړئ
programme-created = پروګرام جوړ شو.

## بلنې
invite-title = یو څوک راوبلئ
invite-intro = دغه کس یو لینک ترلاسه کوي چې 7 ورځې اعتبار لري، څو خپل پټنوم وټاکي. یو کس کولای شي څو رولونه ولري.
invite-email = د هغه یا هغې برېښنالیک پته
invite-name = د هغه یا هغې نوم
invite-role = رول
invite-organisation = سازمان
invite-submit = بلنه ولېږئ
invite-sent = بلنه { $email } ته په لاره ده.
invite-link-once = تاسو کولای شئ دا لینک پخپله هم ورکړئ (د بېلګې په توګه په SMS). یوازې یو ځل ښودل کېږي:
invite-mail-subject = m4m ته ستاسو بلنه
invite-mail-body = سلام { $name }،

    { $inviter } تاسو بلي چې m4m کې د { $role } په توګه ګډون وکړئ.
    له دې لینک سره خپل پټنوم وټاکئ (7 ورځې اعتبار لري، یو ځل کارېږي):

    { $link }
accept-title = m4m ته ښه راغلاست
accept-intro = تاسو د { $role } په توګه بلل شوي یاست. د پیل لپاره خپل پټنوم وټاکئ.
accept-organisation = سازمان: { $organisation }
accept-password = پټنوم وټاکئ (لږ تر لږه 8 توري)
accept-password-again = همغه پټنوم بیا
accept-submit = خوندي کړئ او دوام ورکړئ
accept-gone = د دې بلنې لینک پای ته رسېدلی یا مخکې کارول شوی. له هغه چا چې تاسو یې بللي یاست، نوی لینک وغواړئ.

## اداره
admin-organisations-title = سازمانونه
admin-organisation-name = نوم
admin-organisation-country = هېواد (دوه توري: FR, GR)
admin-organisation-languages = ژبې (کوډونه، په کامه جلا)
admin-organisation-time-zone = د وخت سیمه (لکه Europe/Paris؛ خالي: د هېواد خپله)
admin-time-zone-save = بدلول
admin-organisation-programmes = پروګرامونه
admin-organisation-members = حسابونه
admin-organisation-create = سازمان زیات کړئ
admin-organisation-created = سازمان زیات شو.
admin-users-title = حسابونه
admin-user-name = نوم
admin-user-email = برېښنالیک
admin-user-roles = رولونه
admin-user-inactive = غیر فعال
admin-outbox-title = لېږل شوي پیغامونه
admin-outbox-intro = د برېښنالیک سرور پرته، پیغامونه دلته انتظار کوي. د لېږلو لپاره SMTP تنظیم کړئ.
admin-outbox-empty = هېڅ پیغام نشته.
admin-outbox-to = چا ته
admin-outbox-subject = موضوع
admin-outbox-date = نېټه
nav-inventory = د معلوماتو لړلیک
admin-inventory-title = د معلوماتو لړلیک
admin-inventory-intro = د ډیټابېس هر ستون: آیا شخصي معلومات لري، کوم ډول، د کومې پروسس لپاره او څومره وخت ساتل کېږي. دا د خپلو پروسس ریکارډونو (GDPR ماده 30) او د اغېزې ارزونې لپاره وکاروئ.
admin-inventory-summary = له { $count } ستونونو څخه { $personal } شخصي معلومات لري.
admin-inventory-csv = د سپریډشیټ په توګه ښکته کړئ (CSV)
admin-inventory-table = جدول
admin-inventory-column = ستون
admin-inventory-category = د معلوماتو ډول
admin-inventory-purposes = موخې
admin-inventory-retention = ساتل کېږي
admin-inventory-legend = ډولونه او موخې څه معنا لري
inventory-not-personal = شخصي نه دي
inventory-category-identity = هویت
inventory-category-identity-help = نومونه، د زېږون کال، جنسیت.
inventory-category-contact = اړیکه
inventory-category-contact-help = برېښنالیک پتې، د تلیفون شمېرې، چېرته چې یو څوک اوسېږي یا لیدنه کوي.
inventory-category-special = ځانګړې کټګوري
inventory-category-special-help = حساس معلومات: اصل، اصلي ژبې، د مهاجرت حالت، اړتیاوې، هغه ځوابونه چې کېدای شي روغتیا یا دین پورې اړه ولري.
inventory-category-free_text = آزاد متن
inventory-category-free_text-help = هغه متن چې خلکو لیکلی: یادښتونه، دلیلونه، لنډیزونه. هر څه پکې کېدای شي، نو حساس یې وګڼئ.
inventory-category-profile = پروفایل
inventory-category-profile-help = ژبې، علاقې، د وخت شتون، رولونه، غوره توبونه.
inventory-category-activity = فعالیت
inventory-category-activity-help = څه پېښ شول او کله: نېټې، حالتونه، نمرې، پرېکړې.
inventory-category-pseudonymous = مستعار پېژندګلوي
inventory-category-pseudonymous-help = یوه شمېره یا کوډ چې یو کس ته اشاره کوي، پرته له دې چې نوم یې واخلي.
inventory-category-secret = پټ
inventory-category-secret-help = پټنومونه، ټوکنونه او دوهم فکتورونه، چې تر کومه ځایه ممکن وي یوازې د هش په توګه ساتل کېږي.
inventory-purpose-programme = د پروګرام پرمخ وړل
inventory-purpose-programme-help = نوم لیکنه، غربالول، جوړه کول، جوړې او د هغوی لیدنې.
inventory-purpose-training = روزنه
inventory-purpose-training-help = د ملګرو او کارکوونکو روزنه.
inventory-purpose-contact = اړیکه
inventory-purpose-contact-help = خلکو ته رسېدل: برېښنالیکونه، زنګونه، یادونې.
inventory-purpose-evaluation = ارزونه
inventory-purpose-evaluation-help = د ټولنې سره د یو ځای کېدو او د پروګرام د پایلو اندازه کول.
inventory-purpose-security = امنیت
inventory-purpose-security-help = ننوتل، د لاسرسي کنټرول، د ناوړه ګټې اخیستنې پر وړاندې ساتنه.
inventory-purpose-accountability = قانوني مکلفیت او ځواب ورکونه
inventory-purpose-accountability-help = د رضایت ثبوت او د دې ریکارډ چې چا څه وکړل.
inventory-retention-record = د کس له دوسیې سره، تر هغو چې پاک شي
inventory-retention-account = له حساب سره، تر هغو چې پاک شي
inventory-retention-session = تر وتلو پورې؛ تر ټولو ډېر 12 ساعته، 30 دقیقې بې کاره
inventory-retention-day = له 24 ساعتونو وروسته پاکېږي
inventory-retention-minutes = کله چې وکارول شي یا له پنځو دقیقو وروسته پاکېږي
inventory-retention-audit = د ځواب ورکونې لپاره ساتل کېږي (یوازې زیاتېږي؛ یوازې شمېرې او کوډونه)
inventory-retention-organisation = تر هغو چې سازمان خپل ریکارډونه ساتي
inventory-retention-outbox = د لېږلو په صندوق کې؛ په خپله نه پاکېږي
installation-wide = ټول نصب

figures-organisation = سازمان
figures-country = هېواد
figures-programmes = پروګرامونه
figures-mentors = ملګري
figures-mentees = نوي راغلي
figures-active-pairs = فعالې جوړې

## فورمې او تېروتنې
form-fix-errors = ځینې ساحې ستاسو پاملرنې ته اړتیا لري:
form-required-mark = اړین
error-required = دا ساحه اړینه ده.
error-too-long = دا ډېر اوږد دی.
error-control-characters = دا داسې توري لري چې اجازه یې نشته.
error-email-invalid = یوه برېښنالیک پته ولیکئ، لکه name@example.org.
error-email-taken = یو حساب مخکې دا برېښنالیک پته کاروي.
error-password-short = پټنوم لږ تر لږه 8 تورو ته اړتیا لري.
error-password-common = دا پټنوم له هغو عامو پټنومونو څخه دی چې برید کوونکي یې لومړی ازمويي. بل یو وټاکئ، د بېلګې په توګه څو کلمې چې درته یادې پاتې شي.
error-password-mismatch = دواړه پټنومونه یو شان نه دي.
error-country-invalid = د هېواد دوه توري کوډ ولیکئ، لکه FR یا GR.
error-language-code = د ژبو دوه یا درې توري کوډونه ولیکئ، په کامه جلا (fr, ar, prs).
error-date-invalid = نېټه د کال-میاشت-ورځ په بڼه ولیکئ، لکه 2026-09-01.
error-end-before-start = وروستۍ ورځ له لومړۍ ورځې مخکې نشي راتلای.
error-count-invalid = له 0 څخه تر 100,000 پورې یو بشپړ عدد ولیکئ.
error-choice-invalid = له وړاندې شویو انتخابونو څخه یو وټاکئ.

error-title = یو څه غلط شول
error-400-title = دا غوښتنه نشي کارول کېدای
error-400-text = په غوښتنه کې یو څه سم نه دي. بېرته لاړ شئ او هغه څه وګورئ چې مو ولیکل.
error-401-title = مهرباني وکړئ ننوځئ
error-401-text = د دې پاڼې د لیدلو لپاره باید ننوځئ.
error-403-title = اجازه نشته
error-403-text = تاسو اجازه نه لرئ چې دا وګورئ یا یې وکړئ. که فکر کوئ چې باید اجازه ولرئ، له خپل همغږي کوونکي وپوښتئ.
error-404-title = پاڼه ونه موندل شوه
error-404-text = دا پاڼه نشته، یا ستاسو د لیدلو لپاره نه ده.
error-405-title = دلته ممکن نه دی
error-405-text = دا پته په دې ډول نشي کارول کېدای.
error-410-title = نور شتون نه لري
error-413-title = ډېر زیات معلومات
error-413-text = هغه څه چې مو لېږلي ډېر لوی دي. په یو ځل لږ ولېږئ.
error-429-title = ډېرې هڅې
error-500-title = زموږ په اړخ کې یو څه غلط شول
error-500-text = ستونزه ثبت شوه. یو شېبه وروسته بیا هڅه وکړئ؛ که بیا هم وشي، خپل همغږي کوونکي ته ووایاست.
error-csrf = دا فورمه پای ته رسېدلې. بېرته لاړ شئ، پاڼه بیا راوړئ او بیا یې ولېږئ.
error-unknown-language = دا ژبه شتون نه لري: { $code }. له وړاندې شویو ژبو څخه یوه وټاکئ.
error-back-home = کور پاڼې ته بېرته

## ګام 1 — اړوند لوري او خلکو ته رسېدل
nav-stakeholders = اړوند لوري
nav-outreach = خلکو ته رسېدل
stakeholders-title = سیمه ییز اړوند لوري
stakeholders-intro = هغه سیمه ییز لوري چې له نویو راغلو او رضاکارانو سره مخ کېږي: ټولنیز خدمتونه، ټولنې، ښوونځي، کارګمارونکي. ثبت کړئ چې چا ته مو خبر ورکړ او څوک خلک پروګرام ته رالېږي.
stakeholders-empty = تر اوسه هېڅ اړوند لوری ثبت شوی نه دی.
stakeholder-name = نوم
stakeholder-kind = ډول
stakeholder-contact = د اړیکې کس
stakeholder-email = برېښنالیک
stakeholder-phone = تلیفون
stakeholder-languages = ژبې (کوډونه، په کامه جلا)
stakeholder-area = پوښل شوې سیمه
stakeholder-notes = یادښتونه
stakeholder-add = اړوند لوری زیات کړئ
stakeholder-added = اړوند لوری زیات شو.
stakeholder-save = بدلونونه خوندي کړئ
stakeholder-saved = بدلونونه خوندي شول.
stakeholder-edit = جزییات بدل کړئ
stakeholder-referred = راستول شوي: { $mentors ->
    [one] { $mentors } ملګری
   *[other] { $mentors } ملګري
}، { $mentees ->
    [one] { $mentees } نوی راغلی
   *[other] { $mentees } نوي راغلي
}
stakeholder-referrals-by-month = په هره میاشت کې راستونې
stakeholder-month = میاشت
stakeholder-kind-social_service = ټولنیز خدمت
stakeholder-kind-association = ټولنه
stakeholder-kind-local_administration = سیمه ییزه اداره
stakeholder-kind-employer = کارګمارونکی
stakeholder-kind-school = ښوونځی
stakeholder-kind-health_service = روغتیایي خدمت
stakeholder-kind-volunteer_group = د رضاکارانو ډله
stakeholder-kind-migrant_community = د کډوالو ټولنه
stakeholder-kind-other = بل
outreach-title = د خلکو ته رسېدو ثبت
outreach-intro = د معلوماتو ناستې چې جوړې شوې، هغه مواد چې ووېشل شول یا ولېږل شول، ترلاسه شوې راستونې.
outreach-empty = تر اوسه هېڅ نه دي ثبت شوي.
outreach-kind = څه
outreach-kind-information_session = د معلوماتو ناسته
outreach-kind-material = وېشل شوي یا لېږل شوي مواد
outreach-kind-referral = ترلاسه شوې راستونه
outreach-date = نېټه
outreach-stakeholder = اړوند لوری
outreach-no-stakeholder = — هېڅ —
outreach-place = ځای
outreach-audience = اورېدونکي
outreach-reached = هغه خلک چې ورته ورسېدو
outreach-materials = مواد او د هغوی ژبې (یا لینکونه)
outreach-notes = یادښتونه
outreach-add = ثبت یې کړئ
outreach-added = ثبت شو.

## د پروګرام عامه پاڼه
join-organisation = د { $organisation } ({ $country }) له خوا پرمخ وړل کېږي
join-how-title = دا څنګه کار کوي
join-how-text = یو نوی راغلی او یو رضاکار ملګری د شاوخوا شپږو میاشتو لپاره په منظم ډول سره ګوري، مخامخ یا آنلاین. دوی یو ځای د ځان بسیا کېدو په لور ګامونه اخلي: تګ راتګ، خدمتونه موندل، د ژبې تمرین، د کار یا کور لټول. ټولنیز کارکوونکي دوی سره یو ځای کوي او تل ورسره وي.
join-buddy-title = څوک ملګری کېدای شي
join-buddy-text = هر هغه څوک چې 18 کلن یا له هغه زیات وي، دلته اوسېږي، کولای شي د شپږو میاشتو لپاره په میاشت کې څو ساعته ورکړي، او غواړي هغه څه شریک کړي چې پرې پوهېږي. ډېری ملګري پخپله څو کاله مخکې دې هېواد ته راغلي. تاسو ته به روزنه او ملاتړ درکړل شي.
join-newcomer-title = یو نوی راغلی څه تمه کولای شي
join-newcomer-text = یو څوک چې ستاسو خبرې اوري، که ممکن وي ستاسو په ژبه خبرې کوي، او مرسته کوي چې خپله لاره پیدا کړئ. وړیا. هغه څه چې تاسو یې وایاست پټ پاتې کېږي.
join-contact-title = اړیکه
join-register-buddy = زه غواړم ملګری شم
join-register-newcomer = زه دلته نوی یم او ملګری غواړم
join-closed = دا پروګرام اوس نوم لیکنه نه مني.

## نوم لیکنه
register-title-mentor = ملګری شئ
register-title-mentee = ملګری ومومئ
register-intro-mentor = د ځان په اړه راته ووایاست. یو همغږی کوونکی به تاسو ته د مرکې لپاره زنګ ووهي.
register-intro-mentee = د ځان په اړه راته ووایاست. یو همغږی کوونکی به له تاسو سره اړیکه ونیسي.
register-staff-note = تاسو دا کس د هغه په استازیتوب نوم لیکئ. د رضایت خبرتیا هغه ته د هغه په ژبه ولولئ.
reg-about = ستاسو په اړه
reg-first-name = نوم
reg-last-name = تخلص
reg-phone = تلیفون
reg-email = برېښنالیک
reg-contact-hint = لږ تر لږه د تلیفون شمېره یا برېښنالیک پته ورکړئ.
reg-languages = ژبې
reg-native-language = لومړۍ ژبه
reg-other-languages = نورې ژبې چې خبرې پرې کوئ
reg-language = ژبه
reg-level = کچه
reg-choose = وټاکئ…
level-basic = څو کلمې
level-conversational = خبرې اترې کولای شم
level-fluent = روان
level-native = لومړۍ ژبه
reg-host-level = د دې هېواد په ژبه کې ستاسو کچه
reg-country = اصلي هېواد
reg-arrival = دې هېواد ته د راتګ نېټه
reg-area = ګاونډ، ښار یا پوستي کوډ
reg-availability = تاسو کله وزګار یاست؟
reg-availability-hint = هغه وختونه په نښه کړئ چې معمولاً درته مناسب وي.
day-1 = دوشنبه
day-2 = سه شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
part-morning = سهار
part-afternoon = له غرمې وروسته
part-evening = ماښام
reg-interests = علاقې
interest-sport = ورزش
interest-cooking = پخلی
interest-music = موسیقي
interest-reading = لوستل
interest-nature = طبیعت او ګرځېدل
interest-crafts = لاسي صنایع
interest-games = لوبې
interest-technology = ټکنالوژي
interest-arts = هنرونه
interest-family = کورنۍ او ماشومان
interest-faith = دین
interest-volunteering = رضاکاري کار
reg-needs = په کومو برخو کې مرسته غواړئ؟
reg-skills = په کومو برخو کې مرسته کولای شئ؟
area-language = ژبه
area-administration = اداري کارونه
area-housing = کور
area-employment = کار او زده کړه
area-health = روغتیا
area-education = د ماشومانو ښوونځی
area-transport = تګ راتګ
area-money = پیسې او بانک
area-digital = تلیفون او انټرنیټ
area-social = له خلکو سره لیدل کتل
area-wellbeing = ښه احساس او هوساینه
reg-experience = ستاسو تجربه (رضاکاري کار، دنده، ستاسو خپل راتګ)
reg-motivation = ولې غواړئ ملګری شئ؟
reg-gender = جنسیت
gender-woman = ښځه
gender-man = نارینه
gender-other = بل
gender-unsaid = نه غواړم ووایم
reg-gender-preference = آیا غواړئ ستاسو ملګری…
gender-pref-none = هېڅ توپیر نه کوي
gender-pref-woman = ښځه وي
gender-pref-man = نارینه وي
reg-birth-year = د زېږون کال
reg-heard-from = د پروګرام په اړه مو څنګه خبر شوئ؟
heard-stakeholder = له یو سازمان څخه
heard-friend = له یو ملګري یا کورنۍ څخه
heard-social_media = په ټولنیزو رسنیو کې
heard-poster = له یو پوستر یا پاڼې څخه
heard-event = په یوه غونډه کې
heard-other = بل
reg-referred-by = کوم سازمان؟
reg-consent-title = ستاسو رضایت
consent-notice = { $organisation } هغه څه ساتي چې تاسو یې دلته لیکئ، څو پروګرام پرمخ یوسي: تاسو ته ملګری (یا نوی راغلی) پیدا کړي، له تاسو سره اړیکه ونیسي او ستاسو جوړه تعقیب کړي. یوازې د پروګرام کارکوونکي یې ویني؛ ستاسو ملګری یوازې ستاسو نوم، ژبې او سیمه ویني. تاسو هر وخت کولای شئ خپل معلومات وګورئ، سم یې کړئ یا یې پاک کړئ، او لاندې هر رضایت هماغسې په اسانۍ بېرته واخلئ لکه څنګه چې مو ورکړی و.
consent-participation = زه موافق یم چې په پروګرام کې ګډون وکړم او زما معلومات د هغه لپاره وکارول شي (اړین).
consent-contact_sms = تاسو کولای شئ له ما سره په SMS اړیکه ونیسئ.
consent-contact_email = تاسو کولای شئ له ما سره په برېښنالیک اړیکه ونیسئ.
consent-contact_phone = تاسو کولای شئ ما ته زنګ ووهئ.
consent-share_partners = تاسو کولای شئ زما دوسیه د پروګرام له همکارو سازمانونو سره شریکه کړئ.
consent-evaluation = زما ځوابونه کېدای شي زما له نوم پرته د پروګرام د ارزونې لپاره وکارول شي.
reg-submit = ولېږئ
reg-thanks-title = مننه
reg-thanks-text = ستاسو نوم لیکنه ترلاسه شوه. یو همغږی کوونکی به ژر له تاسو سره اړیکه ونیسي.
register-too-many = له دې اتصال څخه ډېرې نوم لیکنې ولېږل شوې. یو ساعت وروسته بیا هڅه وکړئ.
error-phone-invalid = د 6 څخه تر 15 عددونو پورې د تلیفون شمېره ولیکئ، لکه +33 6 12 34 56 78.
error-contact-required = د تلیفون شمېره یا برېښنالیک پته ورکړئ.
error-date-future = دا نېټه په راتلونکي کې نشي کېدای.
error-year-invalid = د زېږون کال ولیکئ، لکه 1990.
error-buddy-too-young = ملګري باید لږ تر لږه 18 کلن وي.
error-consent-required = نوم لیکنې ته ستاسو د ګډون موافقه اړینه ده.
error-status-move = د حالت دا بدلون له اوسني حالت څخه ممکن نه دی.
error-reason-required = یو دلیل ورکړئ.
error-409-title = په دې منځ کې بدل شو
error-conflict = یو بل چا همدا ریکارډ په همدې وخت کې بدل کړ. پاڼه بیا راوړئ او بیا هڅه وکړئ.
error-422-title = مخکې نیول شوی
error-taken-email = یو حساب مخکې دا برېښنالیک پته کاروي.
error-taken-questionnaire-version = یو چا د دې پوښتنلیک نوې نسخه خوندي کړه په داسې حال کې چې تاسو یې بدلوله. هغه لاندې له ستاسو متن سره ښودل شوې: پرتله یې کړئ، بیا یې خوندي کړئ.

## د یو کس دوسیه
person-kind = رول
person-erased = پاک شوی کس
notes-title = محرم یادښتونه
notes-intro = روغتیایي یا قانوني حالت چې همغږي کوونکي یې باید وپوهېږي. یوازې د دې سازمان همغږي کوونکي دا یادښتونه ویني؛ ملګرو، څارونکو، روزونکو ته یا په هېڅ لړلیک کې نه ښودل کېږي، او د کس په خپل صادر شوي فایل کې شامل دي.
notes-label = یادښتونه (تر ټولو ډېر 4,000 توري)
notes-save = یادښتونه خوندي کړئ
notes-saved = محرم یادښتونه خوندي شول.
follow-up-title = څارنه او ظرفیت
follow-up-intro = څوک د دې ملګري څارنه کوي، او هغه په یو وخت کې څو نوي راغلي کسان ملګرتیا کوي. مخکینۍ جوړه کول یې تر هغه وړاندیز کوي چې روانې جوړې یې له دې شمېر لږې وي.
follow-up-supervisor = څارونکی
follow-up-nobody = تر اوسه هېڅوک
follow-up-capacity = په یو وخت کې نوي راغلي کسان
follow-up-save = خوندي کول
follow-up-saved = د ملګري څارونکی او ظرفیت خوندي شول.
error-supervisor-choice = له لیست څخه یو څارونکی وټاکئ.
error-capacity-range = له 1 څخه تر 5 پورې یو بشپړ عدد ورکړئ.
error-capacity-below-pairs = دا ملګری لا دمخه ډېرې روانې جوړې لري: لوړ شمېر وساتئ، یا لومړی یوه جوړه وتړئ.
error-follow-up-changed = د دې ملګري جوړې یا کارکوونکي په دې منځ کې بدل شوي: وګورئ او بیا یې خوندي کړئ.
person-status = حالت
person-step = ګام
person-contact = اړیکه
person-languages = ژبې
person-origin = اصلي هېواد
person-arrival = د راتګ نېټه
person-area = سیمه
person-availability = د وخت شتون
person-interests = علاقې
person-needs = په دې کې مرستې ته اړتیا لري
person-skills = په دې کې مرسته کولای شي
person-experience = تجربه
person-motivation = انګېزه
person-gender = جنسیت
person-gender-preference = داسې ملګری غواړي چې وي
person-birth-year = د زېږون کال
person-heard-from = د پروګرام په اړه یې اورېدلي
person-referred-by = راستوونکی
person-registration = نوم لیکنه
person-entered-by-staff = د کارکوونکو له خوا په { $date } نوم لیکل شوی، په { $language }
person-self-registered = پخپله یې په { $date } نوم لیکلی، په { $language }
person-consents = رضایتونه
consent-given = په { $date } ورکړل شوی، د خبرتیا نسخه { $version }، په { $language }
consent-recorded-by = د { $name } له خوا ثبت شوی
consent-withdrawn = په { $date } بېرته اخیستل شوی
consent-not-given = نه دی ورکړل شوی
consent-state-given = په { $date } ورکړل شوی
consent-withdraw = بېرته اخیستل
consent-give = رضایت ورکړئ
consents-title = ستاسو رضایتونه
consents-title-of = د { $name } رضایتونه
consents-saved = خوندي شو. همدا اوس اغېز کوي.
consents-intro = دلته تاسو ټاکئ چې پروګرام څنګه له تاسو سره اړیکه نیولای شي او ستاسو معلومات کارولای شي. هر بدلون سمدستي اغېز کوي، او تاسو کولای شئ هر وخت بیا خپل نظر بدل کړئ.
consents-intro-staff = د کس په غوښتنه یو رضایت بدل کړئ (مخامخ، په تلیفون یا په لیکلي ډول). بدلون ستاسو له نوم سره ثبتېږي او سمدستي اغېز کوي.
consents-participation = که غواړئ په پروګرام کې ګډون ودروئ، خپل همغږي کوونکي ته ووایاست: ستاسو دوسیه به وښيي چې تاسو پرېښی دی.
consents-change-link = د کس په غوښتنه یو رضایت بدل کړئ
consents-mine-link = ستاسو رضایتونه
person-do-not-contact = اړیکه مه نیسئ
no-contact_sms = SMS نه
no-contact_email = برېښنالیک نه
no-contact_phone = زنګ نه
person-screening = غربالول
person-move-to = نوی حالت
person-reason = دلیل (د ردولو یا وتلو لپاره اړین دی)
person-move-submit = حالت بدل کړئ
person-moved = حالت بدل شو.
person-no-moves = نور بدلون ممکن نه دی.
person-history = تاریخچه
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = د { $name } له خوا
status-applied = غوښتنه یې کړې
status-interview = مرکه
status-references_checked = سپارښتنې کتل شوې
status-accepted = منل شوی
status-declined = رد شوی
status-training = په روزنه کې
status-registered = نوم لیکل شوی
status-intake = د منلو مرکه
status-self_assessed = ځان ارزونه شوې
status-ready = جوړه کېدو ته چمتو
status-active = په جوړه کې
status-alumni = پخواني ګډونوال
status-withdrawn = وتلی

## د کارکوونکو لپاره د پروګرام وسیلې
programme-field-contact = هغه اړیکه چې په عامه پاڼه کې ښودل کېږي
programme-public-page = عامه پاڼه
programme-register-mentee = یو نوی راغلی نوم لیکنه کړئ
programme-register-mentor = یو ملګری نوم لیکنه کړئ
programme-duplicates = احتمالي تکرارونه
programme-export = لړلیک صادر کړئ (CSV)
programme-export-xlsx = لړلیک صادر کړئ (Excel، .xlsx)
export-column-id = شمېره
export-column-kind = ملګری یا نوی راغلی
export-column-status = حالت
export-column-step = ګام
export-column-first-name = نوم
export-column-last-name = تخلص
export-column-email = برېښنالیک
export-column-phone = تلیفون
export-column-native-language = لومړۍ ژبه
export-column-languages = ژبې
export-stakeholders-referred-buddies = معرفي شوي ملګري
export-stakeholders-referred-newcomers = معرفي شوي نوي راغلي
export-column-host-language-level = د کوربه هېواد په ژبه کې کچه
export-column-country-of-origin = اصلي هېواد
export-column-arrival-date = د راتګ نېټه
export-column-area = سیمه
export-column-availability = د وخت شتون
export-column-interests = علاقې
export-column-areas = د مرستې برخې
export-column-gender = جنسیت
export-column-gender-preference = د جوړې لپاره غوښتل شوی جنسیت
export-column-birth-year = د زېږون کال
export-column-heard-from = زموږ په اړه یې له دې ځایه اورېدلي
export-column-registered-at = د نوم لیکنې نېټه
programme-export-codes = د وسیلو لپاره د ستونونو کوډونه (CSV)
programme-import = یو لړلیک وارد کړئ (CSV)
programme-status-column = حالت

## تکرارونه
duplicates-title = احتمالي تکرارونه
duplicates-intro = کېدای شي دا دوسیې یو کس وي. په لومړۍ کې یې یو ځای کړئ، یا یې د بېلابېلو کسانو په توګه په نښه کړئ.
duplicates-none = هېڅ احتمالي تکرار نشته.
duplicates-reason-email = یو شان برېښنالیک
duplicates-reason-phone = یو شان تلیفون
duplicates-reason-name = یو شان نوم او د زېږون کال
duplicates-merge = په لومړۍ کې یې یو ځای کړئ
duplicates-keep = بېلابېل کسان
duplicates-merged = دوسیې یو ځای شوې.
duplicates-kept = د بېلابېلو کسانو په توګه په نښه شول.
duplicates-pager = احتمالي تکرارونه { $first }–{ $last } له { $total } څخه

## د CSV واردول
import-title = یو لړلیک وارد کړئ
import-intro = یو CSV فایل پورته کړئ چې له سپریډشیټ څخه خوندي شوی وي (UTF-8 یا Windows-1252، په کامه، سیمي کولن یا ټب جلا شوی، په هره کرښه کې یو کس، لومړی د سرلیک کرښه). تاسو به وټاکئ چې کوم ستون څه لري، هره کرښه به کتل شوې وګورئ، بیا به ټول یا هېڅ وارد کړئ. د Excel ورک بوک (.xlsx) همداسې لوستل کېږي: لومړۍ پاڼه یې، د نېټو او شمېرو سره.
import-file = CSV یا Excel (.xlsx) فایل
import-kind = دا خلک دي
import-next = دوام ورکړئ
import-mapping-title = کوم ستون څه لري؟
import-column-none = — په فایل کې نشته —
import-preview-title = د واردولو مخکې وګورئ
import-row = کرښه
import-row-ok = چمتو
import-row-skip = مخکې نوم لیکل شوی: پرېښودل شو
import-row-errors = سمون ته اړتیا لري
import-consent-confirm = زه تاییدوم چې له دې کسانو هر یو په پروګرام کې د ګډون موافقه کړې (رضایت په کاغذ یا په خوله اخیستل شوی).
import-commit = { $count ->
    [one] یو کس وارد کړئ
   *[other] { $count } کسان وارد کړئ
}
import-done = { $count ->
    [0] هېڅوک وارد نه شول
    [one] یو کس وارد شو
   *[other] { $count } کسان وارد شول
}، { $skipped } مخکې نوم لیکل شوي وو.
import-empty = په فایل کې د واردولو لپاره هېڅ کرښه نشته.
import-bad-csv = دا فایل د CSV په توګه نشي لوستل کېدای. له خپل سپریډشیټ څخه یې د "CSV UTF-8" په توګه خوندي کړئ او بیا هڅه وکړئ.
import-has-errors = ځینې کرښې باید د واردولو مخکې په فایل کې سمې شي. هېڅ شی وارد نه شو.
import-consent-required = تایید کړئ چې دې کسانو د ګډون موافقه کړې.
error-number-range = له { $min } څخه تر { $max } پورې یو بشپړ عدد ولیکئ.
error-scale-invalid = د پیمانې له ټکو څخه یو وټاکئ.

## ګام 3 — پوښتنلیکونه او لومړنۍ ځان ارزونه
nav-questionnaires = پوښتنلیکونه
q-kind-newcomer_self_assessment = د نوي راغلي ځان ارزونه
q-kind-buddy_self_assessment = د ملګري ځان ارزونه
q-kind-buddy_interview = له ملګري سره مرکه
q-kind-newcomer_intake = له نوي راغلي سره د منلو مرکه
q-done-on = په { $date } ډک شو
q-not-done = تر اوسه نه دی ډک شوی
q-fill = ډک یې کړئ
q-fill-with = له کس سره یې ډک کړئ
q-view = ځوابونه وګورئ
q-by-staff-note = تاسو دا له کس سره، یا د مرکې پر مهال د هغه لپاره ډکوئ. په همدې ډول به په نښه شي.
q-send = ځوابونه خوندي کړئ
q-saved = ځوابونه خوندي شول.
questionnaires-title = پوښتنلیکونه
questionnaires-intro = ستاسو د سازمان پوښتنلیکونه. هر بدلون نوې نسخه جوړوي؛ مخکې ورکړل شوي ځوابونه خپله هغه نسخه ساتي چې ځواب یې ورکړی.
q-version = نسخه { $version }
q-responses = { $count ->
    [0] تر اوسه هېڅ ځواب نشته
    [one] یو ځواب
   *[other] { $count } ځوابونه
}
q-edit = بدلول
q-edit-intro = لاندې تعریف اوسنۍ نسخه ده، د JSON په هغه بڼه چې په docs/QUESTIONNAIRES.md کې تشریح شوې. خوندي کول یې نوې نسخه جوړوي.
q-definition-json = تعریف (JSON)
q-save-version = د نوې نسخې په توګه خوندي کړئ
q-new-version-saved = نسخه { $version } خوندي شوه.
q-definition-invalid = دا تعریف نشي کارول کېدای: { $detail }
q-preview = څنګه لوستل کېږي
assess-title = ستاسو ځان ارزونه
assess-intro = څو پوښتنې، څو وګورو چې نن ورځ چېرته یاست. هېڅ سم یا غلط ځواب نشته. ستاسو ملګری ستاسو ځوابونه نه ویني.
assess-start = پیل
assess-continue = دوام ورکړئ
assess-question-of = پوښتنه { $n } له { $total } څخه
assess-next = بله
assess-back = شاته
assess-skip = دا پوښتنه پرېږدئ
assess-review-title = خپل ځوابونه وګورئ
assess-not-answered = ځواب نه دی ورکړل شوی
assess-change = بدلول
assess-send = زما ځوابونه ولېږئ
assess-missing = ځینې اړینې پوښتنې تر اوسه ځواب نه لري.
assess-done-title = مننه
assess-done-text = ستاسو ځوابونه خوندي شول. دوی ښيي چې له کوم ځایه پیلوئ؛ د پروګرام په پای کې به یې پرتله کړئ.
baseline-title = د پیل ټکی
baseline-chart-title = په هره برخه کې د پیل پر مهال ځان بسیا توب، له 1 (ډېرې مرستې ته اړتیا لري) تر 5 (یوازې یې کولای شي)
baseline-area = برخه
baseline-score = نمره
baseline-of-five = { $score } / { $max }
baseline-none = تر اوسه هېڅ ځان ارزونه نشته.
home-self-assessment = ستاسو ځان ارزونه
home-start-assessment = خپله ځان ارزونه پیل کړئ
home-continue-assessment = خپلې ځان ارزونې ته دوام ورکړئ
person-space = د هغه خپل ځای
person-has-account = دا کس حساب لري: خپل ملګری، ناستې او پوښتنلیکونه ویني.
person-invite-intro = دا کس راوبلئ چې په خپل تلیفون ننوځي: خپله ځان ارزونه به پخپله ډکه کړي او خپل ملګری او ناستې به وویني.
person-invite = بلنه ولېږئ
person-edit-link = معلومات سمول
person-edit-title = د { $name } معلومات سمول
person-edit-intro = هغه څه سم کړئ چې د نوم لیکنې پر مهال ثبت شوي. رضایتونه په خپله پاڼه کې بدلېږي.
person-edit-save = سمونونه خوندي کړئ
person-edit-saved = معلومات سم شول.
person-invite-needs-email = حساب برېښنالیک پتې ته اړتیا لري، او دا دوسیه یې نه لري.
stakeholders-export = لارښود صادر کړئ (CSV)
outreach-export = ثبت صادر کړئ (CSV)

## ګام 5 — روزنه
nav-training = روزنه
training-title = روزنه
training-intro = ستاسو د سازمان کورسونه: د ملګرو کورس او د مسلکي کسانو او رضاکارانو کورس. یو ملګری هغه وخت جوړه کېدو ته چمتو دی چې هر لازمي ماډیول یې بشپړ کړی وي.
training-empty = تر اوسه هېڅ کورس نشته.
course-title = سرلیک
course-audience = د چا لپاره
audience-buddies = ملګري
audience-professionals = مسلکي کسان او رضاکاران
course-description = تشریح
course-create = کورس جوړ کړئ
course-modules = ماډیولونه
course-learners = زده کوونکي
course-counts = { $modules ->
    [one] { $modules } ماډیول
   *[other] { $modules } ماډیولونه
} · { $enrolled } نوم لیکل شوي · { $completed } بشپړ شوي
course-no-modules = تر اوسه هېڅ ماډیول نشته.
course-no-learners = تر اوسه هېچا نوم نه دی لیکلی.
course-progress-xlsx = د زده کوونکو پرمختګ ښکته کړئ (Excel، .xlsx)
course-completed-on = په { $date } بشپړ شو
course-in-progress = روان دی: { $done } له { $total ->
    [one] { $total } لازمي ماډیول
   *[other] { $total } لازمي ماډیولونو
} څخه
module-add = ماډیول زیات کړئ
module-kind = د ماډیول ډول
module-kind-capsule = کپسول (متن، فایل یا ویډیو)
module-kind-quiz = ازموینه
module-kind-session = مخامخ ناسته
module-title = سرلیک
module-body = منځپانګه یا پروګرام
module-link = ویډیو یا فایل ته لینک (https://…)
module-minutes = د زده کړې وخت (دقیقې)
module-mandatory = د ملګرو لپاره لازمي
module-quiz = پوښتنې: د هرې پوښتنې لپاره یوه برخه، پوښتنه په لومړۍ کرښه، په هره کرښه یو انتخاب، سم انتخاب په * پیلېږي
module-pass-mark = د بریا نمره (%)
module-date = نېټه
module-time = وخت (HH:MM)
module-place = ځای
module-capacity = ځایونه
module-when = { $when }، { $place }
module-mandatory-mark = لازمي
module-hours = { $minutes } دقیقې
module-record = پرمختګ ثبت کړئ
module-record-intro = ثبت کړئ چې چا ماډیول تېر کړ، په ناسته کې حاضر و یا ازموینه یې بریالۍ کړه.
module-record-save = خوندي کړئ
module-recorded = پرمختګ خوندي شو.
module-too-many = له ځایونو څخه ډېر خلک حاضر وو. لړلیک وګورئ.
progress-not_started = نه دی پیل شوی
progress-done = بشپړ شو
progress-passed = بریالی ({ $score } %)
progress-failed = تر اوسه بریالی نه دی ({ $score } %)
progress-attended = حاضر
progress-absent = غیر حاضر
progress-score = د ازموینې نمره (%)
enrol-title = زده کوونکي نوم لیکنه کړئ
enrol-cohort = ډله (د بېلګې په توګه "Pilot France 2026")
enrol-submit = نوم لیکنه
enrol-none = د نوم لیکنې لپاره هېڅوک نشته: ملګري دلته هغه وخت ښکاري چې ومنل شي، د کارکوونکو حسابونه هغه وخت چې په سازمان کې رول ولري.
enrolled = { $count ->
    [0] هېڅوک نوم لیکل شوی نه دی
    [one] یو کس نوم لیکل شوی
   *[other] { $count } کسان نوم لیکل شوي
}
learn-title = ستاسو روزنه
learn-empty = تاسو تر اوسه په هېڅ کورس کې نوم نه دی لیکلی.
learn-open = خلاصول
learn-done-button = ما دا تېر کړ
learn-quiz-submit = زما ځوابونه وګورئ
learn-quiz-result = ستاسو نمره: { $score } %. د بریا نمره { $pass } % ده.
learn-session = ناسته په { $when } کې په { $place }
certificate = سند
certificate-title = د روزنې سند
certificate-text = دا تاییدوي چې { $name } د “{ $course }” کورس، { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعته
} زده کړه، په { $date } بشپړ کړ.
certificate-modules = بشپړ شوي ماډیولونه
certificate-print = دا پاڼه چاپ کړئ یا یې له خپل براوزر څخه د PDF په توګه خوندي کړئ.
error-quiz-format = هره پوښتنه په خپله کرښه ولیکئ، بیا یې انتخابونه په هره کرښه یو، یوازې یو یې په * پیل شي؛ د پوښتنو ترمنځ یوه خالي کرښه پرېږدئ.
error-link-invalid = یو لینک ولیکئ چې په https:// پیلېږي
error-time-invalid = وخت ولیکئ، لکه 14:30.
error-time-zone-invalid = د وخت سیمه ولیکئ، لکه Europe/Paris.
error-training-not-done = ملګری یوازې هغه وخت جوړه کېدو ته چمتو کېدای شي چې د روزنې هر لازمي ماډیول یې بشپړ کړی وي.
home-training-own = ستاسو روزنه
form-yes = هو
form-no = نه

## ګام 4 — د جوړو مخکینی انتخاب
match-title = د جوړو مخکینی انتخاب
match-intro = وړاندیز تر ټولو ډېر نوي راغلي جوړه کوي، بیا د تر ټولو ښې ټولټال نمرې سره. هر تشریح ولولئ، هغه جوړې قفل کړئ چې پرېکړه مو پرې کړې، هغه لرې کړئ چې باید ونه شي، او تایید کړئ: تر هغو چې تاسو یې تایید نه کړئ، هېڅ جوړه نه جوړېږي.
match-summary = له { $mentees ->
    [one] { $mentees } نوي راغلي
   *[other] { $mentees } نویو راغلو
} څخه { $matched } له { $mentors ->
    [one] { $mentors } ملګري
   *[other] { $mentors } ملګرو
} سره جوړه شوي چې جوړه کېدو ته چمتو دي.
match-none-ready = په دې پروګرام کې تر اوسه هېڅوک جوړه کېدو ته چمتو نه دی.
match-proposals = وړاندیز شوې جوړې
match-score = برابروالی: { $score } %
match-criterion = معیار
match-weight = وزن
match-subscore = نمره
match-why = ولې
match-confirm = دا جوړه تایید کړئ
match-lock = قفل کړئ
match-unlock = قفل خلاص کړئ
match-locked = قفل شوی
match-exclude = دا جوړه لرې کړئ
match-exclude-reason = د لرې کولو دلیل (شخړه، خپلوان، پخوانۍ جوړه…)
match-others = راتلونکي غوره ملګري
match-unmatched = پرته له ملګري پاتې شوي
match-blocked = ولې هر ملګری ممکن نه دی
match-excluded-title = لرې شوې جوړې
match-clear = بیا اجازه ورکړئ
match-weights-title = د معیارونو وزنونه (0 تر 10)
match-weights-save = خوندي کړئ او بیا یې وچلوئ
match-weights-unreadable = د دې پروګرام لپاره خوندي شوي وزنونه ونه لوستل شول: اصلي وزنونه لاندې ښودل شوي او د دې وړاندیز لپاره کارول کېږي.
match-weights-unreadable-fix = نوي وزنونه خوندي کړئ
match-manual-title = په لاس جوړه کول
match-manual-intro = له وړاندیز شوې جوړې پرته بله جوړه وټاکئ، او ووایاست ولې: دلیل ثبتېږي.
match-manual-mentee = نوی راغلی
match-manual-mentor = ملګری
match-manual-reason-label = دلیل
match-manual-submit = جوړه یې کړئ
match-manual = په لاس جوړه شوې
match-manual-reason = ووایاست چې ولې یې د وړاندیز خلاف جوړه کوئ.
match-weight-invalid = هر وزن له 0 څخه تر 10 پورې یوه شمېره ده، او لږ تر لږه یو یې له 0 څخه پورته وي.
match-done-confirmed = جوړه دواړو کسانو ته وړاندیز شوه.
match-done-marked = خوندي شو؛ وړاندیز بیا محاسبه کېږي.
match-done-weights = وزنونه خوندي شول؛ وړاندیز بیا محاسبه کېږي.
criterion-needs = اړتیاوې او مهارتونه
criterion-language = ګډې ژبې
criterion-host-language = د کوربه هېواد ژبه
criterion-goals = موخې
criterion-interests = علاقې
criterion-expectations = تمې
criterion-availability = د وخت شتون
criterion-place = ځای
criterion-age = عمر
criterion-gender = جنسیت
criterion-capacity = د ملګري ځای
match-gender-female = ښځه
match-gender-male = نارینه
match-gender-other = د بل جنسیت
match-shared-native-language = یو شان لومړۍ ژبه: { $language }
match-common-language = ګډه ژبه: { $language } (کچه { $level })
match-no-common-language = د { $level } یا لوړې کچې هېڅ ګډه ژبه نشته
match-communicates-beyond-host-language = له { $language } پرته هم خبرې کولای شي
match-host-language-level = په { $language } کې کچه: { $level }
match-needs-met = له { $needs ->
    [one] { $needs } اړتیا
   *[other] { $needs } اړتیاوو
} څخه په { $count } کې مرسته کولای شي: { $met }
match-needs-unknown = اړتیاوې نه دي معلومې
match-shared-goals = ګډې موخې: { $goals }
match-no-shared-goals = هېڅ ګډه موخه نشته
match-goals-unknown = موخې نه دي معلومې
match-shared-interests = ګډې علاقې: { $interests }
match-no-shared-interests = هېڅ ګډه علاقه نشته
match-interests-unknown = علاقې نه دي معلومې
match-shared-expectations = یو شان تمې: { $expectations }
match-no-shared-expectations = بېلابېلې تمې
match-expectations-unknown = تمې نه دي معلومې
match-availability-overlap = { $slots ->
    [one] په اونۍ کې یو ګډ وخت
   *[other] په اونۍ کې { $slots } ګډ وختونه
}
match-availability-unknown = د وخت شتون نه دی معلوم
match-distance-km = { $km } کیلومتره واټن
match-same-area = یوه سیمه: { $area }
match-different-area = بېلابېلې سیمې
match-place-unknown = ځای نه دی معلوم
match-age-gap = { $years ->
    [one] { $years } کال توپیر
   *[other] { $years } کاله توپیر
}
match-age-unknown = عمر نه دی معلوم
match-same-gender = یو شان جنسیت
match-different-gender = بېلابېل جنسیتونه
match-gender-unknown = جنسیت نه دی معلوم
match-mentor-room = له { $capacity ->
    [one] { $capacity } ځای څخه
   *[other] { $capacity } ځایونو څخه
} { $free } خالي
match-gender-preference-mentee = نوی راغلی غواړي چې ملګری یې { $preference } وي
match-gender-preference-mentor = ملګری غواړي چې نوی راغلی یې { $preference } وي
match-excluded-by-coordinator = د همغږي کوونکي له خوا لرې شوی
match-mentor-at-capacity = ملګري نور ځای نه لري ({ $capacity })
match-mentor-not-eligible = ملګری جوړه کېدو ته چمتو نه دی
match-no-possible-mentor = د دې نوي راغلي لپاره هېڅ ملګری ممکن نه دی.
match-mentors-taken = { $count ->
    [one] یوازینی ممکن ملګری د بل نوي راغلي لپاره نیول شوی.
   *[other] ټول { $count } ممکن ملګري د نورو نویو راغلو لپاره نیول شوي.
}

## ګام 6 — جوړه کول او لومړۍ لیدنه
pair-mail-subject = تاسو ته د ملګرو یوه جوړه وړاندیز شوې
pair-mail-body = سلام { $name }،

    پروګرام وړاندیز کوي چې تاسو له { $other } سره ووینئ. وګورئ چې دا څوک دی او دلته ځواب ورکړئ:

    { $link }
pair-proposal-title-mentor = تاسو ته یو نوی راغلی وړاندیز شوی
pair-proposal-title-mentee = تاسو ته یو ملګری وړاندیز شوی
pair-proposal-intro = آیا غواړئ له دې کس سره ووینئ؟ که نه، ووایاست ولې: همغږی کوونکی به بل څوک ولټوي.
pair-accept = هو، زه موافق یم
pair-decline = نه، مننه
pair-decline-reason = ولې نه؟ (د ردولو لپاره اړین دی)
pair-answer-accepted = تاسو ومنله. همغږی کوونکی به ستاسو لومړۍ لیدنه برابره کړي.
pair-answer-declined = تاسو دا وړاندیز رد کړ.
pair-answer-waiting = د ځواب په انتظار
pair-status-proposed = وړاندیز شوی، د ځوابونو په انتظار
pair-status-accepted = د دواړو له خوا منل شوی، لومړۍ لیدنه او تړون پاتې دي
pair-status-declined = رد شوی
pair-status-active = فعال
pair-step-meeting = لومړۍ لیدنه
pair-step-agreement = د ملګرتیا تړون
pair-step-signatures = تړون د دواړو له خوا منل شوی
pair-meeting-at = { $when }، { $place }
pair-meeting-save = نېټه خوندي کړئ
pair-meeting-held = لومړۍ لیدنه وشوه
pair-meeting-invalid = یوه نېټه (کال-میاشت-ورځ) او یو وخت ورکړئ، لکه 14:30.
pair-not-ready = دا تر اوسه نشي کېدای: لومړی باید دواړو وړاندیز منلی وي (او د لومړۍ لیدنې نېټه ټاکل شوې وي).
pair-saved = خوندي شو.
pair-agreement-title = د ملګرتیا تړون
pair-goals = موخې
pair-goals-text = موخې په خپلو خبرو کې
pair-rhythm = د لیدنو وار
rhythm-weekly = هره اونۍ
rhythm-fortnightly = هرې دوه اونۍ
rhythm-monthly = هره میاشت
pair-months-label = اټکل شوې موده (میاشتې)
pair-months = { $months ->
    [one] یوه میاشت
   *[other] { $months } میاشتې
}
pair-boundaries = پولې (هغه څه چې ملګری یې نه کوي)
pair-confidentiality = دواړو ته د محرمیت په اړه وویل شول: هغه څه چې ویل کېږي د دوی او د پروګرام د کارکوونکو ترمنځ پاتې کېږي، پرته له دې چې یو څوک له زیان څخه وساتل شي.
pair-confidentiality-short = محرمیت
pair-confidentiality-text = هغه څه چې ویل کېږي د جوړې او د پروګرام د کارکوونکو ترمنځ پاتې کېږي، پرته له دې چې یو څوک له زیان څخه وساتل شي.
pair-agreement-save = تړون خوندي کړئ
pair-paper-signed = د دواړو له خوا په کاغذ لاسلیک شوی
pair-agreement-accept = زه دا تړون منم
pair-agreement-signed = تاسو دا تړون ومانه.
pair-agreement-none = تړون تر اوسه نه دی لیکل شوی.
home-pending = ستاسو په انتظار
home-pending-proposal = یو وړاندیز چې ځواب ته اړتیا لري
home-pending-agreement = یو تړون چې باید ولوستل او ومنل شي
error-agreement-goals = لږ تر لږه یوه موخه وټاکئ، یا یوه ولیکئ.
error-months-invalid = له 1 څخه تر 24 پورې د میاشتو شمېر ولیکئ.
error-confidentiality-required = تایید کړئ چې دواړو ته د محرمیت په اړه ویل شوي.
match-in-setup = جوړې چې په لاره دي
pair-checklist-accepted = منل شوی
pair-checklist-declined = رد شوی
## ګام 7 — د ملګرو ناستې
nav-calendar = جنتري
pair-title-with = تاسو او { $name }
pair-title-staff = { $buddy } او { $newcomer }
pair-log-session = یوه ناسته ثبت کړئ
pair-plan-session = یوه ناسته پلان کړئ
pair-all-sessions = ټولې ناستې
pair-planned-sessions = پلان شوې ناستې
pair-held-sessions = شوې ناستې
pair-no-held-sessions = تر اوسه هېڅ ناسته ثبت شوې نه ده.
pair-calendar-link = خپلې ناستې د خپل تلیفون جنتري ته زیاتې کړئ
session-log-title = یوه ناسته ثبت کړئ
session-plan-title = یوه ناسته پلان کړئ
session-log-intro = هغه ناسته چې تاسو له { $name } سره درلوده. څو ثانیې وخت نیسي.
session-plan-intro = له { $name } سره ستاسو راتلونکې لیدنه. ستاسو په جنتري کې به ښکاره شي.
session-date = نېټه
session-time = وخت ({ $zone })
session-duration = موده په دقیقو
session-mode = څنګه مو سره ولیدل؟
session-mode-label-in_person = مخامخ
session-mode-label-online = آنلاین
session-mode-label-phone = په تلیفون
session-place = ځای (اختیاري)
session-topics = د څه په اړه وه؟
session-summary = څه مو وکړل؟ یوه جمله بسنه کوي.
session-summary-planned = څه کول غواړئ؟ (اختیاري)
session-rating = څنګه تېره شوه؟
session-rating-1 = 1 · بده
session-rating-2 = 2
session-rating-3 = 3 · سمه
session-rating-4 = 4
session-rating-5 = 5 · ډېره ښه
session-log-submit = ناسته خوندي کړئ
session-plan-submit = ناسته پلان کړئ
session-cancel = لغوه کول
session-saved = ناسته خوندي شوه.
session-removed = ناسته لرې شوه.
session-change-title = ناسته بدله کړئ
session-change-intro = له { $name } سره یوه ناسته: هغه څه سم کړئ چې سمون ته اړتیا لري.
session-change-submit = بدلونونه خوندي کړئ
session-call-off = دا ناسته لغوه کړئ
session-remove = دا ناسته لرې کړئ
session-change = بدلول یا لرې کول
session-minutes = { $count ->
    [one] یوه دقیقه
   *[other] { $count } دقیقې
}
session-rating-of = څنګه تېره شوه: { $rating } له 5 څخه
session-logged-by-you = ستاسو له خوا ثبت شوې
session-logged-by = د { $name } له خوا ثبت شوې
session-logged-by-staff = د پروګرام د ټیم له خوا ثبت شوې
session-confirmed = تایید شوې
session-confirmed-by-you = ستاسو له خوا تایید شوې
session-confirmed-by = د { $name } له خوا تایید شوې
session-confirm = دا ناسته تایید کړئ
error-session-future = شوې ناسته په راتلونکي کې نشي کېدای. د پلان کولو لپاره، “یوه ناسته پلان کړئ” وکاروئ.
error-session-past = پلان شوې ناسته په تېر وخت کې نشي کېدای. د هغې د ثبتولو لپاره چې شوې، “یوه ناسته ثبت کړئ” وکاروئ.
error-session-too-far = له نن ورځې څخه د یو کال دننه یوه نېټه وټاکئ.
error-duration-invalid = له 5 څخه تر 600 دقیقو پورې موده ولیکئ.
error-topics-required = لږ تر لږه یوه موضوع په نښه کړئ.
error-rating-required = ووایاست چې څنګه تېره شوه، له 1 څخه تر 5 پورې.
error-rating-invalid = له 1 څخه تر 5 پورې یوه شمېره وټاکئ.
error-rating-planned = پلان شوې ناسته تر اوسه نشي ارزول کېدای.
calendar-title = ستاسو جنتري
calendar-intro = ستاسو پلان شوې ناستې، ستاسو د تلیفون یا کمپیوټر د جنتري په اپلیکېشن کې.
calendar-download = جنتري ښکته کړئ (.ics)
calendar-feed = د جنتري شخصي لینک
calendar-feed-intro = په خپل د جنتري اپلیکېشن کې دا لینک ګډون کړئ: ستاسو پلان شوې ناستې ښکاري او تازه پاتې کېږي. هر څوک چې لینک ولري هغه ویني، نو یې له ځان سره وساتئ؛ که شریک شوی وي، نوی یې کړئ.
calendar-feed-new = ستاسو نوی شخصي لینک. خپل د جنتري اپلیکېشن ته یې کاپي کړئ:
calendar-feed-once = ستاسو د محرمیت لپاره یوازې اوس ښودل کېږي. که مو ورک کړ، نوی یې کړئ.
calendar-feed-since = یو شخصي لینک له { $when } راهیسې فعال دی.
calendar-feed-none = تاسو شخصي لینک نه لرئ.
calendar-feed-create = شخصي لینک جوړ کړئ
calendar-feed-renew = لینک نوی کړئ (زوړ به کار نه کوي)
calendar-feed-revoke = لینک لغوه کړئ
calendar-name = د ملګرو ناستې
calendar-event-summary = له { $name } سره د ملګرو ناسته
reminder-subject = له { $other } سره د لیدو وخت دی؟
reminder-body = سلام { $name }،

    له { $other } سره ستاسو جوړې د { $days } ورځو راهیسې هېڅ ناسته نه ده ثبت کړې. که مو سره لیدلي، ناسته ثبت کړئ؛ که نه، راتلونکې پلان کړئ:

    { $link }

    که کومه ستونزه وي، خپل همغږي کوونکي ته ووایاست.
session-log-planned = وشوه: ثبت یې کړئ
programme-pairs = جوړې
enrol-buddies = ملګري
enrol-staff = هغه مسلکي کسان او رضاکاران چې حساب لري
course-cohorts = ډلې
cohort-enrolled = نوم لیکل شوي
cohort-completed = بشپړ شوي
cohort-modules = بشپړ شوي لازمي ماډیولونه
cohort-progress = { $done } له { $total } څخه
module-files = فایلونه
module-files-none = تر اوسه هېڅ فایل نشته.
module-file-upload = فایل ضمیمه کړئ
module-file-hint = PDF، PNG یا JPEG انځور، یا ساده متن؛ تر ټولو ډېر { $size } MB. زده کوونکي یې ښکته کوي.
module-file-submit = پورته کول
module-texts = ژباړې
module-texts-intro = سرلیک او متن په نورو ژبو. زده کوونکي خپله ژبه لولي، یا د کورس ژبه کله چې ژباړه نه وي.
module-text-language = ژبه
module-text-save = ژباړه خوندي کړئ
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = د پورته کولو لپاره یو فایل وټاکئ.
file-unreadable = فایل ونه لوستل شو. بیا هڅه وکړئ.
file-too-large = فایل ډېر لوی دی: تر ټولو ډېر { $size } MB.
file-type-refused = دا ډول فایل نه منل کېږي. PDF، PNG یا JPEG انځور، یا ساده متن ولېږئ.
learn-files = د ښکته کولو فایلونه
cohort-name = ډله
module-file-delete = لرې کول

## لاسرسی او لېږد: د یو کس د معلوماتو صادرول، د لاسرسي ثبت
export-link = د هغه ټول معلومات صادر کړئ
export-mine-link = زما ټول معلومات ښکته کړئ
export-json-link = د فایل په توګه ښکته کړئ (JSON)
export-title-of = د { $name } په اړه ساتل شوي معلومات
export-title-mine = زما ټول معلومات
export-generated = په { $date } جوړ شو. دا پاڼه چاپ کړئ څو یې په کاغذ وساتئ.
export-staff-note = دا سند په { $language } ښودل کېږي، د کس په ژبه، څو تاسو یې هغه ته ورکړای شئ.
export-account = حساب
export-name = نوم
export-email = برېښنالیک
export-language = ژبه
export-roles = رولونه
export-programme = پروګرام
export-profile = پروفایل او نوم لیکنه
export-answers = د پوښتنلیک ځوابونه
export-training = روزنه
export-enrolled-on = په { $date } نوم لیکل شوی
export-completed-on = په { $date } بشپړ شوی
export-pairs = جوړې او د ملګرو ناستې
export-pair-with = له { $name } ({ $role }) سره
export-started-on = د پیل نېټه
export-agreement-written = لیکل شوی، تر اوسه نه دی منل شوی
export-decline-reason = د ردولو دلیل
access-link = چا دې دوسیې ته لاسرسی موندلی
erase-link = د دې کس معلومات پاک کړئ
erase-title = د { $name } معلومات پاک کړئ
erase-warning = پاکول بېرته نشي کېدای. که کس کاپي غواړي، لومړی معلومات صادر کړئ.
erase-what-goes = څه به پاک شي
erase-what-stays = څه پاتې کېږي
erase-item-record = د { $name } دوسیه: نوم، اړیکه، ژبې، اصل، د زېږون کال، د وخت شتون، هغه څه چې یې د نوم لیکنې پر مهال لیکلي
erase-item-notes = محرم یادښتونه (روغتیا، قانوني حالت)
erase-item-consents = { $count ->
    [one] یو رضایت
   *[other] { $count } رضایتونه
}
erase-item-reasons = { $count ->
    [one] د حالت د یو بدلون دلیل
   *[other] د حالت د { $count } بدلونونو دلیلونه
}
erase-item-answers = { $count ->
    [one] د یو پوښتنلیک ځوابونه
   *[other] د { $count } پوښتنلیکونو ځوابونه
}
erase-item-goals = { $count ->
    [one] د یوې موخې سرلیک
   *[other] د { $count } موخو سرلیکونه
}
erase-item-pairs = { $count ->
    [one] د یوې جوړې یادښتونه، دلیلونه، د لیدنې ځای او تړون
   *[other] د { $count } جوړو یادښتونه، دلیلونه، د لیدنو ځایونه او تړونونه
}
erase-item-sessions = { $count ->
    [one] د ملګرو د یوې ناستې لنډیز او ځای
   *[other] د ملګرو د { $count } ناستو لنډیزونه او ځایونه
}
erase-item-marks = { $count ->
    [one] د جوړه کولو د یوې پرېکړې دلیل
   *[other] د جوړه کولو د { $count } پرېکړو دلیلونه
}
erase-item-invitations = { $count ->
    [one] یوه بلنه
   *[other] { $count } بلنې
}
erase-item-messages = { $count ->
    [one] یو پیغام چې هغه ته لېږل شوی یا یې نوم پکې دی
   *[other] { $count } پیغامونه چې هغه ته لېږل شوي یا یې نوم پکې دی
}
erase-item-account = د هغه حساب { $email }، له پټنوم، ناستو او دوه ګامیز ننوتلو سره
erase-item-account-kept = د هغه حساب پاتې کېږي، پرته له دې دوسیې سره له تړاو: بل رول یا دوسیه لري.
erase-kept = یوه بې نومه دوسیه پاتې کېږي څو شمېرې سمې پاتې شي: ملګری یا نوی راغلی، پروګرام، ګام، حالت او نېټې. د جوړې بل غړی خپله تاریخچه د دې کس له نوم پرته ساتي. د څارنې ثبت خپلې کرښې ساتي، چې یوازې شمېرې او کوډونه لري.
erase-confirm = ما کتلي چې دې کس د پاکولو غوښتنه کړې، یا د هغه معلوماتو ساتلو ته اړتیا نشته
erase-submit = همدا اوس پاک کړئ
erase-cancel = لغوه کړئ او دوسیې ته بېرته لاړ شئ
erase-confirm-needed = د پاکولو د تایید لپاره بکس په نښه کړئ.
erase-done-title = معلومات پاک شول
erase-done = د کس معلومات پاک شول. دوسیه نور نه خلاصېږي.
erase-back = پروګرام ته بېرته
nav-retention = ساتنه
retention-title = دوسیې څومره وخت ساتل کېږي
retention-intro = کله چې یو کس پروګرام پرېږدي (پخواني ګډونوال، رد شوی یا وتلی) او خلاصه جوړه نه لري، د هغه معلومات د دوسیې له وروستي فعالیت څو میاشتې وروسته پاکېږي. m4m دا هره ورځ کوي؛ دا پاڼه هغه څه ښيي چې په راتلونکو 30 ورځو کې یې وخت رسېږي، څو تاسو یې وګورئ.
retention-period-default = تړل شوې دوسیې د خپل وروستي فعالیت څخه { $months ->
    [one] { $months } میاشت
   *[other] { $months } میاشتې
} وروسته پاکېږي (اصلي ترتیب).
retention-period = تړل شوې دوسیې د خپل وروستي فعالیت څخه { $months ->
    [one] { $months } میاشت
   *[other] { $months } میاشتې
} وروسته پاکېږي.
retention-months = د تړل شویو دوسیو د ساتلو میاشتې
retention-save = خوندي کړئ
retention-saved = د ساتنې موده خوندي شوه.
retention-due-title = په راتلونکو 30 ورځو کې
retention-none-due = په راتلونکو 30 ورځو کې د هېڅ شي وخت نه رسېږي.
retention-col-name = کس
retention-col-why = ولې
retention-col-when = د پاکېدو نېټه
retention-why = { $status }، وروستی فعالیت په { $date }
error-retention-months = له 1 څخه تر 120 پورې د میاشتو بشپړ شمېر ورکړئ.
access-title = چا معلوماتو ته لاسرسی موندلی
access-title-of = چا د { $name } دوسیې ته لاسرسی موندلی
access-intro = هر ځل چې یو چا دا دوسیه لوستې، بدله کړې یا صادره کړې، تر ټولو نوی لومړی.
access-empty = تر اوسه هېچا دې دوسیې ته لاسرسی نه دی موندلی.
access-back = دوسیې ته بېرته
access-when = کله
access-who = چا
access-what = څه
access-system = پخپله m4m
audit-other = بل عمل ({ $code })
audit-participant-read = دوسیه یې ولوستله
audit-participant-answers_read = د پوښتنلیک ځوابونه یې ولوستل
audit-participant-access_log = دا یې ولوستل چې چا دوسیې ته لاسرسی موندلی
audit-participant-export = معلومات یې صادر کړل
audit-participant-register = نوم لیکنه یې وکړه
audit-participant-status = حالت یې بدل کړ
audit-participant-keep_apart = له یو احتمالي تکرار څخه یې جلا وساته
audit-participant-merge = یو تکرار یې له دوسیې سره یو ځای کړ
audit-programme-export = د پروګرام لړلیک یې د دې دوسیې سره صادر کړ
audit-programme-export_xlsx = د پروګرام لړلیک یې د دې دوسیې سره صادر کړ (Excel, .xlsx)
audit-response-complete = یو پوښتنلیک یې بشپړ کړ
audit-matching-mark = یوه احتمالي جوړه یې په نښه کړه
audit-course-enrol = په یو کورس کې یې نوم ولیکه
audit-module-progress = د روزنې پرمختګ یې ثبت کړ
audit-pair-read = جوړه یې ولوستله
audit-pair-propose = یوه جوړه یې وړاندیز کړه
audit-pair-accepted = جوړه یې ومنله
audit-pair-declined = جوړه یې رد کړه
audit-pair-start = جوړه یې پیل کړه
audit-pair-first_meeting = لومړۍ لیدنه یې مهالوېش کړه
audit-pair-first_meeting_held = لومړۍ لیدنه یې ثبت کړه
audit-pair-agreement = تړون یې ولیکه
audit-pair-agreement_signed = تړون یې ومانه
audit-pair-reminder = یادونه یې ولېږله
audit-peer_session-planned = یوه ناسته یې پلان کړه
audit-peer_session-held = یوه ناسته یې ثبت کړه
audit-peer_session-confirm = یوه ناسته یې تایید کړه
audit-user-create = حساب یې جوړ کړ
audit-user-activate = حساب یې بیا فعال کړ
audit-user-deactivate = حساب یې غیر فعال کړ
audit-user-export = د حساب معلومات یې صادر کړل
audit-invitation-accept = بلنه یې ومنله
audit-login = ننوت
audit-login-failed = ناکام ننوتل
audit-login-throttled = له ډېرو ناکامیو وروسته ننوتل بند شول
audit-logout = ووت
audit-calendar_feed-open = د جنتري لینک یې خلاص کړ
audit-calendar_feed-revoke = د جنتري لینک یې لغوه کړ
audit-access-denied = لاسرسی ورنه کړل شو

# د جوړې ژوند (لومړۍ لیدنه چې دواړو ته ښودل کېږي، ردونه)
pair-first-meeting = ستاسو لومړۍ لیدنه
pair-open = د خپلې جوړې پاڼه خلاصه کړئ
pair-meeting-not-yet = لومړۍ لیدنه تر اوسه نه ده شوې: کله چې یې نېټه راورسېږي، ثبت یې کړئ.
pair-already-answered = دې وړاندیز ته مخکې ځواب ورکړل شوی.
pair-not-started = ناستې هغه وخت ثبتېدای شي چې جوړه پیل شوې وي.
home-pending-first-meeting = لومړۍ لیدنه: { $meeting }
calendar-first-meeting-summary = له { $name } سره لومړۍ لیدنه

# اندېښنې (ګام 8)
concern-severity = دا څومره جدي ده؟
concern-severity-low = کم: د پوهېدو وړ
concern-severity-medium = منځنی: خبرو ته اړتیا لري
concern-severity-high = لوړ: ژر عمل ته اړتیا لري
concern-severity-urgent = بېړنی: د یو چا خوندیتوب په خطر کې دی
concern-status-open = خلاصه
concern-status-acknowledged = ولوستل شوه
concern-status-action_taken = اقدام وشو
concern-status-closed = تړل شوې
concern-error-move = له وړاندې شویو راتلونکو ګامونو څخه یو وټاکئ.
concern-error-severity = وټاکئ چې څومره جدي ده.
concern-new-title = یوه اندېښنه راپورته کړئ
concern-about-my-pair = له { $name } سره ستاسو جوړه
concern-about-me = پخپله تاسو
concern-intro-about = په اړه: { $about }.
concern-intro-who = یوازې ستاسو د سازمان همغږي کوونکي به یې ولولي. تاسو کولای شئ دلته یې تعقیب کړئ.
concern-intro-other = { $name } ته به ونه ویل شي.
concern-intro-urgent = که یو څوک همدا اوس په خطر کې وي، لومړی بېړني شمېرې (112) ته زنګ ووهئ.
concern-summary = په څو کلمو کې
concern-text = څه پېښ شول (اختیاري)
concern-send = همغږي کوونکو ته یې ولېږئ
concern-title = اندېښنه
concern-sent = ستاسو اندېښنه همغږي کوونکو ته ولېږل شوه.
concern-moved = اندېښنه تازه شوه.
concern-open-subject = خلاصول
concern-history = څه وشول
concern-no-moves = تر اوسه یو همغږي کوونکي نه ده لوستې.
concern-next = راتلونکی ګام
concern-move-legend = دې ته یې واړوئ
concern-move-note = یادښت (څه وشول، د ثبت لپاره)
concern-move-submit = خوندي کړئ
concern-move-to-acknowledged = ولوستل شوه: موږ لوستې ده
concern-move-to-action_taken = اقدام وشو
concern-move-to-closed = تړل شوې
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = په { $date } د { $name } له خوا راپورته شوه
concern-raised-on = په { $date } راپورته شوه
concern-mail-subject = په m4m کې بېړنۍ اندېښنه
concern-mail-body = ستاسو په سازمان کې یوه بېړنۍ اندېښنه راپورته شوې. هر څومره ژر چې کولای شئ، ویې لولئ او تایید یې کړئ: { $link }
concerns-title = اندېښنې · { $programme }
concerns-intro = په دې پروګرام کې راپورته شوې هره اندېښنه، لومړی خلاصې، تر ټولو بېړنۍ پورته.
concerns-none = په دې پروګرام کې هېڅ اندېښنه نه ده راپورته شوې.
concerns-link = اندېښنې
home-concerns = د تعقیب اندېښنې
home-concerns-more = دلته { $count } تر ټولو بیړني ښودل شوي؛ ټول راپورونه د خپل پروګرام د پېښو په دفتر کې دي:
home-raise-concern = کوم شی مو اندېښمن کوي؟ همغږي کوونکو ته ووایاست
home-your-concerns = ستاسو اندېښنې
pair-raise-concern = د دې جوړې په اړه اندېښنه راپورته کړئ
person-raise-concern = د دې کس په اړه اندېښنه راپورته کړئ
audit-concern-raise = یوه اندېښنه یې راپورته کړه
audit-concern-move = یوه اندېښنه یې مخته یوړه
audit-concern-read = یوه اندېښنه یې ولوستله

# څارنه (ګام 8)
supervision-title = څارنه
supervision-new-title = یوه څارنه ثبت کړئ
supervision-intro = له یو ملګري یا یوې ډلې سره لیدنه: د څه په اړه مو خبرې وکړې، ستاسو یادښتونه، او هر یو به وروسته څه کوي. ملګري ویني چې لیدنه شوې او هغه کارونه چې دوی ته ورکړل شوي، خو ستاسو یادښتونه هېڅکله نه ویني.
supervision-no-buddies = تر اوسه هېڅ ملګري تاسو د خپل څارونکي په توګه نه یاست ټاکلي: له یو همغږي کوونکي وغواړئ چې ویې سپاري، یا یې د ملګري له دوسیې څخه ثبت کړئ.
supervision-format = بڼه
supervision-format-one_to_one = یو په یو
supervision-format-group = ډله
supervision-held-on = نېټه
supervision-buddies = حاضر ملګري
supervision-topics = موضوعګانې
supervision-topic-boundaries = د رول پولې
supervision-topic-wellbeing = د ملګري خپل ښه حال
supervision-topic-cultural = کلتوري توپیرونه
supervision-topic-practical = عملي او اداري پوښتنې
supervision-topic-difficult_situation = یو سخت حالت
supervision-topic-motivation = انګېزه او وخت
supervision-topic-safeguarding = خوندیتوب
supervision-topics-text = نورې موضوعګانې
supervision-notes = یادښتونه
supervision-notes-hint = یوازې د ملګرو څارونکي او همغږي کوونکي یې لولي.
supervision-actions = د تعقیب کارونه
supervision-action-text = کار
supervision-action-owner = څوک
supervision-action-due = تر
supervision-owner-me = زه
supervision-save = څارنه خوندي کړئ
supervision-saved = څارنه خوندي شوه.
supervision-when = { $date } · { $format }
supervision-recorded-by = د { $name } له خوا ثبت شوې
supervision-due = تر { $date } پورې
supervision-done-on = په { $date } وشو
supervision-your-actions = ستاسو کارونه
supervision-no-actions = هېڅ کار نشته.
supervision-mark-done = وشو
supervision-add-action = یو کار زیات کړئ
supervision-error-format = یو په یو یا ډله وټاکئ.
supervision-error-future = نېټه په راتلونکي کې نشي کېدای.
supervision-error-buddy = له لړلیک شویو ملګرو څخه وټاکئ.
supervision-error-no-buddy = لږ تر لږه یو ملګری په نښه کړئ.
supervision-error-one = یو په یو څارنه یوازې یو ملګری لري.
supervision-error-topic = له لړلیک شویو موضوعګانو څخه وټاکئ.
supervision-error-owner = یو کار د هغه ملګري دی چې حاضر و، یا ستاسو.
home-open-actions = { $count ->
    [0] هېڅ خلاص کار نشته
    [one] یو خلاص کار
   *[other] { $count } خلاص کارونه
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] یو ملګری
   *[other] { $count } ملګري
}
home-last-supervision = وروستۍ څارنه
home-no-supervision-yet = تر اوسه هېڅ
home-recorded-supervisions = هغه څارنې چې تاسو ثبت کړې
home-my-supervision = څارنه
audit-supervision-record = یوه څارنه یې ثبت کړه
audit-supervision-action = د څارنې یو کار یې زیات کړ
audit-supervision-action_done = د څارنې یو کار یې بشپړ په نښه کړ
audit-supervision-read = یوه څارنه یې ولوستله

# نن ستاسو په انتظار (ګام 9)
attention-title = نن ستاسو په انتظار
attention-intro = هره جوړه چې په خطر کې ده، له خپلو دلیلونو سره، او هغه څه چې د یو چا په انتظار دي: هر یو تاسو هغه کار ته بیايي چې باید وشي.
attention-none = نن هېڅ شی ستاسو په انتظار نه دی.
attention-at-risk = په خطر کې جوړې
attention-waiting = د یو چا په انتظار
attention-see-all = ټول لړلیک وګورئ
risk-urgent-concern = یوه بېړنۍ اندېښنه خلاصه ده
risk-open-concern = { $count ->
    [one] یوه اندېښنه خلاصه ده
   *[other] { $count } اندېښنې خلاصې دي
}
risk-no-session = د { $days } ورځو راهیسې هېڅ ناسته نه ده شوې
risk-first-meeting-overdue = لومړۍ لیدنه د { $date } لپاره پلان شوې وه، ثبت شوې نه ده
risk-agreement-ends = تړون په { $date } پای ته رسېږي
waiting-answer = وړاندیز ته تر اوسه ځواب نه دی ورکړل شوی
waiting-signature = تړون تر اوسه د دواړو له خوا نه دی منل شوی
waiting-confirmation = { $count ->
    [one] یوه ناسته له یوې اونۍ زیات د تایید په انتظار ده
   *[other] { $count } ناستې له یوې اونۍ زیات د تایید په انتظار دي
}

# د جوړې موخې (ګام 9)
goals-title = د جوړې موخې
goals-intro = هغه موخې چې تاسو پرې موافقه کړې. ووایاست چې هره یوه اوس چېرته ده، د هغه څه په پرتله چې تمه مو درلوده: هر ځواب ساتل کېږي، نو تاسو لیدلای شئ چې څومره لاره مو وهلې.
goals-none = تر اوسه هېڅ موخه نشته: کله چې جوړه پیل شي، له تړون څخه راځي.
goals-history = چېرته وه
goals-when = نېټه
goals-score = اوس چېرته ده
goals-by = د چا له خوا
goals-comment = نظر (اختیاري)
goals-where = اوس چېرته ده؟
goals-save = خوندي کړئ
goals-saved = خوندي شو. مننه.
goal-error-score = د پیمانې یو ټکی وټاکئ، له −2 څخه تر +2 پورې.
gas-much-less = له تمې ډېر کم
gas-less = له تمې کم
gas-expected = لکه څنګه چې تمه وه
gas-more = له تمې زیات
gas-much-more = له تمې ډېر زیات
audit-goal-progress = یې ثبت کړل چې یوه موخه چېرته ده
home-goal-not-rated = تر اوسه نه ده ارزول شوې
home-goal-record = ووایاست چې چېرته ده

# د حال پوښتنې (ګام 9)
checkin-title = څنګه روان دی؟
checkin-intro = له { $name } سره ستاسو د وخت په اړه څو پوښتنې. یوه دقیقه وخت نیسي؛ یوازې د پروګرام ټیم ستاسو ځوابونه لولي.
checkin-satisfaction = له خپلو لیدنو څومره خوښ یاست؟
checkin-satisfaction-1 = 1 · هېڅ نه
checkin-satisfaction-2 = 2 · ډېر نه
checkin-satisfaction-3 = 3 · داسې، داسې
checkin-satisfaction-4 = 4 · خوښ
checkin-satisfaction-5 = 5 · ډېر خوښ
checkin-satisfaction-short = رضایت
checkin-met = په دې وروستیو کې مو څو ځله سره ولیدل؟
checkin-met-short = لیدنې
checkin-met-weekly = هره اونۍ
checkin-met-fortnightly = هرې دوه اونۍ
checkin-met-monthly = په میاشت کې یو ځل
checkin-met-less = تر دې کم
checkin-met-never = هېڅ نه
checkin-helped = څه مرسته وکړه؟ (اختیاري)
checkin-difficult = څه سخت دي؟ (اختیاري)
checkin-send = ولېږئ
checkin-thanks = مننه: ټیم ستاسو ځوابونه ترلاسه کړل.
checkin-nothing-due = اوس د حال پوښتنې وخت نه دی. یو څه وخت وروسته به بیا وپوښتو.
checkin-error-satisfaction = له 1 څخه تر 5 پورې وټاکئ.
checkin-error-met = وټاکئ چې څو ځله مو سره لیدلي.
home-pending-checkin = له { $name } سره څنګه روان دی؟ (یوه دقیقه)
pair-checkins = د حال پوښتنې
risk-low-satisfaction = رضایت { $score } له 5 څخه
risk-missed-checkin = د { $date } د حال پوښتنې ته ځواب نه دی ورکړل شوی
audit-checkin-answer = د حال پوښتنې ته یې ځواب ورکړ
baseline-done-on = ځان ارزونه په { $date } وشوه.

# د کارکوونکو اړیکې (ګام 9)
contacts-title = د کارکوونکو اړیکې
contacts-intro = دې جوړې ته ستاسو زنګونه، لیدنې او پیغامونه: په لومړۍ میاشت کې دوه ځله، بیا په میاشت کې یو ځل.
contacts-kind = څنګه
contacts-note = یادښت (اختیاري)
contacts-save = اړیکه ثبت کړئ
contact-kind-call = زنګ
contact-kind-visit = لیدنه
contact-kind-message = پیغام
contact-error-kind = زنګ، لیدنه یا پیغام وټاکئ.
waiting-contact = د کارکوونکو د اړیکې وخت دی
audit-pair-contact = له یوې جوړې سره یې اړیکه ثبت کړه
checkin-mail-subject = له { $other } سره څنګه روان دی؟
checkin-mail-body = سلام { $name }، له { $other } سره ستاسو د لیدنو په اړه څو پوښتنې: یوه دقیقه، له خپل تلیفون څخه. یوازې د پروګرام ټیم ستاسو ځوابونه لولي. { $link }
attention-pager-risk = په خطر کې جوړې { $first }–{ $last } له { $total } څخه
attention-pager-wait = په انتظار { $first }–{ $last } له { $total } څخه
pager-previous = مخکینی
pager-next = بل
moment-initial = په پیل کې
moment-midterm = په نیمایي کې
moment-final = په پای کې
baseline-change-title = له پیل راهیسې څنګه بدل شو
baseline-change = بدلون
baseline-moments-chart-title = په هره برخه کې په هره ځان ارزونه کې ځان بسیا توب، له 1 (ډېرې مرستې ته اړتیا لري) تر 5 (یوازې یې کولای شي)
home-midterm-due = نیمه لاره: وخت دی چې بیا وګورئ چېرته یاست، هماغه پوښتنو سره لکه په پیل کې.
home-start-midterm = ستاسو د نیمایي ځان ارزونه
programme-at-step = په ګام { $n } کې خلک · { $name }
programme-all-people = په پروګرام کې هر څوک

# د جوړې تړل (ګام 10)
pair-status-completed = بشپړه شوې
pair-status-ended_early = وخت مخکې پای ته ورسېده
pair-not-open = دا جوړه مخکې تړل شوې.
close-title = جوړه وتړئ
close-intro = د { $buddy } او { $newcomer } جوړه تړل: ووایاست چې ولې پای ته رسېږي، او د هر یو لپاره وروسته څه راځي.
close-planned-end = تړون یې تر { $date } پورې دی.
close-effect-sessions = { $count ->
    [0] د لغوه کولو لپاره هېڅ پلان شوې ناسته نشته.
    [one] پلان شوې ناسته لغوه کېږي.
   *[other] { $count } پلان شوې ناستې لغوه کېږي.
}
close-effect-checkins = د حال پوښتنې او یادونې ودرېږي؛ له دواړو څخه د وتلو پوښتنلیک غوښتل کېږي.
close-reason = جوړه ولې پای ته رسېږي؟
close-reason-planned_end = موافقه شوې موده پای ته ورسېده
close-reason-goals_reached = موخې وخت مخکې ترلاسه شوې
close-reason-moved_away = نوی راغلی بل ځای ته لاړ
close-reason-lost_contact = اړیکه پرې شوه
close-reason-conflict = د دواړو ترمنځ شخړه
close-reason-safeguarding = خوندیتوب
close-reason-other = بل دلیل
close-on = د تړلو نېټه
close-meeting = د پای لیدنه (اختیاري)
close-meeting-hint = له دواړو سره د وروستۍ لیدنې ورځ، که شوې وي.
close-note = د ټیم لپاره یادښت
close-rematch = آیا { $name } بیا جوړه کېدای شي؟
close-save = جوړه وتړئ
close-done = جوړه وتړل شوه.
close-error-future = دا ورځ تر اوسه نه ده راغلې.
close-error-before-start = دا د جوړې له پیل مخکې ده.
close-error-note-other = ووایاست چې بل دلیل څه دی.
error-choose-yes-no = هو یا نه وټاکئ.
error-close-pairs-first = لومړی د دې کس جوړه وتړئ: د هغې تړل وايي چې ولې پای ته ورسېده.
pair-closed-on = په { $date } وتړل شوه: { $reason }
pair-closing-meeting-on = د پای لیدنه په { $date }
audit-pair-close = جوړه یې وتړله
audit-pair-exit_answer = د وتلو پوښتنلیک ته یې ځواب ورکړ
exit-title = د وتلو پوښتنلیک
exit-intro-buddy = د { $name } د ملګري په توګه ستاسو وخت پای ته ورسېد. څلور پوښتنې، یوه دقیقه: یوازې د پروګرام ټیم ستاسو ځوابونه لولي.
exit-intro-newcomer = له { $name } سره د ملګري په توګه ستاسو وخت پای ته ورسېد. څلور پوښتنې، یوه دقیقه: یوازې د پروګرام ټیم ستاسو ځوابونه لولي.
exit-satisfaction = په ټوله کې، څومره راضي یاست؟
exit-recommend = آیا تاسو به هغه چا ته چې ستاسو په حال کې وي، د ملګري درلودل سپارښتنه وکړئ؟
exit-recommend-short = سپارښتنه به وکړي
exit-changed = ستاسو لپاره په کومو برخو کې یو څه بدل شول؟
exit-changed-short = څه بدل شول
exit-comment = بل څه چې غواړئ موږ ته یې ووایاست (اختیاري)
exit-send = ولېږئ
exit-thanks = مننه: ستاسو ځوابونه خوندي شول.
exit-final-assessment = یو وروستی ګام: ستاسو وروستۍ ځان ارزونه
home-pending-exit = له { $name } سره ستاسو وخت پای ته ورسېد: د وتلو پوښتنلیک (یوه دقیقه)
home-final-due = ستاسو جوړه پای ته ورسېده: هماغه پوښتنې چې په پیل کې وې یو ځل بیا ځواب کړئ، څو وګورئ چې څومره مخته تللي یاست.
home-start-final = ستاسو وروستۍ ځان ارزونه
become-buddy-title = ملګری شئ
become-buddy-home = تاسو پوهېږئ چې لومړۍ میاشتې څنګه وي. د نوي راغلي په توګه ستاسو وخت پای ته ورسېد: اوس کولای شئ له هغه چا سره ملګرتیا وکړئ چې نوی راغلی دی.
become-buddy-intro = ستاسو معلومات د نوي راغلي په توګه ستاسو له وخت څخه مخکې ډک شوي: ویې ګورئ، زیات کړئ چې څنګه مرسته کولای شئ، او خپل رضایت بیا ورکړئ — دا یو نوی رول دی.
assess-done-midterm = ستاسو ځوابونه خوندي شول. دلته د پیل له ځوابونو سره څنګ په څنګ دي؛ په پای کې به یو ځل بیا ځواب ورکړئ.
assess-done-final = ستاسو ځوابونه خوندي شول. دلته ګورئ چې له پیل راهیسې څومره مخته تللي یاست، برخه په برخه.
person-pairs = جوړې
programme-edit-title = پروګرام بدل کړئ
programme-edit-intro = د هغه نېټې، حالت او موخې، او دا چې روانې جوړې یې څنګه تعقیبېږي: کله یوه جوړه په خطر کې ګڼل کېږي، کله د حال پوښتنې او د نیمایي ځان ارزونې وخت رسېږي.
programme-save = خوندي کړئ
programme-saved = پروګرام خوندي شو.
programme-field-risk-no-session = یوه جوړه د دومره ورځو له تېرېدو وروسته پرته له ناستې په خطر کې ده
programme-field-risk-ending = یوه جوړه د تړون له پای ته رسېدو دومره ورځې مخکې په نښه کړئ
programme-field-checkin-first = لومړۍ د حال پوښتنه، د جوړې له پیل څخه څو ورځې وروسته
programme-field-checkin-every = بیا هرې … ورځې یوه د حال پوښتنه
programme-field-midterm-weeks = د نیمایي ځان ارزونه، د جوړې له پیل څخه څو اونۍ وروسته
error-days-invalid = له 1 څخه تر 365 پورې د ورځو بشپړ شمېر ولیکئ (اونۍ: 1 تر 104).
error-503-title = سرور بوخت دی
error-busy = په دې شېبه کې ډېرې غوښتنې په انتظار دي. څو ثانیې انتظار وکړئ او بیا هڅه وکړئ: هېڅ شی نه خوندي شوی او نه ورک شوی.
access-refused-someone = یو څوک پرته له لاسرسي
admin-volunteers-title = د ملګرو او نویو راغلو حسابونه
admin-volunteers-intro = په هر سازمان کې څومره: د هغوی نومونه د هغوی د سازمان د کارکوونکو لپاره دي.
import-too-many-columns = دا فایل له { $columns } ستونونو زیات لري: یوازې د خلکو په اړه ستونونه وساتئ، بیا هڅه وکړئ.
import-too-many-rows = دا فایل له { $rows } کسانو زیات لري: په څو برخو کې یې وارد کړئ.

# د ملګري وړتیاوې، د هغه د ځان ارزونې له مخې (ګام 8)
competence-listening = پرته له قضاوت اورېدل
competence-intercultural = د کلتورونو ترمنځ اړیکه
competence-boundaries = د ملګري په رول کې پاتې کېدل
competence-local_services = د سیمه ییزو خدمتونو پېژندل
competence-encouraging_autonomy = ځان بسیا توب ته هڅول
competence-reliability = د میاشتو په اوږدو کې باوري اوسېدل
baseline-competence = وړتیا
baseline-competences-chart-title = په هره وړتیا کې د پیل پر مهال باور، له 1 (تر اوسه باور نه لري) تر 5 (ډېر باور لري)
baseline-competences-moments-chart-title = په هره وړتیا کې په هره ځان ارزونه کې باور، له 1 (تر اوسه باور نه لري) تر 5 (ډېر باور لري)
buddy-assessment-title = د { $name } ځان ارزونې
buddy-assessment-intro = ملګری په پیل، نیمایي او پای کې په هره وړتیا کې څومره باور لري، د هغه په خپلو خبرو د 1 څخه تر 5 پورې پیمانه کې.
buddy-assessment-competences = د ملګري په توګه وړتیاوې
home-buddy-self-assessments = ځان ارزونې
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = په اونۍ کې د ملګرو ناستې
weekly-sessions-chart-title = په اونۍ کې شوې د ملګرو ناستې، وروستۍ { $weeks } اونۍ
weekly-sessions-week-of = د { $date } اونۍ
weekly-sessions-total = { $count ->
    [one] 1 ناسته شوې
   *[other] { $count } ناستې شوې
} په دې اونیو کې، ټولټال { $hours } ساعته
weekly-sessions-week = د اونۍ پیل
weekly-sessions-count = شوې ناستې
weekly-sessions-hours = ساعتونه

# ګام 10: ټولیزه ارزونه.
evaluation-title = د پروګرامونو ارزونه
evaluation-link = ارزونه: د تمویلوونکو لپاره شمېرې (پاڼه، CSV، چاپ)
evaluation-intro = Buddy System څه ترلاسه کړل، د جوړو له حقایقو او د هغوی د غړو له ځوابونو څخه. یوازې هغه کسان شمېرل کېږي چې د ارزونې رضایت یې اعتبار لري؛ دلته هېڅ نوم او هېڅ شخصي دوسیه نه ښکاري.
evaluation-suppression-note = هغه شمېره چې له 5 څخه د لږو کسانو یا جوړو په اړه وي، هېڅکله نه ښودل کېږي: پر ځای یې "له 5 څخه کم" لیکل کېږي.
evaluation-suppressed = له 5 څخه کم
evaluation-scope = د چا شمېرې
evaluation-scope-all = ټول سازمانونه
evaluation-scope-mine = ټول هغه څه چې زه یې لیدلای شم
evaluation-from = هغه جوړې چې پیل شوې له
evaluation-to = هغه جوړې چې پیل شوې تر
evaluation-cohort = ډله (کال)
evaluation-cohort-hint = هغه کال چې جوړه پیل شوه، لکه 2025.
evaluation-gender = د نوي راغلي جنسیت
evaluation-age = د جوړې د پیل پر مهال د نوي راغلي عمر
evaluation-region = د نوي راغلي اصلي سیمه
evaluation-any = هر یو
evaluation-show = شمېرې وښایاست
evaluation-csv = د سپریډشیټ په توګه ښکته کړئ (CSV)
evaluation-xlsx = د ورک بوک په توګه ښکته کړئ (Excel، .xlsx)
evaluation-age-under_25 = له 25 کم
evaluation-age-25_34 = 25 تر 34
evaluation-age-35_49 = 35 تر 49
evaluation-age-50_plus = 50 او زیات
evaluation-region-mena = منځنی ختیځ او شمالي افریقا
evaluation-region-sub_saharan_africa = د صحرا سویلي افریقا
evaluation-region-central_south_asia = منځنۍ او سویلي آسیا
evaluation-region-europe = اروپا
evaluation-region-americas = امریکا
evaluation-region-other = بل ځای یا نامعلوم
evaluation-pairs-title = جوړې
evaluation-pairs-formed = جوړې شوې جوړې
evaluation-pairs-active = لا روانې
evaluation-pairs-completed = بشپړې شوې
evaluation-pairs-ended-early = وخت مخکې پای ته رسېدلې
evaluation-reasons-title = وخت مخکې پای ته رسېدلې جوړې، د دلیل له مخې
evaluation-reason = دلیل
evaluation-pairs = جوړې
evaluation-figure = شمېره
evaluation-value = ارزښت
evaluation-n-pairs = د (جوړو) شمېر
evaluation-n-people = د (کسانو) شمېر
evaluation-outcomes-title = پاتې کېدل، لیدنې او موخې
evaluation-outcomes-note = پاتې کېدل: له تړل شویو جوړو څخه بشپړې شوې جوړې. د موخو ترلاسه کول: د هرې موخې د وروستۍ نمرې اوسط، له −2 (له تمې ډېر کم) تر +2 (ډېر زیات).
evaluation-retention = پاتې کېدل
evaluation-sessions-held = شوې لیدنې
evaluation-sessions-hours = یو ځای ساعتونه
evaluation-goal-attainment = د موخو ترلاسه کول (−2 تر +2)
evaluation-areas-title = د ټولنې سره د یو ځای کېدو په هره برخه کې بدلون
evaluation-areas-note = هغه نوي راغلي چې لومړۍ او وروستۍ ځان ارزونه دواړه یې ډکه کړې؛ نمرې له 1 تر 5. واټن د منځني بدلون د 95 % باور واټن دی؛ د اغېز اندازه د Cohen d_z ده.
evaluation-areas-chart = په هره برخه کې منځنی بدلون د هغه د 95 % باور واټن سره
evaluation-areas-none = تر اوسه هېڅ نوی راغلی لومړۍ او وروستۍ ځان ارزونه دواړه نه لري.
evaluation-baseline-mean = په پیل کې
evaluation-final-mean = په پای کې
evaluation-mean-change = بدلون
evaluation-ci95 = 95 % واټن
evaluation-effect-size = د اغېز اندازه
evaluation-interval = { $low } تر { $high }
evaluation-satisfaction-title = رضایت
evaluation-satisfaction-chart = منځنی رضایت له 1 تر 5، د حال پوښتنو او د وتلو پوښتنلیک څخه
evaluation-newcomers = نوي راغلي
evaluation-buddies = ملګري
evaluation-from-checkins = د حال پوښتنې
evaluation-from-exit = د وتلو پوښتنلیک
evaluation-recommend = د ملګري سپارښتنه به وکړي
evaluation-percent = { $value }%

# لومړی ځل: لومړی مدیر څنګه جوړېږي
login-first-run = تر اوسه هېڅ حساب نشته. لومړی مدیر په سرور کې په دې جوړ کړئ: m4m user create --email you@example.org --name "Your name" (پټنوم غواړي)، بیا دلته ننوځئ.
# د حساب بیا رغونه: هېر شوی پټنوم، د پټنوم بدلول، غیر فعال حسابونه
login-forgot-link = پټنوم مو هېر شوی؟
login-deactivated = دا حساب غیر فعال دی. له خپل همغږي کوونکي وغواړئ چې بیا یې فعال کړي.
forgot-title = پټنوم مو هېر شوی
forgot-intro = د خپل حساب برېښنالیک پته ولیکئ. که کوم حساب یې کاروي، موږ د نوي پټنوم د ټاکلو لپاره یو لینک لېږو؛ لینک یو ځل، د یو ساعت لپاره کار کوي.
forgot-submit = لینک ولېږئ
forgot-sent = که کوم حساب دا پته کاروي، د نوي پټنوم د ټاکلو لینک په لاره دی. خپل صندوق وګورئ (او د سپام فولډر هم)؛ لینک د یو ساعت لپاره کار کوي.
forgot-throttled = د نوي پټنوم لپاره ډېرې غوښتنې. یو ساعت وروسته بیا هڅه وکړئ، یا له خپل همغږي کوونکي وپوښتئ.
forgot-mail-subject = د m4m لپاره نوی پټنوم وټاکئ
forgot-mail-body = سلام { $name }،

    یو چا، شاید تاسو، ستاسو د m4m حساب لپاره نوی پټنوم غوښتی.
    له دې لینک سره یې وټاکئ (د یو ساعت لپاره اعتبار لري، یو ځل کارېږي):

    { $link }

    که تاسو نه وي غوښتي، دا پیغام پرېږدئ: ستاسو پټنوم هماغسې پاتې کېږي.
reset-title = نوی پټنوم وټاکئ
reset-intro = کله چې نوی پټنوم خوندي شي، ستاسو نورې ناستې پای ته رسېږي.
reset-password = نوی پټنوم (لږ تر لږه 8 توري)
reset-password-again = همغه پټنوم بیا
reset-submit = نوی پټنوم خوندي کړئ
reset-gone = دا لینک پای ته رسېدلی یا مخکې کارول شوی. د ننوتلو په پاڼه کې د "پټنوم مو هېر شوی؟" له لارې نوی وغواړئ.
reset-done = ستاسو نوی پټنوم خوندي شو. ورسره ننوځئ.
nav-password = پټنوم
password-title = خپل پټنوم بدل کړئ
password-current = اوسنی پټنوم
password-current-wrong = دا ستاسو اوسنی پټنوم نه دی.
password-submit = پټنوم بدل کړئ
password-changed = ستاسو پټنوم بدل شو. ستاسو نورې ناستې پای ته ورسېدې.
admin-user-access = لاسرسی
admin-user-deactivate = غیر فعال کړئ
admin-user-activate = بیا فعال کړئ
admin-user-deactivated = حساب غیر فعال شو: ناستې یې پای ته ورسېدې او API ټوکنونه یې لغوه شول. معلومات یې پاتې کېږي.
admin-user-activated = حساب بیا فعال دی: خاوند یې په خپل پټنوم ننوځي. API ټوکنونه باید بیا جوړ شي.
admin-user-not-self = تاسو نشئ کولای خپل حساب غیر فعال کړئ.

# د لېږلو صندوق: هڅې، بیا هڅې، پرېښودل شوي پیغامونه
admin-outbox-sent = { $when } ولېږل شو.
admin-outbox-waiting = د لېږلو په انتظار.
admin-outbox-retrying = هڅه { $attempts } ناکامه شوه: { $error }. بله هڅه { $when }.
admin-outbox-given-up = له { $attempts } هڅو وروسته پرېښودل شو: { $error }
# د یو پروګرام خلک او جوړې، لټول شوي، فلټر شوي او پاڼه په پاڼه
programme-people-pager = خلک { $first }–{ $last } له { $total } څخه
programme-pairs-pager = جوړې { $first }–{ $last } له { $total } څخه
programme-people-total = { $count ->
    [one] یو کس
   *[other] { $count } کسان
}
programme-filter-everyone = ملګري او نوي راغلي
programme-filter-any-status = هر حالت
programme-filter-any-step = هر ګام
programme-filter-any-language = هره ژبه
programme-filter-language = ژبه یې
programme-sort = ترتیب
programme-sort-step = د ګام له مخې
programme-sort-name = د نوم له مخې
programme-sort-newest = تر ټولو نوی لومړی
programme-search = لټون
programme-search-hint = نوم، برېښنالیک یا تلیفون؛ که غواړئ، اعراب (زېر، زبر) مه لیکئ
programme-search-button = وښایاست
programme-people-none = هېڅوک له دې لټون سره سمون نه خوري.

# د API د خلکو پاڼې
error-api-limit = limit باید له 1 څخه تر 1000 پورې یو بشپړ عدد وي.
error-api-cursor = cursor باید د مخکینۍ پاڼې next_cursor وي.
error-api-text = دا برخه د متن (JSON string) په توګه ولېږئ، لکه څنګه چې د API په تشریح کې راغلي.
# فورمې: بلل شوي کس، ملګري او واردولو ته څه ویل کېږي؛ د تایید لپاره یوه ناسته
accept-name = ستاسو نوم
assess-intro-buddy = څو پوښتنې، څو وګورو چې نن ورځ چېرته یاست. هېڅ سم یا غلط ځواب نشته. ستاسو نوی راغلی ستاسو ځوابونه نه ویني.
error-language-choice = یوه ژبه وټاکئ.
import-host-level = د دې هېواد په ژبه کې کچه
import-other-languages = نورې ژبې
home-pending-session = له { $name } سره د { $date } ناسته تایید کړئ

# د سپریډشیټ واردول: کوډ بندي، نېټې، فورمولونه
import-cell-problem = ستون “{ $column }”: { $message }
import-cell-formula = دا حجره یو فورمول لري (په =، @، + یا - پیلېږي). پر ځای یې د هغه ارزښت ولیکئ.
import-cell-bom = دا حجره یوه نه لیدل کېدونکې د بایټ ترتیب نښه (BOM) لري: څو فایلونه په یو کې یو ځای شوي. لرې یې کړئ، یا فایل بیا خوندي کړئ.
import-date-ambiguous = دا نېټه په دوه ډوله لوستل کېدای شي. د کال-میاشت-ورځ په بڼه یې ولیکئ (2026-04-03).
import-workbook = دا یو زوړ Excel ورک بوک (.xls) دی. خلاص یې کړئ او د .xlsx یا CSV په توګه یې خوندي کړئ، بیا هڅه وکړئ.
import-workbook-unreadable = دا فایل د Excel ورک بوک (.xlsx) په توګه نشي لوستل کېدای: ښايي خراب وي، په پټنوم خوندي وي، یا بل ډول فایل وي (لکه د LibreOffice .ods). خلاص یې کړئ او د .xlsx یا CSV په توګه یې خوندي کړئ، بیا هڅه وکړئ.
import-workbook-too-large = دا ورک بوک له خلاصېدو وروسته ډېر لوی دی. یوازې د خلکو پاڼه وساتئ، یا یې په څو برخو کې وارد کړئ.
import-not-text = دا فایل د متن په توګه خوندي شوی سپریډشیټ نه دی: داسې بایټونه لري چې هېڅ وړاندې شوې کوډ بندي یې نشي لوستلای. له خپل سپریډشیټ څخه یې د CSV په توګه خوندي کړئ او بیا هڅه وکړئ.
import-encoding = د فایل کوډ بندي
import-encoding-hint = له فایل څخه اټکل شوې. که لاندې په نومونو کې توري غلط ښکاري، بله کوډ بندي وټاکئ او دوام ورکړئ.
import-encoding-failed = فایل په ټاکل شوې کوډ بندۍ نشي لوستل کېدای: هماغسې وساتل شو لکه مخکې چې لوستل شوی و.

## د یو پروګرام جوړې، لټول شوې او پاڼه په پاڼه
pairs-title = د { $programme } جوړې
pairs-back = پروګرام ته بېرته
pairs-link = هره جوړه: لټون، تړل شوې جوړې
pairs-search-hint = د نوي راغلي یا ملګري نوم، برېښنالیک یا تلیفون
pairs-filter-any-status = هر حالت
pairs-filter-open = خلاصې (نه تړل شوې نه رد شوې)
pairs-filter-closed = تړل شوې
pairs-sort-oldest = تر ټولو زړې لومړی
pairs-sort-newest = تر ټولو نوې لومړی
pairs-sort-newcomer = د نوي راغلي د نوم له مخې
pairs-total = { $count ->
    [0] هېڅ جوړه نشته
    [one] یوه جوړه
   *[other] { $count } جوړې
}
pairs-pager = جوړې { $first }–{ $last } له { $total } څخه
pairs-all = ټولې جوړې
pairs-none = تر اوسه هېڅ جوړه نشته.
pairs-none-found = هېڅ جوړه له دې لټون سره سمون نه خوري.
pairs-column-pair = نوی راغلی ↔ ملګری
pairs-column-status = حالت
pairs-column-since = له
pairs-column-sessions = شوې ناستې
pairs-sessions = { $count ->
    [0] تر اوسه هېڅ
    [one] یوه
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] یوه، په { $date }
   *[other] { $count }، وروستۍ په { $date }
}

## د یو پروګرام د ملګرو ناستې، د مودې له مخې
sessions-title = د { $programme } د ملګرو ناستې
sessions-link = د ملګرو ناستې: د مودې له مخې، له ساعتونو سره
sessions-any-status = پلان شوې او شوې
sessions-planned = پلان شوې
sessions-held = شوې
sessions-held-confirmed = شوې، تایید شوې
sessions-how = { $minutes }، { $mode }
sessions-total = { $count ->
    [0] هېڅ ناسته نشته
    [one] یوه ناسته
   *[other] { $count } ناستې
}، ټولټال { $hours ->
    [one] یو ساعت
   *[other] { $hours } ساعته
}
sessions-pager = ناستې { $first }–{ $last } له { $total } څخه
sessions-from = له
sessions-to = تر (په ګډون)
sessions-recent = وروستۍ 30 ورځې او هغه څه چې پلان شوي
sessions-none = په دې موده کې هېڅ ناسته سمون نه خوري.
sessions-column-when = کله
sessions-column-how = څنګه

## د کارکوونکو د حسابونو لېست، د مدیریت لپاره
admin-users-search-hint = نوم یا برېښنالیک
admin-users-any-role = هر رول
admin-users-any-state = فعال او غیرفعال
admin-users-active = فعال
admin-users-inactive = غیرفعال شوی
admin-users-total = { $count ->
    [0] د کارکوونکو هېڅ حساب نشته
    [one] د کارکوونکو یو حساب
   *[other] د کارکوونکو { $count } حسابونه
}
admin-users-pager = حسابونه { $first }–{ $last } له { $total }
admin-users-all = د کارکوونکو ټول حسابونه
admin-users-none = هېڅ حساب له دې لټون سره سمون نه لري.

## Pairs and sessions as spreadsheets
pairs-export = دا جوړې ښکته کړئ (جدول، CSV)
pairs-export-xlsx = دا جوړې ښکته کړئ (Excel، .xlsx)
sessions-export = دا ناستې ښکته کړئ (جدول، CSV)
sessions-export-xlsx = دا غونډې ښکته کړئ (Excel، .xlsx)
export-pairs-column-pair = جوړه
export-pairs-column-newcomer = نوی راغلی
export-pairs-column-buddy = ملګری
export-pairs-column-status = حالت
export-pairs-column-proposed = وړاندیز شوی
export-pairs-column-started = پیل شوی
export-pairs-column-closed = پای ته رسېدلی
export-pairs-column-sessions = شوې ناستې
export-pairs-column-hours = شوي ساعتونه
export-pairs-column-last-session = وروستۍ ناسته
export-sessions-column-session = ناسته
export-sessions-column-date = نېټه
export-sessions-column-time = وخت
export-sessions-column-pair = جوړه
export-sessions-column-newcomer = نوی راغلی
export-sessions-column-buddy = ملګری
export-sessions-column-minutes = دقیقې
export-sessions-column-hours = ساعتونه
export-sessions-column-mode = څنګه
export-sessions-column-status = حالت
export-sessions-column-confirmed = تایید شوې
export-progress-column-course = کورس
export-progress-column-learner = زده کوونکی
export-progress-column-cohort = ډله
export-progress-column-enrolled = د نوم لیکنې نېټه
export-progress-column-done = بشپړ شوي اړین ماډلونه
export-progress-column-total = اړین ماډلونه
export-progress-column-completed = د بشپړېدو نېټه
export-figures-column-figure = شاخص
export-figures-column-key = اړوند
export-figures-column-n = له
export-figures-column-value = ارزښت
export-figures-column-suppressed = پټ (وړه ډله)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = نوم، د اړیکې کس، برېښنالیک یا تلیفون
stakeholders-any-kind = هر ډول
stakeholders-total = { $count ->
    [0] هېڅ اړوند لوری نشته
    [one] یو اړوند لوری
   *[other] { $count } اړوند لوري
}
stakeholders-pager = اړوند لوري { $first }–{ $last } له { $total }
stakeholders-all = ټول اړوند لوري
stakeholders-none-found = هېڅ اړوند لوری له دې لټون سره سمون نه لري.
