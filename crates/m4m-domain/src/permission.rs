//! Who may do what: one table of rules, deny by default.
//!
//! A rule gives a role an action over a *reach*: the whole installation,
//! the organisation the role is held in, or only the objects the person is
//! related to (their own record, their pairs, the buddies they supervise).
//! Every handler builds a [`Target`] from the object it is about to show or
//! change and asks [`Actor::can`]; no rule, no access.

use crate::Role;

/// Something a person may try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Create organisations, see every account of the installation.
    ManageInstallation,
    /// See an organisation's name, country and languages.
    ViewOrganisation,
    /// See the accounts (staff and volunteers) of an organisation.
    ViewMembers,
    /// Invite someone into an organisation.
    InviteMember,
    /// See a programme and its figures.
    ViewProgramme,
    /// Create or change a programme.
    ManageProgramme,
    /// See a participant's profile (buddy or newcomer).
    ViewParticipant,
    /// Read and write a person's confidential notes (health, legal
    /// situation): special-category data that only the coordinators of the
    /// person's organisation need. No other role has it, at any reach.
    ViewConfidentialNotes,
    /// See a pair and its peer sessions.
    ViewPair,
    /// See aggregated, pseudonymised figures.
    ViewAggregates,
    /// Read the messages m4m sent (the outbox).
    ReadOutbox,
    /// Keep the directory of local actors and the outreach log (step 1).
    ManageStakeholders,
    /// Register people on their behalf, screen them, merge duplicates,
    /// import and export lists (step 2).
    ManageParticipant,
    /// Run courses: modules, sessions, attendance, enrolments (step 5).
    ManageTraining,
    /// Log, plan and confirm the peer sessions of a pair (step 7).
    LogPeerSession,
    /// See who read, changed or exported a person's record.
    ViewAccessLog,
    /// Export everything about a person (the rights of access and
    /// portability). For buddies and newcomers the only related account is
    /// their own: handlers give the person's own account as the target.
    ExportPersonalData,
    /// Erase a person's data on their request (the right to erasure): the
    /// record becomes a nameless tombstone that figures still count.
    ErasePersonalData,
    /// Set how long closed records are kept, and review what is due.
    ManageRetention,
    /// Tell the organisation of a concern about a pair or oneself (step 8).
    RaiseConcern,
    /// Read every concern of the organisation, with the notes, and move
    /// it to its end (step 8). The person who raised a concern reads
    /// their own without it ([`crate::concern::reader`]).
    HandleConcern,
    /// Record supervision meetings of buddies and read their notes
    /// (step 8). A buddy who was there reads that it happened and their
    /// own actions ([`crate::supervision::reader`]).
    Supervise,
}

/// How far a rule reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Every object of the installation.
    Installation,
    /// Objects of the organisation the role is held in (all organisations
    /// for a role held installation-wide).
    Organisation,
    /// Objects the person is related to: themselves, their pairs, the
    /// buddies assigned to them, in the organisation the role is held in.
    Related,
}

use Action::*;
use Reach::*;
use Role::*;

/// The rules. Anything not listed is denied.
pub const RULES: &[(Role, Action, Reach)] = &[
    (Administrator, ManageInstallation, Installation),
    (Administrator, ViewOrganisation, Installation),
    (Administrator, ViewMembers, Installation),
    (Administrator, InviteMember, Installation),
    (Administrator, ViewProgramme, Installation),
    (Administrator, ViewAggregates, Installation),
    (Administrator, ReadOutbox, Installation),
    (Administrator, ManageRetention, Installation),
    (Coordinator, ViewOrganisation, Organisation),
    (Coordinator, ViewMembers, Organisation),
    (Coordinator, InviteMember, Organisation),
    (Coordinator, ViewProgramme, Organisation),
    (Coordinator, ManageProgramme, Organisation),
    (Coordinator, ViewParticipant, Organisation),
    (Coordinator, ViewConfidentialNotes, Organisation),
    (Coordinator, ViewPair, Organisation),
    (Coordinator, ViewAggregates, Organisation),
    (Coordinator, ManageStakeholders, Organisation),
    (Coordinator, ManageParticipant, Organisation),
    (Coordinator, ManageTraining, Organisation),
    (Coordinator, LogPeerSession, Organisation),
    (Coordinator, ViewAccessLog, Organisation),
    (Coordinator, ExportPersonalData, Organisation),
    (Coordinator, ErasePersonalData, Organisation),
    (Coordinator, ManageRetention, Organisation),
    (Coordinator, RaiseConcern, Organisation),
    (Coordinator, HandleConcern, Organisation),
    (Coordinator, Supervise, Organisation),
    (Supervisor, ViewOrganisation, Organisation),
    (Supervisor, ViewProgramme, Organisation),
    (Supervisor, ViewParticipant, Related),
    (Supervisor, ViewPair, Related),
    (Supervisor, ViewAccessLog, Related),
    (Supervisor, RaiseConcern, Related),
    (Supervisor, Supervise, Related),
    (Trainer, ViewOrganisation, Organisation),
    (Trainer, ViewProgramme, Organisation),
    (Trainer, ManageTraining, Organisation),
    (Mentor, ViewProgramme, Organisation),
    (Mentor, ViewParticipant, Related),
    (Mentor, ViewPair, Related),
    (Mentor, LogPeerSession, Related),
    (Mentor, ExportPersonalData, Related),
    (Mentor, RaiseConcern, Related),
    (Mentee, ViewProgramme, Organisation),
    (Mentee, ViewParticipant, Related),
    (Mentee, ViewPair, Related),
    (Mentee, LogPeerSession, Related),
    (Mentee, ExportPersonalData, Related),
    (Mentee, RaiseConcern, Related),
    (Evaluator, ViewAggregates, Organisation),
];

