# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — فارسی. مرجع، فایل انگلیسی en.ftl است: هر کلید آن باید
# در هر ترجمهٔ کامل وجود داشته باشد.

## چارچوب هر صفحه
app-name = m4m
app-tagline = Buddy System: تازه‌واردان و همراهان داوطلب، در کنار هم
skip-to-content = رفتن به محتوای اصلی
table-scroll = جدول: برای خواندن کامل، آن را به پهلو بکشید
nav-home = خانه
nav-organisations = سازمان‌ها
nav-users = حساب‌ها
nav-outbox = پیام‌های فرستاده‌شده
nav-invite = دعوت از یک نفر
nav-login = ورود
nav-logout = خروج
language-switcher = زبان
language-choose = انتخاب این زبان
signed-in-as = واردشده با نام { $name }
footer-text = m4m به سازمان‌ها کمک می‌کند تا همراهی همتا به همتا را برای تازه‌واردان اجرا کنند. داده‌های شما نزد سازمان خودتان می‌ماند.

## ده گام
step-1 = اطلاع‌رسانی به ذی‌نفعان
step-2 = جذب و ثبت‌نام
step-3 = خودارزیابی اولیه
step-4 = جفت‌یابی مقدماتی
step-5 = آموزش
step-6 = تشکیل جفت‌ها و نخستین دیدار
step-7 = جلسه‌های همتا
step-8 = نظارت
step-9 = پیگیری پیشرفت
step-10 = ارزیابی نهایی
step-number = گام { $number }

## نقش‌ها
role-administrator = مدیر سامانه
role-coordinator = هماهنگ‌کننده
role-supervisor = ناظر
role-trainer = مربی
role-mentor = همراه داوطلب
role-mentee = تازه‌وارد
role-evaluator = ارزیاب

## صفحهٔ آغازین
landing-title = همراهی همتا به همتا برای تازه‌واردان
landing-intro = در Buddy System، یک همراه داوطلب — که اغلب خودش چند سال زودتر آمده است — به یک تازه‌وارد کمک می‌کند تا به سوی استقلال گام بردارد: رفت‌وآمد در شهر، پیدا کردن خدمات عمومی، تمرین زبان، جست‌وجوی کار یا مسکن. مددکاران اجتماعی آن‌ها را با هم آشنا می‌کنند و از آن‌ها پشتیبانی می‌کنند.
landing-staff = کارکنان، همراهان و تازه‌واردانی که حساب کاربری دارند، از اینجا وارد می‌شوند.

## ورود
login-title = ورود
login-email = نشانی ایمیل
login-password = گذرواژه
login-submit = ورود
login-failed = نشانی ایمیل یا گذرواژه نادرست است. هر دو را بررسی کنید و دوباره امتحان کنید.
login-throttled = تلاش‌های بیش از حد. 15 دقیقه صبر کنید و سپس دوباره امتحان کنید.
login-expired = نشست شما به پایان رسیده است. لطفاً دوباره وارد شوید.
logged-out = از حساب خود خارج شدید.
two-factor-title = ورود دومرحله‌ای
two-factor-intro = با ورود دومرحله‌ای، گذرواژه به‌تنهایی حساب شما را باز نمی‌کند: برنامه‌ای روی تلفن شما هر ۳۰ ثانیه یک کد شش‌رقمی تازه می‌دهد که m4m پس از گذرواژه می‌خواهد.
two-factor-step-app = یک برنامهٔ احراز هویت روی تلفن خود نصب کنید (مثلاً FreeOTP، Aegis، Google Authenticator یا Microsoft Authenticator).
two-factor-step-scan = در برنامه، یک حساب اضافه کنید و این کد را اسکن کنید:
two-factor-step-type = یا این کلید را وارد کنید:
two-factor-step-code = کد شش‌رقمی‌ای را که برنامه نشان می‌دهد وارد کنید تا مطمئن شوید کار می‌کند.
two-factor-code-app = کد برنامه
two-factor-confirm = فعال کردن ورود دومرحله‌ای
two-factor-required = نقش شما به داده‌های افراد زیادی دسترسی می‌دهد: پیش از ادامه باید ورود دومرحله‌ای را فعال کنید.
two-factor-on = ورود دومرحله‌ای فعال است: پس از گذرواژه، m4m کد برنامهٔ شما را می‌خواهد.
two-factor-codes-left = { $count ->
    [one] { $count } کد بازیابی باقی مانده است.
   *[other] { $count } کد بازیابی باقی مانده است.
}
two-factor-new-codes = کدهای بازیابی تازه
two-factor-new-codes-intro = کدهای قدیمی دیگر کار نمی‌کنند. برای گرفتن کدهای تازه، یک کد از برنامه وارد کنید.
two-factor-codes-title = این کدهای بازیابی را نگه دارید
two-factor-codes-intro = هر کد به شما اجازه می‌دهد اگر تلفن خود را گم کردید یک بار وارد شوید. آن‌ها را چاپ یا یادداشت کنید و در جای امنی نگه دارید: فقط همین حالا نمایش داده می‌شوند.
two-factor-login-title = کد تلفن شما
two-factor-login-intro = برنامهٔ احراز هویت را باز کنید و کد شش‌رقمی نمایش‌داده‌شده برای m4m را وارد کنید.
two-factor-login-recovery = تلفن خود را گم کرده‌اید؟ به جای آن یکی از کدهای بازیابی را وارد کنید.
two-factor-code = کد
two-factor-verify = ورود
two-factor-wrong-code = این کد درست نیست یا قبلاً استفاده شده است. کدی را که برنامه اکنون نشان می‌دهد وارد کنید.
two-factor-log-in-again = کدهای نادرست بسیار زیاد. دوباره با گذرواژه وارد شوید.
nav-two-factor = ورود دومرحله‌ای
tokens-title = توکن‌های API
tokens-intro = توکن به ابزاری از سازمان شما اجازه می‌دهد از API جی‌سان m4m به نام شما و با دسترسی‌های شما استفاده کند. به هر ابزار توکن جداگانه بدهید و وقتی دیگر لازم نیست آن را باطل کنید.
tokens-shown-once = توکن تازهٔ شما. همین حالا آن را کپی کنید: فقط همین یک بار نمایش داده می‌شود.
tokens-name = نام (توکن برای چیست)
tokens-create = ساختن توکن
tokens-created = ساخته‌شده
tokens-last-used = آخرین استفاده
tokens-never-used = هرگز
tokens-revoked = باطل‌شده
tokens-revoke = باطل کردن
tokens-openapi = توصیف API (OpenAPI)
nav-tokens = توکن‌های API
error-api-json = بدنهٔ درخواست باید JSON باشد، همان‌طور که توصیف API می‌گوید.

## صفحه‌های خانه
home-title = خانه
home-welcome = خوش آمدید، { $name }
home-no-role = حساب شما هنوز نقشی ندارد. از هماهنگ‌کنندهٔ خود بخواهید نقشی به شما بدهد.
home-programmes = برنامه‌های شما
home-no-programmes = هنوز برنامه‌ای وجود ندارد.
home-new-programme = ساختن یک برنامه
home-people-per-step = تعداد افراد در هر گام
home-people-total = { $count ->
    [0] هنوز هیچ‌کس
    [one] یک نفر
   *[other] { $count } نفر
}
home-mentors-of-target = همراهان: { $count } از { $target }
home-mentees-of-target = تازه‌واردان: { $count } از { $target }
home-open-programme = باز کردن برنامه
home-your-newcomers = تازه‌واردانی که همراهشان هستید
home-no-newcomers = شما هنوز با هیچ تازه‌واردی جفت نشده‌اید. هماهنگ‌کنندهٔ شما وقتی جفتی پیشنهاد شود، به شما خبر می‌دهد.
home-your-buddy = همراه شما
home-no-buddy = شما هنوز همراهی ندارید. هماهنگ‌کنندهٔ شما با کمک خودتان به دنبال یک همراه است.
home-next-sessions = جلسه‌های بعدی
home-no-sessions = هیچ جلسه‌ای برنامه‌ریزی نشده است.
home-next-session = جلسهٔ بعدی: { $when }
home-your-goals = هدف‌های شما
home-no-goals = هنوز هدفی وجود ندارد. هدف‌ها را با همراه خود انتخاب خواهید کرد.
home-goal-progress = { $progress }٪ انجام شده
home-speaks = زبان‌ها: { $languages }
home-area = محله یا منطقه: { $area }
home-supervised = همراهانی که بر آن‌ها نظارت می‌کنید
home-no-supervised = هنوز هیچ همراهی به شما سپرده نشده است.
home-supervised-pairs = جفت‌های همراهان شما
home-last-session = آخرین جلسه: { $when }
home-no-session-yet = هنوز هیچ جلسه‌ای ثبت نشده است
home-active-pairs = { $count ->
    [0] هیچ جفت فعالی نیست
    [one] یک جفت فعال
   *[other] { $count } جفت فعال
}
home-training = همراهان در حال آموزش
home-in-training = { $count ->
    [0] هیچ‌کس در حال آموزش نیست
    [one] یک همراه در حال آموزش
   *[other] { $count } همراه در حال آموزش
}
home-organisations = سازمان‌ها
home-accounts = { $count ->
    [0] هیچ حسابی نیست
    [one] یک حساب
   *[other] { $count } حساب
}
home-figures = آمار همهٔ سازمان‌ها
home-figures-note = فقط شمار: بدون نام و بدون داده‌های شخصی.

session-mode-in_person = حضوری
session-mode-online = آنلاین
session-mode-phone = تلفنی
session-at = { $when }، { $mode }
session-at-place = { $when }، { $mode }، { $place }

## برنامه‌ها
programme-title = برنامه
programme-status = وضعیت
programme-status-draft = پیش‌نویس
programme-status-recruiting = در حال جذب
programme-status-running = در جریان
programme-status-closed = پایان‌یافته
programme-dates = از { $start } تا { $end }
programme-languages = زبان‌ها
programme-organisation = سازمان
programme-participants = افراد این برنامه
programme-no-participants = هنوز کسی ثبت‌نام نکرده است.
programme-kind = نقش
programme-name = نام
programme-origin = کشور مبدأ
programme-native = زبان مادری
programme-area = محله یا منطقه
programme-step = گام
programme-new-title = برنامهٔ تازه
programme-field-name = نام برنامه
programme-field-description = توضیحات
programme-field-name-in = نام به زبان { $language }
programme-field-description-in = توضیحات به زبان { $language }
programme-field-languages = زبان‌های مورد استفاده (کدها، جداشده با کاما: fr, ar, prs)
programme-field-starts = نخستین روز
programme-field-ends = آخرین روز
programme-field-target-mentors = شمار همراهانی که باید جذب شوند
programme-field-target-mentees = شمار تازه‌واردانی که همراهی می‌شوند
programme-field-organisation = سازمان
programme-create = ساختن برنامه
programme-created = برنامه ساخته شد.

## دعوت‌ها
invite-title = دعوت از یک نفر
invite-intro = این شخص پیوندی دریافت می‌کند که 7 روز اعتبار دارد تا گذرواژهٔ خود را انتخاب کند. یک نفر می‌تواند چند نقش داشته باشد.
invite-email = نشانی ایمیل این شخص
invite-name = نام این شخص
invite-role = نقش
invite-organisation = سازمان
invite-submit = فرستادن دعوت‌نامه
invite-sent = دعوت‌نامه برای { $email } در راه است.
invite-link-once = شما می‌توانید این پیوند را خودتان هم بفرستید (برای نمونه با پیامک). این پیوند فقط یک بار نشان داده می‌شود:
invite-mail-subject = دعوت‌نامهٔ شما به m4m
invite-mail-body = سلام { $name }،

    { $inviter } شما را دعوت می‌کند که با نقش { $role } به m4m بپیوندید.
    گذرواژهٔ خود را با این پیوند انتخاب کنید (7 روز اعتبار دارد و فقط یک بار قابل استفاده است):

    { $link }
accept-title = به m4m خوش آمدید
accept-intro = شما با نقش { $role } دعوت شده‌اید. برای شروع، گذرواژهٔ خود را انتخاب کنید.
accept-organisation = سازمان: { $organisation }
accept-password = یک گذرواژه انتخاب کنید (دست‌کم 8 نویسه)
accept-password-again = همان گذرواژه را دوباره بنویسید
accept-submit = ذخیره و ادامه
accept-gone = این پیوند دعوت منقضی شده یا پیش‌تر استفاده شده است. از کسی که شما را دعوت کرده، پیوند تازه‌ای بخواهید.

