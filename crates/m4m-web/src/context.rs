//! What every request carries: who asks ([`CurrentUser`]), in which
//! language ([`Tr`]), and the CSRF token its forms must send back. The
//! [`context`] middleware builds it before any handler runs, checks the
//! CSRF token of every state-changing request, bounds bodies, renders
//! errors in the request's language and sets the security headers.

use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::language::{self, Language};
use m4m_domain::permission::Actor;
use m4m_domain::zone::Zone;
use m4m_store::accounts::{Account, new_token};

use crate::AppState;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::kit::paths::{is_questionnaire_editor, is_upload, safe_next};
use crate::kit::second_factor::{allowed_before_set_up, must_set_up};
use crate::pages;

/// The person behind a request's session.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub actor: Actor,
    /// The login session's id (the hash of its token).
    pub session_id: String,
    /// Where the account's organisation is: times are shown and typed
    /// in this zone.
    pub zone: &'static Zone,
    /// Whether a second factor is set up.
    pub two_factor: bool,
}

/// The context of one request.
#[derive(Clone, Debug)]
pub struct Ctx {
    /// The translator, in the request's language.
    pub tr: Tr,
    /// The token that forms must send back in a `csrf` field.
    pub csrf: String,
    /// Who is logged in, if anyone.
    pub user: Option<CurrentUser>,
    /// The request's path, for the language switcher to come back to.
    pub path: String,
    /// Whether cookies are marked `Secure` (served over TLS).
    pub secure: bool,
}

const CSRF_COOKIE: &str = "m4m_csrf";
const LANG_COOKIE: &str = "m4m_lang";

/// The name of the session cookie: `__Host-` prefixed over TLS, which
/// pins it to this host and path `/` with `Secure`.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-m4m_session" } else { "m4m_session" }
}

/// A `Set-Cookie` value with our defaults: HttpOnly, SameSite=Lax, path
/// `/`, Secure when served over TLS. `max_age` 0 deletes the cookie.
pub fn cookie(name: &str, value: &str, secure: bool, max_age: Option<i64>) -> HeaderValue {
    let mut s = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if secure {
        s.push_str("; Secure");
    }
    if let Some(age) = max_age {
        s.push_str(&format!("; Max-Age={age}"));
    }
    HeaderValue::from_str(&s).unwrap_or_else(|_| HeaderValue::from_static("m4m_invalid=; Max-Age=0"))
}

/// Reads one cookie from the request headers.
pub fn read_cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A value of the query string.
pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    serde_urlencoded::from_str::<Vec<(String, String)>>(query?)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

