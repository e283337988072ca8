# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — دری. مرجع، فایل انگلیسی en.ftl است: هر کلید آن باید
# در هر ترجمهٔ کامل موجود باشد.

## چوکات هر صفحه
app-name = m4m
app-tagline = Buddy System: تازه‌واردان و همراهان رضاکار، شانه به شانه
skip-to-content = رفتن به محتوای اصلی
table-scroll = جدول: برای خواندن همه، آن را به پهلو بکشید
nav-home = صفحه اصلی
nav-organisations = مؤسسه‌ها
nav-users = حساب‌ها
nav-outbox = پیام‌های فرستاده‌شده
nav-invite = دعوت کردن کسی
nav-login = ورود
nav-logout = خروج
language-switcher = زبان
language-choose = این زبان را انتخاب کنید
signed-in-as = داخل شده به نام { $name }
footer-text = m4m به مؤسسه‌ها کمک می‌کند تا همراهی همتا به همتا را برای تازه‌واردان پیش ببرند. معلومات شما نزد مؤسسه خودتان می‌ماند.

## ده مرحله
step-1 = آگاه ساختن جوانب ذیدخل
step-2 = جذب و ثبت نام
step-3 = خودارزیابی ابتدایی
step-4 = جوره‌سازی ابتدایی
step-5 = آموزش
step-6 = جوره‌سازی و اولین ملاقات
step-7 = جلسه‌های همتا
step-8 = نظارت
step-9 = پیگیری پیشرفت
step-10 = ارزیابی نهایی
step-number = مرحله { $number }

## نقش‌ها
role-administrator = مدیر سیستم
role-coordinator = هماهنگ‌کننده
role-supervisor = ناظر
role-trainer = مربی
role-mentor = همراه
role-mentee = تازه‌وارد
role-evaluator = ارزیاب

## صفحه آغاز
landing-title = همراهی همتا به همتا برای تازه‌واردان
landing-intro = در Buddy System، یک همراه رضاکار — اکثراً کسی که خودش چند سال پیش آمده — به یک تازه‌وارد کمک می‌کند تا به سوی خودکفایی قدم بردارد: رفت و آمد در شهر، پیدا کردن خدمات عامه، تمرین زبان، پالیدن کار یا خانه. کارکنان اجتماعی آن‌ها را با هم آشنا می‌سازند و حمایت می‌کنند.
landing-staff = کارمندان، همراهان و تازه‌واردانی که حساب دارند، از اینجا داخل می‌شوند.

## ورود
login-title = ورود
login-email = آدرس ایمیل
login-password = رمز عبور
login-submit = ورود
login-failed = آدرس ایمیل یا رمز عبور غلط است. هر دو را ببینید و دوباره کوشش کنید.
login-throttled = کوشش‌ها بسیار زیاد شد. 15 دقیقه صبر کنید، بعد دوباره کوشش کنید.
login-expired = وقت ورود شما ختم شده است. لطفاً دوباره داخل شوید.
logged-out = شما خارج شدید.
two-factor-title = ورود دو مرحله‌ای
two-factor-intro = با ورود دو مرحله‌ای، تنها رمز عبور حساب شما را باز نمی‌کند: یک اپلیکیشن در موبایل شما هر 30 ثانیه یک کد نو شش رقمی می‌دهد، و m4m بعد از رمز عبور آن را می‌خواهد.
two-factor-step-app = یک اپلیکیشن تأیید هویت را در موبایل خود نصب کنید (مثلاً FreeOTP، Aegis، Google Authenticator یا Microsoft Authenticator).
two-factor-step-scan = در اپلیکیشن، یک حساب اضافه کنید و این کد را اسکن کنید:
two-factor-step-type = یا این کلید را بنویسید:
two-factor-step-code = کد شش رقمی را که اپلیکیشن نشان می‌دهد بنویسید، تا ببینیم که کار می‌کند.
two-factor-code-app = کد از اپلیکیشن
two-factor-confirm = ورود دو مرحله‌ای را فعال کنید
two-factor-required = نقش شما به معلومات بسیاری از مردم دسترسی می‌دهد: پیش از ادامه باید ورود دو مرحله‌ای را تنظیم کنید.
two-factor-on = ورود دو مرحله‌ای فعال است: بعد از رمز عبور، m4m کد اپلیکیشن شما را می‌خواهد.
two-factor-codes-left = { $count ->
    [one] { $count } کد بازیابی باقی مانده است.
   *[other] { $count } کد بازیابی باقی مانده است.
}
two-factor-new-codes = کدهای بازیابی نو
two-factor-new-codes-intro = کدهای کهنه دیگر کار نمی‌کنند. برای گرفتن کدهای نو، یک کد از اپلیکیشن خود بنویسید.
two-factor-codes-title = این کدهای بازیابی را نگه دارید
two-factor-codes-intro = با هر کد، اگر موبایل خود را گم کنید، یک بار می‌توانید داخل شوید. آن‌ها را چاپ کنید یا بنویسید و در جای امن نگه دارید: فقط همین حالا نشان داده می‌شوند.
two-factor-login-title = کد از موبایل شما
two-factor-login-intro = اپلیکیشن تأیید هویت را باز کنید و کد شش رقمی را که برای m4m نشان می‌دهد بنویسید.
two-factor-login-recovery = موبایل خود را گم کرده‌اید؟ به جای آن یکی از کدهای بازیابی خود را بنویسید.
two-factor-code = کد
two-factor-verify = ورود
two-factor-wrong-code = این کد درست نیست، یا پیش از این استفاده شده است. کدی را بنویسید که اپلیکیشن شما حالا نشان می‌دهد.
two-factor-log-in-again = کدهای غلط بسیار زیاد شد. دوباره با رمز عبور خود داخل شوید.
nav-two-factor = ورود دو مرحله‌ای
tokens-title = توکن‌های API
tokens-intro = یک توکن به یک ابزار مؤسسه شما اجازه می‌دهد که از JSON API در m4m به نام شما و با صلاحیت‌های شما استفاده کند. به هر ابزار توکن جداگانه بدهید، و وقتی ابزار دیگر به آن ضرورت ندارد، آن را لغو کنید.
tokens-shown-once = توکن نو شما. همین حالا آن را کاپی کنید: فقط همین یک بار نشان داده می‌شود.
tokens-name = نام (توکن برای چه کاری است)
tokens-create = ساختن توکن
tokens-created = ساخته شده
tokens-last-used = آخرین استفاده
tokens-never-used = هرگز
tokens-revoked = لغو شده
tokens-revoke = لغو کردن
tokens-openapi = توضیح API (OpenAPI)
nav-tokens = توکن‌های API
error-api-json = متن درخواست باید JSON باشد، همان‌طور که توضیح API می‌گوید.

## صفحه‌های اصلی
home-title = صفحه اصلی
home-welcome = خوش آمدید، { $name }
home-no-role = حساب شما هنوز نقشی ندارد. از هماهنگ‌کننده خود بخواهید که به شما یک نقش بدهد.
home-programmes = برنامه‌های شما
home-no-programmes = هنوز هیچ برنامه‌ای نیست.
home-new-programme = ساختن یک برنامه
home-people-per-step = تعداد مردم در هر مرحله
home-people-total = { $count ->
    [0] هنوز هیچ کس
    [one] یک نفر
   *[other] { $count } نفر
}
home-mentors-of-target = همراهان: { $count } از { $target }
home-mentees-of-target = تازه‌واردان: { $count } از { $target }
home-open-programme = باز کردن برنامه
home-your-newcomers = تازه‌واردان شما
home-no-newcomers = شما هنوز با هیچ تازه‌واردی جوره نشده‌اید. وقتی یک جوره پیشنهاد شود، هماهنگ‌کننده شما به شما خبر می‌دهد.
home-your-buddy = همراه شما
home-no-buddy = شما هنوز همراه ندارید. هماهنگ‌کننده شما همراه با خودتان دنبال یکی می‌گردد.
home-next-sessions = جلسه‌های بعدی
home-no-sessions = هیچ جلسه‌ای پلان نشده است.
home-next-session = جلسه بعدی: { $when }
home-your-goals = هدف‌های شما
home-no-goals = هنوز هیچ هدفی نیست. آن‌ها را همراه با همراه خود انتخاب می‌کنید.
home-goal-progress = { $progress } % انجام شده
home-speaks = زبان‌ها: { $languages }
home-area = بخش: { $area }
home-supervised = همراهانی که شما نظارت می‌کنید
home-no-supervised = هنوز هیچ همراهی به شما سپرده نشده است.
home-supervised-pairs = جوره‌های همراهان شما
home-last-session = آخرین جلسه: { $when }
home-no-session-yet = هنوز هیچ جلسه‌ای ثبت نشده است
home-active-pairs = { $count ->
    [0] هیچ جوره فعال نیست
    [one] یک جوره فعال
   *[other] { $count } جوره فعال
}
home-training = همراهان در حال آموزش
home-in-training = { $count ->
    [0] هیچ کس در آموزش نیست
    [one] یک همراه در آموزش
   *[other] { $count } همراه در آموزش
}
home-organisations = مؤسسه‌ها
home-accounts = { $count ->
    [one] یک حساب
   *[other] { $count } حساب
}
home-figures = ارقام همه مؤسسه‌ها
home-figures-note = فقط تعدادها: بدون نام، بدون معلومات شخصی.

session-mode-in_person = رو در رو
session-mode-online = آنلاین
session-mode-phone = با تلفون
session-at = { $when }، { $mode }
session-at-place = { $when }، { $mode }، { $place }

## برنامه‌ها
programme-title = برنامه
programme-status = حالت
programme-status-draft = مسوده
programme-status-recruiting = در حال جذب
programme-status-running = در جریان
programme-status-closed = بسته شده
programme-dates = از { $start } تا { $end }
programme-languages = زبان‌ها
programme-organisation = مؤسسه
programme-participants = مردم در این برنامه
programme-no-participants = هنوز هیچ کس ثبت نام نکرده است.
programme-kind = نقش
programme-name = نام
programme-origin = کشور اصلی
programme-native = زبان مادری
programme-area = بخش
programme-step = مرحله
programme-new-title = برنامه نو
programme-field-name = نام برنامه
programme-field-description = توضیح
programme-field-name-in = نام به زبان { $language }
programme-field-description-in = توضیح به زبان { $language }
programme-field-languages = زبان‌هایی که گپ زده می‌شوند (کدها، جدا شده با کامه: fr, ar, prs)
programme-field-starts = روز اول
programme-field-ends = روز آخر
programme-field-target-mentors = تعداد همراهانی که جذب می‌شوند
programme-field-target-mentees = تعداد تازه‌واردانی که همراهی می‌شوند
programme-field-organisation = مؤسسه
programme-create = ساختن برنامه
programme-created = برنامه ساخته شد.

## دعوت‌نامه‌ها
invite-title = دعوت کردن کسی
invite-intro = این شخص یک لینک می‌گیرد که تا 7 روز اعتبار دارد، تا رمز عبور خود را انتخاب کند. یک شخص می‌تواند چند نقش داشته باشد.
invite-email = آدرس ایمیل او
invite-name = نام او
invite-role = نقش
invite-organisation = مؤسسه
invite-submit = فرستادن دعوت‌نامه
invite-sent = دعوت‌نامه به { $email } در راه است.
invite-link-once = این لینک را خودتان هم می‌توانید بفرستید (مثلاً با پیام کوتاه). فقط یک بار نشان داده می‌شود:
invite-mail-subject = دعوت‌نامه شما به m4m
invite-mail-body = سلام { $name }،

    { $inviter } شما را دعوت می‌کند که به عنوان { $role } به m4m بپیوندید.
    با این لینک رمز عبور خود را انتخاب کنید (تا 7 روز اعتبار دارد، فقط یک بار):

    { $link }
accept-title = به m4m خوش آمدید
accept-intro = شما به عنوان { $role } دعوت شده‌اید. برای شروع، رمز عبور خود را انتخاب کنید.
accept-organisation = مؤسسه: { $organisation }
accept-password = یک رمز عبور انتخاب کنید (دست کم 8 حرف)
accept-password-again = همان رمز عبور، یک بار دیگر
accept-submit = ذخیره و ادامه
accept-gone = وقت این لینک دعوت تمام شده، یا پیش از این استفاده شده است. از کسی که شما را دعوت کرده یک لینک نو بخواهید.

