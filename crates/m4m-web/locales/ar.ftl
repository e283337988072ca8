# m4m — العربية. المرجع هو الملف الإنجليزي en.ftl: يجب أن يوجد كل مفتاح منه
# في كل ترجمة كاملة.

## إطار كل صفحة
app-name = m4m
app-tagline = نظام الرفيق (Buddy System): الوافدون الجدد والرفاق المتطوعون، جنبًا إلى جنب
skip-to-content = الانتقال إلى المحتوى
table-scroll = جدول: مرِّر أفقيًا لقراءته كاملًا
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
two-factor-title = تسجيل الدخول على خطوتين
two-factor-intro = مع تسجيل الدخول على خطوتين، لا تكفي كلمة السر وحدها لفتح حسابكم: يعطي تطبيق على هاتفكم رمزًا جديدًا من ستة أرقام كل 30 ثانية، يطلبه m4m بعد كلمة السر.
two-factor-step-app = ثبّتوا تطبيق مصادقة على هاتفكم (مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator).
two-factor-step-scan = في التطبيق، أضيفوا حسابًا وامسحوا هذا الرمز:
two-factor-step-type = أو اكتبوا هذا المفتاح:
two-factor-step-code = اكتبوا الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق، للتأكد من أنه يعمل.
two-factor-code-app = الرمز من التطبيق
two-factor-confirm = تفعيل تسجيل الدخول على خطوتين
two-factor-required = يتيح لكم دوركم الوصول إلى بيانات أشخاص كثيرين: عليكم تفعيل تسجيل الدخول على خطوتين قبل المتابعة.
two-factor-on = تسجيل الدخول على خطوتين مفعّل: بعد كلمة السر، يطلب m4m الرمز من تطبيقكم.
two-factor-codes-left = { $count ->
    [zero] لم يبقَ أي رمز احتياطي.
    [one] بقي رمز احتياطي واحد.
    [two] بقي رمزان احتياطيان.
    [few] بقيت { $count } رموز احتياطية.
   *[other] بقي { $count } رمزًا احتياطيًا.
}
two-factor-new-codes = رموز احتياطية جديدة
two-factor-new-codes-intro = ستتوقف الرموز القديمة عن العمل. اكتبوا رمزًا من تطبيقكم للحصول على رموز جديدة.
two-factor-codes-title = احتفظوا بهذه الرموز الاحتياطية
two-factor-codes-intro = يتيح لكم كل رمز تسجيل الدخول مرة واحدة إذا فقدتم هاتفكم. اطبعوها أو دوّنوها واحفظوها في مكان آمن: لن تُعرض إلا الآن.
two-factor-login-title = الرمز من هاتفكم
two-factor-login-intro = افتحوا تطبيق المصادقة واكتبوا الرمز المكوّن من ستة أرقام الذي يعرضه لـ m4m.
two-factor-login-recovery = فقدتم هاتفكم؟ اكتبوا أحد رموزكم الاحتياطية بدلًا منه.
two-factor-code = الرمز
two-factor-verify = تسجيل الدخول
two-factor-wrong-code = هذا الرمز غير صحيح، أو سبق استخدامه. اكتبوا الرمز الذي يعرضه تطبيقكم الآن.
two-factor-log-in-again = رموز خاطئة كثيرة. سجّلوا الدخول من جديد بكلمة السر.
nav-two-factor = تسجيل الدخول على خطوتين
tokens-title = رموز الواجهة البرمجية
tokens-intro = يتيح الرمز لأداة تابعة لمنظمتكم استخدام واجهة m4m البرمجية باسمكم وبصلاحياتكم. أعطوا كل أداة رمزها الخاص، وألغوه حين لا تعود الأداة بحاجة إليه.
tokens-shown-once = رمزكم الجديد. انسخوه الآن: لن يُعرض إلا هذه المرة.
tokens-name = الاسم (الغرض من الرمز)
tokens-create = إنشاء رمز
tokens-created = أُنشئ
tokens-last-used = آخر استخدام
tokens-never-used = أبدًا
tokens-revoked = مُلغى
tokens-revoke = إلغاء
tokens-openapi = وصف الواجهة البرمجية (OpenAPI)
nav-tokens = رموز الواجهة البرمجية
error-api-json = يجب أن يكون متن الطلب بصيغة JSON كما يذكر وصف الواجهة البرمجية.

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
home-supervised-pairs = ثنائيات الرفاق الذين تشرفون عليهم
home-last-session = آخر جلسة: { $when }
home-no-session-yet = لم تُسجَّل أي جلسة بعد
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
programme-field-name-in = الاسم بلغة { $language }
programme-field-description-in = الوصف بلغة { $language }
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
admin-organisation-time-zone = المنطقة الزمنية (مثل Europe/Paris؛ إن تُركت فارغة: منطقة البلد)
admin-time-zone-save = تغيير
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
nav-inventory = جرد البيانات
admin-inventory-title = جرد البيانات
admin-inventory-intro = كل عمود في قاعدة البيانات: هل يحتوي على بيانات شخصية، ومن أي نوع، ولأي معالجة، وكم مدة الاحتفاظ بها. استخدمه في سجل أنشطة المعالجة (المادة 30 من اللائحة العامة لحماية البيانات) وفي تقييم الأثر.
admin-inventory-summary = { $personal } من أصل { $count } عمودًا تحتوي على بيانات شخصية.
admin-inventory-csv = التنزيل كجدول بيانات (CSV)
admin-inventory-table = الجدول
admin-inventory-column = العمود
admin-inventory-category = نوع البيانات
admin-inventory-purposes = الأغراض
admin-inventory-retention = مدة الاحتفاظ
admin-inventory-legend = معنى الأنواع والأغراض
inventory-not-personal = غير شخصية
inventory-category-identity = الهوية
inventory-category-identity-help = الأسماء، سنة الميلاد، الجنس.
inventory-category-contact = الاتصال
inventory-category-contact-help = عناوين البريد الإلكتروني، أرقام الهاتف، مكان السكن أو اللقاء.
inventory-category-special = فئة خاصة
inventory-category-special-help = بيانات حساسة: الأصل، لغات الأصل، وضع الهجرة، الاحتياجات، إجابات قد تتعلق بالصحة أو الدين.
inventory-category-free_text = نص حر
inventory-category-free_text-help = نص كتبه أشخاص: ملاحظات، أسباب، ملخصات. قد يحتوي على أي شيء، فعامله كبيانات حساسة.
inventory-category-profile = الملف الشخصي
inventory-category-profile-help = اللغات، الاهتمامات، أوقات التوفر، الأدوار، التفضيلات.
inventory-category-activity = النشاط
inventory-category-activity-help = ما حدث ومتى: التواريخ، الحالات، الدرجات، القرارات.
inventory-category-pseudonymous = معرّف مستعار
inventory-category-pseudonymous-help = رقم أو رمز يشير إلى شخص دون ذكر اسمه.
inventory-category-secret = سرّي
inventory-category-secret-help = كلمات المرور والرموز والعوامل الثانية، مخزنة كبصمات (hash) حيثما أمكن.
inventory-purpose-programme = تسيير البرنامج
inventory-purpose-programme-help = التسجيل، الفرز، المطابقة، الثنائيات ولقاءاتها.
inventory-purpose-training = التدريب
inventory-purpose-training-help = تدريب المرافقين والموظفين.
inventory-purpose-contact = التواصل
inventory-purpose-contact-help = الوصول إلى الأشخاص: رسائل البريد، المكالمات، التذكيرات.
inventory-purpose-evaluation = التقييم
inventory-purpose-evaluation-help = قياس الاندماج ونتائج البرنامج.
inventory-purpose-security = الأمان
inventory-purpose-security-help = تسجيل الدخول، التحكم في الوصول، الحماية من إساءة الاستخدام.
inventory-purpose-accountability = الالتزام القانوني والمساءلة
inventory-purpose-accountability-help = إثبات الموافقة وسجل التدقيق لمن فعل ماذا.
inventory-retention-record = مع ملف الشخص، حتى يُمحى
inventory-retention-account = مع الحساب، حتى يُمحى
inventory-retention-session = حتى تسجيل الخروج؛ 12 ساعة على الأكثر، و30 دقيقة من عدم النشاط
inventory-retention-day = يُحذف بعد 24 ساعة
inventory-retention-minutes = يُحذف عند الاستخدام أو بعد خمس دقائق
inventory-retention-audit = يُحفظ للمساءلة (إضافة فقط؛ معرّفات ورموز فقط)
inventory-retention-organisation = ما دامت المنظمة تحتفظ بسجلاتها الخاصة
inventory-retention-outbox = في صندوق الصادر؛ دون حذف تلقائي
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
error-password-common = كلمة السر هذه من أكثر الكلمات شيوعًا التي يجرّبها المهاجمون أولًا. اختاروا كلمة أخرى، مثلًا بضع كلمات تتذكرونها.
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

## الخطوة 1 — الجهات المعنية والتوعية
nav-stakeholders = الجهات المعنية
nav-outreach = التوعية والإعلام
stakeholders-title = الجهات المعنية المحلية
stakeholders-intro = الجهات المحلية التي تلتقي بالوافدين الجدد والمتطوعين: الخدمات الاجتماعية، والجمعيات، والمدارس، وأصحاب العمل. سجّلوا مَن أعلمتموه ومَن يوجّه أشخاصًا إلى البرنامج.
stakeholders-empty = لم تُسجَّل أي جهة بعد.
stakeholder-name = الاسم
stakeholder-kind = النوع
stakeholder-contact = الشخص المسؤول عن التواصل
stakeholder-email = البريد الإلكتروني
stakeholder-phone = الهاتف
stakeholder-languages = اللغات (رموز مفصولة بفواصل)
stakeholder-area = المنطقة التي تغطيها
stakeholder-notes = ملاحظات
stakeholder-add = إضافة الجهة
stakeholder-added = تمت إضافة الجهة.
stakeholder-save = حفظ التغييرات
stakeholder-saved = تم حفظ التغييرات.
stakeholder-edit = تعديل البيانات
stakeholder-referred = الأشخاص الموجَّهون: الرفاق { $mentors }، الوافدون الجدد { $mentees }
stakeholder-referrals-by-month = التوجيهات في كل شهر
stakeholder-month = الشهر
stakeholder-kind-social_service = خدمة اجتماعية
stakeholder-kind-association = جمعية
stakeholder-kind-local_administration = إدارة محلية
stakeholder-kind-employer = صاحب عمل
stakeholder-kind-school = مدرسة
stakeholder-kind-health_service = خدمة صحية
stakeholder-kind-volunteer_group = مجموعة متطوعين
stakeholder-kind-migrant_community = جالية مهاجرين
stakeholder-kind-other = أخرى
outreach-title = سجل أنشطة التوعية
outreach-intro = جلسات التعريف التي عُقدت، والمواد التي وُزّعت أو أُرسلت، والتوجيهات التي وصلت.
outreach-empty = لم يُسجَّل شيء بعد.
outreach-kind = النشاط
outreach-kind-information_session = جلسة تعريفية
outreach-kind-material = مواد وُزّعت أو أُرسلت
outreach-kind-referral = توجيه وارد
outreach-date = التاريخ
outreach-stakeholder = الجهة المعنية
outreach-no-stakeholder = — لا شيء —
outreach-place = المكان
outreach-audience = الجمهور
outreach-reached = عدد الأشخاص الذين تم الوصول إليهم
outreach-materials = المواد ولغاتها (أو روابطها)
outreach-notes = ملاحظات
outreach-add = تسجيل
outreach-added = تم التسجيل.

## الصفحة العامة للبرنامج
join-organisation = تديره { $organisation } ({ $country })
join-how-title = كيف يعمل البرنامج
join-how-text = يلتقي وافد جديد ورفيق متطوع بانتظام لمدة ستة أشهر تقريبًا، حضوريًا أو عبر الإنترنت. ويتقدّمان معًا نحو الاستقلالية: التنقّل، والوصول إلى الخدمات، وممارسة اللغة، والبحث عن عمل أو سكن. يجمع الأخصائيون الاجتماعيون بينهما ويبقون إلى جانبهما.
join-buddy-title = من يمكنه أن يكون رفيقًا
join-buddy-text = كل شخص عمره 18 سنة أو أكثر، يعيش هنا، ويستطيع أن يخصّص بضع ساعات في الشهر لمدة ستة أشهر، ويرغب في مشاركة ما يعرفه. كثير من الرفاق وصلوا هم أنفسهم إلى البلد قبل بضع سنوات. ستحصلون على التدريب والدعم.
join-newcomer-title = ما الذي يمكن أن يتوقعه الوافد الجديد
join-newcomer-text = شخص يستمع إليكم، ويتحدث لغتكم إن أمكن، ويساعدكم على إيجاد طريقكم بأنفسكم. مجانًا. وما تقولونه يبقى سرّيًا.
join-contact-title = التواصل
join-register-buddy = أريد أن أكون رفيقًا
join-register-newcomer = وصلت حديثًا وأودّ أن يكون لي رفيق
join-closed = هذا البرنامج لا يستقبل تسجيلات حاليًا.