## مدیریت
admin-organisations-title = سازمان‌ها
admin-organisation-name = نام
admin-organisation-country = کشور (دو حرف: FR, GR)
admin-organisation-languages = زبان‌ها (کدها، جداشده با کاما)
admin-organisation-time-zone = منطقهٔ زمانی (مانند Europe/Paris؛ خالی: منطقهٔ کشور)
admin-time-zone-save = تغییر
admin-organisation-programmes = برنامه‌ها
admin-organisation-members = حساب‌ها
admin-organisation-create = افزودن سازمان
admin-organisation-created = سازمان افزوده شد.
admin-users-title = حساب‌ها
admin-user-name = نام
admin-user-email = ایمیل
admin-user-roles = نقش‌ها
admin-user-inactive = غیرفعال
admin-outbox-title = پیام‌های فرستاده‌شده
admin-outbox-intro = بدون سرور ایمیل، پیام‌ها اینجا منتظر می‌مانند. برای فرستادن آن‌ها SMTP را پیکربندی کنید.
admin-outbox-empty = هیچ پیامی نیست.
admin-outbox-to = گیرنده
admin-outbox-subject = موضوع
admin-outbox-date = تاریخ
nav-inventory = فهرست داده‌ها
admin-inventory-title = فهرست داده‌ها
admin-inventory-intro = هر ستون پایگاه داده: آیا داده شخصی دارد، از چه نوعی، برای کدام پردازش و چه مدت نگهداری می‌شود. برای ثبت فعالیت‌های پردازش (ماده ۳۰ مقررات عمومی حفاظت از داده) و ارزیابی اثر.
admin-inventory-summary = { $personal } ستون از { $count } ستون داده شخصی دارند.
admin-inventory-csv = دریافت به صورت صفحه گسترده (CSV)
admin-inventory-table = جدول
admin-inventory-column = ستون
admin-inventory-category = نوع داده
admin-inventory-purposes = هدف‌ها
admin-inventory-retention = مدت نگهداری
admin-inventory-legend = معنای انواع و هدف‌ها
inventory-not-personal = غیرشخصی
inventory-category-identity = هویت
inventory-category-identity-help = نام‌ها، سال تولد، جنسیت.
inventory-category-contact = تماس
inventory-category-contact-help = نشانی‌های ایمیل، شماره‌های تلفن، محل زندگی یا دیدار.
inventory-category-special = دسته ویژه
inventory-category-special-help = داده‌های حساس: اصلیت، زبان‌های مادری، وضعیت مهاجرت، نیازها، پاسخ‌هایی که ممکن است به سلامت یا دین مربوط باشند.
inventory-category-free_text = متن آزاد
inventory-category-free_text-help = متنی که افراد نوشته‌اند: یادداشت‌ها، دلایل، خلاصه‌ها. ممکن است هر چیزی در آن باشد؛ آن را حساس بدانید.
inventory-category-profile = نمایه
inventory-category-profile-help = زبان‌ها، علایق، زمان‌های در دسترس، نقش‌ها، ترجیحات.
inventory-category-activity = فعالیت
inventory-category-activity-help = چه اتفاقی و چه زمانی افتاد: تاریخ‌ها، وضعیت‌ها، امتیازها، تصمیم‌ها.
inventory-category-pseudonymous = شناسه مستعار
inventory-category-pseudonymous-help = عدد یا کدی که به یک فرد اشاره می‌کند بی‌آنکه نام او را ببرد.
inventory-category-secret = محرمانه
inventory-category-secret-help = گذرواژه‌ها، توکن‌ها و عامل‌های دوم، هر جا ممکن باشد فقط به صورت هش.
inventory-purpose-programme = اجرای برنامه
inventory-purpose-programme-help = ثبت‌نام، غربالگری، جفت‌یابی، جفت‌ها و دیدارهایشان.
inventory-purpose-training = آموزش
inventory-purpose-training-help = آموزش همراهان و کارکنان.
inventory-purpose-contact = تماس
inventory-purpose-contact-help = رسیدن به افراد: ایمیل، تماس تلفنی، یادآوری.
inventory-purpose-evaluation = ارزیابی
inventory-purpose-evaluation-help = سنجش ادغام و نتایج برنامه.
inventory-purpose-security = امنیت
inventory-purpose-security-help = ورود، کنترل دسترسی، حفاظت در برابر سوءاستفاده.
inventory-purpose-accountability = تعهد قانونی و پاسخگویی
inventory-purpose-accountability-help = اثبات رضایت و ردپای ممیزی از اینکه چه کسی چه کرد.
inventory-retention-record = همراه با پرونده فرد، تا زمان پاک شدن آن
inventory-retention-account = همراه با حساب، تا زمان پاک شدن آن
inventory-retention-session = تا خروج؛ حداکثر ۱۲ ساعت، ۳۰ دقیقه بی‌فعالیتی
inventory-retention-day = پس از ۲۴ ساعت پاک می‌شود
inventory-retention-minutes = هنگام استفاده یا پس از پنج دقیقه پاک می‌شود
inventory-retention-audit = برای پاسخگویی نگهداری می‌شود (فقط افزودنی؛ فقط شناسه‌ها و کدها)
inventory-retention-organisation = تا زمانی که سازمان سوابق خود را نگه می‌دارد
inventory-retention-outbox = در صندوق خروجی؛ بدون پاک شدن خودکار
installation-wide = کل سامانه

figures-organisation = سازمان
figures-country = کشور
figures-programmes = برنامه‌ها
figures-mentors = همراهان
figures-mentees = تازه‌واردان
figures-active-pairs = جفت‌های فعال

## فرم‌ها و خطاها
form-fix-errors = برخی از خانه‌ها نیاز به توجه شما دارند:
form-required-mark = الزامی
error-required = پر کردن این خانه الزامی است.
error-too-long = این متن بیش از حد طولانی است.
error-control-characters = این متن نویسه‌هایی دارد که مجاز نیستند.
error-email-invalid = یک نشانی ایمیل مانند name@example.org وارد کنید.
error-email-taken = حساب دیگری از این نشانی ایمیل استفاده می‌کند.
error-password-short = گذرواژه باید دست‌کم 8 نویسه داشته باشد.
error-password-common = این گذرواژه از رایج‌ترین گذرواژه‌هایی است که مهاجمان اول امتحان می‌کنند. گذرواژهٔ دیگری انتخاب کنید، مثلاً چند کلمه که به خاطر می‌سپارید.
error-password-mismatch = دو گذرواژه یکسان نیستند.
error-country-invalid = کد دوحرفی کشور را وارد کنید، مانند FR یا GR.
error-language-code = کدهای زبان دو یا سه حرفی را وارد کنید، جداشده با کاما (fr, ar, prs).
error-date-invalid = تاریخ را به شکل سال-ماه-روز وارد کنید، مانند 2026-09-01.
error-end-before-start = آخرین روز نمی‌تواند پیش از نخستین روز باشد.
error-count-invalid = یک عدد صحیح از 0 تا 100000 وارد کنید.
error-choice-invalid = یکی از گزینه‌های پیشنهادشده را انتخاب کنید.

error-title = مشکلی پیش آمد
error-400-title = این درخواست قابل استفاده نیست
error-400-text = چیزی در این درخواست درست نیست. به صفحهٔ قبل برگردید و آنچه وارد کرده‌اید را بررسی کنید.
error-401-title = لطفاً وارد شوید
error-401-text = برای دیدن این صفحه باید وارد شوید.
error-403-title = مجاز نیست
error-403-text = شما اجازهٔ دیدن یا انجام این کار را ندارید. اگر فکر می‌کنید باید این اجازه را داشته باشید، از هماهنگ‌کنندهٔ خود بپرسید.
error-404-title = صفحه پیدا نشد
error-404-text = این صفحه وجود ندارد، یا شما اجازهٔ دیدن آن را ندارید.
error-405-title = اینجا ممکن نیست
error-405-text = از این نشانی نمی‌توان به این شکل استفاده کرد.
error-410-title = دیگر در دسترس نیست
error-413-title = دادهٔ بیش از حد
error-413-text = آنچه فرستادید بیش از حد بزرگ است. هر بار مقدار کمتری بفرستید.
error-429-title = تلاش‌های بیش از حد
error-500-title = مشکلی از سوی ما پیش آمد
error-500-text = این مشکل ثبت شد. کمی بعد دوباره امتحان کنید؛ اگر باز هم تکرار شد، به هماهنگ‌کنندهٔ خود خبر دهید.
error-csrf = اعتبار این فرم به پایان رسیده است. به صفحهٔ قبل برگردید، صفحه را دوباره بارگیری کنید و فرم را دوباره بفرستید.
error-unknown-language = این زبان در دسترس نیست: { $code }. یکی از زبان‌های پیشنهادشده را انتخاب کنید.
error-back-home = بازگشت به صفحهٔ خانه

## گام 1 — ذی‌نفعان و اطلاع‌رسانی
nav-stakeholders = ذی‌نفعان
nav-outreach = اطلاع‌رسانی
stakeholders-title = ذی‌نفعان محلی
stakeholders-intro = نهادهای محلی که با تازه‌واردان و داوطلبان سروکار دارند: خدمات اجتماعی، انجمن‌ها، مدرسه‌ها، کارفرمایان. ثبت کنید به چه کسانی اطلاع داده‌اید و چه کسانی افراد را به برنامه معرفی می‌کنند.
stakeholders-empty = هنوز هیچ ذی‌نفعی ثبت نشده است.
stakeholder-name = نام
stakeholder-kind = نوع
stakeholder-contact = فرد رابط
stakeholder-email = ایمیل
stakeholder-phone = تلفن
stakeholder-languages = زبان‌ها (کدها، جداشده با کاما)
stakeholder-area = منطقهٔ تحت پوشش
stakeholder-notes = یادداشت‌ها
stakeholder-add = افزودن ذی‌نفع
stakeholder-added = ذی‌نفع افزوده شد.
stakeholder-save = ذخیرهٔ تغییرات
stakeholder-saved = تغییرات ذخیره شد.
stakeholder-edit = تغییر مشخصات
stakeholder-referred = معرفی‌شدگان: همراهان { $mentors }، تازه‌واردان { $mentees }
stakeholder-referrals-by-month = معرفی‌ها در هر ماه
stakeholder-month = ماه
stakeholder-kind-social_service = خدمات اجتماعی
stakeholder-kind-association = انجمن
stakeholder-kind-local_administration = ادارهٔ محلی
stakeholder-kind-employer = کارفرما
stakeholder-kind-school = مدرسه
stakeholder-kind-health_service = خدمات درمانی
stakeholder-kind-volunteer_group = گروه داوطلبان
stakeholder-kind-migrant_community = جامعهٔ مهاجران
stakeholder-kind-other = سایر
outreach-title = دفتر اطلاع‌رسانی
outreach-intro = جلسه‌های اطلاع‌رسانی برگزارشده، مطالب پخش‌شده یا فرستاده‌شده، معرفی‌های دریافت‌شده.
outreach-empty = هنوز چیزی ثبت نشده است.
outreach-kind = چه چیزی
outreach-kind-information_session = جلسهٔ اطلاع‌رسانی
outreach-kind-material = مطالب پخش‌شده یا فرستاده‌شده
outreach-kind-referral = معرفی دریافت‌شده
outreach-date = تاریخ
outreach-stakeholder = ذی‌نفع
outreach-no-stakeholder = — هیچ —
outreach-place = مکان
outreach-audience = مخاطبان
outreach-reached = شمار افرادی که به آن‌ها اطلاع داده شد
outreach-materials = مطالب و زبان‌های آن‌ها (یا پیوندها)
outreach-notes = یادداشت‌ها
outreach-add = ثبت
outreach-added = ثبت شد.

## صفحهٔ عمومی یک برنامه
join-organisation = اجرا از سوی { $organisation } ({ $country })
join-how-title = برنامه چگونه کار می‌کند
join-how-text = یک تازه‌وارد و یک همراه داوطلب حدود شش ماه به طور منظم، حضوری یا آنلاین، با هم دیدار می‌کنند. آن‌ها با هم به سوی استقلال گام برمی‌دارند: رفت‌وآمد در شهر، پیدا کردن خدمات، تمرین زبان، جست‌وجوی کار یا مسکن. مددکاران اجتماعی آن‌ها را با هم آشنا می‌کنند و در کنارشان می‌مانند.
join-buddy-title = چه کسی می‌تواند همراه باشد
join-buddy-text = هر کسی که 18 سال یا بیشتر دارد، اینجا زندگی می‌کند، می‌تواند شش ماه، هر ماه چند ساعت وقت بگذارد و دوست دارد دانسته‌هایش را با دیگران در میان بگذارد. بسیاری از همراهان خودشان چند سال پیش به این کشور آمده‌اند. شما آموزش و پشتیبانی دریافت خواهید کرد.
join-newcomer-title = یک تازه‌وارد چه انتظاری می‌تواند داشته باشد
join-newcomer-text = کسی که به حرف شما گوش می‌دهد، اگر ممکن باشد به زبان شما صحبت می‌کند و به شما کمک می‌کند راه خودتان را پیدا کنید. رایگان است. آنچه می‌گویید محرمانه می‌ماند.
join-contact-title = تماس
join-register-buddy = می‌خواهم همراه باشم
join-register-newcomer = تازه به اینجا آمده‌ام و دوست دارم یک همراه داشته باشم
join-closed = این برنامه در حال حاضر ثبت‌نام نمی‌پذیرد.

## ثبت‌نام
register-title-mentor = همراه داوطلب شوید
register-title-mentee = یک همراه پیدا کنید
register-intro-mentor = دربارهٔ خودتان به ما بگویید. یک هماهنگ‌کننده برای گفت‌وگو با شما تماس تلفنی می‌گیرد.
register-intro-mentee = دربارهٔ خودتان به ما بگویید. یک هماهنگ‌کننده با شما تماس می‌گیرد.
register-staff-note = شما این فرد را از طرف خودش ثبت‌نام می‌کنید. متن رضایت‌نامه را به زبان خودش برایش بخوانید.
reg-about = دربارهٔ شما
reg-first-name = نام
reg-last-name = نام خانوادگی
reg-phone = تلفن
reg-email = ایمیل
reg-contact-hint = دست‌کم یک شمارهٔ تلفن یا یک نشانی ایمیل بدهید.
reg-languages = زبان‌ها
reg-native-language = زبان مادری
reg-other-languages = زبان‌های دیگری که صحبت می‌کنید
reg-language = زبان
reg-level = سطح
reg-choose = انتخاب کنید…
level-basic = چند کلمه
level-conversational = می‌توانم گفت‌وگو کنم
level-fluent = روان
level-native = زبان مادری
reg-host-level = سطح شما در زبان این کشور
reg-country = کشور مبدأ
reg-arrival = تاریخ ورود به این کشور
reg-area = محله، شهر یا کد پستی
reg-availability = چه زمانی در دسترس هستید؟
reg-availability-hint = زمان‌هایی را که معمولاً برایتان مناسب است علامت بزنید.
day-1 = دوشنبه
day-2 = سه‌شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
part-morning = صبح
part-afternoon = بعدازظهر
part-evening = شب
reg-interests = علاقه‌مندی‌ها
interest-sport = ورزش
interest-cooking = آشپزی
interest-music = موسیقی
interest-reading = کتاب‌خوانی
interest-nature = طبیعت و پیاده‌روی
interest-crafts = کارهای دستی
interest-games = بازی
interest-technology = فناوری
interest-arts = هنر
interest-family = خانواده و کودکان
interest-faith = دین و معنویت
interest-volunteering = کار داوطلبانه
reg-needs = در چه زمینه‌هایی کمک می‌خواهید؟
reg-skills = در چه زمینه‌هایی می‌توانید کمک کنید؟
area-language = زبان
area-administration = کارهای اداری
area-housing = مسکن
area-employment = کار و آموزش
area-health = سلامت
area-education = مدرسهٔ بچه‌ها
area-transport = رفت‌وآمد
area-money = پول و بانک
area-digital = تلفن و اینترنت
area-social = آشنایی با مردم
area-wellbeing = آرامش و سلامت روان
reg-experience = تجربهٔ شما (کار داوطلبانه، کار، تجربهٔ آمدن خودتان)
reg-motivation = چرا می‌خواهید همراه باشید؟
reg-gender = جنسیت
gender-woman = زن
gender-man = مرد
gender-other = دیگر
gender-unsaid = ترجیح می‌دهم نگویم
reg-gender-preference = ترجیح می‌دهید همراه شما چه کسی باشد؟
gender-pref-none = فرقی نمی‌کند
gender-pref-woman = یک زن
gender-pref-man = یک مرد
reg-birth-year = سال تولد
reg-heard-from = چطور از این برنامه باخبر شدید؟
heard-stakeholder = از طریق یک سازمان
heard-friend = از طریق دوست یا خانواده
heard-social_media = در شبکه‌های اجتماعی
heard-poster = پوستر یا بروشور
heard-event = در یک رویداد
heard-other = سایر
reg-referred-by = کدام سازمان؟
reg-consent-title = رضایت شما
consent-notice = { $organisation } آنچه را اینجا می‌نویسید برای اجرای برنامه نگه می‌دارد: برای پیدا کردن یک همراه برای شما (یا یک تازه‌وارد)، برای تماس با شما و برای پیگیری جفت شما. فقط کارکنان برنامه آن را می‌بینند؛ کسی که با او جفت می‌شوید فقط نام کوچک، زبان‌ها و محلهٔ شما را می‌بیند. هر زمان بخواهید می‌توانید درخواست کنید داده‌هایتان را ببینید، اصلاح یا پاک کنید، و هر رضایتی را که در پایین داده‌اید به همان آسانی پس بگیرید.
consent-participation = موافقم در برنامه شرکت کنم و داده‌هایم برای آن استفاده شود (الزامی).
consent-contact_sms = می‌توانید با پیامک با من تماس بگیرید.
consent-contact_email = می‌توانید با ایمیل با من تماس بگیرید.
consent-contact_phone = می‌توانید به من تلفن کنید.
consent-share_partners = می‌توانید پروندهٔ مرا با سازمان‌های همکار برنامه در میان بگذارید.
consent-evaluation = پاسخ‌های من می‌تواند بدون نامم برای ارزیابی برنامه استفاده شود.
reg-submit = فرستادن
reg-thanks-title = سپاسگزاریم
reg-thanks-text = ثبت‌نام شما دریافت شد. یک هماهنگ‌کننده به‌زودی با شما تماس می‌گیرد.
register-too-many = از این اتصال ثبت‌نام‌های بیش از حد فرستاده شده است. یک ساعت دیگر دوباره امتحان کنید.
error-phone-invalid = یک شمارهٔ تلفن با 6 تا 15 رقم وارد کنید، مانند +33 6 12 34 56 78.
error-contact-required = یک شمارهٔ تلفن یا یک نشانی ایمیل بدهید.
error-date-future = این تاریخ نمی‌تواند در آینده باشد.
error-year-invalid = سال تولد را وارد کنید، مانند 1990.
error-buddy-too-young = همراهان باید دست‌کم 18 سال داشته باشند.
error-consent-required = برای ثبت‌نام، موافقت شما برای شرکت در برنامه لازم است.
error-status-move = این تغییر وضعیت از وضعیت کنونی ممکن نیست.
error-reason-required = دلیل را بنویسید.
error-409-title = در این فاصله تغییر کرد
error-conflict = کس دیگری هم‌زمان این پرونده را تغییر داد. صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
error-422-title = قبلاً استفاده شده
error-taken-email = حسابی از قبل از این نشانی ایمیل استفاده می‌کند.
error-taken-questionnaire-version = شخص دیگری در حین ویرایش شما نسخهٔ تازه‌ای از این پرسش‌نامه را ذخیره کرد. این نسخه همراه با متن شما در زیر نمایش داده شده است: آن‌ها را مقایسه کنید و دوباره ذخیره کنید.

