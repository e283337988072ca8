//! The integration areas: the parts of everyday life in which a newcomer
//! gains autonomy. Self-assessments are scored per area (step 3 and step 10),
//! peer sessions are tagged with the areas they worked on (step 7), and
//! matching compares a newcomer's needs with a buddy's skills per area.

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
    fn all_is_in_declaration_order() {
        let mut sorted = Area::ALL;
        sorted.sort();
        assert_eq!(sorted, Area::ALL);
    }
}