## التسجيل
register-title-mentor = التسجيل كرفيق متطوع
register-title-mentee = البحث عن رفيق
register-intro-mentor = عرّفونا بأنفسكم. سيتصل بكم منسّق لإجراء مقابلة.
register-intro-mentee = عرّفونا بأنفسكم. سيتواصل معكم منسّق.
register-staff-note = أنتم تسجّلون هذا الشخص نيابةً عنه. اقرؤوا عليه نص الموافقة بلغته.
reg-about = معلومات عنكم
reg-first-name = الاسم الأول
reg-last-name = اسم العائلة
reg-phone = الهاتف
reg-email = البريد الإلكتروني
reg-contact-hint = اكتبوا رقم هاتف أو عنوان بريد إلكتروني على الأقل.
reg-languages = اللغات
reg-native-language = اللغة الأم
reg-other-languages = لغات أخرى تتحدثونها
reg-language = اللغة
reg-level = المستوى
reg-choose = اختاروا…
level-basic = بضع كلمات
level-conversational = أستطيع إجراء محادثة
level-fluent = بطلاقة
level-native = اللغة الأم
reg-host-level = مستواكم في لغة هذا البلد
reg-country = بلد الأصل
reg-arrival = تاريخ الوصول إلى هذا البلد
reg-area = الحي أو المدينة أو الرمز البريدي
reg-availability = متى تكونون متاحين؟
reg-availability-hint = ضعوا علامة على الأوقات التي تناسبكم عادةً.
day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد
part-morning = الصباح
part-afternoon = بعد الظهر
part-evening = المساء
reg-interests = الاهتمامات
interest-sport = الرياضة
interest-cooking = الطبخ
interest-music = الموسيقى
interest-reading = القراءة
interest-nature = الطبيعة والمشي
interest-crafts = الأشغال اليدوية
interest-games = الألعاب
interest-technology = التكنولوجيا
interest-arts = الفنون
interest-family = العائلة والأطفال
interest-faith = الدين والإيمان
interest-volunteering = العمل التطوعي
reg-needs = في أي مجالات تريدون المساعدة؟
reg-skills = في أي مجالات تستطيعون المساعدة؟
area-language = اللغة
area-administration = الإجراءات الإدارية
area-housing = السكن
area-employment = العمل والتدريب
area-health = الصحة
area-education = مدرسة الأطفال
area-transport = التنقّل
area-money = المال والبنك
area-digital = الهاتف والإنترنت
area-social = التعرّف على الناس
area-wellbeing = الراحة النفسية
reg-experience = خبرتكم (التطوع، العمل، تجربة وصولكم أنتم)
reg-motivation = لماذا تريدون أن تكونوا رفيقًا؟
reg-gender = الجنس
gender-woman = امرأة
gender-man = رجل
gender-other = غير ذلك
gender-unsaid = أفضّل عدم الإجابة
reg-gender-preference = هل تفضّلون أن يكون رفيقكم…
gender-pref-none = لا تفضيل
gender-pref-woman = امرأة
gender-pref-man = رجل
reg-birth-year = سنة الميلاد
reg-heard-from = كيف عرفتم بالبرنامج؟
heard-stakeholder = عن طريق جهة أو منظمة
heard-friend = عن طريق صديق أو أحد أفراد العائلة
heard-social_media = على وسائل التواصل الاجتماعي
heard-poster = ملصق أو منشور
heard-event = في فعالية
heard-other = غير ذلك
reg-referred-by = أي جهة؟
reg-consent-title = موافقتكم
consent-notice = تحتفظ { $organisation } بما تكتبونه هنا لتسيير البرنامج: لإيجاد رفيق لكم (أو وافد جديد ترافقونه)، وللتواصل معكم، ولمتابعة ثنائيكم. لا يطّلع عليه إلا فريق البرنامج؛ أما الشخص الذي تكوّنون معه الثنائي فلا يرى إلا اسمكم الأول ولغاتكم ومنطقتكم. يمكنكم في أي وقت طلب الاطلاع على بياناتكم أو تصحيحها أو حذفها، وسحب أي موافقة أدناه بالسهولة نفسها التي أعطيتموها بها.
consent-participation = أوافق على المشاركة في البرنامج وعلى استخدام بياناتي لهذا الغرض (مطلوب).
consent-contact_sms = يمكنكم التواصل معي برسائل SMS.
consent-contact_email = يمكنكم التواصل معي بالبريد الإلكتروني.
consent-contact_phone = يمكنكم الاتصال بي هاتفيًا.
consent-share_partners = يمكنكم مشاركة ملفي مع المنظمات الشريكة في البرنامج.
consent-evaluation = يمكن استخدام إجاباتي، من دون اسمي، لتقييم البرنامج.
reg-submit = إرسال
reg-thanks-title = شكرًا لكم
reg-thanks-text = وصلنا تسجيلكم. سيتواصل معكم منسّق قريبًا.
register-too-many = أُرسل عدد كبير جدًا من التسجيلات من هذا الاتصال. حاولوا مرة أخرى بعد ساعة.
error-phone-invalid = أدخلوا رقم هاتف من 6 إلى 15 رقمًا، مثل +33 6 12 34 56 78.
error-contact-required = اكتبوا رقم هاتف أو عنوان بريد إلكتروني.
error-date-future = لا يمكن أن يكون هذا التاريخ في المستقبل.
error-year-invalid = أدخلوا سنة الميلاد، مثل 1990.
error-buddy-too-young = يجب أن يكون عمر الرفيق 18 سنة على الأقل.
error-consent-required = يتطلّب التسجيل موافقتكم على المشاركة.
error-status-move = لا يمكن تغيير الحالة بهذا الشكل انطلاقًا من الحالة الحالية.
error-reason-required = اذكروا السبب.
error-409-title = تغيّر في الأثناء
error-conflict = قام شخص آخر بتعديل هذا الملف في الوقت نفسه. أعيدوا تحميل الصفحة وحاولوا مرة أخرى.
error-422-title = مستخدم من قبل
error-taken-email = يوجد حساب يستخدم عنوان البريد الإلكتروني هذا بالفعل.
error-taken-questionnaire-version = حفظ شخص آخر نسخة جديدة من هذا الاستبيان أثناء تعديلك له. تظهر أدناه مع نصّك: قارن بينهما ثم احفظ مرة أخرى.

## ملف الشخص
person-kind = الدور
person-erased = شخص حُذفت بياناته
notes-title = ملاحظات سرية
notes-intro = الوضع الصحي أو القانوني الذي يجب أن يعرفه المنسقون. لا يرى هذه الملاحظات إلا منسقو هذه المنظمة؛ لا تظهر للمرافقين ولا للمشرفين ولا للمدربين ولا في أي قائمة، وهي مدرجة في التصدير الخاص بالشخص نفسه.
notes-label = الملاحظات (4000 حرف على الأكثر)
notes-save = حفظ الملاحظات
notes-saved = تم حفظ الملاحظات السرية.
follow-up-title = الإشراف والقدرة
follow-up-intro = من يشرف على هذا الرفيق، وكم وافدًا جديدًا يرافق في الوقت نفسه. تقترحه المطابقة الأولية ما دام عدد ثنائياته الجارية أقل من ذلك.
follow-up-supervisor = المشرف
follow-up-nobody = لا أحد بعد
follow-up-capacity = عدد الوافدين في الوقت نفسه
follow-up-save = حفظ
follow-up-saved = تم حفظ مشرف الرفيق وقدرته.
error-supervisor-choice = اختر مشرفًا من القائمة.
error-capacity-range = أدخل عددًا صحيحًا من 1 إلى 5.
error-capacity-below-pairs = لدى هذا الرفيق ثنائيات جارية أكثر من ذلك: أبقِ عددًا أعلى، أو أغلق ثنائيًا أولًا.
error-follow-up-changed = تغيرت ثنائيات هذا الرفيق أو فريق العمل في هذه الأثناء: تحقق واحفظ مرة أخرى.
person-status = الحالة
person-step = الخطوة
person-contact = بيانات التواصل
person-languages = اللغات
person-origin = بلد الأصل
person-arrival = تاريخ الوصول
person-area = المنطقة
person-availability = الأوقات المتاحة
person-interests = الاهتمامات
person-needs = يحتاج إلى المساعدة في
person-skills = يستطيع المساعدة في
person-experience = الخبرة
person-motivation = الدافع
person-gender = الجنس
person-gender-preference = يفضّل أن يكون الرفيق
person-birth-year = سنة الميلاد
person-heard-from = عرف بالبرنامج
person-referred-by = موجَّه من
person-registration = التسجيل
person-entered-by-staff = سجّله أحد الموظفين في { $date }، اللغة: { $language }
person-self-registered = سجّل بنفسه في { $date }، اللغة: { $language }
person-consents = الموافقات
consent-given = أُعطيت في { $date }، نسخة النص { $version }، اللغة: { $language }
consent-recorded-by = سجّلها { $name }
consent-withdrawn = سُحبت في { $date }
consent-not-given = لم تُعطَ
consent-state-given = أُعطيت في { $date }
consent-withdraw = سحب
consent-give = إعطاء الموافقة
consents-title = موافقاتكم
consents-title-of = موافقات { $name }
consents-saved = تم الحفظ. يسري ذلك فورًا.
consents-intro = هنا تختارون كيف يمكن للبرنامج التواصل معكم واستخدام بياناتكم. يسري كل تغيير فورًا، ويمكنكم تغيير رأيكم في أي وقت.
consents-intro-staff = غيّروا موافقة بطلب من الشخص (حضوريًا أو بالهاتف أو كتابيًا). يُسجَّل التغيير باسمكم ويسري فورًا.
consents-participation = للتوقف عن المشاركة في البرنامج، أخبروا المنسّق: سيُظهر ملفكم أنكم غادرتم.
consents-change-link = تغيير موافقة بطلب من الشخص
consents-mine-link = موافقاتكم
person-do-not-contact = عدم التواصل
no-contact_sms = لا رسائل نصية
no-contact_email = لا بريد إلكتروني
no-contact_phone = لا مكالمات
person-screening = دراسة الطلب
person-move-to = الحالة الجديدة
person-reason = السبب (مطلوب عند الرفض أو الانسحاب)
person-move-submit = تغيير الحالة
person-moved = تم تغيير الحالة.
person-no-moves = لا يمكن إجراء أي تغيير آخر.
person-history = السجل
history-line = { $date }: { $from } ← { $to }
history-first = { $date }: { $to }
history-by = بواسطة { $name }
status-applied = قدّم طلبًا
status-interview = مقابلة
status-references_checked = تم التحقق من المراجع
status-accepted = مقبول
status-declined = غير مقبول
status-training = قيد التدريب
status-registered = مسجَّل
status-intake = مقابلة الاستقبال
status-self_assessed = أنجز التقييم الذاتي
status-ready = جاهز لتكوين ثنائي
status-active = ضمن ثنائي
status-alumni = مشارك سابق
status-withdrawn = انسحب

## أدوات البرنامج للموظفين
programme-field-contact = جهة التواصل الظاهرة في الصفحة العامة
programme-public-page = الصفحة العامة
programme-register-mentee = تسجيل وافد جديد
programme-register-mentor = تسجيل رفيق
programme-duplicates = تكرارات محتملة
programme-export = تصدير القائمة (CSV)
programme-export-xlsx = تصدير القائمة (Excel، .xlsx)
export-column-id = الرقم
export-column-kind = رفيق أو وافد جديد
export-column-status = الحالة
export-column-step = المرحلة
export-column-first-name = الاسم الأول
export-column-last-name = اسم العائلة
export-column-email = البريد الإلكتروني
export-column-phone = الهاتف
export-column-native-language = اللغة الأم
export-column-languages = اللغات
export-stakeholders-referred-buddies = المرافقون المحالون
export-stakeholders-referred-newcomers = الوافدون الجدد المحالون
export-column-host-language-level = المستوى في لغة البلد
export-column-country-of-origin = بلد المنشأ
export-column-arrival-date = تاريخ الوصول
export-column-area = المنطقة
export-column-availability = الأوقات المتاحة
export-column-interests = الاهتمامات
export-column-areas = مجالات المساعدة
export-column-gender = الجنس
export-column-gender-preference = الجنس المرغوب للرفيق
export-column-birth-year = سنة الميلاد
export-column-heard-from = عرفنا عن طريق
export-column-registered-at = تاريخ التسجيل
programme-export-codes = رموز الأعمدة للأدوات (CSV)
programme-import = استيراد قائمة (CSV)
programme-status-column = الحالة

