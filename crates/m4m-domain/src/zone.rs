//! Time zones. Moments are stored as Unix seconds; people type and read
//! them as the wall-clock time of their organisation (an IANA name such as
//! `Europe/Athens`, chosen by its administrator, `UTC` until then). A
//! meeting at 15:00 in Athens is typed as 15:00 and shown as
//! `15:00 EET`, whatever the server's clock says.
//!
//! The IANA database comes from the system when it has one, else from the
//! copy bundled in the binary.

use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use crate::error::Invalid;

/// A time zone, by its IANA name.
#[derive(Clone, Debug)]
pub struct Zone {
    name: String,
    tz: jiff::tz::TimeZone,
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for Zone {}

impl Default for Zone {
    fn default() -> Self {
        Zone::utc()
    }
}

/// The longest zone name we accept (the longest IANA name has 32).
const NAME_MAX: usize = 64;

impl Zone {
    /// Coordinated Universal Time.
    pub fn utc() -> Zone {
        Zone { name: "UTC".into(), tz: jiff::tz::TimeZone::UTC }
    }

    /// A zone by its IANA name (`Europe/Paris`); an unknown name is an
    /// error on the field `time_zone`.
    pub fn parse(name: &str) -> Result<Zone, Invalid> {
        let name = name.trim();
        let invalid = Invalid { field: "time_zone", key: "error-time-zone-invalid" };
        if name.is_empty() || name.len() > NAME_MAX || !name.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(invalid);
        }
        let tz = jiff::tz::TimeZone::get(name).map_err(|_| invalid)?;
        // The database's own spelling, so that `europe/paris` is stored
        // as `Europe/Paris`.
        let name = tz.iana_name().unwrap_or(name).to_owned();
        Ok(Zone { name, tz })
    }

    /// A stored name; UTC when it is not (or no longer) known.
    pub fn from_stored(name: &str) -> Zone {
        Zone::parse(name).unwrap_or_else(|_| Zone::utc())
    }

    /// The IANA name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The offset from UTC at a moment.
    pub fn offset_at(&self, unix: i64) -> UtcOffset {
        let seconds = jiff::Timestamp::from_second(unix).map(|ts| self.tz.to_offset(ts).seconds()).unwrap_or(0);
        UtcOffset::from_whole_seconds(seconds).unwrap_or(UtcOffset::UTC)
    }

    /// A moment as the wall-clock time of this zone.
    pub fn local(&self, unix: i64) -> OffsetDateTime {
        let t = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        t.to_offset(self.offset_at(unix))
    }

    /// The abbreviation in use at a moment (`CET`, `EEST`, or `+03` where
    /// the database has none).
    pub fn abbreviation(&self, unix: i64) -> String {
        match jiff::Timestamp::from_second(unix) {
            Ok(ts) => self.tz.to_offset_info(ts).abbreviation().to_owned(),
            Err(_) => "UTC".to_owned(),
        }
    }

    /// The moment a wall-clock time of this zone names. A time that the
    /// clocks skip (spring forward) is read as after the change, a time
    /// they show twice (autumn) as its first occurrence.
    pub fn unix(&self, at: PrimitiveDateTime) -> i64 {
        let civil = jiff::civil::DateTime::new(
            at.year() as i16,
            at.month() as i8,
            at.day() as i8,
            at.hour() as i8,
            at.minute() as i8,
            at.second() as i8,
            0,
        );
        match civil.and_then(|c| c.to_zoned(self.tz.clone())) {
            Ok(z) => z.timestamp().as_second(),
            Err(_) => at.assume_utc().unix_timestamp(),
        }
    }

    /// Today's date in this zone.
    pub fn today(&self, now: OffsetDateTime) -> Date {
        self.local(now.unix_timestamp()).date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn reads_and_writes_wall_clock_time() {
        let paris = Zone::parse("europe/paris").expect("known zone");
        assert_eq!(paris.name(), "Europe/Paris");
        // Winter: one hour ahead of UTC; summer: two.
        let winter = paris.unix(datetime!(2026-12-01 15:00));
        assert_eq!(winter, datetime!(2026-12-01 14:00 UTC).unix_timestamp());
        let summer = paris.unix(datetime!(2026-07-01 15:00));
        assert_eq!(summer, datetime!(2026-07-01 13:00 UTC).unix_timestamp());
        assert_eq!(paris.local(winter).hour(), 15);
        assert_eq!(paris.abbreviation(winter), "CET");
        assert_eq!(paris.abbreviation(summer), "CEST");
    }

    #[test]
    fn skipped_and_repeated_times_resolve() {
        let athens = Zone::parse("Europe/Athens").expect("known zone");
        // 2026-03-29 03:30 does not exist in Athens (03:00 → 04:00).
        let gap = athens.unix(datetime!(2026-03-29 03:30));
        assert_eq!(athens.local(gap).hour(), 4);
        // 2026-10-25 03:30 happens twice; the first is in summer time.
        let fold = athens.unix(datetime!(2026-10-25 03:30));
        assert_eq!(athens.abbreviation(fold), "EEST");
    }

    #[test]
    fn unknown_names_are_refused() {
        for bad in ["", "Mars/Olympus", "Europe/ Paris", "Europe/Paris\u{0}", "../../etc/passwd", &"x".repeat(100)] {
            assert!(Zone::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(Zone::from_stored("nowhere"), Zone::utc());
    }

    #[test]
    fn today_follows_the_zone() {
        let now = datetime!(2026-11-28 23:30 UTC);
        assert_eq!(Zone::utc().today(now), time::macros::date!(2026 - 11 - 28));
        let athens = Zone::parse("Europe/Athens").expect("known zone");
        assert_eq!(athens.today(now), time::macros::date!(2026 - 11 - 29));
    }
}
