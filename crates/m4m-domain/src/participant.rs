//! The people of a programme (step 2): buddies and newcomers, what they
//! tell at registration, the consents they give, and the screening
//! statuses they move through.

use serde::{Deserialize, Serialize};

use crate::Step;
use crate::account::{Email, parse_long_text, parse_name, parse_text};
use crate::error::{Invalid, Validation};

/// Buddy or newcomer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A volunteer buddy.
    Mentor,
    /// A newcomer.
    Mentee,
}

impl Kind {
    /// The other side of a pair.
    pub fn other(self) -> Kind {
        match self {
            Kind::Mentor => Kind::Mentee,
            Kind::Mentee => Kind::Mentor,
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Mentor => "mentor",
            Kind::Mentee => "mentee",
        }
    }

    /// Parses the stored name (`buddy` and `newcomer` too).
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "mentor" | "buddy" => Some(Kind::Mentor),
            "mentee" | "newcomer" => Some(Kind::Mentee),
            _ => None,
        }
    }

    /// The status a new registration starts at.
    pub fn first_status(self) -> Status {
        match self {
            Kind::Mentor => Status::Applied,
            Kind::Mentee => Status::Registered,
        }
    }
}

/// Where a person stands in screening and after. Buddies: applied →
/// interview → references checked → accepted or declined → training →
/// ready to match → active → alumni. Newcomers: registered → intake
/// interview → self-assessment done → ready to match → active → alumni.
/// Anyone may withdraw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Applied,
    Interview,
    ReferencesChecked,
    Accepted,
    Declined,
    Training,
    Registered,
    Intake,
    SelfAssessed,
    Ready,
    Active,
    Alumni,
    Withdrawn,
}

use Status::*;

/// The moves a person decides, per kind. Anything else is refused. "In a
/// pair" (`Active`) is not among them: a person enters it when their pair
/// starts, by the pair's rules, never by hand (a person set to it without
/// a pair would leave the pool unpaired).
const MENTOR_MOVES: &[(Status, Status)] = &[
    (Applied, Interview),
    (Applied, Declined),
    (Interview, ReferencesChecked),
    (Interview, Declined),
    (ReferencesChecked, Accepted),
    (ReferencesChecked, Declined),
    (Accepted, Training),
    // Reconsidered: a declined application can be looked at again.
    (Declined, Applied),
    (Training, Ready),
    // Back in the pool after a pair, or no longer available.
    (Ready, Alumni),
    (Active, Alumni),
];

const MENTEE_MOVES: &[(Status, Status)] =
    &[(Registered, Intake), (Intake, SelfAssessed), (SelfAssessed, Ready), (Ready, Alumni), (Active, Alumni)];

impl Status {
    /// Every status.
    pub const ALL: [Status; 13] = [
        Applied,
        Interview,
        ReferencesChecked,
        Accepted,
        Declined,
        Training,
        Registered,
        Intake,
        SelfAssessed,
        Ready,
        Active,
        Alumni,
        Withdrawn,
    ];

