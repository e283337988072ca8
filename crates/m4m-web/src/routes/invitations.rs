//! Invitations: a coordinator invites a buddy or a colleague by e-mail;
//! a single-use link, valid for a week, lets them choose a password. An
//! invitation to someone who has an account already adds the role to it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Role;
use m4m_domain::Validation;
use m4m_domain::account::{Email, check_password, parse_name};
use m4m_domain::permission::{Action, Target};
use m4m_store::StoreError;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn, cookie, session_cookie_name};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, Control, Field, Form as FormView, FormPage, render};

/// The routes of invitations: sending one, and taking it up.
pub fn router() -> Routes {
    Routes::new()
        .route("/invitations/new", get(new_form).post(create))
        .route("/invitations/{token}", get(accept_form).post(accept))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteFields {
    email: String,
    name: String,
    role: String,
    organisation_id: String,
}

/// The roles `user` may invite, and the organisations they may invite
/// into (`None` in the list: installation-wide).
async fn choices(app: &AppState, user: &CurrentUser) -> Result<(Vec<Role>, Vec<(Option<i64>, String)>), AppError> {
    let admin = user.actor.can(Action::InviteMember, Target::INSTALLATION);
    let roles: Vec<Role> = Role::ALL.into_iter().filter(|r| admin || r.invitable_by_coordinator()).collect();
    let mut orgs: Vec<(Option<i64>, String)> = app
        .store
        .organisations()
        .await?
        .into_iter()
        .filter(|o| user.actor.can(Action::InviteMember, Target::organisation(o.id)))
        .map(|o| (Some(o.id), o.name))
        .collect();
    if admin {
        orgs.insert(0, (None, String::new()));
    }
    Ok((roles, orgs))
}

fn invite_form(tr: &Tr, roles: &[Role], orgs: &[(Option<i64>, String)], f: &InviteFields) -> FormView {
    let role = if f.role.is_empty() { "mentor" } else { &f.role };
    let org_value = if f.organisation_id.is_empty() {
        orgs.iter().find_map(|(id, _)| *id).map(|id| id.to_string()).unwrap_or_default()
    } else {
        f.organisation_id.clone()
    };
    FormView {
        action: "/invitations/new".into(),
        submit: tr.t("invite-submit"),
        fields: vec![
            Field::new(tr, "email", "invite-email", Control::Email, &f.email).required(),
            Field::new(tr, "name", "invite-name", Control::Text, &f.name).required(),
            Field::new(tr, "role", "invite-role", Control::Select, role).required().options(
                roles.iter().map(|r| (r.as_str().to_owned(), tr.t(&format!("role-{}", r.as_str())))).collect(),
            ),
            Field::new(tr, "organisation_id", "invite-organisation", Control::Select, &org_value).options(
                orgs.iter()
                    .map(|(id, name)| match id {
                        Some(id) => (id.to_string(), name.clone()),
                        None => (String::new(), tr.t("installation-wide")),
                    })
                    .collect(),
            ),
        ],
        hidden: Vec::new(),
    }
}

fn invite_page(ctx: &Ctx, form: FormView) -> Result<axum::response::Html<String>, AppError> {
    render(&FormPage {
        c: Chrome::new(ctx, ctx.tr.t("invite-title")),
        intro: vec![ctx.tr.t("invite-intro")],
        notice: None,
        form,
    })
}

/// `GET /invitations/new`
pub async fn new_form(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let (roles, orgs) = choices(&app, &user).await?;
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok(invite_page(&ctx, invite_form(&ctx.tr, &roles, &orgs, &InviteFields::default()))?.into_response())
}

#[derive(Template)]
#[template(path = "invite_sent.html")]
struct Sent {
    c: Chrome,
    sent: String,
    link: String,
}

/// `POST /invitations/new`
pub async fn create(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<InviteFields>,
) -> Result<Response, AppError> {
    let (roles, orgs) = choices(&app, &user).await?;
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let mut v = Validation::default();
    let email = v.check(Email::parse(&f.email));
    let name = v.check(parse_name("name", &f.name));
    let role = Role::parse(&f.role).filter(|r| roles.contains(r));
    if role.is_none() {
        v.add("role", "error-choice-invalid");
    }
    // With a single organisation to choose from, the choice is made.
    let only = match orgs.as_slice() {
        [(Some(id), _)] => Some(*id),
        _ => None,
    };
    let organisation: Option<i64> = f.organisation_id.trim().parse().ok().or(only);
    let allowed_org = orgs.iter().any(|(id, _)| *id == organisation);
    match (role, organisation) {
        (Some(Role::Administrator), Some(_)) => v.add("organisation_id", "error-choice-invalid"),
        (Some(r), None) if r.needs_organisation() => v.add("organisation_id", "error-required"),
        _ if !allowed_org => v.add("organisation_id", "error-choice-invalid"),
        _ => {}
    }
    let (Ok(()), Some(email), Some(name), Some(role)) = (v.clone().finish(), email, name, role) else {
        let form = invite_form(&ctx.tr, &roles, &orgs, &f).with_errors(&ctx.tr, &v);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, invite_page(&ctx, form)?).into_response());
    };
    let who = Invitee { email: &email, name: &name, role, organisation, participant: None, language: None };
    send_invitation(&app, &ctx, &user, who).await
}