## پروندهٔ یک فرد
person-kind = نقش
person-status = وضعیت
person-step = گام
person-contact = تماس
person-languages = زبان‌ها
person-origin = کشور مبدأ
person-arrival = تاریخ ورود
person-area = محله یا منطقه
person-availability = زمان‌های در دسترس
person-interests = علاقه‌مندی‌ها
person-needs = به کمک نیاز دارد در
person-skills = می‌تواند کمک کند در
person-experience = تجربه
person-motivation = انگیزه
person-gender = جنسیت
person-gender-preference = ترجیح دربارهٔ همراه
person-birth-year = سال تولد
person-heard-from = راه آشنایی با برنامه
person-referred-by = معرفی‌شده از سوی
person-registration = ثبت‌نام
person-entered-by-staff = ثبت‌نام توسط کارکنان در { $date }، زبان: { $language }
person-self-registered = ثبت‌نام توسط خود فرد در { $date }، زبان: { $language }
person-consents = رضایت‌ها
consent-given = داده‌شده در { $date }، نسخهٔ متن { $version }، زبان: { $language }
consent-recorded-by = ثبت‌شده توسط { $name }
consent-withdrawn = پس گرفته‌شده در { $date }
consent-not-given = داده نشده
consent-state-given = داده‌شده در { $date }
consent-withdraw = پس گرفتن
consent-give = دادن رضایت
consents-title = رضایت‌های شما
consents-title-of = رضایت‌های { $name }
consents-saved = ذخیره شد. از همین حالا اعمال می‌شود.
consents-intro = اینجا انتخاب می‌کنید که برنامه چگونه می‌تواند با شما تماس بگیرد و از داده‌هایتان استفاده کند. هر تغییری فوراً اعمال می‌شود و هر وقت بخواهید می‌توانید نظرتان را عوض کنید.
consents-intro-staff = به درخواست خود فرد رضایتی را تغییر دهید (حضوری، تلفنی یا کتبی). تغییر با نام شما ثبت می‌شود و فوراً اعمال می‌شود.
consents-participation = برای توقف مشارکت در برنامه، به هماهنگ‌کنندهٔ خود بگویید: پروندهٔ شما نشان خواهد داد که کنار رفته‌اید.
consents-change-link = تغییر رضایت به درخواست فرد
consents-mine-link = رضایت‌های شما
person-do-not-contact = تماس نگیرید
no-contact_sms = بدون پیامک
no-contact_email = بدون ایمیل
no-contact_phone = بدون تماس تلفنی
person-screening = بررسی درخواست
person-move-to = وضعیت جدید
person-reason = دلیل (برای رد یا انصراف الزامی است)
person-move-submit = تغییر وضعیت
person-moved = وضعیت تغییر کرد.
person-no-moves = تغییر دیگری ممکن نیست.
person-history = سابقه
history-line = { $date }: { $from } ← { $to }
history-first = { $date }: { $to }
history-by = توسط { $name }
status-applied = درخواست داده
status-interview = گفت‌وگو
status-references_checked = معرف‌ها بررسی شد
status-accepted = پذیرفته شد
status-declined = پذیرفته نشد
status-training = در حال آموزش
status-registered = ثبت‌نام‌شده
status-intake = گفت‌وگوی پذیرش
status-self_assessed = خودارزیابی انجام شد
status-ready = آمادهٔ جفت شدن
status-active = در یک جفت
status-alumni = شرکت‌کنندهٔ پیشین
status-withdrawn = انصراف داده

## ابزارهای برنامه برای کارکنان
programme-field-contact = راه تماسی که در صفحهٔ عمومی نشان داده می‌شود
programme-public-page = صفحهٔ عمومی
programme-register-mentee = ثبت‌نام یک تازه‌وارد
programme-register-mentor = ثبت‌نام یک همراه
programme-duplicates = موارد تکراری احتمالی
programme-export = خروجی گرفتن از فهرست (CSV)
programme-export-xlsx = خروجی گرفتن از فهرست (Excel، .xlsx)
export-column-id = شماره
export-column-kind = همراه یا تازه‌وارد
export-column-status = وضعیت
export-column-step = مرحله
export-column-first-name = نام
export-column-last-name = نام خانوادگی
export-column-email = ایمیل
export-column-phone = تلفن
export-column-native-language = زبان مادری
export-column-languages = زبان‌ها
export-stakeholders-referred-buddies = همیاران معرفی‌شده
export-stakeholders-referred-newcomers = تازه‌واردان معرفی‌شده
export-column-host-language-level = سطح در زبان کشور
export-column-country-of-origin = کشور مبدأ
export-column-arrival-date = تاریخ ورود
export-column-area = محله
export-column-availability = زمان‌های آزاد
export-column-interests = علاقه‌ها
export-column-areas = زمینه‌های کمک
export-column-gender = جنسیت
export-column-gender-preference = جنسیت دلخواه برای همراه
export-column-birth-year = سال تولد
export-column-heard-from = ما را از این راه شناخت
export-column-registered-at = تاریخ ثبت‌نام
programme-export-codes = کدهای ستون برای ابزارها (CSV)
programme-import = وارد کردن فهرست (CSV)
programme-status-column = وضعیت

## موارد تکراری
duplicates-title = موارد تکراری احتمالی
duplicates-intro = این پرونده‌ها ممکن است مربوط به یک نفر باشند. آن‌ها را در پروندهٔ اول ادغام کنید، یا مشخص کنید که افراد متفاوتی هستند.
duplicates-none = هیچ مورد تکراری احتمالی نیست.
duplicates-reason-email = ایمیل یکسان
duplicates-reason-phone = تلفن یکسان
duplicates-reason-name = نام و سال تولد یکسان
duplicates-merge = ادغام در پروندهٔ اول
duplicates-keep = افراد متفاوت
duplicates-merged = پرونده‌ها ادغام شدند.
duplicates-kept = به عنوان افراد متفاوت مشخص شدند.
duplicates-pager = موارد تکراری احتمالی { $first }–{ $last } از { $total }

## وارد کردن از CSV
import-title = وارد کردن فهرست
import-intro = یک فایل CSV را که از یک برنامهٔ صفحه‌گسترده ذخیره شده است بارگذاری کنید (UTF-8، جداشده با کاما یا نقطه‌ویرگول، هر نفر در یک سطر، با یک سطر عنوان در ابتدا). سپس انتخاب می‌کنید هر ستون چه چیزی دارد، همهٔ سطرها را بررسی‌شده می‌بینید و بعد همه را وارد می‌کنید یا هیچ‌کدام را. کارپوشهٔ Excel (.xlsx) همان‌طور که هست خوانده می‌شود: نخستین برگهٔ آن، همراه با تاریخ‌ها و عددها.
import-file = فایل CSV یا Excel (.xlsx)
import-kind = این افراد
import-next = ادامه
import-mapping-title = هر ستون چه چیزی دارد؟
import-column-none = — در فایل نیست —
import-preview-title = پیش از وارد کردن بررسی کنید
import-row = سطر
import-row-ok = آماده
import-row-skip = از قبل ثبت‌نام شده: رد شد
import-row-errors = نیاز به اصلاح
import-consent-confirm = تأیید می‌کنم که هر یک از این افراد با شرکت در برنامه موافقت کرده است (رضایت روی کاغذ یا به‌صورت شفاهی گرفته شده است).
import-commit = { $count ->
    [one] وارد کردن یک نفر
   *[other] وارد کردن { $count } نفر
}
import-done = { $count ->
    [0] هیچ‌کس وارد نشد
    [one] یک نفر وارد شد
   *[other] { $count } نفر وارد شدند
}، از قبل ثبت‌نام‌شده: { $skipped }.
import-empty = فایل هیچ سطری برای وارد کردن ندارد.
import-bad-csv = این فایل به‌صورت CSV خوانده نمی‌شود. آن را در برنامهٔ صفحه‌گستردهٔ خود با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید.
import-has-errors = برخی سطرهای فایل پیش از وارد کردن باید اصلاح شوند. هیچ چیزی وارد نشد.
import-consent-required = تأیید کنید که این افراد با شرکت در برنامه موافقت کرده‌اند.
error-number-range = یک عدد صحیح از { $min } تا { $max } وارد کنید.
error-scale-invalid = یکی از نقطه‌های مقیاس را انتخاب کنید.

## گام 3 — پرسش‌نامه‌ها و خودارزیابی اولیه
nav-questionnaires = پرسش‌نامه‌ها
q-kind-newcomer_self_assessment = خودارزیابی تازه‌وارد
q-kind-buddy_self_assessment = خودارزیابی همراه
q-kind-buddy_interview = گفت‌وگو با همراه
q-kind-newcomer_intake = گفت‌وگوی پذیرش تازه‌وارد
q-done-on = پرشده در { $date }
q-not-done = هنوز پر نشده
q-fill = پر کردن
q-fill-with = پر کردن همراه با فرد
q-view = دیدن پاسخ‌ها
q-by-staff-note = شما این پرسش‌نامه را همراه با فرد، یا در طول گفت‌وگو از طرف او پر می‌کنید. این موضوع ثبت خواهد شد.
q-send = ذخیرهٔ پاسخ‌ها
q-saved = پاسخ‌ها ذخیره شد.
questionnaires-title = پرسش‌نامه‌ها
questionnaires-intro = پرسش‌نامه‌های سازمان شما. هر تغییر یک نسخهٔ جدید می‌سازد؛ پاسخ‌هایی که قبلاً داده شده‌اند به همان نسخه‌ای که پاسخ داده‌اند وابسته می‌مانند.
q-version = نسخهٔ { $version }
q-responses = { $count ->
    [0] هنوز پاسخی نیست
    [one] یک پاسخ
   *[other] { $count } پاسخ
}
q-edit = تغییر
q-edit-intro = تعریف زیر نسخهٔ کنونی است، در قالب JSON که در docs/QUESTIONNAIRES.md توضیح داده شده است. ذخیرهٔ آن یک نسخهٔ جدید می‌سازد.
q-definition-json = تعریف (JSON)
q-save-version = ذخیره به عنوان نسخهٔ جدید
q-new-version-saved = نسخهٔ { $version } ذخیره شد.
q-definition-invalid = این تعریف قابل استفاده نیست: { $detail }
q-preview = پیش‌نمایش
assess-title = خودارزیابی شما
assess-intro = چند پرسش برای اینکه ببینیم امروز کجا هستید. پاسخ درست یا غلط وجود ندارد. همراه شما پاسخ‌هایتان را نمی‌بیند.
assess-start = شروع
assess-continue = ادامه
assess-question-of = پرسش { $n } از { $total }
assess-next = بعدی
assess-back = بازگشت
assess-skip = رد شدن از این پرسش
assess-review-title = پاسخ‌هایتان را بررسی کنید
assess-not-answered = بی‌پاسخ
assess-change = تغییر
assess-send = فرستادن پاسخ‌هایم
assess-missing = برخی پرسش‌های الزامی هنوز پاسخی ندارند.
assess-done-title = سپاسگزاریم
assess-done-text = پاسخ‌های شما ذخیره شد. این پاسخ‌ها نقطهٔ شروع شما را نشان می‌دهند؛ در پایان برنامه آن‌ها را مقایسه خواهید کرد.
baseline-title = نقطهٔ شروع
baseline-chart-title = میزان استقلال در هر زمینه در آغاز، از 1 (به کمک زیادی نیاز دارد) تا 5 (به‌تنهایی از پس کارها برمی‌آید)
baseline-area = زمینه
baseline-score = امتیاز
baseline-of-five = { $score } / { $max }
baseline-none = هنوز خودارزیابی‌ای انجام نشده است.
home-self-assessment = خودارزیابی شما
home-start-assessment = خودارزیابی‌تان را شروع کنید
home-continue-assessment = خودارزیابی‌تان را ادامه دهید
person-space = فضای شخصی
person-has-account = این فرد حساب کاربری دارد: همراه، جلسه‌ها و پرسش‌نامه‌های خود را می‌بیند.
person-invite-intro = از این فرد دعوت کنید با تلفن خود وارد شود: خودش خودارزیابی‌اش را پر می‌کند و همراه و جلسه‌هایش را می‌بیند.
person-invite = فرستادن دعوت‌نامه
person-edit-link = اصلاح اطلاعات
person-edit-title = اصلاح اطلاعات { $name }
person-edit-intro = آنچه هنگام ثبت‌نام ثبت شده است را اصلاح کنید. رضایت‌ها در صفحهٔ خودشان تغییر می‌کنند.
person-edit-save = ذخیرهٔ اصلاحات
person-edit-saved = اطلاعات اصلاح شد.
person-invite-needs-email = برای ساختن حساب، نشانی ایمیل لازم است و این پرونده نشانی ایمیل ندارد.
stakeholders-export = خروجی گرفتن از فهرست ذی‌نفعان (CSV)
outreach-export = خروجی گرفتن از دفتر اطلاع‌رسانی (CSV)

