//! Organisations: the partners of a consortium.

use m4m_domain::organisation::NewOrganisation;
use m4m_domain::zone::Zone;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, join_list, now, split_list};

/// An organisation with a few figures for the administrator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub languages: Vec<String>,
    /// An IANA name.
    pub time_zone: String,
    pub programmes: i64,
    pub members: i64,
}

const SELECT: &str = "SELECT o.id, o.name, o.country, o.languages, o.time_zone, \
    (SELECT COUNT(*) FROM programmes p WHERE p.organisation_id = o.id) AS programmes, \
    (SELECT COUNT(DISTINCT m.user_id) FROM memberships m WHERE m.organisation_id = o.id) AS members \
    FROM organisations o";

fn organisation(r: &AnyRow) -> Result<Organisation, sqlx::Error> {
    Ok(Organisation {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        country: r.try_get("country")?,
        languages: split_list(&r.try_get::<String, _>("languages")?),
        time_zone: r.try_get("time_zone")?,
        programmes: r.try_get("programmes")?,
        members: r.try_get("members")?,
    })
}

impl Store {
    /// Every organisation, by name.
    pub async fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let rows = sqlx::query(&format!("{SELECT} ORDER BY o.name, o.id")).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(organisation).collect::<Result<_, _>>()?)
    }

    /// One organisation.
    pub async fn organisation(&self, id: i64) -> Result<Option<Organisation>, StoreError> {
        let row = sqlx::query(&format!("{SELECT} WHERE o.id = $1")).bind(id).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(organisation).transpose()?)
    }

    /// Creates an organisation.
    pub async fn create_organisation(&self, actor: Option<i64>, new: &NewOrganisation) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO organisations (name, country, languages, time_zone, created_at) VALUES ($1, $2, $3, $4, $5) \
             RETURNING id",
        )
        .bind(&new.name)
        .bind(&new.country)
        .bind(join_list(&new.languages))
        .bind(new.time_zone.name())
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("organisation.create", &format!("organisation:{id}"), "").await?;
        Ok(id)
    }

    /// Changes an organisation's time zone; `false` when there is no such
    /// organisation.
    pub async fn set_time_zone(&self, actor: Option<i64>, id: i64, zone: &Zone) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let done = sqlx::query("UPDATE organisations SET time_zone = $1 WHERE id = $2")
            .bind(zone.name())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        tx.commit("organisation.time_zone", &format!("organisation:{id}"), zone.name()).await?;
        Ok(true)
    }
}

/// Counts for one organisation, without any name of a person: what
/// evaluators and administrators see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub organisation_id: i64,
    pub organisation: String,
    pub country: String,
    pub programmes: i64,
    pub mentors: i64,
    pub mentees: i64,
    pub active_pairs: i64,
}

impl Store {
    /// Figures per organisation, for the given organisations (`None`: all).
    pub async fn figures(&self, organisations: Option<&[i64]>) -> Result<Vec<Figures>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.id, o.name, o.country, \
             (SELECT COUNT(*) FROM programmes p WHERE p.organisation_id = o.id) AS programmes, \
             (SELECT COUNT(*) FROM participants x JOIN programmes p ON p.id = x.programme_id WHERE p.organisation_id = o.id AND x.kind = 'mentor') AS mentors, \
             (SELECT COUNT(*) FROM participants x JOIN programmes p ON p.id = x.programme_id WHERE p.organisation_id = o.id AND x.kind = 'mentee') AS mentees, \
             (SELECT COUNT(*) FROM pairs x JOIN programmes p ON p.id = x.programme_id WHERE p.organisation_id = o.id AND x.status = 'active') AS active_pairs \
             FROM organisations o ORDER BY o.country, o.name, o.id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let f = Figures {
                organisation_id: r.try_get("id")?,
                organisation: r.try_get("name")?,
                country: r.try_get("country")?,
                programmes: r.try_get("programmes")?,
                mentors: r.try_get("mentors")?,
                mentees: r.try_get("mentees")?,
                active_pairs: r.try_get("active_pairs")?,
            };
            if organisations.is_none_or(|ids| ids.contains(&f.organisation_id)) {
                out.push(f);
            }
        }
        Ok(out)
    }
}
