//! Accounts, the roles they hold, and invitations.

use m4m_domain::Role;
use m4m_domain::account::Email;
use m4m_domain::permission::Grant;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::error::Unique;
use crate::filter::{Filter, Value};
use crate::{Store, StoreError, now, outbox};

/// An account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub password_hash: Option<String>,
    /// The interface language the person chose.
    pub locale: Option<String>,
    pub active: bool,
    /// Whether a second factor is set up (confirmed).
    pub two_factor: bool,
}

const USER_COLUMNS: &str = "id, email, display_name, password_hash, locale, active, \
    (SELECT COUNT(*) FROM two_factor t WHERE t.user_id = users.id AND t.confirmed_at IS NOT NULL) AS two_factor";

fn user(r: &AnyRow) -> Result<User, sqlx::Error> {
    Ok(User {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        display_name: r.try_get("display_name")?,
        password_hash: r.try_get("password_hash")?,
        locale: r.try_get("locale")?,
        active: r.try_get::<i64, _>("active")? != 0,
        two_factor: r.try_get::<i64, _>("two_factor")? != 0,
    })
}

/// An account as every request by it needs it: the account, each role it
/// holds and the time zone it lives in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub user: User,
    pub grants: Vec<Grant>,
    /// The time zone of its first organisation (`None` for an
    /// administrator of none).
    pub zone: Option<String>,
}

/// The columns that [`account`] reads, from `users u` joined to its
/// `memberships m` and their `organisations o` by [`ACCOUNT_JOINS`].
pub(crate) const ACCOUNT_COLUMNS: &str = "u.id AS user_id, u.email, u.display_name, u.password_hash, u.locale, \
    u.active, (SELECT COUNT(*) FROM two_factor t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) AS two_factor, \
    m.role, m.organisation_id, o.time_zone";

/// Joins `users u` to every role it holds (none gives one row of NULLs);
/// order by `m.id` so that the first organisation comes first.
pub(crate) const ACCOUNT_JOINS: &str =
    "LEFT JOIN memberships m ON m.user_id = u.id LEFT JOIN organisations o ON o.id = m.organisation_id";

/// An account from the rows of a query over [`ACCOUNT_COLUMNS`], one row
/// per membership; `None` when there are no rows.
pub(crate) fn account(rows: &[AnyRow]) -> Result<Option<Account>, sqlx::Error> {
    let Some(first) = rows.first() else { return Ok(None) };
    let user = User {
        id: first.try_get("user_id")?,
        email: first.try_get("email")?,
        display_name: first.try_get("display_name")?,
        password_hash: first.try_get("password_hash")?,
        locale: first.try_get("locale")?,
        active: first.try_get::<i64, _>("active")? != 0,
        two_factor: first.try_get::<i64, _>("two_factor")? != 0,
    };
    let mut grants = Vec::with_capacity(rows.len());
    let mut zone = None;
    for r in rows {
        // A role name this version does not know grants nothing.
        if let Some(role) = r.try_get::<Option<String>, _>("role")?.as_deref().and_then(Role::parse) {
            grants.push(Grant { role, organisation: r.try_get("organisation_id")? });
        }
        if zone.is_none() {
            zone = r.try_get::<Option<String>, _>("time_zone")?;
        }
    }
    Ok(Some(Account { user, grants, zone }))
}

/// An account with its roles, for the administrator's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSummary {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub active: bool,
    /// `(role, organisation name)` pairs.
    pub roles: Vec<(Role, Option<String>)>,
}

/// An invitation as read back from its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub role: Role,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

impl Invitation {
    /// Whether the link can still be used at `now`.
    pub fn usable(&self, now: i64) -> bool {
        self.used_at.is_none() && now < self.expires_at
    }
}

/// SHA-256 of a secret token, hex: what the database keeps of it.
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh random token of 32 bytes, URL-safe.
pub fn new_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Creates an account inside the caller's transaction.
pub async fn insert_user(
    conn: &mut AnyConnection,
    email: &Email,
    display_name: &str,
    password_hash: Option<&str>,
    locale: Option<&str>,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO users (email, display_name, password_hash, locale, active, created_at, search_key) \
         VALUES ($1, $2, $3, $4, 1, $5, $6) RETURNING id",
    )
    .bind(email.as_str())
    .bind(display_name)
    .bind(password_hash)
    .bind(locale)
    .bind(now())
    .bind(account_key(display_name, email.as_str()))
    .fetch_one(conn)
    .await
    .map_err(StoreError::unique(Unique::Email))?;
    Ok(row.try_get("id")?)
}

