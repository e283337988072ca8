//! Step 10's global evaluation as it leaves m4m: one serialisable report,
//! the same for the API (`GET /api/v1/evaluation`), the CSV export
//! (`GET /evaluation.csv`) and `m4m evaluation`, so that none of them can
//! show a figure another one hides. A suppressed figure is `null` in JSON
//! and an empty cell beside `suppressed = true` in CSV; its count is
//! withheld with it.

use m4m_domain::evaluation::{BySide, Evaluation, Figure};
use serde::Serialize;
use utoipa::ToSchema;

/// Figures are published to three decimals.
fn round(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// A figure over `n` people or pairs; both `null` when suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct Measure {
    pub n: Option<i64>,
    pub value: Option<f64>,
    pub suppressed: bool,
}

impl From<Figure> for Measure {
    fn from(f: Figure) -> Measure {
        Measure { n: f.n, value: f.value.map(round), suppressed: f.suppressed() }
    }
}

/// A figure for newcomers and one for buddies.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct BothSides {
    pub newcomers: Measure,
    pub buddies: Measure,
}

impl From<BySide> for BothSides {
    fn from(s: BySide) -> BothSides {
        BothSides { newcomers: s.newcomers.into(), buddies: s.buddies.into() }
    }
}

/// Pairs started (formed), running, completed at their planned end, ended
/// early; `null` for a count of 1 to 4.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct PairCounts {
    pub formed: Option<i64>,
    pub active: Option<i64>,
    pub completed: Option<i64>,
    pub ended_early: Option<i64>,
}

/// How many pairs ended early for one reason.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ReasonCount {
    /// `goals_reached`, `moved_away`, `lost_contact`, `conflict`, `safeguarding` or `other`.
    pub reason: &'static str,
    pub pairs: Option<i64>,
    pub suppressed: bool,
}

/// Held peer sessions of the pairs that met: how many pairs, sessions and hours.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct SessionFigures {
    pub pairs: Option<i64>,
    pub held: Option<i64>,
    pub hours: Option<f64>,
    pub suppressed: bool,
}

/// The change of one integration area from the initial to the final
/// self-assessment (scores 1–5) of the newcomers who have both.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AreaFigures {
    pub area: &'static str,
    pub n: Option<i64>,
    pub baseline_mean: Option<f64>,
    pub final_mean: Option<f64>,
    pub mean_change: Option<f64>,
    /// 95 % confidence interval of the mean change (paired t).
    pub ci95_low: Option<f64>,
    pub ci95_high: Option<f64>,
    /// Cohen's d_z; `null` also when every change is the same.
    pub effect_size: Option<f64>,
    pub suppressed: bool,
}

/// Mean satisfaction (1–5) from the check-ins and from the exit questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct Satisfaction {
    pub checkins: BothSides,
    pub exit: BothSides,
}

/// The global evaluation of the pairs asked for.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Report {
    pub pairs: PairCounts,
    pub ended_early_by_reason: Vec<ReasonCount>,
    /// Completed pairs over closed pairs (0–1); `n` is the closed pairs.
    pub retention: Measure,
    pub sessions: SessionFigures,
    /// Mean of the latest goal-attainment score (−2..+2) of each goal; `n` is the pairs with a scored goal.
    pub goal_attainment: Measure,
    pub areas: Vec<AreaFigures>,
    pub satisfaction: Satisfaction,
    /// The share (0–1) who would recommend a buddy, from the exit questionnaire.
    pub recommend: BothSides,
}