    /// The stored name, also the suffix of its translation key
    /// (`status-references_checked`).
    pub fn as_str(self) -> &'static str {
        match self {
            Applied => "applied",
            Interview => "interview",
            ReferencesChecked => "references_checked",
            Accepted => "accepted",
            Declined => "declined",
            Training => "training",
            Registered => "registered",
            Intake => "intake",
            SelfAssessed => "self_assessed",
            Ready => "ready",
            Active => "active",
            Alumni => "alumni",
            Withdrawn => "withdrawn",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Whether a status belongs to the path of `kind`.
    pub fn belongs_to(self, kind: Kind) -> bool {
        let moves = match kind {
            Kind::Mentor => MENTOR_MOVES,
            Kind::Mentee => MENTEE_MOVES,
        };
        self == Withdrawn || self == kind.first_status() || moves.iter().any(|(a, b)| *a == self || *b == self)
    }

    /// The statuses a person of `kind` at `self` can move to, in the
    /// order screens offer them.
    pub fn next(self, kind: Kind) -> Vec<Status> {
        let moves = match kind {
            Kind::Mentor => MENTOR_MOVES,
            Kind::Mentee => MENTEE_MOVES,
        };
        let mut next: Vec<Status> = moves.iter().filter(|(a, _)| *a == self).map(|(_, b)| *b).collect();
        if !matches!(self, Withdrawn | Alumni) {
            next.push(Withdrawn);
        }
        next
    }

    /// Checks a move and its reason: declining and withdrawing need one
    /// (1 to 500 characters), so that the decision can be explained later.
    /// A buddy leaves training for the pool of pre-matching only when
    /// `training_done` (every mandatory module completed): the gate of
    /// step 5, enforced here and not only in the interface.
    pub fn check_move(self, kind: Kind, to: Status, reason: &str, training_done: bool) -> Result<String, Invalid> {
        if !self.next(kind).contains(&to) {
            return Err(Invalid { field: "status", key: "error-status-move" });
        }
        if kind == Kind::Mentor && self == Training && to == Ready && !training_done {
            return Err(Invalid { field: "status", key: "error-training-not-done" });
        }
        let reason = parse_long_text("reason", reason, 500)?;
        if matches!(to, Declined | Withdrawn) && reason.is_empty() {
            return Err(Invalid { field: "reason", key: "error-reason-required" });
        }
        Ok(reason)
    }

    /// The step of the ten a person at this status stands at. A buddy is
    /// trained (step 5) before joining the pool of pre-matching (step 4).
    pub fn step(self) -> Step {
        match self {
            Applied | Interview | ReferencesChecked | Declined | Registered | Intake => Step::Registration,
            Accepted | SelfAssessed => Step::SelfAssessment,
            Training => Step::Training,
            Ready => Step::PreMatching,
            Active => Step::PeerSessions,
            Alumni | Withdrawn => Step::Evaluation,
        }
    }

    /// Whether the person can be proposed for a pair.
    pub fn ready_to_match(self) -> bool {
        self == Ready
    }

    /// The fewest moves a person of `kind` makes from here to `to`, in
    /// order (empty when already there; `None` when the moves never lead
    /// there, as to "in a pair", which only a pair's start reaches). The
    /// path a record imported or replayed at a later status went through.
    pub fn path_to(self, kind: Kind, to: Status) -> Option<Vec<Status>> {
        let mut came_from: Vec<(Status, Status)> = Vec::new();
        let mut queue = std::collections::VecDeque::from([self]);
        while let Some(at) = queue.pop_front() {
            if at == to {
                let mut path = vec![at];
                while let Some(&(_, before)) = path.last().and_then(|last| came_from.iter().find(|(s, _)| s == last)) {
                    path.push(before);
                }
                path.pop();
                path.reverse();
                return Some(path);
            }
            for next in at.next(kind) {
                if next != self && !came_from.iter().any(|(s, _)| *s == next) {
                    came_from.push((next, at));
                    queue.push_back(next);
                }
            }
        }
        None
    }
}

/// What a registration may be used for. Participation is required; the
/// others are each a separate, optional choice (GDPR: consent per purpose).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Taking part in the programme (required).
    Participation,
    /// Being contacted by SMS.
    ContactSms,
    /// Being contacted by e-mail.
    ContactEmail,
    /// Being contacted by phone.
    ContactPhone,
    /// Sharing the record with the consortium's partner organisations.
    SharePartners,
    /// Use of answers, pseudonymised, in the programme's evaluation.
    Evaluation,
}

impl Purpose {
    /// Every purpose, in the order forms show them.
    pub const ALL: [Purpose; 6] = [
        Purpose::Participation,
        Purpose::ContactSms,
        Purpose::ContactEmail,
        Purpose::ContactPhone,
        Purpose::SharePartners,
        Purpose::Evaluation,
    ];

    /// The stored name, also the form field `consent_<name>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Participation => "participation",
            Purpose::ContactSms => "contact_sms",
            Purpose::ContactEmail => "contact_email",
            Purpose::ContactPhone => "contact_phone",
            Purpose::SharePartners => "share_partners",
            Purpose::Evaluation => "evaluation",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// The version of the consent notice shown with the registration forms.
/// Raise it whenever the notice's text changes: each consent records the
/// version its person read.
pub const CONSENT_NOTICE_VERSION: i64 = 1;

/// How well someone speaks a language. The matching engine reads these as
/// levels 1 to 4 (native 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A few words (CEFR A1–A2).
    Basic,
    /// Can hold a conversation (B1–B2).
    Conversational,
    /// Fluent (C1–C2).
    Fluent,
    /// First language.
    Native,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 4] = [Level::Basic, Level::Conversational, Level::Fluent, Level::Native];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Basic => "basic",
            Level::Conversational => "conversational",
            Level::Fluent => "fluent",
            Level::Native => "native",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// Gender, as the person states it. "unsaid" is the answer "I prefer not
/// to say"; a gender left empty is stored as `""`, not given.
///
/// Until this distinction, an empty gender was stored as "unsaid": the
/// stored "unsaid" rows mix both meanings and cannot be told apart, so
/// they are left as they are and keep reading "I prefer not to say" (the
/// person may have said it); only registrations and edits from now on
/// store `""`, as does an erasure. Matching treats both alike (gender not
/// known). The column's default stays "unsaid" (every insert names the
/// gender).
pub const GENDERS: [&str; 4] = ["woman", "man", "other", "unsaid"];
/// Gender preference for the other side of the pair.
pub const GENDER_PREFERENCES: [&str; 3] = ["none", "woman", "man"];
/// Interests offered on the forms (keys; translated as `interest-<key>`).
pub const INTERESTS: [&str; 12] = [
    "sport",
    "cooking",
    "music",
    "reading",
    "nature",
    "crafts",
    "games",
    "technology",
    "arts",
    "family",
    "faith",
    "volunteering",
];
/// How people heard of the programme (keys; `heard-<key>`).
pub const HEARD_FROM: [&str; 6] = ["stakeholder", "friend", "social_media", "poster", "event", "other"];
/// The integration areas a newcomer needs help in and a buddy can help
/// with (keys; `area-<key>`). The same list as the self-assessment's.
pub const AREAS: [&str; 11] = [
    "language",
    "administration",
    "housing",
    "employment",
    "health",
    "education",
    "transport",
    "money",
    "digital",
    "social",
    "wellbeing",
];

