//! The questionnaires m4m ships, the first version of each in a new
//! programme: the newcomer's and the buddy's self-assessments (step 3), the
//! buddy's screening interview and the newcomer's intake interview (step 2,
//! answered by staff). Coordinators adapt them by storing new versions.
//!
//! They are data, not code: one JSON file per questionnaire in the crate's
//! `questionnaires/` folder, in the format of `docs/QUESTIONNAIRES.md`,
//! embedded in the binary. Each is read the first time it is needed and
//! goes through the checks a coordinator's edited version goes through
//! ([`Definition::check`]); the tests below read every file, so a broken one
//! fails the tests, not a request.
//!
//! Every text is in every interface language. English, French and Arabic
//! are written with care and in plain words (the newcomer's questions are
//! meant to be read aloud too); the others are good first translations for
//! native speakers to review.

use std::sync::OnceLock;

use super::{Definition, DefinitionError, Kind, QuestionKind, Text};
use crate::area::Area;

/// The shipped files, one per kind, in the order of [`Kind::ALL`].
const FILES: [(Kind, &str); 4] = [
    (Kind::NewcomerSelfAssessment, include_str!("../../questionnaires/newcomer_self_assessment.json")),
    (Kind::BuddySelfAssessment, include_str!("../../questionnaires/buddy_self_assessment.json")),
    (Kind::BuddyInterview, include_str!("../../questionnaires/buddy_interview.json")),
    (Kind::NewcomerIntake, include_str!("../../questionnaires/newcomer_intake.json")),
];

