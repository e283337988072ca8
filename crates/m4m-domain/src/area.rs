//! The integration areas: the parts of everyday life in which a newcomer
//! gains autonomy. Self-assessments are scored per area (step 3 and step 10),
//! peer sessions are tagged with the areas they worked on (step 7), and
//! matching compares a newcomer's needs with a buddy's skills per area.
//!
//! A buddy's self-assessment scores the buddy's [`Competence`]s instead:
//! a questionnaire's scale question counts towards one [`Scored`] — an area
//! or a competence — and the scores are stored under its stable name.

use serde::{Deserialize, Serialize};

/// One integration area. The stable name ([`Area::as_str`]) is what the
/// database, forms and questionnaire definitions hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// The host language: understanding, speaking, reading, writing.
    Language,
    /// Administrative procedures: residence, social benefits, forms, letters.
    Administration,
    /// Finding and keeping a home.
    Housing,
    /// Employment and training: finding work, job interviews, courses.
    Employment,
    /// Health care: doctors, pharmacies, health insurance.
    Health,
    /// The children's schooling.
    Education,
    /// Transport and getting around.
    Transport,
    /// Money and banking: bank account, budget, paying bills.
    Money,
    /// Digital life: phone, internet contract, e-mail, online services.
    Digital,
    /// The social network: meeting people, associations, leisure.
    Social,
    /// Wellbeing: feeling well, rest, morale.
    Wellbeing,
}

impl Area {
    /// Every area, in the order screens, scores and exports list them.
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

    /// The stable snake-case name (`language`, `administration`, ...),
    /// also the serde name.
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

    /// Parses the stable name (surrounding spaces and case ignored).
    pub fn parse(s: &str) -> Option<Area> {
        let s = s.trim();
        Area::ALL.into_iter().find(|a| a.as_str().eq_ignore_ascii_case(s))
    }

    /// The Fluent message key of the area's name, e.g. `area-language`.
    pub fn key(self) -> &'static str {
        match self {
            Area::Language => "area-language",
            Area::Administration => "area-administration",
            Area::Housing => "area-housing",
            Area::Employment => "area-employment",
            Area::Health => "area-health",
            Area::Education => "area-education",
            Area::Transport => "area-transport",
            Area::Money => "area-money",
            Area::Digital => "area-digital",
            Area::Social => "area-social",
            Area::Wellbeing => "area-wellbeing",
        }
    }

    /// One emoji for the area, shown beside its name so that people who
    /// read little recognise it. Decorative: screens mark it `aria-hidden`
    /// and always show the name too.
    pub fn icon(self) -> &'static str {
        match self {
            Area::Language => "🗣️",
            Area::Administration => "🏛️",
            Area::Housing => "🏠",
            Area::Employment => "💼",
            Area::Health => "🩺",
            Area::Education => "🎒",
            Area::Transport => "🚌",
            Area::Money => "💶",
            Area::Digital => "📱",
            Area::Social => "🤝",
            Area::Wellbeing => "🙂",
        }
    }
}

/// One competence of a buddy, which their self-assessment scores (at the
/// start, mid-term and at the end) as a newcomer's scores the areas. The
/// stable name ([`Competence::as_str`]) is the shipped question's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Competence {
    /// Listening carefully, without judging.
    Listening,
    /// Communicating with people from other cultures.
    Intercultural,
    /// Keeping the limits of the buddy role.
    Boundaries,
    /// Knowing the local services and where to send someone.
    LocalServices,
    /// Helping the person do things themselves.
    EncouragingAutonomy,
    /// Being reliable over months.
    Reliability,
}

impl Competence {
    /// Every competence, in the order screens and scores list them.
    pub const ALL: [Competence; 6] = [
        Competence::Listening,
        Competence::Intercultural,
        Competence::Boundaries,
        Competence::LocalServices,
        Competence::EncouragingAutonomy,
        Competence::Reliability,
    ];

    /// The stable snake-case name (`listening`, `local_services`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Competence::Listening => "listening",
            Competence::Intercultural => "intercultural",
            Competence::Boundaries => "boundaries",
            Competence::LocalServices => "local_services",
            Competence::EncouragingAutonomy => "encouraging_autonomy",
            Competence::Reliability => "reliability",
        }
    }

    /// Parses the stable name (surrounding spaces and case ignored).
    pub fn parse(s: &str) -> Option<Competence> {
        let s = s.trim();
        Competence::ALL.into_iter().find(|c| c.as_str().eq_ignore_ascii_case(s))
    }

    /// The Fluent message key of the competence's name, e.g.
    /// `competence-listening`.
    pub fn key(self) -> &'static str {
        match self {
            Competence::Listening => "competence-listening",
            Competence::Intercultural => "competence-intercultural",
            Competence::Boundaries => "competence-boundaries",
            Competence::LocalServices => "competence-local_services",
            Competence::EncouragingAutonomy => "competence-encouraging_autonomy",
            Competence::Reliability => "competence-reliability",
        }
    }

    /// One decorative emoji, as [`Area::icon`].
    pub fn icon(self) -> &'static str {
        match self {
            Competence::Listening => "👂",
            Competence::Intercultural => "🌍",
            Competence::Boundaries => "🚧",
            Competence::LocalServices => "🧭",
            Competence::EncouragingAutonomy => "🌱",
            Competence::Reliability => "⏰",
        }
    }
}

