//! The questionnaires m4m ships, the first version of each in a new
//! programme: the newcomer's and the buddy's self-assessments (step 3), the
//! buddy's screening interview and the newcomer's intake interview (step 2,
//! answered by staff). Coordinators adapt them by storing new versions.
//!
//! Every text is in the ten interface languages. English, French and Arabic
//! are written with care and in plain words (the newcomer's questions are
//! meant to be read aloud too); the other seven are good first translations
//! for native speakers to review.

use super::{Choice, Definition, Kind, Question, QuestionKind, Section, Text};
use crate::area::Area;
use crate::language::LANGUAGES;

/// A text in the ten interface languages, in the order of
/// [`LANGUAGES`]: en, fr, ar, de, el, it, pt, ro, fa, uk.
fn t(texts: [&str; 10]) -> Text {
    Text(LANGUAGES.iter().zip(texts).map(|(l, s)| (l.code.to_owned(), s.to_owned())).collect())
}

fn section(key: &str, title: Text, questions: Vec<Question>) -> Section {
    Section { key: key.to_owned(), title, questions }
}

fn question(key: &str, required: bool, text: Text, kind: QuestionKind) -> Question {
    Question { key: key.to_owned(), text, help: None, required, area: None, kind }
}

fn with_help(q: Question, help: Text) -> Question {
    Question { help: Some(help), ..q }
}

fn choice(key: &str, text: Text) -> Choice {
    Choice { key: key.to_owned(), text }
}

fn yes_unsure_no() -> Vec<Choice> {
    vec![
        choice("yes", t(["Yes", "Oui", "نعم", "Ja", "Ναι", "Sì", "Sim", "Da", "بله", "Так"])),
        choice(
            "unsure",
            t([
                "Not sure",
                "Pas sûr",
                "غير متأكد",
                "Unsicher",
                "Δεν είναι σίγουρο",
                "Non è sicuro",
                "Não tem a certeza",
                "Nu este sigur",
                "مطمئن نیست",
                "Не впевнено",
            ]),
        ),
        choice("no", t(["No", "Non", "لا", "Nein", "Όχι", "No", "Não", "Nu", "نه", "Ні"])),
    ]
}

/// The name of an area in the ten languages, for options that list the
/// areas (the same words as the web side's `area-*` messages).
pub fn area_name(area: Area) -> Text {
    match area {
        Area::Language => {
            t(["Language", "La langue", "اللغة", "Sprache", "Γλώσσα", "Lingua", "Língua", "Limba", "زبان", "Мова"])
        }
        Area::Administration => t([
            "Paperwork and offices",
            "Papiers et démarches",
            "الأوراق والمعاملات الإدارية",
            "Ämter und Papiere",
            "Χαρτιά και υπηρεσίες",
            "Documenti e uffici",
            "Papéis e serviços públicos",
            "Acte și instituții",
            "کارهای اداری و مدارک",
            "Документи та установи",
        ]),
        Area::Housing => {
            t(["Housing", "Le logement", "السكن", "Wohnen", "Στέγη", "Casa", "Habitação", "Locuința", "مسکن", "Житло"])
        }
        Area::Employment => t([
            "Work and training",
            "Travail et formation",
            "العمل والتدريب",
            "Arbeit und Ausbildung",
            "Εργασία και κατάρτιση",
            "Lavoro e formazione",
            "Trabalho e formação",
            "Muncă și formare",
            "کار و آموزش حرفه‌ای",
            "Робота й навчання",
        ]),
        Area::Health => t([
            "Health",
            "La santé",
            "الصحة",
            "Gesundheit",
            "Υγεία",
            "Salute",
            "Saúde",
            "Sănătatea",
            "سلامت",
            "Здоров’я",
        ]),
        Area::Education => t([
            "Children's school",
            "L'école des enfants",
            "مدرسة الأطفال",
            "Schule der Kinder",
            "Το σχολείο των παιδιών",
            "La scuola dei figli",
            "A escola dos filhos",
            "Școala copiilor",
            "مدرسهٔ بچه‌ها",
            "Школа для дітей",
        ]),
        Area::Transport => t([
            "Getting around",
            "Se déplacer",
            "التنقّل والمواصلات",
            "Unterwegs sein",
            "Μετακινήσεις",
            "Spostarsi",
            "Deslocar-se",
            "Transportul",
            "رفت‌وآمد",
            "Транспорт",
        ]),
        Area::Money => t([
            "Money and bank",
            "Argent et banque",
            "المال والبنك",
            "Geld und Bank",
            "Χρήματα και τράπεζα",
            "Soldi e banca",
            "Dinheiro e banco",
            "Bani și bancă",
            "پول و بانک",
            "Гроші та банк",
        ]),
        Area::Digital => t([
            "Phone and internet",
            "Téléphone et internet",
            "الهاتف والإنترنت",
            "Handy und Internet",
            "Κινητό και ίντερνετ",
            "Telefono e internet",
            "Telemóvel e internet",
            "Telefon și internet",
            "تلفن و اینترنت",
            "Телефон та інтернет",
        ]),
        Area::Social => t([
            "Meeting people",
            "Rencontrer des gens",
            "التعرّف على الناس",
            "Leute kennenlernen",
            "Γνωριμίες",
            "Conoscere persone",
            "Conhecer pessoas",
            "Cunoștințe noi",
            "آشنایی با مردم",
            "Знайомства з людьми",
        ]),
        Area::Wellbeing => t([
            "Feeling well",
            "Se sentir bien",
            "الراحة النفسية",
            "Sich wohlfühlen",
            "Ευεξία",
            "Stare bene",
            "Sentir-se bem",
            "Starea de bine",
            "حال خوب",
            "Добре самопочуття",
        ]),
    }
}

/// One option per area, keyed by the area's stable name.
fn area_options() -> Vec<Choice> {
    Area::ALL.into_iter().map(|a| choice(a.as_str(), area_name(a))).collect()
}

fn several_answers() -> Text {
    t([
        "You can choose more than one.",
        "Vous pouvez choisir plusieurs réponses.",
        "يمكنك اختيار أكثر من جواب.",
        "Sie können mehrere Antworten wählen.",
        "Μπορείτε να διαλέξετε περισσότερες από μία απαντήσεις.",
        "Può scegliere più risposte.",
        "Pode escolher várias respostas.",
        "Puteți alege mai multe răspunsuri.",
        "می‌توانید چند جواب را انتخاب کنید.",
        "Можна вибрати кілька відповідей.",
    ])
}

