//! Step 1, inform stakeholders: the directory of local actors, the
//! outreach log, and who brought whom.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::participant::search_terms;
use m4m_domain::permission::{Action, Target};
use m4m_domain::stakeholder::{KINDS, NewOutreach, NewStakeholder, OUTREACH_KINDS, OutreachForm, StakeholderForm};
use m4m_store::stakeholders::{Stakeholder, StakeholdersQuery};
use serde::Deserialize;

use crate::AppState;
use crate::access::organisation_for;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::csv::{self, csv_response};
use crate::kit::form::{Choice, choices};
use crate::kit::pager::{Pager, address, fetch_page};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, Control, Field, Form as FormView, keyed_options, render};

/// The routes of step 1.
pub fn router() -> Routes {
    Routes::new()
        .route("/stakeholders", get(list).post(create))
        .route("/stakeholders/{id}", get(show).post(update))
        .route("/outreach", get(outreach).post(create_outreach))
        .route("/stakeholders.csv", get(export))
        .route("/outreach.csv", get(export_outreach))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StakeholderFields {
    name: String,
    kind: String,
    contact_name: String,
    email: String,
    phone: String,
    languages: String,
    area: String,
    notes: String,
}

impl StakeholderFields {
    fn of(s: &Stakeholder) -> Self {
        StakeholderFields {
            name: s.name.clone(),
            kind: s.kind.clone(),
            contact_name: s.contact_name.clone(),
            email: s.email.clone(),
            phone: s.phone.clone(),
            languages: s.languages.join(", "),
            area: s.area.clone(),
            notes: s.notes.clone(),
        }
    }

    fn parse(&self) -> Result<NewStakeholder, Validation> {
        NewStakeholder::parse(&StakeholderForm {
            name: &self.name,
            kind: &self.kind,
            contact_name: &self.contact_name,
            email: &self.email,
            phone: &self.phone,
            languages: &self.languages,
            area: &self.area,
            notes: &self.notes,
        })
    }
}

fn stakeholder_form(tr: &Tr, action: String, submit: &str, f: &StakeholderFields) -> FormView {
    let kind = if f.kind.is_empty() { "association" } else { &f.kind };
    FormView {
        action,
        submit: tr.t(submit),
        fields: vec![
            Field::new(tr, "name", "stakeholder-name", Control::Text, &f.name).required(),
            Field::new(tr, "kind", "stakeholder-kind", Control::Select, kind).required().options(keyed_options(
                tr,
                &KINDS,
                "stakeholder-kind-",
            )),
            Field::new(tr, "contact_name", "stakeholder-contact", Control::Text, &f.contact_name),
            Field::new(tr, "email", "stakeholder-email", Control::Email, &f.email),
            Field::new(tr, "phone", "stakeholder-phone", Control::Text, &f.phone),
            Field::new(tr, "languages", "stakeholder-languages", Control::Text, &f.languages),
            Field::new(tr, "area", "stakeholder-area", Control::Text, &f.area),
            Field::new(tr, "notes", "stakeholder-notes", Control::TextArea, &f.notes),
        ],
        hidden: Vec::new(),
    }
}

/// A stakeholder row of the directory.
pub struct Row {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub contact: String,
    pub referred: String,
}

#[derive(Template)]
#[template(path = "stakeholders.html")]
struct Directory {
    c: Chrome,
    notice: Option<String>,
    /// The search and filter as sent.
    q: String,
    kinds: Vec<Choice>,
    rows: Vec<Row>,
    /// "12 stakeholders" or "Stakeholders 51–100 of 230".
    summary: String,
    pager: Option<Pager>,
    filtered: bool,
    form: FormView,
}

/// Stakeholders to a page.
const PAGE: usize = 50;

/// The notice after a change, the search, filter and page of the
/// directory, as sent.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: Option<String>,
    q: String,
    kind: String,
    page: String,
}

