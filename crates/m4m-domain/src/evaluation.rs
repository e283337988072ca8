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
}
