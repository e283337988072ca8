//! Step 6, matching and the first meeting: both sides answer the proposal,
//! the first meeting takes place, and a mentoring agreement sets goals,
//! rhythm, duration, boundaries and confidentiality. A pair becomes active
//! only when every one of these is done.

use serde::{Deserialize, Serialize};

use crate::account::parse_long_text;
use crate::error::{Invalid, Validation};
use crate::participant::Kind;

/// How often the pair means to meet (`rhythm-<key>`).
pub const RHYTHMS: [&str; 3] = ["weekly", "fortnightly", "monthly"];

/// The mentoring agreement of a pair, as stored (JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// Integration areas the pair works on, from the newcomer's
    /// self-assessment (area keys).
    pub goals: Vec<String>,
    /// Goals in the pair's own words.
    pub goals_text: String,
    pub rhythm: String,
    /// Expected duration in months (six by default).
    pub months: u8,
    /// Boundaries agreed (what the buddy does not do).
    pub boundaries: String,
}

/// The raw fields of the agreement form.
#[derive(Debug, Clone, Default)]
pub struct AgreementForm<'a> {
    pub goals: Vec<&'a str>,
    pub goals_text: &'a str,
    pub rhythm: &'a str,
    pub months: &'a str,
    pub boundaries: &'a str,
    /// Confidentiality explained to both (required).
    pub confidentiality: bool,
}

impl Agreement {
    /// Validates the agreement form: at least one goal, a known rhythm, 1
    /// to 24 months, and confidentiality explained.
    pub fn parse(f: &AgreementForm<'_>) -> Result<Agreement, Validation> {
        let mut v = Validation::default();
        let mut goals: Vec<String> = Vec::new();
        for g in f.goals.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
            if !crate::participant::AREAS.contains(&g) {
                v.add("goals", "error-choice-invalid");
            } else if !goals.iter().any(|x| x == g) {
                goals.push(g.to_owned());
            }
        }
        let goals_text = v.check(parse_long_text("goals_text", f.goals_text, 2000)).unwrap_or_default();
        if goals.is_empty() && goals_text.is_empty() && v.key_for("goals").is_none() {
            v.add("goals", "error-agreement-goals");
        }
        let rhythm = f.rhythm.trim();
        if !RHYTHMS.contains(&rhythm) {
            v.add("rhythm", "error-choice-invalid");
        }
        let months = match f.months.trim() {
            "" => 6,
            m => match m.parse::<u8>() {
                Ok(n) if (1..=24).contains(&n) => n,
                _ => {
                    v.add("months", "error-months-invalid");
                    6
                }
            },
        };
        let boundaries = v.check(parse_long_text("boundaries", f.boundaries, 4000)).unwrap_or_default();
        if !f.confidentiality {
            v.add("confidentiality", "error-confidentiality-required");
        }
        v.finish()?;
        Ok(Agreement { goals, goals_text, rhythm: rhythm.to_owned(), months, boundaries })
    }
}

/// Where a pair stands in its life, as stored (`pairs.status`; the
/// database refuses any other value). A proposal becomes `Accepted` when
/// both sides accept, `Declined` when either declines, and `Active` when
/// the first meeting was held and the agreement accepted. A pair closes
/// (step 10, [`crate::closing`]) as `Completed` at its planned end or
/// `EndedEarly` for another reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairStatus {
    /// Proposed by a coordinator, waiting for both answers.
    Proposed,
    /// Accepted by both: the first meeting and the agreement come next.
    Accepted,
    /// Declined by one side: both return to the pool.
    Declined,
    /// Started: the pair meets (step 7).
    Active,
    /// Closed at its planned end (step 10).
    Completed,
    /// Closed before its planned end, for a reason (step 10).
    EndedEarly,
}

impl PairStatus {
    /// Every status.
    pub const ALL: [PairStatus; 6] = [
        PairStatus::Proposed,
        PairStatus::Accepted,
        PairStatus::Declined,
        PairStatus::Active,
        PairStatus::Completed,
        PairStatus::EndedEarly,
    ];
    /// The statuses of a closed pair.
    pub const CLOSED: [PairStatus; 2] = [PairStatus::Completed, PairStatus::EndedEarly];
    /// The statuses of a pair that is still open: it holds a place of the
    /// buddy's capacity and keeps its newcomer out of the pool.
    pub const OPEN: [PairStatus; 3] = [PairStatus::Proposed, PairStatus::Accepted, PairStatus::Active];