## گام 5 — آموزش
nav-training = آموزش
training-title = آموزش
training-intro = دوره‌های آموزشی سازمان شما: دورهٔ همراهان و دورهٔ ویژهٔ متخصصان و داوطلبان. یک همراه وقتی همهٔ بخش‌های الزامی را گذرانده باشد، آمادهٔ جفت شدن است.
training-empty = هنوز دوره‌ای وجود ندارد.
course-title = عنوان
course-audience = ویژهٔ
audience-buddies = همراهان
audience-professionals = متخصصان و داوطلبان
course-description = توضیحات
course-create = ساختن دوره
course-modules = بخش‌ها
course-learners = فراگیران
course-counts = بخش‌ها: { $modules } · ثبت‌نام‌شده‌ها: { $enrolled } · پایان‌یافته‌ها: { $completed }
course-no-modules = هنوز بخشی وجود ندارد.
course-no-learners = هنوز کسی ثبت‌نام نشده است.
course-progress-xlsx = دریافت پیشرفت آموزش‌گیرندگان (Excel، .xlsx)
course-completed-on = به پایان رسیده در { $date }
course-in-progress = در جریان: { $done } از { $total } بخش الزامی
module-add = افزودن یک بخش
module-kind = نوع بخش
module-kind-capsule = کپسول آموزشی (متن، فایل یا ویدیو)
module-kind-quiz = آزمونک
module-kind-session = جلسهٔ حضوری
module-title = عنوان
module-body = محتوا یا برنامه
module-link = پیوند به یک ویدیو یا فایل (https://…)
module-minutes = زمان یادگیری (دقیقه)
module-mandatory = الزامی برای همراهان
module-quiz = پرسش‌ها: برای هر پرسش یک بند، پرسش در سطر نخست، هر گزینه در یک سطر، و گزینهٔ درست با * آغاز شود
module-pass-mark = نمرهٔ قبولی (%)
module-date = تاریخ
module-time = ساعت (HH:MM)
module-place = مکان
module-capacity = ظرفیت
module-when = { $when }، { $place }
module-mandatory-mark = الزامی
module-hours = { $minutes } دقیقه
module-record = ثبت پیشرفت
module-record-intro = ثبت کنید چه کسانی این بخش را گذرانده‌اند، در جلسه حاضر بوده‌اند یا در آزمونک قبول شده‌اند.
module-record-save = ذخیره
module-recorded = پیشرفت ذخیره شد.
module-too-many = شمار حاضران از ظرفیت بیشتر است. فهرست را بررسی کنید.
progress-not_started = شروع نشده
progress-done = انجام شد
progress-passed = قبول ({ $score } %)
progress-failed = هنوز قبول نشده ({ $score } %)
progress-attended = حاضر
progress-absent = غایب
progress-score = نمرهٔ آزمونک (%)
enrol-title = ثبت‌نام فراگیران
enrol-cohort = گروه (برای نمونه «طرح آزمایشی فرانسه 2026»)
enrol-submit = ثبت‌نام
enrol-none = کسی برای ثبت‌نام نیست: همراهان پس از پذیرفته شدن و حساب‌های کارکنان پس از داشتن نقشی در سازمان اینجا نمایش داده می‌شوند.
enrolled = { $count ->
    [0] هیچ‌کس ثبت‌نام نشده است
    [one] یک نفر ثبت‌نام شده است
   *[other] { $count } نفر ثبت‌نام شده‌اند
}
learn-title = آموزش شما
learn-empty = شما هنوز در هیچ دوره‌ای ثبت‌نام نشده‌اید.
learn-open = باز کردن
learn-done-button = این بخش را گذراندم
learn-quiz-submit = بررسی پاسخ‌هایم
learn-quiz-result = نمرهٔ شما: { $score } %. نمرهٔ قبولی { $pass } % است.
learn-session = جلسه در { $when }، مکان: { $place }
certificate = گواهی
certificate-title = گواهی آموزش
certificate-text = بدین‌وسیله گواهی می‌شود که { $name } دورهٔ «{ $course }» را با { $hours } ساعت یادگیری در تاریخ { $date } به پایان رسانده است.
certificate-modules = بخش‌های گذرانده‌شده
certificate-print = این صفحه را چاپ کنید یا از طریق مرورگر خود به‌صورت PDF ذخیره کنید.
error-quiz-format = هر پرسش را در یک سطر جداگانه بنویسید، سپس گزینه‌هایش را هر کدام در یک سطر، به‌طوری‌که فقط یکی از آن‌ها با * آغاز شود؛ میان پرسش‌ها یک سطر خالی بگذارید.
error-link-invalid = پیوندی وارد کنید که با https:// آغاز شود
error-time-invalid = ساعتی مانند 14:30 وارد کنید.
error-time-zone-invalid = یک منطقهٔ زمانی مانند Europe/Paris وارد کنید.
error-training-not-done = همراه فقط زمانی می‌تواند آمادهٔ جفت شدن باشد که همهٔ بخش‌های الزامی آموزش را گذرانده باشد.
home-training-own = آموزش شما
form-yes = بله
form-no = خیر

## گام 4 — جفت‌یابی مقدماتی
match-title = جفت‌یابی مقدماتی
match-intro = پیشنهاد، برای بیشترین تعداد ممکن از تازه‌واردان جفت تشکیل می‌دهد و سپس بهترین امتیاز کل را برمی‌گزیند. هر توضیح را بخوانید، جفت‌هایی را که درباره‌شان تصمیم گرفته‌اید قفل کنید، جفت‌هایی را که نباید تشکیل شوند کنار بگذارید و سپس تأیید کنید: تا شما تأیید نکنید، هیچ جفتی تشکیل نمی‌شود.
match-summary = تازه‌واردان جفت‌شده: { $matched } از { $mentees }. همراهان آمادهٔ جفت شدن: { $mentors }.
match-none-ready = هنوز هیچ‌کس در این برنامه آمادهٔ جفت شدن نیست.
match-proposals = جفت‌های پیشنهادی
match-score = میزان سازگاری: { $score }٪
match-criterion = معیار
match-weight = وزن
match-subscore = امتیاز
match-why = دلیل
match-confirm = تأیید این جفت
match-lock = قفل کردن
match-unlock = باز کردن قفل
match-locked = قفل‌شده
match-exclude = کنار گذاشتن این جفت
match-exclude-reason = دلیل کنار گذاشتن (اختلاف، خویشاوندی، جفت قبلی…)
match-others = همراهان مناسب بعدی
match-unmatched = تازه‌واردانی که بدون همراه مانده‌اند
match-blocked = دلیل ممکن نبودن هر همراه
match-excluded-title = جفت‌های کنارگذاشته‌شده
match-clear = اجازهٔ دوباره
match-weights-title = وزن معیارها (از 0 تا 10)
match-weights-save = ذخیره و محاسبهٔ دوباره
match-weights-unreadable = وزن‌های ذخیره‌شدهٔ این برنامه خوانده نشد: وزن‌های پیش‌فرض در پایین نشان داده شده و برای این پیشنهاد به کار رفته‌اند.
match-weights-unreadable-fix = ذخیرهٔ وزن‌های تازه
match-manual-title = جفت کردن دستی
match-manual-intro = جفتی غیر از جفت پیشنهادی انتخاب کنید و دلیلش را بنویسید: دلیل ثبت می‌شود.
match-manual-mentee = تازه‌وارد
match-manual-mentor = همراه
match-manual-reason-label = دلیل
match-manual-submit = جفت کردن
match-manual = جفت‌شده به‌صورت دستی
match-manual-reason = بنویسید چرا این دو نفر را برخلاف پیشنهاد جفت می‌کنید.
match-weight-invalid = هر وزن عددی از 0 تا 10 است و دست‌کم یکی باید بیشتر از 0 باشد.
match-done-confirmed = این جفت به هر دو نفر پیشنهاد شد.
match-done-marked = ذخیره شد؛ پیشنهاد دوباره محاسبه می‌شود.
match-done-weights = وزن‌ها ذخیره شد؛ پیشنهاد دوباره محاسبه می‌شود.
criterion-needs = نیازها و مهارت‌ها
criterion-language = زبان‌های مشترک
criterion-host-language = زبان کشور میزبان
criterion-goals = هدف‌ها
criterion-interests = علاقه‌مندی‌ها
criterion-expectations = انتظارات
criterion-availability = زمان‌های در دسترس
criterion-place = مکان
criterion-age = سن
criterion-gender = جنسیت
criterion-capacity = ظرفیت همراه
match-gender-female = زن
match-gender-male = مرد
match-gender-other = از جنسیتی دیگر
match-shared-native-language = زبان مادری یکسان: { $language }
match-common-language = زبان مشترک: { $language } (سطح { $level })
match-no-common-language = هیچ زبان مشترکی در سطح { $level } یا بالاتر نیست
match-communicates-beyond-host-language = می‌توانند به زبانی غیر از { $language } هم گفت‌وگو کنند
match-host-language-level = سطح زبان { $language }: { $level }
match-needs-met = نیازهای پوشش‌داده‌شده ({ $count } از { $needs }): { $met }
match-needs-unknown = نیازها مشخص نیست
match-shared-goals = هدف‌های مشترک: { $goals }
match-no-shared-goals = هیچ هدف مشترکی نیست
match-goals-unknown = هدف‌ها مشخص نیست
match-shared-interests = علاقه‌مندی‌های مشترک: { $interests }
match-no-shared-interests = هیچ علاقهٔ مشترکی نیست
match-interests-unknown = علاقه‌مندی‌ها مشخص نیست
match-shared-expectations = انتظارات یکسان: { $expectations }
match-no-shared-expectations = انتظارات متفاوت
match-expectations-unknown = انتظارات مشخص نیست
match-availability-overlap = زمان‌های مشترک در هفته: { $slots }
match-availability-unknown = زمان‌های در دسترس مشخص نیست
match-distance-km = فاصله: { $km } کیلومتر
match-same-area = منطقهٔ یکسان: { $area }
match-different-area = منطقه‌های متفاوت
match-place-unknown = مکان مشخص نیست
match-age-gap = اختلاف سن به سال: { $years }
match-age-unknown = سن مشخص نیست
match-same-gender = جنسیت یکسان
match-different-gender = جنسیت متفاوت
match-gender-unknown = جنسیت مشخص نیست
match-mentor-room = جای خالی: { $free } از { $capacity }
match-gender-preference-mentee = تازه‌وارد ترجیح می‌دهد همراهش { $preference } باشد
match-gender-preference-mentor = همراه ترجیح می‌دهد تازه‌وارد { $preference } باشد
match-excluded-by-coordinator = هماهنگ‌کننده این جفت را کنار گذاشته است
match-mentor-at-capacity = همراه دیگر جای خالی ندارد (ظرفیت: { $capacity })
match-mentor-not-eligible = همراه هنوز آمادهٔ جفت شدن نیست
match-no-possible-mentor = هیچ همراهی برای این تازه‌وارد ممکن نیست.
match-mentors-taken = { $count ->
    [one] تنها همراهِ ممکن با تازه‌وارد دیگری جفت شده است.
   *[other] هر { $count } همراهِ ممکن با تازه‌واردان دیگری جفت شده‌اند.
}

## گام 6 — تشکیل جفت‌ها و نخستین دیدار
pair-mail-subject = جفتی به شما پیشنهاد شده است
pair-mail-body = سلام { $name }،

    برنامه پیشنهاد می‌کند که با { $other } دیدار کنید. ببینید او کیست و همین‌جا پاسخ دهید:

    { $link }
pair-proposal-title-mentor = یک تازه‌وارد به شما پیشنهاد شده است
pair-proposal-title-mentee = یک همراه به شما پیشنهاد شده است
pair-proposal-intro = آیا دوست دارید با این فرد دیدار کنید؟ اگر نه، دلیلش را بگویید: هماهنگ‌کننده به دنبال فرد دیگری خواهد گشت.
pair-accept = بله، موافقم
pair-decline = نه، سپاسگزارم
pair-decline-reason = چرا نه؟ (برای رد کردن لازم است)
pair-answer-accepted = شما پذیرفتید. هماهنگ‌کننده نخستین دیدار شما را ترتیب می‌دهد.
pair-answer-declined = شما این پیشنهاد را نپذیرفتید.
pair-answer-waiting = در انتظار پاسخ
pair-status-proposed = پیشنهاد شده، در انتظار پاسخ‌ها
pair-status-accepted = هر دو پذیرفته‌اند؛ نخستین دیدار و توافق‌نامه در پیش است
pair-status-declined = پذیرفته نشد
pair-status-active = فعال
pair-step-meeting = نخستین دیدار
pair-step-agreement = توافق‌نامهٔ همراهی
pair-step-signatures = توافق‌نامه را هر دو پذیرفته‌اند
pair-meeting-at = { $when }، { $place }
pair-meeting-save = ذخیرهٔ تاریخ
pair-meeting-held = نخستین دیدار انجام شد
pair-meeting-invalid = یک تاریخ (سال-ماه-روز) و ساعتی مانند 14:30 وارد کنید.
pair-not-ready = هنوز نمی‌توان این کار را انجام داد: نخست باید هر دو نفر پیشنهاد را پذیرفته باشند (و تاریخ نخستین دیدار تعیین شده باشد).
pair-saved = ذخیره شد.
pair-agreement-title = توافق‌نامهٔ همراهی
pair-goals = هدف‌ها
pair-goals-text = هدف‌ها به زبان خودتان
pair-rhythm = تناوب دیدارها
rhythm-weekly = هر هفته
rhythm-fortnightly = هر دو هفته یک بار
rhythm-monthly = هر ماه
pair-months-label = مدت پیش‌بینی‌شده (ماه)
pair-months = { $months ->
    [one] یک ماه
   *[other] { $months } ماه
}
pair-boundaries = مرزها (کارهایی که همراه انجام نمی‌دهد)
pair-confidentiality = محرمانه بودن برای هر دو توضیح داده شد: آنچه گفته می‌شود میان آن دو و کارکنان برنامه می‌ماند، مگر برای محافظت از کسی در برابر آسیب.
pair-confidentiality-short = محرمانگی
pair-confidentiality-text = آنچه گفته می‌شود میان دو عضو جفت و کارکنان برنامه می‌ماند، مگر برای محافظت از کسی در برابر آسیب.
pair-agreement-save = ذخیرهٔ توافق‌نامه
pair-paper-signed = هر دو روی کاغذ امضا کرده‌اند
pair-agreement-accept = این توافق‌نامه را می‌پذیرم
pair-agreement-signed = شما این توافق‌نامه را پذیرفتید.
pair-agreement-none = توافق‌نامه هنوز نوشته نشده است.
home-pending = در انتظار شما
home-pending-proposal = پیشنهادی برای پاسخ دادن
home-pending-agreement = توافق‌نامه‌ای برای خواندن و پذیرفتن
error-agreement-goals = دست‌کم یک هدف را انتخاب کنید، یا یک هدف بنویسید.
error-months-invalid = تعداد ماه‌ها را از 1 تا 24 وارد کنید.
error-confidentiality-required = تأیید کنید که محرمانه بودن برای هر دو توضیح داده شده است.
match-in-setup = جفت‌های در حال شکل‌گیری
pair-checklist-accepted = پذیرفته است
pair-checklist-declined = نپذیرفته است

## گام 7 — جلسه‌های همتا
nav-calendar = تقویم
pair-title-with = شما و { $name }
pair-title-staff = { $buddy } و { $newcomer }
pair-log-session = ثبت یک جلسه
pair-plan-session = برنامه‌ریزی یک جلسه
pair-all-sessions = همهٔ جلسه‌ها
pair-planned-sessions = جلسه‌های برنامه‌ریزی‌شده
pair-held-sessions = جلسه‌های برگزارشده
pair-no-held-sessions = هنوز هیچ جلسه‌ای ثبت نشده است.
pair-calendar-link = جلسه‌هایتان را به تقویم تلفن خود اضافه کنید
session-log-title = ثبت یک جلسه
session-plan-title = برنامه‌ریزی یک جلسه
session-log-intro = جلسه‌ای که با { $name } داشتید. فقط چند ثانیه طول می‌کشد.
session-plan-intro = جلسهٔ بعدی شما با { $name }. این جلسه در تقویم شما نشان داده می‌شود.
session-date = تاریخ
session-time = ساعت ({ $zone })
session-duration = مدت به دقیقه
session-mode = چگونه همدیگر را دیدید؟
session-mode-label-in_person = حضوری
session-mode-label-online = آنلاین
session-mode-label-phone = تلفنی
session-place = مکان (اختیاری)
session-topics = جلسه دربارهٔ چه بود؟
session-summary = چه کار کردید؟ یک جمله کافی است.
session-summary-planned = چه کاری می‌خواهید انجام دهید؟ (اختیاری)
session-rating = چطور گذشت؟
session-rating-1 = 1 · بد
session-rating-2 = 2
session-rating-3 = 3 · خوب
session-rating-4 = 4
session-rating-5 = 5 · خیلی خوب
session-log-submit = ذخیرهٔ جلسه
session-plan-submit = برنامه‌ریزی جلسه
session-cancel = لغو
session-saved = جلسه ذخیره شد.
session-removed = جلسه حذف شد.
session-change-title = تغییر جلسه
session-change-intro = جلسه‌ای با { $name }: آنچه را که باید اصلاح شود اصلاح کنید.
session-change-submit = ذخیرهٔ تغییرات
session-call-off = لغو این جلسه
session-remove = حذف این جلسه
session-change = تغییر یا حذف
session-minutes = { $count ->
    [one] { $count } دقیقه
   *[other] { $count } دقیقه
}
session-rating-of = چطور گذشت: { $rating } از 5
session-logged-by-you = ثبت‌شده توسط شما
session-logged-by = ثبت‌شده توسط { $name }
session-logged-by-staff = ثبت‌شده توسط کارکنان برنامه
session-confirmed = تأییدشده
session-confirmed-by-you = تأییدشده توسط شما
session-confirmed-by = تأییدشده توسط { $name }
session-confirm = تأیید این جلسه
error-session-future = جلسه‌ای که برگزار شده نمی‌تواند در آینده باشد. برای برنامه‌ریزی یک جلسه، از «برنامه‌ریزی یک جلسه» استفاده کنید.
error-session-past = جلسهٔ برنامه‌ریزی‌شده نمی‌تواند در گذشته باشد. برای ثبت جلسه‌ای که برگزار شده است، از «ثبت یک جلسه» استفاده کنید.
error-session-too-far = تاریخی را انتخاب کنید که بیش از یک سال با امروز فاصله نداشته باشد.
error-duration-invalid = مدتی از 5 تا 600 دقیقه وارد کنید.
error-topics-required = دست‌کم یک موضوع را علامت بزنید.
error-rating-required = بگویید چطور گذشت، از 1 تا 5.
error-rating-invalid = عددی از 1 تا 5 انتخاب کنید.
error-rating-planned = جلسهٔ برنامه‌ریزی‌شده را هنوز نمی‌توان ارزیابی کرد.
calendar-title = تقویم شما
calendar-intro = جلسه‌های برنامه‌ریزی‌شدهٔ شما، در برنامهٔ تقویم تلفن یا رایانهٔ شما.
calendar-download = بارگیری تقویم (.ics)
calendar-feed = پیوند خصوصی تقویم
calendar-feed-intro = این پیوند را در برنامهٔ تقویم خود به‌صورت اشتراک اضافه کنید: جلسه‌های برنامه‌ریزی‌شدهٔ شما در آن نشان داده می‌شوند و به‌روز می‌مانند. هر کسی که این پیوند را داشته باشد آن‌ها را می‌بیند؛ پس آن را نزد خود نگه دارید و اگر آن را با کسی به اشتراک گذاشته‌اید، تعویضش کنید.
calendar-feed-new = پیوند خصوصی تازهٔ شما. آن را در برنامهٔ تقویم خود کپی کنید:
calendar-feed-once = برای حفظ حریم خصوصی شما، این پیوند فقط همین حالا نشان داده می‌شود. اگر آن را گم کردید، تعویضش کنید.
calendar-feed-since = یک پیوند خصوصی از { $when } فعال است.
calendar-feed-none = شما پیوند خصوصی ندارید.
calendar-feed-create = ساختن یک پیوند خصوصی
calendar-feed-renew = تعویض پیوند (پیوند قبلی دیگر کار نمی‌کند)
calendar-feed-revoke = لغو پیوند
calendar-name = جلسه‌های همراهی
calendar-event-summary = جلسهٔ همراهی با { $name }
reminder-subject = وقت دیدار با { $other } است؟
reminder-body = سلام { $name }،

    جفت شما با { $other } در { $days } روز گذشته هیچ جلسه‌ای ثبت نکرده است. اگر همدیگر را دیده‌اید، جلسه را ثبت کنید؛ اگر نه، جلسهٔ بعدی را برنامه‌ریزی کنید:

    { $link }

    اگر مشکلی هست، به هماهنگ‌کنندهٔ خود بگویید.
session-log-planned = برگزار شد: ثبتش کنید
programme-pairs = جفت‌ها
enrol-buddies = همراهان
enrol-staff = کارشناسان و داوطلبانی که حساب دارند
course-cohorts = گروه‌ها
cohort-enrolled = ثبت‌نام‌شده
cohort-completed = به پایان رسانده
cohort-modules = واحدهای اجباری انجام‌شده
cohort-progress = { $done } از { $total }
module-files = فایل‌ها
module-files-none = هنوز فایلی نیست.
module-file-upload = پیوست کردن فایل
module-file-hint = یک PDF، تصویر PNG یا JPEG، یا متن ساده؛ حداکثر { $size } مگابایت. فراگیران آن را دانلود می‌کنند.
module-file-submit = بارگذاری
module-texts = ترجمه‌ها
module-texts-intro = عنوان و متن به زبان‌های دیگر. هر فراگیر به زبان خود می‌خواند، یا اگر ترجمه‌ای نباشد به زبان دوره.
module-text-language = زبان
module-text-save = ذخیره ترجمه
file-size-kb = { $size } کیلوبایت
file-size-mb = { $size } مگابایت
file-missing = فایلی برای بارگذاری انتخاب کنید.
file-unreadable = فایل خوانده نشد. دوباره تلاش کنید.
file-too-large = فایل خیلی بزرگ است: حداکثر { $size } مگابایت.
file-type-refused = این نوع فایل پذیرفته نمی‌شود. یک PDF، تصویر PNG یا JPEG، یا متن ساده بفرستید.
learn-files = فایل‌ها برای دانلود
cohort-name = گروه
module-file-delete = حذف

## دسترسی و انتقال‌پذیری: خروجی داده‌های یک فرد، سابقهٔ دسترسی
export-link = خروجی همهٔ داده‌های او
export-mine-link = دریافت همهٔ داده‌های من
export-json-link = دریافت به صورت فایل (JSON)
export-title-of = داده‌های نگهداری‌شده دربارهٔ { $name }
export-title-mine = همهٔ داده‌های من
export-generated = تهیه‌شده در { $date }. این صفحه را چاپ کنید تا روی کاغذ نگه دارید.
export-staff-note = این سند به زبان { $language }، زبان خود فرد، نمایش داده می‌شود تا بتوانید آن را به او بدهید.
export-account = حساب کاربری
export-name = نام
export-email = ایمیل
export-language = زبان
export-roles = نقش‌ها
export-programme = برنامه
export-profile = نمایه و ثبت‌نام
export-answers = پاسخ‌ها به پرسشنامه‌ها
export-training = آموزش
export-enrolled-on = ثبت‌نام در { $date }
export-completed-on = تکمیل در { $date }
export-pairs = زوج‌ها و دیدارها
export-pair-with = با { $name } ({ $role })
export-started-on = آغاز در
export-agreement-written = نوشته شده، هنوز پذیرفته نشده
export-decline-reason = دلیل نپذیرفتن
access-link = چه کسی این پرونده را دیده است
erase-link = پاک کردن داده‌های این شخص
erase-title = پاک کردن داده‌های { $name }
erase-warning = پاک کردن برگشت‌پذیر نیست. اگر شخص نسخه‌ای می‌خواهد، نخست داده‌ها را برون‌بری کنید.
erase-what-goes = آنچه پاک می‌شود
erase-what-stays = آنچه می‌ماند
erase-item-record = پرونده‌ی { $name }: نام، راه‌های تماس، زبان‌ها، خاستگاه، سال تولد، زمان‌های در دسترس، آنچه هنگام ثبت‌نام نوشته است
erase-item-consents = { $count ->
    [one] یک رضایت
   *[other] { $count } رضایت
}
erase-item-reasons = { $count ->
    [one] دلیل یک تغییر وضعیت
   *[other] دلیل‌های { $count } تغییر وضعیت
}
erase-item-answers = { $count ->
    [one] پاسخ‌های یک پرسش‌نامه
   *[other] پاسخ‌های { $count } پرسش‌نامه
}
erase-item-goals = { $count ->
    [one] عنوان یک هدف
   *[other] عنوان‌های { $count } هدف
}
erase-item-pairs = { $count ->
    [one] یادداشت‌ها، دلیل‌ها، محل دیدار و توافق یک زوج
   *[other] یادداشت‌ها، دلیل‌ها، محل‌های دیدار و توافق‌های { $count } زوج
}
erase-item-sessions = { $count ->
    [one] خلاصه و محل یک دیدار
   *[other] خلاصه‌ها و محل‌های { $count } دیدار
}
erase-item-marks = { $count ->
    [one] دلیل یک تصمیم جفت‌یابی
   *[other] دلیل‌های { $count } تصمیم جفت‌یابی
}
erase-item-invitations = { $count ->
    [one] یک دعوت‌نامه
   *[other] { $count } دعوت‌نامه
}
erase-item-messages = { $count ->
    [one] یک پیام به این شخص یا با نام او
   *[other] { $count } پیام به این شخص یا با نام او
}
erase-item-account = حساب او { $email }، با گذرواژه، نشست‌ها و ورود دومرحله‌ای
erase-item-account-kept = حساب او می‌ماند، بدون پیوند با این پرونده: نقش یا پرونده‌ی دیگری دارد.
erase-kept = پرونده‌ای بی‌نام می‌ماند تا شمارش‌ها درست بمانند: همراه یا تازه‌وارد، برنامه، گام، وضعیت و تاریخ‌ها. عضو دیگر زوج تاریخچه‌ی خود را نگه می‌دارد، بدون نام این شخص. دفتر ممیزی سطرهایش را نگه می‌دارد که فقط شماره و کد دارند.
erase-confirm = بررسی کرده‌ام که این شخص پاک کردن را خواسته، یا دیگر نیازی به نگهداری داده‌هایش نیست
erase-submit = اکنون پاک کن
erase-cancel = لغو و بازگشت به پرونده
erase-confirm-needed = برای تأیید پاک کردن، خانه را علامت بزنید.
erase-done-title = داده‌ها پاک شد
erase-done = داده‌های این شخص پاک شد. پرونده دیگر باز نمی‌شود.
erase-back = بازگشت به برنامه
nav-retention = نگهداری
retention-title = مدت نگهداری پرونده‌ها
retention-intro = وقتی شخصی برنامه را ترک کرده (دانش‌آموخته، ردشده یا انصراف‌داده) و زوج بازی ندارد، داده‌هایش چند ماه پس از آخرین فعالیت پاک می‌شود. m4m این کار را هر روز انجام می‌دهد؛ این صفحه آنچه را در ۳۰ روز آینده سررسید می‌شود نشان می‌دهد تا آن را بازبینی کنید.
retention-period-default = پرونده‌های بسته { $months } ماه پس از آخرین فعالیت پاک می‌شوند (پیش‌فرض).
retention-period = پرونده‌های بسته { $months } ماه پس از آخرین فعالیت پاک می‌شوند.
retention-months = ماه‌های نگهداری پرونده‌های بسته
retention-save = ذخیره
retention-saved = مدت نگهداری ذخیره شد.
retention-due-title = سررسید در ۳۰ روز آینده
retention-none-due = در ۳۰ روز آینده چیزی سررسید نمی‌شود.
retention-col-name = شخص
retention-col-why = چرا
retention-col-when = تاریخ پاک شدن
retention-why = { $status }، آخرین فعالیت در { $date }
error-retention-months = عددی درست از ۱ تا ۱۲۰ ماه وارد کنید.
access-title = چه کسی داده‌ها را دیده است
access-title-of = چه کسی پروندهٔ { $name } را دیده است
access-intro = هر بار که کسی این پرونده را خوانده، تغییر داده یا خروجی گرفته است، جدیدترین‌ها اول.
access-empty = هنوز کسی این پرونده را ندیده است.
access-back = بازگشت به پرونده
access-when = کی
access-who = چه کسی
access-what = چه کاری
access-system = خود m4m
audit-other = کار دیگر ({ $code })
audit-participant-read = پرونده را خواند
audit-participant-answers_read = پاسخ‌های یک پرسشنامه را خواند
audit-participant-access_log = خواند که چه کسی پرونده را دیده است
audit-participant-export = از داده‌ها خروجی گرفت
audit-participant-register = ثبت‌نام
audit-participant-status = وضعیت را تغییر داد
audit-participant-keep_apart = از یک نسخهٔ تکراری احتمالی جدا نگه داشت
audit-participant-merge = یک نسخهٔ تکراری را با پرونده ادغام کرد
audit-programme-export = از فهرست برنامه، همراه با این پرونده، خروجی گرفت
audit-programme-export_xlsx = از فهرست برنامه، همراه با این پرونده، خروجی گرفت (Excel, .xlsx)
audit-response-complete = یک پرسشنامه را تکمیل کرد
audit-matching-mark = یک زوج نامزد را علامت زد
audit-course-enrol = ثبت‌نام در یک دوره
audit-module-progress = پیشرفت آموزشی را ثبت کرد
audit-pair-read = زوج را خواند
audit-pair-propose = یک زوج پیشنهاد کرد
audit-pair-accepted = زوج را پذیرفت
audit-pair-declined = زوج را نپذیرفت
audit-pair-start = زوج را آغاز کرد
audit-pair-first_meeting = نخستین دیدار را تعیین کرد
audit-pair-first_meeting_held = نخستین دیدار را ثبت کرد
audit-pair-agreement = توافق‌نامه را نوشت
audit-pair-agreement_signed = توافق‌نامه را پذیرفت
audit-pair-reminder = یادآوری فرستاد
audit-peer_session-planned = یک دیدار برنامه‌ریزی کرد
audit-peer_session-held = یک دیدار را ثبت کرد
audit-peer_session-confirm = یک دیدار را تأیید کرد
audit-user-create = حساب را ساخت
audit-user-activate = حساب را دوباره فعال کرد
audit-user-deactivate = حساب را غیرفعال کرد
audit-user-export = از داده‌های حساب خروجی گرفت
audit-invitation-accept = دعوت را پذیرفت
audit-login = ورود
audit-login-failed = ورود ناموفق
audit-login-throttled = ورود پس از تلاش‌های ناموفق زیاد مسدود شد
audit-logout = خروج
audit-calendar_feed-open = یک پیوند تقویم باز کرد
audit-calendar_feed-revoke = پیوند تقویم را لغو کرد
audit-access-denied = دسترسی‌اش رد شد

# Concerns (step 8)
concern-severity = چقدر جدی است؟
concern-severity-low = کم: دانستنش خوب است
concern-severity-medium = متوسط: لازم است درباره‌اش گفت‌وگو شود
concern-severity-high = زیاد: باید به‌زودی کاری کرد
concern-severity-urgent = فوری: امنیت کسی در خطر است
concern-status-open = باز
concern-status-acknowledged = خوانده شد
concern-status-action_taken = اقدام انجام شد
concern-status-closed = بسته شد
concern-error-move = یکی از گام‌های بعدی را که پیشنهاد شده است انتخاب کنید.
concern-error-severity = انتخاب کنید که چقدر جدی است.
concern-new-title = گزارش یک نگرانی
concern-about-my-pair = جفت شما با { $name }
concern-about-me = خودتان
concern-intro-about = دربارهٔ: { $about }.
concern-intro-who = فقط هماهنگ‌کنندگان سازمان شما آن را می‌خوانند. می‌توانید پیگیری آن را همین‌جا دنبال کنید.
concern-intro-other = به { $name } چیزی گفته نمی‌شود.
concern-intro-urgent = اگر کسی همین حالا در خطر است، اول با شمارهٔ اضطراری (112) تماس بگیرید.
concern-summary = در چند کلمه
concern-text = چه اتفاقی افتاد (اختیاری)
concern-send = فرستادن برای هماهنگ‌کنندگان
concern-title = گزارش نگرانی
concern-sent = گزارش شما برای هماهنگ‌کنندگان فرستاده شد.
concern-moved = گزارش به‌روز شد.
concern-open-subject = باز کردن
concern-history = کارهایی که انجام شده است
concern-no-moves = هنوز هیچ هماهنگ‌کننده‌ای آن را نخوانده است.
concern-next = گام بعدی
concern-move-legend = وضعیت جدید
concern-move-note = یادداشت (چه کاری انجام شد، برای ثبت در سابقه)
concern-move-submit = ذخیره
concern-move-to-acknowledged = خوانده شد: آن را خواندیم
concern-move-to-action_taken = اقدام انجام شد
concern-move-to-closed = بسته شد
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = ثبت‌شده در { $date } توسط { $name }
concern-raised-on = ثبت‌شده در { $date }
concern-mail-subject = گزارش فوری در m4m
concern-mail-body = یک گزارش فوری در سازمان شما ثبت شده است. هر چه زودتر آن را بخوانید و دریافتش را تأیید کنید: { $link }
concerns-title = گزارش‌ها · { $programme }
concerns-intro = همهٔ گزارش‌های این برنامه: اول گزارش‌های باز، و فوری‌ترین‌ها در بالا.
concerns-none = در این برنامه هیچ گزارشی ثبت نشده است.
concerns-link = گزارش‌ها
home-concerns = گزارش‌هایی برای پیگیری
home-concerns-more = { $count } مورد فوری‌تر اینجا نشان داده شده‌اند؛ همهٔ گزارش‌ها در دفتر رویدادهای برنامهٔ خود هستند:
home-raise-concern = چیزی نگرانتان کرده است؟ به هماهنگ‌کنندگان بگویید
home-your-concerns = گزارش‌های شما
pair-raise-concern = گزارش نگرانی دربارهٔ این جفت
person-raise-concern = گزارش نگرانی دربارهٔ این فرد
audit-concern-raise = یک نگرانی را گزارش کرد
audit-concern-move = وضعیت یک گزارش را تغییر داد
audit-concern-read = یک گزارش را خواند

# Supervision (step 8)
supervision-title = نظارت
supervision-new-title = ثبت یک جلسهٔ نظارت
supervision-intro = دیداری با یک همراه یا با یک گروه: دربارهٔ چه صحبت کردید، یادداشت‌های شما، و اینکه هر کس پس از آن چه کاری انجام می‌دهد. همراهان می‌بینند که این جلسه برگزار شده است و کارهایی را که به آن‌ها سپرده شده می‌بینند، اما یادداشت‌های شما را هرگز نمی‌بینند.
supervision-no-buddies = هنوز هیچ همراهی به شما سپرده نشده است تا بر او نظارت کنید: از یک هماهنگ‌کننده بخواهید همراهانی را به شما بسپارد، یا جلسه را از پروندهٔ همراه ثبت کنید.
supervision-format = شکل جلسه
supervision-format-one_to_one = فردی
supervision-format-group = گروهی
supervision-held-on = تاریخ
supervision-buddies = همراهان حاضر
supervision-topics = موضوع‌ها
supervision-topic-boundaries = مرزهای نقش
supervision-topic-wellbeing = حال و سلامت خودِ همراه
supervision-topic-cultural = تفاوت‌های فرهنگی
supervision-topic-practical = پرسش‌های عملی و اداری
supervision-topic-difficult_situation = یک موقعیت دشوار
supervision-topic-motivation = انگیزه و وقت
supervision-topic-safeguarding = حفاظت از افراد و ایمنی آن‌ها
supervision-topics-text = موضوع‌های دیگر
supervision-notes = یادداشت‌ها
supervision-notes-hint = فقط ناظران همراهان و هماهنگ‌کنندگان این یادداشت‌ها را می‌خوانند.
supervision-actions = کارهای پیگیری
supervision-action-text = کار
supervision-action-owner = چه کسی
supervision-action-due = تا تاریخ
supervision-owner-me = خودم
supervision-save = ذخیرهٔ جلسهٔ نظارت
supervision-saved = جلسهٔ نظارت ذخیره شد.
supervision-when = { $date } · { $format }
supervision-recorded-by = ثبت‌شده توسط { $name }
supervision-due = تا { $date }
supervision-done-on = انجام‌شده در { $date }
supervision-your-actions = کارهای شما
supervision-no-actions = هیچ کاری نیست.
supervision-mark-done = انجام شد
supervision-add-action = افزودن یک کار
supervision-error-format = فردی یا گروهی را انتخاب کنید.
supervision-error-future = تاریخ نمی‌تواند در آینده باشد.
supervision-error-buddy = از میان همراهان فهرست‌شده انتخاب کنید.
supervision-error-no-buddy = دست‌کم یک همراه را علامت بزنید.
supervision-error-one = در نظارت فردی دقیقاً یک همراه حاضر است.
supervision-error-topic = از میان موضوع‌های فهرست‌شده انتخاب کنید.
supervision-error-owner = هر کار یا به همراهی سپرده می‌شود که حاضر بوده، یا به خود شما.
home-open-actions = { $count ->
    [0] هیچ کار بازی نیست
    [one] یک کار باز
   *[other] { $count } کار باز
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] { $count } همراه
   *[other] { $count } همراه
}
home-last-supervision = آخرین جلسهٔ نظارت
home-no-supervision-yet = هنوز هیچ
home-recorded-supervisions = جلسه‌های نظارتی که ثبت کرده‌اید
home-my-supervision = نظارت
audit-supervision-record = یک جلسهٔ نظارت را ثبت کرد
audit-supervision-action = یک کار نظارتی افزود
audit-supervision-action_done = یک کار نظارتی را انجام‌شده علامت زد
audit-supervision-read = یک جلسهٔ نظارت را خواند

