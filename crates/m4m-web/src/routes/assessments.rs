//! Step 3: questionnaires filled in — by the person on their phone, one
//! question per screen, or by staff during an interview, all on one page —
//! the starting point (baseline) per integration area, and the
//! organisation's questionnaires with their versions.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::area::Scored;
use m4m_domain::moment::Moment;
use m4m_domain::participant::Kind as ParticipantKind;
use m4m_domain::permission::Action;
use m4m_domain::questionnaire::{Answer, Answers, Definition, Kind, Question, QuestionKind};
use m4m_store::StoreError;
use m4m_store::pairing::AccountPairs;
use m4m_store::questionnaires::Response as StoredResponse;
use m4m_store::registration::Participant;
use serde::Deserialize;

use crate::AppState;
use crate::access::{organisation_for, participant_for};
use crate::chart::{Bar, Group, bars, grouped};
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};

/// The routes of step 3: the person's own questionnaire, staff's, and the
/// organisation's questionnaires.
pub fn router() -> Routes {
    Routes::new()
        .route("/assessment", get(start))
        .route("/assessment/{id}/review", get(review))
        .route("/assessment/{id}/complete", post(complete))
        .route("/assessment/{id}/done", get(done))
        .route("/assessment/{id}/{n}", get(question).post(answer))
        .route("/people/{id}/questionnaires/{kind}", get(staff_fill).post(staff_save))
        .route("/questionnaires", get(list))
        .route("/questionnaires/{kind}", get(edit).post(save))
}

/// The moment of step 3's questionnaires.
pub const INITIAL: &str = "initial";

/// One question ready to draw.
pub struct QuestionView {
    pub key: String,
    pub text: String,
    pub help: String,
    /// `scale`, `single`, `multiple`, `number`, `date` or `text`.
    pub control: &'static str,
    /// Value, label, checked.
    pub options: Vec<(String, String, bool)>,
    pub value: String,
    pub min: i64,
    pub max: i64,
    pub low: String,
    pub high: String,
    pub icon: &'static str,
    pub required: bool,
    pub error: Option<String>,
}

/// Draws a question in `lang`, filled with `values` (as sent or stored).
pub fn question_view(tr: &Tr, q: &Question, values: &[String], error: Option<&'static str>) -> QuestionView {
    let lang = tr.lang.code;
    let value = values.first().cloned().unwrap_or_default();
    let mut view = QuestionView {
        key: q.key.clone(),
        text: q.text.get(lang).to_owned(),
        help: q.help.as_ref().map(|h| h.get(lang).to_owned()).unwrap_or_default(),
        control: "text",
        options: Vec::new(),
        value: value.clone(),
        min: 0,
        max: 0,
        low: String::new(),
        high: String::new(),
        icon: q.area.map_or("", Scored::icon),
        required: q.required,
        error: error.map(|k| match k {
            "error-number-range" => {
                let (min, max) = match q.kind {
                    QuestionKind::Number { min, max } => (min, max),
                    _ => (0, 0),
                };
                tr.args(k, &[("min", Arg::Num(min)), ("max", Arg::Num(max))])
            }
            _ => tr.t(k),
        }),
    };
    match &q.kind {
        QuestionKind::Scale { min, max, low, high } => {
            view.control = "scale";
            view.options = (*min..=*max).map(|v| (v.to_string(), v.to_string(), value == v.to_string())).collect();
            view.low = low.get(lang).to_owned();
            view.high = high.get(lang).to_owned();
        }
        QuestionKind::SingleChoice { options } => {
            view.control = "single";
            view.options =
                options.iter().map(|o| (o.key.clone(), o.text.get(lang).to_owned(), value == o.key)).collect();
        }
        QuestionKind::MultipleChoice { options } => {
            view.control = "multiple";
            view.options =
                options.iter().map(|o| (o.key.clone(), o.text.get(lang).to_owned(), values.contains(&o.key))).collect();
        }
        QuestionKind::Number { min, max } => {
            view.control = "number";
            view.min = *min;
            view.max = *max;
        }
        QuestionKind::Date => view.control = "date",
        QuestionKind::FreeText { max_chars } => {
            view.control = "text";
            view.max = i64::from(*max_chars);
        }
    }
    view
}

