//! Step 4, pre-matching: the engine proposes an optimal assignment of the
//! programme's ready newcomers and buddies, explained criterion by
//! criterion in the coordinator's language; the coordinator locks,
//! excludes, changes the weights, runs again, or pairs by hand with a
//! reason. Nothing is matched until a person confirms.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::participant::{Level as DomainLevel, read_languages};
use m4m_domain::permission::Action;
use m4m_matching::{
    Availability, Cohort, Criterion, Explanation, Gender, LanguageSkill, Level, Location, MenteeProfile, MentorProfile,
    Profile, Reason, Settings, Unmatched, Weights,
};
use m4m_store::prematching::{Aims, PoolMentor};
use m4m_store::registration::Participant;
use serde::Deserialize;

use crate::AppState;
use crate::access::programme_for;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::Choice;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};

/// The routes of step 4.
pub fn router() -> Routes {
    Routes::new()
        .route("/programmes/{id}/matching", get(page))
        .route("/programmes/{id}/matching/mark", post(mark))
        .route("/programmes/{id}/matching/weights", post(weights))
        .route("/programmes/{id}/matching/confirm", post(confirm))
}

fn level(l: DomainLevel) -> Level {
    match l {
        DomainLevel::Basic => Level::A2,
        DomainLevel::Conversational => Level::B1,
        DomainLevel::Fluent => Level::C1,
        DomainLevel::Native => Level::C2,
    }
}

/// A participant as the engine sees them, but for goals and expectations,
/// which the caller fills in. The native language is listed as such,
/// and the level stated in the host language (`host`, the programme's
/// first language) counts as one of their languages; `area` is compared
/// exactly (no coordinates yet).
fn profile(p: &Participant, host: Option<&str>) -> Profile {
    let mut languages = read_languages(&p.languages);
    if let (Some(host), Some(l)) = (host, DomainLevel::parse(&p.host_language_level))
        && !languages.iter().any(|(c, _)| c == host)
    {
        languages.push((host.to_owned(), l));
    }
    Profile {
        id: p.id.to_string(),
        native_languages: languages
            .iter()
            .filter(|(c, l)| *l == DomainLevel::Native || *c == p.native_language)
            .map(|(c, _)| c.clone())
            .chain(
                (!p.native_language.is_empty() && !languages.iter().any(|(c, _)| *c == p.native_language))
                    .then(|| p.native_language.clone()),
            )
            .collect(),
        languages: languages
            .iter()
            .filter(|(c, l)| *l != DomainLevel::Native && *c != p.native_language)
            .map(|(c, l)| LanguageSkill { language: c.clone(), level: level(*l) })
            .collect(),
        location: Location { coordinates: None, area: (!p.area.is_empty()).then(|| p.area.to_lowercase()) },
        availability: Availability(p.availability as u32),
        interests: p.interests.clone(),
        goals: Vec::new(),
        expectations: Vec::new(),
        gender: p.gender.parse::<Gender>().ok(),
        gender_preference: p.gender_preference.parse::<Gender>().ok(),
        birth_year: p.birth_year.map(|y| y as i32),
    }
}

/// A newcomer as the engine sees them: their needs from the registration,
/// their goals and expectations from the rest of their record.
fn mentee_profile(p: &Participant, host: Option<&str>, aims: Option<&Aims>) -> MenteeProfile {
    let aims = aims.cloned().unwrap_or_default();
    MenteeProfile {
        profile: Profile { goals: aims.goals, expectations: aims.expectations, ..profile(p, host) },
        needs: areas(&p.areas),
    }
}

/// A buddy as the engine sees them. The goals they take on with a
/// newcomer are what they offer: the areas they can help in.
fn mentor_profile(m: &PoolMentor, host: Option<&str>, aims: Option<&Aims>) -> MentorProfile {
    let p = &m.person;
    let offered: Vec<String> = areas(&p.areas).iter().map(|a| a.as_str().to_owned()).collect();
    let expectations = aims.map(|a| a.expectations.clone()).unwrap_or_default();
    MentorProfile {
        profile: Profile { goals: offered, expectations, ..profile(p, host) },
        skills: areas(&p.areas),
        capacity: m.capacity as u32,
        active_pairs: m.open_pairs as u32,
        eligible: true,
    }
}

