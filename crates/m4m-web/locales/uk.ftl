# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — українська. Еталоном є англійський файл en.ftl: кожен його ключ
# має бути в кожному повному перекладі.

## Рамка кожної сторінки
app-name = m4m
app-tagline = Buddy System: новоприбулі та наставники-волонтери, пліч-о-пліч
skip-to-content = Перейти до змісту
table-scroll = Таблиця: прокрутіть убік, щоб прочитати все
nav-home = Головна
nav-organisations = Організації
nav-users = Облікові записи
nav-outbox = Надіслані повідомлення
nav-invite = Запросити людину
nav-login = Увійти
nav-logout = Вийти
language-switcher = Мова
language-choose = Вибрати цю мову
signed-in-as = Ви увійшли як { $name }
footer-text = m4m допомагає організаціям проводити наставництво «рівний — рівному» для новоприбулих. Ваші дані залишаються у вашій організації.

## Десять кроків
step-1 = Інформування зацікавлених сторін
step-2 = Залучення та реєстрація
step-3 = Початкова самооцінка
step-4 = Попередній підбір пар
step-5 = Навчання
step-6 = Створення пар і перша зустріч
step-7 = Зустрічі «рівний — рівному»
step-8 = Супервізія
step-9 = Відстеження прогресу
step-10 = Підсумкове оцінювання
step-number = Крок { $number }

## Ролі
role-administrator = Адміністратор/ка
role-coordinator = Координатор/ка
role-supervisor = Супервізор/ка
role-trainer = Тренер/ка
role-mentor = Наставник/наставниця
role-mentee = Новоприбула особа
role-evaluator = Оцінювач/ка

## Головна сторінка
landing-title = Наставництво «рівний — рівному» для новоприбулих
landing-intro = У Buddy System наставник або наставниця-волонтер — часто людина, яка сама приїхала кількома роками раніше, — допомагає новоприбулій особі крок за кроком ставати самостійнішою: орієнтуватися в місті, знаходити державні служби, практикувати мову, шукати роботу чи житло. Соціальні працівники та працівниці об'єднують їх у пари й підтримують.
landing-staff = Працівники, наставники та новоприбулі, які мають обліковий запис, входять тут.

## Вхід
login-title = Увійти
login-email = Адреса електронної пошти
login-password = Пароль
login-submit = Увійти
login-failed = Адреса електронної пошти або пароль неправильні. Перевірте обидва й спробуйте ще раз.
login-throttled = Забагато спроб. Зачекайте 15 хвилин, а потім спробуйте ще раз.
login-expired = Ваш сеанс завершився. Будь ласка, увійдіть знову.
logged-out = Ви вийшли з облікового запису.
two-factor-title = Вхід у два кроки
two-factor-intro = З входом у два кроки сам пароль не відкриває ваш обліковий запис: застосунок на телефоні щоразу через 30 секунд показує новий шестизначний код, який m4m запитує після пароля.
two-factor-step-app = Установіть на телефон застосунок-автентифікатор (наприклад FreeOTP, Aegis, Google Authenticator або Microsoft Authenticator).
two-factor-step-scan = У застосунку додайте обліковий запис і відскануйте цей код:
two-factor-step-type = Або введіть цей ключ:
two-factor-step-code = Введіть шестизначний код із застосунку, щоб перевірити, що все працює.
two-factor-code-app = Код із застосунку
two-factor-confirm = Увімкнути вхід у два кроки
two-factor-required = Ваша роль дає доступ до даних багатьох людей: увімкніть вхід у два кроки, перш ніж продовжити.
two-factor-on = Вхід у два кроки ввімкнено: після пароля m4m запитує код із вашого застосунку.
two-factor-codes-left = { $count ->
    [one] Залишився { $count } код відновлення.
    [few] Залишилося { $count } коди відновлення.
   *[other] Залишилося { $count } кодів відновлення.
}
two-factor-new-codes = Нові коди відновлення
two-factor-new-codes-intro = Старі коди перестануть діяти. Введіть код із застосунку, щоб отримати нові.
two-factor-codes-title = Збережіть ці коди відновлення
two-factor-codes-intro = Кожен код дає змогу увійти один раз, якщо ви загубите телефон. Надрукуйте або запишіть їх і зберігайте в безпечному місці: їх показано лише зараз.
two-factor-login-title = Код із вашого телефону
two-factor-login-intro = Відкрийте застосунок-автентифікатор і введіть шестизначний код для m4m.
two-factor-login-recovery = Загубили телефон? Введіть натомість один із кодів відновлення.
two-factor-code = Код
two-factor-verify = Увійти
two-factor-wrong-code = Цей код неправильний або вже використаний. Введіть код, який застосунок показує зараз.
two-factor-log-in-again = Забагато неправильних кодів. Увійдіть знову з паролем.
nav-two-factor = Вхід у два кроки
tokens-title = Токени API
tokens-intro = Токен дозволяє інструменту вашої організації користуватися JSON API m4m від вашого імені, з вашими правами. Дайте кожному інструменту власний токен і відкличте його, коли він більше не потрібен.
tokens-shown-once = Ваш новий токен. Скопіюйте його зараз: його показано лише цього разу.
tokens-name = Назва (для чого токен)
tokens-create = Створити токен
tokens-created = Створено
tokens-last-used = Востаннє використано
tokens-never-used = ніколи
tokens-revoked = Відкликано
tokens-revoke = Відкликати
tokens-openapi = Опис API (OpenAPI)
nav-tokens = Токени API
error-api-json = Тіло запиту має бути JSON, як зазначено в описі API.

## Головні сторінки
home-title = Головна
home-welcome = Вітаємо, { $name }
home-no-role = Ваш обліковий запис ще не має ролі. Попросіть вашого координатора чи координаторку призначити її.
home-programmes = Ваші програми
home-no-programmes = Поки немає жодної програми.
home-new-programme = Створити програму
home-people-per-step = Люди на кожному кроці
home-people-total = { $count ->
    [0] Поки нікого
    [one] { $count } особа
    [few] { $count } особи
    [many] { $count } осіб
   *[other] { $count } особи
}
home-mentors-of-target = Наставники: { $count } з { $target }
home-mentees-of-target = Новоприбулі: { $count } з { $target }
home-open-programme = Відкрити програму
home-your-newcomers = Новоприбулі, яких ви супроводжуєте
home-no-newcomers = У вас ще немає пари з новоприбулою особою. Ваш координатор чи координаторка повідомить вас, коли буде запропоновано пару.
home-your-buddy = Ваш наставник / ваша наставниця
home-no-buddy = У вас ще немає наставника чи наставниці. Ваш координатор чи координаторка шукає його разом із вами.
home-next-sessions = Наступні зустрічі
home-no-sessions = Немає запланованих зустрічей.
home-next-session = Наступна зустріч: { $when }
home-your-goals = Ваші цілі
home-no-goals = Поки немає цілей. Ви оберете їх разом зі своїм наставником чи наставницею.
home-goal-progress = Виконано на { $progress } %
home-speaks = Мови: { $languages }
home-area = Район: { $area }
home-supervised = Наставники під вашою супервізією
home-no-supervised = Вам ще не призначено жодного наставника.
home-supervised-pairs = Пари ваших наставників
home-last-session = Остання зустріч: { $when }
home-no-session-yet = Ще не записано жодної зустрічі
home-active-pairs = { $count ->
    [0] жодної активної пари
    [one] { $count } активна пара
    [few] { $count } активні пари
    [many] { $count } активних пар
   *[other] { $count } активної пари
}
home-training = Наставники на навчанні
home-in-training = { $count ->
    [0] Ніхто не навчається
    [one] { $count } наставник на навчанні
    [few] { $count } наставники на навчанні
    [many] { $count } наставників на навчанні
   *[other] { $count } наставника на навчанні
}
home-organisations = Організації
home-accounts = { $count ->
    [0] Жодного облікового запису
    [one] { $count } обліковий запис
    [few] { $count } облікові записи
    [many] { $count } облікових записів
   *[other] { $count } облікового запису
}
home-figures = Цифри по всіх організаціях
home-figures-note = Лише кількість: без імен, без персональних даних.

session-mode-in_person = особисто
session-mode-online = онлайн
session-mode-phone = телефоном
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Програми
programme-title = Програма
programme-status = Стан
programme-status-draft = Чернетка
programme-status-recruiting = Триває набір
programme-status-running = Триває
programme-status-closed = Завершена
programme-dates = З { $start } до { $end }
programme-languages = Мови
programme-organisation = Організація
programme-participants = Люди в цій програмі
programme-no-participants = Ще ніхто не зареєструвався.
programme-kind = Роль
programme-name = Ім'я
programme-origin = Країна походження
programme-native = Перша мова
programme-area = Район
programme-step = Крок
programme-new-title = Нова програма
programme-field-name = Назва програми
programme-field-description = Опис
programme-field-name-in = Назва мовою { $language }
programme-field-description-in = Опис мовою { $language }
programme-field-languages = Мови спілкування (коди через кому: fr, ar, prs)
programme-field-starts = Перший день
programme-field-ends = Останній день
programme-field-target-mentors = Скільки наставників залучити
programme-field-target-mentees = Скільки новоприбулих супроводжувати
programme-field-organisation = Організація
programme-create = Створити програму
programme-created = Програму створено.

## Запрошення
invite-title = Запросити людину
invite-intro = Людина отримає посилання, дійсне 7 днів, щоб вибрати пароль. Одна людина може мати кілька ролей.
invite-email = Її адреса електронної пошти
invite-name = Її ім'я
invite-role = Роль
invite-organisation = Організація
invite-submit = Надіслати запрошення
invite-sent = Запрошення надсилається на адресу { $email }.
invite-link-once = Ви також можете самі передати це посилання (наприклад, через SMS). Воно показується лише один раз:
invite-mail-subject = Ваше запрошення до m4m
invite-mail-body = Вітаємо, { $name }!

    { $inviter } запрошує вас приєднатися до m4m у ролі: { $role }.
    Виберіть пароль за цим посиланням (дійсне 7 днів, можна використати лише один раз):

    { $link }
accept-title = Ласкаво просимо до m4m
accept-intro = Вас запрошено в ролі: { $role }. Щоб почати, виберіть пароль.
accept-organisation = Організація: { $organisation }
accept-password = Виберіть пароль (щонайменше 8 символів)
accept-password-again = Той самий пароль ще раз
accept-submit = Зберегти й продовжити
accept-gone = Термін дії цього посилання-запрошення минув, або його вже використано. Попросіть нове в людини, яка вас запросила.

