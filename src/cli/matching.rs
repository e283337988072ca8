//! `m4m match`: the matching engine on CSV files. Reads either a scores file
//! (`mentee,mentor,score`) or two profile files, finds the optimal
//! assignment, and writes one line per matched mentee. See
//! `docs/MATCHING.md`, "Matching from the command line".
//!
//! Exit status: 0 on success, 2 for bad input (a one-line error naming the
//! file, line and column; nothing is written to `--out`), 1 when the output
//! cannot be written.

mod input;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::ArgGroup;
use m4m_matching::{Assignment, Cohort, Explanation, Problem, Reason, SCALE, ScoreMatrix, Settings, Unmatched};
use serde_json::{Value, json};

use input::{Ids, InputError};

/// Arguments of `m4m match`.
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("source").required(true).args(["scores", "mentees"])))]
pub struct MatchArgs {
    /// Scores file with the header `mentee,mentor,score`; an absent pair is
    /// impossible. Scores are optimised to three decimals (thousandths:
    /// 0.1234 and 0.1231 count as equal) and written back as given.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["mentees", "mentors", "weights"])]
    pub scores: Option<PathBuf>,
    /// Capacities file with the header `mentor,capacity` (default capacity
    /// 1); with `--scores`.
    #[arg(long, value_name = "FILE", requires = "scores")]
    pub capacities: Option<PathBuf>,
    /// Mentees' profiles (CSV); with `--mentors`. Each pair is scored in
    /// thousandths and written with three decimals.
    #[arg(long, value_name = "FILE", requires = "mentors")]
    pub mentees: Option<PathBuf>,
    /// Mentors' profiles (CSV); with `--mentees`.
    #[arg(long, value_name = "FILE", requires = "mentees")]
    pub mentors: Option<PathBuf>,
    /// Weights and parameters of the criteria (TOML); with `--mentees`.
    #[arg(long, value_name = "FILE", requires = "mentees")]
    pub weights: Option<PathBuf>,
    /// Pairs the coordinator excludes (CSV `mentee,mentor`).
    #[arg(long, value_name = "FILE")]
    pub exclude: Option<PathBuf>,
    /// Pairs already decided, kept as they are (CSV `mentee,mentor`).
    #[arg(long, value_name = "FILE")]
    pub lock: Option<PathBuf>,
    /// Write the pairs to this file (atomically, only on success) instead of
    /// standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Explain each pair criterion by criterion, list the next best mentors,
    /// and say why each unmatched mentee is unmatched.
    #[arg(long)]
    pub explain: bool,
    /// Output format: `csv` (default) or `jsonl` (default with `--explain`).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// With `--explain`: how many next best mentors to list per mentee.
    #[arg(long, value_name = "K", default_value_t = 3)]
    pub next_best: usize,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

/// Why `m4m match` stopped.
enum Failure {
    Input(InputError),
    Output(String),
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

/// Runs `m4m match`.
pub fn run(args: &MatchArgs) -> ExitCode {
    let started = Instant::now();
    match execute(args, started) {
        Ok(summary) => {
            eprintln!("m4m match: {summary}");
            ExitCode::SUCCESS
        }
        Err(Failure::Input(e)) => {
            eprintln!("m4m match: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Output(e)) => {
            eprintln!("m4m match: {e}");
            ExitCode::from(1)
        }
    }
}

/// For a mentee, the mentors a hard constraint excludes, with the reasons.
type BlockedMentors<'a> = dyn Fn(usize) -> Vec<(usize, Vec<Reason>)> + 'a;

/// What a run found, ready to be written.
struct Outcome<'a> {
    mentees: &'a Ids,
    mentors: &'a Ids,
    problem: &'a Problem<'a>,
    assignment: &'a Assignment,
    /// Score of a pair as printed.
    score_text: &'a dyn Fn(usize, usize) -> String,
    /// The explanation of a pair, when profiles are known.
    explain: Option<&'a dyn Fn(usize, usize) -> Explanation>,
    /// The hard constraints blocking each mentor of a mentee, when known.
    blocked: Option<&'a BlockedMentors<'a>>,
}

fn execute(args: &MatchArgs, started: Instant) -> Result<String, Failure> {
    let format = args.format.unwrap_or(if args.explain { Format::Jsonl } else { Format::Csv });
    if let Some(path) = &args.scores {
        let scores = input::read_scores(path)?;
        let read = started.elapsed();
        let mut problem = Problem::new(&scores.matrix);
        problem.set_threads(threads());
        if let Some(cap_path) = &args.capacities {
            for (j, cap) in input::read_capacities(cap_path, &scores.mentors)? {
                problem.set_capacity(j, cap).map_err(|e| input_error(cap_path, 1, e.to_string()))?;
            }
        }
        controls(args, &mut problem, &scores.mentees, &scores.mentors, None)?;
        let solve_start = Instant::now();
        let assignment = problem.solve().map_err(|e| input_error(path, 1, e.to_string()))?;
        let solve = solve_start.elapsed();
        let total: f64 = assignment.pairs.iter().map(|p| scores.original(p.mentee, p.mentor)).sum();
        let score_text = |i: usize, j: usize| scores.original(i, j).to_string();
        let outcome = Outcome {
            mentees: &scores.mentees,
            mentors: &scores.mentors,
            problem: &problem,
            assignment: &assignment,
            score_text: &score_text,
            explain: None,
            blocked: None,
        };
        let text = render(&outcome, args, format);
        write_out(args.out.as_deref(), &text)?;
        return Ok(summary(&assignment, scores.mentees.names.len(), total, started, read, solve));
    }
    let (Some(mentees_path), Some(mentors_path)) = (&args.mentees, &args.mentors) else {
        return Err(Failure::Output("give --scores, or --mentees and --mentors".into()));
    };
    // Both files at once, a thread each; an error in the mentees' file is
    // reported first, as when they were read one after the other.
    let (mentees, mentors) = std::thread::scope(|s| {
        let mentors = s.spawn(|| input::read_mentors(mentors_path));
        let mentees = input::read_mentees(mentees_path);
        (mentees, mentors.join())
    });
    let mentees = mentees?;
    let mentors = mentors.unwrap_or_else(|e| std::panic::resume_unwind(e))?;
    let read = started.elapsed();
    let settings = match &args.weights {
        Some(w) => input::read_settings(w)?,
        None => Settings::default(),
    };
    let mentee_ids = input::ids(mentees.iter().map(|m| &m.profile));
    let mentor_ids = input::ids(mentors.iter().map(|m| &m.profile));
    let mut cohort =
        Cohort::new(settings, mentees, mentors).map_err(|e| input_error(mentees_path, 1, e.to_string()))?;
    if let Some(ex) = &args.exclude {
        for (i, j, line) in input::read_pairs(ex, &mentee_ids, &mentor_ids)? {
            cohort.exclude(i, j).map_err(|e| input_error(ex, line, e.to_string()))?;
        }
    }
    let matrix: ScoreMatrix = cohort.score_matrix(threads());
    let mut problem = cohort.problem(&matrix).map_err(|e| input_error(mentors_path, 1, e.to_string()))?;
    problem.set_threads(threads());
    controls(args, &mut problem, &mentee_ids, &mentor_ids, Some(&cohort))?;
    let solve_start = Instant::now();
    let assignment = problem.solve().map_err(|e| input_error(mentees_path, 1, e.to_string()))?;
    let solve = solve_start.elapsed();
    let total = assignment.total as f64 / SCALE as f64;
    let score_text =
        |i: usize, j: usize| matrix.get(i, j).map_or_else(String::new, |s| format!("{:.3}", s as f64 / SCALE as f64));
    let explain = |i: usize, j: usize| cohort.explain(i, j);
    let blocked = |i: usize| cohort.blocked_mentors(i);
    let outcome = Outcome {
        mentees: &mentee_ids,
        mentors: &mentor_ids,
        problem: &problem,
        assignment: &assignment,
        score_text: &score_text,
        explain: Some(&explain),
        blocked: Some(&blocked),
    };
    let text = render(&outcome, args, format);
    write_out(args.out.as_deref(), &text)?;
    Ok(summary(&assignment, mentee_ids.names.len(), total, started, read, solve))
}

/// Applies the coordinator's exclusions and locks from their files.
fn controls(
    args: &MatchArgs,
    problem: &mut Problem<'_>,
    mentees: &Ids,
    mentors: &Ids,
    cohort: Option<&Cohort>,
) -> Result<(), Failure> {
    if let Some(ex) = &args.exclude
        && cohort.is_none()
    {
        for (i, j, line) in input::read_pairs(ex, mentees, mentors)? {
            problem.exclude(i, j).map_err(|e| input_error(ex, line, e.to_string()))?;
        }
    }
    if let Some(lock) = &args.lock {
        for (i, j, line) in input::read_pairs(lock, mentees, mentors)? {
            problem.lock(i, j).map_err(|e| {
                let why = match cohort {
                    Some(c) => {
                        let reasons: Vec<String> = c.explain(i, j).blocked_by.iter().map(Reason::to_string).collect();
                        if reasons.is_empty() {
                            e.to_string()
                        } else {
                            format!("the locked pair is impossible: {}", reasons.join("; "))
                        }
                    }
                    None => e.to_string(),
                };
                input_error(lock, line, format!("{why} ({}, {})", mentees.names[i], mentors.names[j]))
            })?;
        }
    }
    Ok(())
}

/// Threads for scoring and solving: the machine's.
fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

fn input_error(path: &Path, line: u64, message: String) -> Failure {
    Failure::Input(InputError { file: path.to_path_buf(), line, column: 1, message })
}

fn summary(a: &Assignment, mentees: usize, total: f64, started: Instant, read: Duration, solve: Duration) -> String {
    format!(
        "matched {} of {} mentees ({} unmatched), total score {}, {:.3} s (read {:.3} s, solve {:.3} s)",
        a.matched,
        mentees,
        mentees - a.matched,
        decimal(total),
        started.elapsed().as_secs_f64(),
        read.as_secs_f64(),
        solve.as_secs_f64()
    )
}

/// A number with at most six decimals, trailing zeros dropped.
fn decimal(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

fn reason_json(r: &Reason) -> Value {
    let args: serde_json::Map<String, Value> =
        r.args.iter().map(|(k, v)| ((*k).to_string(), Value::String(v.clone()))).collect();
    json!({ "key": r.key, "args": args })
}

fn render(o: &Outcome<'_>, args: &MatchArgs, format: Format) -> String {
    let n = o.mentees.names.len();
    let unmatched: std::collections::HashMap<usize, Unmatched> =
        o.problem.unmatched(o.assignment).into_iter().collect();
    let mut out = String::new();
    match (format, args.explain) {
        (Format::Csv, false) => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let _ = w.write_record(["mentee", "mentor", "score"]);
            for p in &o.assignment.pairs {
                let _ = w.write_record([
                    o.mentees.names[p.mentee].as_str(),
                    o.mentors.names[p.mentor].as_str(),
                    (o.score_text)(p.mentee, p.mentor).as_str(),
                ]);
            }
            out = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
        }
        (Format::Jsonl, false) => {
            for p in &o.assignment.pairs {
                let line = json!({
                    "mentee": o.mentees.names[p.mentee],
                    "mentor": o.mentors.names[p.mentor],
                    "score": (o.score_text)(p.mentee, p.mentor).parse::<f64>().ok(),
                });
                let _ = writeln!(out, "{line}");
            }
        }
        (Format::Jsonl, true) => {
            for i in 0..n {
                let _ = writeln!(out, "{}", explain_json(o, i, &unmatched, args.next_best));
            }
        }
        (Format::Csv, true) => {
            out = explain_csv(o, &unmatched);
        }
    }
    out
}

fn next_best_json(o: &Outcome<'_>, i: usize, k: usize) -> Value {
    Value::Array(
        o.problem
            .next_best(o.assignment, i, k)
            .iter()
            .map(|a| {
                json!({
                    "mentor": o.mentors.names[a.mentor],
                    "score": (o.score_text)(i, a.mentor).parse::<f64>().ok(),
                    "full": a.full,
                })
            })
            .collect(),
    )
}

fn explain_json(o: &Outcome<'_>, i: usize, unmatched: &std::collections::HashMap<usize, Unmatched>, k: usize) -> Value {
    let mut v = json!({ "mentee": o.mentees.names[i] });
    let obj = v.as_object_mut().expect("object");
    match o.assignment.mentor_of[i] {
        Some(j) => {
            obj.insert("mentor".into(), json!(o.mentors.names[j]));
            obj.insert("score".into(), json!((o.score_text)(i, j).parse::<f64>().ok()));
            let locked = o.assignment.pairs.iter().any(|p| p.mentee == i && p.locked);
            obj.insert("locked".into(), json!(locked));
            if let Some(explain) = o.explain {
                let e = explain(i, j);
                let criteria: Vec<Value> = e
                    .criteria
                    .iter()
                    .map(|c| {
                        json!({
                            "criterion": c.criterion.as_str(),
                            "weight": round3(c.weight),
                            "score": round3(c.score),
                            "reason": reason_json(&c.reason),
                        })
                    })
                    .collect();
                obj.insert("criteria".into(), Value::Array(criteria));
            }
        }
        None => {
            obj.insert("mentor".into(), Value::Null);
            if let Some(u) = unmatched.get(&i) {
                obj.insert("unmatched".into(), reason_json(&u.reason()));
                if let Unmatched::MentorsTaken { mentors } = u {
                    let names: Vec<&str> = mentors.iter().map(|&j| o.mentors.names[j].as_str()).collect();
                    obj.insert("mentors_full".into(), json!(names));
                }
            }
            if let Some(blocked) = o.blocked {
                let list: Vec<Value> = blocked(i)
                    .iter()
                    .map(|(j, reasons)| {
                        json!({
                            "mentor": o.mentors.names[*j],
                            "reasons": reasons.iter().map(reason_json).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                obj.insert("blocked".into(), Value::Array(list));
            }
        }
    }
    obj.insert("next_best".into(), next_best_json(o, i, k));
    v
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn explain_csv(o: &Outcome<'_>, unmatched: &std::collections::HashMap<usize, Unmatched>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let criteria: Vec<&'static str> = match (o.explain, o.assignment.pairs.first()) {
        (Some(explain), Some(p)) => explain(p.mentee, p.mentor).criteria.iter().map(|c| c.criterion.as_str()).collect(),
        _ => Vec::new(),
    };
    let mut header = vec!["mentee".to_string(), "mentor".into(), "score".into()];
    header.extend(criteria.iter().map(|c| (*c).to_string()));
    header.push("reasons".into());
    let _ = w.write_record(&header);
    for i in 0..o.mentees.names.len() {
        let mut row = vec![o.mentees.names[i].clone()];
        match o.assignment.mentor_of[i] {
            Some(j) => {
                row.push(o.mentors.names[j].clone());
                row.push((o.score_text)(i, j));
                let mut reasons = Vec::new();
                if let Some(explain) = o.explain {
                    for c in explain(i, j).criteria {
                        row.push(format!("{:.3}", c.score));
                        reasons.push(c.reason.to_string());
                    }
                }
                row.push(reasons.join("; "));
            }
            None => {
                row.push(String::new());
                row.push(String::new());
                row.extend(criteria.iter().map(|_| String::new()));
                row.push(unmatched.get(&i).map(|u| u.reason().to_string()).unwrap_or_default());
            }
        }
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Writes to standard output, or to `path` through a temporary file renamed
/// into place, so that a failed run never leaves a partial file.
fn write_out(path: Option<&Path>, text: &str) -> Result<(), Failure> {
    let Some(path) = path else {
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| Failure::Output(format!("cannot write to standard output: {e}")));
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Failure::Output(format!("{}: cannot write: {e}", path.display()))
    })
}
