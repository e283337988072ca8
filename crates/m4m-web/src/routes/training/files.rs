//! Step 5: what a capsule carries besides its text — files to download
//! (PDF, PNG, JPEG, plain text) and translations of its title and text.
//!
//! An uploaded file is checked by its content (`FileKind::sniff`), never by
//! its name or the type the browser claims; it is written to the upload
//! directory under a random name and served only to the people who may see
//! the course — its trainers and coordinators, and its learners — always as
//! an attachment, under its sanitised original name. The upload address
//! gets an upload's body limit from the request middleware
//! (`kit::paths::is_upload`, which must name the same path).

use std::path::{Path as FsPath, PathBuf};

use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::language::LANGUAGES;
use m4m_domain::permission::{Action, Target};
use m4m_domain::training::{FileKind, NewModuleText, safe_file_name};
use m4m_store::training::{ModuleText, NewModuleFile};
use serde::Deserialize;

use super::modules::module_view;
use super::{megabytes, own_enrolment, own_module};
use crate::AppState;
use crate::context::{CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::Values;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Control, Field, Form as FormView};

/// The routes of files and translations.
pub fn router() -> Routes {
    Routes::new()
        .route("/training/modules/{id}/files", post(upload))
        .route("/training/modules/{id}/texts", post(translate))
        .route("/training/files/{id}", get(download))
        .route("/training/files/{id}/remove", post(remove))
}

/// The fields of the translation form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TextFields {
    language: String,
    title: String,
    body: String,
}

/// The form that adds or replaces a translation; offers every interface
/// language but the course's own.
pub(super) fn text_form(tr: &Tr, module: i64, f: &TextFields, course_language: &str) -> FormView {
    let languages: Vec<(String, String)> = LANGUAGES
        .iter()
        .filter(|l| l.code != course_language)
        .map(|l| (l.code.to_owned(), l.native_name.to_owned()))
        .collect();
    FormView {
        action: format!("/training/modules/{module}/texts"),
        submit: tr.t("module-text-save"),
        fields: vec![
            Field::new(tr, "language", "module-text-language", Control::Select, &f.language).options(languages),
            Field::new(tr, "title", "module-title", Control::Text, &f.title).required(),
            Field::new(tr, "body", "module-body", Control::TextArea, &f.body),
        ],
        hidden: Vec::new(),
    }
}

/// `POST /training/modules/{id}/texts`: a translation of the module.
async fn translate(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<TextFields>,
) -> Result<Response, AppError> {
    let (m, c) = own_module(&app, &user, id).await?;
    match NewModuleText::parse(&f.language, &f.title, &f.body) {
        Ok(t) => {
            let text = ModuleText { language: t.language.to_owned(), title: t.title, body: t.body };
            app.store.set_module_text(user.id, m.id, &text).await?;
            Ok(Redirect::to(&format!("/training/modules/{}", m.id)).into_response())
        }
        Err(e) => {
            let form = text_form(&ctx.tr, m.id, &f, &c.language).with_errors(&ctx.tr, &e);
            let page = module_view(&app, &ctx, &m, &c, (None, &Values::default()), Some(form)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// `POST /training/modules/{id}/files?csrf=…` (multipart, field `file`).
async fn upload(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let (m, c) = own_module(&app, &user, id).await?;
    let refuse = |status: StatusCode, text: String| {
        let (app, ctx, m, c) = (&app, &ctx, &m, &c);
        async move {
            let page = module_view(app, ctx, m, c, (Some(text), &Values::default()), None).await?;
            Ok::<Response, AppError>((status, page).into_response())
        }
    };
    let mut file = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest("file-unreadable"))?;
            file = Some((name, bytes));
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, ctx.tr.t("file-missing")).await;
    };
    let limit = app.config.max_upload_bytes;
    if bytes.len() > limit {
        let text = ctx.tr.args("file-too-large", &[("size", Arg::Text(&megabytes(limit)))]);
        return refuse(StatusCode::PAYLOAD_TOO_LARGE, text).await;
    }
    let Some(kind) = FileKind::sniff(&bytes) else {
        return refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, ctx.tr.t("file-type-refused")).await;
    };
    let stored_name = m4m_store::accounts::new_token();
    let path = app.config.upload_dir.join(&stored_name);
    let size = bytes.len() as i64;
    let written = path.clone();
    tokio::task::spawn_blocking(move || write_new(&written, &bytes))
        .await
        .map_err(AppError::failed)?
        .map_err(|e| AppError::failed_to("cannot write an upload", e))?;
    let new = NewModuleFile {
        stored_name,
        original_name: safe_file_name(&name, kind),
        content_type: kind.content_type().to_owned(),
        size,
    };
    if let Err(e) = app.store.add_module_file(user.id, m.id, &new).await {
        let _ = std::fs::remove_file(&path);
        return Err(e.into());
    }
    Ok(Redirect::to(&format!("/training/modules/{}", m.id)).into_response())
}