async fn directory(
    app: &AppState,
    ctx: &Ctx,
    org: i64,
    form: FormView,
    notice: Option<String>,
    params: &Done,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let wanted = StakeholdersQuery {
        terms: search_terms(&params.q),
        kind: KINDS.contains(&params.kind.as_str()).then(|| params.kind.clone()),
        offset: 0,
        limit: PAGE as i64,
    };
    let store = &app.store;
    let (page, from) = fetch_page(params.page.parse().unwrap_or(1), PAGE, |offset| {
        let wanted = StakeholdersQuery { offset, ..wanted.clone() };
        async move { store.stakeholders_page(org, &wanted).await }
    })
    .await?;
    let total = page.total.max(0) as usize;
    let rows: Vec<Row> = page
        .rows
        .into_iter()
        .map(|s| Row {
            referred: tr.args(
                "stakeholder-referred",
                &[("mentors", Arg::Num(s.referred_mentors)), ("mentees", Arg::Num(s.referred_mentees))],
            ),
            kind: tr.t(&format!("stakeholder-kind-{}", s.kind)),
            contact: [s.contact_name.as_str(), s.email.as_str(), s.phone.as_str()]
                .iter()
                .filter(|x| !x.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · "),
            id: s.id,
            name: s.name,
        })
        .collect();
    let link = |n| address("/stakeholders", &[("q", params.q.as_str()), ("kind", &params.kind)], n);
    let pager = Pager::of(&tr, "stakeholders-pager", (from, rows.len(), total, PAGE), link);
    let kinds = KINDS.iter().map(|k| ((*k).to_owned(), tr.t(&format!("stakeholder-kind-{k}")))).collect();
    render(&Directory {
        c: Chrome::new(ctx, tr.t("stakeholders-title")),
        notice,
        q: params.q.clone(),
        kinds: choices(tr.t("stakeholders-any-kind"), kinds, &params.kind),
        summary: tr.n("stakeholders-total", total as i64),
        filtered: !wanted.terms.is_empty() || wanted.kind.is_some(),
        rows,
        pager,
        form,
    })
}

/// `GET /stakeholders`
pub async fn list(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageStakeholders, None)?;
    let form = stakeholder_form(&ctx.tr, "/stakeholders".into(), "stakeholder-add", &StakeholderFields::default());
    let notice = q.done.as_ref().map(|_| ctx.tr.t("stakeholder-added"));
    Ok(directory(&app, &ctx, org, form, notice, &q).await?.into_response())
}

/// `POST /stakeholders`
pub async fn create(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<StakeholderFields>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageStakeholders, None)?;
    match f.parse() {
        Ok(s) => {
            app.store.create_stakeholder(user.id, org, &s).await?;
            Ok(Redirect::to("/stakeholders?done=1").into_response())
        }
        Err(e) => {
            let form =
                stakeholder_form(&ctx.tr, "/stakeholders".into(), "stakeholder-add", &f).with_errors(&ctx.tr, &e);
            let page = directory(&app, &ctx, org, form, None, &Done::default()).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

async fn own_stakeholder(app: &AppState, user: &CurrentUser, id: i64) -> Result<Stakeholder, AppError> {
    let s = app.store.stakeholder(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ManageStakeholders, Target::organisation(s.organisation_id)) {
        return Err(AppError::NotFound);
    }
    Ok(s)
}

#[derive(Template)]
#[template(path = "stakeholder.html")]
struct Detail {
    c: Chrome,
    notice: Option<String>,
    referred: String,
    months: Vec<(String, i64, i64)>,
    outreach: Vec<OutreachRow>,
    form: FormView,
}

async fn detail(
    app: &AppState,
    ctx: &Ctx,
    s: &Stakeholder,
    form: FormView,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let months =
        app.store.referrals_by_month(&[s.id]).await?.into_iter().map(|m| (m.month, m.mentors, m.mentees)).collect();
    let outreach = outreach_rows(&tr, app.store.outreach(s.organisation_id, Some(s.id)).await?);
    render(&Detail {
        c: Chrome::new(ctx, s.name.clone()),
        notice,
        referred: tr.args(
            "stakeholder-referred",
            &[("mentors", Arg::Num(s.referred_mentors)), ("mentees", Arg::Num(s.referred_mentees))],
        ),
        months,
        outreach,
        form,
    })
}

/// `GET /stakeholders/{id}`
pub async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let s = own_stakeholder(&app, &user, id).await?;
    let form = stakeholder_form(&ctx.tr, format!("/stakeholders/{id}"), "stakeholder-save", &StakeholderFields::of(&s));
    let notice = q.done.map(|_| ctx.tr.t("stakeholder-saved"));
    Ok(detail(&app, &ctx, &s, form, notice).await?.into_response())
}

/// `POST /stakeholders/{id}`
pub async fn update(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<StakeholderFields>,
) -> Result<Response, AppError> {
    let s = own_stakeholder(&app, &user, id).await?;
    match f.parse() {
        Ok(new) => {
            app.store.update_stakeholder(user.id, s.id, &new).await?;
            Ok(Redirect::to(&format!("/stakeholders/{id}?done=1")).into_response())
        }
        Err(e) => {
            let form = stakeholder_form(&ctx.tr, format!("/stakeholders/{id}"), "stakeholder-save", &f)
                .with_errors(&ctx.tr, &e);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, detail(&app, &ctx, &s, form, None).await?).into_response())
        }
    }
}