/// The reach the table gives `role` for `action`, if any.
pub fn reach(role: Role, action: Action) -> Option<Reach> {
    RULES.iter().find(|(r, a, _)| *r == role && *a == action).map(|(_, _, reach)| *reach)
}

/// A role held by a person, in one organisation or installation-wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    /// The role.
    pub role: Role,
    /// The organisation it is held in; `None` for installation-wide.
    pub organisation: Option<i64>,
}

/// The person asking, with every role they hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Their account id.
    pub user_id: i64,
    /// Their roles.
    pub grants: Vec<Grant>,
}

/// The object an action is about.
#[derive(Debug, Clone, Copy, Default)]
pub struct Target<'a> {
    /// The organisation that owns it (`None` for installation-level
    /// objects such as the list of organisations).
    pub organisation: Option<i64>,
    /// The accounts related to it: the person themselves, both members of
    /// a pair, the supervisor of a buddy.
    pub related_users: &'a [i64],
}

impl<'a> Target<'a> {
    /// An installation-level object.
    pub const INSTALLATION: Target<'static> = Target { organisation: None, related_users: &[] };

    /// An object of one organisation with no particular person.
    pub fn organisation(id: i64) -> Target<'static> {
        Target { organisation: Some(id), related_users: &[] }
    }

    /// An object of one organisation related to some accounts.
    pub fn related(organisation: i64, related_users: &'a [i64]) -> Target<'a> {
        Target { organisation: Some(organisation), related_users }
    }
}

impl Actor {
    /// Whether any of the actor's roles allows `action` on `target`.
    pub fn can(&self, action: Action, target: Target<'_>) -> bool {
        self.grants.iter().any(|g| {
            let in_organisation = match (g.organisation, target.organisation) {
                (None, _) => true,
                (Some(mine), Some(theirs)) => mine == theirs,
                (Some(_), None) => false,
            };
            match reach(g.role, action) {
                None => false,
                Some(Installation) => true,
                Some(Organisation) => in_organisation,
                Some(Related) => in_organisation && target.related_users.contains(&self.user_id),
            }
        })
    }

