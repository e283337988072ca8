//! Step 2, registration: the public programme page with its two
//! registration forms (self-service, phone first, in the person's
//! language), and the same form for staff who register someone on their
//! behalf. Consent is asked per purpose; participation is required.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::language::endonym;
use m4m_domain::participant::{
    AREAS, GENDER_PREFERENCES, GENDERS, HEARD_FROM, INTERESTS, Kind, Level, Purpose, Registration, RegistrationForm,
};
use m4m_domain::permission::Action;
use m4m_domain::programme::ProgrammeStatus;
use m4m_store::programmes::Programme;
use m4m_store::registration::{NewParticipant, Participant};

use crate::AppState;
use crate::access::{participant_for, programme_for};
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::client::Client;
use crate::kit::form::{Choice, FieldErrors, Values};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of registration: the public pages and staff's form.
pub fn router() -> Routes {
    Routes::new()
        .route("/join/{id}", get(join))
        .route("/join/{id}/{kind}", get(public_form).post(public_submit))
        .route("/programmes/{id}/register/{kind}", get(staff_form).post(staff_submit))
        .route("/me/become-buddy", get(buddy_form).post(buddy_submit))
        .route("/people/{id}/edit", get(correct_form).post(correct_submit))
}

/// Languages offered in the selects: those of the programme first, then
/// the others m4m knows by name.
const COMMON_LANGUAGES: [&str; 30] = [
    "ar", "prs", "fa", "ps", "ti", "so", "uk", "ru", "en", "fr", "el", "de", "it", "pt", "ro", "es", "tr", "ku", "ckb",
    "ur", "bn", "am", "sq", "ln", "sw", "wo", "ha", "ka", "hy", "pl",
];

fn choices(tr: &Tr, values: &Values, field: &str, keys: &[&str], prefix: &str) -> Vec<Choice> {
    keys.iter()
        .map(|k| Choice { value: (*k).to_owned(), label: tr.t(&format!("{prefix}{k}")), checked: values.has(field, k) })
        .collect()
}

