//! A person's record for staff (step 2): what registration recorded, the
//! consents, screening with its allowed moves and their history; possible
//! duplicates to merge or keep apart.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::participant::{Kind, Status};
use m4m_domain::permission::Action;
use m4m_domain::{Step, Validation};
use m4m_store::registration::Participant;
use serde::Deserialize;

use crate::AppState;
use crate::access::{participant_for, programme_for};
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::Choice;
use crate::kit::labels::status_label;
use crate::kit::pager::{Pager, start};
use crate::kit::record::{Fact, consent_lines, facts, history_lines, purpose_rows};
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};
use crate::routes::assessments::{self, Baseline};
use crate::routes::invitations::{Invitee, send_invitation};

/// The routes of a person's record.
pub fn router() -> Routes {
    Routes::new()
        .route("/people/{id}", get(show))
        .route("/people/{id}/status", post(move_status))
        .route("/people/{id}/notes", post(save_notes))
        .route("/people/{id}/follow-up", post(save_follow_up))
        .route("/people/{id}/invite", post(invite))
        .route("/people/merge", post(merge))
        .route("/people/keep-apart", post(keep_apart))
        .route("/programmes/{id}/duplicates", get(duplicates))
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    c: Chrome,
    id: i64,
    notice: Option<String>,
    status: String,
    step: String,
    facts: Vec<Fact>,
    registration: String,
    consents: Vec<(String, String)>,
    /// The screening moves allowed, the one sent selected.
    moves: Vec<Choice>,
    move_error: Option<String>,
    reason: String,
    history: Vec<String>,
    programme_id: i64,
    programme_name: String,
    /// Kind key, name, state, link label.
    questionnaires: Vec<(String, String, String, String)>,
    baseline: Option<Baseline>,
    /// Whether the person has an account; else whether one can be offered.
    has_account: bool,
    can_invite: bool,
    can_erase: bool,
    /// A buddy whose supervision this person may record.
    can_supervise: bool,
    /// For a buddy: who supervises them and how many newcomers they take
    /// at once, as stored or as sent.
    follow_up: Option<FollowUpView>,
    /// The confidential notes, for those who may read them (else absent
    /// from the page, not hidden).
    notes: Option<String>,
    notes_error: Option<String>,
    /// Their pairs, newest first: the link, the other member and where the
    /// pair stands, and (for an open one) the link to close it.
    pairs: Vec<PairLine>,
}

struct FollowUpView {
    /// The supervising staff, "nobody" first, the one chosen selected.
    supervisors: Vec<Choice>,
    capacity: String,
    max: i64,
    supervisor_error: Option<String>,
    capacity_error: Option<String>,
}

struct PairLine {
    href: String,
    other: String,
    state: String,
    close: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Notice {
    done: Option<String>,
    /// The page of a long list (1-based).
    page: Option<usize>,
    saved: Option<String>,
    notes: Option<String>,
    #[serde(rename = "follow-up")]
    follow_up: Option<String>,
    corrected: Option<String>,
}

/// What a refused form of the page sent, shown back with its errors.
#[derive(Default)]
struct Drafts<'a> {
    moved: Option<(&'a MoveForm, &'a Validation)>,
    notes: Option<(&'a str, &'a Validation)>,
    follow_up: Option<(&'a FollowUpForm, &'a Validation)>,
}