/// An outreach line as shown.
pub struct OutreachRow {
    pub date: String,
    pub kind: String,
    pub stakeholder: String,
    pub place: String,
    pub reached: i64,
    pub materials: String,
}

fn outreach_rows(tr: &Tr, list: Vec<m4m_store::stakeholders::Outreach>) -> Vec<OutreachRow> {
    list.into_iter()
        .map(|o| OutreachRow {
            date: o.held_on,
            kind: tr.t(&format!("outreach-kind-{}", o.kind)),
            stakeholder: o.stakeholder_name.unwrap_or_default(),
            place: [o.place, o.audience].iter().filter(|x| !x.is_empty()).cloned().collect::<Vec<_>>().join(" · "),
            reached: o.people_reached,
            materials: o.materials,
        })
        .collect()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OutreachFields {
    kind: String,
    held_on: String,
    stakeholder_id: String,
    place: String,
    audience: String,
    people_reached: String,
    materials: String,
    notes: String,
}

#[derive(Template)]
#[template(path = "outreach.html")]
struct OutreachPage {
    c: Chrome,
    notice: Option<String>,
    rows: Vec<OutreachRow>,
    form: FormView,
}

async fn outreach_page(
    app: &AppState,
    ctx: &Ctx,
    org: i64,
    f: &OutreachFields,
    errors: Option<&Validation>,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let mut stakeholders = vec![(String::new(), tr.t("outreach-no-stakeholder"))];
    stakeholders.extend(app.store.stakeholders(org).await?.into_iter().map(|s| (s.id.to_string(), s.name)));
    let kind = if f.kind.is_empty() { "information_session" } else { &f.kind };
    let mut form = FormView {
        action: "/outreach".into(),
        submit: tr.t("outreach-add"),
        fields: vec![
            Field::new(&tr, "kind", "outreach-kind", Control::Select, kind).required().options(keyed_options(
                &tr,
                &OUTREACH_KINDS,
                "outreach-kind-",
            )),
            Field::new(&tr, "held_on", "outreach-date", Control::Date, &f.held_on).required(),
            Field::new(&tr, "stakeholder_id", "outreach-stakeholder", Control::Select, &f.stakeholder_id)
                .options(stakeholders),
            Field::new(&tr, "place", "outreach-place", Control::Text, &f.place),
            Field::new(&tr, "audience", "outreach-audience", Control::Text, &f.audience),
            Field::new(&tr, "people_reached", "outreach-reached", Control::Number, &f.people_reached),
            Field::new(&tr, "materials", "outreach-materials", Control::TextArea, &f.materials),
            Field::new(&tr, "notes", "outreach-notes", Control::TextArea, &f.notes),
        ],
        hidden: Vec::new(),
    };
    if let Some(e) = errors {
        form = form.with_errors(&tr, e);
    }
    let rows = outreach_rows(&tr, app.store.outreach(org, None).await?);
    render(&OutreachPage { c: Chrome::new(ctx, tr.t("outreach-title")), notice, rows, form })
}

/// `GET /outreach`
pub async fn outreach(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageStakeholders, None)?;
    let notice = q.done.map(|_| ctx.tr.t("outreach-added"));
    Ok(outreach_page(&app, &ctx, org, &OutreachFields::default(), None, notice).await?.into_response())
}