fn language_choices(programme: &Programme, selected: &str) -> Vec<Choice> {
    let mut codes: Vec<&str> = programme.languages.iter().map(String::as_str).collect();
    for c in COMMON_LANGUAGES {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    codes
        .into_iter()
        .map(|c| Choice {
            value: c.to_owned(),
            label: endonym(c).map_or_else(|| c.to_owned(), |n| format!("{n} ({c})")),
            checked: c == selected,
        })
        .collect()
}

fn level_choices(tr: &Tr, selected: &str, with_native: bool) -> Vec<Choice> {
    Level::ALL
        .iter()
        .filter(|l| with_native || **l != Level::Native)
        .map(|l| Choice {
            value: l.as_str().to_owned(),
            label: tr.t(&format!("level-{}", l.as_str())),
            checked: l.as_str() == selected,
        })
        .collect()
}

/// The registration form as a page.
#[derive(Template)]
#[template(path = "registration.html")]
pub struct RegistrationPage {
    pub c: Chrome,
    pub intro: String,
    pub staff_note: bool,
    pub action: String,
    pub mentor: bool,
    pub v: Values,
    pub errors: FieldErrors,
    pub native: Vec<Choice>,
    pub language_rows: Vec<(usize, Vec<Choice>, Vec<Choice>)>,
    pub host_levels: Vec<Choice>,
    pub availability: Vec<(String, Vec<(u32, String, bool)>)>,
    pub interests: Vec<Choice>,
    pub areas: Vec<Choice>,
    pub genders: Vec<Choice>,
    pub gender_preferences: Vec<Choice>,
    pub heard: Vec<Choice>,
    pub stakeholders: Vec<Choice>,
    pub consent_notice: String,
    pub consents: Vec<Choice>,
    /// Correcting a record: no consents (they have their own page), the
    /// button says it saves.
    pub editing: bool,
}

/// Everything the form needs to be drawn, with what was typed and the
/// errors of the last try.
pub async fn registration_page(
    app: &AppState,
    ctx: &Ctx,
    programme: &Programme,
    kind: Kind,
    staff: bool,
    v: Values,
    errors: Option<&Validation>,
) -> Result<RegistrationPage, AppError> {
    let tr = ctx.tr;
    let mentor = kind == Kind::Mentor;
    let (title, intro) = if mentor {
        ("register-title-mentor", "register-intro-mentor")
    } else {
        ("register-title-mentee", "register-intro-mentee")
    };
    let days = (1..=7).map(|d| tr.t(&format!("day-{d}"))).collect::<Vec<_>>();
    let parts = ["morning", "afternoon", "evening"].map(|p| tr.t(&format!("part-{p}")));
    let availability = days
        .into_iter()
        .enumerate()
        .map(|(d, day)| {
            let slots = (0..3)
                .map(|p| {
                    let slot = (d * 3 + p) as u32;
                    (slot, parts[p].clone(), v.has("availability", &slot.to_string()))
                })
                .collect();
            (day, slots)
        })
        .collect();
    let stakeholders = app
        .store
        .stakeholders(programme.organisation_id)
        .await?
        .into_iter()
        .map(|s| Choice { value: s.id.to_string(), checked: v.get("referred_by") == s.id.to_string(), label: s.name })
        .collect();
    let organisation = programme.organisation_name.clone();
    let page = RegistrationPage {
        c: Chrome::new(ctx, format!("{} · {}", tr.t(title), programme.name_in(tr.lang.code))),
        intro: tr.t(intro),
        staff_note: staff,
        action: if staff {
            format!("/programmes/{}/register/{}", programme.id, kind.as_str())
        } else {
            format!("/join/{}/{}", programme.id, kind.as_str())
        },
        mentor,
        native: language_choices(programme, v.get("native_language")),
        language_rows: (1..=3)
            .map(|i| {
                (
                    i,
                    language_choices(programme, v.get(&format!("lang_{i}"))),
                    level_choices(&tr, v.get(&format!("level_{i}")), false),
                )
            })
            .collect(),
        host_levels: level_choices(&tr, v.get("host_language_level"), false),
        availability,
        interests: choices(&tr, &v, "interests", &INTERESTS, "interest-"),
        areas: choices(&tr, &v, "areas", &AREAS, "area-"),
        genders: choices(&tr, &v, "gender", &GENDERS, "gender-"),
        gender_preferences: choices(&tr, &v, "gender_preference", &GENDER_PREFERENCES, "gender-pref-"),
        heard: choices(&tr, &v, "heard_from", &HEARD_FROM, "heard-"),
        stakeholders,
        consent_notice: tr.args("consent-notice", &[("organisation", Arg::Text(&organisation))]),
        consents: Purpose::ALL
            .iter()
            .map(|p| Choice {
                value: p.as_str().to_owned(),
                label: tr.t(&format!("consent-{}", p.as_str())),
                checked: v.has("consents", p.as_str()),
            })
            .collect(),
        errors: FieldErrors::of(&tr, errors),
        v,
        editing: false,
    };
    Ok(page)
}

/// Reads the form's fields into the domain's raw registration.
pub fn form_of<'a>(kind: Kind, v: &'a Values) -> RegistrationForm<'a> {
    RegistrationForm {
        kind: Some(kind),
        first_name: v.get("first_name"),
        last_name: v.get("last_name"),
        email: v.get("email"),
        phone: v.get("phone"),
        native_language: v.get("native_language"),
        languages: (1..=3).map(|i| (v.get(&format!("lang_{i}")), v.get(&format!("level_{i}")))).collect(),
        host_language_level: v.get("host_language_level"),
        country_of_origin: v.get("country_of_origin"),
        arrival_date: v.get("arrival_date"),
        area: v.get("area"),
        availability: v.all("availability"),
        interests: v.all("interests"),
        areas: v.all("areas"),
        experience: v.get("experience"),
        motivation: v.get("motivation"),
        gender: v.get("gender"),
        gender_preference: v.get("gender_preference"),
        birth_year: v.get("birth_year"),
        heard_from: v.get("heard_from"),
        consents: v.all("consents"),
    }
}