## اداره
admin-organisations-title = مؤسسه‌ها
admin-organisation-name = نام
admin-organisation-country = کشور (دو حرف: FR، GR)
admin-organisation-languages = زبان‌ها (کدها، جدا شده با کامه)
admin-organisation-time-zone = ساحه زمانی (مانند Europe/Paris؛ اگر خالی باشد: از کشور)
admin-time-zone-save = تغییر
admin-organisation-programmes = برنامه‌ها
admin-organisation-members = حساب‌ها
admin-organisation-create = اضافه کردن مؤسسه
admin-organisation-created = مؤسسه اضافه شد.
admin-users-title = حساب‌ها
admin-user-name = نام
admin-user-email = ایمیل
admin-user-roles = نقش‌ها
admin-user-inactive = غیر فعال
admin-outbox-title = پیام‌های فرستاده‌شده
admin-outbox-intro = بدون سرور ایمیل، پیام‌ها اینجا منتظر می‌مانند. برای فرستادن آن‌ها SMTP را تنظیم کنید.
admin-outbox-empty = هیچ پیامی نیست.
admin-outbox-to = به
admin-outbox-subject = موضوع
admin-outbox-date = تاریخ
nav-inventory = فهرست معلومات
admin-inventory-title = فهرست معلومات
admin-inventory-intro = هر ستون دیتابیس: آیا معلومات شخصی در آن است، از کدام نوع، برای کدام پروسس و تا چه وقت نگه داشته می‌شود. از آن برای ثبت پروسس‌ها (ماده 30 GDPR) و ارزیابی اثرات خود استفاده کنید.
admin-inventory-summary = { $personal } از { $count } ستون معلومات شخصی دارند.
admin-inventory-csv = دانلود به شکل جدول (CSV)
admin-inventory-table = جدول
admin-inventory-column = ستون
admin-inventory-category = نوع معلومات
admin-inventory-purposes = مقصدها
admin-inventory-retention = مدت نگهداری
admin-inventory-legend = معنای نوع‌ها و مقصدها
inventory-not-personal = شخصی نیست
inventory-category-identity = هویت
inventory-category-identity-help = نام‌ها، سال تولد، جنسیت.
inventory-category-contact = تماس
inventory-category-contact-help = آدرس‌های ایمیل، شماره‌های تلفون، جایی که کسی زندگی می‌کند یا ملاقات می‌کند.
inventory-category-special = نوع خاص
inventory-category-special-help = معلومات حساس: اصلیت، زبان‌های اصلی، وضعیت مهاجرت، ضرورت‌ها، جواب‌هایی که شاید به صحت یا دین مربوط باشد.
inventory-category-free_text = متن آزاد
inventory-category-free_text-help = متنی که مردم می‌نویسند: یادداشت‌ها، دلیل‌ها، خلاصه‌ها. هر چیزی می‌تواند در آن باشد، پس آن را حساس بدانید.
inventory-category-profile = پروفایل
inventory-category-profile-help = زبان‌ها، علاقه‌ها، وقت‌های آزاد، نقش‌ها، ترجیحات.
inventory-category-activity = فعالیت
inventory-category-activity-help = چه شد و چه وقت: تاریخ‌ها، حالت‌ها، نمره‌ها، فیصله‌ها.
inventory-category-pseudonymous = شناسه مستعار
inventory-category-pseudonymous-help = یک شماره یا کد که به یک شخص اشاره می‌کند، بدون گفتن نام او.
inventory-category-secret = سری
inventory-category-secret-help = رمزهای عبور، توکن‌ها و عامل‌های دوم، تا جایی که ممکن است فقط به شکل هش نگه داشته می‌شوند.
inventory-purpose-programme = پیش بردن برنامه
inventory-purpose-programme-help = ثبت نام، بررسی، جوره‌سازی، جوره‌ها و ملاقات‌های آن‌ها.
inventory-purpose-training = آموزش
inventory-purpose-training-help = آموزش همراهان و کارمندان.
inventory-purpose-contact = تماس
inventory-purpose-contact-help = رسیدن به مردم: ایمیل‌ها، زنگ‌ها، یادآوری‌ها.
inventory-purpose-evaluation = ارزیابی
inventory-purpose-evaluation-help = اندازه گرفتن ادغام در جامعه و نتیجه‌های برنامه.
inventory-purpose-security = امنیت
inventory-purpose-security-help = ورود، کنترول دسترسی، محافظت در برابر سوء استفاده.
inventory-purpose-accountability = مکلفیت قانونی و حساب‌دهی
inventory-purpose-accountability-help = ثبوت رضایت و ردپای بررسی که چه کسی چه کاری کرد.
inventory-retention-record = با پرونده شخص، تا وقتی که پاک شود
inventory-retention-account = با حساب، تا وقتی که پاک شود
inventory-retention-session = تا خروج؛ حد اکثر 12 ساعت، 30 دقیقه بی‌کاری
inventory-retention-day = بعد از 24 ساعت پاک می‌شود
inventory-retention-minutes = بعد از استفاده یا بعد از پنج دقیقه پاک می‌شود
inventory-retention-audit = برای حساب‌دهی نگه داشته می‌شود (فقط اضافه کردن؛ فقط شناسه‌ها و کدها)
inventory-retention-organisation = تا وقتی که مؤسسه پرونده‌های خود را نگه می‌دارد
inventory-retention-outbox = در صندوق پیام‌های فرستادنی؛ بدون پاک شدن خودکار
installation-wide = در سراسر سیستم

figures-organisation = مؤسسه
figures-country = کشور
figures-programmes = برنامه‌ها
figures-mentors = همراهان
figures-mentees = تازه‌واردان
figures-active-pairs = جوره‌های فعال

## فورم‌ها و خطاها
form-fix-errors = چند خانه به توجه شما ضرورت دارد:
form-required-mark = ضروری
error-required = پر کردن این خانه ضروری است.
error-too-long = این بسیار دراز است.
error-control-characters = در این حرف‌هایی است که اجازه ندارند.
error-email-invalid = یک آدرس ایمیل مانند name@example.org بنویسید.
error-email-taken = یک حساب پیش از این از این آدرس ایمیل استفاده می‌کند.
error-password-short = رمز عبور دست کم 8 حرف لازم دارد.
error-password-common = این رمز عبور یکی از عام‌ترین رمزهاست که حمله‌کنندگان اول امتحان می‌کنند. یکی دیگر انتخاب کنید، مثلاً چند کلمه که به یاد شما می‌ماند.
error-password-mismatch = دو رمز عبور یکسان نیستند.
error-country-invalid = کد دو حرفی کشور را بنویسید، مانند FR یا GR.
error-language-code = کدهای زبان دو یا سه حرفی را بنویسید، جدا شده با کامه (fr, ar, prs).
error-date-invalid = تاریخ را به شکل سال-ماه-روز بنویسید، مانند 2026-09-01.
error-end-before-start = روز آخر نمی‌تواند پیش از روز اول باشد.
error-count-invalid = یک عدد کامل از 0 تا 100,000 بنویسید.
error-choice-invalid = یکی از گزینه‌های داده شده را انتخاب کنید.

error-title = یک مشکل پیش آمد
error-400-title = این درخواست قابل استفاده نیست
error-400-text = چیزی در درخواست درست نیست. برگردید و آنچه را نوشتید ببینید.
error-401-title = لطفاً داخل شوید
error-401-text = برای دیدن این صفحه باید داخل شوید.
error-403-title = اجازه نیست
error-403-text = شما اجازه ندارید این را ببینید یا انجام دهید. اگر فکر می‌کنید باید اجازه داشته باشید، از هماهنگ‌کننده خود بپرسید.
error-404-title = صفحه پیدا نشد
error-404-text = این صفحه وجود ندارد، یا دیدن آن برای شما نیست.
error-405-title = اینجا ممکن نیست
error-405-text = این آدرس را این طور نمی‌شود استفاده کرد.
error-410-title = دیگر موجود نیست
error-413-title = معلومات بسیار زیاد
error-413-text = آنچه فرستادید بسیار بزرگ است. هر بار کمتر بفرستید.
error-429-title = کوشش‌ها بسیار زیاد شد
error-500-title = از طرف ما یک مشکل پیش آمد
error-500-text = این مشکل ثبت شد. کمی بعد دوباره کوشش کنید؛ اگر باز هم پیش آمد، به هماهنگ‌کننده خود بگویید.
error-csrf = وقت این فورم تمام شده است. برگردید، صفحه را دوباره باز کنید و آن را دوباره بفرستید.
error-unknown-language = این زبان موجود نیست: { $code }. یکی از زبان‌های داده شده را انتخاب کنید.
error-back-home = برگشت به صفحه اصلی

## مرحله 1 — جوانب ذیدخل و اطلاع‌رسانی
nav-stakeholders = جوانب ذیدخل
nav-outreach = اطلاع‌رسانی
stakeholders-title = جوانب ذیدخل محلی
stakeholders-intro = نهادهای محلی که با تازه‌واردان و رضاکاران سر و کار دارند: خدمات اجتماعی، انجمن‌ها، مکتب‌ها، کارفرمایان. ثبت کنید که چه کسی را آگاه ساختید و چه کسی مردم را به برنامه می‌فرستد.
stakeholders-empty = هنوز هیچ جانب ذیدخلی ثبت نشده است.
stakeholder-name = نام
stakeholder-kind = نوع
stakeholder-contact = شخص تماس
stakeholder-email = ایمیل
stakeholder-phone = تلفون
stakeholder-languages = زبان‌ها (کدها، جدا شده با کامه)
stakeholder-area = ساحه کاری
stakeholder-notes = یادداشت‌ها
stakeholder-add = اضافه کردن جانب ذیدخل
stakeholder-added = جانب ذیدخل اضافه شد.
stakeholder-save = ذخیره تغییرات
stakeholder-saved = تغییرات ذخیره شد.
stakeholder-edit = تغییر دادن جزئیات
stakeholder-referred = معرفی شده: { $mentors ->
    [one] { $mentors } همراه
   *[other] { $mentors } همراه
}، { $mentees ->
    [one] { $mentees } تازه‌وارد
   *[other] { $mentees } تازه‌وارد
}
stakeholder-referrals-by-month = معرفی‌ها در هر ماه
stakeholder-month = ماه
stakeholder-kind-social_service = خدمات اجتماعی
stakeholder-kind-association = انجمن
stakeholder-kind-local_administration = اداره محلی
stakeholder-kind-employer = کارفرما
stakeholder-kind-school = مکتب
stakeholder-kind-health_service = خدمات صحی
stakeholder-kind-volunteer_group = گروه رضاکاران
stakeholder-kind-migrant_community = جامعه مهاجران
stakeholder-kind-other = دیگر
outreach-title = ثبت اطلاع‌رسانی
outreach-intro = جلسه‌های معلوماتی که برگزار شد، مواد که داده یا فرستاده شد، معرفی‌هایی که رسید.
outreach-empty = هنوز چیزی ثبت نشده است.
outreach-kind = چه
outreach-kind-information_session = جلسه معلوماتی
outreach-kind-material = مواد داده یا فرستاده شده
outreach-kind-referral = معرفی رسیده
outreach-date = تاریخ
outreach-stakeholder = جانب ذیدخل
outreach-no-stakeholder = — هیچ —
outreach-place = جای
outreach-audience = مخاطبان
outreach-reached = تعداد کسانی که به آن‌ها رسیدیم
outreach-materials = مواد و زبان‌های آن‌ها (یا لینک‌ها)
outreach-notes = یادداشت‌ها
outreach-add = ثبت کردن
outreach-added = ثبت شد.

## صفحه عمومی یک برنامه
join-organisation = زیر مدیریت { $organisation } ({ $country })
join-how-title = چطور کار می‌کند
join-how-text = یک تازه‌وارد و یک همراه رضاکار برای حدود شش ماه به طور منظم همدیگر را می‌بینند، رو در رو یا آنلاین. آن‌ها با هم به سوی خودکفایی قدم برمی‌دارند: رفت و آمد در شهر، پیدا کردن خدمات، تمرین زبان، پالیدن کار یا خانه. کارکنان اجتماعی آن‌ها را با هم آشنا می‌سازند و در کنارشان می‌مانند.
join-buddy-title = چه کسی می‌تواند همراه شود
join-buddy-text = هر کسی که 18 سال یا بیشتر عمر دارد، اینجا زندگی می‌کند، می‌تواند برای شش ماه چند ساعت در ماه وقت بدهد، و می‌خواهد آنچه را می‌داند با دیگران شریک سازد. بسیاری از همراهان خودشان چند سال پیش به این کشور آمده‌اند. شما آموزش و حمایت می‌شوید.
join-newcomer-title = یک تازه‌وارد چه چیزی می‌تواند انتظار داشته باشد
join-newcomer-text = کسی که به گپ شما گوش می‌دهد، اگر ممکن باشد به زبان شما گپ می‌زند، و به شما کمک می‌کند که راه خود را پیدا کنید. رایگان است. آنچه می‌گویید محرم می‌ماند.
join-contact-title = تماس
join-register-buddy = می‌خواهم همراه شوم
join-register-newcomer = من اینجا نو هستم و یک همراه می‌خواهم
join-closed = این برنامه حالا ثبت نام نمی‌کند.

## ثبت نام
register-title-mentor = همراه شوید
register-title-mentee = یک همراه پیدا کنید
register-intro-mentor = در باره خود به ما بگویید. یک هماهنگ‌کننده برای مصاحبه به شما زنگ می‌زند.
register-intro-mentee = در باره خود به ما بگویید. یک هماهنگ‌کننده با شما تماس می‌گیرد.
register-staff-note = شما این شخص را به جای خودش ثبت نام می‌کنید. متن رضایت را به زبان خودش برایش بخوانید.
reg-about = در باره شما
reg-first-name = نام
reg-last-name = تخلص
reg-phone = تلفون
reg-email = ایمیل
reg-contact-hint = دست کم یک شماره تلفون یا یک آدرس ایمیل بدهید.
reg-languages = زبان‌ها
reg-native-language = زبان مادری
reg-other-languages = زبان‌های دیگری که گپ می‌زنید
reg-language = زبان
reg-level = سطح
reg-choose = انتخاب کنید…
level-basic = چند کلمه
level-conversational = می‌توانم گپ بزنم
level-fluent = روان
level-native = زبان مادری
reg-host-level = سطح شما در زبان این کشور
reg-country = کشور اصلی
reg-arrival = تاریخ رسیدن به این کشور
reg-area = ناحیه، شهر یا کد پستی
reg-availability = چه وقت وقت دارید؟
reg-availability-hint = وقت‌هایی را که معمولاً برای شما خوب است نشانی کنید.
day-1 = دوشنبه
day-2 = سه‌شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
part-morning = صبح
part-afternoon = بعد از چاشت
part-evening = شام
reg-interests = علاقه‌ها
interest-sport = ورزش
interest-cooking = آشپزی
interest-music = موسیقی
interest-reading = کتاب خواندن
interest-nature = طبیعت و قدم زدن
interest-crafts = کارهای دستی
interest-games = بازی‌ها
interest-technology = تکنالوژی
interest-arts = هنر
interest-family = خانواده و اطفال
interest-faith = دین و ایمان
interest-volunteering = کار رضاکارانه
reg-needs = در کدام بخش‌ها کمک می‌خواهید؟
reg-skills = در کدام بخش‌ها می‌توانید کمک کنید؟
area-language = زبان
area-administration = کارهای اداری
area-housing = خانه
area-employment = کار و آموزش
area-health = صحت
area-education = مکتب اطفال
area-transport = رفت و آمد
area-money = پول و بانک
area-digital = موبایل و انترنت
area-social = آشنایی با مردم
area-wellbeing = آرامش و خوشی
reg-experience = تجربه شما (کار رضاکارانه، وظیفه، آمدن خودتان به این کشور)
reg-motivation = چرا می‌خواهید همراه شوید؟
reg-gender = جنسیت
gender-woman = زن
gender-man = مرد
gender-other = دیگر
gender-unsaid = ترجیح می‌دهم نگویم
reg-gender-preference = آیا ترجیح می‌دهید که همراه شما…
gender-pref-none = فرقی نمی‌کند
gender-pref-woman = یک زن باشد
gender-pref-man = یک مرد باشد
reg-birth-year = سال تولد
reg-heard-from = از کجا در باره این برنامه شنیدید؟
heard-stakeholder = از یک مؤسسه
heard-friend = از یک دوست یا خانواده
heard-social_media = در رسانه‌های اجتماعی
heard-poster = از یک پوستر یا ورق معلوماتی
heard-event = در یک محفل
heard-other = دیگر
reg-referred-by = کدام مؤسسه؟
reg-consent-title = رضایت شما
consent-notice = { $organisation } آنچه را اینجا می‌نویسید برای پیش بردن برنامه نگه می‌دارد: برای پیدا کردن یک همراه (یا یک تازه‌وارد) برای شما، تماس گرفتن با شما و پیگیری جوره شما. فقط کارمندان برنامه آن را می‌بینند؛ همراه شما فقط نام، زبان‌ها و ناحیه شما را می‌بیند. هر وقت که بخواهید می‌توانید بخواهید معلومات خود را ببینید، درست کنید یا پاک کنید، و هر رضایت پایین را به همان آسانی که دادید پس بگیرید.
consent-participation = موافقم که در برنامه اشتراک کنم و معلومات من برای آن استفاده شود (ضروری).
consent-contact_sms = می‌توانید با پیام کوتاه (SMS) با من تماس بگیرید.
consent-contact_email = می‌توانید با ایمیل با من تماس بگیرید.
consent-contact_phone = می‌توانید به من زنگ بزنید.
consent-share_partners = می‌توانید پرونده مرا با مؤسسه‌های همکار برنامه شریک سازید.
consent-evaluation = جواب‌های من می‌تواند بدون نام من برای ارزیابی برنامه استفاده شود.
reg-submit = فرستادن
reg-thanks-title = تشکر
reg-thanks-text = ثبت نام شما رسید. یک هماهنگ‌کننده به زودی با شما تماس می‌گیرد.
register-too-many = از این اتصال ثبت نام‌های بسیار زیاد فرستاده شد. یک ساعت بعد دوباره کوشش کنید.
error-phone-invalid = یک شماره تلفون با 6 تا 15 رقم بنویسید، مانند +33 6 12 34 56 78.
error-contact-required = یک شماره تلفون یا یک آدرس ایمیل بدهید.
error-date-future = این تاریخ نمی‌تواند در آینده باشد.
error-year-invalid = یک سال تولد مانند 1990 بنویسید.
error-buddy-too-young = همراهان باید دست کم 18 سال عمر داشته باشند.
error-consent-required = برای ثبت نام، موافقت شما برای اشتراک لازم است.
error-status-move = این تغییر حالت از حالت فعلی ممکن نیست.
error-reason-required = یک دلیل بدهید.
error-409-title = در این میان تغییر کرد
error-conflict = کسی دیگر در همین وقت این پرونده را تغییر داد. صفحه را دوباره باز کنید و دوباره کوشش کنید.
error-422-title = پیش از این گرفته شده
error-taken-email = یک حساب پیش از این از این آدرس ایمیل استفاده می‌کند.
error-taken-questionnaire-version = کسی دیگر یک نسخه نو از این پرسشنامه را ذخیره کرد وقتی شما آن را تغییر می‌دادید. آن نسخه با متن شما در پایین نشان داده شده است: آن‌ها را مقایسه کنید، بعد دوباره ذخیره کنید.

