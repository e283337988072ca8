//! Logging in and out, and choosing the interface language.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::account::password;
use m4m_domain::language;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, SignedIn, cookie, session_cookie_name};
use crate::error::AppError;
use crate::kit::client::Client;
use crate::kit::paths::safe_next;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, Control, Field, Form as FormView, render};
use crate::routes::two_factor::ask_for_code;

/// The routes of logging in and out and of the language switcher.
pub fn router() -> Routes {
    Routes::new()
        .route("/login", get(login_form).post(login_submit))
        .route("/logout", post(logout))
        .route("/language", post(choose_language))
}

/// Failed log-ins allowed per e-mail address in the window.
pub(crate) const MAX_FAILURES_PER_EMAIL: i64 = 5;
/// Failed log-ins allowed per client address in the window (higher: a
/// whole office may share one address).
pub(crate) const MAX_FAILURES_PER_CLIENT: i64 = 50;
/// The throttling window.
pub(crate) const WINDOW_SECS: i64 = 15 * 60;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    bye: Option<String>,
    /// Back from too many wrong codes.
    again: Option<String>,
    /// Back from choosing a new password with a reset link.
    reset: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    email: String,
    password: String,
    next: String,
}

fn login_page(
    ctx: &Ctx,
    email: &str,
    next: &str,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let form = FormView {
        action: "/login".into(),
        submit: tr.t("login-submit"),
        fields: vec![
            Field::new(tr, "email", "login-email", Control::Email, email).required(),
            Field::new(tr, "password", "login-password", Control::Password, "").required(),
        ],
        hidden: vec![("next", next.to_owned())],
    };
    render(&LoginPage { c: Chrome::new(ctx, tr.t("login-title")), notice, form })
}

/// The log-in form, with the way to a forgotten password.
#[derive(askama::Template)]
#[template(path = "login.html")]
struct LoginPage {
    c: Chrome,
    notice: Option<String>,
    form: FormView,
}

/// `GET /login`. On a new installation without any account, the page
/// says how the first administrator is made (on the server: nobody can
/// sign up as one from the web).
pub async fn login_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Query(q): Query<LoginQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(safe_next(&q.next).unwrap_or("/home")).into_response());
    }
    let mut notice = q
        .bye
        .map(|_| ctx.tr.t("logged-out"))
        .or_else(|| q.again.map(|_| ctx.tr.t("two-factor-log-in-again")))
        .or_else(|| q.reset.map(|_| ctx.tr.t("reset-done")));
    if notice.is_none() && app.store.is_empty().await? {
        notice = Some(ctx.tr.t("login-first-run"));
    }
    Ok(login_page(&ctx, "", safe_next(&q.next).unwrap_or(""), notice)?.into_response())
}

/// `POST /login`
pub async fn login_submit(
    State(app): State<AppState>,
    client: Client,
    ctx: Ctx,
    Form(f): Form<LoginForm>,
) -> Result<Response, AppError> {
    let email = f.email.trim().to_lowercase();
    // An address longer than any, or with control characters (PostgreSQL
    // cannot even store a NUL), is nobody's: it is counted and shown as
    // an empty one.
    let email = if email.len() <= 254 && !email.chars().any(char::is_control) { email } else { String::new() };
    let next = safe_next(&f.next).unwrap_or("").to_owned();
    let client = client.key();
    // The attempt is reserved before the password is checked, so that a
    // burst of simultaneous tries gets no more checks than the limit.
    let (attempt, by_email, by_client) = app.store.reserve_login_attempt(&email, &client, WINDOW_SECS).await?;
    if by_email > MAX_FAILURES_PER_EMAIL || by_client > MAX_FAILURES_PER_CLIENT {
        tracing::warn!("log-in throttled");
        app.store.audit(None, "login.throttled", "login", "").await?;
        let page = login_page(&ctx, &email, &next, Some(ctx.tr.t("login-throttled")))?;
        return Ok((StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "900")], page).into_response());
    }
    let user = if email.is_empty() { None } else { app.store.user_by_email(&email).await? };
    let hash = user.as_ref().and_then(|u| u.password_hash.clone()).unwrap_or_else(|| password::dummy_hash().to_owned());
    let verified = app.passwords.verify(f.password, hash).await?;
    let known = user.as_ref().map(|u| u.id);
    // A deactivated account is told so, but only after its right password:
    // to anyone else it looks like any failed log-in. The attempt still
    // counts as a failure.
    if let Some(u) = user.as_ref().filter(|u| verified && !u.active && u.password_hash.is_some()) {
        app.store.audit(None, "login.deactivated", &format!("user:{}", u.id), "").await?;
        let page = login_page(&ctx, &email, &next, Some(ctx.tr.t("login-deactivated")))?;
        return Ok((StatusCode::FORBIDDEN, page).into_response());
    }
    let Some(user) = user.filter(|u| verified && u.active && u.password_hash.is_some()) else {
        // A failure on an existing account goes to that account's trail
        // (its owner sees it in their export); never the e-mail typed.
        let subject = known.map_or_else(|| "login".to_owned(), |id| format!("user:{id}"));
        app.store.audit(None, "login.failed", &subject, "").await?;
        let page = login_page(&ctx, &email, &next, Some(ctx.tr.t("login-failed")))?;
        return Ok((StatusCode::UNAUTHORIZED, page).into_response());
    };
    app.store.login_succeeded(attempt).await?;
    // With a second factor, no session yet: the code comes first.
    if user.two_factor {
        return ask_for_code(&app, user.id, &next).await;
    }
    // A session that was open in this browser ends: the new one gets a
    // fresh id.
    if let Some(previous) = &ctx.user {
        app.store.close_session(&previous.session_id).await?;
    }
    let (token, _) = app.store.open_session(user.id).await?;
    let secure = app.config.secure_cookies;
    let target = if next.is_empty() { "/home".to_owned() } else { next };
    Ok(([(header::SET_COOKIE, cookie(session_cookie_name(secure), &token, secure, None))], Redirect::to(&target))
        .into_response())
}

/// `POST /logout`
pub async fn logout(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Response, AppError> {
    app.store.close_session(&user.session_id).await?;
    app.store.audit(Some(user.id), "logout", &format!("user:{}", user.id), "").await?;
    let secure = app.config.secure_cookies;
    Ok(([(header::SET_COOKIE, cookie(session_cookie_name(secure), "", secure, Some(0)))], Redirect::to("/login?bye=1"))
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    lang: String,
    return_to: String,
}

/// `POST /language`: the language switcher. Saved in the account when
/// logged in, in a cookie always.
pub async fn choose_language(
    State(app): State<AppState>,
    ctx: Ctx,
    Form(f): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let Some(lang) = language::find(&f.lang) else {
        return Err(AppError::UnknownLanguage(f.lang.chars().take(20).collect()));
    };
    if let Some(user) = &ctx.user {
        app.store.set_locale(user.id, lang.code).await?;
    }
    let back = safe_next(&f.return_to).unwrap_or("/");
    Ok((
        [(header::SET_COOKIE, cookie("m4m_lang", lang.code, app.config.secure_cookies, Some(365 * 86_400)))],
        Redirect::to(back),
    )
        .into_response())
}
