//! The landing page and each role's home after log-in: a coordinator
//! sees their programmes step by step, a buddy their newcomers and next
//! sessions, a newcomer their buddy and goals, a supervisor their buddies,
//! a trainer who is in training, an administrator the organisations, an
//! evaluator counts only.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::pairing::Waiting;
use m4m_domain::peer_session::{Week, Weekly};
use m4m_domain::permission::{Action, Target};
use m4m_domain::{Role, Step};
use m4m_store::pairing::Pair;

use crate::AppState;
use crate::chart::{Bar, bars};
use crate::context::{Ctx, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::cards::{ProgrammeCard, programme_card};
use crate::kit::labels::session_label;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};
use crate::routes::assessments::{self, Baseline};
use crate::routes::attention::{self, Needs};
use crate::routes::concerns::{self, ConcernRow};
use crate::routes::{checkins, closing};

/// The landing page and the homes.
pub fn router() -> Routes {
    Routes::new().route("/", get(landing)).route("/home", get(home))
}

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing {
    c: Chrome,
}

/// `GET /`
pub async fn landing(ctx: Ctx) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/home").into_response());
    }
    Ok(render(&Landing { c: Chrome::new(&ctx, ctx.tr.t("landing-title")) })?.into_response())
}

/// One pair seen from one side: the other person and the next session.
pub struct PairCard {
    /// The pair, for the links to its sessions.
    pub pair_id: i64,
    pub first_name: String,
    /// "Speaks: …", HTML.
    pub speaks: String,
    pub area: String,
    pub next: Option<String>,
}

pub struct GoalRow {
    pub title: String,
    /// Where it stands, or that nobody said yet.
    pub label: String,
    /// Where to say it.
    pub link: Option<String>,
}

pub struct Row4 {
    pub a: String,
    pub b: String,
    pub c: String,
    pub d: String,
}

/// The held peer sessions of a coordinator's organisations per week, as
/// a chart and its table.
pub struct WeeklySessions {
    pub svg: String,
    pub title: String,
    /// How many sessions and hours in all.
    pub total: String,
    /// The week (its Monday), sessions, hours.
    pub rows: Vec<(String, String, String)>,
}

/// How many open concerns a coordinator's home lists (the most pressing).
const CONCERNS_SHOWN: usize = 10;

/// How many weeks of held sessions a coordinator's home shows.
const WEEKS_SHOWN: usize = 12;

