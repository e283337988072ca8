//! The JSON API under `/api/v1/`, for partners' own tools: the same
//! permissions as the pages, errors as JSON (`{"error": {"status",
//! "code", "message"}}`, the message in the asker's language). A tool calls it with a bearer token made in
//! the person's settings (`/account/tokens`) or by `m4m token create`; a
//! logged-in browser may call it too. The OpenAPI document is generated
//! from these handlers (`utoipa`) and served at `/api/v1/openapi.json`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use m4m_domain::pairing::PairChange;
use m4m_domain::peer_session::{NewPeerSession, SessionForm, SessionStatus};
use m4m_domain::permission::{Action, Target};
use m4m_domain::training::Progress;
use m4m_store::pairing::{PairsPage, PairsQuery};
use m4m_store::participants::{PeopleQuery, PeopleSort};
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};

use crate::AppState;
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::kit::routing::{Routes, get};
use crate::report::{AreaFigures, BothSides, Measure, PairCounts, ReasonCount, Report, Satisfaction, SessionFigures};
use crate::routes::assessments;
use crate::routes::evaluation::{EvaluationQuery, evaluate};
use crate::routes::sessions::pair_for;

/// The routes of the API.
pub fn router() -> Routes {
    Routes::new()
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/me", get(me))
        .route("/api/v1/programmes", get(programmes))
        .route("/api/v1/programmes/{id}", get(programme))
        .route("/api/v1/programmes/{id}/people", get(programme_people))
        .route("/api/v1/programmes/{id}/pairs", get(programme_pairs))
        .route("/api/v1/people/{id}", get(person))
        .route("/api/v1/people/{id}/answers", get(answers))
        .route("/api/v1/people/{id}/training", get(training))
        .route("/api/v1/questionnaires", get(questionnaires))
        .route("/api/v1/figures", get(figures))
        .route("/api/v1/evaluation", get(evaluation))
        .route("/api/v1/pairs", get(pairs))
        .route("/api/v1/pairs/{id}/sessions", get(sessions).post(log_session))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "m4m", description = "The Buddy System's JSON API: the same permissions as the application."),
    paths(me, programmes, programme, programme_people, programme_pairs, person, answers, training, questionnaires, figures, evaluation, pairs, sessions, log_session),
    components(schemas(Me, Role, Programme, Programmes, ProgrammeDetail, StepCount, PersonRow, People, PairRow, ProgrammePairs, Person, Answer, AreaScore, Answers, ModuleProgress, Training, Trainings, Questionnaire, Questionnaires, Figure, Figures, Report, PairCounts, ReasonCount, Measure, SessionFigures, AreaFigures, Satisfaction, BothSides, Pair, Pairs, Session, Sessions, NewSession, Created, ApiError, ErrorBody)),
    modifiers(&BearerToken),
    security(("bearer" = []))
)]
struct ApiDoc;

/// Declares the bearer tokens.
struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "bearer",
                SecurityScheme::Http(
                    HttpBuilder::new()
                        .scheme(HttpAuthScheme::Bearer)
                        .bearer_format("m4m_ followed by 64 hex digits")
                        .build(),
                ),
            );
        }
    }
}

/// The OpenAPI document of this API: what the handlers' annotations say,
/// with the answers every operation can give (see [`common_responses`])
/// and the body of a new session, whose rules depend on its status
/// ([`new_session_schema`]).
pub fn document() -> serde_json::Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    if let Some(paths) = doc["paths"].as_object_mut() {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else { continue };
            for (method, op) in item.iter_mut() {
                let Some(responses) = op["responses"].as_object_mut() else { continue };
                for (status, response) in common_responses(path, method) {
                    responses.entry(status).or_insert(response);
                }
            }
        }
    }
    doc["components"]["schemas"]["NewSession"] = new_session_schema();
    if let Some(params) = doc["paths"]["/api/v1/evaluation"]["get"]["parameters"].as_array_mut() {
        for param in params {
            if let Some(schema) = param["name"].as_str().and_then(evaluation_param_schema) {
                param["schema"] = schema;
            }
        }
    }
    doc
}

/// Whether a query value matches one of [`evaluation_param_schema`]'s
/// schemas (the range of a cohort is the filters' own check).
fn matches_schema(schema: &serde_json::Value, value: &str) -> bool {
    if let Some(any) = schema["anyOf"].as_array() {
        return any.iter().any(|s| matches_schema(s, value));
    }
    if let Some(choices) = schema["enum"].as_array() {
        return choices.iter().any(|c| c == value);
    }
    if schema["maxLength"] == 0 {
        return value.is_empty();
    }
    if schema["format"] == "date" {
        return matches_date(value);
    }
    match schema["type"].as_str() {
        Some("integer") => {
            let digits = value.strip_prefix('-').unwrap_or(value);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && value.parse::<i64>().is_ok()
        }
        _ => true,
    }
}

