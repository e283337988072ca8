# m4m — العربية. المرجع هو الملف الإنجليزي en.ftl: يجب أن يوجد كل مفتاح منه
# في كل ترجمة كاملة.

## إطار كل صفحة
app-name = m4m
app-tagline = نظام الرفيق (Buddy System): الوافدون الجدد والرفاق المتطوعون، جنبًا إلى جنب
skip-to-content = الانتقال إلى المحتوى
nav-home = الرئيسية
nav-organisations = المنظمات
nav-users = الحسابات
nav-outbox = الرسائل المرسلة
nav-invite = دعوة شخص
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
language-switcher = اللغة
language-choose = اختيار هذه اللغة
signed-in-as = تم الدخول باسم { $name }
footer-text = يساعد m4m المنظمات على تنظيم المرافقة بين الأقران للوافدين الجدد. تبقى بياناتكم لدى منظمتكم.

## الخطوات العشر
step-1 = إعلام الجهات المعنية
step-2 = الاستقطاب والتسجيل
step-3 = التقييم الذاتي الأولي
step-4 = المطابقة الأولية
step-5 = التدريب
step-6 = تكوين الثنائيات واللقاء الأول
step-7 = جلسات الأقران
step-8 = الإشراف
step-9 = متابعة التقدّم
step-10 = التقييم النهائي
step-number = الخطوة { $number }

## الأدوار
role-administrator = مسؤول النظام
role-coordinator = منسّق
role-supervisor = مشرف
role-trainer = مدرّب
role-mentor = رفيق متطوع
role-mentee = وافد جديد
role-evaluator = مقيِّم

## الصفحة الرئيسية العامة
landing-title = المرافقة بين الأقران للوافدين الجدد
landing-intro = في نظام الرفيق، يساعد رفيقٌ متطوع — غالبًا شخص وصل قبل بضع سنوات — وافدًا جديدًا على التقدّم نحو الاستقلالية: التنقّل، والوصول إلى الخدمات العامة، وممارسة اللغة، والبحث عن عمل أو سكن. يجمع الأخصائيون الاجتماعيون بينهما ويرافقونهما.
landing-staff = يسجّل الموظفون والرفاق والوافدون الجدد الذين لديهم حساب دخولهم من هنا.

## تسجيل الدخول
login-title = تسجيل الدخول
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = دخول
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح. تحقّقوا من الاثنين وحاولوا مرة أخرى.
login-throttled = محاولات كثيرة جدًا. انتظروا 15 دقيقة، ثم حاولوا مرة أخرى.
login-expired = انتهت مدة جلسة الدخول. يُرجى تسجيل الدخول من جديد.
logged-out = تم تسجيل خروجكم.