    /// Whether the actor holds `role` anywhere.
    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    /// The organisations in which the actor may do `action` on objects of
    /// the whole organisation; `None` means every organisation.
    pub fn organisations_for(&self, action: Action) -> Option<Vec<i64>> {
        let mut ids = Vec::new();
        for g in &self.grants {
            match (reach(g.role, action), g.organisation) {
                (Some(Installation), _) | (Some(Organisation), None) => return None,
                (Some(Organisation), Some(id)) => ids.push(id),
                _ => {}
            }
        }
        ids.sort_unstable();
        ids.dedup();
        Some(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTIONS: [Action; 22] = [
        ManageInstallation,
        ViewOrganisation,
        ViewMembers,
        InviteMember,
        ViewProgramme,
        ManageProgramme,
        ViewParticipant,
        ViewPair,
        ViewAggregates,
        ReadOutbox,
        ManageStakeholders,
        ManageParticipant,
        ManageTraining,
        LogPeerSession,
        ViewAccessLog,
        ExportPersonalData,
        ErasePersonalData,
        ManageRetention,
        ViewConfidentialNotes,
        RaiseConcern,
        HandleConcern,
        Supervise,
    ];

    /// The whole table written out a second time, row by row: I =
    /// installation, O = organisation, R = related, - = denied. A change to
    /// `RULES` must be made here too, on purpose.
    const EXPECTED: [(Role, &str); 7] = [
        //                 MI VO VM IM VP MP VPa VPr VA RO MS MPa MT LS AL EX ER RT CN RC HC SV
        (Administrator, "I  I  I  I  I  -  -   -   I  I  -  -   -  -  -  -  -  I  -  -  -  -"),
        (Coordinator, /**/ "-  O  O  O  O  O  O   O   O  -  O  O   O  O  O  O  O  O  O  O  O  O"),
        (Supervisor, /* */ "-  O  -  -  O  -  R   R   -  -  -  -   -  -  R  -  -  -  -  R  -  R"),
        (Trainer, /*    */ "-  O  -  -  O  -  -   -   -  -  -  -   O  -  -  -  -  -  -  -  -  -"),
        (Mentor, /*     */ "-  -  -  -  O  -  R   R   -  -  -  -   -  R  -  R  -  -  -  R  -  -"),
        (Mentee, /*     */ "-  -  -  -  O  -  R   R   -  -  -  -   -  R  -  R  -  -  -  R  -  -"),
        (Evaluator, /*  */ "-  -  -  -  -  -  -   -   O  -  -  -   -  -  -  -  -  -  -  -  -  -"),
    ];

    #[test]
    fn the_table_row_by_row() {
        for (role, row) in EXPECTED {
            let cells: Vec<&str> = row.split_whitespace().collect();
            assert_eq!(cells.len(), ACTIONS.len());
            for (action, cell) in ACTIONS.iter().zip(cells) {
                let expected = match cell {
                    "I" => Some(Installation),
                    "O" => Some(Organisation),
                    "R" => Some(Related),
                    _ => None,
                };
                assert_eq!(reach(role, *action), expected, "{role:?} {action:?}");
            }
        }
    }

    #[test]
    fn no_rule_is_listed_twice() {
        for (i, (r, a, _)) in RULES.iter().enumerate() {
            assert!(!RULES[i + 1..].iter().any(|(r2, a2, _)| r2 == r && a2 == a));
        }
    }

    fn actor(user_id: i64, role: Role, organisation: Option<i64>) -> Actor {
        Actor { user_id, grants: vec![Grant { role, organisation }] }
    }

    #[test]
    fn a_coordinator_stays_in_their_organisation() {
        let c = actor(1, Coordinator, Some(10));
        assert!(c.can(ViewParticipant, Target::organisation(10)));
        assert!(!c.can(ViewParticipant, Target::organisation(11)));
        assert!(!c.can(ManageInstallation, Target::INSTALLATION));
        assert!(!c.can(ViewOrganisation, Target::INSTALLATION));
        assert_eq!(c.organisations_for(ViewProgramme), Some(vec![10]));
    }

    #[test]
    fn a_buddy_sees_only_what_they_are_related_to() {
        let b = actor(5, Mentor, Some(10));
        assert!(b.can(ViewPair, Target::related(10, &[5, 6])));
        assert!(!b.can(ViewPair, Target::related(10, &[7, 6])));
        // Related in another organisation still does not open it.
        assert!(!b.can(ViewPair, Target::related(11, &[5, 6])));
        assert!(!b.can(ViewMembers, Target::organisation(10)));
        assert_eq!(b.organisations_for(ViewParticipant), Some(vec![]));
    }

    #[test]
    fn an_administrator_sees_figures_but_not_people() {
        let a = actor(1, Administrator, None);
        assert!(a.can(ManageInstallation, Target::INSTALLATION));
        assert!(a.can(ViewMembers, Target::organisation(3)));
        assert!(!a.can(ViewParticipant, Target::organisation(3)));
        assert!(!a.can(ViewPair, Target::related(3, &[1])));
        assert_eq!(a.organisations_for(ViewProgramme), None);
    }

    #[test]
    fn a_consortium_evaluator_sees_aggregates_everywhere_and_nothing_else() {
        let e = actor(9, Evaluator, None);
        assert!(e.can(ViewAggregates, Target::organisation(1)));
        assert!(e.can(ViewAggregates, Target::organisation(2)));
        for action in ACTIONS.into_iter().filter(|a| *a != ViewAggregates) {
            assert!(!e.can(action, Target::related(1, &[9])), "{action:?}");
        }
        let local = actor(9, Evaluator, Some(1));
        assert!(!local.can(ViewAggregates, Target::organisation(2)));
    }

    #[test]
    fn several_roles_add_up_and_never_widen_each_other() {
        let both = Actor {
            user_id: 5,
            grants: vec![
                Grant { role: Mentor, organisation: Some(10) },
                Grant { role: Coordinator, organisation: Some(20) },
            ],
        };
        assert!(both.can(ViewParticipant, Target::organisation(20)));
        assert!(!both.can(ViewParticipant, Target::organisation(10)));
        assert!(both.can(ViewParticipant, Target::related(10, &[5])));
    }

    #[test]
    fn no_grant_no_access() {
        let nobody = Actor { user_id: 1, grants: vec![] };
        for action in ACTIONS {
            assert!(!nobody.can(action, Target::related(1, &[1])));
        }
    }
}
