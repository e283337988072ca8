//! Questionnaires (step 3, and again in steps 9 and 10): the definition
//! format, the checks a definition must pass, the parsing of the answers a
//! form sends, and the baseline scores per integration area.
//!
//! A [`Definition`] is stored as JSON, one row per version. **A stored
//! version is immutable**: answers refer to the version they were given
//! against, so editing a questionnaire means storing a new version (a new
//! row), never changing an old one. Question and option keys are the stable
//! part; texts are shown in the reader's language with [`Text::get`].
//!
//! The flow of a form: the page renders a definition's sections and
//! questions (field name = question key), [`Definition::parse_answers`]
//! turns what the browser sends into [`Answers`] or a list of
//! [`AnswerError`]s to show beside each question, and [`Definition::baseline`]
//! turns the answers into one [`AreaScore`] per integration area. The phone
//! flow, one question per screen, uses [`Definition::parse_one`] instead and
//! [`Definition::validate`] on the final "send".
//!
//! The shipped questionnaires are in [`defaults`].

pub mod defaults;

pub use defaults::{
    default_buddy_interview, default_buddy_self_assessment, default_newcomer_intake, default_newcomer_self_assessment,
};

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use time::Date;

use crate::area::Scored;

/// A text in several languages: language code → text. English is the
/// fallback and every text of a valid definition has it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// A text from `(language code, text)` pairs.
    pub fn new(translations: &[(&str, &str)]) -> Text {
        Text(translations.iter().map(|(l, s)| ((*l).to_owned(), (*s).to_owned())).collect())
    }

    /// The text in `lang` (`fr-BE` finds `fr` too), else in English, else in
    /// any language it has, else empty.
    pub fn get(&self, lang: &str) -> &str {
        let primary = lang.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        [lang, primary.as_str(), "en"]
            .into_iter()
            .find_map(|l| self.0.get(l))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }

    /// Whether the text has a non-blank translation in exactly `lang`.
    pub fn has(&self, lang: &str) -> bool {
        self.0.get(lang).is_some_and(|s| !s.trim().is_empty())
    }

    /// The language codes the text has, in alphabetical order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// Who fills the questionnaire in, and about whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A newcomer rates their autonomy per area and says their needs and goals.
    NewcomerSelfAssessment,
    /// A buddy rates their competences and says their motivation.
    BuddySelfAssessment,
    /// The standard screening interview of a buddy, answered by staff.
    BuddyInterview,
    /// The intake interview of a newcomer, answered by staff.
    NewcomerIntake,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 4] =
        [Kind::NewcomerSelfAssessment, Kind::BuddySelfAssessment, Kind::BuddyInterview, Kind::NewcomerIntake];

    /// The stable snake-case name, also the serde name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::NewcomerSelfAssessment => "newcomer_self_assessment",
            Kind::BuddySelfAssessment => "buddy_self_assessment",
            Kind::BuddyInterview => "buddy_interview",
            Kind::NewcomerIntake => "newcomer_intake",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// Whether staff fill it in (an interview) rather than the person.
    pub fn answered_by_staff(self) -> bool {
        matches!(self, Kind::BuddyInterview | Kind::NewcomerIntake)
    }
}

/// One version of a questionnaire, as stored (JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    /// Stable name of the questionnaire (all its versions share it).
    pub key: String,
    /// What it is for.
    pub kind: Kind,
    /// The sections, in order; one page each on a large screen.
    pub sections: Vec<Section>,
}

/// A group of questions with a title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Key, unique within the definition.
    pub key: String,
    /// Title shown above the questions.
    pub title: Text,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// One question. Its key is the form field name and the key of its answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Key, unique within the whole definition (not only the section).
    pub key: String,
    /// The question.
    pub text: Text,
    /// An explanation shown under the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// Whether an answer is needed before the questionnaire can be sent.
    #[serde(default)]
    pub required: bool,
    /// The integration area (or, in a buddy's self-assessment, the
    /// competence) a scale answer scores (see [`Definition::baseline`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Scored>,
    /// The kind of answer expected.
    pub kind: QuestionKind,
}

/// The kind of answer a question expects. In JSON, `"type"` names the kind:
/// `{"type": "scale", "min": 1, "max": 5, "low": {...}, "high": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    /// A whole number on a scale from `min` to `max` (1 to 5 by default),
    /// with the meaning of both ends.
    Scale {
        /// Lowest value, 1 by default.
        #[serde(default = "scale_min")]
        min: u8,
        /// Highest value, 5 by default.
        #[serde(default = "scale_max")]
        max: u8,
        /// What the lowest value means.
        low: Text,
        /// What the highest value means.
        high: Text,
    },
    /// Exactly one of the options.
    SingleChoice {
        /// The options, in order.
        options: Vec<Choice>,
    },
    /// Any number of the options (the form field is repeated).
    MultipleChoice {
        /// The options, in order.
        options: Vec<Choice>,
    },
    /// A whole number from `min` to `max`.
    Number {
        /// Lowest accepted value.
        min: i64,
        /// Highest accepted value.
        max: i64,
    },
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// Text of at most `max_chars` characters; line breaks allowed.
    FreeText {
        /// Longest accepted answer, in characters.
        max_chars: u32,
    },
}

