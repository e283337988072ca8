//! Step 5: the training course — modules, face-to-face sessions with
//! attendance, enrolment, progress, completion and certificates.

use axum::Router;

use crate::AppState;

/// The routes of step 5.
pub fn router() -> Router<AppState> {
    Router::new()
}
