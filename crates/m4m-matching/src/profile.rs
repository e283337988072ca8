//! What the engine knows of a mentee and of a mentor: the criteria the
//! practice matches on (De Cuyper & Crijns 2023; MENTOR's Elements of
//! Effective Practice).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language level on the CEFR scale. A native language counts above C2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// Breakthrough.
    A1 = 1,
    /// Waystage.
    A2 = 2,
    /// Threshold.
    B1 = 3,
    /// Vantage.
    B2 = 4,
    /// Effective operational proficiency.
    C1 = 5,
    /// Mastery.
    C2 = 6,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 6] = [Level::A1, Level::A2, Level::B1, Level::B2, Level::C1, Level::C2];

    /// `A1` … `C2`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::A1 => "A1",
            Level::A2 => "A2",
            Level::B1 => "B1",
            Level::B2 => "B2",
            Level::C1 => "C1",
            Level::C2 => "C2",
        }
    }

    /// The level of rank 1 (A1) to 6 (C2).
    pub fn from_rank(rank: u8) -> Option<Level> {
        Level::ALL.get(usize::from(rank).checked_sub(1)?).copied()
    }
}

impl FromStr for Level {
    type Err = ();

    /// `A1` … `C2` (any case) or `1` … `6`.
    fn from_str(s: &str) -> Result<Self, ()> {
        let s = s.trim();
        if let Ok(rank) = s.parse::<u8>() {
            return Level::from_rank(rank).ok_or(());
        }
        Level::ALL.iter().copied().find(|l| l.as_str().eq_ignore_ascii_case(s)).ok_or(())
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language someone speaks, as a code (e.g. ISO 639-1 `ar`, `fa`, `fr`)
/// and a level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// Language code, compared exactly.
    pub language: String,
    /// CEFR level.
    pub level: Level,
}

/// Gender as the person states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    /// Woman.
    Female,
    /// Man.
    Male,
    /// Another gender.
    Other,
}

impl Gender {
    /// `female`, `male`, `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
        }
    }
}

impl FromStr for Gender {
    type Err = ();

    /// `female`/`f`/`woman`, `male`/`m`/`man`, `other`/`x` (any case).
    fn from_str(s: &str) -> Result<Self, ()> {
        // Compared without a lowercased copy: profile files give one per
        // line.
        let s = s.trim();
        let is = |names: &[&str]| names.iter().any(|n| n.eq_ignore_ascii_case(s));
        if is(&["female", "f", "woman", "w"]) {
            Ok(Gender::Female)
        } else if is(&["male", "m", "man"]) {
            Ok(Gender::Male)
        } else if is(&["other", "x", "o"]) {
            Ok(Gender::Other)
        } else {
            Err(())
        }
    }
}

/// The integration areas in which a newcomer needs help and a buddy can give
/// it (the autonomy areas of the initial self-assessment).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Area {
    /// The host language.
    Language,
    /// Public services and paperwork.
    Administration,
    /// Finding and keeping a home.
    Housing,
    /// Work and job search.
    Employment,
    /// Health care.
    Health,
    /// School and training.
    Education,
    /// Getting around.
    Transport,
    /// Bank, budget.
    Money,
    /// Phones, internet, online services.
    Digital,
    /// Social network, leisure.
    Social,
    /// Wellbeing.
    Wellbeing,
}

impl Area {
    /// All areas, in bit order.
    pub const ALL: [Area; 11] = [
        Area::Language,
        Area::Administration,
        Area::Housing,
        Area::Employment,
        Area::Health,
        Area::Education,
        Area::Transport,
        Area::Money,
        Area::Digital,
        Area::Social,
        Area::Wellbeing,
    ];

    /// The lowercase name, e.g. `housing`.
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Language => "language",
            Area::Administration => "administration",
            Area::Housing => "housing",
            Area::Employment => "employment",
            Area::Health => "health",
            Area::Education => "education",
            Area::Transport => "transport",
            Area::Money => "money",
            Area::Digital => "digital",
            Area::Social => "social",
            Area::Wellbeing => "wellbeing",
        }
    }

    pub(crate) fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

