//! The goals of a pair (step 9) and their attainment over time, on the
//! goal-attainment scale: −2 much less than expected, −1 less, 0 as
//! expected, +1 more, +2 much more. The goals come from the agreement the
//! pair signed; either member or staff records where a goal stands, with
//! a comment, and every record is kept.

use crate::account::parse_long_text;
use crate::pairing::Agreement;
use crate::{Invalid, Validation};

/// A score on the goal-attainment scale, −2 to +2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Attainment(i8);

impl Attainment {
    /// Every score, lowest first (the order of the form's choices).
    pub const ALL: [Attainment; 5] = [Attainment(-2), Attainment(-1), Attainment(0), Attainment(1), Attainment(2)];

    /// Reads a score typed or stored.
    pub fn parse(raw: &str) -> Result<Attainment, Invalid> {
        let invalid = || Invalid { field: "score", key: "goal-error-score" };
        let n: i64 = raw.trim().trim_start_matches('+').parse().map_err(|_| invalid())?;
        Attainment::from_stored(n).ok_or_else(invalid)
    }

    /// A stored score, if on the scale.
    pub fn from_stored(n: i64) -> Option<Attainment> {
        (-2..=2).contains(&n).then_some(Attainment(n as i8))
    }

    pub fn value(self) -> i64 {
        i64::from(self.0)
    }

    /// The message key of its label.
    pub fn key(self) -> &'static str {
        match self.0 {
            -2 => "gas-much-less",
            -1 => "gas-less",
            0 => "gas-expected",
            1 => "gas-more",
            _ => "gas-much-more",
        }
    }

    /// The score as written on the scale: −2, −1, 0, +1, +2.
    pub fn signed(self) -> String {
        match self.0 {
            n if n > 0 => format!("+{n}"),
            n if n < 0 => format!("−{}", -n),
            _ => "0".to_owned(),
        }
    }
}

/// A record of progress as typed: the score and an optional comment.
pub fn parse_progress(score: &str, comment: &str) -> Result<(Attainment, String), Validation> {
    let mut v = Validation::default();
    let score = v.check(Attainment::parse(score));
    let comment = v.check(parse_long_text("comment", comment, 1000));
    v.finish()?;
    Ok((score.unwrap_or(Attainment(0)), comment.unwrap_or_default()))
}

/// The goals a pair starts with: one per integration area of the
/// agreement, each titled with the pair's own words.
pub fn from_agreement(a: &Agreement) -> Vec<(String, String)> {
    a.goals.iter().map(|area| (area.clone(), a.goals_text.clone())).collect()
}

/// The mean score of the latest record of each goal that has one: the
/// pair's goal attainment, for the figures.
pub fn mean_latest(latest: &[Option<Attainment>]) -> Option<f64> {
    let scored: Vec<i64> = latest.iter().flatten().map(|a| a.value()).collect();
    (!scored.is_empty()).then(|| scored.iter().sum::<i64>() as f64 / scored.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_runs_from_minus_two_to_plus_two() {
        assert_eq!(Attainment::parse("+2").unwrap().value(), 2);
        assert_eq!(Attainment::parse("-2").unwrap().key(), "gas-much-less");
        assert_eq!(Attainment::parse(" 0 ").unwrap().signed(), "0");
        assert_eq!(Attainment::parse("-1").unwrap().signed(), "−1");
        for bad in ["3", "-3", "", "one", "1.5", "99999999999999999999"] {
            assert_eq!(Attainment::parse(bad).unwrap_err().key, "goal-error-score", "{bad}");
        }
        assert!(Attainment::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_progress_record_says_what_to_fix() {
        let (score, comment) = parse_progress("1", " Went to the bank alone \n").unwrap();
        assert_eq!((score.value(), comment.as_str()), (1, "Went to the bank alone"));
        let e = parse_progress("", &"x".repeat(1001)).unwrap_err();
        assert_eq!(e.key_for("score"), Some("goal-error-score"));
        assert_eq!(e.key_for("comment"), Some("error-too-long"));
    }

    #[test]
    fn the_agreements_areas_become_the_pairs_goals() {
        let a = Agreement {
            goals: vec!["language".into(), "housing".into()],
            goals_text: "Speak at the pharmacy; find a flat".into(),
            rhythm: "weekly".into(),
            months: 6,
            boundaries: String::new(),
        };
        let goals = from_agreement(&a);
        assert_eq!(goals.len(), 2);
        assert_eq!(goals[1], ("housing".to_owned(), "Speak at the pharmacy; find a flat".to_owned()));
    }

    #[test]
    fn attainment_is_the_mean_of_the_latest_scores() {
        let s = |n| Attainment::from_stored(n);
        assert_eq!(mean_latest(&[s(2), s(-1), None]), Some(0.5));
        assert_eq!(mean_latest(&[None]), None);
    }
}