/// The question "How well do you manage on your own with …?" for each area,
/// in plain words a social worker can read aloud.
fn autonomy_question(area: Area) -> Text {
    match area {
        Area::Language => t([
            "How well do you manage on your own with the language of this country: speaking, understanding, reading?",
            "Est-ce que vous vous débrouillez sans aide avec la langue de ce pays : parler, comprendre, lire ?",
            "إلى أيّ حدّ يمكنك التعامل بنفسك مع لغة هذا البلد: التكلّم والفهم والقراءة؟",
            "Wie gut kommen Sie allein mit der Sprache dieses Landes zurecht: sprechen, verstehen, lesen?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας με τη γλώσσα αυτής της χώρας: να μιλάτε, να καταλαβαίνετε, να διαβάζετε;",
            "Quanto se la cava senza aiuto con la lingua di questo Paese: parlare, capire, leggere?",
            "Até que ponto consegue lidar sem ajuda com a língua deste país: falar, compreender, ler?",
            "Cât de bine vă descurcați fără ajutor cu limba acestei țări: să vorbiți, să înțelegeți, să citiți?",
            "تا چه اندازه می‌توانید بدون کمک از پس زبان این کشور بربیایید: حرف زدن، فهمیدن، خواندن؟",
            "Наскільки добре ви самі даєте собі раду з мовою цієї країни: говорити, розуміти, читати?",
        ]),
        Area::Administration => t([
            "How well do you manage on your own with papers and offices: letters, forms, appointments?",
            "Est-ce que vous vous débrouillez sans aide avec les papiers et les administrations : courriers, formulaires, rendez-vous ?",
            "إلى أيّ حدّ يمكنك التعامل بنفسك مع الأوراق والإدارات: الرسائل والاستمارات والمواعيد؟",
            "Wie gut kommen Sie allein mit Papieren und Ämtern zurecht: Briefe, Formulare, Termine?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας με τα χαρτιά και τις υπηρεσίες: γράμματα, αιτήσεις, ραντεβού;",
            "Quanto se la cava senza aiuto con documenti e uffici: lettere, moduli, appuntamenti?",
            "Até que ponto consegue lidar sem ajuda com papéis e serviços públicos: cartas, formulários, marcações?",
            "Cât de bine vă descurcați fără ajutor cu actele și instituțiile: scrisori, formulare, programări?",
            "تا چه اندازه می‌توانید بدون کمک از پس کارهای اداری بربیایید: نامه‌ها، فرم‌ها، وقت گرفتن؟",
            "Наскільки добре ви самі даєте собі раду з документами та установами: листи, бланки, записи на прийом?",
        ]),
        Area::Housing => t([
            "How well do you manage on your own with your home: finding one, the rent, the contract?",
            "Est-ce que vous vous débrouillez sans aide pour votre logement : le trouver, le loyer, le contrat ?",
            "إلى أيّ حدّ يمكنك التعامل بنفسك مع أمور السكن: إيجاد بيت، والإيجار، والعقد؟",
            "Wie gut kommen Sie allein mit Ihrer Wohnung zurecht: eine finden, die Miete, der Vertrag?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας με το σπίτι σας: να βρείτε σπίτι, το ενοίκιο, το συμβόλαιο;",
            "Quanto se la cava senza aiuto con la casa: trovarla, l'affitto, il contratto?",
            "Até que ponto consegue lidar sem ajuda com a sua casa: encontrá-la, a renda, o contrato?",
            "Cât de bine vă descurcați fără ajutor cu locuința: să găsiți una, chiria, contractul?",
            "تا چه اندازه می‌توانید بدون کمک از پس کارهای خانه بربیایید: پیدا کردن خانه، اجاره، قرارداد؟",
            "Наскільки добре ви самі даєте собі раду з житлом: знайти його, оренда, договір?",
        ]),
        Area::Employment => t([
            "How well do you manage on your own with finding work or a training course?",
            "Est-ce que vous vous débrouillez sans aide pour trouver un travail ou une formation ?",
            "إلى أيّ حدّ يمكنك إيجاد عمل أو دورة تدريبية بنفسك؟",
            "Wie gut kommen Sie allein zurecht, wenn Sie Arbeit oder eine Ausbildung suchen?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας στο να βρείτε δουλειά ή κάποια εκπαίδευση;",
            "Quanto se la cava senza aiuto nel trovare un lavoro o un corso di formazione?",
            "Até que ponto consegue encontrar sem ajuda um trabalho ou uma formação?",
            "Cât de bine vă descurcați fără ajutor să găsiți un loc de muncă sau un curs?",
            "تا چه اندازه می‌توانید بدون کمک کار یا دورهٔ آموزشی پیدا کنید؟",
            "Наскільки добре ви самі можете знайти роботу чи навчання?",
        ]),
        Area::Health => t([
            "How well do you manage on your own with seeing a doctor and getting medicine?",
            "Est-ce que vous vous débrouillez sans aide pour voir un médecin et avoir des médicaments ?",
            "إلى أيّ حدّ يمكنك بنفسك زيارة الطبيب والحصول على الدواء؟",
            "Wie gut kommen Sie allein zurecht, wenn Sie zum Arzt gehen und Medikamente brauchen?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας στο να πάτε στον γιατρό και να πάρετε φάρμακα;",
            "Quanto se la cava senza aiuto nell'andare dal medico e avere le medicine?",
            "Até que ponto consegue ir ao médico e obter medicamentos sem ajuda?",
            "Cât de bine vă descurcați fără ajutor să mergeți la medic și să luați medicamente?",
            "تا چه اندازه می‌توانید بدون کمک پیش دکتر بروید و دارو بگیرید؟",
            "Наскільки добре ви самі можете піти до лікаря й отримати ліки?",
        ]),
        Area::Education => t([
            "How well do you manage on your own with your children's school?",
            "Est-ce que vous vous débrouillez sans aide avec l'école de vos enfants ?",
            "إلى أيّ حدّ يمكنك التعامل بنفسك مع مدرسة أطفالك؟",
            "Wie gut kommen Sie allein mit der Schule Ihrer Kinder zurecht?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας με το σχολείο των παιδιών σας;",
            "Quanto se la cava senza aiuto con la scuola dei suoi figli?",
            "Até que ponto consegue lidar sem ajuda com a escola dos seus filhos?",
            "Cât de bine vă descurcați fără ajutor cu școala copiilor?",
            "تا چه اندازه می‌توانید بدون کمک از پس کارهای مدرسهٔ بچه‌هایتان بربیایید؟",
            "Наскільки добре ви самі даєте собі раду зі школою ваших дітей?",
        ]),
        Area::Transport => t([
            "How well do you manage on your own with getting around: bus, train, tickets?",
            "Est-ce que vous vous débrouillez sans aide pour vous déplacer : bus, train, tickets ?",
            "إلى أيّ حدّ يمكنك التنقّل بنفسك: الحافلة، والقطار، والتذاكر؟",
            "Wie gut kommen Sie allein unterwegs zurecht: Bus, Zug, Fahrkarten?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας στις μετακινήσεις: λεωφορείο, τρένο, εισιτήρια;",
            "Quanto se la cava senza aiuto negli spostamenti: autobus, treno, biglietti?",
            "Até que ponto consegue deslocar-se sem ajuda: autocarro, comboio, bilhetes?",
            "Cât de bine vă descurcați fără ajutor să vă deplasați: autobuz, tren, bilete?",
            "تا چه اندازه می‌توانید بدون کمک رفت‌وآمد کنید: اتوبوس، قطار، بلیت؟",
            "Наскільки добре ви самі пересуваєтеся: автобус, потяг, квитки?",
        ]),
        Area::Money => t([
            "How well do you manage on your own with money: the bank, paying bills?",
            "Est-ce que vous vous débrouillez sans aide avec l'argent : la banque, payer les factures ?",
            "إلى أيّ حدّ يمكنك التعامل بنفسك مع المال: البنك ودفع الفواتير؟",
            "Wie gut kommen Sie allein mit Geld zurecht: die Bank, Rechnungen bezahlen?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας με τα χρήματα: την τράπεζα, τους λογαριασμούς;",
            "Quanto se la cava senza aiuto con i soldi: la banca, pagare le bollette?",
            "Até que ponto consegue lidar sem ajuda com o dinheiro: o banco, pagar as contas?",
            "Cât de bine vă descurcați fără ajutor cu banii: banca, plata facturilor?",
            "تا چه اندازه می‌توانید بدون کمک از پس کارهای پولی بربیایید: بانک، پرداخت قبض‌ها؟",
            "Наскільки добре ви самі даєте собі раду з грошима: банк, оплата рахунків?",
        ]),
        Area::Digital => t([
            "How well do you manage on your own with your phone and the internet: messages, e-mail, websites?",
            "Est-ce que vous vous débrouillez sans aide avec votre téléphone et internet : messages, e-mails, sites ?",
            "إلى أيّ حدّ يمكنك استعمال الهاتف والإنترنت بنفسك: الرسائل، والبريد الإلكتروني، والمواقع؟",
            "Wie gut kommen Sie allein mit Handy und Internet zurecht: Nachrichten, E-Mails, Webseiten?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας με το κινητό και το ίντερνετ: μηνύματα, email, ιστοσελίδες;",
            "Quanto se la cava senza aiuto con il telefono e internet: messaggi, e-mail, siti?",
            "Até que ponto consegue usar sem ajuda o telemóvel e a internet: mensagens, e-mail, sites?",
            "Cât de bine vă descurcați fără ajutor cu telefonul și internetul: mesaje, e-mail, site-uri?",
            "تا چه اندازه می‌توانید بدون کمک از تلفن و اینترنت استفاده کنید: پیام، ایمیل، وب‌سایت؟",
            "Наскільки добре ви самі користуєтеся телефоном та інтернетом: повідомлення, пошта, сайти?",
        ]),
        Area::Social => t([
            "How well do you manage on your own with meeting people and making friends here?",
            "Est-ce que vous vous débrouillez sans aide pour rencontrer des gens et vous faire des amis ici ?",
            "إلى أيّ حدّ يمكنك بنفسك التعرّف على الناس وتكوين صداقات هنا؟",
            "Wie gut gelingt es Ihnen allein, hier Leute kennenzulernen und Freunde zu finden?",
            "Πόσο καλά τα καταφέρνετε μόνοι σας στο να γνωρίζετε ανθρώπους και να κάνετε φίλους εδώ;",
            "Quanto se la cava senza aiuto nel conoscere persone e farsi degli amici qui?",
            "Até que ponto consegue sem ajuda conhecer pessoas e fazer amigos aqui?",
            "Cât de bine vă descurcați fără ajutor să cunoașteți oameni și să vă faceți prieteni aici?",
            "تا چه اندازه می‌توانید بدون کمک اینجا با مردم آشنا شوید و دوست پیدا کنید؟",
            "Наскільки добре ви самі знайомитеся з людьми й заводите друзів тут?",
        ]),
        Area::Wellbeing => t([
            "How well do you manage on your own with feeling well: sleeping, resting, keeping your spirits up?",
            "Est-ce que vous arrivez à vous sentir bien : dormir, vous reposer, garder le moral ?",
            "إلى أيّ حدّ يمكنك الحفاظ على راحتك: النوم، والاستراحة، والمعنويات الجيدة؟",
            "Wie gut gelingt es Ihnen, sich wohlzufühlen: schlafen, sich ausruhen, guten Mutes bleiben?",
            "Πόσο καλά τα καταφέρνετε να νιώθετε καλά: ύπνος, ξεκούραση, διάθεση;",
            "Quanto riesce a stare bene: dormire, riposare, mantenere il morale?",
            "Até que ponto consegue sentir-se bem: dormir, descansar, manter o ânimo?",
            "Cât de bine reușiți să vă simțiți bine: somn, odihnă, moral?",
            "تا چه اندازه می‌توانید حال خوبی داشته باشید: خواب، استراحت، روحیه؟",
            "Наскільки добре вам вдається почуватися добре: сон, відпочинок, настрій?",
        ]),
    }
}

