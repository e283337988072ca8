//! Formatting of language lists for pages (moments: `Tr::when`, which
//! knows the reader's time zone).

use m4m_domain::language::endonym;

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
    }
}
