//! Finding the object a request is about, with the permission check that
//! goes with it: what the asker may not see reads as missing (404), what
//! they may see but not change is refused (403). Both are failed
//! authorisations and go to the audit trail: a 404 that hides an existing
//! person here, every 403 in the context middleware.

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
    // An erased record is a nameless tombstone kept for figures: there is
    // nobody left to show.
    let p = app.store.participant(id).await?.filter(|p| p.erased_at.is_none()).ok_or(AppError::NotFound)?;
    let related = app.store.participant_related_users(id).await?;
    let target = Target::related(p.organisation_id, &related);
    if !user.actor.can(Action::ViewParticipant, target) {
        record_concealed(app, user, &format!("participant:{id}"), &format!("{action:?}").to_lowercase()).await?;
        return Err(AppError::NotFound);
    }
    if !user.actor.can(action, target) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}

/// Records in the audit trail that `user` asked for `subject` (an existing
/// object outside their reach) and was answered 404. `what` names what
/// they tried, as a code.
pub async fn record_concealed(app: &AppState, user: &CurrentUser, subject: &str, what: &str) -> Result<(), AppError> {
    app.store.audit(Some(user.id), "access.denied", subject, what).await?;
    Ok(())
}

/// Records a read of a pair's pages by someone outside the pair (staff):
/// it shows in both members' access logs. The members' own reads are not
/// recorded.
pub async fn record_pair_read(app: &AppState, user: &CurrentUser, pair: i64, members: &[i64]) -> Result<(), AppError> {
    if !members.contains(&user.id) {
        app.store.audit(Some(user.id), "pair.read", &format!("pair:{pair}"), "").await?;
    }
    Ok(())
}
