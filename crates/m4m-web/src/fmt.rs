//! Formatting for pages: numbers, dates, moments and lists in the reader's
//! language (ICU4X, with the CLDR data compiled into the binary), language
//! names and first names. `Tr::when`, `Tr::date` and `Tr::number` are the
//! ways in; they know the reader's language and time zone.
//!
//! Decisions:
//! - Every language shows the Gregorian calendar: the dates a newcomer
//!   meets in Europe (appointments, letters, the forms' date pickers) are
//!   Gregorian, even where CLDR's default for the language (Dari, Farsi) is
//!   the Solar Hijri calendar.
//! - Digits are Latin (`-u-nu-latn`) in every language, as the forms take
//!   them and as phone numbers, addresses and documents are written here;
//!   separators, patterns and month names follow the language.
//! - A moment is shown with its offset from UTC in the language's own form
//!   (`UTC+2` in French, `GMT+2` in English, `غرينتش+2` in Arabic), never
//!   with a zone's English name (`Europe/Paris`).
//! - Languages CLDR knows little of (Tigrinya, Somali, Dari) take what it
//!   has, falling back to its root patterns, which stay unambiguous.
//! - Machine forms stay ISO 8601 (`yyyy-mm-dd`): form values, exports,
//!   the API ([`iso_date`]).

use std::sync::OnceLock;

use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{Combo, YMD, YMDT, zone::LocalizedOffsetShort};
use icu_datetime::input::{Date as IcuDate, Time as IcuTime, UtcOffset, ZonedDateTime};
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use m4m_domain::language::{LANGUAGES, Language, endonym};

use crate::i18n::Tr;

/// One language's formatters, made once for the life of the process.
pub(crate) struct Formats {
    number: DecimalFormatter,
    list: ListFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    moment: FixedCalendarDateTimeFormatter<Gregorian, Combo<YMDT, LocalizedOffsetShort>>,
}

/// The CLDR locale of an interface language, with Latin digits. Dari is
/// Afghan Persian to CLDR (`fa-AF`).
fn locale(lang: Language) -> Locale {
    let tag = if lang.code == "prs" { "fa-AF" } else { lang.code };
    format!("{tag}-u-nu-latn").parse().unwrap_or(Locale::UNKNOWN)
}

impl Formats {
    fn new(lang: Language) -> Formats {
        let loc = locale(lang);
        // Compiled data covers every locale CLDR has, and falls back to
        // its root otherwise: these cannot fail for a well-formed locale.
        let number = DecimalFormatter::try_new((&loc).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("root number data is compiled in");
        let list =
            ListFormatter::try_new_and((&loc).into(), ListFormatterOptions::default().with_length(ListLength::Wide))
                .expect("list data is compiled in");
        let date =
            FixedCalendarDateTimeFormatter::try_new((&loc).into(), YMD::medium()).expect("date data is compiled in");
        let moment = FixedCalendarDateTimeFormatter::try_new(
            (&loc).into(),
            YMDT::medium().with_time_precision(TimePrecision::Minute).with_zone(LocalizedOffsetShort),
        )
        .expect("date and time data is compiled in");
        Formats { number, list, date, moment }
    }

    /// The formatters of a language of the interface.
    pub(crate) fn of(lang: Language) -> &'static Formats {
        static ALL: OnceLock<Vec<Formats>> = OnceLock::new();
        let all = ALL.get_or_init(|| LANGUAGES.iter().map(|l| Formats::new(*l)).collect());
        let i = LANGUAGES.iter().position(|l| l.code == lang.code).unwrap_or(0);
        &all[i]
    }

    /// A number written in decimal (`-12.5`, `3`) in this language.
    pub(crate) fn decimal_text(&self, text: &str) -> Option<String> {
        let d: Decimal = text.parse().ok()?;
        Some(self.number.format(&d).to_string())
    }
}

fn icu_date(d: time::Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(d.year(), d.month() as u8, d.day()).ok()
}

/// A calendar date in the reader's form (`1 juin 2026`, `Jun 1, 2026`,
/// `01/06/2026` in Arabic).
pub fn date(tr: &Tr, d: time::Date) -> String {
    match icu_date(d) {
        Some(date) => Formats::of(tr.lang).date.format(&date).to_string(),
        None => iso_date(d),
    }
}

/// A calendar date as ISO 8601, `yyyy-mm-dd`: for form values, exports and
/// the API.
pub fn iso_date(d: time::Date) -> String {
    m4m_domain::programme::format_date(d)
}