fn scale_min() -> u8 {
    1
}

fn scale_max() -> u8 {
    5
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Key, unique within the question; the form value and the stored answer.
    pub key: String,
    /// The option's label.
    pub text: Text,
}

/// Why a definition cannot be used. The `String`s name the offending key
/// (or, for a text, where it is) so an editor can point at it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DefinitionError {
    /// A key is not 1 to 40 characters of `a-z`, `0-9` and `_`.
    #[error("invalid key {0:?}: use 1 to 40 characters a-z, 0-9 and _")]
    InvalidKey(String),
    /// The definition has no section, or a section has no question.
    #[error("{0} is empty")]
    Empty(String),
    /// Two sections have the same key.
    #[error("two sections are keyed {0:?}")]
    DuplicateSection(String),
    /// Two questions have the same key (keys are unique across sections).
    #[error("two questions are keyed {0:?}")]
    DuplicateQuestion(String),
    /// A text has no English version.
    #[error("the text of {0} has no English")]
    MissingEnglish(String),
    /// A choice question has fewer than 2 or more than 30 options.
    #[error("question {0:?} needs 2 to 30 options")]
    OptionCount(String),
    /// Two options of a question have the same key.
    #[error("question {question:?} has two options keyed {option:?}")]
    DuplicateOption {
        /// The question.
        question: String,
        /// The repeated option key.
        option: String,
    },
    /// A scale is not within 1 <= min < max <= 10.
    #[error("the scale of question {0:?} must satisfy 1 <= min < max <= 10")]
    ScaleRange(String),
    /// A number question has min > max.
    #[error("the range of question {0:?} is empty")]
    NumberRange(String),
    /// A free-text limit is not within 1 to 10,000 characters.
    #[error("the free text of question {0:?} must allow 1 to 10000 characters")]
    TextLimit(String),
}

/// Whether `key` is 1 to 40 characters of `a-z`, `0-9` and `_`.
pub fn is_valid_key(key: &str) -> bool {
    (1..=40).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

const MAX_OPTIONS: usize = 30;
const MAX_SCALE: u8 = 10;
const MAX_TEXT: u32 = 10_000;

/// One answer, of the shape its question's kind asks for. In JSON:
/// `{"scale": 4}`, `{"choice": "woman"}`, `{"choices": ["housing"]}`,
/// `{"number": 12}`, `{"date": "2026-09-01"}`, `{"text": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A value on a scale.
    Scale(u8),
    /// The key of the chosen option.
    Choice(String),
    /// The keys of the chosen options, in the definition's order (never
    /// empty: choosing nothing is not answering).
    Choices(Vec<String>),
    /// A whole number.
    Number(i64),
    /// A date.
    Date(#[serde(with = "ymd")] Date),
    /// Free text (trimmed; line breaks as `\n`).
    Text(String),
}

impl Answer {
    /// The answer as the form values that would give it back, to fill a
    /// form in again (one value, or one per chosen option).
    pub fn form_values(&self) -> Vec<String> {
        match self {
            Answer::Scale(v) => vec![v.to_string()],
            Answer::Choice(c) => vec![c.clone()],
            Answer::Choices(cs) => cs.clone(),
            Answer::Number(n) => vec![n.to_string()],
            Answer::Date(d) => vec![crate::programme::format_date(*d)],
            Answer::Text(t) => vec![t.clone()],
        }
    }
}

/// Dates as `YYYY-MM-DD` in JSON, as everywhere else in m4m.
mod ymd {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::programme::format_date(*d))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_ymd(&s).ok_or_else(|| serde::de::Error::custom("expected a date as YYYY-MM-DD"))
    }
}

fn parse_ymd(s: &str) -> Option<Date> {
    Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// The answers to one questionnaire: question key → answer. Unanswered
/// questions have no entry. In JSON, an object keyed by question.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    /// The answer to a question, if given.
    pub fn get(&self, question: &str) -> Option<&Answer> {
        self.0.get(question)
    }

    /// Records (`Some`) or clears (`None`) the answer to a question, as the
    /// phone flow does after each screen.
    pub fn set(&mut self, question: &str, answer: Option<Answer>) {
        match answer {
            Some(a) => {
                self.0.insert(question.to_owned(), a);
            }
            None => {
                self.0.remove(question);
            }
        }
    }

    /// How many questions are answered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The answers, by question key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// One question whose answer cannot be accepted, with the Fluent message
/// key that says what to fix.
///
/// For `error-number-range` the message takes `$min` and `$max`: find them
/// with [`Definition::question`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("question {question:?}: {key}")]
pub struct AnswerError {
    /// The question key (also the form field).
    pub question: String,
    /// The Fluent message key: `error-required`, `error-scale-invalid`,
    /// `error-choice-invalid`, `error-number-range`, `error-date-invalid`,
    /// `error-too-long` or `error-control-characters`.
    pub key: &'static str,
}

/// The score of one integration area (or competence) in a self-assessment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaScore {
    /// The area or competence.
    pub area: Scored,
    /// The mean of the raw scale answers tagged with the area (e.g. 1.0 to
    /// 5.0 on 1–5 scales). Only meaningful to compare between answers to
    /// scales of the same range; use `normalised` otherwise.
    pub mean: f64,
    /// The mean of the answers each normalised to 0..=1
    /// (`(value - min) / (max - min)`, so 0 is the scale's low end and 1
    /// its high end). Comparable across scales and versions.
    pub normalised: f64,
    /// How many scale answers the means are of (at least 1).
    pub answered: u32,
}

