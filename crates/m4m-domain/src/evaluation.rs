//! The statistics of step 10's global evaluation: what a funder reads about
//! whether a programme helped. Integration areas are self-assessed by the
//! same people at the start and the end, so a change is a paired change:
//! its mean, a 95 % confidence interval from the paired t distribution, and
//! Cohen's d_z (mean change over the sample sd of the changes) as an effect
//! size that does not depend on the scale of the questions.
//!
//! Programmes are small and their people easy to recognise, so any figure
//! over fewer than [`MIN_GROUP`] people is suppressed. The page, the CSV,
//! the API and the CLI all compute their figures here, so none of them can
//! show what another one hides.

use time::Date;

use crate::Validation;
use crate::closing::ClosingReason;
use crate::pairing::PairStatus;
use crate::participant::{AREAS, GENDERS, Kind};
use crate::programme::parse_date;

/// Figures over fewer people than this are never shown (statistical disclosure control).
pub const MIN_GROUP: usize = 5;

/// Whether a figure computed over `n` people may be shown.
pub fn shown(n: usize) -> bool {
    n >= MIN_GROUP
}

/// A count as it may be published: `None` (suppressed) when 1..=4, the count otherwise (0 is shown: it discloses nobody).
pub fn count(n: i64) -> Option<i64> {
    if (1..MIN_GROUP as i64).contains(&n) { None } else { Some(n) }
}

/// Counts that add up to a shown `total`, as they may be published: each
/// count of 1–4 withheld ([`count`]), and when exactly one is withheld,
/// the smallest other one too (a zero included), so that the withheld one
/// cannot be worked out by subtraction from the total.
pub fn parts_of(total: i64, parts: &[i64]) -> Vec<Option<i64>> {
    let mut out: Vec<Option<i64>> = parts.iter().map(|&n| count(n)).collect();
    if count(total).is_some() && out.iter().filter(|p| p.is_none()).count() == 1 {
        let smallest = (0..parts.len()).filter(|&i| out[i].is_some()).min_by_key(|&i| parts[i]);
        if let Some(i) = smallest {
            out[i] = None;
        }
    }
    out
}

/// A mean over `values` (one per person), `None` when fewer than MIN_GROUP values.
pub fn mean(values: &[f64]) -> Option<f64> {
    shown(values.len()).then(|| raw_mean(values))
}

/// The share of `n` people who said yes (e.g. "would recommend"), `None`
/// when fewer than MIN_GROUP people answered.
pub fn proportion(yes: usize, n: usize) -> Option<f64> {
    debug_assert!(yes <= n, "{yes} yes out of {n}");
    shown(n).then(|| yes as f64 / n as f64)
}

/// The change of one integration area between two self-assessments of the same people.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaChange {
    /// How many people have both scores.
    pub n: usize,
    /// `None` when suppressed (n < MIN_GROUP).
    pub figures: Option<ChangeFigures>,
}

/// The figures of an [`AreaChange`] that may be shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChangeFigures {
    pub baseline_mean: f64,
    pub final_mean: f64,
    /// Mean of (final - baseline).
    pub mean_change: f64,
    /// Paired t: mean_change -/+ t(0.975, n-1) * sd_diff / sqrt(n).
    pub ci95_low: f64,
    /// With zero variance of the differences both bounds equal mean_change.
    pub ci95_high: f64,
    /// Cohen's d for paired samples, d_z = mean_change / sd_diff (sample sd, n-1). `None` when sd_diff is 0 (undefined).
    pub effect_size: Option<f64>,
}

impl AreaChange {
    /// Whether the figures are withheld because too few people have both scores.
    pub fn suppressed(&self) -> bool {
        self.figures.is_none()
    }
}

/// `pairs`: (baseline, final) per person.
pub fn paired_change(pairs: &[(f64, f64)]) -> AreaChange {
    let n = pairs.len();
    if !shown(n) {
        return AreaChange { n, figures: None };
    }
    let baselines: Vec<f64> = pairs.iter().map(|&(b, _)| b).collect();
    let finals: Vec<f64> = pairs.iter().map(|&(_, f)| f).collect();
    let diffs: Vec<f64> = pairs.iter().map(|&(b, f)| f - b).collect();
    let mean_change = raw_mean(&diffs);
    // Equal differences are tested directly: their mean can differ from each
    // of them by a rounding error, which would give a tiny spurious sd and an
    // enormous effect size instead of an undefined one.
    let sd_diff = if diffs.iter().all(|&d| d == diffs[0]) {
        0.0
    } else {
        let ss: f64 = diffs.iter().map(|d| (d - mean_change).powi(2)).sum();
        (ss / (n - 1) as f64).sqrt()
    };
    let half_width = t_975(n - 1) * sd_diff / (n as f64).sqrt();
    AreaChange {
        n,
        figures: Some(ChangeFigures {
            baseline_mean: raw_mean(&baselines),
            final_mean: raw_mean(&finals),
            mean_change,
            ci95_low: mean_change - half_width,
            ci95_high: mean_change + half_width,
            effect_size: (sd_diff > 0.0).then(|| mean_change / sd_diff),
        }),
    }
}

