//! Translations: one Fluent file per language under `locales/`, embedded in
//! the binary. English is the reference and the fallback; a language marked
//! `# draft` in its first lines may still miss keys, which then show in
//! English. Strings typed by people (names, places) are isolated with
//! `<bdi>` where they enter a translated sentence, so that an Arabic name
//! in a French sentence (or the reverse) keeps its order.

use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use m4m_domain::language::{self, LANGUAGES, Language};
use m4m_domain::zone::Zone;

/// The embedded translation files, by language code.
pub const SOURCES: [(&str, &str); 14] = [
    ("en", include_str!("../locales/en.ftl")),
    ("fr", include_str!("../locales/fr.ftl")),
    ("ar", include_str!("../locales/ar.ftl")),
    ("de", include_str!("../locales/de.ftl")),
    ("el", include_str!("../locales/el.ftl")),
    ("it", include_str!("../locales/it.ftl")),
    ("pt", include_str!("../locales/pt.ftl")),
    ("ro", include_str!("../locales/ro.ftl")),
    ("fa", include_str!("../locales/fa.ftl")),
    ("uk", include_str!("../locales/uk.ftl")),
    ("prs", include_str!("../locales/prs.ftl")),
    ("ps", include_str!("../locales/ps.ftl")),
    ("ti", include_str!("../locales/ti.ftl")),
    ("so", include_str!("../locales/so.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// The bundle of a language, parsed the first time a page in it is made
/// and kept for the life of the process: a parsed file takes about a
/// megabyte, and an installation speaks a few of the fourteen languages,
/// not all (an idle server of a French programme holds French and the
/// English fallback). `None` for a code that has no file.
fn bundle(code: &str) -> Option<&'static Bundle> {
    static BUNDLES: [OnceLock<Bundle>; SOURCES.len()] = [const { OnceLock::new() }; SOURCES.len()];
    let at = SOURCES.iter().position(|(c, _)| *c == code)?;
    Some(BUNDLES[at].get_or_init(|| {
        let (code, src) = SOURCES[at];
        // The files are ours and checked by the tests; a broken entry is
        // skipped rather than taking the server down.
        let resource = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Dari's plural rules are Persian's, which the plural tables know
        // under `fa` only.
        let tag = if code == "prs" { "fa-AF" } else { code };
        let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(fluent_number));
        let _ = bundle.add_resource(resource);
        bundle
    }))
}

/// A number of a message in the bundle's language (`12 345` in French):
/// Fluent's own formatting knows no locale. Numbers asked for without
/// grouping keep Fluent's.
fn fluent_number(value: &FluentValue, memoizer: &intl_memoizer::concurrent::IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    if !n.options.use_grouping {
        return None;
    }
    let text = n.as_string();
    memoizer.with_try_get::<BundleFormats, _, _>((), |f| f.0.decimal_text(&text)).ok().flatten()
}

/// The formatters of a bundle's language, as the memoizer of a Fluent
/// bundle keeps them.
struct BundleFormats(&'static crate::fmt::Formats);

impl intl_memoizer::Memoizable for BundleFormats {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleFormats(crate::fmt::Formats::of(language::find(&lang.to_string()).unwrap_or(language::DEFAULT))))
    }
}

/// The reader's locale: the language of the page, the way to its strings,
/// and the time zone in which moments are shown and typed (the reader's
/// organisation's; UTC for visitors).
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    /// The language of the page.
    pub lang: Language,
    pub zone: &'static Zone,
}

/// The zone of that name, made once and kept for the life of the process:
/// there are a few hundred names at most, each checked against the IANA
/// database before it gets here.
pub fn zone(name: &str) -> &'static Zone {
    static ZONES: Mutex<Vec<&'static Zone>> = Mutex::new(Vec::new());
    let mut zones = ZONES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(z) = zones.iter().find(|z| z.name() == name) {
        return z;
    }
    let z = Zone::from_stored(name);
    if let Some(known) = zones.iter().find(|k| k.name() == z.name()) {
        return known;
    }
    let z: &'static Zone = Box::leak(Box::new(z));
    zones.push(z);
    z
}

