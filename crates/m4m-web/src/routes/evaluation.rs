//! Step 10's global evaluation: `GET /evaluation`, the figures of the
//! pairs a reader may see aggregates of — a programme, an organisation or
//! all of them — filtered by period, cohort, gender, age band and region
//! of origin, as charts with their tables, printable for a funder; and
//! `GET /evaluation.csv`, the same figures as a spreadsheet
//! ([`crate::report`]), and `GET /evaluation.xlsx` as a workbook. Only pseudonymised aggregates: no name, no free
//! text, no link to anyone's record; every group under five withheld
//! (`m4m_domain::evaluation`). The API's `/api/v1/evaluation` asks
//! [`evaluate`] too.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use m4m_domain::evaluation::{AgeBand, Evaluation, FilterForm, Filters, Region};
use m4m_domain::participant::GENDERS;
use m4m_domain::permission::Action;
use m4m_store::evaluation::Scope;
use serde::Deserialize;

use crate::AppState;
use crate::chart::{self, Group, Interval};
use crate::context::{CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt::decimal;
use crate::i18n::{Arg, Tr};
use crate::kit::csv::csv_response;
use crate::kit::routing::{Routes, get};
use crate::kit::workbook::{self, Cell};
use crate::pages::{Chrome, render};
use crate::report::{Report, Value};

/// The routes of the global evaluation.
pub fn router() -> Routes {
    Routes::new()
        .route("/evaluation", get(page))
        .route("/evaluation.csv", get(csv))
        .route("/evaluation.xlsx", get(xlsx))
}

/// The query of the page, the CSV and the API: every value as text, so
/// that a wrong one is a translated 400, not a bare rejection. The scope is
/// `programme=ID` or `organisation=ID` (the API's), or the page's select
/// `scope=programme-ID | organisation-ID | all`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EvaluationQuery {
    pub scope: String,
    pub programme: String,
    pub organisation: String,
    pub from: String,
    pub to: String,
    pub cohort: String,
    pub gender: String,
    pub age: String,
    pub region: String,
}

/// The scope a query asks for: a programme, an organisation, or none
/// (everything the reader may see).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asked {
    Programme(i64),
    Organisation(i64),
    All,
}

impl EvaluationQuery {
    fn asked(&self) -> Result<Asked, AppError> {
        let id = |s: &str| s.trim().parse::<i64>().map_err(|_| AppError::BadRequest("error-choice-invalid"));
        let from_select = match self.scope.trim() {
            "" | "all" => None,
            s => match s.split_once('-') {
                Some(("programme", n)) => Some(Asked::Programme(id(n)?)),
                Some(("organisation", n)) => Some(Asked::Organisation(id(n)?)),
                _ => return Err(AppError::BadRequest("error-choice-invalid")),
            },
        };
        let programme = (!self.programme.trim().is_empty()).then(|| id(&self.programme)).transpose()?;
        let organisation = (!self.organisation.trim().is_empty()).then(|| id(&self.organisation)).transpose()?;
        match (from_select, programme, organisation) {
            (Some(a), None, None) => Ok(a),
            (None, Some(p), None) => Ok(Asked::Programme(p)),
            (None, None, Some(o)) => Ok(Asked::Organisation(o)),
            (None, None, None) => Ok(Asked::All),
            _ => Err(AppError::BadRequest("error-choice-invalid")),
        }
    }

    fn filters(&self) -> Result<Filters, AppError> {
        Filters::parse(&FilterForm {
            from: &self.from,
            to: &self.to,
            cohort: &self.cohort,
            gender: &self.gender,
            age: &self.age,
            region: &self.region,
        })
        .map_err(|v| AppError::BadRequest(v.0.first().map_or("error-choice-invalid", |i| i.key)))
    }