impl From<&Evaluation> for Report {
    fn from(e: &Evaluation) -> Report {
        let sessions = e.sessions.value.map(|v| v as i64);
        Report {
            pairs: PairCounts {
                formed: e.formed,
                active: e.active,
                completed: e.completed,
                ended_early: e.ended_early,
            },
            ended_early_by_reason: e
                .ended_early_by
                .iter()
                .map(|&(r, pairs)| ReasonCount { reason: r.as_str(), pairs, suppressed: pairs.is_none() })
                .collect(),
            retention: e.retention.into(),
            sessions: SessionFigures {
                pairs: e.sessions.n,
                held: sessions,
                hours: e.hours.value.map(round),
                suppressed: e.sessions.suppressed(),
            },
            goal_attainment: e.goal_attainment.into(),
            areas: e
                .areas
                .iter()
                .map(|&(area, c)| {
                    let f = c.figures;
                    AreaFigures {
                        area,
                        n: m4m_domain::evaluation::count(c.n as i64),
                        baseline_mean: f.map(|f| round(f.baseline_mean)),
                        final_mean: f.map(|f| round(f.final_mean)),
                        mean_change: f.map(|f| round(f.mean_change)),
                        ci95_low: f.map(|f| round(f.ci95_low)),
                        ci95_high: f.map(|f| round(f.ci95_high)),
                        effect_size: f.and_then(|f| f.effect_size).map(round),
                        suppressed: c.suppressed() && c.n > 0,
                    }
                })
                .collect(),
            satisfaction: Satisfaction { checkins: e.checkin_satisfaction.into(), exit: e.exit_satisfaction.into() },
            recommend: e.recommend.into(),
        }
    }
}

/// The columns of the CSV.
pub const CSV_HEADER: [&str; 5] = ["figure", "key", "n", "value", "suppressed"];

/// A figure's value: a count or a measure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Int(i64),
    Num(f64),
}

/// One figure of the report, as every spreadsheet of it writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureLine {
    pub figure: &'static str,
    /// What it is about: an area, a reason, a side; or nothing.
    pub key: &'static str,
    pub n: Option<i64>,
    pub value: Option<Value>,
    pub suppressed: bool,
}

impl Report {
    /// One row per figure ([`Report::lines`]) as text: its name, what it is
    /// about (an area, a reason, a side), over how many, its value, whether
    /// it is withheld.
    pub fn rows(&self) -> Vec<Vec<String>> {
        self.lines()
            .into_iter()
            .map(|l| {
                let value = match l.value {
                    Some(Value::Int(v)) => v.to_string(),
                    Some(Value::Num(v)) => v.to_string(),
                    None => String::new(),
                };
                let n = l.n.map(|n| n.to_string()).unwrap_or_default();
                vec![l.figure.into(), l.key.into(), n, value, l.suppressed.to_string()]
            })
            .collect()
    }

    /// Every figure of the report, in the order of the page.
    pub fn lines(&self) -> Vec<FigureLine> {
        let num = |v: Option<f64>| v.map(Value::Num);
        let int = |v: Option<i64>| v.map(Value::Int);
        let mut rows = Vec::new();
        let mut row = |figure: &'static str, key: &'static str, n: Option<i64>, value, suppressed: bool| {
            rows.push(FigureLine { figure, key, n, value, suppressed });
        };
        let p = &self.pairs;
        for (key, c) in
            [("formed", p.formed), ("active", p.active), ("completed", p.completed), ("ended_early", p.ended_early)]
        {
            row("pairs", key, None, int(c), c.is_none());
        }
        for r in &self.ended_early_by_reason {
            row("ended_early", r.reason, None, int(r.pairs), r.suppressed);
        }
        row("retention", "", self.retention.n, num(self.retention.value), self.retention.suppressed);
        let s = &self.sessions;
        row("sessions", "held", s.pairs, int(s.held), s.suppressed);
        row("sessions", "hours", s.pairs, num(s.hours), s.suppressed);
        let g = &self.goal_attainment;
        row("goal_attainment", "", g.n, num(g.value), g.suppressed);
        for a in &self.areas {
            for (figure, v) in [
                ("area_baseline_mean", a.baseline_mean),
                ("area_final_mean", a.final_mean),
                ("area_mean_change", a.mean_change),
                ("area_ci95_low", a.ci95_low),
                ("area_ci95_high", a.ci95_high),
                ("area_effect_size", a.effect_size),
            ] {
                row(figure, a.area, a.n, num(v), a.suppressed);
            }
        }
        for (figure, sides) in [
            ("satisfaction_checkins", &self.satisfaction.checkins),
            ("satisfaction_exit", &self.satisfaction.exit),
            ("recommend", &self.recommend),
        ] {
            for (key, v) in [("newcomers", &sides.newcomers), ("buddies", &sides.buddies)] {
                row(figure, key, v.n, num(v.value), v.suppressed);
            }
        }
        rows
    }

    /// The report as CSV (UTF-8 with a byte-order mark).
    pub fn csv(&self) -> Vec<u8> {
        crate::kit::csv::csv_bytes(&CSV_HEADER, &self.rows())
    }
}
