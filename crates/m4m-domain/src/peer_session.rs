//! Step 7, peer sessions: a buddy and a newcomer meet, and either of them
//! logs the meeting from a phone in seconds — when, how long, in person,
//! online or by phone, the integration areas it touched, what was done in
//! a sentence and how it went. A session can also be planned ahead; the
//! other side confirms what was logged.
//!
//! Times are typed as a date and an hour of the wall-clock time of the
//! person's organisation ([`Zone`]).

use time::{Date, OffsetDateTime, PrimitiveDateTime, Time};

use crate::account::parse_long_text;
use crate::error::{Invalid, Validation};
use crate::participant::AREAS;
use crate::programme::parse_date;
use crate::zone::Zone;

/// How the pair met (keys; translated as `session-mode-<key>`).
pub const MODES: [&str; 3] = ["in_person", "online", "phone"];

/// The shortest and the longest session, in minutes.
pub const DURATION_MINUTES: std::ops::RangeInclusive<i64> = 5..=600;

/// The longest note of what was done.
pub const SUMMARY_MAX_CHARS: usize = 500;

/// The longest place.
pub const PLACE_MAX_CHARS: usize = 160;

/// How far back a held session and how far ahead a planned one may be.
pub const MAX_DAYS_AWAY: i64 = 366;

/// Whether a session took place or is to come (stored as `held` or
/// `planned`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStatus {
    Planned,
    Held,
}

impl SessionStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            SessionStatus::Planned => "planned",
            SessionStatus::Held => "held",
        }
    }

    /// Reads the stored name.
    pub fn parse(s: &str) -> Option<SessionStatus> {
        match s {
            "planned" => Some(SessionStatus::Planned),
            "held" => Some(SessionStatus::Held),
            _ => None,
        }
    }
}

/// Who may change or remove a session. A planned one: either member of
/// the pair, since they plan together. A held one: whoever logged it, as
/// the log is their account of it (the other side confirms it or asks
/// them to correct it). The programme's staff: any (`staff`).
pub fn may_change(status: SessionStatus, logged_by: Option<i64>, user: i64, member: bool, staff: bool) -> bool {
    staff
        || match status {
            SessionStatus::Planned => member,
            SessionStatus::Held => member && logged_by == Some(user),
        }
}

/// The raw fields of the session form, as typed.
#[derive(Debug, Clone, Default)]
pub struct SessionForm<'a> {
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    /// `HH:MM`.
    pub time: &'a str,
    /// Minutes.
    pub duration: &'a str,
    pub mode: &'a str,
    pub place: &'a str,
    /// Area keys, one per ticked box.
    pub topics: Vec<&'a str>,
    pub summary: &'a str,
    /// 1 to 5; empty for a planned session.
    pub rating: &'a str,
}

/// A session ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPeerSession {
    pub status: SessionStatus,
    /// Unix seconds.
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub mode: String,
    pub place: String,
    /// Area keys, each once, in the order of [`AREAS`].
    pub topics: Vec<String>,
    pub summary: String,
    pub rating: Option<i64>,
}

fn parse_time(raw: &str) -> Result<Time, Invalid> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Invalid { field: "time", key: "error-required" });
    }
    let f = time::macros::format_description!("[hour]:[minute]");
    let f_secs = time::macros::format_description!("[hour]:[minute]:[second]");
    Time::parse(s, f)
        .or_else(|_| Time::parse(s, f_secs))
        .map_err(|_| Invalid { field: "time", key: "error-time-invalid" })
}

