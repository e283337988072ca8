//! Programmes: one organisation's run of the Buddy System, with its dates,
//! languages and targets.

use time::Date;

use crate::account::{parse_long_text, parse_text};
use crate::error::{Invalid, Validation};
use crate::organisation::parse_language_list;

/// Where a programme stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgrammeStatus {
    /// Being prepared; not public yet.
    Draft,
    /// Taking registrations.
    Recruiting,
    /// Pairs are working.
    Running,
    /// Over; kept for the evaluation.
    Closed,
}

impl ProgrammeStatus {
    /// All statuses in their natural order.
    pub const ALL: [ProgrammeStatus; 4] =
        [ProgrammeStatus::Draft, ProgrammeStatus::Recruiting, ProgrammeStatus::Running, ProgrammeStatus::Closed];

    /// The stored name, also the suffix of its translation key.
    pub fn as_str(self) -> &'static str {
        match self {
            ProgrammeStatus::Draft => "draft",
            ProgrammeStatus::Recruiting => "recruiting",
            ProgrammeStatus::Running => "running",
            ProgrammeStatus::Closed => "closed",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A programme as entered in the form, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgramme {
    /// Name, 1 to 160 characters.
    pub name: String,
    /// What it is, up to 4,000 characters.
    pub description: String,
    /// Languages spoken in the programme.
    pub languages: Vec<String>,
    /// First day.
    pub starts_on: Date,
    /// Last day, not before the first.
    pub ends_on: Date,
    /// How many buddies it aims to recruit.
    pub target_mentors: i64,
    /// How many newcomers it aims to accompany.
    pub target_mentees: i64,
    /// Where it stands.
    pub status: ProgrammeStatus,
    /// How to reach the programme (shown on its public page).
    pub contact: String,
    /// Its name and description in other interface languages.
    pub texts: ProgrammeTexts,
}

/// A programme's name and description written for the readers of one
/// interface language; an empty part falls back to the programme's own.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProgrammeText {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// The texts of a programme by interface language code. A reader sees the
/// text of their interface language where there is one, else the
/// programme's own name and description (written in whatever language the
/// coordinators chose).
pub type ProgrammeTexts = std::collections::BTreeMap<String, ProgrammeText>;

/// The form fields of a programme's texts, one row per interface language
/// (code, name field, description field), in the order of
/// [`crate::language::LANGUAGES`]: the length makes a language added
/// without its row fail to compile, a test checks the codes.
pub const TEXT_FIELDS: [(&str, &str, &str); crate::language::LANGUAGES.len()] = [
    ("en", "name_en", "description_en"),
    ("fr", "name_fr", "description_fr"),
    ("ar", "name_ar", "description_ar"),
    ("de", "name_de", "description_de"),
    ("el", "name_el", "description_el"),
    ("it", "name_it", "description_it"),
    ("pt", "name_pt", "description_pt"),
    ("ro", "name_ro", "description_ro"),
    ("fa", "name_fa", "description_fa"),
    ("uk", "name_uk", "description_uk"),
    ("prs", "name_prs", "description_prs"),
    ("ps", "name_ps", "description_ps"),
    ("ti", "name_ti", "description_ti"),
    ("so", "name_so", "description_so"),
];

/// The raw fields of the programme form.
#[derive(Debug, Clone, Default)]
pub struct ProgrammeForm<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub languages: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub target_mentors: &'a str,
    pub target_mentees: &'a str,
    pub status: &'a str,
    pub contact: &'a str,
    /// Per interface language code: the name and description typed.
    pub texts: Vec<(&'a str, &'a str, &'a str)>,
}

impl NewProgramme {
    /// Validates every field and reports all that are wrong at once.
    pub fn parse(f: &ProgrammeForm<'_>) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let name = v.check(parse_text("name", f.name, 160));
        let description = v.check(parse_long_text("description", f.description, 4000));
        let languages = v.check(parse_language_list("languages", f.languages));
        let starts_on = v.check(parse_date("starts_on", f.starts_on));
        let ends_on = v.check(parse_date("ends_on", f.ends_on));
        let target_mentors = v.check(parse_count("target_mentors", f.target_mentors));
        let target_mentees = v.check(parse_count("target_mentees", f.target_mentees));
        let contact = v.check(parse_long_text("contact", f.contact, 500));
        let status = v.check(
            ProgrammeStatus::parse(f.status.trim()).ok_or(Invalid { field: "status", key: "error-choice-invalid" }),
        );
        let mut texts = ProgrammeTexts::new();
        for &(code, name, description) in &f.texts {
            let Some(&(code, name_field, description_field)) = TEXT_FIELDS.iter().find(|t| t.0 == code) else {
                continue;
            };
            let (name, description) = (name.trim(), description.trim());
            if name.is_empty() && description.is_empty() {
                continue;
            }
            let name = if name.is_empty() { Some(String::new()) } else { v.check(parse_text(name_field, name, 160)) };
            let description = v.check(parse_long_text(description_field, description, 4000));
            if let (Some(name), Some(description)) = (name, description) {
                texts.insert(code.to_owned(), ProgrammeText { name, description });
            }
        }
        if let (Some(s), Some(e)) = (starts_on, ends_on)
            && e < s
        {
            v.add("ends_on", "error-end-before-start");
        }
        v.finish()?;
        let (Some(name), Some(description), Some(languages), Some(starts_on), Some(ends_on)) =
            (name, description, languages, starts_on, ends_on)
        else {
            unreachable!("every field was checked above")
        };
        Ok(NewProgramme {
            name,
            description,
            languages,
            starts_on,
            ends_on,
            target_mentors: target_mentors.unwrap_or_default(),
            target_mentees: target_mentees.unwrap_or_default(),
            status: status.unwrap_or(ProgrammeStatus::Draft),
            contact: contact.unwrap_or_default(),
            texts,
        })
    }
}

const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// Parses a date typed as `YYYY-MM-DD` (what `<input type="date">` sends).
pub fn parse_date(field: &'static str, raw: &str) -> Result<Date, Invalid> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Invalid { field, key: "error-required" });
    }
    Date::parse(s, DATE).map_err(|_| Invalid { field, key: "error-date-invalid" })
}

/// Formats a date as `YYYY-MM-DD`, the form in which dates are stored.
pub fn format_date(d: Date) -> String {
    d.format(DATE).unwrap_or_default()
}

/// Parses a whole number from 0 to 100,000; empty means 0.
pub fn parse_count(field: &'static str, raw: &str) -> Result<i64, Invalid> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(0);
    }
    match s.parse::<i64>() {
        Ok(n) if (0..=100_000).contains(&n) => Ok(n),
        _ => Err(Invalid { field, key: "error-count-invalid" }),
    }
}

