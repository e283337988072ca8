//! Step 2: registering buddies and newcomers with their consents, moving
//! them through screening, finding and merging duplicates, and the
//! flood counter of public forms.

use m4m_domain::participant::{
    self, CONSENT_NOTICE_VERSION, Kind, Purpose, Registration, Status, format_languages, name_key, phone_key,
    search_key,
};
use m4m_domain::programme::format_date;
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, AnyConnection, Row};

use crate::programmes::placeholders;
use crate::{Store, StoreError, audit, join_list, now, split_list};

/// A registration to store.
pub struct NewParticipant<'a> {
    pub programme_id: i64,
    pub registration: &'a Registration,
    /// The stakeholder who referred the person.
    pub referred_by: Option<i64>,
    /// The staff member who entered it on the person's behalf; `None` when
    /// the person registered themselves.
    pub entered_by: Option<i64>,
    /// The language the form (and its consent notice) was shown in.
    pub language: &'a str,
}

/// The keys by which two records are the same person
/// ([`Store::person_keys`]): an e-mail, a phone, or a name with its year
/// of birth.
#[derive(Debug, Default)]
pub struct PersonKeys {
    pub emails: std::collections::HashSet<String>,
    pub phones: std::collections::HashSet<String>,
    pub names: std::collections::HashSet<(String, Option<i64>)>,
}

impl PersonKeys {
    /// Whether a registration is someone already known; adds them, so
    /// that a second row of one file about the same person is found too.
    pub fn seen(&mut self, r: &Registration) -> bool {
        let email = r.email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default();
        let phone = phone_key(&r.phone);
        let name = (name_key(&r.first_name, &r.last_name), r.birth_year.map(i64::from));
        let known = (!email.is_empty() && self.emails.contains(&email))
            || (!phone.is_empty() && self.phones.contains(&phone))
            || self.names.contains(&name);
        if !email.is_empty() {
            self.emails.insert(email);
        }
        if !phone.is_empty() {
            self.phones.insert(phone);
        }
        self.names.insert(name);
        known
    }
}

/// Everything registration recorded about a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub programme_id: i64,
    pub organisation_id: i64,
    pub user_id: Option<i64>,
    pub supervisor_user_id: Option<i64>,
    /// How many newcomers a buddy accompanies at once (1 for newcomers).
    pub capacity: i64,
    pub kind: Kind,
    pub status: Status,
    pub step: i64,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    /// `code:level` pairs as stored.
    pub languages: String,
    pub native_language: String,
    pub host_language_level: String,
    pub country_of_origin: String,
    pub arrival_date: String,
    pub area: String,
    pub availability: i64,
    pub interests: Vec<String>,
    pub areas: Vec<String>,
    pub experience: String,
    pub motivation: String,
    pub gender: String,
    pub gender_preference: String,
    pub birth_year: Option<i64>,
    pub heard_from: String,
    pub referred_by: Option<i64>,
    pub entered_by: Option<i64>,
    pub language: String,
    pub created_at: i64,
    /// When the record was erased (a nameless tombstone kept for figures).
    pub erased_at: Option<i64>,
}

/// The roles that may supervise buddies ([`Store::set_follow_up`]).
const SUPERVISING: &str = "'supervisor', 'coordinator'";

const COLUMNS: &str = "p.id, p.programme_id, g.organisation_id, p.user_id, p.supervisor_user_id, p.capacity, p.kind, \
    p.status, p.step, p.first_name, p.last_name, p.email, p.phone, p.languages, p.native_language, p.host_language_level, \
    p.country_of_origin, p.arrival_date, p.area, p.availability, p.interests, p.areas, p.experience, p.motivation, \
    p.gender, p.gender_preference, p.birth_year, p.heard_from, p.referred_by, p.entered_by, p.language, p.created_at, p.erased_at";

/// Reads `participants.kind` and `participants.status`; a value this
/// version does not know is corrupt data, not a person of another kind.
pub(crate) fn kind_and_status(r: &AnyRow) -> Result<(Kind, Status), StoreError> {
    let kind: String = r.try_get("kind")?;
    let status: String = r.try_get("status")?;
    Ok((
        Kind::parse(&kind).ok_or_else(|| StoreError::corrupt("participants.kind", &kind))?,
        Status::parse(&status).ok_or_else(|| StoreError::corrupt("participants.status", &status))?,
    ))
}

