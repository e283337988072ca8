//! Getting back into an account and changing one's password: "forgot my
//! password" (`/login/forgot`, a link by e-mail to `/login/reset/{token}`)
//! and the account's own password page (`/account/password`).
//!
//! The forgot form answers the same whether the address has an account or
//! not, and is throttled per client and per address. A reset link works
//! once, for an hour; saving a new password, by the link or in the
//! settings, ends the account's other sessions.

use axum::extract::{Form, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::account::{Email, check_password};
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::client::Client;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, Control, Field, Form as FormView, FormPage, render};
use crate::routes::auth::{MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_EMAIL, WINDOW_SECS};

/// The routes of password recovery and change.
pub fn router() -> Routes {
    Routes::new()
        .route("/login/forgot", get(forgot_form).post(forgot_submit))
        .route("/login/reset/{token}", get(reset_form).post(reset_submit))
        .route("/account/password", get(change_form).post(change_submit))
}

/// Reset links asked per client address in an hour (an office may share
/// one address).
const MAX_REQUESTS_PER_CLIENT: i64 = 20;
/// Reset links asked per e-mail address in an hour: enough for a lost
/// message, too few to flood someone's inbox.
const MAX_REQUESTS_PER_EMAIL: i64 = 3;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotQuery {
    sent: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

fn forgot_page(
    ctx: &Ctx,
    email: &str,
    notice: Option<String>,
    errors: Option<&Validation>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let form = FormView {
        action: "/login/forgot".into(),
        submit: tr.t("forgot-submit"),
        fields: vec![Field::new(tr, "email", "login-email", Control::Email, email).required()],
        hidden: Vec::new(),
    };
    let form = match errors {
        Some(e) => form.with_errors(tr, e),
        None => form,
    };
    render(&FormPage { c: Chrome::new(ctx, tr.t("forgot-title")), intro: vec![tr.t("forgot-intro")], notice, form })
}

/// `GET /login/forgot`
pub async fn forgot_form(ctx: Ctx, Query(q): Query<ForgotQuery>) -> Result<Response, AppError> {
    let notice = q.sent.map(|_| ctx.tr.t("forgot-sent"));
    Ok(forgot_page(&ctx, "", notice, None)?.into_response())
}

/// `POST /login/forgot`: queues a reset link when the address belongs to
/// an active account; the answer is the same either way.
pub async fn forgot_submit(
    State(app): State<AppState>,
    client: Client,
    ctx: Ctx,
    Form(f): Form<ForgotForm>,
) -> Result<Response, AppError> {
    let email = match Email::parse(&f.email) {
        Ok(e) => e,
        Err(invalid) => {
            let typed: String = f.email.chars().filter(|c| !c.is_control()).take(254).collect();
            let page = forgot_page(&ctx, &typed, None, Some(&Validation(vec![invalid])))?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    // Counted whether the address has an account or not, so that the
    // throttle says nothing about it either; the address is kept hashed.
    let by_client = app.store.count_submission("password_reset", &client.key(), 3600).await?;
    let address_key = m4m_store::accounts::token_hash(email.as_str());
    let by_email = app.store.count_submission("password_reset_email", &address_key, 3600).await?;
    if by_client > MAX_REQUESTS_PER_CLIENT || by_email > MAX_REQUESTS_PER_EMAIL {
        tracing::warn!("password reset requests throttled");
        let page = forgot_page(&ctx, email.as_str(), Some(ctx.tr.t("forgot-throttled")), None)?;
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "3600")], page).into_response());
    }
    let user = app.store.user_by_email(email.as_str()).await?.filter(|u| u.active && u.password_hash.is_some());
    if let Some(user) = user {
        let tr = user.locale.as_deref().map_or(ctx.tr, Tr::for_code);
        app.store
            .request_password_reset(user.id, &user.email, |token| {
                let link = m4m_store::outbox::link(&format!("/login/reset/{token}"));
                let body =
                    tr.args("forgot-mail-body", &[("name", Arg::Text(&user.display_name)), ("link", Arg::Text(&link))]);
                (tr.t("forgot-mail-subject"), body)
            })
            .await?;
    }
    Ok(Redirect::to("/login/forgot?sent=1").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPasswordForm {
    current_password: String,
    password: String,
    password_again: String,
}

impl NewPasswordForm {
    /// The new password, checked, and typed the same twice.
    fn check(&self) -> Validation {
        let mut v = Validation::default();
        v.check(check_password(&self.password));
        if self.password != self.password_again && v.key_for("password").is_none() {
            v.add("password_again", "error-password-mismatch");
        }
        v
    }
}

fn new_password_fields(tr: &Tr) -> Vec<Field> {
    vec![
        Field::new(tr, "password", "reset-password", Control::NewPassword, "").required(),
        Field::new(tr, "password_again", "reset-password-again", Control::NewPassword, "").required(),
    ]
}

fn is_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The account a reset link opens; 404 for a made-up link, 410 for one
/// that was used or has expired.
async fn reset_owner(app: &AppState, token: &str) -> Result<i64, AppError> {
    if !is_token(token) {
        return Err(AppError::NotFound);
    }
    match app.store.password_reset_owner(token).await? {
        Some(id) => Ok(id),
        None if app.store.password_reset_known(token).await? => Err(AppError::Gone("reset-gone")),
        None => Err(AppError::NotFound),
    }
}

fn reset_page(ctx: &Ctx, token: &str, errors: Option<&Validation>) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let form = FormView {
        action: format!("/login/reset/{token}"),
        submit: tr.t("reset-submit"),
        fields: new_password_fields(tr),
        hidden: Vec::new(),
    };
    let form = match errors {
        Some(e) => form.with_errors(tr, e),
        None => form,
    };
    render(&FormPage { c: Chrome::new(ctx, tr.t("reset-title")), intro: vec![tr.t("reset-intro")], notice: None, form })
}