## Адміністрування
admin-organisations-title = Організації
admin-organisation-name = Назва
admin-organisation-country = Країна (дві літери: FR, GR)
admin-organisation-languages = Мови (коди через кому)
admin-organisation-time-zone = Часовий пояс (наприклад Europe/Kyiv; порожньо: пояс країни)
admin-time-zone-save = Змінити
admin-organisation-programmes = Програми
admin-organisation-members = Облікові записи
admin-organisation-create = Додати організацію
admin-organisation-created = Організацію додано.
admin-users-title = Облікові записи
admin-user-name = Ім'я
admin-user-email = Електронна пошта
admin-user-roles = Ролі
admin-user-inactive = неактивний
admin-outbox-title = Надіслані повідомлення
admin-outbox-intro = Без поштового сервера повідомлення чекають тут. Налаштуйте SMTP, щоб їх надсилати.
admin-outbox-empty = Немає повідомлень.
admin-outbox-to = Кому
admin-outbox-subject = Тема
admin-outbox-date = Дата
nav-inventory = Реєстр даних
admin-inventory-title = Реєстр даних
admin-inventory-intro = Кожен стовпець бази даних: чи містить він персональні дані, якого виду, для якої обробки і як довго вони зберігаються. Для реєстру операцій обробки (стаття 30 GDPR) та оцінки впливу.
admin-inventory-summary = { $personal } з { $count } стовпців містять персональні дані.
admin-inventory-csv = Завантажити як таблицю (CSV)
admin-inventory-table = Таблиця
admin-inventory-column = Стовпець
admin-inventory-category = Вид даних
admin-inventory-purposes = Цілі
admin-inventory-retention = Зберігання
admin-inventory-legend = Що означають види та цілі
inventory-not-personal = Не персональні
inventory-category-identity = Особа
inventory-category-identity-help = Імена, рік народження, стать.
inventory-category-contact = Контакти
inventory-category-contact-help = Адреси електронної пошти, номери телефонів, де людина живе або зустрічається.
inventory-category-special = Особлива категорія
inventory-category-special-help = Чутливі дані: походження, рідні мови, міграційна ситуація, потреби, відповіді, що можуть стосуватися здоров’я чи релігії.
inventory-category-free_text = Довільний текст
inventory-category-free_text-help = Текст, введений людьми: нотатки, причини, підсумки. Він може містити будь-що — вважайте його чутливим.
inventory-category-profile = Профіль
inventory-category-profile-help = Мови, інтереси, доступність, ролі, вподобання.
inventory-category-activity = Діяльність
inventory-category-activity-help = Що і коли сталося: дати, статуси, бали, рішення.
inventory-category-pseudonymous = Псевдонімний ідентифікатор
inventory-category-pseudonymous-help = Номер або код, що вказує на людину, не називаючи її.
inventory-category-secret = Секрет
inventory-category-secret-help = Паролі, токени та другі фактори, де можливо — лише у вигляді хешу.
inventory-purpose-programme = Ведення програми
inventory-purpose-programme-help = Реєстрація, відбір, підбір пар, пари та їхні зустрічі.
inventory-purpose-training = Навчання
inventory-purpose-training-help = Навчання волонтерів і персоналу.
inventory-purpose-contact = Зв’язок
inventory-purpose-contact-help = Зв’язок із людьми: листи, дзвінки, нагадування.
inventory-purpose-evaluation = Оцінювання
inventory-purpose-evaluation-help = Вимірювання інтеграції та результатів програми.
inventory-purpose-security = Безпека
inventory-purpose-security-help = Вхід, контроль доступу, захист від зловживань.
inventory-purpose-accountability = Юридичний обов’язок і підзвітність
inventory-purpose-accountability-help = Доказ згоди та журнал аудиту: хто що зробив.
inventory-retention-record = Разом зі справою людини, доки її не стерто
inventory-retention-account = Разом з обліковим записом, доки його не стерто
inventory-retention-session = До виходу; щонайбільше 12 годин, 30 хвилин бездіяльності
inventory-retention-day = Видаляється через 24 години
inventory-retention-minutes = Видаляється після використання або через п’ять хвилин
inventory-retention-audit = Зберігається для підзвітності (лише додавання; лише ідентифікатори та коди)
inventory-retention-organisation = Доки організація зберігає власні записи
inventory-retention-outbox = У вихідних; без автоматичного видалення
installation-wide = уся інсталяція

figures-organisation = Організація
figures-country = Країна
figures-programmes = Програми
figures-mentors = Наставники
figures-mentees = Новоприбулі
figures-active-pairs = Активні пари

## Форми та помилки
form-fix-errors = Деякі поля потребують вашої уваги:
form-required-mark = обов'язково
error-required = Це поле обов'язкове.
error-too-long = Це занадто довго.
error-control-characters = Тут є символи, які не дозволені.
error-email-invalid = Введіть адресу електронної пошти, наприклад name@example.org.
error-email-taken = Цю адресу електронної пошти вже використовує інший обліковий запис.
error-password-short = Пароль має містити щонайменше 8 символів.
error-password-common = Цей пароль — серед найпоширеніших, які зловмисники пробують першими. Оберіть інший, наприклад кілька слів, які ви запам’ятаєте.
error-password-mismatch = Два паролі не збігаються.
error-country-invalid = Введіть двобуквений код країни, наприклад FR або GR.
error-language-code = Введіть коди мов із двох або трьох літер через кому (fr, ar, prs).
error-date-invalid = Введіть дату у форматі рік-місяць-день, наприклад 2026-09-01.
error-end-before-start = Останній день не може бути раніше за перший.
error-count-invalid = Введіть ціле число від 0 до 100 000.
error-choice-invalid = Виберіть один із запропонованих варіантів.

error-title = Щось пішло не так
error-400-title = Цей запит не можна використати
error-400-text = У запиті щось не так. Поверніться назад і перевірте, що ви ввели.
error-401-title = Будь ласка, увійдіть
error-401-text = Щоб побачити цю сторінку, потрібно увійти.
error-403-title = Не дозволено
error-403-text = Вам не дозволено бачити це або робити це. Якщо ви вважаєте, що маєте на це право, зверніться до вашого координатора чи координаторки.
error-404-title = Сторінку не знайдено
error-404-text = Такої сторінки не існує, або у вас немає до неї доступу.
error-405-title = Тут це неможливо
error-405-text = Цю адресу не можна використовувати таким чином.
error-410-title = Більше не доступно
error-413-title = Забагато даних
error-413-text = Те, що ви надіслали, завелике. Надсилайте менше за один раз.
error-429-title = Забагато спроб
error-500-title = Щось пішло не так з нашого боку
error-500-text = Проблему зафіксовано. Спробуйте ще раз трохи згодом; якщо це повторюється, повідомте вашого координатора чи координаторку.
error-csrf = Термін дії цієї форми минув. Поверніться назад, оновіть сторінку й надішліть її ще раз.
error-unknown-language = Ця мова недоступна: { $code }. Виберіть одну із запропонованих мов.
error-back-home = Повернутися на головну сторінку

## Крок 1 — зацікавлені сторони та інформування
nav-stakeholders = Зацікавлені сторони
nav-outreach = Інформування
stakeholders-title = Місцеві зацікавлені сторони
stakeholders-intro = Місцеві організації та служби, які працюють з новоприбулими й волонтерами: соціальні служби, громадські об'єднання, школи, роботодавці. Записуйте, кого ви поінформували і хто скеровує людей до програми.
stakeholders-empty = Ще не записано жодної зацікавленої сторони.
stakeholder-name = Назва
stakeholder-kind = Тип
stakeholder-contact = Контактна особа
stakeholder-email = Електронна пошта
stakeholder-phone = Телефон
stakeholder-languages = Мови (коди через кому)
stakeholder-area = Територія, яку охоплює
stakeholder-notes = Нотатки
stakeholder-add = Додати зацікавлену сторону
stakeholder-added = Зацікавлену сторону додано.
stakeholder-save = Зберегти зміни
stakeholder-saved = Зміни збережено.
stakeholder-edit = Змінити дані
stakeholder-referred = Скеровано: наставників — { $mentors }, новоприбулих — { $mentees }
stakeholder-referrals-by-month = Скерування за місяцями
stakeholder-month = Місяць
stakeholder-kind-social_service = Соціальна служба
stakeholder-kind-association = Громадське об'єднання
stakeholder-kind-local_administration = Місцева влада
stakeholder-kind-employer = Роботодавець
stakeholder-kind-school = Школа
stakeholder-kind-health_service = Медична служба
stakeholder-kind-volunteer_group = Волонтерська група
stakeholder-kind-migrant_community = Громада мігрантів
stakeholder-kind-other = Інше
outreach-title = Журнал інформування
outreach-intro = Проведені інформаційні зустрічі, роздані або надіслані матеріали, отримані скерування.
outreach-empty = Поки нічого не записано.
outreach-kind = Що
outreach-kind-information_session = Інформаційна зустріч
outreach-kind-material = Матеріали роздано або надіслано
outreach-kind-referral = Отримано скерування
outreach-date = Дата
outreach-stakeholder = Зацікавлена сторона
outreach-no-stakeholder = — немає —
outreach-place = Місце
outreach-audience = Аудиторія
outreach-reached = Скільки людей охоплено
outreach-materials = Матеріали та їхні мови (або посилання)
outreach-notes = Нотатки
outreach-add = Записати
outreach-added = Записано.

## Публічна сторінка програми
join-organisation = Організатор: { $organisation } ({ $country })
join-how-title = Як це працює
join-how-text = Новоприбула особа та наставник або наставниця-волонтер регулярно зустрічаються приблизно шість місяців — особисто чи онлайн. Разом вони крок за кроком рухаються до самостійності: орієнтуватися в місті, знаходити служби, практикувати мову, шукати роботу чи житло. Соціальні працівники та працівниці об'єднують їх у пари й залишаються поруч.
join-buddy-title = Хто може стати наставником
join-buddy-text = Будь-хто віком від 18 років, хто живе тут, може приділяти кілька годин на місяць протягом шести місяців і хоче ділитися тим, що знає. Багато наставників і наставниць самі приїхали до країни кілька років тому. Ви пройдете навчання й матимете підтримку.
join-newcomer-title = Чого може очікувати новоприбула особа
join-newcomer-text = Людину, яка вас вислухає, за можливості говоритиме вашою мовою і допоможе вам знайти власний шлях. Безкоштовно. Усе, що ви розповідаєте, залишається конфіденційним.
join-contact-title = Контакти
join-register-buddy = Я хочу стати наставником / наставницею
join-register-newcomer = Я нещодавно приїхав/приїхала і хочу мати наставника
join-closed = Ця програма зараз не приймає реєстрацій.

