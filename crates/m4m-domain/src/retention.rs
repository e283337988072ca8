//! How long m4m keeps a person's data once their part in the programme is
//! over, and what counts as over. The store erases what is due through
//! the same erasure as a request (m4m_store::erasure).
//!
//! A record is *closed* when the person has left the programme — an alumnus
//! or alumna, a declined applicant, a withdrawal — and no pair of theirs is
//! still open (proposed, accepted or active). A closed record is due
//! `months` calendar months after its last activity: the last change of
//! status, pair proposed, peer session or questionnaire answer, or the
//! registration when nothing else happened.

use time::OffsetDateTime;

use crate::Invalid;
use crate::participant::Status;

/// Months a closed record is kept when its organisation set nothing.
pub const DEFAULT_MONTHS: i64 = 12;
/// The longest period an organisation may set (ten years).
pub const MAX_MONTHS: i64 = 120;
/// How far ahead coordinators see what will be due.
pub const REVIEW_DAYS: i64 = 30;

/// Statuses that end a person's part in a programme.
pub const CLOSED_STATUSES: [Status; 3] = [Status::Alumni, Status::Declined, Status::Withdrawn];

/// Whether a record with this status and `open_pairs` open pairs is closed.
pub fn is_closed(status: Status, open_pairs: i64) -> bool {
    CLOSED_STATUSES.contains(&status) && open_pairs == 0
}

/// A retention period typed in a form: whole months, 1 to 120.
pub fn parse_months(raw: &str) -> Result<i64, Invalid> {
    raw.trim()
        .parse::<i64>()
        .ok()
        .filter(|m| (1..=MAX_MONTHS).contains(m))
        .ok_or(Invalid { field: "months", key: "error-retention-months" })
}

/// The moment `months` calendar months after `at` (Unix seconds, UTC); the
/// day is clamped to the end of a shorter month (31 January + 1 month is
/// 28 or 29 February).
pub fn add_months(at: i64, months: i64) -> i64 {
    let Ok(t) = OffsetDateTime::from_unix_timestamp(at) else {
        return at;
    };
    let total = i64::from(t.year()) * 12 + i64::from(u8::from(t.month())) - 1 + months;
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12));
    let Ok(year) = i32::try_from(year) else {
        return at;
    };
    let Ok(month) = time::Month::try_from(u8::try_from(month0 + 1).unwrap_or(1)) else {
        return at;
    };
    let day = t.day().min(month.length(year));
    time::Date::from_calendar_date(year, month, day).map(|d| t.replace_date(d).unix_timestamp()).unwrap_or(at)
}

/// When a closed record whose last activity was at `last_activity` is due.
pub fn due_at(last_activity: i64, months: i64) -> i64 {
    add_months(last_activity, months)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str) -> i64 {
        let d = time::Date::parse(date, &time::format_description::well_known::Iso8601::DATE).unwrap();
        d.midnight().assume_utc().unix_timestamp()
    }

    #[test]
    fn months_are_calendar_months_clamped_to_short_months() {
        assert_eq!(add_months(at("2025-03-15"), 12), at("2026-03-15"));
        assert_eq!(add_months(at("2025-01-31"), 1), at("2025-02-28"));
        assert_eq!(add_months(at("2024-01-31"), 1), at("2024-02-29"));
        assert_eq!(add_months(at("2025-11-30"), 3), at("2026-02-28"));
        assert_eq!(due_at(at("2025-06-01"), DEFAULT_MONTHS), at("2026-06-01"));
    }

    #[test]
    fn only_ended_records_without_an_open_pair_are_closed() {
        assert!(is_closed(Status::Alumni, 0));
        assert!(is_closed(Status::Withdrawn, 0));
        assert!(is_closed(Status::Declined, 0));
        assert!(!is_closed(Status::Alumni, 1));
        assert!(!is_closed(Status::Active, 0));
        assert!(!is_closed(Status::Registered, 0));
    }

    #[test]
    fn periods_are_whole_months_within_ten_years() {
        assert_eq!(parse_months(" 18 "), Ok(18));
        assert!(parse_months("0").is_err());
        assert!(parse_months("121").is_err());
        assert!(parse_months("1.5").is_err());
        assert!(parse_months("").is_err());
    }
}