/// The schema of a query parameter of `/api/v1/evaluation`, from the
/// choices the filters take; each may be empty too (no filter).
fn evaluation_param_schema(name: &str) -> Option<serde_json::Value> {
    use m4m_domain::evaluation::{AgeBand, Region};
    let choices = |values: Vec<&str>| {
        let mut all = vec![""];
        all.extend(values);
        serde_json::json!({"type": "string", "enum": all})
    };
    Some(match name {
        "programme" | "organisation" => serde_json::json!({"type": "integer", "format": "int64"}),
        "from" | "to" => serde_json::json!({"anyOf": [
            {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            {"type": "string", "maxLength": 0}
        ]}),
        "cohort" => serde_json::json!({"type": "integer", "minimum": 1900, "maximum": 9999}),
        "gender" => choices(m4m_domain::participant::GENDERS.to_vec()),
        "age" => choices(AgeBand::ALL.iter().map(|a| a.as_str()).collect()),
        "region" => choices(Region::ALL.iter().map(|r| r.as_str()).collect()),
        _ => return None,
    })
}

/// The error answers an operation can give besides its own: 400 (a
/// malformed path or query, an unknown `?lang=`), 401 (no or a wrong
/// token, with `WWW-Authenticate`), 403 (not allowed; roles that must set
/// up a second factor first), 404 for a path with an id, 413 and 422 for
/// a body, 503 (the database is not ready yet, with `Retry-After`).
fn common_responses(path: &str, method: &str) -> Vec<(String, serde_json::Value)> {
    let error = |description: &str| {
        serde_json::json!({
            "description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ApiError"}}}
        })
    };
    let mut unauthorized = error("No valid credentials: send `Authorization: Bearer m4m_…`.");
    unauthorized["headers"] = serde_json::json!({
        "WWW-Authenticate": {"description": "`Bearer`: the scheme to authenticate with.", "schema": {"type": "string"}}
    });
    let mut busy = error("Not ready yet (starting up) or too busy: try again after `Retry-After` seconds.");
    busy["headers"] = serde_json::json!({
        "Retry-After": {"description": "Seconds to wait.", "schema": {"type": "string"}}
    });
    let mut out = vec![
        ("400".to_owned(), error("A parameter is not as described (the message says which).")),
        ("401".to_owned(), unauthorized),
        ("403".to_owned(), error("Not allowed, or a second factor must be set up first.")),
        ("503".to_owned(), busy),
    ];
    if path.contains('{') {
        out.push(("404".to_owned(), error("Not found, or not the asker's to see.")));
    }
    if method == "post" {
        out.push(("413".to_owned(), error("The body is larger than the server takes.")));
        out.push(("422".to_owned(), error("The body is JSON but a field is wrong (`fields` says which and why).")));
    }
    out
}

/// The body of `POST /api/v1/pairs/{id}/sessions`, with every rule the
/// server checks that JSON Schema can state: a held session (the default)
/// has topics and a rating, a planned one no rating. The date's place
/// relative to today (held: not after today; planned: not before; neither
/// more than a year away) depends on the day, so it is said in words.
fn new_session_schema() -> serde_json::Value {
    use m4m_domain::peer_session::{DURATION_MINUTES, MAX_DAYS_AWAY, MODES, PLACE_MAX_CHARS, SUMMARY_MAX_CHARS};
    let common = serde_json::json!({
        "date": {
            "type": "string", "format": "date", "pattern": DATE_PATTERN,
            "description": format!("`YYYY-MM-DD`, on the organisation's wall clock: a held session not after today, \
                a planned one not before today, neither more than {MAX_DAYS_AWAY} days away.")
        },
        "time": {"type": "string", "pattern": TIME_PATTERN, "description": "`HH:MM` (or `HH:MM:SS`), 24-hour."},
        "duration_minutes": {
            "type": "integer", "minimum": DURATION_MINUTES.start(), "maximum": DURATION_MINUTES.end()
        },
        "mode": {"type": "string", "enum": MODES},
        "place": {
            "type": "string", "maxLength": PLACE_MAX_CHARS, "pattern": ONE_LINE_PATTERN,
            "description": "Where they met or will meet: one line of text, none by default."
        },
        "topics": {
            "type": "array", "items": {"type": "string", "enum": m4m_domain::participant::AREAS},
            "description": "Integration areas talked about (each counts once)."
        },
        "summary": {
            "type": "string", "maxLength": SUMMARY_MAX_CHARS, "pattern": TEXT_PATTERN,
            "description": "What they did, none by default."
        }
    });
    let variant = |status: &str, required: &[&str], extra: serde_json::Value, description: &str| {
        let mut properties = common.clone();
        properties["status"] = serde_json::json!({"type": "string", "enum": [status]});
        for (k, v) in extra.as_object().into_iter().flatten() {
            properties[k] = v.clone();
        }
        serde_json::json!({"type": "object", "title": status, "description": description,
            "required": required, "properties": properties})
    };
    serde_json::json!({
        "description": "A session to log (held) or plan, as the form takes it: date and time on the \
            asker's organisation's wall clock. Unknown fields are ignored.",
        "oneOf": [
            variant("held", &["date", "time", "duration_minutes", "mode", "topics", "rating"], serde_json::json!({
                "topics": {"type": "array", "minItems": 1,
                    "items": {"type": "string", "enum": m4m_domain::participant::AREAS}},
                "rating": {"type": "integer", "minimum": 1, "maximum": 5, "description": "How it went."}
            }), "A session held (`status` may be left out): at least one topic and a rating."),
            variant("planned", &["status", "date", "time", "duration_minutes", "mode"], serde_json::json!({
                "rating": {"type": "null", "description": "None yet."}
            }), "A session planned: no rating yet.")
        ]
    })
}

/// `YYYY-MM-DD`.
const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// `HH:MM` or `HH:MM:SS`.
const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";
/// Text without control characters but tabs and line breaks.
const TEXT_PATTERN: &str = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";
/// One line: no control character at all.
const ONE_LINE_PATTERN: &str = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";

/// `GET /api/v1/openapi.json`: public, like any API description.
async fn openapi() -> Json<serde_json::Value> {
    Json(document())
}

/// An error, as every refused call answers.
#[derive(Serialize, ToSchema)]
struct ApiError {
    error: ErrorBody,
}

#[derive(Serialize, ToSchema)]
struct ErrorBody {
    /// The HTTP status again.
    status: u16,
    /// A stable code (a message key: `error-not-found`, `error-forbidden`…).
    code: String,
    /// What went wrong or what to fix, in the asker's language.
    message: String,
    /// For a 422: each wrong field and what to fix in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<std::collections::BTreeMap<String, String>>,
}

