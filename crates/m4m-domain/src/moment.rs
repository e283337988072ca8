//! When a person fills in their self-assessment (steps 3, 8, 9 and 10):
//! at the start (initial), at mid-term — a number of weeks after their
//! pair starts, a setting of the programme — and at the end (final, with
//! the pair's closing). The same questionnaire each time, so that the
//! change can be read area by area.

use time::{Date, Duration};

/// A moment of the self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Moment {
    Initial,
    Midterm,
    Final,
}

impl Moment {
    pub const ALL: [Moment; 3] = [Moment::Initial, Moment::Midterm, Moment::Final];

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Moment::Initial => "initial",
            Moment::Midterm => "midterm",
            Moment::Final => "final",
        }
    }

    pub fn parse(s: &str) -> Option<Moment> {
        Moment::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Moment::Initial => "moment-initial",
            Moment::Midterm => "moment-midterm",
            Moment::Final => "moment-final",
        }
    }
}

/// The self-assessment due now, if any: the initial one until it is done;
/// then the mid-term one once the person's pair has run `midterm_weeks`.
/// (The final one comes with the pair's closing.)
pub fn due(done: &[Moment], pair_started: Option<Date>, midterm_weeks: i64, today: Date) -> Option<Moment> {
    if !done.contains(&Moment::Initial) {
        return Some(Moment::Initial);
    }
    let started = pair_started?;
    (!done.contains(&Moment::Midterm) && today >= started + Duration::weeks(midterm_weeks)).then_some(Moment::Midterm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_initial_comes_first_then_the_mid_term_once_the_pair_has_run() {
        let today = date!(2026 - 12 - 05);
        assert_eq!(due(&[], None, 12, today), Some(Moment::Initial));
        assert_eq!(due(&[Moment::Initial], None, 12, today), None, "no pair, no mid-term");
        assert_eq!(due(&[Moment::Initial], Some(date!(2026 - 10 - 01)), 12, today), None, "nine weeks in");
        assert_eq!(due(&[Moment::Initial], Some(date!(2026 - 09 - 01)), 12, today), Some(Moment::Midterm));
        assert_eq!(due(&[Moment::Initial, Moment::Midterm], Some(date!(2026 - 09 - 01)), 12, today), None);
        for m in Moment::ALL {
            assert_eq!(Moment::parse(m.as_str()), Some(m));
        }
    }
}