fn is_token(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Compares two secrets in time that depends only on their length.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A logged-in user with their language preference and their session's
/// CSRF token (none for a bearer token: such requests carry no cookie a
/// forged form could ride on).
struct Loaded {
    user: CurrentUser,
    locale: Option<String>,
    csrf: String,
    by_token: bool,
}

/// The bearer token of an API request, if it sends one.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

async fn load_user(app: &AppState, headers: &HeaderMap, is_api: bool) -> Result<Option<Loaded>, AppError> {
    // Partners' tools call the API with a token, never with a cookie.
    if is_api && let Some(token) = bearer(headers) {
        let user_id = app.store.api_token_owner(token).await?.ok_or(AppError::Unauthorized)?;
        let Some(account) = app.store.account(user_id).await? else { return Ok(None) };
        return Ok(Some(loaded(account, String::new(), String::new(), true)));
    }
    let Some(token) = read_cookie(headers, session_cookie_name(app.config.secure_cookies)) else {
        return Ok(None);
    };
    if !is_token(token) {
        return Ok(None);
    }
    // The session, the account and its roles come in one query.
    let Some((session, account)) = app.store.session(token, app.config.session).await? else {
        return Ok(None);
    };
    Ok(Some(loaded(account, session.id, session.csrf_token, false)))
}

fn loaded(account: Account, session_id: String, csrf: String, by_token: bool) -> Loaded {
    let Account { user, grants, zone } = account;
    Loaded {
        locale: user.locale,
        user: CurrentUser {
            id: user.id,
            email: user.email,
            name: user.display_name,
            actor: Actor { user_id: user.id, grants },
            session_id,
            zone: crate::i18n::zone(zone.as_deref().unwrap_or("UTC")),
            two_factor: user.two_factor,
        },
        csrf,
        by_token,
    }
}

/// The language of a request: `?lang=` first (an explicit choice for this
/// page), then the account's preference, then the language cookie, then
/// `Accept-Language`, then English. Decided so that a shared link with
/// `?lang=ar` opens in Arabic for everyone.
fn choose_language(query: Option<&str>, preference: Option<&str>, headers: &HeaderMap) -> Result<Language, String> {
    if let Some(code) = query {
        return language::find(code).ok_or_else(|| code.chars().take(20).collect());
    }
    preference
        .and_then(language::find)
        .or_else(|| read_cookie(headers, LANG_COOKIE).and_then(language::find))
        .or_else(|| headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(language::negotiate))
        .map_or(Ok(language::DEFAULT), Ok)
}

/// The middleware that builds [`Ctx`] and enforces the rules every request
/// shares. See the module documentation.
pub async fn context(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    let is_api = path.starts_with("/api/");
    let secure = app.config.secure_cookies;
    // Until the migrations are done, the database cannot answer pages.
    if !*app.ready.borrow() {
        let ctx = Ctx { tr: Tr::new(language::DEFAULT), csrf: String::new(), user: None, path, secure };
        return finish(&ctx, is_api, AppError::Busy.into_response(), None, None);
    }

    let loaded = match load_user(&app, &parts.headers, is_api).await {
        Ok(l) => l,
        Err(e) => {
            let ctx = Ctx { tr: Tr::new(language::DEFAULT), csrf: String::new(), user: None, path, secure };
            return finish(&ctx, is_api, e.into_response(), None, None);
        }
    };
    let by_token = loaded.as_ref().is_some_and(|l| l.by_token);
    let (user, preference, session_csrf) = match loaded {
        Some(l) => (Some(l.user), l.locale, Some(l.csrf)),
        None => (None, None, None),
    };
    let query_lang = query_param(parts.uri.query(), "lang");
    let lang = choose_language(query_lang.as_deref(), preference.as_deref().filter(|p| !p.is_empty()), &parts.headers);
    let (csrf, new_anon) = match session_csrf {
        Some(t) => (t, None),
        None => match read_cookie(&parts.headers, CSRF_COOKIE).filter(|t| is_token(t)) {
            Some(t) => (t.to_owned(), None),
            None => {
                let t = new_token();
                (t.clone(), Some(t))
            }
        },
    };
    let mut tr = Tr::new(*lang.as_ref().unwrap_or(&language::DEFAULT));
    if let Some(u) = &user {
        tr = tr.in_zone(u.zone);
    }
    let ctx = Ctx { tr, csrf, user, path, secure };
    let set_lang = query_lang.as_ref().and(lang.as_ref().ok()).map(|l| l.code);
    if let Err(code) = lang {
        return finish(&ctx, is_api, AppError::UnknownLanguage(code).into_response(), new_anon, None);
    }
    // The API answers only those it knows (a bearer token or a browser's
    // session), before reading any body or checking any CSRF token: a
    // tool without credentials is told to authenticate, not that a form
    // token is missing. Its description is public.
    if is_api && ctx.user.is_none() && ctx.path != "/api/v1/openapi.json" {
        return finish(&ctx, is_api, AppError::Unauthorized.into_response(), new_anon, set_lang);
    }
    // Roles that see many people's records set up a second factor first.
    if let Some(u) = &ctx.user
        && must_set_up(&app, u)
        && !allowed_before_set_up(&ctx.path)
    {
        let r = if is_api {
            AppError::Forbidden.into_response()
        } else {
            Redirect::to("/account/two-factor").into_response()
        };
        return finish(&ctx, is_api, r, new_anon, None);
    }

    let safe = parts.method == Method::GET || parts.method == Method::HEAD || parts.method == Method::OPTIONS;
    let body = if safe {
        body
    } else {
        // Imports carry a whole spreadsheet, uploads a file (with room for
        // the multipart framing); everything else is a form.
        let limit = if ctx.path.contains("/import") {
            app.config.max_import_bytes
        } else if is_upload(&ctx.path) {
            app.config.max_upload_bytes + 16 * 1024
        } else if is_questionnaire_editor(&ctx.path) {
            app.config.max_body_bytes * m4m_domain::language::LANGUAGES.len()
        } else {
            app.config.max_body_bytes
        };
        let multipart = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("multipart/form-data"));
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if declared.is_some_and(|n| n > limit) {
            return finish(&ctx, is_api, AppError::PayloadTooLarge.into_response(), new_anon, set_lang);
        }
        let Ok(bytes) = to_bytes(body, limit).await else {
            return finish(&ctx, is_api, AppError::PayloadTooLarge.into_response(), new_anon, set_lang);
        };
        let sent = parts.headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_owned).or_else(|| {
            // A file upload carries its token in a field of the form
            // (older forms: in the address, which logs and history keep).
            if multipart {
                let content_type = parts.headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
                return multipart_field(content_type, &bytes, "csrf")
                    .or_else(|| query_param(parts.uri.query(), "csrf"));
            }
            serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
                .ok()?
                .into_iter()
                .find(|(k, _)| k == "csrf")
                .map(|(_, v)| v)
        });
        // A bearer token is not sent by browsers on their own: no CSRF.
        if !by_token && !sent.is_some_and(|s| same_secret(&s, &ctx.csrf)) {
            tracing::info!("refused a state-changing request without a valid CSRF token");
            return finish(&ctx, is_api, AppError::Csrf.into_response(), new_anon, set_lang);
        }
        Body::from(bytes)
    };

    parts.extensions.insert(ctx.clone());
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if response.extensions().get::<AppError>() == Some(&AppError::Forbidden) {
        record_refusal(&app, &ctx).await;
    }
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    if let Some(code) = set_lang
        && html
    {
        response = forms_keep_lang(response, code).await;
    }
    finish(&ctx, is_api, response, new_anon, set_lang)
}