/// Gives `user_id` a role, inside the caller's transaction; holding it
/// already is not an error.
pub async fn grant(
    conn: &mut AnyConnection,
    user_id: i64,
    role: Role,
    organisation_id: Option<i64>,
) -> Result<(), StoreError> {
    let held: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships WHERE user_id = $1 AND role = $2 AND COALESCE(organisation_id, 0) = $3",
    )
    .bind(user_id)
    .bind(role.as_str())
    .bind(organisation_id.unwrap_or(0))
    .fetch_one(&mut *conn)
    .await?;
    if held == 0 {
        sqlx::query("INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4)")
            .bind(user_id)
            .bind(organisation_id)
            .bind(role.as_str())
            .bind(now())
            .execute(conn)
            .await?;
    }
    Ok(())
}

impl Store {
    /// The account with this e-mail address.
    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
        let row = sqlx::query(&sql).bind(email).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(user).transpose()?)
    }

    /// The account with this id.
    pub async fn user(&self, id: i64) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row = sqlx::query(&sql).bind(id).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(user).transpose()?)
    }

    /// Every role the account holds.
    pub async fn grants(&self, user_id: i64) -> Result<Vec<Grant>, StoreError> {
        Ok(self.account(user_id).await?.map(|a| a.grants).unwrap_or_default())
    }

    /// The account with this id, its roles and its time zone, in one
    /// query.
    pub async fn account(&self, user_id: i64) -> Result<Option<Account>, StoreError> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM users u {ACCOUNT_JOINS} WHERE u.id = $1 ORDER BY m.id");
        let rows = sqlx::query(&sql).bind(user_id).fetch_all(self.pool()).await?;
        Ok(account(&rows)?)
    }

    /// Creates an account with a password and one role (`m4m user create`
    /// and the demo). `actor` is who did it, `None` for the command line.
    pub async fn create_user(
        &self,
        actor: Option<i64>,
        email: &Email,
        display_name: &str,
        password_hash: &str,
        role: Role,
        organisation_id: Option<i64>,
    ) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let id = insert_user(&mut tx, email, display_name, Some(password_hash), None).await?;
        grant(&mut tx, id, role, organisation_id).await?;
        tx.commit("user.create", &format!("user:{id}"), role.as_str()).await?;
        Ok(id)
    }

    /// Activates or deactivates an account; `false` when there is no such
    /// account. Deactivation ends at once everything that opens it — its
    /// sessions, its log-ins waiting for a second factor, its reset links —
    /// and revokes its API tokens (reactivation does not bring them back);
    /// its data stay.
    pub async fn set_active(&self, actor: Option<i64>, user_id: i64, active: bool) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let found = sqlx::query("UPDATE users SET active = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(i64::from(active))
            .bind(user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if found != 1 {
            return Ok(false);
        }
        if !active {
            for sql in [
                "DELETE FROM login_sessions WHERE user_id = $1",
                "DELETE FROM login_challenges WHERE user_id = $1",
                "DELETE FROM password_resets WHERE user_id = $1",
            ] {
                sqlx::query(sql).bind(user_id).execute(&mut *tx).await?;
            }
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                .bind(now())
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        let action = if active { "user.activate" } else { "user.deactivate" };
        tx.commit(action, &format!("user:{user_id}"), "").await?;
        Ok(true)
    }

    /// Saves the interface language a person chose.
    pub async fn set_locale(&self, user_id: i64, locale: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET locale = $1 WHERE id = $2")
            .bind(locale)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// How many accounts the installation has (erased ones aside).
    pub async fn count_users(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE erased_at IS NULL").fetch_one(self.pool()).await?)
    }

    /// A page of the staff accounts (those holding a role other than
    /// buddy or newcomer) as the administrator looks for them, by name,
    /// with their roles, and how many match in all. The memberships are
    /// read by role (`memberships_role`), the page's roles in one query.
    pub async fn staff_page(&self, q: &AccountsQuery) -> Result<AccountsPage, StoreError> {
        let staff = "'administrator', 'coordinator', 'supervisor', 'trainer', 'evaluator'";
        // Driven by the staff's memberships, not by every account; only
        // the filters asked for ([`Filter`]).
        let mut members = format!("u.id IN (SELECT m.user_id FROM memberships m WHERE m.role IN ({staff})");
        let mut filter = Filter::default();
        if let Some(role) = q.role {
            members.push_str(" AND m.role = ?");
            filter = filter.and_is(&format!("{members})"), Value::Text(role.as_str().into()));
        } else {
            filter = filter.and(&format!("{members})"));
        }
        filter = filter.and("u.erased_at IS NULL");
        if let Some(active) = q.active {
            filter = filter.and_is("u.active = ?", Value::Int(i64::from(active)));
        }
        for t in &q.terms {
            filter = filter.and_is("u.search_key LIKE ?", Value::Text(format!("%{t}%")));
        }
        let count_sql = format!("SELECT COUNT(*) AS n FROM users u WHERE {}", filter.sql());
        let total: i64 = filter.bind(&count_sql).fetch_one(self.pool()).await?.try_get("n")?;
        let next = filter.next();
        let rows_sql = format!(
            "SELECT u.id, u.email, u.display_name, u.active FROM users u WHERE {} \
             ORDER BY u.display_name, u.id LIMIT ${next} OFFSET ${}",
            filter.sql(),
            next + 1
        );
        let rows = filter.bind(&rows_sql).bind(q.limit).bind(q.offset).fetch_all(self.pool()).await?;
        let mut page = rows
            .iter()
            .map(|r| {
                Ok(UserSummary {
                    id: r.try_get("id")?,
                    email: r.try_get("email")?,
                    display_name: r.try_get("display_name")?,
                    active: r.try_get::<i64, _>("active")? != 0,
                    roles: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if !page.is_empty() {
            let ids = crate::programmes::placeholders(1, page.len());
            let sql = format!(
                "SELECT m.user_id, m.role, o.name AS organisation_name FROM memberships m \
                 LEFT JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id IN ({ids}) ORDER BY m.id"
            );
            let mut query = sqlx::query(&sql);
            for u in &page {
                query = query.bind(u.id);
            }
            for r in query.fetch_all(self.pool()).await? {
                let id: i64 = r.try_get("user_id")?;
                if let (Some(role), Some(u)) =
                    (Role::parse(&r.try_get::<String, _>("role")?), page.iter_mut().find(|u| u.id == id))
                {
                    u.roles.push((role, r.try_get("organisation_name")?));
                }
            }
        }
        Ok(AccountsPage { total, rows: page })
    }

    /// The accounts of buddies and newcomers that hold no staff role, as
    /// counts per organisation (name; `None`: installation-wide): who
    /// they are is their organisation's business, not the installation's.
    pub async fn volunteer_counts(&self) -> Result<Vec<(Option<String>, i64, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.name AS organisation_name, \
             CAST(SUM(CASE WHEN m.role = 'mentor' THEN 1 ELSE 0 END) AS BIGINT) AS mentors, \
             CAST(SUM(CASE WHEN m.role = 'mentee' THEN 1 ELSE 0 END) AS BIGINT) AS mentees \
             FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN organisations o ON o.id = m.organisation_id \
             WHERE m.role IN ('mentor', 'mentee') AND u.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM memberships s \
             WHERE s.user_id = m.user_id AND s.role NOT IN ('mentor', 'mentee')) \
             GROUP BY o.name ORDER BY o.name",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("organisation_name")?, r.try_get("mentors")?, r.try_get("mentees")?)))
            .collect()
    }

    /// Invites someone: stores the invitation's hash and queues the e-mail
    /// with the link, in one transaction. Returns the secret token, shown
    /// once to the person who invites.
    #[allow(clippy::too_many_arguments)]
    pub async fn invite(
        &self,
        actor: i64,
        email: &Email,
        display_name: &str,
        role: Role,
        organisation_id: Option<i64>,
        valid_for_secs: i64,
        participant_id: Option<i64>,
        message: impl FnOnce(&str) -> (String, String),
    ) -> Result<String, StoreError> {
        let token = new_token();
        let (subject, body) = message(&token);
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO invitations (token_hash, email, display_name, organisation_id, role, invited_by, created_at, expires_at, \
             participant_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(token_hash(&token))
        .bind(email.as_str())
        .bind(display_name)
        .bind(organisation_id)
        .bind(role.as_str())
        .bind(actor)
        .bind(now())
        .bind(now() + valid_for_secs)
        .bind(participant_id)
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        outbox::queue(&mut tx, email.as_str(), &subject, &body).await?;
        tx.commit("invitation.create", &format!("invitation:{id}"), role.as_str()).await?;
        Ok(token)
    }

    /// The invitation behind a link's token, used or not.
    pub async fn invitation(&self, token: &str) -> Result<Option<Invitation>, StoreError> {
        let row = sqlx::query(
            "SELECT i.id, i.email, i.display_name, i.organisation_id, o.name AS organisation_name, i.role, i.expires_at, \
             i.used_at \
             FROM invitations i LEFT JOIN organisations o ON o.id = i.organisation_id WHERE i.token_hash = $1",
        )
        .bind(token_hash(token))
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        let Some(role) = Role::parse(&r.try_get::<String, _>("role")?) else {
            return Ok(None);
        };
        Ok(Some(Invitation {
            id: r.try_get("id")?,
            email: r.try_get("email")?,
            display_name: r.try_get("display_name")?,
            organisation_id: r.try_get("organisation_id")?,
            organisation_name: r.try_get("organisation_name")?,
            role,
            expires_at: r.try_get("expires_at")?,
            used_at: r.try_get("used_at")?,
        }))
    }

    /// Uses an invitation: marks it used (once only, even when two
    /// requests race), creates the account or, when the e-mail already has
    /// one, adds the role to it and sets the password. Returns the account.
    pub async fn accept_invitation(
        &self,
        token: &str,
        display_name: &str,
        password_hash: &str,
    ) -> Result<i64, StoreError> {
        let invitation = self.invitation(token).await?.ok_or(StoreError::NotFound)?;
        let now = now();
        if !invitation.usable(now) {
            return Err(StoreError::InvitationGone);
        }
        // The line's actor is the account, known once the write has made it.
        let mut tx = self.audited(None).await?;
        let claimed =
            sqlx::query("UPDATE invitations SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1")
                .bind(now)
                .bind(invitation.id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if claimed != 1 {
            return Err(StoreError::InvitationGone);
        }
        let existing = sqlx::query("SELECT id FROM users WHERE email = $1")
            .bind(&invitation.email)
            .fetch_optional(&mut *tx)
            .await?;
        let user_id = match existing {
            Some(r) => {
                let id: i64 = r.try_get("id")?;
                sqlx::query("UPDATE users SET password_hash = $1, display_name = $2, search_key = $3 WHERE id = $4")
                    .bind(password_hash)
                    .bind(display_name)
                    .bind(account_key(display_name, &invitation.email))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
                id
            }
            None => {
                let email = Email::parse(&invitation.email).map_err(|_| StoreError::NotFound)?;
                insert_user(&mut tx, &email, display_name, Some(password_hash), None).await?
            }
        };
        grant(&mut tx, user_id, invitation.role, invitation.organisation_id).await?;
        sqlx::query(
            "UPDATE participants SET user_id = $1 WHERE user_id IS NULL AND id = \
             (SELECT participant_id FROM invitations WHERE id = $2)",
        )
        .bind(user_id)
        .bind(invitation.id)
        .execute(&mut *tx)
        .await?;
        tx.act_as(user_id);
        tx.commit("invitation.accept", &format!("invitation:{}", invitation.id), invitation.role.as_str()).await?;
        Ok(user_id)
    }
}

/// Which staff accounts to list ([`Store::staff_page`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountsQuery {
    /// Folded search terms ([`m4m_domain::participant::search_terms`]),
    /// each found in the name or the e-mail.
    pub terms: Vec<String>,
    /// Holding this role.
    pub role: Option<Role>,
    /// Active (or deactivated) only.
    pub active: Option<bool>,
    pub offset: i64,
    pub limit: i64,
}

/// A page of accounts and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountsPage {
    pub total: i64,
    pub rows: Vec<UserSummary>,
}

/// What an account is found by: its name and e-mail, folded as people's
/// are.
fn account_key(display_name: &str, email: &str) -> String {
    m4m_domain::participant::search_key(display_name, "", email, "")
}

/// Writes the search key of the accounts made before there was one. Run
/// by [`Store::migrate`]; does nothing once done.
pub(crate) async fn fill_search_keys(store: &Store) -> Result<u64, StoreError> {
    let columns = ["display_name", "email"];
    crate::registration::fill_keys(store, "users", &columns, "erased_at IS NULL", |c| account_key(&c[0], &c[1])).await
}
