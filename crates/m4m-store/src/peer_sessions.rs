//! Step 7: the peer sessions of a pair (planned and held, who logged
//! them, the other side's confirmation), the private calendar feeds, and
//! the reminders sent to pairs that have logged nothing for a while.

use m4m_domain::peer_session::{NewPeerSession, SessionStatus, Weekly};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::accounts::{new_token, token_hash};
use crate::filter::{Filter, Value};
use crate::pairing::PAIRS_OF_USER;
use crate::{Store, StoreError, join_list, now, outbox, split_list};

/// A peer session as its pair and their coordinators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerSession {
    pub id: i64,
    pub pair_id: i64,
    pub status: SessionStatus,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub mode: String,
    pub place: String,
    pub topics: Vec<String>,
    pub summary: String,
    pub rating: Option<i64>,
    pub logged_by: Option<i64>,
    pub confirmed_by: Option<i64>,
    pub confirmed_at: Option<i64>,
    pub created_at: i64,
}

const SESSION_COLUMNS: &str = "s.id, s.pair_id, s.status, s.starts_at, s.duration_minutes, s.mode, s.place, \
    s.topics, s.summary, s.rating, s.logged_by, s.confirmed_by, s.confirmed_at, s.created_at";

fn peer_session(r: &AnyRow) -> Result<PeerSession, StoreError> {
    let status: String = r.try_get("status")?;
    Ok(PeerSession {
        id: r.try_get("id")?,
        pair_id: r.try_get("pair_id")?,
        status: SessionStatus::parse(&status).ok_or_else(|| StoreError::corrupt("peer_sessions.status", &status))?,
        starts_at: r.try_get("starts_at")?,
        duration_minutes: r.try_get("duration_minutes")?,
        mode: r.try_get("mode")?,
        place: r.try_get("place")?,
        topics: split_list(&r.try_get::<String, _>("topics")?),
        summary: r.try_get("summary")?,
        rating: r.try_get("rating")?,
        logged_by: r.try_get("logged_by")?,
        confirmed_by: r.try_get("confirmed_by")?,
        confirmed_at: r.try_get("confirmed_at")?,
        created_at: r.try_get("created_at")?,
    })
}

/// A planned session for someone's calendar, with the first name of the
/// other member of the pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEntry {
    pub session: PeerSession,
    pub other_first_name: String,
}

/// The state of someone's calendar feed (its token is never stored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarFeed {
    pub created_at: i64,
}

/// A member of an idle pair to remind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderRecipient {
    pub user_id: i64,
    pub email: String,
    pub locale: Option<String>,
    pub first_name: String,
    pub other_first_name: String,
}

/// A pair that has logged nothing for a while, with its members that have
/// an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdlePair {
    pub pair_id: i64,
    pub recipients: Vec<ReminderRecipient>,
}

/// A message to queue: recipient, subject, body.
pub type Mail = (String, String, String);

