# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — українська. Еталоном є англійський файл en.ftl: кожен його ключ
# має бути в кожному повному перекладі.

## Рамка кожної сторінки
app-name = m4m
app-tagline = Buddy System: новоприбулі та наставники-волонтери, пліч-о-пліч
skip-to-content = Перейти до змісту
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