/// A page asked for with `?lang=xx` posts its forms with it too, so that
/// what they answer (a 422, or a redirect: [`with_lang`]) stays in that
/// language rather than the account's. The language switcher's form
/// chooses a language of its own.
async fn forms_keep_lang(response: Response, code: &str) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let Ok(page) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let mut out = String::with_capacity(page.len() + 256);
    let mut rest = page;
    while let Some(at) = rest.find(" action=\"/") {
        let start = at + " action=\"".len();
        out.push_str(&rest[..start]);
        let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
        let action = &rest[start..end];
        let (path, fragment) = action.split_once('#').map_or((action, None), |(p, f)| (p, Some(f)));
        out.push_str(path);
        if path != "/language"
            && !path.starts_with("//")
            && query_param(path.split_once('?').map(|(_, q)| q), "lang").is_none()
        {
            out.push_str(if path.contains('?') { "&amp;lang=" } else { "?lang=" });
            out.push_str(code);
        }
        if let Some(f) = fragment {
            out.push('#');
            out.push_str(f);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(out))
}

/// Records a refused request (403) in the audit trail: who, and the path
/// with its ids (tokens replaced); a refusal about a person's record is
/// filed under that record, so that it shows in its access log. A failure
/// to record is logged; the refusal stands either way.
async fn record_refusal(app: &AppState, ctx: &Ctx) {
    let actor = ctx.user.as_ref().map(|u| u.id);
    let path = crate::redact_tokens(&ctx.path);
    let person =
        path.strip_prefix("/people/").and_then(|rest| rest.split('/').next()).and_then(|id| id.parse::<i64>().ok());
    let subject = match person {
        Some(id) => format!("participant:{id}"),
        None => format!("path:{path}"),
    };
    if let Err(e) = app.store.audit(actor, "access.denied", &subject, &path).await {
        tracing::error!(error = %crate::error::chain(&e), "could not record a refusal");
    }
}

/// Renders errors, sets cookies and the headers every response carries.
fn finish(
    ctx: &Ctx,
    is_api: bool,
    mut response: Response,
    new_anon: Option<String>,
    set_lang: Option<&str>,
) -> Response {
    let carried = response.extensions().get::<AppError>().cloned();
    let foreign_error = response.status().as_u16() >= 400
        && carried.is_none()
        && !response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    if let Some(error) = carried.or_else(|| foreign_error.then(|| AppError::from_status(response.status()))) {
        let headers = std::mem::take(response.headers_mut());
        response = render_error(ctx, is_api, &error);
        for (name, value) in headers.iter() {
            if name == header::SET_COOKIE || name == header::RETRY_AFTER {
                response.headers_mut().append(name, value.clone());
            }
        }
    }
    let h = response.headers_mut();
    if let Some(code) = set_lang
        && let Some(to) = h.get(header::LOCATION).and_then(|v| v.to_str().ok()).and_then(|to| with_lang(to, code))
        && let Ok(value) = header::HeaderValue::from_str(&to)
    {
        h.insert(header::LOCATION, value);
    }
    if let Some(token) = new_anon {
        h.append(header::SET_COOKIE, cookie(CSRF_COOKIE, &token, ctx.secure, None));
    }
    if let Some(code) = set_lang {
        h.append(header::SET_COOKIE, cookie(LANG_COOKIE, code, ctx.secure, Some(365 * 86_400)));
    }
    crate::security::headers(h, ctx.secure);
    response
}

