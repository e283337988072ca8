//! Step 5: the training course — modules, face-to-face sessions with
//! attendance, enrolment, progress, completion and certificates. Trainers
//! and coordinators run courses; learners — buddies with an account, and
//! staff accounts (coordinators, social workers, volunteers) — follow
//! their own (capsules, quizzes) and print their certificate. Files and
//! translations of modules: `training_files`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use m4m_domain::Validation;
use m4m_domain::participant::{Kind, Status};
use m4m_domain::permission::{Action, Target};
use m4m_domain::training::{AUDIENCES, ModuleForm, ModuleKind, NewCourse, NewModule, Progress};
use m4m_store::training::{Course, Enrolment, Learner, Module, ModuleFile, ModuleText};
use serde::Deserialize;

use crate::AppState;
use crate::access::organisation_for;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::pages::{Chrome, Control, Field, Form as FormView, keyed_options, render};

/// The routes of step 5.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/training", get(list).post(create_course))
        .route("/training/{id}", get(course_page))
        .route("/training/{id}/modules", post(add_module))
        .route("/training/{id}/enrol", post(enrol))
        .route("/training/modules/{id}", get(module_page).post(record))
        .route("/learn", get(learn))
        .route("/learn/modules/{id}", get(learn_module).post(learn_submit))
        .route("/certificates/{id}", get(certificate))
        .merge(super::training_files::router())
}

/// Whether `path` receives a file attached to a module (its body may be
/// as large as an upload).
pub fn is_upload(path: &str) -> bool {
    super::training_files::is_upload(path)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "training.html")]
struct ListPage {
    c: Chrome,
    notice: Option<String>,
    courses: Vec<(i64, String, String, String)>,
    form: FormView,
}

fn course_form(tr: &Tr, title: &str, audience: &str, description: &str) -> FormView {
    FormView {
        action: "/training".into(),
        submit: tr.t("course-create"),
        fields: vec![
            Field::new(tr, "title", "course-title", Control::Text, title).required(),
            Field::new(
                tr,
                "audience",
                "course-audience",
                Control::Select,
                if audience.is_empty() { "buddies" } else { audience },
            )
            .options(keyed_options(tr, &AUDIENCES, "audience-")),
            Field::new(tr, "description", "course-description", Control::TextArea, description),
        ],
        hidden: Vec::new(),
    }
}

async fn list_page(
    app: &AppState,
    ctx: &Ctx,
    org: i64,
    form: FormView,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let courses = app
        .store
        .courses(org)
        .await?
        .into_iter()
        .map(|c| (c.id, c.title.clone(), tr.t(&format!("audience-{}", c.audience)), counts(&tr, &c)))
        .collect();
    render(&ListPage { c: Chrome::new(ctx, tr.t("training-title")), notice, courses, form })
}

fn counts(tr: &Tr, c: &Course) -> String {
    tr.args(
        "course-counts",
        &[("modules", Arg::Num(c.modules)), ("enrolled", Arg::Num(c.enrolled)), ("completed", Arg::Num(c.completed))],
    )
}

/// `GET /training`
async fn list(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageTraining, None)?;
    Ok(list_page(&app, &ctx, org, course_form(&ctx.tr, "", "", ""), None).await?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CourseFields {
    title: String,
    audience: String,
    description: String,
}

/// `POST /training`
async fn create_course(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<CourseFields>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageTraining, None)?;
    match NewCourse::parse(&f.title, &f.audience, &f.description) {
        Ok(c) => {
            let id = app.store.create_course(user.id, org, &c, ctx.tr.lang.code).await?;
            Ok(Redirect::to(&format!("/training/{id}")).into_response())
        }
        Err(e) => {
            let form = course_form(&ctx.tr, &f.title, &f.audience, &f.description).with_errors(&ctx.tr, &e);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, list_page(&app, &ctx, org, form, None).await?).into_response())
        }
    }
}

pub(crate) async fn own_course(app: &AppState, user: &CurrentUser, id: i64) -> Result<Course, AppError> {
    let c = app.store.course(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ManageTraining, Target::organisation(c.organisation_id)) {
        return Err(AppError::NotFound);
    }
    Ok(c)
}