# Needs you today (step 9)
attention-title = کارهای امروز شما
attention-intro = هر جفتی که در معرض خطر است، همراه با دلیل‌هایش، و هر چیزی که منتظر کسی است: هر مورد شما را به کاری که باید انجام شود می‌رساند.
attention-none = امروز کاری منتظر شما نیست.
attention-at-risk = جفت‌های در معرض خطر
attention-waiting = در انتظار کسی
attention-see-all = دیدن کل فهرست
risk-urgent-concern = یک گزارش فوری باز است
risk-open-concern = { $count ->
    [one] یک گزارش باز است
   *[other] { $count } گزارش باز است
}
risk-no-session = { $days } روز است که هیچ جلسه‌ای برگزار نشده
risk-first-meeting-overdue = نخستین دیدار برای { $date } برنامه‌ریزی شده بود، اما ثبت نشده است
risk-agreement-ends = توافق‌نامه در { $date } به پایان می‌رسد
waiting-answer = پیشنهاد هنوز پاسخی نگرفته است
waiting-signature = توافق‌نامه هنوز از سوی هر دو پذیرفته نشده است
waiting-confirmation = { $count ->
    [one] یک جلسه بیش از یک هفته است که در انتظار تأیید است
   *[other] { $count } جلسه بیش از یک هفته است که در انتظار تأیید هستند
}

