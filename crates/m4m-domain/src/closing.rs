//! Step 10, the end of a pair: a coordinator closes it at its planned end
//! or early with a reason, optionally after a closing meeting, and says for
//! each member whether they may be matched again. Then both members answer
//! the exit questionnaire, and the newcomer fills the final
//! self-assessment ([`crate::moment::Moment::Final`]).
//!
//! A pair closed for the reason "planned end" is `Completed`; any other
//! reason — goals reached early included — is `EndedEarly`, so that a
//! funder reads how many pairs ran their course and why the others
//! stopped.

use time::Date;

use crate::account::parse_long_text;
use crate::pairing::PairStatus;
use crate::participant::{AREAS, Kind, Status};
use crate::programme::parse_date;
use crate::{Invalid, Validation};

/// Why a pair closed (`pairs.close_reason`; the database refuses any
/// other value).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClosingReason {
    /// The agreed period is over.
    PlannedEnd,
    GoalsReached,
    /// The newcomer moved away.
    MovedAway,
    LostContact,
    Conflict,
    Safeguarding,
    Other,
}

impl ClosingReason {
    /// Every reason, in the order the form offers them.
    pub const ALL: [ClosingReason; 7] = [
        ClosingReason::PlannedEnd,
        ClosingReason::GoalsReached,
        ClosingReason::MovedAway,
        ClosingReason::LostContact,
        ClosingReason::Conflict,
        ClosingReason::Safeguarding,
        ClosingReason::Other,
    ];

    /// The stored name, also the suffix of its translation key
    /// (`close-reason-lost_contact`).
    pub fn as_str(self) -> &'static str {
        match self {
            ClosingReason::PlannedEnd => "planned_end",
            ClosingReason::GoalsReached => "goals_reached",
            ClosingReason::MovedAway => "moved_away",
            ClosingReason::LostContact => "lost_contact",
            ClosingReason::Conflict => "conflict",
            ClosingReason::Safeguarding => "safeguarding",
            ClosingReason::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<ClosingReason> {
        ClosingReason::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The status a pair closed for this reason takes.
    pub fn status(self) -> PairStatus {
        match self {
            ClosingReason::PlannedEnd => PairStatus::Completed,
            _ => PairStatus::EndedEarly,
        }
    }
}

/// A closing as the coordinator records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closing {
    pub reason: ClosingReason,
    pub closed_on: Date,
    /// When the closing meeting took place, if there was one.
    pub meeting_on: Option<Date>,
    pub note: String,
    /// Whether each member may be matched again.
    pub mentor_rematch: bool,
    pub mentee_rematch: bool,
}

/// The raw fields of the closing form.
#[derive(Debug, Clone, Default)]
pub struct ClosingForm<'a> {
    pub reason: &'a str,
    pub closed_on: &'a str,
    pub meeting_on: &'a str,
    pub note: &'a str,
    pub mentor_rematch: &'a str,
    pub mentee_rematch: &'a str,
}

/// A yes/no radio choice; nothing chosen is an error of that field.
fn yes_no(field: &'static str, raw: &str) -> Result<bool, Invalid> {
    match raw.trim() {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(Invalid { field, key: "error-choose-yes-no" }),
    }
}

