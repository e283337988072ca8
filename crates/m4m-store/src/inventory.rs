//! The data inventory: every column of every table, said once, as personal
//! data (what kind, for which processing, kept how long) or as not
//! personal. It feeds the organisation's records of processing (GDPR
//! article 30) and its impact assessment, through `m4m inventory` and the
//! administrator's page; a test reads the live schema on both backends and
//! fails on a column missing here or named here and missing there.
//!
//! The rule used: in a table whose rows are about a person (a participant,
//! an account, a pair, a log-in), every column is personal data, row ids
//! included (they are the pseudonymous handle of that person's row); in a
//! table about the organisation's own things (programmes, courses,
//! questionnaires), only references to a person and text that may name
//! one are.

use serde::Serialize;

/// What kind of personal data a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Names, year of birth, gender.
    Identity,
    /// E-mail, phone, where someone lives or meets.
    Contact,
    /// Special or highly sensitive data: origin, migration situation,
    /// answers that may touch health or religion.
    Special,
    /// Text typed by people, which may hold anything.
    FreeText,
    /// Languages, interests, availability, roles, preferences.
    Profile,
    /// What happened: times, statuses, scores, decisions.
    Activity,
    /// A number or code that points to a person without naming them.
    Pseudonymous,
    /// Secrets and their hashes: passwords, tokens, second factors.
    Secret,
}

impl Category {
    /// Every category, in the order of the documentation.
    pub const ALL: [Category; 8] = [
        Category::Identity,
        Category::Contact,
        Category::Special,
        Category::FreeText,
        Category::Profile,
        Category::Activity,
        Category::Pseudonymous,
        Category::Secret,
    ];

    /// The stable code (`inventory-category-CODE` in the translations).
    pub fn code(self) -> &'static str {
        match self {
            Category::Identity => "identity",
            Category::Contact => "contact",
            Category::Special => "special",
            Category::FreeText => "free_text",
            Category::Profile => "profile",
            Category::Activity => "activity",
            Category::Pseudonymous => "pseudonymous",
            Category::Secret => "secret",
        }
    }
}

/// The processing a column serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Running the programme: registration, screening, matching, pairs,
    /// their meetings.
    Programme,
    /// Training of buddies and staff.
    Training,
    /// Reaching people: e-mails, calls, reminders.
    Contact,
    /// Measuring integration and the programme's results.
    Evaluation,
    /// Log-in, access control, protection against abuse.
    Security,
    /// Legal obligation and accountability: consents, the audit trail.
    Accountability,
}

impl Purpose {
    /// Every purpose.
    pub const ALL: [Purpose; 6] = [
        Purpose::Programme,
        Purpose::Training,
        Purpose::Contact,
        Purpose::Evaluation,
        Purpose::Security,
        Purpose::Accountability,
    ];

    /// The stable code (`inventory-purpose-CODE` in the translations).
    pub fn code(self) -> &'static str {
        match self {
            Purpose::Programme => "programme",
            Purpose::Training => "training",
            Purpose::Contact => "contact",
            Purpose::Evaluation => "evaluation",
            Purpose::Security => "security",
            Purpose::Accountability => "accountability",
        }
    }
}

/// How long a column is kept: a rule, described in the translations
/// (`inventory-retention-CODE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Retention {
    /// With the person's participant record, until it is erased.
    Record,
    /// With the account, until it is erased.
    Account,
    /// Until log-out; at most 12 hours, 30 minutes idle.
    Session,
    /// Deleted after 24 hours.
    Day,
    /// Minutes: deleted when used or after five minutes.
    Minutes,
    /// Kept for accountability; append-only, ids and codes only.
    Audit,
    /// As long as the organisation keeps its own records.
    Organisation,
    /// Messages kept in the outbox; no automatic deletion.
    Outbox,
}

impl Retention {
    /// Every rule.
    pub const ALL: [Retention; 8] = [
        Retention::Record,
        Retention::Account,
        Retention::Session,
        Retention::Day,
        Retention::Minutes,
        Retention::Audit,
        Retention::Organisation,
        Retention::Outbox,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Retention::Record => "record",
            Retention::Account => "account",
            Retention::Session => "session",
            Retention::Day => "day",
            Retention::Minutes => "minutes",
            Retention::Audit => "audit",
            Retention::Organisation => "organisation",
            Retention::Outbox => "outbox",
        }
    }
}