impl Store {
    /// A page of a programme's peer sessions as its coordinators look for
    /// them: how many match and their minutes in all, and the rows of the
    /// page, the latest first. The period is read from the indexes on the
    /// sessions' programme and start (`peer_sessions_programme`, and
    /// `…_sums` for the count and hours); the members' names only for the
    /// page's rows once they are known.
    pub async fn sessions_page(&self, programme_id: i64, q: &SessionsQuery) -> Result<SessionsPage, StoreError> {
        // A search finds its pairs first (their own keys, read from the
        // programme's index of pairs), then their sessions through the
        // index of a pair's sessions by time: on SQLite, the `+` keeps it
        // from reading every session of the programme through the
        // programme's index instead. PostgreSQL, told so, reads every
        // session of the table (19 ms for `mina` on 20,000 people, 10
        // without it), so it is written there as it is.
        let hinted = !q.terms.is_empty() && self.backend() == crate::Backend::Sqlite;
        let programme = if hinted { "+s.programme_id = ?" } else { "s.programme_id = ?" };
        let mut filter = Filter::default().and_is(programme, Value::Int(programme_id));
        if let Some(from) = q.from {
            filter = filter.and_is("s.starts_at >= ?", Value::Int(from));
        }
        if let Some(to) = q.to {
            filter = filter.and_is("s.starts_at < ?", Value::Int(to));
        }
        if let Some(status) = q.status {
            filter = filter.and_is("s.status = ?", Value::Text(status.as_str().into()));
        }
        if !q.terms.is_empty() {
            let mut pairs = "s.pair_id IN (SELECT id FROM pairs WHERE programme_id = ?".to_owned();
            let mut values = vec![Value::Int(programme_id)];
            for t in &q.terms {
                pairs.push_str(" AND search_key LIKE ?");
                values.push(Value::Text(format!("%{t}%")));
            }
            pairs.push(')');
            filter = filter.and_each(&pairs, values);
        }
        let members = "JOIN participants b ON b.id = pr.mentor_id JOIN participants n ON n.id = pr.mentee_id";
        let sessions = "peer_sessions s JOIN pairs pr ON pr.id = s.pair_id";
        let sums_sql = format!(
            "SELECT COUNT(*) AS n, CAST(COALESCE(SUM(s.duration_minutes), 0) AS BIGINT) AS minutes FROM peer_sessions s WHERE {}",
            filter.sql()
        );
        let sums = filter.bind(&sums_sql).fetch_one(self.pool()).await?;
        let next = filter.next();
        let order = "s.starts_at DESC, s.id DESC";
        let rows_sql = format!(
            "SELECT s.id, s.pair_id, s.status, s.starts_at, s.duration_minutes, s.mode, s.confirmed_at, pr.status AS pair_status, \
             n.first_name AS mentee_first, n.last_name AS mentee_last, b.first_name AS mentor_first, b.last_name AS mentor_last \
             FROM {sessions} {members} WHERE s.id IN \
             (SELECT s.id FROM peer_sessions s WHERE {} ORDER BY {order} LIMIT ${next} OFFSET ${}) ORDER BY {order}",
            filter.sql(),
            next + 1
        );
        let rows = filter.bind(&rows_sql).bind(q.limit).bind(q.offset).fetch_all(self.pool()).await?;
        Ok(SessionsPage {
            total: sums.try_get("n")?,
            minutes: sums.try_get("minutes")?,
            rows: rows.iter().map(session_line).collect::<Result<_, _>>()?,
        })
    }

    /// The held sessions of the organisations' pairs counted into the
    /// weeks of `weekly` (the coordinator's figures): one query over the
    /// weeks' span, bucketed by the domain's calendar weeks. Kept between
    /// visits ([`crate::kept`]).
    pub async fn held_sessions_per_week(&self, organisations: &[i64], weekly: Weekly) -> Result<Weekly, StoreError> {
        let key = (organisations.to_vec(), weekly.bounds().to_vec());
        self.kept_weeks.get(key, self.writes(), self.count_sessions_per_week(organisations, weekly)).await
    }