/// `GET /login/reset/{token}`
pub async fn reset_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    reset_owner(&app, &token).await?;
    Ok(reset_page(&ctx, &token, None)?.into_response())
}

/// `POST /login/reset/{token}`: saves the new password, uses up the link
/// and ends every session of the account; the person then logs in (with
/// their second factor, if they have one).
pub async fn reset_submit(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<NewPasswordForm>,
) -> Result<Response, AppError> {
    reset_owner(&app, &token).await?;
    let v = f.check();
    if v.clone().finish().is_err() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, reset_page(&ctx, &token, Some(&v))?).into_response());
    }
    let hash = app.passwords.hash(f.password).await?;
    if app.store.reset_password(&token, &hash).await?.is_none() {
        return Err(AppError::Gone("reset-gone"));
    }
    Ok(Redirect::to("/login?reset=1").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangeQuery {
    done: Option<String>,
}

fn change_page(
    ctx: &Ctx,
    notice: Option<String>,
    errors: Option<&Validation>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let mut fields = vec![Field::new(tr, "current_password", "password-current", Control::Password, "").required()];
    fields.extend(new_password_fields(tr));
    let form =
        FormView { action: "/account/password".into(), submit: tr.t("password-submit"), fields, hidden: Vec::new() };
    let form = match errors {
        Some(e) => form.with_errors(tr, e),
        None => form,
    };
    render(&FormPage { c: Chrome::new(ctx, tr.t("password-title")), intro: vec![tr.t("reset-intro")], notice, form })
}

/// `GET /account/password`
pub async fn change_form(SignedIn(ctx, _user): SignedIn, Query(q): Query<ChangeQuery>) -> Result<Response, AppError> {
    let notice = q.done.map(|_| ctx.tr.t("password-changed"));
    Ok(change_page(&ctx, notice, None)?.into_response())
}

/// `POST /account/password`: the current password first (a wrong one
/// counts as a failed log-in, so that a borrowed session cannot guess
/// it), then the new one; this session stays open, the others end.
pub async fn change_submit(
    State(app): State<AppState>,
    client: Client,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<NewPasswordForm>,
) -> Result<Response, AppError> {
    let mut v = f.check();
    if f.current_password.is_empty() {
        v.add("current_password", "error-required");
    }
    if v.clone().finish().is_err() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, change_page(&ctx, None, Some(&v))?).into_response());
    }
    let (attempt, by_email, by_client) =
        app.store.reserve_login_attempt(&user.email, &client.key(), WINDOW_SECS).await?;
    if by_email > MAX_FAILURES_PER_EMAIL || by_client > MAX_FAILURES_PER_CLIENT {
        let page = change_page(&ctx, Some(ctx.tr.t("login-throttled")), None)?;
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "900")], page).into_response());
    }
    let stored = app.store.user(user.id).await?.and_then(|u| u.password_hash);
    let hash = stored.unwrap_or_else(|| m4m_domain::account::password::dummy_hash().to_owned());
    if !app.passwords.verify(f.current_password, hash).await? {
        let mut wrong = Validation::default();
        wrong.add("current_password", "password-current-wrong");
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, change_page(&ctx, None, Some(&wrong))?).into_response());
    }
    app.store.login_succeeded(attempt).await?;
    let hash = app.passwords.hash(f.password).await?;
    app.store.set_password(Some(user.id), user.id, &hash, Some(&user.session_id)).await?;
    Ok(Redirect::to("/account/password?done=1").into_response())
}
