//! The administrator's pages: organisations, accounts, the outbox.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Role;
use m4m_domain::organisation::NewOrganisation;
use m4m_domain::participant::search_terms;
use m4m_domain::permission::{Action, Target};
use m4m_domain::zone::Zone;
use m4m_store::accounts::AccountsQuery;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::kit::form::{Choice, choices};
use crate::kit::pager::{Pager, address, fetch_page};
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, Control, Field, Form as FormView, render};

/// The routes of the installation's administration.
pub fn router() -> Routes {
    Routes::new()
        .route("/admin/organisations", get(organisations).post(create_organisation))
        .route("/admin/organisations/{id}/time-zone", post(set_time_zone))
        .route("/admin/users", get(users))
        .route("/admin/users/{id}/deactivate", post(deactivate))
        .route("/admin/users/{id}/activate", post(activate))
        .route("/admin/outbox", get(outbox))
        .route("/admin/inventory", get(inventory))
        .route("/admin/inventory.csv", get(inventory_csv))
}

fn require(user: &CurrentUser, action: Action) -> Result<(), AppError> {
    if user.actor.can(action, Target::INSTALLATION) { Ok(()) } else { Err(AppError::Forbidden) }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OrganisationFields {
    name: String,
    country: String,
    languages: String,
    time_zone: String,
}

#[derive(Template)]
#[template(path = "admin_organisations.html")]
struct Organisations {
    c: Chrome,
    notice: Option<String>,
    /// Id, name, country, languages, time zone, programmes, members.
    rows: Vec<(i64, [String; 6])>,
    form: FormView,
}

fn organisation_form(ctx: &Ctx, f: &OrganisationFields) -> FormView {
    let tr = &ctx.tr;
    FormView {
        action: "/admin/organisations".into(),
        submit: tr.t("admin-organisation-create"),
        fields: vec![
            Field::new(tr, "name", "admin-organisation-name", Control::Text, &f.name).required(),
            Field::new(tr, "country", "admin-organisation-country", Control::Text, &f.country).required(),
            Field::new(tr, "languages", "admin-organisation-languages", Control::Text, &f.languages),
            Field::new(tr, "time_zone", "admin-organisation-time-zone", Control::Text, &f.time_zone),
        ],
        hidden: Vec::new(),
    }
}

async fn organisations_page(
    app: &AppState,
    ctx: &Ctx,
    form: FormView,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let rows = app
        .store
        .organisations()
        .await?
        .into_iter()
        .map(|o| {
            let languages = fmt::languages(&o.languages);
            (o.id, [o.name, o.country, languages, o.time_zone, o.programmes.to_string(), o.members.to_string()])
        })
        .collect();
    render(&Organisations { c: Chrome::new(ctx, ctx.tr.t("admin-organisations-title")), notice, rows, form })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: Option<String>,
}

/// `GET /admin/organisations`
pub async fn organisations(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    axum::extract::Query(q): axum::extract::Query<Done>,
) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    let notice = q.done.map(|_| ctx.tr.t("admin-organisation-created"));
    let form = organisation_form(&ctx, &OrganisationFields::default());
    Ok(organisations_page(&app, &ctx, form, notice).await?.into_response())
}

/// `POST /admin/organisations`
pub async fn create_organisation(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<OrganisationFields>,
) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    match NewOrganisation::parse(&f.name, &f.country, &f.languages, &f.time_zone) {
        Ok(new) => {
            app.store.create_organisation(Some(user.id), &new).await?;
            Ok(Redirect::to("/admin/organisations?done=1").into_response())
        }
        Err(errors) => {
            let form = organisation_form(&ctx, &f).with_errors(&ctx.tr, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, organisations_page(&app, &ctx, form, None).await?).into_response())
        }
    }
}

#[derive(Deserialize)]
pub struct TimeZoneField {
    time_zone: String,
}

