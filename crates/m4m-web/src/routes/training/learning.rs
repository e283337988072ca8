//! The learner's own training: their courses and where they stand, each
//! module in their language, capsules gone through and quizzes answered.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::training::{ModuleKind, Progress};
use m4m_store::training::{Enrolment, Module};

use super::{ModuleLine, file_line, localised, module_line, own_enrolment, progress_in, progress_label};
use crate::AppState;
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::Arg;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of the learner's own training.
pub fn router() -> Routes {
    Routes::new().route("/learn", get(learn)).route("/learn/modules/{id}", get(learn_module).post(learn_submit))
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