/// A redirect within the app that carries the `?lang=` of the request it
/// answers: the cookie it sets does not outweigh a signed-in person's own
/// language, so without it the next page would be in theirs.
fn with_lang(to: &str, code: &str) -> Option<String> {
    if !to.starts_with('/') || to.starts_with("//") {
        return None;
    }
    let (path, fragment) = to.split_once('#').map_or((to, None), |(p, f)| (p, Some(f)));
    if query_param(path.split_once('?').map(|(_, q)| q), "lang").is_some() {
        return None;
    }
    let sep = if path.contains('?') { '&' } else { '?' };
    Some(format!("{path}{sep}lang={code}{}", fragment.map(|f| format!("#{f}")).unwrap_or_default()))
}

/// The translated error page, or JSON under `/api/`. A 401 on a page sends
/// the browser to the log-in form and back.
pub fn render_error(ctx: &Ctx, is_api: bool, error: &AppError) -> Response {
    let status = error.status();
    let (title_key, text_key) = error.keys();
    let text = match error {
        AppError::UnknownLanguage(code) => ctx.tr.args(text_key, &[("code", crate::i18n::Arg::Text(code))]),
        _ => ctx.tr.t(text_key),
    };
    if is_api {
        let body = serde_json::json!({
            "error": { "status": status.as_u16(), "code": text_key, "message": text }
        });
        let mut response = (status, axum::Json(body)).into_response();
        // RFC 6750: a 401 names the scheme to authenticate with.
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        return response;
    }
    if *error == AppError::Unauthorized {
        let next = safe_next(&ctx.path).unwrap_or("/home");
        let target = format!("/login?next={}", urlencode(next));
        return Redirect::to(&target).into_response();
    }
    let page = pages::ErrorPage { c: pages::Chrome::new(ctx, ctx.tr.t(title_key)), status: status.as_u16(), text };
    match askama::Template::render(&page) {
        Ok(html) => (status, axum::response::Html(html)).into_response(),
        Err(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error").into_response(),
    }
}

/// Percent-encodes a query value.
pub fn urlencode(s: &str) -> String {
    serde_urlencoded::to_string([("", s)]).map(|q| q[1..].to_owned()).unwrap_or_default()
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| AppError::internal("the context middleware did not run"))
    }
}

/// A request by someone logged in: the extractor refuses anyone else
/// (the browser is sent to log in; the API answers 401).
pub struct SignedIn(pub Ctx, pub CurrentUser);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        match ctx.user.clone() {
            Some(user) => Ok(SignedIn(ctx, user)),
            None => Err(AppError::Unauthorized),
        }
    }
}

/// The value of a short text field of a multipart body, read from the
/// bytes already in memory (the handler reads the body again for itself).
fn multipart_field(content_type: &str, body: &[u8], name: &str) -> Option<String> {
    let boundary = content_type.split(';').find_map(|p| p.trim().strip_prefix("boundary="))?.trim_matches('"');
    let delimiter = format!("--{boundary}");
    let wanted = format!("name=\"{name}\"");
    let text = String::from_utf8_lossy(body);
    text.split(delimiter.as_str()).find_map(|part| {
        let (head, value) = part.split_once("\r\n\r\n")?;
        let disposition = head.lines().find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))?;
        disposition.split(';').any(|p| p.trim() == wanted).then(|| value.trim_end_matches("\r\n").to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_read_by_exact_name() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, HeaderValue::from_static("a=1; m4m_session=xyz; m4m_session2=no"));
        assert_eq!(read_cookie(&h, "m4m_session"), Some("xyz"));
        assert_eq!(read_cookie(&h, "m4m"), None);
    }

    #[test]
    fn language_order() {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de, en;q=0.5"));
        assert_eq!(choose_language(None, None, &h).unwrap().code, "de");
        assert_eq!(choose_language(None, Some("fr"), &h).unwrap().code, "fr");
        assert_eq!(choose_language(Some("ar"), Some("fr"), &h).unwrap().code, "ar");
        assert_eq!(choose_language(Some("xx"), Some("fr"), &h), Err("xx".to_owned()));
        h.insert(header::COOKIE, HeaderValue::from_static("m4m_lang=uk"));
        assert_eq!(choose_language(None, None, &h).unwrap().code, "uk");
        assert_eq!(choose_language(None, None, &HeaderMap::new()).unwrap().code, "en");
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
