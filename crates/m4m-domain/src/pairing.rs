//! Step 6, matching and the first meeting: both sides answer the proposal,
//! the first meeting takes place, and a mentoring agreement sets goals,
//! rhythm, duration, boundaries and confidentiality. A pair becomes active
//! only when every one of these is done.

use serde::{Deserialize, Serialize};

use crate::account::parse_long_text;
use crate::error::{Invalid, Validation};

/// How often the pair means to meet (`rhythm-<key>`).
pub const RHYTHMS: [&str; 3] = ["weekly", "fortnightly", "monthly"];

/// The mentoring agreement of a pair, as stored (JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// Integration areas the pair works on, from the newcomer's
    /// self-assessment (area keys).
    pub goals: Vec<String>,
    /// Goals in the pair's own words.
    pub goals_text: String,
    pub rhythm: String,
    /// Expected duration in months (six by default).
    pub months: u8,
    /// Boundaries agreed (what the buddy does not do).
    pub boundaries: String,
}

/// The raw fields of the agreement form.
#[derive(Debug, Clone, Default)]
pub struct AgreementForm<'a> {
    pub goals: Vec<&'a str>,
    pub goals_text: &'a str,
    pub rhythm: &'a str,
    pub months: &'a str,
    pub boundaries: &'a str,
    /// Confidentiality explained to both (required).
    pub confidentiality: bool,
}

impl Agreement {
    /// Validates the agreement form: at least one goal, a known rhythm, 1
    /// to 24 months, and confidentiality explained.
    pub fn parse(f: &AgreementForm<'_>) -> Result<Agreement, Validation> {
        let mut v = Validation::default();
        let mut goals: Vec<String> = Vec::new();
        for g in f.goals.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
            if !crate::participant::AREAS.contains(&g) {
                v.add("goals", "error-choice-invalid");
            } else if !goals.iter().any(|x| x == g) {
                goals.push(g.to_owned());
            }
        }
        let goals_text = v.check(parse_long_text("goals_text", f.goals_text, 2000)).unwrap_or_default();
        if goals.is_empty() && goals_text.is_empty() && v.key_for("goals").is_none() {
            v.add("goals", "error-agreement-goals");
        }
        let rhythm = f.rhythm.trim();
        if !RHYTHMS.contains(&rhythm) {
            v.add("rhythm", "error-choice-invalid");
        }
        let months = match f.months.trim() {
            "" => 6,
            m => match m.parse::<u8>() {
                Ok(n) if (1..=24).contains(&n) => n,
                _ => {
                    v.add("months", "error-months-invalid");
                    6
                }
            },
        };
        let boundaries = v.check(parse_long_text("boundaries", f.boundaries, 4000)).unwrap_or_default();
        if !f.confidentiality {
            v.add("confidentiality", "error-confidentiality-required");
        }
        v.finish()?;
        Ok(Agreement { goals, goals_text, rhythm: rhythm.to_owned(), months, boundaries })
    }
}

/// Where a pair stands on its way to being active.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Setup {
    pub mentor_accepted: bool,
    pub mentee_accepted: bool,
    pub first_meeting_held: bool,
    pub agreement_written: bool,
    pub mentor_signed: bool,
    pub mentee_signed: bool,
    pub paper_signed: bool,
}

impl Setup {
    /// Whether everything is done and the pair can start.
    pub fn complete(&self) -> bool {
        self.mentor_accepted
            && self.mentee_accepted
            && self.first_meeting_held
            && self.agreement_written
            && (self.paper_signed || (self.mentor_signed && self.mentee_signed))
    }
}

/// An answer to a proposal: accepting, or declining with a reason.
pub fn check_answer(accept: bool, reason: &str) -> Result<String, Invalid> {
    let reason = parse_long_text("reason", reason, 500)?;
    if !accept && reason.is_empty() {
        return Err(Invalid { field: "reason", key: "error-reason-required" });
    }
    Ok(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agreement_needs_goals_a_rhythm_and_confidentiality() {
        let ok = Agreement::parse(&AgreementForm {
            goals: vec!["language", "housing", "language"],
            rhythm: "weekly",
            confidentiality: true,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.goals, ["language", "housing"]);
        assert_eq!(ok.months, 6);
        let e = Agreement::parse(&AgreementForm {
            goals: vec!["magic"],
            rhythm: "daily",
            months: "36",
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(e.key_for("goals"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("rhythm"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("months"), Some("error-months-invalid"));
        assert_eq!(e.key_for("confidentiality"), Some("error-confidentiality-required"));
        let none = Agreement::parse(&AgreementForm { rhythm: "monthly", confidentiality: true, ..Default::default() });
        assert_eq!(none.unwrap_err().key_for("goals"), Some("error-agreement-goals"));
    }

    #[test]
    fn a_pair_starts_when_everything_is_done() {
        let mut s = Setup {
            mentor_accepted: true,
            mentee_accepted: true,
            first_meeting_held: true,
            agreement_written: true,
            ..Default::default()
        };
        assert!(!s.complete());
        s.mentor_signed = true;
        assert!(!s.complete());
        s.mentee_signed = true;
        assert!(s.complete());
        let paper = Setup { paper_signed: true, mentor_signed: false, ..s };
        assert!(paper.complete());
        assert!(!Setup { first_meeting_held: false, ..s }.complete());
    }

    #[test]
    fn declining_needs_a_reason() {
        assert_eq!(check_answer(false, " ").unwrap_err().key, "error-reason-required");
        assert_eq!(check_answer(false, "Too far").unwrap(), "Too far");
        assert_eq!(check_answer(true, "").unwrap(), "");
    }
}