/// `POST /outreach`
pub async fn create_outreach(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<OutreachFields>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageStakeholders, None)?;
    let own: Vec<i64> = app.store.stakeholders(org).await?.iter().map(|s| s.id).collect();
    let parsed = NewOutreach::parse(
        &OutreachForm {
            kind: &f.kind,
            held_on: &f.held_on,
            stakeholder_id: &f.stakeholder_id,
            place: &f.place,
            audience: &f.audience,
            people_reached: &f.people_reached,
            materials: &f.materials,
            notes: &f.notes,
        },
        &own,
    );
    match parsed {
        Ok(o) => {
            app.store.create_outreach(user.id, org, &o).await?;
            Ok(Redirect::to("/outreach?done=1").into_response())
        }
        Err(e) => {
            let page = outreach_page(&app, &ctx, org, &f, Some(&e), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// What an export is asked for: `?codes=1` gives the columns' codes and
/// the stored codes of kinds, for tools.
#[derive(Deserialize, Default)]
pub struct ExportFor {
    #[serde(default)]
    codes: String,
}

/// The stakeholders' spreadsheet: column codes and their headings.
const STAKEHOLDER_COLUMNS: [(&str, &str); 11] = [
    ("id", "export-column-id"),
    ("name", "stakeholder-name"),
    ("kind", "stakeholder-kind"),
    ("contact_name", "stakeholder-contact"),
    ("email", "stakeholder-email"),
    ("phone", "stakeholder-phone"),
    ("languages", "export-column-languages"),
    ("area", "stakeholder-area"),
    ("notes", "stakeholder-notes"),
    ("referred_buddies", "export-stakeholders-referred-buddies"),
    ("referred_newcomers", "export-stakeholders-referred-newcomers"),
];

/// `GET /stakeholders.csv`: the directory, with the referral counts, in
/// the reader's language (or codes for tools); audited.
pub async fn export(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(wanted): Query<ExportFor>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageStakeholders, None)?;
    let tools = wanted.codes == "1";
    let tr = &ctx.tr;
    let rows: Vec<Vec<String>> = app
        .store
        .stakeholders(org)
        .await?
        .into_iter()
        .map(|s| {
            let kind = if tools { s.kind } else { tr.t(&format!("stakeholder-kind-{}", s.kind)) };
            vec![
                s.id.to_string(),
                s.name,
                kind,
                s.contact_name,
                s.email,
                s.phone,
                s.languages.join(";"),
                s.area,
                s.notes,
                s.referred_mentors.to_string(),
                s.referred_mentees.to_string(),
            ]
        })
        .collect();
    let subject = format!("organisation:{org}");
    app.store.audit(Some(user.id), "stakeholders.export", &subject, &rows.len().to_string()).await?;
    Ok(csv_response("m4m-stakeholders.csv", csv::for_reader(tr, &STAKEHOLDER_COLUMNS, &rows, tools)))
}

/// The outreach log's spreadsheet: column codes and their headings.
const OUTREACH_COLUMNS: [(&str, &str); 8] = [
    ("date", "outreach-date"),
    ("kind", "outreach-kind"),
    ("stakeholder", "outreach-stakeholder"),
    ("place", "outreach-place"),
    ("audience", "outreach-audience"),
    ("people_reached", "outreach-reached"),
    ("materials", "outreach-materials"),
    ("notes", "outreach-notes"),
];

/// `GET /outreach.csv`: the outreach log, in the reader's language (or
/// codes for tools); audited.
pub async fn export_outreach(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(wanted): Query<ExportFor>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageStakeholders, None)?;
    let tools = wanted.codes == "1";
    let tr = &ctx.tr;
    let rows: Vec<Vec<String>> = app
        .store
        .outreach(org, None)
        .await?
        .into_iter()
        .map(|o| {
            let kind = if tools { o.kind } else { tr.t(&format!("outreach-kind-{}", o.kind)) };
            vec![
                o.held_on,
                kind,
                o.stakeholder_name.unwrap_or_default(),
                o.place,
                o.audience,
                o.people_reached.to_string(),
                o.materials,
                o.notes,
            ]
        })
        .collect();
    let subject = format!("organisation:{org}");
    app.store.audit(Some(user.id), "outreach.export", &subject, &rows.len().to_string()).await?;
    Ok(csv_response("m4m-outreach.csv", csv::for_reader(tr, &OUTREACH_COLUMNS, &rows, tools)))
}
