//! Programmes: a coordinator creates one and follows its people step by
//! step.

use std::collections::BTreeMap;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::pairing::PairStatus;
use m4m_domain::participant::{Kind, Status, search_terms};
use m4m_domain::permission::{Action, Target};
use m4m_domain::programme::{Monitoring, MonitoringForm, NewProgramme, ProgrammeForm, ProgrammeStatus, TEXT_FIELDS};
use m4m_domain::{Step, language};
use m4m_store::pairing::PairsQuery;
use m4m_store::participants::{ParticipantRow, PeopleQuery, PeopleSort};
use m4m_store::programmes::Programme;
use serde::Deserialize;

use crate::AppState;
use crate::access::programme_for;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::cards::{ProgrammeCard, programme_card};
use crate::kit::form::{Choice, choices};
use crate::kit::labels::{programme_status, status_label};
use crate::kit::pager::{Pager, fetch_page};
use crate::kit::paths::pair_page;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, Control, Field, Form as FormView, FormPage, render};

/// The routes of programmes.
pub fn router() -> Routes {
    Routes::new()
        .route("/programmes/new", get(new_form).post(create))
        .route("/programmes/{id}", get(show))
        .route("/programmes/{id}/edit", get(edit_form).post(update))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProgrammeFields {
    organisation_id: String,
    name: String,
    description: String,
    languages: String,
    starts_on: String,
    ends_on: String,
    target_mentors: String,
    target_mentees: String,
    status: String,
    contact: String,
    risk_no_session_days: String,
    risk_ending_days: String,
    checkin_first_days: String,
    checkin_every_days: String,
    midterm_weeks: String,
    /// The rest of the form: the texts in other languages (`name_ar`,
    /// `description_ar`, … as [`TEXT_FIELDS`] names them).
    #[serde(flatten)]
    texts: BTreeMap<String, String>,
}

impl ProgrammeFields {
    fn programme(&self) -> ProgrammeForm<'_> {
        ProgrammeForm {
            name: &self.name,
            description: &self.description,
            languages: &self.languages,
            starts_on: &self.starts_on,
            ends_on: &self.ends_on,
            target_mentors: &self.target_mentors,
            target_mentees: &self.target_mentees,
            status: if self.status.is_empty() { "draft" } else { &self.status },
            contact: &self.contact,
            texts: TEXT_FIELDS
                .iter()
                .map(|&(code, name, description)| (code, self.text(name), self.text(description)))
                .collect(),
        }
    }

    fn text(&self, field: &str) -> &str {
        self.texts.get(field).map_or("", String::as_str)
    }

    fn monitoring(&self) -> MonitoringForm<'_> {
        MonitoringForm {
            risk_no_session_days: &self.risk_no_session_days,
            risk_ending_days: &self.risk_ending_days,
            checkin_first_days: &self.checkin_first_days,
            checkin_every_days: &self.checkin_every_days,
            midterm_weeks: &self.midterm_weeks,
        }
    }

    /// The form as a stored programme fills it.
    fn of(p: &Programme) -> ProgrammeFields {
        let m = &p.monitoring;
        ProgrammeFields {
            organisation_id: p.organisation_id.to_string(),
            name: p.name.clone(),
            description: p.description.clone(),
            languages: p.languages.join(", "),
            starts_on: p.starts_on.clone(),
            ends_on: p.ends_on.clone(),
            target_mentors: p.target_mentors.to_string(),
            target_mentees: p.target_mentees.to_string(),
            status: p.status.as_str().to_owned(),
            contact: p.contact.clone(),
            risk_no_session_days: m.risk_no_session_days.to_string(),
            risk_ending_days: m.risk_ending_days.to_string(),
            checkin_first_days: m.checkin_first_days.to_string(),
            checkin_every_days: m.checkin_every_days.to_string(),
            midterm_weeks: m.midterm_weeks.to_string(),
            texts: TEXT_FIELDS
                .iter()
                .filter_map(|&(code, name, description)| p.texts.get(code).map(|t| (name, description, t)))
                .flat_map(|(name, description, t)| {
                    [(name.to_owned(), t.name.clone()), (description.to_owned(), t.description.clone())]
                })
                .collect(),
        }
    }
}