impl Definition {
    /// Checks the rules every stored definition follows: keys are 1 to 40
    /// characters of `a-z0-9_`; section keys are unique, question keys are
    /// unique across the whole definition, option keys within their
    /// question; every text has English; choice questions have 2 to 30
    /// options; scales satisfy 1 <= min < max <= 10; numbers min <= max;
    /// free text allows 1 to 10,000 characters. Reports the first problem.
    pub fn check(&self) -> Result<(), DefinitionError> {
        key_ok(&self.key)?;
        if self.sections.is_empty() {
            return Err(DefinitionError::Empty(format!("questionnaire {:?}", self.key)));
        }
        let mut sections = HashSet::new();
        let mut questions = HashSet::new();
        for s in &self.sections {
            key_ok(&s.key)?;
            if !sections.insert(s.key.as_str()) {
                return Err(DefinitionError::DuplicateSection(s.key.clone()));
            }
            english(&s.title, || format!("section {:?}", s.key))?;
            if s.questions.is_empty() {
                return Err(DefinitionError::Empty(format!("section {:?}", s.key)));
            }
            for q in &s.questions {
                key_ok(&q.key)?;
                if !questions.insert(q.key.as_str()) {
                    return Err(DefinitionError::DuplicateQuestion(q.key.clone()));
                }
                q.check()?;
            }
        }
        Ok(())
    }