    /// The stored name, also the suffix of its translation key
    /// (`pair-status-active`).
    pub fn as_str(self) -> &'static str {
        match self {
            PairStatus::Proposed => "proposed",
            PairStatus::Accepted => "accepted",
            PairStatus::Declined => "declined",
            PairStatus::Active => "active",
            PairStatus::Completed => "completed",
            PairStatus::EndedEarly => "ended_early",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<PairStatus> {
        PairStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether the pair is still open (see [`PairStatus::OPEN`]).
    pub fn is_open(self) -> bool {
        PairStatus::OPEN.contains(&self)
    }

    /// Whether the pair has closed (step 10).
    pub fn is_closed(self) -> bool {
        PairStatus::CLOSED.contains(&self)
    }

    /// Whether the pair is on its way to starting (step 6).
    pub fn in_setup(self) -> bool {
        matches!(self, PairStatus::Proposed | PairStatus::Accepted)
    }
}

/// One side's answer to a proposal, as stored (`''` while waiting).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Answer {
    #[default]
    Waiting,
    Accepted,
    Declined,
}

impl Answer {
    /// The stored name (empty while waiting), also the suffix of its
    /// translation keys (`pair-answer-accepted`).
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Waiting => "",
            Answer::Accepted => "accepted",
            Answer::Declined => "declined",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Answer> {
        [Answer::Waiting, Answer::Accepted, Answer::Declined].into_iter().find(|a| a.as_str() == s)
    }
}

/// A pair's life as the rules read it: its status and what step 6 has
/// recorded. Every change of a pair is checked here ([`PairState::check`])
/// before the store writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PairState {
    pub status: PairStatus,
    pub mentor_answer: Answer,
    pub mentee_answer: Answer,
    /// When the first meeting is planned (Unix seconds).
    pub first_meeting_at: Option<i64>,
    pub first_meeting_held: bool,
    pub agreement_written: bool,
    pub mentor_signed: bool,
    pub mentee_signed: bool,
    pub paper_signed: bool,
}

impl PairState {
    /// A new proposal.
    pub fn proposed() -> PairState {
        PairState {
            status: PairStatus::Proposed,
            mentor_answer: Answer::Waiting,
            mentee_answer: Answer::Waiting,
            first_meeting_at: None,
            first_meeting_held: false,
            agreement_written: false,
            mentor_signed: false,
            mentee_signed: false,
            paper_signed: false,
        }
    }

    /// One side's answer.
    pub fn answer_of(&self, side: Kind) -> Answer {
        match side {
            Kind::Mentor => self.mentor_answer,
            Kind::Mentee => self.mentee_answer,
        }
    }

    /// Whether one side accepted the agreement, in the app or on paper.
    pub fn signed_by(&self, side: Kind) -> bool {
        self.paper_signed
            || match side {
                Kind::Mentor => self.mentor_signed,
                Kind::Mentee => self.mentee_signed,
            }
    }

    /// Whether both accepted the agreement (in the app or on paper).
    pub fn agreement_accepted(&self) -> bool {
        self.agreement_written && self.signed_by(Kind::Mentor) && self.signed_by(Kind::Mentee)
    }

    /// Whether everything of step 6 is done, so that the pair can start.
    pub fn ready_to_start(&self) -> bool {
        self.status == PairStatus::Accepted
            && self.mentor_answer == Answer::Accepted
            && self.mentee_answer == Answer::Accepted
            && self.first_meeting_held
            && self.agreement_accepted()
    }

    /// Whether peer sessions may be logged or planned: only once the pair
    /// has started.
    pub fn may_log_sessions(&self) -> bool {
        self.status == PairStatus::Active
    }