/// What one column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Personal data.
    Personal {
        /// Its kind.
        category: Category,
        /// The processing it serves.
        purposes: &'static [Purpose],
        /// How long it is kept.
        retention: Retention,
    },
    /// Not about a person: configuration, the organisation's own content,
    /// technical bookkeeping.
    NotPersonal,
}

/// One column of the inventory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column's name, as in the database.
    pub name: &'static str,
    /// What it is.
    pub class: Class,
}

/// One table of the inventory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    /// The table's name, as in the database.
    pub name: &'static str,
    /// Every column.
    pub columns: &'static [Column],
}

use Category::*;
use Retention as R;

const fn p(name: &'static str, category: Category, purposes: &'static [Purpose], retention: Retention) -> Column {
    Column { name, class: Class::Personal { category, purposes, retention } }
}

const fn n(name: &'static str) -> Column {
    Column { name, class: Class::NotPersonal }
}

const PROG: &[Purpose] = &[Purpose::Programme];
const PROG_CONTACT: &[Purpose] = &[Purpose::Programme, Purpose::Contact];
const PROG_EVAL: &[Purpose] = &[Purpose::Programme, Purpose::Evaluation];
const TRAIN: &[Purpose] = &[Purpose::Training];
const CONTACT: &[Purpose] = &[Purpose::Contact];
const EVAL: &[Purpose] = &[Purpose::Evaluation];
const SEC: &[Purpose] = &[Purpose::Security];
const SEC_CONTACT: &[Purpose] = &[Purpose::Security, Purpose::Contact];
const ACC: &[Purpose] = &[Purpose::Accountability];
const SEC_ACC: &[Purpose] = &[Purpose::Security, Purpose::Accountability];

