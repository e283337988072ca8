//! Step 5, training and development: courses made of modules — short
//! capsules to read or watch, quizzes with a pass mark, face-to-face
//! sessions with attendance — and the rule that a buddy is ready to match
//! only once the mandatory modules are done.

use serde::{Deserialize, Serialize};

use crate::account::{parse_long_text, parse_text};
use crate::error::{Invalid, Validation};
use crate::questionnaire::Text;

/// What a module is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModuleKind {
    /// A short text, file or video to go through.
    Capsule,
    /// Questions with a pass mark.
    Quiz,
    /// A face-to-face session with attendance.
    Session,
}

impl ModuleKind {
    /// All kinds.
    pub const ALL: [ModuleKind; 3] = [ModuleKind::Capsule, ModuleKind::Quiz, ModuleKind::Session];

    /// The stored name (`module-kind-<name>` translates it).
    pub fn as_str(self) -> &'static str {
        match self {
            ModuleKind::Capsule => "capsule",
            ModuleKind::Quiz => "quiz",
            ModuleKind::Session => "session",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<ModuleKind> {
        ModuleKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Who a course is for (`audience-<name>`).
pub const AUDIENCES: [&str; 2] = ["buddies", "professionals"];

/// A course as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCourse {
    pub title: String,
    pub audience: String,
    pub description: String,
}

impl NewCourse {
    /// Validates the course form.
    pub fn parse(title: &str, audience: &str, description: &str) -> Result<NewCourse, Validation> {
        let mut v = Validation::default();
        let title = v.check(parse_text("title", title, 160)).unwrap_or_default();
        if !AUDIENCES.contains(&audience.trim()) {
            v.add("audience", "error-choice-invalid");
        }
        let description = v.check(parse_long_text("description", description, 4000)).unwrap_or_default();
        v.finish()?;
        Ok(NewCourse { title, audience: audience.trim().to_owned(), description })
    }
}

/// One question of a quiz: single choice, one right option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizQuestion {
    pub text: Text,
    pub options: Vec<Text>,
    /// Index of the right option.
    pub correct: usize,
}

/// A quiz: its questions, as stored (JSON).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub questions: Vec<QuizQuestion>,
}

impl Quiz {
    /// Reads a quiz typed as plain text, one block per question separated
    /// by a blank line: the question on the first line, then one option per
    /// line, the right one marked with a leading `*`. Texts are stored under
    /// `lang`.
    pub fn parse_plain(raw: &str, lang: &str) -> Result<Quiz, Invalid> {
        let invalid = Invalid { field: "quiz", key: "error-quiz-format" };
        let mut questions = Vec::new();
        for block in raw.replace("\r\n", "\n").split("\n\n").map(str::trim).filter(|b| !b.is_empty()) {
            let mut lines = block.lines().map(str::trim).filter(|l| !l.is_empty());
            let question = lines.next().ok_or(invalid.clone())?;
            let mut options = Vec::new();
            let mut correct = None;
            for line in lines {
                let (right, text) = match line.strip_prefix('*') {
                    Some(t) => (true, t.trim()),
                    None => (false, line),
                };
                if right {
                    if correct.is_some() {
                        return Err(invalid);
                    }
                    correct = Some(options.len());
                }
                options.push(Text::new(&[(lang, text)]));
            }
            let correct = correct.ok_or(invalid.clone())?;
            if !(2..=10).contains(&options.len()) || question.chars().count() > 500 {
                return Err(invalid);
            }
            questions.push(QuizQuestion { text: Text::new(&[(lang, question)]), options, correct });
        }
        if questions.is_empty() || questions.len() > 50 {
            return Err(invalid);
        }
        Ok(quiz_with_english(questions, lang))
    }

    /// The score in percent of the chosen option indices (one per question,
    /// `None` when unanswered).
    pub fn score(&self, chosen: &[Option<usize>]) -> u8 {
        if self.questions.is_empty() {
            return 0;
        }
        let right = self.questions.iter().zip(chosen).filter(|(q, c)| **c == Some(q.correct)).count();
        ((right * 100) / self.questions.len()) as u8
    }
}

/// Texts need English as their fallback: a quiz typed in another language
/// keeps that text under `en` too until someone translates it.
fn quiz_with_english(mut questions: Vec<QuizQuestion>, lang: &str) -> Quiz {
    if lang != "en" {
        for q in &mut questions {
            for t in std::iter::once(&mut q.text).chain(q.options.iter_mut()) {
                let text = t.get(lang).to_owned();
                t.0.entry("en".into()).or_insert(text);
            }
        }
    }
    Quiz { questions }
}