/// A role in an organisation (none for installation-wide roles).
#[derive(Serialize, ToSchema)]
struct Role {
    role: String,
    organisation_id: Option<i64>,
}

/// Who the API sees.
#[derive(Serialize, ToSchema)]
struct Me {
    id: i64,
    name: String,
    email: String,
    /// The language messages come in.
    language: String,
    roles: Vec<Role>,
}

/// `GET /api/v1/me`
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, body = Me)))]
async fn me(SignedIn(ctx, user): SignedIn) -> Json<Me> {
    let roles = user
        .actor
        .grants
        .iter()
        .map(|g| Role { role: g.role.as_str().into(), organisation_id: g.organisation })
        .collect();
    Json(Me { id: user.id, name: user.name, email: user.email, language: ctx.tr.lang.code.into(), roles })
}

/// A programme of an organisation.
#[derive(Serialize, ToSchema)]
struct Programme {
    id: i64,
    organisation_id: i64,
    name: String,
    description: String,
    languages: Vec<String>,
    /// `YYYY-MM-DD`.
    starts_on: String,
    ends_on: String,
    target_mentors: i64,
    target_mentees: i64,
    /// `draft`, `running` or `closed`.
    status: String,
}

impl From<m4m_store::programmes::Programme> for Programme {
    fn from(p: m4m_store::programmes::Programme) -> Self {
        Programme {
            id: p.id,
            organisation_id: p.organisation_id,
            name: p.name,
            description: p.description,
            languages: p.languages,
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            target_mentors: p.target_mentors,
            target_mentees: p.target_mentees,
            status: p.status.as_str().into(),
        }
    }
}

/// A page of the programmes the asker may see.
#[derive(Serialize, ToSchema)]
struct Programmes {
    /// How many programmes the asker may see, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    programmes: Vec<Programme>,
}

/// `GET /api/v1/programmes`: the programmes the asker may see, a page at
/// a time in the order they were created.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "programmes", params(PageParams),
    responses((status = 200, body = Programmes)))]
async fn programmes(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Query(params): Query<PageParams>,
) -> Result<Json<Programmes>, AppError> {
    let wanted = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let scope = user.actor.organisations_for(Action::ViewProgramme);
    let visible = app
        .store
        .programmes(scope.as_deref())
        .await?
        .into_iter()
        .filter(|p| user.actor.can(Action::ViewProgramme, Target::organisation(p.organisation_id)))
        .collect();
    let page = page_of(visible, |p| p.id, wanted);
    let programmes = page.items.into_iter().map(Into::into).collect();
    Ok(Json(Programmes { total: page.total, next_cursor: page.next_cursor, programmes }))
}

/// How many buddies and newcomers stand at one of the ten steps.
#[derive(Serialize, ToSchema)]
struct StepCount {
    step: i64,
    mentors: i64,
    mentees: i64,
}

#[derive(Serialize, ToSchema)]
struct ProgrammeDetail {
    programme: Programme,
    steps: Vec<StepCount>,
}

/// `GET /api/v1/programmes/{id}`, with the people per step.
#[utoipa::path(get, path = "/api/v1/programmes/{id}", tag = "programmes",
    params(("id" = i64, Path, description = "The programme")),
    responses((status = 200, body = ProgrammeDetail)))]
async fn programme(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Json<ProgrammeDetail>, AppError> {
    let p = app.store.programme(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ViewProgramme, Target::organisation(p.organisation_id)) {
        return Err(AppError::NotFound);
    }
    let counts = app.store.step_counts(id).await?;
    let steps = (1..=10)
        .map(|n| StepCount { step: n as i64, mentors: counts.mentors[n - 1], mentees: counts.mentees[n - 1] })
        .collect();
    Ok(Json(ProgrammeDetail { programme: p.into(), steps }))
}

/// A person as a programme's list shows them.
#[derive(Serialize, ToSchema)]
struct PersonRow {
    id: i64,
    /// `mentor` (buddy) or `mentee` (newcomer).
    kind: String,
    first_name: String,
    last_name: String,
    /// Where they stand in screening (`applied`, `ready`, `active`…).
    status: String,
    /// The step of the Buddy System they are at (1 to 10).
    step: i64,
}

/// A page of a programme's people.
#[derive(Serialize, ToSchema)]
struct People {
    /// How many people match, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    people: Vec<PersonRow>,
}

/// Which page of people to read.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct PeopleParams {
    /// People per page: 1 to 1,000, 100 if absent.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
    /// The `next_cursor` of the page before; absent (or empty) for the first page.
    #[param(pattern = "^([1-9][0-9]{0,17})?$")]
    cursor: Option<String>,
    /// Search in names, e-mails and phones (case and accents do not matter).
    q: Option<String>,
}

/// `GET /api/v1/programmes/{id}/people`: for the programme's
/// coordinators, a page at a time in the order people were recorded:
/// walking the pages gives each person once, even while others register.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/people", tag = "people",
    params(("id" = i64, Path, description = "The programme"), PeopleParams),
    responses((status = 200, body = People)))]
async fn programme_people(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PeopleParams>,
) -> Result<Json<People>, AppError> {
    let p = crate::access::programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let (limit, after) = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let query = PeopleQuery {
        terms: m4m_domain::participant::search_terms(params.q.as_deref().unwrap_or("")),
        sort: PeopleSort::Id,
        after,
        limit: limit + 1,
        ..PeopleQuery::default()
    };
    let mut page = app.store.people_page(p.id, &query).await?;
    let more = page.rows.len() as i64 > limit;
    page.rows.truncate(limit as usize);
    let next_cursor = more.then(|| page.rows.last().map(|r| r.id.to_string())).flatten();
    let people = page
        .rows
        .into_iter()
        .map(|r| PersonRow {
            id: r.id,
            kind: r.kind.as_str().into(),
            first_name: r.first_name,
            last_name: r.last_name,
            status: r.status.as_str().into(),
            step: r.step,
        })
        .collect();
    app.store.audit(Some(user.id), "programme.list_people", &format!("programme:{}", p.id), "api").await?;
    Ok(Json(People { total: page.total, next_cursor, people }))
}

