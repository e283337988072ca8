//! The audit trail: who did what to which record, and when. Written in the
//! same transaction as the change it describes, so that neither exists
//! without the other.
//!
//! The trail is append-only and hash-chained. Every line has its place in
//! the chain (`seq`, from 1), the hash of the line before it (`prev_hash`;
//! [`GENESIS`] for the first) and its own `hash`, SHA-256 over the previous
//! hash and a canonical encoding of its fields ([`line_hash`]). The one row
//! of `audit_head` holds the last place and hash.
//!
//! A write appends its line *unsealed* (no place, no hash): it touches no
//! row that another write needs, so writes of the whole installation do
//! not queue behind one row. [`Store::seal_audit`] — run by every server
//! each second, by `m4m audit verify` and at start-up — locks the head,
//! then gives the unsealed lines their places and hashes in the order of
//! their ids; two sealers (two servers on one database) take turns on the
//! head's lock, and the second finds nothing left to seal. Triggers refuse
//! UPDATE and DELETE of lines on both backends, except the one sealing
//! update of an unsealed line (place and hashes only); [`Store::verify_audit`]
//! seals, walks the chain and names the first line that does not hold.
//! Until it is sealed (about a second), a line is protected by the
//! triggers but not yet by the chain.
//!
//! Lines hold ids and codes, never names or what people typed: erasing a
//! person must not mean rewriting the chain.
//!
//! A line's `at` is the real time of the write ([`real_now`]), even when
//! the store's clock is set to a moment in the past (`as_of`: the
//! demo replaying what its people did months ago). The record keeps its
//! own dates; the trail says when the write was made, so that the lines'
//! times follow their order, as they do for every write of the app.

use std::ops::{Deref, DerefMut};

use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Connection, Row};

use crate::{Store, StoreError, real_now};

/// The `prev_hash` of the first line.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of a line that its hash covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'a> {
    pub seq: i64,
    pub at: i64,
    pub actor_user_id: Option<i64>,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
}

/// The hash of a line: SHA-256, in lower-case hex, over the previous hash
/// and each field as its length (8 bytes, big-endian) and its UTF-8 bytes,
/// in the order seq, at, actor (empty when none), action, subject, detail.
/// Lengths make the encoding unambiguous: no two lines encode alike.
pub fn line_hash(prev_hash: &str, line: &Line<'_>) -> String {
    let mut h = Sha256::new();
    let seq = line.seq.to_string();
    let at = line.at.to_string();
    let actor = line.actor_user_id.map(|a| a.to_string()).unwrap_or_default();
    for part in [prev_hash, &seq, &at, &actor, line.action, line.subject, line.detail] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Appends one line to the audit trail, unsealed, on the caller's
/// connection (in its transaction, if it has one). `subject` and `detail`
/// hold ids and codes only.
pub async fn record(
    conn: &mut AnyConnection,
    actor: Option<i64>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(real_now())
        .bind(actor)
        .bind(action)
        .bind(subject)
        .bind(detail)
        .execute(conn)
        .await?;
    Ok(())
}

/// Lines of [`Store::audit`] waiting for their turn to be written
/// together.
#[derive(Default)]
pub(crate) struct AuditQueue {
    waiting: std::sync::Mutex<Vec<Queued>>,
    /// Held by the caller writing a batch.
    writer: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for AuditQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditQueue").finish_non_exhaustive()
    }
}

/// A queued line and where to say whether it was written.
struct Queued {
    line: NewLine,
    done: tokio::sync::oneshot::Sender<bool>,
}

/// The parameters of one multi-row insert of a batch: 200 lines.
const BATCH_BUDGET: usize = 1000;