/// A module as listed.
pub struct ModuleLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub detail: String,
    pub mandatory: bool,
}

fn module_line(tr: &Tr, m: &Module) -> ModuleLine {
    let mut detail = tr.args("module-hours", &[("minutes", Arg::Num(m.minutes))]);
    if let Some(at) = m.starts_at {
        let when = tr.when(at);
        detail.push_str(" · ");
        detail.push_str(&tr.args("module-when", &[("when", Arg::Text(&when)), ("place", Arg::Text(&m.place))]));
    }
    ModuleLine {
        id: m.id,
        title: m.title.clone(),
        kind: tr.t(&format!("module-kind-{}", m.kind.as_str())),
        detail,
        mandatory: m.mandatory,
    }
}

fn progress_label(tr: &Tr, p: Progress) -> String {
    match p {
        Progress::Passed(s) | Progress::Failed(s) => {
            tr.args(&format!("progress-{}", p.as_str()), &[("score", Arg::Num(i64::from(s)))])
        }
        _ => tr.t(&format!("progress-{}", p.as_str())),
    }
}

fn progress_in(e: &Enrolment, module: i64) -> Progress {
    e.progress.iter().find(|(m, _)| *m == module).map_or(Progress::NotStarted, |(_, p)| *p)
}

#[derive(Template)]
#[template(path = "course.html")]
struct CoursePage {
    c: Chrome,
    id: i64,
    notice: Option<String>,
    description: String,
    counts: String,
    modules: Vec<ModuleLine>,
    /// Learner, cohort, progress per module, completion, certificate link.
    learners: Vec<(String, String, Vec<String>, String, Option<i64>)>,
    /// Each cohort (pilot group): name, how many enrolled, how many
    /// completed, how many mandatory modules done out of how many due.
    cohorts: Vec<(String, usize, usize, String)>,
    /// Participant id, name, status.
    candidates: Vec<(i64, String, String)>,
    /// Staff accounts that may follow the course: user id, name, roles.
    staff: Vec<(i64, String, String)>,
    module_form: FormView,
}