## پرونده یک شخص
person-kind = نقش
person-erased = شخص پاک شده
notes-title = یادداشت‌های محرم
notes-intro = وضعیت صحی یا حقوقی که هماهنگ‌کنندگان باید بدانند. فقط هماهنگ‌کنندگان این مؤسسه این یادداشت‌ها را می‌بینند؛ این‌ها به همراهان، ناظران، مربیان یا در هیچ لستی نشان داده نمی‌شوند، و در معلوماتی که خود شخص می‌گیرد شامل هستند.
notes-label = یادداشت‌ها (حد اکثر 4,000 حرف)
notes-save = ذخیره یادداشت‌ها
notes-saved = یادداشت‌های محرم ذخیره شد.
follow-up-title = نظارت و ظرفیت
follow-up-intro = کی بالای این همراه نظارت می‌کند و او هم‌زمان چند تازه‌وارد را همراهی می‌کند. پیش‌جوره‌سازی او را پیشنهاد می‌کند تا وقتی که جوره‌های جاری‌اش کمتر از این تعداد باشد.
follow-up-supervisor = ناظر
follow-up-nobody = هنوز هیچ کس
follow-up-capacity = تعداد تازه‌واردان هم‌زمان
follow-up-save = ذخیره
follow-up-saved = ناظر و ظرفیت همراه ذخیره شد.
error-supervisor-choice = یک ناظر را از فهرست انتخاب کنید.
error-capacity-range = یک عدد تام از 1 تا 5 وارد کنید.
error-capacity-below-pairs = این همراه فعلاً جوره‌های جاری بیشتر دارد: عدد بلندتر نگه دارید یا اول یک جوره را ببندید.
error-follow-up-changed = جوره‌های این همراه یا کارمندان در این میان تغییر کرده‌اند: بررسی کنید و دوباره ذخیره کنید.
person-status = حالت
person-step = مرحله
person-contact = تماس
person-languages = زبان‌ها
person-origin = کشور اصلی
person-arrival = تاریخ رسیدن
person-area = ناحیه
person-availability = وقت‌های آزاد
person-interests = علاقه‌ها
person-needs = کمک می‌خواهد در
person-skills = می‌تواند کمک کند در
person-experience = تجربه
person-motivation = انگیزه
person-gender = جنسیت
person-gender-preference = همراهی را ترجیح می‌دهد که
person-birth-year = سال تولد
person-heard-from = از برنامه شنیده از طریق
person-referred-by = معرفی شده توسط
person-registration = ثبت نام
person-entered-by-staff = توسط کارمندان در { $date } به زبان { $language } ثبت نام شده
person-self-registered = خودش در { $date } به زبان { $language } ثبت نام کرده
person-consents = رضایت‌ها
consent-given = داده شده در { $date }، نسخه متن { $version }، به زبان { $language }
consent-recorded-by = ثبت شده توسط { $name }
consent-withdrawn = پس گرفته شده در { $date }
consent-not-given = داده نشده
consent-state-given = داده شده در { $date }
consent-withdraw = پس گرفتن
consent-give = رضایت دادن
consents-title = رضایت‌های شما
consents-title-of = رضایت‌های { $name }
consents-saved = ذخیره شد. از همین حالا اجرا می‌شود.
consents-intro = اینجا شما انتخاب می‌کنید که برنامه چطور با شما تماس بگیرد و از معلومات شما استفاده کند. هر تغییر همان دم اجرا می‌شود، و هر وقت بخواهید می‌توانید باز نظر خود را تغییر دهید.
consents-intro-staff = یک رضایت را به درخواست خود شخص تغییر دهید (رو در رو، با تلفون یا به شکل نوشته). این تغییر با نام شما ثبت می‌شود و همان دم اجرا می‌شود.
consents-participation = برای بس کردن اشتراک در برنامه، به هماهنگ‌کننده خود بگویید: در پرونده شما نشان داده می‌شود که برنامه را ترک کردید.
consents-change-link = تغییر یک رضایت به درخواست شخص
consents-mine-link = رضایت‌های شما
person-do-not-contact = تماس نگیرید
no-contact_sms = بدون SMS
no-contact_email = بدون ایمیل
no-contact_phone = بدون زنگ
person-screening = بررسی
person-move-to = حالت نو
person-reason = دلیل (برای رد کردن یا کنار رفتن ضروری است)
person-move-submit = تغییر حالت
person-moved = حالت تغییر کرد.
person-no-moves = دیگر هیچ تغییری ممکن نیست.
person-history = تاریخچه
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = توسط { $name }
status-applied = درخواست داده
status-interview = مصاحبه
status-references_checked = معرف‌ها بررسی شده
status-accepted = قبول شده
status-declined = رد شده
status-training = در حال آموزش
status-registered = ثبت نام شده
status-intake = مصاحبه پذیرش
status-self_assessed = خودارزیابی انجام شده
status-ready = آماده جوره شدن
status-active = در یک جوره
status-alumni = فارغ برنامه
status-withdrawn = کنار رفته

## ابزارهای برنامه برای کارمندان
programme-field-contact = تماس که در صفحه عمومی نشان داده می‌شود
programme-public-page = صفحه عمومی
programme-register-mentee = ثبت نام یک تازه‌وارد
programme-register-mentor = ثبت نام یک همراه
programme-duplicates = تکراری‌های احتمالی
programme-export = گرفتن لست (CSV)
programme-export-xlsx = گرفتن لست (Excel، .xlsx)
export-column-id = شماره
export-column-kind = همراه یا تازه‌وارد
export-column-status = حالت
export-column-step = مرحله
export-column-first-name = نام
export-column-last-name = تخلص
export-column-email = ایمیل
export-column-phone = تلفون
export-column-native-language = زبان مادری
export-column-languages = زبان‌ها
export-stakeholders-referred-buddies = همراهان معرفی‌شده
export-stakeholders-referred-newcomers = تازه‌واردان معرفی‌شده
export-column-host-language-level = سطح در زبان کشور میزبان
export-column-country-of-origin = کشور اصلی
export-column-arrival-date = تاریخ رسیدن
export-column-area = ناحیه
export-column-availability = وقت‌های آزاد
export-column-interests = علاقه‌ها
export-column-areas = بخش‌های کمک
export-column-gender = جنسیت
export-column-gender-preference = جنسیت خواسته شده برای جوره
export-column-birth-year = سال تولد
export-column-heard-from = از ما شنیده از طریق
export-column-registered-at = تاریخ ثبت نام
programme-export-codes = کدهای ستون برای ابزارها (CSV)
programme-import = وارد کردن یک لست (CSV)
programme-status-column = حالت

## تکراری‌ها
duplicates-title = تکراری‌های احتمالی
duplicates-intro = این پرونده‌ها شاید مربوط به یک شخص باشند. آن‌ها را در اولی یکجا کنید، یا نشانی کنید که اشخاص جدا هستند.
duplicates-none = هیچ تکراری احتمالی نیست.
duplicates-reason-email = ایمیل یکسان
duplicates-reason-phone = تلفون یکسان
duplicates-reason-name = نام و سال تولد یکسان
duplicates-merge = یکجا کردن در اولی
duplicates-keep = اشخاص جدا
duplicates-merged = پرونده‌ها یکجا شد.
duplicates-kept = به عنوان اشخاص جدا نشانی شد.
duplicates-pager = تکراری‌های احتمالی { $first }–{ $last } از { $total }

## وارد کردن CSV
import-title = وارد کردن یک لست
import-intro = یک فایل CSV را که از یک جدول (spreadsheet) ذخیره شده آپلود کنید (UTF-8 یا Windows-1252، جدا شده با کامه، سیمی‌کولن یا تب، هر شخص در یک سطر، و اول یک سطر عنوان). شما انتخاب می‌کنید که کدام ستون چه چیزی دارد، بررسی هر سطر را می‌بینید، بعد همه را وارد می‌کنید یا هیچ کدام را. یک کتاب کاری Excel (.xlsx) همان‌طور که است خوانده می‌شود: ورق اول آن، با تاریخ‌ها و عددها.
import-file = فایل CSV یا Excel (.xlsx)
import-kind = این اشخاص هستند
import-next = ادامه
import-mapping-title = کدام ستون چه چیزی دارد؟
import-column-none = — در فایل نیست —
import-preview-title = پیش از وارد کردن بررسی کنید
import-row = سطر
import-row-ok = آماده
import-row-skip = پیش از این ثبت نام شده: رد شد
import-row-errors = باید درست شود
import-consent-confirm = تأیید می‌کنم که هر یک از این اشخاص موافقت کرده که در برنامه اشتراک کند (رضایت روی کاغذ یا زبانی گرفته شده).
import-commit = { $count ->
    [one] وارد کردن یک نفر
   *[other] وارد کردن { $count } نفر
}
import-done = { $count ->
    [0] هیچ کس وارد نشد
    [one] یک نفر وارد شد
   *[other] { $count } نفر وارد شدند
}، { $skipped } پیش از این ثبت نام شده بودند.
import-empty = در فایل هیچ سطری برای وارد کردن نیست.
import-bad-csv = این فایل به شکل CSV خوانده نمی‌شود. آن را از جدول خود به شکل "CSV UTF-8" ذخیره کنید و دوباره کوشش کنید.
import-has-errors = چند سطر پیش از وارد کردن باید در فایل درست شوند. هیچ چیزی وارد نشد.
import-consent-required = تأیید کنید که این اشخاص موافقت کرده‌اند که اشتراک کنند.
error-number-range = یک عدد کامل از { $min } تا { $max } بنویسید.
error-scale-invalid = یکی از نقطه‌های درجه‌بندی را انتخاب کنید.

## مرحله 3 — پرسشنامه‌ها و خودارزیابی ابتدایی
nav-questionnaires = پرسشنامه‌ها
q-kind-newcomer_self_assessment = خودارزیابی تازه‌وارد
q-kind-buddy_self_assessment = خودارزیابی همراه
q-kind-buddy_interview = مصاحبه با همراه
q-kind-newcomer_intake = مصاحبه پذیرش تازه‌وارد
q-done-on = انجام شده در { $date }
q-not-done = هنوز انجام نشده
q-fill = پر کردن
q-fill-with = پر کردن همراه با شخص
q-view = دیدن جواب‌ها
q-by-staff-note = شما این را همراه با شخص پر می‌کنید، یا در وقت مصاحبه به جای او. این موضوع نشانی می‌شود.
q-send = ذخیره جواب‌ها
q-saved = جواب‌ها ذخیره شد.
questionnaires-title = پرسشنامه‌ها
questionnaires-intro = پرسشنامه‌های مؤسسه شما. هر تغییر یک نسخه نو می‌سازد؛ جواب‌هایی که پیش از این داده شده با همان نسخه‌ای می‌مانند که به آن جواب داده شده.
q-version = نسخه { $version }
q-responses = { $count ->
    [0] هنوز هیچ جوابی نیست
    [one] یک جواب
   *[other] { $count } جواب
}
q-edit = تغییر
q-edit-intro = تعریف پایین نسخه فعلی است، به شکل JSON که در docs/QUESTIONNAIRES.md توضیح داده شده. ذخیره کردن آن یک نسخه نو می‌سازد.
q-definition-json = تعریف (JSON)
q-save-version = ذخیره به عنوان نسخه نو
q-new-version-saved = نسخه { $version } ذخیره شد.
q-definition-invalid = این تعریف قابل استفاده نیست: { $detail }
q-preview = چطور خوانده می‌شود
assess-title = خودارزیابی شما
assess-intro = چند سوال، تا ببینیم امروز در کجا هستید. جواب درست یا غلط وجود ندارد. همراه شما جواب‌های شما را نمی‌بیند.
assess-start = شروع
assess-continue = ادامه
assess-question-of = سوال { $n } از { $total }
assess-next = بعدی
assess-back = پس
assess-skip = از این سوال بگذرید
assess-review-title = جواب‌های خود را ببینید
assess-not-answered = جواب داده نشده
assess-change = تغییر
assess-send = فرستادن جواب‌هایم
assess-missing = چند سوال ضروری هنوز جواب ندارند.
assess-done-title = تشکر
assess-done-text = جواب‌های شما ذخیره شد. این‌ها نشان می‌دهند که از کجا شروع می‌کنید؛ در آخر برنامه آن‌ها را مقایسه می‌کنید.
baseline-title = نقطه شروع
baseline-chart-title = خودکفایی در هر بخش در شروع، از 1 (کمک زیاد لازم دارد) تا 5 (خودش از پسش برمی‌آید)
baseline-area = بخش
baseline-score = نمره
baseline-of-five = { $score } / { $max }
baseline-none = هنوز هیچ خودارزیابی نیست.
home-self-assessment = خودارزیابی شما
home-start-assessment = خودارزیابی خود را شروع کنید
home-continue-assessment = خودارزیابی خود را ادامه دهید
person-space = صفحه خودش
person-has-account = این شخص حساب دارد: همراه خود، جلسه‌ها و پرسشنامه‌ها را می‌بیند.
person-invite-intro = این شخص را دعوت کنید که در موبایل خود داخل شود: خودش خودارزیابی خود را پر می‌کند و همراه و جلسه‌های خود را می‌بیند.
person-invite = فرستادن دعوت‌نامه
person-edit-link = اصلاح معلومات
person-edit-title = اصلاح معلومات { $name }
person-edit-intro = آنچه را که هنگام ثبت‌نام ثبت شده اصلاح کنید. رضایت‌ها در صفحهٔ خود شان تغییر داده می‌شوند.
person-edit-save = ذخیرهٔ اصلاحات
person-edit-saved = معلومات اصلاح شد.
person-invite-needs-email = یک حساب به آدرس ایمیل ضرورت دارد، و این پرونده آدرس ایمیل ندارد.
stakeholders-export = گرفتن لست جوانب ذیدخل (CSV)
outreach-export = گرفتن ثبت اطلاع‌رسانی (CSV)