/// Weekly availability: 7 days × morning, afternoon, evening, as 21 bits
/// (bit `day * 3 + part`, Monday = day 0, morning = part 0).
pub type Availability = u32;

/// The raw fields of a registration form.
#[derive(Debug, Clone, Default)]
pub struct RegistrationForm<'a> {
    pub kind: Option<Kind>,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub native_language: &'a str,
    /// `(code, level)` rows; empty codes are skipped.
    pub languages: Vec<(&'a str, &'a str)>,
    /// Level in the host language (newcomers).
    pub host_language_level: &'a str,
    pub country_of_origin: &'a str,
    pub arrival_date: &'a str,
    pub area: &'a str,
    /// Availability slot indices `0..21` as typed (`"0"`, `"14"`…).
    pub availability: Vec<&'a str>,
    pub interests: Vec<&'a str>,
    /// Needs (newcomers) or skills (buddies): area keys.
    pub areas: Vec<&'a str>,
    pub experience: &'a str,
    pub motivation: &'a str,
    pub gender: &'a str,
    pub gender_preference: &'a str,
    pub birth_year: &'a str,
    pub heard_from: &'a str,
    /// Purposes ticked.
    pub consents: Vec<&'a str>,
}

/// A validated registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    pub kind: Kind,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<Email>,
    pub phone: String,
    pub native_language: String,
    /// Other languages with levels (the native one is listed as native).
    pub languages: Vec<(String, Level)>,
    pub host_language_level: Option<Level>,
    pub country_of_origin: String,
    pub arrival_date: Option<time::Date>,
    pub area: String,
    pub availability: Availability,
    pub interests: Vec<String>,
    pub areas: Vec<String>,
    pub experience: String,
    pub motivation: String,
    /// One of [`GENDERS`], or empty when not given.
    pub gender: String,
    pub gender_preference: String,
    pub birth_year: Option<i32>,
    pub heard_from: String,
    pub consents: Vec<Purpose>,
}

fn language_code(field: &'static str, raw: &str) -> Result<String, Invalid> {
    let c = raw.trim().to_ascii_lowercase();
    if (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(c)
    } else {
        Err(Invalid { field, key: "error-language-choice" })
    }
}

fn one_of(field: &'static str, raw: &str, allowed: &[&str], default: &str) -> Result<String, Invalid> {
    let v = raw.trim();
    if v.is_empty() {
        return Ok(default.to_owned());
    }
    if allowed.contains(&v) { Ok(v.to_owned()) } else { Err(Invalid { field, key: "error-choice-invalid" }) }
}

fn subset(field: &'static str, raw: &[&str], allowed: &[&str]) -> Result<Vec<String>, Invalid> {
    let mut out: Vec<String> = Vec::new();
    for v in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !allowed.contains(&v) {
            return Err(Invalid { field, key: "error-choice-invalid" });
        }
        if !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    Ok(out)
}

/// The longest confidential note kept about a person: a few paragraphs on
/// what the coordinators must know, not a case file.
pub const CONFIDENTIAL_NOTES_MAX: usize = 4000;

/// Parses a person's confidential notes (health, legal situation): several
/// lines, may be empty (clearing them), no other control characters.
pub fn parse_confidential_notes(raw: &str) -> Result<String, Invalid> {
    crate::account::parse_long_text("confidential_notes", raw, CONFIDENTIAL_NOTES_MAX)
}

/// The most newcomers a buddy accompanies at once. The method pairs one
/// buddy with one newcomer; some programmes trust an experienced buddy
/// with two or three. Beyond five a buddy is a caseworker, which the
/// method is not.
pub const MAX_CAPACITY: i64 = 5;

/// How a coordinator follows a buddy: the staff member who supervises
/// them (step 9: their home and the supervision meetings list the
/// buddy) and how many newcomers they accompany at once (pre-matching
/// proposes them until their open pairs reach it, step 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FollowUp {
    pub supervisor: Option<i64>,
    pub capacity: i64,
}