#[allow(clippy::too_many_arguments)]
async fn course_view(
    app: &AppState,
    ctx: &Ctx,
    c: &Course,
    module_form: FormView,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let modules = app.store.modules(c.id).await?;
    let enrolments = app.store.enrolments(c.id).await?;
    let mandatory: Vec<i64> = modules.iter().filter(|m| m.mandatory).map(|m| m.id).collect();
    let learners = enrolments
        .iter()
        .map(|e| {
            let progress = modules.iter().map(|m| progress_label(&tr, progress_in(e, m.id))).collect();
            let state = match e.completed_at {
                Some(at) => tr.args("course-completed-on", &[("date", Arg::Text(&tr.when(at)))]),
                None => {
                    let done = mandatory.iter().filter(|m| progress_in(e, **m).completed()).count();
                    tr.args(
                        "course-in-progress",
                        &[("done", Arg::Num(done as i64)), ("total", Arg::Num(mandatory.len() as i64))],
                    )
                }
            };
            (e.name.clone(), e.cohort.clone(), progress, state, e.completed_at.map(|_| e.id))
        })
        .collect();
    let mut cohorts: Vec<(String, usize, usize, String)> = Vec::new();
    // Mandatory modules done, per cohort.
    let mut done_in: Vec<usize> = Vec::new();
    for e in &enrolments {
        let done = mandatory.iter().filter(|m| progress_in(e, **m).completed()).count();
        let finished = usize::from(e.completed_at.is_some());
        match cohorts.iter().position(|c| c.0 == e.cohort) {
            Some(i) => {
                cohorts[i].1 += 1;
                cohorts[i].2 += finished;
                done_in[i] += done;
            }
            None => {
                cohorts.push((e.cohort.clone(), 1, finished, String::new()));
                done_in.push(done);
            }
        }
    }
    for (c, done) in cohorts.iter_mut().zip(&done_in) {
        let total = (c.1 * mandatory.len()) as i64;
        c.3 = tr.args("cohort-progress", &[("done", Arg::Num(*done as i64)), ("total", Arg::Num(total))]);
    }
    // Buddies of the organisation accepted or further, not enrolled yet.
    let mut candidates = Vec::new();
    for p in app.store.programmes(Some(&[c.organisation_id])).await? {
        for x in app.store.programme_participants(p.id).await? {
            let eligible = matches!(x.status, Status::Accepted | Status::Training | Status::Ready | Status::Active);
            if x.kind == Kind::Mentor && eligible && !enrolments.iter().any(|e| e.participant_id == Some(x.id)) {
                let status = crate::routes::people::status_label(&tr, x.status.as_str());
                candidates.push((x.id, format!("{} {}", x.first_name, x.last_name), status));
            }
        }
    }
    // Staff accounts of the organisation, not enrolled yet.
    let staff = app
        .store
        .staff_learners(c.organisation_id)
        .await?
        .into_iter()
        .filter(|s| !enrolments.iter().any(|e| e.participant_id.is_none() && e.user_id == Some(s.user_id)))
        .map(|s| {
            let roles: Vec<String> = s.roles.iter().map(|r| tr.t(&format!("role-{r}"))).collect();
            (s.user_id, s.name, roles.join(", "))
        })
        .collect();
    render(&CoursePage {
        c: Chrome::new(ctx, c.title.clone()),
        id: c.id,
        notice,
        description: c.description.clone(),
        counts: counts(&tr, c),
        modules: modules.iter().map(|m| module_line(&tr, m)).collect(),
        learners,
        cohorts,
        candidates,
        staff,
        module_form,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ModuleFields {
    kind: String,
    title: String,
    body: String,
    link: String,
    minutes: String,
    mandatory: Option<String>,
    quiz: String,
    pass_mark: String,
    date: String,
    time: String,
    place: String,
    capacity: String,
}

fn module_form(tr: &Tr, course: i64, f: &ModuleFields) -> FormView {
    let kind = if f.kind.is_empty() { "capsule" } else { &f.kind };
    let mandatory = if f.mandatory.is_some() || f.kind.is_empty() { "yes" } else { "no" };
    FormView {
        action: format!("/training/{course}/modules"),
        submit: tr.t("module-add"),
        fields: vec![
            Field::new(tr, "kind", "module-kind", Control::Select, kind).options(
                ModuleKind::ALL
                    .iter()
                    .map(|k| (k.as_str().to_owned(), tr.t(&format!("module-kind-{}", k.as_str()))))
                    .collect(),
            ),
            Field::new(tr, "title", "module-title", Control::Text, &f.title).required(),
            Field::new(tr, "body", "module-body", Control::TextArea, &f.body),
            Field::new(tr, "link", "module-link", Control::Text, &f.link),
            Field::new(tr, "minutes", "module-minutes", Control::Number, &f.minutes),
            Field::new(tr, "mandatory", "module-mandatory", Control::Select, mandatory)
                .options(vec![("yes".into(), tr.t("form-yes")), ("no".into(), tr.t("form-no"))]),
            Field::new(tr, "quiz", "module-quiz", Control::TextArea, &f.quiz),
            Field::new(tr, "pass_mark", "module-pass-mark", Control::Number, &f.pass_mark),
            Field::new(tr, "date", "module-date", Control::Date, &f.date),
            Field::new(tr, "time", "module-time", Control::Text, &f.time),
            Field::new(tr, "place", "module-place", Control::Text, &f.place),
            Field::new(tr, "capacity", "module-capacity", Control::Number, &f.capacity),
        ],
        hidden: Vec::new(),
    }
}

/// `GET /training/{id}`
async fn course_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let c = own_course(&app, &user, id).await?;
    let notice = q.done.map(|d| match d.as_str() {
        "enrolled" => ctx.tr.t("enrol-title"),
        _ => ctx.tr.t("module-recorded"),
    });
    let form = module_form(&ctx.tr, c.id, &ModuleFields::default());
    Ok(course_view(&app, &ctx, &c, form, notice).await?.into_response())
}

/// `POST /training/{id}/modules`
async fn add_module(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<ModuleFields>,
) -> Result<Response, AppError> {
    let c = own_course(&app, &user, id).await?;
    let parsed = NewModule::parse(
        &ModuleForm {
            kind: &f.kind,
            title: &f.title,
            body: &f.body,
            link: &f.link,
            minutes: &f.minutes,
            mandatory: f.mandatory.as_deref() == Some("yes"),
            quiz: &f.quiz,
            pass_mark: &f.pass_mark,
            date: &f.date,
            time: &f.time,
            place: &f.place,
            capacity: &f.capacity,
        },
        ctx.tr.lang.code,
        ctx.tr.zone,
    );
    match parsed {
        Ok(m) => {
            app.store.add_module(user.id, c.id, &m).await?;
            Ok(Redirect::to(&format!("/training/{}?done=module", c.id)).into_response())
        }
        Err(e) => {
            let form = module_form(&ctx.tr, c.id, &f).with_errors(&ctx.tr, &e);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, course_view(&app, &ctx, &c, form, None).await?).into_response())
        }
    }
}

