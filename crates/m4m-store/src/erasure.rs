//! The right to erasure (GDPR article 17) and retention: what is erased
//! about a person, what is kept, and why. One function erases, whether a
//! coordinator does it on the person's request or `m4m retention run`
//! does it when a closed record is due.
//!
//! **The rule.** A participant record becomes a *tombstone*: the row stays
//! with its id, programme, kind (buddy or newcomer), step, status,
//! capacity, referral source and dates, so that every figure (buddies and
//! newcomers per organisation, people per step, active pairs, referrals
//! per local actor) counts the same before and after; every column that
//! says who the person is or what they or others wrote about them is
//! emptied, and `erased_at` is set. Rows about them that hold nothing but
//! the link (consents, duplicate dismissals, invitations) are deleted;
//! rows that feed figures (pairs, peer sessions, questionnaire scores,
//! goals' progress, courses) keep their numbers and codes and lose their
//! free text. Their account goes too when it is only theirs (no staff
//! role, no other record): it keeps its id, so that the audit trail still
//! reads, and loses its address, name, password, sessions and second
//! factor. Mail addressed to them, and mail that names them, leaves the
//! outbox; failed log-ins under their address are forgotten.
//!
//! The audit trail is not touched: its lines hold ids and codes only.
//!
//! Every table with a foreign key to a participant or an account is listed
//! in [`HANDLED`] with what erasure does to it; a test reads the foreign
//! keys of the live schema and fails on a table that is not listed. Tables
//! that name a person by address rather than by key are in
//! [`BY_ADDRESS`].
//!
//! On SQLite (`secure_delete` is on, so freed space is zeroed) the
//! write-ahead log is checkpointed and truncated after each erasure, so
//! that no copy of the old pages stays in the `-wal` file.

use m4m_domain::participant::Status;
use m4m_domain::retention;
use sqlx::Row;

use crate::{Backend, Store, StoreError, now};

/// Every table that refers to a participant or an account, and what
/// erasure does to its rows about the erased person.
pub const HANDLED: &[(&str, &str)] = &[
    (
        "participants",
        "kept as a tombstone (programme, kind, step, status, capacity, referral, dates); every personal column emptied",
    ),
    (
        "users",
        "an account that is only the person's keeps its id; address, name, password and language emptied, deactivated",
    ),
    ("memberships", "deleted with the account"),
    ("login_sessions", "deleted with the account"),
    ("login_challenges", "deleted with the account"),
    ("outbox", "messages to the account or to the person's addresses, or naming them, deleted"),
    ("password_resets", "deleted with the account"),
    ("two_factor", "deleted with the account"),
    ("recovery_codes", "deleted with the account"),
    ("calendar_feeds", "deleted with the account"),
    ("api_tokens", "deleted with the account (their names may say something about the person)"),
    ("invitations", "deleted (to the record, or to the account's address)"),
    ("consents", "deleted: nothing left to consent about"),
    ("duplicate_dismissals", "deleted"),
    ("status_changes", "kept for the history of counts; reasons emptied"),
    ("responses", "kept with their area scores (figures); answers emptied"),
    ("goals", "kept with area and progress; titles emptied"),
    ("goal_progress", "kept with scores and dates (goal attainment); comments emptied"),
    ("checkin_reminders", "kept: dates only"),
    ("pair_contacts", "kept with kind and date (the staff's cadence); notes emptied"),
    ("checkins", "kept with satisfaction and how often they met (figures); what helped and what is difficult emptied"),
    ("exit_answers", "kept with satisfaction, recommendation and areas (figures); the comment emptied"),
    ("enrolments", "kept (course progress counts); nothing personal in them"),
    ("module_progress", "kept; a staff account appears by id only"),
    (
        "pairs",
        "kept with status, dates and closing reason (the other member's history, the figures); notes, decline reasons, \
         meeting place, agreement and closing note emptied",
    ),
    ("peer_sessions", "kept with dates, duration, topics and rating; summaries and places emptied"),
    ("matching_marks", "kept as lock or exclusion; reasons emptied"),
    (
        "concerns",
        "kept with severity, status and dates (the incident log's counts); summary and description emptied, \
         for concerns about the person, about their pairs, or raised by them",
    ),
    ("concern_moves", "kept with statuses and dates; notes emptied, as for their concern"),
    (
        "supervisions",
        "kept with format, date and topics (figures); notes and free topics emptied for every supervision the buddy attended",
    ),
    ("supervision_buddies", "kept: who attended, by id only"),
    ("supervision_actions", "kept with due dates; texts emptied for the actions the buddy owned"),
    // Tables where an account appears only as the staff member who did
    // something: the id stays, the account row behind it is nameless.
    ("outreach", "staff authorship by id only"),
    ("questionnaire_versions", "staff authorship by id only"),
    ("course_modules", "staff authorship by id only"),
    ("matching_weights", "staff authorship by id only"),
    ("module_files", "staff authorship by id only"),
    ("retention_settings", "staff authorship by id only"),
];

