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
    /// typed in, `zone` the wall clock a session's time is typed on.
    pub fn parse(f: &ModuleForm<'_>, lang: &str, zone: &crate::zone::Zone) -> Result<NewModule, Validation> {
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
                    starts_at = Some(zone.unix(d.with_time(t)));
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
    let (done, due) = mandatory_progress(modules, progress);
    due > 0 && done == due
}

/// How far a learner is: the mandatory modules completed, of those due
/// (what the course page, its spreadsheet and the API show).
pub fn mandatory_progress(modules: &[(i64, bool)], progress: &[(i64, Progress)]) -> (usize, usize) {
    let mandatory = modules.iter().filter(|(_, m)| *m);
    let done = mandatory.clone().filter(|(id, _)| progress.iter().any(|(m, p)| m == id && p.completed())).count();
    (done, mandatory.count())
}

/// A module's title and text in another language, as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewModuleText {
    pub language: &'static str,
    pub title: String,
    pub body: String,
}

impl NewModuleText {
    /// Validates the translation form: an interface language, a title, a
    /// text.
    pub fn parse(language: &str, title: &str, body: &str) -> Result<NewModuleText, Validation> {
        let mut v = Validation::default();
        let lang = crate::language::LANGUAGES.into_iter().find(|l| l.code == language.trim());
        if lang.is_none() {
            v.add("language", "error-choice-invalid");
        }
        let title = v.check(parse_text("title", title, 160)).unwrap_or_default();
        let body = v.check(parse_long_text("body", body, 20_000)).unwrap_or_default();
        v.finish()?;
        Ok(NewModuleText { language: lang.map_or("en", |l| l.code), title, body })
    }
}

/// The kinds of file a capsule may carry. The kind is read from the bytes
/// (their signature), never from the name or what the browser claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
    /// UTF-8 text that is not markup.
    Text,
}

impl FileKind {
    /// The type the file is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Text => "text/plain; charset=utf-8",
        }
    }

    /// The extension a file of this kind is given.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
            FileKind::Text => "txt",
        }
    }

    /// Reads the kind from the content: PDF (`%PDF-`), PNG and JPEG by
    /// their signatures, or plain UTF-8 text without NUL bytes. Text that
    /// looks like HTML, XML or SVG is refused: a browser could run it.
    pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
        if bytes.starts_with(b"%PDF-") {
            return Some(FileKind::Pdf);
        }
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(FileKind::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(FileKind::Jpeg);
        }
        let text = std::str::from_utf8(bytes).ok()?;
        if text.is_empty() || text.contains('\0') || looks_like_markup(text) {
            return None;
        }
        Some(FileKind::Text)
    }
}

/// Whether text would be taken for a web page or an image with scripts by a
/// browser that guesses: it starts with a tag, or holds a typical one.
fn looks_like_markup(text: &str) -> bool {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('<') {
        return true;
    }
    let head: String = text.chars().take(4096).collect::<String>().to_ascii_lowercase();
    ["<html", "<script", "<body", "<svg", "<iframe", "<!doctype", "<?xml"].iter().any(|t| head.contains(t))
}