/// The page size (1 to 1,000, 100 if absent) and the id after which the
/// page starts (the cursor, 0 for the first page) of a list endpoint.
/// Both are taken only as the OpenAPI document writes them: digits, no
/// sign or space; an empty cursor is the first page, an empty limit is
/// not a number.
fn paging(limit: Option<&str>, cursor: Option<&str>) -> Result<(i64, i64), AppError> {
    let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<i64>().ok()).flatten();
    let limit = match limit {
        None => 100,
        Some(n) => number(n).filter(|n| (1..=1000).contains(n)).ok_or(AppError::BadRequest("error-api-limit"))?,
    };
    let after = match cursor {
        None | Some("") => 0,
        Some(c) => number(c).filter(|n| *n > 0).ok_or(AppError::BadRequest("error-api-cursor"))?,
    };
    Ok((limit, after))
}

/// A page of a list read whole (a person's pairs, a pair's sessions, an
/// organisation's programmes or questionnaires: tens, not thousands): the
/// items after the cursor in the order of their ids, the total of the
/// whole list and the cursor of the next page. Keyed on ids, so that a
/// walk gives each item once even while others are added.
struct Page<T> {
    total: i64,
    next_cursor: Option<String>,
    items: Vec<T>,
}

/// `(limit, after)` as [`paging`] read them, before the list was.
fn page_of<T>(mut items: Vec<T>, id: impl Fn(&T) -> i64, (limit, after): (i64, i64)) -> Page<T> {
    let total = items.len() as i64;
    items.sort_by_key(&id);
    items.retain(|i| id(i) > after);
    let more = items.len() as i64 > limit;
    items.truncate(limit as usize);
    let next_cursor = more.then(|| items.last().map(|i| id(i).to_string())).flatten();
    Page { total, next_cursor, items }
}

/// A pair of a programme, as its coordinators see it in the list.
#[derive(Serialize, ToSchema)]
struct PairRow {
    id: i64,
    /// `proposed`, `accepted`, `declined`, `active`, `completed` or `ended_early`.
    status: String,
    /// The buddy's full name.
    buddy: String,
    /// The newcomer's full name.
    newcomer: String,
}

/// A page of a programme's pairs.
#[derive(Serialize, ToSchema)]
struct ProgrammePairs {
    /// How many pairs the programme has, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    pairs: Vec<PairRow>,
}

/// Which page of a list to read.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct PageParams {
    /// Items per page: 1 to 1,000, 100 if absent.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
    /// The `next_cursor` of the page before; absent (or empty) for the first page.
    #[param(pattern = "^([1-9][0-9]{0,17})?$")]
    cursor: Option<String>,
}

/// `GET /api/v1/programmes/{id}/pairs`: for the programme's coordinators,
/// every pair (in every state) a page at a time in the order they were
/// formed: walking the pages gives each pair once, even while others form.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/pairs", tag = "pairs",
    params(("id" = i64, Path, description = "The programme"), PageParams),
    responses((status = 200, body = ProgrammePairs)))]
async fn programme_pairs(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PageParams>,
) -> Result<Json<ProgrammePairs>, AppError> {
    let p = crate::access::programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let (limit, after) = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    // (The total counts every pair, not only those after the cursor.)
    let query = PairsQuery { after, limit: limit + 1, ..PairsQuery::default() };
    let PairsPage { total, mut rows } = app.store.pairs_page(p.id, &query).await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = more.then(|| rows.last().map(|r| r.id.to_string())).flatten();
    let pairs = rows
        .into_iter()
        .map(|r| PairRow { id: r.id, status: r.status.as_str().into(), buddy: r.mentor, newcomer: r.mentee })
        .collect();
    app.store.audit(Some(user.id), "programme.list_pairs", &format!("programme:{}", p.id), "api").await?;
    Ok(Json(ProgrammePairs { total, next_cursor, pairs }))
}

/// A person's record, for their coordinators.
#[derive(Serialize, ToSchema)]
struct Person {
    id: i64,
    programme_id: i64,
    kind: String,
    status: String,
    step: i64,
    first_name: String,
    last_name: String,
    email: String,
    phone: String,
    /// Language codes.
    languages: Vec<String>,
    native_language: String,
    country_of_origin: String,
    area: String,
    interests: Vec<String>,
    /// The interface language they registered in.
    language: String,
    /// Unix seconds.
    registered_at: i64,
}

/// `GET /api/v1/people/{id}`: recorded as a read of the record.
#[utoipa::path(get, path = "/api/v1/people/{id}", tag = "people",
    params(("id" = i64, Path, description = "The person's record")),
    responses((status = 200, body = Person)))]
