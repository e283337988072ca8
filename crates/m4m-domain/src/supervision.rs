//! Supervision of buddies (step 8): a supervisor (or a coordinator) meets
//! one buddy or a group, records the topics, notes and follow-up actions,
//! each with an owner and a due date.
//!
//! The notes are for staff: the supervisors of the buddies present and the
//! organisation's coordinators read them ([`Reader::Staff`]); a buddy who
//! was there sees that the meeting happened and the actions assigned to
//! them, never the notes ([`Reader::Buddy`]).

use time::Date;

use crate::account::{parse_long_text, parse_text};
use crate::programme::parse_date;
use crate::{Invalid, Validation};

/// One buddy or several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    OneToOne,
    Group,
}

impl Format {
    pub const ALL: [Format; 2] = [Format::OneToOne, Format::Group];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::OneToOne => "one_to_one",
            Format::Group => "group",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The message key of its label.
    pub fn key(self) -> &'static str {
        match self {
            Format::OneToOne => "supervision-format-one_to_one",
            Format::Group => "supervision-format-group",
        }
    }
}

/// The topics a supervision offers to tick (message `supervision-topic-KEY`).
pub const TOPICS: [&str; 7] =
    ["boundaries", "wellbeing", "cultural", "practical", "difficult_situation", "motivation", "safeguarding"];

/// The longest notes, in characters.
pub const NOTES_MAX: usize = 8000;

/// A follow-up action as typed: what, who (a buddy present, or `None` for
/// the person recording), by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAction {
    pub text: String,
    pub owner: Option<i64>,
    pub due_on: Date,
}

/// A supervision as typed, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSupervision {
    pub format: Format,
    pub held_on: Date,
    /// Participant ids of the buddies present.
    pub buddies: Vec<i64>,
    pub topics: Vec<String>,
    pub topics_text: String,
    pub notes: String,
    pub actions: Vec<NewAction>,
}

/// The raw fields of the form. `buddies` are the ticked ids; `allowed`
/// the buddies the person recording may choose from. Actions come as rows
/// of (text, owner, due date); a row left blank is ignored.
pub struct SupervisionForm<'a> {
    pub format: &'a str,
    pub held_on: &'a str,
    pub buddies: Vec<&'a str>,
    pub allowed: &'a [i64],
    pub topics: Vec<&'a str>,
    pub topics_text: &'a str,
    pub notes: &'a str,
    pub actions: Vec<(&'a str, &'a str, &'a str)>,
    pub today: Date,
}

impl NewSupervision {
    /// Checks the form: a format; a date not in the future; at least one
    /// buddy, each one the person may supervise, exactly one for a
    /// one-to-one; known topics; notes of a bounded length; each action
    /// with a text, an owner among those present (or oneself) and a date.
    pub fn parse(f: &SupervisionForm<'_>) -> Result<NewSupervision, Validation> {
        let mut v = Validation::default();
        let format = Format::parse(f.format.trim());
        if format.is_none() {
            v.add("format", "supervision-error-format");
        }
        let held_on = v.check(parse_date("held_on", f.held_on).and_then(|d| {
            if d > f.today { Err(Invalid { field: "held_on", key: "supervision-error-future" }) } else { Ok(d) }
        }));
        let mut buddies = Vec::new();
        for raw in &f.buddies {
            match raw.trim().parse::<i64>() {
                Ok(id) if f.allowed.contains(&id) => {
                    if !buddies.contains(&id) {
                        buddies.push(id);
                    }
                }
                _ => {
                    v.add("buddies", "supervision-error-buddy");
                    break;
                }
            }
        }
        if v.key_for("buddies").is_none() {
            if buddies.is_empty() {
                v.add("buddies", "supervision-error-no-buddy");
            } else if format == Some(Format::OneToOne) && buddies.len() != 1 {
                v.add("buddies", "supervision-error-one");
            }
        }
        let mut topics = Vec::new();
        for t in &f.topics {
            match TOPICS.iter().find(|k| **k == t.trim()) {
                Some(k) => topics.push((*k).to_owned()),
                None => {
                    v.add("topics", "supervision-error-topic");
                    break;
                }
            }
        }
        let topics_text = v.check(parse_long_text("topics_text", f.topics_text, 500)).unwrap_or_default();
        let notes = v.check(parse_long_text("notes", f.notes, NOTES_MAX)).unwrap_or_default();
        let mut actions = Vec::new();
        for (text, owner, due) in &f.actions {
            if text.trim().is_empty() && due.trim().is_empty() {
                continue;
            }
            let text = v.check(parse_text("actions", text, 300));
            let owner = match owner.trim() {
                "" | "me" => Some(None),
                raw => match raw.parse::<i64>() {
                    Ok(id) if buddies.contains(&id) => Some(Some(id)),
                    _ => {
                        v.add("actions", "supervision-error-owner");
                        None
                    }
                },
            };
            let due_on = v.check(parse_date("actions", due));
            if let (Some(text), Some(owner), Some(due_on)) = (text, owner, due_on) {
                actions.push(NewAction { text, owner, due_on });
            }
        }
        v.finish()?;
        Ok(NewSupervision {
            format: format.unwrap_or(Format::Group),
            held_on: held_on.unwrap_or(f.today),
            buddies,
            topics,
            topics_text,
            notes,
            actions,
        })
    }
}