## التكرارات
duplicates-title = تكرارات محتملة
duplicates-intro = قد تخصّ هذه الملفات الشخص نفسه. ادمجوها في الملف الأول، أو أشيروا إلى أنهم أشخاص مختلفون.
duplicates-none = لا توجد تكرارات محتملة.
duplicates-reason-email = البريد الإلكتروني نفسه
duplicates-reason-phone = الهاتف نفسه
duplicates-reason-name = الاسم نفسه وسنة الميلاد نفسها
duplicates-merge = الدمج في الملف الأول
duplicates-keep = أشخاص مختلفون
duplicates-merged = تم دمج الملفات.
duplicates-kept = تمت الإشارة إلى أنهم أشخاص مختلفون.
duplicates-pager = التكرارات المحتملة { $first }–{ $last } من { $total }

## الاستيراد من ملف CSV
import-title = استيراد قائمة
import-intro = حمّلوا ملف CSV محفوظًا من برنامج جداول بيانات (بترميز UTF-8 أو Windows-1252، مفصولًا بفاصلة أو بفاصلة منقوطة أو بمسافة جدولة، شخص واحد في كل سطر، وسطر العناوين في البداية). ستختارون محتوى كل عمود، وترون كل سطر بعد التحقق منه، ثم تستوردون كل شيء أو لا شيء. ويُقرأ مصنف Excel (.xlsx) كما هو: ورقته الأولى، بما فيها التواريخ والأرقام.
import-file = ملف CSV أو Excel (.xlsx)
import-kind = هؤلاء الأشخاص هم
import-next = متابعة
import-mapping-title = ماذا يحتوي كل عمود؟
import-column-none = — غير موجود في الملف —
import-preview-title = تحقّقوا قبل الاستيراد
import-row = السطر
import-row-ok = جاهز
import-row-skip = مسجَّل مسبقًا: تم تخطّيه
import-row-errors = يحتاج إلى تصحيح
import-consent-confirm = أؤكد أن كل شخص من هؤلاء وافق على المشاركة في البرنامج (موافقة جُمعت على الورق أو شفهيًا).
import-commit = { $count ->
    [zero] استيراد { $count } شخص
    [one] استيراد شخص واحد
    [two] استيراد شخصين
    [few] استيراد { $count } أشخاص
    [many] استيراد { $count } شخصًا
   *[other] استيراد { $count } شخص
}
import-done = { $count ->
    [0] لم يُستورد أحد
    [zero] لم يُستورد أحد
    [one] تم استيراد شخص واحد
    [two] تم استيراد شخصين
    [few] تم استيراد { $count } أشخاص
    [many] تم استيراد { $count } شخصًا
   *[other] تم استيراد { $count } شخص
}، والمسجَّلون مسبقًا: { $skipped }.
import-empty = لا يحتوي الملف على أي سطر للاستيراد.
import-bad-csv = لا يمكن قراءة هذا الملف بصيغة CSV. احفظوه من برنامج الجداول بصيغة "CSV UTF-8" وحاولوا مرة أخرى.
import-has-errors = بعض الأسطر في الملف تحتاج إلى تصحيح قبل الاستيراد. لم يُستورد أي شيء.
import-consent-required = أكّدوا أن هؤلاء الأشخاص وافقوا على المشاركة.
error-number-range = أدخلوا عددًا صحيحًا من { $min } إلى { $max }.
error-scale-invalid = اختاروا إحدى النقاط على المقياس.