/// A module as entered.
#[derive(Debug, Clone, PartialEq)]
pub struct NewModule {
    pub kind: ModuleKind,
    pub title: String,
    /// The capsule's text, or what the session is about.
    pub body: String,
    /// A link to a video or a file.
    pub link: String,
    /// Estimated learning time.
    pub minutes: i64,
    pub mandatory: bool,
    /// Quizzes: the questions and the pass mark in percent.
    pub quiz: Option<Quiz>,
    pub pass_mark: i64,
    /// Sessions: when (Unix seconds), where, how many places.
    pub starts_at: Option<i64>,
    pub place: String,
    pub capacity: Option<i64>,
}

/// The raw fields of the module form.
#[derive(Debug, Clone, Default)]
pub struct ModuleForm<'a> {
    pub kind: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub link: &'a str,
    pub minutes: &'a str,
    pub mandatory: bool,
    pub quiz: &'a str,
    pub pass_mark: &'a str,
    pub date: &'a str,
    pub time: &'a str,
    pub place: &'a str,
    pub capacity: &'a str,
}

fn number(
    v: &mut Validation,
    field: &'static str,
    raw: &str,
    range: std::ops::RangeInclusive<i64>,
    default: i64,
) -> i64 {
    let s = raw.trim();
    if s.is_empty() {
        return default;
    }
    match s.parse::<i64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            v.add(field, "error-count-invalid");
            default
        }
    }
}

impl NewModule {
    /// Validates the module form; `lang` is the language quiz texts are
    /// typed in.
    pub fn parse(f: &ModuleForm<'_>, lang: &str) -> Result<NewModule, Validation> {
        let mut v = Validation::default();
        let kind = ModuleKind::parse(f.kind.trim());
        if kind.is_none() {
            v.add("kind", "error-choice-invalid");
        }
        let title = v.check(parse_text("title", f.title, 160)).unwrap_or_default();
        let body = v.check(parse_long_text("body", f.body, 20_000)).unwrap_or_default();
        let link = f.link.trim();
        let web_link = link.starts_with("https://") || link.starts_with("http://");
        if !(link.is_empty() || web_link) || link.len() > 500 {
            v.add("link", "error-link-invalid");
        }
        let minutes = number(&mut v, "minutes", f.minutes, 1..=6000, 30);
        let pass_mark = number(&mut v, "pass_mark", f.pass_mark, 1..=100, 80);
        let (mut quiz, mut starts_at, mut capacity) = (None, None, None);
        match kind {
            Some(ModuleKind::Quiz) => quiz = v.check(Quiz::parse_plain(f.quiz, lang)),
            Some(ModuleKind::Session) => {
                let date = v.check(crate::programme::parse_date("date", f.date));
                let time = time::Time::parse(f.time.trim(), time::macros::format_description!("[hour]:[minute]"))
                    .map_err(|_| v.add("time", "error-time-invalid"))
                    .ok();
                if let (Some(d), Some(t)) = (date, time) {
                    starts_at = Some(d.with_time(t).assume_utc().unix_timestamp());
                }
                capacity = Some(number(&mut v, "capacity", f.capacity, 1..=1000, 20));
            }
            _ => {}
        }
        let place = if f.place.trim().is_empty() {
            String::new()
        } else {
            v.check(parse_text("place", f.place, 160)).unwrap_or_default()
        };
        v.finish()?;
        Ok(NewModule {
            kind: kind.unwrap_or(ModuleKind::Capsule),
            title,
            body,
            link: link.to_owned(),
            minutes,
            mandatory: f.mandatory,
            quiz,
            pass_mark,
            starts_at,
            place,
            capacity,
        })
    }
}

/// Where a learner stands with a module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Nothing recorded.
    NotStarted,
    /// Capsule gone through.
    Done,
    /// Quiz passed (score in percent).
    Passed(u8),
    /// Quiz taken, below the pass mark.
    Failed(u8),
    /// Session attended.
    Attended,
    /// Session missed.
    Absent,
}