/// What a scale question of a self-assessment counts towards: an
/// integration area (a newcomer's) or a competence (a buddy's). In a
/// questionnaire definition and in the stored scores it is the plain
/// stable name (`"housing"`, `"listening"`); the two lists share no name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scored {
    /// An integration area.
    Area(Area),
    /// A buddy's competence.
    Competence(Competence),
}

impl Scored {
    /// Everything a question may score, in the order scores are listed:
    /// the areas, then the competences.
    pub fn all() -> impl Iterator<Item = Scored> {
        Area::ALL.into_iter().map(Scored::Area).chain(Competence::ALL.into_iter().map(Scored::Competence))
    }

    /// The stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Scored::Area(a) => a.as_str(),
            Scored::Competence(c) => c.as_str(),
        }
    }

    /// Parses a stable name of either list.
    pub fn parse(s: &str) -> Option<Scored> {
        Area::parse(s).map(Scored::Area).or_else(|| Competence::parse(s).map(Scored::Competence))
    }

    /// The Fluent message key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Scored::Area(a) => a.key(),
            Scored::Competence(c) => c.key(),
        }
    }

    /// One decorative emoji.
    pub fn icon(self) -> &'static str {
        match self {
            Scored::Area(a) => a.icon(),
            Scored::Competence(c) => c.icon(),
        }
    }
}

impl From<Area> for Scored {
    fn from(area: Area) -> Scored {
        Scored::Area(area)
    }
}

impl Serialize for Scored {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Scored {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Scored, D::Error> {
        let s = String::deserialize(d)?;
        Scored::parse(&s).ok_or_else(|| {
            let known: Vec<&str> = Scored::all().map(Scored::as_str).collect();
            serde::de::Error::custom(format!("unknown area {s:?}, expected one of {}", known.join(", ")))
        })
    }
}

impl std::fmt::Display for Area {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_round_trip_and_are_distinct() {
        let mut names = HashSet::new();
        let mut icons = HashSet::new();
        for area in Area::ALL {
            assert_eq!(Area::parse(area.as_str()), Some(area));
            assert_eq!(area.key(), format!("area-{}", area.as_str()));
            assert_eq!(serde_json::to_string(&area).unwrap(), format!("\"{}\"", area.as_str()));
            assert_eq!(serde_json::from_str::<Area>(&format!("\"{area}\"")).unwrap(), area);
            assert!(names.insert(area.as_str()));
            assert!(icons.insert(area.icon()));
        }
        assert_eq!(names.len(), 11);
        assert_eq!(Area::parse(" Housing "), Some(Area::Housing));
        assert_eq!(Area::parse("cooking"), None);
        assert_eq!(Area::parse(""), None);
    }

    #[test]
    fn competences_round_trip_and_share_no_name_or_icon_with_the_areas() {
        let mut names = HashSet::new();
        let mut icons = HashSet::new();
        for scored in Scored::all() {
            assert_eq!(Scored::parse(scored.as_str()), Some(scored));
            assert!(names.insert(scored.as_str()), "{scored:?}");
            assert!(icons.insert(scored.icon()), "{scored:?}");
            assert_eq!(serde_json::to_string(&scored).unwrap(), format!("\"{}\"", scored.as_str()));
            assert_eq!(serde_json::from_str::<Scored>(&format!("\"{}\"", scored.as_str())).unwrap(), scored);
        }
        for c in Competence::ALL {
            assert_eq!(c.key(), format!("competence-{}", c.as_str()));
            assert_eq!(Scored::parse(c.as_str()).map(Scored::key), Some(c.key()));
        }
        assert_eq!(names.len(), 17);
        assert_eq!(Scored::parse(" Local_Services "), Some(Scored::Competence(Competence::LocalServices)));
        assert_eq!(Scored::parse("housing"), Some(Scored::Area(Area::Housing)));
        assert!(serde_json::from_str::<Scored>("\"cooking\"").unwrap_err().to_string().contains("listening"));
    }

    #[test]
    fn all_is_in_declaration_order() {
        let mut sorted = Area::ALL;
        sorted.sort();
        assert_eq!(sorted, Area::ALL);
    }
}
