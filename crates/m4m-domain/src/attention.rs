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

/// Why a pair needs a coordinator, most pressing first: by kind in the
/// order below, then by its evidence (more concerns, lower satisfaction,
/// more days without a session, the earlier date first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl Ord for Risk {
    fn cmp(&self, other: &Risk) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

impl PartialOrd for Risk {
    fn partial_cmp(&self, other: &Risk) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The widest evidence an [`order_key`] token holds (seven digits).
const KEY_MAX: i64 = 9_999_999;

impl Risk {
    /// Its kind's place, then a figure that is smaller the more pressing
    /// it is (a date as its Julian day).
    fn rank(self) -> (u8, i64) {
        match self {
            Risk::UrgentConcern => (0, 0),
            Risk::OpenConcern(n) => (1, KEY_MAX - n),
            Risk::LowSatisfaction(n) => (2, n),
            Risk::NoSession(days) => (3, KEY_MAX - days),
            Risk::MissedCheckin(d) => (4, i64::from(d.to_julian_day())),
            Risk::FirstMeetingOverdue(d) => (5, i64::from(d.to_julian_day())),
            Risk::AgreementEnds(d) => (6, i64::from(d.to_julian_day())),
        }
    }

    /// How it is kept: a word and its evidence (`urgent`, `open:2`,
    /// `low:1`, `quiet:30`, `checkin:2026-10-01`, `meeting:…`, `ends:…`).
    pub fn code(self) -> String {
        let date = crate::programme::format_date;
        match self {
            Risk::UrgentConcern => "urgent".to_owned(),
            Risk::OpenConcern(n) => format!("open:{n}"),
            Risk::LowSatisfaction(n) => format!("low:{n}"),
            Risk::NoSession(days) => format!("quiet:{days}"),
            Risk::MissedCheckin(d) => format!("checkin:{}", date(d)),
            Risk::FirstMeetingOverdue(d) => format!("meeting:{}", date(d)),
            Risk::AgreementEnds(d) => format!("ends:{}", date(d)),
        }
    }

    /// The risk a [`Risk::code`] keeps.
    pub fn parse(code: &str) -> Option<Risk> {
        let (word, evidence) = code.split_once(':').unwrap_or((code, ""));
        let n = || evidence.parse::<i64>().ok();
        let d = || crate::programme::parse_date("date", evidence).ok();
        Some(match word {
            "urgent" if evidence.is_empty() => Risk::UrgentConcern,
            "open" => Risk::OpenConcern(n()?),
            "low" => Risk::LowSatisfaction(n()?),
            "quiet" => Risk::NoSession(n()?),
            "checkin" => Risk::MissedCheckin(d()?),
            "meeting" => Risk::FirstMeetingOverdue(d()?),
            "ends" => Risk::AgreementEnds(d()?),
            _ => return None,
        })
    }

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

/// The codes of a pair's reasons, as one text (space-separated).
pub fn codes(risks: &[Risk]) -> String {
    risks.iter().map(|r| r.code()).collect::<Vec<_>>().join(" ")
}

/// The reasons [`codes`] keeps; `None` if one is not a code.
pub fn parse_codes(text: &str) -> Option<Vec<Risk>> {
    text.split_whitespace().map(Risk::parse).collect()
}

/// A pair's place in the list of pairs at risk, as a text that sorts (byte
/// by byte) as its reasons do: one token of eight characters per reason,
/// its kind and its figure, so that a database index keeps the list in the
/// order a coordinator reads it. Evidence beyond seven digits (ten
/// thousand years without a session) sorts as seven nines.
pub fn order_key(risks: &[Risk]) -> String {
    risks
        .iter()
        .map(|r| {
            let (kind, figure) = r.rank();
            format!("{kind}{:07}", figure.clamp(0, KEY_MAX))
        })
        .collect()
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
    use proptest::prelude::*;
    use time::macros::date;

    fn any_risk() -> impl Strategy<Value = Risk> {
        let day = (0i64..20_000).prop_map(|n| date!(1990 - 01 - 01) + Duration::days(n));
        prop_oneof![
            Just(Risk::UrgentConcern),
            (1i64..50).prop_map(Risk::OpenConcern),
            (0i64..6).prop_map(Risk::LowSatisfaction),
            (0i64..5000).prop_map(Risk::NoSession),
            day.clone().prop_map(Risk::MissedCheckin),
            day.clone().prop_map(Risk::FirstMeetingOverdue),
            day.prop_map(Risk::AgreementEnds),
        ]
    }

    proptest! {
        /// The stored key sorts pairs exactly as their reasons compare,
        /// and the stored codes give the reasons back.
        #[test]
        fn the_order_key_sorts_as_the_reasons_and_codes_give_them_back(
            mut a in proptest::collection::vec(any_risk(), 0..4),
            mut b in proptest::collection::vec(any_risk(), 0..4),
        ) {
            a.sort();
            b.sort();
            prop_assert_eq!(order_key(&a).cmp(&order_key(&b)), a.cmp(&b));
            prop_assert_eq!(parse_codes(&codes(&a)), Some(a));
        }
    }

    #[test]
    fn the_more_pressing_evidence_comes_first() {
        assert!(Risk::OpenConcern(3) < Risk::OpenConcern(1));
        assert!(Risk::NoSession(60) < Risk::NoSession(30));
        assert!(Risk::LowSatisfaction(1) < Risk::LowSatisfaction(2));
        assert!(Risk::AgreementEnds(date!(2026 - 01 - 01)) < Risk::AgreementEnds(date!(2026 - 02 - 01)));
        assert!(Risk::UrgentConcern < Risk::OpenConcern(9));
        assert_eq!(Risk::parse("quiet"), None);
        assert_eq!(Risk::parse("urgent:1"), None);
        assert_eq!(Risk::parse("ends:2026-13-01"), None);
        assert_eq!(parse_codes(""), Some(Vec::new()));
    }

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