/// `POST /admin/organisations/{id}/time-zone`
pub async fn set_time_zone(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Form(f): Form<TimeZoneField>,
) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    match Zone::parse(&f.time_zone) {
        Ok(zone) => {
            if !app.store.set_time_zone(Some(user.id), id, &zone).await? {
                return Err(AppError::NotFound);
            }
            Ok(Redirect::to("/admin/organisations?done=1").into_response())
        }
        Err(invalid) => {
            let errors = m4m_domain::Validation(vec![invalid]);
            let form = organisation_form(&ctx, &OrganisationFields::default()).with_errors(&ctx.tr, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, organisations_page(&app, &ctx, form, None).await?).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct Users {
    c: Chrome,
    notice: Option<String>,
    /// Whether the reader may deactivate and reactivate accounts.
    manage: bool,
    /// The search and filters as sent.
    q: String,
    roles: Vec<Choice>,
    states: Vec<Choice>,
    /// Staff accounts: id, name, e-mail, roles, whether active, whether it
    /// is the reader's own.
    rows: Vec<StaffRow>,
    /// "42 staff accounts" or "Accounts 51–100 of 420".
    summary: String,
    pager: Option<Pager>,
    filtered: bool,
    /// Buddies' and newcomers' accounts: counts per organisation only.
    volunteers: Vec<(String, i64, i64)>,
}

/// A staff account as the administrator's list shows it.
struct StaffRow {
    id: i64,
    name: String,
    email: String,
    roles: String,
    active: bool,
    own: bool,
}

/// Staff accounts to a page.
const USERS_PAGE: usize = 50;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UsersQuery {
    done: Option<String>,
    /// A search in names and e-mails.
    q: String,
    /// A staff role.
    role: String,
    /// `active` or `inactive`.
    state: String,
    page: String,
}

impl UsersQuery {
    fn link(&self, page: usize) -> String {
        address("/admin/users", &[("q", self.q.as_str()), ("role", &self.role), ("state", &self.state)], page)
    }
}

/// The roles held by staff, which the list filters on.
const STAFF_ROLES: [Role; 5] =
    [Role::Administrator, Role::Coordinator, Role::Supervisor, Role::Trainer, Role::Evaluator];

/// `GET /admin/users`: the staff accounts of the installation by name (the
/// administrator invites and deactivates them), searched, filtered and a
/// page at a time; buddies and newcomers only as counts per organisation
/// — who they are is their organisation's business, not the
/// installation's (docs/SECURITY.md).
pub async fn users(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    axum::extract::Query(q): axum::extract::Query<UsersQuery>,
) -> Result<Response, AppError> {
    require(&user, Action::ViewMembers)?;
    let notice = match q.done.as_deref() {
        Some("deactivated") => Some(ctx.tr.t("admin-user-deactivated")),
        Some("activated") => Some(ctx.tr.t("admin-user-activated")),
        _ => None,
    };
    let tr = ctx.tr;
    let wanted = AccountsQuery {
        terms: search_terms(&q.q),
        role: Role::parse(&q.role).filter(|r| STAFF_ROLES.contains(r)),
        active: match q.state.as_str() {
            "active" => Some(true),
            "inactive" => Some(false),
            _ => None,
        },
        offset: 0,
        limit: USERS_PAGE as i64,
    };
    let store = &app.store;
    let (page, from) = fetch_page(q.page.parse().unwrap_or(1), USERS_PAGE, |offset| {
        let wanted = AccountsQuery { offset, ..wanted.clone() };
        async move { store.staff_page(&wanted).await }
    })
    .await?;
    let total = page.total.max(0) as usize;
    let role_in = |(r, org): &(Role, Option<String>)| {
        let role = tr.t(&format!("role-{}", r.as_str()));
        format!("{role} ({})", org.clone().unwrap_or_else(|| tr.t("installation-wide")))
    };
    let rows: Vec<StaffRow> = page
        .rows
        .into_iter()
        .map(|u| StaffRow {
            id: u.id,
            name: u.display_name,
            email: u.email,
            roles: u.roles.iter().map(role_in).collect::<Vec<_>>().join(", "),
            active: u.active,
            own: u.id == user.id,
        })
        .collect();
    let pager = Pager::of(&tr, "admin-users-pager", (from, rows.len(), total, USERS_PAGE), |n| q.link(n));
    let volunteers = app
        .store
        .volunteer_counts()
        .await?
        .into_iter()
        .map(|(org, mentors, mentees)| (org.unwrap_or_else(|| tr.t("installation-wide")), mentors, mentees))
        .collect();
    let roles = STAFF_ROLES.iter().map(|r| (r.as_str().to_owned(), tr.t(&format!("role-{}", r.as_str())))).collect();
    let states =
        vec![("active".to_owned(), tr.t("admin-users-active")), ("inactive".to_owned(), tr.t("admin-users-inactive"))];
    Ok(render(&Users {
        c: Chrome::new(&ctx, tr.t("admin-users-title")),
        notice,
        manage: user.actor.can(Action::ManageInstallation, Target::INSTALLATION),
        q: q.q.clone(),
        roles: choices(tr.t("admin-users-any-role"), roles, &q.role),
        states: choices(tr.t("admin-users-any-state"), states, &q.state),
        summary: tr.n("admin-users-total", total as i64),
        filtered: !wanted.terms.is_empty() || wanted.role.is_some() || wanted.active.is_some(),
        rows,
        pager,
        volunteers,
    })?
    .into_response())
}

/// `POST /admin/users/{id}/deactivate`: ends the account's sessions and
/// revokes its API tokens at once; its data stay. Not one's own account
/// (the installation could be left without an administrator).
pub async fn deactivate(
    State(app): State<AppState>,
    SignedIn(_ctx, user): SignedIn,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    if id == user.id {
        return Err(AppError::BadRequest("admin-user-not-self"));
    }
    if !app.store.set_active(Some(user.id), id, false).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/users?done=deactivated").into_response())
}

/// `POST /admin/users/{id}/activate`: the account opens again with its
/// password (tokens revoked at deactivation stay revoked).
pub async fn activate(
    State(app): State<AppState>,
    SignedIn(_ctx, user): SignedIn,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    if !app.store.set_active(Some(user.id), id, true).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/users?done=activated").into_response())
}

#[derive(Template)]
#[template(path = "admin_outbox.html")]
struct Outbox {
    c: Chrome,
    messages: Vec<OutboxRow>,
}

/// A message as the outbox page shows it.
struct OutboxRow {
    queued: String,
    recipient: String,
    subject: String,
    body: String,
    /// Where it stands: sent, waiting for a new attempt, or given up, with
    /// the SMTP server's last answer.
    status: String,
    failed: bool,
}

/// `GET /admin/outbox`
pub async fn outbox(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    require(&user, Action::ReadOutbox)?;
    let tr = &ctx.tr;
    let messages = app
        .store
        .outbox(200)
        .await?
        .into_iter()
        .map(|m| {
            let error = m.last_error.clone().unwrap_or_default();
            let attempts = crate::i18n::Arg::Num(m.attempts);
            let status = match (m.sent_at, m.failed_at) {
                (Some(at), _) => tr.args("admin-outbox-sent", &[("when", crate::i18n::Arg::Text(&tr.when(at)))]),
                (None, Some(_)) => tr.args(
                    "admin-outbox-given-up",
                    &[("attempts", attempts), ("error", crate::i18n::Arg::Text(&error))],
                ),
                (None, None) if m.attempts > 0 => tr.args(
                    "admin-outbox-retrying",
                    &[
                        ("attempts", attempts),
                        ("error", crate::i18n::Arg::Text(&error)),
                        ("when", crate::i18n::Arg::Text(&tr.when(m.next_attempt_at))),
                    ],
                ),
                (None, None) => tr.t("admin-outbox-waiting"),
            };
            OutboxRow {
                queued: tr.when(m.created_at),
                recipient: m.recipient,
                subject: m.subject,
                body: m4m_store::outbox::with_links(&m.body, &app.config.public_url),
                status,
                failed: m.failed_at.is_some(),
            }
        })
        .collect();
    Ok(render(&Outbox { c: Chrome::new(&ctx, ctx.tr.t("admin-outbox-title")), messages })?.into_response())
}

#[derive(Template)]
#[template(path = "admin_inventory.html")]
struct Inventory {
    c: Chrome,
    summary: String,
    rows: Vec<crate::inventory::Labelled>,
    legend: Vec<(String, String)>,
}

/// `GET /admin/inventory`: every column of the database, personal or not,
/// with its kind, purposes and retention, in the reader's language.
pub async fn inventory(SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    let tr = ctx.tr;
    let rows = crate::inventory::labelled(&tr);
    let personal = rows.iter().filter(|r| r.personal).count() as i64;
    let summary = tr.args(
        "admin-inventory-summary",
        &[("personal", crate::i18n::Arg::Num(personal)), ("count", crate::i18n::Arg::Num(rows.len() as i64))],
    );
    let legend = crate::inventory::legend(&tr);
    Ok(render(&Inventory { c: Chrome::new(&ctx, tr.t("admin-inventory-title")), summary, rows, legend })?
        .into_response())
}

/// `GET /admin/inventory.csv`: the same, as a spreadsheet.
pub async fn inventory_csv(SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    require(&user, Action::ManageInstallation)?;
    let tr = ctx.tr;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "admin-inventory-table",
        "admin-inventory-column",
        "admin-inventory-category",
        "admin-inventory-purposes",
        "admin-inventory-retention",
    ]
    .map(|k| tr.t(k));
    let write = |out: &mut csv::Writer<Vec<u8>>, record: &[&str]| out.write_record(record).map_err(AppError::failed);
    write(&mut out, &header.iter().map(String::as_str).collect::<Vec<_>>())?;
    for r in crate::inventory::labelled(&tr) {
        write(&mut out, &[r.table, r.column, &r.category_label, &r.purposes_label, &r.retention_label])?;
    }
    let body = out.into_inner().map_err(|e| AppError::failed(e.into_error()))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"m4m-data-inventory.csv\""),
        ],
        body,
    )
        .into_response())
}