impl FollowUp {
    /// Checks the follow-up form: `supervisor` is empty (nobody) or the id
    /// of one of `supervisors` (the organisation's supervising staff);
    /// `capacity` a whole number from 1 to [`MAX_CAPACITY`], and no fewer
    /// than the `open_pairs` the buddy already has: lowering it below them
    /// would leave a pair over the limit the rules keep.
    pub fn parse(supervisor: &str, capacity: &str, supervisors: &[i64], open_pairs: usize) -> Result<Self, Validation> {
        let mut v = Validation::default();
        let supervisor = match supervisor.trim() {
            "" => Some(None),
            s => match s.parse::<i64>() {
                Ok(id) if supervisors.contains(&id) => Some(Some(id)),
                _ => {
                    v.add("supervisor", "error-supervisor-choice");
                    None
                }
            },
        };
        let capacity = match capacity.trim().parse::<i64>() {
            Ok(n) if !(1..=MAX_CAPACITY).contains(&n) => {
                v.add("capacity", "error-capacity-range");
                None
            }
            Ok(n) if n < open_pairs as i64 => {
                v.add("capacity", "error-capacity-below-pairs");
                None
            }
            Ok(n) => Some(n),
            Err(_) => {
                v.add("capacity", "error-capacity-range");
                None
            }
        };
        match (supervisor, capacity) {
            (Some(supervisor), Some(capacity)) => Ok(FollowUp { supervisor, capacity }),
            _ => Err(v),
        }
    }
}

/// Parses a phone number as people type it: digits, spaces, dots, dashes,
/// parentheses and one leading `+`; 6 to 15 digits. Kept as typed, trimmed.
pub fn parse_phone(raw: &str) -> Result<String, Invalid> {
    let s = raw.trim();
    let invalid = Invalid { field: "phone", key: "error-phone-invalid" };
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    let ok_chars = s.char_indices().all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (c == '+' && i == 0));
    if s.is_empty() {
        Ok(String::new())
    } else if ok_chars && (6..=15).contains(&digits) {
        Ok(s.to_owned())
    } else {
        Err(invalid)
    }
}

impl Registration {
    /// Validates a registration form. `this_year` bounds the birth year
    /// (a buddy is at least 18, a newcomer at most 110), `today` the
    /// arrival date (not in the future).
    pub fn parse(f: &RegistrationForm<'_>, this_year: i32, today: time::Date) -> Result<Registration, Validation> {
        let mut v = Validation::default();
        let kind = f.kind.unwrap_or(Kind::Mentee);
        let first_name = v.check(parse_name("first_name", f.first_name));
        let last_name = if f.last_name.trim().is_empty() {
            Some(String::new())
        } else {
            v.check(parse_name("last_name", f.last_name))
        };
        let email = if f.email.trim().is_empty() { None } else { v.check(Email::parse(f.email)) };
        let phone = v.check(parse_phone(f.phone)).unwrap_or_default();
        if f.email.trim().is_empty() && f.phone.trim().is_empty() {
            v.add("phone", "error-contact-required");
        }
        let native_language = v.check(language_code("native_language", f.native_language));
        let mut languages: Vec<(String, Level)> = Vec::new();
        for (code, level) in &f.languages {
            if code.trim().is_empty() {
                continue;
            }
            let Some(code) = v.check(language_code("languages", code)) else { continue };
            let Some(level) = Level::parse(level.trim()) else {
                v.add("languages", "error-choice-invalid");
                continue;
            };
            if !languages.iter().any(|(c, _)| *c == code) && native_language.as_deref() != Some(code.as_str()) {
                languages.push((code, level));
            }
        }
        if languages.len() > 10 {
            v.add("languages", "error-too-long");
        }
        let host_language_level = match f.host_language_level.trim() {
            "" => None,
            l => {
                let parsed = Level::parse(l);
                if parsed.is_none() {
                    v.add("host_language_level", "error-choice-invalid");
                }
                parsed
            }
        };
        let country_of_origin = if f.country_of_origin.trim().is_empty() {
            String::new()
        } else {
            v.check(parse_text("country_of_origin", f.country_of_origin, 60)).unwrap_or_default()
        };
        let arrival_date = match f.arrival_date.trim() {
            "" => None,
            d => match crate::programme::parse_date("arrival_date", d) {
                Ok(d) if d > today => {
                    v.add("arrival_date", "error-date-future");
                    None
                }
                Ok(d) => Some(d),
                Err(e) => {
                    v.0.push(e);
                    None
                }
            },
        };
        let area = if f.area.trim().is_empty() {
            String::new()
        } else {
            v.check(parse_text("area", f.area, 80)).unwrap_or_default()
        };
        let mut availability: Availability = 0;
        for slot in &f.availability {
            match slot.trim().parse::<u32>() {
                Ok(n) if n < 21 => availability |= 1 << n,
                _ => v.add("availability", "error-choice-invalid"),
            }
        }
        let interests = v.check(subset("interests", &f.interests, &INTERESTS)).unwrap_or_default();
        let areas = v.check(subset("areas", &f.areas, &AREAS)).unwrap_or_default();
        let experience = v.check(parse_long_text("experience", f.experience, 2000)).unwrap_or_default();
        let motivation = v.check(parse_long_text("motivation", f.motivation, 2000)).unwrap_or_default();
        let gender = v.check(one_of("gender", f.gender, &GENDERS, "")).unwrap_or_default();
        let gender_preference =
            v.check(one_of("gender_preference", f.gender_preference, &GENDER_PREFERENCES, "none")).unwrap_or_default();
        let birth_year = match f.birth_year.trim() {
            "" => None,
            y => {
                let youngest = if kind == Kind::Mentor { this_year - 18 } else { this_year };
                match y.parse::<i32>() {
                    Ok(y) if (this_year - 110..=youngest).contains(&y) => Some(y),
                    Ok(y) if kind == Kind::Mentor && y > youngest && y <= this_year => {
                        v.add("birth_year", "error-buddy-too-young");
                        None
                    }
                    _ => {
                        v.add("birth_year", "error-year-invalid");
                        None
                    }
                }
            }
        };
        let heard_from = v.check(one_of("heard_from", f.heard_from, &HEARD_FROM, "")).unwrap_or_default();
        let mut consents = Vec::new();
        for c in &f.consents {
            match Purpose::parse(c.trim()) {
                Some(p) if !consents.contains(&p) => consents.push(p),
                Some(_) => {}
                None => v.add("consents", "error-choice-invalid"),
            }
        }
        if !consents.contains(&Purpose::Participation) {
            v.add("consent_participation", "error-consent-required");
        }
        if kind == Kind::Mentor && motivation.is_empty() && v.key_for("motivation").is_none() {
            v.add("motivation", "error-required");
        }
        v.finish()?;
        Ok(Registration {
            kind,
            first_name: first_name.unwrap_or_default(),
            last_name: last_name.unwrap_or_default(),
            email,
            phone,
            native_language: native_language.unwrap_or_default(),
            languages,
            host_language_level,
            country_of_origin,
            arrival_date,
            area,
            availability,
            interests,
            areas,
            experience,
            motivation,
            gender,
            gender_preference,
            birth_year,
            heard_from,
            consents,
        })
    }