/// How a programme follows its running pairs (steps 8 and 9): when a pair
/// is at risk, when check-ins fall due, when the mid-term self-assessment
/// does. Each has the method's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Monitoring {
    /// A pair with no session held for this many days is at risk.
    pub risk_no_session_days: i64,
    /// A pair whose agreement ends within this many days is flagged.
    pub risk_ending_days: i64,
    /// The first check-in, this many days after the pair starts…
    pub checkin_first_days: i64,
    /// …then one every this many days.
    pub checkin_every_days: i64,
    /// The mid-term self-assessment, this many weeks after the start.
    pub midterm_weeks: i64,
}

impl Default for Monitoring {
    fn default() -> Monitoring {
        Monitoring {
            risk_no_session_days: 21,
            risk_ending_days: 14,
            checkin_first_days: 30,
            checkin_every_days: 60,
            midterm_weeks: 12,
        }
    }
}

/// The raw fields of the monitoring settings.
#[derive(Debug, Clone, Default)]
pub struct MonitoringForm<'a> {
    pub risk_no_session_days: &'a str,
    pub risk_ending_days: &'a str,
    pub checkin_first_days: &'a str,
    pub checkin_every_days: &'a str,
    pub midterm_weeks: &'a str,
}

/// A whole number within `range`; empty takes the default.
fn parse_within(
    field: &'static str,
    raw: &str,
    range: std::ops::RangeInclusive<i64>,
    default: i64,
) -> Result<i64, Invalid> {
    match raw.trim() {
        "" => Ok(default),
        s => s.parse::<i64>().ok().filter(|n| range.contains(n)).ok_or(Invalid { field, key: "error-days-invalid" }),
    }
}

