//! Buddies and newcomers in programmes, their goals and next peer
//! sessions (their pairs: [`crate::pairing`]): what the homes of buddies, newcomers, supervisors and
//! coordinators show. Each read returns only the minimal data of the
//! other side that the role needs.

use m4m_domain::participant::{Kind, Status};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::filter::{Filter, Value};
use crate::pairing::PAIRS_OF_USER;
use crate::{Store, StoreError, now};

/// The codes of a stored language list, without levels.
pub fn language_codes(stored: &str) -> Vec<String> {
    m4m_domain::participant::read_languages(stored).into_iter().map(|(c, _)| c).collect()
}

/// What the other side of a pair sees of a person: first name, languages,
/// area. Nothing sensitive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Brief {
    pub participant_id: i64,
    pub user_id: Option<i64>,
    pub first_name: String,
    pub languages: Vec<String>,
    pub area: String,
}

/// A planned or held peer session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionBrief {
    pub id: i64,
    pub pair_id: i64,
    pub starts_at: i64,
    pub duration_minutes: i64,
    pub mode: String,
    pub place: String,
}

/// A goal of a newcomer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub id: i64,
    pub area: String,
    pub title: String,
    pub progress: i64,
}

/// A participant as a coordinator lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantRow {
    pub id: i64,
    pub kind: Kind,
    pub first_name: String,
    pub last_name: String,
    pub languages: Vec<String>,
    pub native_language: String,
    pub country_of_origin: String,
    pub area: String,
    pub step: i64,
    pub status: Status,
}

/// A buddy as their supervisor sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Supervised {
    pub participant_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub programme_name: String,
    pub step: i64,
    pub active_pairs: i64,
}

fn session(r: &AnyRow) -> Result<SessionBrief, sqlx::Error> {
    Ok(SessionBrief {
        id: r.try_get("id")?,
        pair_id: r.try_get("pair_id")?,
        starts_at: r.try_get("starts_at")?,
        duration_minutes: r.try_get("duration_minutes")?,
        mode: r.try_get("mode")?,
        place: r.try_get("place")?,
    })
}

/// From how many holders a search term is too common to lead a search
/// of people through the trigram index ([`Store::people_page`]): reading
/// its holders one by one (about 1.5 µs each on SQLite) then costs more
/// than comparing the term with every key of the programme's list in its
/// index (15,000 keys in 1.7 ms, docs/BENCHMARKS.md).
const CROWDED_TERM: i64 = 1000;