    /// Every language with its level, the native one first.
    pub fn all_languages(&self) -> Vec<(String, Level)> {
        let mut all = vec![(self.native_language.clone(), Level::Native)];
        all.extend(self.languages.iter().cloned());
        all
    }
}

/// Formats languages with levels for storage: `ar:native,fr:basic`.
pub fn format_languages(languages: &[(String, Level)]) -> String {
    languages.iter().map(|(c, l)| format!("{c}:{}", l.as_str())).collect::<Vec<_>>().join(",")
}

/// Reads languages with levels as stored; a code without a level counts
/// as conversational (older rows stored codes only).
pub fn read_languages(s: &str) -> Vec<(String, Level)> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(|x| match x.split_once(':') {
            Some((c, l)) => (c.to_owned(), Level::parse(l).unwrap_or(Level::Conversational)),
            None => (x.to_owned(), Level::Conversational),
        })
        .collect()
}

/// Normalises a name for duplicate detection: lower case, letters only.
pub fn name_key(first: &str, last: &str) -> String {
    format!("{first} {last}").chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Normalises a phone number for duplicate detection: its digits, the last
/// nine (so `+33 6 12…` and `06 12…` meet).
pub fn phone_key(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(9)..].to_owned()
}

/// Why two records may be the same person, in the order a coordinator
/// reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DuplicateReason {
    /// The same e-mail address.
    Email,
    /// The same phone number ([`phone_key`]).
    Phone,
    /// The same name ([`name_key`]) and year of birth.
    Name,
}

impl DuplicateReason {
    /// The stable code, also the end of the message key.
    pub fn as_str(self) -> &'static str {
        match self {
            DuplicateReason::Email => "email",
            DuplicateReason::Phone => "phone",
            DuplicateReason::Name => "name",
        }
    }
}

/// What duplicates are found by, for one record: the stored e-mail and
/// the normalised keys.
#[derive(Debug, Clone, Default)]
pub struct DuplicateKeys {
    pub id: i64,
    pub email: String,
    pub phone_key: String,
    pub name_key: String,
    pub birth_year: Option<i64>,
}

