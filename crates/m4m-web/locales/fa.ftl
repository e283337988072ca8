# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — فارسی. مرجع، فایل انگلیسی en.ftl است: هر کلید آن باید
# در هر ترجمهٔ کامل وجود داشته باشد.

## چارچوب هر صفحه
app-name = m4m
app-tagline = Buddy System: تازه‌واردان و همراهان داوطلب، در کنار هم
skip-to-content = رفتن به محتوای اصلی
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
