//! A course's modules: adding one (a capsule, a face-to-face session, a
//! quiz) and a module's page for its trainers, with each learner's
//! progress, its files and its translations.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::training::{ModuleForm, ModuleKind, NewModule, Progress};
use m4m_store::training::{Course, Module};
use serde::Deserialize;

use super::courses::course_view;
use super::files;
use super::{ModuleLine, file_line, megabytes, module_line, own_course, own_module, progress_in};
use crate::AppState;
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::{Choice, Values};
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, Control, Field, Form as FormView, render};

/// The routes of modules.
pub fn router() -> Routes {
    Routes::new().route("/training/{id}/modules", post(add_module)).route("/training/modules/{id}", get(module_page))
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

pub(super) fn module_form(tr: &Tr, course: i64, f: &ModuleFields) -> FormView {
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

#[derive(Template)]
#[template(path = "module.html")]
struct ModulePage {
    c: Chrome,
    course: (i64, String),
    m: ModuleLine,
    body: String,
    link: String,
    error: Option<String>,
    /// Enrolment id, learner, progress options (the recorded one, or the
    /// one sent with a refused form, selected), score.
    rows: Vec<(i64, String, Vec<Choice>, String)>,
    quiz: bool,
    capsule: bool,
    /// Attached files: id, name, size.
    files: Vec<(i64, String, String)>,
    /// Translations: language's name, title.
    texts: Vec<(String, String)>,
    text_form: FormView,
    file_hint: String,
}

pub(super) async fn module_view(
    app: &AppState,
    ctx: &Ctx,
    m: &Module,
    c: &Course,
    (error, sent): (Option<String>, &Values),
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
            let recorded = match p {
                Progress::Passed(s) | Progress::Failed(s) => s.to_string(),
                _ => String::new(),
            };
            let (status_field, score_field) = (format!("p_{}", e.id), format!("score_{}", e.id));
            let status = sent.all(&status_field).first().copied().unwrap_or(p.as_str());
            let score = sent.all(&score_field).first().map_or(recorded, |s| (*s).to_owned());
            let choices = options
                .iter()
                .map(|(value, label)| Choice { value: value.clone(), label: label.clone(), checked: value == status })
                .collect();
            (e.id, e.name.clone(), choices, score)
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
    let text_form = text_form.unwrap_or_else(|| files::text_form(&tr, m.id, &Default::default(), &c.language));
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

/// `GET /training/modules/{id}`
async fn module_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (m, c) = own_module(&app, &user, id).await?;
    Ok(module_view(&app, &ctx, &m, &c, (None, &Values::default()), None).await?.into_response())
}