/// The status of a participant, inside the caller's transaction.
pub(crate) async fn status_of(conn: &mut AnyConnection, id: i64) -> Result<Status, StoreError> {
    let status: String = sqlx::query("SELECT status FROM participants WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?
        .try_get("status")?;
    Status::parse(&status).ok_or_else(|| StoreError::corrupt("participants.status", &status))
}

fn participant(r: &AnyRow) -> Result<Participant, StoreError> {
    let (kind, status) = kind_and_status(r)?;
    Ok(Participant {
        id: r.try_get("id")?,
        programme_id: r.try_get("programme_id")?,
        organisation_id: r.try_get("organisation_id")?,
        user_id: r.try_get("user_id")?,
        supervisor_user_id: r.try_get("supervisor_user_id")?,
        capacity: r.try_get("capacity")?,
        kind,
        status,
        step: r.try_get("step")?,
        first_name: r.try_get("first_name")?,
        last_name: r.try_get("last_name")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        languages: r.try_get("languages")?,
        native_language: r.try_get("native_language")?,
        host_language_level: r.try_get("host_language_level")?,
        country_of_origin: r.try_get("country_of_origin")?,
        arrival_date: r.try_get("arrival_date")?,
        area: r.try_get("area")?,
        availability: r.try_get("availability")?,
        interests: split_list(&r.try_get::<String, _>("interests")?),
        areas: split_list(&r.try_get::<String, _>("areas")?),
        experience: r.try_get("experience")?,
        motivation: r.try_get("motivation")?,
        gender: r.try_get("gender")?,
        gender_preference: r.try_get("gender_preference")?,
        birth_year: r.try_get("birth_year")?,
        heard_from: r.try_get("heard_from")?,
        referred_by: r.try_get("referred_by")?,
        entered_by: r.try_get("entered_by")?,
        language: r.try_get("language")?,
        created_at: r.try_get("created_at")?,
        erased_at: r.try_get("erased_at")?,
    })
}

/// The condition that the participant `alias` withdrew their consent to
/// e-mail (and did not give it again), for queries that send mail.
pub(crate) fn email_withdrawn(alias: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM consents wc WHERE wc.participant_id = {alias}.id AND wc.purpose = 'contact_email') \
         AND NOT EXISTS (SELECT 1 FROM consents ac WHERE ac.participant_id = {alias}.id \
         AND ac.purpose = 'contact_email' AND ac.withdrawn_at IS NULL)"
    )
}

/// A consent as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub purpose: Purpose,
    pub notice_version: i64,
    pub language: String,
    pub recorded_by: Option<String>,
    pub recorded_at: i64,
    pub withdrawn_at: Option<i64>,
}

/// One move in screening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    /// `None` for the first line, written at registration.
    pub from: Option<Status>,
    pub to: Status,
    pub reason: String,
    pub by: Option<String>,
    pub at: i64,
}

/// Two records that may be the same person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PossibleDuplicate {
    pub a: i64,
    pub b: i64,
    /// Why, in the order a coordinator reads them.
    pub reasons: Vec<participant::DuplicateReason>,
}

/// The columns a registration fills, in the order [`bind_registration`]
/// binds them.
/// What a person tells at registration, and the keys made from it: the
/// columns a registration writes and a correction rewrites, in the order
/// [`bind_details`] binds them.
macro_rules! detail_columns {
    () => {
        "first_name, last_name, email, phone, languages, native_language, host_language_level, country_of_origin, \
         arrival_date, area, availability, interests, areas, experience, motivation, gender, gender_preference, \
         birth_year, heard_from, name_key, phone_key, search_key"
    };
}
const DETAIL_COLUMNS: &str = detail_columns!();

const REGISTRATION_COLUMNS: &str =
    concat!("programme_id, kind, ", detail_columns!(), ", referred_by, entered_by, status, step, language, created_at");
const REGISTRATION_WIDTH: usize = 30;

/// Binds a registration's values in the order of [`REGISTRATION_COLUMNS`].
fn bind_registration<'q>(
    q: Query<'q, Any, AnyArguments<'q>>,
    p: &'q NewParticipant<'_>,
    now: i64,
) -> Query<'q, Any, AnyArguments<'q>> {
    let status = p.registration.kind.first_status();
    bind_details(q.bind(p.programme_id).bind(p.registration.kind.as_str()), p.registration)
        .bind(p.referred_by)
        .bind(p.entered_by)
        .bind(status.as_str())
        .bind(i64::from(status.step().number()))
        .bind(p.language)
        .bind(now)
}