    /// Checks a change of the pair at the moment `now` (Unix seconds).
    pub fn check(&self, change: PairChange, now: i64) -> Result<(), PairRefusal> {
        match change {
            PairChange::Answer(side) => {
                if self.status != PairStatus::Proposed || self.answer_of(side) != Answer::Waiting {
                    return Err(PairRefusal::AlreadyAnswered);
                }
            }
            PairChange::PlanFirstMeeting => {
                if !self.status.in_setup() || self.first_meeting_held {
                    return Err(PairRefusal::NotNow);
                }
            }
            PairChange::FirstMeetingHeld => {
                let Some(at) = self.first_meeting_at else { return Err(PairRefusal::NotNow) };
                if self.status != PairStatus::Accepted || self.first_meeting_held {
                    return Err(PairRefusal::NotNow);
                }
                if at > now {
                    return Err(PairRefusal::MeetingNotYet);
                }
            }
            PairChange::WriteAgreement => {
                if self.status != PairStatus::Accepted {
                    return Err(PairRefusal::NotNow);
                }
            }
            PairChange::Sign(side) => {
                let already = side.map_or(self.paper_signed, |s| self.signed_by(s));
                if self.status != PairStatus::Accepted || !self.agreement_written || already {
                    return Err(PairRefusal::NotNow);
                }
            }
            PairChange::Start => {
                if !self.ready_to_start() {
                    return Err(PairRefusal::NotNow);
                }
            }
            PairChange::LogSession => {
                if !self.may_log_sessions() {
                    return Err(PairRefusal::NotStarted);
                }
            }
            PairChange::Close => {
                if !self.status.is_open() {
                    return Err(PairRefusal::NotOpen);
                }
            }
        }
        Ok(())
    }

    /// Where the pair stands, as its checklist shows it.
    pub fn stage(&self) -> Stage {
        match self.status {
            PairStatus::Declined => Stage::Declined,
            PairStatus::Active => Stage::Active,
            PairStatus::Completed | PairStatus::EndedEarly => Stage::Closed,
            PairStatus::Proposed => Stage::AwaitingAnswers,
            PairStatus::Accepted if self.first_meeting_at.is_none() => Stage::FirstMeetingToPlan,
            PairStatus::Accepted if !self.first_meeting_held => Stage::FirstMeetingPlanned,
            PairStatus::Accepted if !self.agreement_written => Stage::AgreementToWrite,
            PairStatus::Accepted => Stage::AgreementToSign,
        }
    }

    /// What the pair waits for from one of its members, in the order
    /// their home lists it. A first meeting is shown to both from the
    /// moment it is planned until it is recorded as held.
    pub fn waiting_for(&self, side: Kind) -> Vec<Waiting> {
        let mut out = Vec::new();
        if self.status == PairStatus::Proposed && self.answer_of(side) == Answer::Waiting {
            out.push(Waiting::Answer);
        }
        if self.status.in_setup()
            && !self.first_meeting_held
            && let Some(at) = self.first_meeting_at
        {
            out.push(Waiting::FirstMeeting { at });
        }
        if self.status == PairStatus::Accepted && self.agreement_written && !self.signed_by(side) {
            out.push(Waiting::SignAgreement);
        }
        out
    }
}

/// A change of a pair, checked by [`PairState::check`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairChange {
    /// One side answers the proposal.
    Answer(Kind),
    /// Staff plan (or move) the first meeting.
    PlanFirstMeeting,
    /// Staff record that the first meeting took place.
    FirstMeetingHeld,
    /// Staff write (or rewrite) the agreement.
    WriteAgreement,
    /// One side accepts the agreement in the app, or (`None`) staff record
    /// a paper signature.
    Sign(Option<Kind>),
    /// The pair starts.
    Start,
    /// A peer session is logged or planned (step 7).
    LogSession,
    /// A coordinator closes the pair (step 10): an open pair only, started
    /// or not.
    Close,
}

/// Why a change of a pair is refused; each has a message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PairRefusal {
    #[error("the pair is not at the stage for this")]
    NotNow,
    #[error("the first meeting has not taken place yet")]
    MeetingNotYet,
    #[error("the proposal was already answered")]
    AlreadyAnswered,
    #[error("the pair has not started")]
    NotStarted,
    #[error("the pair is no longer open")]
    NotOpen,
}

impl PairRefusal {
    /// The translation key of the message.
    pub fn key(self) -> &'static str {
        match self {
            PairRefusal::NotNow => "pair-not-ready",
            PairRefusal::MeetingNotYet => "pair-meeting-not-yet",
            PairRefusal::AlreadyAnswered => "pair-already-answered",
            PairRefusal::NotStarted => "pair-not-started",
            PairRefusal::NotOpen => "pair-not-open",
        }
    }
}