/// A date stored as `yyyy-mm-dd`, in the reader's form; text that is not
/// such a date is shown as it is.
pub fn date_text(tr: &Tr, iso: &str) -> String {
    m4m_domain::programme::parse_date("date", iso).map_or_else(|_| iso.to_owned(), |d| date(tr, d))
}

/// A moment in the reader's time zone and form, with its offset from UTC
/// (`1 juin 2026, 15:00 UTC+2`).
pub fn moment(tr: &Tr, unix: i64) -> String {
    let local = tr.zone.local(unix);
    let offset = UtcOffset::try_from_seconds(local.offset().whole_seconds()).unwrap_or_default();
    let (h, m, _) = local.to_hms();
    let time = IcuTime::try_new(h, m, 0, 0).unwrap_or_else(|_| IcuTime::start_of_day());
    match icu_date(local.date()) {
        Some(date) => Formats::of(tr.lang).moment.format(&ZonedDateTime { date, time, zone: offset }).to_string(),
        None => local.to_string(),
    }
}

/// A whole number in the reader's form (`12 345` in French, `12,345` in
/// English).
pub fn number(tr: &Tr, n: i64) -> String {
    Formats::of(tr.lang).number.format(&Decimal::from(n)).to_string()
}

/// Items joined as the reader's language joins a list (`A, B et C`,
/// `A وB وC`). The items are inserted as given: HTML stays HTML.
pub fn list(tr: &Tr, items: &[String]) -> String {
    Formats::of(tr.lang).list.format(items.iter()).to_string()
}

/// A pair member's first name as the other side reads it. Registration
/// requires a first name, so an empty one is an erased record's (the pair
/// and its sessions stay for the other member): it reads as a label, not
/// as a blank.
pub fn first_name(tr: &Tr, name: &str) -> String {
    if name.trim().is_empty() { tr.t("person-erased") } else { name.to_owned() }
}

/// A time zone as its offset from UTC at a moment (`UTC+1`, `UTC+5:30`,
/// `UTC−3`, `UTC`): it reads the same in every language, where a zone's
/// name (`Europe/Paris`) is English and means little to a newcomer.
pub fn utc_offset(zone: &m4m_domain::zone::Zone, unix: i64) -> String {
    let offset = zone.offset_at(unix);
    let (h, m, _) = offset.as_hms();
    let sign = if offset.is_negative() { "\u{2212}" } else { "+" };
    match (h.unsigned_abs(), m.unsigned_abs()) {
        (0, 0) => "UTC".to_owned(),
        (h, 0) => format!("UTC{sign}{h}"),
        (h, m) => format!("UTC{sign}{h}:{m:02}"),
    }
}

/// A number with `places` decimals in the reader's form (`2.4` in
/// English, `2,4` in French). A value that rounds to zero shows without a
/// minus sign.
pub fn decimal(tr: &Tr, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let text = if text.trim_start_matches(['-', '0', '.']).is_empty() { format!("{:.places$}", 0.0) } else { text };
    Formats::of(tr.lang).decimal_text(&text).unwrap_or(text)
}

/// "Speaks: …" for a list of language codes, in HTML: each name in itself
/// isolated with `<bdi>`, so that "English, العربية" or "Français, پښتو"
/// keep their order in a sentence of either direction.
pub fn speaks(tr: &Tr, codes: &[String]) -> String {
    tr.html("home-speaks", &[("languages", crate::i18n::Arg::Html(&languages_html(tr, codes)))])
}

/// A list of language codes as their names in themselves, in HTML, each
/// isolated with `<bdi>`, joined as the reader's language joins a list.
pub fn languages_html(tr: &Tr, codes: &[String]) -> String {
    let names: Vec<String> =
        codes.iter().map(|c| format!("<bdi>{}</bdi>", crate::i18n::escape(endonym(c).unwrap_or(c.as_str())))).collect();
    list(tr, &names)
}