/// `POST /training/{id}/enrol`: the ticked buddies and staff accounts join
/// the course, as one cohort.
async fn enrol(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = own_course(&app, &user, id).await?;
    let cohort = fields.iter().find(|(k, _)| k == "cohort").map_or("", |(_, v)| v.as_str()).trim();
    let cohort: String = cohort.chars().filter(|ch| !ch.is_control()).take(80).collect();
    let mut chosen = Vec::new();
    for (_, v) in fields.iter().filter(|(k, _)| k == "participant") {
        let pid: i64 = v.parse().map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
        let p = app.store.participant(pid).await?.ok_or(AppError::BadRequest("error-choice-invalid"))?;
        // Only the organisation's own buddies.
        if p.organisation_id != c.organisation_id || p.kind != Kind::Mentor {
            return Err(AppError::BadRequest("error-choice-invalid"));
        }
        chosen.push(Learner::Participant(pid));
    }
    if fields.iter().any(|(k, _)| k == "user") {
        let staff = app.store.staff_learners(c.organisation_id).await?;
        for (_, v) in fields.iter().filter(|(k, _)| k == "user") {
            let uid: i64 = v.parse().map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
            // Only the organisation's own staff, without a participant record.
            if !staff.iter().any(|s| s.user_id == uid) {
                return Err(AppError::BadRequest("error-choice-invalid"));
            }
            chosen.push(Learner::User(uid));
        }
    }
    app.store.enrol(user.id, c.id, &chosen, &cohort).await?;
    Ok(Redirect::to(&format!("/training/{}?done=enrolled", c.id)).into_response())
}

pub(crate) async fn own_module(app: &AppState, user: &CurrentUser, id: i64) -> Result<(Module, Course), AppError> {
    let m = app.store.module(id).await?.ok_or(AppError::NotFound)?;
    let c = own_course(app, user, m.course_id).await?;
    Ok((m, c))
}

#[derive(Template)]
#[template(path = "module.html")]
struct ModulePage {
    c: Chrome,
    course: (i64, String),
    m: ModuleLine,
    body: String,
    link: String,
    error: Option<String>,
    /// Enrolment id, learner, current status key, options (value, label), score.
    rows: Vec<(i64, String, String, Vec<(String, String)>, String)>,
    quiz: bool,
    capsule: bool,
    /// Attached files: id, name, size.
    files: Vec<(i64, String, String)>,
    /// Translations: language's name, title.
    texts: Vec<(String, String)>,
    text_form: FormView,
    file_hint: String,
}