/// The stages of a pair, in order: what its checklist shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    Declined,
    AwaitingAnswers,
    FirstMeetingToPlan,
    FirstMeetingPlanned,
    AgreementToWrite,
    AgreementToSign,
    Active,
    Closed,
}

/// Something a pair waits for from one of its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// Their answer to the proposal.
    Answer,
    /// The first meeting, planned at this moment.
    FirstMeeting { at: i64 },
    /// Their acceptance of the agreement.
    SignAgreement,
}

/// An answer to a proposal: accepting, or declining with a reason.
pub fn check_answer(accept: bool, reason: &str) -> Result<String, Invalid> {
    let reason = parse_long_text("reason", reason, 500)?;
    if !accept && reason.is_empty() {
        return Err(Invalid { field: "reason", key: "error-reason-required" });
    }
    Ok(reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agreement_needs_goals_a_rhythm_and_confidentiality() {
        let ok = Agreement::parse(&AgreementForm {
            goals: vec!["language", "housing", "language"],
            rhythm: "weekly",
            confidentiality: true,
            ..Default::default()
        })
        .unwrap();
        assert_eq!(ok.goals, ["language", "housing"]);
        assert_eq!(ok.months, 6);
        let e = Agreement::parse(&AgreementForm {
            goals: vec!["magic"],
            rhythm: "daily",
            months: "36",
            ..Default::default()
        })
        .unwrap_err();
        assert_eq!(e.key_for("goals"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("rhythm"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("months"), Some("error-months-invalid"));
        assert_eq!(e.key_for("confidentiality"), Some("error-confidentiality-required"));
        let none = Agreement::parse(&AgreementForm { rhythm: "monthly", confidentiality: true, ..Default::default() });
        assert_eq!(none.unwrap_err().key_for("goals"), Some("error-agreement-goals"));
    }

    fn accepted() -> PairState {
        PairState {
            status: PairStatus::Accepted,
            mentor_answer: Answer::Accepted,
            mentee_answer: Answer::Accepted,
            ..PairState::proposed()
        }
    }

    #[test]
    fn a_pair_starts_when_everything_is_done() {
        let mut s =
            PairState { first_meeting_at: Some(100), first_meeting_held: true, agreement_written: true, ..accepted() };
        assert!(!s.ready_to_start());
        assert_eq!(s.check(PairChange::Start, 200), Err(PairRefusal::NotNow));
        s.mentor_signed = true;
        assert!(!s.ready_to_start());
        s.mentee_signed = true;
        assert!(s.ready_to_start());
        assert_eq!(s.check(PairChange::Start, 200), Ok(()));
        let paper = PairState { paper_signed: true, mentor_signed: false, mentee_signed: false, ..s };
        assert!(paper.ready_to_start());
        assert!(!PairState { first_meeting_held: false, ..s }.ready_to_start());
        assert!(!PairState { status: PairStatus::Proposed, ..s }.ready_to_start());
        assert!(!PairState { status: PairStatus::Active, ..s }.ready_to_start());
    }

    #[test]
    fn every_status_is_stored_by_name_and_open_ones_hold_a_place() {
        for s in PairStatus::ALL {
            assert_eq!(PairStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(PairStatus::parse("closed"), None);
        assert!(PairStatus::CLOSED.iter().all(|s| s.is_closed() && !s.is_open()));
        assert!(!PairStatus::Declined.is_open());
        assert!(PairStatus::Accepted.is_open(), "an accepted pair holds the buddy's place");
        for a in [Answer::Waiting, Answer::Accepted, Answer::Declined] {
            assert_eq!(Answer::parse(a.as_str()), Some(a));
        }
    }

    #[test]
    fn the_first_meeting_is_held_only_once_its_time_has_come() {
        let planned = PairState { first_meeting_at: Some(1_000), ..accepted() };
        assert_eq!(planned.check(PairChange::FirstMeetingHeld, 999), Err(PairRefusal::MeetingNotYet));
        assert_eq!(planned.check(PairChange::FirstMeetingHeld, 1_000), Ok(()));
        assert_eq!(accepted().check(PairChange::FirstMeetingHeld, 5_000), Err(PairRefusal::NotNow));
        let proposed = PairState { first_meeting_at: Some(1_000), ..PairState::proposed() };
        assert_eq!(proposed.check(PairChange::FirstMeetingHeld, 5_000), Err(PairRefusal::NotNow));
        let held = PairState { first_meeting_held: true, ..planned };
        assert_eq!(held.check(PairChange::FirstMeetingHeld, 5_000), Err(PairRefusal::NotNow));
        assert_eq!(held.check(PairChange::PlanFirstMeeting, 5_000), Err(PairRefusal::NotNow));
    }

    #[test]
    fn sessions_are_logged_only_in_a_started_pair() {
        for status in PairStatus::ALL {
            let s = PairState { status, ..accepted() };
            let allowed = s.check(PairChange::LogSession, 0).is_ok();
            assert_eq!(allowed, status == PairStatus::Active, "{status:?}");
            assert_eq!(s.may_log_sessions(), allowed);
        }
    }

    #[test]
    fn each_side_answers_once_while_proposed() {
        let p = PairState::proposed();
        assert_eq!(p.check(PairChange::Answer(Kind::Mentor), 0), Ok(()));
        let answered = PairState { mentor_answer: Answer::Accepted, ..p };
        assert_eq!(answered.check(PairChange::Answer(Kind::Mentor), 0), Err(PairRefusal::AlreadyAnswered));
        assert_eq!(answered.check(PairChange::Answer(Kind::Mentee), 0), Ok(()));
        assert_eq!(accepted().check(PairChange::Answer(Kind::Mentee), 0), Err(PairRefusal::AlreadyAnswered));
    }

    #[test]
    fn stages_follow_what_is_done() {
        let mut s = PairState::proposed();
        assert_eq!(s.stage(), Stage::AwaitingAnswers);
        s = accepted();
        assert_eq!(s.stage(), Stage::FirstMeetingToPlan);
        s.first_meeting_at = Some(10);
        assert_eq!(s.stage(), Stage::FirstMeetingPlanned);
        s.first_meeting_held = true;
        assert_eq!(s.stage(), Stage::AgreementToWrite);
        s.agreement_written = true;
        assert_eq!(s.stage(), Stage::AgreementToSign);
        assert_eq!(PairState { status: PairStatus::Active, ..s }.stage(), Stage::Active);
        assert_eq!(PairState { status: PairStatus::Declined, ..s }.stage(), Stage::Declined);
    }

    #[test]
    fn what_waits_for_each_member() {
        let p = PairState { mentor_answer: Answer::Accepted, first_meeting_at: Some(50), ..PairState::proposed() };
        assert_eq!(p.waiting_for(Kind::Mentor), [Waiting::FirstMeeting { at: 50 }]);
        assert_eq!(p.waiting_for(Kind::Mentee), [Waiting::Answer, Waiting::FirstMeeting { at: 50 }]);
        let to_sign = PairState {
            first_meeting_at: Some(50),
            first_meeting_held: true,
            agreement_written: true,
            mentor_signed: true,
            ..accepted()
        };
        assert_eq!(to_sign.waiting_for(Kind::Mentor), []);
        assert_eq!(to_sign.waiting_for(Kind::Mentee), [Waiting::SignAgreement]);
        assert_eq!(PairState { paper_signed: true, ..to_sign }.waiting_for(Kind::Mentee), []);
        assert_eq!(PairState { status: PairStatus::Active, ..to_sign }.waiting_for(Kind::Mentee), []);
        assert_eq!(PairState { status: PairStatus::Declined, ..p }.waiting_for(Kind::Mentee), []);
    }

    #[test]
    fn only_an_open_pair_closes_and_a_closed_one_takes_no_sessions() {
        for status in PairStatus::ALL {
            let s = PairState { status, ..accepted() };
            assert_eq!(s.check(PairChange::Close, 0).is_ok(), status.is_open(), "{status:?}");
        }
        let closed = PairState { status: PairStatus::EndedEarly, ..accepted() };
        assert_eq!(closed.check(PairChange::Close, 0), Err(PairRefusal::NotOpen));
        assert_eq!(closed.check(PairChange::LogSession, 0), Err(PairRefusal::NotStarted));
        assert_eq!(closed.stage(), Stage::Closed);
        assert_eq!(closed.waiting_for(Kind::Mentee), []);
    }

    #[test]
    fn declining_needs_a_reason() {
        assert_eq!(check_answer(false, " ").unwrap_err().key, "error-reason-required");
        assert_eq!(check_answer(false, "Too far").unwrap(), "Too far");
        assert_eq!(check_answer(true, "").unwrap(), "");
    }
}
