//! The ten steps of the Buddy System. A person or a pair stands at one step;
//! coordinators see how many stand at each.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::participant::Status;

/// One of the ten steps, numbered as in the method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Step {
    /// 1. Inform stakeholders.
    InformStakeholders = 1,
    /// 2. Recruitment and registration of peers.
    Registration = 2,
    /// 3. Initial self-assessment.
    SelfAssessment = 3,
    /// 4. Pre-matching.
    PreMatching = 4,
    /// 5. Training and development.
    Training = 5,
    /// 6. Matching and first meeting.
    Matching = 6,
    /// 7. Peer sessions.
    PeerSessions = 7,
    /// 8. Supervision and self-assessment.
    Supervision = 8,
    /// 9. Progress monitoring and feedback.
    Monitoring = 9,
    /// 10. Final and global evaluation.
    Evaluation = 10,
}

impl Step {
    /// The ten steps in order.
    pub const ALL: [Step; 10] = [
        Step::InformStakeholders,
        Step::Registration,
        Step::SelfAssessment,
        Step::PreMatching,
        Step::Training,
        Step::Matching,
        Step::PeerSessions,
        Step::Supervision,
        Step::Monitoring,
        Step::Evaluation,
    ];

    /// The step's number, 1 to 10.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The step with this number.
    pub fn from_number(n: i64) -> Option<Step> {
        Step::ALL.into_iter().find(|s| i64::from(s.number()) == n)
    }

    /// The translation key of the step's name, e.g. `step-7`.
    pub fn key(self) -> &'static str {
        const KEYS: [&str; 10] =
            ["step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "step-8", "step-9", "step-10"];
        KEYS[usize::from(self.number()) - 1]
    }
}

/// What one of a person's open pairs says about where they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairPhase {
    /// Proposed or accepted, not started: step 6.
    Forming,
    /// Started on this day, for the agreement's number of months.
    Active { started_on: Date, months: u8 },
}

/// A month of an agreement, in days, for placing a pair in its period.
const DAYS_PER_MONTH: i64 = 30;

impl PairPhase {
    /// The step a member of this pair stands at on `today`. Steps 7 to 9
    /// run side by side in the method; m4m places a pair by how far it is
    /// into the agreed period: peer sessions (7) in its first half,
    /// supervision and the mid-term self-assessment (8) from the middle,
    /// progress monitoring and feedback before closing (9) in its last
    /// quarter and after the planned end, until the pair closes.
    pub fn step(self, today: Date) -> Step {
        match self {
            PairPhase::Forming => Step::Matching,
            PairPhase::Active { started_on, months } => {
                let period = i64::from(months.max(1)) * DAYS_PER_MONTH;
                let elapsed = (today - started_on).whole_days();
                if elapsed * 2 < period {
                    Step::PeerSessions
                } else if elapsed * 4 < period * 3 {
                    Step::Supervision
                } else {
                    Step::Monitoring
                }
            }
        }
    }
}

impl Step {
    /// The step a person stands at, from their status and their open
    /// pairs (the furthest one counts, for a buddy with several). Left the
    /// programme: 10. In a pair: the pair's step (6 to 9). Otherwise the
    /// status's own step (2 to 5); "in a pair" without an open pair reads
    /// as back in the pool (4).
    pub fn of(status: Status, pairs: &[PairPhase], today: Date) -> Step {
        if matches!(status, Status::Alumni | Status::Withdrawn) {
            return Step::Evaluation;
        }
        if matches!(status, Status::Ready | Status::Active)
            && let Some(step) = pairs.iter().map(|p| p.step(today)).max()
        {
            return step;
        }
        match status {
            Status::Active => Step::PreMatching,
            _ => status.step(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_numbered_one_to_ten() {
        for (i, step) in Step::ALL.iter().enumerate() {
            assert_eq!(usize::from(step.number()), i + 1);
            assert_eq!(Step::from_number(i as i64 + 1), Some(*step));
            assert_eq!(step.key(), format!("step-{}", i + 1));
        }
        assert_eq!(Step::from_number(0), None);
        assert_eq!(Step::from_number(11), None);
    }

    use crate::participant::Kind;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 06 - 01);

    fn active(days_ago: i64, months: u8) -> PairPhase {
        PairPhase::Active { started_on: TODAY - time::Duration::days(days_ago), months }
    }

    #[test]
    fn a_person_without_a_pair_stands_at_their_status_step() {
        for kind in [Kind::Mentor, Kind::Mentee] {
            for status in Status::ALL.into_iter().filter(|s| s.belongs_to(kind)) {
                let want = match status {
                    Status::Active => Step::PreMatching,
                    s => s.step(),
                };
                assert_eq!(Step::of(status, &[], TODAY), want, "{kind:?} {status:?}");
            }
        }
        assert_eq!(Step::of(Status::Registered, &[], TODAY), Step::Registration);
        assert_eq!(Step::of(Status::SelfAssessed, &[], TODAY), Step::SelfAssessment);
        assert_eq!(Step::of(Status::Ready, &[], TODAY), Step::PreMatching);
        assert_eq!(Step::of(Status::Training, &[], TODAY), Step::Training);
        assert_eq!(Step::of(Status::Withdrawn, &[active(1, 6)], TODAY), Step::Evaluation);
        assert_eq!(Step::of(Status::Alumni, &[], TODAY), Step::Evaluation);
    }

    #[test]
    fn a_newcomer_goes_through_every_step_of_a_pair() {
        assert_eq!(Step::of(Status::Ready, &[PairPhase::Forming], TODAY), Step::Matching);
        assert_eq!(Step::of(Status::Active, &[active(0, 6)], TODAY), Step::PeerSessions);
        assert_eq!(Step::of(Status::Active, &[active(89, 6)], TODAY), Step::PeerSessions);
        assert_eq!(Step::of(Status::Active, &[active(90, 6)], TODAY), Step::Supervision);
        assert_eq!(Step::of(Status::Active, &[active(134, 6)], TODAY), Step::Supervision);
        assert_eq!(Step::of(Status::Active, &[active(135, 6)], TODAY), Step::Monitoring);
        assert_eq!(Step::of(Status::Active, &[active(400, 6)], TODAY), Step::Monitoring);
    }

    #[test]
    fn a_buddy_with_several_pairs_stands_at_the_furthest() {
        let pairs = [PairPhase::Forming, active(100, 6)];
        assert_eq!(Step::of(Status::Active, &pairs, TODAY), Step::Supervision);
        assert_eq!(Step::of(Status::Active, &[PairPhase::Forming], TODAY), Step::Matching);
        // Training and screening do not move with a pair.
        assert_eq!(Step::of(Status::Training, &[PairPhase::Forming], TODAY), Step::Training);
    }

    #[test]
    fn a_zero_month_agreement_still_has_a_period() {
        assert_eq!(active(0, 0).step(TODAY), Step::PeerSessions);
        assert_eq!(active(40, 0).step(TODAY), Step::Monitoring);
    }
}