impl NewPeerSession {
    /// Validates the form of a `status` session at the moment `now`, and
    /// reports every wrong field. A held session cannot be dated after
    /// today, a planned one before today; neither more than
    /// [`MAX_DAYS_AWAY`] days away. A held session needs at least one topic
    /// and how it went (1 to 5); a planned one has no rating yet.
    pub fn parse(
        f: &SessionForm<'_>,
        status: SessionStatus,
        now: OffsetDateTime,
        zone: &Zone,
    ) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let date: Option<Date> = v.check(parse_date("date", f.date));
        let time = v.check(parse_time(f.time));
        let today = zone.today(now);
        if let Some(d) = date {
            let days = (d - today).whole_days();
            match status {
                SessionStatus::Held if days > 0 => v.add("date", "error-session-future"),
                SessionStatus::Planned if days < 0 => v.add("date", "error-session-past"),
                _ if days.abs() > MAX_DAYS_AWAY => v.add("date", "error-session-too-far"),
                _ => {}
            }
        }
        let duration_minutes = match f.duration.trim().parse::<i64>() {
            Ok(n) if DURATION_MINUTES.contains(&n) => n,
            _ => {
                v.add("duration", "error-duration-invalid");
                0
            }
        };
        let mode = f.mode.trim();
        if !MODES.contains(&mode) {
            v.add("mode", "error-choice-invalid");
        }
        let place = match v.check(parse_long_text("place", f.place, PLACE_MAX_CHARS)) {
            Some(p) if p.contains(['\n', '\r', '\t']) => {
                v.add("place", "error-control-characters");
                String::new()
            }
            p => p.unwrap_or_default(),
        };
        let mut topics: Vec<String> = Vec::new();
        let mut unknown = false;
        for t in f.topics.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if AREAS.contains(&t) {
                if !topics.iter().any(|x| x == t) {
                    topics.push(t.to_owned());
                }
            } else {
                unknown = true;
            }
        }
        topics.sort_by_key(|t| AREAS.iter().position(|a| a == t));
        if unknown {
            v.add("topics", "error-choice-invalid");
        } else if topics.is_empty() && status == SessionStatus::Held {
            v.add("topics", "error-topics-required");
        }
        let summary = v.check(parse_long_text("summary", f.summary, SUMMARY_MAX_CHARS)).unwrap_or_default();
        let rating = match (f.rating.trim(), status) {
            ("", SessionStatus::Planned) => None,
            ("", SessionStatus::Held) => {
                v.add("rating", "error-rating-required");
                None
            }
            (r, SessionStatus::Held) => match r.parse::<i64>() {
                Ok(n) if (1..=5).contains(&n) => Some(n),
                _ => {
                    v.add("rating", "error-rating-invalid");
                    None
                }
            },
            (_, SessionStatus::Planned) => {
                v.add("rating", "error-rating-planned");
                None
            }
        };
        v.finish()?;
        let (Some(date), Some(time)) = (date, time) else {
            return Err(Validation(vec![Invalid { field: "date", key: "error-required" }]));
        };
        let starts_at = zone.unix(PrimitiveDateTime::new(date, time));
        Ok(NewPeerSession {
            status,
            starts_at,
            duration_minutes,
            mode: mode.to_owned(),
            place,
            topics,
            summary,
            rating,
        })
    }
}

/// The held sessions of one calendar week, Monday to Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    /// Its Monday.
    pub starts_on: Date,
    /// How many sessions were held.
    pub sessions: i64,
    /// Their minutes, together.
    pub minutes: i64,
}

/// The held sessions counted per calendar week — Monday 00:00 to the next
/// Monday on the clock of a zone, so a week keeps its sessions when the
/// clocks change — over the last weeks up to and including this one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weekly {
    weeks: Vec<Week>,
    /// When each week starts, then when the last one ends.
    bounds: Vec<i64>,
}

impl Weekly {
    /// The `n` weeks (at least one) up to the one holding `now`, oldest
    /// first, with nothing counted yet.
    pub fn last(zone: &Zone, now: i64, n: usize) -> Weekly {
        let today = zone.local(now).date();
        let monday = today - time::Duration::days(i64::from(today.weekday().number_days_from_monday()));
        let first = monday - time::Duration::weeks(n.max(1) as i64 - 1);
        let mondays: Vec<Date> = (0..=n.max(1) as i64).map(|i| first + time::Duration::weeks(i)).collect();
        let bounds = mondays.iter().map(|d| zone.unix(PrimitiveDateTime::new(*d, Time::MIDNIGHT))).collect();
        let weeks =
            mondays[..mondays.len() - 1].iter().map(|&d| Week { starts_on: d, sessions: 0, minutes: 0 }).collect();
        Weekly { weeks, bounds }
    }

    /// The moments the weeks cover: from the first Monday (included) to
    /// the Monday after the last (excluded), to select the sessions by.
    pub fn span(&self) -> (i64, i64) {
        (self.bounds[0], self.bounds[self.bounds.len() - 1])
    }

    /// Counts a session held at `starts_at` for `minutes` in its week;
    /// one outside the weeks is left out.
    pub fn count(&mut self, starts_at: i64, minutes: i64) {
        // The first bound after the start names the week that holds it.
        let after = self.bounds.partition_point(|&b| b <= starts_at);
        if let Some(week) = after.checked_sub(1).and_then(|i| self.weeks.get_mut(i)) {
            week.sessions += 1;
            week.minutes += minutes;
        }
    }

    /// When each week starts, then when the last one ends (to count the
    /// sessions of each week where they are stored).
    pub fn bounds(&self) -> &[i64] {
        &self.bounds
    }

