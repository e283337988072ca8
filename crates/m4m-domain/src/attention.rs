//! Pairs at risk (step 9): the reasons a coordinator should look at a pair
//! today, worked out from what m4m knows of it. Each reason names its
//! evidence, so that the coordinator's home can say why, not only that.

use time::{Date, Duration};

/// The thresholds, set per programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// A running pair with no session held for this many days.
    pub no_session_days: i64,
    /// The agreement's planned end within this many days.
    pub ending_days: i64,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds { no_session_days: 21, ending_days: 14 }
    }
}

/// What is known of a pair, as of today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairFacts {
    /// Started (`Some`) or still setting up (`None`).
    pub started_on: Option<Date>,
    /// The agreed duration, in months.
    pub months: u8,
    /// The last session held (its date), if any.
    pub last_session: Option<Date>,
    /// The first meeting as planned, and whether it was recorded as held.
    pub first_meeting: Option<Date>,
    pub first_meeting_held: bool,
    /// Concerns about the pair not closed yet, and whether one is urgent.
    pub open_concerns: i64,
    pub urgent_concern: bool,
    /// The satisfaction the members gave at their check-ins, oldest first.
    pub satisfaction: Vec<i64>,
    /// The check-in due now, if a member with an account has not answered
    /// it.
    pub unanswered_checkin: Option<Date>,
}

/// A check-in unanswered this many days after it fell due is missed.
pub const CHECKIN_GRACE_DAYS: i64 = 14;

/// Why a pair needs a coordinator, most pressing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    /// An urgent concern is open.
    UrgentConcern,
    /// Concerns are open.
    OpenConcern(i64),
    /// Satisfaction at 2 or below, or fallen by 2 or more (the last one).
    LowSatisfaction(i64),
    /// No session held for this many days (since the start if none).
    NoSession(i64),
    /// The check-in due on this date is still unanswered.
    MissedCheckin(Date),
    /// The first meeting's date has passed and it is not recorded.
    FirstMeetingOverdue(Date),
    /// The agreement ends on this date, soon or already.
    AgreementEnds(Date),
}

impl Risk {
    /// The message key of its explanation (arguments: `days`, `count`,
    /// `date`).
    pub fn key(self) -> &'static str {
        match self {
            Risk::UrgentConcern => "risk-urgent-concern",
            Risk::OpenConcern(_) => "risk-open-concern",
            Risk::NoSession(_) => "risk-no-session",
            Risk::LowSatisfaction(_) => "risk-low-satisfaction",
            Risk::MissedCheckin(_) => "risk-missed-checkin",
            Risk::FirstMeetingOverdue(_) => "risk-first-meeting-overdue",
            Risk::AgreementEnds(_) => "risk-agreement-ends",
        }
    }
}

/// The planned end of a pair: its start plus the agreed months (the same
/// day of the month, or the month's last day).
pub fn planned_end(started_on: Date, months: u8) -> Date {
    let total = started_on.month() as i32 - 1 + i32::from(months);
    let year = started_on.year() + total.div_euclid(12);
    let month = time::Month::try_from((total.rem_euclid(12) + 1) as u8).unwrap_or(time::Month::December);
    let last = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, started_on.day().min(last)).unwrap_or(started_on)
}

