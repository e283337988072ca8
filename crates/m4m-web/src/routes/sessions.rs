//! Step 7: peer sessions — logged from a phone, planned ahead, confirmed by
//! the other side — and the calendar feeds.

use axum::Router;

use crate::AppState;

/// The routes of step 7.
pub fn router() -> Router<AppState> {
    Router::new()
}
