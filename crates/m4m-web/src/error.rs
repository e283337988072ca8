//! The error policy of the web edge. Handlers return [`AppError`]; it
//! carries no text, only what went wrong. The context middleware turns it
//! into a translated HTML page, or JSON under `/api/`, in the language of
//! the request. Store errors that the user did not cause become a 500 whose
//! cause goes to the log with the request id, never to the page.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use m4m_store::StoreError;

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
    /// 429, with the message key.
    TooManyRequests(&'static str),
    /// 500; the detail is logged, never shown.
    Internal(String),
}

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
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
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
            AppError::TooManyRequests(k) => ("error-429-title", k),
            AppError::Internal(_) => ("error-500-title", "error-500-text"),
        }
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
            _ => AppError::Internal(format!("status {status}")),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            StoreError::InvitationGone => AppError::Gone("accept-gone"),
            StoreError::Conflict => AppError::Conflict,
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl IntoResponse for AppError {
    /// An empty response that carries the error; the context middleware
    /// renders it in the request's language.
    fn into_response(self) -> Response {
        if let AppError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}