## Реєстрація
register-title-mentor = Стати наставником / наставницею
register-title-mentee = Знайти наставника
register-intro-mentor = Розкажіть про себе. Координатор чи координаторка зателефонує вам, щоб домовитися про співбесіду.
register-intro-mentee = Розкажіть про себе. Координатор чи координаторка зв'яжеться з вами.
register-staff-note = Ви реєструєте цю особу від її імені. Прочитайте їй повідомлення про згоду її мовою.
reg-about = Про вас
reg-first-name = Ім'я
reg-last-name = Прізвище
reg-phone = Телефон
reg-email = Електронна пошта
reg-contact-hint = Вкажіть принаймні номер телефону або адресу електронної пошти.
reg-languages = Мови
reg-native-language = Перша мова
reg-other-languages = Інші мови, якими ви володієте
reg-language = Мова
reg-level = Рівень
reg-choose = Виберіть…
level-basic = Кілька слів
level-conversational = Можу підтримати розмову
level-fluent = Вільно
level-native = Перша мова
reg-host-level = Ваш рівень мови цієї країни
reg-country = Країна походження
reg-arrival = Дата прибуття до цієї країни
reg-area = Район, місто або поштовий індекс
reg-availability = Коли ви вільні?
reg-availability-hint = Позначте час, який зазвичай вам підходить.
day-1 = Понеділок
day-2 = Вівторок
day-3 = Середа
day-4 = Четвер
day-5 = П'ятниця
day-6 = Субота
day-7 = Неділя
part-morning = Ранок
part-afternoon = День
part-evening = Вечір
reg-interests = Інтереси
interest-sport = Спорт
interest-cooking = Кулінарія
interest-music = Музика
interest-reading = Читання
interest-nature = Природа та прогулянки
interest-crafts = Рукоділля
interest-games = Ігри
interest-technology = Технології
interest-arts = Мистецтво
interest-family = Сім'я та діти
interest-faith = Віра
interest-volunteering = Волонтерство
reg-needs = З чим вам потрібна допомога?
reg-skills = З чим ви можете допомогти?
area-language = Мова
area-administration = Адміністративні справи
area-housing = Житло
area-employment = Робота та навчання
area-health = Здоров'я
area-education = Школа для дітей
area-transport = Пересування
area-money = Гроші та банк
area-digital = Телефон та інтернет
area-social = Знайомство з людьми
area-wellbeing = Добробут і самопочуття
reg-experience = Ваш досвід (волонтерство, робота, ваш власний приїзд)
reg-motivation = Чому ви хочете стати наставником / наставницею?
reg-gender = Стать
gender-woman = Жінка
gender-man = Чоловік
gender-other = Інше
gender-unsaid = Не хочу вказувати
reg-gender-preference = Бажана стать вашого наставника чи наставниці
gender-pref-none = Немає побажань
gender-pref-woman = Жінка
gender-pref-man = Чоловік
reg-birth-year = Рік народження
reg-heard-from = Як ви дізналися про програму?
heard-stakeholder = Від організації
heard-friend = Від друзів або родини
heard-social_media = У соціальних мережах
heard-poster = З плаката чи листівки
heard-event = На заході
heard-other = Інше
reg-referred-by = Яка організація?
reg-consent-title = Ваша згода
consent-notice = { $organisation } зберігає те, що ви тут пишете, щоб проводити програму: щоб знайти вам наставника (або новоприбулу особу), зв'язуватися з вами та супроводжувати вашу пару. Ці дані бачать лише працівники програми; людина, з якою ви в парі, бачить лише ваше ім'я, ваші мови та ваш район. Ви будь-коли можете попросити показати, виправити чи видалити ваші дані, а також відкликати будь-яку згоду нижче так само легко, як ви її дали.
consent-participation = Я погоджуюся брати участь у програмі та на використання моїх даних для неї (обов'язково).
consent-contact_sms = Ви можете зв'язуватися зі мною через SMS.
consent-contact_email = Ви можете зв'язуватися зі мною електронною поштою.
consent-contact_phone = Ви можете мені телефонувати.
consent-share_partners = Ви можете передавати мою анкету організаціям-партнерам програми.
consent-evaluation = Мої відповіді можна використовувати без мого імені для оцінювання програми.
reg-submit = Надіслати
reg-thanks-title = Дякуємо
reg-thanks-text = Вашу реєстрацію отримано. Координатор чи координаторка незабаром зв'яжеться з вами.
register-too-many = З цього з'єднання надіслано забагато реєстрацій. Спробуйте ще раз через годину.
error-phone-invalid = Введіть номер телефону з 6–15 цифр, наприклад +33 6 12 34 56 78.
error-contact-required = Вкажіть номер телефону або адресу електронної пошти.
error-date-future = Ця дата не може бути в майбутньому.
error-year-invalid = Введіть рік народження, наприклад 1990.
error-buddy-too-young = Наставникам і наставницям має бути щонайменше 18 років.
error-consent-required = Для реєстрації потрібна ваша згода на участь.
error-status-move = Таку зміну стану неможливо зробити з поточного стану.
error-reason-required = Вкажіть причину.
error-409-title = Тим часом змінено
error-conflict = Хтось змінив цю анкету в той самий час. Оновіть сторінку й спробуйте ще раз.
error-422-title = Уже зайнято
error-taken-email = Обліковий запис із цією адресою електронної пошти вже існує.
error-taken-questionnaire-version = Хтось зберіг нову версію цієї анкети, поки ви її редагували. Її показано нижче разом із вашим текстом: порівняйте їх і збережіть ще раз.

## Анкета особи
person-kind = Роль
person-status = Стан
person-step = Крок
person-contact = Контакти
person-languages = Мови
person-origin = Країна походження
person-arrival = Дата прибуття
person-area = Район
person-availability = Коли вільні
person-interests = Інтереси
person-needs = Потребує допомоги з
person-skills = Може допомогти з
person-experience = Досвід
person-motivation = Мотивація
person-gender = Стать
person-gender-preference = Бажана стать наставника
person-birth-year = Рік народження
person-heard-from = Як дізналися про програму
person-referred-by = Скеровано від
person-registration = Реєстрація
person-entered-by-staff = Реєстрація працівником програми { $date }, мова: { $language }
person-self-registered = Самостійна реєстрація { $date }, мова: { $language }
person-consents = Згоди
consent-given = Надано { $date }, версія повідомлення { $version }, мова: { $language }
consent-recorded-by = записав(-ла) { $name }
consent-withdrawn = відкликано { $date }
consent-not-given = Не надано
consent-state-given = Надано { $date }
consent-withdraw = Відкликати
consent-give = Надати згоду
consents-title = Ваші згоди
consents-title-of = Згоди: { $name }
consents-saved = Збережено. Діє відразу.
consents-intro = Тут ви обираєте, як програма може з вами зв’язуватися й використовувати ваші дані. Кожна зміна діє відразу, і ви будь-коли можете передумати.
consents-intro-staff = Змініть згоду на прохання людини (особисто, телефоном або письмово). Зміну записано з вашим ім’ям, і вона діє відразу.
consents-participation = Щоб припинити участь у програмі, скажіть про це координаторові: у вашій справі буде видно, що ви вибули.
consents-change-link = Змінити згоду на прохання людини
consents-mine-link = Ваші згоди
person-do-not-contact = Не контактувати
no-contact_sms = без SMS
no-contact_email = без e-mail
no-contact_phone = без дзвінків
person-screening = Розгляд заявки
person-move-to = Новий стан
person-reason = Причина (обов'язково для відмови або вибуття)
person-move-submit = Змінити стан
person-moved = Стан змінено.
person-no-moves = Подальші зміни неможливі.
person-history = Історія
history-line = { $date }: { $from } → { $to }
history-first = { $date }: { $to }
history-by = змінив(-ла) { $name }
status-applied = Подано заявку
status-interview = Співбесіда
status-references_checked = Рекомендації перевірено
status-accepted = Прийнято
status-declined = Відмовлено
status-training = На навчанні
status-registered = Зареєстровано
status-intake = Вступна співбесіда
status-self_assessed = Самооцінку пройдено
status-ready = Можна підбирати пару
status-active = У парі
status-alumni = Колишній учасник / учасниця
status-withdrawn = Вибув / вибула

## Інструменти програми для працівників
programme-field-contact = Контакт на публічній сторінці
programme-public-page = Публічна сторінка
programme-register-mentee = Зареєструвати новоприбулу особу
programme-register-mentor = Зареєструвати наставника
programme-duplicates = Можливі дублікати
programme-export = Експортувати список (CSV)
programme-export-xlsx = Експортувати список (Excel, .xlsx)
export-column-id = Номер
export-column-kind = Бадді чи новоприбулий
export-column-status = Статус
export-column-step = Крок
export-column-first-name = Ім'я
export-column-last-name = Прізвище
export-column-email = Ел. пошта
export-column-phone = Телефон
export-column-native-language = Рідна мова
export-column-languages = Мови
export-stakeholders-referred-buddies = Направлені бадді
export-stakeholders-referred-newcomers = Направлені новоприбулі
export-column-host-language-level = Рівень мови країни
export-column-country-of-origin = Країна походження
export-column-arrival-date = Дата прибуття
export-column-area = Район
export-column-availability = Доступність
export-column-interests = Інтереси
export-column-areas = Сфери допомоги
export-column-gender = Стать
export-column-gender-preference = Бажана стать у парі
export-column-birth-year = Рік народження
export-column-heard-from = Дізнався про нас через
export-column-registered-at = Зареєстровано
programme-export-codes = Коди стовпців для програм (CSV)
programme-import = Імпортувати список (CSV)
programme-status-column = Стан

## Дублікати
duplicates-title = Можливі дублікати
duplicates-intro = Ці анкети можуть належати одній і тій самій особі. Об'єднайте їх у першу або позначте як різних людей.
duplicates-none = Можливих дублікатів немає.
duplicates-reason-email = та сама електронна пошта
duplicates-reason-phone = той самий телефон
duplicates-reason-name = те саме ім'я та рік народження
duplicates-merge = Об'єднати в першу
duplicates-keep = Різні люди
duplicates-merged = Анкети об'єднано.
duplicates-kept = Позначено як різних людей.
duplicates-pager = Можливі дублікати { $first }–{ $last } з { $total }

## Імпорт CSV
import-title = Імпортувати список
import-intro = Завантажте файл CSV, збережений з електронної таблиці (UTF-8, розділювач — кома або крапка з комою, одна особа в рядку, першим — рядок заголовків). Ви виберете, що містить кожен стовпець, побачите перевірку кожного рядка, а потім імпортуєте все або нічого. Робоча книга Excel (.xlsx) читається як є: її перший аркуш, разом із датами й числами.
import-file = Файл CSV або Excel (.xlsx)
import-kind = Ці люди —
import-next = Далі
import-mapping-title = Що містить кожен стовпець?
import-column-none = — немає у файлі —
import-preview-title = Перевірте перед імпортом
import-row = Рядок
import-row-ok = готово
import-row-skip = вже зареєстровано: пропущено
import-row-errors = потрібно виправити
import-consent-confirm = Я підтверджую, що кожна з цих осіб погодилася брати участь у програмі (згоду отримано на папері або усно).
import-commit = { $count ->
    [one] Імпортувати { $count } особу
    [few] Імпортувати { $count } особи
    [many] Імпортувати { $count } осіб
   *[other] Імпортувати { $count } особи
}
import-done = { $count ->
    [0] Нікого не імпортовано
    [one] Імпортовано { $count } особу
    [few] Імпортовано { $count } особи
    [many] Імпортовано { $count } осіб
   *[other] Імпортовано { $count } особи
}, вже зареєстровано: { $skipped }.
import-empty = У файлі немає жодного рядка для імпорту.
import-bad-csv = Цей файл не вдається прочитати як CSV. Збережіть його з електронної таблиці у форматі «CSV UTF-8» і спробуйте ще раз.
import-has-errors = Деякі рядки у файлі потрібно виправити перед імпортом. Нічого не імпортовано.
import-consent-required = Підтвердьте, що ці люди погодилися брати участь.
error-number-range = Введіть ціле число від { $min } до { $max }.
error-scale-invalid = Виберіть одну з позначок на шкалі.

## Крок 3 — опитувальники та початкова самооцінка
nav-questionnaires = Опитувальники
q-kind-newcomer_self_assessment = Самооцінка новоприбулої особи
q-kind-buddy_self_assessment = Самооцінка наставника / наставниці
q-kind-buddy_interview = Співбесіда з наставником / наставницею
q-kind-newcomer_intake = Вступна співбесіда з новоприбулою особою
q-done-on = Заповнено { $date }
q-not-done = Ще не заповнено
q-fill = Заповнити
q-fill-with = Заповнити разом з особою
q-view = Переглянути відповіді
q-by-staff-note = Ви заповнюєте цей опитувальник разом з особою або за неї під час співбесіди. Це буде позначено.
q-send = Зберегти відповіді
q-saved = Відповіді збережено.
questionnaires-title = Опитувальники
questionnaires-intro = Опитувальники вашої організації. Кожна зміна створює нову версію; уже надані відповіді зберігають ту версію, на яку відповідали.
q-version = Версія { $version }
q-responses = { $count ->
    [0] ще немає відповідей
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
q-edit = Змінити
q-edit-intro = Нижче наведено поточну версію визначення у форматі JSON, описаному в docs/QUESTIONNAIRES.md. Після збереження буде створено нову версію.
q-definition-json = Визначення (JSON)
q-save-version = Зберегти як нову версію
q-new-version-saved = Версію { $version } збережено.
q-definition-invalid = Це визначення не можна використати: { $detail }
q-preview = Як це виглядає
assess-title = Ваша самооцінка
assess-intro = Кілька запитань, щоб побачити, де ви зараз. Правильних чи неправильних відповідей немає. Ваш наставник чи наставниця не бачить ваших відповідей.
assess-start = Почати
assess-continue = Продовжити
assess-question-of = Запитання { $n } з { $total }
assess-next = Далі
assess-back = Назад
assess-skip = Пропустити це запитання
assess-review-title = Перевірте свої відповіді
assess-not-answered = Без відповіді
assess-change = Змінити
assess-send = Надіслати мої відповіді
assess-missing = Деякі обов'язкові запитання ще не мають відповіді.
assess-done-title = Дякуємо
assess-done-text = Ваші відповіді збережено. Вони показують, з чого ви починаєте; наприкінці програми ви їх порівняєте.
baseline-title = Відправна точка
baseline-chart-title = Самостійність у кожній сфері на початку: від 1 (потрібно багато допомоги) до 5 (дає раду самостійно)
baseline-area = Сфера
baseline-score = Оцінка
baseline-of-five = { $score } / { $max }
baseline-none = Самооцінки ще немає.
home-self-assessment = Ваша самооцінка
home-start-assessment = Почати самооцінку
home-continue-assessment = Продовжити самооцінку
person-space = Особистий простір
person-has-account = Ця особа має обліковий запис: вона бачить свого наставника чи наставницю, зустрічі та опитувальники.
person-invite-intro = Запросіть цю особу входити з телефона: вона сама заповнить свою самооцінку й бачитиме свого наставника чи наставницю та зустрічі.
person-invite = Надіслати запрошення
person-edit-link = Виправити дані
person-edit-title = Виправити дані: { $name }
person-edit-intro = Виправте те, що було записано під час реєстрації. Згоди змінюються на окремій сторінці.
person-edit-save = Зберегти виправлення
person-edit-saved = Дані виправлено.
person-invite-needs-email = Для облікового запису потрібна адреса електронної пошти, а в цій анкеті її немає.
stakeholders-export = Експортувати довідник (CSV)
outreach-export = Експортувати журнал (CSV)

## Крок 5 — навчання
nav-training = Навчання
training-title = Навчання
training-intro = Навчальні курси вашої організації: курс для наставників і курс для фахівців та волонтерів. Наставник чи наставниця готові до підбору пари, щойно пройдено всі обов'язкові модулі.
training-empty = Поки немає жодного курсу.
course-title = Назва
course-audience = Для кого
audience-buddies = Наставники
audience-professionals = Фахівці та волонтери
course-description = Опис
course-create = Створити курс
course-modules = Модулі
course-learners = Учасники
course-counts = Модулів: { $modules } · Записано: { $enrolled } · Завершили: { $completed }
course-no-modules = Поки немає жодного модуля.
course-no-learners = Поки ніхто не записаний.
course-progress-xlsx = Завантажити поступ учасників навчання (Excel, .xlsx)
course-completed-on = Завершено { $date }
course-in-progress = Триває: пройдено { $done } з { $total ->
    [one] { $total } обов'язкового модуля
   *[other] { $total } обов'язкових модулів
}
module-add = Додати модуль
module-kind = Тип модуля
module-kind-capsule = Навчальна капсула (текст, файл або відео)
module-kind-quiz = Тест
module-kind-session = Очне заняття
module-title = Назва
module-body = Зміст або програма
module-link = Посилання на відео або файл (https://…)
module-minutes = Час навчання (хвилини)
module-mandatory = Обов'язковий для наставників
module-quiz = Запитання: один блок на кожне запитання, запитання в першому рядку, по одному варіанту відповіді в рядку, правильний починається з *
module-pass-mark = Прохідний бал (%)
module-date = Дата
module-time = Час (HH:MM)
module-place = Місце
module-capacity = Кількість місць
module-when = { $when }, { $place }
module-mandatory-mark = обов'язковий
module-hours = { $minutes } хв
module-record = Записати прогрес
module-record-intro = Позначте, хто пройшов модуль, був на занятті або склав тест.
module-record-save = Зберегти
module-recorded = Прогрес збережено.
module-too-many = Присутніх більше, ніж місць. Перевірте список.
progress-not_started = Не розпочато
progress-done = Пройдено
progress-passed = Складено ({ $score } %)
progress-failed = Ще не складено ({ $score } %)
progress-attended = Відвідав(-ла)
progress-absent = Відсутній(-я)
progress-score = Результат тесту (%)
enrol-title = Записати учасників
enrol-cohort = Група (наприклад, «Пілот Франція 2026»)
enrol-submit = Записати
enrol-none = Немає кого записати: наставники з'являються тут після того, як їх прийнято, облікові записи команди — коли мають роль в організації.
enrolled = { $count ->
    [0] Ніхто не записаний
    [one] Записано { $count } особу
    [few] Записано { $count } особи
    [many] Записано { $count } осіб
   *[other] Записано { $count } особи
}
learn-title = Ваше навчання
learn-empty = Ви ще не записані на жоден курс.
learn-open = Відкрити
learn-done-button = Я це пройшов(-ла)
learn-quiz-submit = Перевірити мої відповіді
learn-quiz-result = Ваш результат: { $score } %. Прохідний бал — { $pass } %.
learn-session = Заняття { $when }, місце: { $place }
certificate = Сертифікат
certificate-title = Сертифікат про навчання
certificate-text = Цим засвідчується, що { $name } { $date } завершив(-ла) курс «{ $course }» загальним обсягом { $hours } год навчання.
certificate-modules = Пройдені модулі
certificate-print = Надрукуйте цю сторінку або збережіть її як PDF у своєму браузері.
error-quiz-format = Напишіть кожне запитання в окремому рядку, а потім його варіанти відповіді, по одному в рядку, з яких рівно один починається з *; між запитаннями залиште порожній рядок.
error-link-invalid = Введіть посилання, що починається з https://
error-time-invalid = Введіть час, наприклад 14:30.
error-time-zone-invalid = Вкажіть часовий пояс, наприклад Europe/Kyiv.
error-training-not-done = Наставник чи наставниця можуть бути готові до підбору пари лише тоді, коли пройдено всі обов'язкові модулі навчання.
home-training-own = Ваше навчання
form-yes = Так
form-no = Ні

## Крок 4 — попередній підбір пар
match-title = Попередній підбір пар
match-intro = Пропозиція створює пари для якомога більшої кількості новоприбулих, а потім обирає найкращу загальну оцінку. Прочитайте кожне пояснення, закріпіть пари, щодо яких ви вже вирішили, виключіть ті, яких не має бути, і підтвердьте: доки ви цього не зробите, жодну пару не створено.
match-summary = Новоприбулі з парою: { $matched } з { $mentees }. Наставники, готові до підбору пари: { $mentors }.
match-none-ready = У цій програмі ще ніхто не готовий до підбору пари.
match-proposals = Запропоновані пари
match-score = Сумісність: { $score } %
match-criterion = Критерій
match-weight = Вага
match-subscore = Оцінка
match-why = Чому
match-confirm = Підтвердити цю пару
match-lock = Закріпити
match-unlock = Відкріпити
match-locked = закріплено
match-exclude = Виключити цю пару
match-exclude-reason = Причина виключення (конфлікт, родинні зв'язки, колишня пара…)
match-others = Наступні найкращі наставники
match-unmatched = Залишилися без наставника чи наставниці
match-blocked = Чому не підходить кожен із наставників
match-excluded-title = Виключені пари
match-clear = Знову дозволити
match-weights-title = Вага критеріїв (від 0 до 10)
match-weights-save = Зберегти й перерахувати
match-weights-unreadable = Не вдалося прочитати збережену вагу критеріїв цієї програми: нижче показано типову вагу, яку використано для цієї пропозиції.
match-weights-unreadable-fix = Зберегти нову вагу
match-manual-title = Створити пару вручну
match-manual-intro = Оберіть іншу пару, ніж запропонована, і вкажіть чому: причину буде записано.
match-manual-mentee = Новоприбула особа
match-manual-mentor = Наставник/наставниця
match-manual-reason-label = Причина
match-manual-submit = Створити пару
match-manual = Пару створено вручну
match-manual-reason = Вкажіть, чому ви створюєте цю пару всупереч пропозиції.
match-weight-invalid = Кожна вага — це число від 0 до 10, і принаймні одна має бути більшою за 0.
match-done-confirmed = Пару запропоновано обом людям.
match-done-marked = Збережено; пропозицію буде обчислено заново.
match-done-weights = Вагу критеріїв збережено; пропозицію буде обчислено заново.
criterion-needs = Потреби й навички
criterion-language = Спільні мови
criterion-host-language = Мова країни перебування
criterion-goals = Цілі
criterion-interests = Інтереси
criterion-expectations = Очікування
criterion-availability = Вільний час
criterion-place = Місце
criterion-age = Вік
criterion-gender = Стать
criterion-capacity = Вільні місця в наставника
match-gender-female = жінці
match-gender-male = чоловікові
match-gender-other = особі іншої статі
match-shared-native-language = Однакова перша мова: { $language }
match-common-language = Спільна мова: { $language } (рівень { $level })
match-no-common-language = Немає спільної мови на рівні { $level } або вище
match-communicates-beyond-host-language = Можуть спілкуватися не лише мовою { $language }
match-host-language-level = Рівень мови { $language }: { $level }
match-needs-met = Покриті потреби ({ $count } з { $needs }): { $met }
match-needs-unknown = Потреби невідомі
match-shared-goals = Спільні цілі: { $goals }
match-no-shared-goals = Немає спільних цілей
match-goals-unknown = Цілі невідомі
match-shared-interests = Спільні інтереси: { $interests }
match-no-shared-interests = Немає спільних інтересів
match-interests-unknown = Інтереси невідомі
match-shared-expectations = Однакові очікування: { $expectations }
match-no-shared-expectations = Різні очікування
match-expectations-unknown = Очікування невідомі
match-availability-overlap = Спільних проміжків часу на тиждень: { $slots }
match-availability-unknown = Вільний час невідомий
match-distance-km = Відстань: { $km } км
match-same-area = Той самий район: { $area }
match-different-area = Різні райони
match-place-unknown = Місце невідоме
match-age-gap = Різниця у віці (років): { $years }
match-age-unknown = Вік невідомий
match-same-gender = Однакова стать
match-different-gender = Різна стать
match-gender-unknown = Стать невідома
match-mentor-room = Вільні місця: { $free } з { $capacity }
match-gender-preference-mentee = Новоприбула особа віддає перевагу { $preference }
match-gender-preference-mentor = Наставник чи наставниця віддає перевагу { $preference }
match-excluded-by-coordinator = Виключено координатором чи координаторкою
match-mentor-at-capacity = У наставника чи наставниці більше немає вільних місць (місць: { $capacity })
match-mentor-not-eligible = Наставник чи наставниця ще не готові до підбору пари
match-no-possible-mentor = Для цієї новоприбулої особи немає жодного можливого наставника.
match-mentors-taken = { $count ->
    [one] { $count } можливий наставник уже в парі з іншими новоприбулими.
    [few] { $count } можливі наставники вже в парі з іншими новоприбулими.
    [many] { $count } можливих наставників уже в парі з іншими новоприбулими.
   *[other] Можливих наставників: { $count }; усі вже в парі з іншими новоприбулими.
}

## Крок 6 — створення пар і перша зустріч
pair-mail-subject = Вам пропонують пару
pair-mail-body = Вітаємо, { $name }!

    Програма пропонує вам зустріч. Ваша можлива пара: { $other }. Подивіться, хто це, і дайте відповідь тут:

    { $link }
pair-proposal-title-mentor = Вам пропонують новоприбулу особу
pair-proposal-title-mentee = Вам пропонують наставника чи наставницю
pair-proposal-intro = Чи хочете ви зустрітися з цією людиною? Якщо ні, скажіть чому: координатор чи координаторка шукатиме когось іншого.
pair-accept = Так, погоджуюся
pair-decline = Ні, дякую
pair-decline-reason = Чому ні? (потрібно, щоб відмовитися)
pair-answer-accepted = Ви погодилися. Координатор чи координаторка організує вашу першу зустріч.
pair-answer-declined = Ви відмовилися від цієї пропозиції.
pair-answer-waiting = очікує відповіді
pair-status-proposed = Запропоновано, очікуємо відповідей
pair-status-accepted = Обидві сторони погодилися; попереду перша зустріч і угода
pair-status-declined = Відхилено
pair-status-active = Активна
pair-step-meeting = Перша зустріч
pair-step-agreement = Угода про наставництво
pair-step-signatures = Угоду прийняли обидві сторони
pair-meeting-at = { $when }, { $place }
pair-meeting-save = Зберегти дату
pair-meeting-held = Перша зустріч відбулася
pair-meeting-invalid = Введіть дату (рік-місяць-день) і час, наприклад 14:30.
pair-not-ready = Цього ще не можна зробити: спершу обидві сторони мають прийняти пропозицію (і має бути призначено дату першої зустрічі).
pair-saved = Збережено.
pair-agreement-title = Угода про наставництво
pair-goals = Цілі
pair-goals-text = Цілі вашими словами
pair-rhythm = Частота зустрічей
rhythm-weekly = Щотижня
rhythm-fortnightly = Раз на два тижні
rhythm-monthly = Щомісяця
pair-months-label = Очікувана тривалість (у місяцях)
pair-months = { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}
pair-boundaries = Межі (чого наставник чи наставниця не робить)
pair-confidentiality = Обом сторонам пояснили конфіденційність: усе сказане залишається між ними та працівниками програми, крім випадків, коли потрібно захистити когось від шкоди.
pair-confidentiality-short = Конфіденційність
pair-confidentiality-text = Усе сказане залишається між учасниками пари та працівниками програми, крім випадків, коли потрібно захистити когось від шкоди.
pair-agreement-save = Зберегти угоду
pair-paper-signed = Обидві сторони підписали на папері
pair-agreement-accept = Я приймаю цю угоду
pair-agreement-signed = Ви прийняли цю угоду.
pair-agreement-none = Угоду ще не складено.
home-pending = На вас чекає
home-pending-proposal = Пропозиція, на яку треба відповісти
home-pending-agreement = Угода, яку треба прочитати й прийняти
error-agreement-goals = Виберіть принаймні одну ціль або напишіть свою.
error-months-invalid = Введіть кількість місяців від 1 до 24.
error-confidentiality-required = Підтвердіть, що конфіденційність пояснили обом сторонам.
match-in-setup = Пари, що формуються
pair-checklist-accepted = погодився(-лася)
pair-checklist-declined = відмовився(-лася)

## Крок 7 — зустрічі «рівний — рівному»
nav-calendar = Календар
pair-title-with = Ви і { $name }
pair-title-staff = { $buddy } і { $newcomer }
pair-log-session = Записати зустріч
pair-plan-session = Запланувати зустріч
pair-all-sessions = Усі зустрічі
pair-planned-sessions = Заплановані зустрічі
pair-held-sessions = Зустрічі, що відбулися
pair-no-held-sessions = Поки не записано жодної зустрічі.
pair-calendar-link = Додайте свої зустрічі до календаря на телефоні
session-log-title = Записати зустріч
session-plan-title = Запланувати зустріч
session-log-intro = Зустріч, яка вже відбулася. Ваша пара: { $name }. Це займе кілька секунд.
session-plan-intro = Ваша наступна зустріч. Ваша пара: { $name }. Зустріч з'явиться у вашому календарі.
session-date = Дата
session-time = Час ({ $zone })
session-duration = Тривалість у хвилинах
session-mode = Як ви зустрілися?
session-mode-label-in_person = Особисто
session-mode-label-online = Онлайн
session-mode-label-phone = Телефоном
session-place = Місце (необов'язково)
session-topics = Про що була зустріч?
session-summary = Що ви робили? Достатньо одного речення.
session-summary-planned = Що ви плануєте робити? (необов'язково)
session-rating = Як усе пройшло?
session-rating-1 = 1 · погано
session-rating-2 = 2
session-rating-3 = 3 · нормально
session-rating-4 = 4
session-rating-5 = 5 · дуже добре
session-log-submit = Зберегти зустріч
session-plan-submit = Запланувати зустріч
session-cancel = Скасувати
session-saved = Зустріч збережено.
session-removed = Зустріч видалено.
session-change-title = Змінити зустріч
session-change-intro = Зустріч із { $name }: виправте те, що потрібно.
session-change-submit = Зберегти зміни
session-call-off = Скасувати цю зустріч
session-remove = Видалити цю зустріч
session-change = Змінити або видалити
session-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
    [many] { $count } хвилин
   *[other] { $count } хвилини
}
session-rating-of = Як пройшло: { $rating } з 5
session-logged-by-you = Записано вами
session-logged-by = Записав(-ла) { $name }
session-logged-by-staff = Записано командою програми
session-confirmed = Підтверджено
session-confirmed-by-you = Підтверджено вами
session-confirmed-by = Підтвердив(-ла) { $name }
session-confirm = Підтвердити цю зустріч
error-session-future = Зустріч, що вже відбулася, не може бути в майбутньому. Щоб запланувати зустріч, скористайтеся кнопкою «Запланувати зустріч».
error-session-past = Запланована зустріч не може бути в минулому. Щоб записати зустріч, яка вже відбулася, скористайтеся кнопкою «Записати зустріч».
error-session-too-far = Виберіть дату в межах одного року від сьогодні.
error-duration-invalid = Введіть тривалість від 5 до 600 хвилин.
error-topics-required = Позначте принаймні одну тему.
error-rating-required = Оцініть, як усе пройшло, від 1 до 5.
error-rating-invalid = Виберіть число від 1 до 5.
error-rating-planned = Заплановану зустріч ще не можна оцінити.
calendar-title = Ваш календар
calendar-intro = Ваші заплановані зустрічі — у застосунку календаря на вашому телефоні чи комп'ютері.
calendar-download = Завантажити календар (.ics)
calendar-feed = Приватне посилання на календар
calendar-feed-intro = Підпишіться на це посилання у своєму застосунку календаря: ваші заплановані зустрічі з'являться там і будуть завжди актуальними. Кожен, хто має це посилання, бачить їх, тож нікому його не передавайте; якщо ви ним поділилися, оновіть його.
calendar-feed-new = Ваше нове приватне посилання. Скопіюйте його у свій застосунок календаря:
calendar-feed-once = Задля вашої приватності воно показується лише зараз. Якщо ви його втратите, оновіть його.
calendar-feed-since = Приватне посилання активне з { $when }.
calendar-feed-none = У вас немає приватного посилання.
calendar-feed-create = Створити приватне посилання
calendar-feed-renew = Оновити посилання (старе перестане працювати)
calendar-feed-revoke = Скасувати посилання
calendar-name = Зустрічі пари
calendar-event-summary = Зустріч пари: { $name }
reminder-subject = Час зустрітися? Ваша пара: { $other }
reminder-body = Вітаємо, { $name }!

    Ваша пара: { $other }. Уже { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } не записано жодної зустрічі. Якщо ви зустрічалися, запишіть зустріч; якщо ні, заплануйте наступну:

    { $link }

    Якщо щось не так, зверніться до вашого координатора чи координаторки.
session-log-planned = Вона відбулася: записати
programme-pairs = Пари
enrol-buddies = Наставники
enrol-staff = Фахівці та волонтери з обліковим записом
course-cohorts = Групи
cohort-enrolled = Записані
cohort-completed = Завершили
cohort-modules = Пройдені обов'язкові модулі
cohort-progress = { $done } з { $total }
module-files = Файли
module-files-none = Ще немає файлів.
module-file-upload = Додати файл
module-file-hint = PDF, зображення PNG чи JPEG або звичайний текст; не більше { $size } МБ. Учасники завантажують його.
module-file-submit = Завантажити
module-texts = Переклади
module-texts-intro = Назва й текст іншими мовами. Учасники читають своєю мовою або мовою курсу, якщо перекладу немає.
module-text-language = Мова
module-text-save = Зберегти переклад
file-size-kb = { $size } КБ
file-size-mb = { $size } МБ
file-missing = Виберіть файл для завантаження.
file-unreadable = Не вдалося прочитати файл. Спробуйте ще раз.
file-too-large = Файл завеликий: не більше { $size } МБ.
file-type-refused = Такий тип файлу не приймається. Надішліть PDF, зображення PNG чи JPEG або звичайний текст.
learn-files = Файли для завантаження
cohort-name = Група
module-file-delete = Вилучити

## Доступ і перенесення: експорт даних людини, журнал доступу
export-link = Експортувати всі її дані
export-mine-link = Завантажити всі мої дані
export-json-link = Завантажити файлом (JSON)
export-title-of = Дані, що зберігаються про { $name }
export-title-mine = Усі мої дані
export-generated = Складено { $date }. Надрукуйте цю сторінку, щоб зберегти її на папері.
export-staff-note = Цей документ показано мовою { $language } — мовою людини, щоб ви могли передати його їй.
export-account = Обліковий запис
export-name = Ім'я
export-email = Ел. пошта
export-language = Мова
export-roles = Ролі
export-programme = Програма
export-profile = Профіль і реєстрація
export-answers = Відповіді на анкети
export-training = Навчання
export-enrolled-on = Записано { $date }
export-completed-on = Завершено { $date }
export-pairs = Пари та зустрічі
export-pair-with = З { $name } ({ $role })
export-started-on = Почато
export-agreement-written = Написано, ще не прийнято
export-decline-reason = Причина відмови
access-link = Хто переглядав цю картку
erase-link = Стерти дані цієї особи
erase-title = Стерти дані { $name }
erase-warning = Стирання не можна скасувати. Спершу експортуйте дані, якщо особа хоче копію.
erase-what-goes = Що буде стерто
erase-what-stays = Що залишиться
erase-item-record = Запис { $name }: ім'я, контакти, мови, походження, рік народження, доступність, те, що написано під час реєстрації
erase-item-consents = { $count ->
    [one] { $count } згода
    [few] { $count } згоди
   *[other] { $count } згод
}
erase-item-reasons = { $count ->
    [one] причина { $count } зміни статусу
   *[other] причини { $count } змін статусу
}
erase-item-answers = { $count ->
    [one] відповіді на { $count } анкету
   *[other] відповіді на { $count } анкет
}
erase-item-goals = { $count ->
    [one] назва { $count } цілі
   *[other] назви { $count } цілей
}
erase-item-pairs = { $count ->
    [one] нотатки, причини, місце зустрічі та угода { $count } пари
   *[other] нотатки, причини, місця зустрічей та угоди { $count } пар
}
erase-item-sessions = { $count ->
    [one] підсумок і місце { $count } зустрічі
   *[other] підсумки й місця { $count } зустрічей
}
erase-item-marks = { $count ->
    [one] причина { $count } рішення щодо підбору
   *[other] причини { $count } рішень щодо підбору
}
erase-item-invitations = { $count ->
    [one] { $count } запрошення
   *[other] { $count } запрошень
}
erase-item-messages = { $count ->
    [one] { $count } повідомлення до особи або з її ім'ям
   *[other] { $count } повідомлень до особи або з її ім'ям
}
erase-item-account = її обліковий запис { $email } з паролем, сесіями та двоетапним входом
erase-item-account-kept = Обліковий запис залишається, без зв'язку з цим записом: він має іншу роль або інший запис.
erase-kept = Залишається запис без імені, щоб підрахунки не змінилися: бадді чи новоприбула особа, програма, етап, статус і дати. Інший учасник пари зберігає власну історію, без імені цієї особи. Журнал аудиту зберігає свої рядки, що містять лише номери та коди.
erase-confirm = Я перевірив(ла), що ця особа попросила стерти дані або що їх більше не потрібно зберігати
erase-submit = Стерти зараз
erase-cancel = Скасувати й повернутися до запису
erase-confirm-needed = Позначте поле, щоб підтвердити стирання.
erase-done-title = Дані стерто
erase-done = Дані особи стерто. Запис більше не відкривається.
erase-back = Назад до програми
nav-retention = Зберігання
retention-title = Як довго зберігаються записи
retention-intro = Коли особа залишила програму (випускник, відхилена або вибула) і не має відкритої пари, її дані стираються через кілька місяців після останньої активності. m4m робить це щодня; ця сторінка показує, що настане протягом наступних 30 днів, щоб ви могли це переглянути.
retention-period-default = Закриті записи стираються через { $months } міс. після останньої активності (типово).
retention-period = Закриті записи стираються через { $months } міс. після останньої активності.
retention-months = Місяців зберігати закриті записи
retention-save = Зберегти
retention-saved = Строк зберігання збережено.
retention-due-title = Настає протягом наступних 30 днів
retention-none-due = Протягом наступних 30 днів нічого не настає.
retention-col-name = Особа
retention-col-why = Чому
retention-col-when = Буде стерто
retention-why = { $status }, остання активність { $date }
error-retention-months = Вкажіть ціле число місяців від 1 до 120.
access-title = Хто переглядав дані
access-title-of = Хто переглядав картку { $name }
access-intro = Кожен раз, коли хтось читав, змінював або експортував цю картку, спершу найновіші.
access-empty = Ще ніхто не переглядав цю картку.
access-back = Назад до картки
access-when = Коли
access-who = Хто
access-what = Що
access-system = сам m4m
audit-other = Інша дія ({ $code })
audit-participant-read = Прочитав(ла) картку
audit-participant-answers_read = Прочитав(ла) відповіді на анкету
audit-participant-access_log = Прочитав(ла), хто переглядав картку
audit-participant-export = Експортував(ла) дані
audit-participant-register = Реєстрація
audit-participant-status = Змінив(ла) статус
audit-participant-keep_apart = Відокремив(ла) від можливого дубліката
audit-participant-merge = Об'єднав(ла) дублікат із карткою
audit-programme-export = Експортував(ла) список програми разом із цією карткою
audit-programme-export_xlsx = Експортував(ла) список програми разом із цією карткою (Excel, .xlsx)
audit-response-complete = Заповнив(ла) анкету
audit-matching-mark = Позначив(ла) можливу пару
audit-course-enrol = Запис на курс
audit-module-progress = Записав(ла) поступ у навчанні
audit-pair-read = Прочитав(ла) пару
audit-pair-propose = Запропонував(ла) пару
audit-pair-accepted = Прийняв(ла) пару
audit-pair-declined = Відхилив(ла) пару
audit-pair-start = Розпочав(ла) пару
audit-pair-first_meeting = Призначив(ла) першу зустріч
audit-pair-first_meeting_held = Записав(ла) першу зустріч
audit-pair-agreement = Написав(ла) угоду
audit-pair-agreement_signed = Прийняв(ла) угоду
audit-pair-reminder = Надіслав(ла) нагадування
audit-peer_session-planned = Запланував(ла) зустріч
audit-peer_session-held = Записав(ла) зустріч
audit-peer_session-confirm = Підтвердив(ла) зустріч
audit-user-create = Створив(ла) обліковий запис
audit-user-activate = Знову активував(ла) обліковий запис
audit-user-deactivate = Деактивував(ла) обліковий запис
audit-user-export = Експортував(ла) дані облікового запису
audit-invitation-accept = Прийняв(ла) запрошення
audit-login = Вхід
audit-login-failed = Невдалий вхід
audit-login-throttled = Вхід заблоковано після надто багатьох невдач
audit-logout = Вихід
audit-calendar_feed-open = Відкрив(ла) стрічку календаря
audit-calendar_feed-revoke = Відкликав(ла) стрічку календаря
audit-access-denied = Отримав(ла) відмову в доступі

# Concerns (step 8)
concern-severity = Наскільки це серйозно?
concern-severity-low = Не дуже: варто знати
concern-severity-medium = Помірно: потрібна розмова
concern-severity-high = Серйозно: незабаром потрібні дії
concern-severity-urgent = Терміново: під загрозою чиясь безпека
concern-status-open = Відкрите
concern-status-acknowledged = Взято до уваги
concern-status-action_taken = Вжито заходів
concern-status-closed = Закрите
concern-error-move = Виберіть один із запропонованих наступних кроків.
concern-error-severity = Виберіть, наскільки це серйозно.
concern-new-title = Повідомити про занепокоєння
concern-about-my-pair = ваша пара з { $name }
concern-about-me = ви самі
concern-intro-about = Про кого йдеться: { $about }.
concern-intro-who = Ваше звернення прочитають лише координатори й координаторки вашої організації. Тут ви можете стежити, що з ним відбувається.
concern-intro-other = { $name } про це не дізнається.
concern-intro-urgent = Якщо комусь просто зараз загрожує небезпека, спершу зателефонуйте на номер екстреної допомоги (112).
concern-summary = Кількома словами
concern-text = Що сталося (необов'язково)
concern-send = Надіслати координаторам і координаторкам
concern-title = Звернення
concern-sent = Ваше звернення надіслано координаторам і координаторкам.
concern-moved = Звернення оновлено.
concern-open-subject = Відкрити
concern-history = Що вже зроблено
concern-no-moves = Ще не прочитано координатором чи координаторкою.
concern-next = Наступний крок
concern-move-legend = Новий стан
concern-move-note = Примітка (що зроблено, для журналу)
concern-move-submit = Зберегти
concern-move-to-acknowledged = Взято до уваги: ми його прочитали
concern-move-to-action_taken = Вжито заходів
concern-move-to-closed = Закрите
concern-move-line = { $date }: { $status } ({ $name })
concern-raised-by = Подано { $date }, подав(ла) { $name }
concern-raised-on = Подано { $date }
concern-mail-subject = Термінове звернення в m4m
concern-mail-body = У вашій організації подано термінове звернення. Прочитайте його і якнайшвидше підтвердьте, що взяли його до уваги: { $link }
concerns-title = Звернення · { $programme }
concerns-intro = Усі звернення в цій програмі: спершу відкриті, найтерміновіші — вгорі.
concerns-none = У цій програмі ще не було жодного звернення.
concerns-link = Звернення
home-concerns = Звернення, за якими треба стежити
home-concerns-more = Тут показано { $count } найнагальніших; усі повідомлення є в журналі інцидентів їхньої програми:
home-raise-concern = Вас щось турбує? Скажіть про це вашому координатору чи координаторці
home-your-concerns = Ваші звернення
pair-raise-concern = Повідомити про занепокоєння щодо цієї пари
person-raise-concern = Повідомити про занепокоєння щодо цієї людини
audit-concern-raise = Повідомив(ла) про занепокоєння
audit-concern-move = Оновив(ла) стан звернення
audit-concern-read = Прочитав(ла) звернення

# Supervision (step 8)
supervision-title = Супервізія
supervision-new-title = Записати супервізію
supervision-intro = Зустріч з одним наставником чи наставницею або з групою: про що ви говорили, ваші нотатки і що кожен і кожна робитиме далі. Наставники бачать, що супервізія відбулася, і доручені їм дії, але ніколи не бачать ваших нотаток.
supervision-no-buddies = Вам ще не призначено жодного наставника для супервізії: попросіть про це координатора чи координаторку або запишіть супервізію з анкети наставника.
supervision-format = Формат
supervision-format-one_to_one = Індивідуальна
supervision-format-group = Групова
supervision-held-on = Дата
supervision-buddies = Присутні наставники
supervision-topics = Теми
supervision-topic-boundaries = Межі ролі
supervision-topic-wellbeing = Самопочуття самого наставника
supervision-topic-cultural = Культурні відмінності
supervision-topic-practical = Практичні й адміністративні питання
supervision-topic-difficult_situation = Складна ситуація
supervision-topic-motivation = Мотивація і час
supervision-topic-safeguarding = Захист і безпека людей
supervision-topics-text = Інші теми
supervision-notes = Нотатки
supervision-notes-hint = Їх читають лише супервізори наставників і координатори.
supervision-actions = Подальші дії
supervision-action-text = Дія
supervision-action-owner = Хто
supervision-action-due = До
supervision-owner-me = Я
supervision-save = Зберегти супервізію
supervision-saved = Супервізію збережено.
supervision-when = { $date } · { $format }
supervision-recorded-by = Записав(ла) { $name }
supervision-due = до { $date }
supervision-done-on = виконано { $date }
supervision-your-actions = Ваші дії
supervision-no-actions = Жодних дій.
supervision-mark-done = Виконано
supervision-add-action = Додати дію
supervision-error-format = Виберіть індивідуальну чи групову.
supervision-error-future = Дата не може бути в майбутньому.
supervision-error-buddy = Виберіть серед наставників зі списку.
supervision-error-no-buddy = Позначте принаймні одного наставника.
supervision-error-one = В індивідуальній супервізії бере участь рівно один наставник.
supervision-error-topic = Виберіть серед тем зі списку.
supervision-error-owner = Дію можна доручити присутньому наставникові або собі.
home-open-actions = { $count ->
    [0] жодної відкритої дії
    [one] { $count } відкрита дія
    [few] { $count } відкриті дії
    [many] { $count } відкритих дій
   *[other] { $count } відкритої дії
}
home-supervision-line = { $date } · { $format } · { $count ->
    [one] { $count } наставник
    [few] { $count } наставники
    [many] { $count } наставників
   *[other] { $count } наставника
}
home-last-supervision = Остання супервізія
home-no-supervision-yet = ще жодної
home-recorded-supervisions = Супервізії, які ви записали
home-my-supervision = Супервізія
audit-supervision-record = Записав(ла) супервізію
audit-supervision-action = Додав(ла) дію за супервізією
audit-supervision-action_done = Позначив(ла) дію за супервізією як виконану
audit-supervision-read = Прочитав(ла) супервізію

# Needs you today (step 9)
attention-title = Потребує вас сьогодні
attention-intro = Кожна пара під ризиком, із причинами, і все, що на когось чекає: кожен рядок веде до того, що треба зробити.
attention-none = Сьогодні ніщо не потребує вашої уваги.
attention-at-risk = Пари під ризиком
attention-waiting = Чекає на когось
attention-see-all = Переглянути весь список
risk-urgent-concern = Є відкрите термінове звернення
risk-open-concern = { $count ->
    [one] { $count } відкрите звернення
    [few] { $count } відкриті звернення
    [many] { $count } відкритих звернень
   *[other] { $count } відкритого звернення
}
risk-no-session = Днів без зустрічі: { $days }
risk-first-meeting-overdue = Першу зустріч заплановано на { $date }, але не записано
risk-agreement-ends = Угода закінчується { $date }
waiting-answer = Пропозиція ще без відповіді
waiting-signature = Угоду ще не прийняли обидві сторони
waiting-confirmation = { $count ->
    [one] { $count } зустріч понад тиждень чекає на підтвердження
    [few] { $count } зустрічі понад тиждень чекають на підтвердження
    [many] { $count } зустрічей понад тиждень чекають на підтвердження
   *[other] { $count } зустрічі понад тиждень чекають на підтвердження
}

# Goals of the pair (step 9)
goals-title = Цілі пари
goals-intro = Цілі, про які ви домовилися. Скажіть, де кожна з них зараз, порівняно з тим, чого ви очікували: кожну відповідь зберігаємо, щоб ви бачили пройдений шлях.
goals-none = Цілей ще немає: вони з'являться з угоди, коли пара почне роботу.
goals-history = Як було
goals-when = Дата
goals-score = Де зараз
goals-by = Хто
goals-comment = Коментар (необов'язково)
goals-where = Де ця ціль зараз?
goals-save = Зберегти
goals-saved = Збережено. Дякуємо.
goal-error-score = Виберіть точку на шкалі, від −2 до +2.
gas-much-less = значно менше, ніж очікувалося
gas-less = менше, ніж очікувалося
gas-expected = як очікувалося
gas-more = більше, ніж очікувалося
gas-much-more = значно більше, ніж очікувалося
audit-goal-progress = Записав(ла), де зараз ціль
home-goal-not-rated = ще не оцінено
home-goal-record = Сказати, де вона зараз

# Check-ins (step 9)
checkin-title = Як усе йде?
checkin-intro = Кілька запитань про ваші зустрічі з { $name }. Це займе хвилину; ваші відповіді читає лише команда програми.
checkin-satisfaction = Наскільки ви задоволені своїми зустрічами?
checkin-satisfaction-1 = 1 · зовсім ні
checkin-satisfaction-2 = 2 · не дуже
checkin-satisfaction-3 = 3 · так собі
checkin-satisfaction-4 = 4 · задоволений(а)
checkin-satisfaction-5 = 5 · дуже задоволений(а)
checkin-satisfaction-short = Задоволеність
checkin-met = Як часто ви зустрічалися останнім часом?
checkin-met-short = Зустрічі
checkin-met-weekly = Щотижня
checkin-met-fortnightly = Раз на два тижні
checkin-met-monthly = Раз на місяць
checkin-met-less = Рідше
checkin-met-never = Жодного разу
checkin-helped = Що допомогло? (необов'язково)
checkin-difficult = Що складно? (необов'язково)
checkin-send = Надіслати
checkin-thanks = Дякуємо: команда отримала ваші відповіді.
checkin-nothing-due = Зараз немає запланованого короткого опитування. Ми запитаємо знову згодом.
checkin-error-satisfaction = Виберіть від 1 до 5.
checkin-error-met = Виберіть, як часто ви зустрічалися.
home-pending-checkin = Як справи у вашій парі з { $name }? (одна хвилина)
pair-checkins = Короткі опитування
risk-low-satisfaction = Задоволеність: { $score } з 5
risk-missed-checkin = Коротке опитування, заплановане на { $date }, без відповіді
audit-checkin-answer = Відповів(ла) на коротке опитування
baseline-done-on = Самооцінку пройдено { $date }.

# Staff contacts (step 9)
contacts-title = Контакти команди
contacts-intro = Ваші дзвінки, візити й повідомлення цій парі: двічі за перший місяць, далі раз на місяць.
contacts-kind = Як
contacts-note = Примітка (необов'язково)
contacts-save = Записати контакт
contact-kind-call = Дзвінок
contact-kind-visit = Візит
contact-kind-message = Повідомлення
contact-error-kind = Виберіть дзвінок, візит або повідомлення.
waiting-contact = Настав час для контакту від команди
audit-pair-contact = Записав(ла) контакт із парою
checkin-mail-subject = Як справи у вашій парі з { $other }?
checkin-mail-body = Вітаємо, { $name }! Кілька запитань про ваші зустрічі з { $other }: одна хвилина, просто з телефона. Ваші відповіді читає лише команда програми. { $link }
attention-pager-risk = Пари під ризиком: { $first }–{ $last } з { $total }
attention-pager-wait = Очікують: { $first }–{ $last } з { $total }
pager-previous = Попередні
pager-next = Наступні
moment-initial = На початку
moment-midterm = На півдорозі
moment-final = Наприкінці
baseline-change-title = Що змінилося від початку
baseline-change = Зміна
baseline-moments-chart-title = Самостійність у кожній сфері за кожним самооцінюванням: від 1 (потрібно багато допомоги) до 5 (дає раду самостійно)
home-midterm-due = Ви на півдорозі: час знову подивитися, де ви зараз, з тими самими запитаннями, що й на початку.
home-start-midterm = Ваша проміжна самооцінка

# Added since the last pass
person-erased = стерта особа
notes-title = Конфіденційні нотатки
notes-intro = Стан здоров'я або правове становище, про які мають знати координатори. Ці нотатки бачать лише координатори цієї організації: їх не показують наставникам, супервізорам, тренерам і в жодному списку, але вони входять до експорту даних самої особи.
notes-label = Нотатки (не більше 4000 символів)
notes-save = Зберегти нотатки
notes-saved = Конфіденційні нотатки збережено.
follow-up-title = Супервізія та кількість
follow-up-intro = Хто супервізує цього бадді і скількох новоприбулих він супроводжує одночасно. Попередній підбір пропонує його, доки в нього менше пар у процесі.
follow-up-supervisor = Супервізор
follow-up-nobody = Поки нікого
follow-up-capacity = Новоприбулих одночасно
follow-up-save = Зберегти
follow-up-saved = Супервізора і кількість для бадді збережено.
error-supervisor-choice = Виберіть супервізора зі списку.
error-capacity-range = Вкажіть ціле число від 1 до 5.
error-capacity-below-pairs = У цього бадді вже більше пар у процесі: залиште більше число або спершу закрийте пару.
error-follow-up-changed = Пари цього бадді або команда тим часом змінилися: перевірте і збережіть знову.
erase-item-notes = Конфіденційні нотатки (здоров'я, правове становище)
pair-first-meeting = Ваша перша зустріч
pair-open = Відкрити сторінку вашої пари
pair-meeting-not-yet = Перша зустріч ще не відбулася: запишіть її, коли настане її дата.
pair-already-answered = На цю пропозицію вже відповіли.
pair-not-started = Зустрічі можна записувати, коли пара почне роботу.
home-pending-first-meeting = Перша зустріч: { $meeting }
calendar-first-meeting-summary = Перша зустріч: { $name }
programme-at-step = { $n } · { $name }
programme-all-people = Усі учасники програми

## Closing a pair (step 10)
pair-status-completed = Завершено
pair-status-ended_early = Завершено достроково
pair-not-open = Цю пару вже закрито.
close-title = Закрити пару
close-intro = Закриття пари { $buddy } і { $newcomer }: скажіть, чому вона завершується і що далі для кожного.
close-planned-end = Угода діє до { $date }.
close-effect-sessions = { $count ->
    [0] Немає запланованих зустрічей для скасування.
    [one] Заплановану зустріч скасовано.
   *[other] Заплановані зустрічі ({ $count }) скасовано.
}
close-effect-checkins = Опитування та нагадування припиняються; обом пропонують підсумкову анкету.
close-reason = Чому пара завершується?
close-reason-planned_end = Узгоджений період закінчився
close-reason-goals_reached = Цілей досягнуто достроково
close-reason-moved_away = Новоприбула особа переїхала
close-reason-lost_contact = Зв'язок втрачено
close-reason-conflict = Конфлікт між ними
close-reason-safeguarding = Захист і безпека
close-reason-other = Інша причина
close-on = Закрито
close-meeting = Підсумкова зустріч (необов'язково)
close-meeting-hint = День останньої зустрічі з обома, якщо вона була.
close-note = Примітка для команди
close-rematch = Чи може { $name } знову увійти до пари?
close-save = Закрити пару
close-done = Пару закрито.
close-error-future = Цей день ще не настав.
close-error-before-start = Це до початку пари.
close-error-note-other = Вкажіть іншу причину.
error-choose-yes-no = Виберіть так або ні.
error-close-pairs-first = Спершу закрийте пару цієї особи: закриття пояснює, чому вона завершилася.
pair-closed-on = Закрито { $date }: { $reason }
pair-closing-meeting-on = Підсумкова зустріч { $date }
audit-pair-close = Закрив(-ла) пару
audit-pair-exit_answer = Відповів(-ла) на підсумкову анкету
exit-title = Підсумкова анкета
exit-intro-buddy = Ваш час як бадді для { $name } завершився. Чотири запитання, одна хвилина: ваші відповіді читає лише команда програми.
exit-intro-newcomer = Ваш час із { $name } як бадді завершився. Чотири запитання, одна хвилина: ваші відповіді читає лише команда програми.
exit-satisfaction = Загалом, наскільки ви задоволені?
exit-recommend = Чи порадили б ви мати бадді комусь на вашому місці?
exit-recommend-short = Порадив(-ла) б
exit-changed = Де для вас щось змінилося?
exit-changed-short = Що змінилося
exit-comment = Щось іще, що ви хочете нам сказати (необов'язково)
exit-send = Надіслати
exit-thanks = Дякуємо: ваші відповіді збережено.
exit-final-assessment = Останній крок: ваша підсумкова самооцінка
home-pending-exit = Ваш час із { $name } завершився: підсумкова анкета (одна хвилина)
home-final-due = Вашу пару завершено: ще раз дайте відповіді на ті самі запитання, що й на початку, щоб побачити, як далеко ви просунулися.
home-start-final = Ваша підсумкова самооцінка
become-buddy-title = Стати бадді
become-buddy-home = Ви знаєте, якими бувають перші місяці. Ваш супровід завершився: тепер ви можете супроводжувати когось, хто щойно прибув.
become-buddy-intro = Ваші дані вже заповнено з часу вашого супроводу: перевірте їх, скажіть, як можете допомогти, і знову дайте згоду — це нова роль.
assess-done-midterm = Ваші відповіді збережено. Ось вони поруч із початковими; наприкінці ви відповісте ще раз.
assess-done-final = Ваші відповіді збережено. Ось який шлях ви пройшли від початку, сфера за сферою.
person-pairs = Пари
programme-edit-title = Змінити програму
programme-edit-intro = Дати, стан і цілі, а також супровід пар: коли пара під загрозою, коли настають опитування і проміжна самооцінка.
programme-save = Зберегти
programme-saved = Програму збережено.
programme-field-risk-no-session = Пара під загрозою після стількох днів без зустрічі
programme-field-risk-ending = Позначати пару за стільки днів до кінця угоди
programme-field-checkin-first = Перше опитування, днів після початку пари
programme-field-checkin-every = Далі опитування кожні … днів
programme-field-midterm-weeks = Проміжна самооцінка, тижнів після початку пари
error-days-invalid = Введіть ціле число днів від 1 до 365 (тижнів: від 1 до 104).
error-503-title = Сервер зайнятий
error-busy = Зараз чекає забагато запитів. Зачекайте кілька секунд і спробуйте знову: нічого не збережено й не втрачено.
access-refused-someone = Хтось без доступу
admin-volunteers-title = Облікові записи бадді та новоприбулих
admin-volunteers-intro = Скільки в кожній організації: їхні імена — для команди їхньої організації.
import-too-many-columns = Цей файл має понад { $columns } стовпців: залиште лише стовпці про людей і спробуйте знову.
import-too-many-rows = У цьому файлі понад { $rows } осіб: імпортуйте його кількома частинами.

# A buddy's competences, scored by their self-assessment (step 8)
competence-listening = Слухати, не засуджуючи
competence-intercultural = Спілкування між культурами
competence-boundaries = Дотримання меж ролі
competence-local_services = Знання місцевих служб
competence-encouraging_autonomy = Заохочення самостійності
competence-reliability = Надійність упродовж місяців
baseline-competence = Навичка
baseline-competences-chart-title = Упевненість у кожній навичці на початку, від 1 (ще не впевнено) до 5 (дуже впевнено)
baseline-competences-moments-chart-title = Упевненість у кожній навичці під час кожної самооцінки, від 1 (ще не впевнено) до 5 (дуже впевнено)
buddy-assessment-title = Самооцінки: { $name }
buddy-assessment-intro = Наскільки впевнено наставник почувається в кожній навичці на початку, посередині та наприкінці, за власними відповідями від 1 до 5.
buddy-assessment-competences = Навички наставника
home-buddy-self-assessments = Самооцінки
# Held peer sessions per week, on a coordinator's home
weekly-sessions-title = Зустрічі на тиждень
weekly-sessions-chart-title = Проведені зустрічі на тиждень, останні { $weeks } тижнів
weekly-sessions-week-of = Тиждень від { $date }
weekly-sessions-total = { $count ->
    [one] { $count } зустріч
    [few] { $count } зустрічі
   *[other] { $count } зустрічей
} за ці тижні, разом { $hours } год
weekly-sessions-week = Тиждень від
weekly-sessions-count = Проведені зустрічі
weekly-sessions-hours = Години

# Крок 10: загальна оцінка.
evaluation-title = Оцінка програм
evaluation-link = Оцінка: цифри для донорів (сторінка, CSV, друк)
evaluation-intro = Чого досягла система Buddy — з фактів пар і відповідей їхніх учасників. Враховуються лише люди, чия згода на оцінку чинна; тут немає жодного імені й жодної особової справи.
evaluation-suppression-note = Цифра щодо менш ніж 5 людей або пар ніколи не показується: замість неї написано «менше 5».
evaluation-suppressed = менше 5
evaluation-scope = Цифри для
evaluation-scope-all = Усі організації
evaluation-scope-mine = Усе, що я можу бачити
evaluation-from = Пари, що почалися з
evaluation-to = Пари, що почалися до
evaluation-cohort = Набір (рік)
evaluation-cohort-hint = Рік, коли пара почалася, наприклад 2025.
evaluation-gender = Стать новоприбулої особи
evaluation-age = Вік новоприбулої особи на початку пари
evaluation-region = Регіон походження новоприбулої особи
evaluation-any = Усі
evaluation-show = Показати цифри
evaluation-csv = Завантажити як таблицю (CSV)
evaluation-xlsx = Завантажити як робочу книгу (Excel, .xlsx)
evaluation-age-under_25 = До 25
evaluation-age-25_34 = 25–34
evaluation-age-35_49 = 35–49
evaluation-age-50_plus = 50 і більше
evaluation-region-mena = Близький Схід і Північна Африка
evaluation-region-sub_saharan_africa = Африка на південь від Сахари
evaluation-region-central_south_asia = Центральна й Південна Азія
evaluation-region-europe = Європа
evaluation-region-americas = Америка
evaluation-region-other = Деінде або невідомо
evaluation-pairs-title = Пари
evaluation-pairs-formed = Утворені пари
evaluation-pairs-active = Ще тривають
evaluation-pairs-completed = Завершені
evaluation-pairs-ended-early = Припинені достроково
evaluation-reasons-title = Пари, припинені достроково, за причиною
evaluation-reason = Причина
evaluation-pairs = Пари
evaluation-figure = Показник
evaluation-value = Значення
evaluation-n-pairs = З (пар)
evaluation-n-people = З (людей)
evaluation-outcomes-title = Утримання, зустрічі й цілі
evaluation-outcomes-note = Утримання: завершені пари серед закритих. Досягнення цілей: середнє останньої оцінки кожної цілі, від −2 (набагато менше, ніж очікувалося) до +2 (набагато більше).
evaluation-retention = Утримання
evaluation-sessions-held = Проведені зустрічі
evaluation-sessions-hours = Години разом
evaluation-goal-attainment = Досягнення цілей (від −2 до +2)
evaluation-areas-title = Зміна за сферами інтеграції
evaluation-areas-note = Новоприбулі, які заповнили першу й останню самооцінку; бали від 1 до 5. Інтервал — 95 % довірчий інтервал середньої зміни; розмір ефекту — d_z Коена.
evaluation-areas-chart = Середня зміна за сферою з 95 % довірчим інтервалом
evaluation-areas-none = Ще ніхто не має і першої, і останньої самооцінки.
evaluation-baseline-mean = На початку
evaluation-final-mean = Наприкінці
evaluation-mean-change = Зміна
evaluation-ci95 = 95 % інтервал
evaluation-effect-size = Розмір ефекту
evaluation-interval = від { $low } до { $high }
evaluation-satisfaction-title = Задоволеність
evaluation-satisfaction-chart = Середня задоволеність від 1 до 5 — з проміжних опитувань і з підсумкової анкети
evaluation-newcomers = Новоприбулі
evaluation-buddies = Бадді
evaluation-from-checkins = Проміжні опитування
evaluation-from-exit = Підсумкова анкета
evaluation-recommend = Порадили б бадді
evaluation-percent = { $value } %

# First run: how the first administrator is made
login-first-run = Жодного облікового запису ще немає. Створіть першого адміністратора на сервері командою: m4m user create --email you@example.org --name "Ваше ім’я" (вона запитає пароль), а потім увійдіть тут.
# Відновлення облікового запису: забутий пароль, зміна пароля, деактивовані облікові записи
login-forgot-link = Забули пароль?
login-deactivated = Цей обліковий запис деактивовано. Попросіть координатора активувати його знову.
forgot-title = Забули пароль
forgot-intro = Введіть адресу електронної пошти свого облікового запису. Якщо її використовує обліковий запис, ми надішлемо посилання, щоб вибрати новий пароль; посилання працює один раз, протягом години.
forgot-submit = Надіслати посилання
forgot-sent = Якщо цю адресу використовує обліковий запис, посилання для вибору нового пароля вже в дорозі. Перевірте вхідні (і папку спаму); посилання працює протягом години.
forgot-throttled = Забагато запитів на новий пароль. Спробуйте знову за годину або зверніться до координатора.
forgot-mail-subject = Виберіть новий пароль для m4m
forgot-mail-body = Вітаємо, { $name }!

    Хтось, імовірно ви, попросив новий пароль для вашого облікового запису m4m.
    Виберіть його за цим посиланням (дійсне годину, одноразове):

    { $link }

    Якщо ви нічого не просили, ігноруйте цей лист: ваш пароль залишиться таким самим.
reset-title = Виберіть новий пароль
reset-intro = Коли новий пароль буде збережено, ваші інші сеанси завершаться.
reset-password = Новий пароль (щонайменше 8 символів)
reset-password-again = Той самий пароль ще раз
reset-submit = Зберегти новий пароль
reset-gone = Термін дії цього посилання минув або його вже використано. Попросіть нове через «Забули пароль?» на сторінці входу.
reset-done = Ваш новий пароль збережено. Увійдіть з ним.
nav-password = Пароль
password-title = Змінити пароль
password-current = Поточний пароль
password-current-wrong = Це не ваш поточний пароль.
password-submit = Змінити пароль
password-changed = Ваш пароль змінено. Ваші інші сеанси завершено.
admin-user-access = Доступ
admin-user-deactivate = Деактивувати
admin-user-activate = Активувати знову
admin-user-deactivated = Обліковий запис деактивовано: його сеанси завершено, а API-токени відкликано. Його дані залишаються.
admin-user-activated = Обліковий запис знову активний: власник входить зі своїм паролем. API-токени потрібно створити знову.
admin-user-not-self = Ви не можете деактивувати власний обліковий запис.

# Надсилання з вихідних: спроби, повтори, покинуті повідомлення
admin-outbox-sent = Надіслано { $when }.
admin-outbox-waiting = Очікує надсилання.
admin-outbox-retrying = Спроба { $attempts } не вдалася: { $error }. Наступна спроба { $when }.
admin-outbox-given-up = Покинуто після { $attempts } спроб(и): { $error }
# A programme's people and pairs, searched, filtered and a page at a time
programme-people-pager = Люди { $first }–{ $last } з { $total }
programme-pairs-pager = Пари { $first }–{ $last } з { $total }
programme-people-total = { $count ->
    [one] { $count } особа
    [few] { $count } особи
   *[other] { $count } осіб
}
programme-filter-everyone = Бадді та новоприбулі
programme-filter-any-status = Будь-який статус
programme-filter-any-step = Будь-який крок
programme-filter-any-language = Будь-яка мова
programme-filter-language = Розмовляє
programme-sort = Порядок
programme-sort-step = За кроком
programme-sort-name = За ім’ям
programme-sort-newest = Спершу найновіші
programme-search = Пошук
programme-search-hint = Ім’я, e-mail або телефон
programme-search-button = Показати
programme-people-none = Ніхто не відповідає цьому пошуку.

# The API's pages of people
error-api-limit = limit має бути цілим числом від 1 до 1000.
error-api-cursor = cursor має бути next_cursor попередньої сторінки.
error-api-text = Надішліть це поле як текст (рядок JSON), як зазначено в описі API.
# Forms: what the invitee, a buddy and the import are told; a session to confirm
accept-name = Ваше ім'я
assess-intro-buddy = Кілька запитань, щоб побачити, де ви зараз. Правильних чи неправильних відповідей немає. Новоприбула людина, яку ви супроводжуєте, не бачить ваших відповідей.
error-language-choice = Виберіть мову.
import-host-level = Рівень мови цієї країни
import-other-languages = Інші мови
home-pending-session = Підтвердьте зустріч із { $name } { $date }

# Імпорт таблиць: кодування, дати, формули
import-cell-problem = Стовпець «{ $column }»: { $message }
import-cell-formula = ця клітинка містить формулу (починається з =, @, + або -). Введіть натомість її значення.
import-cell-bom = ця клітинка містить невидиму позначку порядку байтів: кілька файлів об’єднано в один. Видаліть її або збережіть файл знову.
import-date-ambiguous = цю дату можна прочитати двома способами. Запишіть її як рік-місяць-день (2026-04-03).
import-workbook = Це стара робоча книга Excel (.xls). Відкрийте її, збережіть як .xlsx або CSV і спробуйте ще раз.
import-workbook-unreadable = Цей файл неможливо прочитати як робочу книгу Excel (.xlsx): можливо, він пошкоджений, захищений паролем або іншого типу (наприклад, .ods з LibreOffice). Відкрийте його, збережіть як .xlsx або CSV і спробуйте ще раз.
import-workbook-too-large = Ця робоча книга завелика після розпакування. Залиште лише аркуш з людьми або імпортуйте її кількома частинами.
import-not-text = Цей файл не є таблицею, збереженою як текст: у ньому є байти, яких не читає жодне запропоноване кодування. Збережіть його як CSV і спробуйте ще раз.
import-encoding = Кодування файлу
import-encoding-hint = Визначено за файлом. Якщо літери в іменах нижче виглядають неправильно, виберіть інше кодування й продовжте.
import-encoding-failed = Файл не можна прочитати у вибраному кодуванні: його залишено таким, як було прочитано раніше.

## Пари програми, з пошуком і сторінками
pairs-title = Пари програми { $programme }
pairs-back = Назад до програми
pairs-link = Усі пари: пошук, завершені пари
pairs-search-hint = Ім'я, e-mail або телефон новоприбулої особи чи наставника
pairs-filter-any-status = Будь-який стан
pairs-filter-open = Тривають (не завершені й не відхилені)
pairs-filter-closed = Завершені
pairs-sort-oldest = Спершу найдавніші
pairs-sort-newest = Спершу найновіші
pairs-sort-newcomer = За ім'ям новоприбулої особи
pairs-total = { $count ->
    [0] Жодної пари
    [one] { $count } пара
    [few] { $count } пари
   *[other] { $count } пар
}
pairs-pager = Пари { $first }–{ $last } з { $total }
pairs-all = Усі пари
pairs-none = Поки що пар немає.
pairs-none-found = Жодна пара не відповідає цьому пошуку.
pairs-column-pair = Новоприбулі ↔ наставник
pairs-column-status = Стан
pairs-column-since = Від
pairs-column-sessions = Зустрічі
pairs-sessions = { $count ->
    [0] Поки жодної
    [one] { $count }
   *[other] { $count }
}
pairs-sessions-last = { $count ->
    [one] { $count }, { $date }
   *[other] { $count }, остання { $date }
}

## Зустрічі програми, за період
sessions-title = Зустрічі програми { $programme }
sessions-link = Зустрічі: за період, з їхніми годинами
sessions-any-status = Заплановані й проведені
sessions-planned = Запланована
sessions-held = Проведена
sessions-held-confirmed = Проведена, підтверджена
sessions-how = { $minutes }, { $mode }
sessions-total = { $count ->
    [0] Жодної зустрічі
    [one] { $count } зустріч
    [few] { $count } зустрічі
   *[other] { $count } зустрічей
}, { $hours ->
    [one] { $hours } година
    [few] { $hours } години
   *[other] { $hours } годин
} загалом
sessions-pager = Зустрічі { $first }–{ $last } з { $total }
sessions-from = Від
sessions-to = До (включно)
sessions-recent = Останні 30 днів і заплановане
sessions-none = Жодна зустріч не відповідає цьому періоду.
sessions-column-when = Коли
sessions-column-how = Як

## Список облікових записів команди, для адміністрування
admin-users-search-hint = Ім'я або e-mail
admin-users-any-role = Будь-яка роль
admin-users-any-state = Активні й деактивовані
admin-users-active = Активний
admin-users-inactive = Деактивований
admin-users-total = { $count ->
    [0] Жодного облікового запису команди
    [one] { $count } обліковий запис команди
    [few] { $count } облікові записи команди
   *[other] { $count } облікових записів команди
}
admin-users-pager = Облікові записи { $first }–{ $last } з { $total }
admin-users-all = Усі облікові записи команди
admin-users-none = Жоден обліковий запис не відповідає цьому пошуку.

## Pairs and sessions as spreadsheets
pairs-export = Завантажити ці пари (таблиця, CSV)
pairs-export-xlsx = Завантажити ці пари (Excel, .xlsx)
sessions-export = Завантажити ці зустрічі (таблиця, CSV)
sessions-export-xlsx = Завантажити ці зустрічі (Excel, .xlsx)
export-pairs-column-pair = Пара
export-pairs-column-newcomer = Новоприбула особа
export-pairs-column-buddy = Наставник
export-pairs-column-status = Стан
export-pairs-column-proposed = Запропоновано
export-pairs-column-started = Розпочато
export-pairs-column-closed = Завершено
export-pairs-column-sessions = Проведені зустрічі
export-pairs-column-hours = Години
export-pairs-column-last-session = Остання зустріч
export-sessions-column-session = Зустріч
export-sessions-column-date = Дата
export-sessions-column-time = Час
export-sessions-column-pair = Пара
export-sessions-column-newcomer = Новоприбула особа
export-sessions-column-buddy = Наставник
export-sessions-column-minutes = Хвилини
export-sessions-column-hours = Години
export-sessions-column-mode = Як
export-sessions-column-status = Стан
export-sessions-column-confirmed = Підтверджено
export-progress-column-course = Курс
export-progress-column-learner = Учасник навчання
export-progress-column-cohort = Група
export-progress-column-enrolled = Дата запису
export-progress-column-done = Виконано обов’язкових модулів
export-progress-column-total = Обов’язкових модулів
export-progress-column-completed = Дата завершення
export-figures-column-figure = Показник
export-figures-column-key = Стосується
export-figures-column-n = З
export-figures-column-value = Значення
export-figures-column-suppressed = Приховано (мала група)

## The directory of stakeholders, searched and paged
stakeholders-search-hint = Назва, контакт, e-mail або телефон
stakeholders-any-kind = Будь-який тип
stakeholders-total = { $count ->
    [0] Жодної зацікавленої сторони
    [one] { $count } зацікавлена сторона
    [few] { $count } зацікавлені сторони
   *[other] { $count } зацікавлених сторін
}
stakeholders-pager = Зацікавлені сторони { $first }–{ $last } з { $total }
stakeholders-all = Усі зацікавлені сторони
stakeholders-none-found = Жодна зацікавлена сторона не відповідає цьому пошуку.