    /// Adds sessions counted elsewhere to the week at `index` (oldest 0).
    pub fn add(&mut self, index: usize, sessions: i64, minutes: i64) {
        if let Some(week) = self.weeks.get_mut(index) {
            week.sessions += sessions;
            week.minutes += minutes;
        }
    }

    /// The weeks, oldest first.
    pub fn weeks(&self) -> &[Week] {
        &self.weeks
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-28 14:00 UTC);

    fn held<'a>() -> SessionForm<'a> {
        SessionForm {
            date: "2026-11-27",
            time: "15:30",
            duration: "90",
            mode: "in_person",
            place: "Médiathèque",
            topics: vec!["transport", "language", "transport"],
            summary: "Took the metro to the CAF together.",
            rating: "4",
        }
    }

    #[test]
    fn a_held_session_is_read_whole() {
        let s = NewPeerSession::parse(&held(), SessionStatus::Held, NOW, &Zone::utc()).unwrap();
        assert_eq!(s.starts_at, datetime!(2026-11-27 15:30 UTC).unix_timestamp());
        assert_eq!(s.duration_minutes, 90);
        assert_eq!(s.topics, ["language", "transport"], "each area once, in the order of the list");
        assert_eq!(s.rating, Some(4));
        assert_eq!(s.status.as_str(), "held");
    }