## مرحله 5 — آموزش
nav-training = آموزش
training-title = آموزش
training-intro = کورس‌های مؤسسه شما: کورس همراهان و کورس برای کارکنان مسلکی و رضاکاران. یک همراه وقتی آماده جوره شدن است که همه ماژول‌های ضروری را تمام کرده باشد.
training-empty = هنوز هیچ کورسی نیست.
course-title = عنوان
course-audience = برای
audience-buddies = همراهان
audience-professionals = کارکنان مسلکی و رضاکاران
course-description = توضیح
course-create = ساختن کورس
course-modules = ماژول‌ها
course-learners = آموزش‌گیرندگان
course-counts = { $modules ->
    [one] { $modules } ماژول
   *[other] { $modules } ماژول
} · { $enrolled } ثبت نام شده · { $completed } تمام کرده
course-no-modules = هنوز هیچ ماژولی نیست.
course-no-learners = هنوز هیچ کس ثبت نام نشده است.
course-progress-xlsx = دانلود پیشرفت آموزش‌گیرندگان (Excel، .xlsx)
course-completed-on = تمام شده در { $date }
course-in-progress = در جریان: { $done } از { $total ->
    [one] { $total } ماژول ضروری
   *[other] { $total } ماژول ضروری
}
module-add = اضافه کردن یک ماژول
module-kind = نوع ماژول
module-kind-capsule = درس کوتاه (متن، فایل یا ویدیو)
module-kind-quiz = آزمونک
module-kind-session = جلسه رو در رو
module-title = عنوان
module-body = محتوا یا برنامه
module-link = لینک به یک ویدیو یا یک فایل (https://…)
module-minutes = وقت آموزش (دقیقه)
module-mandatory = برای همراهان ضروری
module-quiz = سوال‌ها: برای هر سوال یک بخش، سوال در سطر اول، هر گزینه در یک سطر، گزینه درست با * شروع شود
module-pass-mark = نمره کامیابی (%)
module-date = تاریخ
module-time = ساعت (HH:MM)
module-place = جای
module-capacity = تعداد جای‌ها
module-when = { $when }، { $place }
module-mandatory-mark = ضروری
module-hours = { $minutes } دقیقه
module-record = ثبت پیشرفت
module-record-intro = ثبت کنید که چه کسی ماژول را تمام کرد، در جلسه حاضر بود یا در آزمونک کامیاب شد.
module-record-save = ذخیره
module-recorded = پیشرفت ذخیره شد.
module-too-many = تعداد حاضران از تعداد جای‌ها بیشتر است. لست را بررسی کنید.
progress-not_started = شروع نشده
progress-done = انجام شده
progress-passed = کامیاب ({ $score } %)
progress-failed = هنوز کامیاب نشده ({ $score } %)
progress-attended = حاضر
progress-absent = غیر حاضر
progress-score = نمره آزمونک (%)
enrol-title = ثبت نام آموزش‌گیرندگان
enrol-cohort = گروه (مثلاً "Pilot France 2026")
enrol-submit = ثبت نام
enrol-none = کسی برای ثبت نام نیست: همراهان وقتی قبول شدند اینجا دیده می‌شوند، و حساب‌های کارمندان وقتی در مؤسسه نقش گرفتند.
enrolled = { $count ->
    [0] هیچ کس ثبت نام نشده
    [one] یک نفر ثبت نام شده
   *[other] { $count } نفر ثبت نام شده
}
learn-title = آموزش شما
learn-empty = شما هنوز در هیچ کورسی ثبت نام نشده‌اید.
learn-open = باز کردن
learn-done-button = این را تمام کردم
learn-quiz-submit = جواب‌هایم را بررسی کن
learn-quiz-result = نمره شما: { $score } %. نمره کامیابی { $pass } % است.
learn-session = جلسه در { $when } در { $place }
certificate = تصدیق‌نامه
certificate-title = تصدیق‌نامه آموزش
certificate-text = تصدیق می‌شود که { $name } کورس «{ $course }» را با { $hours ->
    [one] { $hours } ساعت
   *[other] { $hours } ساعت
} آموزش، در { $date } تمام کرده است.
certificate-modules = ماژول‌های تمام شده
certificate-print = این صفحه را چاپ کنید یا از براوزر خود به شکل PDF ذخیره کنید.
error-quiz-format = هر سوال را در یک سطر جدا بنویسید، بعد گزینه‌های آن را هر کدام در یک سطر، و فقط یکی با * شروع شود؛ میان سوال‌ها یک سطر خالی بگذارید.
error-link-invalid = لینکی بنویسید که با https:// شروع شود
error-time-invalid = یک ساعت مانند 14:30 بنویسید.
error-time-zone-invalid = یک ساحه زمانی مانند Europe/Paris بنویسید.
error-training-not-done = همراه فقط وقتی آماده جوره شدن بوده می‌تواند که همه ماژول‌های ضروری آموزش تمام شده باشد.
home-training-own = آموزش شما
form-yes = بلی
form-no = نه

## مرحله 4 — جوره‌سازی ابتدایی
match-title = جوره‌سازی ابتدایی
match-intro = پیشنهاد، تا جایی که ممکن است تازه‌واردان بیشتری را جوره می‌سازد، بعد با بهترین نمره مجموعی. هر توضیح را بخوانید، جوره‌هایی را که فیصله کرده‌اید قفل کنید، آن‌هایی را که نباید باشند کنار بگذارید، و تأیید کنید: تا شما تأیید نکنید هیچ جوره‌ای ساخته نمی‌شود.
match-summary = { $matched } از { $mentees ->
    [one] { $mentees } تازه‌وارد
   *[other] { $mentees } تازه‌وارد
} با { $mentors ->
    [one] { $mentors } همراه
   *[other] { $mentors } همراه
} آماده جوره شدن جوره شده‌اند.
match-none-ready = در این برنامه هنوز هیچ کس آماده جوره شدن نیست.
match-proposals = جوره‌های پیشنهادی
match-score = همخوانی: { $score } %
match-criterion = معیار
match-weight = وزن
match-subscore = نمره
match-why = چرا
match-confirm = تأیید این جوره
match-lock = قفل کردن
match-unlock = باز کردن قفل
match-locked = قفل شده
match-exclude = کنار گذاشتن این جوره
match-exclude-reason = دلیل کنار گذاشتن (اختلاف، خویشاوندی، یک جوره گذشته…)
match-others = بهترین همراهان بعدی
match-unmatched = بدون همراه مانده
match-blocked = چرا هر همراه ممکن نیست
match-excluded-title = جوره‌های کنار گذاشته شده
match-clear = دوباره اجازه دادن
match-weights-title = وزن معیارها (0 تا 10)
match-weights-save = ذخیره و دوباره اجرا
match-weights-unreadable = وزن‌هایی که برای این برنامه ذخیره شده خوانده نشد: وزن‌های اصلی در پایین نشان داده شده و برای این پیشنهاد استفاده می‌شوند.
match-weights-unreadable-fix = ذخیره وزن‌های نو
match-manual-title = جوره ساختن با دست
match-manual-intro = جوره دیگری غیر از پیشنهاد شده انتخاب کنید، و بگویید چرا: دلیل ثبت می‌شود.
match-manual-mentee = تازه‌وارد
match-manual-mentor = همراه
match-manual-reason-label = دلیل
match-manual-submit = آن‌ها را جوره بسازید
match-manual = با دست جوره شده
match-manual-reason = بگویید چرا آن‌ها را برخلاف پیشنهاد جوره می‌سازید.
match-weight-invalid = هر وزن یک عدد از 0 تا 10 است، و دست کم یکی باید بیشتر از 0 باشد.
match-done-confirmed = این جوره به هر دو نفر پیشنهاد شد.
match-done-marked = ذخیره شد؛ پیشنهاد دوباره حساب می‌شود.
match-done-weights = وزن‌ها ذخیره شد؛ پیشنهاد دوباره حساب می‌شود.
criterion-needs = ضرورت‌ها و مهارت‌ها
criterion-language = زبان‌های مشترک
criterion-host-language = زبان کشور میزبان
criterion-goals = هدف‌ها
criterion-interests = علاقه‌ها
criterion-expectations = انتظارات
criterion-availability = وقت‌های آزاد
criterion-place = جای
criterion-age = عمر
criterion-gender = جنسیت
criterion-capacity = جای خالی همراه
match-gender-female = یک زن
match-gender-male = یک مرد
match-gender-other = جنسیت دیگر
match-shared-native-language = زبان مادری یکسان: { $language }
match-common-language = زبان مشترک: { $language } (سطح { $level })
match-no-common-language = هیچ زبان مشترکی در سطح { $level } یا بالاتر نیست
match-communicates-beyond-host-language = غیر از { $language } هم می‌تواند گپ بزند
match-host-language-level = سطح در { $language }: { $level }
match-needs-met = می‌تواند در { $count } از { $needs ->
    [one] { $needs } ضرورت
   *[other] { $needs } ضرورت
} کمک کند: { $met }
match-needs-unknown = ضرورت‌ها معلوم نیست
match-shared-goals = هدف‌های مشترک: { $goals }
match-no-shared-goals = هیچ هدف مشترکی نیست
match-goals-unknown = هدف‌ها معلوم نیست
match-shared-interests = علاقه‌های مشترک: { $interests }
match-no-shared-interests = هیچ علاقه مشترکی نیست
match-interests-unknown = علاقه‌ها معلوم نیست
match-shared-expectations = انتظارات یکسان: { $expectations }
match-no-shared-expectations = انتظارات متفاوت
match-expectations-unknown = انتظارات معلوم نیست
match-availability-overlap = { $slots ->
    [one] یک بار در هفته وقت مشترک
   *[other] { $slots } بار در هفته وقت مشترک
}
match-availability-unknown = وقت‌های آزاد معلوم نیست
match-distance-km = { $km } کیلومتر فاصله
match-same-area = ناحیه یکسان: { $area }
match-different-area = ناحیه‌های متفاوت
match-place-unknown = جای معلوم نیست
match-age-gap = { $years ->
    [one] { $years } سال فرق عمر
   *[other] { $years } سال فرق عمر
}
match-age-unknown = عمر معلوم نیست
match-same-gender = جنسیت یکسان
match-different-gender = جنسیت‌های متفاوت
match-gender-unknown = جنسیت معلوم نیست
match-mentor-room = { $free } از { $capacity ->
    [one] { $capacity } جای خالی
   *[other] { $capacity } جای خالی
}
match-gender-preference-mentee = تازه‌وارد { $preference } را ترجیح می‌دهد
match-gender-preference-mentor = همراه { $preference } را ترجیح می‌دهد
match-excluded-by-coordinator = توسط هماهنگ‌کننده کنار گذاشته شده
match-mentor-at-capacity = همراه دیگر جای خالی ندارد ({ $capacity })
match-mentor-not-eligible = همراه آماده جوره شدن نیست
match-no-possible-mentor = برای این تازه‌وارد هیچ همراهی ممکن نیست.
match-mentors-taken = { $count ->
    [one] تنها همراه ممکن با یک تازه‌وارد دیگر جوره شده است.
   *[other] هر { $count } همراه ممکن با تازه‌واردان دیگر جوره شده‌اند.
}

## مرحله 6 — جوره‌سازی و اولین ملاقات
pair-mail-subject = یک جوره همراهی به شما پیشنهاد شده است
pair-mail-body = سلام { $name }،

    برنامه پیشنهاد می‌کند که شما با { $other } ملاقات کنید. ببینید او کیست و اینجا جواب بدهید:

    { $link }
pair-proposal-title-mentor = یک تازه‌وارد به شما پیشنهاد شده است
pair-proposal-title-mentee = یک همراه به شما پیشنهاد شده است
pair-proposal-intro = آیا می‌خواهید با این شخص ملاقات کنید؟ اگر نه، بگویید چرا: هماهنگ‌کننده دنبال کس دیگری می‌گردد.
pair-accept = بلی، موافقم
pair-decline = نه، تشکر
pair-decline-reason = چرا نه؟ (برای رد کردن لازم است)
pair-answer-accepted = شما قبول کردید. هماهنگ‌کننده اولین ملاقات شما را تنظیم می‌کند.
pair-answer-declined = شما این پیشنهاد را رد کردید.
pair-answer-waiting = منتظر جواب
pair-status-proposed = پیشنهاد شده، منتظر جواب‌ها
pair-status-accepted = توسط هر دو قبول شده، اولین ملاقات و توافق‌نامه در پیش است
pair-status-declined = رد شده
pair-status-active = فعال
pair-step-meeting = اولین ملاقات
pair-step-agreement = توافق‌نامه همراهی
pair-step-signatures = توافق‌نامه توسط هر دو قبول شده
pair-meeting-at = { $when }، { $place }
pair-meeting-save = ذخیره تاریخ
pair-meeting-held = اولین ملاقات انجام شد
pair-meeting-invalid = یک تاریخ (سال-ماه-روز) و یک ساعت مانند 14:30 بدهید.
pair-not-ready = این کار هنوز ممکن نیست: اول هر دو باید پیشنهاد را قبول کرده باشند (و تاریخ اولین ملاقات تعیین شده باشد).
pair-saved = ذخیره شد.
pair-agreement-title = توافق‌نامه همراهی
pair-goals = هدف‌ها
pair-goals-text = هدف‌ها به زبان خودتان
pair-rhythm = تکرار ملاقات‌ها
rhythm-weekly = هر هفته
rhythm-fortnightly = هر دو هفته
rhythm-monthly = هر ماه
pair-months-label = مدت پیش‌بینی شده (ماه)
pair-months = { $months ->
    [one] یک ماه
   *[other] { $months } ماه
}
pair-boundaries = حدود (کارهایی که همراه انجام نمی‌دهد)
pair-confidentiality = محرمیت برای هر دو توضیح داده شد: آنچه گفته می‌شود میان آن‌ها و کارمندان برنامه می‌ماند، مگر برای محافظت کسی از آسیب.
pair-confidentiality-short = محرمیت
pair-confidentiality-text = آنچه گفته می‌شود میان جوره و کارمندان برنامه می‌ماند، مگر برای محافظت کسی از آسیب.
pair-agreement-save = ذخیره توافق‌نامه
pair-paper-signed = روی کاغذ توسط هر دو امضا شده
pair-agreement-accept = این توافق‌نامه را قبول دارم
pair-agreement-signed = شما این توافق‌نامه را قبول کردید.
pair-agreement-none = توافق‌نامه هنوز نوشته نشده است.
home-pending = منتظر شما
home-pending-proposal = یک پیشنهاد که باید جواب بدهید
home-pending-agreement = یک توافق‌نامه که باید بخوانید و قبول کنید
error-agreement-goals = دست کم یک هدف انتخاب کنید، یا یکی بنویسید.
error-months-invalid = تعداد ماه‌ها را از 1 تا 24 بنویسید.
error-confidentiality-required = تأیید کنید که محرمیت برای هر دو توضیح داده شد.
match-in-setup = جوره‌های در حال شکل گرفتن
pair-checklist-accepted = قبول شده
pair-checklist-declined = رد شده
## مرحله 7 — جلسه‌های همتا
nav-calendar = تقویم
pair-title-with = شما و { $name }
pair-title-staff = { $buddy } و { $newcomer }
pair-log-session = ثبت یک جلسه
pair-plan-session = پلان کردن یک جلسه
pair-all-sessions = همه جلسه‌ها
pair-planned-sessions = جلسه‌های پلان شده
pair-held-sessions = جلسه‌های برگزار شده
pair-no-held-sessions = هنوز هیچ جلسه‌ای ثبت نشده است.
pair-calendar-link = جلسه‌های خود را به تقویم موبایل خود اضافه کنید
session-log-title = ثبت یک جلسه
session-plan-title = پلان کردن یک جلسه
session-log-intro = جلسه‌ای که با { $name } داشتید. چند ثانیه وقت می‌گیرد.
session-plan-intro = ملاقات بعدی شما با { $name }. در تقویم شما دیده می‌شود.
session-date = تاریخ
session-time = ساعت ({ $zone })
session-duration = مدت به دقیقه
session-mode = چطور ملاقات کردید؟
session-mode-label-in_person = رو در رو
session-mode-label-online = آنلاین
session-mode-label-phone = با تلفون
session-place = جای (اختیاری)
session-topics = در باره چه بود؟
session-summary = چه کار کردید؟ یک جمله کافی است.
session-summary-planned = چه کاری می‌خواهید انجام دهید؟ (اختیاری)
session-rating = چطور گذشت؟
session-rating-1 = 1 · بد
session-rating-2 = 2
session-rating-3 = 3 · خوب
session-rating-4 = 4
session-rating-5 = 5 · بسیار خوب
session-log-submit = ذخیره جلسه
session-plan-submit = پلان کردن جلسه
session-cancel = لغو
session-saved = جلسه ذخیره شد.
session-removed = جلسه پاک شد.
session-change-title = تغییر جلسه
session-change-intro = یک جلسه با { $name }: آنچه باید درست شود را درست کنید.
session-change-submit = ذخیره تغییرات
session-call-off = لغو این جلسه
session-remove = پاک کردن این جلسه
session-change = تغییر یا پاک کردن
session-minutes = { $count ->
    [one] یک دقیقه
   *[other] { $count } دقیقه
}
session-rating-of = چطور گذشت: { $rating } از 5
session-logged-by-you = ثبت شده توسط شما
session-logged-by = ثبت شده توسط { $name }
session-logged-by-staff = ثبت شده توسط تیم برنامه
session-confirmed = تأیید شده
session-confirmed-by-you = تأیید شده توسط شما
session-confirmed-by = تأیید شده توسط { $name }
session-confirm = تأیید این جلسه
error-session-future = جلسه‌ای که برگزار شده نمی‌تواند در آینده باشد. برای پلان کردن یک جلسه، از «پلان کردن یک جلسه» استفاده کنید.
error-session-past = جلسه پلان شده نمی‌تواند در گذشته باشد. برای ثبت جلسه‌ای که برگزار شد، از «ثبت یک جلسه» استفاده کنید.
error-session-too-far = تاریخی را انتخاب کنید که تا یک سال از امروز باشد.
error-duration-invalid = مدتی از 5 تا 600 دقیقه بنویسید.
error-topics-required = دست کم یک موضوع را نشانی کنید.
error-rating-required = بگویید چطور گذشت، از 1 تا 5.
error-rating-invalid = یک عدد از 1 تا 5 انتخاب کنید.
error-rating-planned = به جلسه پلان شده هنوز نمره داده نمی‌شود.
calendar-title = تقویم شما
calendar-intro = جلسه‌های پلان شده شما، در اپلیکیشن تقویم موبایل یا کمپیوتر شما.
calendar-download = دانلود تقویم (.ics)
calendar-feed = لینک شخصی تقویم
calendar-feed-intro = این لینک را در اپلیکیشن تقویم خود اشتراک (subscribe) کنید: جلسه‌های پلان شده شما در آن دیده می‌شوند و همیشه تازه می‌مانند. هر کس این لینک را داشته باشد آن‌ها را می‌بیند، پس آن را نزد خود نگه دارید؛ اگر با کسی شریک شد، آن را نو کنید.
calendar-feed-new = لینک شخصی نو شما. آن را در اپلیکیشن تقویم خود کاپی کنید:
calendar-feed-once = برای حفظ حریم شخصی شما، فقط همین حالا نشان داده می‌شود. اگر آن را گم کنید، نو کنید.
calendar-feed-since = یک لینک شخصی از { $when } فعال است.
calendar-feed-none = شما هیچ لینک شخصی ندارید.
calendar-feed-create = ساختن یک لینک شخصی
calendar-feed-renew = نو کردن لینک (لینک کهنه دیگر کار نمی‌کند)
calendar-feed-revoke = لغو لینک
calendar-name = جلسه‌های همراهی
calendar-event-summary = جلسه همراهی با { $name }
reminder-subject = وقت ملاقات با { $other } است؟
reminder-body = سلام { $name }،

    جوره شما با { $other } برای { $days } روز هیچ جلسه‌ای ثبت نکرده است. اگر ملاقات کردید، جلسه را ثبت کنید؛ اگر نه، جلسه بعدی را پلان کنید:

    { $link }

    اگر مشکلی است، به هماهنگ‌کننده خود بگویید.
session-log-planned = برگزار شد: آن را ثبت کنید
programme-pairs = جوره‌ها
enrol-buddies = همراهان
enrol-staff = کارکنان مسلکی و رضاکارانی که حساب دارند
course-cohorts = گروه‌ها
cohort-enrolled = ثبت نام شده
cohort-completed = تمام کرده
cohort-modules = ماژول‌های ضروری تمام شده
cohort-progress = { $done } از { $total }
module-files = فایل‌ها
module-files-none = هنوز هیچ فایلی نیست.
module-file-upload = ضمیمه کردن یک فایل
module-file-hint = یک PDF، یک عکس PNG یا JPEG، یا متن ساده؛ حد اکثر { $size } MB. آموزش‌گیرندگان آن را دانلود می‌کنند.
module-file-submit = آپلود
module-texts = ترجمه‌ها
module-texts-intro = عنوان و متن به زبان‌های دیگر. آموزش‌گیرندگان به زبان خود می‌خوانند، یا اگر ترجمه نباشد به زبان کورس.
module-text-language = زبان
module-text-save = ذخیره ترجمه
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-missing = یک فایل برای آپلود انتخاب کنید.
file-unreadable = فایل خوانده نشد. دوباره کوشش کنید.
file-too-large = فایل بسیار بزرگ است: حد اکثر { $size } MB.
file-type-refused = این نوع فایل قبول نمی‌شود. یک PDF، یک عکس PNG یا JPEG، یا متن ساده بفرستید.
learn-files = فایل‌ها برای دانلود
cohort-name = گروه
module-file-delete = پاک کردن

## دسترسی و انتقال‌پذیری: گرفتن معلومات یک شخص، ثبت دسترسی‌ها
export-link = گرفتن همه معلومات او
export-mine-link = دانلود همه معلومات من
export-json-link = دانلود به شکل فایل (JSON)
export-title-of = معلوماتی که در باره { $name } نگه داشته شده
export-title-mine = همه معلومات من
export-generated = ساخته شده در { $date }. این صفحه را چاپ کنید تا روی کاغذ نگه دارید.
export-staff-note = این سند به زبان { $language }، زبان خود شخص، نشان داده می‌شود، تا بتوانید آن را به او بدهید.
export-account = حساب
export-name = نام
export-email = ایمیل
export-language = زبان
export-roles = نقش‌ها
export-programme = برنامه
export-profile = پروفایل و ثبت نام
export-answers = جواب‌های پرسشنامه
export-training = آموزش
export-enrolled-on = ثبت نام شده در { $date }
export-completed-on = تمام شده در { $date }
export-pairs = جوره‌ها و جلسه‌های همتا
export-pair-with = با { $name } ({ $role })
export-started-on = شروع شده در
export-agreement-written = نوشته شده، هنوز قبول نشده
export-decline-reason = دلیل رد کردن
access-link = چه کسانی به این پرونده دسترسی داشتند
erase-link = پاک کردن معلومات این شخص
erase-title = پاک کردن معلومات { $name }
erase-warning = پاک کردن دوباره برگشت داده نمی‌شود. اگر شخص یک کاپی می‌خواهد، اول معلومات را بگیرید.
erase-what-goes = چه چیزی پاک می‌شود
erase-what-stays = چه چیزی می‌ماند
erase-item-record = پرونده { $name }: نام، تماس، زبان‌ها، اصلیت، سال تولد، وقت‌های آزاد، آنچه در وقت ثبت نام نوشت
erase-item-notes = یادداشت‌های محرم (صحت، وضعیت حقوقی)
erase-item-consents = { $count ->
    [one] یک رضایت
   *[other] { $count } رضایت
}
erase-item-reasons = { $count ->
    [one] دلیل یک تغییر حالت
   *[other] دلیل‌های { $count } تغییر حالت
}
erase-item-answers = { $count ->
    [one] جواب‌های یک پرسشنامه
   *[other] جواب‌های { $count } پرسشنامه
}
erase-item-goals = { $count ->
    [one] عنوان یک هدف
   *[other] عنوان‌های { $count } هدف
}
erase-item-pairs = { $count ->
    [one] یادداشت‌ها، دلیل‌ها، جای ملاقات و توافق‌نامه یک جوره
   *[other] یادداشت‌ها، دلیل‌ها، جای‌های ملاقات و توافق‌نامه‌های { $count } جوره
}
erase-item-sessions = { $count ->
    [one] خلاصه و جای یک جلسه همتا
   *[other] خلاصه‌ها و جای‌های { $count } جلسه همتا
}
erase-item-marks = { $count ->
    [one] دلیل یک فیصله جوره‌سازی
   *[other] دلیل‌های { $count } فیصله جوره‌سازی
}
erase-item-invitations = { $count ->
    [one] یک دعوت‌نامه
   *[other] { $count } دعوت‌نامه
}
erase-item-messages = { $count ->
    [one] یک پیام که به او فرستاده شده یا نام او در آن است
   *[other] { $count } پیام که به او فرستاده شده یا نام او در آن است
}
erase-item-account = حساب او { $email }، با رمز عبور، ورودها و ورود دو مرحله‌ای آن
erase-item-account-kept = حساب او می‌ماند، بدون پیوند به این پرونده: آن حساب نقش یا پرونده دیگری دارد.
erase-kept = یک پرونده بدون نام می‌ماند تا ارقام درست شمرده شوند: همراه یا تازه‌وارد، برنامه، مرحله، حالت و تاریخ‌ها. عضو دیگر جوره تاریخچه خود را بدون نام این شخص نگه می‌دارد. ردپای بررسی سطرهای خود را نگه می‌دارد، که فقط شماره‌ها و کدها در آن است.
erase-confirm = بررسی کردم که این شخص پاک کردن را خواسته است، یا نگه داشتن معلومات او لازم نیست
erase-submit = همین حالا پاک کن
erase-cancel = لغو و برگشت به پرونده
erase-confirm-needed = برای تأیید پاک کردن، خانه را نشانی کنید.
erase-done-title = معلومات پاک شد
erase-done = معلومات این شخص پاک شد. پرونده دیگر باز نمی‌شود.
erase-back = برگشت به برنامه
nav-retention = مدت نگهداری
retention-title = پرونده‌ها تا چه وقت نگه داشته می‌شوند
retention-intro = وقتی یک شخص برنامه را ترک کرده است (فارغ برنامه، رد شده یا کنار رفته) و هیچ جوره باز ندارد، معلومات او چند ماه بعد از آخرین فعالیت پرونده‌اش پاک می‌شود. m4m این کار را هر روز انجام می‌دهد؛ این صفحه نشان می‌دهد که در 30 روز آینده چه چیزی پاک می‌شود، تا بتوانید آن را بررسی کنید.
retention-period-default = پرونده‌های بسته { $months ->
    [one] { $months } ماه
   *[other] { $months } ماه
} بعد از آخرین فعالیت خود پاک می‌شوند (حالت اصلی).
retention-period = پرونده‌های بسته { $months ->
    [one] { $months } ماه
   *[other] { $months } ماه
} بعد از آخرین فعالیت خود پاک می‌شوند.
retention-months = ماه‌های نگهداری پرونده‌های بسته
retention-save = ذخیره
retention-saved = مدت نگهداری ذخیره شد.
retention-due-title = در 30 روز آینده
retention-none-due = در 30 روز آینده هیچ چیزی پاک نمی‌شود.
retention-col-name = شخص
retention-col-why = چرا
retention-col-when = تاریخ پاک شدن
retention-why = { $status }، آخرین فعالیت در { $date }
error-retention-months = یک عدد کامل ماه از 1 تا 120 بدهید.
access-title = چه کسانی به معلومات دسترسی داشتند
access-title-of = چه کسانی به پرونده { $name } دسترسی داشتند
access-intro = هر باری که کسی این پرونده را خواند، تغییر داد یا گرفت، تازه‌ترین در اول.
access-empty = هنوز هیچ کس به این پرونده دسترسی نداشته است.
access-back = برگشت به پرونده
access-when = چه وقت
access-who = چه کسی
access-what = چه کاری
access-system = خود m4m
audit-other = کار دیگر ({ $code })
audit-participant-read = پرونده را خواند
audit-participant-answers_read = جواب‌های پرسشنامه را خواند
audit-participant-access_log = دید که چه کسانی به پرونده دسترسی داشتند
audit-participant-export = معلومات را گرفت
audit-participant-register = ثبت نام کرد
audit-participant-status = حالت را تغییر داد
audit-participant-keep_apart = از یک تکراری احتمالی جدا نگه داشت
audit-participant-merge = یک تکراری را در پرونده یکجا کرد
audit-programme-export = لست برنامه را، همراه با این پرونده، گرفت
audit-programme-export_xlsx = لست برنامه را، همراه با این پرونده، گرفت (Excel, .xlsx)
audit-response-complete = یک پرسشنامه را تمام کرد
audit-matching-mark = یک جوره کاندید را نشانی کرد
audit-course-enrol = در یک کورس ثبت نام کرد
audit-module-progress = پیشرفت آموزش را ثبت کرد
audit-pair-read = جوره را خواند
audit-pair-propose = یک جوره را پیشنهاد کرد
audit-pair-accepted = جوره را قبول کرد
audit-pair-declined = جوره را رد کرد
audit-pair-start = جوره را شروع کرد
audit-pair-first_meeting = اولین ملاقات را تعیین کرد
audit-pair-first_meeting_held = اولین ملاقات را ثبت کرد
audit-pair-agreement = توافق‌نامه را نوشت
audit-pair-agreement_signed = توافق‌نامه را قبول کرد
audit-pair-reminder = یک یادآوری فرستاد
audit-peer_session-planned = یک جلسه را پلان کرد
audit-peer_session-held = یک جلسه را ثبت کرد
audit-peer_session-confirm = یک جلسه را تأیید کرد
audit-user-create = حساب را ساخت
audit-user-activate = حساب را دوباره فعال کرد
audit-user-deactivate = حساب را غیر فعال کرد
audit-user-export = معلومات حساب را گرفت
audit-invitation-accept = دعوت‌نامه را قبول کرد
audit-login = داخل شد
audit-login-failed = ورود ناکام
audit-login-throttled = ورود بعد از ناکامی‌های بسیار زیاد بند شد
audit-logout = خارج شد
audit-calendar_feed-open = یک لینک تقویم را باز کرد
audit-calendar_feed-revoke = لینک تقویم را لغو کرد
audit-access-denied = دسترسی برایش داده نشد

# زندگی جوره (اولین ملاقات که به هر دو نشان داده می‌شود، ردها)
pair-first-meeting = اولین ملاقات شما
pair-open = صفحه جوره خود را باز کنید
pair-meeting-not-yet = اولین ملاقات هنوز انجام نشده است: وقتی تاریخ آن رسید، آن را ثبت کنید.
pair-already-answered = به این پیشنهاد پیش از این جواب داده شده است.
pair-not-started = وقتی جوره شروع شد، جلسه‌ها را می‌توان ثبت کرد.
home-pending-first-meeting = اولین ملاقات: { $meeting }
calendar-first-meeting-summary = اولین ملاقات با { $name }

# نگرانی‌ها (مرحله 8)
concern-severity = چقدر جدی است؟
concern-severity-low = کم: دانستن آن خوب است
concern-severity-medium = متوسط: به یک گفتگو ضرورت دارد
concern-severity-high = زیاد: به زودی به اقدام ضرورت دارد
concern-severity-urgent = عاجل: امنیت کسی در خطر است
concern-status-open = باز
concern-status-acknowledged = دیده شده
concern-status-action_taken = اقدام شده
concern-status-closed = بسته شده
concern-error-move = یکی از مرحله‌های بعدی داده شده را انتخاب کنید.
concern-error-severity = انتخاب کنید که چقدر جدی است.
concern-new-title = گفتن یک نگرانی
concern-about-my-pair = جوره شما با { $name }
concern-about-me = خودتان
concern-intro-about = در باره: { $about }.
concern-intro-who = فقط هماهنگ‌کنندگان مؤسسه شما آن را می‌خوانند. شما می‌توانید آن را اینجا پیگیری کنید.
concern-intro-other = به { $name } گفته نمی‌شود.
concern-intro-urgent = اگر کسی همین حالا در خطر است، اول به شماره عاجل (112) زنگ بزنید.
concern-summary = در چند کلمه
concern-text = چه شد (اختیاری)
concern-send = فرستادن به هماهنگ‌کنندگان
concern-title = نگرانی
concern-sent = نگرانی شما به هماهنگ‌کنندگان فرستاده شد.
concern-moved = نگرانی تازه شد.
concern-open-subject = باز
concern-history = چه کاری انجام شد
concern-no-moves = هنوز هیچ هماهنگ‌کننده‌ای آن را نخوانده است.
concern-next = مرحله بعدی
concern-move-legend = بردن به
concern-move-note = یادداشت (چه کاری انجام شد، برای ثبت)
concern-move-submit = ذخیره
concern-move-to-acknowledged = دیده شده: ما آن را خواندیم
concern-move-to-action_taken = اقدام شده
concern-move-to-closed = بسته شده
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = گفته شده در { $date } توسط { $name }
concern-raised-on = گفته شده در { $date }
concern-mail-subject = نگرانی عاجل در m4m
concern-mail-body = در مؤسسه شما یک نگرانی عاجل گفته شد. هر چه زودتر که می‌توانید آن را بخوانید و تأیید کنید که دیده‌اید: { $link }
concerns-title = نگرانی‌ها · { $programme }
concerns-intro = هر نگرانی که در این برنامه گفته شده، اول نگرانی‌های باز، عاجل‌ترین در بالا.
concerns-none = در این برنامه هیچ نگرانی گفته نشده است.
concerns-link = نگرانی‌ها
home-concerns = نگرانی‌هایی که باید پیگیری شوند
home-concerns-more = { $count } مورد عاجل‌تر اینجا نشان داده شده‌اند؛ همه گزارش‌ها در دفتر رویدادهای برنامهٔ خود هستند:
home-raise-concern = چیزی شما را نگران می‌کند؟ به هماهنگ‌کنندگان بگویید
home-your-concerns = نگرانی‌های شما
pair-raise-concern = گفتن یک نگرانی در باره این جوره
person-raise-concern = گفتن یک نگرانی در باره این شخص
audit-concern-raise = یک نگرانی گفت
audit-concern-move = یک نگرانی را به مرحله بعد برد
audit-concern-read = یک نگرانی را خواند

# نظارت (مرحله 8)
supervision-title = نظارت
supervision-new-title = ثبت یک جلسه نظارت
supervision-intro = یک ملاقات با یک همراه یا یک گروه: در باره چه گپ زدید، یادداشت‌های شما، و هر کس بعداً چه می‌کند. همراهان می‌بینند که جلسه برگزار شد و کارهایی که به آن‌ها سپرده شد، ولی یادداشت‌های شما را هرگز نمی‌بینند.
supervision-no-buddies = هنوز هیچ همراهی شما را به عنوان ناظر خود ندارد: از یک هماهنگ‌کننده بخواهید که آن‌ها را تعیین کند، یا آن را از پرونده همراه ثبت کنید.
supervision-format = شکل
supervision-format-one_to_one = یک به یک
supervision-format-group = گروهی
supervision-held-on = تاریخ
supervision-buddies = همراهان حاضر
supervision-topics = موضوع‌ها
supervision-topic-boundaries = حدود نقش
supervision-topic-wellbeing = آرامش و صحت خود همراه
supervision-topic-cultural = فرق‌های فرهنگی
supervision-topic-practical = سوال‌های عملی و اداری
supervision-topic-difficult_situation = یک وضعیت دشوار
supervision-topic-motivation = انگیزه و وقت
supervision-topic-safeguarding = محافظت از آسیب
supervision-topics-text = موضوع‌های دیگر
supervision-notes = یادداشت‌ها
supervision-notes-hint = فقط ناظران همراهان و هماهنگ‌کنندگان آن را می‌خوانند.
supervision-actions = کارهای پیگیری
supervision-action-text = کار
supervision-action-owner = چه کسی
supervision-action-due = تا
supervision-owner-me = من
supervision-save = ذخیره جلسه نظارت
supervision-saved = جلسه نظارت ذخیره شد.
supervision-when = { $date } · { $format }
supervision-recorded-by = ثبت شده توسط { $name }
supervision-due = تا { $date }
supervision-done-on = انجام شده در { $date }
supervision-your-actions = کارهای شما
supervision-no-actions = هیچ کاری نیست.
supervision-mark-done = انجام شد
supervision-add-action = اضافه کردن یک کار
supervision-error-format = یک به یک یا گروهی را انتخاب کنید.
supervision-error-future = تاریخ نمی‌تواند در آینده باشد.
supervision-error-buddy = از میان همراهان لست شده انتخاب کنید.
supervision-error-no-buddy = دست کم یک همراه را نشانی کنید.
supervision-error-one = نظارت یک به یک درست یک همراه دارد.
supervision-error-topic = از میان موضوع‌های لست شده انتخاب کنید.
supervision-error-owner = یک کار به همراهی سپرده می‌شود که حاضر بود، یا به خود شما.
home-open-actions = { $count ->
    [0] هیچ کار باز نیست
    [one] یک کار باز
   *[other] { $count } کار باز
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] یک همراه
   *[other] { $count } همراه
}
home-last-supervision = آخرین نظارت
home-no-supervision-yet = هنوز هیچ
home-recorded-supervisions = جلسه‌های نظارت که شما ثبت کردید
home-my-supervision = نظارت
audit-supervision-record = یک جلسه نظارت را ثبت کرد
audit-supervision-action = یک کار نظارت را اضافه کرد
audit-supervision-action_done = یک کار نظارت را انجام شده نشانی کرد
audit-supervision-read = یک جلسه نظارت را خواند