    /// Every question, in order, across sections.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| &s.questions)
    }

    /// The question with this key.
    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions().find(|q| q.key == key)
    }

    /// Parses what an HTML form sends: field name = question key, a multiple
    /// choice repeats its field, an empty field means "not answered".
    /// Fields that are no question (the CSRF token, buttons) are ignored.
    /// Returns every question that failed, in the definition's order.
    pub fn parse_answers(&self, form: &[(String, String)]) -> Result<Answers, Vec<AnswerError>> {
        let mut by_field: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (name, value) in form {
            by_field.entry(name.as_str()).or_default().push(value.as_str());
        }
        let mut answers = Answers::default();
        let mut errors = Vec::new();
        for q in self.questions() {
            let values = by_field.get(q.key.as_str()).map_or(&[][..], Vec::as_slice);
            match q.parse(values) {
                Ok(answer) => answers.set(&q.key, answer),
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() { Ok(answers) } else { Err(errors) }
    }

    /// Parses the answer to one question, for the phone flow that shows one
    /// question per screen: `Ok(None)` when it is left empty (and optional).
    /// A key that is no question of this definition gives `Ok(None)` as in
    /// [`Definition::parse_answers`]; check it with [`Definition::question`]
    /// first to answer "not found".
    pub fn parse_one(&self, question_key: &str, values: &[&str]) -> Result<Option<Answer>, AnswerError> {
        match self.question(question_key) {
            Some(q) => q.parse(values),
            None => Ok(None),
        }
    }

    /// Checks answers gathered elsewhere (screen by screen, or read back
    /// from storage) as if they had been sent in one form: required
    /// questions answered, every answer of the right kind and in range.
    /// Answers to questions the definition does not have are dropped.
    pub fn validate(&self, answers: &Answers) -> Result<Answers, Vec<AnswerError>> {
        let form: Vec<(String, String)> =
            answers.iter().flat_map(|(k, a)| a.form_values().into_iter().map(move |v| (k.to_owned(), v))).collect();
        // An empty multiple choice has no form value left; it reads as unanswered.
        self.parse_answers(&form)
    }

    /// The baseline: for each area, the mean of the scale answers of the
    /// questions tagged with it, raw and normalised to 0..=1 (see
    /// [`AreaScore`]). Areas come in [`Scored::all`] order; an area without
    /// any answered scale question is left out. Answers that do not fit
    /// their question (not a scale, out of range) are ignored.
    pub fn baseline(&self, answers: &Answers) -> Vec<AreaScore> {
        let mut sums: BTreeMap<Scored, (f64, f64, u32)> = BTreeMap::new();
        for q in self.questions() {
            let (Some(area), QuestionKind::Scale { min, max, .. }) = (q.area, &q.kind) else { continue };
            let Some(Answer::Scale(v)) = answers.get(&q.key) else { continue };
            if !(min..=max).contains(&v) || min >= max {
                continue;
            }
            let e = sums.entry(area).or_insert((0.0, 0.0, 0));
            e.0 += f64::from(*v);
            e.1 += f64::from(v - min) / f64::from(max - min);
            e.2 += 1;
        }
        Scored::all()
            .filter_map(|area| {
                let (raw, norm, n) = sums.get(&area)?;
                Some(AreaScore { area, mean: raw / f64::from(*n), normalised: norm / f64::from(*n), answered: *n })
            })
            .collect()
    }

    /// Progress for "3 of 12": how many required questions are answered,
    /// and how many there are.
    pub fn progress(&self, answers: &Answers) -> (usize, usize) {
        let required = self.questions().filter(|q| q.required);
        required.fold((0, 0), |(done, total), q| (done + usize::from(answers.get(&q.key).is_some()), total + 1))
    }
}

impl Question {
    fn check(&self) -> Result<(), DefinitionError> {
        let key = &self.key;
        english(&self.text, || format!("question {key:?}"))?;
        if let Some(help) = &self.help {
            english(help, || format!("the help of question {key:?}"))?;
        }
        match &self.kind {
            QuestionKind::Scale { min, max, low, high } => {
                if !(1 <= *min && min < max && *max <= MAX_SCALE) {
                    return Err(DefinitionError::ScaleRange(key.clone()));
                }
                english(low, || format!("the low end of question {key:?}"))?;
                english(high, || format!("the high end of question {key:?}"))?;
            }
            QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                if !(2..=MAX_OPTIONS).contains(&options.len()) {
                    return Err(DefinitionError::OptionCount(key.clone()));
                }
                let mut seen = HashSet::new();
                for o in options {
                    key_ok(&o.key)?;
                    if !seen.insert(o.key.as_str()) {
                        return Err(DefinitionError::DuplicateOption { question: key.clone(), option: o.key.clone() });
                    }
                    english(&o.text, || format!("option {:?} of question {key:?}", o.key))?;
                }
            }
            QuestionKind::Number { min, max } => {
                if min > max {
                    return Err(DefinitionError::NumberRange(key.clone()));
                }
            }
            QuestionKind::Date => {}
            QuestionKind::FreeText { max_chars } => {
                if !(1..=MAX_TEXT).contains(max_chars) {
                    return Err(DefinitionError::TextLimit(key.clone()));
                }
            }
        }
        Ok(())
    }

    /// Parses the values the form sent for this question (none, one, or
    /// several for a multiple choice). Blank values count as not sent.
    /// `Ok(None)` means not answered, which is an error when required.
    pub fn parse(&self, values: &[&str]) -> Result<Option<Answer>, AnswerError> {
        let err = |key| AnswerError { question: self.key.clone(), key };
        let values: Vec<&str> = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
        if values.is_empty() {
            return if self.required { Err(err("error-required")) } else { Ok(None) };
        }
        let single = |invalid: &'static str| if values.len() == 1 { Ok(values[0]) } else { Err(err(invalid)) };
        let answer = match &self.kind {
            QuestionKind::Scale { min, max, .. } => {
                let v = single("error-scale-invalid")?;
                match v.parse::<u8>() {
                    Ok(n) if (*min..=*max).contains(&n) => Answer::Scale(n),
                    _ => return Err(err("error-scale-invalid")),
                }
            }
            QuestionKind::SingleChoice { options } => {
                let v = single("error-choice-invalid")?;
                let o = options.iter().find(|o| o.key == v).ok_or_else(|| err("error-choice-invalid"))?;
                Answer::Choice(o.key.clone())
            }
            QuestionKind::MultipleChoice { options } => {
                let mut chosen = HashSet::new();
                for v in &values {
                    if !options.iter().any(|o| o.key == *v) || !chosen.insert(*v) {
                        return Err(err("error-choice-invalid"));
                    }
                }
                Answer::Choices(
                    options.iter().filter(|o| chosen.contains(o.key.as_str())).map(|o| o.key.clone()).collect(),
                )
            }
            QuestionKind::Number { min, max } => {
                let v = single("error-number-range")?;
                match v.parse::<i64>() {
                    Ok(n) if (*min..=*max).contains(&n) => Answer::Number(n),
                    _ => return Err(err("error-number-range")),
                }
            }
            QuestionKind::Date => {
                let v = single("error-date-invalid")?;
                Answer::Date(parse_ymd(v).ok_or_else(|| err("error-date-invalid"))?)
            }
            QuestionKind::FreeText { max_chars } => {
                // A second value can only come from a tampered form: more
                // text than the one field holds.
                let v = single("error-too-long")?;
                // Browsers send a textarea's line breaks as CRLF but count
                // them as one character for `maxlength`.
                let text = v.replace("\r\n", "\n").replace('\r', "\n");
                if text.chars().count() > *max_chars as usize {
                    return Err(err("error-too-long"));
                }
                if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
                    return Err(err("error-control-characters"));
                }
                Answer::Text(text)
            }
        };
        Ok(Some(answer))
    }
}