/// The sums a paired change is computed from, in thousandths of a point
/// as the scores are stored (so that they add up exactly, in the database
/// as here): how many people, the sums of their baseline and final
/// scores, and the sum of the squares of their changes (millionths).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairedSums {
    pub n: i64,
    pub baseline: i64,
    pub end: i64,
    pub change_squared: i64,
}

/// [`paired_change`] from the sums of the scores rather than the scores:
/// what a database adds up for thousands of people in one row.
pub fn paired_change_of_sums(s: PairedSums) -> AreaChange {
    let n = usize::try_from(s.n).unwrap_or(0);
    if !shown(n) {
        return AreaChange { n, figures: None };
    }
    let count = s.n as f64;
    let change = s.end - s.baseline;
    // n · Σd² − (Σd)², exact in integers: zero exactly when every change is the same.
    let spread = i128::from(s.n) * i128::from(s.change_squared) - i128::from(change) * i128::from(change);
    let sd_diff = if spread <= 0 { 0.0 } else { (spread as f64 / (count * (count - 1.0))).sqrt() / 1000.0 };
    let mean_change = change as f64 / count / 1000.0;
    let half_width = t_975(n - 1) * sd_diff / count.sqrt();
    AreaChange {
        n,
        figures: Some(ChangeFigures {
            baseline_mean: s.baseline as f64 / count / 1000.0,
            final_mean: s.end as f64 / count / 1000.0,
            mean_change,
            ci95_low: mean_change - half_width,
            ci95_high: mean_change + half_width,
            effect_size: (sd_diff > 0.0).then(|| mean_change / sd_diff),
        }),
    }
}

/// Two-sided 95 % critical values of Student's t for df 1..=30, where the
/// expansion below is not accurate enough to three decimals.
const T_975_TABLE: [f64; 30] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
    2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/// The 0.975 quantile of Student's t distribution with `df` degrees of freedom (df >= 1).
///
/// With df 0 there is no interval at all; infinity says so without a panic.
pub fn t_975(df: usize) -> f64 {
    match df {
        0 => f64::INFINITY,
        1..=30 => T_975_TABLE[df - 1],
        _ => {
            // Cornish–Fisher expansion around the normal quantile; beyond 30
            // degrees of freedom it agrees with the exact value to 1e-4.
            const Z: f64 = 1.959964;
            let v = df as f64;
            let (z3, z5, z7) = (Z.powi(3), Z.powi(5), Z.powi(7));
            Z + (z3 + Z) / (4.0 * v)
                + (5.0 * z5 + 16.0 * z3 + 3.0 * Z) / (96.0 * v.powi(2))
                + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * Z) / (384.0 * v.powi(3))
        }
    }
}

fn raw_mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

/// The age bands of the filters, from a newcomer's birth year and the year
/// their pair started (the age they had when the buddy came, which does
/// not change as the report gets older).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    Under25,
    From25To34,
    From35To49,
    From50,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 4] = [AgeBand::Under25, AgeBand::From25To34, AgeBand::From35To49, AgeBand::From50];

    /// The band of someone born in `birth_year`, in `year`.
    pub fn of(birth_year: i32, year: i32) -> AgeBand {
        match year - birth_year {
            ..25 => AgeBand::Under25,
            25..35 => AgeBand::From25To34,
            35..50 => AgeBand::From35To49,
            _ => AgeBand::From50,
        }
    }

    /// The youngest and the oldest age of the band (in whole years; the
    /// last band ends at 150).
    pub fn ages(self) -> (i32, i32) {
        match self {
            AgeBand::Under25 => (0, 24),
            AgeBand::From25To34 => (25, 34),
            AgeBand::From35To49 => (35, 49),
            AgeBand::From50 => (50, 150),
        }
    }

    /// The name in a query string, also the suffix of its translation key (`evaluation-age-25_34`).
    pub fn as_str(self) -> &'static str {
        match self {
            AgeBand::Under25 => "under_25",
            AgeBand::From25To34 => "25_34",
            AgeBand::From35To49 => "35_49",
            AgeBand::From50 => "50_plus",
        }
    }

    pub fn parse(s: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// World regions of origin, coarse enough that a filter by region does
/// not single anyone out the way a country could.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    MiddleEastNorthAfrica,
    SubSaharanAfrica,
    CentralSouthAsia,
    Europe,
    Americas,
    /// Everywhere else, and an unknown country.
    Other,
}