/// The newcomer's initial self-assessment: autonomy in each of the eleven
/// areas on a 1–5 scale (the baseline step 10 compares against), the areas
/// where help is wanted first, and the goals for the next six months.
pub fn default_newcomer_self_assessment() -> Definition {
    let low = t([
        "I need a lot of help",
        "J'ai besoin de beaucoup d'aide",
        "أحتاج إلى مساعدة كبيرة",
        "Ich brauche viel Hilfe",
        "Χρειάζομαι πολλή βοήθεια",
        "Ho bisogno di molto aiuto",
        "Preciso de muita ajuda",
        "Am nevoie de mult ajutor",
        "به کمک زیادی نیاز دارم",
        "Мені потрібно багато допомоги",
    ]);
    let high = t([
        "I manage on my own",
        "Je me débrouille sans aide",
        "أتدبّر أموري بنفسي",
        "Ich komme allein zurecht",
        "Τα καταφέρνω χωρίς βοήθεια",
        "Me la cavo senza aiuto",
        "Consigo sem ajuda",
        "Mă descurc fără ajutor",
        "خودم از پسش برمی‌آیم",
        "Я даю собі раду без допомоги",
    ]);
    let no_children = t([
        "If you have no children at school, you can skip this question.",
        "Si vous n'avez pas d'enfant à l'école, vous pouvez passer cette question.",
        "إذا لم يكن لديك أطفال في المدرسة، يمكنك ترك هذا السؤال.",
        "Wenn Sie keine Kinder in der Schule haben, können Sie diese Frage auslassen.",
        "Αν δεν έχετε παιδιά στο σχολείο, μπορείτε να αφήσετε αυτή την ερώτηση.",
        "Se non ha figli a scuola, può saltare questa domanda.",
        "Se não tem filhos na escola, pode saltar esta pergunta.",
        "Dacă nu aveți copii la școală, puteți sări peste această întrebare.",
        "اگر بچهٔ مدرسه‌ای ندارید، می‌توانید از این سؤال بگذرید.",
        "Якщо у вас немає дітей у школі, можете пропустити це питання.",
    ]);
    let autonomy = Area::ALL
        .into_iter()
        .map(|area| {
            let kind = QuestionKind::Scale { min: 1, max: 5, low: low.clone(), high: high.clone() };
            // Not every newcomer has children at school.
            let q = Question {
                area: Some(area),
                ..question(area.as_str(), area != Area::Education, autonomy_question(area), kind)
            };
            if area == Area::Education { with_help(q, no_children.clone()) } else { q }
        })
        .collect();
    let priorities = question(
        "help_first",
        false,
        t([
            "In which areas would you like help first?",
            "Pour quoi voulez-vous de l'aide en premier ?",
            "في أيّ المجالات تريد المساعدة أولًا؟",
            "Wobei möchten Sie zuerst Hilfe?",
            "Σε ποια θέματα θέλετε βοήθεια πρώτα;",
            "Per che cosa vorrebbe aiuto prima di tutto?",
            "Em que áreas gostaria de ter ajuda primeiro?",
            "La ce ați dori ajutor mai întâi?",
            "اول در چه زمینه‌هایی کمک می‌خواهید؟",
            "У чому ви хотіли б отримати допомогу насамперед?",
        ]),
        QuestionKind::MultipleChoice { options: area_options() },
    );
    let goals = question(
        "goals",
        false,
        t([
            "What would you like to achieve in the next six months?",
            "Qu'est-ce que vous voulez réussir dans les six prochains mois ?",
            "ماذا تريد أن تحقّق في الأشهر الستة القادمة؟",
            "Was möchten Sie in den nächsten sechs Monaten erreichen?",
            "Τι θα θέλατε να πετύχετε τους επόμενους έξι μήνες;",
            "Che cosa vorrebbe raggiungere nei prossimi sei mesi?",
            "O que gostaria de alcançar nos próximos seis meses?",
            "Ce ați vrea să reușiți în următoarele șase luni?",
            "در شش ماه آینده دوست دارید به چه چیزی برسید؟",
            "Чого ви хотіли б досягти в найближчі шість місяців?",
        ]),
        QuestionKind::FreeText { max_chars: 2000 },
    );
    let own_words = t([
        "Write it in your own words, in any language.",
        "Écrivez avec vos mots, dans la langue que vous voulez.",
        "يمكنك الكتابة بكلماتك وبأيّ لغة.",
        "Schreiben Sie mit Ihren eigenen Worten, in jeder Sprache.",
        "Γράψτε με δικά σας λόγια, σε όποια γλώσσα θέλετε.",
        "Scriva con parole sue, nella lingua che preferisce.",
        "Escreva por palavras suas, na língua que quiser.",
        "Scrieți cu cuvintele dumneavoastră, în orice limbă.",
        "با کلمات خودتان و به هر زبانی که می‌خواهید بنویسید.",
        "Напишіть своїми словами, будь-якою мовою.",
    ]);
    Definition {
        key: "newcomer_self_assessment".into(),
        kind: Kind::NewcomerSelfAssessment,
        sections: vec![
            section(
                "everyday_life",
                t([
                    "Your everyday life",
                    "Votre vie de tous les jours",
                    "حياتك اليومية",
                    "Ihr Alltag",
                    "Η καθημερινότητά σας",
                    "La sua vita di tutti i giorni",
                    "O seu dia a dia",
                    "Viața de zi cu zi",
                    "زندگی روزمرهٔ شما",
                    "Ваше повсякденне життя",
                ]),
                autonomy,
            ),
            section(
                "needs_and_goals",
                t([
                    "Your needs and goals",
                    "Vos besoins et vos objectifs",
                    "احتياجاتك وأهدافك",
                    "Ihre Wünsche und Ziele",
                    "Οι ανάγκες και οι στόχοι σας",
                    "I suoi bisogni e obiettivi",
                    "As suas necessidades e objetivos",
                    "Nevoile și obiectivele dumneavoastră",
                    "نیازها و هدف‌های شما",
                    "Ваші потреби й цілі",
                ]),
                vec![with_help(priorities, several_answers()), with_help(goals, own_words)],
            ),
        ],
    }
}

