//! Step 1: the local actors of an organisation, the outreach done towards
//! them, and how many people each one brought.

use std::collections::BTreeMap;

use m4m_domain::stakeholder::{NewOutreach, NewStakeholder};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::filter::{Filter, Value};
use crate::programmes::placeholders;
use crate::{Store, StoreError, join_list, now, split_list};

/// A local actor, with the number of people it referred.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stakeholder {
    pub id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub kind: String,
    pub contact_name: String,
    pub email: String,
    pub phone: String,
    pub languages: Vec<String>,
    pub area: String,
    pub notes: String,
    /// Buddies registered through this stakeholder.
    pub referred_mentors: i64,
    /// Newcomers registered through this stakeholder.
    pub referred_mentees: i64,
}

const SELECT: &str = "SELECT s.id, s.organisation_id, s.name, s.kind, s.contact_name, s.email, s.phone, s.languages, \
    s.area, s.notes, \
    (SELECT COUNT(*) FROM participants p WHERE p.referred_by = s.id AND p.kind = 'mentor') AS referred_mentors, \
    (SELECT COUNT(*) FROM participants p WHERE p.referred_by = s.id AND p.kind = 'mentee') AS referred_mentees \
    FROM stakeholders s";

fn stakeholder(r: &AnyRow) -> Result<Stakeholder, sqlx::Error> {
    Ok(Stakeholder {
        id: r.try_get("id")?,
        organisation_id: r.try_get("organisation_id")?,
        name: r.try_get("name")?,
        kind: r.try_get("kind")?,
        contact_name: r.try_get("contact_name")?,
        email: r.try_get("email")?,
        phone: r.try_get("phone")?,
        languages: split_list(&r.try_get::<String, _>("languages")?),
        area: r.try_get("area")?,
        notes: r.try_get("notes")?,
        referred_mentors: r.try_get("referred_mentors")?,
        referred_mentees: r.try_get("referred_mentees")?,
    })
}

/// One outreach action, with the stakeholder's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outreach {
    pub id: i64,
    pub kind: String,
    pub held_on: String,
    pub stakeholder_id: Option<i64>,
    pub stakeholder_name: Option<String>,
    pub place: String,
    pub audience: String,
    pub people_reached: i64,
    pub materials: String,
    pub notes: String,
}

/// Referrals of one stakeholder in one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralMonth {
    pub stakeholder_id: i64,
    /// `YYYY-MM`.
    pub month: String,
    pub mentors: i64,
    pub mentees: i64,
}