# Goals of the pair (step 9)
goals-title = هدف‌های جفت
goals-intro = هدف‌هایی که بر سرشان توافق کردید. بگویید هر کدام اکنون در چه وضعی است، در مقایسه با آنچه انتظار داشتید: هر پاسخ نگه داشته می‌شود تا راهی را که پیموده‌اید ببینید.
goals-none = هنوز هدفی نیست: هدف‌ها پس از آغاز جفت از توافق‌نامه می‌آیند.
goals-history = وضعیت‌های پیشین
goals-when = تاریخ
goals-score = وضعیت
goals-by = توسط
goals-comment = توضیح (اختیاری)
goals-where = اکنون در چه وضعی است؟
goals-save = ذخیره
goals-saved = ذخیره شد. سپاسگزاریم.
goal-error-score = نقطه‌ای روی مقیاس انتخاب کنید، از −2 تا +2.
gas-much-less = خیلی کمتر از انتظار
gas-less = کمتر از انتظار
gas-expected = مطابق انتظار
gas-more = بیشتر از انتظار
gas-much-more = خیلی بیشتر از انتظار
audit-goal-progress = وضعیت یک هدف را ثبت کرد
home-goal-not-rated = هنوز ارزیابی نشده
home-goal-record = وضعیتش را بگویید

# Check-ins (step 9)
checkin-title = کارها چطور پیش می‌رود؟
checkin-intro = چند پرسش دربارهٔ وقتی که با { $name } می‌گذرانید. یک دقیقه طول می‌کشد؛ فقط تیم برنامه پاسخ‌های شما را می‌خواند.
checkin-satisfaction = چقدر از دیدارهایتان راضی هستید؟
checkin-satisfaction-1 = 1 · اصلاً
checkin-satisfaction-2 = 2 · نه چندان
checkin-satisfaction-3 = 3 · معمولی
checkin-satisfaction-4 = 4 · راضی
checkin-satisfaction-5 = 5 · خیلی راضی
checkin-satisfaction-short = رضایت
checkin-met = این اواخر هر چند وقت یک بار همدیگر را دیدید؟
checkin-met-short = دیدارها
checkin-met-weekly = هر هفته
checkin-met-fortnightly = هر دو هفته یک بار
checkin-met-monthly = ماهی یک بار
checkin-met-less = کمتر از این
checkin-met-never = اصلاً
checkin-helped = چه چیزی کمک کرد؟ (اختیاری)
checkin-difficult = چه چیزی دشوار است؟ (اختیاری)
checkin-send = فرستادن
checkin-thanks = سپاسگزاریم: پاسخ‌های شما به دست تیم رسید.
checkin-nothing-due = اکنون نظرسنجی کوتاهی در انتظار شما نیست. پس از مدتی دوباره می‌پرسیم.
checkin-error-satisfaction = عددی از 1 تا 5 انتخاب کنید.
checkin-error-met = انتخاب کنید که هر چند وقت یک بار همدیگر را دیدید.
home-pending-checkin = کارها با { $name } چطور پیش می‌رود؟ (یک دقیقه)
pair-checkins = نظرسنجی‌های کوتاه
risk-low-satisfaction = رضایت { $score } از 5
risk-missed-checkin = نظرسنجی کوتاهِ { $date } بی‌پاسخ مانده است
audit-checkin-answer = به یک نظرسنجی کوتاه پاسخ داد
baseline-done-on = خودارزیابی در { $date } انجام شد.

