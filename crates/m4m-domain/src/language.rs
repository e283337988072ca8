//! The interface languages. The partner languages and the newcomers' first
//! ones; Arabic, Farsi, Dari and Pashto are written right to left.

/// How a script runs on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// An interface language m4m ships translations for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, also the name of the `.ftl` file.
    pub code: &'static str,
    /// The language's name in itself, for the language switcher.
    pub native_name: &'static str,
    /// Writing direction.
    pub direction: Direction,
}

/// The languages of the interface, English first (the fallback).
pub const LANGUAGES: [Language; 14] = [
    lang("en", "English", Direction::Ltr),
    lang("fr", "Français", Direction::Ltr),
    lang("ar", "العربية", Direction::Rtl),
    lang("de", "Deutsch", Direction::Ltr),
    lang("el", "Ελληνικά", Direction::Ltr),
    lang("it", "Italiano", Direction::Ltr),
    lang("pt", "Português", Direction::Ltr),
    lang("ro", "Română", Direction::Ltr),
    lang("fa", "فارسی", Direction::Rtl),
    lang("uk", "Українська", Direction::Ltr),
    lang("prs", "دری", Direction::Rtl),
    lang("ps", "پښتو", Direction::Rtl),
    lang("ti", "ትግርኛ", Direction::Ltr),
    lang("so", "Soomaali", Direction::Ltr),
];

const fn lang(code: &'static str, native_name: &'static str, direction: Direction) -> Language {
    Language { code, native_name, direction }
}

/// The fallback language.
pub const DEFAULT: Language = LANGUAGES[0];

/// Finds an interface language by its code (`fr`, `fr-BE` and `FR` all
/// give French).
pub fn find(code: &str) -> Option<Language> {
    let code = code.trim().to_ascii_lowercase().replace('_', "-");
    // Dari is also tagged as the Persian of Afghanistan.
    let primary = if code == "fa-af" { "prs" } else { code.split('-').next()? };
    LANGUAGES.into_iter().find(|l| l.code == primary)
}

/// Picks the best interface language from an `Accept-Language` header,
/// honouring quality values; `None` when none is offered.
pub fn negotiate(accept_language: &str) -> Option<Language> {
    let mut offered: Vec<(f32, usize, Language)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q = it.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            if !(q > 0.0 && q <= 1.0) {
                return None;
            }
            Some((q, i, find(tag)?))
        })
        .collect();
    offered.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    offered.first().map(|o| o.2)
}

/// The name of a language in itself, for the languages people speak
/// (wider than the interface languages). `None` for a code not listed,
/// which screens then show as the code.
pub fn endonym(code: &str) -> Option<&'static str> {
    const NAMES: [(&str, &str); 30] = [
        ("en", "English"),
        ("fr", "Français"),
        ("ar", "العربية"),
        ("de", "Deutsch"),
        ("el", "Ελληνικά"),
        ("it", "Italiano"),
        ("pt", "Português"),
        ("ro", "Română"),
        ("fa", "فارسی"),
        ("prs", "دری"),
        ("ps", "پښتو"),
        ("uk", "Українська"),
        ("ru", "Русский"),
        ("ti", "ትግርኛ"),
        ("am", "አማርኛ"),
        ("so", "Soomaali"),
        ("tr", "Türkçe"),
        ("ku", "Kurdî"),
        ("ckb", "کوردی"),
        ("ur", "اردو"),
        ("bn", "বাংলা"),
        ("es", "Español"),
        ("sq", "Shqip"),
        ("ln", "Lingála"),
        ("sw", "Kiswahili"),
        ("wo", "Wolof"),
        ("ha", "Hausa"),
        ("ka", "ქართული"),
        ("hy", "Հայերեն"),
        ("pl", "Polski"),
    ];
    NAMES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// Names of languages people speak in the interface languages (lower