impl Store {
    /// The stakeholders of an organisation, by name.
    pub async fn stakeholders(&self, organisation_id: i64) -> Result<Vec<Stakeholder>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT} WHERE s.organisation_id = $1 ORDER BY s.name, s.id"))
            .bind(organisation_id)
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(stakeholder).collect::<Result<_, _>>()?)
    }

    /// A page of an organisation's stakeholders as its coordinators look
    /// for them (by name, contact, e-mail or phone; by kind), by name, and
    /// how many match in all.
    pub async fn stakeholders_page(
        &self,
        organisation_id: i64,
        q: &StakeholdersQuery,
    ) -> Result<StakeholdersPage, StoreError> {
        let mut filter = Filter::default().and_is("s.organisation_id = ?", Value::Int(organisation_id));
        if let Some(kind) = q.kind.as_ref().filter(|k| !k.is_empty()) {
            filter = filter.and_is("s.kind = ?", Value::Text(kind.clone()));
        }
        for t in &q.terms {
            filter = filter.and_is("s.search_key LIKE ?", Value::Text(format!("%{t}%")));
        }
        let count_sql = format!("SELECT COUNT(*) AS n FROM stakeholders s WHERE {}", filter.sql());
        let total: i64 = filter.bind(&count_sql).fetch_one(self.pool()).await?.try_get("n")?;
        let next = filter.next();
        let rows_sql =
            format!("{SELECT} WHERE {} ORDER BY s.name, s.id LIMIT ${next} OFFSET ${}", filter.sql(), next + 1);
        let rows = filter.bind(&rows_sql).bind(q.limit).bind(q.offset).fetch_all(self.pool()).await?;
        Ok(StakeholdersPage { total, rows: rows.iter().map(stakeholder).collect::<Result<_, _>>()? })
    }

    /// One stakeholder.
    pub async fn stakeholder(&self, id: i64) -> Result<Option<Stakeholder>, StoreError> {
        let row = sqlx::query(&format!("{SELECT} WHERE s.id = $1")).bind(id).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(stakeholder).transpose()?)
    }

    /// Adds a stakeholder to an organisation.
    pub async fn create_stakeholder(
        &self,
        actor: i64,
        organisation_id: i64,
        s: &NewStakeholder,
    ) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO stakeholders (organisation_id, name, kind, contact_name, email, phone, languages, area, notes, created_at, \
             search_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(organisation_id)
        .bind(&s.name)
        .bind(&s.kind)
        .bind(&s.contact_name)
        .bind(s.email.as_ref().map_or("", |e| e.as_str()))
        .bind(&s.phone)
        .bind(join_list(&s.languages))
        .bind(&s.area)
        .bind(&s.notes)
        .bind(now())
        .bind(stakeholder_key(s))
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("stakeholder.create", &format!("stakeholder:{id}"), "").await?;
        Ok(id)
    }

    /// Changes a stakeholder.
    pub async fn update_stakeholder(&self, actor: i64, id: i64, s: &NewStakeholder) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let n = sqlx::query(
            "UPDATE stakeholders SET name = $1, kind = $2, contact_name = $3, email = $4, phone = $5, languages = $6, \
             area = $7, notes = $8, search_key = $9 WHERE id = $10",
        )
        .bind(&s.name)
        .bind(&s.kind)
        .bind(&s.contact_name)
        .bind(s.email.as_ref().map_or("", |e| e.as_str()))
        .bind(&s.phone)
        .bind(join_list(&s.languages))
        .bind(&s.area)
        .bind(&s.notes)
        .bind(stakeholder_key(s))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::NotFound);
        }
        tx.commit("stakeholder.update", &format!("stakeholder:{id}"), "").await?;
        Ok(())
    }

    /// Logs an outreach action.
    pub async fn create_outreach(&self, actor: i64, organisation_id: i64, o: &NewOutreach) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO outreach (organisation_id, kind, held_on, stakeholder_id, place, audience, people_reached, \
             materials, notes, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(organisation_id)
        .bind(&o.kind)
        .bind(m4m_domain::programme::format_date(o.held_on))
        .bind(o.stakeholder_id)
        .bind(&o.place)
        .bind(&o.audience)
        .bind(o.people_reached)
        .bind(&o.materials)
        .bind(&o.notes)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("outreach.create", &format!("outreach:{id}"), &o.kind).await?;
        Ok(id)
    }

    /// The outreach log of an organisation, newest first; with a
    /// stakeholder, only theirs.
    pub async fn outreach(&self, organisation_id: i64, stakeholder: Option<i64>) -> Result<Vec<Outreach>, StoreError> {
        let base = "SELECT o.id, o.kind, o.held_on, o.stakeholder_id, s.name AS stakeholder_name, o.place, o.audience, o.people_reached, \
                    o.materials, o.notes FROM outreach o LEFT JOIN stakeholders s ON s.id = o.stakeholder_id \
                    WHERE o.organisation_id = $1";
        let rows = match stakeholder {
            Some(id) => {
                sqlx::query(&format!("{base} AND o.stakeholder_id = $2 ORDER BY o.held_on DESC, o.id DESC"))
                    .bind(organisation_id)
                    .bind(id)
                    .fetch_all(self.pool())
                    .await?
            }
            None => {
                sqlx::query(&format!("{base} ORDER BY o.held_on DESC, o.id DESC"))
                    .bind(organisation_id)
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.iter()
            .map(|r| {
                Ok(Outreach {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    held_on: r.try_get("held_on")?,
                    stakeholder_id: r.try_get("stakeholder_id")?,
                    stakeholder_name: r.try_get("stakeholder_name")?,
                    place: r.try_get("place")?,
                    audience: r.try_get("audience")?,
                    people_reached: r.try_get("people_reached")?,
                    materials: r.try_get("materials")?,
                    notes: r.try_get("notes")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Referrals per stakeholder and month (by registration date), for the
    /// given stakeholders.
    pub async fn referrals_by_month(&self, stakeholders: &[i64]) -> Result<Vec<ReferralMonth>, StoreError> {
        if stakeholders.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT referred_by, created_at, kind FROM participants WHERE referred_by IN ({})",
            placeholders(1, stakeholders.len())
        );
        let mut q = sqlx::query(&sql);
        for id in stakeholders {
            q = q.bind(*id);
        }
        let mut months: BTreeMap<(i64, String), (i64, i64)> = BTreeMap::new();
        for r in q.fetch_all(self.pool()).await? {
            let id: i64 = r.try_get("referred_by")?;
            let at: i64 = r.try_get("created_at")?;
            let kind: String = r.try_get("kind")?;
            let month = time::OffsetDateTime::from_unix_timestamp(at)
                .map(|t| format!("{:04}-{:02}", t.year(), u8::from(t.month())))
                .unwrap_or_default();
            let e = months.entry((id, month)).or_default();
            if kind == "mentor" {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
        Ok(months
            .into_iter()
            .map(|((stakeholder_id, month), (mentors, mentees))| ReferralMonth {
                stakeholder_id,
                month,
                mentors,
                mentees,
            })
            .collect())
    }
}

/// Which of an organisation's stakeholders to list
/// ([`Store::stakeholders_page`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StakeholdersQuery {
    /// Folded search terms ([`m4m_domain::participant::search_terms`]).
    pub terms: Vec<String>,
    /// One of [`m4m_domain::stakeholder::KINDS`].
    pub kind: Option<String>,
    pub offset: i64,
    pub limit: i64,
}

/// A page of stakeholders and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StakeholdersPage {
    pub total: i64,
    pub rows: Vec<Stakeholder>,
}

/// What a stakeholder is found by: its name, contact, e-mail and phone,
/// folded as people's are.
fn stakeholder_key(s: &NewStakeholder) -> String {
    let email = s.email.as_ref().map_or("", |e| e.as_str());
    m4m_domain::participant::search_key(&s.name, &s.contact_name, email, &s.phone)
}

/// Writes the search key of the stakeholders added before there was one.
/// Run by [`Store::migrate`]; does nothing once done.
pub(crate) async fn fill_search_keys(store: &Store) -> Result<u64, StoreError> {
    let columns = ["name", "contact_name", "email", "phone"];
    let key = |c: &[String]| m4m_domain::participant::search_key(&c[0], &c[1], &c[2], &c[3]);
    crate::registration::fill_keys(store, "stakeholders", &columns, "1 = 1", key).await
}
