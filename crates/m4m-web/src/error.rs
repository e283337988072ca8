//! The error policy of the web edge. Handlers return [`AppError`]; it
//! carries no text for the page, only what went wrong. The context
//! middleware turns it into a translated HTML page, or JSON under `/api/`,
//! in the language of the request.
//!
//! - A value that must be unique and is taken (`StoreError::Taken`) is the
//!   user's to change: a 422 with the message of [`AppError::taken_key`].
//!   A handler whose form can cause one catches it and shows the form
//!   again with that message; anywhere else `?` makes it the 422 page.
//! - Anything else that fails (a store error the user did not cause, a
//!   file that cannot be written, a task that panicked) is a 500,
//!   [`AppError::Internal`]: it keeps the error itself, which goes to the
//!   log with the request id and its whole chain of sources, never to the
//!   page. Handlers build it with [`AppError::failed`] (or
//!   [`AppError::failed_to`], to say what was being done), not from the
//!   error's text, which would lose the causes.

use std::borrow::Cow;
use std::error::Error;
use std::fmt;
use std::sync::Arc;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use m4m_store::StoreError;
use m4m_store::error::Unique;

/// What a handler can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppError {
    /// 400, with the message key that says what is wrong.
    BadRequest(&'static str),
    /// 400: `?lang=` named a language m4m does not have.
    UnknownLanguage(String),
    /// 401: log in first.
    Unauthorized,
    /// 403: logged in, but not allowed.
    Forbidden,
    /// 403: the CSRF token is missing or wrong.
    Csrf,
    /// 404: missing, or not the asker's to see.
    NotFound,
    /// 405.
    MethodNotAllowed,
    /// 409: the object changed meanwhile.
    Conflict,
    /// 410, with the message key.
    Gone(&'static str),
    /// 413.
    PayloadTooLarge,
    /// 422: a value that must be unique is taken.
    Taken(Unique),
    /// 429, with the message key.
    TooManyRequests(&'static str),
    /// 503 with `Retry-After`: too many requests wait for the same scarce
    /// thing (password checks); nothing was done.
    Busy,
    /// 500: what failed, logged with its sources, never shown.
    Internal(Failure),
}

/// The error behind a 500, shared so that [`AppError`] stays `Clone`
/// (the context middleware reads it back from the response).
#[derive(Clone, Debug)]
pub struct Failure(Arc<dyn Error + Send + Sync>);

/// What was being done when an error happened, with that error (if any)
/// as its source.
#[derive(Debug)]
struct Context {
    what: Cow<'static, str>,
    source: Option<Box<dyn Error + Send + Sync>>,
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.what)
    }
}

impl Error for Context {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn Error + 'static))
    }
}

impl Failure {
    /// The error and its sources: what the log shows.
    pub fn chain(&self) -> String {
        chain(&*self.0)
    }
}