/// The buddy's initial self-assessment: competences on a 1–5 scale (those
/// the mentoring literature and the M4M training name), motivation, and
/// the time they expect to give.
pub fn default_buddy_self_assessment() -> Definition {
    let low = t([
        "Not confident yet",
        "Pas encore à l'aise",
        "لست واثقًا بعد",
        "Noch unsicher",
        "Δεν νιώθω ακόμα σίγουρος/η",
        "Non ancora sicuro/a",
        "Ainda sem confiança",
        "Încă nesigur(ă)",
        "هنوز مطمئن نیستم",
        "Ще не впевнено",
    ]);
    let high = t([
        "Very confident",
        "Très à l'aise",
        "واثق جدًا",
        "Sehr sicher",
        "Πολύ σίγουρος/η",
        "Molto sicuro/a",
        "Muito confiante",
        "Foarte sigur(ă)",
        "کاملاً مطمئنم",
        "Дуже впевнено",
    ]);
    let competence = |key: &str, text: Text| {
        question(key, true, text, QuestionKind::Scale { min: 1, max: 5, low: low.clone(), high: high.clone() })
    };
    let competences = vec![
        competence(
            "listening",
            t([
                "How confident are you at listening carefully, without judging?",
                "Êtes-vous à l'aise pour écouter attentivement, sans juger ?",
                "ما مدى ثقتك في قدرتك على الإصغاء باهتمام ومن دون إصدار أحكام؟",
                "Wie sicher sind Sie darin, aufmerksam und ohne zu urteilen zuzuhören?",
                "Πόσο σίγουροι νιώθετε ότι ακούτε προσεκτικά, χωρίς να κρίνετε;",
                "Quanto si sente sicuro/a nell'ascoltare con attenzione, senza giudicare?",
                "Quão confiante se sente a ouvir com atenção, sem julgar?",
                "Cât de sigur(ă) sunteți că ascultați cu atenție, fără să judecați?",
                "چقدر مطمئنید که می‌توانید با دقت و بدون قضاوت گوش بدهید؟",
                "Наскільки впевнено ви вмієте уважно слухати, не засуджуючи?",
            ]),
        ),
        competence(
            "intercultural",
            t([
                "How confident are you at communicating with people from other cultures?",
                "Êtes-vous à l'aise pour communiquer avec des personnes d'autres cultures ?",
                "ما مدى ثقتك في التواصل مع أشخاص من ثقافات أخرى؟",
                "Wie sicher sind Sie im Umgang mit Menschen aus anderen Kulturen?",
                "Πόσο σίγουροι νιώθετε στην επικοινωνία με ανθρώπους από άλλους πολιτισμούς;",
                "Quanto si sente sicuro/a nel comunicare con persone di altre culture?",
                "Quão confiante se sente a comunicar com pessoas de outras culturas?",
                "Cât de sigur(ă) vă simțiți când comunicați cu oameni din alte culturi?",
                "چقدر در ارتباط با آدم‌هایی از فرهنگ‌های دیگر احساس اطمینان می‌کنید؟",
                "Наскільки впевнено ви спілкуєтеся з людьми з інших культур?",
            ]),
        ),
        competence(
            "boundaries",
            t([
                "How confident are you at keeping the limits of the buddy role: what a buddy does and does not do?",
                "Êtes-vous à l'aise pour garder les limites du rôle d'accompagnant·e : ce qu'on fait et ce qu'on ne fait pas ?",
                "ما مدى ثقتك في الالتزام بحدود دور الرفيق: ما يفعله وما لا يفعله؟",
                "Wie sicher sind Sie darin, die Grenzen der Buddy-Rolle einzuhalten: was ein Buddy tut und was nicht?",
                "Πόσο σίγουροι νιώθετε ότι τηρείτε τα όρια του ρόλου: τι κάνει και τι δεν κάνει ένας μέντορας;",
                "Quanto si sente sicuro/a nel rispettare i limiti del ruolo di buddy: cosa fa e cosa non fa?",
                "Quão confiante se sente a manter os limites do papel de mentor/a: o que faz e o que não faz?",
                "Cât de sigur(ă) sunteți că respectați limitele rolului de mentor: ce face și ce nu face?",
                "چقدر مطمئنید که مرزهای نقش همراه را نگه می‌دارید: چه کاری می‌کند و چه کاری نمی‌کند؟",
                "Наскільки впевнено ви тримаєте межі ролі наставника: що він робить і чого не робить?",
            ]),
        ),
        competence(
            "local_services",
            t([
                "How well do you know the local services, and where to send someone for help?",
                "Connaissez-vous bien les services locaux, et vers qui orienter quelqu'un ?",
                "ما مدى معرفتك بالخدمات المحلية وبالجهة التي يمكن توجيه الشخص إليها؟",
                "Wie gut kennen Sie die Angebote vor Ort und wissen, wohin Sie jemanden schicken können?",
                "Πόσο καλά γνωρίζετε τις τοπικές υπηρεσίες και πού να στείλετε κάποιον για βοήθεια;",
                "Quanto conosce i servizi del territorio e a chi indirizzare una persona?",
                "Até que ponto conhece os serviços locais e para onde encaminhar alguém?",
                "Cât de bine cunoașteți serviciile locale și unde puteți îndruma pe cineva?",
                "چقدر خدمات محلی را می‌شناسید و می‌دانید کسی را برای کمک به کجا بفرستید؟",
                "Наскільки добре ви знаєте місцеві служби й куди скерувати людину по допомогу?",
            ]),
        ),
        competence(
            "encouraging_autonomy",
            t([
                "How confident are you at helping the person do things themselves, rather than doing things for them?",
                "Êtes-vous à l'aise pour aider la personne à faire elle-même, plutôt que faire à sa place ?",
                "ما مدى ثقتك في مساعدة الشخص على القيام بالأمور بنفسه، بدلًا من القيام بها عنه؟",
                "Wie sicher sind Sie darin, der Person zu helfen, Dinge selbst zu tun, statt sie für sie zu erledigen?",
                "Πόσο σίγουροι νιώθετε ότι βοηθάτε το άτομο να κάνει τα πράγματα μόνο του, αντί να τα κάνετε εσείς;",
                "Quanto si sente sicuro/a nell'aiutare la persona a fare da sé, invece di fare al posto suo?",
                "Quão confiante se sente a ajudar a pessoa a fazer as coisas sozinha, em vez de as fazer por ela?",
                "Cât de sigur(ă) sunteți că ajutați persoana să facă singură lucrurile, în loc să le faceți în locul ei?",
                "چقدر مطمئنید که به فرد کمک می‌کنید کارها را خودش انجام دهد، نه اینکه شما به جایش انجام دهید؟",
                "Наскільки впевнено ви допомагаєте людині робити все самій, а не робите замість неї?",
            ]),
        ),
        competence(
            "reliability",
            t([
                "How confident are you at being reliable over months: keeping appointments and staying in touch?",
                "Êtes-vous à l'aise pour être fiable sur plusieurs mois : tenir les rendez-vous et garder le contact ?",
                "ما مدى ثقتك في الالتزام لعدة أشهر: احترام المواعيد والبقاء على تواصل؟",
                "Wie sicher sind Sie, über Monate verlässlich zu sein: Termine einhalten und in Kontakt bleiben?",
                "Πόσο σίγουροι νιώθετε ότι θα είστε συνεπείς για μήνες: να τηρείτε τα ραντεβού και να κρατάτε επαφή;",
                "Quanto si sente sicuro/a di essere affidabile per mesi: rispettare gli appuntamenti e restare in contatto?",
                "Quão confiante se sente em ser fiável durante meses: cumprir os encontros e manter o contacto?",
                "Cât de sigur(ă) sunteți că veți fi de încredere luni la rând: să respectați întâlnirile și să păstrați legătura?",
                "چقدر مطمئنید که ماه‌ها قابل اعتماد می‌مانید: سر قرارها حاضر می‌شوید و در تماس می‌مانید؟",
                "Наскільки впевнено ви можете бути надійними протягом місяців: дотримуватися зустрічей і підтримувати зв’язок?",
            ]),
        ),
    ];
    let motivation = question(
        "motivation",
        true,
        t([
            "Why do you want to be a buddy?",
            "Pourquoi voulez-vous accompagner une personne nouvellement arrivée ?",
            "لماذا تريد أن تصبح رفيقًا؟",
            "Warum möchten Sie Buddy werden?",
            "Γιατί θέλετε να γίνετε μέντορας;",
            "Perché vuole diventare buddy?",
            "Porque quer ser mentor/a?",
            "De ce doriți să deveniți mentor?",
            "چرا می‌خواهید همراه شوید؟",
            "Чому ви хочете стати наставником?",
        ]),
        QuestionKind::MultipleChoice {
            options: vec![
                choice(
                    "give_back",
                    t([
                        "I want to give back the help I received",
                        "Je veux rendre l'aide que j'ai reçue",
                        "أريد أن أردّ المساعدة التي تلقّيتها",
                        "Ich möchte die Hilfe weitergeben, die ich bekommen habe",
                        "Θέλω να ανταποδώσω τη βοήθεια που πήρα",
                        "Voglio restituire l'aiuto che ho ricevuto",
                        "Quero retribuir a ajuda que recebi",
                        "Vreau să dau mai departe ajutorul primit",
                        "می‌خواهم کمکی را که گرفته‌ام جبران کنم",
                        "Хочу повернути допомогу, яку отримав(ла)",
                    ]),
                ),
                choice(
                    "share_experience",
                    t([
                        "I want to share my own experience of arriving",
                        "Je veux partager ma propre expérience d'arrivée",
                        "أريد أن أشارك تجربتي الخاصة في الوصول",
                        "Ich möchte meine eigene Erfahrung des Ankommens teilen",
                        "Θέλω να μοιραστώ τη δική μου εμπειρία από τον ερχομό μου",
                        "Voglio condividere la mia esperienza di arrivo",
                        "Quero partilhar a minha própria experiência de chegada",
                        "Vreau să împărtășesc experiența mea de la sosire",
                        "می‌خواهم تجربهٔ رسیدن خودم را با دیگران در میان بگذارم",
                        "Хочу поділитися власним досвідом приїзду",
                    ]),
                ),
                choice(
                    "meet_people",
                    t([
                        "I want to meet new people",
                        "Je veux rencontrer de nouvelles personnes",
                        "أريد التعرّف على أشخاص جدد",
                        "Ich möchte neue Menschen kennenlernen",
                        "Θέλω να γνωρίσω νέους ανθρώπους",
                        "Voglio conoscere persone nuove",
                        "Quero conhecer pessoas novas",
                        "Vreau să cunosc oameni noi",
                        "می‌خواهم با آدم‌های تازه آشنا شوم",
                        "Хочу познайомитися з новими людьми",
                    ]),
                ),
                choice(
                    "professional",
                    t([
                        "It is useful for my work or my studies",
                        "C'est utile pour mon travail ou mes études",
                        "هذا مفيد لعملي أو لدراستي",
                        "Es ist nützlich für meine Arbeit oder mein Studium",
                        "Είναι χρήσιμο για τη δουλειά ή τις σπουδές μου",
                        "È utile per il mio lavoro o i miei studi",
                        "É útil para o meu trabalho ou os meus estudos",
                        "Este util pentru munca sau studiile mele",
                        "برای کار یا درسم مفید است",
                        "Це корисно для моєї роботи чи навчання",
                    ]),
                ),
                choice(
                    "languages",
                    t([
                        "My languages can be useful",
                        "Mes langues peuvent être utiles",
                        "يمكن أن تكون اللغات التي أتكلّمها مفيدة",
                        "Meine Sprachen können nützlich sein",
                        "Οι γλώσσες που μιλάω μπορεί να φανούν χρήσιμες",
                        "Le lingue che parlo possono essere utili",
                        "As línguas que falo podem ser úteis",
                        "Limbile pe care le vorbesc pot fi utile",
                        "زبان‌هایی که بلدم می‌تواند به کار بیاید",
                        "Мови, якими я володію, можуть бути корисними",
                    ]),
                ),
                choice(
                    "other",
                    t([
                        "Another reason",
                        "Une autre raison",
                        "سبب آخر",
                        "Ein anderer Grund",
                        "Άλλος λόγος",
                        "Un altro motivo",
                        "Outra razão",
                        "Alt motiv",
                        "دلیل دیگری",
                        "Інша причина",
                    ]),
                ),
            ],
        },
    );
    let motivation_text = question(
        "motivation_text",
        false,
        t([
            "Tell us more about why you want to be a buddy.",
            "Dites-nous-en plus sur ce qui vous donne envie d'accompagner quelqu'un.",
            "أخبرنا أكثر عن سبب رغبتك في أن تكون رفيقًا.",
            "Erzählen Sie uns mehr darüber, warum Sie Buddy werden möchten.",
            "Πείτε μας περισσότερα για το γιατί θέλετε να γίνετε μέντορας.",
            "Ci racconti di più sul perché vuole diventare buddy.",
            "Conte-nos mais sobre porque quer ser mentor/a.",
            "Spuneți-ne mai multe despre motivul pentru care doriți să fiți mentor.",
            "بیشتر بگویید چرا می‌خواهید همراه شوید.",
            "Розкажіть докладніше, чому ви хочете стати наставником.",
        ]),
        QuestionKind::FreeText { max_chars: 2000 },
    );
    let availability = question(
        "hours_per_month",
        true,
        t([
            "How much time can you give each month?",
            "Combien de temps pouvez-vous donner chaque mois ?",
            "كم من الوقت يمكنك أن تخصّص كلّ شهر؟",
            "Wie viel Zeit können Sie jeden Monat geben?",
            "Πόσο χρόνο μπορείτε να διαθέσετε κάθε μήνα;",
            "Quanto tempo può dedicare ogni mese?",
            "Quanto tempo pode dedicar por mês?",
            "Cât timp puteți oferi în fiecare lună?",
            "هر ماه چقدر وقت می‌توانید بگذارید؟",
            "Скільки часу ви можете приділяти щомісяця?",
        ]),
        QuestionKind::SingleChoice {
            options: vec![
                choice(
                    "hours_2_4",
                    t([
                        "2 to 4 hours",
                        "2 à 4 heures",
                        "من ساعتين إلى 4 ساعات",
                        "2 bis 4 Stunden",
                        "2 έως 4 ώρες",
                        "Da 2 a 4 ore",
                        "2 a 4 horas",
                        "2–4 ore",
                        "۲ تا ۴ ساعت",
                        "2–4 години",
                    ]),
                ),
                choice(
                    "hours_5_8",
                    t([
                        "5 to 8 hours",
                        "5 à 8 heures",
                        "من 5 إلى 8 ساعات",
                        "5 bis 8 Stunden",
                        "5 έως 8 ώρες",
                        "Da 5 a 8 ore",
                        "5 a 8 horas",
                        "5–8 ore",
                        "۵ تا ۸ ساعت",
                        "5–8 годин",
                    ]),
                ),
                choice(
                    "hours_9_12",
                    t([
                        "9 to 12 hours",
                        "9 à 12 heures",
                        "من 9 إلى 12 ساعة",
                        "9 bis 12 Stunden",
                        "9 έως 12 ώρες",
                        "Da 9 a 12 ore",
                        "9 a 12 horas",
                        "9–12 ore",
                        "۹ تا ۱۲ ساعت",
                        "9–12 годин",
                    ]),
                ),
                choice(
                    "hours_13_plus",
                    t([
                        "More than 12 hours",
                        "Plus de 12 heures",
                        "أكثر من 12 ساعة",
                        "Mehr als 12 Stunden",
                        "Περισσότερες από 12 ώρες",
                        "Più di 12 ore",
                        "Mais de 12 horas",
                        "Peste 12 ore",
                        "بیش از ۱۲ ساعت",
                        "Понад 12 годин",
                    ]),
                ),
            ],
        },
    );
    Definition {
        key: "buddy_self_assessment".into(),
        kind: Kind::BuddySelfAssessment,
        sections: vec![
            section(
                "competences",
                t([
                    "Your skills as a buddy",
                    "Vos compétences pour accompagner",
                    "مهاراتك كرفيق",
                    "Ihre Fähigkeiten als Buddy",
                    "Οι δεξιότητές σας ως μέντορας",
                    "Le sue competenze come buddy",
                    "As suas competências como mentor/a",
                    "Competențele dumneavoastră ca mentor",
                    "مهارت‌های شما به‌عنوان همراه",
                    "Ваші навички наставника",
                ]),
                competences,
            ),
            section(
                "motivation",
                t([
                    "Your motivation",
                    "Votre motivation",
                    "دوافعك",
                    "Ihre Motivation",
                    "Τα κίνητρά σας",
                    "La sua motivazione",
                    "A sua motivação",
                    "Motivația dumneavoastră",
                    "انگیزهٔ شما",
                    "Ваша мотивація",
                ]),
                vec![with_help(motivation, several_answers()), motivation_text],
            ),
            section(
                "availability",
                t([
                    "Your time",
                    "Votre disponibilité",
                    "وقتك المتاح",
                    "Ihre Zeit",
                    "Η διαθεσιμότητά σας",
                    "La sua disponibilità",
                    "A sua disponibilidade",
                    "Disponibilitatea dumneavoastră",
                    "وقت شما",
                    "Ваш час",
                ]),
                vec![availability],
            ),
        ],
    }
}