fn areas(keys: &[String]) -> Vec<m4m_matching::Area> {
    keys.iter().filter_map(|k| k.parse().ok()).collect()
}

/// The weights a programme saved, if they can still be read: valid JSON
/// that names only known criteria, with weights the engine accepts.
fn saved_weights(json: &str) -> Result<Weights, String> {
    let weights: Weights = serde_json::from_str(json).map_err(|e| e.to_string())?;
    Settings { weights, ..Settings::default() }.validate()?;
    Ok(weights)
}

/// The programme's settings: its weights, and its first language as the
/// host country's language. Saved weights that can no longer be read give
/// way to the defaults, and `true` says so, for the page to tell the
/// coordinator.
async fn settings(app: &AppState, programme: &m4m_store::programmes::Programme) -> Result<(Settings, bool), AppError> {
    let (weights, unreadable) = match app.store.matching_weights(programme.id).await? {
        Some(json) => match saved_weights(&json) {
            Ok(weights) => (weights, false),
            Err(e) => {
                tracing::warn!(programme = programme.id, error = %e, "the saved matching weights cannot be read");
                (Weights::default(), true)
            }
        },
        None => (Weights::default(), false),
    };
    let settings = Settings { weights, host_language: programme.languages.first().cloned(), ..Settings::default() };
    Ok((settings, unreadable))
}

/// Proposed pairs shown on one page.
const MAX_SHOWN: usize = 50;