    /// The page's own query string, for the CSV link.
    fn query_string(&self) -> String {
        serde_urlencoded::to_string(
            [
                ("scope", &self.scope),
                ("programme", &self.programme),
                ("organisation", &self.organisation),
                ("from", &self.from),
                ("to", &self.to),
                ("cohort", &self.cohort),
                ("gender", &self.gender),
                ("age", &self.age),
                ("region", &self.region),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .collect::<Vec<_>>(),
        )
        .unwrap_or_default()
    }
}

/// The figures a query asks for, after the permission check: no
/// `ViewAggregates` anywhere is a 403, a programme or an organisation
/// outside the reader's reach (or none at all) a 404.
pub async fn evaluate(app: &AppState, user: &CurrentUser, q: &EvaluationQuery) -> Result<Evaluation, AppError> {
    let reach = user.actor.organisations_for(Action::ViewAggregates);
    if reach.as_ref().is_some_and(Vec::is_empty) {
        return Err(AppError::Forbidden);
    }
    let asked = q.asked()?;
    let filters = q.filters()?;
    let may_see = |org: i64| reach.as_ref().is_none_or(|ids| ids.contains(&org));
    let scope = match asked {
        Asked::Programme(id) => {
            let p = app.store.programme(id).await?.ok_or(AppError::NotFound)?;
            if !may_see(p.organisation_id) {
                return Err(AppError::NotFound);
            }
            Scope::Programme(id)
        }
        Asked::Organisation(id) => {
            if !may_see(id) || app.store.organisation(id).await?.is_none() {
                return Err(AppError::NotFound);
            }
            Scope::Organisation(id)
        }
        Asked::All => match &reach {
            None => Scope::Everything,
            Some(ids) => Scope::Organisations(ids),
        },
    };
    let facts = app.store.evaluation_facts(scope, &filters).await?;
    Ok(Evaluation::compute(&facts))
}

/// One choice of a select.
struct Choice {
    value: String,
    label: String,
    selected: bool,
}

/// A figure as a row of a table: what, over how many, its value (or the
/// "fewer than five" mark).
struct Row {
    label: String,
    n: String,
    value: String,
}

/// One area's row of the change table.
struct AreaRow {
    label: String,
    n: String,
    cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "evaluation.html")]
struct EvaluationPage {
    c: Chrome,
    scopes: Vec<Choice>,
    q: EvaluationQuery,
    genders: Vec<Choice>,
    ages: Vec<Choice>,
    regions: Vec<Choice>,
    csv_link: String,
    xlsx_link: String,
    scope_label: String,
    pairs_svg: String,
    pairs: Vec<Row>,
    reasons: Vec<Row>,
    outcomes: Vec<Row>,
    areas_svg: Option<String>,
    areas: Vec<AreaRow>,
    satisfaction_svg: String,
    satisfaction: Vec<Row>,
}

fn choices(tr: &Tr, prefix: &str, keys: impl IntoIterator<Item = &'static str>, chosen: &str) -> Vec<Choice> {
    let mut out = vec![Choice { value: String::new(), label: tr.t("evaluation-any"), selected: chosen.is_empty() }];
    out.extend(keys.into_iter().map(|k| Choice {
        value: k.into(),
        label: tr.t(&format!("{prefix}{k}")),
        selected: chosen == k,
    }));
    out
}

/// A count as shown: the number, or the mark of a withheld one.
fn count_text(tr: &Tr, n: Option<i64>) -> String {
    n.map_or_else(|| tr.t("evaluation-suppressed"), |n| tr.number(n))
}

/// A value as shown with `places` decimals; no value over nobody is a dash.
fn value_text(tr: &Tr, n: Option<i64>, v: Option<f64>, places: usize) -> String {
    match (n, v) {
        (_, Some(v)) => decimal(tr, v, places),
        (Some(0), None) => "—".into(),
        (_, None) => tr.t("evaluation-suppressed"),
    }
}

fn percent_text(tr: &Tr, n: Option<i64>, v: Option<f64>) -> String {
    match v {
        Some(v) => tr.args("evaluation-percent", &[("value", Arg::Text(&decimal(tr, v * 100.0, 1)))]),
        None => value_text(tr, n, None, 0),
    }
}

/// A signed change: a rise shows its plus.
fn signed(tr: &Tr, v: f64) -> String {
    let text = decimal(tr, v, 2);
    if v > 0.0 && !text.trim_start_matches(['0', '.', ',']).is_empty() { format!("+{text}") } else { text }
}

/// The choices of the scope select: everything the reader may see.
async fn scopes(app: &AppState, user: &CurrentUser, tr: &Tr, chosen: Asked) -> Result<Vec<Choice>, AppError> {
    let reach = user.actor.organisations_for(Action::ViewAggregates);
    let mut out = vec![Choice {
        value: "all".into(),
        label: tr.t(if reach.is_none() { "evaluation-scope-all" } else { "evaluation-scope-mine" }),
        selected: chosen == Asked::All,
    }];
    for o in app.store.organisations().await? {
        if reach.as_ref().is_none_or(|ids| ids.contains(&o.id)) {
            out.push(Choice {
                value: format!("organisation-{}", o.id),
                label: o.name,
                selected: chosen == Asked::Organisation(o.id),
            });
        }
    }
    for p in app.store.programmes(reach.as_deref()).await? {
        out.push(Choice {
            value: format!("programme-{}", p.id),
            label: format!("{} · {}", p.name, p.organisation_name),
            selected: chosen == Asked::Programme(p.id),
        });
    }
    Ok(out)
}