fn yes_partly_no() -> Vec<Choice> {
    let mut options = yes_unsure_no();
    options[1] = choice(
        "partly",
        t([
            "Partly",
            "En partie",
            "جزئيًا",
            "Teilweise",
            "Εν μέρει",
            "In parte",
            "Em parte",
            "Parțial",
            "تا حدی",
            "Частково",
        ]),
    );
    options
}

/// The standard protocol of the buddy's screening interview, answered by
/// the staff member who leads it: motivation, experience, commitment, the
/// role and its limits, confidentiality, languages, a distress scenario,
/// references, an overall assessment and a recommendation. The decision
/// itself, with its reason, is recorded on the application (step 2).
pub fn default_buddy_interview() -> Definition {
    let free = |max_chars| QuestionKind::FreeText { max_chars };
    let motivation = question(
        "motivation",
        true,
        t([
            "Why does the candidate want to become a buddy?",
            "Pourquoi la personne candidate veut-elle devenir bénévole accompagnant·e ?",
            "لماذا يرغب المرشّح في أن يصبح رفيقًا متطوعًا؟",
            "Warum möchte die Person Buddy werden?",
            "Γιατί θέλει ο/η υποψήφιος/α να γίνει μέντορας;",
            "Perché la persona candidata vuole diventare buddy?",
            "Porque é que a pessoa candidata quer ser mentor/a?",
            "De ce dorește candidatul să devină mentor?",
            "چرا متقاضی می‌خواهد همراه داوطلب شود؟",
            "Чому кандидат(ка) хоче стати наставником?",
        ]),
        free(2000),
    );
    let experience = question(
        "experience",
        false,
        t([
            "What experience does the candidate have of volunteering, mentoring or supporting newcomers?",
            "Quelle expérience la personne a-t-elle du bénévolat, de l'accompagnement ou du soutien à des personnes nouvellement arrivées ?",
            "ما خبرة المرشّح في العمل التطوعي أو الإرشاد أو دعم الوافدين الجدد؟",
            "Welche Erfahrung hat die Person mit Ehrenamt, Mentoring oder der Unterstützung neu Angekommener?",
            "Τι εμπειρία έχει ο/η υποψήφιος/α σε εθελοντισμό, mentoring ή υποστήριξη νεοαφιχθέντων;",
            "Che esperienza ha la persona di volontariato, mentoring o sostegno a persone neoarrivate?",
            "Que experiência tem a pessoa em voluntariado, mentoria ou apoio a recém-chegados?",
            "Ce experiență are candidatul în voluntariat, mentorat sau sprijinirea persoanelor nou-sosite?",
            "متقاضی چه تجربه‌ای در کار داوطلبانه، راهنمایی یا حمایت از تازه‌واردان دارد؟",
            "Який досвід має кандидат(ка) у волонтерстві, наставництві чи підтримці новоприбулих?",
        ]),
        free(2000),
    );
    let commitment = question(
        "commitment",
        true,
        t([
            "Can the candidate commit for six months, with regular meetings (about every week or two)?",
            "La personne peut-elle s'engager pour six mois, avec des rencontres régulières (environ toutes les une à deux semaines) ?",
            "هل يستطيع المرشّح الالتزام لمدة ستة أشهر، مع لقاءات منتظمة (كل أسبوع أو أسبوعين تقريبًا)؟",
            "Kann sich die Person für sechs Monate verpflichten, mit regelmäßigen Treffen (etwa alle ein bis zwei Wochen)?",
            "Μπορεί ο/η υποψήφιος/α να δεσμευτεί για έξι μήνες, με τακτικές συναντήσεις (περίπου κάθε μία με δύο εβδομάδες);",
            "La persona può impegnarsi per sei mesi, con incontri regolari (circa ogni una o due settimane)?",
            "A pessoa pode comprometer-se durante seis meses, com encontros regulares (mais ou menos a cada uma ou duas semanas)?",
            "Se poate angaja candidatul pentru șase luni, cu întâlniri regulate (cam o dată la una-două săptămâni)?",
            "آیا متقاضی می‌تواند برای شش ماه متعهد شود، با دیدارهای منظم (تقریباً هر یک تا دو هفته)؟",
            "Чи може кандидат(ка) взяти зобов’язання на шість місяців із регулярними зустрічами (приблизно раз на один-два тижні)?",
        ]),
        QuestionKind::SingleChoice { options: yes_unsure_no() },
    );
    let role = question(
        "role_limits",
        true,
        t([
            "How well does the candidate understand the buddy's role and its limits (a buddy is not a social worker, an interpreter or a lender)?",
            "La personne comprend-elle le rôle d'accompagnant·e et ses limites (ni travailleur social, ni interprète, ni prêteur d'argent) ?",
            "إلى أيّ حدّ يفهم المرشّح دور الرفيق وحدوده (ليس أخصائيًا اجتماعيًا ولا مترجمًا ولا مُقرِضًا)؟",
            "Wie gut versteht die Person die Rolle eines Buddys und ihre Grenzen (kein Sozialarbeiter, kein Dolmetscher, kein Geldverleiher)?",
            "Πόσο καλά κατανοεί ο/η υποψήφιος/α τον ρόλο του μέντορα και τα όριά του (δεν είναι κοινωνικός λειτουργός, διερμηνέας ή δανειστής);",
            "Quanto la persona comprende il ruolo di buddy e i suoi limiti (non è un assistente sociale, un interprete né chi presta denaro)?",
            "Até que ponto a pessoa compreende o papel de mentor/a e os seus limites (não é assistente social, intérprete nem empresta dinheiro)?",
            "Cât de bine înțelege candidatul rolul de mentor și limitele lui (nu este asistent social, interpret sau cineva care împrumută bani)?",
            "متقاضی تا چه اندازه نقش همراه و محدودیت‌های آن را می‌فهمد (همراه مددکار اجتماعی، مترجم یا قرض‌دهنده نیست)؟",
            "Наскільки добре кандидат(ка) розуміє роль наставника та її межі (не соціальний працівник, не перекладач, не позикодавець)?",
        ]),
        QuestionKind::Scale {
            min: 1,
            max: 5,
            low: t([
                "Not at all",
                "Pas du tout",
                "لا يفهمه إطلاقًا",
                "Gar nicht",
                "Καθόλου",
                "Per niente",
                "Nada",
                "Deloc",
                "اصلاً",
                "Зовсім ні",
            ]),
            high: t([
                "Fully",
                "Parfaitement",
                "يفهمه تمامًا",
                "Vollständig",
                "Πλήρως",
                "Pienamente",
                "Totalmente",
                "Pe deplin",
                "کاملاً",
                "Повністю",
            ]),
        },
    );
    let confidentiality = question(
        "confidentiality",
        true,
        t([
            "Does the candidate understand and accept the rules of confidentiality?",
            "La personne comprend-elle et accepte-t-elle les règles de confidentialité ?",
            "هل يفهم المرشّح قواعد السرّية ويقبلها؟",
            "Versteht und akzeptiert die Person die Regeln der Vertraulichkeit?",
            "Κατανοεί και αποδέχεται ο/η υποψήφιος/α τους κανόνες εμπιστευτικότητας;",
            "La persona comprende e accetta le regole di riservatezza?",
            "A pessoa compreende e aceita as regras de confidencialidade?",
            "Înțelege și acceptă candidatul regulile de confidențialitate?",
            "آیا متقاضی قواعد رازداری را می‌فهمد و می‌پذیرد؟",
            "Чи розуміє й приймає кандидат(ка) правила конфіденційності?",
        ]),
        QuestionKind::SingleChoice { options: yes_partly_no() },
    );
    let languages = question(
        "languages",
        true,
        t([
            "Which languages does the candidate speak, and how well?",
            "Quelles langues la personne parle-t-elle, et à quel niveau ?",
            "ما اللغات التي يتكلّمها المرشّح، وما مستواه فيها؟",
            "Welche Sprachen spricht die Person, und wie gut?",
            "Ποιες γλώσσες μιλά ο/η υποψήφιος/α και πόσο καλά;",
            "Quali lingue parla la persona, e a che livello?",
            "Que línguas fala a pessoa, e a que nível?",
            "Ce limbi vorbește candidatul și cât de bine?",
            "متقاضی به چه زبان‌هایی و در چه سطحی صحبت می‌کند؟",
            "Якими мовами розмовляє кандидат(ка) і наскільки добре?",
        ]),
        free(500),
    );
    let distress = question(
        "distress_scenario",
        true,
        t([
            "Scenario: “The newcomer you accompany tells you they feel desperate and cannot go on.” What would the candidate do?",
            "Mise en situation : « La personne que vous accompagnez vous dit qu'elle est désespérée et n'en peut plus. » Que ferait la personne candidate ?",
            "موقف افتراضي: «يخبرك الشخص الذي ترافقه بأنّه يائس ولم يعد يحتمل». ماذا سيفعل المرشّح؟",
            "Fallbeispiel: „Die Person, die Sie begleiten, sagt Ihnen, dass sie verzweifelt ist und nicht mehr kann.“ Was würde die Person tun?",
            "Σενάριο: «Το άτομο που συνοδεύετε σας λέει ότι νιώθει απελπισμένο και δεν αντέχει άλλο.» Τι θα έκανε ο/η υποψήφιος/α;",
            "Caso: «La persona che accompagna le dice che è disperata e non ce la fa più.» Che cosa farebbe la persona candidata?",
            "Situação: «A pessoa que acompanha diz-lhe que está desesperada e já não aguenta.» O que faria a pessoa candidata?",
            "Situație: „Persoana pe care o însoțiți vă spune că este disperată și nu mai poate.” Ce ar face candidatul?",
            "موقعیت فرضی: «فردی که همراهش هستید به شما می‌گوید ناامید است و دیگر نمی‌تواند ادامه دهد.» متقاضی چه می‌کند؟",
            "Ситуація: «Людина, яку ви супроводжуєте, каже, що вона у відчаї й більше не може.» Що зробив(ла) б кандидат(ка)?",
        ]),
        free(2000),
    );
    let distress = with_help(
        distress,
        t([
            "Expected: listen calmly, do not promise secrecy, tell the coordinator the same day, and call the emergency services if there is immediate danger.",
            "Attendu : écouter calmement, ne pas promettre le secret, prévenir la coordination le jour même, et appeler les secours en cas de danger immédiat.",
            "المتوقَّع: الإصغاء بهدوء، وعدم الوعد بالكتمان، وإبلاغ المنسّق في اليوم نفسه، والاتصال بالطوارئ إذا كان هناك خطر فوري.",
            "Erwartet: ruhig zuhören, keine Geheimhaltung versprechen, noch am selben Tag die Koordination informieren und bei akuter Gefahr den Notruf wählen.",
            "Αναμενόμενο: ήρεμη ακρόαση, καμία υπόσχεση μυστικότητας, ενημέρωση του συντονισμού την ίδια μέρα και κλήση στις υπηρεσίες έκτακτης ανάγκης αν υπάρχει άμεσος κίνδυνος.",
            "Atteso: ascoltare con calma, non promettere il segreto, avvisare il coordinamento lo stesso giorno e chiamare i soccorsi se c'è un pericolo immediato.",
            "Esperado: ouvir com calma, não prometer segredo, avisar a coordenação no mesmo dia e ligar para os serviços de emergência se houver perigo imediato.",
            "Se așteaptă: să asculte calm, să nu promită păstrarea secretului, să anunțe coordonatorul în aceeași zi și să sune la urgențe dacă există un pericol imediat.",
            "پاسخ مورد انتظار: آرام گوش دادن، قول رازداری ندادن، خبر دادن به هماهنگ‌کننده در همان روز، و تماس با اورژانس اگر خطر فوری وجود دارد.",
            "Очікується: спокійно вислухати, не обіцяти зберегти таємницю, того ж дня повідомити координатора, а за безпосередньої небезпеки викликати екстрені служби.",
        ]),
    );
    let references = question(
        "references",
        true,
        t([
            "Were references given?",
            "Des références ont-elles été données ?",
            "هل قُدِّمت جهات مرجعية؟",
            "Wurden Referenzen angegeben?",
            "Δόθηκαν συστάσεις;",
            "Sono state fornite referenze?",
            "Foram dadas referências?",
            "Au fost oferite recomandări?",
            "آیا معرف معرفی شده است؟",
            "Чи надано рекомендації?",
        ]),
        QuestionKind::SingleChoice {
            options: vec![
                choice(
                    "checked",
                    t([
                        "Given and checked",
                        "Données et vérifiées",
                        "قُدِّمت وتمّ التحقّق منها",
                        "Angegeben und geprüft",
                        "Δόθηκαν και ελέγχθηκαν",
                        "Fornite e verificate",
                        "Dadas e verificadas",
                        "Oferite și verificate",
                        "معرفی و بررسی شده",
                        "Надано й перевірено",
                    ]),
                ),
                choice(
                    "given",
                    t([
                        "Given, not yet checked",
                        "Données, pas encore vérifiées",
                        "قُدِّمت ولم يُتحقَّق منها بعد",
                        "Angegeben, noch nicht geprüft",
                        "Δόθηκαν, δεν έχουν ελεγχθεί ακόμα",
                        "Fornite, non ancora verificate",
                        "Dadas, ainda não verificadas",
                        "Oferite, încă neverificate",
                        "معرفی شده، هنوز بررسی نشده",
                        "Надано, ще не перевірено",
                    ]),
                ),
                choice(
                    "none",
                    t([
                        "None given",
                        "Aucune",
                        "لم تُقدَّم",
                        "Keine angegeben",
                        "Δεν δόθηκαν",
                        "Nessuna",
                        "Nenhuma",
                        "Niciuna",
                        "معرفی نشده",
                        "Не надано",
                    ]),
                ),
            ],
        },
    );
    let assessment = question(
        "assessment",
        true,
        t([
            "Interviewer's overall assessment",
            "Appréciation d'ensemble de la personne qui mène l'entretien",
            "التقييم العام لمن أجرى المقابلة",
            "Gesamteinschätzung der interviewenden Person",
            "Συνολική εκτίμηση του/της συνεντευκτή/τριας",
            "Valutazione complessiva di chi conduce il colloquio",
            "Apreciação global de quem conduz a entrevista",
            "Evaluarea generală a intervievatorului",
            "ارزیابی کلی مصاحبه‌کننده",
            "Загальна оцінка інтерв’юера",
        ]),
        QuestionKind::Scale {
            min: 1,
            max: 5,
            low: t([
                "Serious doubts",
                "Doutes sérieux",
                "شكوك جدّية",
                "Ernste Zweifel",
                "Σοβαρές αμφιβολίες",
                "Seri dubbi",
                "Dúvidas sérias",
                "Îndoieli serioase",
                "تردیدهای جدی",
                "Серйозні сумніви",
            ]),
            high: t([
                "Excellent candidate",
                "Excellente candidature",
                "مرشّح ممتاز",
                "Hervorragend geeignet",
                "Εξαιρετική υποψηφιότητα",
                "Candidatura eccellente",
                "Candidatura excelente",
                "Candidat excelent",
                "متقاضی عالی",
                "Чудова кандидатура",
            ]),
        },
    );
    let recommendation = question(
        "recommendation",
        true,
        t([
            "Recommendation",
            "Recommandation",
            "التوصية",
            "Empfehlung",
            "Σύσταση",
            "Raccomandazione",
            "Recomendação",
            "Recomandare",
            "توصیه",
            "Рекомендація",
        ]),
        QuestionKind::SingleChoice {
            options: vec![
                choice(
                    "accept",
                    t([
                        "Accept",
                        "Accepter",
                        "قبول",
                        "Aufnehmen",
                        "Αποδοχή",
                        "Accettare",
                        "Aceitar",
                        "Acceptare",
                        "پذیرش",
                        "Прийняти",
                    ]),
                ),
                choice(
                    "decline",
                    t([
                        "Decline",
                        "Refuser",
                        "رفض",
                        "Ablehnen",
                        "Απόρριψη",
                        "Rifiutare",
                        "Recusar",
                        "Respingere",
                        "رد",
                        "Відхилити",
                    ]),
                ),
                choice(
                    "second_interview",
                    t([
                        "Second interview",
                        "Second entretien",
                        "مقابلة ثانية",
                        "Zweites Gespräch",
                        "Δεύτερη συνέντευξη",
                        "Secondo colloquio",
                        "Segunda entrevista",
                        "Al doilea interviu",
                        "مصاحبهٔ دوم",
                        "Друга співбесіда",
                    ]),
                ),
            ],
        },
    );
    let recommendation = with_help(
        recommendation,
        t([
            "Record the decision and its reason on the application.",
            "Enregistrez la décision et sa raison sur la candidature.",
            "سجّل القرار وسببه في ملف الطلب.",
            "Tragen Sie die Entscheidung und ihre Begründung in der Bewerbung ein.",
            "Καταγράψτε την απόφαση και την αιτιολογία της στην αίτηση.",
            "Registri la decisione e il motivo nella candidatura.",
            "Registe a decisão e o seu motivo na candidatura.",
            "Înregistrați decizia și motivul ei în dosarul de candidatură.",
            "تصمیم و دلیل آن را در پروندهٔ درخواست ثبت کنید.",
            "Зафіксуйте рішення та його причину в заявці.",
        ]),
    );
    Definition {
        key: "buddy_interview".into(),
        kind: Kind::BuddyInterview,
        sections: vec![
            section(
                "interview",
                t([
                    "Interview",
                    "Entretien",
                    "المقابلة",
                    "Gespräch",
                    "Συνέντευξη",
                    "Colloquio",
                    "Entrevista",
                    "Interviu",
                    "مصاحبه",
                    "Співбесіда",
                ]),
                vec![motivation, experience, commitment, role, confidentiality, languages, distress, references],
            ),
            section(
                "assessment",
                t([
                    "Assessment",
                    "Appréciation",
                    "التقييم",
                    "Einschätzung",
                    "Αξιολόγηση",
                    "Valutazione",
                    "Avaliação",
                    "Evaluare",
                    "ارزیابی",
                    "Оцінка",
                ]),
                vec![assessment, recommendation],
            ),
        ],
    }
}