/// The self-assessment kind for a participant.
pub fn self_assessment(kind: ParticipantKind) -> Kind {
    match kind {
        ParticipantKind::Mentor => Kind::BuddySelfAssessment,
        ParticipantKind::Mentee => Kind::NewcomerSelfAssessment,
    }
}

/// The questionnaires staff fill in about a participant, in order.
pub fn kinds_for(kind: ParticipantKind) -> [Kind; 2] {
    match kind {
        ParticipantKind::Mentor => [Kind::BuddyInterview, Kind::BuddySelfAssessment],
        ParticipantKind::Mentee => [Kind::NewcomerIntake, Kind::NewcomerSelfAssessment],
    }
}

/// Where a participant stands per area at each self-assessment done —
/// the start (baseline), mid-term, the end — as a chart and a table, once
/// the first is done.
pub struct Baseline {
    pub svg: String,
    /// What the chart shows (autonomy per area, or a buddy's confidence
    /// per competence): its title and the caption under it.
    pub title: String,
    /// The heading of the table's first column: area or competence.
    pub heading: String,
    /// The names of the moments done, in order, the start first: the
    /// columns of the table.
    pub moments: Vec<String>,
    /// One row per area: empty when the questionnaire scores no area (then
    /// the page says when it was done).
    pub rows: Vec<BaselineRow>,
    /// "Done on …".
    pub done: String,
}

/// One area of [`Baseline`]'s table.
pub struct BaselineRow {
    pub area: String,
    /// The score at each moment done (empty where that one has none for
    /// the area).
    pub scores: Vec<String>,
    /// From the start to the latest moment with a score ("+1,0", "−0,5",
    /// "±0,0"); empty with one moment only.
    pub change: String,
}

/// The baseline of a participant and the later self-assessments done, if
/// their initial self-assessment is done.
pub async fn baseline(app: &AppState, tr: &Tr, participant: &Participant) -> Result<Option<Baseline>, AppError> {
    let done = app.store.completed_responses(participant.id, self_assessment(participant.kind)).await?;
    baseline_from(app, tr, participant, &done).await
}

/// [`baseline`] from the person's completed self-assessments
/// ([`m4m_store::Store::completed_responses`]), read once by a page that
/// needs them for more: their scores in one statement.
pub async fn baseline_from(
    app: &AppState,
    tr: &Tr,
    participant: &Participant,
    done: &[StoredResponse],
) -> Result<Option<Baseline>, AppError> {
    let of = |m: Moment| done.iter().find(|r| r.moment == m.as_str());
    let Some(r) = of(Moment::Initial) else {
        return Ok(None);
    };
    // Each moment done, the start first, with its scores.
    let taken: Vec<(Moment, &StoredResponse)> = Moment::ALL.into_iter().filter_map(|m| of(m).map(|r| (m, r))).collect();
    let ids: Vec<i64> = taken.iter().map(|(_, r)| r.id).collect();
    let mut all_scores = app.store.area_scores_of(&ids).await?.into_iter();
    let scores = all_scores.next().unwrap_or_default();
    let buddy = participant.kind == ParticipantKind::Mentor;
    let heading = tr.t(if buddy { "baseline-competence" } else { "baseline-area" });
    let done = tr.args("baseline-done-on", &[("date", Arg::Text(&tr.date_of(r.completed_at.unwrap_or_default())))]);
    // Done is done: a questionnaire without scored areas (a buddy's, say)
    // is not asked for again.
    if scores.is_empty() {
        return Ok(Some(Baseline {
            svg: String::new(),
            title: String::new(),
            heading,
            moments: Vec::new(),
            rows: Vec::new(),
            done,
        }));
    }
    let mut moments = vec![(Moment::Initial, scores)];
    moments.extend(taken[1..].iter().map(|(m, _)| *m).zip(all_scores));
    // The areas of the start, then any only a later version asked about.
    let mut areas: Vec<&str> = Vec::new();
    for (_, scores) in &moments {
        for s in scores {
            if !areas.contains(&s.area.as_str()) {
                areas.push(&s.area);
            }
        }
    }
    // An area or a buddy's competence; a name no version of m4m knows
    // (an edited definition cannot store one) shows as it is stored.
    let label = |area: &str| Scored::parse(area).map_or_else(|| area.to_owned(), |s| tr.t(s.key()));
    let shown = |mean: f64| {
        tr.args("baseline-of-five", &[("score", Arg::Text(&crate::fmt::decimal(tr, mean, 1))), ("max", Arg::Num(5))])
    };
    let score = |m: usize, area: &str| moments[m].1.iter().find(|s| s.area == area);
    let rows: Vec<BaselineRow> = areas
        .iter()
        .map(|area| {
            let scores =
                (0..moments.len()).map(|m| score(m, area).map(|s| shown(s.mean)).unwrap_or_default()).collect();
            let latest = (1..moments.len()).rev().find_map(|m| score(m, area));
            let change = match (score(0, area), latest) {
                (Some(start), Some(latest)) => {
                    let delta = latest.mean - start.mean;
                    let sign = if delta > 0.05 {
                        "+"
                    } else if delta < -0.05 {
                        "−"
                    } else {
                        "±"
                    };
                    format!("{sign}{}", crate::fmt::decimal(tr, delta.abs(), 1))
                }
                _ => String::new(),
            };
            BaselineRow { area: label(area), scores, change }
        })
        .collect();
    let names: Vec<String> = moments.iter().map(|(m, _)| tr.t(m.key())).collect();
    let rtl = tr.dir() == "rtl";
    let title = tr.t(match (buddy, moments.len() > 1) {
        (false, false) => "baseline-chart-title",
        (false, true) => "baseline-moments-chart-title",
        (true, false) => "baseline-competences-chart-title",
        (true, true) => "baseline-competences-moments-chart-title",
    });
    let svg = if let [(_, only)] = moments.as_slice() {
        let data: Vec<Bar> =
            only.iter().map(|s| Bar { label: label(&s.area), value: s.normalised, shown: shown(s.mean) }).collect();
        bars(&title, &data, rtl)
    } else {
        let groups: Vec<Group> = areas
            .iter()
            .map(|area| Group {
                label: label(area),
                values: (0..moments.len()).map(|m| score(m, area).map(|s| (s.normalised, shown(s.mean)))).collect(),
            })
            .collect();
        grouped(&title, &names, &groups, rtl)
    };
    Ok(Some(Baseline { svg, title, heading, moments: names, rows, done }))
}