/// `GET /evaluation`
async fn page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<EvaluationQuery>,
) -> Result<Response, AppError> {
    let e = evaluate(&app, &user, &q).await?;
    let r = Report::from(&e);
    let tr = &ctx.tr;
    let rtl = tr.dir() == "rtl";
    let scopes = scopes(&app, &user, tr, q.asked()?).await?;
    let scope_label = scopes.iter().find(|c| c.selected).map(|c| c.label.clone()).unwrap_or_default();

    let counts = [
        ("evaluation-pairs-formed", r.pairs.formed),
        ("evaluation-pairs-active", r.pairs.active),
        ("evaluation-pairs-completed", r.pairs.completed),
        ("evaluation-pairs-ended-early", r.pairs.ended_early),
    ];
    let most = counts.iter().filter_map(|(_, n)| *n).max().unwrap_or(0).max(1) as f64;
    let groups: Vec<Group> = counts
        .iter()
        .map(|(key, n)| Group { label: tr.t(key), values: vec![n.map(|n| (n as f64 / most, tr.number(n)))] })
        .collect();
    let pairs_svg = chart::grouped(&tr.t("evaluation-pairs-title"), &[], &groups, rtl);
    let pairs =
        counts.iter().map(|(key, n)| Row { label: tr.t(key), n: String::new(), value: count_text(tr, *n) }).collect();
    let reasons = r
        .ended_early_by_reason
        .iter()
        .map(|c| Row {
            label: tr.t(&format!("close-reason-{}", c.reason)),
            n: String::new(),
            value: count_text(tr, c.pairs),
        })
        .collect();

    let n = |v: Option<i64>| count_text(tr, v);
    let outcomes = vec![
        Row {
            label: tr.t("evaluation-retention"),
            n: n(r.retention.n),
            value: percent_text(tr, r.retention.n, r.retention.value),
        },
        Row {
            label: tr.t("evaluation-sessions-held"),
            n: n(r.sessions.pairs),
            value: value_text(tr, r.sessions.pairs, r.sessions.held.map(|h| h as f64), 0),
        },
        Row {
            label: tr.t("evaluation-sessions-hours"),
            n: n(r.sessions.pairs),
            value: value_text(tr, r.sessions.pairs, r.sessions.hours, 1),
        },
        Row {
            label: tr.t("evaluation-goal-attainment"),
            n: n(r.goal_attainment.n),
            value: value_text(tr, r.goal_attainment.n, r.goal_attainment.value, 2),
        },
    ];

    let shown: Vec<&crate::report::AreaFigures> = r.areas.iter().filter(|a| a.n != Some(0)).collect();
    let intervals: Vec<Interval> = shown
        .iter()
        .filter_map(|a| {
            Some(Interval {
                label: tr.t(&format!("area-{}", a.area)),
                low: a.ci95_low?,
                mean: a.mean_change?,
                high: a.ci95_high?,
                shown: signed(tr, a.mean_change?),
            })
        })
        .collect();
    let range = intervals.iter().map(|i| i.low.abs().max(i.high.abs())).fold(1.0_f64, f64::max).ceil();
    let areas_svg =
        (!intervals.is_empty()).then(|| chart::intervals(&tr.t("evaluation-areas-chart"), &intervals, range, rtl));
    let areas = shown
        .iter()
        .map(|a| AreaRow {
            label: tr.t(&format!("area-{}", a.area)),
            n: n(a.n),
            cells: if a.suppressed {
                vec![tr.t("evaluation-suppressed"); 5]
            } else {
                vec![
                    a.baseline_mean.map_or_else(String::new, |v| decimal(tr, v, 2)),
                    a.final_mean.map_or_else(String::new, |v| decimal(tr, v, 2)),
                    a.mean_change.map_or_else(String::new, |v| signed(tr, v)),
                    match (a.ci95_low, a.ci95_high) {
                        (Some(l), Some(h)) => tr.args(
                            "evaluation-interval",
                            &[("low", Arg::Text(&decimal(tr, l, 2))), ("high", Arg::Text(&decimal(tr, h, 2)))],
                        ),
                        _ => String::new(),
                    },
                    a.effect_size.map_or_else(|| "—".into(), |v| decimal(tr, v, 2)),
                ]
            },
        })
        .collect();

    let sides = [("evaluation-newcomers", 0), ("evaluation-buddies", 1)];
    let pick = |s: &crate::report::BothSides, k: usize| if k == 0 { s.newcomers } else { s.buddies };
    let sat = &r.satisfaction;
    let series = vec![tr.t("evaluation-from-checkins"), tr.t("evaluation-from-exit")];
    let groups: Vec<Group> = sides
        .iter()
        .map(|&(key, k)| Group {
            label: tr.t(key),
            values: [pick(&sat.checkins, k), pick(&sat.exit, k)]
                .into_iter()
                .map(|v| v.value.map(|m| (m / 5.0, decimal(tr, m, 1))))
                .collect(),
        })
        .collect();
    let satisfaction_svg = chart::grouped(&tr.t("evaluation-satisfaction-chart"), &series, &groups, rtl);
    let mut satisfaction = Vec::new();
    for (figure, s) in [("evaluation-from-checkins", &sat.checkins), ("evaluation-from-exit", &sat.exit)] {
        for &(side, k) in &sides {
            let v = pick(s, k);
            satisfaction.push(Row {
                label: format!("{} · {}", tr.t(side), tr.t(figure)),
                n: n(v.n),
                value: value_text(tr, v.n, v.value, 1),
            });
        }
    }
    for &(side, k) in &sides {
        let v = pick(&r.recommend, k);
        satisfaction.push(Row {
            label: format!("{} · {}", tr.t(side), tr.t("evaluation-recommend")),
            n: n(v.n),
            value: percent_text(tr, v.n, v.value),
        });
    }

    let query = q.query_string();
    let page = EvaluationPage {
        c: Chrome::new(&ctx, tr.t("evaluation-title")),
        scopes,
        genders: choices(tr, "gender-", GENDERS, q.gender.trim()),
        ages: choices(tr, "evaluation-age-", AgeBand::ALL.map(AgeBand::as_str), q.age.trim()),
        regions: choices(tr, "evaluation-region-", Region::ALL.map(Region::as_str), q.region.trim()),
        csv_link: if query.is_empty() { "/evaluation.csv".into() } else { format!("/evaluation.csv?{query}") },
        xlsx_link: if query.is_empty() { "/evaluation.xlsx".into() } else { format!("/evaluation.xlsx?{query}") },
        scope_label,
        q,
        pairs_svg,
        pairs,
        reasons,
        outcomes,
        areas_svg,
        areas,
        satisfaction_svg,
        satisfaction,
    };
    Ok(render(&page)?.into_response())
}