async fn weekly_sessions(app: &AppState, tr: &Tr, organisations: &[i64]) -> Result<WeeklySessions, AppError> {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let weekly = Weekly::last(tr.zone, now, WEEKS_SHOWN);
    let weekly = app.store.held_sessions_per_week(organisations, weekly).await?;
    let weeks = weekly.weeks();
    let hours = |minutes: i64| fmt::decimal(tr, minutes as f64 / 60.0, 1);
    let most = weeks.iter().map(|w| w.sessions).max().unwrap_or(0).max(1);
    // The date keeps its own direction inside the label (plain text in the
    // chart: isolated, U+2068..2069, in the direction of its first strong
    // letter: an Arabic date's marks make it right to left, a Latin one's
    // digits and month name left to right).
    let label = |w: &Week| {
        let date = format!("\u{2068}{}\u{2069}", tr.date(w.starts_on));
        tr.args("weekly-sessions-week-of", &[("date", Arg::Text(&date))])
    };
    let data: Vec<Bar> = weeks
        .iter()
        .map(|w| Bar {
            label: label(w),
            value: w.sessions as f64 / most as f64,
            // The chart's title says what the figure counts.
            shown: tr.number(w.sessions),
        })
        .collect();
    let title = tr.args("weekly-sessions-chart-title", &[("weeks", Arg::Num(WEEKS_SHOWN as i64))]);
    let (sessions, minutes) = weeks.iter().fold((0, 0), |(s, m), w| (s + w.sessions, m + w.minutes));
    Ok(WeeklySessions {
        svg: bars(&title, &data, tr.dir() == "rtl"),
        total: tr
            .args("weekly-sessions-total", &[("count", Arg::Num(sessions)), ("hours", Arg::Text(&hours(minutes)))]),
        rows: weeks.iter().map(|w| (tr.date(w.starts_on), tr.number(w.sessions), hours(w.minutes))).collect(),
        title,
    })
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    c: Chrome,
    welcome: String,
    no_role: bool,
    programmes: Option<Vec<ProgrammeCard>>,
    can_create_programme: bool,
    newcomers: Option<Vec<PairCard>>,
    buddies: Option<Vec<PairCard>>,
    goals: Option<Vec<GoalRow>>,
    next_sessions: Vec<String>,
    /// A supervised buddy's row and record id (for their access log),
    /// with their last supervision (link, date) and open actions.
    supervised: Option<Vec<(Row4, i64, Option<(String, String)>, String)>>,
    /// The supervisions the person recorded lately: link, label.
    recorded_supervisions: Vec<(String, String)>,
    /// For a buddy: the supervisions they attended (link, label) and the
    /// actions they own (done link, label).
    attended: Vec<(String, String)>,
    my_actions: Vec<(String, String)>,
    /// The active pairs of the supervised buddies: link, buddy and
    /// newcomer, when they last met.
    supervised_pairs: Vec<(String, String, String)>,
    training: Option<Vec<(String, String)>>,
    organisations: Option<Vec<Row4>>,
    accounts: String,
    figures: Option<Vec<Vec<String>>>,
    /// The global evaluation, for those who may see aggregates.
    evaluation: bool,
    /// For a buddy or newcomer with a record: done (with the starting
    /// point) or to do.
    assessment: Option<Option<Baseline>>,
    /// The key of the words before a first self-assessment: a buddy's
    /// answers are hidden from their newcomer, a newcomer's from their buddy.
    assessment_intro: &'static str,
    /// The mid-term self-assessment is due.
    midterm_due: bool,
    /// The final self-assessment, once their pair has closed.
    final_due: bool,
    /// An alumni newcomer: the way to apply as a buddy.
    may_become_buddy: bool,
    /// Whether the person follows a course.
    learning: bool,
    /// Pairs waiting for the person: link, label.
    pending: Vec<(String, String)>,
    /// For coordinators: the concerns not closed yet, urgent first.
    open_concerns: Vec<ConcernRow>,
    /// How many are open in all, and the incident logs that list them
    /// when the home shows only the first.
    open_concerns_total: usize,
    concern_logs: Vec<(String, String)>,
    concerns_more: String,
    /// For coordinators: pairs at risk and what waits on someone.
    needs: Option<Needs>,
    /// For coordinators: the held sessions of the last weeks.
    weekly: Option<WeeklySessions>,
    /// For people with a record: the way to raise a concern, and the
    /// concerns they raised.
    may_raise: bool,
    my_concerns: Vec<ConcernRow>,
}

fn pair_card(tr: &Tr, p: &Pair, show_mentor: bool) -> PairCard {
    let other = if show_mentor { &p.mentor } else { &p.mentee };
    PairCard {
        pair_id: p.id,
        first_name: fmt::first_name(tr, &other.first_name),
        speaks: fmt::speaks(tr, &other.languages),
        area: other.area.clone(),
        next: p.next_session.as_ref().map(|s| {
            let label = session_label(tr, s.starts_at, &s.mode, &s.place);
            tr.html("home-next-session", &[("when", Arg::Html(&label))])
        }),
    }
}

