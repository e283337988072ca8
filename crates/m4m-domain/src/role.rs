//! The roles a person can hold. One person may hold several over time
//! (a newcomer who did well becomes a buddy).

use serde::{Deserialize, Serialize};

/// A role in m4m (see the table in `PRODUCT.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Runs the installation for a consortium or a federation.
    Administrator,
    /// Social worker of one organisation, runs its programmes.
    Coordinator,
    /// Supervises the buddies assigned to them.
    Supervisor,
    /// Runs the training course.
    Trainer,
    /// A volunteer buddy.
    Mentor,
    /// A newcomer.
    Mentee,
    /// Reads pseudonymised, aggregated outcomes only.
    Evaluator,
}

impl Role {
    /// Every role, in the order screens list them.
    pub const ALL: [Role; 7] = [
        Role::Administrator,
        Role::Coordinator,
        Role::Supervisor,
        Role::Trainer,
        Role::Mentor,
        Role::Mentee,
        Role::Evaluator,
    ];

    /// The stable name stored in the database and used in URLs and forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Coordinator => "coordinator",
            Role::Supervisor => "supervisor",
            Role::Trainer => "trainer",
            Role::Mentor => "mentor",
            Role::Mentee => "mentee",
            Role::Evaluator => "evaluator",
        }
    }

    /// Parses the stable name; `buddy` and `newcomer` are accepted as the
    /// everyday words for mentor and mentee.
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "administrator" | "admin" => Role::Administrator,
            "coordinator" => Role::Coordinator,
            "supervisor" => Role::Supervisor,
            "trainer" => Role::Trainer,
            "mentor" | "buddy" => Role::Mentor,
            "mentee" | "newcomer" => Role::Mentee,
            "evaluator" => Role::Evaluator,
            _ => return None,
        })
    }

    /// Whether the role belongs to one organisation (every role but the
    /// administrator and a consortium-wide evaluator).
    pub fn needs_organisation(self) -> bool {
        !matches!(self, Role::Administrator | Role::Evaluator)
    }

    /// Roles that a coordinator may invite into their organisation.
    pub fn invitable_by_coordinator(self) -> bool {
        matches!(self, Role::Coordinator | Role::Supervisor | Role::Trainer | Role::Mentor | Role::Mentee)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("Buddy"), Some(Role::Mentor));
        assert_eq!(Role::parse("newcomer"), Some(Role::Mentee));
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn a_coordinator_cannot_invite_an_administrator() {
        assert!(!Role::Administrator.invitable_by_coordinator());
        assert!(!Role::Evaluator.invitable_by_coordinator());
        assert!(Role::Mentor.invitable_by_coordinator());
    }
}