/// Why a shipped file cannot be used.
#[derive(Debug, thiserror::Error)]
enum FileError {
    #[error("not a questionnaire: {0}")]
    Json(#[from] serde_json::Error),
    #[error("its \"kind\" is {0:?}")]
    WrongKind(Kind),
    #[error(transparent)]
    Invalid(#[from] DefinitionError),
}

/// Reads a shipped file as a coordinator's saved version is read: the same
/// JSON, the same kind that must match, the same checks.
fn read(kind: Kind, json: &str) -> Result<Definition, FileError> {
    let definition: Definition = serde_json::from_str(json)?;
    if definition.kind != kind {
        return Err(FileError::WrongKind(definition.kind));
    }
    definition.check()?;
    Ok(definition)
}

/// The shipped questionnaire of `kind`, read on first use.
fn shipped(kind: Kind) -> &'static Definition {
    static SHIPPED: OnceLock<Vec<Definition>> = OnceLock::new();
    let all = SHIPPED.get_or_init(|| {
        FILES
            .iter()
            .map(|&(k, json)| read(k, json).unwrap_or_else(|e| panic!("the shipped {} is broken: {e}", k.as_str())))
            .collect()
    });
    all.iter().find(|d| d.kind == kind).expect("one shipped file per kind")
}

/// The name of an area in the interface languages, for options that list the
/// areas (the same words as the web side's `area-*` messages): the option
/// for it in the newcomer's self-assessment ("help first"), which every
/// other list of areas repeats.
pub fn area_name(area: Area) -> Text {
    let help_first = shipped(Kind::NewcomerSelfAssessment).question("help_first").map(|q| &q.kind);
    let Some(QuestionKind::MultipleChoice { options }) = help_first else {
        panic!("the shipped newcomer_self_assessment lists the areas in help_first")
    };
    let option = options.iter().find(|o| o.key == area.as_str());
    option.unwrap_or_else(|| panic!("help_first has no option {}", area.as_str())).text.clone()
}

/// The newcomer's initial self-assessment: autonomy in each of the eleven
/// areas on a 1–5 scale (the baseline step 10 compares against), the areas
/// where help is wanted first, and the goals for the next six months.
pub fn default_newcomer_self_assessment() -> Definition {
    shipped(Kind::NewcomerSelfAssessment).clone()
}

/// The buddy's initial self-assessment: competences on a 1–5 scale (those
/// the mentoring literature and the M4M training name), motivation, and
/// the time they expect to give. Each competence question scores its
/// [`Competence`](crate::area::Competence), so that a buddy's
/// self-assessments chart over time as a newcomer's areas do.
///
/// Organisations seeded before the competences were scored keep the
/// version they have: a stored version is immutable and its answers were
/// scored as it stood, so neither a migration nor a rescoring by the
/// shipped question keys changes it. Their buddies' self-assessments read
/// as done, without a chart; an organisation that wants the chart saves a
/// new version with the questions' `area` (the shipped file shows how),
/// and the self-assessments answered to it are scored.
pub fn default_buddy_self_assessment() -> Definition {
    shipped(Kind::BuddySelfAssessment).clone()
}

/// The standard protocol of the buddy's screening interview, answered by
/// the staff member who leads it: motivation, experience, commitment, the
/// role and its limits, confidentiality, languages, a distress scenario,
/// references, an overall assessment and a recommendation. The decision
/// itself, with its reason, is recorded on the application (step 2).
pub fn default_buddy_interview() -> Definition {
    shipped(Kind::BuddyInterview).clone()
}

/// The newcomer's intake interview, answered by the social worker who
/// registers them: arrival, languages, urgent needs, how to get in touch,
/// the buddy's gender if it matters to them, availability, notes. Only
/// what matching and contact need: no health or legal details.
pub fn default_newcomer_intake() -> Definition {
    shipped(Kind::NewcomerIntake).clone()
}

/// The four shipped questionnaires, one per [`Kind`].
pub fn all() -> [Definition; 4] {
    Kind::ALL.map(|k| shipped(k).clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::LANGUAGES;
    use crate::questionnaire::{Answer, Answers, AreaScore};

    /// Every text of a definition, with where it is.
    fn texts(d: &Definition) -> Vec<(String, &Text)> {
        let mut out = Vec::new();
        for s in &d.sections {
            out.push((format!("{}/{}", d.key, s.key), &s.title));
            for q in &s.questions {
                let at = format!("{}/{}", d.key, q.key);
                out.push((at.clone(), &q.text));
                if let Some(h) = &q.help {
                    out.push((format!("{at}/help"), h));
                }
                match &q.kind {
                    QuestionKind::Scale { low, high, .. } => {
                        out.push((format!("{at}/low"), low));
                        out.push((format!("{at}/high"), high));
                    }
                    QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                        out.extend(options.iter().map(|o| (format!("{at}/{}", o.key), &o.text)));
                    }
                    _ => {}
                }
            }
        }
        out
    }

    #[test]
    fn every_shipped_file_reads_and_is_keyed_by_its_kind() {
        for (kind, json) in FILES {
            let d = read(kind, json).unwrap_or_else(|e| panic!("{}: {e}", kind.as_str()));
            assert_eq!(d.key, kind.as_str(), "the store and the editor find a questionnaire by its kind");
        }
        assert_eq!(FILES.map(|(k, _)| k), Kind::ALL);
        // A file added to the folder but not embedded would never be shipped.
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
        let mut names: Vec<String> =
            std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort_unstable();
        let mut expected: Vec<String> = Kind::ALL.iter().map(|k| format!("{}.json", k.as_str())).collect();
        expected.sort_unstable();
        assert_eq!(names, expected);
    }

    #[test]
    fn a_shipped_file_is_refused_as_an_edited_version_would_be() {
        let (_, newcomer) = FILES[0];
        assert!(matches!(
            read(Kind::BuddyInterview, newcomer),
            Err(FileError::WrongKind(Kind::NewcomerSelfAssessment))
        ));
        assert!(matches!(read(Kind::NewcomerSelfAssessment, "{ not json"), Err(FileError::Json(_))));
        let twice = newcomer.replace("\"key\": \"housing\"", "\"key\": \"language\"");
        assert!(matches!(
            read(Kind::NewcomerSelfAssessment, &twice),
            Err(FileError::Invalid(DefinitionError::DuplicateQuestion(k))) if k == "language"
        ));
    }

    #[test]
    fn every_text_is_in_every_interface_language() {
        for d in all() {
            for (at, text) in texts(&d) {
                let langs: Vec<&str> = text.languages().collect();
                assert_eq!(langs.len(), LANGUAGES.len(), "{at}: {langs:?}");
                for l in LANGUAGES {
                    let s = text.0.get(l.code).map_or("", String::as_str);
                    assert!(!s.trim().is_empty() && s.trim() == s, "{at} in {}: {s:?}", l.code);
                }
            }
        }
    }

    #[test]
    fn translations_of_one_list_are_distinct() {
        // A copy-paste slip gives two options the same label.
        for d in all() {
            for q in d.questions() {
                if let QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } = &q.kind {
                    for l in LANGUAGES {
                        let mut labels: Vec<&str> = options.iter().map(|o| o.text.get(l.code)).collect();
                        labels.sort_unstable();
                        labels.dedup();
                        assert_eq!(labels.len(), options.len(), "{}/{} in {}", d.key, q.key, l.code);
                    }
                }
            }
        }
    }