/// Who is invited, to what.
pub struct Invitee<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    pub role: Role,
    pub organisation: Option<i64>,
    /// The registered person whose own space the invitation opens.
    pub participant: Option<i64>,
    /// The language of a person without an account yet.
    pub language: Option<&'a str>,
}

/// Stores an invitation, queues its e-mail and shows the link once. The
/// e-mail goes out in the invitee's language when known (their account's,
/// or the one they registered in), else in the inviter's.
pub async fn send_invitation(
    app: &AppState,
    ctx: &Ctx,
    inviter: &CurrentUser,
    who: Invitee<'_>,
) -> Result<Response, AppError> {
    let existing = app.store.user_by_email(who.email.as_str()).await?;
    let mail_tr = existing
        .as_ref()
        .and_then(|u| u.locale.as_deref())
        .or(who.language)
        .filter(|l| !l.is_empty())
        .map_or(ctx.tr, Tr::for_code);
    let base = app.config.public_url.trim_end_matches('/').to_owned();
    let role_name = mail_tr.t(&format!("role-{}", who.role.as_str()));
    let valid = app.config.invitation_valid_secs;
    let token = app
        .store
        .invite(inviter.id, who.email, who.name, who.role, who.organisation, valid, who.participant, |token| {
            let link = m4m_store::outbox::link(&format!("/invitations/{token}"));
            let body = mail_tr.args(
                "invite-mail-body",
                &[
                    ("name", Arg::Text(who.name)),
                    ("inviter", Arg::Text(&inviter.name)),
                    ("role", Arg::Text(&role_name)),
                    ("link", Arg::Text(&link)),
                ],
            );
            (mail_tr.t("invite-mail-subject"), body)
        })
        .await?;
    Ok(render(&Sent {
        c: Chrome::new(ctx, ctx.tr.t("invite-title")),
        sent: ctx.tr.with_name("invite-sent", "email", who.email.as_str()),
        link: format!("{base}/invitations/{token}"),
    })?
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptFields {
    name: String,
    password: String,
    password_again: String,
}

fn is_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn accept_page(
    ctx: &Ctx,
    token: &str,
    invitation: &m4m_store::accounts::Invitation,
    name: &str,
    errors: Option<&Validation>,
    notice: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = &ctx.tr;
    let mut form = FormView {
        action: format!("/invitations/{token}"),
        submit: tr.t("accept-submit"),
        fields: vec![
            Field::new(tr, "name", "accept-name", Control::Text, name).required(),
            Field::new(tr, "password", "accept-password", Control::NewPassword, "").required(),
            Field::new(tr, "password_again", "accept-password-again", Control::NewPassword, "").required(),
        ],
        hidden: Vec::new(),
    };
    if let Some(e) = errors {
        form = form.with_errors(tr, e);
    }
    let role = tr.t(&format!("role-{}", invitation.role.as_str()));
    let mut intro = vec![tr.args("accept-intro", &[("role", Arg::Text(&role))])];
    if let Some(org) = &invitation.organisation_name {
        intro.push(tr.args("accept-organisation", &[("organisation", Arg::Text(org))]));
    }
    render(&FormPage { c: Chrome::new(ctx, tr.t("accept-title")), intro, notice, form })
}

async fn usable_invitation(app: &AppState, token: &str) -> Result<m4m_store::accounts::Invitation, AppError> {
    if !is_token(token) {
        return Err(AppError::NotFound);
    }
    let invitation = app.store.invitation(token).await?.ok_or(AppError::NotFound)?;
    if !invitation.usable(m4m_store::now()) {
        return Err(AppError::Gone("accept-gone"));
    }
    Ok(invitation)
}

/// `GET /invitations/{token}`
pub async fn accept_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let invitation = usable_invitation(&app, &token).await?;
    Ok(accept_page(&ctx, &token, &invitation, &invitation.display_name, None, None)?.into_response())
}

/// `POST /invitations/{token}`
pub async fn accept(
    State(app): State<AppState>,
    ctx: Ctx,
    Path(token): Path<String>,
    Form(f): Form<AcceptFields>,
) -> Result<Response, AppError> {
    let invitation = usable_invitation(&app, &token).await?;
    let mut v = Validation::default();
    let name = v.check(parse_name("name", &f.name));
    v.check(check_password(&f.password));
    if f.password != f.password_again && v.key_for("password").is_none() {
        v.add("password_again", "error-password-mismatch");
    }
    let (Ok(()), Some(name)) = (v.clone().finish(), name) else {
        let page = accept_page(&ctx, &token, &invitation, &f.name, Some(&v), None)?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let hash = app.passwords.hash(f.password).await?;
    let user_id = match app.store.accept_invitation(&token, &name, &hash).await {
        Ok(id) => id,
        // Another invitation to the same address made its account a moment
        // ago; this one is still unused, and sending it again adds its role
        // to that account.
        Err(StoreError::Taken(what)) => {
            let notice = Some(ctx.tr.t(AppError::taken_key(what)));
            let page = accept_page(&ctx, &token, &invitation, &f.name, None, notice)?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(previous) = &ctx.user {
        app.store.close_session(&previous.session_id).await?;
    }
    let (session_token, _) = app.store.open_session(user_id).await?;
    let secure = app.config.secure_cookies;
    Ok((
        [(header::SET_COOKIE, cookie(session_cookie_name(secure), &session_token, secure, None))],
        Redirect::to("/home"),
    )
        .into_response())
}
