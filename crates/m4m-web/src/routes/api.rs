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
        .route("/api/v1/questionnaires", get(questionnaires))
        .route("/api/v1/figures", get(figures))
        .route("/api/v1/evaluation", get(evaluation))
        .route("/api/v1/pairs", get(pairs))
        .route("/api/v1/pairs/{id}/sessions", get(sessions).post(log_session))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "m4m", description = "The Buddy System's JSON API: the same permissions as the application."),
    paths(me, programmes, programme, programme_people, programme_pairs, person, answers, questionnaires, figures, evaluation, pairs, sessions, log_session),
    components(schemas(Me, Role, Programme, Programmes, ProgrammeDetail, StepCount, PersonRow, People, PairRow, ProgrammePairs, Person, Answer, AreaScore, Answers, Questionnaire, Questionnaires, Figure, Figures, Report, PairCounts, ReasonCount, Measure, SessionFigures, AreaFigures, Satisfaction, BothSides, Pair, Pairs, Session, Sessions, NewSession, Created, ApiError, ErrorBody)),
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

/// The OpenAPI document of this API.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// `GET /api/v1/openapi.json`: public, like any API description.
async fn openapi() -> Json<utoipa::openapi::OpenApi> {
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
    responses((status = 200, body = Me), (status = 401, body = ApiError)))]
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

#[derive(Serialize, ToSchema)]
struct Programmes {
    programmes: Vec<Programme>,
}

/// `GET /api/v1/programmes`: the programmes the asker may see.
#[utoipa::path(get, path = "/api/v1/programmes", tag = "programmes",
    responses((status = 200, body = Programmes), (status = 401, body = ApiError)))]
async fn programmes(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Json<Programmes>, AppError> {
    let scope = user.actor.organisations_for(Action::ViewProgramme);
    let programmes = app
        .store
        .programmes(scope.as_deref())
        .await?
        .into_iter()
        .filter(|p| user.actor.can(Action::ViewProgramme, Target::organisation(p.organisation_id)))
        .map(Into::into)
        .collect();
    Ok(Json(Programmes { programmes }))
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
    responses((status = 200, body = ProgrammeDetail), (status = 404, body = ApiError)))]
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
    /// The `next_cursor` of the page before; absent for the first page.
    cursor: Option<String>,
    /// Search in names, e-mails and phones (case and accents do not matter).
    q: Option<String>,
}

/// `GET /api/v1/programmes/{id}/people`: for the programme's
/// coordinators, a page at a time in the order people were recorded:
/// walking the pages gives each person once, even while others register.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/people", tag = "people",
    params(("id" = i64, Path, description = "The programme"), PeopleParams),
    responses((status = 200, body = People), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
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
fn paging(limit: Option<&str>, cursor: Option<&str>) -> Result<(i64, i64), AppError> {
    let limit = match limit {
        None | Some("") => 100,
        Some(n) => {
            n.parse::<i64>().ok().filter(|n| (1..=1000).contains(n)).ok_or(AppError::BadRequest("error-api-limit"))?
        }
    };
    let after = match cursor {
        None | Some("") => 0,
        Some(c) => c.parse::<i64>().ok().filter(|n| *n > 0).ok_or(AppError::BadRequest("error-api-cursor"))?,
    };
    Ok((limit, after))
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

/// Which page of pairs to read.
#[derive(Deserialize, IntoParams, Default)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct PageParams {
    /// Pairs per page: 1 to 1,000, 100 if absent.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 1000)]
    limit: Option<String>,
    /// The `next_cursor` of the page before; absent for the first page.
    cursor: Option<String>,
}

/// `GET /api/v1/programmes/{id}/pairs`: for the programme's coordinators,
/// every pair (in every state) a page at a time in the order they were
/// formed: walking the pages gives each pair once, even while others form.
#[utoipa::path(get, path = "/api/v1/programmes/{id}/pairs", tag = "pairs",
    params(("id" = i64, Path, description = "The programme"), PageParams),
    responses((status = 200, body = ProgrammePairs), (status = 400, body = ApiError), (status = 401, body = ApiError),
        (status = 403, body = ApiError), (status = 404, body = ApiError)))]
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
    responses((status = 200, body = Person), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
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

#[derive(Serialize, ToSchema)]
struct Answers {
    questionnaires: Vec<Answer>,
}

/// `GET /api/v1/people/{id}/answers`: the person's completed
/// self-assessment, for their coordinators; recorded as a read.
#[utoipa::path(get, path = "/api/v1/people/{id}/answers", tag = "people",
    params(("id" = i64, Path, description = "The person's record")),
    responses((status = 200, body = Answers), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn answers(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Json<Answers>, AppError> {
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
            kind: kind.as_str().into(),
            moment: r.moment,
            by_staff: r.by_staff,
            completed_at: r.completed_at,
            answers: serde_json::to_value(&r.answers).unwrap_or_default(),
            area_scores,
        });
    }
    app.store.audit(Some(user.id), "participant.read", &format!("participant:{}", p.id), "api answers").await?;
    Ok(Json(Answers { questionnaires }))
}

