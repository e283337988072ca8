//! The staff's contacts with a pair (step 9).

use m4m_domain::contact::NewContact;
use m4m_domain::programme::format_date;
use sqlx::Row;

use crate::{Store, StoreError, now};

/// A contact as recorded: kind, date, note, by whom.
#[derive(Debug, Clone)]
pub struct Contact {
    pub kind: String,
    pub on: String,
    pub note: String,
    pub by: String,
}

impl Store {
    /// Records a contact with a pair.
    pub async fn record_contact(&self, actor: i64, pair: i64, c: &NewContact) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query(
            "INSERT INTO pair_contacts (pair_id, kind, contacted_on, note, recorded_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(pair)
        .bind(&c.kind)
        .bind(format_date(c.on))
        .bind(&c.note)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit("pair.contact", &format!("pair:{pair}"), &c.kind).await
    }

    /// The contacts with a pair, newest first.
    pub async fn contacts_of_pair(&self, pair: i64) -> Result<Vec<Contact>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.kind, c.contacted_on, c.note, COALESCE(u.display_name, '') AS by_name FROM pair_contacts c \
             LEFT JOIN users u ON u.id = c.recorded_by WHERE c.pair_id = $1 ORDER BY c.contacted_on DESC, c.id DESC",
        )
        .bind(pair)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Contact {
                    kind: r.try_get("kind")?,
                    on: r.try_get("contacted_on")?,
                    note: r.try_get("note")?,
                    by: r.try_get("by_name")?,
                })
            })
            .collect()
    }
}