/// Every reason to look at the pair today, most pressing first.
pub fn risks(f: &PairFacts, t: Thresholds, today: Date) -> Vec<Risk> {
    let mut out = Vec::new();
    if f.urgent_concern {
        out.push(Risk::UrgentConcern);
    } else if f.open_concerns > 0 {
        out.push(Risk::OpenConcern(f.open_concerns));
    }
    match f.started_on {
        Some(start) => {
            let since = f.last_session.unwrap_or(start);
            let days = (today - since).whole_days();
            if days >= t.no_session_days {
                out.push(Risk::NoSession(days));
            }
            if let Some(n) = crate::checkin::low_satisfaction(&f.satisfaction) {
                out.push(Risk::LowSatisfaction(n));
            }
            if let Some(due) = f.unanswered_checkin
                && (today - due).whole_days() > CHECKIN_GRACE_DAYS
            {
                out.push(Risk::MissedCheckin(due));
            }
            let end = planned_end(start, f.months);
            if end - today <= Duration::days(t.ending_days) {
                out.push(Risk::AgreementEnds(end));
            }
        }
        None => {
            if let Some(planned) = f.first_meeting
                && !f.first_meeting_held
                && planned < today
            {
                out.push(Risk::FirstMeetingOverdue(planned));
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 05);

    fn running(started: Date, last: Option<Date>) -> PairFacts {
        PairFacts {
            started_on: Some(started),
            months: 6,
            last_session: last,
            first_meeting: None,
            first_meeting_held: true,
            open_concerns: 0,
            urgent_concern: false,
            satisfaction: Vec::new(),
            unanswered_checkin: None,
        }
    }

    #[test]
    fn a_pair_that_meets_and_has_time_left_needs_nobody() {
        let f = running(date!(2026 - 10 - 01), Some(date!(2026 - 11 - 30)));
        assert!(risks(&f, Thresholds::default(), TODAY).is_empty());
    }

    #[test]
    fn silence_counts_from_the_last_session_or_the_start() {
        let f = running(date!(2026 - 10 - 01), Some(date!(2026 - 11 - 14)));
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::NoSession(21)]);
        let f = running(date!(2026 - 11 - 20), None);
        assert!(risks(&f, Thresholds::default(), TODAY).is_empty(), "15 days since the start");
        let strict = Thresholds { no_session_days: 10, ..Thresholds::default() };
        assert_eq!(risks(&f, strict, TODAY), vec![Risk::NoSession(15)]);
    }

    #[test]
    fn the_agreements_end_shows_two_weeks_ahead_and_after() {
        let f = running(date!(2026 - 06 - 15), Some(date!(2026 - 12 - 01)));
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::AgreementEnds(date!(2026 - 12 - 15))]);
        let f = running(date!(2026 - 05 - 01), Some(date!(2026 - 12 - 01)));
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::AgreementEnds(date!(2026 - 11 - 01))]);
        assert_eq!(planned_end(date!(2026 - 08 - 31), 6), date!(2027 - 02 - 28));
    }

    #[test]
    fn concerns_come_first_and_an_urgent_one_above_all() {
        let mut f = running(date!(2026 - 10 - 01), Some(date!(2026 - 11 - 01)));
        f.open_concerns = 2;
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::OpenConcern(2), Risk::NoSession(34)]);
        f.urgent_concern = true;
        assert_eq!(risks(&f, Thresholds::default(), TODAY)[0], Risk::UrgentConcern);
    }

    #[test]
    fn check_ins_say_when_a_pair_is_unhappy_or_silent() {
        let mut f = running(date!(2026 - 10 - 01), Some(date!(2026 - 12 - 01)));
        f.satisfaction = vec![5, 3];
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::LowSatisfaction(3)]);
        f.satisfaction = vec![4];
        f.unanswered_checkin = Some(date!(2026 - 11 - 21));
        assert!(risks(&f, Thresholds::default(), TODAY).is_empty(), "fourteen days of grace");
        f.unanswered_checkin = Some(date!(2026 - 11 - 10));
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::MissedCheckin(date!(2026 - 11 - 10))]);
    }

    #[test]
    fn a_first_meeting_past_its_date_and_not_recorded_is_overdue() {
        let f = PairFacts {
            started_on: None,
            months: 6,
            last_session: None,
            first_meeting: Some(date!(2026 - 12 - 01)),
            first_meeting_held: false,
            open_concerns: 0,
            urgent_concern: false,
            satisfaction: Vec::new(),
            unanswered_checkin: None,
        };
        assert_eq!(risks(&f, Thresholds::default(), TODAY), vec![Risk::FirstMeetingOverdue(date!(2026 - 12 - 01))]);
        let held = PairFacts { first_meeting_held: true, ..f.clone() };
        assert!(risks(&held, Thresholds::default(), TODAY).is_empty());
        let ahead = PairFacts { first_meeting: Some(date!(2026 - 12 - 08)), ..f };
        assert!(risks(&ahead, Thresholds::default(), TODAY).is_empty());
    }
}