# امروز به شما ضرورت دارد (مرحله 9)
attention-title = امروز به شما ضرورت دارد
attention-intro = هر جوره‌ای که در خطر است، با دلیل‌هایش، و آنچه منتظر کسی است: هر کدام شما را به کاری که باید انجام شود می‌برد.
attention-none = امروز هیچ چیزی به شما ضرورت ندارد.
attention-at-risk = جوره‌های در خطر
attention-waiting = منتظر کسی
attention-see-all = دیدن همه لست
risk-urgent-concern = یک نگرانی عاجل باز است
risk-open-concern = { $count ->
    [one] یک نگرانی باز است
   *[other] { $count } نگرانی باز است
}
risk-no-session = { $days } روز است که هیچ جلسه‌ای نبوده
risk-first-meeting-overdue = اولین ملاقات برای { $date } پلان شده بود، ثبت نشده
risk-agreement-ends = توافق‌نامه در { $date } ختم می‌شود
waiting-answer = پیشنهاد هنوز جواب داده نشده
waiting-signature = توافق‌نامه هنوز توسط هر دو قبول نشده
waiting-confirmation = { $count ->
    [one] یک جلسه بیشتر از یک هفته است که منتظر تأیید است
   *[other] { $count } جلسه بیشتر از یک هفته است که منتظر تأیید هستند
}