/// Tables that name a person by their address rather than by a key.
pub const BY_ADDRESS: &[(&str, &str)] = &[
    ("login_attempts", "attempts under the person's addresses deleted"),
    ("audit_log", "untouched: ids and codes only, never names or typed text"),
];

/// Why a record is erased (the audit line's detail).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The person asked; a coordinator erased it.
    Request,
    /// Its retention period ran out.
    Retention,
}

impl Reason {
    /// The code in the audit trail.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Request => "request",
            Reason::Retention => "retention",
        }
    }
}

/// What an erasure will remove, for the confirmation page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    pub consents: i64,
    pub status_reasons: i64,
    pub responses: i64,
    pub goals: i64,
    pub pairs: i64,
    pub peer_sessions: i64,
    pub matching_marks: i64,
    pub invitations: i64,
    pub messages: i64,
    /// The account that goes with the record, with its address.
    pub account: Option<(i64, String)>,
    /// An account that stays (it holds a staff role or other records).
    pub account_kept: bool,
}

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erased {
    pub participant_id: i64,
    /// The account erased with the record, if any.
    pub user_id: Option<i64>,
}

/// A closed record and when it falls due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub participant_id: i64,
    pub organisation_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub status: Status,
    pub last_activity: i64,
    pub due_at: i64,
    pub months: i64,
}

/// What a retention run found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetentionRun {
    /// Records that were due.
    pub due: usize,
    /// Records erased (0 on a dry run).
    pub erased: usize,
    /// Accounts erased with them.
    pub accounts: usize,
}