async fn person(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Json<Person>, AppError> {
    let p = crate::access::participant_for(&app, &user, id, Action::ManageParticipant).await?;
    app.store.audit(Some(user.id), "participant.read", &format!("participant:{}", p.id), "api").await?;
    Ok(Json(Person {
        id: p.id,
        programme_id: p.programme_id,
        kind: p.kind.as_str().into(),
        status: p.status.as_str().into(),
        step: p.step,
        first_name: p.first_name,
        last_name: p.last_name,
        email: p.email,
        phone: p.phone,
        languages: m4m_store::participants::language_codes(&p.languages),
        native_language: p.native_language,
        country_of_origin: p.country_of_origin,
        area: p.area,
        interests: p.interests,
        language: p.language,
        registered_at: p.created_at,
    }))
}

/// The score of one integration area (a newcomer's self-assessment) or
/// competence (a buddy's).
#[derive(Serialize, ToSchema)]
struct AreaScore {
    /// The stable name: `housing`, `language`, ... or `listening`,
    /// `local_services`, ... (docs/QUESTIONNAIRES.md).
    area: String,
    /// The mean of the scale answers.
    mean: f64,
    /// The same from 0 to 1.
    normalised: f64,
    answered: i64,
}

/// A completed questionnaire.
#[derive(Serialize, ToSchema)]
struct Answer {
    /// The response's id (what the cursor counts on).
    id: i64,
    /// The questionnaire's kind (`newcomer_intake`, `mentor_intake`…).
    kind: String,
    /// `initial` (step 3).
    moment: String,
    /// Filled by staff during an interview rather than by the person.
    by_staff: bool,
    /// Unix seconds.
    completed_at: Option<i64>,
    /// Question id → answer, as stored (docs/QUESTIONNAIRES.md).
    #[schema(value_type = Object)]
    answers: serde_json::Value,
    area_scores: Vec<AreaScore>,
}

/// A page of a person's completed questionnaires.
#[derive(Serialize, ToSchema)]
struct Answers {
    /// How many questionnaires the person completed, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    questionnaires: Vec<Answer>,
}

/// `GET /api/v1/people/{id}/answers`: the person's completed
/// questionnaires (intake, self-assessment), for their coordinators, a
/// page at a time in the order of the responses' ids; recorded as a read.
#[utoipa::path(get, path = "/api/v1/people/{id}/answers", tag = "people",
    params(("id" = i64, Path, description = "The person's record"), PageParams),
    responses((status = 200, body = Answers)))]
async fn answers(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PageParams>,
) -> Result<Json<Answers>, AppError> {
    let wanted = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let p = crate::access::participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let moment = assessments::INITIAL;
    let mut questionnaires = Vec::new();
    for kind in assessments::kinds_for(p.kind) {
        let Some(r) = app.store.completed_response(p.id, kind, moment).await? else { continue };
        let area_scores = app
            .store
            .area_scores(r.id)
            .await?
            .into_iter()
            .map(|s| AreaScore { area: s.area, mean: s.mean, normalised: s.normalised, answered: s.answered })
            .collect();
        questionnaires.push(Answer {
            id: r.id,
            kind: kind.as_str().into(),
            moment: r.moment,
            by_staff: r.by_staff,
            completed_at: r.completed_at,
            answers: serde_json::to_value(&r.answers).unwrap_or_default(),
            area_scores,
        });
    }
    let page = page_of(questionnaires, |a| a.id, wanted);
    app.store.audit(Some(user.id), "participant.read", &format!("participant:{}", p.id), "api answers").await?;
    Ok(Json(Answers { total: page.total, next_cursor: page.next_cursor, questionnaires: page.items }))
}

/// Where a learner stands with one module of a course.
#[derive(Serialize, ToSchema)]
struct ModuleProgress {
    module_id: i64,
    title: String,
    /// `capsule`, `quiz` or `session` (face to face).
    kind: String,
    mandatory: bool,
    /// `not_started`, `done`, `passed`, `failed`, `attended` or `absent`.
    status: String,
    /// A quiz's score in percent, once taken.
    score: Option<i64>,
}

/// A buddy's enrolment in a course, with their progress.
#[derive(Serialize, ToSchema)]
struct Training {
    /// The enrolment's id (what the cursor counts on).
    id: i64,
    course_id: i64,
    course_title: String,
    cohort: String,
    /// Unix seconds.
    enrolled_at: i64,
    /// Unix seconds; absent until the course is completed.
    completed_at: Option<i64>,
    /// Mandatory modules completed, of `mandatory_total`.
    mandatory_done: i64,
    mandatory_total: i64,
    modules: Vec<ModuleProgress>,
}

/// A page of a person's courses.
#[derive(Serialize, ToSchema)]
struct Trainings {
    /// How many courses the person is enrolled in, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    courses: Vec<Training>,
}

/// `GET /api/v1/people/{id}/training`: the courses a buddy follows (step
/// 4), each with every module's progress and the mandatory modules done,
/// for their coordinators, a page at a time in the order of the
/// enrolments' ids; recorded as a read.
#[utoipa::path(get, path = "/api/v1/people/{id}/training", tag = "people",
    params(("id" = i64, Path, description = "The person's record"), PageParams),
    responses((status = 200, body = Trainings)))]
async fn training(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PageParams>,
) -> Result<Json<Trainings>, AppError> {
    let wanted = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let p = crate::access::participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let mut courses = Vec::new();
    for e in app.store.enrolments_of(p.id).await? {
        let Some(course) = app.store.course(e.course_id).await? else { continue };
        let all = app.store.modules(course.id).await?;
        let kinds: Vec<(i64, bool)> = all.iter().map(|m| (m.id, m.mandatory)).collect();
        let (mandatory_done, mandatory_total) = m4m_domain::training::mandatory_progress(&kinds, &e.progress);
        let modules: Vec<ModuleProgress> = all
            .into_iter()
            .map(|m| {
                let progress = e.progress.iter().find(|(id, _)| *id == m.id).map_or(Progress::NotStarted, |(_, p)| *p);
                let score = match progress {
                    Progress::Passed(s) | Progress::Failed(s) => Some(i64::from(s)),
                    _ => None,
                };
                ModuleProgress {
                    module_id: m.id,
                    title: m.title,
                    kind: m.kind.as_str().into(),
                    mandatory: m.mandatory,
                    status: progress.as_str().into(),
                    score,
                }
            })
            .collect();
        courses.push(Training {
            id: e.id,
            course_id: course.id,
            course_title: course.title,
            cohort: e.cohort,
            enrolled_at: e.enrolled_at,
            completed_at: e.completed_at,
            mandatory_done: mandatory_done as i64,
            mandatory_total: mandatory_total as i64,
            modules,
        });
    }
    let page = page_of(courses, |t| t.id, wanted);
    app.store.audit(Some(user.id), "participant.read", &format!("participant:{}", p.id), "api training").await?;
    Ok(Json(Trainings { total: page.total, next_cursor: page.next_cursor, courses: page.items }))
}

