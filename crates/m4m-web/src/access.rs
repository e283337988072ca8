//! Finding the object a request is about, with the permission check that
//! goes with it: what the asker may not see reads as missing (404), what
//! they may see but not change is refused (403).

use m4m_domain::permission::{Action, Target};
use m4m_store::programmes::Programme;
use m4m_store::registration::Participant;

use crate::AppState;
use crate::context::CurrentUser;
use crate::error::AppError;

/// The organisation in which `user` does `action`: the one asked for, if
/// allowed, else the first they may act in.
pub fn organisation_for(user: &CurrentUser, action: Action, asked: Option<i64>) -> Result<i64, AppError> {
    let mine = user.actor.organisations_for(action).ok_or(AppError::Forbidden)?;
    match asked {
        Some(id) if mine.contains(&id) => Ok(id),
        Some(_) => Err(AppError::NotFound),
        None => mine.first().copied().ok_or(AppError::Forbidden),
    }
}

/// A programme the user may see; with `action`, one they may also act on.
pub async fn programme_for(app: &AppState, user: &CurrentUser, id: i64, action: Action) -> Result<Programme, AppError> {
    let p = app.store.programme(id).await?.ok_or(AppError::NotFound)?;
    let target = Target::organisation(p.organisation_id);
    if !user.actor.can(Action::ViewProgramme, target) {
        return Err(AppError::NotFound);
    }
    if !user.actor.can(action, target) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}

/// A participant the user may act on with `action` (staff actions are
/// organisation-wide; viewing also follows relations).
pub async fn participant_for(
    app: &AppState,
    user: &CurrentUser,
    id: i64,
    action: Action,
) -> Result<Participant, AppError> {
    let p = app.store.participant(id).await?.ok_or(AppError::NotFound)?;
    let related = app.store.participant_related_users(id).await?;
    let target = Target::related(p.organisation_id, &related);
    if !user.actor.can(Action::ViewParticipant, target) {
        return Err(AppError::NotFound);
    }
    if !user.actor.can(action, target) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}