impl FromStr for Area {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        let s = s.trim();
        Area::ALL.iter().copied().find(|a| a.as_str().eq_ignore_ascii_case(s)).ok_or(())
    }
}

/// Weekly availability: 7 days × 3 parts of the day, 21 bits. Bit
/// `day × 3 + part`, days from Monday (0) to Sunday (6), parts morning (0),
/// afternoon (1), evening (2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Availability(pub u32);

impl Availability {
    /// Day names as parsed, Monday first.
    pub const DAYS: [&'static str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    /// Parts of the day as parsed.
    pub const PARTS: [&'static str; 3] = ["am", "pm", "eve"];

    /// Adds a slot; `day` 0..7, `part` 0..3.
    pub fn with(self, day: usize, part: usize) -> Self {
        if day < 7 && part < 3 { Availability(self.0 | 1 << (day * 3 + part)) } else { self }
    }

    /// Number of slots.
    pub fn slots(self) -> u32 {
        (self.0 & 0x1f_ffff).count_ones()
    }
}

impl FromStr for Availability {
    type Err = String;

    /// Slots separated by spaces, commas or semicolons: `mon-am`,
    /// `sat-pm`, `fri-eve`; a day alone (`sun`) means all three parts.
    /// Returns the first slot it cannot read.
    fn from_str(s: &str) -> Result<Self, String> {
        let mut a = Availability::default();
        // Names compared in any case as numbers (profile files give several
        // slots a line): equal keys are names equal but for ASCII case.
        const DAY_KEYS: [u32; 7] = keys(Availability::DAYS);
        const PART_KEYS: [u32; 3] = keys(Availability::PARTS);
        let find = |names: &[u32], t: &[u8]| {
            let k = key(t)?;
            names.iter().position(|&x| x == k)
        };
        // Split as bytes: the separators are ASCII, so each token is whole
        // characters (and read back as text only for the error).
        let bad = |tok: &[u8]| String::from_utf8_lossy(tok).into_owned();
        for tok in s.as_bytes().split(|b| matches!(b, b' ' | b',' | b';')).filter(|t| !t.is_empty()) {
            let (day, part) = match tok.iter().position(|&b| b == b'-') {
                Some(k) => (&tok[..k], Some(&tok[k + 1..])),
                None => (tok, None),
            };
            let d = find(&DAY_KEYS, day).ok_or_else(|| bad(tok))?;
            match part {
                None => {
                    for p in 0..3 {
                        a = a.with(d, p);
                    }
                }
                Some(p) => {
                    let p = find(&PART_KEYS, p).ok_or_else(|| bad(tok))?;
                    a = a.with(d, p);
                }
            }
        }
        Ok(a)
    }
}

/// A name of at most three bytes as a number: its length, then its bytes
/// lowercased (ASCII). `None` for a longer name (no day or part is).
const fn key(name: &[u8]) -> Option<u32> {
    if name.len() > 3 {
        return None;
    }
    let mut k = name.len() as u32;
    let mut i = 0;
    while i < name.len() {
        k = k << 8 | name[i].to_ascii_lowercase() as u32;
        i += 1;
    }
    Some(k)
}

const fn keys<const N: usize>(names: [&str; N]) -> [u32; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = match key(names[i].as_bytes()) {
            Some(k) => k,
            None => panic!("a day or part name has at most three letters"),
        };
        i += 1;
    }
    out
}

/// Where someone lives: coordinates when known, an area (district, town)
/// otherwise or as well.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Latitude and longitude in degrees.
    pub coordinates: Option<(f64, f64)>,
    /// A named area, compared exactly.
    pub area: Option<String>,
}