/// How someone reads a supervision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// A supervisor of a buddy present, or a coordinator: everything.
    Staff,
    /// A buddy who was there: that it happened, and their own actions.
    Buddy,
}

/// Who reads a supervision: staff allowed by the permission table
/// (`may_supervise`), else a buddy present, else nobody.
pub fn reader(user_id: i64, present: &[i64], may_supervise: bool) -> Option<Reader> {
    if may_supervise {
        Some(Reader::Staff)
    } else if present.contains(&user_id) {
        Some(Reader::Buddy)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn form<'a>(
        format: &'a str,
        buddies: Vec<&'a str>,
        actions: Vec<(&'a str, &'a str, &'a str)>,
    ) -> SupervisionForm<'a> {
        SupervisionForm {
            format,
            held_on: "2026-12-01",
            buddies,
            allowed: &[10, 11, 12],
            topics: vec!["boundaries"],
            topics_text: "",
            notes: "Karim sets limits well.",
            actions,
            today: date!(2026 - 12 - 05),
        }
    }

    #[test]
    fn a_group_supervision_with_actions_reads_back() {
        let s = NewSupervision::parse(&form(
            "group",
            vec!["10", "11", "10"],
            vec![
                ("Call the housing office", "11", "2026-12-12"),
                ("", "", ""),
                ("Share the leaflet", "me", "2026-12-20"),
            ],
        ))
        .unwrap();
        assert_eq!(s.format, Format::Group);
        assert_eq!(s.buddies, vec![10, 11], "a buddy ticked twice counts once");
        assert_eq!(s.actions.len(), 2, "a blank row is ignored");
        assert_eq!(s.actions[0].owner, Some(11));
        assert_eq!(s.actions[1].owner, None);
        assert_eq!(s.topics, vec!["boundaries"]);
    }

    #[test]
    fn wrong_input_says_what_to_fix() {
        let e = NewSupervision::parse(&form("one_to_one", vec!["10", "11"], vec![])).unwrap_err();
        assert_eq!(e.key_for("buddies"), Some("supervision-error-one"));
        let e = NewSupervision::parse(&form("group", vec![], vec![])).unwrap_err();
        assert_eq!(e.key_for("buddies"), Some("supervision-error-no-buddy"));
        // A buddy someone else supervises cannot be slipped in.
        let e = NewSupervision::parse(&form("group", vec!["99"], vec![])).unwrap_err();
        assert_eq!(e.key_for("buddies"), Some("supervision-error-buddy"));
        let e = NewSupervision::parse(&form("weekly", vec!["10"], vec![])).unwrap_err();
        assert_eq!(e.key_for("format"), Some("supervision-error-format"));
        // An action's owner must have been there, and it needs a date.
        let e = NewSupervision::parse(&form("group", vec!["10"], vec![("Call", "12", "2026-12-12")])).unwrap_err();
        assert_eq!(e.key_for("actions"), Some("supervision-error-owner"));
        let e = NewSupervision::parse(&form("group", vec!["10"], vec![("Call", "10", "")])).unwrap_err();
        assert_eq!(e.key_for("actions"), Some("error-required"));
        let mut future = form("group", vec!["10"], vec![]);
        future.held_on = "2026-12-06";
        assert_eq!(NewSupervision::parse(&future).unwrap_err().key_for("held_on"), Some("supervision-error-future"));
        let mut topic = form("group", vec!["10"], vec![]);
        topic.topics = vec!["gossip"];
        assert_eq!(NewSupervision::parse(&topic).unwrap_err().key_for("topics"), Some("supervision-error-topic"));
    }

    #[test]
    fn staff_read_the_notes_a_buddy_only_that_it_happened() {
        assert_eq!(reader(1, &[5, 6], true), Some(Reader::Staff));
        assert_eq!(reader(5, &[5, 6], false), Some(Reader::Buddy));
        assert_eq!(reader(7, &[5, 6], false), None);
    }
}