/// One argument of a translated message.
pub enum Arg<'a> {
    /// A number: selects plural forms.
    Num(i64),
    /// Text from the software itself (a date, a translated word).
    Text(&'a str),
    /// Text a person typed (a name, a place), or data that must keep its
    /// own direction (a date): isolated with `<bdi>` in HTML.
    User(&'a str),
    /// HTML made by [`Tr::html`] already (escaped): inserted as it is.
    Html(&'a str),
}

impl Tr {
    /// The translator for a language.
    pub fn new(lang: Language) -> Tr {
        Tr { lang, zone: zone("UTC") }
    }

    /// The same language, in another time zone.
    pub fn in_zone(self, zone: &'static Zone) -> Tr {
        Tr { zone, ..self }
    }

    /// A moment in the reader's zone and language, with its offset from
    /// UTC (`1 juin 2026, 15:00 UTC+2`; see [`crate::fmt`]).
    pub fn when(&self, unix: i64) -> String {
        crate::fmt::moment(self, unix)
    }

    /// The date of a moment in the reader's zone, in the reader's form.
    pub fn date_of(&self, unix: i64) -> String {
        crate::fmt::date(self, self.zone.local(unix).date())
    }

    /// The date of a moment in the reader's zone as `yyyy-mm-dd`, for form
    /// values and exports.
    pub fn iso_date_of(&self, unix: i64) -> String {
        crate::fmt::iso_date(self.zone.local(unix).date())
    }

    /// Today in the reader's zone.
    pub fn today(&self) -> time::Date {
        self.zone.local(time::OffsetDateTime::now_utc().unix_timestamp()).date()
    }

    /// A moment in the reader's zone as `yyyy-mm-dd hh:mm`, for exports:
    /// what every spreadsheet reads as a date and time.
    pub fn iso_when(&self, unix: i64) -> String {
        let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
        self.zone.local(unix).format(f).unwrap_or_default()
    }

    /// A calendar date in the reader's form (`1 juin 2026`).
    pub fn date(&self, d: time::Date) -> String {
        crate::fmt::date(self, d)
    }

    /// A whole number in the reader's form (`12 345`).
    pub fn number(&self, n: i64) -> String {
        crate::fmt::number(self, n)
    }

    /// The translator for a language code, English when unknown.
    pub fn for_code(code: &str) -> Tr {
        Tr::new(language::find(code).unwrap_or(language::DEFAULT))
    }

    /// The `dir` attribute of the page.
    pub fn dir(&self) -> &'static str {
        self.lang.direction.as_str()
    }

    /// A message without arguments, as plain text.
    pub fn t(&self, key: &str) -> String {
        self.format(key, &[], false)
    }

    /// A message with a count (`$count`), as plain text.
    pub fn n(&self, key: &str, count: i64) -> String {
        self.format(key, &[("count", Arg::Num(count))], false)
    }

    /// A message with arguments, as plain text.
    pub fn args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(key, args, false)
    }

    /// A message with arguments as HTML: the message is escaped, and text
    /// people typed is escaped and wrapped in `<bdi>`. Mark it `|safe`.
    pub fn html(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(key, args, true)
    }

    /// A message with one typed-in argument (a name) as safe HTML.
    pub fn with_name(&self, key: &str, arg: &str, value: &str) -> String {
        self.html(key, &[(arg, Arg::User(value))])
    }

    fn format(&self, key: &str, args: &[(&str, Arg<'_>)], html: bool) -> String {
        // In HTML, the message text is escaped by replacing each argument
        // with a marker, escaping the whole, then putting the (escaped,
        // isolated) arguments in place of the markers.
        let mut fluent_args = FluentArgs::new();
        let mut inserts: Vec<(String, String)> = Vec::new();
        for (i, (name, value)) in args.iter().enumerate() {
            match value {
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(s) | Arg::User(s) | Arg::Html(s) if !html => fluent_args.set(*name, FluentValue::from(*s)),
                Arg::Text(s) | Arg::User(s) | Arg::Html(s) => {
                    let marker = format!("\u{E000}{i}\u{E001}");
                    let value = match value {
                        Arg::User(_) => format!("<bdi>{}</bdi>", escape(s)),
                        Arg::Html(_) => (*s).to_owned(),
                        _ => escape(s),
                    };
                    fluent_args.set(*name, FluentValue::from(marker.clone()));
                    inserts.push((marker, value));
                }
            }
        }
        let text = [self.lang.code, language::DEFAULT.code]
            .iter()
            .find_map(|code| {
                let bundle = bundle(code)?;
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
            })
            .unwrap_or_else(|| key.to_owned());
        if !html {
            return text;
        }
        let mut out = escape(&text);
        for (marker, value) in inserts {
            out = out.replace(&marker, &value);
        }
        out
    }
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a translation file says it is a draft (`# draft` in its
/// opening comment).
pub fn is_draft(source: &str) -> bool {
    source.lines().take(5).any(|l| l.trim_start_matches('#').trim().to_lowercase().starts_with("draft"))
}

/// Every language of the interface, for the switcher.
pub fn languages() -> &'static [Language] {
    &LANGUAGES
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;

    fn keys(src: &str) -> Vec<String> {
        let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(_, e)| panic!("syntax errors: {e:?}"));
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_file_parses_and_complete_languages_have_every_key() {
        let reference = keys(SOURCES[0].1);
        assert!(reference.len() > 100);
        for (code, src) in SOURCES {
            let have = keys(src);
            let mut sorted = have.clone();
            sorted.sort();
            let repeated: Vec<&String> = sorted.windows(2).filter(|w| w[0] == w[1]).map(|w| &w[0]).collect();
            assert!(repeated.is_empty(), "{code}.ftl defines {repeated:?} twice: only the first would ever show");
            let missing: Vec<&String> = reference.iter().filter(|k| !have.contains(k)).collect();
            let unknown: Vec<&String> = have.iter().filter(|k| !reference.contains(k)).collect();
            assert!(unknown.is_empty(), "{code}.ftl has keys English lacks: {unknown:?}");
            if ["en", "fr", "ar"].contains(&code) {
                assert!(!is_draft(src), "{code} must be complete, not a draft");
            }
            if !is_draft(src) {
                assert!(missing.is_empty(), "{code}.ftl misses {missing:?}");
            }
        }
    }

    #[test]
    fn every_message_formats_without_error_in_every_language() {
        // Every `$variable` the reference uses, given a number (which also
        // exercises the plural selectors).
        let en = SOURCES[0].1;
        let variables: Vec<String> = en
            .match_indices('$')
            .map(|(i, _)| en[i + 1..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-').collect())
            .collect();
        for (code, src) in SOURCES {
            let bundle = bundle(code).unwrap();
            for key in keys(src) {
                let msg = bundle.get_message(&key).unwrap();
                let Some(pattern) = msg.value() else { continue };
                let mut args = FluentArgs::new();
                for name in &variables {
                    args.set(name.as_str(), FluentValue::from(3));
                }
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{code}: {key}: {errors:?}");
            }
        }
    }

    /// French puts a non-breaking space before `:` and a narrow one
    /// before `;`, `!` and `?`, so that the sign never starts a line.
    #[test]
    fn french_punctuation_keeps_its_space() {
        let fr = SOURCES.iter().find(|(c, _)| *c == "fr").unwrap().1;
        let loose: Vec<&str> = fr
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| [" :", " ;", " !", " ?", "« ", " »"].iter().any(|p| l.contains(p)))
            .collect();
        assert!(
            loose.is_empty(),
            "{} French lines with a breaking space before a sign:\n{}",
            loose.len(),
            loose.join("\n")
        );
        assert!(Tr::for_code("fr").t("table-scroll").contains("Tableau\u{a0}:"));
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = Tr::for_code("en");
        assert_eq!(en.n("home-people-total", 1), "One person");
        assert_eq!(en.n("home-people-total", 7), "7 people");
        let ar = Tr::for_code("ar");
        // Arabic has six plural forms; two and eleven differ.
        assert_ne!(ar.n("home-people-total", 2), ar.n("home-people-total", 11));
    }

    #[test]
    fn names_are_escaped_and_isolated() {
        let en = Tr::for_code("en");
        let html = en.with_name("home-welcome", "name", "<b>Amal</b>");
        assert_eq!(html, "Welcome, <bdi>&lt;b&gt;Amal&lt;/b&gt;</bdi>");
        assert_eq!(en.args("home-welcome", &[("name", Arg::User("Amal"))]), "Welcome, Amal");
    }

    #[test]
    fn unknown_keys_and_languages_fall_back() {
        assert_eq!(Tr::for_code("zz").lang.code, "en");
        assert_eq!(Tr::for_code("fr").t("no-such-key"), "no-such-key");
        assert_eq!(Tr::for_code("ar").dir(), "rtl");
        assert_eq!(Tr::for_code("fa").dir(), "rtl");
        assert_eq!(Tr::for_code("uk").dir(), "ltr");
        // The newcomers' languages: Dari and Pashto right to left.
        for (code, dir) in [("prs", "rtl"), ("fa-AF", "rtl"), ("ps", "rtl"), ("ti", "ltr"), ("so", "ltr")] {
            assert_eq!(Tr::for_code(code).dir(), dir, "{code}");
        }
        assert_eq!(Tr::for_code("fa-AF").lang.code, "prs");
        assert_eq!(Tr::for_code("ps").t("nav-home"), "کور پاڼه");
    }
}
