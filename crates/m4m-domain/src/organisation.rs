//! Organisations: the partners of a consortium, each in one country.

use crate::account::parse_text;
use crate::error::{Invalid, Validation};

/// A new organisation as entered by an administrator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    /// Its name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: String,
    /// Languages it works in (codes, see [`parse_language_list`]).
    pub languages: Vec<String>,
}

impl NewOrganisation {
    /// Validates the form fields `name`, `country` and `languages`.
    pub fn parse(name: &str, country: &str, languages: &str) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let name = v.check(parse_text("name", name, 160));
        let country = v.check(parse_country(country));
        let languages = v.check(parse_language_list("languages", languages));
        v.finish()?;
        Ok(NewOrganisation {
            name: name.unwrap_or_default(),
            country: country.unwrap_or_default(),
            languages: languages.unwrap_or_default(),
        })
    }
}

/// Parses a two-letter country code (`fr`, `GR`).
pub fn parse_country(raw: &str) -> Result<String, Invalid> {
    let s = raw.trim().to_ascii_uppercase();
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(s)
    } else {
        Err(Invalid { field: "country", key: "error-country-invalid" })
    }
}

/// Parses a comma- or space-separated list of language codes (ISO 639,
/// two or three letters: `fr, ar, ti, prs`), lower-cased, without
/// repetition. Any language may be listed, not only those of the interface.
pub fn parse_language_list(field: &'static str, raw: &str) -> Result<Vec<String>, Invalid> {
    let mut out: Vec<String> = Vec::new();
    for code in raw.split([',', ' ', ';']).map(str::trim).filter(|c| !c.is_empty()) {
        let c = code.to_ascii_lowercase();
        if !(2..=3).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(Invalid { field, key: "error-language-code" });
        }
        if !out.contains(&c) {
            out.push(c);
        }
    }
    if out.len() > 40 {
        return Err(Invalid { field, key: "error-too-long" });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_organisation() {
        let o = NewOrganisation::parse(" AFEJI ", "fr", "fr, ar ,fr ti").unwrap();
        assert_eq!(o.name, "AFEJI");
        assert_eq!(o.country, "FR");
        assert_eq!(o.languages, ["fr", "ar", "ti"]);
    }

    #[test]
    fn every_wrong_field_is_reported() {
        let e = NewOrganisation::parse("", "France", "français").unwrap_err();
        assert_eq!(e.key_for("name"), Some("error-required"));
        assert_eq!(e.key_for("country"), Some("error-country-invalid"));
        assert_eq!(e.key_for("languages"), Some("error-language-code"));
    }
}