impl Monitoring {
    /// Checks the settings: days from 1 to 365, weeks from 1 to 104; an
    /// empty field keeps the method's default.
    pub fn parse(f: &MonitoringForm<'_>) -> Result<Monitoring, Validation> {
        let d = Monitoring::default();
        let mut v = Validation::default();
        let days = |v: &mut Validation, field, raw, default| v.check(parse_within(field, raw, 1..=365, default));
        let risk_no_session_days = days(&mut v, "risk_no_session_days", f.risk_no_session_days, d.risk_no_session_days);
        let risk_ending_days = days(&mut v, "risk_ending_days", f.risk_ending_days, d.risk_ending_days);
        let checkin_first_days = days(&mut v, "checkin_first_days", f.checkin_first_days, d.checkin_first_days);
        let checkin_every_days = days(&mut v, "checkin_every_days", f.checkin_every_days, d.checkin_every_days);
        let midterm_weeks = v.check(parse_within("midterm_weeks", f.midterm_weeks, 1..=104, d.midterm_weeks));
        v.finish()?;
        Ok(Monitoring {
            risk_no_session_days: risk_no_session_days.unwrap_or(d.risk_no_session_days),
            risk_ending_days: risk_ending_days.unwrap_or(d.risk_ending_days),
            checkin_first_days: checkin_first_days.unwrap_or(d.checkin_first_days),
            checkin_every_days: checkin_every_days.unwrap_or(d.checkin_every_days),
            midterm_weeks: midterm_weeks.unwrap_or(d.midterm_weeks),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> ProgrammeForm<'static> {
        ProgrammeForm {
            name: "Buddies Lille 2026",
            description: "Newcomers and buddies in Lille.",
            languages: "fr, ar, prs",
            starts_on: "2026-01-15",
            ends_on: "2026-12-15",
            target_mentors: "25",
            target_mentees: "40",
            status: "recruiting",
            contact: "buddies@example.org, 03 20 00 00 00",
            texts: Vec::new(),
        }
    }

    #[test]
    fn texts_in_other_languages_are_kept_checked_and_named_by_language() {
        for (row, language) in TEXT_FIELDS.iter().zip(crate::language::LANGUAGES) {
            assert_eq!(row.0, language.code);
            assert_eq!((row.1, row.2), (&*format!("name_{}", row.0), &*format!("description_{}", row.0)));
        }
        let long = "x".repeat(161);
        let f = ProgrammeForm {
            texts: vec![
                ("ar", "برنامج الرفقة", " الوافدون الجدد "),
                ("fr", "", "Des binômes à Lille."),
                ("de", "", ""),
                ("xx", "Unknown", "ignored"),
            ],
            ..form()
        };
        let p = NewProgramme::parse(&f).unwrap();
        assert_eq!(p.texts.len(), 2, "empty and unknown languages are left out");
        assert_eq!(
            p.texts["ar"],
            ProgrammeText {
                name: "برنامج الرفقة".into(), description: "الوافدون الجدد".into()
            }
        );
        assert_eq!(p.texts["fr"].name, "", "a missing name falls back to the programme's own");
        let f = ProgrammeForm { texts: vec![("ar", &long, "")], ..form() };
        assert_eq!(NewProgramme::parse(&f).unwrap_err().key_for("name_ar"), Some("error-too-long"));
    }

    #[test]
    fn a_valid_programme() {
        let p = NewProgramme::parse(&form()).unwrap();
        assert_eq!(p.name, "Buddies Lille 2026");
        assert_eq!(p.languages, ["fr", "ar", "prs"]);
        assert_eq!(format_date(p.ends_on), "2026-12-15");
        assert_eq!((p.target_mentors, p.target_mentees), (25, 40));
        assert_eq!(p.status, ProgrammeStatus::Recruiting);
    }

    #[test]
    fn the_end_cannot_come_before_the_start() {
        let f = ProgrammeForm { ends_on: "2025-12-31", ..form() };
        assert_eq!(NewProgramme::parse(&f).unwrap_err().key_for("ends_on"), Some("error-end-before-start"));
    }

    #[test]
    fn wrong_fields_are_all_named() {
        let f = ProgrammeForm {
            name: " ",
            starts_on: "15/01/2026",
            target_mentors: "-3",
            target_mentees: "99999999999999999999",
            status: "secret",
            ..form()
        };
        let e = NewProgramme::parse(&f).unwrap_err();
        assert_eq!(e.key_for("name"), Some("error-required"));
        assert_eq!(e.key_for("starts_on"), Some("error-date-invalid"));
        assert_eq!(e.key_for("target_mentors"), Some("error-count-invalid"));
        assert_eq!(e.key_for("target_mentees"), Some("error-count-invalid"));
        assert_eq!(e.key_for("status"), Some("error-choice-invalid"));
    }

    #[test]
    fn monitoring_settings_have_defaults_and_bounds() {
        assert_eq!(Monitoring::parse(&MonitoringForm::default()).unwrap(), Monitoring::default());
        let m = Monitoring::parse(&MonitoringForm {
            risk_no_session_days: " 28 ",
            midterm_weeks: "10",
            ..Default::default()
        })
        .unwrap();
        assert_eq!((m.risk_no_session_days, m.midterm_weeks, m.checkin_every_days), (28, 10, 60));
        let e = Monitoring::parse(&MonitoringForm {
            risk_no_session_days: "0",
            checkin_first_days: "400",
            checkin_every_days: "two",
            midterm_weeks: "105",
            ..Default::default()
        })
        .unwrap_err();
        for field in ["risk_no_session_days", "checkin_first_days", "checkin_every_days", "midterm_weeks"] {
            assert_eq!(e.key_for(field), Some("error-days-invalid"), "{field}");
        }
        assert_eq!(e.key_for("risk_ending_days"), None);
    }
}
