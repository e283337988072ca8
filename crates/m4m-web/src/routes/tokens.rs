//! A person's API tokens (`/account/tokens`): made for a partner's tool,
//! shown once, listed with when they were last used, revoked in one step.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::account::parse_text;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, Control, Field, Form as FormView, render};

/// The routes of API tokens.
pub fn router() -> Routes {
    Routes::new().route("/account/tokens", get(list).post(create)).route("/account/tokens/{id}/revoke", post(revoke))
}

/// One token as listed: id, name, made, last used, revoked.
struct TokenRow {
    id: i64,
    name: String,
    created: String,
    used: String,
    revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "tokens.html")]
struct TokensPage {
    c: Chrome,
    /// The token just made, shown this once.
    new_token: Option<String>,
    rows: Vec<TokenRow>,
    form: FormView,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct NewToken {
    name: String,
}

async fn page(
    app: &AppState,
    ctx: &Ctx,
    user: &CurrentUser,
    new_token: Option<String>,
    name: &str,
    errors: Option<&m4m_domain::Validation>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let rows = app
        .store
        .api_tokens(user.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            created: tr.when(t.created_at),
            used: t.last_used_at.map_or_else(|| tr.t("tokens-never-used"), |at| tr.when(at)),
            revoked: t.revoked_at.map(|at| tr.when(at)),
        })
        .collect();
    let form = FormView {
        action: "/account/tokens".into(),
        submit: tr.t("tokens-create"),
        fields: vec![Field::new(tr, "name", "tokens-name", Control::Text, name).required()],
        hidden: Vec::new(),
    };
    let form = match errors {
        Some(e) => form.with_errors(tr, e),
        None => form,
    };
    render(&TokensPage { c: Chrome::new(ctx, tr.t("tokens-title")), new_token, rows, form })
}

/// `GET /account/tokens`
async fn list(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    Ok(page(&app, &ctx, &user, None, "", None).await?.into_response())
}

/// `POST /account/tokens`: a new token, shown once.
async fn create(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<NewToken>,
) -> Result<Response, AppError> {
    match parse_text("name", &f.name, 80) {
        Ok(name) => {
            let (token, _) = app.store.create_api_token(Some(user.id), user.id, &name).await?;
            Ok(page(&app, &ctx, &user, Some(token), "", None).await?.into_response())
        }
        Err(invalid) => {
            let errors = m4m_domain::Validation(vec![invalid]);
            let html = page(&app, &ctx, &user, None, &f.name, Some(&errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}

/// `POST /account/tokens/{id}/revoke`: only one's own, live token.
async fn revoke(
    State(app): State<AppState>,
    SignedIn(_ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    if !app.store.revoke_api_token(user.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/account/tokens").into_response())
}
