//! Step 6, matching and the first meeting: each side sees only what they
//! need of the other and accepts or declines; staff schedule and record
//! the first meeting and write the agreement with the pair; both accept it
//! (or staff record a paper signature), and the pair starts.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::pairing::{Agreement, AgreementForm, Answer, PairChange, PairStatus, RHYTHMS, check_answer};
use m4m_domain::participant::{AREAS, Kind};
use m4m_domain::permission::{Action, Target};
use m4m_store::pairing::Pair;
use m4m_store::registration::Participant;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::labels::first_meeting;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};

/// The routes of step 6.
pub fn router() -> Routes {
    Routes::new()
        .route("/pairs/{id}/proposal", get(proposal))
        .route("/pairs/{id}/answer", post(answer))
        .route("/pairs/{id}/setup", get(setup))
        .route("/pairs/{id}/meeting", post(meeting))
        .route("/pairs/{id}/held", post(held))
        .route("/pairs/{id}/agreement", get(agreement_page).post(save_agreement))
        .route("/pairs/{id}/sign", post(sign))
}

/// A pair the asker belongs to (their side), or 404.
async fn own_pair(app: &AppState, user: &CurrentUser, id: i64) -> Result<(Pair, Kind), AppError> {
    let pair = app.store.pair(id).await?.ok_or(AppError::NotFound)?;
    let side = pair.side_of(user.id).ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ViewPair, Target::related(pair.organisation_id, &pair.members())) {
        return Err(AppError::NotFound);
    }
    Ok((pair, side))
}

/// A pair the asker runs as staff, or 404.
async fn staff_pair(app: &AppState, user: &CurrentUser, id: i64) -> Result<Pair, AppError> {
    let pair = app.store.pair(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ManageParticipant, Target::organisation(pair.organisation_id)) {
        return Err(AppError::NotFound);
    }
    Ok(pair)
}

/// What one side sees of the other: first name, languages, area,
/// interests — nothing sensitive.
pub struct OtherSide {
    pub first_name: String,
    /// "Speaks: …", HTML.
    pub speaks: String,
    pub area: String,
    pub interests: String,
}

fn other_side(tr: &Tr, p: &Participant) -> OtherSide {
    OtherSide {
        first_name: p.first_name.clone(),
        speaks: fmt::speaks(
            tr,
            &m4m_domain::participant::read_languages(&p.languages).into_iter().map(|(c, _)| c).collect::<Vec<_>>(),
        ),
        area: p.area.clone(),
        interests: p.interests.iter().map(|i| tr.t(&format!("interest-{i}"))).collect::<Vec<_>>().join(", "),
    }
}

/// Tells both people of a new proposal, each in their language, with the
/// other's first name only.
pub async fn notify_proposal(app: &AppState, pair_id: i64) -> Result<(), AppError> {
    let Some(pair) = app.store.pair(pair_id).await? else { return Ok(()) };
    let (Some(mentor), Some(mentee)) = (
        app.store.participant(pair.mentor.participant_id).await?,
        app.store.participant(pair.mentee.participant_id).await?,
    ) else {
        return Ok(());
    };
    for (me, other) in [(&mentor, &mentee), (&mentee, &mentor)] {
        let Some(user) = me.user_id else { continue };
        // Withdrawn consent to e-mail: the proposal waits on their home.
        if !app.store.may_email(me.id).await? {
            continue;
        }
        let Some(account) = app.store.user(user).await? else { continue };
        let tr = Tr::for_code(account.locale.as_deref().unwrap_or(&me.language));
        let link = m4m_store::outbox::link(&format!("/pairs/{pair_id}/proposal"));
        let body = tr.args(
            "pair-mail-body",
            &[("name", Arg::Text(&me.first_name)), ("other", Arg::Text(&other.first_name)), ("link", Arg::Text(&link))],
        );
        app.store.queue_message(&account.email, &tr.t("pair-mail-subject"), &body).await?;
    }
    Ok(())
}

#[derive(Template)]
#[template(path = "pair_proposal.html")]
struct ProposalPage {
    c: Chrome,
    id: i64,
    other: OtherSide,
    answered: Option<String>,
    /// The first meeting, once planned and until it is held.
    meeting: Option<String>,
    agreement_to_sign: bool,
    started: bool,
    error: Option<String>,
    /// The reason typed for a decline, given back with a refusal.
    reason: String,
}