/// `GET /home`
pub async fn home(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let actor = &user.actor;
    let mut page = Home {
        c: Chrome::new(&ctx, tr.t("home-title")),
        welcome: tr.with_name("home-welcome", "name", &user.name),
        no_role: actor.grants.is_empty(),
        programmes: None,
        can_create_programme: false,
        newcomers: None,
        buddies: None,
        goals: None,
        next_sessions: Vec::new(),
        supervised: None,
        supervised_pairs: Vec::new(),
        training: None,
        organisations: None,
        accounts: String::new(),
        figures: None,
        evaluation: actor.organisations_for(Action::ViewAggregates).is_none_or(|ids| !ids.is_empty()),
        assessment: None,
        assessment_intro: "assess-intro",
        learning: false,
        pending: Vec::new(),
        open_concerns: Vec::new(),
        open_concerns_total: 0,
        concern_logs: Vec::new(),
        concerns_more: String::new(),
        needs: None,
        weekly: None,
        recorded_supervisions: Vec::new(),
        attended: Vec::new(),
        my_actions: Vec::new(),
        may_raise: false,
        midterm_due: false,
        final_due: false,
        may_become_buddy: false,
        my_concerns: Vec::new(),
    };

    if actor.has_role(Role::Coordinator) {
        let orgs = actor.organisations_for(Action::ManageProgramme).unwrap_or_default();
        // Every programme's counts in one query, however many there are.
        let programmes = app.store.programmes(Some(&orgs)).await?;
        let ids: Vec<i64> = programmes.iter().map(|p| p.id).collect();
        let counts = app.store.step_counts_of(&ids).await?;
        let mut cards = Vec::new();
        for p in &programmes {
            let mut card = programme_card(&tr, p, counts.get(&p.id).unwrap_or(&Default::default()));
            card.people_link = actor.can(Action::ViewParticipant, Target::organisation(p.organisation_id));
            cards.push(card);
        }
        page.programmes = Some(cards);
        page.can_create_programme = !orgs.is_empty();
        let handled = actor.organisations_for(Action::HandleConcern).unwrap_or_default();
        let (open, total) = app.store.open_concerns(&handled, CONCERNS_SHOWN).await?;
        page.open_concerns = concerns::rows(&tr, open);
        page.open_concerns_total = total;
        // Where the others are: each programme's incident log.
        if total > CONCERNS_SHOWN {
            page.concerns_more = tr.n("home-concerns-more", CONCERNS_SHOWN as i64);
            page.concern_logs = programmes
                .iter()
                .filter(|p| actor.can(Action::HandleConcern, Target::organisation(p.organisation_id)))
                .map(|p| (format!("/programmes/{}/concerns", p.id), p.name.clone()))
                .collect();
        }
        page.needs = Some(attention::needs(&app, &tr, &orgs, 10, attention::Pages::default()).await?);
        page.weekly = Some(weekly_sessions(&app, &tr, &orgs).await?);
    }

    // The account's records as a buddy or a newcomer, and their pairs,
    // read once for all the parts below (none without such a record, as a
    // coordinator's).
    let records = app.store.account_records(user.id).await?;
    let mine = records.participants;
    let account_pairs = if mine.is_empty() { Default::default() } else { app.store.pairs_of_account(user.id).await? };
    if actor.has_role(Role::Mentor) || actor.has_role(Role::Mentee) {
        let pairs = &account_pairs.running;
        // A check-in due in a running pair waits for them, first.
        for p in pairs {
            if checkins::due_for(&app, user.id, p).await?.is_some()
                && let Some(side) = p.side_of(user.id)
            {
                let other = fmt::first_name(&tr, &p.member(side.other()).first_name);
                page.pending.push((
                    format!("/pairs/{}/checkin", p.id),
                    tr.args("home-pending-checkin", &[("name", Arg::Text(&other))]),
                ));
            }
        }
        // A closed pair's exit questionnaire, for some weeks after.
        for p in &account_pairs.closed {
            let Some(side) = p.side_of(user.id) else { continue };
            if closing::exit_due(&app, p, side).await? {
                let other = fmt::first_name(&tr, &p.member(side.other()).first_name);
                page.pending.push((
                    format!("/pairs/{}/exit", p.id),
                    tr.args("home-pending-exit", &[("name", Arg::Text(&other))]),
                ));
            }
        }
        // The store selected the pairs by this account; the rule is asked
        // all the same, so that a change in either place cannot widen it.
        let visible: Vec<&Pair> = pairs
            .iter()
            .filter(|p| actor.can(Action::ViewPair, Target::related(p.organisation_id, &p.related_users())))
            .collect();
        // A session the other member logged waits for this one to confirm it.
        for p in &visible {
            let Some(side) = p.side_of(user.id) else { continue };
            let other = p.member(side.other()).user_id;
            for s in app.store.peer_sessions(p.id).await? {
                if s.status == m4m_domain::peer_session::SessionStatus::Held
                    && s.confirmed_at.is_none()
                    && s.logged_by.is_some_and(|u| Some(u) == other)
                {
                    let name = fmt::first_name(&tr, &p.member(side.other()).first_name);
                    page.pending.push((
                        format!("/pairs/{}#session-{}", p.id, s.id),
                        tr.args(
                            "home-pending-session",
                            &[("name", Arg::Text(&name)), ("date", Arg::Text(&tr.date_of(s.starts_at)))],
                        ),
                    ));
                }
            }
        }
        if actor.has_role(Role::Mentor) {
            page.newcomers = Some(
                visible
                    .iter()
                    .filter(|p| p.mentor.user_id == Some(user.id))
                    .map(|p| pair_card(&tr, p, false))
                    .collect(),
            );
        }
        if actor.has_role(Role::Mentee) {
            page.buddies = Some(
                visible.iter().filter(|p| p.mentee.user_id == Some(user.id)).map(|p| pair_card(&tr, p, true)).collect(),
            );
            // The goals of their pairs, and where each stands on the
            // goal-attainment scale, with the way to say it.
            page.goals = Some(
                app.store
                    .goals_of_account(user.id)
                    .await?
                    .into_iter()
                    .map(|g| GoalRow {
                        label: g.latest().map_or_else(
                            || tr.t("home-goal-not-rated"),
                            |a| format!("{} · {}", a.signed(), tr.t(a.key())),
                        ),
                        title: if g.title.is_empty() { tr.t(&format!("area-{}", g.area)) } else { g.title.clone() },
                        link: g.pair_id.map(|p| format!("/pairs/{p}/goals#goal-{}", g.id)),
                    })
                    .collect(),
            );
        }
        if actor.has_role(Role::Mentor) {
            page.attended = app
                .store
                .supervisions_attended(user.id)
                .await?
                .into_iter()
                .take(3)
                .map(|(id, held, format)| {
                    let label = tr.args(
                        "supervision-when",
                        &[("date", Arg::Text(&tr.date(held))), ("format", Arg::Text(&tr.t(format.key())))],
                    );
                    (format!("/supervisions/{id}"), label)
                })
                .collect();
            page.my_actions = app
                .store
                .open_actions_of_user(user.id)
                .await?
                .into_iter()
                .map(|a| {
                    let due = tr.args("supervision-due", &[("date", Arg::Text(&tr.date(a.due_on)))]);
                    (format!("/supervisions/{}/actions/{}/done", a.supervision_id, a.id), format!("{} · {due}", a.text))
                })
                .collect();
        }
        page.next_sessions =
            account_pairs.upcoming.iter().take(5).map(|s| session_label(&tr, s.starts_at, &s.mode, &s.place)).collect();
    }

    if let Some(&(participant_id, _, _)) = mine.first()
        && let Some(p) = app.store.participant(participant_id).await?
    {
        let done = app.store.completed_responses(p.id, assessments::self_assessment(p.kind)).await?;
        page.assessment = Some(assessments::baseline_from(&app, &tr, &p, &done).await?);
        if p.kind == m4m_domain::participant::Kind::Mentor {
            page.assessment_intro = "assess-intro-buddy";
        }
        let due = assessments::due_moment_from(&app, &done, &account_pairs).await?;
        page.midterm_due = due == Some(m4m_domain::moment::Moment::Midterm);
        page.final_due = due == Some(m4m_domain::moment::Moment::Final);
        // A newcomer whose time has ended may give what they received.
        page.may_become_buddy =
            p.kind == m4m_domain::participant::Kind::Mentee && p.status == m4m_domain::participant::Status::Alumni;
        // The record is the account's own, so the account is related to it
        // whoever else is (the others are not read).
        let related: Vec<i64> = p.user_id.into_iter().chain(p.supervisor_user_id).collect();
        page.may_raise = actor.can(Action::RaiseConcern, Target::related(p.organisation_id, &related));
        // What they wrote, and where it stands; never who else raised what.
        page.my_concerns = concerns::rows(&tr, app.store.concerns_raised_by(user.id).await?)
            .into_iter()
            .map(|r| ConcernRow { about: String::new(), ..r })
            .collect();
    }
    // Buddies and staff accounts alike may follow courses.
    page.learning = records.learning;

    // What the pairs on their way to starting wait for from this person:
    // an answer, the first meeting (shown to both once planned), the
    // agreement to accept.
    for p in &account_pairs.forming {
        let Some(side) = p.side_of(user.id) else { continue };
        if !actor.can(Action::ViewPair, Target::related(p.organisation_id, &p.members())) {
            continue;
        }
        for waiting in p.state().waiting_for(side) {
            page.pending.push(match waiting {
                Waiting::Answer => (format!("/pairs/{}/proposal", p.id), tr.t("home-pending-proposal")),
                Waiting::FirstMeeting { .. } => (
                    format!("/pairs/{}/proposal", p.id),
                    tr.args(
                        "home-pending-first-meeting",
                        &[("meeting", Arg::Text(&crate::kit::labels::first_meeting(&tr, p).unwrap_or_default()))],
                    ),
                ),
                Waiting::SignAgreement => (format!("/pairs/{}/agreement", p.id), tr.t("home-pending-agreement")),
            });
        }
    }

    if actor.has_role(Role::Supervisor) {
        let overview = app.store.supervision_overview(user.id).await?;
        page.supervised = Some(
            app.store
                .supervised(user.id)
                .await?
                .into_iter()
                .map(|s| {
                    let o = overview.iter().find(|o| o.participant_id == s.participant_id);
                    let last =
                        o.and_then(|o| Some((format!("/supervisions/{}", o.last_id?), tr.date(o.last_held_on?))));
                    let open = tr.n("home-open-actions", o.map_or(0, |o| o.open_actions));
                    let row = Row4 {
                        a: format!("{} {}", s.first_name, s.last_name),
                        b: s.programme_name,
                        c: Step::from_number(s.step).map(|st| tr.t(st.key())).unwrap_or_default(),
                        d: tr.n("home-active-pairs", s.active_pairs),
                    };
                    (row, s.participant_id, last, open)
                })
                .collect(),
        );
        page.recorded_supervisions = app
            .store
            .supervisions_recorded(user.id, 5)
            .await?
            .into_iter()
            .map(|(id, held, format, n)| {
                let label = tr.args(
                    "home-supervision-line",
                    &[
                        ("date", Arg::Text(&tr.date(held))),
                        ("format", Arg::Text(&tr.t(format.key()))),
                        ("count", Arg::Num(n)),
                    ],
                );
                (format!("/supervisions/{id}"), label)
            })
            .collect();
        for (p, last) in app.store.supervised_pairs(user.id).await? {
            if !actor.can(Action::ViewPair, Target::related(p.organisation_id, &p.related_users())) {
                continue;
            }
            page.supervised_pairs.push((
                format!("/pairs/{}", p.id),
                tr.args(
                    "pair-title-staff",
                    &[
                        ("buddy", Arg::Text(&fmt::first_name(&tr, &p.mentor.first_name))),
                        ("newcomer", Arg::Text(&fmt::first_name(&tr, &p.mentee.first_name))),
                    ],
                ),
                last.map_or_else(
                    || tr.t("home-no-session-yet"),
                    |at| tr.args("home-last-session", &[("when", Arg::Text(&tr.when(at)))]),
                ),
            ));
        }
    }

    if actor.has_role(Role::Trainer) {
        let orgs = actor.organisations_for(Action::ViewProgramme).unwrap_or_default();
        let mut rows = Vec::new();
        for p in app.store.programmes(Some(&orgs)).await? {
            let counts = app.store.step_counts(p.id).await?;
            rows.push((p.name, tr.n("home-in-training", counts.mentors[Step::Training as usize - 1])));
        }
        page.training = Some(rows);
    }

    if actor.has_role(Role::Administrator) {
        page.organisations = Some(
            app.store
                .organisations()
                .await?
                .into_iter()
                .map(|o| Row4 { a: o.name, b: o.country, c: tr.number(o.programmes), d: tr.number(o.members) })
                .collect(),
        );
        page.accounts = tr.n("home-accounts", app.store.count_users().await?);
    }

    if actor.has_role(Role::Evaluator) || actor.has_role(Role::Administrator) {
        let scope = actor.organisations_for(Action::ViewAggregates);
        page.figures = Some(
            app.store
                .figures(scope.as_deref())
                .await?
                .into_iter()
                .map(|f| {
                    vec![
                        f.organisation,
                        f.country,
                        tr.number(f.programmes),
                        tr.number(f.mentors),
                        tr.number(f.mentees),
                        tr.number(f.active_pairs),
                    ]
                })
                .collect(),
        );
    }

    Ok(render(&page)?.into_response())
}