    #[test]
    fn newcomer_self_assessment_scores_every_area() {
        let d = default_newcomer_self_assessment();
        let scales: Vec<_> = d.questions().filter_map(|q| q.area).collect();
        assert_eq!(scales, Area::ALL.map(crate::area::Scored::Area));
        let form: Vec<(String, String)> =
            Area::ALL.iter().enumerate().map(|(i, a)| (a.as_str().to_owned(), (i % 5 + 1).to_string())).collect();
        let answers = d.parse_answers(&form).unwrap();
        let (done, total) = d.progress(&answers);
        assert_eq!((done, total), (10, 10), "children's school is optional");
        let baseline = d.baseline(&answers);
        assert_eq!(baseline.len(), 11);
        assert_eq!(baseline[0], AreaScore { area: Area::Language.into(), mean: 1.0, normalised: 0.0, answered: 1 });
        assert_eq!(baseline[4], AreaScore { area: Area::Health.into(), mean: 5.0, normalised: 1.0, answered: 1 });
        let help = d.parse_one("help_first", &["housing", "language"]).unwrap();
        assert_eq!(help, Some(Answer::Choices(vec!["language".into(), "housing".into()])));
    }

    #[test]
    fn buddy_self_assessment_scores_every_competence() {
        use crate::area::{Competence, Scored};
        let d = default_buddy_self_assessment();
        let scored: Vec<_> = d.questions().filter_map(|q| q.area).collect();
        assert_eq!(scored, Competence::ALL.map(Scored::Competence));
        // The shipped question of a competence is keyed by its name.
        for c in Competence::ALL {
            assert_eq!(d.question(c.as_str()).and_then(|q| q.area), Some(Scored::Competence(c)));
        }
        let mut answers = Answers::default();
        answers.set("listening", Some(Answer::Scale(2)));
        answers.set("reliability", Some(Answer::Scale(5)));
        let baseline = d.baseline(&answers);
        assert_eq!(
            baseline,
            [
                AreaScore { area: Scored::Competence(Competence::Listening), mean: 2.0, normalised: 0.25, answered: 1 },
                AreaScore {
                    area: Scored::Competence(Competence::Reliability),
                    mean: 5.0,
                    normalised: 1.0,
                    answered: 1
                },
            ]
        );
    }

    #[test]
    fn every_list_of_the_areas_uses_their_stable_names_and_one_wording() {
        let mut lists = Vec::new();
        for d in all() {
            for q in d.questions() {
                let (QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options }) = &q.kind
                else {
                    continue;
                };
                if options.iter().any(|o| Area::parse(&o.key).is_some()) {
                    let areas: Vec<Option<Area>> = options.iter().map(|o| Area::parse(&o.key)).collect();
                    assert_eq!(areas, Area::ALL.map(Some), "{}/{}", d.key, q.key);
                    for (o, a) in options.iter().zip(Area::ALL) {
                        assert_eq!(o.text, area_name(a), "{}/{}/{}", d.key, q.key, o.key);
                    }
                    lists.push(format!("{}/{}", d.key, q.key));
                }
            }
        }
        assert_eq!(lists, ["newcomer_self_assessment/help_first", "newcomer_intake/urgent_needs"]);
    }

    #[test]
    fn defaults_survive_json() {
        for d in all() {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Definition>(&json).unwrap(), d);
        }
    }
}