/// The newcomer's intake interview, answered by the social worker who
/// registers them: arrival, languages, urgent needs, how to get in touch,
/// the buddy's gender if it matters to them, availability, notes. Only
/// what matching and contact need: no health or legal details.
pub fn default_newcomer_intake() -> Definition {
    let arrived_on = question(
        "arrived_on",
        false,
        t([
            "When did the person arrive in the country?",
            "Quand la personne est-elle arrivée dans le pays ?",
            "متى وصل الشخص إلى البلد؟",
            "Wann ist die Person im Land angekommen?",
            "Πότε έφτασε το άτομο στη χώρα;",
            "Quando è arrivata la persona nel Paese?",
            "Quando chegou a pessoa ao país?",
            "Când a sosit persoana în țară?",
            "این فرد کی به کشور رسیده است؟",
            "Коли особа прибула до країни?",
        ]),
        QuestionKind::Date,
    );
    let situation = question(
        "arrival_situation",
        true,
        t([
            "Arrival situation: with whom, where the person lives now, what support is already in place",
            "Situation à l'arrivée : avec qui, où la personne vit maintenant, quels soutiens existent déjà",
            "وضع الوصول: مع من، وأين يسكن الشخص الآن، وما الدعم المتوفّر له حاليًا",
            "Situation bei der Ankunft: mit wem, wo die Person jetzt wohnt, welche Unterstützung es schon gibt",
            "Συνθήκες άφιξης: με ποιους, πού μένει τώρα το άτομο, ποια υποστήριξη έχει ήδη",
            "Situazione all'arrivo: con chi, dove vive ora la persona, quali aiuti ha già",
            "Situação à chegada: com quem, onde vive agora a pessoa, que apoios já tem",
            "Situația la sosire: cu cine, unde locuiește acum persoana, ce sprijin are deja",
            "وضعیت ورود: با چه کسانی، اکنون کجا زندگی می‌کند، چه حمایت‌هایی از قبل دارد",
            "Обставини прибуття: з ким, де особа живе зараз, яку підтримку вже має",
        ]),
        QuestionKind::FreeText { max_chars: 1000 },
    );
    let situation = with_help(
        situation,
        t([
            "Write only what the programme needs. Do not record health details or the legal procedure here.",
            "Notez seulement ce dont le programme a besoin. Pas de détails de santé ni de procédure juridique ici.",
            "اكتب فقط ما يحتاجه البرنامج. لا تسجّل هنا تفاصيل صحية أو تفاصيل الإجراءات القانونية.",
            "Notieren Sie nur, was das Programm braucht. Keine Gesundheitsdetails und kein Rechtsverfahren hier.",
            "Γράψτε μόνο ό,τι χρειάζεται το πρόγραμμα. Όχι στοιχεία υγείας ή νομικής διαδικασίας εδώ.",
            "Annoti solo ciò che serve al programma. Niente dettagli sulla salute o sulla procedura legale qui.",
            "Registe apenas o que o programa precisa. Sem detalhes de saúde nem do processo jurídico aqui.",
            "Notați doar ce îi trebuie programului. Fără detalii medicale sau despre procedura juridică aici.",
            "فقط آنچه را برنامه لازم دارد بنویسید. جزئیات سلامت یا روند حقوقی را اینجا ثبت نکنید.",
            "Записуйте лише те, що потрібно програмі. Без подробиць про здоров’я чи юридичну процедуру.",
        ]),
    );
    let languages = question(
        "languages",
        true,
        t([
            "Which languages does the person speak, and how well? Which is their first language?",
            "Quelles langues la personne parle-t-elle, et à quel niveau ? Quelle est sa première langue ?",
            "ما اللغات التي يتكلّمها الشخص، وما مستواه فيها؟ وما لغته الأم؟",
            "Welche Sprachen spricht die Person, und wie gut? Welche ist ihre Erstsprache?",
            "Ποιες γλώσσες μιλά το άτομο και πόσο καλά; Ποια είναι η μητρική του γλώσσα;",
            "Quali lingue parla la persona, e a che livello? Qual è la sua prima lingua?",
            "Que línguas fala a pessoa, e a que nível? Qual é a sua primeira língua?",
            "Ce limbi vorbește persoana și cât de bine? Care este limba ei maternă?",
            "این فرد به چه زبان‌هایی و در چه سطحی صحبت می‌کند؟ زبان مادری‌اش کدام است؟",
            "Якими мовами розмовляє особа і наскільки добре? Яка її рідна мова?",
        ]),
        QuestionKind::FreeText { max_chars: 500 },
    );
    let urgent = question(
        "urgent_needs",
        false,
        t([
            "Which needs are urgent?",
            "Quels besoins sont urgents ?",
            "ما الاحتياجات العاجلة؟",
            "Welcher Bedarf ist dringend?",
            "Ποιες ανάγκες είναι επείγουσες;",
            "Quali bisogni sono urgenti?",
            "Que necessidades são urgentes?",
            "Ce nevoi sunt urgente?",
            "کدام نیازها فوری است؟",
            "Які потреби нагальні?",
        ]),
        QuestionKind::MultipleChoice { options: area_options() },
    );
    let contact = question(
        "preferred_contact",
        true,
        t([
            "How does the person prefer to be contacted?",
            "Comment la personne préfère-t-elle être contactée ?",
            "كيف يفضّل الشخص أن يُتواصَل معه؟",
            "Wie möchte die Person am liebsten kontaktiert werden?",
            "Πώς προτιμά το άτομο να επικοινωνούμε μαζί του;",
            "Come preferisce essere contattata la persona?",
            "Como prefere a pessoa ser contactada?",
            "Cum preferă persoana să fie contactată?",
            "این فرد ترجیح می‌دهد چگونه با او تماس گرفته شود؟",
            "Як особа воліє, щоб із нею зв’язувалися?",
        ]),
        QuestionKind::SingleChoice {
            options: vec![
                choice(
                    "phone",
                    t([
                        "Phone call",
                        "Appel téléphonique",
                        "مكالمة هاتفية",
                        "Anruf",
                        "Τηλεφωνική κλήση",
                        "Telefonata",
                        "Chamada telefónica",
                        "Apel telefonic",
                        "تماس تلفنی",
                        "Телефонний дзвінок",
                    ]),
                ),
                choice(
                    "sms",
                    t(["Text message", "SMS", "رسالة نصية قصيرة", "SMS", "SMS", "SMS", "SMS", "SMS", "پیامک", "SMS"]),
                ),
                choice(
                    "messaging",
                    t([
                        "Messaging app",
                        "Application de messagerie",
                        "تطبيق مراسلة",
                        "Messenger-App",
                        "Εφαρμογή μηνυμάτων",
                        "App di messaggistica",
                        "Aplicação de mensagens",
                        "Aplicație de mesagerie",
                        "برنامهٔ پیام‌رسان",
                        "Месенджер",
                    ]),
                ),
                choice(
                    "email",
                    t([
                        "E-mail",
                        "E-mail",
                        "البريد الإلكتروني",
                        "E-Mail",
                        "Email",
                        "E-mail",
                        "E-mail",
                        "E-mail",
                        "ایمیل",
                        "Електронна пошта",
                    ]),
                ),
                choice(
                    "through_staff",
                    t([
                        "Through the social worker",
                        "Par l'intermédiaire du travailleur social",
                        "عن طريق الأخصائي الاجتماعي",
                        "Über die Sozialarbeit",
                        "Μέσω του/της κοινωνικού λειτουργού",
                        "Tramite l'assistente sociale",
                        "Através do/a assistente social",
                        "Prin asistentul social",
                        "از طریق مددکار اجتماعی",
                        "Через соціального працівника",
                    ]),
                ),
            ],
        },
    );
    let gender = question(
        "buddy_gender",
        true,
        t([
            "Does the person want a buddy of a particular gender?",
            "La personne souhaite-t-elle être accompagnée par une femme ou par un homme ?",
            "هل يفضّل الشخص رفيقًا من جنس معيّن؟",
            "Wünscht sich die Person einen Buddy eines bestimmten Geschlechts?",
            "Θέλει το άτομο μέντορα συγκεκριμένου φύλου;",
            "La persona desidera un buddy di un genere in particolare?",
            "A pessoa prefere um/a mentor/a de um género em particular?",
            "Dorește persoana un mentor de un anumit gen?",
            "آیا این فرد همراهی از جنسیت خاصی می‌خواهد؟",
            "Чи хоче особа наставника певної статі?",
        ]),
        QuestionKind::SingleChoice {
            options: vec![
                choice(
                    "none",
                    t([
                        "No preference",
                        "Pas de préférence",
                        "لا تفضيل",
                        "Egal",
                        "Καμία προτίμηση",
                        "Nessuna preferenza",
                        "Sem preferência",
                        "Nicio preferință",
                        "فرقی نمی‌کند",
                        "Без різниці",
                    ]),
                ),
                choice(
                    "woman",
                    t([
                        "A woman",
                        "Une femme",
                        "امرأة",
                        "Eine Frau",
                        "Γυναίκα",
                        "Una donna",
                        "Uma mulher",
                        "O femeie",
                        "یک زن",
                        "Жінку",
                    ]),
                ),
                choice(
                    "man",
                    t([
                        "A man",
                        "Un homme",
                        "رجل",
                        "Einen Mann",
                        "Άνδρα",
                        "Un uomo",
                        "Um homem",
                        "Un bărbat",
                        "یک مرد",
                        "Чоловіка",
                    ]),
                ),
            ],
        },
    );
    let availability = question(
        "availability",
        false,
        t([
            "When is the person available?",
            "Quand la personne est-elle disponible ?",
            "متى يكون الشخص متاحًا؟",
            "Wann hat die Person Zeit?",
            "Πότε είναι διαθέσιμο το άτομο;",
            "Quando è disponibile la persona?",
            "Quando está a pessoa disponível?",
            "Când este disponibilă persoana?",
            "این فرد چه زمانی وقت دارد؟",
            "Коли особа має час?",
        ]),
        QuestionKind::MultipleChoice {
            options: vec![
                choice(
                    "weekday_mornings",
                    t([
                        "Weekday mornings",
                        "En semaine, le matin",
                        "صباحًا في أيام الأسبوع",
                        "Werktags vormittags",
                        "Καθημερινές το πρωί",
                        "Giorni feriali, mattina",
                        "Dias úteis, de manhã",
                        "În zilele lucrătoare, dimineața",
                        "روزهای کاری، صبح",
                        "У будні вранці",
                    ]),
                ),
                choice(
                    "weekday_afternoons",
                    t([
                        "Weekday afternoons",
                        "En semaine, l'après-midi",
                        "بعد الظهر في أيام الأسبوع",
                        "Werktags nachmittags",
                        "Καθημερινές το απόγευμα",
                        "Giorni feriali, pomeriggio",
                        "Dias úteis, à tarde",
                        "În zilele lucrătoare, după-amiaza",
                        "روزهای کاری، بعدازظهر",
                        "У будні вдень",
                    ]),
                ),
                choice(
                    "weekday_evenings",
                    t([
                        "Weekday evenings",
                        "En semaine, le soir",
                        "مساءً في أيام الأسبوع",
                        "Werktags abends",
                        "Καθημερινές το βράδυ",
                        "Giorni feriali, sera",
                        "Dias úteis, à noite",
                        "În zilele lucrătoare, seara",
                        "روزهای کاری، عصر",
                        "У будні ввечері",
                    ]),
                ),
                choice(
                    "weekends",
                    t([
                        "Weekends",
                        "Le week-end",
                        "في عطلة نهاية الأسبوع",
                        "Am Wochenende",
                        "Σαββατοκύριακα",
                        "Fine settimana",
                        "Fim de semana",
                        "În weekend",
                        "آخر هفته",
                        "На вихідних",
                    ]),
                ),
            ],
        },
    );
    let notes = question(
        "notes",
        false,
        t([
            "Notes",
            "Remarques",
            "ملاحظات",
            "Notizen",
            "Σημειώσεις",
            "Note",
            "Notas",
            "Observații",
            "یادداشت‌ها",
            "Примітки",
        ]),
        QuestionKind::FreeText { max_chars: 2000 },
    );
    Definition {
        key: "newcomer_intake".into(),
        kind: Kind::NewcomerIntake,
        sections: vec![
            section(
                "arrival",
                t([
                    "Arrival",
                    "Arrivée",
                    "الوصول",
                    "Ankunft",
                    "Άφιξη",
                    "Arrivo",
                    "Chegada",
                    "Sosirea",
                    "ورود",
                    "Прибуття",
                ]),
                vec![arrived_on, situation, languages],
            ),
            section(
                "needs",
                t([
                    "Needs and wishes",
                    "Besoins et souhaits",
                    "الاحتياجات والرغبات",
                    "Bedarf und Wünsche",
                    "Ανάγκες και επιθυμίες",
                    "Bisogni e desideri",
                    "Necessidades e desejos",
                    "Nevoi și dorințe",
                    "نیازها و خواسته‌ها",
                    "Потреби й побажання",
                ]),
                vec![with_help(urgent, several_answers()), gender, availability],
            ),
            section(
                "contact",
                t([
                    "Contact and notes",
                    "Contact et remarques",
                    "التواصل والملاحظات",
                    "Kontakt und Notizen",
                    "Επικοινωνία και σημειώσεις",
                    "Contatti e note",
                    "Contacto e notas",
                    "Contact și observații",
                    "تماس و یادداشت‌ها",
                    "Зв’язок і примітки",
                ]),
                vec![contact, notes],
            ),
        ],
    }
}