// ---- The person's own, one question per screen ----

/// A response the asker may fill: their own, still open.
async fn own_response(app: &AppState, user: &CurrentUser, id: i64) -> Result<(StoredResponse, Definition), AppError> {
    let response = app.store.response(id).await?.ok_or(AppError::NotFound)?;
    let participant = app.store.participant(response.participant_id).await?.ok_or(AppError::NotFound)?;
    if participant.user_id != Some(user.id) {
        return Err(AppError::NotFound);
    }
    let version = app.store.questionnaire_version(response.version_id).await?.ok_or(AppError::NotFound)?;
    Ok((response, version.definition))
}

/// The self-assessment due for a person now ([`m4m_domain::moment::due`]):
/// the initial one, the final one once their pair has closed (and no
/// other runs), the mid-term one once their pair has run the programme's
/// weeks.
pub async fn due_moment(
    app: &AppState,
    user_id: i64,
    participant_id: i64,
    kind: Kind,
) -> Result<Option<Moment>, AppError> {
    let done = app.store.completed_responses(participant_id, kind).await?;
    let pairs = app.store.pairs_of_account(user_id).await?;
    due_moment_from(app, &done, &pairs).await
}

/// [`due_moment`] from what a page has read already: the person's
/// completed self-assessments of the kind asked and their account's
/// pairs.
pub async fn due_moment_from(
    app: &AppState,
    done: &[StoredResponse],
    pairs: &AccountPairs,
) -> Result<Option<Moment>, AppError> {
    let done: Vec<Moment> = Moment::ALL.into_iter().filter(|m| done.iter().any(|r| r.moment == m.as_str())).collect();
    let today = time::OffsetDateTime::now_utc().date();
    let running = &pairs.running;
    let started = running
        .iter()
        .filter(|p| p.status == m4m_domain::pairing::PairStatus::Active)
        .filter_map(|p| p.started_on.map(|d| (p.programme_id, d)))
        .min_by_key(|(_, d)| *d);
    let closed = running.is_empty()
        && pairs
            .closed
            .iter()
            .filter_map(|p| p.closing.as_ref())
            .any(|c| m4m_domain::closing::still_asked(c.closed_on, today));
    let weeks = match started {
        Some((programme, _)) => app.store.midterm_weeks(programme).await?,
        None => 0,
    };
    Ok(m4m_domain::moment::due(&done, started.map(|(_, d)| d), weeks, closed, today))
}