fn key_ok(key: &str) -> Result<(), DefinitionError> {
    if is_valid_key(key) { Ok(()) } else { Err(DefinitionError::InvalidKey(key.to_owned())) }
}

fn english(text: &Text, place: impl FnOnce() -> String) -> Result<(), DefinitionError> {
    if text.has("en") { Ok(()) } else { Err(DefinitionError::MissingEnglish(place())) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::area::Area;
    use proptest::prelude::*;

    fn en(s: &str) -> Text {
        Text::new(&[("en", s)])
    }

    fn choices(keys: &[&str]) -> Vec<Choice> {
        keys.iter().map(|k| Choice { key: (*k).to_owned(), text: en(k) }).collect()
    }

    fn q(key: &str, required: bool, area: Option<Area>, kind: QuestionKind) -> Question {
        Question { key: key.to_owned(), text: en(key), help: None, required, area: area.map(Scored::Area), kind }
    }

    fn scale(min: u8, max: u8) -> QuestionKind {
        QuestionKind::Scale { min, max, low: en("low"), high: en("high") }
    }

    fn first(d: &mut Definition) -> &mut Question {
        &mut d.sections[0].questions[0]
    }

    fn gender(d: &mut Definition) -> &mut Question {
        &mut d.sections[1].questions[0]
    }

    fn sample() -> Definition {
        Definition {
            key: "sample".into(),
            kind: Kind::NewcomerSelfAssessment,
            sections: vec![
                Section {
                    key: "areas".into(),
                    title: en("Areas"),
                    questions: vec![
                        q("lang_speak", true, Some(Area::Language), scale(1, 5)),
                        q("lang_read", false, Some(Area::Language), scale(1, 5)),
                        q("housing", true, Some(Area::Housing), scale(1, 5)),
                        q("health", false, Some(Area::Health), scale(1, 9)),
                    ],
                },
                Section {
                    key: "more".into(),
                    title: en("More"),
                    questions: vec![
                        q(
                            "gender",
                            true,
                            None,
                            QuestionKind::SingleChoice { options: choices(&["none", "woman", "man"]) },
                        ),
                        q(
                            "help",
                            false,
                            None,
                            QuestionKind::MultipleChoice { options: choices(&["housing", "health", "money"]) },
                        ),
                        q("children", false, None, QuestionKind::Number { min: 0, max: 20 }),
                        q("arrived", false, None, QuestionKind::Date),
                        q("goals", false, None, QuestionKind::FreeText { max_chars: 10 }),
                    ],
                },
            ],
        }
    }

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn errors(d: &Definition, pairs: &[(&str, &str)]) -> Vec<(String, &'static str)> {
        d.parse_answers(&form(pairs)).err().unwrap_or_default().into_iter().map(|e| (e.question, e.key)).collect()
    }

    const GOOD: &[(&str, &str)] = &[
        ("csrf", "token"),
        ("lang_speak", "2"),
        ("lang_read", " 4 "),
        ("housing", "5"),
        ("health", "1"),
        ("gender", "woman"),
        ("help", "money"),
        ("help", ""),
        ("help", "housing"),
        ("children", "3"),
        ("arrived", "2026-03-01"),
        ("goals", " a job\r\nok "),
        ("unknown", "whatever"),
    ];

    #[test]
    fn sample_is_valid() {
        sample().check().unwrap();
    }

    #[test]
    fn text_falls_back_to_english_then_any() {
        let t = Text::new(&[("en", "Hello"), ("fr", "Bonjour")]);
        assert_eq!(t.get("fr"), "Bonjour");
        assert_eq!(t.get("fr-BE"), "Bonjour");
        assert_eq!(t.get("ar"), "Hello");
        assert_eq!(Text::new(&[("uk", "Привіт")]).get("fr"), "Привіт");
        assert_eq!(Text::default().get("fr"), "");
    }

    #[test]
    fn check_rejects_each_kind_of_bad_definition() {
        use DefinitionError as E;
        let bad = |f: &dyn Fn(&mut Definition)| {
            let mut d = sample();
            f(&mut d);
            d.check().unwrap_err()
        };
        assert_eq!(bad(&|d| d.key = "Sample".into()), E::InvalidKey("Sample".into()));
        assert_eq!(bad(&|d| d.sections[1].key = String::new()), E::InvalidKey(String::new()));
        assert_eq!(bad(&|d| first(d).key = "x".repeat(41)), E::InvalidKey("x".repeat(41)));
        assert_eq!(bad(&|d| first(d).key = "é".into()), E::InvalidKey("é".into()));
        assert!(matches!(bad(&|d| d.sections.clear()), E::Empty(_)));
        assert!(matches!(bad(&|d| d.sections[1].questions.clear()), E::Empty(_)));
        assert_eq!(bad(&|d| d.sections[1].key = "areas".into()), E::DuplicateSection("areas".into()));
        // Question keys are unique across sections: they share one form.
        assert_eq!(bad(&|d| gender(d).key = "housing".into()), E::DuplicateQuestion("housing".into()));
        assert!(matches!(bad(&|d| d.sections[0].title = Text::new(&[("fr", "Domaines")])), E::MissingEnglish(_)));
        assert!(matches!(bad(&|d| first(d).text = Text::new(&[("en", "  ")])), E::MissingEnglish(_)));
        assert!(matches!(bad(&|d| first(d).help = Some(Text::default())), E::MissingEnglish(_)));
        assert!(matches!(
            bad(&|d| first(d).kind = QuestionKind::Scale { min: 1, max: 5, low: en("l"), high: Text::default() }),
            E::MissingEnglish(_)
        ));
        assert!(matches!(
            bad(&|d| if let QuestionKind::SingleChoice { options } = &mut gender(d).kind {
                options[1].text = Text::default()
            }),
            E::MissingEnglish(_)
        ));
        for (min, max) in [(0, 5), (3, 3), (5, 1), (1, 11)] {
            assert_eq!(bad(&|d| first(d).kind = scale(min, max)), E::ScaleRange("lang_speak".into()));
        }
        for n in [0, 1, 31] {
            let options = choices(
                &(0..n).map(|i| format!("o{i}")).collect::<Vec<_>>().iter().map(String::as_str).collect::<Vec<_>>(),
            );
            assert_eq!(
                bad(&|d| gender(d).kind = QuestionKind::SingleChoice { options: options.clone() }),
                E::OptionCount("gender".into())
            );
            assert_eq!(
                bad(&|d| gender(d).kind = QuestionKind::MultipleChoice { options: options.clone() }),
                E::OptionCount("gender".into())
            );
        }
        assert_eq!(
            bad(&|d| gender(d).kind = QuestionKind::SingleChoice { options: choices(&["a", "b", "a"]) }),
            E::DuplicateOption { question: "gender".into(), option: "a".into() }
        );
        assert_eq!(
            bad(&|d| gender(d).kind = QuestionKind::SingleChoice { options: choices(&["a", "B"]) }),
            E::InvalidKey("B".into())
        );
        assert_eq!(
            bad(&|d| first(d).kind = QuestionKind::Number { min: 2, max: 1 }),
            E::NumberRange("lang_speak".into())
        );
        for max_chars in [0, 10_001] {
            assert_eq!(
                bad(&|d| first(d).kind = QuestionKind::FreeText { max_chars }),
                E::TextLimit("lang_speak".into())
            );
        }
        // The edges that are allowed.
        let mut d = sample();
        d.sections[0].questions[0].kind = scale(1, 10);
        d.sections[0].questions[1].kind = QuestionKind::Number { min: 3, max: 3 };
        d.sections[0].questions[2].kind = QuestionKind::FreeText { max_chars: 10_000 };
        d.sections[0].questions[3].key = "k".repeat(40);
        d.check().unwrap();
    }

    #[test]
    fn parses_good_answers_and_ignores_unknown_fields() {
        let a = sample().parse_answers(&form(GOOD)).unwrap();
        assert_eq!(a.get("lang_speak"), Some(&Answer::Scale(2)));
        assert_eq!(a.get("lang_read"), Some(&Answer::Scale(4)));
        assert_eq!(a.get("health"), Some(&Answer::Scale(1)));
        assert_eq!(a.get("gender"), Some(&Answer::Choice("woman".into())));
        // In the definition's order, whatever the form's.
        assert_eq!(a.get("help"), Some(&Answer::Choices(vec!["housing".into(), "money".into()])));
        assert_eq!(a.get("children"), Some(&Answer::Number(3)));
        assert_eq!(a.get("arrived"), Some(&Answer::Date(time::macros::date!(2026 - 03 - 01))));
        assert_eq!(a.get("goals"), Some(&Answer::Text("a job\nok".into())));
        assert_eq!(a.get("unknown"), None);
        assert_eq!(a.get("csrf"), None);
        assert_eq!(a.len(), 9);
    }

    #[test]
    fn empty_fields_are_unanswered() {
        let a = sample()
            .parse_answers(&form(&[("lang_speak", "1"), ("housing", "1"), ("gender", "man"), ("goals", " \r\n ")]))
            .unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!(sample().progress(&a), (3, 3));
    }

    #[test]
    fn names_each_wrong_question_with_its_key() {
        let d = sample();
        let with = |field: &str, values: &[&str]| {
            let mut f: Vec<(&str, &str)> = GOOD.iter().filter(|(k, _)| *k != field).copied().collect();
            f.extend(values.iter().map(|v| (field, *v)));
            errors(&d, &f)
        };
        let one = |question: &str, key: &'static str| vec![(question.to_owned(), key)];
        assert_eq!(with("lang_speak", &[]), one("lang_speak", "error-required"));
        assert_eq!(with("lang_speak", &["  "]), one("lang_speak", "error-required"));
        assert_eq!(with("lang_read", &[]), vec![]);
        assert_eq!(with("lang_speak", &["0"]), one("lang_speak", "error-scale-invalid"));
        assert_eq!(with("lang_speak", &["6"]), one("lang_speak", "error-scale-invalid"));
        assert_eq!(with("lang_speak", &["2.5"]), one("lang_speak", "error-scale-invalid"));
        assert_eq!(with("lang_speak", &["-1"]), one("lang_speak", "error-scale-invalid"));
        assert_eq!(with("lang_speak", &["2", "3"]), one("lang_speak", "error-scale-invalid"));
        assert_eq!(with("health", &["10"]), one("health", "error-scale-invalid"));
        assert_eq!(with("gender", &["other"]), one("gender", "error-choice-invalid"));
        assert_eq!(with("gender", &["woman", "man"]), one("gender", "error-choice-invalid"));
        assert_eq!(with("gender", &["woman", "woman"]), one("gender", "error-choice-invalid"));
        assert_eq!(with("help", &["housing", "cooking"]), one("help", "error-choice-invalid"));
        assert_eq!(with("help", &["housing", "housing"]), one("help", "error-choice-invalid"));
        assert_eq!(with("children", &["21"]), one("children", "error-number-range"));
        assert_eq!(with("children", &["-1"]), one("children", "error-number-range"));
        assert_eq!(with("children", &["three"]), one("children", "error-number-range"));
        assert_eq!(with("arrived", &["2026-02-30"]), one("arrived", "error-date-invalid"));
        assert_eq!(with("arrived", &["01/03/2026"]), one("arrived", "error-date-invalid"));
        assert_eq!(with("goals", &["12345678901"]), one("goals", "error-too-long"));
        assert_eq!(with("goals", &["ééééééééééé"]), one("goals", "error-too-long"));
        assert_eq!(with("goals", &["éééééééééé"]), vec![]);
        // Ten characters once CRLF counts as one line break, as the browser counts.
        assert_eq!(with("goals", &["12345\r\n789"]), vec![]);
        assert_eq!(with("goals", &["a\u{7}b"]), one("goals", "error-control-characters"));
        assert_eq!(with("goals", &["a\u{0}"]), one("goals", "error-control-characters"));
        assert_eq!(with("goals", &["a\nb\tc"]), vec![]);
        assert_eq!(with("goals", &["a", "b"]), one("goals", "error-too-long"));
        // Every failing question is named, in the definition's order.
        assert_eq!(
            errors(&d, &[("lang_speak", "9"), ("children", "x")]),
            vec![
                ("lang_speak".to_owned(), "error-scale-invalid"),
                ("housing".to_owned(), "error-required"),
                ("gender".to_owned(), "error-required"),
                ("children".to_owned(), "error-number-range"),
            ]
        );
    }

    #[test]
    fn parses_one_question_at_a_time() {
        let d = sample();
        assert_eq!(d.parse_one("lang_speak", &["3"]), Ok(Some(Answer::Scale(3))));
        assert_eq!(d.parse_one("lang_read", &[""]), Ok(None));
        assert_eq!(d.parse_one("lang_speak", &[]).unwrap_err().key, "error-required");
        assert_eq!(
            d.parse_one("help", &["money", "health"]),
            Ok(Some(Answer::Choices(vec!["health".into(), "money".into()])))
        );
        assert_eq!(d.parse_one("nope", &["1"]), Ok(None));
        let mut answers = Answers::default();
        answers.set("lang_speak", d.parse_one("lang_speak", &["3"]).unwrap());
        assert_eq!(d.progress(&answers), (1, 3));
        assert_eq!(d.validate(&answers).unwrap_err().len(), 2);
        answers.set("housing", Some(Answer::Scale(2)));
        answers.set("gender", Some(Answer::Choice("none".into())));
        answers.set("stale", Some(Answer::Scale(2)));
        let valid = d.validate(&answers).unwrap();
        assert_eq!(valid.len(), 3);
        answers.set("gender", Some(Answer::Scale(2)));
        assert_eq!(d.validate(&answers).unwrap_err()[0].key, "error-choice-invalid");
        answers.set("gender", None);
        assert_eq!(d.progress(&answers), (2, 3));
    }

    #[test]
    fn validate_accepts_what_parsing_gave() {
        let d = sample();
        let a = d.parse_answers(&form(GOOD)).unwrap();
        assert_eq!(d.validate(&a).unwrap(), a);
    }

    #[test]
    fn json_round_trip() {
        let d = sample();
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(serde_json::from_str::<Definition>(&json).unwrap(), d);
        let a = d.parse_answers(&form(GOOD)).unwrap();
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["arrived"], serde_json::json!({"date": "2026-03-01"}));
        assert_eq!(json["lang_speak"], serde_json::json!({"scale": 2}));
        assert_eq!(json["help"], serde_json::json!({"choices": ["housing", "money"]}));
        assert_eq!(serde_json::from_value::<Answers>(json).unwrap(), a);
        assert!(serde_json::from_str::<Answers>(r#"{"arrived": {"date": "1 March"}}"#).is_err());
    }

    #[test]
    fn stored_json_reads_with_defaults() {
        let json = r#"{"key": "k", "kind": "buddy_interview", "sections": [{"key": "s", "title": {"en": "S"},
            "questions": [{"key": "q", "text": {"en": "Q?"}, "kind": {"type": "scale", "low": {"en": "no"}, "high": {"en": "yes"}}},
                          {"key": "d", "text": {"en": "When?"}, "required": true, "kind": {"type": "date"}}]}]}"#;
        let d: Definition = serde_json::from_str(json).unwrap();
        d.check().unwrap();
        assert_eq!(d.kind, Kind::BuddyInterview);
        let q = d.question("q").unwrap();
        assert!(!q.required && q.help.is_none() && q.area.is_none());
        assert!(matches!(q.kind, QuestionKind::Scale { min: 1, max: 5, .. }));
        assert!(d.question("d").unwrap().required);
    }

    #[test]
    fn baseline_means_per_area() {
        let d = sample();
        let a = d
            .parse_answers(&form(&[
                ("lang_speak", "2"),
                ("lang_read", "5"),
                ("housing", "1"),
                ("health", "5"),
                ("gender", "man"),
            ]))
            .unwrap();
        let scores = d.baseline(&a);
        assert_eq!(
            scores.iter().map(|s| s.area).collect::<Vec<_>>(),
            [Area::Language, Area::Housing, Area::Health].map(Scored::Area)
        );
        assert_eq!(scores[0], AreaScore { area: Area::Language.into(), mean: 3.5, normalised: 0.625, answered: 2 });
        assert_eq!(scores[1], AreaScore { area: Area::Housing.into(), mean: 1.0, normalised: 0.0, answered: 1 });
        // A 1–9 scale: raw 5, half way.
        assert_eq!(scores[2], AreaScore { area: Area::Health.into(), mean: 5.0, normalised: 0.5, answered: 1 });
        // Unanswered areas are left out; answers of the wrong kind ignored.
        let mut a = Answers::default();
        a.set("housing", Some(Answer::Scale(5)));
        a.set("lang_speak", Some(Answer::Number(3)));
        a.set("lang_read", Some(Answer::Scale(9)));
        assert_eq!(
            d.baseline(&a),
            vec![AreaScore { area: Area::Housing.into(), mean: 5.0, normalised: 1.0, answered: 1 }]
        );
        assert!(d.baseline(&Answers::default()).is_empty());
    }

    #[test]
    fn keys() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
            assert_eq!(serde_json::to_value(k).unwrap(), serde_json::json!(k.as_str()));
        }
        assert!(Kind::BuddyInterview.answered_by_staff() && !Kind::NewcomerSelfAssessment.answered_by_staff());
        assert!(is_valid_key("a_1") && !is_valid_key("a-1") && !is_valid_key(""));
    }

    /// A field name: mostly the sample's questions, sometimes anything.
    fn field() -> impl Strategy<Value = String> {
        const KEYS: [&str; 8] = ["lang_speak", "lang_read", "health", "gender", "help", "children", "arrived", "goals"];
        prop_oneof![4 => proptest::sample::select(&KEYS[..]).prop_map(str::to_owned), 1 => ".{0,8}"]
    }

    /// A field value: small numbers, option keys, dates, anything.
    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{1,2}",
            "-?[0-9]{1,20}",
            proptest::sample::select(&["none", "woman", "man", "housing", "money", "2026-02-29", "2024-02-29"][..])
                .prop_map(str::to_owned),
            "\\PC{0,12}",
            ".{0,12}",
        ]
    }

    proptest! {
        #[test]
        fn parsing_never_panics_and_scales_stay_in_range(fields in proptest::collection::vec((field(), value()), 0..16)) {
            let d = sample();
            // The other required questions answered, so that some forms pass.
            let mut form = vec![("housing".to_owned(), "3".to_owned()), ("gender".to_owned(), "man".to_owned())];
            form.extend(fields);
            if let Ok(answers) = d.parse_answers(&form) {
                for q in d.questions() {
                    if let (QuestionKind::Scale { min, max, .. }, Some(a)) = (&q.kind, answers.get(&q.key)) {
                        let Answer::Scale(v) = a else { panic!("{a:?} for a scale") };
                        prop_assert!((*min..=*max).contains(v));
                    }
                }
                for s in d.baseline(&answers) {
                    prop_assert!((0.0..=1.0).contains(&s.normalised));
                }
                prop_assert_eq!(d.validate(&answers).unwrap(), answers);
            }
        }

        #[test]
        fn one_question_at_a_time_never_panics(values in proptest::collection::vec(value(), 0..4)) {
            let d = sample();
            let values: Vec<&str> = values.iter().map(String::as_str).collect();
            for q in d.questions() {
                if let (QuestionKind::Scale { min, max, .. }, Ok(Some(a))) = (&q.kind, d.parse_one(&q.key, &values)) {
                    prop_assert!(matches!(a, Answer::Scale(v) if (*min..=*max).contains(&v)), "{a:?}");
                }
            }
        }
    }
}