/// What mentees and mentors share.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Identifier, unique within its side of the cohort.
    pub id: String,
    /// Native languages (codes).
    pub native_languages: Vec<String>,
    /// Other languages with their level.
    pub languages: Vec<LanguageSkill>,
    /// Place.
    pub location: Location,
    /// Weekly availability.
    pub availability: Availability,
    /// Free interest tags (sport, cooking, music…).
    pub interests: Vec<String>,
    /// Goals: for a mentee what they want to reach, for a mentor what they
    /// want to help with (free tags; the integration area names fit well).
    pub goals: Vec<String>,
    /// Expectations of the relationship (free tags: `weekly`, `online`,
    /// `six-months`…).
    pub expectations: Vec<String>,
    /// Gender.
    pub gender: Option<Gender>,
    /// The only gender this person accepts on the other side, if any (a hard
    /// constraint).
    pub gender_preference: Option<Gender>,
    /// Year of birth.
    pub birth_year: Option<i32>,
}

/// A newcomer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MenteeProfile {
    /// Shared fields.
    pub profile: Profile,
    /// Areas in which the newcomer needs help.
    pub needs: Vec<Area>,
}

/// A buddy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentorProfile {
    /// Shared fields.
    pub profile: Profile,
    /// Areas in which the buddy can help.
    pub skills: Vec<Area>,
    /// How many newcomers the buddy can accompany at once.
    pub capacity: u32,
    /// Pairs the buddy already has (counted against the capacity).
    pub active_pairs: u32,
    /// Whether the buddy may be matched (screening and mandatory training
    /// done); the caller decides.
    pub eligible: bool,
}

impl Default for MentorProfile {
    fn default() -> Self {
        MentorProfile { profile: Profile::default(), skills: Vec::new(), capacity: 1, active_pairs: 0, eligible: true }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_levels_genders_areas() {
        assert_eq!("b2".parse(), Ok(Level::B2));
        assert_eq!("6".parse(), Ok(Level::C2));
        assert!("C3".parse::<Level>().is_err());
        assert!("0".parse::<Level>().is_err());
        assert_eq!("F".parse(), Ok(Gender::Female));
        assert_eq!("Housing".parse(), Ok(Area::Housing));
        assert!("cooking".parse::<Area>().is_err());
    }

    #[test]
    fn parses_availability_slots() {
        let a: Availability = "mon-am, sat-pm;sun".parse().unwrap();
        assert_eq!(a.slots(), 5);
        assert_eq!(a.0 & 1, 1);
        assert_eq!(a.0 >> 18, 0b111);
        assert_eq!("mon-noon".parse::<Availability>(), Err("mon-noon".into()));
        assert_eq!("".parse::<Availability>(), Ok(Availability(0)));
        assert_eq!("MON-AM Sat-Eve".parse(), "mon-am sat-eve".parse::<Availability>());
        assert_eq!("Tue-PM".parse::<Availability>().map(Availability::slots), Ok(1));
        assert_eq!("mön-am".parse::<Availability>(), Err("mön-am".into()));
        assert_eq!("mon-".parse::<Availability>(), Err("mon-".into()));
        assert_eq!("mon-am;;tue,é-pm wed".parse::<Availability>(), Err("é-pm".into()));
        assert_eq!("sat-eve-am".parse::<Availability>(), Err("sat-eve-am".into()));
        // Names compared by their keys as by `eq_ignore_ascii_case`.
        for t in
            ["MoN", "mOn-Am", "mo-am", "mond-am", "\0am", "mon-\0am", "mon-a", "sun-EVE", "sun-ev", "sunday", "ſun"]
        {
            let expected = t.split_once('-').map_or((t, None), |(d, p)| (d, Some(p)));
            let find = |names: &[&str], s: &str| names.iter().position(|x| x.eq_ignore_ascii_case(s));
            let d = find(&Availability::DAYS, expected.0);
            let ok = d.is_some() && expected.1.is_none_or(|p| find(&Availability::PARTS, p).is_some());
            assert_eq!(t.parse::<Availability>().is_ok(), ok, "{t:?}");
        }
    }

    #[test]
    fn genders_are_read_in_any_case() {
        for (text, gender) in [(" WOMAN ", Gender::Female), ("M", Gender::Male), ("Other", Gender::Other)] {
            assert_eq!(text.parse(), Ok(gender), "{text}");
        }
        assert!("femme".parse::<Gender>().is_err());
        assert!("".parse::<Gender>().is_err());
    }
}
