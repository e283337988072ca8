//! Two-step log-in: setting up an authenticator application
//! (`/account/two-factor`), the code asked after the password
//! (`/login/code`), and recovery codes for a lost phone.
//!
//! Between the password and the code the browser holds a challenge token
//! in its own cookie (five minutes, five tries); no login session exists
//! until the code is right, so a stolen password alone opens nothing.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::two_factor::{self, otpauth_uri};
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn, cookie, read_cookie, session_cookie_name};
use crate::error::AppError;
use crate::kit::client::Client;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, Control, Field, Form as FormView, FormPage, render};

/// The cookie that carries the challenge between password and code.
const CHALLENGE_COOKIE: &str = "m4m_challenge";

/// The routes of two-step log-in.
pub fn router() -> Routes {
    Routes::new()
        .route("/login/code", get(code_form).post(code_submit))
        .route("/account/two-factor", get(settings).post(confirm))
        .route("/account/two-factor/recovery-codes", post(renew_codes))
}

/// After a right password: the code page, with the challenge cookie.
pub async fn ask_for_code(app: &AppState, user_id: i64, next: &str) -> Result<Response, AppError> {
    let token = app.store.open_challenge(user_id, next).await?;
    let secure = app.config.secure_cookies;
    let max_age = m4m_store::two_factor::CHALLENGE_SECS;
    Ok(([(header::SET_COOKIE, cookie(CHALLENGE_COOKIE, &token, secure, Some(max_age)))], Redirect::to("/login/code"))
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CodeForm {
    code: String,
}

fn code_page(ctx: &Ctx, notice: Option<String>) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let form = FormView {
        action: "/login/code".into(),
        submit: tr.t("two-factor-verify"),
        fields: vec![Field::new(tr, "code", "two-factor-code", Control::Text, "").required()],
        hidden: Vec::new(),
    };
    let intro = vec![tr.t("two-factor-login-intro"), tr.t("two-factor-login-recovery")];
    render(&FormPage { c: Chrome::new(ctx, tr.t("two-factor-login-title")), intro, notice, form })
}

fn challenge_token(headers: &HeaderMap) -> Option<String> {
    read_cookie(headers, CHALLENGE_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_owned)
}

/// `GET /login/code`
async fn code_form(State(app): State<AppState>, ctx: Ctx, headers: HeaderMap) -> Result<Response, AppError> {
    match challenge_token(&headers) {
        Some(t) if app.store.challenge(&t).await?.is_some() => Ok(code_page(&ctx, None)?.into_response()),
        _ => Ok(Redirect::to("/login").into_response()),
    }
}

/// Whether `typed` is a right code for the account: a current code not
/// used before, or an unused recovery code.
async fn code_is_right(app: &AppState, user_id: i64, typed: &str) -> Result<bool, AppError> {
    let Some(tf) = app.store.two_factor(user_id).await?.filter(|t| t.confirmed_at.is_some()) else {
        return Ok(false);
    };
    if let Some(step) = two_factor::verify(&tf.secret, typed, m4m_store::now(), tf.last_step) {
        return Ok(app.store.use_step(user_id, step).await?);
    }
    Ok(app.store.use_recovery_code(user_id, typed).await?)
}

/// `POST /login/code`
async fn code_submit(
    State(app): State<AppState>,
    client: Client,
    ctx: Ctx,
    headers: HeaderMap,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    let Some(token) = challenge_token(&headers) else {
        return Ok(Redirect::to("/login").into_response());
    };
    // A try is taken before the code is checked: a burst of codes on one
    // challenge gets no more checks than it has tries.
    let Some(challenge) = app.store.take_challenge_try(&token).await? else {
        return Ok(Redirect::to("/login?again=1").into_response());
    };
    let user = app.store.user(challenge.user_id).await?.filter(|u| u.active).ok_or(AppError::Unauthorized)?;
    if !code_is_right(&app, user.id, &f.code).await? {
        // A wrong code counts against the account like a wrong password.
        app.store.record_login_attempt(&user.email, &client.key(), false).await?;
        app.store.audit(Some(user.id), "login.second_factor_failed", &format!("user:{}", user.id), "").await?;
        if app.store.challenge(&token).await?.is_none() {
            return Ok(Redirect::to("/login?again=1").into_response());
        }
        let page = code_page(&ctx, Some(ctx.tr.t("two-factor-wrong-code")))?;
        return Ok((StatusCode::UNAUTHORIZED, page).into_response());
    }
    app.store.close_challenge(&token).await?;
    if let Some(previous) = &ctx.user {
        app.store.close_session(&previous.session_id).await?;
    }
    let (session, _) = app.store.open_session(user.id).await?;
    let secure = app.config.secure_cookies;
    let target = if challenge.next.is_empty() { "/home".to_owned() } else { challenge.next };
    let mut response = Redirect::to(&target).into_response();
    let h = response.headers_mut();
    h.append(header::SET_COOKIE, cookie(session_cookie_name(secure), &session, secure, None));
    h.append(header::SET_COOKIE, cookie(CHALLENGE_COOKIE, "", secure, Some(0)));
    Ok(response)
}

#[derive(Template)]
#[template(path = "two_factor.html")]
struct SettingsPage {
    c: Chrome,
    notice: Option<String>,
    /// Set up and in use.
    on: bool,
    /// While setting up: the QR code (SVG) and the secret to type by hand.
    qr: String,
    secret: String,
    /// Recovery codes, shown once.
    codes: Vec<String>,
    codes_left: String,
    form: FormView,
}

fn code_field(ctx: &Ctx, action: &str, submit: &str, errors: Option<&m4m_domain::Validation>) -> FormView {
    let tr = &ctx.tr;
    let form = FormView {
        action: action.into(),
        submit: tr.t(submit),
        fields: vec![Field::new(tr, "code", "two-factor-code-app", Control::Text, "").required()],
        hidden: Vec::new(),
    };
    match errors {
        Some(e) => form.with_errors(tr, e),
        None => form,
    }
}

fn wrong_code() -> m4m_domain::Validation {
    m4m_domain::Validation(vec![m4m_domain::Invalid { field: "code", key: "two-factor-wrong-code" }])
}

/// An SVG QR code of the set-up link (dark modules as one path).
fn qr_svg(data: &str) -> String {
    match qrcode::QrCode::new(data.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .dark_color(qrcode::render::svg::Color("#000"))
            .light_color(qrcode::render::svg::Color("#fff"))
            .build()
            // Inline in HTML: without the XML declaration.
            .split_once("<svg")
            .map(|(_, svg)| format!("<svg{svg}"))
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The secret in groups of four, to type into an application by hand.
fn grouped(secret: &[u8]) -> String {
    let b = two_factor::base32(secret);
    b.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

async fn settings_page(
    app: &AppState,
    ctx: &Ctx,
    user: &CurrentUser,
    codes: Vec<String>,
    errors: Option<&m4m_domain::Validation>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let required = user.actor.grants.iter().any(|g| two_factor::required_for(g.role));
    let current = app.store.two_factor(user.id).await?;
    let on = current.as_ref().is_some_and(|t| t.confirmed_at.is_some());
    let (qr, secret, form) = if on {
        (
            String::new(),
            String::new(),
            code_field(ctx, "/account/two-factor/recovery-codes", "two-factor-new-codes", errors),
        )
    } else {
        let secret = match current {
            Some(t) if !t.secret.is_empty() => t.secret,
            _ => app.store.begin_two_factor(user.id).await?,
        };
        let uri = otpauth_uri("m4m", &user.email, &secret);
        (qr_svg(&uri), grouped(&secret), code_field(ctx, "/account/two-factor", "two-factor-confirm", errors))
    };
    let codes_left =
        if on { tr.n("two-factor-codes-left", app.store.recovery_codes_left(user.id).await?) } else { String::new() };
    let notice = (required && !on).then(|| tr.t("two-factor-required"));
    render(&SettingsPage {
        c: Chrome::new(ctx, tr.t("two-factor-title")),
        notice,
        on,
        qr,
        secret,
        codes,
        codes_left,
        form,
    })
}

/// `GET /account/two-factor`
async fn settings(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    Ok(settings_page(&app, &ctx, &user, Vec::new(), None).await?.into_response())
}

/// `POST /account/two-factor`: the first code from the application
/// confirms the set-up; the recovery codes are shown once.
async fn confirm(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    let pending = app.store.two_factor(user.id).await?.filter(|t| t.confirmed_at.is_none());
    let step = pending.and_then(|t| two_factor::verify(&t.secret, &f.code, m4m_store::now(), t.last_step));
    let Some(step) = step else {
        let page = settings_page(&app, &ctx, &user, Vec::new(), Some(&wrong_code())).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let codes = app.store.confirm_two_factor(user.id, step).await?;
    Ok(settings_page(&app, &ctx, &user, codes, None).await?.into_response())
}

/// `POST /account/two-factor/recovery-codes`: new codes, with a current
/// code from the application.
async fn renew_codes(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<CodeForm>,
) -> Result<Response, AppError> {
    let current = app.store.two_factor(user.id).await?.filter(|t| t.confirmed_at.is_some());
    let step = current.and_then(|t| two_factor::verify(&t.secret, &f.code, m4m_store::now(), t.last_step));
    let ok = match step {
        Some(step) => app.store.use_step(user.id, step).await?,
        None => false,
    };
    if !ok {
        let page = settings_page(&app, &ctx, &user, Vec::new(), Some(&wrong_code())).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let codes = app.store.new_recovery_codes(user.id).await?;
    Ok(settings_page(&app, &ctx, &user, codes, None).await?.into_response())
}