pub(crate) async fn module_view(
    app: &AppState,
    ctx: &Ctx,
    m: &Module,
    c: &Course,
    error: Option<String>,
    text_form: Option<FormView>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let options: Vec<(String, String)> = match m.kind {
        ModuleKind::Capsule => vec!["not_started", "done"],
        ModuleKind::Session => vec!["not_started", "attended", "absent"],
        ModuleKind::Quiz => vec![],
    }
    .into_iter()
    .map(|k| (k.to_owned(), tr.t(&format!("progress-{k}"))))
    .collect();
    let rows = app
        .store
        .enrolments(c.id)
        .await?
        .iter()
        .map(|e| {
            let p = progress_in(e, m.id);
            let score = match p {
                Progress::Passed(s) | Progress::Failed(s) => s.to_string(),
                _ => String::new(),
            };
            (e.id, e.name.clone(), p.as_str().to_owned(), options.clone(), score)
        })
        .collect();
    let files = app.store.module_files(m.id).await?.iter().map(|f| file_line(&tr, f)).collect();
    let texts = app
        .store
        .module_texts(m.id)
        .await?
        .into_iter()
        .map(|t| (m4m_domain::language::endonym(&t.language).unwrap_or_default().to_owned(), t.title))
        .collect();
    let text_form =
        text_form.unwrap_or_else(|| super::training_files::text_form(&tr, m.id, &Default::default(), &c.language));
    render(&ModulePage {
        c: Chrome::new(ctx, m.title.clone()),
        course: (c.id, c.title.clone()),
        m: module_line(&tr, m),
        body: m.body.clone(),
        link: m.link.clone(),
        error,
        rows,
        quiz: m.kind == ModuleKind::Quiz,
        capsule: m.kind == ModuleKind::Capsule,
        files,
        texts,
        text_form,
        file_hint: tr.args("module-file-hint", &[("size", Arg::Text(&megabytes(app.config.max_upload_bytes)))]),
    })
}

/// A size for people: whole megabytes, or with one decimal.
pub(crate) fn megabytes(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes.is_multiple_of(MB) { (bytes / MB).to_string() } else { format!("{:.1}", bytes as f64 / MB as f64) }
}

/// Minutes as hours with one decimal, halves rounded up (195 min: 3.3).
fn hours(minutes: i64) -> String {
    let tenths = (minutes * 10 + 30).div_euclid(60);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A file as listed: id, name, size.
fn file_line(tr: &Tr, f: &ModuleFile) -> (i64, String, String) {
    let size = usize::try_from(f.size).unwrap_or_default();
    let label = if size < 1024 * 1024 {
        tr.args("file-size-kb", &[("size", Arg::Num(size.div_ceil(1024) as i64))])
    } else {
        tr.args("file-size-mb", &[("size", Arg::Text(&megabytes(size)))])
    };
    (f.id, f.original_name.clone(), label)
}

/// `GET /training/modules/{id}`
async fn module_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (m, c) = own_module(&app, &user, id).await?;
    Ok(module_view(&app, &ctx, &m, &c, None, None).await?.into_response())
}