/// ISO 3166 codes of each region but `Other`. Turkey is with Europe and
/// Iran with the Middle East, as the UNHCR groups them; Sudan is with
/// Sub-Saharan Africa.
const REGIONS: [(Region, &[&str]); 5] = [
    (
        Region::MiddleEastNorthAfrica,
        &["AE", "BH", "DZ", "EG", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SY", "TN", "YE"],
    ),
    (
        Region::SubSaharanAfrica,
        &[
            "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "ER", "ET", "GA", "GH", "GM", "GN",
            "GQ", "GW", "KE", "KM", "LR", "LS", "MG", "ML", "MR", "MU", "MW", "MZ", "NA", "NE", "NG", "RW", "SC", "SD",
            "SL", "SN", "SO", "SS", "ST", "SZ", "TD", "TG", "TZ", "UG", "ZA", "ZM", "ZW",
        ],
    ),
    (Region::CentralSouthAsia, &["AF", "BD", "BT", "IN", "KG", "KZ", "LK", "MV", "NP", "PK", "TJ", "TM", "UZ"]),
    (
        Region::Europe,
        &[
            "AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GB", "GE", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL",
            "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "TR", "UA", "VA", "XK",
        ],
    ),
    (
        Region::Americas,
        &[
            "AR", "BO", "BR", "CA", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "HT", "JM", "MX", "NI", "PA", "PE",
            "PY", "SV", "TT", "US", "UY", "VE",
        ],
    ),
];

impl Region {
    /// Every region, in the order the form offers them.
    pub const ALL: [Region; 6] = [
        Region::MiddleEastNorthAfrica,
        Region::SubSaharanAfrica,
        Region::CentralSouthAsia,
        Region::Europe,
        Region::Americas,
        Region::Other,
    ];

    /// The countries of the region (ISO 3166 alpha-2, upper case); `None`
    /// for [`Region::Other`], which is every country of no other region.
    pub fn countries(self) -> Option<&'static [&'static str]> {
        REGIONS.iter().find(|(r, _)| *r == self).map(|(_, codes)| *codes)
    }

    /// Every country of a region but `Other`.
    pub fn all_countries() -> impl Iterator<Item = &'static str> {
        REGIONS.iter().flat_map(|(_, codes)| codes.iter().copied())
    }

    /// The region of a country (ISO 3166 alpha-2, any case).
    pub fn of(country: &str) -> Region {
        let code = country.trim().to_ascii_uppercase();
        REGIONS.iter().find(|(_, codes)| codes.contains(&code.as_str())).map_or(Region::Other, |(r, _)| *r)
    }

    /// The name in a query string, also the suffix of its translation key (`evaluation-region-europe`).
    pub fn as_str(self) -> &'static str {
        match self {
            Region::MiddleEastNorthAfrica => "mena",
            Region::SubSaharanAfrica => "sub_saharan_africa",
            Region::CentralSouthAsia => "central_south_asia",
            Region::Europe => "europe",
            Region::Americas => "americas",
            Region::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Which pairs a report covers, beside its scope (programme or
/// organisations). Every filter selects pairs: by when they started, and
/// by their newcomer — the person the programme is for — as they were
/// when it started (`store::evaluation` turns them into the conditions of
/// its queries). The cohort is the calendar year a pair started in: a
/// pair belongs to one cohort for good, whenever it closes, and a
/// programme that runs from September to June spreads over two.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Pairs started on or after this day.
    pub from: Option<Date>,
    /// Pairs started on or before this day.
    pub to: Option<Date>,
    pub cohort: Option<i32>,
    /// One of [`GENDERS`].
    pub gender: Option<&'static str>,
    pub age: Option<AgeBand>,
    pub region: Option<Region>,
}

/// The filters as a query string sends them (empty: no filter).
#[derive(Debug, Clone, Copy, Default)]
pub struct FilterForm<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub cohort: &'a str,
    pub gender: &'a str,
    pub age: &'a str,
    pub region: &'a str,
}

