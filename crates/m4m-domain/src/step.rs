//! The ten steps of the Buddy System. A person or a pair stands at one step;
//! coordinators see how many stand at each.

use serde::{Deserialize, Serialize};

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
}