impl Closing {
    /// Checks the closing form of a pair started on `started` (if it
    /// started), on `today`: a known reason; a closing day neither before
    /// the start nor in the future; a meeting day likewise; each member's
    /// re-matching answered; a note of at most 2000 characters, required
    /// for "other".
    pub fn parse(f: &ClosingForm<'_>, started: Option<Date>, today: Date) -> Result<Closing, Validation> {
        let mut v = Validation::default();
        let reason = v.check(
            ClosingReason::parse(f.reason.trim()).ok_or(Invalid { field: "reason", key: "error-choice-invalid" }),
        );
        let in_range = |field: &'static str, d: Date| -> Result<Date, Invalid> {
            if d > today {
                Err(Invalid { field, key: "close-error-future" })
            } else if started.is_some_and(|s| d < s) {
                Err(Invalid { field, key: "close-error-before-start" })
            } else {
                Ok(d)
            }
        };
        let closed_on = match f.closed_on.trim() {
            "" => Some(today),
            raw => v.check(parse_date("closed_on", raw).and_then(|d| in_range("closed_on", d))),
        };
        let meeting_on = match f.meeting_on.trim() {
            "" => None,
            raw => v.check(parse_date("meeting_on", raw).and_then(|d| in_range("meeting_on", d))),
        };
        let note = v.check(parse_long_text("note", f.note, 2000)).unwrap_or_default();
        if reason == Some(ClosingReason::Other) && note.is_empty() && v.key_for("note").is_none() {
            v.add("note", "close-error-note-other");
        }
        let mentor_rematch = v.check(yes_no("mentor_rematch", f.mentor_rematch));
        let mentee_rematch = v.check(yes_no("mentee_rematch", f.mentee_rematch));
        v.finish()?;
        Ok(Closing {
            reason: reason.unwrap_or(ClosingReason::Other),
            closed_on: closed_on.unwrap_or(today),
            meeting_on,
            note,
            mentor_rematch: mentor_rematch.unwrap_or(false),
            mentee_rematch: mentee_rematch.unwrap_or(false),
        })
    }

    /// Whether one side may be matched again.
    pub fn rematch(&self, side: Kind) -> bool {
        match side {
            Kind::Mentor => self.mentor_rematch,
            Kind::Mentee => self.mentee_rematch,
        }
    }
}

/// The status a member takes when their pair closes: still in a pair if
/// another pair of theirs is open (a buddy with several newcomers); back in
/// the pool when they may be matched again; alumni otherwise.
pub fn status_after(rematch: bool, other_open_pairs: usize) -> Status {
    if other_open_pairs > 0 {
        Status::Active
    } else if rematch {
        Status::Ready
    } else {
        Status::Alumni
    }
}

/// Leaving the programme (alumni, withdrawn) closes nothing by itself:
/// each open pair is closed first, with its reason, so that no pair stays
/// running with a member gone.
pub fn may_leave(to: Status, open_pairs: usize) -> Result<(), Invalid> {
    if matches!(to, Status::Alumni | Status::Withdrawn) && open_pairs > 0 {
        return Err(Invalid { field: "status", key: "error-close-pairs-first" });
    }
    Ok(())
}

/// How many days after closing a member is still asked for the exit
/// questionnaire (and a newcomer for the final self-assessment).
pub const ASK_FOR_DAYS: i64 = 90;

/// Whether the exit questionnaire of a pair closed on `closed_on` is still
/// asked for on `today`.
pub fn still_asked(closed_on: Date, today: Date) -> bool {
    (today - closed_on).whole_days() <= ASK_FOR_DAYS
}

/// An answer to the exit questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitAnswer {
    /// 1 (not at all) to 5 (very).
    pub satisfaction: i64,
    pub recommend: bool,
    /// The integration areas where something changed for them.
    pub changed: Vec<String>,
    pub comment: String,
}

