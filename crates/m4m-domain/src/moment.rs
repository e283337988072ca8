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
/// the final one once the person's pair has closed (`closed`, within
/// [`crate::closing::ASK_FOR_DAYS`]); otherwise the mid-term one once
/// their pair has run `midterm_weeks`.
pub fn due(
    done: &[Moment],
    pair_started: Option<Date>,
    midterm_weeks: i64,
    closed: bool,
    today: Date,
) -> Option<Moment> {
    if !done.contains(&Moment::Initial) {
        return Some(Moment::Initial);
    }
    if closed {
        return (!done.contains(&Moment::Final)).then_some(Moment::Final);
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
        assert_eq!(due(&[], None, 12, false, today), Some(Moment::Initial));
        assert_eq!(due(&[Moment::Initial], None, 12, false, today), None, "no pair, no mid-term");
        assert_eq!(due(&[Moment::Initial], Some(date!(2026 - 10 - 01)), 12, false, today), None, "nine weeks in");
        assert_eq!(due(&[Moment::Initial], Some(date!(2026 - 09 - 01)), 12, false, today), Some(Moment::Midterm));
        assert_eq!(due(&[Moment::Initial, Moment::Midterm], Some(date!(2026 - 09 - 01)), 12, false, today), None);
        // The pair closed: the final one, mid-term done or not, once.
        assert_eq!(due(&[Moment::Initial], Some(date!(2026 - 10 - 01)), 12, true, today), Some(Moment::Final));
        assert_eq!(due(&[Moment::Initial, Moment::Final], None, 12, true, today), None);
        assert_eq!(due(&[], None, 12, true, today), Some(Moment::Initial));
        for m in Moment::ALL {
            assert_eq!(Moment::parse(m.as_str()), Some(m));
        }
    }
}