impl Progress {
    /// Whether the module counts as completed.
    pub fn completed(self) -> bool {
        matches!(self, Progress::Done | Progress::Passed(_) | Progress::Attended)
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Progress::NotStarted => "not_started",
            Progress::Done => "done",
            Progress::Passed(_) => "passed",
            Progress::Failed(_) => "failed",
            Progress::Attended => "attended",
            Progress::Absent => "absent",
        }
    }

    /// Reads the stored name and score.
    pub fn parse(status: &str, score: Option<i64>) -> Progress {
        let score = score.unwrap_or(0).clamp(0, 100) as u8;
        match status {
            "done" => Progress::Done,
            "passed" => Progress::Passed(score),
            "failed" => Progress::Failed(score),
            "attended" => Progress::Attended,
            "absent" => Progress::Absent,
            _ => Progress::NotStarted,
        }
    }
}

/// Whether every mandatory module is completed: the gate between training
/// and the pool of pre-matching. `modules` are `(id, mandatory)`,
/// `progress` the learner's `(module id, progress)`. A course with no
/// mandatory module does not open the gate by itself.
pub fn mandatory_done(modules: &[(i64, bool)], progress: &[(i64, Progress)]) -> bool {
    let mandatory: Vec<i64> = modules.iter().filter(|(_, m)| *m).map(|(id, _)| *id).collect();
    !mandatory.is_empty() && mandatory.iter().all(|id| progress.iter().any(|(m, p)| m == id && p.completed()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIZ: &str = "What do you do if your newcomer tells you of violence at home?\n\
                        Keep it secret\n\
                        * Tell your coordinator the same day\n\
                        Call the family\n\n\
                        Can you lend money to your newcomer?\n\
                        Yes\n\
                        *No";

    #[test]
    fn a_quiz_is_typed_as_plain_text_and_scored() {
        let q = Quiz::parse_plain(QUIZ, "en").unwrap();
        assert_eq!(q.questions.len(), 2);
        assert_eq!(q.questions[0].correct, 1);
        assert_eq!(q.questions[1].options[1].get("en"), "No");
        assert_eq!(q.score(&[Some(1), Some(1)]), 100);
        assert_eq!(q.score(&[Some(1), Some(0)]), 50);
        assert_eq!(q.score(&[None, None]), 0);
        let fr = Quiz::parse_plain("Question ?\n*Oui\nNon", "fr").unwrap();
        assert_eq!(fr.questions[0].text.get("en"), "Question ?");
        for bad in ["", "Only a question", "Q\n*A\n*B", "Q\nA\nB", &format!("Q\n*{}", "A\n".repeat(11))] {
            assert!(Quiz::parse_plain(bad, "en").is_err(), "{bad:?}");
        }
    }

    #[test]
    fn modules_are_checked_by_kind() {
        let ok = NewModule::parse(
            &ModuleForm {
                kind: "session",
                title: "Boundaries",
                date: "2026-12-05",
                time: "14:00",
                capacity: "15",
                ..Default::default()
            },
            "en",
        )
        .unwrap();
        assert_eq!(ok.starts_at, Some(1_796_479_200));
        assert_eq!(ok.capacity, Some(15));
        let e = NewModule::parse(
            &ModuleForm { kind: "session", title: "", date: "soon", time: "25:00", ..Default::default() },
            "en",
        )
        .unwrap_err();
        assert_eq!(e.key_for("title"), Some("error-required"));
        assert_eq!(e.key_for("date"), Some("error-date-invalid"));
        assert_eq!(e.key_for("time"), Some("error-time-invalid"));
        let e = NewModule::parse(
            &ModuleForm { kind: "quiz", title: "Q", quiz: "nothing right", ..Default::default() },
            "en",
        )
        .unwrap_err();
        assert_eq!(e.key_for("quiz"), Some("error-quiz-format"));
        let e = NewModule::parse(
            &ModuleForm { kind: "capsule", title: "V", link: "javascript:alert(1)", ..Default::default() },
            "en",
        )
        .unwrap_err();
        assert_eq!(e.key_for("link"), Some("error-link-invalid"));
        assert!(NewModule::parse(&ModuleForm { kind: "webinar", title: "X", ..Default::default() }, "en").is_err());
    }

    #[test]
    fn the_gate_opens_when_every_mandatory_module_is_done() {
        let modules = [(1, true), (2, true), (3, false)];
        assert!(!mandatory_done(&modules, &[(1, Progress::Done)]));
        assert!(!mandatory_done(&modules, &[(1, Progress::Done), (2, Progress::Failed(40))]));
        assert!(!mandatory_done(&modules, &[(1, Progress::Done), (2, Progress::Absent)]));
        assert!(mandatory_done(&modules, &[(1, Progress::Attended), (2, Progress::Passed(90))]));
        assert!(!mandatory_done(&[(3, false)], &[(3, Progress::Done)]), "no mandatory module, no gate opened");
    }
}