/// Every table and column of m4m's database.
pub static INVENTORY: &[Table] = &[
    Table {
        name: "_sqlx_migrations",
        columns: &[n("version"), n("description"), n("installed_on"), n("success"), n("checksum"), n("execution_time")],
    },
    Table {
        name: "api_tokens",
        columns: &[
            p("id", Pseudonymous, SEC, R::Account),
            p("user_id", Pseudonymous, SEC, R::Account),
            p("name", FreeText, SEC, R::Account),
            p("token_hash", Secret, SEC, R::Account),
            p("created_at", Activity, SEC, R::Account),
            p("last_used_at", Activity, SEC, R::Account),
            p("revoked_at", Activity, SEC, R::Account),
        ],
    },
    Table {
        name: "area_scores",
        columns: &[
            p("response_id", Pseudonymous, EVAL, R::Record),
            p("area", Special, EVAL, R::Record),
            p("mean_milli", Special, EVAL, R::Record),
            p("normalised_milli", Special, EVAL, R::Record),
            p("answered", Activity, EVAL, R::Record),
        ],
    },
    Table { name: "audit_head", columns: &[n("id"), n("seq"), n("hash")] },
    Table {
        name: "audit_log",
        columns: &[
            n("id"),
            p("at", Activity, SEC_ACC, R::Audit),
            p("actor_user_id", Pseudonymous, SEC_ACC, R::Audit),
            p("action", Activity, SEC_ACC, R::Audit),
            p("subject", Pseudonymous, SEC_ACC, R::Audit),
            p("detail", Activity, SEC_ACC, R::Audit),
            n("seq"),
            n("prev_hash"),
            n("hash"),
        ],
    },
    Table {
        name: "calendar_feeds",
        columns: &[
            p("id", Pseudonymous, PROG, R::Account),
            p("user_id", Pseudonymous, PROG, R::Account),
            p("token_hash", Secret, SEC, R::Account),
            p("created_at", Activity, PROG, R::Account),
            p("revoked_at", Activity, PROG, R::Account),
        ],
    },
    Table {
        name: "checkin_reminders",
        columns: &[
            p("pair_id", Pseudonymous, CONTACT, R::Record),
            p("participant_id", Pseudonymous, CONTACT, R::Record),
            p("due_on", Activity, CONTACT, R::Record),
            p("sent_at", Activity, CONTACT, R::Record),
        ],
    },
    Table {
        name: "checkins",
        columns: &[
            p("id", Pseudonymous, PROG_EVAL, R::Record),
            p("pair_id", Pseudonymous, PROG_EVAL, R::Record),
            p("participant_id", Pseudonymous, PROG_EVAL, R::Record),
            p("due_on", Activity, PROG_EVAL, R::Record),
            p("satisfaction", Activity, PROG_EVAL, R::Record),
            p("met", Activity, PROG_EVAL, R::Record),
            p("helped", FreeText, PROG, R::Record),
            p("difficult", FreeText, PROG, R::Record),
            p("answered_at", Activity, PROG_EVAL, R::Record),
        ],
    },
    Table {
        name: "concern_moves",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("concern_id", Pseudonymous, PROG, R::Record),
            p("from_status", Activity, PROG, R::Record),
            p("to_status", Activity, PROG, R::Record),
            p("note", Special, PROG, R::Record),
            p("moved_by", Pseudonymous, ACC, R::Record),
            p("moved_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "concerns",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("programme_id", Profile, PROG, R::Record),
            p("pair_id", Pseudonymous, PROG, R::Record),
            p("participant_id", Pseudonymous, PROG, R::Record),
            p("raised_by", Pseudonymous, PROG, R::Record),
            p("severity", Special, PROG, R::Record),
            p("status", Activity, PROG, R::Record),
            p("summary", Special, PROG, R::Record),
            p("text", Special, PROG, R::Record),
            p("created_at", Activity, PROG, R::Record),
            p("updated_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "consents",
        columns: &[
            p("id", Pseudonymous, ACC, R::Record),
            p("participant_id", Pseudonymous, ACC, R::Record),
            p("purpose", Activity, ACC, R::Record),
            p("notice_version", Activity, ACC, R::Record),
            p("language", Profile, ACC, R::Record),
            p("recorded_by", Pseudonymous, ACC, R::Record),
            p("recorded_at", Activity, ACC, R::Record),
            p("withdrawn_at", Activity, ACC, R::Record),
        ],
    },
    Table {
        name: "course_modules",
        columns: &[
            n("id"),
            n("course_id"),
            n("position"),
            n("kind"),
            n("title"),
            n("body"),
            n("link"),
            n("minutes"),
            n("mandatory"),
            n("quiz"),
            n("pass_mark"),
            n("starts_at"),
            n("place"),
            n("capacity"),
            p("trainer_user_id", Pseudonymous, TRAIN, R::Organisation),
            n("created_at"),
        ],
    },
    Table {
        name: "courses",
        columns: &[
            n("id"),
            n("organisation_id"),
            n("title"),
            n("audience"),
            n("description"),
            n("created_at"),
            n("language"),
        ],
    },
    Table {
        name: "duplicate_dismissals",
        columns: &[
            p("low_id", Pseudonymous, PROG, R::Record),
            p("high_id", Pseudonymous, PROG, R::Record),
            p("dismissed_by", Pseudonymous, PROG, R::Record),
            p("dismissed_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "enrolments",
        columns: &[
            p("id", Pseudonymous, TRAIN, R::Record),
            p("course_id", Activity, TRAIN, R::Record),
            p("participant_id", Pseudonymous, TRAIN, R::Record),
            p("user_id", Pseudonymous, TRAIN, R::Account),
            p("cohort", Activity, TRAIN, R::Record),
            p("enrolled_at", Activity, TRAIN, R::Record),
            p("completed_at", Activity, TRAIN, R::Record),
        ],
    },
    Table {
        name: "exit_answers",
        columns: &[
            p("id", Pseudonymous, PROG_EVAL, R::Record),
            p("pair_id", Pseudonymous, PROG_EVAL, R::Record),
            p("participant_id", Pseudonymous, PROG_EVAL, R::Record),
            p("satisfaction", Activity, PROG_EVAL, R::Record),
            p("recommend", Activity, PROG_EVAL, R::Record),
            p("changed", Activity, PROG_EVAL, R::Record),
            p("comment", FreeText, PROG, R::Record),
            p("answered_at", Activity, PROG_EVAL, R::Record),
        ],
    },
    Table {
        name: "goal_progress",
        columns: &[
            p("id", Pseudonymous, PROG_EVAL, R::Record),
            p("goal_id", Pseudonymous, PROG_EVAL, R::Record),
            p("score", Activity, PROG_EVAL, R::Record),
            p("comment", FreeText, PROG, R::Record),
            p("recorded_by", Pseudonymous, PROG, R::Record),
            p("recorded_at", Activity, PROG_EVAL, R::Record),
        ],
    },
    Table {
        name: "goals",
        columns: &[
            p("id", Pseudonymous, PROG_EVAL, R::Record),
            p("participant_id", Pseudonymous, PROG_EVAL, R::Record),
            p("area", Special, PROG_EVAL, R::Record),
            p("title", FreeText, PROG_EVAL, R::Record),
            p("progress", Activity, PROG_EVAL, R::Record),
            p("created_at", Activity, PROG_EVAL, R::Record),
            p("pair_id", Pseudonymous, PROG_EVAL, R::Record),
        ],
    },
    Table {
        name: "invitations",
        columns: &[
            p("id", Pseudonymous, SEC, R::Account),
            p("token_hash", Secret, SEC, R::Account),
            p("email", Contact, SEC_CONTACT, R::Account),
            p("display_name", Identity, SEC, R::Account),
            p("organisation_id", Profile, SEC, R::Account),
            p("role", Profile, SEC, R::Account),
            p("invited_by", Pseudonymous, SEC, R::Account),
            p("created_at", Activity, SEC, R::Account),
            p("expires_at", Activity, SEC, R::Account),
            p("used_at", Activity, SEC, R::Account),
            p("participant_id", Pseudonymous, SEC, R::Record),
        ],
    },
    Table {
        name: "login_attempts",
        columns: &[
            p("id", Pseudonymous, SEC, R::Day),
            p("email", Contact, SEC, R::Day),
            p("client", Pseudonymous, SEC, R::Day),
            p("at", Activity, SEC, R::Day),
            p("success", Activity, SEC, R::Day),
        ],
    },
    Table {
        name: "login_challenges",
        columns: &[
            p("token_hash", Secret, SEC, R::Minutes),
            p("user_id", Pseudonymous, SEC, R::Minutes),
            p("next", Activity, SEC, R::Minutes),
            p("created_at", Activity, SEC, R::Minutes),
            p("attempts", Activity, SEC, R::Minutes),
        ],
    },
    Table {
        name: "login_sessions",
        columns: &[
            p("id", Secret, SEC, R::Session),
            p("user_id", Pseudonymous, SEC, R::Session),
            p("csrf_token", Secret, SEC, R::Session),
            p("created_at", Activity, SEC, R::Session),
            p("last_seen_at", Activity, SEC, R::Session),
        ],
    },
    Table {
        name: "matching_marks",
        columns: &[
            p("programme_id", Profile, PROG, R::Record),
            p("mentee_id", Pseudonymous, PROG, R::Record),
            p("mentor_id", Pseudonymous, PROG, R::Record),
            p("kind", Activity, PROG, R::Record),
            p("reason", FreeText, PROG, R::Record),
            p("created_by", Pseudonymous, PROG, R::Record),
            p("created_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "matching_weights",
        columns: &[
            n("programme_id"),
            n("weights"),
            p("updated_by", Pseudonymous, PROG, R::Organisation),
            n("updated_at"),
        ],
    },
    Table {
        name: "memberships",
        columns: &[
            p("id", Pseudonymous, SEC, R::Account),
            p("user_id", Pseudonymous, SEC, R::Account),
            p("organisation_id", Profile, SEC, R::Account),
            p("role", Profile, SEC, R::Account),
            p("created_at", Activity, SEC, R::Account),
        ],
    },
    Table {
        name: "module_files",
        columns: &[
            n("id"),
            n("module_id"),
            n("stored_name"),
            n("original_name"),
            n("content_type"),
            n("size"),
            p("uploaded_by", Pseudonymous, TRAIN, R::Organisation),
            n("uploaded_at"),
        ],
    },
    Table {
        name: "module_progress",
        columns: &[
            p("enrolment_id", Pseudonymous, TRAIN, R::Record),
            p("module_id", Activity, TRAIN, R::Record),
            p("status", Activity, TRAIN, R::Record),
            p("score", Activity, TRAIN, R::Record),
            p("recorded_by", Pseudonymous, TRAIN, R::Record),
            p("recorded_at", Activity, TRAIN, R::Record),
        ],
    },
    Table { name: "module_texts", columns: &[n("module_id"), n("language"), n("title"), n("body")] },
    Table {
        name: "organisations",
        columns: &[n("id"), n("name"), n("country"), n("languages"), n("created_at"), n("time_zone")],
    },
    Table {
        name: "outbox",
        columns: &[
            n("id"),
            p("recipient", Contact, CONTACT, R::Outbox),
            p("subject", FreeText, CONTACT, R::Outbox),
            p("body", FreeText, CONTACT, R::Outbox),
            p("created_at", Activity, CONTACT, R::Outbox),
            p("sent_at", Activity, CONTACT, R::Outbox),
            p("attempts", Activity, CONTACT, R::Outbox),
            p("last_error", FreeText, CONTACT, R::Outbox),
            p("next_attempt_at", Activity, CONTACT, R::Outbox),
            p("failed_at", Activity, CONTACT, R::Outbox),
            p("user_id", Pseudonymous, CONTACT, R::Outbox),
            p("claimed_until", Activity, CONTACT, R::Outbox),
        ],
    },
    Table {
        name: "outreach",
        columns: &[
            n("id"),
            n("organisation_id"),
            n("kind"),
            n("held_on"),
            n("stakeholder_id"),
            n("place"),
            n("audience"),
            n("people_reached"),
            n("materials"),
            p("notes", FreeText, PROG, R::Organisation),
            p("created_by", Pseudonymous, PROG, R::Organisation),
            n("created_at"),
        ],
    },
    Table {
        name: "pair_contacts",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("pair_id", Pseudonymous, PROG, R::Record),
            p("kind", Activity, PROG_EVAL, R::Record),
            p("contacted_on", Activity, PROG_EVAL, R::Record),
            p("note", FreeText, PROG, R::Record),
            p("recorded_by", Pseudonymous, PROG, R::Record),
            p("created_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "pair_reminders",
        columns: &[
            p("id", Pseudonymous, CONTACT, R::Record),
            p("pair_id", Pseudonymous, CONTACT, R::Record),
            p("sent_at", Activity, CONTACT, R::Record),
            p("recipients", Activity, CONTACT, R::Record),
        ],
    },
    // What needs a coordinator about a pair, as judged and kept for the
    // lists (derived from the pair's records; goes with the pair).
    Table {
        name: "pair_watch",
        columns: &[
            p("pair_id", Pseudonymous, PROG, R::Record),
            p("organisation_id", Activity, PROG, R::Record),
            p("judged_for", Activity, PROG, R::Record),
            p("risks", Activity, PROG, R::Record),
            p("risk_order", Activity, PROG, R::Record),
            p("waiting", Activity, PROG, R::Record),
            p("contact_due", Activity, PROG, R::Record),
        ],
    },
    // Which pairs changed since they were judged (ids only).
    Table {
        name: "pair_watch_changes",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("pair_id", Pseudonymous, PROG, R::Record),
            p("organisation_id", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "pairs",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("programme_id", Profile, PROG, R::Record),
            p("mentor_id", Pseudonymous, PROG, R::Record),
            p("mentee_id", Pseudonymous, PROG, R::Record),
            p("status", Activity, PROG_EVAL, R::Record),
            p("started_on", Activity, PROG_EVAL, R::Record),
            p("created_at", Activity, PROG, R::Record),
            p("decision_note", FreeText, PROG, R::Record),
            p("mentor_answer", Activity, PROG, R::Record),
            p("mentee_answer", Activity, PROG, R::Record),
            p("decline_reason", FreeText, PROG, R::Record),
            p("first_meeting_at", Activity, PROG, R::Record),
            p("first_meeting_place", Contact, PROG, R::Record),
            p("facilitator_user_id", Pseudonymous, PROG, R::Record),
            p("first_meeting_held_at", Activity, PROG, R::Record),
            p("agreement", FreeText, PROG, R::Record),
            p("agreement_mentor_at", Activity, PROG, R::Record),
            p("agreement_mentee_at", Activity, PROG, R::Record),
            p("agreement_paper_by", Pseudonymous, PROG, R::Record),
            p("closed_on", Activity, PROG_EVAL, R::Record),
            p("close_reason", Activity, PROG_EVAL, R::Record),
            p("close_note", FreeText, PROG, R::Record),
            p("closing_meeting_on", Activity, PROG, R::Record),
            p("closed_by", Pseudonymous, PROG, R::Record),
            p("mentor_rematch", Activity, PROG, R::Record),
            p("mentee_rematch", Activity, PROG, R::Record),
            // Both members' search keys, for the lists' searches.
            p("search_key", Identity, PROG, R::Record),
        ],
    },
    Table {
        name: "participants",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("programme_id", Profile, PROG, R::Record),
            p("user_id", Pseudonymous, PROG, R::Record),
            p("kind", Profile, PROG, R::Record),
            p("first_name", Identity, PROG_CONTACT, R::Record),
            p("last_name", Identity, PROG_CONTACT, R::Record),
            p("languages", Profile, PROG, R::Record),
            p("native_language", Special, PROG, R::Record),
            p("country_of_origin", Special, PROG_EVAL, R::Record),
            p("area", Contact, PROG, R::Record),
            p("step", Activity, PROG_EVAL, R::Record),
            p("supervisor_user_id", Pseudonymous, PROG, R::Record),
            p("created_at", Activity, PROG, R::Record),
            p("email", Contact, CONTACT, R::Record),
            p("phone", Contact, CONTACT, R::Record),
            p("host_language_level", Special, PROG_EVAL, R::Record),
            p("arrival_date", Special, PROG_EVAL, R::Record),
            p("availability", Profile, PROG, R::Record),
            p("interests", Profile, PROG, R::Record),
            p("areas", Special, PROG_EVAL, R::Record),
            p("experience", FreeText, PROG, R::Record),
            p("motivation", FreeText, PROG, R::Record),
            p("confidential_notes", Special, PROG, R::Record),
            p("gender", Identity, PROG_EVAL, R::Record),
            p("gender_preference", Profile, PROG, R::Record),
            p("birth_year", Identity, PROG_EVAL, R::Record),
            p("heard_from", Profile, EVAL, R::Record),
            p("referred_by", Special, PROG, R::Record),
            p("entered_by", Pseudonymous, PROG, R::Record),
            p("status", Activity, PROG_EVAL, R::Record),
            p("language", Profile, PROG_CONTACT, R::Record),
            p("name_key", Identity, PROG, R::Record),
            p("phone_key", Contact, PROG, R::Record),
            p("search_key", Identity, PROG, R::Record),
            p("capacity", Profile, PROG, R::Record),
            p("erased_at", Activity, ACC, R::Record),
        ],
    },
    Table {
        name: "password_resets",
        columns: &[
            p("token_hash", Secret, SEC, R::Day),
            p("user_id", Pseudonymous, SEC, R::Day),
            p("created_at", Activity, SEC, R::Day),
            p("expires_at", Activity, SEC, R::Day),
            p("used_at", Activity, SEC, R::Day),
        ],
    },
    Table {
        name: "peer_sessions",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("pair_id", Pseudonymous, PROG, R::Record),
            p("starts_at", Activity, PROG_EVAL, R::Record),
            p("duration_minutes", Activity, PROG_EVAL, R::Record),
            p("mode", Activity, PROG_EVAL, R::Record),
            p("place", Contact, PROG, R::Record),
            p("status", Activity, PROG_EVAL, R::Record),
            p("created_at", Activity, PROG, R::Record),
            p("topics", Activity, PROG_EVAL, R::Record),
            p("summary", FreeText, PROG, R::Record),
            p("rating", Activity, EVAL, R::Record),
            p("logged_by", Pseudonymous, PROG, R::Record),
            p("confirmed_by", Pseudonymous, PROG, R::Record),
            p("confirmed_at", Activity, PROG, R::Record),
            n("programme_id"),
        ],
    },
    Table {
        name: "programmes",
        columns: &[
            n("id"),
            n("organisation_id"),
            n("name"),
            n("description"),
            n("languages"),
            n("starts_on"),
            n("ends_on"),
            n("target_mentors"),
            n("target_mentees"),
            n("status"),
            n("created_at"),
            p("contact", Contact, CONTACT, R::Organisation),
            n("risk_no_session_days"),
            n("risk_ending_days"),
            n("checkin_first_days"),
            n("checkin_every_days"),
            n("assessment_midterm_weeks"),
            n("texts"),
        ],
    },
    Table {
        name: "questionnaire_versions",
        columns: &[
            n("id"),
            n("questionnaire_id"),
            n("version"),
            n("definition"),
            p("created_by", Pseudonymous, EVAL, R::Organisation),
            n("created_at"),
        ],
    },
    Table { name: "questionnaires", columns: &[n("id"), n("organisation_id"), n("kind"), n("created_at")] },
    Table {
        name: "rate_events",
        columns: &[
            p("id", Pseudonymous, SEC, R::Day),
            p("kind", Activity, SEC, R::Day),
            p("client", Pseudonymous, SEC, R::Day),
            p("at", Activity, SEC, R::Day),
        ],
    },
    Table {
        name: "recovery_codes",
        columns: &[
            p("id", Pseudonymous, SEC, R::Account),
            p("user_id", Pseudonymous, SEC, R::Account),
            p("code_hash", Secret, SEC, R::Account),
            p("created_at", Activity, SEC, R::Account),
            p("used_at", Activity, SEC, R::Account),
        ],
    },
    Table {
        name: "responses",
        columns: &[
            p("id", Pseudonymous, PROG_EVAL, R::Record),
            p("participant_id", Pseudonymous, PROG_EVAL, R::Record),
            p("version_id", Activity, PROG_EVAL, R::Record),
            p("moment", Activity, PROG_EVAL, R::Record),
            p("by_staff", Activity, PROG_EVAL, R::Record),
            p("filled_by", Pseudonymous, PROG_EVAL, R::Record),
            p("answers", Special, PROG_EVAL, R::Record),
            p("started_at", Activity, PROG_EVAL, R::Record),
            p("updated_at", Activity, PROG_EVAL, R::Record),
            p("completed_at", Activity, PROG_EVAL, R::Record),
        ],
    },
    Table {
        name: "retention_settings",
        columns: &[
            n("organisation_id"),
            n("months"),
            p("updated_by", Pseudonymous, ACC, R::Audit),
            p("updated_at", Activity, ACC, R::Audit),
        ],
    },
    Table {
        name: "stakeholders",
        columns: &[
            n("id"),
            n("organisation_id"),
            n("name"),
            n("kind"),
            p("contact_name", Identity, CONTACT, R::Organisation),
            p("email", Contact, CONTACT, R::Organisation),
            p("phone", Contact, CONTACT, R::Organisation),
            n("languages"),
            n("area"),
            p("notes", FreeText, CONTACT, R::Organisation),
            n("created_at"),
            p("search_key", Contact, CONTACT, R::Organisation),
        ],
    },
    Table {
        name: "status_changes",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("participant_id", Pseudonymous, PROG, R::Record),
            p("from_status", Activity, PROG, R::Record),
            p("to_status", Activity, PROG, R::Record),
            p("reason", FreeText, PROG, R::Record),
            p("changed_by", Pseudonymous, PROG, R::Record),
            p("changed_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "supervision_actions",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("supervision_id", Pseudonymous, PROG, R::Record),
            p("text", FreeText, PROG, R::Record),
            p("owner_participant_id", Pseudonymous, PROG, R::Record),
            p("due_on", Activity, PROG, R::Record),
            p("done_at", Activity, PROG, R::Record),
            p("done_by", Pseudonymous, PROG, R::Record),
        ],
    },
    Table {
        name: "supervision_buddies",
        columns: &[
            p("supervision_id", Pseudonymous, PROG, R::Record),
            p("participant_id", Pseudonymous, PROG, R::Record),
        ],
    },
    Table {
        name: "supervisions",
        columns: &[
            p("id", Pseudonymous, PROG, R::Record),
            p("organisation_id", Profile, PROG, R::Record),
            p("format", Activity, PROG_EVAL, R::Record),
            p("held_on", Activity, PROG_EVAL, R::Record),
            p("topics", Activity, PROG_EVAL, R::Record),
            p("topics_text", FreeText, PROG, R::Record),
            p("notes", Special, PROG, R::Record),
            p("recorded_by", Pseudonymous, PROG, R::Record),
            p("created_at", Activity, PROG, R::Record),
        ],
    },
    Table {
        name: "two_factor",
        columns: &[
            p("user_id", Pseudonymous, SEC, R::Account),
            p("secret", Secret, SEC, R::Account),
            p("created_at", Activity, SEC, R::Account),
            p("confirmed_at", Activity, SEC, R::Account),
            p("last_step", Secret, SEC, R::Account),
        ],
    },
    Table {
        name: "users",
        columns: &[
            p("id", Pseudonymous, SEC, R::Account),
            p("email", Contact, SEC_CONTACT, R::Account),
            p("display_name", Identity, PROG_CONTACT, R::Account),
            p("search_key", Identity, SEC, R::Account),
            p("password_hash", Secret, SEC, R::Account),
            p("locale", Profile, CONTACT, R::Account),
            p("active", Activity, SEC, R::Account),
            p("created_at", Activity, SEC, R::Account),
            p("erased_at", Activity, ACC, R::Account),
        ],
    },
];

/// One row of the inventory, flat, for CSV and JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The table.
    pub table: &'static str,
    /// The column.
    pub column: &'static str,
    /// Whether it is personal data.
    pub personal: bool,
    /// Its kind, when personal.
    pub category: Option<Category>,
    /// The processing it serves (empty when not personal).
    pub purposes: Vec<Purpose>,
    /// How long it is kept, when personal.
    pub retention: Option<Retention>,
}

/// Every column, table by table, as flat rows.
pub fn rows() -> Vec<Row> {
    INVENTORY
        .iter()
        .flat_map(|t| {
            t.columns.iter().map(move |c| match c.class {
                Class::Personal { category, purposes, retention } => Row {
                    table: t.name,
                    column: c.name,
                    personal: true,
                    category: Some(category),
                    purposes: purposes.to_vec(),
                    retention: Some(retention),
                },
                Class::NotPersonal => Row {
                    table: t.name,
                    column: c.name,
                    personal: false,
                    category: None,
                    purposes: Vec::new(),
                    retention: None,
                },
            })
        })
        .collect()
}

/// Reads every `(table, column)` of the live schema (the application's
/// tables; SQLite's own are left out, and so are the people's search
/// index, a virtual table, and its shadow tables, which hold nothing but
/// the index of `participants.search_key`).
pub async fn live_columns(store: &crate::Store) -> Result<Vec<(String, String)>, crate::StoreError> {
    use sqlx::Row as _;
    let sql = match store.backend() {
        crate::Backend::Sqlite => {
            "SELECT m.name AS table_name, c.name AS column_name FROM pragma_table_list m JOIN pragma_table_info(m.name) c \
             WHERE m.schema = 'main' AND m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid"
        }
        crate::Backend::Postgres => {
            "SELECT CAST(c.table_name AS TEXT) AS table_name, CAST(c.column_name AS TEXT) AS column_name \
             FROM information_schema.columns c \
             JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name \
             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' \
             ORDER BY c.table_name, c.ordinal_position"
        }
    };
    let rows = sqlx::query(sql).fetch_all(store.pool()).await?;
    Ok(rows.iter().map(|r| (r.get::<String, _>("table_name"), r.get::<String, _>("column_name"))).collect())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn each_column_is_listed_once_and_personal_data_has_a_purpose() {
        let mut seen = BTreeSet::new();
        for r in rows() {
            assert!(seen.insert((r.table, r.column)), "{}.{} is listed twice", r.table, r.column);
            assert_eq!(r.personal, !r.purposes.is_empty(), "{}.{}", r.table, r.column);
        }
        let tables: Vec<&str> = INVENTORY.iter().map(|t| t.name).collect();
        let mut sorted = tables.clone();
        sorted.sort_unstable();
        assert_eq!(tables, sorted, "tables are in alphabetical order");
    }

    #[test]
    fn secrets_and_special_data_are_where_they_are_expected() {
        let class = |t: &str, c: &str| {
            rows().into_iter().find(|r| r.table == t && r.column == c).and_then(|r| r.category).unwrap()
        };
        assert_eq!(class("users", "password_hash"), Category::Secret);
        assert_eq!(class("two_factor", "secret"), Category::Secret);
        assert_eq!(class("participants", "country_of_origin"), Category::Special);
        assert_eq!(class("responses", "answers"), Category::Special);
        assert_eq!(class("peer_sessions", "summary"), Category::FreeText);
    }
}