/// The follow-up form of a buddy, filled from the record or the draft.
async fn follow_up_view(
    app: &AppState,
    tr: &Tr,
    p: &Participant,
    draft: Option<(&FollowUpForm, &Validation)>,
) -> Result<Option<FollowUpView>, AppError> {
    if p.kind != Kind::Mentor {
        return Ok(None);
    }
    let (supervisor, capacity) = match draft {
        Some((f, _)) => (f.supervisor.trim().to_owned(), f.capacity.clone()),
        None => (p.supervisor_user_id.map_or_else(String::new, |s| s.to_string()), p.capacity.to_string()),
    };
    let nobody = Choice { value: String::new(), label: tr.t("follow-up-nobody"), checked: supervisor.is_empty() };
    let staff = app.store.supervising_staff(p.organisation_id).await?.into_iter().map(|(id, name)| Choice {
        checked: id.to_string() == supervisor,
        value: id.to_string(),
        label: name,
    });
    let error = |field| draft.and_then(|(_, v)| v.key_for(field)).map(|k| tr.t(k));
    Ok(Some(FollowUpView {
        supervisors: std::iter::once(nobody).chain(staff).collect(),
        capacity,
        max: m4m_domain::participant::MAX_CAPACITY,
        supervisor_error: error("supervisor"),
        capacity_error: error("capacity"),
    }))
}

async fn person_page(
    app: &AppState,
    ctx: &Ctx,
    p: &Participant,
    notice: Option<String>,
    drafts: Drafts<'_>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr;
    let (status, reason) = drafts.moved.map_or(("", ""), |(f, _)| (f.status.trim(), f.reason.as_str()));
    let move_error = drafts.moved.map(|(_, v)| v);
    let notes_draft = drafts.notes;
    let may_read_notes = ctx.user.as_ref().is_some_and(|u| {
        u.actor.can(Action::ViewConfidentialNotes, m4m_domain::permission::Target::organisation(p.organisation_id))
    });
    let notes = match (may_read_notes, notes_draft) {
        (false, _) => None,
        (true, Some((draft, _))) => Some(draft.to_owned()),
        (true, None) => Some(app.store.confidential_notes(p.id).await?),
    };
    let notes_error = notes_draft.and_then(|(_, v)| v.0.first()).map(|i| tr.t(i.key));
    let referred = match p.referred_by {
        Some(id) => app.store.stakeholder(id).await?.map(|s| s.name),
        None => None,
    };
    let date = tr.when(p.created_at);
    let lang = m4m_domain::language::endonym(&p.language).unwrap_or(&p.language).to_owned();
    let registration = tr.args(
        if p.entered_by.is_some() { "person-entered-by-staff" } else { "person-self-registered" },
        &[("date", Arg::Text(&date)), ("language", Arg::Text(&lang))],
    );
    let consent_list = app.store.consents(p.id).await?;
    let mut facts = facts(&tr, p, referred);
    // Withdrawn ways of contact show beside the contact details.
    let no_contact: Vec<String> = purpose_rows(&tr, &consent_list)
        .into_iter()
        .filter(|r| r.withdrawn && r.purpose.starts_with("contact_"))
        .map(|r| tr.t(&format!("no-{}", r.purpose)))
        .collect();
    if !no_contact.is_empty() {
        facts.insert(2.min(facts.len()), Fact { label: tr.t("person-do-not-contact"), value: no_contact.join(" · ") });
    }
    let consents = consent_lines(&tr, consent_list);
    let history = history_lines(&tr, app.store.status_history(p.id).await?);
    let programme = app.store.programme(p.programme_id).await?.ok_or(AppError::NotFound)?;
    // The self-assessments, every moment, read once: for their line here
    // and for the chart below.
    let assessed = app.store.completed_responses(p.id, assessments::self_assessment(p.kind)).await?;
    let mut questionnaires = Vec::new();
    for kind in assessments::kinds_for(p.kind) {
        let done = if kind == assessments::self_assessment(p.kind) {
            assessed.iter().find(|r| r.moment == assessments::INITIAL).cloned()
        } else {
            app.store.completed_response(p.id, kind, assessments::INITIAL).await?
        };
        let state = match &done {
            Some(r) => tr.args("q-done-on", &[("date", Arg::Text(&tr.when(r.completed_at.unwrap_or(r.started_at))))]),
            None => tr.t("q-not-done"),
        };
        let link = tr.t(if done.is_some() { "q-view" } else { "q-fill-with" });
        questionnaires.push((kind.as_str().to_owned(), tr.t(&format!("q-kind-{}", kind.as_str())), state, link));
    }
    let baseline = assessments::baseline_from(app, &tr, p, &assessed).await?;
    let pairs = app
        .store
        .pairs_of_participant(p.id)
        .await?
        .into_iter()
        .rev()
        .map(|pair| {
            let other = pair.member(p.kind.other());
            let mut state = tr.t(&format!("pair-status-{}", pair.status.as_str()));
            if let Some(c) = &pair.closing {
                let reason = tr.t(&format!("close-reason-{}", c.reason.as_str()));
                state = tr.args(
                    "pair-closed-on",
                    &[("date", Arg::Text(&tr.date(c.closed_on))), ("reason", Arg::Text(&reason))],
                );
            }
            PairLine {
                href: format!("/pairs/{}", pair.id),
                other: other.first_name.clone(),
                state,
                close: pair.status.is_open().then(|| format!("/pairs/{}/close", pair.id)),
            }
        })
        .collect();
    let page = PersonPage {
        c: Chrome::new(ctx, format!("{} {}", p.first_name, p.last_name)),
        id: p.id,
        notice,
        status: status_label(&tr, p.status),
        step: Step::from_number(p.step).map(|s| format!("{}. {}", s.number(), tr.t(s.key()))).unwrap_or_default(),
        facts,
        registration,
        consents,
        moves: p
            .status
            .next(p.kind)
            .iter()
            .map(|s| Choice {
                value: s.as_str().to_owned(),
                label: status_label(&tr, *s),
                checked: s.as_str() == status,
            })
            .collect(),
        move_error: move_error.and_then(|e| e.0.first()).map(|i| tr.t(i.key)),
        reason: reason.to_owned(),
        history,
        programme_id: programme.id,
        programme_name: programme.name,
        questionnaires,
        baseline,
        has_account: p.user_id.is_some(),
        can_invite: p.user_id.is_none() && !p.email.is_empty(),
        can_erase: ctx.user.as_ref().is_some_and(|u| {
            u.actor.can(Action::ErasePersonalData, m4m_domain::permission::Target::organisation(p.organisation_id))
        }),
        can_supervise: p.kind == m4m_domain::participant::Kind::Mentor
            && ctx.user.as_ref().is_some_and(|u| {
                u.actor.can(Action::Supervise, m4m_domain::permission::Target::organisation(p.organisation_id))
            }),
        notes,
        notes_error,
        pairs,
        follow_up: follow_up_view(app, &tr, p, drafts.follow_up).await?,
    };
    render(&page)
}