    #[test]
    fn a_session_status_reads_back_only_from_its_stored_name() {
        for status in [SessionStatus::Planned, SessionStatus::Held] {
            assert_eq!(SessionStatus::parse(status.as_str()), Some(status));
        }
        for unknown in ["", "Held", "cancelled", " planned"] {
            assert_eq!(SessionStatus::parse(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn who_may_change_a_session() {
        use SessionStatus::{Held, Planned};
        // Planned: both members, not an outsider.
        assert!(may_change(Planned, Some(1), 2, true, false));
        assert!(!may_change(Planned, Some(1), 3, false, false));
        // Held: only who logged it, or staff.
        assert!(may_change(Held, Some(1), 1, true, false));
        assert!(!may_change(Held, Some(1), 2, true, false));
        assert!(!may_change(Held, None, 2, true, false));
        assert!(may_change(Held, Some(1), 9, false, true));
    }

    #[test]
    fn the_time_typed_is_the_wall_clock_time_of_the_zone() {
        let athens = Zone::parse("Europe/Athens").unwrap();
        let s = NewPeerSession::parse(&held(), SessionStatus::Held, NOW, &athens).unwrap();
        assert_eq!(s.starts_at, datetime!(2026-11-27 13:30 UTC).unix_timestamp(), "15:30 in Athens in winter");
        // 23:30 UTC on the 28th is already the 29th in Athens: a session
        // held on the 29th is not in the future there.
        let late = datetime!(2026-11-28 23:30 UTC);
        let today_there = SessionForm { date: "2026-11-29", time: "00:15", ..held() };
        assert!(NewPeerSession::parse(&today_there, SessionStatus::Held, late, &athens).is_ok());
        assert!(NewPeerSession::parse(&today_there, SessionStatus::Held, late, &Zone::utc()).is_err());
    }

    #[test]
    fn a_held_session_is_not_in_the_future_and_a_planned_one_not_in_the_past() {
        let future = SessionForm { date: "2026-11-29", ..held() };
        let e = NewPeerSession::parse(&future, SessionStatus::Held, NOW, &Zone::utc()).unwrap_err();
        assert_eq!(e.key_for("date"), Some("error-session-future"));
        // Later today is still today: times are typed in local time.
        let today = SessionForm { date: "2026-11-28", time: "20:00", ..held() };
        assert!(NewPeerSession::parse(&today, SessionStatus::Held, NOW, &Zone::utc()).is_ok());
        let past = SessionForm { rating: "", ..held() };
        let e = NewPeerSession::parse(&past, SessionStatus::Planned, NOW, &Zone::utc()).unwrap_err();
        assert_eq!(e.key_for("date"), Some("error-session-past"));
        let far = SessionForm { date: "2030-01-01", rating: "", ..held() };
        let e = NewPeerSession::parse(&far, SessionStatus::Planned, NOW, &Zone::utc()).unwrap_err();
        assert_eq!(e.key_for("date"), Some("error-session-too-far"));
    }

    #[test]
    fn a_planned_session_needs_no_topic_and_takes_no_rating() {
        let planned = SessionForm { date: "2026-12-02", topics: vec![], rating: "", ..held() };
        let s = NewPeerSession::parse(&planned, SessionStatus::Planned, NOW, &Zone::utc()).unwrap();
        assert_eq!(s.rating, None);
        assert!(s.topics.is_empty());
        let rated = SessionForm { rating: "3", ..planned };
        let e = NewPeerSession::parse(&rated, SessionStatus::Planned, NOW, &Zone::utc()).unwrap_err();
        assert_eq!(e.key_for("rating"), Some("error-rating-planned"));
    }

    #[test]
    fn every_wrong_field_is_reported() {
        let bad = SessionForm {
            date: "",
            time: "25:99",
            duration: "4",
            mode: "carrier_pigeon",
            place: "a\nb",
            topics: vec!["cooking"],
            summary: &"x".repeat(501),
            rating: "9",
        };
        let e = NewPeerSession::parse(&bad, SessionStatus::Held, NOW, &Zone::utc()).unwrap_err();
        assert_eq!(e.key_for("date"), Some("error-required"));
        assert_eq!(e.key_for("time"), Some("error-time-invalid"));
        assert_eq!(e.key_for("duration"), Some("error-duration-invalid"));
        assert_eq!(e.key_for("mode"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("place"), Some("error-control-characters"));
        assert_eq!(e.key_for("topics"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("summary"), Some("error-too-long"));
        assert_eq!(e.key_for("rating"), Some("error-rating-invalid"));
        let e = NewPeerSession::parse(
            &SessionForm { topics: vec![], rating: "", ..held() },
            SessionStatus::Held,
            NOW,
            &Zone::utc(),
        )
        .unwrap_err();
        assert_eq!(e.key_for("topics"), Some("error-topics-required"));
        assert_eq!(e.key_for("rating"), Some("error-rating-required"));
        for d in ["4", "601", "sixty", ""] {
            let f = SessionForm { duration: d, ..held() };
            assert!(NewPeerSession::parse(&f, SessionStatus::Held, NOW, &Zone::utc()).is_err(), "{d}");
        }
        for d in ["5", "600"] {
            let f = SessionForm { duration: d, ..held() };
            assert!(NewPeerSession::parse(&f, SessionStatus::Held, NOW, &Zone::utc()).is_ok(), "{d}");
        }
    }
    #[test]
    fn held_sessions_count_in_their_calendar_week_on_the_zone_clock() {
        let paris = Zone::parse("Europe/Paris").unwrap();
        // Saturday 28 November 2026: its week began on Monday the 23rd.
        let mut weekly = Weekly::last(&paris, NOW.unix_timestamp(), 12);
        let weeks = weekly.weeks();
        assert_eq!(weeks.len(), 12);
        assert_eq!(weeks[11].starts_on, time::macros::date!(2026 - 11 - 23));
        assert_eq!(weeks[0].starts_on, time::macros::date!(2026 - 09 - 07));
        // Paris's midnight, which is 22:00 UTC in summer and 23:00 in winter.
        let (from, until) = weekly.span();
        assert_eq!(from, datetime!(2026-09-06 22:00 UTC).unix_timestamp());
        assert_eq!(until, datetime!(2026-11-29 23:00 UTC).unix_timestamp());
        // Sunday 23:30 in Paris is still the week before; Monday 00:30 the next.
        weekly.count(datetime!(2026-11-22 22:30 UTC).unix_timestamp(), 60);
        weekly.count(datetime!(2026-11-22 23:30 UTC).unix_timestamp(), 45);
        weekly.count(datetime!(2026-11-24 10:00 UTC).unix_timestamp(), 90);
        // The week the clocks went back (Sunday 25 October) keeps its Sunday evening.
        weekly.count(datetime!(2026-10-25 22:30 UTC).unix_timestamp(), 30);
        // Outside the weeks: left out.
        weekly.count(from - 1, 600);
        weekly.count(until, 600);
        let weeks = weekly.weeks();
        assert_eq!(weeks[10], Week { starts_on: time::macros::date!(2026 - 11 - 16), sessions: 1, minutes: 60 });
        assert_eq!(weeks[11], Week { starts_on: time::macros::date!(2026 - 11 - 23), sessions: 2, minutes: 135 });
        assert_eq!(weeks[6], Week { starts_on: time::macros::date!(2026 - 10 - 19), sessions: 1, minutes: 30 });
        assert_eq!(weeks.iter().map(|w| w.sessions).sum::<i64>(), 4);
        // One week at least, whatever is asked.
        assert_eq!(Weekly::last(&Zone::utc(), NOW.unix_timestamp(), 0).weeks().len(), 1);
    }
}