# هدف‌های جوره (مرحله 9)
goals-title = هدف‌های جوره
goals-intro = هدف‌هایی که روی آن‌ها توافق کردید. بگویید هر کدام حالا در کجاست، نسبت به آنچه انتظار داشتید: هر جواب نگه داشته می‌شود، تا راهی را که آمده‌اید ببینید.
goals-none = هنوز هیچ هدفی نیست: وقتی جوره شروع شد، هدف‌ها از توافق‌نامه می‌آیند.
goals-history = در کجا بود
goals-when = تاریخ
goals-score = در کجاست
goals-by = توسط
goals-comment = نظر (اختیاری)
goals-where = حالا در کجاست؟
goals-save = ذخیره
goals-saved = ذخیره شد. تشکر.
goal-error-score = یک نقطه در درجه‌بندی انتخاب کنید، از −2 تا +2.
gas-much-less = بسیار کمتر از انتظار
gas-less = کمتر از انتظار
gas-expected = مطابق انتظار
gas-more = بیشتر از انتظار
gas-much-more = بسیار بیشتر از انتظار
audit-goal-progress = ثبت کرد که یک هدف در کجاست
home-goal-not-rated = هنوز ارزیابی نشده
home-goal-record = بگویید در کجاست

# احوال‌پرسی‌ها (مرحله 9)
checkin-title = کارها چطور پیش می‌رود؟
checkin-intro = چند سوال در باره وقتی که با { $name } می‌گذرانید. یک دقیقه وقت می‌گیرد؛ فقط تیم برنامه جواب‌های شما را می‌خواند.
checkin-satisfaction = از ملاقات‌های خود چقدر راضی هستید؟
checkin-satisfaction-1 = 1 · هیچ راضی نیستم
checkin-satisfaction-2 = 2 · زیاد راضی نیستم
checkin-satisfaction-3 = 3 · میانه
checkin-satisfaction-4 = 4 · راضی
checkin-satisfaction-5 = 5 · بسیار راضی
checkin-satisfaction-short = رضایت
checkin-met = در این روزها چند وقت یک بار ملاقات کردید؟
checkin-met-short = ملاقات
checkin-met-weekly = هر هفته
checkin-met-fortnightly = هر دو هفته
checkin-met-monthly = ماهی یک بار
checkin-met-less = کمتر
checkin-met-never = هیچ
checkin-helped = چه چیزی کمک کرد؟ (اختیاری)
checkin-difficult = چه چیزی دشوار است؟ (اختیاری)
checkin-send = فرستادن
checkin-thanks = تشکر: جواب‌های شما به تیم رسید.
checkin-nothing-due = حالا هیچ احوال‌پرسی نیست. کمی بعد دوباره می‌پرسیم.
checkin-error-satisfaction = از 1 تا 5 انتخاب کنید.
checkin-error-met = انتخاب کنید که چند وقت یک بار ملاقات کردید.
home-pending-checkin = کارها با { $name } چطور پیش می‌رود؟ (یک دقیقه)
pair-checkins = احوال‌پرسی‌ها
risk-low-satisfaction = رضایت { $score } از 5
risk-missed-checkin = احوال‌پرسی که تاریخ آن { $date } بود جواب داده نشده
audit-checkin-answer = به یک احوال‌پرسی جواب داد
baseline-done-on = خودارزیابی در { $date } انجام شد.