/// `GET /people/{id}`
pub async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    // Every read of a person's record is audited: "who accessed my data"
    // must have an answer.
    app.store.audit(Some(user.id), "participant.read", &format!("participant:{}", p.id), "").await?;
    let notice = q
        .done
        .map(|_| ctx.tr.t("person-moved"))
        .or(q.saved.map(|_| ctx.tr.t("q-saved")))
        .or(q.notes.map(|_| ctx.tr.t("notes-saved")))
        .or(q.follow_up.map(|_| ctx.tr.t("follow-up-saved")))
        .or(q.corrected.map(|_| ctx.tr.t("person-edit-saved")));
    Ok(person_page(&app, &ctx, &p, notice, Drafts::default()).await?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    status: String,
    reason: String,
}

/// `POST /people/{id}/status`: a screening decision.
pub async fn move_status(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<MoveForm>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let checked = match Status::parse(f.status.trim()) {
        Some(to) => {
            let training_done = app.store.training_done(p.id).await?;
            let open = app.store.open_pairs_of(p.id).await?.len();
            p.status
                .check_move(p.kind, to, &f.reason, training_done)
                .and_then(|reason| m4m_domain::closing::may_leave(to, open).map(|()| (to, reason)))
        }
        None => Err(m4m_domain::Invalid { field: "status", key: "error-status-move" }),
    };
    match checked {
        Ok((to, reason)) => {
            app.store.move_status(user.id, p.id, p.status, to, &reason).await?;
            Ok(Redirect::to(&format!("/people/{}?done=1", p.id)).into_response())
        }
        Err(e) => {
            let v = Validation(vec![e]);
            let drafts = Drafts { moved: Some((&f, &v)), ..Drafts::default() };
            let page = person_page(&app, &ctx, &p, None, drafts).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NotesForm {
    notes: String,
}

/// `POST /people/{id}/notes`: the confidential notes, written by the
/// person's coordinators only. A refused text is shown back, unsaved.
pub async fn save_notes(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<NotesForm>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    if !user.actor.can(Action::ViewConfidentialNotes, m4m_domain::permission::Target::organisation(p.organisation_id)) {
        return Err(AppError::Forbidden);
    }
    match m4m_domain::participant::parse_confidential_notes(&f.notes) {
        Ok(text) => {
            app.store.set_confidential_notes(user.id, p.id, &text).await?;
            Ok(Redirect::to(&format!("/people/{}?notes=1#notes", p.id)).into_response())
        }
        Err(e) => {
            let v = Validation(vec![e]);
            let drafts = Drafts { notes: Some((&f.notes, &v)), ..Drafts::default() };
            let page = person_page(&app, &ctx, &p, None, drafts).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowUpForm {
    supervisor: String,
    capacity: String,
}

/// `POST /people/{id}/follow-up`: who supervises a buddy and how many
/// newcomers they take at once, set by the buddy's coordinators.
pub async fn save_follow_up(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<FollowUpForm>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    if p.kind != Kind::Mentor {
        return Err(AppError::NotFound);
    }
    let staff: Vec<i64> = app.store.supervising_staff(p.organisation_id).await?.into_iter().map(|(id, _)| id).collect();
    let open = app.store.open_pairs_of(p.id).await?.len();
    let refused = match m4m_domain::participant::FollowUp::parse(&f.supervisor, &f.capacity, &staff, open) {
        Ok(follow_up) => match app.store.set_follow_up(user.id, p.id, &follow_up).await {
            Ok(_) => return Ok(Redirect::to(&format!("/people/{}?follow-up=1#follow-up", p.id)).into_response()),
            // A pair proposed or a role withdrawn since the form was read:
            // the form is shown again with what the record now allows.
            Err(m4m_store::StoreError::Conflict) => {
                let mut v = Validation::default();
                v.add("capacity", "error-follow-up-changed");
                v
            }
            Err(e) => return Err(e.into()),
        },
        Err(v) => v,
    };
    let drafts = Drafts { follow_up: Some((&f, &refused)), ..Drafts::default() };
    let page = person_page(&app, &ctx, &p, None, drafts).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// `POST /people/{id}/invite`: opens the person's own space (to fill in
/// their self-assessment, see their buddy and sessions) by an invitation to
/// the e-mail address they registered with.
pub async fn invite(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    if !user.actor.can(Action::InviteMember, m4m_domain::permission::Target::organisation(p.organisation_id)) {
        return Err(AppError::Forbidden);
    }
    if p.user_id.is_some() {
        return Err(AppError::Conflict);
    }
    let email =
        m4m_domain::account::Email::parse(&p.email).map_err(|_| AppError::BadRequest("person-invite-needs-email"))?;
    let role = match p.kind {
        Kind::Mentor => m4m_domain::Role::Mentor,
        Kind::Mentee => m4m_domain::Role::Mentee,
    };
    let name = format!("{} {}", p.first_name, p.last_name).trim().to_owned();
    let who = Invitee {
        email: &email,
        name: &name,
        role,
        organisation: Some(p.organisation_id),
        participant: Some(p.id),
        language: Some(&p.language),
    };
    send_invitation(&app, &ctx, &user, who).await
}

/// Two records that may be one person, as shown side by side.
pub struct DuplicateView {
    pub a: (i64, String, String),
    pub b: (i64, String, String),
    pub reason: String,
}

#[derive(Template)]
#[template(path = "duplicates.html")]
struct DuplicatesPage {
    c: Chrome,
    notice: Option<String>,
    programme_id: i64,
    rows: Vec<DuplicateView>,
    pager: Option<Pager>,
}

/// Possible duplicates shown on one page.
const DUPLICATES_PAGE: usize = 50;

fn summary(tr: &Tr, p: &Participant) -> (i64, String, String) {
    let contact =
        [p.phone.as_str(), p.email.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · ");
    let born = p.birth_year.map(|y| y.to_string()).unwrap_or_default();
    (
        p.id,
        format!("{} {}", p.first_name, p.last_name),
        format!("{} · {} · {} · {}", status_label(tr, p.status), contact, born, tr.when(p.created_at)),
    )
}

/// `GET /programmes/{id}/duplicates`: possible duplicates of the
/// programme's organisation.
pub async fn duplicates(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Notice>,
) -> Result<Response, AppError> {
    let programme = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let tr = ctx.tr;
    let found = app.store.possible_duplicates(programme.organisation_id).await?;
    let from = start(q.page.unwrap_or(1), found.len(), DUPLICATES_PAGE);
    let shown = &found[from..found.len().min(from + DUPLICATES_PAGE)];
    let ids: Vec<i64> = shown.iter().flat_map(|d| [d.a, d.b]).collect();
    let people = app.store.participants_by_id(&ids).await?;
    let find = |id: i64| people.iter().find(|p| p.id == id);
    let rows = shown
        .iter()
        .filter_map(|d| {
            let (a, b) = (find(d.a)?, find(d.b)?);
            let reason =
                d.reasons.iter().map(|r| tr.t(&format!("duplicates-reason-{}", r.as_str()))).collect::<Vec<_>>();
            Some(DuplicateView { a: summary(&tr, a), b: summary(&tr, b), reason: reason.join(", ") })
        })
        .collect();
    let pager = Pager::of(&tr, "duplicates-pager", (from, shown.len(), found.len(), DUPLICATES_PAGE), |n| {
        format!("/programmes/{}/duplicates?page={n}", programme.id)
    });
    let notice = q.done.map(|d| tr.t(if d == "merged" { "duplicates-merged" } else { "duplicates-kept" }));
    Ok(render(&DuplicatesPage {
        c: Chrome::new(&ctx, tr.t("duplicates-title")),
        notice,
        programme_id: programme.id,
        rows,
        pager,
    })?
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PairForm {
    keep: i64,
    other: i64,
    programme: i64,
}

/// Both records of a duplicate form, each checked against the asker.
async fn both(
    app: &AppState,
    user: &crate::context::CurrentUser,
    f: &PairForm,
) -> Result<(Participant, Participant), AppError> {
    let keep = participant_for(app, user, f.keep, Action::ManageParticipant).await?;
    let other = participant_for(app, user, f.other, Action::ManageParticipant).await?;
    if keep.id == other.id || keep.organisation_id != other.organisation_id {
        return Err(AppError::BadRequest("error-400-text"));
    }
    Ok((keep, other))
}

/// `POST /people/merge`
pub async fn merge(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Form(f): Form<PairForm>,
) -> Result<Response, AppError> {
    let (keep, other) = both(&app, &user, &f).await?;
    app.store.merge(user.id, keep.id, other.id).await?;
    Ok(Redirect::to(&format!("/programmes/{}/duplicates?done=merged", f.programme)).into_response())
}

/// `POST /people/keep-apart`
pub async fn keep_apart(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Form(f): Form<PairForm>,
) -> Result<Response, AppError> {
    let (keep, other) = both(&app, &user, &f).await?;
    app.store.keep_apart(user.id, keep.id, other.id).await?;
    Ok(Redirect::to(&format!("/programmes/{}/duplicates?done=kept", f.programme)).into_response())
}
