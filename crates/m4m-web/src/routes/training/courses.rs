//! The courses of an organisation, and a course's page: its modules,
//! learners by cohort with their progress, and who may still enrol; the
//! learners' progress as a workbook.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::participant::{Kind, Status};
use m4m_domain::permission::Action;
use m4m_domain::training::{AUDIENCES, NewCourse, mandatory_progress};
use m4m_store::training::Course;
use serde::Deserialize;

use super::modules::{ModuleFields, module_form};
use super::{ModuleLine, module_line, own_course, progress_in, progress_label};
use crate::AppState;
use crate::access::organisation_for;
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::labels::status_label;
use crate::kit::routing::{Routes, get};
use crate::kit::workbook::{self, Cell};
use crate::pages::{Chrome, Control, Field, Form as FormView, keyed_options, render};

/// The routes of courses.
pub fn router() -> Routes {
    Routes::new()
        .route("/training", get(list).post(create_course))
        .route("/training/{id}", get(course_page))
        .route("/training/{id}/progress.xlsx", get(progress_xlsx))
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
pub(super) async fn course_view(
    app: &AppState,
    ctx: &Ctx,
    c: &Course,
    module_form: FormView,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let modules = app.store.modules(c.id).await?;
    let enrolments = app.store.enrolments(c.id).await?;
    let kinds: Vec<(i64, bool)> = modules.iter().map(|m| (m.id, m.mandatory)).collect();
    let due = kinds.iter().filter(|(_, m)| *m).count();
    let learners = enrolments
        .iter()
        .map(|e| {
            let progress = modules.iter().map(|m| progress_label(&tr, progress_in(e, m.id))).collect();
            let state = match e.completed_at {
                Some(at) => tr.args("course-completed-on", &[("date", Arg::Text(&tr.when(at)))]),
                None => {
                    let (done, due) = mandatory_progress(&kinds, &e.progress);
                    tr.args("course-in-progress", &[("done", Arg::Num(done as i64)), ("total", Arg::Num(due as i64))])
                }
            };
            (e.name.clone(), e.cohort.clone(), progress, state, e.completed_at.map(|_| e.id))
        })
        .collect();
    let mut cohorts: Vec<(String, usize, usize, String)> = Vec::new();
    // Mandatory modules done, per cohort.
    let mut done_in: Vec<usize> = Vec::new();
    for e in &enrolments {
        let (done, _) = mandatory_progress(&kinds, &e.progress);
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
        let total = (c.1 * due) as i64;
        c.3 = tr.args("cohort-progress", &[("done", Arg::Num(*done as i64)), ("total", Arg::Num(total))]);
    }
    // Buddies of the organisation accepted or further, not enrolled yet.
    let mut candidates = Vec::new();
    for p in app.store.programmes(Some(&[c.organisation_id])).await? {
        for x in app.store.programme_participants(p.id).await? {
            let eligible = matches!(x.status, Status::Accepted | Status::Training | Status::Ready | Status::Active);
            if x.kind == Kind::Mentor && eligible && !enrolments.iter().any(|e| e.participant_id == Some(x.id)) {
                let status = status_label(&tr, x.status);
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

/// The columns of the progress workbook.
const PROGRESS_COLUMNS: [&str; 7] = ["course", "learner", "cohort", "enrolled", "done", "total", "completed"];

/// `GET /training/{id}/progress.xlsx`: each learner of the course with
/// the day they were enrolled, the mandatory modules done of those due
/// (as the course page counts them) and the day they completed it;
/// audited. Headings in the reader's language, or codes with `?codes=1`.
async fn progress_xlsx(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<ProgressFor>,
) -> Result<Response, AppError> {
    let c = own_course(&app, &user, id).await?;
    let tr = ctx.tr;
    let modules = app.store.modules(c.id).await?;
    let kinds: Vec<(i64, bool)> = modules.iter().map(|m| (m.id, m.mandatory)).collect();
    let rows: Vec<Vec<Cell>> = app
        .store
        .enrolments(c.id)
        .await?
        .into_iter()
        .map(|e| {
            let (done, due) = mandatory_progress(&kinds, &e.progress);
            vec![
                Cell::text(c.title.clone()),
                Cell::text(e.name),
                Cell::text(e.cohort),
                Cell::Date(tr.zone.local(e.enrolled_at).date()),
                Cell::Int(done as i64),
                Cell::Int(due as i64),
                e.completed_at.map_or(Cell::Empty, |at| Cell::Date(tr.zone.local(at).date())),
            ]
        })
        .collect();
    let subject = format!("course:{}", c.id);
    app.store.audit(Some(user.id), "course.export_progress_xlsx", &subject, &rows.len().to_string()).await?;
    let headings: Vec<String> = if q.codes == "1" {
        PROGRESS_COLUMNS.iter().map(|c| (*c).to_owned()).collect()
    } else {
        PROGRESS_COLUMNS.iter().map(|c| tr.t(&format!("export-progress-column-{c}"))).collect()
    };
    workbook::download(tr, format!("m4m-course-{}-progress.xlsx", c.id), headings, rows).await
}

/// `?codes=1`: the workbook's headings as codes, for tools.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProgressFor {
    codes: String,
}