# تماس‌های کارمندان (مرحله 9)
contacts-title = تماس‌های کارمندان
contacts-intro = زنگ‌ها، دیدارها و پیام‌های شما به این جوره: دو بار در ماه اول، بعد ماهی یک بار.
contacts-kind = چطور
contacts-note = یادداشت (اختیاری)
contacts-save = ثبت تماس
contact-kind-call = زنگ
contact-kind-visit = دیدار
contact-kind-message = پیام
contact-error-kind = زنگ، دیدار یا پیام را انتخاب کنید.
waiting-contact = وقت تماس کارمندان رسیده است
audit-pair-contact = یک تماس با یک جوره را ثبت کرد
checkin-mail-subject = کارها با { $other } چطور پیش می‌رود؟
checkin-mail-body = سلام { $name }، چند سوال در باره ملاقات‌های شما با { $other }: یک دقیقه، از موبایل شما. فقط تیم برنامه جواب‌های شما را می‌خواند. { $link }
attention-pager-risk = جوره‌های در خطر { $first }–{ $last } از { $total }
attention-pager-wait = منتظر { $first }–{ $last } از { $total }
pager-previous = قبلی
pager-next = بعدی
moment-initial = در شروع
moment-midterm = در نیمه راه
moment-final = در آخر
baseline-change-title = از شروع تا حالا چه تغییر کرد
baseline-change = تغییر
# علامه میان بخش کامل و اعشاری یک عدد (2.4؛ در فرانسوی: 2,4).
baseline-moments-chart-title = خودکفایی در هر بخش در هر خودارزیابی، از 1 (کمک زیاد لازم دارد) تا 5 (خودش از پسش برمی‌آید)
home-midterm-due = نیمه راه هستید: وقت آن است که دوباره ببینید در کجا هستید، با همان سوال‌های شروع.
home-start-midterm = خودارزیابی نیمه راه شما
programme-at-step = مردم در مرحله { $n } · { $name }
programme-all-people = همه کسانی که در برنامه هستند

# بستن یک جوره (مرحله 10)
pair-status-completed = تمام شده
pair-status-ended_early = پیش از وقت ختم شده
pair-not-open = این جوره پیش از این بسته شده است.
close-title = بستن جوره
close-intro = بستن جوره { $buddy } و { $newcomer }: بگویید چرا ختم می‌شود، و برای هر کدام چه چیزی در پیش است.
close-planned-end = توافق‌نامه آن تا { $date } اعتبار دارد.
close-effect-sessions = { $count ->
    [0] هیچ جلسه پلان شده‌ای برای لغو نیست.
    [one] جلسه پلان شده لغو می‌شود.
   *[other] { $count } جلسه پلان شده لغو می‌شوند.
}
close-effect-checkins = احوال‌پرسی‌ها و یادآوری‌ها بس می‌شوند؛ از هر دو خواسته می‌شود که پرسشنامه پایانی را پر کنند.
close-reason = چرا جوره ختم می‌شود؟
close-reason-planned_end = مدت توافق شده تمام شد
close-reason-goals_reached = هدف‌ها زودتر رسیده شد
close-reason-moved_away = تازه‌وارد به جای دیگری رفت
close-reason-lost_contact = تماس قطع شد
close-reason-conflict = اختلاف میان هر دو
close-reason-safeguarding = محافظت از آسیب
close-reason-other = دلیل دیگر
close-on = تاریخ بسته شدن
close-meeting = ملاقات پایانی (اختیاری)
close-meeting-hint = روز آخرین ملاقات با هر دو، اگر بود.
close-note = یادداشت برای تیم
close-rematch = آیا { $name } می‌تواند دوباره جوره شود؟
close-save = بستن جوره
close-done = جوره بسته شد.
close-error-future = این روز هنوز نرسیده است.
close-error-before-start = این پیش از شروع جوره است.
close-error-note-other = بگویید دلیل دیگر چیست.
error-choose-yes-no = بلی یا نه را انتخاب کنید.
error-close-pairs-first = اول جوره این شخص را ببندید: در بستن آن گفته می‌شود که چرا ختم شد.
pair-closed-on = در { $date } بسته شد: { $reason }
pair-closing-meeting-on = ملاقات پایانی در { $date }
audit-pair-close = جوره را بست
audit-pair-exit_answer = به پرسشنامه پایانی جواب داد
exit-title = پرسشنامه پایانی
exit-intro-buddy = وقت همراهی شما با { $name } تمام شد. چهار سوال، یک دقیقه: فقط تیم برنامه جواب‌های شما را می‌خواند.
exit-intro-newcomer = وقت شما با { $name } به عنوان همراه شما تمام شد. چهار سوال، یک دقیقه: فقط تیم برنامه جواب‌های شما را می‌خواند.
exit-satisfaction = روی هم رفته، چقدر راضی هستید؟
exit-recommend = آیا داشتن یک همراه را به کسی که در جای شماست پیشنهاد می‌کنید؟
exit-recommend-short = پیشنهاد می‌کند
exit-changed = در کدام بخش برای شما چیزی تغییر کرد؟
exit-changed-short = چه تغییر کرد
exit-comment = هر چیز دیگری که می‌خواهید به ما بگویید (اختیاری)
exit-send = فرستادن
exit-thanks = تشکر: جواب‌های شما ذخیره شد.
exit-final-assessment = یک قدم آخر: خودارزیابی آخر شما
home-pending-exit = وقت شما با { $name } تمام شد: پرسشنامه پایانی (یک دقیقه)
home-final-due = جوره شما تمام شد: یک بار دیگر به همان سوال‌های شروع جواب بدهید، تا ببینید چقدر پیش رفته‌اید.
home-start-final = خودارزیابی آخر شما
become-buddy-title = همراه شوید
become-buddy-home = شما می‌دانید که ماه‌های اول چطور است. وقت شما به عنوان تازه‌وارد تمام شد: حالا می‌توانید کسی را که تازه رسیده همراهی کنید.
become-buddy-intro = معلومات شما از وقتی که تازه‌وارد بودید پر شده است: آن را ببینید، اضافه کنید که چطور می‌توانید کمک کنید، و دوباره رضایت بدهید — این یک نقش نو است.
assess-done-midterm = جواب‌های شما ذخیره شد. اینجا در کنار جواب‌های شروع هستند؛ در آخر یک بار دیگر جواب می‌دهید.
assess-done-final = جواب‌های شما ذخیره شد. اینجا می‌بینید که از شروع تا حالا، بخش به بخش، چقدر پیش رفته‌اید.
person-pairs = جوره‌ها
programme-edit-title = تغییر برنامه
programme-edit-intro = تاریخ‌ها، حالت و هدف‌های عددی آن، و اینکه جوره‌های در جریان آن چطور پیگیری می‌شوند: یک جوره چه وقت در خطر حساب می‌شود، و احوال‌پرسی‌ها و خودارزیابی نیمه راه چه وقت می‌رسند.
programme-save = ذخیره
programme-saved = برنامه ذخیره شد.
programme-field-risk-no-session = یک جوره بعد از این تعداد روز بدون جلسه در خطر است
programme-field-risk-ending = این تعداد روز پیش از ختم توافق‌نامه، جوره را نشانی کن
programme-field-checkin-first = اولین احوال‌پرسی، چند روز بعد از شروع جوره
programme-field-checkin-every = بعد هر … روز یک احوال‌پرسی
programme-field-midterm-weeks = خودارزیابی نیمه راه، چند هفته بعد از شروع جوره
error-days-invalid = یک عدد کامل روز از 1 تا 365 بنویسید (هفته: 1 تا 104).
error-503-title = سرور مصروف است
error-busy = در این لحظه درخواست‌های بسیار زیاد منتظر هستند. چند ثانیه صبر کنید و دوباره کوشش کنید: هیچ چیزی ذخیره یا گم نشد.
access-refused-someone = کسی بدون دسترسی
admin-volunteers-title = حساب‌های همراهان و تازه‌واردان
admin-volunteers-intro = تعداد در هر مؤسسه: نام‌های آن‌ها برای کارمندان مؤسسه خودشان است.
import-too-many-columns = این فایل بیشتر از { $columns } ستون دارد: فقط ستون‌های مربوط به اشخاص را نگه دارید، بعد دوباره کوشش کنید.
import-too-many-rows = این فایل بیشتر از { $rows } نفر دارد: آن را در چند بخش وارد کنید.

# مهارت‌های یک همراه، که با خودارزیابی او نمره داده می‌شوند (مرحله 8)
competence-listening = گوش دادن بدون قضاوت
competence-intercultural = ارتباط میان فرهنگ‌ها
competence-boundaries = ماندن در حدود نقش همراه
competence-local_services = شناختن خدمات محلی
competence-encouraging_autonomy = تشویق به خودکفایی
competence-reliability = قابل اعتماد بودن در طول ماه‌ها
baseline-competence = مهارت
baseline-competences-chart-title = اعتماد به نفس در هر مهارت در شروع، از 1 (هنوز مطمئن نیستم) تا 5 (بسیار مطمئن)
baseline-competences-moments-chart-title = اعتماد به نفس در هر مهارت در هر خودارزیابی، از 1 (هنوز مطمئن نیستم) تا 5 (بسیار مطمئن)
buddy-assessment-title = خودارزیابی‌های { $name }
buddy-assessment-intro = همراه در شروع، در نیمه راه و در آخر، در هر مهارت چقدر به خود اعتماد دارد، به گفته خودش در درجه‌بندی از 1 تا 5.
buddy-assessment-competences = مهارت‌ها به عنوان همراه
home-buddy-self-assessments = خودارزیابی‌ها
# جلسه‌های همتای برگزار شده در هر هفته، در صفحه اصلی هماهنگ‌کننده
weekly-sessions-title = جلسه‌های همتا در هر هفته
weekly-sessions-chart-title = جلسه‌های همتای برگزار شده در هر هفته، در { $weeks } هفته گذشته
weekly-sessions-week-of = هفته { $date }
weekly-sessions-total = { $count ->
    [one] 1 جلسه برگزار شد
   *[other] { $count } جلسه برگزار شد
} در این هفته‌ها، در مجموع { $hours } ساعت
weekly-sessions-week = هفته
weekly-sessions-count = جلسه‌های برگزار شده
weekly-sessions-hours = ساعت‌ها

# مرحله 10: ارزیابی کلی.
evaluation-title = ارزیابی برنامه‌ها
evaluation-link = ارزیابی: ارقام برای تمویل‌کنندگان (صفحه، CSV، چاپ)
evaluation-intro = آنچه Buddy System به دست آورد، از واقعیت‌های جوره‌ها و جواب‌های اعضای آن‌ها. فقط کسانی شمرده می‌شوند که رضایت آن‌ها برای ارزیابی اعتبار دارد؛ هیچ نام و هیچ پرونده شخصی اینجا دیده نمی‌شود.
evaluation-suppression-note = رقمی که از کمتر از 5 نفر یا جوره باشد هرگز نشان داده نمی‌شود: به جای آن نوشته می‌شود "کمتر از 5".
evaluation-suppressed = کمتر از 5
evaluation-scope = ارقام
evaluation-scope-all = همه مؤسسه‌ها
evaluation-scope-mine = هر چه اجازه دیدن آن را دارم
evaluation-from = جوره‌های شروع شده از
evaluation-to = جوره‌های شروع شده تا
evaluation-cohort = دوره (سال)
evaluation-cohort-hint = سالی که جوره شروع شد، مثلاً 2025.
evaluation-gender = جنسیت تازه‌وارد
evaluation-age = عمر تازه‌وارد در وقت شروع جوره
evaluation-region = منطقه اصلی تازه‌وارد
evaluation-any = هر کدام
evaluation-show = نشان دادن ارقام
evaluation-csv = دانلود به شکل جدول (CSV)
evaluation-xlsx = دانلود به شکل کتاب کاری (Excel، .xlsx)
evaluation-age-under_25 = کمتر از 25
evaluation-age-25_34 = 25 تا 34
evaluation-age-35_49 = 35 تا 49
evaluation-age-50_plus = 50 و بیشتر
evaluation-region-mena = شرق میانه و شمال افریقا
evaluation-region-sub_saharan_africa = افریقای جنوب صحرا
evaluation-region-central_south_asia = آسیای مرکزی و جنوبی
evaluation-region-europe = اروپا
evaluation-region-americas = امریکا
evaluation-region-other = جای دیگر یا نامعلوم
evaluation-pairs-title = جوره‌ها
evaluation-pairs-formed = جوره‌های ساخته شده
evaluation-pairs-active = هنوز در جریان
evaluation-pairs-completed = تمام شده
evaluation-pairs-ended-early = پیش از وقت ختم شده
evaluation-reasons-title = جوره‌های پیش از وقت ختم شده، بر اساس دلیل
evaluation-reason = دلیل
evaluation-pairs = جوره‌ها
evaluation-figure = رقم
evaluation-value = مقدار
evaluation-n-pairs = از میان (جوره‌ها)
evaluation-n-people = از میان (اشخاص)
evaluation-outcomes-title = ماندگاری، ملاقات‌ها و هدف‌ها
evaluation-outcomes-note = ماندگاری: جوره‌های تمام شده از میان جوره‌های بسته شده. رسیدن به هدف‌ها: اوسط آخرین نمره هر هدف، از −2 (بسیار کمتر از انتظار) تا +2 (بسیار بیشتر).
evaluation-retention = ماندگاری
evaluation-sessions-held = ملاقات‌های برگزار شده
evaluation-sessions-hours = ساعت‌های با هم
evaluation-goal-attainment = رسیدن به هدف‌ها (−2 تا +2)
evaluation-areas-title = تغییر در هر بخش ادغام در جامعه
evaluation-areas-note = تازه‌واردانی که هم خودارزیابی اول و هم آخر را پر کرده‌اند؛ نمره‌ها از 1 تا 5. فاصله، فاصله اطمینان 95 % اوسط تغییر است؛ اندازه اثر، d_z کوهن (Cohen) است.
evaluation-areas-chart = اوسط تغییر در هر بخش با فاصله اطمینان 95 % آن
evaluation-areas-none = هنوز هیچ تازه‌واردی هم خودارزیابی اول و هم آخر ندارد.
evaluation-baseline-mean = در شروع
evaluation-final-mean = در آخر
evaluation-mean-change = تغییر
evaluation-ci95 = فاصله 95 %
evaluation-effect-size = اندازه اثر
evaluation-interval = { $low } تا { $high }
evaluation-satisfaction-title = رضایت
evaluation-satisfaction-chart = اوسط رضایت از 1 تا 5، از احوال‌پرسی‌ها و از پرسشنامه پایانی
evaluation-newcomers = تازه‌واردان
evaluation-buddies = همراهان
evaluation-from-checkins = احوال‌پرسی‌ها
evaluation-from-exit = پرسشنامه پایانی
evaluation-recommend = داشتن همراه را پیشنهاد می‌کند
evaluation-percent = { $value }%

