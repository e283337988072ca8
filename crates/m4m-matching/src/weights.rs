//! The criteria of compatibility, the weights a programme gives them, and the
//! few parameters the criteria need.

use serde::{Deserialize, Serialize};

use crate::profile::Level;

/// One criterion of compatibility. Each gives a sub-score in `[0, 1]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    /// The newcomer's needs against the buddy's skills.
    Needs,
    /// Languages in common: a shared native language counts most.
    Language,
    /// The newcomer's level in the host language, when the pair has no
    /// other language in common.
    HostLanguage,
    /// Goals in common.
    Goals,
    /// Interests in common.
    Interests,
    /// Expectations of the relationship in common.
    Expectations,
    /// Weekly availability overlap.
    Availability,
    /// Distance, or same area.
    Place,
    /// Age difference.
    Age,
    /// Same gender.
    Gender,
    /// Room the buddy has left.
    Capacity,
}

impl Criterion {
    /// All criteria, in the order explanations list them.
    pub const ALL: [Criterion; 11] = [
        Criterion::Needs,
        Criterion::Language,
        Criterion::HostLanguage,
        Criterion::Goals,
        Criterion::Interests,
        Criterion::Expectations,
        Criterion::Availability,
        Criterion::Place,
        Criterion::Age,
        Criterion::Gender,
        Criterion::Capacity,
    ];

    /// The kebab-case name, as in the weights file.
    pub fn as_str(self) -> &'static str {
        match self {
            Criterion::Needs => "needs",
            Criterion::Language => "language",
            Criterion::HostLanguage => "host-language",
            Criterion::Goals => "goals",
            Criterion::Interests => "interests",
            Criterion::Expectations => "expectations",
            Criterion::Availability => "availability",
            Criterion::Place => "place",
            Criterion::Age => "age",
            Criterion::Gender => "gender",
            Criterion::Capacity => "capacity",
        }
    }
}

/// How much each criterion counts; the score of a pair is the weighted mean
/// of its sub-scores. Weights are non-negative; 0 switches a criterion off.
///
/// The defaults follow the practice: what the newcomer needs and the language
/// they can speak together come first (3), then meeting at all — time and
/// place (2) — then goals (1.5), the softer affinities (1), and last age,
/// gender and the buddy's load (0.5), which coordinators weigh by hand.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Weights {
    /// [`Criterion::Needs`], default 3.
    pub needs: f64,
    /// [`Criterion::Language`], default 3.
    pub language: f64,
    /// [`Criterion::HostLanguage`], default 1 (only counts when
    /// [`Settings::host_language`] is set).
    pub host_language: f64,
    /// [`Criterion::Goals`], default 1.5.
    pub goals: f64,
    /// [`Criterion::Interests`], default 1.
    pub interests: f64,
    /// [`Criterion::Expectations`], default 1.
    pub expectations: f64,
    /// [`Criterion::Availability`], default 2.
    pub availability: f64,
    /// [`Criterion::Place`], default 2.
    pub place: f64,
    /// [`Criterion::Age`], default 0.5.
    pub age: f64,
    /// [`Criterion::Gender`], default 0.5.
    pub gender: f64,
    /// [`Criterion::Capacity`], default 0.5.
    pub capacity: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            needs: 3.0,
            language: 3.0,
            host_language: 1.0,
            goals: 1.5,
            interests: 1.0,
            expectations: 1.0,
            availability: 2.0,
            place: 2.0,
            age: 0.5,
            gender: 0.5,
            capacity: 0.5,
        }
    }
}

impl Weights {
    /// The weight of a criterion.
    pub fn get(&self, c: Criterion) -> f64 {
        match c {
            Criterion::Needs => self.needs,
            Criterion::Language => self.language,
            Criterion::HostLanguage => self.host_language,
            Criterion::Goals => self.goals,
            Criterion::Interests => self.interests,
            Criterion::Expectations => self.expectations,
            Criterion::Availability => self.availability,
            Criterion::Place => self.place,
            Criterion::Age => self.age,
            Criterion::Gender => self.gender,
            Criterion::Capacity => self.capacity,
        }
    }
}

/// A programme's matching settings: the weights and the parameters of the
/// criteria. Read from TOML by the command line (`--weights`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// Weights of the criteria (`[weights]` table).
    pub weights: Weights,
    /// The host country's language code (e.g. `fr`); without it the
    /// host-language criterion is off.
    pub host_language: Option<String>,
    /// Lowest level at which a language counts as common; below it on either
    /// side the pair is impossible (`no-common-language`). Default A2: enough
    /// for simple exchanges, which is what a buddy pair starts from.
    pub min_common_level: Level,
    /// Distance at which the place sub-score reaches 0, default 30 km (a
    /// public-transport trip within a city or to the next town).
    pub max_distance_km: f64,
    /// Age gap at which the age sub-score reaches 0, default 40 years.
    pub max_age_gap: f64,
    /// Common weekly slots that give a full availability sub-score, default
    /// 2 (one meeting a week, with a spare).
    pub full_overlap_slots: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            weights: Weights::default(),
            host_language: None,
            min_common_level: Level::A2,
            max_distance_km: 30.0,
            max_age_gap: 40.0,
            full_overlap_slots: 2,
        }
    }
}

impl Settings {
    /// Checks that weights are finite and non-negative, not all zero, and
    /// parameters positive.
    pub fn validate(&self) -> Result<(), String> {
        let mut total = 0.0;
        for c in Criterion::ALL {
            let w = self.weights.get(c);
            if !w.is_finite() || w < 0.0 {
                return Err(format!("weight of {} must be a non-negative number", c.as_str()));
            }
            total += w;
        }
        if total <= 0.0 {
            return Err("at least one weight must be positive".into());
        }
        if !(self.max_distance_km.is_finite() && self.max_distance_km > 0.0) {
            return Err("max-distance-km must be positive".into());
        }
        if !(self.max_age_gap.is_finite() && self.max_age_gap > 0.0) {
            return Err("max-age-gap must be positive".into());
        }
        if self.full_overlap_slots == 0 {
            return Err("full-overlap-slots must be at least 1".into());
        }
        Ok(())
    }
}