/// A list of language codes as their names in themselves.
pub fn languages(codes: &[String]) -> String {
    codes.iter().map(|c| endonym(c).map_or_else(|| c.clone(), str::to_owned)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Tr, zone};

    #[test]
    fn moments_and_dates_in_the_readers_form_and_zone() {
        let june = 1_780_315_200; // 2026-06-01 12:00 UTC
        let fr = Tr::for_code("fr");
        assert_eq!(fr.when(0), "1 janv. 1970, 00:00 UTC+0");
        let athens = fr.in_zone(zone("Europe/Athens"));
        assert_eq!(athens.when(june), "1 juin 2026, 15:00 UTC+3");
        assert_eq!(athens.date_of(june), "1 juin 2026");
        assert_eq!(athens.iso_date_of(june), "2026-06-01");
        let en = Tr::for_code("en").in_zone(zone("Europe/Paris"));
        assert_eq!(en.when(june), "Jun 1, 2026, 2:00\u{202f}PM GMT+2");
        assert_eq!(en.when(1_796_515_200), "Dec 6, 2026, 1:00\u{202f}AM GMT+1", "winter time");
        // Arabic: day/month/year, the Arabic comma, Latin digits, the
        // offset named in Arabic.
        let ar = Tr::for_code("ar").in_zone(zone("Europe/Paris"));
        assert_eq!(ar.date_of(june), "01\u{200f}/06\u{200f}/2026");
        assert!(ar.when(june).contains("،") && ar.when(june).contains("غرينتش"), "{}", ar.when(june));
        assert!(!ar.when(june).contains("Europe/Paris"));
        // Dari and Farsi: the Gregorian calendar, not the Solar Hijri one.
        for code in ["fa", "prs"] {
            let d = Tr::for_code(code).date(time::macros::date!(2026 - 06 - 01));
            assert!(d.contains("2026") && !d.contains("1405"), "{code}: {d}");
        }
        assert_eq!(Tr::for_code("de").date(time::macros::date!(2026 - 06 - 01)), "01.06.2026");
        assert_eq!(super::iso_date(time::macros::date!(2026 - 06 - 01)), "2026-06-01");
    }

    #[test]
    fn numbers_and_lists_in_the_readers_form() {
        let fr = Tr::for_code("fr");
        let en = Tr::for_code("en");
        let ar = Tr::for_code("ar");
        assert_eq!(super::decimal(&fr, 2.375, 1), "2,4");
        assert_eq!(super::decimal(&fr, -0.04, 1), "0,0");
        assert_eq!(super::decimal(&fr, 3.0, 0), "3");
        assert_eq!(super::decimal(&en, 2.4, 2), "2.40");
        assert_eq!(super::decimal(&en, -1.25, 1), "-1.2");
        assert_eq!(super::decimal(&ar, 2.0, 1), "2.0");
        assert_eq!(fr.number(12_345), "12\u{202f}345");
        assert_eq!(en.number(12_345), "12,345");
        assert_eq!(Tr::for_code("de").number(12_345), "12.345");
        // Counts inside messages follow the language too, and still pick
        // their plural form.
        assert_eq!(fr.n("home-people-total", 12_345), "12\u{202f}345 personnes");
        assert_eq!(en.n("home-people-total", 12_345), "12,345 people");
        let names = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(super::list(&fr, &names), "A, B et C");
        assert_eq!(super::list(&en, &names), "A, B, and C");
        assert_eq!(super::list(&ar, &names), "A وB وC");
    }

    #[test]
    fn names_and_languages() {
        let fr = Tr::for_code("fr");
        assert_eq!(super::languages(&["ar".into(), "xx".into()]), "العربية, xx");
        let speaks = super::speaks(&fr, &["en".into(), "ar".into(), "<b>".into()]);
        assert!(speaks.contains("<bdi>English</bdi>, <bdi>العربية</bdi> et <bdi>&lt;b&gt;</bdi>"), "{speaks}");
        let ar = Tr::for_code("ar");
        assert_eq!(super::languages_html(&ar, &["fr".into(), "ar".into()]), "<bdi>Français</bdi> و<bdi>العربية</bdi>");
        assert_eq!(super::first_name(&fr, "Amal"), "Amal");
        assert_eq!(super::first_name(&fr, ""), "personne effacée");
        let zone = |name| m4m_domain::zone::Zone::parse(name).unwrap();
        assert_eq!(super::utc_offset(&zone("Europe/Paris"), 1_780_315_200), "UTC+2", "in June");
        assert_eq!(super::utc_offset(&zone("Europe/Paris"), 1_796_515_200), "UTC+1", "in December");
        assert_eq!(super::utc_offset(&zone("Asia/Kolkata"), 0), "UTC+5:30");
        assert_eq!(super::utc_offset(&zone("America/Sao_Paulo"), 1_796_515_200), "UTC\u{2212}3");
        assert_eq!(super::utc_offset(&zone("UTC"), 0), "UTC");
    }
}
