//! Step 5: the training course — modules, face-to-face sessions with
//! attendance, enrolment, progress, completion and certificates. Trainers
//! and coordinators run courses; learners — buddies with an account, and
//! staff accounts (coordinators, social workers, volunteers) — follow
//! their own (capsules, quizzes) and print their certificate.
//!
//! By what each part does: [`courses`] (the list and a course's page),
//! [`modules`] (adding modules, a module's page), [`enrolment`] (who
//! follows a course), [`progress`] (the trainer records capsules done,
//! attendance at face-to-face sessions, quiz scores), [`learning`] (the
//! learner's own courses), [`certificates`], [`files`] (files and
//! translations of modules). What they share lives here: finding a
//! course, module or enrolment with its permission check, and how modules
//! and progress read.

mod certificates;
mod courses;
mod enrolment;
mod files;
mod learning;
mod modules;
mod progress;

use m4m_domain::permission::{Action, Target};
use m4m_domain::training::Progress;
use m4m_store::training::{Course, Enrolment, Module, ModuleFile, ModuleText};

use crate::AppState;
use crate::context::CurrentUser;
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::routing::Routes;

/// The routes of step 5.
pub fn router() -> Routes {
    Routes::new()
        .merge(courses::router())
        .merge(modules::router())
        .merge(enrolment::router())
        .merge(progress::router())
        .merge(learning::router())
        .merge(certificates::router())
        .merge(files::router())
}

/// A course the user runs (as trainer or coordinator), or 404.
async fn own_course(app: &AppState, user: &CurrentUser, id: i64) -> Result<Course, AppError> {
    let c = app.store.course(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ManageTraining, Target::organisation(c.organisation_id)) {
        return Err(AppError::NotFound);
    }
    Ok(c)
}

/// A module of a course the user runs, with its course, or 404.
async fn own_module(app: &AppState, user: &CurrentUser, id: i64) -> Result<(Module, Course), AppError> {
    let m = app.store.module(id).await?.ok_or(AppError::NotFound)?;
    let c = own_course(app, user, m.course_id).await?;
    Ok((m, c))
}

/// The learner's own enrolment in the course of `module` (as a buddy or
/// as staff).
async fn own_enrolment(app: &AppState, user: &CurrentUser, module: &Module) -> Result<Enrolment, AppError> {
    app.store
        .enrolments_of_user(user.id)
        .await?
        .into_iter()
        .find(|e| e.course_id == module.course_id)
        .ok_or(AppError::NotFound)
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

/// A module's title and text in the learner's language, else in the
/// course's own.
fn localised(m: &Module, texts: &[ModuleText], lang: &str) -> (String, String) {
    match texts.iter().find(|t| t.language == lang) {
        Some(t) => (t.title.clone(), t.body.clone()),
        None => (m.title.clone(), m.body.clone()),
    }
}

/// A size for people: whole megabytes, or with one decimal.
fn megabytes(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes.is_multiple_of(MB) { (bytes / MB).to_string() } else { format!("{:.1}", bytes as f64 / MB as f64) }
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

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_in_megabytes() {
        assert_eq!(super::megabytes(10 * 1024 * 1024), "10");
        assert_eq!(super::megabytes(64 * 1024), "0.1");
    }
}
