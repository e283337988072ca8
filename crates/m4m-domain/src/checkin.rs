//! Check-ins (step 9): a short questionnaire each member of a running pair
//! answers from a phone — how satisfied, how often they met, what helped,
//! what is difficult — due a month after the pair starts and then every
//! two months by default (settings of the programme).

use time::{Date, Duration};

use crate::account::parse_long_text;
use crate::{Invalid, Validation};

/// When check-ins fall due, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cadence {
    /// The first, after the pair starts.
    pub first_days: i64,
    /// Each next one, after the previous.
    pub every_days: i64,
}

impl Default for Cadence {
    fn default() -> Cadence {
        Cadence { first_days: 30, every_days: 60 }
    }
}

/// The check-in due today for a pair started on `started`: the latest due
/// date on or before `today`, if one has come.
pub fn current_due(started: Date, c: Cadence, today: Date) -> Option<Date> {
    let first = started + Duration::days(c.first_days);
    if today < first {
        return None;
    }
    let every = c.every_days.max(1);
    let n = (today - first).whole_days() / every;
    Some(first + Duration::days(n * every))
}

/// A satisfaction from 1 (not at all) to 5 (very), as the check-in and
/// the exit questionnaire ask it.
pub fn parse_satisfaction(raw: &str) -> Result<i64, Invalid> {
    raw.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=5).contains(n))
        .ok_or(Invalid { field: "satisfaction", key: "checkin-error-satisfaction" })
}

/// How often the pair met since the last check-in.
pub const MET: [&str; 5] = ["weekly", "fortnightly", "monthly", "less", "never"];

/// A check-in as answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// 1 (not at all) to 5 (very).
    pub satisfaction: i64,
    pub met: String,
    pub helped: String,
    pub difficult: String,
}

impl Answer {
    /// Checks the form: a satisfaction from 1 to 5 and how often they
    /// met are required; the texts are optional.
    pub fn parse(satisfaction: &str, met: &str, helped: &str, difficult: &str) -> Result<Answer, Validation> {
        let mut v = Validation::default();
        let satisfaction = v.check(parse_satisfaction(satisfaction));
        let met = v.check(
            MET.iter()
                .find(|m| **m == met.trim())
                .map(|m| (*m).to_owned())
                .ok_or(Invalid { field: "met", key: "checkin-error-met" }),
        );
        let helped = v.check(parse_long_text("helped", helped, 1000));
        let difficult = v.check(parse_long_text("difficult", difficult, 1000));
        v.finish()?;
        Ok(Answer {
            satisfaction: satisfaction.unwrap_or(3),
            met: met.unwrap_or_default(),
            helped: helped.unwrap_or_default(),
            difficult: difficult.unwrap_or_default(),
        })
    }
}

/// Whether satisfaction says the pair needs someone: the last answer at 2
/// or below, or fallen by 2 or more since the one before (answers oldest
/// first).
pub fn low_satisfaction(answers: &[i64]) -> Option<i64> {
    let last = *answers.last()?;
    let fallen = answers.len() >= 2 && answers[answers.len() - 2] - last >= 2;
    (last <= 2 || fallen).then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn check_ins_fall_due_a_month_in_then_every_two_months() {
        let start = date!(2026 - 09 - 01);
        let c = Cadence::default();
        assert_eq!(current_due(start, c, date!(2026 - 09 - 30)), None);
        assert_eq!(current_due(start, c, date!(2026 - 10 - 01)), Some(date!(2026 - 10 - 01)));
        assert_eq!(current_due(start, c, date!(2026 - 11 - 29)), Some(date!(2026 - 10 - 01)));
        assert_eq!(current_due(start, c, date!(2026 - 11 - 30)), Some(date!(2026 - 11 - 30)));
        let monthly = Cadence { first_days: 14, every_days: 30 };
        assert_eq!(current_due(start, monthly, date!(2026 - 10 - 20)), Some(date!(2026 - 10 - 15)));
    }

    #[test]
    fn an_answer_needs_a_satisfaction_and_how_often_they_met() {
        let a = Answer::parse("4", "weekly", "The tram", "").unwrap();
        assert_eq!((a.satisfaction, a.met.as_str()), (4, "weekly"));
        let e = Answer::parse("6", "daily", "", "").unwrap_err();
        assert_eq!(e.key_for("satisfaction"), Some("checkin-error-satisfaction"));
        assert_eq!(e.key_for("met"), Some("checkin-error-met"));
        assert!(Answer::parse("0", "weekly", "", "").is_err());
    }

    #[test]
    fn low_or_falling_satisfaction_is_a_warning() {
        assert_eq!(low_satisfaction(&[]), None);
        assert_eq!(low_satisfaction(&[4, 4]), None);
        assert_eq!(low_satisfaction(&[2]), Some(2));
        assert_eq!(low_satisfaction(&[5, 3]), Some(3), "fallen by two");
        assert_eq!(low_satisfaction(&[4, 3]), None);
    }
}