/// Binds what a person tells, and its keys, in the order of
/// [`DETAIL_COLUMNS`].
fn bind_details<'q>(q: Query<'q, Any, AnyArguments<'q>>, r: &'q Registration) -> Query<'q, Any, AnyArguments<'q>> {
    let email = r.email.as_ref().map_or("", |e| e.as_str());
    q.bind(&r.first_name)
        .bind(&r.last_name)
        .bind(email)
        .bind(&r.phone)
        .bind(format_languages(&r.all_languages()))
        .bind(&r.native_language)
        .bind(r.host_language_level.map_or("", |l| l.as_str()))
        .bind(&r.country_of_origin)
        .bind(r.arrival_date.map(format_date).unwrap_or_default())
        .bind(&r.area)
        .bind(i64::from(r.availability))
        .bind(join_list(&r.interests))
        .bind(join_list(&r.areas))
        .bind(&r.experience)
        .bind(&r.motivation)
        .bind(&r.gender)
        .bind(&r.gender_preference)
        .bind(r.birth_year.map(i64::from))
        .bind(&r.heard_from)
        .bind(name_key(&r.first_name, &r.last_name))
        .bind(phone_key(&r.phone))
        .bind(search_key(&r.first_name, &r.last_name, email, &r.phone))
}

/// How a registration came in, as its audit line says.
fn entered_how(p: &NewParticipant<'_>) -> &'static str {
    if p.entered_by.is_some() { "by_staff" } else { "self_service" }
}

/// Inserts a registration inside the caller's transaction: the record, its
/// consents, the first line of its status history, the audit line.
pub async fn insert_participant(conn: &mut AnyConnection, p: &NewParticipant<'_>) -> Result<i64, StoreError> {
    let now = now();
    let sql = format!(
        "INSERT INTO participants ({REGISTRATION_COLUMNS}) VALUES ({}) RETURNING id",
        placeholders(1, REGISTRATION_WIDTH)
    );
    let row = bind_registration(sqlx::query(&sql), p, now).fetch_one(&mut *conn).await?;
    let id: i64 = row.try_get("id")?;
    insert_first_records(conn, &[(id, p)], now, 1).await?;
    audit::record(conn, p.entered_by, "participant.register", &format!("participant:{id}"), entered_how(p)).await?;
    Ok(id)
}

/// The consents and the first line of status history of new records, by
/// multi-row inserts.
async fn insert_first_records(
    conn: &mut AnyConnection,
    people: &[(i64, &NewParticipant<'_>)],
    now: i64,
    budget: usize,
) -> Result<(), StoreError> {
    let consents: Vec<(i64, &NewParticipant<'_>, Purpose)> =
        people.iter().flat_map(|&(id, p)| p.registration.consents.iter().map(move |c| (id, p, *c))).collect();
    for chunk in consents.chunks(rows_per_insert(budget, 6)) {
        let sql = format!(
            "INSERT INTO consents (participant_id, purpose, notice_version, language, recorded_by, recorded_at) \
             VALUES {}",
            value_rows(chunk.len(), 6)
        );
        let mut q = sqlx::query(&sql);
        for (id, p, purpose) in chunk {
            q = q
                .bind(*id)
                .bind(purpose.as_str())
                .bind(CONSENT_NOTICE_VERSION)
                .bind(p.language)
                .bind(p.entered_by)
                .bind(now);
        }
        q.execute(&mut *conn).await?;
    }
    for chunk in people.chunks(rows_per_insert(budget, 6)) {
        let sql = format!(
            "INSERT INTO status_changes (participant_id, from_status, to_status, reason, changed_by, changed_at) \
             VALUES {}",
            value_rows(chunk.len(), 6)
        );
        let mut q = sqlx::query(&sql);
        for (id, p) in chunk {
            q = q
                .bind(*id)
                .bind("")
                .bind(p.registration.kind.first_status().as_str())
                .bind("")
                .bind(p.entered_by)
                .bind(now);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// How many rows of `width` columns one multi-row insert takes, within the
/// `budget` of bound parameters per statement ([`Store::insert_budget`]).
pub(crate) fn rows_per_insert(budget: usize, width: usize) -> usize {
    (budget / width).max(1)
}

/// `($1, …, $w), ($w+1, …)`: `n` rows of `width` parameters.
pub(crate) fn value_rows(n: usize, width: usize) -> String {
    (0..n).map(|i| format!("({})", placeholders(1 + i * width, width))).collect::<Vec<_>>().join(", ")
}

/// Writes the search key of the people registered before there was one
/// (or whose key was never written). Run by [`Store::migrate`]; does
/// nothing once done, as erased people have no name left to find.
pub(crate) async fn fill_search_keys(store: &Store) -> Result<u64, StoreError> {
    let columns = ["first_name", "last_name", "email", "phone"];
    fill_keys(store, "participants", &columns, "erased_at IS NULL", |c| search_key(&c[0], &c[1], &c[2], &c[3])).await
}

/// Writes the `search_key` of the rows of `table` that have none (and
/// match `condition`), made by `key` from the text `columns`, in one
/// transaction. Rows with every column empty are left.
pub(crate) async fn fill_keys(
    store: &Store,
    table: &str,
    columns: &[&str],
    condition: &str,
    key: impl Fn(&[String]) -> String,
) -> Result<u64, StoreError> {
    let any = columns.iter().map(|c| format!("{c} <> ''")).collect::<Vec<_>>().join(" OR ");
    let sql =
        format!("SELECT id, {} FROM {table} WHERE search_key = '' AND {condition} AND ({any})", columns.join(", "));
    let rows = sqlx::query(&sql).fetch_all(store.pool()).await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut tx = store.begin_write().await?;
    let update = format!("UPDATE {table} SET search_key = $1 WHERE id = $2");
    for r in &rows {
        let values = columns.iter().map(|c| r.try_get::<String, _>(*c)).collect::<Result<Vec<_>, _>>()?;
        sqlx::query(&update).bind(key(&values)).bind(r.try_get::<i64, _>("id")?).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(rows.len() as u64)
}

/// Moves a participant from `from` to `to` inside the caller's
/// transaction: status, step, a line of history and one of audit. Fails
/// with a conflict if the participant is no longer at `from`. Every status
/// change goes through here, whether a person decided it or a rule did.
pub(crate) async fn move_in(
    conn: &mut AnyConnection,
    actor: Option<i64>,
    id: i64,
    from: Status,
    to: Status,
    reason: &str,
) -> Result<(), StoreError> {
    let n = sqlx::query("UPDATE participants SET status = $1, step = $2 WHERE id = $3 AND status = $4")
        .bind(to.as_str())
        .bind(i64::from(to.step().number()))
        .bind(id)
        .bind(from.as_str())
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if n != 1 {
        return Err(StoreError::Conflict);
    }
    sqlx::query(
        "INSERT INTO status_changes (participant_id, from_status, to_status, reason, changed_by, changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(reason)
    .bind(actor)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    // The status's own step, unless a pair places the person further.
    crate::pairing::refresh_step(conn, id).await?;
    audit::record(conn, actor, "participant.status", &format!("participant:{id}"), to.as_str()).await
}

impl Store {
    /// Stores a registration in one transaction.
    pub async fn register(&self, p: &NewParticipant<'_>) -> Result<i64, StoreError> {
        let mut tx = self.audited(p.entered_by).await?;
        let id = insert_participant(&mut tx, p).await?;
        tx.commit_recorded().await?;
        Ok(id)
    }

    /// Imports many registrations into a programme, all or none: each
    /// record with its audit line, and one line for the import by `actor`.
    /// Rows go in by multi-row inserts with ids reserved beforehand, and
    /// the audit chain moves once for all of them: 20,000 people one
    /// statement at a time took minutes on PostgreSQL.
    pub async fn import_participants(
        &self,
        actor: i64,
        programme_id: i64,
        rows: &[NewParticipant<'_>],
    ) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.begin_write().await?;
        let ids = self.reserve_ids(&mut tx, "participants", rows.len()).await?;
        let now = now();
        let people: Vec<(i64, &NewParticipant<'_>)> = ids.iter().copied().zip(rows).collect();
        let budget = self.insert_budget();
        for chunk in people.chunks(rows_per_insert(budget, REGISTRATION_WIDTH + 1)) {
            let sql = format!(
                "INSERT INTO participants (id, {REGISTRATION_COLUMNS}) VALUES {}",
                value_rows(chunk.len(), REGISTRATION_WIDTH + 1)
            );
            let mut q = sqlx::query(&sql);
            for (id, p) in chunk {
                q = bind_registration(q.bind(*id), p, now);
            }
            q.execute(&mut *tx).await?;
        }
        insert_first_records(&mut tx, &people, now, budget).await?;
        let mut lines: Vec<audit::NewLine> = people
            .iter()
            .map(|(id, p)| audit::NewLine {
                actor: p.entered_by,
                action: "participant.register".to_owned(),
                subject: format!("participant:{id}"),
                detail: entered_how(p).to_owned(),
            })
            .collect();
        lines.push(audit::NewLine {
            actor: Some(actor),
            action: "programme.import".to_owned(),
            subject: format!("programme:{programme_id}"),
            detail: ids.len().to_string(),
        });
        audit::record_many(&mut tx, &lines, budget).await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// Everything about one participant.
    pub async fn participant(&self, id: i64) -> Result<Option<Participant>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM participants p JOIN programmes g ON g.id = p.programme_id WHERE p.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(participant).transpose()
    }

    /// Every participant of a programme, full records (for export and
    /// import checks), by id.
    pub async fn programme_participants(&self, programme_id: i64) -> Result<Vec<Participant>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM participants p JOIN programmes g ON g.id = p.programme_id \
             WHERE p.programme_id = $1 AND p.erased_at IS NULL ORDER BY p.id"
        ))
        .bind(programme_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(participant).collect()
    }

    /// The accounts related to a participant: the person, their supervisor
    /// and the people paired with them (for permission checks).
    pub async fn participant_related_users(&self, id: i64) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id FROM participants WHERE id = $1 AND user_id IS NOT NULL \
             UNION SELECT supervisor_user_id FROM participants WHERE id = $1 AND supervisor_user_id IS NOT NULL \
             UNION SELECT o.user_id FROM pairs pr JOIN participants o ON o.id = pr.mentor_id \
               WHERE pr.mentee_id = $1 AND o.user_id IS NOT NULL \
             UNION SELECT o.user_id FROM pairs pr JOIN participants o ON o.id = pr.mentee_id \
               WHERE pr.mentor_id = $1 AND o.user_id IS NOT NULL",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| r.try_get::<i64, _>("user_id")).collect::<Result<_, _>>().map_err(Into::into)
    }

    /// Moves a participant to another status, if they are still at `from`
    /// (a concurrent change makes this one fail rather than overwrite it),
    /// the domain allows the move ([`Status::check_move`]: the screening
    /// path, the training gate, a reason where one is needed) and, when
    /// they leave the programme, none of their pairs is open. A refused
    /// move is a `Conflict` and changes nothing.
    pub async fn move_status(
        &self,
        actor: i64,
        id: i64,
        from: Status,
        to: Status,
        reason: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query("SELECT kind, status FROM participants WHERE id = $1 AND erased_at IS NULL")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let (kind, _) = kind_and_status(&row)?;
        let trained = crate::training::training_done(&mut tx, id).await?;
        let reason = from.check_move(kind, to, reason, trained).map_err(|_| StoreError::Conflict)?;
        let pairs = crate::closing::open_pairs(&mut tx, id, None).await?;
        if m4m_domain::closing::may_leave(to, pairs as usize).is_err() {
            return Err(StoreError::Conflict);
        }
        move_in(&mut tx, Some(actor), id, from, to, &reason).await?;
        tx.commit_recorded().await
    }

    /// A person's confidential notes (health, legal situation). Kept out of
    /// [`Participant`] on purpose: only the handlers that checked
    /// `Action::ViewConfidentialNotes` ask for them.
    pub async fn confidential_notes(&self, participant_id: i64) -> Result<String, StoreError> {
        let row = sqlx::query("SELECT confidential_notes FROM participants WHERE id = $1")
            .bind(participant_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(row.try_get("confidential_notes")?)
    }

    /// Replaces a person's confidential notes, with an audit line that
    /// says who changed them (not what they say). `false` when unchanged.
    pub async fn set_confidential_notes(
        &self,
        actor: i64,
        participant_id: i64,
        text: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let changed = sqlx::query(
            "UPDATE participants SET confidential_notes = $1 WHERE id = $2 AND erased_at IS NULL \
             AND confidential_notes <> $1",
        )
        .bind(text)
        .bind(participant_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        tx.commit("participant.notes", &format!("participant:{participant_id}"), "").await?;
        Ok(true)
    }

    /// Corrects what registration recorded about a person (the right to
    /// rectification): every field of the form but the kind and the
    /// consents, which have their own page; the search and duplicate keys
    /// follow. `false` when the record is gone (erased meanwhile).
    pub async fn correct_participant(
        &self,
        actor: i64,
        participant_id: i64,
        r: &m4m_domain::participant::Registration,
        referred_by: Option<i64>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let columns: Vec<&str> = DETAIL_COLUMNS.split(',').map(str::trim).collect();
        let set: Vec<String> = columns.iter().enumerate().map(|(i, c)| format!("{c} = ${}", i + 1)).collect();
        let n = columns.len();
        let sql = format!(
            "UPDATE participants SET {}, referred_by = ${} WHERE id = ${} AND erased_at IS NULL",
            set.join(", "),
            n + 1,
            n + 2
        );
        let changed = bind_details(sqlx::query(&sql), r)
            .bind(referred_by)
            .bind(participant_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        tx.commit("participant.correct", &format!("participant:{participant_id}"), "").await?;
        Ok(true)
    }

    /// Sets who supervises a buddy and how many newcomers they take at
    /// once, with an audit line; `false` when nothing changed. Checked
    /// again inside the transaction, whatever the form saw (a pair proposed
    /// meanwhile, a role withdrawn): the supervisor holds a supervising
    /// role in the buddy's organisation and the capacity covers the
    /// buddy's open pairs, else `Conflict`.
    pub async fn set_follow_up(
        &self,
        actor: i64,
        participant_id: i64,
        follow_up: &m4m_domain::participant::FollowUp,
    ) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let current = sqlx::query(
            "SELECT supervisor_user_id, capacity FROM participants WHERE id = $1 AND kind = 'mentor' AND erased_at IS NULL",
        )
        .bind(participant_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let (supervisor, capacity): (Option<i64>, i64) =
            (current.try_get("supervisor_user_id")?, current.try_get("capacity")?);
        if (supervisor, capacity) == (follow_up.supervisor, follow_up.capacity) {
            return Ok(false);
        }
        if follow_up.capacity < crate::closing::open_pairs(&mut tx, participant_id, None).await? {
            return Err(StoreError::Conflict);
        }
        if let Some(staff) = follow_up.supervisor {
            let supervising: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM participants p JOIN programmes g ON g.id = p.programme_id \
                 JOIN memberships m ON m.organisation_id = g.organisation_id JOIN users u ON u.id = m.user_id \
                 WHERE p.id = $1 AND m.user_id = $2 AND m.role IN ({SUPERVISING}) AND u.active = 1 \
                 AND u.erased_at IS NULL"
            ))
            .bind(participant_id)
            .bind(staff)
            .fetch_one(&mut *tx)
            .await?;
            if supervising == 0 {
                return Err(StoreError::Conflict);
            }
        }
        sqlx::query("UPDATE participants SET supervisor_user_id = $1, capacity = $2 WHERE id = $3")
            .bind(follow_up.supervisor)
            .bind(follow_up.capacity)
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        // Ids and codes only, as every line of the trail.
        let detail = format!(
            "supervisor:{}/capacity:{}",
            follow_up.supervisor.map_or_else(|| "none".to_owned(), |s| s.to_string()),
            follow_up.capacity
        );
        tx.commit("participant.follow_up", &format!("participant:{participant_id}"), &detail).await?;
        Ok(true)
    }

    /// The staff of an organisation who may supervise its buddies (its
    /// supervisors and coordinators, active), by name: the choices of
    /// [`Store::set_follow_up`].
    pub async fn supervising_staff(&self, organisation_id: i64) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT DISTINCT u.id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.organisation_id = $1 AND m.role IN ({SUPERVISING}) AND u.active = 1 AND u.erased_at IS NULL \
             ORDER BY u.display_name, u.id"
        ))
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("display_name")?))).collect()
    }

    /// Gives (again) or withdraws one purpose of a person's consent, at
    /// once. Giving adds a consent line (the history keeps every one);
    /// withdrawing stamps every line of that purpose still in force.
    /// Participation is not changed here: leaving the programme is a move
    /// of status. `false` when nothing changed (already so).
    pub async fn set_consent(
        &self,
        actor: i64,
        participant_id: i64,
        purpose: Purpose,
        give: bool,
        language: &str,
    ) -> Result<bool, StoreError> {
        if purpose == Purpose::Participation {
            return Err(StoreError::Conflict);
        }
        let mut tx = self.audited(actor).await?;
        let active: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM consents WHERE participant_id = $1 AND purpose = $2 AND withdrawn_at IS NULL",
        )
        .bind(participant_id)
        .bind(purpose.as_str())
        .fetch_one(&mut *tx)
        .await?;
        let changed = match (give, active > 0) {
            (true, false) => {
                sqlx::query(
                    "INSERT INTO consents (participant_id, purpose, notice_version, language, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(participant_id)
                .bind(purpose.as_str())
                .bind(m4m_domain::participant::CONSENT_NOTICE_VERSION)
                .bind(language)
                .bind(actor)
                .bind(now())
                .execute(&mut *tx)
                .await?;
                true
            }
            (false, true) => {
                sqlx::query(
                    "UPDATE consents SET withdrawn_at = $1 WHERE participant_id = $2 AND purpose = $3 \
                     AND withdrawn_at IS NULL",
                )
                .bind(now())
                .bind(participant_id)
                .bind(purpose.as_str())
                .execute(&mut *tx)
                .await?;
                true
            }
            _ => false,
        };
        if !changed {
            return Ok(false);
        }
        let action = if give { "consent.give" } else { "consent.withdraw" };
        tx.commit(action, &format!("participant:{participant_id}"), purpose.as_str()).await?;
        Ok(true)
    }

    /// Whether the programme may write to this person by e-mail: not when
    /// they withdrew that consent and have not given it again. (Someone
    /// who never answered keeps getting the mail of their own account and
    /// pairs, as when they accepted an invitation by e-mail.)
    pub async fn may_email(&self, participant_id: i64) -> Result<bool, StoreError> {
        let sql = format!("SELECT COUNT(*) FROM participants p WHERE p.id = $1 AND {}", email_withdrawn("p"));
        let n: i64 = sqlx::query_scalar(&sql).bind(participant_id).fetch_one(self.pool()).await?;
        Ok(n == 0)
    }

    /// The consents of a participant, with who recorded them.
    pub async fn consents(&self, participant_id: i64) -> Result<Vec<Consent>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.purpose, c.notice_version, c.language, u.display_name AS recorded_by, c.recorded_at, c.withdrawn_at \
             FROM consents c LEFT JOIN users u ON u.id = c.recorded_by WHERE c.participant_id = $1 ORDER BY c.id",
        )
        .bind(participant_id)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let Some(purpose) = Purpose::parse(&r.try_get::<String, _>("purpose")?) else { continue };
            out.push(Consent {
                purpose,
                notice_version: r.try_get("notice_version")?,
                language: r.try_get("language")?,
                recorded_by: r.try_get("recorded_by")?,
                recorded_at: r.try_get("recorded_at")?,
                withdrawn_at: r.try_get("withdrawn_at")?,
            });
        }
        Ok(out)
    }

    /// The screening history of a participant, oldest first.
    pub async fn status_history(&self, participant_id: i64) -> Result<Vec<StatusChange>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.from_status, s.to_status, s.reason, u.display_name AS changed_by, s.changed_at FROM status_changes s \
             LEFT JOIN users u ON u.id = s.changed_by WHERE s.participant_id = $1 ORDER BY s.id",
        )
        .bind(participant_id)
        .fetch_all(self.pool())
        .await?;
        let status = |column: &str, value: &str| {
            Status::parse(value).ok_or_else(|| StoreError::corrupt(&format!("status_changes.{column}"), value))
        };
        rows.iter()
            .map(|r| {
                let (from, to): (String, String) = (r.try_get("from_status")?, r.try_get("to_status")?);
                Ok(StatusChange {
                    from: if from.is_empty() { None } else { Some(status("from_status", &from)?) },
                    to: status("to_status", &to)?,
                    reason: r.try_get("reason")?,
                    by: r.try_get("changed_by")?,
                    at: r.try_get("changed_at")?,
                })
            })
            .collect()
    }

    /// Pairs of records of one organisation that may be the same person
    /// ([`participant::possible_duplicates`]: same e-mail, same phone, or
    /// same name and birth year); pairs a coordinator kept apart are left
    /// out. One read of the organisation's keys, grouped in memory: linear
    /// in the records, where a join of the table with itself was not.
    pub async fn possible_duplicates(&self, organisation_id: i64) -> Result<Vec<PossibleDuplicate>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, p.email, p.phone_key, p.name_key, p.birth_year FROM participants p \
             JOIN programmes g ON g.id = p.programme_id WHERE g.organisation_id = $1",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        let keys = rows
            .iter()
            .map(|r| {
                Ok(participant::DuplicateKeys {
                    id: r.try_get("id")?,
                    email: r.try_get("email")?,
                    phone_key: r.try_get("phone_key")?,
                    name_key: r.try_get("name_key")?,
                    birth_year: r.try_get("birth_year")?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let found = participant::possible_duplicates(&keys);
        if found.is_empty() {
            return Ok(Vec::new());
        }
        let dismissed = sqlx::query(
            "SELECT d.low_id, d.high_id FROM duplicate_dismissals d JOIN participants p ON p.id = d.low_id \
             JOIN programmes g ON g.id = p.programme_id WHERE g.organisation_id = $1",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        let dismissed = dismissed
            .iter()
            .map(|r| Ok((r.try_get("low_id")?, r.try_get("high_id")?)))
            .collect::<Result<std::collections::HashSet<(i64, i64)>, sqlx::Error>>()?;
        Ok(found
            .into_iter()
            .filter(|(a, b, _)| !dismissed.contains(&(*a, *b)))
            .map(|(a, b, reasons)| PossibleDuplicate { a, b, reasons })
            .collect())
    }

    /// Records that two records are different people.
    pub async fn keep_apart(&self, actor: i64, a: i64, b: i64) -> Result<(), StoreError> {
        let (low, high) = (a.min(b), a.max(b));
        let mut tx = self.audited(actor).await?;
        sqlx::query("DELETE FROM duplicate_dismissals WHERE low_id = $1 AND high_id = $2")
            .bind(low)
            .bind(high)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO duplicate_dismissals (low_id, high_id, dismissed_by, dismissed_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(low)
        .bind(high)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit("participant.keep_apart", &format!("participant:{low}"), &high.to_string()).await?;
        Ok(())
    }

    /// Merges `drop` into `keep`: what `keep` lacks is taken from `drop`;
    /// consents, history, goals and pairs move over; `drop` is deleted.
    pub async fn merge(&self, actor: i64, keep: i64, drop: i64) -> Result<(), StoreError> {
        if keep == drop {
            return Err(StoreError::Conflict);
        }
        let mut tx = self.audited(actor).await?;
        for column in [
            "email",
            "phone",
            "last_name",
            "country_of_origin",
            "arrival_date",
            "area",
            "interests",
            "areas",
            "experience",
            "motivation",
            "heard_from",
            "host_language_level",
            "phone_key",
        ] {
            sqlx::query(&format!(
                "UPDATE participants SET {column} = (SELECT d.{column} FROM participants d WHERE d.id = $1) \
                 WHERE id = $2 AND {column} = ''"
            ))
            .bind(drop)
            .bind(keep)
            .execute(&mut *tx)
            .await?;
        }
        for column in ["birth_year", "referred_by", "user_id"] {
            sqlx::query(&format!(
                "UPDATE participants SET {column} = (SELECT d.{column} FROM participants d WHERE d.id = $1) \
                 WHERE id = $2 AND {column} IS NULL"
            ))
            .bind(drop)
            .bind(keep)
            .execute(&mut *tx)
            .await?;
        }
        for (table, column) in [
            ("consents", "participant_id"),
            ("status_changes", "participant_id"),
            ("goals", "participant_id"),
            ("pairs", "mentor_id"),
            ("pairs", "mentee_id"),
        ] {
            sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2"))
                .bind(keep)
                .bind(drop)
                .execute(&mut *tx)
                .await?;
        }
        let n =
            sqlx::query("DELETE FROM participants WHERE id = $1").bind(drop).execute(&mut *tx).await?.rows_affected();
        if n != 1 {
            return Err(StoreError::NotFound);
        }
        tx.commit("participant.merge", &format!("participant:{keep}"), &drop.to_string()).await?;
        Ok(())
    }

    /// What tells people apart in a programme (the same e-mail, phone, or
    /// name and year of birth), for checking a whole file at once: the
    /// keys of every participant, in one query.
    pub async fn person_keys(&self, programme_id: i64) -> Result<PersonKeys, StoreError> {
        let rows =
            sqlx::query("SELECT email, phone_key, name_key, birth_year FROM participants WHERE programme_id = $1")
                .bind(programme_id)
                .fetch_all(self.pool())
                .await?;
        let mut keys = PersonKeys::default();
        for r in &rows {
            let (email, phone): (String, String) = (r.try_get("email")?, r.try_get("phone_key")?);
            if !email.is_empty() {
                keys.emails.insert(email);
            }
            if !phone.is_empty() {
                keys.phones.insert(phone);
            }
            keys.names.insert((r.try_get("name_key")?, r.try_get("birth_year")?));
        }
        Ok(keys)
    }

    /// Counts a submission of a public form by a client, and says how many
    /// it made in the last `window_secs` (this one included).
    pub async fn count_submission(&self, kind: &str, client: &str, window_secs: i64) -> Result<i64, StoreError> {
        let now = now();
        sqlx::query("DELETE FROM rate_events WHERE at < $1").bind(now - 86_400).execute(self.pool()).await?;
        sqlx::query("INSERT INTO rate_events (kind, client, at) VALUES ($1, $2, $3)")
            .bind(kind)
            .bind(client)
            .bind(now)
            .execute(self.pool())
            .await?;
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rate_events WHERE kind = $1 AND client = $2 AND at > $3")
            .bind(kind)
            .bind(client)
            .bind(now - window_secs)
            .fetch_one(self.pool())
            .await?;
        Ok(n)
    }

    /// Short records by id (for lists of duplicates).
    pub async fn participants_by_id(&self, ids: &[i64]) -> Result<Vec<Participant>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {COLUMNS} FROM participants p JOIN programmes g ON g.id = p.programme_id WHERE p.id IN ({}) ORDER BY p.id",
            placeholders(1, ids.len())
        );
        let mut q = sqlx::query(&sql);
        for id in ids {
            q = q.bind(*id);
        }
        q.fetch_all(self.pool()).await?.iter().map(participant).collect()
    }
}