fn today() -> (i32, time::Date) {
    let now = time::OffsetDateTime::now_utc();
    (now.year(), now.date())
}

/// The stakeholder chosen in the form, if it is one of the organisation's.
async fn referred_by(app: &AppState, programme: &Programme, v: &Values) -> Result<Option<i64>, AppError> {
    let Ok(id) = v.get("referred_by").trim().parse::<i64>() else { return Ok(None) };
    Ok(app.store.stakeholder(id).await?.filter(|s| s.organisation_id == programme.organisation_id).map(|s| s.id))
}

fn kind_of(s: &str) -> Result<Kind, AppError> {
    Kind::parse(s).ok_or(AppError::NotFound)
}

/// A programme whose public page is open: recruiting or running.
async fn public_programme(app: &AppState, id: i64) -> Result<Programme, AppError> {
    let p = app.store.programme(id).await?.ok_or(AppError::NotFound)?;
    match p.status {
        ProgrammeStatus::Recruiting | ProgrammeStatus::Running => Ok(p),
        _ => Err(AppError::NotFound),
    }
}

#[derive(Template)]
#[template(path = "join.html")]
struct JoinPage {
    c: Chrome,
    p: Programme,
    /// In the reader's language where the programme has it.
    description: String,
    organisation: String,
}

/// `GET /join/{id}`: the public page of a programme, without log-in.
pub async fn join(State(app): State<AppState>, ctx: Ctx, Path(id): Path<i64>) -> Result<Response, AppError> {
    let p = public_programme(&app, id).await?;
    let country = app.store.organisation(p.organisation_id).await?.map(|o| o.country).unwrap_or_default();
    let organisation = ctx.tr.html(
        "join-organisation",
        &[("organisation", Arg::User(&p.organisation_name)), ("country", Arg::Text(&country))],
    );
    let description = p.description_in(ctx.tr.lang.code).to_owned();
    Ok(render(&JoinPage {
        c: Chrome::new(&ctx, p.name_in(ctx.tr.lang.code).to_owned()),
        p,
        description,
        organisation,
    })?
    .into_response())
}

/// `GET /join/{id}/{kind}`
pub async fn public_form(
    State(app): State<AppState>,
    ctx: Ctx,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let p = public_programme(&app, id).await?;
    let page = registration_page(&app, &ctx, &p, kind_of(&kind)?, false, Values::default(), None).await?;
    Ok(render(&page)?.into_response())
}

/// Registrations one connection may send in an hour.
const MAX_PUBLIC_SUBMISSIONS_PER_HOUR: i64 = 10;

#[derive(Template)]
#[template(path = "thanks.html")]
struct Thanks {
    c: Chrome,
    back: String,
}

