//! Step 1, inform stakeholders: the local actors a programme works with,
//! and the outreach done towards them (information sessions, materials,
//! referrals received).

use crate::account::{Email, parse_long_text, parse_text};
use crate::error::{Invalid, Validation};
use crate::organisation::parse_language_list;
use crate::participant::parse_phone;
use crate::programme::parse_date;

/// Kinds of local actors (keys; translated as `stakeholder-kind-<key>`).
pub const KINDS: [&str; 9] = [
    "social_service",
    "association",
    "local_administration",
    "employer",
    "school",
    "health_service",
    "volunteer_group",
    "migrant_community",
    "other",
];

/// Kinds of outreach (keys; `outreach-kind-<key>`).
pub const OUTREACH_KINDS: [&str; 3] = ["information_session", "material", "referral"];

/// A local actor as entered by a coordinator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewStakeholder {
    pub name: String,
    pub kind: String,
    pub contact_name: String,
    pub email: Option<Email>,
    pub phone: String,
    pub languages: Vec<String>,
    pub area: String,
    pub notes: String,
}

/// The raw fields of the stakeholder form.
#[derive(Debug, Clone, Default)]
pub struct StakeholderForm<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub contact_name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub languages: &'a str,
    pub area: &'a str,
    pub notes: &'a str,
}

fn optional_text(v: &mut Validation, field: &'static str, raw: &str, max: usize) -> String {
    if raw.trim().is_empty() { String::new() } else { v.check(parse_text(field, raw, max)).unwrap_or_default() }
}

impl NewStakeholder {
    /// Validates the form and reports every wrong field.
    pub fn parse(f: &StakeholderForm<'_>) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let name = v.check(parse_text("name", f.name, 160)).unwrap_or_default();
        let kind = f.kind.trim();
        if !KINDS.contains(&kind) {
            v.add("kind", "error-choice-invalid");
        }
        let contact_name = optional_text(&mut v, "contact_name", f.contact_name, 120);
        let email = if f.email.trim().is_empty() { None } else { v.check(Email::parse(f.email)) };
        let phone = v.check(parse_phone(f.phone)).unwrap_or_default();
        let languages = v.check(parse_language_list("languages", f.languages)).unwrap_or_default();
        let area = optional_text(&mut v, "area", f.area, 80);
        let notes = v.check(parse_long_text("notes", f.notes, 4000)).unwrap_or_default();
        v.finish()?;
        Ok(NewStakeholder { name, kind: kind.to_owned(), contact_name, email, phone, languages, area, notes })
    }
}

/// One outreach action: an information session, material handed out or
/// sent, or a referral received from a stakeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOutreach {
    pub kind: String,
    pub held_on: time::Date,
    pub stakeholder_id: Option<i64>,
    pub place: String,
    pub audience: String,
    pub people_reached: i64,
    /// Materials handed out or sent, with their languages (free text or
    /// links).
    pub materials: String,
    pub notes: String,
}

/// The raw fields of the outreach form.
#[derive(Debug, Clone, Default)]
pub struct OutreachForm<'a> {
    pub kind: &'a str,
    pub held_on: &'a str,
    pub stakeholder_id: &'a str,
    pub place: &'a str,
    pub audience: &'a str,
    pub people_reached: &'a str,
    pub materials: &'a str,
    pub notes: &'a str,
}

impl NewOutreach {
    /// Validates the form; `stakeholders` are the ids the organisation
    /// has (a stakeholder of another organisation is refused).
    pub fn parse(f: &OutreachForm<'_>, stakeholders: &[i64]) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let kind = f.kind.trim();
        if !OUTREACH_KINDS.contains(&kind) {
            v.add("kind", "error-choice-invalid");
        }
        let held_on = v.check(parse_date("held_on", f.held_on));
        let stakeholder_id = match f.stakeholder_id.trim() {
            "" => None,
            s => match s.parse::<i64>() {
                Ok(id) if stakeholders.contains(&id) => Some(id),
                _ => {
                    v.add("stakeholder_id", "error-choice-invalid");
                    None
                }
            },
        };
        if kind == "referral" && stakeholder_id.is_none() && v.key_for("stakeholder_id").is_none() {
            v.add("stakeholder_id", "error-required");
        }
        let place = optional_text(&mut v, "place", f.place, 160);
        let audience = optional_text(&mut v, "audience", f.audience, 160);
        let people_reached = v.check(crate::programme::parse_count("people_reached", f.people_reached)).unwrap_or(0);
        let materials = v.check(parse_long_text("materials", f.materials, 2000)).unwrap_or_default();
        let notes = v.check(parse_long_text("notes", f.notes, 4000)).unwrap_or_default();
        v.finish()?;
        let held_on = held_on.ok_or_else(|| Validation(vec![Invalid { field: "held_on", key: "error-required" }]))?;
        Ok(NewOutreach {
            kind: kind.to_owned(),
            held_on,
            stakeholder_id,
            place,
            audience,
            people_reached,
            materials,
            notes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stakeholder_needs_a_name_and_a_known_kind() {
        let ok = NewStakeholder::parse(&StakeholderForm {
            name: "CCAS de Lille",
            kind: "social_service",
            email: "Accueil@CCAS.example.org",
            languages: "fr, ar",
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.email.unwrap().as_str(), "accueil@ccas.example.org");
        let e = NewStakeholder::parse(&StakeholderForm { kind: "bank", phone: "x", ..Default::default() }).unwrap_err();
        assert_eq!(e.key_for("name"), Some("error-required"));
        assert_eq!(e.key_for("kind"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("phone"), Some("error-phone-invalid"));
    }

    #[test]
    fn outreach_is_dated_and_referrals_name_their_stakeholder() {
        let f = OutreachForm {
            kind: "information_session",
            held_on: "2026-10-05",
            place: "Maison des associations",
            people_reached: "35",
            ..Default::default()
        };
        assert_eq!(NewOutreach::parse(&f, &[]).unwrap().people_reached, 35);
        let referral = OutreachForm { kind: "referral", held_on: "2026-10-05", ..Default::default() };
        assert_eq!(NewOutreach::parse(&referral, &[1]).unwrap_err().key_for("stakeholder_id"), Some("error-required"));
        let foreign =
            OutreachForm { kind: "referral", held_on: "2026-10-05", stakeholder_id: "9", ..Default::default() };
        assert_eq!(
            NewOutreach::parse(&foreign, &[1]).unwrap_err().key_for("stakeholder_id"),
            Some("error-choice-invalid")
        );
        let bad = OutreachForm { kind: "party", held_on: "yesterday", people_reached: "-1", ..Default::default() };
        let e = NewOutreach::parse(&bad, &[]).unwrap_err();
        assert_eq!(e.key_for("kind"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("held_on"), Some("error-date-invalid"));
        assert_eq!(e.key_for("people_reached"), Some("error-count-invalid"));
    }
}