/// `GET /assessment`: the person's own self-assessment — started,
/// continued, or its result.
pub async fn start(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Response, AppError> {
    let mine = app.store.participants_of_user(user.id).await?;
    let Some((participant_id, organisation_id, kind)) = mine.into_iter().next() else {
        return Err(AppError::NotFound);
    };
    let kind = self_assessment(ParticipantKind::parse(&kind).unwrap_or(ParticipantKind::Mentee));
    let Some(moment) = due_moment(&app, user.id, participant_id, kind).await? else {
        // Nothing due: the latest one done.
        for m in [Moment::Final, Moment::Midterm, Moment::Initial] {
            if let Some(done) = app.store.completed_response(participant_id, kind, m.as_str()).await? {
                return Ok(Redirect::to(&format!("/assessment/{}/done", done.id)).into_response());
            }
        }
        return Err(AppError::NotFound);
    };
    let r =
        app.store.open_response(participant_id, organisation_id, kind, moment.as_str(), Some(user.id), false).await?;
    let version = app.store.questionnaire_version(r.version_id).await?.ok_or(AppError::NotFound)?;
    // Continue where the person stopped.
    let next = version.definition.questions().position(|q| r.answers.get(&q.key).is_none()).unwrap_or(0) + 1;
    Ok(Redirect::to(&format!("/assessment/{}/{next}", r.id)).into_response())
}

#[derive(Template)]
#[template(path = "assessment_step.html")]
struct Step {
    c: Chrome,
    id: i64,
    n: usize,
    total: usize,
    progress: String,
    q: QuestionView,
}

fn step_page(
    ctx: &Ctx,
    id: i64,
    n: usize,
    def: &Definition,
    values: &[String],
    error: Option<&'static str>,
) -> Result<Step, AppError> {
    let total = def.questions().count();
    let q = def.questions().nth(n - 1).ok_or(AppError::NotFound)?;
    Ok(Step {
        c: Chrome::new(ctx, ctx.tr.t("assess-title")),
        id,
        n,
        total,
        progress: ctx.tr.args("assess-question-of", &[("n", Arg::Num(n as i64)), ("total", Arg::Num(total as i64))]),
        q: question_view(&ctx.tr, q, values, error),
    })
}

/// `GET /assessment/{id}/{n}`
pub async fn question(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, n)): Path<(i64, usize)>,
) -> Result<Response, AppError> {
    let (r, def) = own_response(&app, &user, id).await?;
    if r.completed_at.is_some() {
        return Ok(Redirect::to(&format!("/assessment/{id}/done")).into_response());
    }
    if n == 0 {
        return Err(AppError::NotFound);
    }
    let key = def.questions().nth(n - 1).ok_or(AppError::NotFound)?.key.clone();
    let values = r.answers.get(&key).map(Answer::form_values).unwrap_or_default();
    Ok(render(&step_page(&ctx, id, n, &def, &values, None)?)?.into_response())
}

/// `POST /assessment/{id}/{n}`: saves one answer and goes on.
pub async fn answer(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, n)): Path<(i64, usize)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (r, def) = own_response(&app, &user, id).await?;
    if r.completed_at.is_some() {
        return Err(AppError::Conflict);
    }
    let q = def.questions().nth(n.wrapping_sub(1)).ok_or(AppError::NotFound)?;
    let values: Vec<&str> = fields.iter().filter(|(k, _)| *k == q.key).map(|(_, v)| v.as_str()).collect();
    let going_back = fields.iter().any(|(k, _)| k == "back");
    match def.parse_one(&q.key, &values) {
        // An empty required answer may wait until the review.
        Ok(answer) => {
            let mut answers = r.answers.clone();
            answers.set(&q.key, answer);
            app.store.save_answers(id, &answers).await?;
        }
        Err(e) if e.key == "error-required" => {}
        Err(e) => {
            let sent: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
            let page = step_page(&ctx, id, n, &def, &sent, Some(e.key))?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
        }
    }
    let total = def.questions().count();
    let target = if going_back {
        format!("/assessment/{id}/{}", n.saturating_sub(1).max(1))
    } else if n >= total {
        format!("/assessment/{id}/review")
    } else {
        format!("/assessment/{id}/{}", n + 1)
    };
    Ok(Redirect::to(&target).into_response())
}

