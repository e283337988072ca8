//! Organisations: the partners of a consortium, each in one country.

use crate::account::parse_text;
use crate::error::{Invalid, Validation};
use crate::zone::Zone;

/// A new organisation as entered by an administrator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganisation {
    /// Its name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: String,
    /// Languages it works in (codes, see [`parse_language_list`]).
    pub languages: Vec<String>,
    /// The wall-clock time of its people.
    pub time_zone: Zone,
}

impl NewOrganisation {
    /// Validates the form fields `name`, `country`, `languages` and
    /// `time_zone` (empty: the zone of the country's capital, see
    /// [`zone_of_country`]).
    pub fn parse(name: &str, country: &str, languages: &str, time_zone: &str) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let name = v.check(parse_text("name", name, 160));
        let country = v.check(parse_country(country));
        let languages = v.check(parse_language_list("languages", languages));
        let time_zone = if time_zone.trim().is_empty() {
            Some(country.as_deref().and_then(zone_of_country).map_or_else(Zone::utc, Zone::from_stored))
        } else {
            v.check(Zone::parse(time_zone))
        };
        v.finish()?;
        Ok(NewOrganisation {
            name: name.unwrap_or_default(),
            country: country.unwrap_or_default(),
            languages: languages.unwrap_or_default(),
            time_zone: time_zone.unwrap_or_default(),
        })
    }
}

/// The time zone of a European country's capital: what an organisation
/// gets when nobody chose one. Countries with several zones (Portugal,
/// Spain) get their mainland's.
pub fn zone_of_country(country: &str) -> Option<&'static str> {
    const ZONES: [(&str, &str); 44] = [
        ("AL", "Europe/Tirane"),
        ("AT", "Europe/Vienna"),
        ("BA", "Europe/Sarajevo"),
        ("BE", "Europe/Brussels"),
        ("BG", "Europe/Sofia"),
        ("CH", "Europe/Zurich"),
        ("CY", "Asia/Nicosia"),
        ("CZ", "Europe/Prague"),
        ("DE", "Europe/Berlin"),
        ("DK", "Europe/Copenhagen"),
        ("EE", "Europe/Tallinn"),
        ("ES", "Europe/Madrid"),
        ("FI", "Europe/Helsinki"),
        ("FR", "Europe/Paris"),
        ("GB", "Europe/London"),
        ("GR", "Europe/Athens"),
        ("HR", "Europe/Zagreb"),
        ("HU", "Europe/Budapest"),
        ("IE", "Europe/Dublin"),
        ("IS", "Atlantic/Reykjavik"),
        ("IT", "Europe/Rome"),
        ("LI", "Europe/Vaduz"),
        ("LT", "Europe/Vilnius"),
        ("LU", "Europe/Luxembourg"),
        ("LV", "Europe/Riga"),
        ("MD", "Europe/Chisinau"),
        ("ME", "Europe/Podgorica"),
        ("MK", "Europe/Skopje"),
        ("MT", "Europe/Malta"),
        ("NL", "Europe/Amsterdam"),
        ("NO", "Europe/Oslo"),
        ("PL", "Europe/Warsaw"),
        ("PT", "Europe/Lisbon"),
        ("RO", "Europe/Bucharest"),
        ("RS", "Europe/Belgrade"),
        ("SE", "Europe/Stockholm"),
        ("SI", "Europe/Ljubljana"),
        ("SK", "Europe/Bratislava"),
        ("TR", "Europe/Istanbul"),
        ("UA", "Europe/Kyiv"),
        ("XK", "Europe/Belgrade"),
        ("AD", "Europe/Andorra"),
        ("MC", "Europe/Monaco"),
        ("SM", "Europe/San_Marino"),
    ];
    ZONES.iter().find(|(c, _)| *c == country).map(|(_, z)| *z)
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
    fn every_country_zone_exists() {
        let mut known = 0;
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let c = String::from_utf8(vec![a, b]).unwrap_or_default();
                if let Some(z) = zone_of_country(&c) {
                    assert_eq!(Zone::parse(z).map(|z| z.name().to_owned()), Ok(z.to_owned()), "{c}");
                    known += 1;
                }
            }
        }
        assert_eq!(known, 44);
    }

    #[test]
    fn a_valid_organisation() {
        let o = NewOrganisation::parse(" AFEJI ", "fr", "fr, ar ,fr ti", "").unwrap();
        assert_eq!(o.name, "AFEJI");
        assert_eq!(o.time_zone.name(), "Europe/Paris");
        assert_eq!(o.country, "FR");
        assert_eq!(o.languages, ["fr", "ar", "ti"]);
        let o = NewOrganisation::parse("Ithaca", "GR", "el", "Europe/Athens").unwrap();
        assert_eq!(o.time_zone.name(), "Europe/Athens");
        let o = NewOrganisation::parse("Far", "ZZ", "en", "").unwrap();
        assert_eq!(o.time_zone.name(), "UTC");
    }

    #[test]
    fn every_wrong_field_is_reported() {
        let e = NewOrganisation::parse("", "France", "français", "Paris/Texas").unwrap_err();
        assert_eq!(e.key_for("time_zone"), Some("error-time-zone-invalid"));
        assert_eq!(e.key_for("name"), Some("error-required"));
        assert_eq!(e.key_for("country"), Some("error-country-invalid"));
        assert_eq!(e.key_for("languages"), Some("error-language-code"));
    }
}