/// An error and its sources, each after a colon: how a log line shows an
/// error, so that the cause of a cause is not lost.
pub fn chain(error: &(dyn Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

/// The same failure, not merely an equal one.
impl PartialEq for Failure {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Failure {}

impl AppError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) | AppError::UnknownLanguage(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::Gone(_) => StatusCode::GONE,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Taken(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The translation keys of the page's title and text.
    pub fn keys(&self) -> (&'static str, &'static str) {
        match self {
            AppError::BadRequest(k) => ("error-400-title", k),
            AppError::UnknownLanguage(_) => ("error-400-title", "error-unknown-language"),
            AppError::Unauthorized => ("error-401-title", "error-401-text"),
            AppError::Forbidden => ("error-403-title", "error-403-text"),
            AppError::Csrf => ("error-403-title", "error-csrf"),
            AppError::NotFound => ("error-404-title", "error-404-text"),
            AppError::MethodNotAllowed => ("error-405-title", "error-405-text"),
            AppError::Conflict => ("error-409-title", "error-conflict"),
            AppError::Gone(k) => ("error-410-title", k),
            AppError::PayloadTooLarge => ("error-413-title", "error-413-text"),
            AppError::Taken(what) => ("error-422-title", Self::taken_key(*what)),
            AppError::TooManyRequests(k) => ("error-429-title", k),
            AppError::Busy => ("error-503-title", "error-busy"),
            AppError::Internal(_) => ("error-500-title", "error-500-text"),
        }
    }

    /// The message key that says which value is taken: one for each value
    /// a unique constraint keeps, on every page and form.
    pub fn taken_key(what: Unique) -> &'static str {
        match what {
            Unique::Email => "error-taken-email",
            Unique::QuestionnaireVersion => "error-taken-questionnaire-version",
        }
    }

    /// A 500 caused by `error`, which the log shows with its sources.
    pub fn failed(error: impl Error + Send + Sync + 'static) -> AppError {
        AppError::Internal(Failure(Arc::new(error)))
    }

    /// A 500 caused by `error` while doing `what` ("cannot write an
    /// upload"): the log shows `what`, then the error and its sources.
    pub fn failed_to(what: &'static str, error: impl Error + Send + Sync + 'static) -> AppError {
        AppError::failed(Context { what: what.into(), source: Some(Box::new(error)) })
    }

    /// A 500 with no error behind it, only what went wrong (a panic, a
    /// status from elsewhere).
    pub fn internal(what: impl Into<Cow<'static, str>>) -> AppError {
        AppError::failed(Context { what: what.into(), source: None })
    }

    /// The error that a bare status from elsewhere (a framework rejection)
    /// stands for.
    pub fn from_status(status: StatusCode) -> AppError {
        match status.as_u16() {
            401 => AppError::Unauthorized,
            403 => AppError::Forbidden,
            404 => AppError::NotFound,
            405 => AppError::MethodNotAllowed,
            413 => AppError::PayloadTooLarge,
            429 => AppError::TooManyRequests("error-429-title"),
            400..=499 => AppError::BadRequest("error-400-text"),
            _ => AppError::internal(format!("status {status}")),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::InvitationGone => AppError::Gone("accept-gone"),
            StoreError::Conflict => AppError::Conflict,
            StoreError::Taken(what) => AppError::Taken(what),
            StoreError::Busy => AppError::Busy,
            other => AppError::failed(other),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::failed(e)
    }
}

impl IntoResponse for AppError {
    /// An empty response that carries the error; the context middleware
    /// renders it in the request's language.
    fn into_response(self) -> Response {
        if let AppError::Internal(failure) = &self {
            tracing::error!(error = %failure.chain(), "internal error");
        }
        let mut response = self.status().into_response();
        if matches!(self, AppError::Busy) {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response.extensions_mut().insert(self);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_database_is_a_503_to_try_again_not_a_500() {
        let e = AppError::from(StoreError::Busy);
        assert_eq!(e.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(e.keys(), ("error-503-title", "error-busy"));
        let r = e.into_response();
        assert_eq!(r.headers()[header::RETRY_AFTER], "5");
    }

    #[test]
    fn a_taken_value_is_the_users_to_change_with_its_own_message() {
        let e = AppError::from(StoreError::Taken(Unique::Email));
        assert_eq!(e.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(e.keys(), ("error-422-title", "error-taken-email"));
    }

    #[test]
    fn an_internal_error_keeps_its_causes_for_the_log() {
        let json = serde_json::from_str::<i64>("x").unwrap_err();
        let e = AppError::from(StoreError::Json { what: "answers", source: json });
        assert_eq!(e.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let AppError::Internal(failure) = &e else { panic!("{e:?}") };
        assert_eq!(
            failure.chain(),
            "the answers cannot be stored as JSON or read back: expected value at line 1 column 1"
        );
        assert_eq!(e.clone(), e);
    }

    #[test]
    fn what_was_being_done_comes_first_then_each_cause() {
        let io = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "the disk said no");
        let e = AppError::failed_to("cannot write an upload", io);
        assert_eq!((e.status(), e.keys()), (StatusCode::INTERNAL_SERVER_ERROR, ("error-500-title", "error-500-text")));
        let AppError::Internal(failure) = &e else { panic!("{e:?}") };
        assert_eq!(failure.chain(), "cannot write an upload: the disk said no");
        let AppError::Internal(bare) = AppError::internal("panic") else { unreachable!() };
        assert_eq!(bare.chain(), "panic");
    }
}