/// The organisations in which `user` may create programmes, with names.
async fn own_organisations(app: &AppState, user: &CurrentUser) -> Result<Vec<(i64, String)>, AppError> {
    let scope = user.actor.organisations_for(Action::ManageProgramme);
    let all = app.store.organisations().await?;
    Ok(all
        .into_iter()
        .filter(|o| scope.as_ref().is_none_or(|ids| ids.contains(&o.id)))
        .map(|o| (o.id, o.name))
        .collect())
}

fn programme_form(ctx: &Ctx, orgs: &[(i64, String)], f: &ProgrammeFields) -> FormView {
    let tr = &ctx.tr;
    let mut fields = Vec::new();
    if orgs.len() > 1 {
        fields.push(
            Field::new(tr, "organisation_id", "programme-field-organisation", Control::Select, &f.organisation_id)
                .required()
                .options(orgs.iter().map(|(id, n)| (id.to_string(), n.clone())).collect()),
        );
    }
    let status = if f.status.is_empty() { "draft" } else { &f.status };
    fields.extend([
        Field::new(tr, "name", "programme-field-name", Control::Text, &f.name).required(),
        Field::new(tr, "description", "programme-field-description", Control::TextArea, &f.description),
        Field::new(tr, "languages", "programme-field-languages", Control::Text, &f.languages),
        Field::new(tr, "starts_on", "programme-field-starts", Control::Date, &f.starts_on).required(),
        Field::new(tr, "ends_on", "programme-field-ends", Control::Date, &f.ends_on).required(),
        Field::new(tr, "target_mentors", "programme-field-target-mentors", Control::Number, &f.target_mentors),
        Field::new(tr, "target_mentees", "programme-field-target-mentees", Control::Number, &f.target_mentees),
        Field::new(tr, "contact", "programme-field-contact", Control::TextArea, &f.contact),
        Field::new(tr, "status", "programme-status", Control::Select, status)
            .options(ProgrammeStatus::ALL.iter().map(|s| (s.as_str().to_owned(), programme_status(tr, *s))).collect()),
    ]);
    FormView { action: "/programmes/new".into(), submit: tr.t("programme-create"), fields, hidden: Vec::new() }
}

/// `GET /programmes/new`
pub async fn new_form(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let orgs = own_organisations(&app, &user).await?;
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let form = programme_form(&ctx, &orgs, &ProgrammeFields::default());
    Ok(render(&FormPage {
        c: Chrome::new(&ctx, ctx.tr.t("programme-new-title")),
        intro: Vec::new(),
        notice: None,
        form,
    })?
    .into_response())
}

