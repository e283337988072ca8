//! Formatting of dates, times and language lists for pages.

use m4m_domain::language::endonym;

/// A moment as `YYYY-MM-DD HH:MM UTC`: unambiguous in every language.
pub fn when(unix: i64) -> String {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp(unix) else {
        return String::new();
    };
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    t.format(f).unwrap_or_default()
}

/// A list of language codes as their names in themselves.
pub fn languages(codes: &[String]) -> String {
    codes.iter().map(|c| endonym(c).map_or_else(|| c.clone(), str::to_owned)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats() {
        assert_eq!(super::when(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::languages(&["ar".into(), "xx".into()]), "العربية, xx");
    }
}