## الصفحات الرئيسية
home-title = الرئيسية
home-welcome = مرحبًا، { $name }
home-no-role = ليس لحسابكم دور بعد. اطلبوا من منسّقكم أن يمنحكم دورًا.
home-programmes = برامجكم
home-no-programmes = لا يوجد برنامج بعد.
home-new-programme = إنشاء برنامج
home-people-per-step = عدد الأشخاص في كل خطوة
home-people-total = { $count ->
    [0] لا أحد بعد
    [zero] لا أحد بعد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
home-mentors-of-target = الرفاق: { $count } من { $target }
home-mentees-of-target = الوافدون الجدد: { $count } من { $target }
home-open-programme = فتح البرنامج
home-your-newcomers = الوافدون الجدد الذين ترافقونهم
home-no-newcomers = لم يتم بعد تكوين ثنائي بينكم وبين وافد جديد. سيُعلمكم منسّقكم عند اقتراح ثنائي.
home-your-buddy = رفيقكم
home-no-buddy = ليس لديكم رفيق بعد. يبحث منسّقكم معكم عن رفيق مناسب.
home-next-sessions = الجلسات القادمة
home-no-sessions = لا توجد جلسة مخطّط لها.
home-next-session = الجلسة القادمة: { $when }
home-your-goals = أهدافكم
home-no-goals = لا توجد أهداف بعد. ستختارونها مع رفيقكم.
home-goal-progress = تم إنجاز { $progress }٪
home-speaks = اللغات: { $languages }
home-area = المنطقة: { $area }
home-supervised = الرفاق الذين تشرفون عليهم
home-no-supervised = لم يُسنَد إليكم أي رفيق بعد.
home-active-pairs = { $count ->
    [0] لا يوجد ثنائي نشط
    [zero] لا يوجد ثنائي نشط
    [one] ثنائي نشط واحد
    [two] ثنائيان نشطان
    [few] { $count } ثنائيات نشطة
    [many] { $count } ثنائيًا نشطًا
   *[other] { $count } ثنائي نشط
}
home-training = الرفاق قيد التدريب
home-in-training = { $count ->
    [0] لا أحد قيد التدريب
    [zero] لا أحد قيد التدريب
    [one] رفيق واحد قيد التدريب
    [two] رفيقان قيد التدريب
    [few] { $count } رفاق قيد التدريب
    [many] { $count } رفيقًا قيد التدريب
   *[other] { $count } رفيق قيد التدريب
}
home-organisations = المنظمات
home-accounts = { $count ->
    [zero] لا يوجد أي حساب
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
home-figures = أرقام جميع المنظمات
home-figures-note = أعداد فقط: لا أسماء ولا بيانات شخصية.

session-mode-in_person = حضوريًا
session-mode-online = عبر الإنترنت
session-mode-phone = بالهاتف
session-at = { $when }، { $mode }
session-at-place = { $when }، { $mode }، { $place }

## البرامج
programme-title = البرنامج
programme-status = الحالة
programme-status-draft = مسوّدة
programme-status-recruiting = التسجيل مفتوح
programme-status-running = جارٍ
programme-status-closed = مُغلَق
programme-dates = من { $start } إلى { $end }
programme-languages = اللغات
programme-organisation = المنظمة
programme-participants = المشاركون في هذا البرنامج
programme-no-participants = لم يسجّل أحد بعد.
programme-kind = الدور
programme-name = الاسم
programme-origin = بلد الأصل
programme-native = اللغة الأم
programme-area = المنطقة
programme-step = الخطوة
programme-new-title = برنامج جديد
programme-field-name = اسم البرنامج
programme-field-description = الوصف
programme-field-languages = اللغات المستخدمة (رموز مفصولة بفواصل: fr, ar, prs)
programme-field-starts = اليوم الأول
programme-field-ends = اليوم الأخير
programme-field-target-mentors = عدد الرفاق المطلوب استقطابهم
programme-field-target-mentees = عدد الوافدين الجدد المطلوب مرافقتهم
programme-field-organisation = المنظمة
programme-create = إنشاء البرنامج
programme-created = تم إنشاء البرنامج.

## الدعوات
invite-title = دعوة شخص
invite-intro = يتلقّى الشخص رابطًا صالحًا لمدة 7 أيام لاختيار كلمة المرور. يمكن للشخص الواحد أن يتولّى عدة أدوار.
invite-email = البريد الإلكتروني للشخص المدعو
invite-name = اسم الشخص المدعو
invite-role = الدور
invite-organisation = المنظمة
invite-submit = إرسال الدعوة
invite-sent = الدعوة في طريقها إلى { $email }.
invite-link-once = يمكنكم أيضًا إرسال هذا الرابط بأنفسكم (برسالة SMS مثلًا). لن يظهر إلا مرة واحدة:
invite-mail-subject = دعوتكم إلى m4m
invite-mail-body = مرحبًا { $name }،

    يدعوكم { $inviter } إلى الانضمام إلى m4m بصفة { $role }.
    اختاروا كلمة المرور من خلال هذا الرابط (صالح لمدة 7 أيام، ويُستخدم مرة واحدة فقط):

    { $link }
accept-title = أهلًا بكم في m4m
accept-intro = أنتم مدعوون بصفة { $role }. اختاروا كلمة المرور للبدء.
accept-organisation = المنظمة: { $organisation }
accept-password = اختاروا كلمة مرور (8 أحرف على الأقل)
accept-password-again = اكتبوا كلمة المرور نفسها مرة أخرى
accept-submit = حفظ ومتابعة
accept-gone = انتهت صلاحية رابط الدعوة هذا أو سبق استخدامه. اطلبوا رابطًا جديدًا من الشخص الذي دعاكم.

## الإدارة
admin-organisations-title = المنظمات
admin-organisation-name = الاسم
admin-organisation-country = البلد (حرفان: FR, GR)
admin-organisation-languages = اللغات (رموز مفصولة بفواصل)
admin-organisation-programmes = البرامج
admin-organisation-members = الحسابات
admin-organisation-create = إضافة المنظمة
admin-organisation-created = تمت إضافة المنظمة.
admin-users-title = الحسابات
admin-user-name = الاسم
admin-user-email = البريد الإلكتروني
admin-user-roles = الأدوار
admin-user-inactive = غير نشط
admin-outbox-title = الرسائل المرسلة
admin-outbox-intro = عند عدم وجود خادم بريد، تبقى الرسائل في الانتظار هنا. اضبطوا إعدادات SMTP لإرسالها.
admin-outbox-empty = لا توجد رسائل.
admin-outbox-to = إلى
admin-outbox-subject = الموضوع
admin-outbox-date = التاريخ
installation-wide = المنصة بأكملها

figures-organisation = المنظمة
figures-country = البلد
figures-programmes = البرامج
figures-mentors = الرفاق
figures-mentees = الوافدون الجدد
figures-active-pairs = الثنائيات النشطة

## النماذج والأخطاء
form-fix-errors = بعض الحقول تحتاج إلى انتباهكم:
form-required-mark = مطلوب
error-required = هذا الحقل مطلوب.
error-too-long = النص طويل جدًا.
error-control-characters = يحتوي النص على رموز غير مسموح بها.
error-email-invalid = أدخلوا عنوان بريد إلكتروني مثل name@example.org.
error-email-taken = هناك حساب يستخدم عنوان البريد الإلكتروني هذا بالفعل.
error-password-short = يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-country-invalid = أدخلوا رمز البلد المكوّن من حرفين، مثل FR أو GR.
error-language-code = أدخلوا رموز لغات من حرفين أو ثلاثة، مفصولة بفواصل (fr, ar, prs).
error-date-invalid = أدخلوا التاريخ بصيغة سنة-شهر-يوم، مثل 2026-09-01.
error-end-before-start = لا يمكن أن يكون اليوم الأخير قبل اليوم الأول.
error-count-invalid = أدخلوا عددًا صحيحًا من 0 إلى 100000.
error-choice-invalid = اختاروا أحد الخيارات المعروضة.

error-title = حدث خطأ ما
error-400-title = لا يمكن استخدام هذا الطلب
error-400-text = هناك شيء غير صحيح في الطلب. عودوا إلى الصفحة السابقة وتحقّقوا مما أدخلتموه.
error-401-title = يُرجى تسجيل الدخول
error-401-text = عليكم تسجيل الدخول لرؤية هذه الصفحة.
error-403-title = غير مسموح
error-403-text = غير مسموح لكم برؤية هذا أو القيام به. إذا كنتم تعتقدون أنه ينبغي السماح لكم، فاسألوا منسّقكم.
error-404-title = الصفحة غير موجودة
error-404-text = هذه الصفحة غير موجودة، أو ليست من ضمن ما يحق لكم رؤيته.
error-405-title = غير ممكن هنا
error-405-text = لا يمكن استخدام هذا العنوان بهذه الطريقة.
error-410-title = لم يعد متاحًا
error-413-title = البيانات كثيرة جدًا
error-413-text = ما أرسلتموه كبير جدًا. أرسلوا كمية أقل في كل مرة.
error-429-title = محاولات كثيرة جدًا
error-500-title = حدث خطأ من جهتنا
error-500-text = تم تسجيل المشكلة. حاولوا مرة أخرى بعد قليل؛ وإذا تكرّرت، فأخبروا منسّقكم.
error-csrf = انتهت صلاحية هذا النموذج. عودوا إلى الصفحة السابقة، وأعيدوا تحميلها، ثم أرسلوه مرة أخرى.
error-unknown-language = هذه اللغة غير متاحة: { $code }. اختاروا إحدى اللغات المعروضة.
error-back-home = العودة إلى الصفحة الرئيسية