/// case), for spreadsheets that write `arabe` or `Arabic` where a code is
/// expected.
const NAMES: [(&str, &[&str]); 20] = [
    (
        "en",
        &[
            "english",
            "anglais",
            "englisch",
            "inglese",
            "inglês",
            "engleză",
            "αγγλικά",
            "англійська",
            "الإنجليزية",
            "الانجليزية",
            "انگلیسی",
        ],
    ),
    (
        "fr",
        &[
            "french",
            "français",
            "francais",
            "französisch",
            "francese",
            "francês",
            "franceză",
            "γαλλικά",
            "французька",
            "الفرنسية",
            "فرانسوی",
        ],
    ),
    ("ar", &["arabic", "arabe", "arabisch", "arabo", "árabe", "arabă", "αραβικά", "арабська", "العربية", "عربی"]),
    (
        "de",
        &[
            "german",
            "allemand",
            "deutsch",
            "tedesco",
            "alemão",
            "germană",
            "γερμανικά",
            "німецька",
            "الألمانية",
            "آلمانی",
        ],
    ),
    ("el", &["greek", "grec", "griechisch", "greco", "grego", "greacă", "ελληνικά", "грецька", "اليونانية", "یونانی"]),
    (
        "it",
        &[
            "italian",
            "italien",
            "italienisch",
            "italiano",
            "italiană",
            "ιταλικά",
            "італійська",
            "الإيطالية",
            "ایتالیایی",
        ],
    ),
    (
        "pt",
        &[
            "portuguese",
            "portugais",
            "portugiesisch",
            "portoghese",
            "português",
            "portugheză",
            "πορτογαλικά",
            "португальська",
            "البرتغالية",
            "پرتغالی",
        ],
    ),
    (
        "ro",
        &[
            "romanian",
            "roumain",
            "rumänisch",
            "rumeno",
            "romeno",
            "română",
            "ρουμανικά",
            "румунська",
            "الرومانية",
            "رومانیایی",
        ],
    ),
    (
        "fa",
        &[
            "persian",
            "farsi",
            "persan",
            "persisch",
            "persiano",
            "persa",
            "persană",
            "περσικά",
            "перська",
            "الفارسية",
            "فارسی",
        ],
    ),
    ("prs", &["dari", "دری"]),
    ("ps", &["pashto", "pachto", "paschtu", "pashtu", "pastó", "paștună", "παστού", "пушту", "البشتو", "پشتو", "پښتو"]),
    (
        "uk",
        &[
            "ukrainian",
            "ukrainien",
            "ukrainisch",
            "ucraino",
            "ucraniano",
            "ucraineană",
            "ουκρανικά",
            "українська",
            "الأوكرانية",
            "اوکراینی",
        ],
    ),
    ("ru", &["russian", "russe", "russisch", "russo", "rusă", "ρωσικά", "російська", "الروسية", "روسی"]),
    ("ti", &["tigrinya", "tigrigna", "tigrinia", "tigrino", "тигринья", "التغرينية", "تیگرینیا", "ትግርኛ"]),
    (
        "es",
        &[
            "spanish",
            "espagnol",
            "spanisch",
            "spagnolo",
            "espanhol",
            "spaniolă",
            "ισπανικά",
            "іспанська",
            "الإسبانية",
            "اسپانیایی",
            "español",
        ],
    ),
    ("tr", &["turkish", "turc", "türkisch", "turco", "turcă", "τουρκικά", "турецька", "التركية", "ترکی", "türkçe"]),
    (
        "so",
        &[
            "somali",
            "somalisch",
            "somalo",
            "somaliană",
            "σομαλικά",
            "сомалійська",
            "الصومالية",
            "سومالیایی",
            "soomaali",
        ],
    ),
    (
        "am",
        &[
            "amharic",
            "amharique",
            "amharisch",
            "amarico",
            "amárico",
            "amharică",
            "αμχαρικά",
            "амхарська",
            "الأمهرية",
            "امهری",
            "አማርኛ",
        ],
    ),
    ("ku", &["kurdish", "kurde", "kurdisch", "curdo", "kurdă", "κουρδικά", "курдська", "الكردية", "کردی", "kurdî"]),
    (
        "sq",
        &[
            "albanian",
            "albanais",
            "albanisch",
            "albanese",
            "albanês",
            "albaneză",
            "αλβανικά",
            "албанська",
            "الألبانية",
            "آلبانیایی",
            "shqip",
        ],
    ),
];

/// The code of a language given by its code or by its name in one of the
/// interface languages (any case): `ar`, `Arabe`, `Arabic` and `العربية`
/// all give `ar`. `None` for a name not listed.
pub fn code_for_name(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    NAMES.iter().find(|(code, names)| *code == name || names.contains(&name.as_str())).map(|(code, _)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_by_primary_subtag() {
        assert_eq!(find("fr-BE").unwrap().code, "fr");
        assert_eq!(find("AR").unwrap().direction, Direction::Rtl);
        assert_eq!(find("fa").unwrap().direction, Direction::Rtl);
        assert_eq!(find("en").unwrap().direction, Direction::Ltr);
        assert!(find("zz").is_none());
        assert!(find("").is_none());
    }

    #[test]
    fn negotiation_follows_quality() {
        assert_eq!(negotiate("de;q=0.5, ar;q=0.9, en;q=0.1").unwrap().code, "ar");
        assert_eq!(negotiate("xx, fr-FR, en").unwrap().code, "fr");
        assert_eq!(negotiate("fr;q=0, de").unwrap().code, "de");
        assert!(negotiate("xx, yy;q=0.3").is_none());
        assert!(negotiate("fr;q=abc").is_none());
    }

    #[test]
    fn language_names_give_codes() {
        assert_eq!(code_for_name("Arabe"), Some("ar"));
        assert_eq!(code_for_name("english"), Some("en"));
        assert_eq!(code_for_name(" Ελληνικά "), Some("el"));
        assert_eq!(code_for_name("prs"), Some("prs"));
        assert_eq!(code_for_name("klingon"), None);
    }
}