impl Filters {
    /// Parses the form: every field may be empty; a value that is not one
    /// of the choices, a wrong date or a period that ends before it starts
    /// is refused.
    pub fn parse(f: &FilterForm<'_>) -> Result<Filters, Validation> {
        let mut v = Validation::default();
        let date = |v: &mut Validation, field, raw: &str| {
            if raw.trim().is_empty() { None } else { v.check(parse_date(field, raw)) }
        };
        let from = date(&mut v, "from", f.from);
        let to = date(&mut v, "to", f.to);
        if let (Some(a), Some(b)) = (from, to)
            && b < a
        {
            v.add("to", "error-end-before-start");
        }
        let cohort =
            choice(&mut v, "cohort", f.cohort, |s| s.parse::<i32>().ok().filter(|y| (1900..=9999).contains(y)));
        let gender = choice(&mut v, "gender", f.gender, |s| GENDERS.iter().copied().find(|g| *g == s));
        let age = choice(&mut v, "age", f.age, AgeBand::parse);
        let region = choice(&mut v, "region", f.region, Region::parse);
        v.finish()?;
        Ok(Filters { from, to, cohort, gender, age, region })
    }
}

/// One filter's value: `None` when empty, and an error for a value that is not one of the choices.
fn choice<T>(v: &mut Validation, field: &'static str, raw: &str, parse: impl Fn(&str) -> Option<T>) -> Option<T> {
    match raw.trim() {
        "" => None,
        s => {
            let parsed = parse(s);
            if parsed.is_none() {
                v.add(field, "error-choice-invalid");
            }
            parsed
        }
    }
}

/// A started pair as the evaluation reads it: how it stands and how much
/// its members met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairFacts {
    pub id: i64,
    /// Active, completed or ended early.
    pub status: PairStatus,
    pub close_reason: Option<ClosingReason>,
    pub sessions_held: i64,
    pub minutes_held: i64,
}

/// A member's answers of one kind (check-ins, exit questionnaire) in one pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    pub pair: i64,
    pub person: i64,
    pub side: Kind,
    /// Sum of the satisfactions (1–5) given.
    pub satisfaction_sum: i64,
    pub answers: i64,
    /// How many answers said "would recommend".
    pub recommend: i64,
}

/// The latest goal-attainment scores of the goals of the pairs covered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GoalScores {
    /// Scored goals, and the sum of their latest scores (−2..+2 each).
    pub goals: i64,
    pub score_sum: i64,
    /// The pairs these goals belong to.
    pub pairs: i64,
}

/// Everything the evaluation of a set of pairs is computed from — the
/// pairs a scope and [`Filters`] select, counted only through people
/// whose consent to evaluation is in force: pairs through their
/// newcomer's consent, answers through their author's.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub pairs: Vec<PairFacts>,
    pub goals: GoalScores,
    pub checkins: Vec<Answered>,
    pub exits: Vec<Answered>,
    /// Per integration area, the start and end scores of the newcomers
    /// who have both.
    pub scores: Vec<(String, PairedSums)>,
}

/// A figure over `n` people or pairs: `n` and `value` are `None` when
/// suppressed (a count of 1 to 4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub n: Option<i64>,
    pub value: Option<f64>,
}

impl Figure {
    fn of(n: usize, value: impl FnOnce() -> f64) -> Figure {
        Figure { n: count(n as i64), value: shown(n).then(value) }
    }

    /// Whether the figure is withheld.
    pub fn suppressed(&self) -> bool {
        self.value.is_none() && self.n != Some(0)
    }
}

/// A figure for each side of the pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BySide {
    pub newcomers: Figure,
    pub buddies: Figure,
}

/// The global evaluation of a set of pairs, every figure already
/// suppressed where its group is under [`MIN_GROUP`].
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Pairs started (formed), still active, completed, ended early: `None` for 1–4.
    pub formed: Option<i64>,
    pub active: Option<i64>,
    pub completed: Option<i64>,
    pub ended_early: Option<i64>,
    /// Pairs ended early, by reason (every reason but the planned end).
    pub ended_early_by: Vec<(ClosingReason, Option<i64>)>,
    /// Completed over closed; `n` is the closed pairs.
    pub retention: Figure,
    /// Held peer sessions: `n` pairs, the value the number of sessions.
    pub sessions: Figure,
    /// Hours of held sessions, over the same pairs.
    pub hours: Figure,
    /// Mean of the latest goal-attainment score of each goal; `n` is the pairs with a scored goal.
    pub goal_attainment: Figure,
    /// Every integration area, in [`AREAS`]' order.
    pub areas: Vec<(&'static str, AreaChange)>,
    pub checkin_satisfaction: BySide,
    pub exit_satisfaction: BySide,
    /// The share who would recommend a buddy, from the exit questionnaire.
    pub recommend: BySide,
}

