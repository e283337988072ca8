//! iCalendar (RFC 5545) output for the calendar feeds: CRLF line endings,
//! lines folded at 75 octets (never inside a UTF-8 character), text values
//! escaped, times in UTC. Written by hand: the format is small, and a
//! dependency would be larger than this module.

/// One event of a calendar.
pub struct Event {
    /// Stable across downloads, so that calendar applications update the
    /// event instead of duplicating it.
    pub uid: String,
    /// Unix seconds.
    pub starts_at: i64,
    pub ends_at: i64,
    /// When the event was last written (Unix seconds).
    pub stamp: i64,
    pub summary: String,
    pub location: String,
    pub description: String,
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets and ends it with CRLF.
pub fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            // The space that starts a continuation line counts.
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// A UTC date-time as `YYYYMMDDTHHMMSSZ`.
pub fn utc(unix: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(unix).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let f = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    t.format(f).unwrap_or_default()
}

/// A whole calendar named `name` with its events.
pub fn calendar(name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    let mut line = |s: &str| fold(s, &mut out);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//m4m//Buddy System//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(name)));
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&e.uid)));
        line(&format!("DTSTAMP:{}", utc(e.stamp)));
        line(&format!("DTSTART:{}", utc(e.starts_at)));
        line(&format!("DTEND:{}", utc(e.ends_at)));
        line(&format!("SUMMARY:{}", escape(&e.summary)));
        if !e.location.is_empty() {
            line(&format!("LOCATION:{}", escape(&e.location)));
        }
        if !e.description.is_empty() {
            line(&format!("DESCRIPTION:{}", escape(&e.description)));
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\r\ne\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn lines_are_folded_at_75_octets_between_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        fold(&long, &mut out);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l:?} is {} octets", l.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), long);
        assert!(out.ends_with("\r\n"));
    }

    #[test]
    fn a_calendar_has_its_frame_and_events() {
        let cal = calendar(
            "m4m",
            &[Event {
                uid: "peer-session-1@m4m".into(),
                starts_at: 0,
                ends_at: 3600,
                stamp: 0,
                summary: "Session, Amal".into(),
                location: String::new(),
                description: String::new(),
            }],
        );
        assert!(cal.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(cal.contains("DTSTART:19700101T000000Z\r\nDTEND:19700101T010000Z\r\n"));
        assert!(cal.contains("SUMMARY:Session\\, Amal\r\n"));
        assert!(cal.ends_with("END:VCALENDAR\r\n"));
        assert!(!cal.replace("\r\n", "").contains('\n'));
    }
}