/// Pairs of records that may be the same person (lower id first), each
/// with its reasons, sorted by ids. Records are grouped by each blocking
/// key (e-mail, phone key, name key with year of birth), so the work grows
/// with the records and the pairs found, never with every pair of records.
/// An empty key groups nothing, nor does a name without a year of birth.
pub fn possible_duplicates(records: &[DuplicateKeys]) -> Vec<(i64, i64, Vec<DuplicateReason>)> {
    use std::collections::{BTreeMap, HashMap};
    let mut email: HashMap<&str, Vec<i64>> = HashMap::new();
    let mut phone: HashMap<&str, Vec<i64>> = HashMap::new();
    let mut name: HashMap<(&str, i64), Vec<i64>> = HashMap::new();
    for r in records {
        if !r.email.is_empty() {
            email.entry(&r.email).or_default().push(r.id);
        }
        if !r.phone_key.is_empty() {
            phone.entry(&r.phone_key).or_default().push(r.id);
        }
        if let (false, Some(year)) = (r.name_key.is_empty(), r.birth_year) {
            name.entry((&r.name_key, year)).or_default().push(r.id);
        }
    }
    let mut pairs: BTreeMap<(i64, i64), Vec<DuplicateReason>> = BTreeMap::new();
    let groups = email
        .into_values()
        .map(|g| (DuplicateReason::Email, g))
        .chain(phone.into_values().map(|g| (DuplicateReason::Phone, g)))
        .chain(name.into_values().map(|g| (DuplicateReason::Name, g)));
    for (reason, mut ids) in groups {
        ids.sort_unstable();
        ids.dedup();
        for (i, &a) in ids.iter().enumerate() {
            for &b in &ids[i + 1..] {
                let reasons = pairs.entry((a, b)).or_default();
                reasons.push(reason);
                reasons.sort_unstable();
            }
        }
    }
    pairs.into_iter().map(|((a, b), reasons)| (a, b, reasons)).collect()
}

/// Folds text for search: lower case, accents and other marks taken off
/// ("Hélène" → "helene", "Ğ" → "g"), so that a coordinator finds a person
/// however the name was typed. Letters of other scripts stay as they are.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// What a person is found by in the lists of people: the words of their
/// name, their e-mail and the digits of their phone, folded; every term of
/// a search ([`search_terms`]) must appear in it.
pub fn search_key(first: &str, last: &str, email: &str, phone: &str) -> String {
    let words = fold(&format!("{first} {last}"));
    let words: Vec<String> =
        words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("{} {} {}", words.join(" "), fold(email.trim()), digits).trim().to_owned()
}