/// `POST /programmes/new`
pub async fn create(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<ProgrammeFields>,
) -> Result<Response, AppError> {
    let orgs = own_organisations(&app, &user).await?;
    let organisation = match orgs.as_slice() {
        [] => return Err(AppError::Forbidden),
        [(only, _)] => *only,
        _ => f.organisation_id.trim().parse::<i64>().unwrap_or(0),
    };
    // The organisation comes from the form only among the asker's own.
    let allowed = user.actor.can(Action::ManageProgramme, Target::organisation(organisation));
    let mut parsed = NewProgramme::parse(&f.programme());
    if !allowed {
        let mut v = parsed.err().unwrap_or_default();
        v.add("organisation_id", "error-choice-invalid");
        parsed = Err(v);
    }
    match parsed {
        Ok(p) => {
            let id = app.store.create_programme(user.id, organisation, &p).await?;
            Ok(Redirect::to(&format!("/programmes/{id}")).into_response())
        }
        Err(errors) => {
            let form = programme_form(&ctx, &orgs, &f).with_errors(&ctx.tr, &errors);
            let page = render(&FormPage {
                c: Chrome::new(&ctx, ctx.tr.t("programme-new-title")),
                intro: Vec::new(),
                notice: None,
                form,
            })?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

pub struct ParticipantLine {
    pub id: i64,
    pub status: String,
    pub kind: String,
    pub name: String,
    pub native: String,
    pub origin: String,
    pub area: String,
    pub step: String,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage {
    c: Chrome,
    p: ProgrammeCard,
    description: String,
    organisation: String,
    languages: String,
    participants: Option<PeopleList>,
    /// The step the list is cut to ("People at step 7 · Peer sessions").
    at_step: Option<String>,
    /// Pairs: id, newcomer, buddy, status, link.
    pairs: Vec<(i64, String, String, String, String)>,
    pairs_pager: Option<Pager>,
    notice: Option<String>,
    /// Whether the asker may change the programme and its settings.
    edit: bool,
    /// Whether the asker may register, screen, import and export.
    manage: bool,
    public: bool,
}

/// What the programme page may announce, and which of its people and
/// pairs to list. Every value comes as typed in the address: one that
/// does not parse is left out, as the filter form's "all" is.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShowQuery {
    imported: Option<i64>,
    skipped: Option<i64>,
    saved: Option<String>,
    /// A search in the names, e-mails and phones of the people.
    q: String,
    kind: String,
    status: String,
    /// Only the people at this step (the step tiles lead here).
    step: String,
    language: String,
    sort: String,
    /// The page of people, from 1.
    page: String,
    /// The page of pairs, from 1.
    pairs: String,
}

impl ShowQuery {
    fn step(&self) -> Option<Step> {
        self.step.parse().ok().and_then(Step::from_number)
    }

    fn people(&self, size: usize) -> PeopleQuery {
        PeopleQuery {
            terms: search_terms(&self.q),
            kind: Kind::parse(&self.kind),
            status: Status::parse(&self.status),
            step: self.step().map(|s| i64::from(s.number())),
            // A language code (`ar`, `prs`, `pt-br`): nothing that could be
            // a wildcard of the query.
            language: Some(self.language.trim().to_owned())
                .filter(|l| (2..=12).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase() || c == '-')),
            sort: match self.sort.as_str() {
                "name" => PeopleSort::Name,
                "newest" => PeopleSort::Newest,
                _ => PeopleSort::Step,
            },
            after: 0,
            offset: 0,
            limit: size as i64,
        }
    }

    /// This list's address at another page of people or of pairs.
    fn link(&self, id: i64, page: usize, pairs: usize, anchor: &str) -> String {
        let mut query = vec![];
        for (k, v) in [
            ("q", self.q.as_str()),
            ("kind", &self.kind),
            ("status", &self.status),
            ("step", &self.step),
            ("language", &self.language),
            ("sort", &self.sort),
        ] {
            if !v.is_empty() {
                query.push((k, v.to_owned()));
            }
        }
        if page > 1 {
            query.push(("page", page.to_string()));
        }
        if pairs > 1 {
            query.push(("pairs", pairs.to_string()));
        }
        let query = serde_urlencoded::to_string(&query).unwrap_or_default();
        let query = if query.is_empty() { String::new() } else { format!("?{query}") };
        format!("/programmes/{id}{query}#{anchor}")
    }
}

/// People and pairs to a page of the programme page.
const PEOPLE_PAGE: usize = 50;
const PAIRS_PAGE: usize = 25;

/// The people of a programme as its coordinators look for them: the
/// search and filters as sent, one page of people, which part it is.
pub struct PeopleList {
    q: String,
    kinds: Vec<Choice>,
    statuses: Vec<Choice>,
    steps: Vec<Choice>,
    languages: Vec<Choice>,
    sorts: Vec<Choice>,
    rows: Vec<ParticipantLine>,
    /// "15,016 people" or "People 51–100 of 15,016".
    summary: String,
    pager: Option<Pager>,
    /// Whether a search or filter narrows the list.
    filtered: bool,
}

/// One page of a programme's people, found as `q` asks.
async fn people_list(app: &AppState, tr: &Tr, p: &Programme, q: &ShowQuery) -> Result<PeopleList, AppError> {
    let wanted = q.people(PEOPLE_PAGE);
    let requested = q.page.parse::<usize>().unwrap_or(1);
    let (page, from) = fetch_page(requested, PEOPLE_PAGE, |offset| {
        let wanted = PeopleQuery { offset, ..wanted.clone() };
        async move { app.store.people_page(p.id, &wanted).await }
    })
    .await?;
    let total = page.total.max(0) as usize;
    let rows: Vec<ParticipantLine> = page.rows.into_iter().map(|r| participant_line(tr, r)).collect();
    let pager = Pager::of(tr, "programme-people-pager", (from, rows.len(), total, PEOPLE_PAGE), |n| {
        q.link(p.id, n, 1, "people")
    });
    let filtered = !wanted.terms.is_empty()
        || wanted.kind.is_some()
        || wanted.status.is_some()
        || wanted.step.is_some()
        || wanted.language.is_some();
    let kinds = vec![
        (Kind::Mentor.as_str().to_owned(), tr.t("role-mentor")),
        (Kind::Mentee.as_str().to_owned(), tr.t("role-mentee")),
    ];
    let statuses = Status::ALL.iter().map(|s| (s.as_str().to_owned(), status_label(tr, *s))).collect();
    let steps =
        Step::ALL.iter().map(|s| (s.number().to_string(), format!("{}. {}", s.number(), tr.t(s.key())))).collect();
    // The programme's languages, and the one asked for if it is another.
    let mut codes = p.languages.clone();
    if let Some(asked) = &wanted.language
        && !codes.contains(asked)
    {
        codes.push(asked.clone());
    }
    let languages = codes.iter().map(|c| (c.clone(), fmt::languages(std::slice::from_ref(c)))).collect();
    let sorts =
        vec![("name".to_owned(), tr.t("programme-sort-name")), ("newest".to_owned(), tr.t("programme-sort-newest"))];
    Ok(PeopleList {
        q: q.q.clone(),
        kinds: choices(tr.t("programme-filter-everyone"), kinds, &q.kind),
        statuses: choices(tr.t("programme-filter-any-status"), statuses, &q.status),
        steps: choices(tr.t("programme-filter-any-step"), steps, &q.step),
        languages: choices(tr.t("programme-filter-any-language"), languages, &q.language),
        sorts: choices(tr.t("programme-sort-step"), sorts, &q.sort),
        summary: tr.n("programme-people-total", total as i64),
        rows,
        pager,
        filtered,
    })
}

fn participant_line(tr: &Tr, p: ParticipantRow) -> ParticipantLine {
    ParticipantLine {
        id: p.id,
        status: status_label(tr, p.status),
        kind: tr.t(match p.kind {
            Kind::Mentor => "role-mentor",
            Kind::Mentee => "role-mentee",
        }),
        name: format!("{} {}", p.first_name, p.last_name),
        native: fmt::languages(std::slice::from_ref(&p.native_language)),
        origin: p.country_of_origin,
        area: p.area,
        step: Step::from_number(p.step).map(|s| format!("{}. {}", s.number(), tr.t(s.key()))).unwrap_or_default(),
    }
}

/// `GET /programmes/{id}`: a programme, with its people for those who
/// may see them. Someone of another organisation gets a 404, as for a
/// programme that does not exist.
pub async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<ShowQuery>,
) -> Result<Response, AppError> {
    let programme = app.store.programme(id).await?.ok_or(AppError::NotFound)?;
    let target = Target::organisation(programme.organisation_id);
    if !user.actor.can(Action::ViewProgramme, target) {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr;
    let participants = if user.actor.can(Action::ViewParticipant, target) {
        Some(people_list(&app, &tr, &programme, &q).await?)
    } else {
        None
    };
    let mut card = programme_card(&tr, &programme, &app.store.step_counts(programme.id).await?);
    card.people_link = participants.is_some();
    let manage = user.actor.can(Action::ManageParticipant, target);
    let (pairs, pairs_pager) = if manage {
        let requested = q.pairs.parse::<usize>().unwrap_or(1);
        let open =
            PairsQuery { statuses: PairStatus::OPEN.to_vec(), limit: PAIRS_PAGE as i64, ..PairsQuery::default() };
        let store = &app.store;
        let (page, from) = fetch_page(requested, PAIRS_PAGE, |offset| {
            let open = PairsQuery { offset, ..open.clone() };
            async move { store.pairs_page(id, &open).await }
        })
        .await?;
        let (total, page) = (page.total.max(0) as usize, page.rows);
        let pager = Pager::of(&tr, "programme-pairs-pager", (from, page.len(), total, PAIRS_PAGE), |n| {
            q.link(id, 1, n, "pairs")
        });
        let page = page
            .into_iter()
            .map(|l| {
                let link = pair_page(l.id, l.status);
                (l.id, l.mentee, l.mentor, tr.t(&format!("pair-status-{}", l.status.as_str())), link)
            })
            .collect();
        (page, pager)
    } else {
        (Vec::new(), None)
    };
    let public = matches!(programme.status, ProgrammeStatus::Recruiting | ProgrammeStatus::Running);
    Ok(render(&ProgrammePage {
        c: Chrome::new(&ctx, programme.name_in(tr.lang.code).to_owned()),
        p: card,
        description: programme.description_in(tr.lang.code).to_owned(),
        organisation: programme.organisation_name,
        languages: fmt::languages_html(&tr, &programme.languages),
        participants,
        at_step: q.step().map(|s| {
            tr.args("programme-at-step", &[("n", Arg::Num(i64::from(s.number()))), ("name", Arg::Text(&tr.t(s.key())))])
        }),
        pairs,
        pairs_pager,
        notice: q
            .imported
            .map(|n| import_notice(&tr, n, q.skipped.unwrap_or(0)))
            .or_else(|| q.saved.map(|_| tr.t("programme-saved"))),
        edit: user.actor.can(Action::ManageProgramme, target),
        manage,
        public,
    })?
    .into_response())
}

/// The programme form with the settings of its follow-up, to change it.
fn edit_view(ctx: &Ctx, id: i64, f: &ProgrammeFields) -> FormView {
    let tr = &ctx.tr;
    let mut form = programme_form(ctx, &[], f);
    form.action = format!("/programmes/{id}/edit");
    form.submit = tr.t("programme-save");
    // The name and description for the readers of each interface language
    // the programme speaks (or already has a text in).
    let spoken: Vec<&str> = f.languages.split([',', ';', ' ']).map(str::trim).collect();
    for (&(code, name, description), language) in TEXT_FIELDS.iter().zip(language::LANGUAGES) {
        if !spoken.contains(&code) && f.text(name).is_empty() && f.text(description).is_empty() {
            continue;
        }
        let label = |key| tr.args(key, &[("language", Arg::Text(language.native_name))]);
        let mut n = Field::new(tr, name, "programme-field-name", Control::Text, f.text(name));
        n.label = label("programme-field-name-in");
        let mut d = Field::new(tr, description, "programme-field-description", Control::TextArea, f.text(description));
        d.label = label("programme-field-description-in");
        form.fields.extend([n, d]);
    }
    form.fields.extend([
        Field::new(
            tr,
            "risk_no_session_days",
            "programme-field-risk-no-session",
            Control::Number,
            &f.risk_no_session_days,
        ),
        Field::new(tr, "risk_ending_days", "programme-field-risk-ending", Control::Number, &f.risk_ending_days),
        Field::new(tr, "checkin_first_days", "programme-field-checkin-first", Control::Number, &f.checkin_first_days),
        Field::new(tr, "checkin_every_days", "programme-field-checkin-every", Control::Number, &f.checkin_every_days),
        Field::new(tr, "midterm_weeks", "programme-field-midterm-weeks", Control::Number, &f.midterm_weeks),
    ]);
    form
}

fn edit_page(
    ctx: &Ctx,
    id: i64,
    f: &ProgrammeFields,
    v: Option<&m4m_domain::Validation>,
) -> Result<axum::response::Html<String>, AppError> {
    let mut form = edit_view(ctx, id, f);
    if let Some(v) = v {
        form = form.with_errors(&ctx.tr, v);
    }
    render(&FormPage {
        c: Chrome::new(ctx, ctx.tr.t("programme-edit-title")),
        intro: vec![ctx.tr.t("programme-edit-intro")],
        notice: None,
        form,
    })
}

/// `GET /programmes/{id}/edit`: its coordinators change a programme and
/// how its pairs are followed.
pub async fn edit_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageProgramme).await?;
    Ok(edit_page(&ctx, id, &ProgrammeFields::of(&p), None)?.into_response())
}

/// `POST /programmes/{id}/edit`
pub async fn update(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<ProgrammeFields>,
) -> Result<Response, AppError> {
    programme_for(&app, &user, id, Action::ManageProgramme).await?;
    let programme = NewProgramme::parse(&f.programme());
    let monitoring = Monitoring::parse(&f.monitoring());
    match (programme, monitoring) {
        (Ok(p), Ok(m)) => {
            if !app.store.update_programme(user.id, id, &p, &m).await? {
                return Err(AppError::NotFound);
            }
            Ok(Redirect::to(&format!("/programmes/{id}?saved=1")).into_response())
        }
        (a, b) => {
            let mut v = a.err().unwrap_or_default();
            v.0.extend(b.err().unwrap_or_default().0);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, edit_page(&ctx, id, &f, Some(&v))?).into_response())
        }
    }
}

/// The notice shown after an import (the import comes back here).
fn import_notice(tr: &Tr, imported: i64, skipped: i64) -> String {
    tr.args("import-done", &[("count", Arg::Num(imported)), ("skipped", Arg::Num(skipped))])
}