/// The current version of one of the organisation's questionnaires: what
/// the answers of `/people/{id}/answers` answer.
#[derive(Serialize, ToSchema)]
struct Questionnaire {
    /// The questionnaire's id (the same for all its versions).
    id: i64,
    /// `newcomer_self_assessment`, `buddy_self_assessment`,
    /// `buddy_interview` or `newcomer_intake`.
    kind: String,
    version: i64,
    /// The questions, their kinds, options, areas and texts in every
    /// language, as docs/QUESTIONNAIRES.md describes them.
    #[schema(value_type = Object)]
    definition: serde_json::Value,
    /// How many responses were made to it, all versions together.
    responses: i64,
}

/// A page of an organisation's questionnaires.
#[derive(Serialize, ToSchema)]
struct Questionnaires {
    organisation_id: i64,
    /// How many questionnaires the organisation has, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    questionnaires: Vec<Questionnaire>,
}

/// `GET /api/v1/questionnaires`: the questionnaires of the asker's
/// organisation (its coordinators), to read the answers with, a page at a
/// time in the order of their ids.
#[utoipa::path(get, path = "/api/v1/questionnaires", tag = "people", params(PageParams),
    responses((status = 200, body = Questionnaires)))]
async fn questionnaires(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Query(params): Query<PageParams>,
) -> Result<Json<Questionnaires>, AppError> {
    let wanted = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let organisation_id = crate::access::organisation_for(&user, Action::ManageParticipant, None)?;
    let all = app
        .store
        .questionnaires(organisation_id)
        .await?
        .into_iter()
        .map(|q| Questionnaire {
            id: q.current.questionnaire_id,
            kind: q.kind.as_str().to_owned(),
            version: q.current.version,
            definition: serde_json::to_value(&q.current.definition).unwrap_or_default(),
            responses: q.responses,
        })
        .collect();
    let page = page_of(all, |q| q.id, wanted);
    Ok(Json(Questionnaires {
        organisation_id,
        total: page.total,
        next_cursor: page.next_cursor,
        questionnaires: page.items,
    }))
}

/// Counts for one organisation: no names, no personal data.
#[derive(Serialize, ToSchema)]
struct Figure {
    organisation_id: i64,
    organisation: String,
    country: String,
    programmes: i64,
    mentors: i64,
    mentees: i64,
    active_pairs: i64,
}

#[derive(Serialize, ToSchema)]
struct Figures {
    organisations: Vec<Figure>,
}

/// `GET /api/v1/figures`: the evaluation's counts, per organisation the
/// asker may see figures of (evaluators, coordinators, administrators).
#[utoipa::path(get, path = "/api/v1/figures", tag = "evaluation",
    responses((status = 200, body = Figures)))]
async fn figures(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Json<Figures>, AppError> {
    let scope = user.actor.organisations_for(Action::ViewAggregates);
    if scope.as_ref().is_some_and(Vec::is_empty) {
        return Err(AppError::Forbidden);
    }
    let organisations = app
        .store
        .figures(scope.as_deref())
        .await?
        .into_iter()
        .map(|f| Figure {
            organisation_id: f.organisation_id,
            organisation: f.organisation,
            country: f.country,
            programmes: f.programmes,
            mentors: f.mentors,
            mentees: f.mentees,
            active_pairs: f.active_pairs,
        })
        .collect();
    Ok(Json(Figures { organisations }))
}

/// `GET /api/v1/evaluation`: step 10's global evaluation of a programme
/// (`programme=ID`), an organisation (`organisation=ID`) or everything the
/// asker may see aggregates of, with the page's filters (`from`, `to`,
/// `cohort`, `gender`, `age`, `region`). The same figures as the page, its
/// CSV and `m4m evaluation`; a figure over fewer than five is `null`.
#[utoipa::path(get, path = "/api/v1/evaluation", tag = "evaluation",
    params(
        ("programme" = Option<i64>, Query, description = "One programme (not with `organisation`)"),
        ("organisation" = Option<i64>, Query, description = "One organisation (not with `programme`)"),
        ("from" = Option<String>, Query, description = "Pairs started on or after (YYYY-MM-DD); empty: no bound"),
        ("to" = Option<String>, Query, description = "Pairs started on or before (YYYY-MM-DD, not before `from`); empty: no bound"),
        ("cohort" = Option<i32>, Query, description = "The year the pairs started"),
        ("gender" = Option<String>, Query, description = "The newcomer's gender; empty: all"),
        ("age" = Option<String>, Query, description = "The newcomer's age when the pair started; empty: all"),
        ("region" = Option<String>, Query, description = "The newcomer's region of origin; empty: all")
    ),
    responses((status = 200, body = Report), (status = 404, body = ApiError, description = "No such programme or organisation within the asker's reach.")))]
async fn evaluation(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    axum::extract::RawQuery(raw): axum::extract::RawQuery,
    axum::extract::Query(q): axum::extract::Query<EvaluationQuery>,
) -> Result<Json<Report>, AppError> {
    // The page's form is lenient (spaces, an empty number); a tool's
    // query is taken only as the OpenAPI document describes it.
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.as_deref().unwrap_or("")).unwrap_or_default();
    for (name, value) in &pairs {
        if let Some(schema) = evaluation_param_schema(name)
            && !matches_schema(&schema, value)
        {
            return Err(AppError::BadRequest("error-choice-invalid"));
        }
    }
    Ok(Json(Report::from(&evaluate(&app, &user, &q).await?)))
}