    async fn count_sessions_per_week(&self, organisations: &[i64], mut weekly: Weekly) -> Result<Weekly, StoreError> {
        if organisations.is_empty() {
            return Ok(weekly);
        }
        let list = organisations.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        // Counted by week in the database (the weeks' bounds as a CASE),
        // from the index of a programme's sessions by time, which holds
        // the status and duration: twelve rows come back, not every
        // session. The status is read in the sums, not in the WHERE, so
        // that SQLite reads that index alone rather than the status index
        // and every session's row (0.2 ms instead of 4 on 20,000 people).
        let bounds = weekly.bounds();
        let (from, until) = weekly.span();
        let week: String = bounds[1..bounds.len() - 1]
            .iter()
            .enumerate()
            .map(|(i, b)| format!("WHEN starts_at < {b} THEN {i} "))
            .collect();
        let last = bounds.len().saturating_sub(2);
        let rows = sqlx::query(&format!(
            "SELECT w, CAST(SUM(CASE WHEN status = 'held' THEN 1 ELSE 0 END) AS BIGINT) AS n, \
             CAST(SUM(CASE WHEN status = 'held' THEN duration_minutes ELSE 0 END) AS BIGINT) AS m \
             FROM (SELECT CAST(CASE {week}ELSE {last} END AS BIGINT) AS w, status, duration_minutes \
             FROM peer_sessions WHERE programme_id IN (SELECT id FROM programmes WHERE organisation_id IN ({list})) \
             AND starts_at >= $1 AND starts_at < $2) s GROUP BY w"
        ))
        .bind(from)
        .bind(until)
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            let index: i64 = r.try_get("w")?;
            weekly.add(index as usize, r.try_get("n")?, r.try_get("m")?);
        }
        Ok(weekly)
    }

    /// The sessions of a pair, the latest first.
    pub async fn peer_sessions(&self, pair_id: i64) -> Result<Vec<PeerSession>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS} FROM peer_sessions s WHERE s.pair_id = $1 ORDER BY s.starts_at DESC, s.id DESC"
        ))
        .bind(pair_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(peer_session).collect()
    }

    /// One session.
    pub async fn peer_session(&self, id: i64) -> Result<Option<PeerSession>, StoreError> {
        let row = sqlx::query(&format!("SELECT {SESSION_COLUMNS} FROM peer_sessions s WHERE s.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(peer_session).transpose()
    }

    /// Logs a held or planned session of a pair for `actor`, with its
    /// audit line; returns its id.
    /// Refused ([`StoreError::Conflict`]) unless the pair has started
    /// ([`PairChange::LogSession`](m4m_domain::pairing::PairChange)).
    pub async fn log_peer_session(&self, actor: i64, pair_id: i64, s: &NewPeerSession) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair =
            crate::pairing::pairs_where(&mut tx, "pr.id = $1", pair_id).await?.pop().ok_or(StoreError::NotFound)?;
        if pair.state().check(m4m_domain::pairing::PairChange::LogSession, now()).is_err() {
            return Err(StoreError::Conflict);
        }
        let row = sqlx::query(
            "INSERT INTO peer_sessions (pair_id, starts_at, duration_minutes, mode, place, status, topics, summary, \
             rating, logged_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(pair_id)
        .bind(s.starts_at)
        .bind(s.duration_minutes)
        .bind(&s.mode)
        .bind(&s.place)
        .bind(s.status.as_str())
        .bind(join_list(&s.topics))
        .bind(&s.summary)
        .bind(s.rating)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        let action = format!("peer_session.{}", s.status.as_str());
        tx.commit(&action, &format!("peer_session:{id}"), &format!("pair:{pair_id}")).await?;
        Ok(id)
    }

    /// Records that a planned session took place, as `s` says (logged by
    /// `actor`); refused ([`StoreError::Conflict`]) when it is not planned
    /// any more.
    pub async fn hold_planned_session(&self, actor: i64, id: i64, s: &NewPeerSession) -> Result<(), StoreError> {
        let action = format!("peer_session.{}", s.status.as_str());
        self.rewrite_session(actor, id, s, SessionStatus::Planned, Some(actor), &action, "was planned").await
    }

    /// Changes a session as `s` says, keeping whether it is planned or
    /// held. A held session that changes loses the other side's
    /// confirmation: they confirm what it says now.
    pub async fn update_peer_session(&self, actor: i64, id: i64, s: &NewPeerSession) -> Result<(), StoreError> {
        self.rewrite_session(actor, id, s, s.status, None, "peer_session.update", "").await
    }

    /// Overwrites a session that is still `from` with `s` (status included),
    /// drops its confirmation, sets who logged it when `logged_by` says,
    /// and writes the audit line, in one transaction; a session no longer
    /// `from` is a [`StoreError::Conflict`].
    #[allow(clippy::too_many_arguments)]
    async fn rewrite_session(
        &self,
        actor: i64,
        id: i64,
        s: &NewPeerSession,
        from: SessionStatus,
        logged_by: Option<i64>,
        action: &str,
        detail: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let done = sqlx::query(
            "UPDATE peer_sessions SET status = $1, starts_at = $2, duration_minutes = $3, mode = $4, place = $5, \
             topics = $6, summary = $7, rating = $8, logged_by = COALESCE($9, logged_by), confirmed_by = NULL, \
             confirmed_at = NULL WHERE id = $10 AND status = $11",
        )
        .bind(s.status.as_str())
        .bind(s.starts_at)
        .bind(s.duration_minutes)
        .bind(&s.mode)
        .bind(&s.place)
        .bind(join_list(&s.topics))
        .bind(&s.summary)
        .bind(s.rating)
        .bind(logged_by)
        .bind(id)
        .bind(from.as_str())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        tx.commit(action, &format!("peer_session:{id}"), detail).await
    }

    /// Removes a session (a plan called off, a session logged by
    /// mistake), with its audit line.
    pub async fn delete_peer_session(&self, actor: i64, id: i64) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query("DELETE FROM peer_sessions WHERE id = $1 RETURNING pair_id, status")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::Conflict)?;
        let (pair_id, status): (i64, String) = (row.try_get("pair_id")?, row.try_get("status")?);
        tx.commit("peer_session.delete", &format!("peer_session:{id}"), &format!("pair:{pair_id} {status}")).await
    }

    /// The other side confirms a session: refused ([`StoreError::Conflict`])
    /// when `actor` logged it or it is confirmed already.
    pub async fn confirm_peer_session(&self, actor: i64, id: i64) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let done = sqlx::query(
            "UPDATE peer_sessions SET confirmed_by = $1, confirmed_at = $2 \
             WHERE id = $3 AND confirmed_at IS NULL AND (logged_by IS NULL OR logged_by <> $1)",
        )
        .bind(actor)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        tx.commit("peer_session.confirm", &format!("peer_session:{id}"), "").await
    }

    /// The planned sessions of the pairs of an account, from a week ago
    /// on, for its calendar (the status as an expression, as in
    /// [`Store::upcoming_sessions`]).
    pub async fn calendar_entries(&self, user_id: i64) -> Result<Vec<CalendarEntry>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SESSION_COLUMNS}, b.user_id AS mentor_user_id, b.first_name AS mentor_first_name, \
             n.first_name AS mentee_first_name FROM peer_sessions s \
             JOIN pairs pr ON pr.id = s.pair_id JOIN participants b ON b.id = pr.mentor_id \
             JOIN participants n ON n.id = pr.mentee_id \
             WHERE pr.id IN {PAIRS_OF_USER} AND pr.status = 'active' AND s.status || '' = 'planned' \
             AND s.starts_at >= $2 ORDER BY s.starts_at, s.id LIMIT 500"
        ))
        .bind(user_id)
        .bind(now() - 7 * 86_400)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let mentor_user: Option<i64> = r.try_get("mentor_user_id")?;
                let other = if mentor_user == Some(user_id) { "mentee_first_name" } else { "mentor_first_name" };
                Ok(CalendarEntry { session: peer_session(r)?, other_first_name: r.try_get(other)? })
            })
            .collect()
    }

    /// The account's live calendar feed, if any.
    pub async fn calendar_feed(&self, user_id: i64) -> Result<Option<CalendarFeed>, StoreError> {
        let row = sqlx::query(
            "SELECT created_at FROM calendar_feeds WHERE user_id = $1 AND revoked_at IS NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.try_get("created_at").map(|created_at| CalendarFeed { created_at })).transpose()?)
    }

    /// Opens a new calendar feed for the account, revoking the one it had,
    /// and returns the secret token of its URL (shown once).
    pub async fn open_calendar_feed(&self, user_id: i64) -> Result<String, StoreError> {
        let token = new_token();
        let now = now();
        let mut tx = self.audited(user_id).await?;
        sqlx::query("UPDATE calendar_feeds SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(token_hash(&token))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit("calendar_feed.open", &format!("user:{user_id}"), "").await?;
        Ok(token)
    }

    /// Revokes the account's calendar feed: its URL answers 404 from now on.
    pub async fn revoke_calendar_feed(&self, user_id: i64) -> Result<(), StoreError> {
        let mut tx = self.audited(user_id).await?;
        sqlx::query("UPDATE calendar_feeds SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
            .bind(now())
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit("calendar_feed.revoke", &format!("user:{user_id}"), "").await
    }

    /// The active account whose live feed has this token, with its
    /// language.
    pub async fn calendar_feed_owner(&self, token: &str) -> Result<Option<(i64, Option<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id AS user_id, u.locale FROM calendar_feeds f JOIN users u ON u.id = f.user_id \
             WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND u.active = 1",
        )
        .bind(token_hash(token))
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| Ok::<_, sqlx::Error>((r.try_get("user_id")?, r.try_get("locale")?))).transpose()?)
    }

    /// Active pairs, formed more than `days` days before `at`, that have
    /// logged no session and held none in the last `days` days, and were
    /// not reminded in that time; with their members that have an account.
    pub async fn idle_pairs(&self, days: i64, at: i64) -> Result<Vec<IdlePair>, StoreError> {
        let since = at - days * 86_400;
        // Someone who withdrew their consent to e-mail gets none.
        let sql = format!(
            "SELECT pr.id AS pair_id, u.id AS user_id, u.email, u.locale, me.first_name, \
             other.first_name AS other_first_name \
             FROM pairs pr JOIN participants me ON me.id IN (pr.mentor_id, pr.mentee_id) \
             JOIN participants other ON other.id IN (pr.mentor_id, pr.mentee_id) AND other.id <> me.id \
             JOIN users u ON u.id = me.user_id AND u.active = 1 \
             WHERE pr.status = 'active' AND pr.created_at < $1 AND NOT ({}) \
             AND NOT EXISTS (SELECT 1 FROM peer_sessions s WHERE s.pair_id = pr.id \
                 AND (s.created_at >= $1 OR (s.status = 'held' AND s.starts_at >= $1))) \
             AND NOT EXISTS (SELECT 1 FROM pair_reminders r WHERE r.pair_id = pr.id AND r.sent_at >= $1) \
             ORDER BY pr.id, u.id",
            crate::registration::email_withdrawn("me")
        );
        let rows = sqlx::query(&sql).bind(since).fetch_all(self.pool()).await?;
        let mut pairs: Vec<IdlePair> = Vec::new();
        for r in &rows {
            let pair_id: i64 = r.try_get("pair_id")?;
            let recipient = ReminderRecipient {
                user_id: r.try_get("user_id")?,
                email: r.try_get("email")?,
                locale: r.try_get("locale")?,
                first_name: r.try_get("first_name")?,
                other_first_name: r.try_get("other_first_name")?,
            };
            match pairs.last_mut() {
                Some(p) if p.pair_id == pair_id => p.recipients.push(recipient),
                _ => pairs.push(IdlePair { pair_id, recipients: vec![recipient] }),
            }
        }
        Ok(pairs)
    }

    /// Records that a pair was reminded at `at` and queues the messages,
    /// with the audit line, in one transaction.
    pub async fn record_reminder(&self, pair_id: i64, at: i64, mails: &[Mail]) -> Result<(), StoreError> {
        let mut tx = self.audited(None).await?;
        sqlx::query("INSERT INTO pair_reminders (pair_id, sent_at, recipients) VALUES ($1, $2, $3)")
            .bind(pair_id)
            .bind(at)
            .bind(mails.len() as i64)
            .execute(&mut *tx)
            .await?;
        for (to, subject, body) in mails {
            outbox::queue(&mut tx, to, subject, body).await?;
        }
        tx.commit("pair.reminder", &format!("pair:{pair_id}"), &mails.len().to_string()).await
    }
}