/// `POST /join/{id}/{kind}`
pub async fn public_submit(
    State(app): State<AppState>,
    client: Client,
    ctx: Ctx,
    Path((id, kind)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = public_programme(&app, id).await?;
    let kind = kind_of(&kind)?;
    let client = client.key();
    if app.store.count_submission("registration", &client, 3600).await? > MAX_PUBLIC_SUBMISSIONS_PER_HOUR {
        return Err(AppError::TooManyRequests("register-too-many"));
    }
    let v = Values(fields);
    let (year, today) = today();
    match Registration::parse(&form_of(kind, &v), year, today) {
        Ok(r) => {
            let referred = referred_by(&app, &p, &v).await?;
            app.store
                .register(&NewParticipant {
                    programme_id: p.id,
                    registration: &r,
                    referred_by: referred,
                    entered_by: None,
                    language: ctx.tr.lang.code,
                })
                .await?;
            let page = Thanks { c: Chrome::new(&ctx, ctx.tr.t("reg-thanks-title")), back: format!("/join/{}", p.id) };
            Ok(render(&page)?.into_response())
        }
        Err(errors) => {
            let page = registration_page(&app, &ctx, &p, kind, false, v, Some(&errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// `GET /programmes/{id}/register/{kind}`: staff register someone.
pub async fn staff_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let page = registration_page(&app, &ctx, &p, kind_of(&kind)?, true, Values::default(), None).await?;
    Ok(render(&page)?.into_response())
}

/// `POST /programmes/{id}/register/{kind}`
pub async fn staff_submit(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, kind)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let kind = kind_of(&kind)?;
    let v = Values(fields);
    let (year, today) = today();
    match Registration::parse(&form_of(kind, &v), year, today) {
        Ok(r) => {
            let referred = referred_by(&app, &p, &v).await?;
            let pid = app
                .store
                .register(&NewParticipant {
                    programme_id: p.id,
                    registration: &r,
                    referred_by: referred,
                    entered_by: Some(user.id),
                    language: ctx.tr.lang.code,
                })
                .await?;
            Ok(Redirect::to(&format!("/people/{pid}")).into_response())
        }
        Err(errors) => {
            let page = registration_page(&app, &ctx, &p, kind, true, v, Some(&errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

// ---- A newcomer whose pair has closed applies to become a buddy ----

/// The alumni newcomer's record and the programme they apply to: their
/// own if it still takes people, else their organisation's newest one
/// that does. Anyone else has nothing here.
async fn alumni_application(app: &AppState, user_id: i64) -> Result<(Participant, Programme), AppError> {
    for (id, organisation, kind) in app.store.participants_of_user(user_id).await? {
        if kind != Kind::Mentee.as_str() {
            continue;
        }
        let Some(p) = app.store.participant(id).await? else { continue };
        if p.status != m4m_domain::participant::Status::Alumni {
            continue;
        }
        let open = |g: &Programme| matches!(g.status, ProgrammeStatus::Recruiting | ProgrammeStatus::Running);
        let own = app.store.programme(p.programme_id).await?.filter(open);
        let programme = match own {
            Some(g) => Some(g),
            None => app.store.programmes(Some(&[organisation])).await?.into_iter().find(open),
        };
        if let Some(programme) = programme {
            return Ok((p, programme));
        }
    }
    Err(AppError::NotFound)
}

/// What is already known of the person, as the buddy form's values; the
/// consents are left to give afresh (a new purpose: volunteering).
fn known_values(p: &Participant) -> Values {
    let mut v: Vec<(String, String)> = [
        ("first_name", p.first_name.as_str()),
        ("last_name", p.last_name.as_str()),
        ("email", p.email.as_str()),
        ("phone", p.phone.as_str()),
        ("native_language", p.native_language.as_str()),
        ("host_language_level", p.host_language_level.as_str()),
        ("country_of_origin", p.country_of_origin.as_str()),
        ("arrival_date", p.arrival_date.as_str()),
        ("area", p.area.as_str()),
        ("gender", p.gender.as_str()),
        ("gender_preference", p.gender_preference.as_str()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    if let Some(year) = p.birth_year {
        v.push(("birth_year".into(), year.to_string()));
    }
    let others = m4m_domain::participant::read_languages(&p.languages)
        .into_iter()
        .filter(|(code, _)| *code != p.native_language)
        .take(3);
    for (i, (code, level)) in others.enumerate() {
        v.push((format!("lang_{}", i + 1), code));
        v.push((format!("level_{}", i + 1), level.as_str().to_owned()));
    }
    for slot in (0..21).filter(|s| p.availability & (1 << s) != 0) {
        v.push(("availability".into(), slot.to_string()));
    }
    for i in &p.interests {
        v.push(("interests".into(), i.clone()));
    }
    Values(v)
}

/// Everything the record holds, as the correction form's values.
fn record_values(p: &Participant) -> Values {
    let mut v = known_values(p);
    for a in &p.areas {
        v.0.push(("areas".into(), a.clone()));
    }
    for (k, value) in [("experience", &p.experience), ("motivation", &p.motivation), ("heard_from", &p.heard_from)] {
        v.0.push((k.into(), value.clone()));
    }
    if let Some(s) = p.referred_by {
        v.0.push(("referred_by".into(), s.to_string()));
    }
    v
}

async fn correct_page(
    app: &AppState,
    ctx: &Ctx,
    p: &Participant,
    v: Values,
    errors: Option<&Validation>,
) -> Result<RegistrationPage, AppError> {
    let programme = app.store.programme(p.programme_id).await?.ok_or(AppError::NotFound)?;
    let mut page = registration_page(app, ctx, &programme, p.kind, false, v, errors).await?;
    let name = format!("{} {}", p.first_name, p.last_name);
    page.c = Chrome::new(ctx, ctx.tr.args("person-edit-title", &[("name", Arg::Text(name.trim()))]));
    page.intro = ctx.tr.t("person-edit-intro");
    page.action = format!("/people/{}/edit", p.id);
    page.editing = true;
    Ok(page)
}

/// `GET /people/{id}/edit`: a person's details, to correct.
pub async fn correct_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    Ok(render(&correct_page(&app, &ctx, &p, record_values(&p), None).await?)?.into_response())
}

/// `POST /people/{id}/edit`: the details corrected, checked as the
/// registration form checks them; the consents stay as they are.
pub async fn correct_submit(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let v = Values(fields.into_iter().filter(|(k, _)| k != "consents").collect());
    // (The form's rules ask for the participation consent, which the
    // record holds: it is not what is corrected here.)
    let mut form = form_of(p.kind, &v);
    form.consents = vec![Purpose::Participation.as_str()];
    let (year, today) = today();
    match Registration::parse(&form, year, today) {
        Ok(r) => {
            let programme = app.store.programme(p.programme_id).await?.ok_or(AppError::NotFound)?;
            let referred = referred_by(&app, &programme, &v).await?;
            if !app.store.correct_participant(user.id, p.id, &r, referred).await? {
                return Err(AppError::NotFound);
            }
            Ok(Redirect::to(&format!("/people/{}?corrected=1", p.id)).into_response())
        }
        Err(errors) => {
            let page = correct_page(&app, &ctx, &p, v, Some(&errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

async fn buddy_page(
    app: &AppState,
    ctx: &Ctx,
    programme: &Programme,
    v: Values,
    errors: Option<&Validation>,
) -> Result<RegistrationPage, AppError> {
    let mut page = registration_page(app, ctx, programme, Kind::Mentor, false, v, errors).await?;
    page.action = "/me/become-buddy".into();
    page.intro = ctx.tr.t("become-buddy-intro");
    Ok(page)
}

/// `GET /me/become-buddy`: the buddy registration, filled with what the
/// programme knows of the newcomer.
pub async fn buddy_form(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let (p, programme) = alumni_application(&app, user.id).await?;
    let mut v = known_values(&p);
    // Staff who registered them may have left the address out: their
    // account's is known.
    if p.email.is_empty() {
        v.0.retain(|(k, _)| k != "email");
        v.0.push(("email".into(), user.email.clone()));
    }
    Ok(render(&buddy_page(&app, &ctx, &programme, v, None).await?)?.into_response())
}

/// `POST /me/become-buddy`: a buddy application like any other, entered
/// by the person; the coordinators screen it as they screen every one.
pub async fn buddy_submit(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (_, programme) = alumni_application(&app, user.id).await?;
    let v = Values(fields);
    let (year, today) = today();
    match Registration::parse(&form_of(Kind::Mentor, &v), year, today) {
        Ok(r) => {
            app.store
                .register(&NewParticipant {
                    programme_id: programme.id,
                    registration: &r,
                    referred_by: None,
                    entered_by: None,
                    language: ctx.tr.lang.code,
                })
                .await?;
            let page = Thanks { c: Chrome::new(&ctx, ctx.tr.t("reg-thanks-title")), back: "/home".into() };
            Ok(render(&page)?.into_response())
        }
        Err(errors) => {
            let page = buddy_page(&app, &ctx, &programme, v, Some(&errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}