/// The name a file is offered under: the uploaded name without folders,
/// control or quoting characters, at most 100 characters, with the
/// extension of its real kind.
pub fn safe_file_name(raw: &str, kind: FileKind) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\'' | ';' | ':' | '*' | '?' | '<' | '>' | '|' | '%'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    let stem = match cleaned.rsplit_once('.') {
        Some((stem, _)) => stem.trim(),
        None => cleaned,
    };
    let stem: String = stem.chars().take(100).collect();
    let stem = if stem.trim().is_empty() { "file".to_owned() } else { stem.trim().to_owned() };
    format!("{stem}.{}", kind.extension())
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
            &crate::zone::Zone::utc(),
        )
        .unwrap();
        assert_eq!(ok.starts_at, Some(1_796_479_200));
        assert_eq!(ok.capacity, Some(15));
        let e = NewModule::parse(
            &ModuleForm { kind: "session", title: "", date: "soon", time: "25:00", ..Default::default() },
            "en",
            &crate::zone::Zone::utc(),
        )
        .unwrap_err();
        assert_eq!(e.key_for("title"), Some("error-required"));
        assert_eq!(e.key_for("date"), Some("error-date-invalid"));
        assert_eq!(e.key_for("time"), Some("error-time-invalid"));
        let e = NewModule::parse(
            &ModuleForm { kind: "quiz", title: "Q", quiz: "nothing right", ..Default::default() },
            "en",
            &crate::zone::Zone::utc(),
        )
        .unwrap_err();
        assert_eq!(e.key_for("quiz"), Some("error-quiz-format"));
        let e = NewModule::parse(
            &ModuleForm { kind: "capsule", title: "V", link: "javascript:alert(1)", ..Default::default() },
            "en",
            &crate::zone::Zone::utc(),
        )
        .unwrap_err();
        assert_eq!(e.key_for("link"), Some("error-link-invalid"));
        assert!(
            NewModule::parse(
                &ModuleForm { kind: "webinar", title: "X", ..Default::default() },
                "en",
                &crate::zone::Zone::utc()
            )
            .is_err()
        );
    }

    #[test]
    fn the_gate_opens_when_every_mandatory_module_is_done() {
        let modules = [(1, true), (2, true), (3, false)];
        assert!(!mandatory_done(&modules, &[(1, Progress::Done)]));
        assert!(!mandatory_done(&modules, &[(1, Progress::Done), (2, Progress::Failed(40))]));
        assert!(!mandatory_done(&modules, &[(1, Progress::Done), (2, Progress::Absent)]));
        assert!(mandatory_done(&modules, &[(1, Progress::Attended), (2, Progress::Passed(90))]));
        assert!(!mandatory_done(&[(3, false)], &[(3, Progress::Done)]), "no mandatory module, no gate opened");
        // Counted as the pages show it: the optional module done is not
        // among the mandatory ones, a failed quiz is not done.
        let progress = [(1, Progress::Done), (2, Progress::Failed(40)), (3, Progress::Done)];
        assert_eq!(mandatory_progress(&[(1, true), (2, true), (3, false)], &progress), (1, 2));
        assert_eq!(mandatory_progress(&[], &progress), (0, 0));
    }

    #[test]
    fn files_are_known_by_their_content_not_their_name() {
        assert_eq!(FileKind::sniff(b"%PDF-1.7\n..."), Some(FileKind::Pdf));
        assert_eq!(FileKind::sniff(b"\x89PNG\r\n\x1a\n\0\0"), Some(FileKind::Png));
        assert_eq!(FileKind::sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some(FileKind::Jpeg));
        assert_eq!(FileKind::sniff("Notes du module\nLigne 2".as_bytes()), Some(FileKind::Text));
        for bad in [
            &b"<!DOCTYPE html><html><script>alert(1)</script>"[..],
            b"  <svg onload=alert(1)>",
            b"Hello\n<script>alert(1)</script>",
            b"\xEF\xBB\xBF<html>",
            b"binary\0data",
            &[0xff, 0xfe, 0x00, 0x41],
            b"",
        ] {
            assert_eq!(FileKind::sniff(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn file_names_are_sanitised() {
        assert_eq!(safe_file_name("Guide du bénévole.pdf", FileKind::Pdf), "Guide du bénévole.pdf");
        assert_eq!(safe_file_name("../../etc/passwd", FileKind::Text), "passwd.txt");
        assert_eq!(safe_file_name("C:\\x\\a\"b;c.PNG", FileKind::Png), "abc.png");
        assert_eq!(safe_file_name("evil.html", FileKind::Text), "evil.txt");
        assert_eq!(safe_file_name("", FileKind::Jpeg), "file.jpg");
        assert_eq!(safe_file_name(".hidden", FileKind::Pdf), "hidden.pdf");
        assert_eq!(safe_file_name("line\r\nbreak.pdf", FileKind::Pdf), "linebreak.pdf");
    }

    #[test]
    fn translations_name_an_interface_language() {
        let t = NewModuleText::parse("fr", "Votre rôle", "Ce que fait un binôme.").unwrap();
        assert_eq!(t.language, "fr");
        let e = NewModuleText::parse("xx", "", "").unwrap_err();
        assert_eq!(e.key_for("language"), Some("error-choice-invalid"));
        assert_eq!(e.key_for("title"), Some("error-required"));
    }
}
