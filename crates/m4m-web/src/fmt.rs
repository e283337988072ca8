//! Formatting of numbers, language lists and names for pages (moments:
//! `Tr::when`, which knows the reader's time zone).

use m4m_domain::language::endonym;

use crate::i18n::Tr;

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

/// A number with `places` decimals and the reader's decimal sign
/// (`2.4` in English, `2,4` in French: the message `number-decimal-sign`).
/// A value that rounds to zero shows without a minus sign.
pub fn decimal(tr: &Tr, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let text = if text.trim_start_matches(['-', '0', '.']).is_empty() { format!("{:.places$}", 0.0) } else { text };
    match text.split_once('.') {
        Some((whole, part)) => format!("{whole}{}{part}", tr.t("number-decimal-sign")),
        None => text,
    }
}

/// "Speaks: …" for a list of language codes, in HTML: each name in itself
/// isolated with `<bdi>`, so that "English, العربية" or "Français, پښتو"
/// keep their order in a sentence of either direction.
pub fn speaks(tr: &Tr, codes: &[String]) -> String {
    tr.html("home-speaks", &[("languages", crate::i18n::Arg::Html(&languages_html(tr, codes)))])
}

/// A list of language codes as their names in themselves, in HTML, each
/// isolated with `<bdi>`, separated as the reader's language separates a
/// list (`،` in Arabic script).
pub fn languages_html(tr: &Tr, codes: &[String]) -> String {
    let names: Vec<String> =
        codes.iter().map(|c| format!("<bdi>{}</bdi>", crate::i18n::escape(endonym(c).unwrap_or(c.as_str())))).collect();
    names.join(&format!("{} ", tr.t("list-separator")))
}

/// A list of language codes as their names in themselves.
pub fn languages(codes: &[String]) -> String {
    codes.iter().map(|c| endonym(c).map_or_else(|| c.clone(), str::to_owned)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats() {
        let tr = crate::i18n::Tr::for_code("fr");
        assert_eq!(tr.when(0), "1970-01-01 00:00 UTC");
        let athens = tr.in_zone(crate::i18n::zone("Europe/Athens"));
        assert_eq!(athens.when(1_780_315_200), "2026-06-01 15:00 EEST");
        assert_eq!(athens.date_of(1_780_315_200), "2026-06-01");
        assert_eq!(super::languages(&["ar".into(), "xx".into()]), "العربية, xx");
        let speaks = super::speaks(&tr, &["en".into(), "ar".into(), "<b>".into()]);
        assert!(speaks.contains("<bdi>English</bdi>, <bdi>العربية</bdi>, <bdi>&lt;b&gt;</bdi>"), "{speaks}");
        let ar = crate::i18n::Tr::for_code("ar");
        assert_eq!(super::languages_html(&ar, &["fr".into(), "ar".into()]), "<bdi>Français</bdi>، <bdi>العربية</bdi>");
        assert_eq!(super::first_name(&tr, "Amal"), "Amal");
        assert_eq!(super::first_name(&tr, ""), "personne effacée");
        assert_eq!(super::decimal(&tr, 2.375, 1), "2,4");
        let zone = |name| m4m_domain::zone::Zone::parse(name).unwrap();
        assert_eq!(super::utc_offset(&zone("Europe/Paris"), 1_780_315_200), "UTC+2", "in June");
        assert_eq!(super::utc_offset(&zone("Europe/Paris"), 1_796_515_200), "UTC+1", "in December");
        assert_eq!(super::utc_offset(&zone("Asia/Kolkata"), 0), "UTC+5:30");
        assert_eq!(super::utc_offset(&zone("America/Sao_Paulo"), 1_796_515_200), "UTC\u{2212}3");
        assert_eq!(super::utc_offset(&zone("UTC"), 0), "UTC");
        assert_eq!(super::decimal(&tr, -0.04, 1), "0,0");
        assert_eq!(super::decimal(&tr, 3.0, 0), "3");
        let en = crate::i18n::Tr::for_code("en");
        assert_eq!(super::decimal(&en, 2.4, 2), "2.40");
        assert_eq!(super::decimal(&en, -1.25, 1), "-1.2");
    }
}
