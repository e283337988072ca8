//! Who must set up a second factor before anything else, and where they
//! may still go until they have: the rule the request middleware keeps.

use m4m_domain::two_factor;

use crate::AppState;
use crate::context::CurrentUser;

/// Whether this person must set up a second factor before anything else.
pub fn must_set_up(app: &AppState, user: &CurrentUser) -> bool {
    app.config.require_two_factor
        && !user.two_factor
        && user.actor.grants.iter().any(|g| two_factor::required_for(g.role))
}

/// Where someone who must set up a second factor may still go.
pub fn allowed_before_set_up(path: &str) -> bool {
    path.starts_with("/account/two-factor")
        || matches!(path, "/logout" | "/language" | "/healthz")
        || path.starts_with("/static/")
}