#[derive(Template)]
#[template(path = "assessment_review.html")]
struct Review {
    c: Chrome,
    id: i64,
    /// Number, question, answer shown, missing and required.
    rows: Vec<(usize, String, String, bool)>,
    missing: bool,
}

/// An answer as text in the reader's language.
pub fn answer_text(tr: &Tr, q: &Question, a: Option<&Answer>) -> String {
    let lang = tr.lang.code;
    let label = |key: &str| match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
            options.iter().find(|o| o.key == key).map_or(key.to_owned(), |o| o.text.get(lang).to_owned())
        }
        _ => key.to_owned(),
    };
    match a {
        None => tr.t("assess-not-answered"),
        Some(Answer::Scale(v)) => match &q.kind {
            QuestionKind::Scale { max, .. } => {
                tr.args("baseline-of-five", &[("score", Arg::Text(&v.to_string())), ("max", Arg::Num(i64::from(*max)))])
            }
            _ => v.to_string(),
        },
        Some(Answer::Choice(c)) => label(c),
        Some(Answer::Choices(cs)) => cs.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::Date(d)) => m4m_domain::programme::format_date(*d),
        Some(Answer::Text(t)) => t.clone(),
    }
}

async fn review_page(ctx: &Ctx, id: i64, def: &Definition, answers: &Answers) -> Result<Review, AppError> {
    let rows: Vec<(usize, String, String, bool)> = def
        .questions()
        .enumerate()
        .map(|(i, q)| {
            let a = answers.get(&q.key);
            (i + 1, q.text.get(ctx.tr.lang.code).to_owned(), answer_text(&ctx.tr, q, a), q.required && a.is_none())
        })
        .collect();
    let missing = rows.iter().any(|r| r.3);
    Ok(Review { c: Chrome::new(ctx, ctx.tr.t("assess-review-title")), id, rows, missing })
}

/// `GET /assessment/{id}/review`
pub async fn review(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (r, def) = own_response(&app, &user, id).await?;
    if r.completed_at.is_some() {
        return Ok(Redirect::to(&format!("/assessment/{id}/done")).into_response());
    }
    Ok(render(&review_page(&ctx, id, &def, &r.answers).await?)?.into_response())
}

/// `POST /assessment/{id}/complete`
pub async fn complete(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (r, def) = own_response(&app, &user, id).await?;
    if r.completed_at.is_some() {
        return Ok(Redirect::to(&format!("/assessment/{id}/done")).into_response());
    }
    match def.validate(&r.answers) {
        Ok(answers) => {
            let scores = def.baseline(&answers);
            app.store.complete_response(Some(user.id), id, &answers, &scores).await?;
            Ok(Redirect::to(&format!("/assessment/{id}/done")).into_response())
        }
        Err(_) => Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&review_page(&ctx, id, &def, &r.answers).await?)?)
            .into_response()),
    }
}

#[derive(Template)]
#[template(path = "assessment_done.html")]
struct Done {
    c: Chrome,
    /// What was just saved means: a start, a half-way look, an end.
    text: String,
    /// The table's heading: the starting point, or the change since.
    heading: String,
    baseline: Option<Baseline>,
}

/// `GET /assessment/{id}/done`: thanks, and the starting point.
pub async fn done(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let response = app.store.response(id).await?.ok_or(AppError::NotFound)?;
    let participant = app.store.participant(response.participant_id).await?.ok_or(AppError::NotFound)?;
    if participant.user_id != Some(user.id) || response.completed_at.is_none() {
        return Err(AppError::NotFound);
    }
    let baseline = baseline(&app, &ctx.tr, &participant).await?;
    let tr = &ctx.tr;
    let text = tr.t(match Moment::parse(&response.moment) {
        Some(Moment::Final) => "assess-done-final",
        Some(Moment::Midterm) => "assess-done-midterm",
        _ => "assess-done-text",
    });
    let several = baseline.as_ref().is_some_and(|b| b.moments.len() > 1);
    let heading = tr.t(if several { "baseline-change-title" } else { "baseline-title" });
    Ok(render(&Done { c: Chrome::new(&ctx, tr.t("assess-done-title")), text, heading, baseline })?.into_response())
}

// ---- Staff: all questions on one page ----