async fn proposal_view(
    app: &AppState,
    ctx: &Ctx,
    pair: &Pair,
    side: Kind,
    (error, reason): (Option<String>, &str),
) -> Result<axum::response::Html<String>, AppError> {
    let other_side_id = pair.member(side.other()).participant_id;
    let other = app.store.participant(other_side_id).await?.ok_or(AppError::NotFound)?;
    let mine = pair.state().answer_of(side);
    let answered = (mine != Answer::Waiting).then(|| ctx.tr.t(&format!("pair-answer-{}", mine.as_str())));
    let meeting = first_meeting(&ctx.tr, pair);
    let title =
        ctx.tr.t(if side == Kind::Mentor { "pair-proposal-title-mentor" } else { "pair-proposal-title-mentee" });
    render(&ProposalPage {
        c: Chrome::new(ctx, title),
        id: pair.id,
        other: other_side(&ctx.tr, &other),
        answered,
        meeting,
        agreement_to_sign: pair.state().waiting_for(side).contains(&m4m_domain::pairing::Waiting::SignAgreement),
        started: pair.status == PairStatus::Active,
        error,
        reason: reason.to_owned(),
    })
}

/// `GET /pairs/{id}/proposal`
async fn proposal(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (pair, side) = own_pair(&app, &user, id).await?;
    Ok(proposal_view(&app, &ctx, &pair, side, (None, "")).await?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    answer: String,
    reason: String,
}

/// `POST /pairs/{id}/answer`
async fn answer(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let (pair, side) = own_pair(&app, &user, id).await?;
    let accept = match f.answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    if let Err(refusal) = pair.state().check(PairChange::Answer(side), m4m_store::now()) {
        let page = proposal_view(&app, &ctx, &pair, side, (Some(ctx.tr.t(refusal.key())), &f.reason)).await?;
        return Ok((StatusCode::CONFLICT, page).into_response());
    }
    match check_answer(accept, &f.reason) {
        Ok(reason) => {
            app.store.answer_proposal(user.id, pair.id, side, accept, &reason).await?;
            Ok(Redirect::to(&format!("/pairs/{id}/proposal")).into_response())
        }
        Err(e) => {
            let page = proposal_view(&app, &ctx, &pair, side, (Some(ctx.tr.t(e.key)), &f.reason)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "pair_setup.html")]
struct SetupPage {
    c: Chrome,
    id: i64,
    notice: Option<String>,
    error: Option<String>,
    status: String,
    /// Step, done.
    checklist: Vec<(String, bool)>,
    meeting: Option<String>,
    accepted: bool,
    held: bool,
    agreement: Option<AgreementView>,
    /// Area key, name, checked.
    goals: Vec<(String, String, bool)>,
    rhythms: Vec<(String, String, bool)>,
    note: String,
    typed: Typed,
}

/// What staff typed in the set-up page's forms, given back with a 422.
#[derive(Default)]
struct Typed {
    date: String,
    time: String,
    place: String,
    goals_text: String,
    months: String,
    boundaries: String,
    /// Whether confidentiality was ticked as explained.
    confidentiality: bool,
    /// The agreement's typed goals and rhythm, when it was the agreement
    /// form that was refused.
    agreement: Option<(Vec<String>, String)>,
}

impl Typed {
    /// The forms as they first appear: an agreement of six months.
    fn blank() -> Typed {
        Typed { months: "6".to_owned(), ..Typed::default() }
    }
}

/// An agreement as shown.
pub struct AgreementView {
    pub goals: String,
    pub goals_text: String,
    pub rhythm: String,
    pub months: String,
    pub boundaries: String,
}

fn agreement_view(tr: &Tr, a: &Agreement) -> AgreementView {
    AgreementView {
        goals: a.goals.iter().map(|g| tr.t(&format!("area-{g}"))).collect::<Vec<_>>().join(", "),
        goals_text: a.goals_text.clone(),
        rhythm: tr.t(&format!("rhythm-{}", a.rhythm)),
        months: tr.args("pair-months", &[("months", Arg::Num(i64::from(a.months)))]),
        boundaries: a.boundaries.clone(),
    }
}

async fn setup_view(
    app: &AppState,
    ctx: &Ctx,
    pair: &Pair,
    notice: Option<String>,
    error: Option<String>,
    typed: Typed,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let mentee = app.store.participant(pair.mentee.participant_id).await?.ok_or(AppError::NotFound)?;
    let (mentor_name, mentee_name) =
        (fmt::first_name(&tr, &pair.mentor.first_name), fmt::first_name(&tr, &pair.mentee.first_name));
    let s = pair.state();
    let answer = |a: Answer| match a {
        Answer::Waiting => tr.t("pair-answer-waiting"),
        a => tr.t(&format!("pair-checklist-{}", a.as_str())),
    };
    let checklist = vec![
        (format!("{mentor_name}: {}", answer(s.mentor_answer)), s.mentor_answer == Answer::Accepted),
        (format!("{mentee_name}: {}", answer(s.mentee_answer)), s.mentee_answer == Answer::Accepted),
        (tr.t("pair-step-meeting"), s.first_meeting_held),
        (tr.t("pair-step-agreement"), s.agreement_written),
        (tr.t("pair-step-signatures"), s.agreement_accepted()),
    ];
    let meeting = first_meeting(&tr, pair);
    let current = pair.agreement.clone();
    let goals = AREAS
        .iter()
        .map(|a| {
            let checked = match (&typed.agreement, &current) {
                (Some((goals, _)), _) => goals.iter().any(|g| g == a),
                (None, Some(c)) => c.goals.iter().any(|g| g == a),
                (None, None) => mentee.areas.iter().any(|x| x == a),
            };
            ((*a).to_owned(), tr.t(&format!("area-{a}")), checked)
        })
        .collect();
    let rhythm = match (&typed.agreement, &current) {
        (Some((_, r)), _) => r.clone(),
        (None, Some(c)) => c.rhythm.clone(),
        (None, None) => "weekly".to_owned(),
    };
    render(&SetupPage {
        c: Chrome::new(ctx, format!("{mentee_name} ↔ {mentor_name}")),
        id: pair.id,
        notice,
        error,
        status: tr.t(&format!("pair-status-{}", pair.status.as_str())),
        checklist,
        meeting,
        accepted: pair.status == PairStatus::Accepted,
        held: s.first_meeting_held,
        agreement: current.as_ref().map(|a| agreement_view(&tr, a)),
        goals,
        rhythms: RHYTHMS.iter().map(|r| ((*r).to_owned(), tr.t(&format!("rhythm-{r}")), *r == rhythm)).collect(),
        note: pair.decision_note.clone(),
        typed,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    done: Option<String>,
}

/// `GET /pairs/{id}/setup`: staff follow the pair to its start.
async fn setup(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let pair = staff_pair(&app, &user, id).await?;
    crate::access::record_pair_read(&app, &user, id, &pair.members()).await?;
    let notice = q.done.map(|_| ctx.tr.t("pair-saved"));
    Ok(setup_view(&app, &ctx, &pair, notice, None, Typed::blank()).await?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MeetingForm {
    date: String,
    time: String,
    place: String,
}

async fn refuse(app: &AppState, ctx: &Ctx, pair: &Pair, key: &'static str, typed: Typed) -> Result<Response, AppError> {
    let page = setup_view(app, ctx, pair, None, Some(ctx.tr.t(key)), typed).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// `POST /pairs/{id}/meeting`: the first meeting's date and place.
async fn meeting(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<MeetingForm>,
) -> Result<Response, AppError> {
    let pair = staff_pair(&app, &user, id).await?;
    let date = m4m_domain::programme::parse_date("date", &f.date);
    let time = time::Time::parse(f.time.trim(), time::macros::format_description!("[hour]:[minute]"));
    let place = m4m_domain::account::parse_long_text("place", &f.place, 160);
    let typed = || Typed { date: f.date.clone(), time: f.time.clone(), place: f.place.clone(), ..Typed::blank() };
    let (Ok(date), Ok(time), Ok(place)) = (date, time, place) else {
        return refuse(&app, &ctx, &pair, "pair-meeting-invalid", typed()).await;
    };
    if let Err(refusal) = pair.state().check(PairChange::PlanFirstMeeting, m4m_store::now()) {
        return refuse(&app, &ctx, &pair, refusal.key(), typed()).await;
    }
    // Typed on the coordinator's wall clock.
    let at = ctx.tr.zone.unix(date.with_time(time));
    app.store.schedule_first_meeting(user.id, pair.id, at, &place).await?;
    Ok(Redirect::to(&format!("/pairs/{id}/setup?done=1")).into_response())
}

/// `POST /pairs/{id}/held`: the first meeting took place.
async fn held(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let pair = staff_pair(&app, &user, id).await?;
    if let Err(refusal) = pair.state().check(PairChange::FirstMeetingHeld, m4m_store::now()) {
        return refuse(&app, &ctx, &pair, refusal.key(), Typed::blank()).await;
    }
    app.store.first_meeting_held(user.id, pair.id).await?;
    Ok(Redirect::to(&format!("/pairs/{id}/setup?done=1")).into_response())
}

#[derive(Template)]
#[template(path = "pair_agreement.html")]
struct AgreementPage {
    c: Chrome,
    id: i64,
    agreement: Option<AgreementView>,
    signed: bool,
}

/// `GET /pairs/{id}/agreement`: the pair's members read and accept it.
async fn agreement_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (pair, side) = own_pair(&app, &user, id).await?;
    let signed = pair.state().signed_by(side);
    Ok(render(&AgreementPage {
        c: Chrome::new(&ctx, ctx.tr.t("pair-agreement-title")),
        id,
        agreement: pair.agreement.as_ref().map(|a| agreement_view(&ctx.tr, a)),
        signed,
    })?
    .into_response())
}

/// `POST /pairs/{id}/agreement`: staff write the agreement with the pair.
async fn save_agreement(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pair = staff_pair(&app, &user, id).await?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map_or("", |(_, v)| v.as_str());
    let typed = || Typed {
        goals_text: get("goals_text").to_owned(),
        months: get("months").to_owned(),
        boundaries: get("boundaries").to_owned(),
        confidentiality: get("confidentiality") == "yes",
        agreement: Some((
            fields.iter().filter(|(k, _)| k == "goals").map(|(_, v)| v.clone()).collect(),
            get("rhythm").to_owned(),
        )),
        ..Typed::blank()
    };
    if let Err(refusal) = pair.state().check(PairChange::WriteAgreement, m4m_store::now()) {
        return refuse(&app, &ctx, &pair, refusal.key(), typed()).await;
    }
    let form = AgreementForm {
        goals: fields.iter().filter(|(k, _)| k == "goals").map(|(_, v)| v.as_str()).collect(),
        goals_text: get("goals_text"),
        rhythm: get("rhythm"),
        months: get("months"),
        boundaries: get("boundaries"),
        confidentiality: get("confidentiality") == "yes",
    };
    match Agreement::parse(&form) {
        Ok(a) => {
            app.store.save_agreement(user.id, pair.id, &a).await?;
            Ok(Redirect::to(&format!("/pairs/{id}/setup?done=1")).into_response())
        }
        Err(Validation(errors)) => {
            refuse(&app, &ctx, &pair, errors.first().map_or("error-400-text", |e| e.key), typed()).await
        }
    }
}

/// `POST /pairs/{id}/sign`: a member accepts the agreement; staff record a
/// paper signature.
async fn sign(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let pair = app.store.pair(id).await?.ok_or(AppError::NotFound)?;
    if let Some(side) = pair.side_of(user.id) {
        let (pair, _) = own_pair(&app, &user, id).await?;
        if pair.state().check(PairChange::Sign(Some(side)), m4m_store::now()).is_err() {
            return Err(AppError::Conflict);
        }
        app.store.sign_agreement(user.id, id, Some(side)).await?;
        return Ok(Redirect::to(&format!("/pairs/{id}/agreement")).into_response());
    }
    let pair = staff_pair(&app, &user, id).await?;
    if let Err(refusal) = pair.state().check(PairChange::Sign(None), m4m_store::now()) {
        return refuse(&app, &ctx, &pair, refusal.key(), Typed::blank()).await;
    }
    app.store.sign_agreement(user.id, id, None).await?;
    Ok(Redirect::to(&format!("/pairs/{id}/setup?done=1")).into_response())
}