/// A reason in the reader's language: language codes become the
/// languages' names, area and interest keys their translated names.
fn reason(tr: &Tr, r: &Reason) -> String {
    let key = format!("match-{}", r.key);
    let values: Vec<(&str, String)> = r
        .args
        .iter()
        .map(|(name, value)| {
            let list = || value.split(',').map(str::trim).filter(|v| !v.is_empty());
            let shown = match *name {
                "language" => crate::fmt::languages(&list().map(str::to_owned).collect::<Vec<_>>()),
                "met" | "goals" => list().map(|a| tr.t(&format!("area-{a}"))).collect::<Vec<_>>().join(", "),
                "interests" => list().map(|i| tr.t(&format!("interest-{i}"))).collect::<Vec<_>>().join(", "),
                "expectations" => list().map(|e| expectation(tr, e)).collect::<Vec<_>>().join(", "),
                "preference" => tr.t(&format!("match-gender-{value}")),
                _ => value.clone(),
            };
            (*name, shown)
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = values
        .iter()
        .map(|(name, value)| match value.parse::<i64>() {
            Ok(n) => (*name, Arg::Num(n)),
            Err(_) => (*name, Arg::Text(value)),
        })
        .collect();
    tr.args(&key, &args)
}

/// An expectation as an agreement sets it: a rhythm (`weekly`) or a
/// duration (`6-months`), in the reader's language.
fn expectation(tr: &Tr, tag: &str) -> String {
    match tag.strip_suffix("-months").and_then(|n| n.parse::<i64>().ok()) {
        Some(months) => tr.args("pair-months", &[("months", Arg::Num(months))]),
        None => tr.t(&format!("rhythm-{tag}")),
    }
}

/// One proposed pair with its explanation.
pub struct Proposal {
    pub mentee: (i64, String),
    pub mentor: (i64, String),
    pub score: String,
    pub locked: bool,
    /// Criterion, weight, sub-score, why.
    pub criteria: Vec<(String, String, String, String)>,
    /// Next best buddies: id, name, score.
    pub others: Vec<(i64, String, String)>,
}

#[derive(Template)]
#[template(path = "prematching.html")]
struct Page {
    c: Chrome,
    id: i64,
    notice: Option<String>,
    /// The saved weights could not be read: the defaults are shown and used.
    weights_unreadable: bool,
    summary: String,
    proposals: Vec<Proposal>,
    /// Newcomer, why unmatched, what blocks each buddy.
    unmatched: Vec<(String, String, Vec<String>)>,
    /// Excluded pairs: newcomer, buddy, reason, ids.
    excluded: Vec<(String, String, String, i64, i64)>,
    /// Criterion key, name, weight.
    weights: Vec<(String, String, String)>,
    /// For pairing by hand: the people offered (those sent with a refused
    /// pairing selected), the reason typed and why it was refused.
    mentees: Vec<Choice>,
    mentors: Vec<Choice>,
    manual_reason: String,
    manual_error: Option<String>,
    /// Pairs on their way to starting: id, newcomer, buddy, status.
    in_setup: Vec<(i64, String, String, String)>,
}

fn name(p: &Participant) -> String {
    format!("{} {}", p.first_name, p.last_name).trim().to_owned()
}

fn percent(fixed: i64) -> String {
    format!("{}", (fixed as f64 / m4m_matching::SCALE as f64 * 100.0).round())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    done: Option<String>,
}

/// `GET /programmes/{id}/matching`
async fn page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let notice = q.done.map(|d| {
        ctx.tr.t(&format!(
            "match-done-{}",
            if ["confirmed", "marked", "weights"].contains(&d.as_str()) { d.as_str() } else { "marked" }
        ))
    });
    Ok(matching_view(&app, &ctx, &user, id, notice, &ConfirmForm::default(), None).await?.into_response())
}

/// The pre-matching page; `manual` and `error`: a pairing by hand refused,
/// given back with why.
async fn matching_view(
    app: &AppState,
    ctx: &Ctx,
    user: &CurrentUser,
    id: i64,
    notice: Option<String>,
    manual: &ConfirmForm,
    error: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let programme = programme_for(app, user, id, Action::ManageParticipant).await?;
    let pool = app.store.matching_pool(id).await?;
    let marks = app.store.matching_marks(id).await?;
    let aims = app.store.matching_aims(id).await?;
    let (settings, weights_unreadable) = settings(app, &programme).await?;
    let host = settings.host_language.as_deref();
    let mentees: Vec<MenteeProfile> = pool.mentees.iter().map(|p| mentee_profile(p, host, aims.get(&p.id))).collect();
    let mentors: Vec<MentorProfile> =
        pool.mentors.iter().map(|m| mentor_profile(m, host, aims.get(&m.person.id))).collect();
    let index_of_mentee = |pid: i64| pool.mentees.iter().position(|p| p.id == pid);
    let index_of_mentor = |pid: i64| pool.mentors.iter().position(|m| m.person.id == pid);
    let mut cohort = Cohort::new(settings.clone(), mentees, mentors).map_err(AppError::failed)?;
    for m in marks.iter().filter(|m| m.kind == "exclude") {
        if let (Some(i), Some(j)) = (index_of_mentee(m.mentee_id), index_of_mentor(m.mentor_id)) {
            cohort.exclude(i, j).map_err(AppError::failed)?;
        }
    }
    let matrix = cohort.score_matrix(1);
    let mut problem = cohort.problem(&matrix).map_err(AppError::failed)?;
    for m in marks.iter().filter(|m| m.kind == "lock") {
        if let (Some(i), Some(j)) = (index_of_mentee(m.mentee_id), index_of_mentor(m.mentor_id)) {
            // A lock the constraints forbid is simply not applied.
            let _ = problem.lock(i, j);
        }
    }
    let assignment = problem.solve().map_err(AppError::failed)?;
    let criterion_name = |c: Criterion| tr.t(&format!("criterion-{}", c.as_str()));
    let explain = |e: &Explanation| {
        e.criteria
            .iter()
            .map(|c| {
                (
                    criterion_name(c.criterion),
                    format!("{:.0} %", c.weight * 100.0),
                    format!("{:.0} %", c.score * 100.0),
                    reason(&tr, &c.reason),
                )
            })
            .collect()
    };
    // The whole cohort is solved; the page shows the first pairs (a
    // federation's cohort would make a page no phone can load).
    let proposals = assignment
        .pairs
        .iter()
        .take(MAX_SHOWN)
        .map(|pair| {
            let mentee = &pool.mentees[pair.mentee];
            let mentor = &pool.mentors[pair.mentor].person;
            let others = problem
                .next_best(&assignment, pair.mentee, 3)
                .into_iter()
                .filter(|a| a.mentor != pair.mentor)
                .map(|a| (pool.mentors[a.mentor].person.id, name(&pool.mentors[a.mentor].person), percent(a.score)))
                .collect();
            Proposal {
                mentee: (mentee.id, name(mentee)),
                mentor: (mentor.id, name(mentor)),
                score: tr.args("match-score", &[("score", Arg::Text(&percent(pair.score)))]),
                locked: pair.locked,
                criteria: explain(&cohort.explain(pair.mentee, pair.mentor)),
                others,
            }
        })
        .collect();
    let unmatched = problem
        .unmatched(&assignment)
        .into_iter()
        .map(|(i, why)| {
            let why_text = match &why {
                Unmatched::NoPossibleMentor => tr.t("match-no-possible-mentor"),
                Unmatched::MentorsTaken { mentors } => tr.n("match-mentors-taken", mentors.len() as i64),
            };
            let blocked = cohort
                .blocked_mentors(i)
                .into_iter()
                .map(|(j, reasons)| {
                    let why = reasons.iter().map(|r| reason(&tr, r)).collect::<Vec<_>>().join(", ");
                    format!("{}: {why}", name(&pool.mentors[j].person))
                })
                .collect();
            (name(&pool.mentees[i]), why_text, blocked)
        })
        .collect();
    let mut excluded = Vec::new();
    for m in marks.iter().filter(|m| m.kind == "exclude") {
        let (Some(a), Some(b)) = (app.store.participant(m.mentee_id).await?, app.store.participant(m.mentor_id).await?)
        else {
            continue;
        };
        excluded.push((name(&a), name(&b), m.reason.clone(), a.id, b.id));
    }
    let summary = tr.args(
        "match-summary",
        &[
            ("matched", Arg::Num(assignment.matched as i64)),
            ("mentees", Arg::Num(pool.mentees.len() as i64)),
            ("mentors", Arg::Num(pool.mentors.len() as i64)),
        ],
    );
    let choice = |(value, label): (i64, String), chosen: i64| Choice {
        value: value.to_string(),
        label,
        checked: value == chosen,
    };
    let page = Page {
        c: Chrome::new(ctx, format!("{} · {}", tr.t("match-title"), programme.name)),
        id,
        notice,
        weights_unreadable,
        summary,
        proposals,
        unmatched,
        excluded,
        weights: Criterion::ALL
            .iter()
            .map(|c| (c.as_str().to_owned(), criterion_name(*c), format!("{}", settings.weights.get(*c))))
            .collect(),
        mentees: pool.mentees.iter().map(|p| choice((p.id, name(p)), manual.mentee)).collect(),
        mentors: pool.mentors.iter().map(|m| choice((m.person.id, name(&m.person)), manual.mentor)).collect(),
        manual_reason: manual.reason.clone(),
        manual_error: error,
        in_setup: app
            .store
            .pairs_in_setup(id)
            .await?
            .into_iter()
            .map(|l| (l.id, l.mentee, l.mentor, tr.t(&format!("pair-status-{}", l.status.as_str()))))
            .collect(),
    };
    render(&page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MarkForm {
    mentee: i64,
    mentor: i64,
    /// `lock`, `exclude` or `clear`.
    kind: String,
    reason: String,
}

/// Both people of a pair, from the programme's pool or its participants.
async fn pair_of(
    app: &AppState,
    user: &CurrentUser,
    programme: i64,
    mentee: i64,
    mentor: i64,
) -> Result<(Participant, Participant), AppError> {
    programme_for(app, user, programme, Action::ManageParticipant).await?;
    let a = app
        .store
        .participant(mentee)
        .await?
        .filter(|p| p.programme_id == programme)
        .ok_or(AppError::BadRequest("error-choice-invalid"))?;
    let b = app
        .store
        .participant(mentor)
        .await?
        .filter(|p| p.programme_id == programme)
        .ok_or(AppError::BadRequest("error-choice-invalid"))?;
    if a.kind != m4m_domain::participant::Kind::Mentee || b.kind != m4m_domain::participant::Kind::Mentor {
        return Err(AppError::BadRequest("error-choice-invalid"));
    }
    Ok((a, b))
}

/// `POST /programmes/{id}/matching/mark`: lock, exclude (with a reason) or
/// clear a pair.
async fn mark(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<MarkForm>,
) -> Result<Response, AppError> {
    let (a, b) = pair_of(&app, &user, id, f.mentee, f.mentor).await?;
    let reason =
        m4m_domain::account::parse_long_text("reason", &f.reason, 500).map_err(|e| AppError::BadRequest(e.key))?;
    let kind = match f.kind.as_str() {
        "lock" => Some("lock"),
        "exclude" if reason.is_empty() => return Err(AppError::BadRequest("error-reason-required")),
        "exclude" => Some("exclude"),
        "clear" => None,
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    app.store.mark_pair(user.id, id, a.id, b.id, kind, &reason).await?;
    Ok(Redirect::to(&format!("/programmes/{id}/matching?done=marked")).into_response())
}

/// `POST /programmes/{id}/matching/weights`: `w_<criterion>` from 0 to 10.
async fn weights(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let mut map = serde_json::Map::new();
    for c in Criterion::ALL {
        let raw = fields.iter().find(|(k, _)| *k == format!("w_{}", c.as_str())).map_or("0", |(_, v)| v.as_str());
        let w: f64 = raw.trim().replace(',', ".").parse().map_err(|_| AppError::BadRequest("match-weight-invalid"))?;
        if !(0.0..=10.0).contains(&w) {
            return Err(AppError::BadRequest("match-weight-invalid"));
        }
        map.insert(c.as_str().to_owned(), serde_json::json!(w));
    }
    let weights: Weights = serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|_| AppError::BadRequest("match-weight-invalid"))?;
    Settings { weights, ..Settings::default() }.validate().map_err(|_| AppError::BadRequest("match-weight-invalid"))?;
    let json = serde_json::to_string(&weights).map_err(AppError::failed)?;
    app.store.set_matching_weights(user.id, id, &json).await?;
    Ok(Redirect::to(&format!("/programmes/{id}/matching?done=weights")).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmForm {
    mentee: i64,
    mentor: i64,
    /// Set when the coordinator pairs by hand rather than confirming the
    /// engine's proposal: why.
    reason: String,
    manual: Option<String>,
}

/// `POST /programmes/{id}/matching/confirm`: a person decides.
async fn confirm(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    let (a, b) = pair_of(&app, &user, id, f.mentee, f.mentor).await?;
    let reason = match m4m_domain::account::parse_long_text("reason", &f.reason, 500) {
        Ok(reason) if f.manual.is_some() && reason.is_empty() => Err("match-manual-reason"),
        Ok(reason) => Ok(reason),
        Err(e) => Err(e.key),
    };
    let reason = match reason {
        Ok(reason) => reason,
        // A pairing by hand is given back with why; a proposal's own
        // button sends no reason to refuse.
        Err(key) if f.manual.is_some() => {
            let page = matching_view(&app, &ctx, &user, id, None, &f, Some(ctx.tr.t(key))).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(key) => return Err(AppError::BadRequest(key)),
    };
    let pool = app.store.matching_pool(id).await?;
    if !pool.mentees.iter().any(|p| p.id == a.id) || !pool.mentors.iter().any(|m| m.person.id == b.id) {
        return Err(AppError::Conflict);
    }
    let note = if f.manual.is_some() { format!("{}: {reason}", ctx.tr.t("match-manual")) } else { reason };
    let pair = app.store.propose_pair(user.id, id, a.id, b.id, &note).await?;
    crate::routes::pairing::notify_proposal(&app, pair).await?;
    Ok((StatusCode::SEE_OTHER, Redirect::to(&format!("/programmes/{id}/matching?done=confirmed"))).into_response())
}

#[cfg(test)]
mod tests {
    use m4m_domain::participant::{Kind, Status};
    use m4m_matching::{Cohort, Criterion, LanguageSkill, Level, Settings};
    use m4m_store::prematching::{Aims, PoolMentor};
    use m4m_store::registration::Participant;

    use super::{mentee_profile, mentor_profile, saved_weights};

    /// A registration as the store reads it: Arabic first, French at a
    /// few words, needs or skills `areas`.
    fn person(id: i64, kind: Kind, areas: &[&str]) -> Participant {
        Participant {
            id,
            programme_id: 1,
            organisation_id: 1,
            user_id: None,
            supervisor_user_id: None,
            capacity: 1,
            kind,
            status: Status::Ready,
            step: 4,
            first_name: format!("P{id}"),
            last_name: String::new(),
            email: String::new(),
            phone: String::new(),
            languages: "ar:native".into(),
            native_language: "ar".into(),
            host_language_level: "basic".into(),
            country_of_origin: String::new(),
            arrival_date: String::new(),
            area: "Roubaix".into(),
            availability: 0,
            interests: Vec::new(),
            areas: areas.iter().map(|a| (*a).to_owned()).collect(),
            experience: String::new(),
            motivation: String::new(),
            gender: String::new(),
            gender_preference: String::new(),
            birth_year: None,
            heard_from: String::new(),
            referred_by: None,
            entered_by: None,
            language: "ar".into(),
            created_at: 0,
            erased_at: None,
        }
    }

    /// Every criterion whose weight the coordinator sets has something to
    /// compare: goals and expectations from the record, the place, and the
    /// level stated in the host language.
    #[test]
    fn profiles_carry_goals_expectations_place_and_the_host_language() {
        let aims = Aims { goals: vec!["housing".into()], expectations: vec!["weekly".into(), "6-months".into()] };
        let newcomer = mentee_profile(&person(1, Kind::Mentee, &["language", "health"]), Some("fr"), Some(&aims));
        assert_eq!(newcomer.profile.goals, ["housing"]);
        assert_eq!(newcomer.profile.expectations, ["weekly", "6-months"]);
        assert_eq!(newcomer.needs, [m4m_matching::Area::Language, m4m_matching::Area::Health]);
        assert_eq!(newcomer.profile.location.area.as_deref(), Some("roubaix"));
        assert_eq!(newcomer.profile.native_languages, ["ar"]);
        assert_eq!(newcomer.profile.languages, [LanguageSkill { language: "fr".into(), level: Level::A2 }]);
        // Without a host language, the level stated in it has nothing to
        // attach to; without aims, goals and expectations stay unknown.
        let elsewhere = mentee_profile(&person(1, Kind::Mentee, &[]), None, None);
        assert!(elsewhere.profile.languages.is_empty());
        assert!(elsewhere.profile.goals.is_empty() && elsewhere.profile.expectations.is_empty());

        let buddy = PoolMentor { person: person(2, Kind::Mentor, &["housing", "digital"]), open_pairs: 1, capacity: 2 };
        let weekly = Aims { goals: Vec::new(), expectations: vec!["weekly".into()] };
        let buddy = mentor_profile(&buddy, Some("fr"), Some(&weekly));
        assert_eq!(buddy.profile.goals, ["housing", "digital"], "a buddy's goals are what they offer");
        assert_eq!(buddy.profile.expectations, ["weekly"]);
        assert_eq!((buddy.capacity, buddy.active_pairs), (2, 1));

        // The engine counts both: the newcomer's one goal is offered, and
        // one expectation of the two is shared.
        let cohort = Cohort::new(Settings::default(), vec![newcomer], vec![buddy]).unwrap();
        let explained = cohort.explain(0, 0);
        let score = |c: Criterion| explained.criteria.iter().find(|s| s.criterion == c).unwrap();
        assert_eq!(score(Criterion::Goals).score, 1.0);
        assert_eq!(score(Criterion::Goals).reason.key, "shared-goals");
        assert_eq!(score(Criterion::Expectations).reason.key, "shared-expectations");
        assert_eq!(score(Criterion::Place).reason.key, "same-area");
    }

    #[test]
    fn saved_weights_that_no_longer_fit_are_refused() {
        assert_eq!(saved_weights(r#"{"goals":3.0}"#).map(|w| w.goals), Ok(3.0));
        for broken in ["not json", r#"{"kindness":2.0}"#, r#"{"needs":"lots"}"#, r#"{"needs":-1.0}"#] {
            assert!(saved_weights(broken).is_err(), "{broken}");
        }
        let all_zero: String = format!(
            "{{{}}}",
            Criterion::ALL.iter().map(|c| format!("\"{}\":0.0", c.as_str())).collect::<Vec<_>>().join(",")
        );
        assert!(saved_weights(&all_zero).is_err());
    }

    /// Needs and skills are stored by the domain's area names and read by
    /// the matching engine's: an area one side did not know would silently
    /// drop out of every score.
    #[test]
    fn the_domain_and_the_matching_engine_know_the_same_areas() {
        let domain: Vec<&str> = m4m_domain::area::Area::ALL.iter().map(|a| a.as_str()).collect();
        let matching: Vec<&str> = m4m_matching::Area::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(domain, matching);
        let keys: Vec<String> = domain.iter().map(|a| (*a).to_owned()).collect();
        assert_eq!(super::areas(&keys), m4m_matching::Area::ALL.to_vec());
    }
}