# Staff contacts (step 9)
contacts-title = تماس‌های کارکنان
contacts-intro = تماس‌های تلفنی، دیدارها و پیام‌های شما به این جفت: دو بار در ماه نخست، سپس ماهی یک بار.
contacts-kind = چگونه
contacts-note = یادداشت (اختیاری)
contacts-save = ثبت تماس
contact-kind-call = تماس تلفنی
contact-kind-visit = دیدار حضوری
contact-kind-message = پیام
contact-error-kind = تماس تلفنی، دیدار حضوری یا پیام را انتخاب کنید.
waiting-contact = زمان تماس کارکنان با جفت رسیده است
audit-pair-contact = یک تماس با یک جفت را ثبت کرد
checkin-mail-subject = کارها با { $other } چطور پیش می‌رود؟
checkin-mail-body = سلام { $name }، چند پرسش دربارهٔ دیدارهایتان با { $other }: یک دقیقه، از روی گوشی‌تان. فقط تیم برنامه پاسخ‌های شما را می‌خواند. { $link }
attention-pager-risk = جفت‌های در معرض خطر { $first } تا { $last } از { $total }
attention-pager-wait = در انتظار { $first } تا { $last } از { $total }
pager-previous = قبلی
pager-next = بعدی
moment-initial = در آغاز
moment-midterm = در میانهٔ راه
moment-final = در پایان
baseline-change-title = آنچه از آغاز تاکنون تغییر کرده است
baseline-change = تغییر
baseline-moments-chart-title = میزان استقلال در هر زمینه در هر خودارزیابی، از 1 (به کمک زیادی نیاز دارد) تا 5 (به‌تنهایی از پس کارها برمی‌آید)
home-midterm-due = به نیمهٔ راه رسیده‌اید: وقت آن است که دوباره ببینید کجا هستید، با همان پرسش‌های آغاز.
home-start-midterm = خودارزیابی میانهٔ راه شما

# Added since the last pass
person-erased = فرد پاک‌شده
notes-title = یادداشت‌های محرمانه
notes-intro = وضعیت سلامت یا وضعیت حقوقی که هماهنگ‌کنندگان باید از آن آگاه باشند. فقط هماهنگ‌کنندگان این سازمان این یادداشت‌ها را می‌بینند؛ این یادداشت‌ها به همراهان، ناظران و مربیان نشان داده نمی‌شوند و در هیچ فهرستی نمی‌آیند، و در خروجی داده‌های خودِ فرد گنجانده می‌شوند.
notes-label = یادداشت‌ها (حداکثر 4000 نویسه)
notes-save = ذخیرهٔ یادداشت‌ها
notes-saved = یادداشت‌های محرمانه ذخیره شد.
follow-up-title = نظارت و ظرفیت
follow-up-intro = چه کسی بر این همراه نظارت می‌کند و او هم‌زمان چند تازه‌وارد را همراهی می‌کند. پیش‌تطبیق او را پیشنهاد می‌دهد تا وقتی که زوج‌های جاری‌اش کمتر از این تعداد باشد.
follow-up-supervisor = ناظر
follow-up-nobody = هنوز هیچ‌کس
follow-up-capacity = تعداد تازه‌واردان هم‌زمان
follow-up-save = ذخیره
follow-up-saved = ناظر و ظرفیت همراه ذخیره شد.
error-supervisor-choice = یک ناظر از فهرست انتخاب کنید.
error-capacity-range = یک عدد صحیح از 1 تا 5 وارد کنید.
error-capacity-below-pairs = این همراه هم‌اکنون زوج‌های جاری بیشتری دارد: عدد بالاتری نگه دارید یا ابتدا یک زوج را ببندید.
error-follow-up-changed = زوج‌های این همراه یا کارکنان در این فاصله تغییر کرده‌اند: بررسی کنید و دوباره ذخیره کنید.
erase-item-notes = یادداشت‌های محرمانه (سلامت، وضعیت حقوقی)
pair-first-meeting = نخستین دیدار شما
pair-open = باز کردن صفحهٔ جفت شما
pair-meeting-not-yet = نخستین دیدار هنوز انجام نشده است: وقتی تاریخش رسید، آن را ثبت کنید.
pair-already-answered = به این پیشنهاد قبلاً پاسخ داده شده است.
pair-not-started = پس از آغاز جفت می‌توانید جلسه‌ها را ثبت کنید.
home-pending-first-meeting = نخستین دیدار: { $meeting }
calendar-first-meeting-summary = نخستین دیدار با { $name }
programme-at-step = { $n } · { $name }
programme-all-people = همه افراد برنامه

## Closing a pair (step 10)
pair-status-completed = تکمیل‌شده
pair-status-ended_early = زودتر پایان یافت
pair-not-open = این زوج قبلاً بسته شده است.
close-title = بستن زوج
close-intro = بستن زوج { $buddy } و { $newcomer }: بگویید چرا پایان می‌یابد و قدم بعدی برای هر کدام چیست.
close-planned-end = توافق آن تا { $date } اعتبار دارد.
close-effect-sessions = { $count ->
    [0] هیچ دیدار برنامه‌ریزی‌شده‌ای برای لغو نیست.
    [one] دیدار برنامه‌ریزی‌شده لغو می‌شود.
   *[other] { $count } دیدار برنامه‌ریزی‌شده لغو می‌شوند.
}
close-effect-checkins = پیگیری‌ها و یادآوری‌ها متوقف می‌شوند؛ از هر دو پرسشنامهٔ پایانی خواسته می‌شود.
close-reason = چرا زوج پایان می‌یابد؟
close-reason-planned_end = دورهٔ توافق‌شده تمام شده است
close-reason-goals_reached = اهداف زودتر محقق شد
close-reason-moved_away = تازه‌وارد به جای دیگری رفت
close-reason-lost_contact = ارتباط قطع شد
close-reason-conflict = اختلاف میان آن دو
close-reason-safeguarding = حفاظت و ایمنی
close-reason-other = دلیل دیگر
close-on = تاریخ بستن
close-meeting = دیدار پایانی (اختیاری)
close-meeting-hint = روز آخرین دیدار با هر دو، اگر بوده است.
close-note = یادداشت برای تیم
close-rematch = آیا { $name } می‌تواند دوباره در زوج قرار گیرد؟
close-save = بستن زوج
close-done = زوج بسته شد.
close-error-future = این روز هنوز نیامده است.
close-error-before-start = این پیش از شروع زوج است.
close-error-note-other = دلیل دیگر را بنویسید.
error-choose-yes-no = بله یا خیر را انتخاب کنید.
error-close-pairs-first = ابتدا زوج این شخص را ببندید: بستن آن می‌گوید چرا پایان یافت.
pair-closed-on = بسته‌شده در { $date }: { $reason }
pair-closing-meeting-on = دیدار پایانی در { $date }
audit-pair-close = زوج را بست
audit-pair-exit_answer = به پرسشنامهٔ پایانی پاسخ داد
exit-title = پرسشنامهٔ پایانی
exit-intro-buddy = دورهٔ همراهی شما با { $name } تمام شده است. چهار پرسش، یک دقیقه: فقط تیم برنامه پاسخ‌های شما را می‌خواند.
exit-intro-newcomer = دورهٔ شما با { $name } به عنوان همراه تمام شده است. چهار پرسش، یک دقیقه: فقط تیم برنامه پاسخ‌های شما را می‌خواند.
exit-satisfaction = در مجموع چقدر راضی هستید؟
exit-recommend = آیا داشتن همراه را به کسی در موقعیت خود توصیه می‌کنید؟
exit-recommend-short = توصیه می‌کند
exit-changed = در کجا چیزی برای شما تغییر کرد؟
exit-changed-short = چه تغییر کرد
exit-comment = چیز دیگری که می‌خواهید به ما بگویید (اختیاری)
exit-send = ارسال
exit-thanks = سپاس: پاسخ‌های شما ذخیره شد.
exit-final-assessment = یک گام آخر: خودارزیابی پایانی شما
home-pending-exit = دورهٔ شما با { $name } تمام شده است: پرسشنامهٔ پایانی (یک دقیقه)
home-final-due = زوج شما پایان یافته است: یک بار دیگر به همان پرسش‌های آغاز پاسخ دهید تا ببینید چقدر پیش رفته‌اید.
home-start-final = خودارزیابی پایانی شما
become-buddy-title = همراه داوطلب شوید
become-buddy-home = شما می‌دانید ماه‌های نخست چگونه است. دورهٔ همراهی شما تمام شده است: اکنون می‌توانید کسی را که تازه رسیده همراهی کنید.
become-buddy-intro = اطلاعات شما از دورهٔ همراهی‌تان از پیش پر شده است: آن‌ها را بررسی کنید، بگویید چگونه می‌توانید کمک کنید و دوباره رضایت دهید — این نقشی تازه است.
assess-done-midterm = پاسخ‌های شما ذخیره شد. این‌ها در کنار پاسخ‌های آغاز است؛ در پایان یک بار دیگر پاسخ می‌دهید.
assess-done-final = پاسخ‌های شما ذخیره شد. این راهی است که از آغاز پیموده‌اید، حوزه به حوزه.
person-pairs = زوج‌ها
programme-edit-title = تغییر برنامه
programme-edit-intro = تاریخ‌ها، وضعیت و اهداف آن، و پیگیری زوج‌ها: چه وقت یک زوج در خطر است، چه وقت پیگیری‌ها و خودارزیابی میان‌دوره فرا می‌رسد.
programme-save = ذخیره
programme-saved = برنامه ذخیره شد.
programme-field-risk-no-session = یک زوج پس از این تعداد روز بدون دیدار در خطر است
programme-field-risk-ending = هشدار برای یک زوج این تعداد روز پیش از پایان توافق
programme-field-checkin-first = نخستین پیگیری، روز پس از آغاز زوج
programme-field-checkin-every = سپس هر … روز یک پیگیری
programme-field-midterm-weeks = خودارزیابی میان‌دوره، هفته پس از آغاز زوج
error-days-invalid = عدد صحیح روز از ۱ تا ۳۶۵ وارد کنید (هفته: ۱ تا ۱۰۴).
error-503-title = سرور مشغول است
error-busy = در این لحظه درخواست‌های زیادی در انتظارند. چند ثانیه صبر کنید و دوباره تلاش کنید: چیزی ذخیره نشد و از دست نرفت.
access-refused-someone = کسی بدون دسترسی
admin-volunteers-title = حساب‌های همراهان و تازه‌واردان
admin-volunteers-intro = تعداد در هر سازمان: نام‌هایشان فقط برای تیم سازمان خودشان است.
import-too-many-columns = این پرونده بیش از { $columns } ستون دارد: فقط ستون‌های مربوط به افراد را نگه دارید و دوباره تلاش کنید.
import-too-many-rows = این پرونده بیش از { $rows } نفر دارد: آن را در چند بخش وارد کنید.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = گوش دادن بدون قضاوت
competence-intercultural = ارتباط میان فرهنگ‌ها
competence-boundaries = نگه داشتن مرزهای نقش همراه
competence-local_services = شناخت خدمات محلی
competence-encouraging_autonomy = تشویق به استقلال
competence-reliability = قابل اعتماد ماندن در طول ماه‌ها
baseline-competence = مهارت
baseline-competences-chart-title = اطمینان در هر مهارت در آغاز، از ۱ (هنوز مطمئن نیستم) تا ۵ (کاملاً مطمئنم)
baseline-competences-moments-chart-title = اطمینان در هر مهارت در هر خودارزیابی، از ۱ (هنوز مطمئن نیستم) تا ۵ (کاملاً مطمئنم)
buddy-assessment-title = خودارزیابی‌های { $name }
buddy-assessment-intro = همراه در آغاز، در میانهٔ راه و در پایان چقدر در هر مهارت احساس اطمینان می‌کند، بنا بر پاسخ‌های خودش از ۱ تا ۵.
buddy-assessment-competences = مهارت‌های همراه
home-buddy-self-assessments = خودارزیابی‌ها
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = دیدارها در هفته
weekly-sessions-chart-title = دیدارهای انجام‌شده در هر هفته، { $weeks } هفتهٔ گذشته
weekly-sessions-week-of = هفتهٔ { $date }
weekly-sessions-total = { $count ->
    [one] ۱ دیدار انجام شد
   *[other] { $count } دیدار انجام شد
} در این هفته‌ها، روی هم { $hours } ساعت
weekly-sessions-week = هفته
weekly-sessions-count = دیدارهای انجام‌شده
weekly-sessions-hours = ساعت

# گام ۱۰: ارزیابی کلی.
evaluation-title = ارزیابی برنامه‌ها
evaluation-link = ارزیابی: ارقام برای حامیان مالی (صفحه، CSV، چاپ)
evaluation-intro = آنچه سیستم همراه به دست آورد، از واقعیت‌های زوج‌ها و پاسخ‌های اعضایشان. فقط کسانی شمرده می‌شوند که رضایتشان برای ارزیابی معتبر است؛ هیچ نام و هیچ پرونده‌ی شخصی‌ای اینجا نمی‌آید.
evaluation-suppression-note = رقمی که به کمتر از ۵ نفر یا زوج مربوط باشد هرگز نشان داده نمی‌شود: به جای آن «کمتر از ۵» نوشته می‌شود.
evaluation-suppressed = کمتر از ۵
evaluation-scope = ارقامِ
evaluation-scope-all = همه‌ی سازمان‌ها
evaluation-scope-mine = هر آنچه اجازه‌ی دیدنش را دارم
evaluation-from = زوج‌هایی که شروع شده‌اند از
evaluation-to = زوج‌هایی که شروع شده‌اند تا
evaluation-cohort = دوره (سال)
evaluation-cohort-hint = سالی که زوج شروع شد، مثلاً 2025.
evaluation-gender = جنسیت تازه‌وارد
evaluation-age = سن تازه‌وارد در آغاز زوج
evaluation-region = منطقه‌ی مبدأ تازه‌وارد
evaluation-any = همه
evaluation-show = نمایش ارقام
evaluation-csv = دریافت به صورت صفحه‌گسترده (CSV)
evaluation-xlsx = دریافت به صورت کارپوشه (Excel، .xlsx)
evaluation-age-under_25 = زیر ۲۵
evaluation-age-25_34 = ۲۵ تا ۳۴
evaluation-age-35_49 = ۳۵ تا ۴۹
evaluation-age-50_plus = ۵۰ و بالاتر
evaluation-region-mena = خاورمیانه و شمال آفریقا
evaluation-region-sub_saharan_africa = آفریقای جنوب صحرا
evaluation-region-central_south_asia = آسیای مرکزی و جنوبی
evaluation-region-europe = اروپا
evaluation-region-americas = قاره‌ی آمریکا
evaluation-region-other = جای دیگر یا نامعلوم
evaluation-pairs-title = زوج‌ها
evaluation-pairs-formed = زوج‌های تشکیل‌شده
evaluation-pairs-active = هنوز در جریان
evaluation-pairs-completed = به پایان رسیده
evaluation-pairs-ended-early = زودتر پایان‌یافته
evaluation-reasons-title = زوج‌های زودتر پایان‌یافته، بر اساس دلیل
evaluation-reason = دلیل
evaluation-pairs = زوج‌ها
evaluation-figure = شاخص
evaluation-value = مقدار
evaluation-n-pairs = از میان (زوج‌ها)
evaluation-n-people = از میان (افراد)
evaluation-outcomes-title = ماندگاری، دیدارها و هدف‌ها
evaluation-outcomes-note = ماندگاری: زوج‌های به پایان رسیده از میان زوج‌های بسته‌شده. دستیابی به هدف‌ها: میانگین آخرین نمره‌ی هر هدف، از −2 (بسیار کمتر از انتظار) تا +2 (بسیار بیشتر).
evaluation-retention = ماندگاری
evaluation-sessions-held = دیدارهای برگزارشده
evaluation-sessions-hours = ساعت‌های با هم
evaluation-goal-attainment = دستیابی به هدف‌ها (−2 تا +2)
evaluation-areas-title = تغییر در هر حوزه‌ی ادغام
evaluation-areas-note = تازه‌واردانی که خودارزیابی اول و آخر را پر کرده‌اند؛ نمره‌ها از ۱ تا ۵. بازه، بازه‌ی اطمینان ۹۵٪ میانگین تغییر است؛ اندازه‌ی اثر d_z کوهن است.
evaluation-areas-chart = میانگین تغییر در هر حوزه با بازه‌ی اطمینان ۹۵٪
evaluation-areas-none = هنوز هیچ تازه‌واردی هم خودارزیابی اول و هم آخر را ندارد.
evaluation-baseline-mean = در آغاز
evaluation-final-mean = در پایان
evaluation-mean-change = تغییر
evaluation-ci95 = بازه‌ی ۹۵٪
evaluation-effect-size = اندازه‌ی اثر
evaluation-interval = از { $low } تا { $high }
evaluation-satisfaction-title = رضایت
evaluation-satisfaction-chart = میانگین رضایت از ۱ تا ۵، از پیگیری‌های دوره‌ای و از پرسشنامه‌ی پایانی
evaluation-newcomers = تازه‌واردان
evaluation-buddies = همراهان
evaluation-from-checkins = پیگیری‌های دوره‌ای
evaluation-from-exit = پرسشنامه‌ی پایانی
evaluation-recommend = همراه را توصیه می‌کنند
evaluation-percent = { $value }٪