impl Store {
    /// The account's next planned peer sessions, across their pairs.
    pub async fn upcoming_sessions(&self, user_id: i64, limit: i64) -> Result<Vec<SessionBrief>, StoreError> {
        // The status compared as an expression (`|| ''`), which no index
        // serves: SQLite then reads the account's pairs' sessions by pair
        // (a few rows) instead of every planned session of the
        // installation from the status index (1.5 ms on 20,000 people).
        let rows = sqlx::query(&format!(
            "SELECT s.id, s.pair_id, s.starts_at, s.duration_minutes, s.mode, s.place FROM peer_sessions s \
             WHERE s.pair_id IN {PAIRS_OF_USER} AND s.status || '' = 'planned' AND s.starts_at >= $2 \
             ORDER BY s.starts_at, s.id LIMIT $3"
        ))
        .bind(user_id)
        .bind(now() - 3600)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows.iter().map(session).collect::<Result<_, _>>()?)
    }

    /// The goals of the newcomer behind this account.
    pub async fn goals_of_user(&self, user_id: i64) -> Result<Vec<Goal>, StoreError> {
        let rows = sqlx::query(
            "SELECT g.id, g.area, g.title, g.progress FROM goals g JOIN participants p ON p.id = g.participant_id \
             WHERE p.user_id = $1 ORDER BY g.id",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Goal {
                    id: r.try_get("id")?,
                    area: r.try_get("area")?,
                    title: r.try_get("title")?,
                    progress: r.try_get("progress")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// The buddies assigned to a supervisor.
    pub async fn supervised(&self, supervisor_user_id: i64) -> Result<Vec<Supervised>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, p.first_name, p.last_name, g.name AS programme_name, p.step, \
             (SELECT COUNT(*) FROM pairs pr WHERE pr.mentor_id = p.id AND pr.status = 'active') AS active_pairs \
             FROM participants p JOIN programmes g ON g.id = p.programme_id \
             WHERE p.supervisor_user_id = $1 AND p.kind = 'mentor' AND p.erased_at IS NULL ORDER BY p.first_name, p.id",
        )
        .bind(supervisor_user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Supervised {
                    participant_id: r.try_get("id")?,
                    first_name: r.try_get("first_name")?,
                    last_name: r.try_get("last_name")?,
                    programme_name: r.try_get("programme_name")?,
                    step: r.try_get("step")?,
                    active_pairs: r.try_get("active_pairs")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// A page of a programme's people as its coordinators look for them:
    /// the total that match, and the rows of the page in the order asked.
    /// Only the filters asked for are in the query ([`Filter`]): the
    /// default list and its count read the index `participants_live`
    /// alone, in the list's order; the page's rows are read by id once
    /// the page is known, so a far page costs an index walk, not a read of
    /// every person before it.
    pub async fn people_page(&self, programme_id: i64, q: &PeopleQuery) -> Result<PeoplePage, StoreError> {
        // A search is led by a term few people hold, if it has one: the
        // trigram index gives their ids, and only those rows are read
        // (the programme then written `+programme_id`, which keeps SQLite
        // from walking the whole list to test each person against them).
        // Without one (only terms most people hold, or too short for the
        // index), every term is compared with the keys of the list's
        // index (`participants_live`) in its order: 1.7 ms for 15,000
        // people, and the walk of a page stops once the page is full.
        let lead = self.rare_term(&q.terms).await?;
        let programme = if lead.is_some() { "+programme_id = ?" } else { "programme_id = ?" };
        let mut filter = Filter::default().and_is(programme, Value::Int(programme_id)).and("erased_at IS NULL");
        if let Some(kind) = q.kind {
            filter = filter.and_is("kind = ?", Value::Text(kind.as_str().into()));
        }
        if let Some(status) = q.status {
            filter = filter.and_is("status = ?", Value::Text(status.as_str().into()));
        }
        if let Some(step) = q.step {
            filter = filter.and_is("step = ?", Value::Int(step));
        }
        if let Some(language) = &q.language {
            // The native language, or the code in the list of languages
            // spoken, stored with or without a level.
            filter = filter.and_either(vec![
                ("native_language = ?", Value::Text(language.clone())),
                ("(',' || languages || ',') LIKE ?", Value::Text(format!("%,{language}:%"))),
                ("(',' || languages || ',') LIKE ?", Value::Text(format!("%,{language},%"))),
            ]);
        }
        for t in &q.terms {
            filter = if lead == Some(t.as_str()) {
                filter.and_person_has(self.backend(), "id", t)
            } else if lead.is_some() {
                filter.and_is("search_key LIKE ?", Value::Text(format!("%{t}%")))
            } else {
                // As an expression, which keeps PostgreSQL from gathering
                // a crowded term's holders from the trigram index (19 ms
                // for `synthetic 12`) rather than walking the list's index
                // (5.7 ms); SQLite reads it from that index all the same.
                filter.and_is("(search_key || '') LIKE ?", Value::Text(format!("%{t}%")))
            };
        }
        let count_sql = format!("SELECT COUNT(*) AS n FROM participants WHERE {}", filter.sql());
        let count =
            async { Ok::<i64, StoreError>(filter.bind(&count_sql).fetch_one(self.pool()).await?.try_get("n")?) };
        // The whole programme's count (every visit of its page reads it,
        // 1–2 ms at 15,000 people) is kept as the home's figures are.
        let whole = q.kind.is_none() && q.status.is_none() && q.step.is_none() && q.language.is_none();
        let total = if whole && q.terms.is_empty() {
            self.kept_people.get(programme_id, self.writes(), count).await?
        } else {
            count.await?
        };
        // The cursor is not in the total.
        if q.after > 0 {
            filter = filter.and_is("id > ?", Value::Int(q.after));
        }
        let order = match q.sort {
            PeopleSort::Id => "id",
            PeopleSort::Step => "step, kind, first_name, id",
            PeopleSort::Name => "first_name, last_name, id",
            PeopleSort::Newest => "created_at DESC, id DESC",
        };
        let next = filter.next();
        let rows_sql = format!(
            "SELECT id, kind, first_name, last_name, languages, native_language, country_of_origin, area, step, status \
             FROM participants WHERE id IN (SELECT id FROM participants WHERE {} ORDER BY {order} LIMIT ${next} OFFSET ${}) \
             ORDER BY {order}",
            filter.sql(),
            next + 1
        );
        let rows = filter.bind(&rows_sql).bind(q.limit).bind(q.offset).fetch_all(self.pool()).await?;
        Ok(PeoplePage { total, rows: rows.iter().map(participant_row).collect::<Result<_, _>>()? })
    }

    /// A term of the search that fewer than [`CROWDED_TERM`] people of the
    /// installation hold, to lead it through the trigram index; `None`
    /// when every term is held by more or is too short for the index.
    async fn rare_term<'t>(&self, terms: &'t [String]) -> Result<Option<&'t str>, StoreError> {
        let indexed: Vec<&str> = terms.iter().map(String::as_str).filter(|t| crate::filter::indexed(t)).collect();
        if indexed.is_empty() {
            return Ok(None);
        }
        let (sql, values) = crate::filter::crowded_terms(self.backend(), &indexed, CROWDED_TERM);
        let row = values.bind(&sql).fetch_one(self.pool()).await?;
        for (i, term) in indexed.iter().enumerate() {
            if row.try_get::<Option<i64>, _>(i)?.is_none() {
                return Ok(Some(term));
            }
        }
        Ok(None)
    }

    /// Everyone in a programme, for its coordinators (at most `limit`).
    pub async fn participants(&self, programme_id: i64, limit: i64) -> Result<Vec<ParticipantRow>, StoreError> {
        self.participants_at(programme_id, None, limit).await
    }

    /// The people of a programme at one step of the ten (all with `None`),
    /// at most `limit`.
    pub async fn participants_at(
        &self,
        programme_id: i64,
        step: Option<i64>,
        limit: i64,
    ) -> Result<Vec<ParticipantRow>, StoreError> {
        let q = PeopleQuery { step, limit, ..PeopleQuery::default() };
        Ok(self.people_page(programme_id, &q).await?.rows)
    }
}

/// A row of a list of people.
fn participant_row(r: &AnyRow) -> Result<ParticipantRow, StoreError> {
    let (kind, status) = crate::registration::kind_and_status(r)?;
    Ok(ParticipantRow {
        id: r.try_get("id")?,
        kind,
        first_name: r.try_get("first_name")?,
        last_name: r.try_get("last_name")?,
        languages: language_codes(&r.try_get::<String, _>("languages")?),
        native_language: r.try_get("native_language")?,
        country_of_origin: r.try_get("country_of_origin")?,
        area: r.try_get("area")?,
        step: r.try_get("step")?,
        status,
    })
}

/// Which of a programme's people to list, and how
/// ([`Store::people_page`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeopleQuery {
    /// Folded search terms ([`m4m_domain::participant::search_terms`]),
    /// each of which must be found.
    pub terms: Vec<String>,
    pub kind: Option<Kind>,
    pub status: Option<Status>,
    /// One of the ten steps.
    pub step: Option<i64>,
    /// A language code the person speaks (their native language or another).
    pub language: Option<String>,
    pub sort: PeopleSort,
    /// Only the people whose id is above this one (a cursor: with
    /// [`PeopleSort::Id`], a client walks the list and gets each person
    /// once, however many register meanwhile). Not in the total.
    pub after: i64,
    pub offset: i64,
    pub limit: i64,
}

impl Default for PeopleQuery {
    fn default() -> Self {
        PeopleQuery {
            terms: Vec::new(),
            kind: None,
            status: None,
            step: None,
            language: None,
            sort: PeopleSort::Step,
            after: 0,
            offset: 0,
            limit: 50,
        }
    }
}

/// The orders of a list of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PeopleSort {
    /// By step, then buddies and newcomers, then first name.
    #[default]
    Step,
    Name,
    /// The last registered first.
    Newest,
    /// In the order they were recorded, for a cursor.
    Id,
}

/// A page of people and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeoplePage {
    pub total: i64,
    pub rows: Vec<ParticipantRow>,
}