impl ExitAnswer {
    /// Checks the form: satisfaction 1 to 5 and the recommendation are
    /// required; the areas are known ones; the comment at most 2000
    /// characters.
    pub fn parse(
        satisfaction: &str,
        recommend: &str,
        changed: &[&str],
        comment: &str,
    ) -> Result<ExitAnswer, Validation> {
        let mut v = Validation::default();
        let satisfaction = v.check(crate::checkin::parse_satisfaction(satisfaction));
        let recommend = v.check(yes_no("recommend", recommend));
        let mut areas: Vec<String> = Vec::new();
        for a in changed.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
            if !AREAS.contains(&a) {
                v.add("changed", "error-choice-invalid");
            } else if !areas.iter().any(|x| x == a) {
                areas.push(a.to_owned());
            }
        }
        let comment = v.check(parse_long_text("comment", comment, 2000));
        v.finish()?;
        Ok(ExitAnswer {
            satisfaction: satisfaction.unwrap_or(3),
            recommend: recommend.unwrap_or(false),
            changed: areas,
            comment: comment.unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 05);

    fn form<'a>(reason: &'a str, closed_on: &'a str) -> ClosingForm<'a> {
        ClosingForm { reason, closed_on, mentor_rematch: "yes", mentee_rematch: "no", ..Default::default() }
    }

    #[test]
    fn the_planned_end_completes_a_pair_and_every_other_reason_ends_it_early() {
        for r in ClosingReason::ALL {
            assert_eq!(ClosingReason::parse(r.as_str()), Some(r));
            let want = if r == ClosingReason::PlannedEnd { PairStatus::Completed } else { PairStatus::EndedEarly };
            assert_eq!(r.status(), want);
            assert!(r.status().is_closed());
        }
        assert_eq!(ClosingReason::parse("bored"), None);
    }

    #[test]
    fn a_closing_has_a_reason_a_day_within_the_pair_and_both_rematch_answers() {
        let ok = Closing::parse(&form("lost_contact", "2026-11-30"), Some(date!(2026 - 06 - 01)), TODAY).unwrap();
        assert_eq!(ok.reason, ClosingReason::LostContact);
        assert_eq!(ok.closed_on, date!(2026 - 11 - 30));
        assert!(ok.rematch(Kind::Mentor) && !ok.rematch(Kind::Mentee));
        assert_eq!(Closing::parse(&form("planned_end", ""), None, TODAY).unwrap().closed_on, TODAY);

        let e = Closing::parse(&form("bored", "2026-12-06"), None, TODAY).unwrap_err();
        assert_eq!(e.key_for("reason"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("closed_on"), Some("close-error-future"));
        let e = Closing::parse(&form("conflict", "2026-05-01"), Some(date!(2026 - 06 - 01)), TODAY).unwrap_err();
        assert_eq!(e.key_for("closed_on"), Some("close-error-before-start"));
        let e = Closing::parse(&ClosingForm { reason: "other", ..Default::default() }, None, TODAY).unwrap_err();
        assert_eq!(e.key_for("note"), Some("close-error-note-other"));
        assert_eq!(e.key_for("mentor_rematch"), Some("error-choose-yes-no"));
        assert_eq!(e.key_for("mentee_rematch"), Some("error-choose-yes-no"));
        let meeting = ClosingForm { meeting_on: "2027-01-01", ..form("goals_reached", "") };
        assert_eq!(
            Closing::parse(&meeting, None, TODAY).unwrap_err().key_for("meeting_on"),
            Some("close-error-future")
        );
    }

    #[test]
    fn a_member_goes_back_to_the_pool_or_becomes_alumni_unless_another_pair_runs() {
        assert_eq!(status_after(true, 0), Status::Ready);
        assert_eq!(status_after(false, 0), Status::Alumni);
        assert_eq!(status_after(false, 1), Status::Active);
        assert_eq!(may_leave(Status::Withdrawn, 1).unwrap_err().key, "error-close-pairs-first");
        assert_eq!(may_leave(Status::Alumni, 2).unwrap_err().key, "error-close-pairs-first");
        assert!(may_leave(Status::Alumni, 0).is_ok());
        assert!(may_leave(Status::Intake, 1).is_ok());
    }

    #[test]
    fn the_exit_questionnaire_needs_a_satisfaction_and_a_recommendation() {
        let a = ExitAnswer::parse("4", "yes", &["language", "employment", "language"], " Merci ").unwrap();
        assert_eq!((a.satisfaction, a.recommend), (4, true));
        assert_eq!(a.changed, ["language", "employment"]);
        assert_eq!(a.comment, "Merci");
        let e = ExitAnswer::parse("9", "", &["magic"], "").unwrap_err();
        assert_eq!(e.key_for("satisfaction"), Some("checkin-error-satisfaction"));
        assert_eq!(e.key_for("recommend"), Some("error-choose-yes-no"));
        assert_eq!(e.key_for("changed"), Some("error-choice-invalid"));
        assert!(still_asked(date!(2026 - 09 - 06), TODAY));
        assert!(!still_asked(date!(2026 - 09 - 05), TODAY));
    }
}