/// The current version of one of the organisation's questionnaires: what
/// the answers of `/people/{id}/answers` answer.
#[derive(Serialize, ToSchema)]
struct Questionnaire {
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

#[derive(Serialize, ToSchema)]
struct Questionnaires {
    organisation_id: i64,
    questionnaires: Vec<Questionnaire>,
}

/// `GET /api/v1/questionnaires`: the questionnaires of the asker's
/// organisation (its coordinators), to read the answers with.
#[utoipa::path(get, path = "/api/v1/questionnaires", tag = "people",
    responses((status = 200, body = Questionnaires), (status = 403, body = ApiError)))]
async fn questionnaires(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
) -> Result<Json<Questionnaires>, AppError> {
    let organisation_id = crate::access::organisation_for(&user, Action::ManageParticipant, None)?;
    let questionnaires = app
        .store
        .questionnaires(organisation_id)
        .await?
        .into_iter()
        .map(|q| Questionnaire {
            kind: q.kind.as_str().to_owned(),
            version: q.current.version,
            definition: serde_json::to_value(&q.current.definition).unwrap_or_default(),
            responses: q.responses,
        })
        .collect();
    Ok(Json(Questionnaires { organisation_id, questionnaires }))
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
    responses((status = 200, body = Figures), (status = 403, body = ApiError)))]
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
        ("programme" = Option<i64>, Query, description = "One programme"),
        ("organisation" = Option<i64>, Query, description = "One organisation"),
        ("from" = Option<String>, Query, description = "Pairs started on or after (YYYY-MM-DD)"),
        ("to" = Option<String>, Query, description = "Pairs started on or before (YYYY-MM-DD)"),
        ("cohort" = Option<i32>, Query, description = "The year the pairs started"),
        ("gender" = Option<String>, Query, description = "The newcomer's gender: woman, man, other, unsaid"),
        ("age" = Option<String>, Query, description = "The newcomer's age when the pair started: under_25, 25_34, 35_49, 50_plus"),
        ("region" = Option<String>, Query, description = "The newcomer's region of origin: mena, sub_saharan_africa, central_south_asia, europe, americas, other")
    ),
    responses((status = 200, body = Report), (status = 400, body = ApiError), (status = 403, body = ApiError), (status = 404, body = ApiError)))]
async fn evaluation(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    axum::extract::Query(q): axum::extract::Query<EvaluationQuery>,
) -> Result<Json<Report>, AppError> {
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

#[derive(Serialize, ToSchema)]
struct Pairs {
    pairs: Vec<Pair>,
}

/// `GET /api/v1/pairs`: the asker's own active pairs.
#[utoipa::path(get, path = "/api/v1/pairs", tag = "pairs",
    responses((status = 200, body = Pairs), (status = 401, body = ApiError)))]
async fn pairs(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Json<Pairs>, AppError> {
    let pairs = app
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
    Ok(Json(Pairs { pairs }))
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

#[derive(Serialize, ToSchema)]
struct Sessions {
    sessions: Vec<Session>,
}

/// `GET /api/v1/pairs/{id}/sessions`
#[utoipa::path(get, path = "/api/v1/pairs/{id}/sessions", tag = "pairs",
    params(("id" = i64, Path, description = "The pair")),
    responses((status = 200, body = Sessions), (status = 404, body = ApiError)))]
async fn sessions(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Json<Sessions>, AppError> {
    let p = pair_for(&app, &user, id, Action::ViewPair).await?;
    let sessions = app
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
    Ok(Json(Sessions { sessions }))
}

/// A session to log (held) or plan, as the form takes it: date and time
/// on the asker's organisation's wall clock.
#[derive(Deserialize, ToSchema)]
struct NewSession {
    /// `held` (the default) or `planned`.
    #[serde(default)]
    status: Option<String>,
    /// `YYYY-MM-DD`.
    date: String,
    /// `HH:MM`.
    time: String,
    duration_minutes: i64,
    /// `in_person`, `online` or `phone`.
    mode: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    summary: String,
    /// 1 to 5 for a held session; none for a planned one.
    #[serde(default)]
    rating: Option<i64>,
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
    responses((status = 201, body = Created), (status = 422, body = ApiError), (status = 404, body = ApiError)))]
async fn log_session(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    body: Result<Json<NewSession>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::LogPeerSession).await?;
    // The pair's rules refuse it: the tool gets the reason, as the pair's
    // pages give it, not a conflict to retry.
    if let Err(refusal) = p.state().check(PairChange::LogSession, m4m_store::now()) {
        return Ok(unprocessable(&ctx, refusal.key(), None));
    }
    let Ok(Json(s)) = body else {
        return Err(AppError::BadRequest("error-api-json"));
    };
    let status = match s.status.as_deref() {
        None | Some("held") => SessionStatus::Held,
        Some("planned") => SessionStatus::Planned,
        Some(_) => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let duration = s.duration_minutes.to_string();
    let rating = s.rating.map(|r| r.to_string()).unwrap_or_default();
    let form = SessionForm {
        date: &s.date,
        time: &s.time,
        duration: &duration,
        mode: &s.mode,
        place: &s.place,
        topics: s.topics.iter().map(String::as_str).collect(),
        summary: &s.summary,
        rating: &rating,
    };
    match NewPeerSession::parse(&form, status, time::OffsetDateTime::now_utc(), ctx.tr.zone) {
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