#[derive(Template)]
#[template(path = "questionnaire_form.html")]
struct StaffForm {
    c: Chrome,
    action: String,
    person: i64,
    /// Section title, its questions.
    sections: Vec<(String, Vec<QuestionView>)>,
    /// The summary above the form: question key, its text and message.
    errors: Vec<(String, String)>,
    done_note: Option<String>,
}

fn staff_form(
    ctx: &Ctx,
    p: &Participant,
    kind: Kind,
    def: &Definition,
    values: &[(String, String)],
    errors: &[(String, &'static str)],
    done_note: Option<String>,
) -> StaffForm {
    let sections = section_views(&ctx.tr, def, values, errors);
    // From the errors themselves, not from the questions drawn: an error
    // about no question shown must still be listed.
    let summary = errors
        .iter()
        .map(|(key, message)| {
            let message = ctx.tr.t(message);
            let text = sections.iter().flat_map(|(_, qs)| qs).find(|q| q.key == *key).map(|q| q.text.as_str());
            (key.clone(), text.map_or_else(|| message.clone(), |t| format!("{t}: {message}")))
        })
        .collect();
    StaffForm {
        c: Chrome::new(
            ctx,
            format!("{} · {} {}", ctx.tr.t(&format!("q-kind-{}", kind.as_str())), p.first_name, p.last_name),
        ),
        action: format!("/people/{}/questionnaires/{}", p.id, kind.as_str()),
        person: p.id,
        sections,
        errors: summary,
        done_note,
    }
}

/// Every section of a definition as its title and drawn questions, filled
/// with `values` and marked with `errors`.
fn section_views(
    tr: &Tr,
    def: &Definition,
    values: &[(String, String)],
    errors: &[(String, &'static str)],
) -> Vec<(String, Vec<QuestionView>)> {
    def.sections
        .iter()
        .map(|s| {
            let questions = s
                .questions
                .iter()
                .map(|q| {
                    let vals: Vec<String> =
                        values.iter().filter(|(k, _)| *k == q.key).map(|(_, v)| v.clone()).collect();
                    let err = errors.iter().find(|(k, _)| *k == q.key).map(|(_, e)| *e);
                    question_view(tr, q, &vals, err)
                })
                .collect();
            (s.title.get(tr.lang.code).to_owned(), questions)
        })
        .collect()
}

fn staff_kind(p: &Participant, kind: &str) -> Result<Kind, AppError> {
    Kind::parse(kind).filter(|k| kinds_for(p.kind).contains(k)).ok_or(AppError::NotFound)
}

/// `GET /people/{id}/questionnaires/{kind}`: the form, filled with the
/// latest answers when there are some.
pub async fn staff_fill(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let kind = staff_kind(&p, &kind)?;
    let version = app.store.current_questionnaire(p.organisation_id, kind).await?;
    let previous = app.store.completed_response(p.id, kind, INITIAL).await?;
    // Showing someone's answers is a read of their record.
    app.store.audit(Some(user.id), "participant.answers_read", &format!("participant:{}", p.id), kind.as_str()).await?;
    let values: Vec<(String, String)> = previous
        .as_ref()
        .map(|r| {
            r.answers.iter().flat_map(|(k, a)| a.form_values().into_iter().map(move |v| (k.to_owned(), v))).collect()
        })
        .unwrap_or_default();
    let note = previous.map(|r| {
        ctx.tr.args("q-done-on", &[("date", Arg::Text(&ctx.tr.when(r.completed_at.unwrap_or(r.started_at))))])
    });
    Ok(render(&staff_form(&ctx, &p, kind, &version.definition, &values, &[], note))?.into_response())
}

/// `POST /people/{id}/questionnaires/{kind}`: all answers at once,
/// recorded as filled in by staff.
pub async fn staff_save(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, kind)): Path<(i64, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let kind = staff_kind(&p, &kind)?;
    let version = app.store.current_questionnaire(p.organisation_id, kind).await?;
    match version.definition.parse_answers(&fields) {
        Ok(answers) => {
            let scores = version.definition.baseline(&answers);
            let r = app.store.open_response(p.id, p.organisation_id, kind, INITIAL, Some(user.id), true).await?;
            app.store.complete_response(Some(user.id), r.id, &answers, &scores).await?;
            Ok(Redirect::to(&format!("/people/{}?saved=1", p.id)).into_response())
        }
        Err(errors) => {
            let errors: Vec<(String, &'static str)> = errors.into_iter().map(|e| (e.question, e.key)).collect();
            let page = staff_form(&ctx, &p, kind, &version.definition, &fields, &errors, None);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

// ---- The organisation's questionnaires ----

#[derive(Template)]
#[template(path = "questionnaires.html")]
struct List {
    c: Chrome,
    notice: Option<String>,
    /// Kind key, name, version, responses.
    rows: Vec<(String, String, String, String)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    version: Option<i64>,
}

/// `GET /questionnaires`
pub async fn list(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<Saved>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageParticipant, None)?;
    let tr = ctx.tr;
    let rows = app
        .store
        .questionnaires(org)
        .await?
        .into_iter()
        .map(|s| {
            (
                s.kind.as_str().to_owned(),
                tr.t(&format!("q-kind-{}", s.kind.as_str())),
                tr.args("q-version", &[("version", Arg::Num(s.current.version))]),
                tr.n("q-responses", s.responses),
            )
        })
        .collect();
    let notice = q.version.map(|v| tr.args("q-new-version-saved", &[("version", Arg::Num(v))]));
    Ok(render(&List { c: Chrome::new(&ctx, tr.t("questionnaires-title")), notice, rows })?.into_response())
}

#[derive(Template)]
#[template(path = "questionnaire_edit.html")]
struct Edit {
    c: Chrome,
    kind: String,
    version: String,
    /// The version the edit starts from, sent back with the form.
    after: i64,
    json: String,
    error: Option<String>,
    sections: Vec<(String, Vec<QuestionView>)>,
}

fn edit_page(ctx: &Ctx, kind: Kind, version: i64, def: &Definition, json: String, error: Option<String>) -> Edit {
    Edit {
        c: Chrome::new(ctx, ctx.tr.t(&format!("q-kind-{}", kind.as_str()))),
        kind: kind.as_str().to_owned(),
        version: ctx.tr.args("q-version", &[("version", Arg::Num(version))]),
        after: version,
        json,
        error,
        sections: section_views(&ctx.tr, def, &[], &[]),
    }
}

/// `GET /questionnaires/{kind}`
pub async fn edit(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(kind): Path<String>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageParticipant, None)?;
    let kind = Kind::parse(&kind).ok_or(AppError::NotFound)?;
    let current = app.store.current_questionnaire(org, kind).await?;
    let json = serde_json::to_string_pretty(&current.definition).map_err(AppError::failed)?;
    Ok(render(&edit_page(&ctx, kind, current.version, &current.definition, json, None))?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditForm {
    definition: String,
    /// The version the edit started from (the current one when missing).
    after: String,
}

/// `POST /questionnaires/{kind}`: a new version.
pub async fn save(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(kind): Path<String>,
    Form(f): Form<EditForm>,
) -> Result<Response, AppError> {
    let org = organisation_for(&user, Action::ManageParticipant, None)?;
    let kind = Kind::parse(&kind).ok_or(AppError::NotFound)?;
    let current = app.store.current_questionnaire(org, kind).await?;
    let after = f.after.trim().parse().unwrap_or(current.version);
    let parsed: Result<Definition, String> = serde_json::from_str::<Definition>(&f.definition)
        .map_err(|e| e.to_string())
        .and_then(|d| if d.kind == kind { Ok(d) } else { Err(format!("\"kind\" must stay \"{}\"", kind.as_str())) })
        .and_then(|d| d.check().map(|()| d).map_err(|e| e.to_string()));
    match parsed {
        Ok(def) => match app.store.new_questionnaire_version(user.id, org, &def, after).await {
            Ok(version) => Ok(Redirect::to(&format!("/questionnaires?version={version}")).into_response()),
            // Someone saved a version meanwhile: show it, with this text
            // kept, to be saved again on top of it.
            Err(StoreError::Taken(what)) => {
                let current = app.store.current_questionnaire(org, kind).await?;
                let error = ctx.tr.t(AppError::taken_key(what));
                let page = edit_page(&ctx, kind, current.version, &current.definition, f.definition, Some(error));
                Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
            }
            Err(e) => Err(e.into()),
        },
        Err(detail) => {
            let error = ctx.tr.args("q-definition-invalid", &[("detail", Arg::Text(&detail))]);
            let mut page = edit_page(&ctx, kind, current.version, &current.definition, f.definition, Some(error));
            page.after = after;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}