## الخطوة 3 — الاستبيانات والتقييم الذاتي الأولي
nav-questionnaires = الاستبيانات
q-kind-newcomer_self_assessment = التقييم الذاتي للوافد الجديد
q-kind-buddy_self_assessment = التقييم الذاتي للرفيق
q-kind-buddy_interview = مقابلة مع الرفيق
q-kind-newcomer_intake = مقابلة الاستقبال مع الوافد الجديد
q-done-on = أُنجز في { $date }
q-not-done = لم يُنجَز بعد
q-fill = تعبئته
q-fill-with = تعبئته مع الشخص
q-view = عرض الإجابات
q-by-staff-note = أنتم تعبّئون هذا الاستبيان مع الشخص، أو نيابةً عنه أثناء المقابلة. وستتم الإشارة إلى ذلك.
q-send = حفظ الإجابات
q-saved = تم حفظ الإجابات.
questionnaires-title = الاستبيانات
questionnaires-intro = استبيانات منظمتكم. كل تعديل يُنشئ نسخة جديدة؛ وتبقى الإجابات السابقة مرتبطة بالنسخة التي أُجيب عنها.
q-version = النسخة { $version }
q-responses = { $count ->
    [0] لا توجد إجابات بعد
    [zero] لا توجد إجابات بعد
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
q-edit = تعديل
q-edit-intro = التعريف أدناه هو النسخة الحالية، بصيغة JSON الموثّقة في docs/QUESTIONNAIRES.md. حفظه يُنشئ نسخة جديدة.
q-definition-json = التعريف (JSON)
q-save-version = حفظ كنسخة جديدة
q-new-version-saved = تم حفظ النسخة { $version }.
q-definition-invalid = لا يمكن استخدام هذا التعريف: { $detail }
q-preview = كيف يبدو
assess-title = تقييمكم الذاتي
assess-intro = بضعة أسئلة لمعرفة أين أنتم اليوم. لا توجد إجابة صحيحة أو خاطئة. رفيقكم لا يرى إجاباتكم.
assess-start = البدء
assess-continue = المتابعة
assess-question-of = السؤال { $n } من { $total }
assess-next = التالي
assess-back = رجوع
assess-skip = تخطّي هذا السؤال
assess-review-title = تحقّقوا من إجاباتكم
assess-not-answered = بلا إجابة
assess-change = تعديل
assess-send = إرسال إجاباتي
assess-missing = بعض الأسئلة المطلوبة ليست لها إجابة بعد.
assess-done-title = شكرًا لكم
assess-done-text = تم حفظ إجاباتكم. إنها تُظهر نقطة انطلاقكم؛ وستقارنونها بإجاباتكم في نهاية البرنامج.
baseline-title = نقطة الانطلاق
baseline-chart-title = الاستقلالية في كل مجال عند البداية، من 1 (يحتاج إلى مساعدة كبيرة) إلى 5 (يتدبّر أموره وحده)
baseline-area = المجال
baseline-score = الدرجة
baseline-of-five = { $score } / { $max }
baseline-none = لا يوجد تقييم ذاتي بعد.
home-self-assessment = تقييمكم الذاتي
home-start-assessment = ابدؤوا تقييمكم الذاتي
home-continue-assessment = تابعوا تقييمكم الذاتي
person-space = مساحته الشخصية
person-has-account = لدى هذا الشخص حساب: يرى رفيقه وجلساته واستبياناته.
person-invite-intro = ادعوا هذا الشخص إلى تسجيل الدخول من هاتفه: سيملأ تقييمه الذاتي بنفسه ويرى رفيقه وجلساته.
person-invite = إرسال الدعوة
person-edit-link = تصحيح البيانات
person-edit-title = تصحيح بيانات { $name }
person-edit-intro = صحّح ما سُجّل عند التسجيل. تُغيَّر الموافقات في صفحتها الخاصة.
person-edit-save = حفظ التصحيحات
person-edit-saved = تم تصحيح البيانات.
person-invite-needs-email = يحتاج الحساب إلى عنوان بريد إلكتروني، ولا يوجد عنوان في هذا الملف.
stakeholders-export = تصدير الدليل (CSV)
outreach-export = تصدير السجل (CSV)

## الخطوة 5 — التدريب
nav-training = التدريب
training-title = التدريب
training-intro = الدورات التدريبية في منظمتكم: دورة الرفاق، والدورة الموجّهة إلى المهنيين والمتطوعين. يصبح الرفيق جاهزًا لتكوين ثنائي بعد إتمام جميع الوحدات الإلزامية.
training-empty = لا توجد دورة تدريبية بعد.
course-title = العنوان
course-audience = الفئة المستهدفة
audience-buddies = الرفاق
audience-professionals = المهنيون والمتطوعون
course-description = الوصف
course-create = إنشاء الدورة التدريبية
course-modules = الوحدات
course-learners = المتدرّبون
course-counts = الوحدات: { $modules } · المسجَّلون: { $enrolled } · أتمّوا الدورة: { $completed }
course-no-modules = لا توجد وحدة بعد.
course-no-learners = لم يُسجَّل أحد بعد.
course-progress-xlsx = تنزيل تقدّم المتدربين (Excel، .xlsx)
course-completed-on = أُتمّت الدورة في { $date }
course-in-progress = قيد الإنجاز: الوحدات الإلزامية المُنجزة { $done } من { $total }
module-add = إضافة وحدة
module-kind = نوع الوحدة
module-kind-capsule = كبسولة تعليمية (نص أو ملف أو فيديو)
module-kind-quiz = اختبار قصير
module-kind-session = جلسة حضورية
module-title = العنوان
module-body = المحتوى أو البرنامج
module-link = رابط إلى فيديو أو ملف (https://…)
module-minutes = مدة التعلّم (بالدقائق)
module-mandatory = إلزامية للرفاق
module-quiz = الأسئلة: فقرة لكل سؤال، السؤال في السطر الأول، وخيار واحد في كل سطر، ويبدأ الخيار الصحيح بـ *
module-pass-mark = درجة النجاح (%)
module-date = التاريخ
module-time = الوقت (HH:MM)
module-place = المكان
module-capacity = عدد الأماكن
module-when = { $when }، { $place }
module-mandatory-mark = إلزامية
module-hours = { $minutes } دقيقة
module-record = تسجيل التقدّم
module-record-intro = سجّلوا من أتمّ الوحدة، أو حضر الجلسة، أو نجح في الاختبار القصير.
module-record-save = حفظ
module-recorded = تم حفظ التقدّم.
module-too-many = عدد الحاضرين أكبر من عدد الأماكن المتاحة. تحقّقوا من القائمة.
progress-not_started = لم يبدأ
progress-done = مُنجَز
progress-passed = ناجح ({ $score } %)
progress-failed = لم ينجح بعد ({ $score } %)
progress-attended = حاضر
progress-absent = غائب
progress-score = نتيجة الاختبار القصير (%)
enrol-title = تسجيل المتعلّمين
enrol-cohort = المجموعة (مثلًا «المرحلة التجريبية فرنسا 2026»)
enrol-submit = تسجيل
enrol-none = لا يوجد من يمكن تسجيله: يظهر الرفاق هنا بعد قبولهم، وحسابات الفريق عندما يكون لها دور في المنظمة.
enrolled = { $count ->
    [0] لم يُسجَّل أحد
    [zero] لم يُسجَّل أحد
    [one] تم تسجيل شخص واحد
    [two] تم تسجيل شخصين
    [few] تم تسجيل { $count } أشخاص
    [many] تم تسجيل { $count } شخصًا
   *[other] تم تسجيل { $count } شخص
}
learn-title = تدريبكم
learn-empty = لم تُسجَّلوا في أي دورة تدريبية بعد.
learn-open = فتح
learn-done-button = أتممتُ هذه الوحدة
learn-quiz-submit = التحقّق من إجاباتي
learn-quiz-result = نتيجتكم: { $score } %. درجة النجاح هي { $pass } %.
learn-session = جلسة في { $when }، المكان: { $place }
certificate = الشهادة
certificate-title = شهادة تدريب
certificate-text = تشهد هذه الوثيقة بإتمام { $name } الدورة التدريبية «{ $course }» في { $date }، بمدة تعلّم إجمالية قدرها { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}.
certificate-modules = الوحدات المُنجزة
certificate-print = اطبعوا هذه الصفحة أو احفظوها بصيغة PDF من متصفحكم.
error-quiz-format = اكتبوا كل سؤال في سطر مستقل، ثم خياراته خيارًا في كل سطر، على أن يبدأ خيار واحد فقط بـ *؛ واتركوا سطرًا فارغًا بين الأسئلة.
error-link-invalid = أدخلوا رابطًا يبدأ بـ https://
error-time-invalid = أدخلوا وقتًا مثل 14:30.
error-time-zone-invalid = أدخلوا منطقة زمنية مثل Europe/Paris.
error-training-not-done = لا يمكن أن يصبح الرفيق جاهزًا لتكوين ثنائي إلا بعد إتمام جميع الوحدات الإلزامية في التدريب.
home-training-own = تدريبكم
form-yes = نعم
form-no = لا

## الخطوة 4 — المطابقة الأولية
match-title = المطابقة الأولية
match-intro = يكوّن الاقتراح ثنائيات لأكبر عدد ممكن من الوافدين الجدد، ثم يختار منها ما يحقّق أفضل مجموع للدرجات. اقرؤوا كل تفسير، وثبّتوا الثنائيات التي قرّرتموها، واستبعدوا الثنائيات التي لا ينبغي تكوينها، ثم أكّدوا: لا يتم تكوين أي ثنائي قبل أن تؤكّدوه بأنفسكم.
match-summary = الوافدون الجدد الذين اقتُرح لهم ثنائي: { $matched } من { $mentees }. الرفاق الجاهزون لتكوين ثنائي: { $mentors }.
match-none-ready = لا أحد جاهز لتكوين ثنائي في هذا البرنامج بعد.
match-proposals = الثنائيات المقترحة
match-score = التوافق: { $score }٪
match-criterion = المعيار
match-weight = الوزن
match-subscore = الدرجة
match-why = السبب
match-confirm = تأكيد هذا الثنائي
match-lock = تثبيت
match-unlock = إلغاء التثبيت
match-locked = مثبَّت
match-exclude = استبعاد هذا الثنائي
match-exclude-reason = سبب الاستبعاد (خلاف، قرابة، ثنائي سابق…)
match-others = أفضل الرفاق الآخرين
match-unmatched = وافدون جدد بقوا بلا رفيق
match-blocked = سبب تعذّر الجمع مع كل رفيق
match-excluded-title = الثنائيات المستبعدة
match-clear = السماح من جديد
match-weights-title = أوزان المعايير (من 0 إلى 10)
match-weights-save = حفظ وإعادة الحساب
match-weights-unreadable = تعذّرت قراءة الأوزان المحفوظة لهذا البرنامج: تُعرض الأوزان الافتراضية أدناه وتُستخدم في هذا الاقتراح.
match-weights-unreadable-fix = احفظ أوزانًا جديدة
match-manual-title = تكوين ثنائي يدويًا
match-manual-intro = اختاروا ثنائيًا غير الثنائي المقترح، واذكروا السبب: سيُسجَّل السبب.
match-manual-mentee = الوافد الجديد
match-manual-mentor = الرفيق
match-manual-reason-label = السبب
match-manual-submit = تكوين الثنائي
match-manual = ثنائي مكوَّن يدويًا
match-manual-reason = اذكروا سبب تكوين هذا الثنائي خلافًا للاقتراح.
match-weight-invalid = كل وزن عدد من 0 إلى 10، ويجب أن يكون وزن واحد على الأقل أكبر من 0.
match-done-confirmed = تم اقتراح الثنائي على الشخصين.
match-done-marked = تم الحفظ؛ ويُعاد حساب الاقتراح.
match-done-weights = تم حفظ الأوزان؛ ويُعاد حساب الاقتراح.
criterion-needs = الاحتياجات والمهارات
criterion-language = اللغات المشتركة
criterion-host-language = لغة البلد المضيف
criterion-goals = الأهداف
criterion-interests = الاهتمامات
criterion-expectations = التوقعات
criterion-availability = الأوقات المتاحة
criterion-place = المكان
criterion-age = العمر
criterion-gender = الجنس
criterion-capacity = الأماكن المتاحة لدى الرفيق
match-gender-female = امرأة
match-gender-male = رجلًا
match-gender-other = شخصًا من جنس آخر
match-shared-native-language = اللغة الأم نفسها: { $language }
match-common-language = لغة مشتركة: { $language } (المستوى { $level })
match-no-common-language = لا توجد لغة مشتركة بمستوى { $level } أو أعلى
match-communicates-beyond-host-language = يمكن التواصل بلغة أخرى غير { $language }
match-host-language-level = المستوى في { $language }: { $level }
match-needs-met = الاحتياجات التي يستطيع المساعدة فيها ({ $count } من { $needs }): { $met }
match-needs-unknown = الاحتياجات غير معروفة
match-shared-goals = أهداف مشتركة: { $goals }
match-no-shared-goals = لا يوجد هدف مشترك
match-goals-unknown = الأهداف غير معروفة
match-shared-interests = اهتمامات مشتركة: { $interests }
match-no-shared-interests = لا يوجد اهتمام مشترك
match-interests-unknown = الاهتمامات غير معروفة
match-shared-expectations = التوقعات نفسها: { $expectations }
match-no-shared-expectations = توقعات مختلفة
match-expectations-unknown = التوقعات غير معروفة
match-availability-overlap = الأوقات المشتركة في الأسبوع: { $slots }
match-availability-unknown = الأوقات المتاحة غير معروفة
match-distance-km = المسافة بينهما: { $km } كم
match-same-area = المنطقة نفسها: { $area }
match-different-area = منطقتان مختلفتان
match-place-unknown = المكان غير معروف
match-age-gap = فارق العمر بالسنوات: { $years }
match-age-unknown = العمر غير معروف
match-same-gender = الجنس نفسه
match-different-gender = جنسان مختلفان
match-gender-unknown = الجنس غير معروف
match-mentor-room = الأماكن المتاحة: { $free } من { $capacity }
match-gender-preference-mentee = يفضّل الوافد الجديد أن يكون رفيقه { $preference }
match-gender-preference-mentor = يفضّل الرفيق أن يرافق { $preference }
match-excluded-by-coordinator = استبعده المنسّق
match-mentor-at-capacity = لم يعد لدى الرفيق مكان متاح (السعة: { $capacity })
match-mentor-not-eligible = الرفيق غير جاهز لتكوين ثنائي
match-no-possible-mentor = لا يوجد رفيق ممكن لهذا الوافد الجديد.
match-mentors-taken = { $count ->
    [zero] لا يوجد رفيق ممكن متاح: تم اختيار الرفاق الممكنين لوافدين جدد آخرين.
    [one] تم اختيار الرفيق الوحيد الممكن لوافد جديد آخر.
    [two] تم اختيار الرفيقين الممكنين لوافدين جدد آخرين.
    [few] تم اختيار الرفاق الممكنين، وعددهم { $count }، لوافدين جدد آخرين.
    [many] تم اختيار الرفاق الممكنين، وعددهم { $count }، لوافدين جدد آخرين.
   *[other] تم اختيار الرفاق الممكنين، وعددهم { $count }، لوافدين جدد آخرين.
}

## الخطوة 6 — تكوين الثنائيات واللقاء الأول
pair-mail-subject = نقترح عليكم تكوين ثنائي
pair-mail-body = مرحبًا { $name }،

    يقترح عليكم البرنامج اللقاء مع { $other }. تعرّفوا على هذا الشخص وأرسلوا إجابتكم من هنا:

    { $link }
pair-proposal-title-mentor = نقترح عليكم مرافقة وافد جديد
pair-proposal-title-mentee = نقترح عليكم رفيقًا
pair-proposal-intro = هل ترغبون في لقاء هذا الشخص؟ إن لم ترغبوا في ذلك، فاذكروا السبب: سيبحث المنسّق عن شخص آخر.
pair-accept = نعم، أوافق
pair-decline = لا، شكرًا
pair-decline-reason = لماذا لا؟ (مطلوب عند الرفض)
pair-answer-accepted = لقد وافقتم. سيرتّب المنسّق لقاءكم الأول.
pair-answer-declined = لقد رفضتم هذا الاقتراح.
pair-answer-waiting = في انتظار الإجابة
pair-status-proposed = مقترَح، في انتظار الإجابات
pair-status-accepted = وافق عليه الطرفان، ويبقى اللقاء الأول والاتفاق
pair-status-declined = مرفوض
pair-status-active = نشط
pair-step-meeting = اللقاء الأول
pair-step-agreement = اتفاق المرافقة
pair-step-signatures = وافق الطرفان على الاتفاق
pair-meeting-at = { $when }، { $place }
pair-meeting-save = حفظ الموعد
pair-meeting-held = تمّ اللقاء الأول
pair-meeting-invalid = أدخلوا تاريخًا (سنة-شهر-يوم) ووقتًا مثل 14:30.
pair-not-ready = لا يمكن القيام بهذا بعد: يجب أولًا أن يوافق الطرفان على الاقتراح (وأن يُحدَّد موعد اللقاء الأول).
pair-saved = تم الحفظ.
pair-agreement-title = اتفاق المرافقة
pair-goals = الأهداف
pair-goals-text = الأهداف بكلماتكم الخاصة
pair-rhythm = وتيرة الجلسات
rhythm-weekly = كل أسبوع
rhythm-fortnightly = كل أسبوعين
rhythm-monthly = كل شهر
pair-months-label = المدة المتوقعة (بالأشهر)
pair-months = { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
pair-boundaries = الحدود (ما لا يقوم به الرفيق)
pair-confidentiality = تم شرح السرّية للطرفين: ما يُقال يبقى بينهما وبين فريق البرنامج، إلا إذا كان ذلك لحماية شخص من الأذى.
pair-confidentiality-short = السرّية
pair-confidentiality-text = ما يُقال يبقى بين طرفي الثنائي وفريق البرنامج، إلا إذا كان ذلك لحماية شخص من الأذى.
pair-agreement-save = حفظ الاتفاق
pair-paper-signed = وقّعه الطرفان على الورق
pair-agreement-accept = أوافق على هذا الاتفاق
pair-agreement-signed = لقد وافقتم على هذا الاتفاق.
pair-agreement-none = لم يُكتب الاتفاق بعد.
home-pending = بانتظاركم
home-pending-proposal = اقتراح بانتظار إجابتكم
home-pending-agreement = اتفاق بانتظار قراءتكم وموافقتكم
error-agreement-goals = اختاروا هدفًا واحدًا على الأقل، أو اكتبوا هدفًا.
error-months-invalid = أدخلوا عدد أشهر من 1 إلى 24.
error-confidentiality-required = أكّدوا أن السرّية قد شُرحت للطرفين.
match-in-setup = ثنائيات قيد التكوين
pair-checklist-accepted = وافق
pair-checklist-declined = رفض
## الخطوة 7 — جلسات الثنائي
nav-calendar = التقويم
pair-title-with = أنتم و{ $name }
pair-title-staff = { $buddy } و{ $newcomer }
pair-log-session = تسجيل جلسة
pair-plan-session = التخطيط لجلسة
pair-all-sessions = كل الجلسات
pair-planned-sessions = الجلسات المخطّط لها
pair-held-sessions = الجلسات التي تمّت
pair-no-held-sessions = لم تُسجَّل أي جلسة بعد.
pair-calendar-link = أضيفوا جلساتكم إلى تقويم هاتفكم
session-log-title = تسجيل جلسة
session-plan-title = التخطيط لجلسة
session-log-intro = جلسة جمعتكم مع { $name }. لا يستغرق التسجيل سوى بضع ثوانٍ.
session-plan-intro = لقاؤكم القادم مع { $name }. سيظهر في تقويمكم.
session-date = التاريخ
session-time = الوقت ({ $zone })
session-duration = المدة بالدقائق
session-mode = كيف التقيتم؟
session-mode-label-in_person = وجهًا لوجه
session-mode-label-online = عبر الإنترنت
session-mode-label-phone = عبر الهاتف
session-place = المكان (اختياري)
session-topics = ما هي مواضيع الجلسة؟
session-summary = ماذا فعلتم؟ تكفي جملة واحدة.
session-summary-planned = ماذا تنوون أن تفعلوا؟ (اختياري)
session-rating = كيف كانت الجلسة؟
session-rating-1 = 1 · سيئة
session-rating-2 = 2
session-rating-3 = 3 · مقبولة
session-rating-4 = 4
session-rating-5 = 5 · جيدة جدًا
session-log-submit = حفظ الجلسة
session-plan-submit = التخطيط للجلسة
session-cancel = إلغاء
session-saved = تم حفظ الجلسة.
session-removed = حُذفت الجلسة.
session-change-title = تعديل الجلسة
session-change-intro = جلسة مع { $name }: صحّحوا ما يلزم تصحيحه.
session-change-submit = حفظ التعديلات
session-call-off = إلغاء هذه الجلسة
session-remove = حذف هذه الجلسة
session-change = تعديل أو حذف
session-minutes = { $count ->
    [0] صفر دقيقة
    [zero] صفر دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
session-rating-of = التقييم: { $rating } من 5
session-logged-by-you = سجّلتموها أنتم
session-logged-by = سجّلها { $name }
session-logged-by-staff = سجّلها فريق البرنامج
session-confirmed = مؤكَّدة
session-confirmed-by-you = أكّدتموها أنتم
session-confirmed-by = أكّدها { $name }
session-confirm = تأكيد هذه الجلسة
error-session-future = لا يمكن أن تكون الجلسة التي تمّت في المستقبل. للتخطيط لجلسة، استخدموا «التخطيط لجلسة».
error-session-past = لا يمكن أن تكون الجلسة المخطّط لها في الماضي. لتسجيل جلسة تمّت، استخدموا «تسجيل جلسة».
error-session-too-far = اختاروا تاريخًا في حدود سنة من اليوم.
error-duration-invalid = أدخلوا مدة بين 5 و600 دقيقة.
error-topics-required = اختاروا موضوعًا واحدًا على الأقل.
error-rating-required = قولوا كيف كانت الجلسة، من 1 إلى 5.
error-rating-invalid = اختاروا رقمًا من 1 إلى 5.
error-rating-planned = لا يمكن تقييم جلسة مخطّط لها بعد.
calendar-title = تقويمكم
calendar-intro = جلساتكم المخطّط لها، في تطبيق التقويم على هاتفكم أو حاسوبكم.
calendar-download = تنزيل التقويم (‎.ics‎)
calendar-feed = رابط التقويم الخاص
calendar-feed-intro = اشتركوا في هذا الرابط في تطبيق التقويم: ستظهر جلساتكم المخطّط لها وتبقى محدَّثة. كل من لديه الرابط يرى جلساتكم، فاحتفظوا به لأنفسكم، وجدّدوه إذا تمّت مشاركته.
calendar-feed-new = رابطكم الخاص الجديد. انسخوه في تطبيق التقويم:
calendar-feed-once = حفاظًا على خصوصيتكم، لا يُعرض إلا الآن. إذا فقدتموه، جدّدوه.
calendar-feed-since = يوجد رابط خاص نشط منذ { $when }.
calendar-feed-none = ليس لديكم رابط خاص.
calendar-feed-create = إنشاء رابط خاص
calendar-feed-renew = تجديد الرابط (سيتوقف الرابط القديم عن العمل)
calendar-feed-revoke = إلغاء الرابط
calendar-name = جلسات الرفيق
calendar-event-summary = جلسة مع { $name }
reminder-subject = هل حان وقت لقاء { $other }؟
reminder-body = مرحبًا { $name }،

    لم يسجّل ثنائيكم مع { $other } أي جلسة منذ { $days } يومًا. إذا التقيتم، سجّلوا الجلسة؛ وإلا، خطّطوا للجلسة القادمة:

    { $link }

    إذا كان هناك أي مشكلة، أخبروا منسّقكم.
session-log-planned = تمّت الجلسة: سجّلوها
programme-pairs = الثنائيات
enrol-buddies = الرفاق
enrol-staff = المهنيون والمتطوعون الذين لديهم حساب
course-cohorts = المجموعات
cohort-enrolled = المسجلون
cohort-completed = أكملوا
cohort-modules = الوحدات الإلزامية المنجزة
cohort-progress = { $done } من { $total }
module-files = الملفات
module-files-none = لا يوجد ملف بعد.
module-file-upload = إرفاق ملف
module-file-hint = ملف PDF أو صورة PNG أو JPEG أو نص عادي؛ بحد أقصى { $size } ميغابايت. يقوم المتعلمون بتنزيله.
module-file-submit = رفع الملف
module-texts = الترجمات
module-texts-intro = العنوان والنص بلغات أخرى. يقرأ كل متعلم لغته، أو لغة الدورة إذا لم تتوفر ترجمة.
module-text-language = اللغة
module-text-save = حفظ الترجمة
file-size-kb = { $size } كيلوبايت
file-size-mb = { $size } ميغابايت
file-missing = اختر ملفًا لرفعه.
file-unreadable = تعذّرت قراءة الملف. حاول مرة أخرى.
file-too-large = الملف كبير جدًا: الحد الأقصى { $size } ميغابايت.
file-type-refused = هذا النوع من الملفات غير مقبول. أرسل ملف PDF أو صورة PNG أو JPEG أو نصًا عاديًا.
learn-files = ملفات للتنزيل
cohort-name = المجموعة
module-file-delete = إزالة

## الوصول وقابلية النقل: تصدير بيانات شخص، وسجل الاطلاع
export-link = تصدير كل بياناته
export-mine-link = تنزيل كل بياناتي
export-json-link = تنزيل كملف (JSON)
export-title-of = البيانات المحفوظة عن { $name }
export-title-mine = كل بياناتي
export-generated = أُعدّ في { $date }. اطبع هذه الصفحة لتحتفظ بها على الورق.
export-staff-note = تُعرض هذه الوثيقة باللغة { $language }، لغة الشخص، لكي تتمكن من تسليمها له.
export-account = الحساب
export-name = الاسم
export-email = البريد الإلكتروني
export-language = اللغة
export-roles = الأدوار
export-programme = البرنامج
export-profile = الملف الشخصي والتسجيل
export-answers = الإجابات على الاستبيانات
export-training = التدريب
export-enrolled-on = مسجَّل في { $date }
export-completed-on = أُنجز في { $date }
export-pairs = الثنائيات واللقاءات
export-pair-with = مع { $name } ({ $role })
export-started-on = بدأ في
export-agreement-written = مكتوب، لم يُقبل بعد
export-decline-reason = سبب الرفض
access-link = من اطّلع على هذا الملف
erase-link = محو بيانات هذا الشخص
erase-title = محو بيانات { $name }
erase-warning = لا يمكن التراجع عن المحو. صدّر البيانات أولًا إذا أراد الشخص نسخة منها.
erase-what-goes = ما سيُمحى
erase-what-stays = ما يبقى
erase-item-record = سجل { $name }: الاسم ووسائل الاتصال واللغات والأصل وسنة الميلاد والأوقات المتاحة وما كتبه عند التسجيل
erase-item-notes = الملاحظات السرية (الصحة، الوضع القانوني)
erase-item-consents = { $count ->
    [zero] لا موافقات
    [one] موافقة واحدة
    [two] موافقتان
    [few] { $count } موافقات
   *[other] { $count } موافقة
}
erase-item-reasons = { $count ->
    [one] سبب تغيير حالة واحد
   *[other] أسباب { $count } من تغييرات الحالة
}
erase-item-answers = { $count ->
    [one] الإجابات على استبيان واحد
   *[other] الإجابات على { $count } من الاستبيانات
}
erase-item-goals = { $count ->
    [one] عنوان هدف واحد
   *[other] عناوين { $count } من الأهداف
}
erase-item-pairs = { $count ->
    [one] ملاحظات ثنائي واحد وأسبابه ومكان لقائه واتفاقه
   *[other] ملاحظات { $count } من الثنائيات وأسبابها وأماكن لقائها واتفاقاتها
}
erase-item-sessions = { $count ->
    [one] ملخص جلسة واحدة ومكانها
   *[other] ملخصات { $count } من الجلسات وأماكنها
}
erase-item-marks = { $count ->
    [one] سبب قرار مطابقة واحد
   *[other] أسباب { $count } من قرارات المطابقة
}
erase-item-invitations = { $count ->
    [one] دعوة واحدة
   *[other] { $count } من الدعوات
}
erase-item-messages = { $count ->
    [one] رسالة واحدة أُرسلت إليه أو تذكر اسمه
   *[other] { $count } من الرسائل أُرسلت إليه أو تذكر اسمه
}
erase-item-account = حسابه { $email } مع كلمة المرور والجلسات وتسجيل الدخول بخطوتين
erase-item-account-kept = يبقى حسابه دون ارتباط بهذا السجل: لديه دور آخر أو سجل آخر.
erase-kept = يبقى سجل بلا اسم كي تحتفظ الأرقام بمجاميعها: رفيق أو قادم جديد، البرنامج، المرحلة، الحالة والتواريخ. يحتفظ الطرف الآخر في الثنائي بتاريخه الخاص دون اسم هذا الشخص. يحتفظ سجل التدقيق بأسطره التي لا تحوي إلا أرقامًا ورموزًا.
erase-confirm = تحققت من أن هذا الشخص طلب المحو، أو أن بياناته لم يعد يلزم الاحتفاظ بها
erase-submit = امحُ الآن
erase-cancel = إلغاء والعودة إلى السجل
erase-confirm-needed = ضع علامة في المربع لتأكيد المحو.
erase-done-title = مُحيت البيانات
erase-done = مُحيت بيانات الشخص. لم يعد السجل يُفتح.
erase-back = العودة إلى البرنامج
nav-retention = مدة الاحتفاظ
retention-title = مدة الاحتفاظ بالسجلات
retention-intro = عندما يغادر شخص البرنامج (متخرج أو مرفوض أو منسحب) ولا يبقى له ثنائي مفتوح، تُمحى بياناته بعد عدد من الأشهر من آخر نشاط في سجله. يقوم m4m بذلك كل يوم؛ تعرض هذه الصفحة ما يحين موعده خلال الثلاثين يومًا القادمة لتتمكن من مراجعته.
retention-period-default = تُمحى السجلات المغلقة بعد { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} من آخر نشاط فيها (القيمة الافتراضية).
retention-period = تُمحى السجلات المغلقة بعد { $months ->
    [zero] { $months } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
} من آخر نشاط فيها.
retention-months = عدد أشهر الاحتفاظ بالسجلات المغلقة
retention-save = حفظ
retention-saved = حُفظت مدة الاحتفاظ.
retention-due-title = ما يحين موعده خلال الثلاثين يومًا القادمة
retention-none-due = لا شيء يحين موعده خلال الثلاثين يومًا القادمة.
retention-col-name = الشخص
retention-col-why = السبب
retention-col-when = يُمحى في
retention-why = { $status }، آخر نشاط في { $date }
error-retention-months = أدخل عددًا صحيحًا من الأشهر بين 1 و120.
access-title = من اطّلع على البيانات
access-title-of = من اطّلع على ملف { $name }
access-intro = كل مرة قرأ فيها أحد هذا الملف أو عدّله أو صدّره، الأحدث أولاً.
access-empty = لم يطّلع أحد على هذا الملف بعد.
access-back = العودة إلى الملف
access-when = متى
access-who = من
access-what = ماذا
access-system = m4m نفسه
audit-other = إجراء آخر ({ $code })
audit-participant-read = قرأ الملف
audit-participant-answers_read = قرأ الإجابات على استبيان
audit-participant-access_log = قرأ من اطّلع على الملف
audit-participant-export = صدّر البيانات
audit-participant-register = التسجيل
audit-participant-status = غيّر الحالة
audit-participant-keep_apart = ميّزه عن ملف مكرر محتمل
audit-participant-merge = دمج ملفاً مكرراً في الملف
audit-programme-export = صدّر قائمة البرنامج، ومعها هذا الملف
audit-programme-export_xlsx = صدّر قائمة البرنامج، ومعها هذا الملف (Excel, .xlsx)
audit-response-complete = أكمل استبياناً
audit-matching-mark = علّم ثنائياً مرشحاً
audit-course-enrol = التسجيل في دورة
audit-module-progress = سجّل تقدماً في التدريب
audit-pair-read = قرأ الثنائي
audit-pair-propose = اقترح ثنائياً
audit-pair-accepted = قبل الثنائي
audit-pair-declined = رفض الثنائي
audit-pair-start = بدأ الثنائي
audit-pair-first_meeting = حدّد اللقاء الأول
audit-pair-first_meeting_held = سجّل اللقاء الأول
audit-pair-agreement = كتب الاتفاق
audit-pair-agreement_signed = قبل الاتفاق
audit-pair-reminder = أرسل تذكيراً
audit-peer_session-planned = خطّط للقاء
audit-peer_session-held = سجّل لقاءً
audit-peer_session-confirm = أكّد لقاءً
audit-user-create = أنشأ الحساب
audit-user-activate = أعاد تفعيل الحساب
audit-user-deactivate = عطّل الحساب
audit-user-export = صدّر بيانات الحساب
audit-invitation-accept = قبل الدعوة
audit-login = تسجيل الدخول
audit-login-failed = فشل تسجيل الدخول
audit-login-throttled = حُظر تسجيل الدخول بعد محاولات فاشلة كثيرة
audit-logout = تسجيل الخروج
audit-calendar_feed-open = فتح رابط تقويم
audit-calendar_feed-revoke = ألغى رابط التقويم
audit-access-denied = رُفض وصوله

# The pair's life (first meeting shown to both, refusals)
pair-first-meeting = لقاؤكم الأول
pair-open = افتح صفحة الثنائي
pair-meeting-not-yet = لم يُعقد اللقاء الأول بعد: سجّله عندما يحين موعده.
pair-already-answered = تمت الإجابة على هذا الاقتراح من قبل.
pair-not-started = يمكن تسجيل الجلسات بعد أن يبدأ الثنائي.
home-pending-first-meeting = اللقاء الأول: { $meeting }
calendar-first-meeting-summary = اللقاء الأول مع { $name }

# Concerns (step 8)
concern-severity = ما مدى خطورة الأمر؟
concern-severity-low = منخفضة: من المفيد معرفته
concern-severity-medium = متوسطة: يحتاج إلى حديث
concern-severity-high = عالية: يحتاج إلى تدخل قريب
concern-severity-urgent = عاجل: سلامة شخص ما في خطر
concern-status-open = مفتوح
concern-status-acknowledged = تم الاطلاع
concern-status-action_taken = تم اتخاذ إجراء
concern-status-closed = مغلق
concern-error-move = اختر إحدى الخطوات المقترحة.
concern-error-severity = اختر مدى الخطورة.
concern-new-title = الإبلاغ عن مصدر قلق
concern-about-my-pair = ثنائيك مع { $name }
concern-about-me = نفسك
concern-intro-about = بخصوص: { $about }.
concern-intro-who = لن يقرأه إلا منسقو منظمتك. يمكنك متابعته هنا.
concern-intro-other = لن يتم إبلاغ { $name }.
concern-intro-urgent = إذا كان شخص ما في خطر الآن، اتصل أولاً برقم الطوارئ (112).
concern-summary = في بضع كلمات
concern-text = ماذا حدث (اختياري)
concern-send = أرسل إلى المنسقين
concern-title = بلاغ
concern-sent = تم إرسال بلاغك إلى المنسقين.
concern-moved = تم تحديث البلاغ.
concern-open-subject = فتح
concern-history = ما تم القيام به
concern-no-moves = لم يقرأه أي منسق بعد.
concern-next = الخطوة التالية
concern-move-legend = نقله إلى
concern-move-note = ملاحظة (ما تم القيام به، للسجل)
concern-move-submit = حفظ
concern-move-to-acknowledged = تم الاطلاع: قرأناه
concern-move-to-action_taken = تم اتخاذ إجراء
concern-move-to-closed = مغلق
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = أُبلغ عنه في { $date } من قبل { $name }
concern-raised-on = أُبلغ عنه في { $date }
concern-mail-subject = بلاغ عاجل في m4m
concern-mail-body = تم تقديم بلاغ عاجل في منظمتك. اقرأه وأكّد الاطلاع عليه في أقرب وقت: { $link }
concerns-title = البلاغات · { $programme }
concerns-intro = كل البلاغات في هذا البرنامج، المفتوحة أولاً، والأكثر إلحاحاً في الأعلى.
concerns-none = لا يوجد أي بلاغ في هذا البرنامج.
concerns-link = البلاغات
home-concerns = بلاغات للمتابعة
home-concerns-more = تظهر هنا أكثر { $count } إلحاحًا؛ وكل البلاغات موجودة في سجل الحوادث الخاص ببرنامجها:
home-raise-concern = هل يقلقك شيء؟ أخبر المنسقين
home-your-concerns = بلاغاتك
pair-raise-concern = الإبلاغ عن مصدر قلق بخصوص هذا الثنائي
person-raise-concern = الإبلاغ عن مصدر قلق بخصوص هذا الشخص
audit-concern-raise = أبلغ عن مصدر قلق
audit-concern-move = حدّث بلاغاً
audit-concern-read = قرأ بلاغاً

# Supervision (step 8)
supervision-title = الإشراف
supervision-new-title = تسجيل جلسة إشراف
supervision-intro = لقاء مع متطوع واحد أو مجموعة: ما تحدثتم عنه، وملاحظاتك، وما سيفعله كل واحد بعد ذلك. يرى المتطوعون أن اللقاء تم والمهام الموكلة إليهم، ولا يرون ملاحظاتك أبداً.
supervision-no-buddies = لا يوجد بعد أي متطوع مسجل تحت إشرافك: اطلب من أحد المنسقين إسنادهم إليك، أو سجّل الجلسة من ملف المتطوع.
supervision-format = الشكل
supervision-format-one_to_one = فردية
supervision-format-group = جماعية
supervision-held-on = التاريخ
supervision-buddies = المتطوعون الحاضرون
supervision-topics = المواضيع
supervision-topic-boundaries = حدود الدور
supervision-topic-wellbeing = راحة المتطوع نفسه
supervision-topic-cultural = الاختلافات الثقافية
supervision-topic-practical = أسئلة عملية وإدارية
supervision-topic-difficult_situation = موقف صعب
supervision-topic-motivation = الحافز والوقت
supervision-topic-safeguarding = الحماية
supervision-topics-text = مواضيع أخرى
supervision-notes = الملاحظات
supervision-notes-hint = لا يقرؤها إلا المشرفون على المتطوعين والمنسقون.
supervision-actions = مهام المتابعة
supervision-action-text = المهمة
supervision-action-owner = من
supervision-action-due = قبل
supervision-owner-me = أنا
supervision-save = حفظ جلسة الإشراف
supervision-saved = تم حفظ جلسة الإشراف.
supervision-when = { $date } · { $format }
supervision-recorded-by = سجّلها { $name }
supervision-due = قبل { $date }
supervision-done-on = أُنجزت في { $date }
supervision-your-actions = مهامك
supervision-no-actions = لا توجد مهام.
supervision-mark-done = تم
supervision-add-action = إضافة مهمة
supervision-error-format = اختر فردية أو جماعية.
supervision-error-future = لا يمكن أن يكون التاريخ في المستقبل.
supervision-error-buddy = اختر من بين المتطوعين المعروضين.
supervision-error-no-buddy = اختر متطوعاً واحداً على الأقل.
supervision-error-one = جلسة الإشراف الفردية تخص متطوعاً واحداً فقط.
supervision-error-topic = اختر من بين المواضيع المعروضة.
supervision-error-owner = المهمة تعود إلى متطوع كان حاضراً، أو إليك.
home-open-actions = { $count ->
    [0] لا توجد مهام مفتوحة
    [zero] لا توجد مهام مفتوحة
    [one] مهمة مفتوحة واحدة
    [two] مهمتان مفتوحتان
    [few] { $count } مهام مفتوحة
   *[other] { $count } مهمة مفتوحة
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] متطوع واحد
    [two] متطوعان
    [few] { $count } متطوعين
   *[other] { $count } متطوعاً
}
home-last-supervision = آخر جلسة إشراف
home-no-supervision-yet = لا شيء بعد
home-recorded-supervisions = جلسات الإشراف التي سجلتها
home-my-supervision = الإشراف
audit-supervision-record = سجّل جلسة إشراف
audit-supervision-action = أضاف مهمة إشراف
audit-supervision-action_done = أشار إلى إنجاز مهمة إشراف
audit-supervision-read = قرأ جلسة إشراف

# Needs you today (step 9)
attention-title = ما يحتاجك اليوم
attention-intro = كل ثنائي معرّض للخطر مع أسبابه، وما ينتظر أحداً: كل سطر يقود إلى ما يجب فعله.
attention-none = لا شيء يحتاجك اليوم.
attention-at-risk = ثنائيات معرّضة للخطر
attention-waiting = بانتظار أحدهم
attention-see-all = عرض القائمة كاملة
risk-urgent-concern = يوجد بلاغ عاجل مفتوح
risk-open-concern = { $count ->
    [one] يوجد بلاغ مفتوح
    [two] يوجد بلاغان مفتوحان
    [few] توجد { $count } بلاغات مفتوحة
   *[other] يوجد { $count } بلاغاً مفتوحاً
}
risk-no-session = لا لقاء منذ { $days } يوماً
risk-first-meeting-overdue = اللقاء الأول كان مقرراً في { $date } ولم يُسجَّل
risk-agreement-ends = ينتهي الاتفاق في { $date }
waiting-answer = لم يُرَدّ على الاقتراح بعد
waiting-signature = لم يقبل الطرفان الاتفاق بعد
waiting-confirmation = { $count ->
    [one] لقاء ينتظر التأكيد منذ أكثر من أسبوع
    [two] لقاءان ينتظران التأكيد منذ أكثر من أسبوع
    [few] { $count } لقاءات تنتظر التأكيد منذ أكثر من أسبوع
   *[other] { $count } لقاءً تنتظر التأكيد منذ أكثر من أسبوع
}

# Goals of the pair (step 9)
goals-title = أهداف الثنائي
goals-intro = الأهداف التي اتفقتما عليها. قل أين وصل كل هدف الآن مقارنة بما كنت تتوقعه: كل إجابة تُحفظ لترى الطريق الذي قطعته.
goals-none = لا توجد أهداف بعد: تأتي من الاتفاق عند بدء الثنائي.
goals-history = أين كان
goals-when = التاريخ
goals-score = أين وصل
goals-by = بواسطة
goals-comment = تعليق (اختياري)
goals-where = أين وصل الآن؟
goals-save = حفظ
goals-saved = تم الحفظ. شكراً.
goal-error-score = اختر نقطة على المقياس، من −2 إلى +2.
gas-much-less = أقل بكثير من المتوقع
gas-less = أقل من المتوقع
gas-expected = كما هو متوقع
gas-more = أكثر من المتوقع
gas-much-more = أكثر بكثير من المتوقع
audit-goal-progress = سجّل أين وصل هدف
home-goal-not-rated = لم يُقيَّم بعد
home-goal-record = قل أين وصل

# Check-ins (step 9)
checkin-title = كيف تسير الأمور؟
checkin-intro = بضعة أسئلة عن لقاءاتك مع { $name }. يستغرق ذلك دقيقة؛ فريق البرنامج وحده يقرأ إجاباتك.
checkin-satisfaction = ما مدى رضاك عن لقاءاتكما؟
checkin-satisfaction-1 = 1 · غير راضٍ إطلاقاً
checkin-satisfaction-2 = 2 · غير راضٍ كثيراً
checkin-satisfaction-3 = 3 · بين بين
checkin-satisfaction-4 = 4 · راضٍ
checkin-satisfaction-5 = 5 · راضٍ جداً
checkin-satisfaction-short = الرضا
checkin-met = كم مرة التقيتما مؤخراً؟
checkin-met-short = اللقاءات
checkin-met-weekly = كل أسبوع
checkin-met-fortnightly = كل أسبوعين
checkin-met-monthly = مرة في الشهر
checkin-met-less = أقل من ذلك
checkin-met-never = لم نلتقِ
checkin-helped = ما الذي ساعد؟ (اختياري)
checkin-difficult = ما الصعب؟ (اختياري)
checkin-send = إرسال
checkin-thanks = شكراً: وصلت إجاباتك إلى الفريق.
checkin-nothing-due = لا توجد متابعة مطلوبة الآن. سنسألك مرة أخرى لاحقاً.
checkin-error-satisfaction = اختر من 1 إلى 5.
checkin-error-met = اختر كم مرة التقيتما.
home-pending-checkin = كيف تسير الأمور مع { $name }؟ (دقيقة واحدة)
pair-checkins = المتابعات
risk-low-satisfaction = الرضا { $score } من 5
risk-missed-checkin = المتابعة المقررة في { $date } بلا إجابة
audit-checkin-answer = أجاب عن متابعة
baseline-done-on = تم التقييم الذاتي في { $date }.

# Staff contacts (step 9)
contacts-title = تواصل الفريق
contacts-intro = اتصالاتك وزياراتك ورسائلك لهذا الثنائي: مرتين في الشهر الأول، ثم مرة كل شهر.
contacts-kind = الطريقة
contacts-note = ملاحظة (اختيارية)
contacts-save = تسجيل التواصل
contact-kind-call = اتصال
contact-kind-visit = زيارة
contact-kind-message = رسالة
contact-error-kind = اختر اتصالاً أو زيارة أو رسالة.
waiting-contact = تواصل من الفريق مستحق
audit-pair-contact = سجّل تواصلاً مع ثنائي
checkin-mail-subject = كيف تسير الأمور مع { $other }؟
checkin-mail-body = مرحباً { $name }، بضعة أسئلة عن لقاءاتك مع { $other }: دقيقة واحدة من هاتفك. فريق البرنامج وحده يقرأ إجاباتك. { $link }
attention-pager-risk = الثنائيات المعرّضة للخطر { $first }–{ $last } من { $total }
attention-pager-wait = بالانتظار { $first }–{ $last } من { $total }
pager-previous = السابق
pager-next = التالي
moment-initial = في البداية
moment-midterm = في منتصف المدة
moment-final = في النهاية
baseline-change-title = ما الذي تغيّر منذ البداية
baseline-change = التغيّر
baseline-moments-chart-title = الاستقلالية في كل مجال في كل تقييم ذاتي، من 1 (يحتاج إلى مساعدة كبيرة) إلى 5 (يتدبّر أموره وحده)
home-midterm-due = في منتصف الطريق: حان وقت مراجعة وضعك من جديد، بالأسئلة نفسها كما في البداية.
home-start-midterm = تقييمك الذاتي في منتصف المدة
programme-at-step = الأشخاص في الخطوة { $n } · { $name }
programme-all-people = كل المشاركين في البرنامج

# Closing a pair (step 10)
pair-status-completed = مكتمل
pair-status-ended_early = انتهى مبكرًا
pair-not-open = هذا الثنائي مغلق بالفعل.
close-title = إغلاق الثنائي
close-intro = إغلاق ثنائي { $buddy } و{ $newcomer }: اذكر سبب انتهائه، وما الخطوة التالية لكل منهما.
close-planned-end = يسري اتفاقه حتى { $date }.
close-effect-sessions = { $count ->
    [0] لا توجد لقاءات مخططة لإلغائها.
    [one] يُلغى اللقاء المخطط.
   *[other] تُلغى اللقاءات المخططة ({ $count }).
}
close-effect-checkins = تتوقف المتابعات والتذكيرات، ويُطلب من كليهما استبيان النهاية.
close-reason = لماذا ينتهي الثنائي؟
close-reason-planned_end = انتهت المدة المتفق عليها
close-reason-goals_reached = تحققت الأهداف مبكرًا
close-reason-moved_away = انتقل القادم الجديد إلى مكان آخر
close-reason-lost_contact = انقطع التواصل
close-reason-conflict = خلاف بين الاثنين
close-reason-safeguarding = الحماية والسلامة
close-reason-other = سبب آخر
close-on = تاريخ الإغلاق
close-meeting = لقاء الختام (اختياري)
close-meeting-hint = يوم آخر لقاء مع الاثنين، إن وُجد.
close-note = ملاحظة للفريق
close-rematch = هل يمكن إدخال { $name } في ثنائي جديد؟
close-save = إغلاق الثنائي
close-done = تم إغلاق الثنائي.
close-error-future = هذا اليوم لم يأتِ بعد.
close-error-before-start = هذا قبل بدء الثنائي.
close-error-note-other = اذكر السبب الآخر.
error-choose-yes-no = اختر نعم أو لا.
error-close-pairs-first = أغلق ثنائي هذا الشخص أولًا: إغلاقه يبيّن سبب انتهائه.
pair-closed-on = أُغلق في { $date }: { $reason }
pair-closing-meeting-on = لقاء الختام في { $date }
audit-pair-close = أغلق الثنائي
audit-pair-exit_answer = أجاب عن استبيان النهاية
exit-title = استبيان النهاية
exit-intro-buddy = انتهت فترة مرافقتك لـ{ $name }. أربعة أسئلة، دقيقة واحدة: فريق البرنامج وحده يقرأ إجاباتك.
exit-intro-newcomer = انتهت فترتك مع { $name } كرفيق لك. أربعة أسئلة، دقيقة واحدة: فريق البرنامج وحده يقرأ إجاباتك.
exit-satisfaction = بشكل عام، ما مدى رضاك؟
exit-recommend = هل تنصح شخصًا في مكانك بأن يكون له رفيق؟
exit-recommend-short = ينصح به
exit-changed = في أي مجال تغيّر شيء بالنسبة لك؟
exit-changed-short = ما الذي تغيّر
exit-comment = أي شيء آخر تود إخبارنا به (اختياري)
exit-send = إرسال
exit-thanks = شكرًا لك: تم حفظ إجاباتك.
exit-final-assessment = خطوة أخيرة: تقييمك الذاتي النهائي
home-pending-exit = انتهت فترتك مع { $name }: استبيان النهاية (دقيقة واحدة)
home-final-due = انتهى ثنائيك: أجب مرة أخيرة عن الأسئلة نفسها التي أجبت عنها في البداية، لترى كم تقدمت.
home-start-final = تقييمك الذاتي النهائي
become-buddy-title = كن رفيقًا متطوعًا
become-buddy-home = أنت تعرف كيف تكون الأشهر الأولى. انتهت فترة مرافقتك: يمكنك الآن أن ترافق شخصًا وصل حديثًا.
become-buddy-intro = معلوماتك معبأة مسبقًا من فترة مرافقتك: تحقق منها، وأضف كيف يمكنك المساعدة، وأعطِ موافقتك من جديد — فهذا دور جديد.
assess-done-midterm = تم حفظ إجاباتك. ها هي بجانب إجابات البداية؛ ستجيب مرة أخيرة في النهاية.
assess-done-final = تم حفظ إجاباتك. هذا هو ما قطعته من طريق منذ البداية، مجالًا بعد مجال.
person-pairs = الثنائيات
programme-edit-title = تعديل البرنامج
programme-edit-intro = تواريخه وحالته وأهدافه، وطريقة متابعة ثنائياته: متى يُعدّ الثنائي في خطر، ومتى تحين المتابعات والتقييم الذاتي في منتصف المدة.
programme-save = حفظ
programme-saved = تم حفظ البرنامج.
programme-field-risk-no-session = يُعدّ الثنائي في خطر بعد هذا العدد من الأيام دون لقاء
programme-field-risk-ending = التنبيه إلى الثنائي قبل انتهاء اتفاقه بهذا العدد من الأيام
programme-field-checkin-first = أول متابعة، بالأيام بعد بدء الثنائي
programme-field-checkin-every = ثم متابعة كل … يومًا
programme-field-midterm-weeks = التقييم الذاتي في منتصف المدة، بالأسابيع بعد بدء الثنائي
error-days-invalid = أدخل عددًا صحيحًا من الأيام من 1 إلى 365 (الأسابيع: من 1 إلى 104).
error-503-title = الخادم مشغول
error-busy = هناك طلبات كثيرة تنتظر في هذه اللحظة. انتظر بضع ثوانٍ وحاول مرة أخرى: لم يُحفظ شيء ولم يضع شيء.
access-refused-someone = شخص ليس له حق الوصول
admin-volunteers-title = حسابات الرفاق والقادمين الجدد
admin-volunteers-intro = عددها في كل منظمة: أسماؤهم لفريق منظمتهم فقط.
import-too-many-columns = يحتوي هذا الملف على أكثر من { $columns } عمودًا: احتفظ فقط بالأعمدة الخاصة بالأشخاص، ثم حاول مرة أخرى.
import-too-many-rows = يضم هذا الملف أكثر من { $rows } شخص: استورده على عدة أجزاء.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = الإصغاء من دون إصدار أحكام
competence-intercultural = التواصل بين الثقافات
competence-boundaries = الالتزام بحدود دور الرفيق
competence-local_services = معرفة الخدمات المحلية
competence-encouraging_autonomy = تشجيع الاستقلالية
competence-reliability = الالتزام على مدى أشهر
baseline-competence = المهارة
baseline-competences-chart-title = الثقة في كل مهارة في البداية، من 1 (لست واثقًا بعد) إلى 5 (واثق جدًا)
baseline-competences-moments-chart-title = الثقة في كل مهارة في كل تقييم ذاتي، من 1 (لست واثقًا بعد) إلى 5 (واثق جدًا)
buddy-assessment-title = التقييمات الذاتية لـ { $name }
buddy-assessment-intro = مدى ثقة الرفيق في كل مهارة في البداية وفي منتصف المدة وفي النهاية، بحسب إجاباته هو من 1 إلى 5.
buddy-assessment-competences = مهارات الرفيق
home-buddy-self-assessments = التقييمات الذاتية
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = اللقاءات في الأسبوع
weekly-sessions-chart-title = اللقاءات التي عُقدت في كل أسبوع، آخر { $weeks } أسبوعًا
weekly-sessions-week-of = أسبوع { $date }
weekly-sessions-total = { $count ->
    [zero] لم يُعقد أي لقاء
    [one] عُقد لقاء واحد
    [two] عُقد لقاءان
    [few] عُقدت { $count } لقاءات
   *[other] عُقد { $count } لقاءً
} في هذه الأسابيع، { $hours } ساعة في المجموع
weekly-sessions-week = الأسبوع
weekly-sessions-count = اللقاءات المعقودة
weekly-sessions-hours = الساعات

# الخطوة 10: التقييم الشامل.
evaluation-title = تقييم البرامج
evaluation-link = التقييم: الأرقام للجهات المموّلة (صفحة، CSV، طباعة)
evaluation-intro = ما حققه نظام الرفيق، بحسب وقائع الثنائيات وإجابات أعضائها. لا يُحتسب إلا من كانت موافقته على التقييم سارية؛ لا يظهر هنا أي اسم ولا أي ملف شخصي.
evaluation-suppression-note = لا يُعرض أبدًا رقم يخص أقل من 5 أشخاص أو ثنائيات: يُكتب مكانه «أقل من 5».
evaluation-suppressed = أقل من 5
evaluation-scope = أرقام
evaluation-scope-all = جميع المنظمات
evaluation-scope-mine = كل ما يحق لي رؤيته
evaluation-from = ثنائيات بدأت ابتداءً من
evaluation-to = ثنائيات بدأت حتى
evaluation-cohort = الدفعة (السنة)
evaluation-cohort-hint = السنة التي بدأ فيها الثنائي، مثلًا 2025.
evaluation-gender = جنس القادم الجديد
evaluation-age = عمر القادم الجديد عند بدء الثنائي
evaluation-region = منطقة أصل القادم الجديد
evaluation-any = الكل
evaluation-show = اعرض الأرقام
evaluation-csv = تنزيل كجدول بيانات (CSV)
evaluation-xlsx = تنزيل كمصنف (Excel، .xlsx)
evaluation-age-under_25 = أقل من 25
evaluation-age-25_34 = من 25 إلى 34
evaluation-age-35_49 = من 35 إلى 49
evaluation-age-50_plus = 50 فأكثر
evaluation-region-mena = الشرق الأوسط وشمال أفريقيا
evaluation-region-sub_saharan_africa = أفريقيا جنوب الصحراء
evaluation-region-central_south_asia = آسيا الوسطى والجنوبية
evaluation-region-europe = أوروبا
evaluation-region-americas = الأمريكتان
evaluation-region-other = مكان آخر أو غير معروف
evaluation-pairs-title = الثنائيات
evaluation-pairs-formed = ثنائيات تشكّلت
evaluation-pairs-active = ما زالت جارية
evaluation-pairs-completed = اكتملت
evaluation-pairs-ended-early = انتهت مبكرًا
evaluation-reasons-title = الثنائيات التي انتهت مبكرًا، حسب السبب
evaluation-reason = السبب
evaluation-pairs = الثنائيات
evaluation-figure = المؤشر
evaluation-value = القيمة
evaluation-n-pairs = من أصل (ثنائيات)
evaluation-n-people = من أصل (أشخاص)
evaluation-outcomes-title = الاستمرار واللقاءات والأهداف
evaluation-outcomes-note = الاستمرار: الثنائيات المكتملة من بين الثنائيات المغلقة. تحقيق الأهداف: متوسط آخر درجة لكل هدف، من −2 (أقل بكثير من المتوقع) إلى +2 (أكثر بكثير).
evaluation-retention = الاستمرار
evaluation-sessions-held = اللقاءات التي عُقدت
evaluation-sessions-hours = ساعات معًا
evaluation-goal-attainment = تحقيق الأهداف (من −2 إلى +2)
evaluation-areas-title = التغيّر في كل مجال من مجالات الاندماج
evaluation-areas-note = القادمون الجدد الذين ملؤوا التقييم الذاتي الأول والأخير؛ الدرجات من 1 إلى 5. المجال هو فترة الثقة 95 % لمتوسط التغيّر؛ حجم الأثر هو d_z لكوهين.
evaluation-areas-chart = متوسط التغيّر في كل مجال مع فترة الثقة 95 %
evaluation-areas-none = لا يوجد بعد قادم جديد لديه تقييم ذاتي أول وأخير معًا.
evaluation-baseline-mean = في البداية
evaluation-final-mean = في النهاية
evaluation-mean-change = التغيّر
evaluation-ci95 = فترة 95 %
evaluation-effect-size = حجم الأثر
evaluation-interval = من { $low } إلى { $high }
evaluation-satisfaction-title = الرضا
evaluation-satisfaction-chart = متوسط الرضا من 1 إلى 5، من المتابعات الدورية ومن استبيان النهاية
evaluation-newcomers = القادمون الجدد
evaluation-buddies = الرفقاء
evaluation-from-checkins = المتابعات الدورية
evaluation-from-exit = استبيان النهاية
evaluation-recommend = سيوصون برفيق
evaluation-percent = { $value }٪

# First run: how the first administrator is made
login-first-run = لا يوجد أي حساب بعد. أنشئ أول مسؤول على الخادم بالأمر: m4m user create --email you@example.org --name "Your name" (سيطلب كلمة المرور)، ثم سجّل الدخول هنا.
# استعادة الحساب: كلمة مرور منسية، تغيير كلمة المرور، الحسابات المعطّلة
login-forgot-link = هل نسيت كلمة المرور؟
login-deactivated = هذا الحساب معطّل. اطلب من المنسّق إعادة تفعيله.
forgot-title = نسيت كلمة المرور
forgot-intro = اكتب عنوان البريد الإلكتروني لحسابك. إذا كان هناك حساب يستخدمه، نرسل رابطًا لاختيار كلمة مرور جديدة؛ يعمل الرابط مرة واحدة ولمدة ساعة.
forgot-submit = أرسل الرابط
forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فإن رابطًا لاختيار كلمة مرور جديدة في الطريق إليه. انظر في بريدك الوارد (وفي مجلد الرسائل غير المرغوب فيها)؛ يعمل الرابط لمدة ساعة.
forgot-throttled = طلبات كثيرة جدًا لكلمة مرور جديدة. حاول مرة أخرى بعد ساعة، أو اسأل المنسّق.
forgot-mail-subject = اختر كلمة مرور جديدة لـ m4m
forgot-mail-body = مرحبًا { $name }،

    طلب شخص ما، على الأرجح أنت، كلمة مرور جديدة لحسابك في m4m.
    اخترها بهذا الرابط (صالح لمدة ساعة، يُستخدم مرة واحدة):

    { $link }

    إذا لم تطلب ذلك، تجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
reset-title = اختر كلمة مرور جديدة
reset-intro = عند حفظ كلمة المرور الجديدة، تنتهي جلساتك الأخرى.
reset-password = كلمة المرور الجديدة (8 أحرف على الأقل)
reset-password-again = كلمة المرور نفسها مرة أخرى
reset-submit = احفظ كلمة المرور الجديدة
reset-gone = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا عبر «هل نسيت كلمة المرور؟» في صفحة تسجيل الدخول.
reset-done = تم حفظ كلمة مرورك الجديدة. سجّل الدخول بها.
nav-password = كلمة المرور
password-title = غيّر كلمة مرورك
password-current = كلمة المرور الحالية
password-current-wrong = هذه ليست كلمة مرورك الحالية.
password-submit = غيّر كلمة المرور
password-changed = تم تغيير كلمة مرورك. انتهت جلساتك الأخرى.
admin-user-access = الوصول
admin-user-deactivate = عطّل
admin-user-activate = أعد التفعيل
admin-user-deactivated = تم تعطيل الحساب: انتهت جلساته وأُلغيت رموز واجهة البرمجة الخاصة به. تبقى بياناته.
admin-user-activated = الحساب نشط من جديد: يسجّل صاحبه الدخول بكلمة مروره. يجب إنشاء رموز واجهة البرمجة من جديد.
admin-user-not-self = لا يمكنك تعطيل حسابك الخاص.

# إرسال صندوق الصادر: المحاولات، إعادة المحاولة، الرسائل المتروكة
admin-outbox-sent = أُرسلت { $when }.
admin-outbox-waiting = بانتظار الإرسال.
admin-outbox-retrying = فشلت المحاولة { $attempts }: { $error }. المحاولة التالية { $when }.
admin-outbox-given-up = تُركت بعد { $attempts } محاولة: { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = الأشخاص { $first }–{ $last } من { $total }
programme-pairs-pager = الثنائيات { $first }–{ $last } من { $total }
programme-people-total = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
   *[other] { $count } شخصًا
}
programme-filter-everyone = المرافقون والقادمون الجدد
programme-filter-any-status = كل الحالات
programme-filter-any-step = كل المراحل
programme-filter-any-language = كل اللغات
programme-filter-language = يتحدث
programme-sort = الترتيب
programme-sort-step = حسب المرحلة
programme-sort-name = حسب الاسم
programme-sort-newest = الأحدث أولًا
programme-search = بحث
programme-search-hint = الاسم أو البريد الإلكتروني أو الهاتف
programme-search-button = عرض
programme-people-none = لا أحد يطابق هذا البحث.

# The API's pages of people
error-api-limit = يجب أن تكون قيمة limit عددًا صحيحًا من 1 إلى 1000.
error-api-cursor = يجب أن تكون قيمة cursor هي next_cursor من الصفحة السابقة.
error-api-text = أرسل هذا الحقل نصًّا (سلسلة JSON) كما يذكر وصف الواجهة البرمجية.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = اسمكم
assess-intro-buddy = بضعة أسئلة لمعرفة أين أنتم اليوم. لا توجد إجابة صحيحة أو خاطئة. الوافد الجديد الذي ترافقونه لا يرى إجاباتكم.
error-language-choice = اختاروا لغة.
import-host-level = المستوى في لغة هذا البلد
import-other-languages = لغات أخرى
home-pending-session = أكّدوا اللقاء مع { $name } بتاريخ { $date }

# استيراد الجداول: الترميزات والتواريخ والصيغ
import-cell-problem = العمود «{ $column }»: { $message }
import-cell-formula = تحتوي هذه الخلية على صيغة (تبدأ بـ = أو @ أو + أو -). اكتب قيمتها بدلاً منها.
import-cell-bom = تحتوي هذه الخلية على علامة ترتيب بايتات غير مرئية: دُمجت عدة ملفات في ملف واحد. احذفها أو احفظ الملف من جديد.
import-date-ambiguous = يمكن قراءة هذا التاريخ بطريقتين. اكتبه بصيغة سنة-شهر-يوم (2026-04-03).
import-workbook = هذا مصنف Excel قديم (.xls). افتحوه واحفظوه بصيغة .xlsx أو CSV ثم حاولوا مجددًا.
import-workbook-unreadable = لا يمكن قراءة هذا الملف كمصنف Excel (.xlsx): ربما هو تالف أو محمي بكلمة مرور أو من نوع آخر (مثل .ods من LibreOffice). افتحوه واحفظوه بصيغة .xlsx أو CSV ثم حاولوا مجددًا.
import-workbook-too-large = هذا المصنف كبير جدًا بعد فك ضغطه. احتفظوا بورقة الأشخاص فقط، أو استوردوه على عدة أجزاء.
import-not-text = هذا الملف ليس جدولاً محفوظًا كنص: فيه بايتات لا يقرؤها أي ترميز متاح. احفظه من برنامج الجداول بصيغة CSV وحاول مجددًا.
import-encoding = ترميز الملف
import-encoding-hint = مُستنتَج من الملف. إن بدت الحروف أو علامات التشكيل خاطئة في الأسماء أدناه فاختر ترميزًا آخر وتابع.
import-encoding-failed = لا يمكن قراءة الملف بالترميز المختار: بقي كما قُرئ من قبل.

## ثنائيات البرنامج، مع البحث والصفحات
pairs-title = ثنائيات { $programme }
pairs-back = العودة إلى البرنامج
pairs-link = كل الثنائيات: البحث، والثنائيات المنتهية
pairs-search-hint = اسم القادم الجديد أو الرفيق، أو بريده الإلكتروني أو هاتفه
pairs-filter-any-status = كل الحالات
pairs-filter-open = جارية (غير منتهية وغير مرفوضة)
pairs-filter-closed = منتهية
pairs-sort-oldest = الأقدم أولًا
pairs-sort-newest = الأحدث أولًا
pairs-sort-newcomer = حسب اسم القادم الجديد
pairs-total = { $count ->
    [0] لا توجد ثنائيات
    [one] ثنائي واحد
    [two] ثنائيان
    [few] { $count } ثنائيات
   *[other] { $count } ثنائيًا
}
pairs-pager = الثنائيات { $first }–{ $last } من { $total }
pairs-all = كل الثنائيات
pairs-none = لا توجد ثنائيات بعد.
pairs-none-found = لا يوجد ثنائي يطابق هذا البحث.
pairs-column-pair = القادم الجديد ↔ الرفيق
pairs-column-status = الحالة
pairs-column-since = منذ
pairs-column-sessions = اللقاءات التي تمّت
pairs-sessions = { $count ->
    [0] لا شيء بعد
    [one] لقاء واحد
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] لقاء واحد، في { $date }
   *[other] { $count }، آخرها في { $date }
}

## لقاءات البرنامج، حسب الفترة
sessions-title = لقاءات { $programme }
sessions-link = اللقاءات: حسب الفترة، مع ساعاتها
sessions-any-status = المخطّطة والتي تمّت
sessions-planned = مخطّط
sessions-held = تمّ
sessions-held-confirmed = تمّ، ومؤكَّد
sessions-how = { $minutes }، { $mode }
sessions-total = { $count ->
    [0] لا توجد لقاءات
    [one] لقاء واحد
    [two] لقاءان
    [few] { $count } لقاءات
   *[other] { $count } لقاءً
}، { $hours ->
    [0] صفر ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
   *[other] { $hours } ساعة
} في المجموع
sessions-pager = اللقاءات { $first }–{ $last } من { $total }
sessions-from = من
sessions-to = إلى (مشمول)
sessions-recent = آخر 30 يومًا وما هو مخطّط
sessions-none = لا يوجد لقاء مطابق في هذه الفترة.
sessions-column-when = متى
sessions-column-how = كيف

## قائمة حسابات الفريق، للإدارة
admin-users-search-hint = الاسم أو البريد الإلكتروني
admin-users-any-role = كل الأدوار
admin-users-any-state = المفعّلة والمعطّلة
admin-users-active = مفعّل
admin-users-inactive = معطّل
admin-users-total = { $count ->
    [0] لا توجد حسابات للفريق
    [one] حساب واحد للفريق
    [two] حسابان للفريق
    [few] { $count } حسابات للفريق
   *[other] { $count } حسابًا للفريق
}
admin-users-pager = الحسابات { $first }–{ $last } من { $total }
admin-users-all = كل حسابات الفريق
admin-users-none = لا يوجد حساب يطابق هذا البحث.

## Pairs and sessions as spreadsheets
pairs-export = تنزيل هذه الثنائيات (جدول بيانات، CSV)
pairs-export-xlsx = تنزيل هذه الثنائيات (Excel، .xlsx)
sessions-export = تنزيل هذه اللقاءات (جدول بيانات، CSV)
sessions-export-xlsx = تنزيل هذه الجلسات (Excel، .xlsx)
export-pairs-column-pair = الثنائي
export-pairs-column-newcomer = القادم الجديد
export-pairs-column-buddy = الرفيق
export-pairs-column-status = الحالة
export-pairs-column-proposed = تاريخ الاقتراح
export-pairs-column-started = تاريخ البدء
export-pairs-column-closed = تاريخ الانتهاء
export-pairs-column-sessions = اللقاءات التي تمّت
export-pairs-column-hours = الساعات التي تمّت
export-pairs-column-last-session = آخر لقاء
export-sessions-column-session = اللقاء
export-sessions-column-date = التاريخ
export-sessions-column-time = الوقت
export-sessions-column-pair = الثنائي
export-sessions-column-newcomer = القادم الجديد
export-sessions-column-buddy = الرفيق
export-sessions-column-minutes = الدقائق
export-sessions-column-hours = الساعات
export-sessions-column-mode = الطريقة
export-sessions-column-status = الحالة
export-sessions-column-confirmed = مؤكَّد
export-progress-column-course = الدورة
export-progress-column-learner = المتدرب
export-progress-column-cohort = المجموعة
export-progress-column-enrolled = تاريخ التسجيل
export-progress-column-done = الوحدات الإلزامية المنجزة
export-progress-column-total = الوحدات الإلزامية
export-progress-column-completed = تاريخ الإتمام
export-figures-column-figure = المؤشر
export-figures-column-key = التفصيل
export-figures-column-n = من أصل
export-figures-column-value = القيمة
export-figures-column-suppressed = محجوب (مجموعة صغيرة)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = الاسم، أو جهة الاتصال، أو البريد الإلكتروني أو الهاتف
stakeholders-any-kind = كل الأنواع
stakeholders-total = { $count ->
    [0] لا توجد جهات
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
   *[other] { $count } جهة
}
stakeholders-pager = الجهات { $first }–{ $last } من { $total }
stakeholders-all = كل الجهات
stakeholders-none-found = لا توجد جهة تطابق هذا البحث.