/// The four shipped questionnaires, one per [`Kind`].
pub fn all() -> [Definition; 4] {
    [
        default_newcomer_self_assessment(),
        default_buddy_self_assessment(),
        default_buddy_interview(),
        default_newcomer_intake(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{Answer, AreaScore};

    /// Every text of a definition, with where it is.
    fn texts(d: &Definition) -> Vec<(String, &Text)> {
        let mut out = Vec::new();
        for s in &d.sections {
            out.push((format!("{}/{}", d.key, s.key), &s.title));
            for q in &s.questions {
                let at = format!("{}/{}", d.key, q.key);
                out.push((at.clone(), &q.text));
                if let Some(h) = &q.help {
                    out.push((format!("{at}/help"), h));
                }
                match &q.kind {
                    QuestionKind::Scale { low, high, .. } => {
                        out.push((format!("{at}/low"), low));
                        out.push((format!("{at}/high"), high));
                    }
                    QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                        out.extend(options.iter().map(|o| (format!("{at}/{}", o.key), &o.text)));
                    }
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn defaults_pass_their_checks_and_cover_each_kind() {
        let defaults = all();
        for d in &defaults {
            d.check().unwrap_or_else(|e| panic!("{}: {e}", d.key));
        }
        let kinds: Vec<Kind> = defaults.iter().map(|d| d.kind).collect();
        assert_eq!(kinds, Kind::ALL);
    }

    #[test]
    fn every_text_is_in_the_ten_languages() {
        for d in all() {
            for (at, text) in texts(&d) {
                let langs: Vec<&str> = text.languages().collect();
                assert_eq!(langs.len(), 10, "{at}: {langs:?}");
                for l in LANGUAGES {
                    let s = text.0.get(l.code).map_or("", String::as_str);
                    assert!(!s.trim().is_empty() && s.trim() == s, "{at} in {}: {s:?}", l.code);
                }
            }
        }
    }

    #[test]
    fn translations_of_one_list_are_distinct() {
        // A copy-paste slip gives two options the same label.
        for d in all() {
            for q in d.questions() {
                if let QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } = &q.kind {
                    for l in LANGUAGES {
                        let mut labels: Vec<&str> = options.iter().map(|o| o.text.get(l.code)).collect();
                        labels.sort_unstable();
                        labels.dedup();
                        assert_eq!(labels.len(), options.len(), "{}/{} in {}", d.key, q.key, l.code);
                    }
                }
            }
        }
    }

    #[test]
    fn newcomer_self_assessment_scores_every_area() {
        let d = default_newcomer_self_assessment();
        let scales: Vec<_> = d.questions().filter_map(|q| q.area).collect();
        assert_eq!(scales, Area::ALL);
        let form: Vec<(String, String)> =
            Area::ALL.iter().enumerate().map(|(i, a)| (a.as_str().to_owned(), (i % 5 + 1).to_string())).collect();
        let answers = d.parse_answers(&form).unwrap();
        let (done, total) = d.progress(&answers);
        assert_eq!((done, total), (10, 10), "children's school is optional");
        let baseline = d.baseline(&answers);
        assert_eq!(baseline.len(), 11);
        assert_eq!(baseline[0], AreaScore { area: Area::Language, mean: 1.0, normalised: 0.0, answered: 1 });
        assert_eq!(baseline[4], AreaScore { area: Area::Health, mean: 5.0, normalised: 1.0, answered: 1 });
        let help = d.parse_one("help_first", &["housing", "language"]).unwrap();
        assert_eq!(help, Some(Answer::Choices(vec!["language".into(), "housing".into()])));
    }

    #[test]
    fn area_options_use_the_stable_names() {
        let d = default_newcomer_intake();
        let Some(QuestionKind::MultipleChoice { options }) = d.question("urgent_needs").map(|q| &q.kind) else {
            panic!("urgent needs is a multiple choice")
        };
        for (o, a) in options.iter().zip(Area::ALL) {
            assert_eq!(Area::parse(&o.key), Some(a));
        }
    }

    #[test]
    fn defaults_are_the_snapshot_taken_before_they_became_data() {
        // Compared question by question so that a difference names its place.
        let before: Vec<Definition> = serde_json::from_str(include_str!("shipped_snapshot.json")).unwrap();
        let now = all();
        assert_eq!(now.len(), before.len());
        for (d, b) in now.iter().zip(&before) {
            assert_eq!((&d.key, d.kind, d.sections.len()), (&b.key, b.kind, b.sections.len()));
            for (s, bs) in d.sections.iter().zip(&b.sections) {
                assert_eq!(
                    (&s.key, &s.title, s.questions.len()),
                    (&bs.key, &bs.title, bs.questions.len()),
                    "{}",
                    d.key
                );
                for (q, bq) in s.questions.iter().zip(&bs.questions) {
                    assert_eq!(q, bq, "{}/{}", d.key, q.key);
                }
            }
            assert_eq!(d, b);
        }
    }

    #[test]
    fn defaults_survive_json() {
        for d in all() {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Definition>(&json).unwrap(), d);
        }
    }
}