/// `GET /evaluation.csv`: the same figures as the page, as the API and the CLI give them.
async fn csv(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Query(q): Query<EvaluationQuery>,
) -> Result<Response, AppError> {
    let e = evaluate(&app, &user, &q).await?;
    Ok(csv_response("evaluation.csv", Report::from(&e).csv()))
}

/// `?codes=1`: a workbook's headings as the CSV's codes, for tools.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Codes {
    codes: String,
}

/// The columns of the figures' workbook, as [`crate::report::CSV_HEADER`].
const FIGURE_COLUMNS: [&str; 5] = crate::report::CSV_HEADER;

/// `GET /evaluation.xlsx`: the same figures as the CSV, as a workbook with
/// counts and measures as numbers; the figures keep their codes (those of
/// the CSV and the API), the headings are in the reader's language. Being
/// a download of the figures, it is audited with its scope (no filter:
/// a cohort's name is not a code).
async fn xlsx(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<EvaluationQuery>,
    Query(codes): Query<Codes>,
) -> Result<Response, AppError> {
    let e = evaluate(&app, &user, &q).await?;
    let tr = ctx.tr;
    let tools = codes.codes == "1";
    let rows: Vec<Vec<Cell>> = Report::from(&e)
        .lines()
        .into_iter()
        .map(|l| {
            let suppressed = match (tools, l.suppressed) {
                (true, s) => s.to_string(),
                (false, true) => tr.t("form-yes"),
                (false, false) => tr.t("form-no"),
            };
            vec![
                Cell::text(l.figure),
                Cell::text(l.key),
                l.n.map_or(Cell::Empty, Cell::Int),
                match l.value {
                    Some(Value::Int(v)) => Cell::Int(v),
                    Some(Value::Num(v)) => Cell::Decimal(v, 3),
                    None => Cell::Empty,
                },
                Cell::text(suppressed),
            ]
        })
        .collect();
    let subject = match q.asked()? {
        Asked::Programme(id) => format!("programme:{id}"),
        Asked::Organisation(id) => format!("organisation:{id}"),
        Asked::All => "evaluation".to_owned(),
    };
    app.store.audit(Some(user.id), "evaluation.export_xlsx", &subject, &rows.len().to_string()).await?;
    let headings: Vec<String> = if tools {
        FIGURE_COLUMNS.iter().map(|c| (*c).to_owned()).collect()
    } else {
        FIGURE_COLUMNS.iter().map(|c| tr.t(&format!("export-figures-column-{c}"))).collect()
    };
    workbook::download(tr, "evaluation.xlsx".into(), headings, rows).await
}