/// Which of a programme's peer sessions to list ([`Store::sessions_page`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionsQuery {
    /// Folded search terms, each found in either member's names, e-mail
    /// or phone.
    pub terms: Vec<String>,
    pub status: Option<SessionStatus>,
    /// The period (Unix seconds, the end excluded); none: unbounded.
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub offset: i64,
    pub limit: i64,
}

/// A page of peer sessions, how many match and their minutes in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionsPage {
    pub total: i64,
    pub minutes: i64,
    pub rows: Vec<SessionLine>,
}

/// A peer session as a line of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionLine {
    pub id: i64,
    pub pair_id: i64,
    pub pair_status: m4m_domain::pairing::PairStatus,
    pub status: SessionStatus,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub mode: String,
    pub confirmed: bool,
    /// The newcomer's and the buddy's names.
    pub mentee: String,
    pub mentor: String,
}

fn session_line(r: &AnyRow) -> Result<SessionLine, StoreError> {
    let name = |first: &str, last: &str| -> Result<String, StoreError> {
        let (f, l): (String, String) = (r.try_get(first)?, r.try_get(last)?);
        Ok(format!("{f} {l}").trim().to_owned())
    };
    let status: String = r.try_get("status")?;
    let pair_status: String = r.try_get("pair_status")?;
    Ok(SessionLine {
        id: r.try_get("id")?,
        pair_id: r.try_get("pair_id")?,
        pair_status: m4m_domain::pairing::PairStatus::parse(&pair_status)
            .ok_or_else(|| StoreError::corrupt("pairs.status", &pair_status))?,
        status: SessionStatus::parse(&status).ok_or_else(|| StoreError::corrupt("peer_sessions.status", &status))?,
        starts_at: r.try_get("starts_at")?,
        duration_minutes: r.try_get("duration_minutes")?,
        mode: r.try_get("mode")?,
        confirmed: r.try_get::<Option<i64>, _>("confirmed_at")?.is_some(),
        mentee: name("mentee_first", "mentee_last")?,
        mentor: name("mentor_first", "mentor_last")?,
    })
}