# First run: how the first administrator is made
login-first-run = هنوز هیچ حسابی وجود ندارد. نخستین مدیر را روی سرور با این فرمان بسازید: m4m user create --email you@example.org --name "Your name" (گذرواژه را می‌پرسد)، سپس اینجا وارد شوید.
# بازیابی حساب: رمز عبور فراموش‌شده، تغییر رمز عبور، حساب‌های غیرفعال
login-forgot-link = رمز عبور را فراموش کرده‌اید؟
login-deactivated = این حساب غیرفعال است. از هماهنگ‌کنندهٔ خود بخواهید آن را دوباره فعال کند.
forgot-title = فراموشی رمز عبور
forgot-intro = نشانی ایمیل حساب خود را بنویسید. اگر حسابی از آن استفاده کند، پیوندی برای انتخاب رمز عبور تازه می‌فرستیم؛ پیوند یک بار و به مدت یک ساعت کار می‌کند.
forgot-submit = فرستادن پیوند
forgot-sent = اگر حسابی از این نشانی استفاده کند، پیوندی برای انتخاب رمز عبور تازه در راه است. صندوق ورودی (و پوشهٔ هرزنامه) را ببینید؛ پیوند یک ساعت کار می‌کند.
forgot-throttled = درخواست‌های بسیار زیادی برای رمز عبور تازه. یک ساعت دیگر دوباره تلاش کنید یا از هماهنگ‌کنندهٔ خود بپرسید.
forgot-mail-subject = یک رمز عبور تازه برای m4m انتخاب کنید
forgot-mail-body = سلام { $name }،

    کسی، احتمالاً خود شما، برای حساب m4m شما رمز عبور تازه خواسته است.
    آن را با این پیوند انتخاب کنید (یک ساعت معتبر، یک بار قابل استفاده):

    { $link }

    اگر چنین درخواستی نکرده‌اید، این پیام را نادیده بگیرید: رمز عبور شما تغییر نمی‌کند.
reset-title = انتخاب رمز عبور تازه
reset-intro = وقتی رمز عبور تازه ذخیره شود، نشست‌های دیگر شما پایان می‌یابند.
reset-password = رمز عبور تازه (دست‌کم ۸ نویسه)
reset-password-again = همان رمز عبور دوباره
reset-submit = ذخیرهٔ رمز عبور تازه
reset-gone = این پیوند منقضی شده یا پیش‌تر استفاده شده است. از «رمز عبور را فراموش کرده‌اید؟» در صفحهٔ ورود پیوند تازه بخواهید.
reset-done = رمز عبور تازهٔ شما ذخیره شد. با آن وارد شوید.
nav-password = رمز عبور
password-title = تغییر رمز عبور
password-current = رمز عبور کنونی
password-current-wrong = این رمز عبور کنونی شما نیست.
password-submit = تغییر رمز عبور
password-changed = رمز عبور شما تغییر کرد. نشست‌های دیگر شما پایان یافتند.
admin-user-access = دسترسی
admin-user-deactivate = غیرفعال‌سازی
admin-user-activate = فعال‌سازی دوباره
admin-user-deactivated = حساب غیرفعال شد: نشست‌هایش پایان یافتند و توکن‌های API آن لغو شدند. داده‌هایش می‌مانند.
admin-user-activated = حساب دوباره فعال است: صاحب آن با رمز عبور خود وارد می‌شود. توکن‌های API باید دوباره ساخته شوند.
admin-user-not-self = نمی‌توانید حساب خودتان را غیرفعال کنید.

# ارسال صندوق خروجی: تلاش‌ها، تلاش دوباره، پیام‌های رهاشده
admin-outbox-sent = ارسال شد { $when }.
admin-outbox-waiting = در انتظار ارسال.
admin-outbox-retrying = تلاش { $attempts } ناموفق بود: { $error }. تلاش بعدی { $when }.
admin-outbox-given-up = پس از { $attempts } تلاش رها شد: { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = افراد { $first }–{ $last } از { $total }
programme-pairs-pager = جفت‌ها { $first }–{ $last } از { $total }
programme-people-total = { $count ->
    [one] یک نفر
   *[other] { $count } نفر
}
programme-filter-everyone = همراهان و تازه‌واردان
programme-filter-any-status = هر وضعیتی
programme-filter-any-step = هر مرحله‌ای
programme-filter-any-language = هر زبانی
programme-filter-language = صحبت می‌کند
programme-sort = ترتیب
programme-sort-step = بر اساس مرحله
programme-sort-name = بر اساس نام
programme-sort-newest = جدیدترین‌ها اول
programme-search = جستجو
programme-search-hint = نام، ایمیل یا تلفن
programme-search-button = نمایش
programme-people-none = هیچ‌کس با این جستجو مطابقت ندارد.

# The API's pages of people
error-api-limit = limit باید عددی صحیح از ۱ تا ۱۰۰۰ باشد.
error-api-cursor = cursor باید next_cursor صفحهٔ قبلی باشد.
error-api-text = این فیلد را به‌صورت متن (یک رشتهٔ JSON) بفرستید، همان‌طور که توصیف API می‌گوید.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = نام شما
assess-intro-buddy = چند پرسش برای اینکه ببینیم امروز کجا هستید. پاسخ درست یا غلط وجود ندارد. تازه‌واردی که همراهی‌اش می‌کنید پاسخ‌هایتان را نمی‌بیند.
error-language-choice = یک زبان انتخاب کنید.
import-host-level = سطح در زبان این کشور
import-other-languages = زبان‌های دیگر
home-pending-session = جلسه با { $name } در { $date } را تأیید کنید

# وارد کردن صفحه‌گسترده: رمزگذاری‌ها، تاریخ‌ها، فرمول‌ها
import-cell-problem = ستون «{ $column }»: { $message }
import-cell-formula = این خانه یک فرمول دارد (با =، @، + یا - شروع می‌شود). به جای آن مقدارش را بنویسید.
import-cell-bom = این خانه یک نشانهٔ ترتیب بایت نامرئی دارد: چند پرونده در یکی به هم چسبیده‌اند. آن را پاک کنید یا پرونده را دوباره ذخیره کنید.
import-date-ambiguous = این تاریخ را می‌توان به دو شکل خواند. آن را به صورت سال-ماه-روز بنویسید (2026-04-03).
import-workbook = این یک کارپوشهٔ قدیمی Excel (.xls) است. آن را باز کنید، با قالب .xlsx یا CSV ذخیره کنید و دوباره تلاش کنید.
import-workbook-unreadable = این پرونده را نمی‌توان به صورت کارپوشهٔ Excel (.xlsx) خواند: شاید آسیب دیده، با گذرواژه محافظت شده یا از نوع دیگری باشد (مانند .ods از LibreOffice). آن را باز کنید، با قالب .xlsx یا CSV ذخیره کنید و دوباره تلاش کنید.
import-workbook-too-large = این کارپوشه پس از باز شدن بیش از حد بزرگ است. فقط برگهٔ افراد را نگه دارید یا آن را در چند بخش وارد کنید.
import-not-text = این پرونده جدولی ذخیره‌شده به صورت متن نیست: بایت‌هایی دارد که هیچ رمزگذاری پیشنهادی نمی‌خواند. آن را با قالب CSV ذخیره کنید و دوباره تلاش کنید.
import-encoding = رمزگذاری پرونده
import-encoding-hint = از روی پرونده حدس زده شد. اگر حروف در نام‌های زیر نادرست به نظر می‌رسند، رمزگذاری دیگری برگزینید و ادامه دهید.
import-encoding-failed = پرونده با رمزگذاری برگزیده خوانده نمی‌شود: همان‌طور که پیش‌تر خوانده شده بود ماند.

## زوج‌های یک برنامه، با جست‌وجو و صفحه‌ها
pairs-title = زوج‌های { $programme }
pairs-back = بازگشت به برنامه
pairs-link = همهٔ زوج‌ها: جست‌وجو، زوج‌های پایان‌یافته
pairs-search-hint = نام، ایمیل یا تلفن تازه‌وارد یا همراه
pairs-filter-any-status = هر وضعیتی
pairs-filter-open = جاری (نه پایان‌یافته و نه ردشده)
pairs-filter-closed = پایان‌یافته
pairs-sort-oldest = قدیمی‌ترین‌ها اول
pairs-sort-newest = تازه‌ترین‌ها اول
pairs-sort-newcomer = بر اساس نام تازه‌وارد
pairs-total = { $count ->
    [0] هیچ زوجی
    [one] یک زوج
   *[other] { $count } زوج
}
pairs-pager = زوج‌های { $first }–{ $last } از { $total }
pairs-all = همهٔ زوج‌ها
pairs-none = هنوز زوجی نیست.
pairs-none-found = هیچ زوجی با این جست‌وجو جور نیست.
pairs-column-pair = تازه‌وارد ↔ همراه
pairs-column-status = وضعیت
pairs-column-since = از
pairs-column-sessions = دیدارهای انجام‌شده
pairs-sessions = { $count ->
    [0] هنوز هیچ
    [one] یک دیدار
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] یک دیدار، در { $date }
   *[other] { $count }، آخرین در { $date }
}

## دیدارهای یک برنامه، بر اساس دوره
sessions-title = دیدارهای { $programme }
sessions-link = دیدارها: بر اساس دوره، با ساعت‌هایشان
sessions-any-status = برنامه‌ریزی‌شده و انجام‌شده
sessions-planned = برنامه‌ریزی‌شده
sessions-held = انجام‌شده
sessions-held-confirmed = انجام‌شده، تأییدشده
sessions-how = { $minutes }، { $mode }
sessions-total = { $count ->
    [0] هیچ دیداری
    [one] یک دیدار
   *[other] { $count } دیدار
}، { $hours ->
    [one] یک ساعت
   *[other] { $hours } ساعت
} در مجموع
sessions-pager = دیدارهای { $first }–{ $last } از { $total }
sessions-from = از
sessions-to = تا (با خود آن روز)
sessions-recent = ۳۰ روز گذشته و آنچه برنامه‌ریزی شده
sessions-none = هیچ دیداری در این دوره جور نیست.
sessions-column-when = کی
sessions-column-how = چگونه

## فهرست حساب‌های تیم، برای مدیریت
admin-users-search-hint = نام یا ایمیل
admin-users-any-role = هر نقشی
admin-users-any-state = فعال و غیرفعال
admin-users-active = فعال
admin-users-inactive = غیرفعال‌شده
admin-users-total = { $count ->
    [0] هیچ حساب تیمی
    [one] یک حساب تیم
   *[other] { $count } حساب تیم
}
admin-users-pager = حساب‌های { $first }–{ $last } از { $total }
admin-users-all = همهٔ حساب‌های تیم
admin-users-none = هیچ حسابی با این جست‌وجو جور نیست.

## Pairs and sessions as spreadsheets
pairs-export = دریافت این زوج‌ها (صفحه‌گسترده، CSV)
pairs-export-xlsx = دریافت این زوج‌ها (Excel، .xlsx)
sessions-export = دریافت این دیدارها (صفحه‌گسترده، CSV)
sessions-export-xlsx = دریافت این جلسه‌ها (Excel، .xlsx)
export-pairs-column-pair = زوج
export-pairs-column-newcomer = تازه‌وارد
export-pairs-column-buddy = همراه
export-pairs-column-status = وضعیت
export-pairs-column-proposed = پیشنهاد در
export-pairs-column-started = شروع در
export-pairs-column-closed = پایان در
export-pairs-column-sessions = دیدارهای انجام‌شده
export-pairs-column-hours = ساعت‌های انجام‌شده
export-pairs-column-last-session = آخرین دیدار
export-sessions-column-session = دیدار
export-sessions-column-date = تاریخ
export-sessions-column-time = ساعت
export-sessions-column-pair = زوج
export-sessions-column-newcomer = تازه‌وارد
export-sessions-column-buddy = همراه
export-sessions-column-minutes = دقیقه
export-sessions-column-hours = ساعت‌ها
export-sessions-column-mode = چگونه
export-sessions-column-status = وضعیت
export-sessions-column-confirmed = تأییدشده
export-progress-column-course = دوره
export-progress-column-learner = آموزش‌گیرنده
export-progress-column-cohort = گروه
export-progress-column-enrolled = تاریخ ثبت‌نام
export-progress-column-done = واحدهای اجباری انجام‌شده
export-progress-column-total = واحدهای اجباری
export-progress-column-completed = تاریخ پایان
export-figures-column-figure = شاخص
export-figures-column-key = مربوط به
export-figures-column-n = از
export-figures-column-value = مقدار
export-figures-column-suppressed = پنهان (گروه کوچک)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = نام، فرد رابط، ایمیل یا تلفن
stakeholders-any-kind = هر نوعی
stakeholders-total = { $count ->
    [0] هیچ ذی‌نفعی
    [one] یک ذی‌نفع
   *[other] { $count } ذی‌نفع
}
stakeholders-pager = ذی‌نفعان { $first }–{ $last } از { $total }
stakeholders-all = همهٔ ذی‌نفعان
stakeholders-none-found = هیچ ذی‌نفعی با این جست‌وجو جور نیست.