# اولین اجرا: اولین مدیر سیستم چطور ساخته می‌شود
login-first-run = هنوز هیچ حسابی وجود ندارد. اولین مدیر سیستم را روی سرور با این دستور بسازید: m4m user create --email you@example.org --name "Your name" (رمز عبور را می‌پرسد)، بعد اینجا داخل شوید.
# بازیابی حساب: رمز عبور فراموش شده، تغییر رمز عبور، حساب‌های غیر فعال
login-forgot-link = رمز عبور خود را فراموش کرده‌اید؟
login-deactivated = این حساب غیر فعال شده است. از هماهنگ‌کننده خود بخواهید که آن را دوباره فعال کند.
forgot-title = رمز عبور خود را فراموش کرده‌اید
forgot-intro = آدرس ایمیل حساب خود را بنویسید. اگر حسابی از آن استفاده کند، یک لینک برای انتخاب رمز عبور نو می‌فرستیم؛ این لینک یک بار و تا یک ساعت کار می‌کند.
forgot-submit = فرستادن لینک
forgot-sent = اگر حسابی از این آدرس استفاده کند، یک لینک برای انتخاب رمز عبور نو در راه است. صندوق ایمیل خود را ببینید (و پوشه spam را هم)؛ لینک تا یک ساعت کار می‌کند.
forgot-throttled = درخواست‌های بسیار زیاد برای رمز عبور نو. یک ساعت بعد دوباره کوشش کنید، یا از هماهنگ‌کننده خود بپرسید.
forgot-mail-subject = یک رمز عبور نو برای m4m انتخاب کنید
forgot-mail-body = سلام { $name }،

    کسی، شاید خود شما، برای حساب m4m شما یک رمز عبور نو خواسته است.
    آن را با این لینک انتخاب کنید (تا یک ساعت اعتبار دارد، فقط یک بار):

    { $link }

    اگر شما نخواسته‌اید، به این پیام توجه نکنید: رمز عبور شما همان‌طور که هست می‌ماند.
reset-title = یک رمز عبور نو انتخاب کنید
reset-intro = وقتی رمز عبور نو ذخیره شد، ورودهای دیگر شما ختم می‌شوند.
reset-password = رمز عبور نو (دست کم 8 حرف)
reset-password-again = همان رمز عبور، یک بار دیگر
reset-submit = ذخیره رمز عبور نو
reset-gone = وقت این لینک تمام شده، یا پیش از این استفاده شده است. با "رمز عبور خود را فراموش کرده‌اید؟" در صفحه ورود یک لینک نو بخواهید.
reset-done = رمز عبور نو شما ذخیره شد. با آن داخل شوید.
nav-password = رمز عبور
password-title = رمز عبور خود را تغییر دهید
password-current = رمز عبور فعلی
password-current-wrong = این رمز عبور فعلی شما نیست.
password-submit = تغییر رمز عبور
password-changed = رمز عبور شما تغییر کرد. ورودهای دیگر شما ختم شدند.
admin-user-access = دسترسی
admin-user-deactivate = غیر فعال کردن
admin-user-activate = دوباره فعال کردن
admin-user-deactivated = حساب غیر فعال شد: ورودهای آن ختم شدند و توکن‌های API آن لغو شدند. معلومات آن می‌ماند.
admin-user-activated = حساب دوباره فعال است: صاحب آن با رمز عبور خود داخل می‌شود. توکن‌های API باید دوباره ساخته شوند.
admin-user-not-self = شما نمی‌توانید حساب خود را غیر فعال کنید.

# فرستادن پیام‌ها: کوشش‌ها، کوشش دوباره، پیام‌هایی که از آن‌ها گذشتیم
admin-outbox-sent = فرستاده شد { $when }.
admin-outbox-waiting = منتظر فرستادن.
admin-outbox-retrying = کوشش { $attempts } ناکام شد: { $error }. کوشش بعدی { $when }.
admin-outbox-given-up = بعد از { $attempts } کوشش رها شد: { $error }
# مردم و جوره‌های یک برنامه، جستجو شده، فلتر شده و صفحه به صفحه
programme-people-pager = مردم { $first }–{ $last } از { $total }
programme-pairs-pager = جوره‌ها { $first }–{ $last } از { $total }
programme-people-total = { $count ->
    [one] یک نفر
   *[other] { $count } نفر
}
programme-filter-everyone = همراهان و تازه‌واردان
programme-filter-any-status = هر حالت
programme-filter-any-step = هر مرحله
programme-filter-any-language = هر زبان
programme-filter-language = گپ می‌زند
programme-sort = ترتیب
programme-sort-step = بر اساس مرحله
programme-sort-name = بر اساس نام
programme-sort-newest = تازه‌ترین در اول
programme-search = جستجو
programme-search-hint = نام، ایمیل یا تلفون
programme-search-button = نشان دادن
programme-people-none = هیچ کس با این جستجو جور نمی‌آید.

# صفحه‌های مردم در API
error-api-limit = limit باید یک عدد کامل از 1 تا 1000 باشد.
error-api-cursor = cursor باید next_cursor صفحه قبلی باشد.
error-api-text = این بخش را به شکل متن (یک رشتهٔ JSON) بفرستید، همان‌طور که توضیح API می‌گوید.
# فورم‌ها: آنچه به دعوت‌شده، یک همراه و وارد کردن گفته می‌شود؛ یک جلسه برای تأیید
accept-name = نام شما
assess-intro-buddy = چند سوال، تا ببینیم امروز در کجا هستید. جواب درست یا غلط وجود ندارد. تازه‌وارد شما جواب‌های شما را نمی‌بیند.
error-language-choice = یک زبان انتخاب کنید.
import-host-level = سطح در زبان این کشور
import-other-languages = زبان‌های دیگر
home-pending-session = جلسه با { $name } در { $date } را تأیید کنید

# وارد کردن جدول‌ها: کدگذاری‌ها، تاریخ‌ها، فورمول‌ها
import-cell-problem = ستون «{ $column }»: { $message }
import-cell-formula = در این خانه یک فورمول است (با =، @، + یا - شروع می‌شود). به جای آن، مقدار آن را بنویسید.
import-cell-bom = در این خانه یک نشانه نامرئی ترتیب بایت (BOM) است: چند فایل در یک فایل یکجا شده‌اند. آن را پاک کنید، یا فایل را دوباره ذخیره کنید.
import-date-ambiguous = این تاریخ به دو شکل خوانده می‌شود. آن را به شکل سال-ماه-روز بنویسید (2026-04-03).
import-workbook = این یک کتاب کاری قدیمی Excel (.xls) است. آن را باز کنید و به شکل .xlsx یا CSV ذخیره کنید، بعد دوباره کوشش کنید.
import-workbook-unreadable = این فایل به شکل کتاب کاری Excel (.xlsx) خوانده نمی‌شود: شاید خراب باشد، با رمز محافظت شده باشد یا نوع دیگری باشد (مانند .ods از LibreOffice). آن را باز کنید و به شکل .xlsx یا CSV ذخیره کنید، بعد دوباره کوشش کنید.
import-workbook-too-large = این کتاب کاری بعد از باز شدن بسیار بزرگ است. فقط ورق اشخاص را نگه دارید، یا آن را در چند بخش وارد کنید.
import-not-text = این فایل جدولی نیست که به شکل متن ذخیره شده باشد: بایت‌هایی در آن است که هیچ کدگذاری داده شده نمی‌تواند بخواند. آن را از جدول خود به شکل CSV ذخیره کنید و دوباره کوشش کنید.
import-encoding = کدگذاری فایل
import-encoding-hint = از روی فایل حدس زده شد. اگر حرف‌ها در نام‌های پایین غلط دیده می‌شوند، کدگذاری دیگری انتخاب کنید و ادامه دهید.
import-encoding-failed = فایل با کدگذاری انتخاب شده خوانده نمی‌شود: همان‌طور که پیش از این خوانده شده بود نگه داشته شد.

## جوره‌های یک برنامه، جستجو شده و صفحه به صفحه
pairs-title = جوره‌های { $programme }
pairs-back = برگشت به برنامه
pairs-link = همه جوره‌ها: جستجو، جوره‌های بسته شده
pairs-search-hint = نام، ایمیل یا تلفون تازه‌وارد یا همراه
pairs-filter-any-status = هر حالت
pairs-filter-open = باز (بسته یا رد نشده)
pairs-filter-closed = بسته شده
pairs-sort-oldest = کهنه‌ترین در اول
pairs-sort-newest = تازه‌ترین در اول
pairs-sort-newcomer = بر اساس نام تازه‌وارد
pairs-total = { $count ->
    [0] هیچ جوره‌ای نیست
    [one] یک جوره
   *[other] { $count } جوره
}
pairs-pager = جوره‌ها { $first }–{ $last } از { $total }
pairs-all = همه جوره‌ها
pairs-none = هنوز هیچ جوره‌ای نیست.
pairs-none-found = هیچ جوره‌ای با این جستجو جور نمی‌آید.
pairs-column-pair = تازه‌وارد ↔ همراه
pairs-column-status = حالت
pairs-column-since = از
pairs-column-sessions = جلسه‌های برگزار شده
pairs-sessions = { $count ->
    [0] هنوز هیچ
    [one] یک
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] یک، در { $date }
   *[other] { $count }، آخرین در { $date }
}

## جلسه‌های همتای یک برنامه، بر اساس دوره
sessions-title = جلسه‌های همتای { $programme }
sessions-link = جلسه‌های همتا: بر اساس دوره، با ساعت‌های آن‌ها
sessions-any-status = پلان شده و برگزار شده
sessions-planned = پلان شده
sessions-held = برگزار شده
sessions-held-confirmed = برگزار شده، تأیید شده
sessions-how = { $minutes }، { $mode }
sessions-total = { $count ->
    [0] هیچ جلسه‌ای نیست
    [one] یک جلسه
   *[other] { $count } جلسه
}، { $hours ->
    [one] یک ساعت
   *[other] { $hours } ساعت
} در مجموع
sessions-pager = جلسه‌ها { $first }–{ $last } از { $total }
sessions-from = از
sessions-to = تا (شامل)
sessions-recent = 30 روز گذشته و آنچه پلان شده
sessions-none = در این دوره هیچ جلسه‌ای پیدا نشد.
sessions-column-when = چه وقت
sessions-column-how = چطور

## فهرست حساب‌های کارمندان، برای مدیریت
admin-users-search-hint = نام یا ایمیل
admin-users-any-role = هر نقش
admin-users-any-state = فعال و غیرفعال
admin-users-active = فعال
admin-users-inactive = غیرفعال شده
admin-users-total = { $count ->
    [0] هیچ حساب کارمند
    [one] یک حساب کارمند
   *[other] { $count } حساب کارمند
}
admin-users-pager = حساب‌های { $first }–{ $last } از { $total }
admin-users-all = همه حساب‌های کارمندان
admin-users-none = هیچ حسابی با این جستجو برابر نیست.

## Pairs and sessions as spreadsheets
pairs-export = دانلود این جوره‌ها (جدول، CSV)
pairs-export-xlsx = دانلود این جوره‌ها (Excel، .xlsx)
sessions-export = دانلود این دیدارها (جدول، CSV)
sessions-export-xlsx = دانلود این جلسه‌ها (Excel، .xlsx)
export-pairs-column-pair = جوره
export-pairs-column-newcomer = تازه‌وارد
export-pairs-column-buddy = همراه
export-pairs-column-status = وضعیت
export-pairs-column-proposed = پیشنهاد شده در
export-pairs-column-started = شروع شده در
export-pairs-column-closed = ختم شده در
export-pairs-column-sessions = دیدارهای انجام شده
export-pairs-column-hours = ساعت‌های انجام شده
export-pairs-column-last-session = آخرین دیدار
export-sessions-column-session = دیدار
export-sessions-column-date = تاریخ
export-sessions-column-time = وقت
export-sessions-column-pair = جوره
export-sessions-column-newcomer = تازه‌وارد
export-sessions-column-buddy = همراه
export-sessions-column-minutes = دقیقه
export-sessions-column-hours = ساعت
export-sessions-column-mode = چطور
export-sessions-column-status = وضعیت
export-sessions-column-confirmed = تأیید شده
export-progress-column-course = دوره
export-progress-column-learner = آموزش‌گیرنده
export-progress-column-cohort = گروپ
export-progress-column-enrolled = تاریخ ثبت نام
export-progress-column-done = ماژول‌های لازمی تکمیل شده
export-progress-column-total = ماژول‌های لازمی
export-progress-column-completed = تاریخ تکمیل
export-figures-column-figure = شاخص
export-figures-column-key = مربوط به
export-figures-column-n = از
export-figures-column-value = مقدار
export-figures-column-suppressed = پنهان (گروپ کوچک)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = نام، شخص تماس، ایمیل یا تلفون
stakeholders-any-kind = هر نوع
stakeholders-total = { $count ->
    [0] هیچ نهادی
    [one] یک نهاد
   *[other] { $count } نهاد
}
stakeholders-pager = نهادهای { $first }–{ $last } از { $total }
stakeholders-all = همه نهادها
stakeholders-none-found = هیچ نهادی با این جستجو برابر نیست.