/// A line to append with [`record_many`].
pub(crate) struct NewLine {
    pub actor: Option<i64>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// Appends many lines in the caller's transaction, in their order, by
/// multi-row inserts, unsealed like [`record`]'s.
pub(crate) async fn record_many(conn: &mut AnyConnection, lines: &[NewLine], budget: usize) -> Result<(), StoreError> {
    let at = real_now();
    let per_insert = crate::registration::rows_per_insert(budget, 5);
    for part in lines.chunks(per_insert) {
        let sql = format!(
            "INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES {}",
            crate::registration::value_rows(part.len(), 5)
        );
        // A full part or a lone line is a statement met again; any other
        // size is not kept in the connection's cache, which would soon
        // hold one per size.
        let mut q = sqlx::query(&sql).persistent(part.len() == 1 || part.len() == per_insert);
        for l in part {
            q = q.bind(at).bind(l.actor).bind(&l.action).bind(&l.subject).bind(&l.detail);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// A write in progress and the audit line that ends it, in one
/// transaction: [`Store::audited`] opens it, the write's queries run on it
/// (it derefs to the connection), and [`Audited::commit`] appends the line
/// and commits both. Dropped without a commit, it rolls the write back, so
/// a write cannot land without its line.
pub(crate) struct Audited {
    tx: crate::WriteTx,
    actor: Option<i64>,
}

impl Audited {
    /// Appends a line and keeps the transaction open, for a write that
    /// records more than one.
    pub(crate) async fn record(&mut self, action: &str, subject: &str, detail: &str) -> Result<(), StoreError> {
        record(&mut self.tx, self.actor, action, subject, detail).await
    }

    /// Names the actor once the write has made it (the account an accepted
    /// invitation creates), for the lines appended from here on.
    pub(crate) fn act_as(&mut self, actor: i64) {
        self.actor = Some(actor);
    }

    /// Appends the audit line and commits the write with it.
    pub(crate) async fn commit(mut self, action: &str, subject: &str, detail: &str) -> Result<(), StoreError> {
        self.record(action, subject, detail).await?;
        self.tx.commit().await?;
        Ok(())
    }

    /// Commits a write whose lines were all appended with
    /// [`Audited::record`] (when the last of them is not always written),
    /// or by a helper that writes its own inside the caller's transaction
    /// (a registration, a move of status).
    pub(crate) async fn commit_recorded(self) -> Result<(), StoreError> {
        self.tx.commit().await?;
        Ok(())
    }
}

impl Deref for Audited {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl DerefMut for Audited {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}

/// Lines sealed by one transaction at most: a sealer never holds the
/// head for long, and comes back for the rest.
const SEAL_BATCH: i64 = 5000;

/// Lines sealed by one statement: 800 parameters.
const SEALS_PER_UPDATE: usize = 200;

impl Store {
    /// Seals the unsealed lines of the audit trail (see the module), in
    /// the order of their ids, and says how many. Lines written before the
    /// chain existed are sealed the same way.
    pub async fn seal_audit(&self) -> Result<u64, StoreError> {
        // Nothing to seal (most ticks of an idle server): no turn taken, no
        // write; the partial index of unsealed lines answers at once.
        let unsealed = sqlx::query("SELECT id FROM audit_log WHERE hash IS NULL AND seq IS NULL LIMIT 1")
            .fetch_optional(self.pool())
            .await?;
        if unsealed.is_none() {
            return Ok(0);
        }
        let _turn = self.writer_turn().await?;
        let mut conn = self.pool().acquire().await?;
        seal(&mut conn).await
    }
}

/// [`Store::seal_audit`] on one connection (a backup's copy has no store).
pub(crate) async fn seal(conn: &mut AnyConnection) -> Result<u64, StoreError> {
    let mut sealed = 0;
    loop {
        let mut tx = conn.begin().await?;
        // The head's lock first: a line another sealer sealed while we
        // waited is then seen sealed by the query below. A line with a
        // place but no hash was not left so by a sealer: it stays as it is,
        // for `verify` to name.
        // (A plain UPDATE, then a read run to its end: a statement left
        // unfinished on SQLite can keep its transaction, and the lock.)
        sqlx::query("UPDATE audit_head SET seq = seq WHERE id = 1").execute(&mut *tx).await?;
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_all(&mut *tx).await?;
        let head = head.first().ok_or(StoreError::NotFound)?;
        let (mut seq, mut prev): (i64, String) = (head.try_get("seq")?, head.try_get("hash")?);
        let rows = sqlx::query(
            "SELECT id, at, actor_user_id, action, subject, detail FROM audit_log \
             WHERE hash IS NULL AND seq IS NULL ORDER BY id LIMIT $1",
        )
        .bind(SEAL_BATCH)
        .fetch_all(&mut *tx)
        .await?;
        // Each line's place and hashes: (id, seq, prev_hash, hash).
        let mut sealed_lines: Vec<(i64, i64, String, String)> = Vec::with_capacity(rows.len());
        for r in &rows {
            let (action, subject, detail): (String, String, String) =
                (r.try_get("action")?, r.try_get("subject")?, r.try_get("detail")?);
            seq += 1;
            let line = Line {
                seq,
                at: r.try_get("at")?,
                actor_user_id: r.try_get("actor_user_id")?,
                action: &action,
                subject: &subject,
                detail: &detail,
            };
            let hash = line_hash(&prev, &line);
            sealed_lines.push((r.try_get("id")?, seq, std::mem::replace(&mut prev, hash.clone()), hash));
        }
        // Many lines a statement (each still checked by the trigger): the
        // head's lock, which every writer waits for, is held for a few
        // statements rather than one per line.
        for part in sealed_lines.chunks(SEALS_PER_UPDATE) {
            let sql = format!(
                "WITH v (id, seq, prev_hash, hash) AS (VALUES {}) \
                 UPDATE audit_log SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash \
                 FROM v WHERE audit_log.id = v.id AND audit_log.hash IS NULL",
                crate::registration::value_rows(part.len(), 4)
            );
            let mut q = sqlx::query(&sql).persistent(part.len() == SEALS_PER_UPDATE);
            for (id, seq, prev_hash, hash) in part {
                q = q.bind(*id).bind(*seq).bind(prev_hash).bind(hash);
            }
            q.execute(&mut *tx).await?;
        }
        if !rows.is_empty() {
            sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
                .bind(seq)
                .bind(&prev)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        sealed += rows.len() as u64;
        if (rows.len() as i64) < SEAL_BATCH {
            return Ok(sealed);
        }
    }
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: i64,
    pub actor_user_id: Option<i64>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

/// A line about a person as their access log shows it: who (the staff
/// account's name, a member's first name), when, what. Someone who was refused access stays
/// nameless here ([`REFUSED_ACTOR`]): a person's access log and export
/// say what concerns them, not who else tried and failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessLine {
    pub at: i64,
    pub actor_user_id: Option<i64>,
    /// The account's display name; `None` for the system or an erased
    /// account.
    pub actor_name: Option<String>,
    pub action: String,
    pub subject: String,
}

/// What walking the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every line holds: how many, and the hash of the last (worth writing
    /// down elsewhere: a later verification must end on it or after it).
    Intact { lines: i64, head: String },
    /// The first line that does not hold: its place in the chain (or the
    /// place where a line is missing) and why.
    Broken { seq: i64, reason: String },
}

/// The actor columns of an audit line as a person's access log shows them:
/// none for a refusal (`access.denied`); a staff account by its name; a
/// buddy or a newcomer — the other member of a pair answering, signing,
/// logging or confirming a session — by their first name alone, as every
/// page shows the other member, never by the account's full name.
pub(crate) const REFUSED_ACTOR: &str = "CASE WHEN a.action = 'access.denied' THEN NULL ELSE a.actor_user_id END \
    AS actor_user_id, CASE WHEN a.action = 'access.denied' THEN NULL \
    WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = a.actor_user_id \
      AND m.role NOT IN ('mentor', 'mentee')) THEN u.display_name \
    ELSE COALESCE((SELECT MIN(p.first_name) FROM participants p WHERE p.user_id = a.actor_user_id), u.display_name) \
    END AS actor_name";

impl Store {
    /// Opens a write by `actor` (`None` for the system) that commits with
    /// its audit line: see [`Audited`].
    pub(crate) async fn audited(&self, actor: impl Into<Option<i64>>) -> Result<Audited, StoreError> {
        Ok(Audited { tx: self.begin_write().await?, actor: actor.into() })
    }

    /// Records an event that changes nothing else (a log-in, a refusal, a
    /// record read by staff), and returns once the line is committed.
    ///
    /// Lines asked for together are committed together (a group commit):
    /// the first caller writes its line; those who come while it writes
    /// queue theirs, and the next of them writes the whole queue in one
    /// transaction. Under load, many reads of people and pairs then cost
    /// one write turn, not one each; every caller still waits for its own
    /// line to be on disk, so no page is shown unrecorded.
    pub async fn audit(&self, actor: Option<i64>, action: &str, subject: &str, detail: &str) -> Result<(), StoreError> {
        let (done, mut written) = tokio::sync::oneshot::channel();
        let line = Queued {
            line: NewLine { actor, action: action.to_owned(), subject: subject.to_owned(), detail: detail.to_owned() },
            done,
        };
        self.audit_queue.waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(line);
        let _writer = tokio::select! {
            biased;
            r = &mut written => return self.after_batch(r.ok(), actor, action, subject, detail).await,
            w = self.audit_queue.writer.lock() => w,
        };
        // The writer before us has finished: our line was in its batch (and
        // its outcome sent), or it is still waiting, for us to write.
        match written.try_recv() {
            Ok(ok) => return self.after_batch(Some(ok), actor, action, subject, detail).await,
            Err(tokio::sync::oneshot::error::TryRecvError::Closed) => {
                return self.after_batch(None, actor, action, subject, detail).await;
            }
            Err(tokio::sync::oneshot::error::TryRecvError::Empty) => {}
        }
        let batch =
            std::mem::take(&mut *self.audit_queue.waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        let (lines, waiting): (Vec<NewLine>, Vec<_>) = batch.into_iter().map(|q| (q.line, q.done)).unzip();
        // A write like any other: in its turn (see `Store::begin_write`).
        let result = async {
            let mut tx = self.begin_write().await?;
            record_many(&mut tx, &lines, BATCH_BUDGET).await?;
            tx.commit_unseen().await
        }
        .await;
        for done in waiting {
            // Ours among them; a caller gone meanwhile needs no answer.
            let _ = done.send(result.is_ok());
        }
        result
    }

    /// A queued line's end: written by another caller's batch, or, when
    /// that batch failed (or its writer was dropped), written alone, so
    /// that the caller gets its own answer.
    async fn after_batch(
        &self,
        written: Option<bool>,
        actor: Option<i64>,
        action: &str,
        subject: &str,
        detail: &str,
    ) -> Result<(), StoreError> {
        if written == Some(true) {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        record(&mut tx, actor, action, subject, detail).await?;
        tx.commit_unseen().await
    }

    /// The latest audit lines about `subject` (newest first).
    pub async fn audit_for(&self, subject: &str, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor_user_id, action, subject, detail FROM audit_log \
             WHERE subject = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(subject)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.try_get("at")?,
                    actor_user_id: r.try_get("actor_user_id")?,
                    action: r.try_get("action")?,
                    subject: r.try_get("subject")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Every audit line about a person: their record, their account, their
    /// pairs and the sessions of their pairs, and the exports of their
    /// programme's list made since they joined it (newest first). The
    /// subjects are gathered first, so that the trail is searched by its
    /// subject index, not scanned.
    pub async fn access_log(&self, participant: i64, limit: i64) -> Result<Vec<AccessLine>, StoreError> {
        let Some(person) = sqlx::query("SELECT user_id, programme_id, created_at FROM participants WHERE id = $1")
            .bind(participant)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(Vec::new());
        };
        let user: Option<i64> = person.try_get("user_id")?;
        let programme = format!("programme:{}", person.try_get::<i64, _>("programme_id")?);
        let joined: i64 = person.try_get("created_at")?;
        let mut subjects = vec![format!("participant:{participant}")];
        subjects.extend(user.map(|u| format!("user:{u}")));
        let pairs = sqlx::query(
            "SELECT 'pair:' || CAST(x.id AS TEXT) AS subject FROM pairs x WHERE x.mentor_id = $1 OR x.mentee_id = $1 \
             UNION ALL SELECT 'peer_session:' || CAST(s.id AS TEXT) FROM peer_sessions s \
             JOIN pairs x ON x.id = s.pair_id WHERE x.mentor_id = $1 OR x.mentee_id = $1",
        )
        .bind(participant)
        .fetch_all(self.pool())
        .await?;
        for r in &pairs {
            subjects.push(r.try_get("subject")?);
        }
        subjects.push(programme.clone());
        let list = (0..subjects.len()).map(|i| format!("${}", i + 4)).collect::<Vec<_>>().join(", ");
        let sql = format!(
            "SELECT a.at, {REFUSED_ACTOR}, a.action, a.subject FROM audit_log a \
             LEFT JOIN users u ON u.id = a.actor_user_id \
             WHERE a.subject IN ({list}) \
               AND (a.subject <> $1 OR (a.action IN ('programme.export', 'programme.export_xlsx') AND a.at >= $2)) \
             ORDER BY a.id DESC LIMIT $3"
        );
        let mut query = sqlx::query(&sql).bind(programme).bind(joined).bind(limit);
        for s in &subjects {
            query = query.bind(s);
        }
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| {
                Ok(AccessLine {
                    at: r.try_get("at")?,
                    actor_user_id: r.try_get("actor_user_id")?,
                    actor_name: r.try_get("actor_name")?,
                    action: r.try_get("action")?,
                    subject: r.try_get("subject")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Walks the whole chain in order and checks every line: its place, the
    /// hash it chains from, its own hash, and that the head ends on it.
    pub async fn verify_audit(&self) -> Result<Verdict, StoreError> {
        self.seal_audit().await?;
        // A line with a place but no hash (or the reverse) was not left so
        // by a sealer; one with neither was written after the sealing above.
        let unchained =
            sqlx::query("SELECT id FROM audit_log WHERE (hash IS NULL) <> (seq IS NULL) ORDER BY id LIMIT 1")
                .fetch_optional(self.pool())
                .await?;
        if let Some(r) = unchained {
            let id: i64 = r.try_get("id")?;
            return Ok(Verdict::Broken { seq: 0, reason: format!("the line with id {id} is not chained") });
        }
        let mut expected_seq = 1;
        let mut prev = GENESIS.to_owned();
        loop {
            let rows = sqlx::query(
                "SELECT seq, at, actor_user_id, action, subject, detail, prev_hash, hash FROM audit_log \
                 WHERE seq >= $1 ORDER BY seq LIMIT 1000",
            )
            .bind(expected_seq)
            .fetch_all(self.pool())
            .await?;
            if rows.is_empty() {
                break;
            }
            for r in &rows {
                let seq: i64 = r.try_get("seq")?;
                if seq != expected_seq {
                    return Ok(Verdict::Broken {
                        seq: expected_seq,
                        reason: format!("line {expected_seq} is missing (the next is {seq})"),
                    });
                }
                let (action, subject, detail): (String, String, String) =
                    (r.try_get("action")?, r.try_get("subject")?, r.try_get("detail")?);
                let (prev_hash, hash): (String, String) = (r.try_get("prev_hash")?, r.try_get("hash")?);
                if prev_hash != prev {
                    return Ok(Verdict::Broken {
                        seq,
                        reason: format!("line {seq} does not chain from the line before it"),
                    });
                }
                let line = Line {
                    seq,
                    at: r.try_get("at")?,
                    actor_user_id: r.try_get("actor_user_id")?,
                    action: &action,
                    subject: &subject,
                    detail: &detail,
                };
                if line_hash(&prev, &line) != hash {
                    return Ok(Verdict::Broken { seq, reason: format!("line {seq} was altered after it was written") });
                }
                prev = hash;
                expected_seq += 1;
            }
        }
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_optional(self.pool()).await?;
        let Some(head) = head else {
            return Ok(Verdict::Broken { seq: expected_seq, reason: "the head of the chain is missing".into() });
        };
        let (head_seq, head_hash): (i64, String) = (head.try_get("seq")?, head.try_get("hash")?);
        let lines = expected_seq - 1;
        if head_seq != lines || head_hash != prev {
            return Ok(Verdict::Broken {
                seq: lines + 1,
                reason: format!("the chain ends at line {lines} but its head names line {head_seq}: lines are missing"),
            });
        }
        Ok(Verdict::Intact { lines, head: prev })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_covers_every_field_and_the_previous_hash() {
        let line = Line { seq: 1, at: 100, actor_user_id: Some(7), action: "a", subject: "s", detail: "" };
        let base = line_hash(GENESIS, &line);
        assert_eq!(base.len(), 64);
        assert_eq!(base, line_hash(GENESIS, &line.clone()));
        let changed = [
            Line { seq: 2, ..line.clone() },
            Line { at: 101, ..line.clone() },
            Line { actor_user_id: None, ..line.clone() },
            Line { actor_user_id: Some(8), ..line.clone() },
            Line { action: "b", ..line.clone() },
            Line { subject: "t", ..line.clone() },
            Line { detail: "x", ..line.clone() },
            // Moving a character from one field to the next changes it too.
            Line { action: "as", subject: "", ..line.clone() },
        ];
        for c in &changed {
            assert_ne!(line_hash(GENESIS, c), base, "{c:?}");
        }
        assert_ne!(line_hash(&base, &line), base);
    }
}