/// Escapes a text for a `LIKE … ESCAPE '\'` pattern.
fn like_pattern(s: &str) -> String {
    let mut out = String::from("%");
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Who the record is, as erasure needs it.
struct Person {
    user_id: Option<i64>,
    email: String,
    full_name: String,
    first_name: String,
    erased: bool,
}

impl Store {
    async fn person(&self, conn: &mut sqlx::AnyConnection, id: i64) -> Result<Option<Person>, StoreError> {
        let row =
            sqlx::query("SELECT user_id, email, first_name, last_name, erased_at FROM participants WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        let Some(r) = row else { return Ok(None) };
        let first: String = r.try_get("first_name")?;
        let last: String = r.try_get("last_name")?;
        Ok(Some(Person {
            user_id: r.try_get("user_id")?,
            email: r.try_get("email")?,
            full_name: format!("{} {}", first.trim(), last.trim()).trim().to_owned(),
            first_name: first.trim().to_owned(),
            erased: r.try_get::<Option<i64>, _>("erased_at")?.is_some(),
        }))
    }

    /// The account linked to record `id` when it is only that person's:
    /// no staff role and no other record that is not erased.
    async fn own_account(
        &self,
        conn: &mut sqlx::AnyConnection,
        id: i64,
        user: i64,
    ) -> Result<Option<(i64, String)>, StoreError> {
        let others: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM participants WHERE user_id = $1 AND id <> $2 AND erased_at IS NULL",
        )
        .bind(user)
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
        let staff: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM memberships WHERE user_id = $1 AND role NOT IN ('mentor', 'mentee')",
        )
        .bind(user)
        .fetch_one(&mut *conn)
        .await?;
        if others > 0 || staff > 0 {
            return Ok(None);
        }
        let email: Option<String> = sqlx::query("SELECT email FROM users WHERE id = $1 AND erased_at IS NULL")
            .bind(user)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.try_get("email"))
            .transpose()?;
        Ok(email.map(|e| (user, e)))
    }

    /// The addresses of the people who shared a pair with record `id`
    /// (their records' and their accounts'): a message to one of them may
    /// name the person by first name only (a check-in reminder to the
    /// buddy names the newcomer).
    async fn partner_addresses(&self, conn: &mut sqlx::AnyConnection, id: i64) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.email AS record_email, COALESCE(u.email, '') AS account_email FROM pairs pr \
             JOIN participants o ON o.id = CASE WHEN pr.mentor_id = $1 THEN pr.mentee_id ELSE pr.mentor_id END \
             LEFT JOIN users u ON u.id = o.user_id WHERE pr.mentor_id = $1 OR pr.mentee_id = $1",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            out.push(r.try_get::<String, _>("record_email")?);
            out.push(r.try_get::<String, _>("account_email")?);
        }
        out.retain(|a| !a.trim().is_empty());
        Ok(out)
    }

    /// The addresses and the name under which outbox messages concern the
    /// person: theirs, their full name anywhere, and their first name in a
    /// message to someone who shared a pair with them.
    fn message_filter(
        addresses: &[String],
        full_name: &str,
        first_name: &str,
        partners: &[String],
    ) -> (String, Vec<String>) {
        let mut clauses = Vec::new();
        let mut binds = Vec::new();
        if !first_name.is_empty() {
            for a in partners {
                binds.push(a.trim().to_lowercase());
                let to = binds.len();
                binds.push(like_pattern(first_name));
                let named = binds.len();
                clauses.push(format!(
                    "(LOWER(recipient) = ${to} AND (body LIKE ${named} ESCAPE '\\' OR subject LIKE ${named} ESCAPE '\\'))"
                ));
            }
        }
        for a in addresses.iter().filter(|a| !a.trim().is_empty()) {
            binds.push(a.trim().to_lowercase());
            clauses.push(format!("LOWER(recipient) = ${}", binds.len()));
            binds.push(like_pattern(a.trim()));
            clauses.push(format!("body LIKE ${} ESCAPE '\\'", binds.len()));
        }
        // A first name alone is too common to match; a full name is not.
        if full_name.contains(' ') {
            binds.push(like_pattern(full_name));
            clauses.push(format!("body LIKE ${} ESCAPE '\\'", binds.len()));
            clauses.push(format!("subject LIKE ${} ESCAPE '\\'", binds.len()));
        }
        if clauses.is_empty() {
            return ("1 = 0".into(), binds);
        }
        (clauses.join(" OR "), binds)
    }

    async fn count(&self, conn: &mut sqlx::AnyConnection, sql: &str, id: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(sql).bind(id).fetch_one(&mut *conn).await?)
    }

    /// What erasing record `id` would remove; `None` when there is no such
    /// record or it is erased already.
    pub async fn erasure_preview(&self, id: i64) -> Result<Option<Preview>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let Some(p) = self.person(&mut conn, id).await? else { return Ok(None) };
        if p.erased {
            return Ok(None);
        }
        let account = match p.user_id {
            Some(u) => self.own_account(&mut conn, id, u).await?,
            None => None,
        };
        let mut addresses = vec![p.email.clone()];
        addresses.extend(account.iter().map(|(_, e)| e.clone()));
        let partners = self.partner_addresses(&mut conn, id).await?;
        let (filter, binds) = Self::message_filter(&addresses, &p.full_name, &p.first_name, &partners);
        // The filter is built from placeholders only.
        let sql = format!("SELECT COUNT(*) FROM outbox WHERE {filter}");
        let mut q = sqlx::query_scalar::<_, i64>(&sql);
        for b in &binds {
            q = q.bind(b.clone());
        }
        let messages = q.fetch_one(&mut *conn).await?;
        let pairs_of = "(SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)";
        Ok(Some(Preview {
            consents: self.count(&mut conn, "SELECT COUNT(*) FROM consents WHERE participant_id = $1", id).await?,
            status_reasons: self
                .count(&mut conn, "SELECT COUNT(*) FROM status_changes WHERE participant_id = $1 AND reason <> ''", id)
                .await?,
            responses: self.count(&mut conn, "SELECT COUNT(*) FROM responses WHERE participant_id = $1", id).await?,
            goals: self.count(&mut conn, "SELECT COUNT(*) FROM goals WHERE participant_id = $1", id).await?,
            pairs: self
                .count(&mut conn, "SELECT COUNT(*) FROM pairs WHERE mentor_id = $1 OR mentee_id = $1", id)
                .await?,
            peer_sessions: self
                .count(&mut conn, &format!("SELECT COUNT(*) FROM peer_sessions WHERE pair_id IN {pairs_of}"), id)
                .await?,
            matching_marks: self
                .count(&mut conn, "SELECT COUNT(*) FROM matching_marks WHERE mentee_id = $1 OR mentor_id = $1", id)
                .await?,
            invitations: self
                .count(&mut conn, "SELECT COUNT(*) FROM invitations WHERE participant_id = $1", id)
                .await?,
            messages,
            account_kept: p.user_id.is_some() && account.is_none(),
            account,
        }))
    }

    /// Erases record `id` (and its account when it is only the person's),
    /// audited by `actor` (`None`: the retention run) in the same
    /// transaction; then, on SQLite, truncates the write-ahead log. `None`
    /// when there is no such record or it is erased already.
    pub async fn erase_participant(
        &self,
        actor: Option<i64>,
        id: i64,
        reason: Reason,
    ) -> Result<Option<Erased>, StoreError> {
        let erased = self.erase_one(actor, id, reason).await?;
        if erased.is_some() {
            self.flush_erased().await?;
        }
        Ok(erased)
    }

    async fn erase_one(&self, actor: Option<i64>, id: i64, reason: Reason) -> Result<Option<Erased>, StoreError> {
        let mut tx = self.audited(actor).await?;
        let Some(p) = self.person(&mut tx, id).await? else { return Ok(None) };
        if p.erased {
            return Ok(None);
        }
        let account = match p.user_id {
            Some(u) => self.own_account(&mut tx, id, u).await?,
            None => None,
        };
        let at = now();
        let mut addresses = vec![p.email.clone()];
        addresses.extend(account.iter().map(|(_, e)| e.clone()));

        // The messages first, while the name and the pairs are still known.
        let partners = self.partner_addresses(&mut tx, id).await?;
        let (filter, binds) = Self::message_filter(&addresses, &p.full_name, &p.first_name, &partners);
        let sql = format!("DELETE FROM outbox WHERE {filter}");
        let mut q = sqlx::query(&sql);
        for b in &binds {
            q = q.bind(b.clone());
        }
        q.execute(&mut *tx).await?;
        if let Some((user, _)) = &account {
            sqlx::query("DELETE FROM outbox WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
        }
        for a in addresses.iter().filter(|a| !a.trim().is_empty()) {
            sqlx::query("DELETE FROM login_attempts WHERE LOWER(email) = $1")
                .bind(a.trim().to_lowercase())
                .execute(&mut *tx)
                .await?;
        }

        let done = sqlx::query(
            "UPDATE participants SET first_name = '', last_name = '', email = '', phone = '', languages = '', \
             native_language = '', host_language_level = '', country_of_origin = '', arrival_date = '', area = '', \
             availability = 0, interests = '', areas = '', experience = '', motivation = '', confidential_notes = '', \
             gender = '', gender_preference = 'none', birth_year = NULL, language = '', name_key = '', phone_key = '', search_key = '', \
             user_id = NULL, supervisor_user_id = NULL, entered_by = NULL, erased_at = $1 \
             WHERE id = $2 AND erased_at IS NULL",
        )
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            // Erased meanwhile by someone else: nothing more to do.
            return Ok(None);
        }
        // Concerns about the person or one of their pairs: their moves'
        // notes first (found through the concern), then the concern.
        let concerns_of = "(SELECT c.id FROM concerns c WHERE c.participant_id = $1 OR c.pair_id IN \
             (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1))";
        for sql in [
            format!("UPDATE concern_moves SET note = '' WHERE concern_id IN {concerns_of}"),
            format!("UPDATE concerns SET summary = '', text = '' WHERE id IN {concerns_of}"),
        ] {
            sqlx::query(&sql).bind(id).execute(&mut *tx).await?;
        }
        for sql in [
            "UPDATE supervisions SET notes = '', topics_text = '' \
             WHERE id IN (SELECT supervision_id FROM supervision_buddies WHERE participant_id = $1)",
            "UPDATE supervision_actions SET text = '' WHERE owner_participant_id = $1",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        let by_participant: [&str; 13] = [
            "DELETE FROM consents WHERE participant_id = $1",
            "DELETE FROM duplicate_dismissals WHERE low_id = $1 OR high_id = $1",
            "DELETE FROM invitations WHERE participant_id = $1",
            "UPDATE status_changes SET reason = '' WHERE participant_id = $1",
            "UPDATE responses SET answers = '{}' WHERE participant_id = $1",
            "UPDATE goals SET title = '' WHERE participant_id = $1",
            "UPDATE checkins SET helped = '', difficult = '' WHERE participant_id = $1",
            "UPDATE exit_answers SET comment = '' WHERE participant_id = $1",
            "UPDATE pair_contacts SET note = '' WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
            "UPDATE goal_progress SET comment = '' WHERE goal_id IN (SELECT id FROM goals WHERE participant_id = $1 \
             OR pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1))",
            "UPDATE peer_sessions SET summary = '', place = '' \
             WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = $1 OR mentee_id = $1)",
            "UPDATE pairs SET decision_note = '', decline_reason = '', first_meeting_place = '', agreement = NULL, \
             close_note = '' WHERE mentor_id = $1 OR mentee_id = $1",
            "UPDATE matching_marks SET reason = '' WHERE mentee_id = $1 OR mentor_id = $1",
        ];
        for sql in by_participant {
            sqlx::query(sql).bind(id).execute(&mut *tx).await?;
        }
        tx.record("participant.erase", &format!("participant:{id}"), reason.as_str()).await?;

        if let Some((user, email)) = &account {
            sqlx::query("DELETE FROM invitations WHERE LOWER(email) = $1")
                .bind(email.to_lowercase())
                .execute(&mut *tx)
                .await?;
            for table in [
                "memberships",
                "login_sessions",
                "login_challenges",
                "password_resets",
                "two_factor",
                "recovery_codes",
                "calendar_feeds",
                "api_tokens",
            ] {
                sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1")).bind(user).execute(&mut *tx).await?;
            }
            // What the person wrote in the concerns they raised, about
            // anyone: a concern names its raiser.
            for sql in [
                "UPDATE concern_moves SET note = '' WHERE concern_id IN (SELECT id FROM concerns WHERE raised_by = $1)",
                "UPDATE concerns SET summary = '', text = '' WHERE raised_by = $1",
            ] {
                sqlx::query(sql).bind(user).execute(&mut *tx).await?;
            }
            sqlx::query(
                "UPDATE users SET email = $1, display_name = '', search_key = '', password_hash = NULL, locale = NULL, active = 0, \
                 erased_at = $2 WHERE id = $3",
            )
            .bind(format!("erased-{user}@erased.invalid"))
            .bind(at)
            .bind(user)
            .execute(&mut *tx)
            .await?;
            tx.record("user.erase", &format!("user:{user}"), reason.as_str()).await?;
        }
        tx.commit_recorded().await?;
        Ok(Some(Erased { participant_id: id, user_id: account.map(|(u, _)| u) }))
    }

    /// On SQLite, writes the write-ahead log back into the database and
    /// truncates it, so that the old pages leave the `-wal` file
    /// (`secure_delete` already zeroed the freed space). A truncating
    /// checkpoint waits for readers through the busy timeout; one still
    /// held back is retried twice, then left to the next.
    async fn flush_erased(&self) -> Result<(), StoreError> {
        if self.backend() != Backend::Sqlite {
            return Ok(());
        }
        for _ in 0..3 {
            let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(self.pool()).await?;
            let busy: i64 = row.try_get("busy")?;
            if busy == 0 {
                return Ok(());
            }
        }
        tracing::warn!("the write-ahead log is busy; it will be truncated at the next checkpoint");
        Ok(())
    }

    /// The retention period of an organisation in months, and whether it is
    /// the default.
    pub async fn retention_months(&self, organisation_id: i64) -> Result<(i64, bool), StoreError> {
        let row = sqlx::query("SELECT months FROM retention_settings WHERE organisation_id = $1")
            .bind(organisation_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(match row {
            Some(r) => (r.try_get("months")?, false),
            None => (retention::DEFAULT_MONTHS, true),
        })
    }

    /// Sets an organisation's retention period, audited.
    pub async fn set_retention(&self, actor: i64, organisation_id: i64, months: i64) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query("DELETE FROM retention_settings WHERE organisation_id = $1")
            .bind(organisation_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO retention_settings (organisation_id, months, updated_by, updated_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(organisation_id)
        .bind(months)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit("retention.set", &format!("organisation:{organisation_id}"), &months.to_string()).await?;
        Ok(())
    }

    /// Closed records of the given organisations (`None`: all) that fall
    /// due by `until`, soonest first.
    pub async fn retention_due(&self, organisations: Option<&[i64]>, until: i64) -> Result<Vec<Due>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, g.organisation_id, p.first_name, p.last_name, p.status, p.created_at, \
             (SELECT MAX(s.changed_at) FROM status_changes s WHERE s.participant_id = p.id) AS last_status_change, \
             (SELECT MAX(x.created_at) FROM pairs x WHERE x.mentor_id = p.id OR x.mentee_id = p.id) AS last_pair, \
             (SELECT MAX(ps.starts_at) FROM peer_sessions ps JOIN pairs x ON x.id = ps.pair_id \
               WHERE x.mentor_id = p.id OR x.mentee_id = p.id) AS last_session, \
             (SELECT MAX(r.updated_at) FROM responses r WHERE r.participant_id = p.id) AS last_response, \
             (SELECT COUNT(*) FROM pairs x WHERE (x.mentor_id = p.id OR x.mentee_id = p.id) \
               AND x.status IN ('proposed', 'accepted', 'active')) AS open_pairs, \
             rs.months \
             FROM participants p JOIN programmes g ON g.id = p.programme_id \
             LEFT JOIN retention_settings rs ON rs.organisation_id = g.organisation_id \
             WHERE p.erased_at IS NULL AND p.status IN ('alumni', 'declined', 'withdrawn')",
        )
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let organisation_id: i64 = r.try_get("organisation_id")?;
            if !organisations.is_none_or(|ids| ids.contains(&organisation_id)) {
                continue;
            }
            let Some(status) = Status::parse(&r.try_get::<String, _>("status")?) else { continue };
            let open: i64 = r.try_get("open_pairs")?;
            if !retention::is_closed(status, open) {
                continue;
            }
            let mut last: i64 = r.try_get("created_at")?;
            for column in ["last_status_change", "last_pair", "last_session", "last_response"] {
                if let Some(t) = r.try_get::<Option<i64>, _>(column)? {
                    last = last.max(t);
                }
            }
            let months = r.try_get::<Option<i64>, _>("months")?.unwrap_or(retention::DEFAULT_MONTHS);
            let due_at = retention::due_at(last, months);
            if due_at <= until {
                out.push(Due {
                    participant_id: r.try_get("id")?,
                    organisation_id,
                    first_name: r.try_get("first_name")?,
                    last_name: r.try_get("last_name")?,
                    status,
                    last_activity: last,
                    due_at,
                    months,
                });
            }
        }
        out.sort_by_key(|d| (d.due_at, d.participant_id));
        Ok(out)
    }

    /// Erases every closed record due at `at` (or only counts them on a dry
    /// run), through the same erasure as a request.
    pub async fn run_retention(&self, at: i64, dry_run: bool) -> Result<RetentionRun, StoreError> {
        let due = self.retention_due(None, at).await?;
        let mut run = RetentionRun { due: due.len(), ..RetentionRun::default() };
        if dry_run {
            return Ok(run);
        }
        for d in &due {
            if let Some(e) = self.erase_one(None, d.participant_id, Reason::Retention).await? {
                run.erased += 1;
                run.accounts += usize::from(e.user_id.is_some());
            }
        }
        if run.erased > 0 {
            self.flush_erased().await?;
        }
        Ok(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_text_literally() {
        assert_eq!(like_pattern("a_b%c\\"), "%a\\_b\\%c\\\\%");
    }

    #[test]
    fn no_table_is_listed_twice() {
        let mut all: Vec<&str> = HANDLED.iter().chain(BY_ADDRESS).map(|(t, _)| *t).collect();
        all.sort_unstable();
        let n = all.len();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