/// A pair the asker belongs to, with what the other side may see.
#[derive(Serialize, ToSchema)]
struct Pair {
    id: i64,
    programme_id: i64,
    status: String,
    /// The buddy's first name.
    buddy: String,
    /// The newcomer's first name.
    newcomer: String,
    /// The asker's side: `mentor` (buddy) or `mentee` (newcomer).
    side: String,
}

/// A page of the asker's own pairs.
#[derive(Serialize, ToSchema)]
struct Pairs {
    /// How many active pairs the asker belongs to, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    pairs: Vec<Pair>,
}

/// `GET /api/v1/pairs`: the asker's own active pairs, a page at a time in
/// the order they were formed.
#[utoipa::path(get, path = "/api/v1/pairs", tag = "pairs", params(PageParams),
    responses((status = 200, body = Pairs)))]
async fn pairs(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Query(params): Query<PageParams>,
) -> Result<Json<Pairs>, AppError> {
    let wanted = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let all = app
        .store
        .pairs_of_user(user.id)
        .await?
        .into_iter()
        .filter(|p| user.actor.can(Action::ViewPair, Target::related(p.organisation_id, &p.related_users())))
        .map(|p| Pair {
            id: p.id,
            programme_id: p.programme_id,
            status: p.status.as_str().into(),
            side: if p.mentor.user_id == Some(user.id) { "mentor" } else { "mentee" }.into(),
            buddy: p.mentor.first_name,
            newcomer: p.mentee.first_name,
        })
        .collect();
    let page = page_of(all, |p| p.id, wanted);
    Ok(Json(Pairs { total: page.total, next_cursor: page.next_cursor, pairs: page.items }))
}

/// A peer session, planned or held.
#[derive(Serialize, ToSchema)]
struct Session {
    id: i64,
    /// `planned` or `held`.
    status: String,
    /// Unix seconds.
    starts_at: i64,
    duration_minutes: i64,
    /// `in_person`, `online` or `phone`.
    mode: String,
    place: String,
    /// Integration areas (`language`, `administration`, `housing`…).
    topics: Vec<String>,
    summary: String,
    /// 1 to 5, for a held session.
    rating: Option<i64>,
    confirmed: bool,
}

/// A page of a pair's sessions.
#[derive(Serialize, ToSchema)]
struct Sessions {
    /// How many sessions the pair has, in all pages.
    total: i64,
    /// Pass it as `cursor` for the next page; absent on the last.
    next_cursor: Option<String>,
    sessions: Vec<Session>,
}

/// `GET /api/v1/pairs/{id}/sessions`: a pair's sessions, planned and
/// held, a page at a time in the order they were recorded.
#[utoipa::path(get, path = "/api/v1/pairs/{id}/sessions", tag = "pairs",
    params(("id" = i64, Path, description = "The pair"), PageParams),
    responses((status = 200, body = Sessions)))]
async fn sessions(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PageParams>,
) -> Result<Json<Sessions>, AppError> {
    let wanted = paging(params.limit.as_deref(), params.cursor.as_deref())?;
    let p = pair_for(&app, &user, id, Action::ViewPair).await?;
    let all = app
        .store
        .peer_sessions(p.id)
        .await?
        .into_iter()
        .map(|s| Session {
            id: s.id,
            status: s.status.as_str().into(),
            starts_at: s.starts_at,
            duration_minutes: s.duration_minutes,
            mode: s.mode,
            place: s.place,
            topics: s.topics,
            summary: s.summary,
            rating: s.rating,
            confirmed: s.confirmed_at.is_some(),
        })
        .collect();
    let page = page_of(all, |s| s.id, wanted);
    Ok(Json(Sessions { total: page.total, next_cursor: page.next_cursor, sessions: page.items }))
}

/// A session to log (held) or plan: its schema is [`new_session_schema`],
/// and [`read_session`] checks a body against it.
#[derive(ToSchema)]
struct NewSession;

/// A body of `POST /api/v1/pairs/{id}/sessions` that matches its schema,
/// as the session form's fields.
struct SessionBody {
    status: SessionStatus,
    date: String,
    time: String,
    duration: String,
    mode: String,
    place: String,
    topics: Vec<String>,
    summary: String,
    rating: String,
}