/// Writes a new file readable by its owner only; never replaces one.
fn write_new(path: &FsPath, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        // The folder too is the server's alone (when it makes it).
        let mut folder = std::fs::DirBuilder::new();
        folder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut folder, 0o700);
        folder.create(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path)?;
    if let Err(e) = f.write_all(bytes).and_then(|()| f.sync_all()) {
        drop(f);
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    Ok(())
}

/// `POST /training/files/{id}/remove`: the trainer takes a file away.
async fn remove(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let f = app.store.module_file(id).await?.ok_or(AppError::NotFound)?;
    let (m, _) = own_module(&app, &user, f.module_id).await?;
    let stored = app.store.remove_module_file(user.id, f.id).await?;
    if is_stored_name(&stored) {
        let path = app.config.upload_dir.join(stored);
        let removed = tokio::task::spawn_blocking(move || std::fs::remove_file(path)).await;
        if let Err(e) = removed.map_err(Box::<dyn std::error::Error + Send + Sync>::from).and_then(|r| Ok(r?)) {
            tracing::warn!(error = %crate::error::chain(&*e), "could not delete a removed upload");
        }
    }
    Ok(Redirect::to(&format!("/training/modules/{}", m.id)).into_response())
}

/// Stored names are ours: hexadecimal, never a path.
fn is_stored_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether `user` may see the course: its staff, or one of its learners.
async fn may_see(app: &AppState, user: &CurrentUser, module: &m4m_store::training::Module) -> Result<(), AppError> {
    let course = app.store.course(module.course_id).await?.ok_or(AppError::NotFound)?;
    if user.actor.can(Action::ManageTraining, Target::organisation(course.organisation_id)) {
        return Ok(());
    }
    own_enrolment(app, user, module).await.map(|_| ())
}

/// `GET /training/files/{id}`: the file, as an attachment, to the staff and
/// learners of its course; 404 to anyone else.
async fn download(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let f = app.store.module_file(id).await?.ok_or(AppError::NotFound)?;
    let m = app.store.module(f.module_id).await?.ok_or(AppError::NotFound)?;
    may_see(&app, &user, &m).await?;
    if !is_stored_name(&f.stored_name) {
        return Err(AppError::NotFound);
    }
    let path: PathBuf = app.config.upload_dir.join(&f.stored_name);
    let bytes = tokio::task::spawn_blocking(move || std::fs::read(path))
        .await
        .map_err(AppError::failed)?
        .map_err(|e| AppError::failed_to("cannot read an upload", e))?;
    let content_type =
        HeaderValue::from_str(&f.content_type).unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    let disposition = HeaderValue::from_str(&content_disposition(&f.original_name))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        bytes,
    )
        .into_response())
}

/// `attachment` with the name twice: ASCII only (others replaced by `_`)
/// for old clients, and UTF-8 percent-encoded (RFC 6266, RFC 8187).
fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| if (c.is_ascii_graphic() && !matches!(c, '"' | '\\' | '%')) || c == ' ' { c } else { '_' })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_download_name_is_quoted_safely() {
        assert_eq!(
            content_disposition("Guide bénévole.pdf"),
            "attachment; filename=\"Guide b_n_vole.pdf\"; filename*=UTF-8''Guide%20b%C3%A9n%C3%A9vole.pdf"
        );
    }
}