impl Evaluation {
    /// The figures of the pairs of `facts`.
    pub fn compute(facts: &Facts) -> Evaluation {
        use std::collections::BTreeMap;
        let pairs = &facts.pairs;
        let with = |s: PairStatus| pairs.iter().filter(|p| p.status == s).count();
        let (completed, ended_early) = (with(PairStatus::Completed), with(PairStatus::EndedEarly));
        let reasons: Vec<ClosingReason> =
            ClosingReason::ALL.into_iter().filter(|r| r.status() == PairStatus::EndedEarly).collect();
        let by_reason: Vec<i64> = reasons
            .iter()
            .map(|r| {
                pairs.iter().filter(|p| p.status == PairStatus::EndedEarly && p.close_reason == Some(*r)).count() as i64
            })
            .collect();
        let ended_early_by = reasons.into_iter().zip(parts_of(ended_early as i64, &by_reason)).collect();
        let active = with(PairStatus::Active);
        // Formed = active + completed + ended early: none of the three may
        // be found from the others when one is withheld.
        let [active_shown, completed_shown, ended_shown] =
            parts_of(pairs.len() as i64, &[active as i64, completed as i64, ended_early as i64])[..]
        else {
            unreachable!("three parts")
        };
        // Retention tells how many completed and ended early: shown only
        // when both may be.
        let closed = completed + ended_early;
        let retention = if count(completed as i64).is_some() && count(ended_early as i64).is_some() {
            Figure::of(closed, || completed as f64 / closed as f64)
        } else {
            Figure { n: count(closed as i64), value: None }
        };
        let met: Vec<&PairFacts> = pairs.iter().filter(|p| p.sessions_held > 0).collect();
        let sessions = met.iter().map(|p| p.sessions_held).sum::<i64>();
        let minutes = met.iter().map(|p| p.minutes_held).sum::<i64>();
        let goals = facts.goals;
        let by_side = |answers: &[Answered], value: fn(i64, i64, i64) -> f64| {
            let side = |kind: Kind| {
                // One value per person, over all their answers in the pairs covered.
                let mut people: BTreeMap<i64, (i64, i64, i64)> = BTreeMap::new();
                for a in answers.iter().filter(|a| a.side == kind) {
                    let e = people.entry(a.person).or_default();
                    *e = (e.0 + a.satisfaction_sum, e.1 + a.answers, e.2 + a.recommend);
                }
                let values: Vec<f64> = people.values().map(|&(s, n, r)| value(s, n, r)).collect();
                Figure::of(values.len(), || raw_mean(&values))
            };
            BySide { newcomers: side(Kind::Mentee), buddies: side(Kind::Mentor) }
        };
        let satisfaction: fn(i64, i64, i64) -> f64 = |sum, n, _| sum as f64 / n as f64;
        // Someone who answered in several pairs recommends when at least half their answers do.
        let recommends: fn(i64, i64, i64) -> f64 = |_, n, yes| if yes * 2 >= n { 1.0 } else { 0.0 };
        let areas = AREAS
            .iter()
            .map(|&area| {
                let sums = facts.scores.iter().find(|(a, _)| a == area).map_or_else(PairedSums::default, |(_, s)| *s);
                (area, paired_change_of_sums(sums))
            })
            .collect();
        Evaluation {
            formed: count(pairs.len() as i64),
            active: active_shown,
            completed: completed_shown,
            ended_early: ended_shown,
            ended_early_by,
            retention,
            sessions: Figure::of(met.len(), || sessions as f64),
            hours: Figure::of(met.len(), || minutes as f64 / 60.0),
            goal_attainment: Figure::of(usize::try_from(goals.pairs).unwrap_or(0), || {
                goals.score_sum as f64 / goals.goals as f64
            }),
            areas,
            checkin_satisfaction: by_side(&facts.checkins, satisfaction),
            exit_satisfaction: by_side(&facts.exits, satisfaction),
            recommend: by_side(&facts.exits, recommends),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-3;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < EPS
    }

    fn pairs(baseline: &[f64], end: &[f64]) -> Vec<(f64, f64)> {
        baseline.iter().copied().zip(end.iter().copied()).collect()
    }

    #[test]
    fn five_people_by_hand() {
        // baseline [2,3,3,4,2]: mean 14/5 = 2.8; final [3,4,3,5,4]: mean 19/5 = 3.8
        // differences [1,1,0,1,2]: mean 5/5 = 1.0
        // squared deviations [0,0,1,0,1]: sum 2, / (n-1 = 4) = 0.5, sd = sqrt(0.5) = 0.70711
        // se = 0.70711 / sqrt(5) = 0.31623; t(4) = 2.776; half width = 0.87785
        // CI = [1 - 0.87785, 1 + 0.87785] = [0.12215, 1.87785]
        // d_z = 1.0 / 0.70711 = 1.41421 (= sqrt 2)
        let c = paired_change(&pairs(&[2., 3., 3., 4., 2.], &[3., 4., 3., 5., 4.]));
        assert_eq!(c.n, 5);
        assert!(!c.suppressed());
        let f = c.figures.unwrap();
        assert!(close(f.baseline_mean, 2.8));
        assert!(close(f.final_mean, 3.8));
        assert!(close(f.mean_change, 1.0));
        assert!(close(f.ci95_low, 0.12215), "{}", f.ci95_low);
        assert!(close(f.ci95_high, 1.87785), "{}", f.ci95_high);
        assert!(close(f.effect_size.unwrap(), std::f64::consts::SQRT_2));
    }

    #[test]
    fn negative_change_by_hand() {
        // baseline [4,5,3,4,4]: mean 4.0; final [3,3,3,2,4]: mean 3.0
        // differences [-1,-2,0,-2,0]: mean -1.0
        // squared deviations [0,1,1,1,1]: sum 4, / 4 = 1, sd = 1, se = 1 / sqrt(5) = 0.44721
        // half width = 2.776 * 0.44721 = 1.24147; CI = [-2.24147, 0.24147]
        // d_z = -1.0 / 1 = -1.0
        let c = paired_change(&pairs(&[4., 5., 3., 4., 4.], &[3., 3., 3., 2., 4.]));
        let f = c.figures.unwrap();
        assert!(close(f.baseline_mean, 4.0));
        assert!(close(f.final_mean, 3.0));
        assert!(close(f.mean_change, -1.0));
        assert!(close(f.ci95_low, -2.24147), "{}", f.ci95_low);
        assert!(close(f.ci95_high, 0.24147), "{}", f.ci95_high);
        assert!(close(f.effect_size.unwrap(), -1.0));
    }

    #[test]
    fn zero_variance_has_a_point_interval_and_no_effect_size() {
        let c = paired_change(&pairs(&[1., 2., 3., 4., 5., 2.], &[2., 3., 4., 5., 6., 3.]));
        let f = c.figures.unwrap();
        assert_eq!(f.mean_change, 1.0);
        assert_eq!(f.ci95_low, f.mean_change);
        assert_eq!(f.ci95_high, f.mean_change);
        assert_eq!(f.effect_size, None);
    }

    #[test]
    fn zero_variance_survives_rounding() {
        // 0.1 five times does not average to exactly 0.1 in floating point.
        let c = paired_change(&[(0.0, 0.1); 5]);
        let f = c.figures.unwrap();
        assert_eq!(f.ci95_low, f.mean_change);
        assert_eq!(f.ci95_high, f.mean_change);
        assert_eq!(f.effect_size, None);
    }

    #[test]
    fn no_change_at_all() {
        let f = paired_change(&[(3.0, 3.0); 5]).figures.unwrap();
        assert_eq!(f.mean_change, 0.0);
        assert_eq!((f.ci95_low, f.ci95_high), (0.0, 0.0));
        assert_eq!(f.effect_size, None);
    }

    #[test]
    fn small_groups_are_suppressed() {
        for n in 0..MIN_GROUP {
            let c = paired_change(&vec![(2.0, 4.0); n]);
            assert_eq!(c.n, n);
            assert!(c.suppressed(), "n = {n}");
            assert_eq!(c.figures, None);
        }
        let one = paired_change(&[(1.0, 5.0)]);
        assert_eq!(one, AreaChange { n: 1, figures: None });
        let four = paired_change(&pairs(&[1., 2., 3., 4.], &[2., 4., 4., 5.]));
        assert_eq!(four, AreaChange { n: 4, figures: None });
        assert!(!paired_change(&[(2.0, 4.0); 5]).suppressed());
    }

    #[test]
    fn shown_from_five() {
        assert!(!shown(0));
        assert!(!shown(4));
        assert!(shown(5));
        assert!(shown(100));
    }

    #[test]
    fn a_withheld_part_of_a_shown_total_takes_the_smallest_other_with_it() {
        // 8 = 0 active + 5 completed + 3 ended early: the 3 would be 8 − 5 − 0.
        assert_eq!(parts_of(8, &[0, 5, 3]), [None, Some(5), None]);
        // Two withheld already, or none: nothing more.
        assert_eq!(parts_of(7, &[0, 4, 3]), [Some(0), None, None]);
        assert_eq!(parts_of(12, &[0, 7, 5]), [Some(0), Some(7), Some(5)]);
        // A total itself withheld tells nothing to subtract from.
        assert_eq!(parts_of(3, &[0, 0, 3]), [Some(0), Some(0), None]);
    }

    #[test]
    fn counts_under_five_are_suppressed_but_zero_is_shown() {
        assert_eq!(count(0), Some(0));
        for n in 1..=4 {
            assert_eq!(count(n), None, "count {n}");
        }
        assert_eq!(count(5), Some(5));
        assert_eq!(count(1234), Some(1234));
    }

    #[test]
    fn means_need_five_values() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[4.0, 5.0, 3.0, 4.0]), None);
        let m = mean(&[4.0, 5.0, 3.0, 4.0, 2.0]).unwrap();
        assert!(close(m, 3.6));
    }

    #[test]
    fn proportions_need_five_people() {
        assert_eq!(proportion(0, 0), None);
        assert_eq!(proportion(3, 4), None);
        assert_eq!(proportion(4, 5), Some(0.8));
        assert_eq!(proportion(0, 5), Some(0.0));
        assert_eq!(proportion(5, 5), Some(1.0));
    }

    #[test]
    fn t_table() {
        let expected = [
            (1, 12.706),
            (2, 4.303),
            (3, 3.182),
            (4, 2.776),
            (5, 2.571),
            (10, 2.228),
            (13, 2.160),
            (20, 2.086),
            (29, 2.045),
            (30, 2.042),
        ];
        for (df, t) in expected {
            assert_eq!(t_975(df), t, "df {df}");
        }
        // Critical values fall as df grows, and the table hands over to the
        // expansion without a jump upwards.
        for df in 1..200 {
            assert!(t_975(df + 1) < t_975(df), "df {df}");
        }
    }

    #[test]
    fn t_beyond_the_table() {
        assert!(close(t_975(31), 2.040), "{}", t_975(31));
        assert!(close(t_975(40), 2.021), "{}", t_975(40));
        assert!(close(t_975(60), 2.000), "{}", t_975(60));
        assert!(close(t_975(120), 1.980), "{}", t_975(120));
        assert!(close(t_975(100_000), 1.960), "{}", t_975(100_000));
    }

    #[test]
    fn t_without_degrees_of_freedom_is_infinite() {
        assert_eq!(t_975(0), f64::INFINITY);
    }
    #[test]
    fn age_bands_at_the_pairs_start() {
        assert_eq!(AgeBand::of(2001, 2025), AgeBand::Under25);
        assert_eq!(AgeBand::of(2000, 2025), AgeBand::From25To34);
        assert_eq!(AgeBand::of(1991, 2025), AgeBand::From25To34);
        assert_eq!(AgeBand::of(1990, 2025), AgeBand::From35To49);
        assert_eq!(AgeBand::of(1976, 2025), AgeBand::From35To49);
        assert_eq!(AgeBand::of(1975, 2025), AgeBand::From50);
        for a in AgeBand::ALL {
            assert_eq!(AgeBand::parse(a.as_str()), Some(a));
        }
    }

    #[test]
    fn regions_of_countries() {
        assert_eq!(Region::of("SY"), Region::MiddleEastNorthAfrica);
        assert_eq!(Region::of("ir"), Region::MiddleEastNorthAfrica);
        assert_eq!(Region::of("ER"), Region::SubSaharanAfrica);
        assert_eq!(Region::of("AF"), Region::CentralSouthAsia);
        assert_eq!(Region::of("UA"), Region::Europe);
        assert_eq!(Region::of("VE"), Region::Americas);
        assert_eq!(Region::of("CN"), Region::Other);
        assert_eq!(Region::of(""), Region::Other);
        for r in Region::ALL {
            assert_eq!(Region::parse(r.as_str()), Some(r));
        }
        // No country in two regions.
        let mut all: Vec<&str> = REGIONS.iter().flat_map(|(_, c)| c.iter().copied()).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
    }

    #[test]
    fn filters_parse_and_refuse() {
        assert_eq!(Filters::parse(&FilterForm::default()), Ok(Filters::default()));
        let f = Filters::parse(&FilterForm {
            from: "2025-01-01",
            to: "2025-12-31",
            cohort: "2025",
            gender: "woman",
            age: "25_34",
            region: "europe",
        })
        .unwrap();
        assert_eq!(f.cohort, Some(2025));
        assert_eq!(f.gender, Some("woman"));
        assert_eq!(f.age, Some(AgeBand::From25To34));
        assert_eq!(f.region, Some(Region::Europe));
        let bad = Filters::parse(&FilterForm {
            from: "2025-13-01",
            cohort: "twenty",
            gender: "<b>",
            age: "old",
            region: "mars",
            ..FilterForm::default()
        })
        .unwrap_err();
        for field in ["from", "cohort", "gender", "age", "region"] {
            assert!(bad.key_for(field).is_some(), "{field}");
        }
        let reversed = Filters::parse(&FilterForm { from: "2025-02-01", to: "2025-01-01", ..FilterForm::default() });
        assert_eq!(reversed.unwrap_err().key_for("to"), Some("error-end-before-start"));
    }

    fn pair(id: i64, status: PairStatus, reason: Option<ClosingReason>) -> PairFacts {
        PairFacts { id, status, close_reason: reason, sessions_held: 2, minutes_held: 90 }
    }

    #[test]
    fn figures_of_six_pairs_by_hand() {
        use ClosingReason::*;
        let pairs = vec![
            pair(1, PairStatus::Completed, Some(PlannedEnd)),
            pair(2, PairStatus::Completed, Some(PlannedEnd)),
            pair(3, PairStatus::Completed, Some(PlannedEnd)),
            pair(4, PairStatus::EndedEarly, Some(MovedAway)),
            pair(5, PairStatus::EndedEarly, Some(LostContact)),
            pair(6, PairStatus::Active, None),
        ];
        let answer =
            |pair, person, side, s, r| Answered { pair, person, side, satisfaction_sum: s, answers: 1, recommend: r };
        let exits: Vec<Answered> = (1..=5).map(|i| answer(i, 100 + i, Kind::Mentee, i, i64::from(i > 1))).collect();
        // Five newcomers, start 2 in language, end 3 or 2: changes 1, 0, 1, 0, 1.
        let language = PairedSums { n: 5, baseline: 10_000, end: 13_000, change_squared: 3_000_000 };
        let facts = Facts {
            pairs,
            goals: GoalScores { goals: 3, score_sum: 3, pairs: 2 },
            checkins: vec![],
            exits,
            scores: vec![("language".into(), language), ("housing".into(), PairedSums { n: 4, ..language })],
        };
        let e = Evaluation::compute(&facts);
        assert_eq!((e.formed, e.active, e.completed, e.ended_early), (Some(6), None, None, None));
        assert!(e.ended_early_by.iter().all(|(r, n)| *r != PlannedEnd && n.is_none_or(|n| n == 0)));
        // 3 completed of 5 closed: the share would tell both counts, each
        // under five.
        assert_eq!(e.retention, Figure { n: Some(5), value: None });
        assert_eq!(e.sessions, Figure { n: Some(6), value: Some(12.0) });
        assert_eq!(e.hours, Figure { n: Some(6), value: Some(9.0) });
        // Goals of two pairs only: suppressed, the count of pairs too.
        assert_eq!(e.goal_attainment, Figure { n: None, value: None });
        assert!(e.goal_attainment.suppressed());
        // Satisfaction 1..5: mean 3; four of five would recommend.
        assert_eq!(e.exit_satisfaction.newcomers, Figure { n: Some(5), value: Some(3.0) });
        assert_eq!(e.recommend.newcomers.value, Some(0.8));
        assert_eq!(e.exit_satisfaction.buddies, Figure { n: Some(0), value: None });
        assert!(!e.exit_satisfaction.buddies.suppressed());
        let (area, language) = e.areas[0];
        assert_eq!((area, language.n), ("language", 5));
        assert!((language.figures.unwrap().mean_change - 0.6).abs() < 1e-9);
        assert!(e.areas[2].1.suppressed(), "housing: four people");
        assert_eq!(e.areas[1].1, AreaChange { n: 0, figures: None });
    }

    #[test]
    fn sums_give_what_the_scores_give() {
        // five_people_by_hand, in thousandths: the same figures from the sums.
        let (b, f) = ([2., 3., 3., 4., 2.], [3., 4., 3., 5., 4.]);
        let by_scores = paired_change(&pairs(&b, &f)).figures.unwrap();
        let milli = |v: f64| (v * 1000.0) as i64;
        let sums = PairedSums {
            n: 5,
            baseline: b.iter().map(|&v| milli(v)).sum(),
            end: f.iter().map(|&v| milli(v)).sum(),
            change_squared: b.iter().zip(&f).map(|(&x, &y)| (milli(y) - milli(x)).pow(2)).sum(),
        };
        let by_sums = paired_change_of_sums(sums).figures.unwrap();
        for (a, b) in [
            (by_scores.baseline_mean, by_sums.baseline_mean),
            (by_scores.final_mean, by_sums.final_mean),
            (by_scores.mean_change, by_sums.mean_change),
            (by_scores.ci95_low, by_sums.ci95_low),
            (by_scores.ci95_high, by_sums.ci95_high),
            (by_scores.effect_size.unwrap(), by_sums.effect_size.unwrap()),
        ] {
            assert!(close(a, b), "{a} {b}");
        }
        // Every change the same: no spread, no effect size, exactly.
        let same = PairedSums { n: 5, baseline: 5_000, end: 5_500, change_squared: 5 * 100 * 100 };
        let f = paired_change_of_sums(same).figures.unwrap();
        assert_eq!((f.ci95_low, f.ci95_high, f.effect_size), (0.1, 0.1, None));
        assert!(paired_change_of_sums(PairedSums { n: 4, ..same }).suppressed());
    }
}