/// Checks a body against [`new_session_schema`], exactly: the form trims
/// what people type and skips empty boxes, a tool's JSON is taken as sent.
/// What the schema cannot say (where the date stands from today) is left
/// to the form's own checks. Errors are message keys by field, the form's
/// names (`duration` for `duration_minutes`).
fn read_session(body: &serde_json::Value) -> Result<SessionBody, Vec<(&'static str, &'static str)>> {
    use m4m_domain::peer_session::{DURATION_MINUTES, MODES, PLACE_MAX_CHARS, SUMMARY_MAX_CHARS};
    use serde_json::Value;
    let mut errors = Vec::new();
    let field = |name: &str| body.get(name).filter(|v| !v.is_null());
    let whole =
        |v: &Value| v.as_i64().or_else(|| v.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e15).map(|f| f as i64));
    let status = match body.get("status") {
        None => Some(SessionStatus::Held),
        Some(Value::String(s)) => SessionStatus::parse(s),
        Some(_) => None,
    };
    let status = status.unwrap_or_else(|| {
        errors.push(("status", "error-choice-invalid"));
        SessionStatus::Held
    });
    let mut text = |name: &'static str, valid: &dyn Fn(&str) -> bool, missing: &'static str, wrong: &'static str| {
        match field(name) {
            None => errors.push((name, missing)),
            Some(Value::String(s)) if s.is_empty() => errors.push((name, missing)),
            Some(Value::String(s)) if valid(s) => return s.clone(),
            Some(_) => errors.push((name, wrong)),
        }
        String::new()
    };
    let date = text("date", &|s| matches_date(s), "error-required", "error-date-invalid");
    let time = text("time", &|s| matches_time(s), "error-required", "error-time-invalid");
    let mode = text("mode", &|s| MODES.contains(&s), "error-required", "error-choice-invalid");
    let duration = match body.get("duration_minutes").and_then(whole) {
        Some(n) if DURATION_MINUTES.contains(&n) => n.to_string(),
        _ => {
            errors.push(("duration", "error-duration-invalid"));
            String::new()
        }
    };
    let mut free_text = |name: &'static str, max: usize, allowed: &[char]| match body.get(name) {
        None => String::new(),
        Some(Value::String(s)) if s.chars().count() > max => {
            errors.push((name, "error-too-long"));
            String::new()
        }
        Some(Value::String(s)) if s.chars().any(|c| c.is_control() && !allowed.contains(&c)) => {
            errors.push((name, "error-control-characters"));
            String::new()
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            errors.push((name, "error-api-text"));
            String::new()
        }
    };
    let place = free_text("place", PLACE_MAX_CHARS, &[]);
    let summary = free_text("summary", SUMMARY_MAX_CHARS, &['\t', '\n', '\r']);
    let topics: Vec<String> = match body.get("topics") {
        None => Vec::new(),
        Some(Value::Array(items)) => {
            let known =
                |v: &Value| v.as_str().filter(|t| m4m_domain::participant::AREAS.contains(t)).map(str::to_owned);
            match items.iter().map(known).collect::<Option<Vec<_>>>() {
                Some(topics) => topics,
                None => {
                    errors.push(("topics", "error-choice-invalid"));
                    Vec::new()
                }
            }
        }
        Some(_) => {
            errors.push(("topics", "error-choice-invalid"));
            Vec::new()
        }
    };
    if status == SessionStatus::Held && topics.is_empty() && !errors.iter().any(|(f, _)| *f == "topics") {
        errors.push(("topics", "error-topics-required"));
    }
    let rating = match (field("rating"), status) {
        (None, SessionStatus::Planned) => String::new(),
        (None, SessionStatus::Held) => {
            errors.push(("rating", "error-rating-required"));
            String::new()
        }
        (Some(v), SessionStatus::Held) => match whole(v) {
            Some(n) if (1..=5).contains(&n) => n.to_string(),
            _ => {
                errors.push(("rating", "error-rating-invalid"));
                String::new()
            }
        },
        (Some(_), SessionStatus::Planned) => {
            errors.push(("rating", "error-rating-planned"));
            String::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SessionBody { status, date, time, duration, mode, place, topics, summary, rating })
}

/// [`DATE_PATTERN`]: `YYYY-MM-DD` (whether such a day exists is the
/// form's check).
fn matches_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

/// [`TIME_PATTERN`]: `HH:MM` or `HH:MM:SS`, 24-hour.
fn matches_time(s: &str) -> bool {
    let two = |p: &str, max: u8| {
        p.len() == 2 && p.bytes().all(|c| c.is_ascii_digit()) && p.parse::<u8>().is_ok_and(|n| n <= max)
    };
    let parts: Vec<&str> = s.split(':').collect();
    match parts.as_slice() {
        [h, m] => two(h, 23) && two(m, 59),
        [h, m, sec] => two(h, 23) && two(m, 59) && two(sec, 59),
        _ => false,
    }
}

#[derive(Serialize, ToSchema)]
struct Created {
    id: i64,
}

/// `POST /api/v1/pairs/{id}/sessions`: log or plan a session of one's
/// own pair. Checked like the form: a 422 names each wrong field; a pair
/// that has not started is a 422 that says so (`pair-not-started`).
#[utoipa::path(post, path = "/api/v1/pairs/{id}/sessions", tag = "pairs",
    params(("id" = i64, Path, description = "The pair")),
    request_body = NewSession,
    responses((status = 201, body = Created)))]
async fn log_session(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    body: Result<Json<serde_json::Value>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::LogPeerSession).await?;
    // The pair's rules refuse it: the tool gets the reason, as the pair's
    // pages give it, not a conflict to retry.
    if let Err(refusal) = p.state().check(PairChange::LogSession, m4m_store::now()) {
        return Ok(unprocessable(&ctx, refusal.key(), None));
    }
    let Ok(Json(body)) = body else {
        return Err(AppError::BadRequest("error-api-json"));
    };
    if !body.is_object() {
        return Err(AppError::BadRequest("error-api-json"));
    }
    let s = match read_session(&body) {
        Ok(s) => s,
        Err(errors) => {
            let fields = errors.into_iter().map(|(f, key)| (f.to_owned(), ctx.tr.t(key))).collect();
            return Ok(unprocessable(&ctx, "form-fix-errors", Some(fields)));
        }
    };
    let form = SessionForm {
        date: &s.date,
        time: &s.time,
        duration: &s.duration,
        mode: &s.mode,
        place: &s.place,
        topics: s.topics.iter().map(String::as_str).collect(),
        summary: &s.summary,
        rating: &s.rating,
    };
    match NewPeerSession::parse(&form, s.status, time::OffsetDateTime::now_utc(), ctx.tr.zone) {
        Ok(new) => {
            let id = app.store.log_peer_session(user.id, p.id, &new).await?;
            Ok((StatusCode::CREATED, Json(Created { id })).into_response())
        }
        Err(errors) => {
            let fields = errors.0.iter().map(|i| (i.field.to_owned(), ctx.tr.t(i.key))).collect();
            Ok(unprocessable(&ctx, "form-fix-errors", Some(fields)))
        }
    }
}

/// A 422: `key` is the code and, translated, the message; `fields` says
/// what to fix in each wrong field, if the body had any.
fn unprocessable(ctx: &Ctx, key: &'static str, fields: Option<std::collections::BTreeMap<String, String>>) -> Response {
    let body = ApiError { error: ErrorBody { status: 422, code: key.into(), message: ctx.tr.t(key), fields } };
    (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
}