/// The terms of a search in the lists of people, folded as
/// [`search_key`] folds what they are looked for in. A query that is a
/// phone number (digits with spaces, dots, dashes, a `+`) is one term: its
/// digits, the last nine of them, so that `06 12 34 56 78` finds
/// `+33 6 12 34 56 78`. Anything that is not a letter, a digit, `@`, `.`,
/// `-` is a separator, which also keeps the terms free of the `LIKE`
/// wildcards `%` and `_`. At most eight terms are kept.
pub fn search_terms(query: &str) -> Vec<String> {
    let query = query.trim();
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    let phone_like = digits.len() >= 6
        && query.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '+' | '(' | ')' | '/'));
    if phone_like {
        return vec![digits[digits.len().saturating_sub(9)..].to_owned()];
    }
    fold(query)
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '@' | '.' | '-')))
        .filter(|t| !t.is_empty())
        .take(8)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn a_search_finds_a_person_however_the_name_or_phone_is_typed() {
        let key = search_key("Hélène", "Da Silva-Ödön", "Helene.DS@Example.org ", "+33 6 12 34 56 78");
        assert_eq!(key, "helene da silva odon helene.ds@example.org 33612345678");
        for query in ["helene", "HÉLÈNE silva", "odon hel", "example.org", "06 12 34 56 78", "612345678"] {
            let terms = search_terms(query);
            assert!(!terms.is_empty(), "{query}");
            assert!(terms.iter().all(|t| key.contains(t.as_str())), "{query}: {terms:?} in {key}");
        }
        assert!(!search_terms("martin").iter().all(|t| key.contains(t.as_str())));
        // Arabic names are found as typed; wildcards never reach a LIKE.
        let arabic = search_key("أمل", "حداد", "", "");
        assert!(search_terms("حداد").iter().all(|t| arabic.contains(t.as_str())));
        assert_eq!(search_terms("a%b_c"), ["a", "b", "c"]);
        assert!(search_terms("   ").is_empty());
    }

    fn form() -> RegistrationForm<'static> {
        RegistrationForm {
            kind: Some(Kind::Mentee),
            first_name: "Amal",
            last_name: "Haddad",
            email: "",
            phone: "+33 6 12 34 56 78",
            native_language: "ar",
            languages: vec![("en", "conversational"), ("fr", "basic"), ("", "")],
            host_language_level: "basic",
            country_of_origin: "Syria",
            arrival_date: "2026-03-01",
            area: "Lille-Fives",
            availability: vec!["0", "4", "20"],
            interests: vec!["cooking", "music"],
            areas: vec!["language", "employment"],
            experience: "",
            motivation: "",
            gender: "woman",
            gender_preference: "woman",
            birth_year: "1990",
            heard_from: "stakeholder",
            consents: vec!["participation", "contact_sms"],
        }
    }

    const TODAY: time::Date = date!(2026 - 11 - 28);

    #[test]
    fn a_valid_newcomer_registration() {
        let r = Registration::parse(&form(), 2026, TODAY).unwrap();
        assert_eq!(r.first_name, "Amal");
        assert_eq!(r.all_languages()[0], ("ar".to_owned(), Level::Native));
        assert_eq!(r.languages.len(), 2);
        assert_eq!(r.availability, 1 | 1 << 4 | 1 << 20);
        assert_eq!(r.consents, [Purpose::Participation, Purpose::ContactSms]);
        assert_eq!(format_languages(&r.all_languages()), "ar:native,en:conversational,fr:basic");
        assert_eq!(
            read_languages("ar:native,fr"),
            [("ar".into(), Level::Native), ("fr".into(), Level::Conversational)]
        );
    }

    #[test]
    fn a_gender_left_empty_is_not_given_not_unsaid() {
        let r = Registration::parse(&RegistrationForm { gender: " ", ..form() }, 2026, TODAY).unwrap();
        assert_eq!(r.gender, "");
        let r = Registration::parse(&RegistrationForm { gender: "unsaid", ..form() }, 2026, TODAY).unwrap();
        assert_eq!(r.gender, "unsaid");
    }

    #[test]
    fn registration_needs_participation_consent_and_a_way_to_reach_the_person() {
        let f = RegistrationForm { phone: "", email: "", consents: vec!["contact_sms"], ..form() };
        let e = Registration::parse(&f, 2026, TODAY).unwrap_err();
        assert_eq!(e.key_for("consent_participation"), Some("error-consent-required"));
        assert_eq!(e.key_for("phone"), Some("error-contact-required"));
    }

    #[test]
    fn registration_names_each_wrong_field() {
        let f = RegistrationForm {
            first_name: "",
            email: "not-mail",
            phone: "call me",
            native_language: "arabic",
            arrival_date: "2027-01-01",
            availability: vec!["21"],
            interests: vec!["hacking"],
            gender: "x",
            birth_year: "1800",
            consents: vec!["participation", "selling"],
            ..form()
        };
        let e = Registration::parse(&f, 2026, TODAY).unwrap_err();
        for (field, key) in [
            ("first_name", "error-required"),
            ("email", "error-email-invalid"),
            ("phone", "error-phone-invalid"),
            ("native_language", "error-language-choice"),
            ("arrival_date", "error-date-future"),
            ("availability", "error-choice-invalid"),
            ("interests", "error-choice-invalid"),
            ("gender", "error-choice-invalid"),
            ("birth_year", "error-year-invalid"),
            ("consents", "error-choice-invalid"),
        ] {
            assert_eq!(e.key_for(field), Some(key), "{field}");
        }
    }

    #[test]
    fn a_buddy_must_be_adult_and_say_why_they_volunteer() {
        let f = RegistrationForm { kind: Some(Kind::Mentor), birth_year: "2012", ..form() };
        let e = Registration::parse(&f, 2026, TODAY).unwrap_err();
        assert_eq!(e.key_for("birth_year"), Some("error-buddy-too-young"));
        assert_eq!(e.key_for("motivation"), Some("error-required"));
        let ok = RegistrationForm {
            kind: Some(Kind::Mentor),
            birth_year: "1985",
            motivation: "I arrived in 2015.",
            ..form()
        };
        assert!(Registration::parse(&ok, 2026, TODAY).is_ok());
    }

    #[test]
    fn buddy_screening_follows_its_path() {
        let k = Kind::Mentor;
        assert_eq!(Applied.next(k), [Interview, Declined, Withdrawn]);
        assert!(Applied.check_move(k, Interview, "", false).is_ok());
        assert_eq!(Applied.check_move(k, Accepted, "", false).unwrap_err().key, "error-status-move");
        assert_eq!(ReferencesChecked.check_move(k, Declined, " ", false).unwrap_err().key, "error-reason-required");
        assert_eq!(ReferencesChecked.check_move(k, Declined, "No availability", false).unwrap(), "No availability");
        assert_eq!(Accepted.next(k), [Training, Withdrawn]);
        assert_eq!(Training.next(k), [Ready, Withdrawn]);
        assert_eq!(Training.check_move(k, Ready, "", false).unwrap_err().key, "error-training-not-done");
        assert!(Training.check_move(k, Ready, "", true).is_ok());
        assert!(Withdrawn.next(k).is_empty());
        // A newcomer's statuses are not a buddy's.
        assert!(Registered.check_move(k, Intake, "", false).is_err());
        assert!(!Registered.belongs_to(k));
        assert!(Training.belongs_to(k));
    }

    #[test]
    fn newcomer_screening_follows_its_path() {
        let k = Kind::Mentee;
        assert_eq!(Registered.next(k), [Intake, Withdrawn]);
        assert_eq!(Intake.next(k), [SelfAssessed, Withdrawn]);
        assert_eq!(SelfAssessed.next(k), [Ready, Withdrawn]);
        assert!(Registered.check_move(k, Ready, "", false).is_err());
        assert_eq!(Intake.check_move(k, Withdrawn, "", false).unwrap_err().key, "error-reason-required");
        assert!(!Applied.belongs_to(k));
    }

    #[test]
    fn statuses_stand_at_steps() {
        assert_eq!(Applied.step(), Step::Registration);
        assert_eq!(SelfAssessed.step(), Step::SelfAssessment);
        assert_eq!(Training.step(), Step::Training);
        assert_eq!(Ready.step(), Step::PreMatching);
        assert!(Ready.ready_to_match() && !Training.ready_to_match());
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn duplicate_keys() {
        assert_eq!(name_key("Amal ", "Al-Haddad"), name_key("amal", "alhaddad"));
        assert_eq!(phone_key("+33 6 12 34 56 78"), phone_key("06.12.34.56.78"));
        assert_eq!(parse_phone("+33 (0)6 12-34").unwrap(), "+33 (0)6 12-34");
        assert!(parse_phone("12+34567").is_err());
        assert!(parse_phone("123").is_err());
    }

    #[test]
    fn duplicates_are_found_by_each_key_and_only_by_them() {
        let r = |id, email: &str, phone: &str, name: &str, year| DuplicateKeys {
            id,
            email: email.into(),
            phone_key: phone_key(phone),
            name_key: name_key(name, ""),
            birth_year: year,
        };
        let found = possible_duplicates(&[
            r(5, "amal@example.org", "+33 6 12 34 56 78", "Amal Haddad", Some(1990)),
            r(2, "amal@example.org", "06 12 34 56 78", "Amal Haddad", Some(1990)),
            r(9, "", "", "Amal Haddad", Some(1991)),
            r(7, "", "", "Amal Haddad", None),
            r(8, "", "", "amal haddad", Some(1991)),
            r(3, "", "", "", None),
            r(4, "", "", "", None),
        ]);
        use DuplicateReason::*;
        assert_eq!(found, vec![(2, 5, vec![Email, Phone, Name]), (8, 9, vec![Name])]);
        assert!(possible_duplicates(&[]).is_empty());
    }

    #[test]
    fn confidential_notes_keep_lines_and_refuse_what_is_not_text() {
        assert_eq!(
            parse_confidential_notes("  Asylum appeal on 3 May.\nDiabetic.  ").unwrap(),
            "Asylum appeal on 3 May.\nDiabetic."
        );
        assert_eq!(parse_confidential_notes("").unwrap(), "");
        assert_eq!(parse_confidential_notes("a\u{0}b").unwrap_err().key, "error-control-characters");
        let long = "x".repeat(CONFIDENTIAL_NOTES_MAX + 1);
        assert_eq!(parse_confidential_notes(&long).unwrap_err().key, "error-too-long");
    }

    #[test]
    fn a_buddys_follow_up_is_one_of_the_supervisors_and_a_capacity_the_pairs_fit_in() {
        let staff = [7, 9];
        assert_eq!(FollowUp::parse("9", "2", &staff, 1), Ok(FollowUp { supervisor: Some(9), capacity: 2 }));
        assert_eq!(FollowUp::parse(" ", " 1 ", &staff, 0), Ok(FollowUp { supervisor: None, capacity: 1 }));
        let keys =
            |r: Result<FollowUp, Validation>| r.unwrap_err().0.iter().map(|i| (i.field, i.key)).collect::<Vec<_>>();
        assert_eq!(
            keys(FollowUp::parse("8", "0", &staff, 0)),
            [("supervisor", "error-supervisor-choice"), ("capacity", "error-capacity-range")]
        );
        assert_eq!(keys(FollowUp::parse("x", "6", &staff, 0)).len(), 2);
        assert_eq!(keys(FollowUp::parse("", "two", &staff, 0)), [("capacity", "error-capacity-range")]);
        assert_eq!(keys(FollowUp::parse("7", "1", &staff, 2)), [("capacity", "error-capacity-below-pairs")]);
    }

    #[test]
    fn the_path_to_a_status_is_the_fewest_moves_the_rules_allow() {
        assert_eq!(Applied.path_to(Kind::Mentor, Applied), Some(vec![]));
        assert_eq!(
            Applied.path_to(Kind::Mentor, Ready),
            Some(vec![Interview, ReferencesChecked, Accepted, Training, Ready])
        );
        assert_eq!(Registered.path_to(Kind::Mentee, Alumni), Some(vec![Intake, SelfAssessed, Ready, Alumni]));
        assert_eq!(Registered.path_to(Kind::Mentee, Withdrawn), Some(vec![Withdrawn]));
        assert_eq!(Registered.path_to(Kind::Mentee, Active), None, "only a pair's start puts someone in a pair");
        assert_eq!(Registered.path_to(Kind::Mentee, Training), None, "not a newcomer's status");
        // Every step of a path is a move the rules allow.
        for kind in [Kind::Mentor, Kind::Mentee] {
            for to in Status::ALL {
                if let Some(path) = kind.first_status().path_to(kind, to) {
                    let mut at = kind.first_status();
                    for s in path {
                        assert!(at.next(kind).contains(&s), "{at:?} to {s:?}");
                        at = s;
                    }
                    assert_eq!(at, to);
                }
            }
        }
    }
}