/// `POST /training/modules/{id}`: progress of every learner at once
/// (`p_<enrolment>` = status, or `score_<enrolment>` for a quiz).
async fn record(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (m, c) = own_module(&app, &user, id).await?;
    let enrolments = app.store.enrolments(c.id).await?;
    let mut changes: Vec<(i64, Progress)> = Vec::new();
    let mut errors = Validation::default();
    for e in &enrolments {
        let status = fields.iter().find(|(k, _)| *k == format!("p_{}", e.id)).map(|(_, v)| v.as_str());
        let score = fields.iter().find(|(k, _)| *k == format!("score_{}", e.id)).map(|(_, v)| v.trim());
        let progress = match (m.kind, status, score) {
            (ModuleKind::Quiz, _, Some("")) | (ModuleKind::Quiz, _, None) => continue,
            (ModuleKind::Quiz, _, Some(s)) => match s.parse::<u8>() {
                Ok(s) if s <= 100 => {
                    if i64::from(s) >= m.pass_mark {
                        Progress::Passed(s)
                    } else {
                        Progress::Failed(s)
                    }
                }
                _ => {
                    errors.add("score", "error-count-invalid");
                    continue;
                }
            },
            (_, Some(s), _) => match s {
                "done" if m.kind == ModuleKind::Capsule => Progress::Done,
                "attended" if m.kind == ModuleKind::Session => Progress::Attended,
                "absent" if m.kind == ModuleKind::Session => Progress::Absent,
                "not_started" => Progress::NotStarted,
                _ => {
                    errors.add("status", "error-choice-invalid");
                    continue;
                }
            },
            _ => continue,
        };
        if progress != progress_in(e, m.id) {
            changes.push((e.id, progress));
        }
    }
    let attended = enrolments
        .iter()
        .filter(|e| {
            changes.iter().find(|(id, _)| *id == e.id).map_or(progress_in(e, m.id), |(_, p)| *p) == Progress::Attended
        })
        .count() as i64;
    if m.capacity.is_some_and(|cap| attended > cap) {
        errors.add("status", "module-too-many");
    }
    if let Some(first) = errors.0.first() {
        let page = module_view(&app, &ctx, &m, &c, Some(ctx.tr.t(first.key)), None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    for (enrolment, progress) in changes {
        app.store.record_progress(Some(user.id), enrolment, m.id, progress).await?;
    }
    Ok(Redirect::to(&format!("/training/{}?done=recorded", c.id)).into_response())
}

// ---- The buddy's own training ----

/// The learner's own enrolment in the course of `module` (as a buddy or
/// as staff).
pub(crate) async fn own_enrolment(app: &AppState, user: &CurrentUser, module: &Module) -> Result<Enrolment, AppError> {
    app.store
        .enrolments_of_user(user.id)
        .await?
        .into_iter()
        .find(|e| e.course_id == module.course_id)
        .ok_or(AppError::NotFound)
}

/// A module's title and text in the learner's language, else in the
/// course's own.
fn localised(m: &Module, texts: &[ModuleText], lang: &str) -> (String, String) {
    match texts.iter().find(|t| t.language == lang) {
        Some(t) => (t.title.clone(), t.body.clone()),
        None => (m.title.clone(), m.body.clone()),
    }
}

/// A course as its learner sees it.
pub struct LearnCourse {
    pub title: String,
    pub state: String,
    pub certificate: Option<i64>,
    /// Each module and where the learner stands with it.
    pub modules: Vec<(ModuleLine, String)>,
}

#[derive(Template)]
#[template(path = "learn.html")]
struct LearnPage {
    c: Chrome,
    courses: Vec<LearnCourse>,
}

/// `GET /learn`: the learner's courses and where they stand.
async fn learn(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let mut courses = Vec::new();
    for e in app.store.enrolments_of_user(user.id).await? {
        let Some(course) = app.store.course(e.course_id).await? else { continue };
        let modules = app.store.modules(course.id).await?;
        let mut lines = Vec::with_capacity(modules.len());
        for m in &modules {
            let mut line = module_line(&tr, m);
            line.title = localised(m, &app.store.module_texts(m.id).await?, tr.lang.code).0;
            lines.push((line, progress_label(&tr, progress_in(&e, m.id))));
        }
        let state = match e.completed_at {
            Some(at) => tr.args("course-completed-on", &[("date", Arg::Text(&tr.when(at)))]),
            None => String::new(),
        };
        courses.push(LearnCourse {
            title: course.title,
            state,
            certificate: e.completed_at.map(|_| e.id),
            modules: lines,
        });
    }
    Ok(render(&LearnPage { c: Chrome::new(&ctx, tr.t("learn-title")), courses })?.into_response())
}

#[derive(Template)]
#[template(path = "learn_module.html")]
struct LearnModule {
    c: Chrome,
    id: i64,
    m: ModuleLine,
    body: String,
    link: String,
    capsule: bool,
    progress: String,
    result: Option<String>,
    /// Question index, text, options (index, label).
    quiz: Vec<(usize, String, Vec<(usize, String)>)>,
    /// Attached files: id, name, size.
    files: Vec<(i64, String, String)>,
}

async fn learn_view(
    app: &AppState,
    ctx: &Ctx,
    m: &Module,
    e: &Enrolment,
    result: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let lang = tr.lang.code;
    let (title, body) = localised(m, &app.store.module_texts(m.id).await?, lang);
    let files = app.store.module_files(m.id).await?.iter().map(|f| file_line(&tr, f)).collect();
    let mut line = module_line(&tr, m);
    line.title = title.clone();
    let quiz = m
        .quiz
        .as_ref()
        .map(|q| {
            q.questions
                .iter()
                .enumerate()
                .map(|(i, qq)| {
                    (
                        i,
                        qq.text.get(lang).to_owned(),
                        qq.options.iter().enumerate().map(|(j, o)| (j, o.get(lang).to_owned())).collect(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    render(&LearnModule {
        c: Chrome::new(ctx, title),
        id: m.id,
        m: line,
        body,
        link: m.link.clone(),
        capsule: m.kind == ModuleKind::Capsule,
        progress: progress_label(&tr, progress_in(e, m.id)),
        result,
        quiz,
        files,
    })
}

/// `GET /learn/modules/{id}`
async fn learn_module(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let m = app.store.module(id).await?.ok_or(AppError::NotFound)?;
    let e = own_enrolment(&app, &user, &m).await?;
    Ok(learn_view(&app, &ctx, &m, &e, None).await?.into_response())
}

/// `POST /learn/modules/{id}`: a capsule gone through, or a quiz answered.
async fn learn_submit(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let m = app.store.module(id).await?.ok_or(AppError::NotFound)?;
    let e = own_enrolment(&app, &user, &m).await?;
    match (&m.kind, &m.quiz) {
        (ModuleKind::Capsule, _) => {
            app.store.record_progress(Some(user.id), e.id, m.id, Progress::Done).await?;
            Ok(Redirect::to("/learn").into_response())
        }
        (ModuleKind::Quiz, Some(quiz)) => {
            let chosen: Vec<Option<usize>> = (0..quiz.questions.len())
                .map(|i| fields.iter().find(|(k, _)| *k == format!("q{i}")).and_then(|(_, v)| v.parse().ok()))
                .collect();
            let score = quiz.score(&chosen);
            let progress =
                if i64::from(score) >= m.pass_mark { Progress::Passed(score) } else { Progress::Failed(score) };
            app.store.record_progress(Some(user.id), e.id, m.id, progress).await?;
            let e = own_enrolment(&app, &user, &m).await?;
            let result = ctx
                .tr
                .args("learn-quiz-result", &[("score", Arg::Num(i64::from(score))), ("pass", Arg::Num(m.pass_mark))]);
            Ok(learn_view(&app, &ctx, &m, &e, Some(result)).await?.into_response())
        }
        // Attendance is recorded by the trainer.
        _ => Err(AppError::Forbidden),
    }
}

#[derive(Template)]
#[template(path = "certificate.html")]
struct Certificate {
    c: Chrome,
    text: String,
    modules: Vec<String>,
}

/// `GET /certificates/{enrolment}`: for the learner and the staff of the
/// course, once the course is completed.
async fn certificate(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = app.store.enrolment(id).await?.ok_or(AppError::NotFound)?;
    let course = app.store.course(e.course_id).await?.ok_or(AppError::NotFound)?;
    let own = e.user_id == Some(user.id);
    let staff = user.actor.can(Action::ManageTraining, Target::organisation(course.organisation_id));
    let Some(completed) = e.completed_at.filter(|_| own || staff) else {
        return Err(AppError::NotFound);
    };
    let modules = app.store.modules(course.id).await?;
    let done: Vec<&Module> = modules.iter().filter(|m| progress_in(&e, m.id).completed()).collect();
    let minutes: i64 = done.iter().map(|m| m.minutes).sum();
    let hours = hours(minutes);
    let name = e.name.clone();
    let date = ctx.tr.date_of(completed);
    let text = ctx.tr.html(
        "certificate-text",
        &[
            ("name", Arg::User(&name)),
            ("course", Arg::User(&course.title)),
            ("hours", Arg::Text(&hours)),
            ("date", Arg::User(&date)),
        ],
    );
    // The modules under their titles in the reader's language.
    let mut titles = Vec::with_capacity(done.len());
    for m in done {
        titles.push(localised(m, &app.store.module_texts(m.id).await?, ctx.tr.lang.code).0);
    }
    Ok(render(&Certificate { c: Chrome::new(&ctx, ctx.tr.t("certificate-title")), text, modules: titles })?
        .into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn learning_time_reads_in_hours_and_sizes_in_megabytes() {
        assert_eq!(super::hours(230), "3.8");
        assert_eq!(super::hours(195), "3.3");
        assert_eq!(super::hours(150), "2.5");
        assert_eq!(super::hours(0), "0.0");
        assert_eq!(super::megabytes(10 * 1024 * 1024), "10");
        assert_eq!(super::megabytes(64 * 1024), "0.1");
    }
}
