//! `m4m match` through the real binary: files in, pairs out, errors located.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh folder for one test's files.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("m4m-match-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create test folder");
        Dir(dir)
    }

    fn file(&self, name: &str, content: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, content).expect("write test file");
        p
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn m4m(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_m4m")).arg("match").args(args).output().expect("run m4m")
}

fn run(args: &[&str]) -> Output {
    let paths: Vec<&Path> = args.iter().map(Path::new).collect();
    m4m(&paths)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const SCORES: &str = "mentee,mentor,score\nn1,b1,0.9\nn1,b2,0.5\nn2,b1,0.8\nn3,b2,0.3\n";

#[test]
fn matches_the_most_mentees_then_the_best_total() {
    let d = Dir::new("basic");
    let s = d.file("scores.csv", SCORES);
    let o = run(&["--scores", s.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Two mentors, so two pairs at most; of those, n1-b2 + n2-b1 = 1.3 beats
    // n1-b1 + n3-b2 = 1.2 and n2-b1 + n3-b2 = 1.1.
    assert_eq!(stdout(&o), "mentee,mentor,score\nn1,b2,0.5\nn2,b1,0.8\n");
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("matched 2 of 3 mentees (1 unmatched), total score 1.3"), "{err}");
}

#[test]
fn capacities_let_a_mentor_take_several_mentees() {
    let d = Dir::new("capacities");
    let s = d.file("scores.csv", SCORES);
    let c = d.file("capacities.csv", "mentor,capacity\nb1,2\n");
    let out = d.path("pairs.csv");
    let o =
        run(&["--scores", s.to_str().unwrap(), "--capacities", c.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written, "mentee,mentor,score\nn1,b1,0.9\nn2,b1,0.8\nn3,b2,0.3\n");
    assert!(stderr(&o).contains("total score 2,"), "{}", stderr(&o));
}

fn assert_bad_input(o: &Output, expected: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("m4m match: "), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in {err:?}");
}

#[test]
fn bad_input_is_located_and_nothing_is_written() {
    let d = Dir::new("bad");
    let good = d.file("scores.csv", SCORES);
    let out = d.path("pairs.csv");
    std::fs::write(&out, "previous\n").unwrap();
    let cases: Vec<(&str, &str, String)> = vec![
        ("nan.csv", "mentee,mentor,score\nn1,b1,0.5\nn2,b1,NaN\n", ":3:3: score \"NaN\" is not a finite number".into()),
        ("inf.csv", "mentee,mentor,score\nn1,b1,inf\n", ":2:3: score \"inf\" is not a finite number".into()),
        ("text.csv", "mentee,mentor,score\nn1,b1,high\n", ":2:3: score \"high\" is not a number".into()),
        (
            "dup.csv",
            "mentee,mentor,score\nn1,b1,1\nn2,b1,1\nn1,b1,2\n",
            ":4:1: pair (n1, b1) is given twice (first on line 2)".into(),
        ),
        ("missing.csv", "mentee,mentor\nn1,b1\n", ":1:3: missing column \"score\"".into()),
        ("empty.csv", "", ":1:1: empty file".into()),
        ("short.csv", "mentee,mentor,score\nn1,b1\n", ":2:1: expected 3 fields, found 2".into()),
        ("noid.csv", "mentee,mentor,score\n,b1,1\n", ":2:1: empty mentee id".into()),
        ("nul.csv", "mentee,mentor,score\nn1,b\u{0}1,1\n", ":2:2: mentor id with a control character".into()),
        ("twocols.csv", "mentee,mentor,score,score\nn1,b1,1,2\n", ":1:4: column \"score\" appears twice".into()),
    ];
    for (name, content, expected) in cases {
        let f = d.file(name, content);
        let o = run(&["--scores", f.to_str().unwrap(), "--out", out.to_str().unwrap()]);
        assert_bad_input(&o, &format!("{name}{expected}"));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous\n", "{name}");
    }
    let caps: Vec<(&str, &str, &str)> = vec![
        ("unknown.csv", "mentor,capacity\nb1,2\nb9,1\n", ":3:1: unknown mentor \"b9\""),
        ("negative.csv", "mentor,capacity\nb1,-1\n", ":2:2: capacity \"-1\" must be a whole number from 0"),
        ("twice.csv", "mentor,capacity\nb1,1\nb1,2\n", ":3:1: mentor \"b1\" is given twice"),
        ("nocap.csv", "mentor\nb1\n", ":1:2: missing column \"capacity\""),
        ("emptycap.csv", "", ":1:1: empty file"),
    ];
    for (name, content, expected) in caps {
        let f = d.file(name, content);
        let o = run(&[
            "--scores",
            good.to_str().unwrap(),
            "--capacities",
            f.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_bad_input(&o, &format!("{name}{expected}"));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous\n", "{name}");
    }
    // No stray temporary files either.
    let left: Vec<_> = std::fs::read_dir(&d.0)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty());
}

/// The help says to what precision scores count, from either source.
#[test]
fn the_help_states_the_score_precision() {
    let o = run(&["--help"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let help = stdout(&o).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("Scores are optimised to three decimals"), "{help}");
    assert!(help.contains("scored in thousandths and written with three decimals"), "{help}");
}

#[test]
fn missing_file_and_garbage_do_not_panic() {
    let d = Dir::new("garbage");
    let o = run(&["--scores", d.path("absent.csv").to_str().unwrap()]);
    assert_bad_input(&o, "absent.csv:1:1: cannot open");
    let bytes: Vec<u8> = (0..2000u32).map(|k| (k.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let g = d.0.join("garbage.csv");
    std::fs::write(&g, bytes).unwrap();
    let o = m4m(&[Path::new("--scores"), &g]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
    let o = run(&["--mentees", g.to_str().unwrap(), "--mentors", g.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn locks_and_exclusions_steer_the_result() {
    let d = Dir::new("controls");
    let s = d.file("scores.csv", "mentee,mentor,score\nn1,b1,9\nn1,b2,1\nn2,b1,5\nn2,b2,4\n");
    let o = run(&["--scores", s.to_str().unwrap()]);
    assert_eq!(stdout(&o), "mentee,mentor,score\nn1,b1,9\nn2,b2,4\n");
    let ex = d.file("exclude.csv", "mentee,mentor\nn1,b1\n");
    let o = run(&["--scores", s.to_str().unwrap(), "--exclude", ex.to_str().unwrap()]);
    assert_eq!(stdout(&o), "mentee,mentor,score\nn1,b2,1\nn2,b1,5\n");
    let lock = d.file("lock.csv", "mentee,mentor\nn2,b1\n");
    let o = run(&["--scores", s.to_str().unwrap(), "--lock", lock.to_str().unwrap()]);
    assert_eq!(stdout(&o), "mentee,mentor,score\nn1,b2,1\nn2,b1,5\n");
    let bad = d.file("badlock.csv", "mentee,mentor\nn1,b1\n");
    let o = run(&["--scores", s.to_str().unwrap(), "--exclude", ex.to_str().unwrap(), "--lock", bad.to_str().unwrap()]);
    assert_bad_input(&o, "badlock.csv:2:1:");
}

const MENTEES: &str = "\
id,native_languages,languages,lat,lon,area,availability,interests,goals,expectations,needs,gender,gender_preference,birth_year
n1,ar,fr:A2,50.63,3.06,,mon-am tue-pm,football;cooking,employment,weekly,employment;housing,male,,1995
n2,fa,en:B1,,,Roubaix,sat,music,language,online,language,female,female,1988
n3,ti,,,,,,,,,,,,
";

const MENTORS: &str = "\
id,native_languages,languages,lat,lon,area,availability,interests,goals,expectations,skills,gender,gender_preference,birth_year,capacity,active_pairs,eligible
b1,ar,fr:C2,50.64,3.07,,mon-am,football,employment,weekly,employment,male,,1985,2,0,true
b2,fa,fr:C1 en:B2,,,Roubaix,sat-pm,music,language,online,language;digital,female,,1990,1,0,yes
b3,ti,en:C1,,,,,,,,,male,,,1,0,false
";

#[test]
fn profiles_are_scored_matched_and_explained() {
    let d = Dir::new("profiles");
    let a = d.file("mentees.csv", MENTEES);
    let b = d.file("mentors.csv", MENTORS);
    let o = run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "mentee,mentor,score");
    assert!(lines[1].starts_with("n1,b1,0."), "{text}");
    assert!(lines[2].starts_with("n2,b2,0."), "{text}");
    assert_eq!(lines.len(), 3, "n3's only native speaker is not eligible: {text}");

    let o = run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap(), "--explain"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> =
        stdout(&o).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    assert_eq!(rows.len(), 3);
    let n1 = &rows[0];
    assert_eq!(n1["mentor"], "b1");
    let language = n1["criteria"].as_array().unwrap().iter().find(|c| c["criterion"] == "language").unwrap();
    assert_eq!(language["reason"]["key"], "shared-native-language");
    assert_eq!(language["reason"]["args"]["language"], "ar");
    let weights: f64 = n1["criteria"].as_array().unwrap().iter().map(|c| c["weight"].as_f64().unwrap()).sum();
    assert!((weights - 1.0).abs() < 0.01);
    let n3 = &rows[2];
    assert_eq!(n3["mentor"], serde_json::Value::Null);
    assert_eq!(n3["unmatched"]["key"], "no-possible-mentor");
    let blocked = n3["blocked"].as_array().unwrap();
    let b3 = blocked.iter().find(|x| x["mentor"] == "b3").unwrap();
    assert_eq!(b3["reasons"][0]["key"], "mentor-not-eligible");

    let o = run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap(), "--explain", "--format", "csv"]);
    let text = stdout(&o);
    assert!(text.starts_with("mentee,mentor,score,needs,language,"), "{text}");
    assert!(text.contains("n3,,,"), "{text}");
    assert!(text.contains("no-possible-mentor"), "{text}");
}

#[test]
fn weights_change_the_scores_and_bad_weights_are_located() {
    let d = Dir::new("weights");
    let a = d.file("mentees.csv", MENTEES);
    let b = d.file("mentors.csv", MENTORS);
    let w = d.file("weights.toml", "[weights]\nneeds = 0\ngoals = 0\ninterests = 0\nexpectations = 0\navailability = 0\nplace = 0\nage = 0\ngender = 0\ncapacity = 0\n");
    let o =
        run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap(), "--weights", w.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Only the language counts now: both pairs share a native language.
    assert_eq!(stdout(&o), "mentee,mentor,score\nn1,b1,1.000\nn2,b2,1.000\n");
    let bad = d.file("bad.toml", "[weights]\nneeds = 1\nlanguagez = 2\n");
    let o =
        run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap(), "--weights", bad.to_str().unwrap()]);
    assert_bad_input(&o, "bad.toml:3:1: unknown field `languagez`");
    let neg = d.file("neg.toml", "[weights]\nneeds = -1\n");
    let o =
        run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap(), "--weights", neg.to_str().unwrap()]);
    assert_bad_input(&o, "neg.toml:1:1: weight of needs must be a non-negative number");
}

#[test]
fn bad_profiles_are_located() {
    let d = Dir::new("bad-profiles");
    let b = d.file("mentors.csv", MENTORS);
    let cases = [
        ("lvl.csv", "id,languages\nn1,fr:Z9\n", ":2:2: level \"Z9\""),
        ("slot.csv", "id,native_languages,availability\nn1,ar,mon-noon\n", ":2:3: availability slot \"mon-noon\""),
        ("col.csv", "id,native_languages,colour\nn1,ar,red\n", ":1:3: unknown column \"colour\""),
        ("nolang.csv", "id,needs\nn1,housing\n", ":1:3: missing column \"native_languages\" or \"languages\""),
        (
            "need.csv",
            "id,native_languages,needs\nn1,ar,cooking\n",
            ":2:3: needs: \"cooking\" is not an integration area",
        ),
        ("twice.csv", "id,native_languages\nn1,ar\nn1,fa\n", ":3:1: id \"n1\" is given twice"),
        ("lat.csv", "id,native_languages,lat,lon\nn1,ar,95,3\n", ":2:3: coordinates out of range"),
        ("year.csv", "id,native_languages,birth_year\nn1,ar,nineteen\n", ":2:3: birth_year \"nineteen\""),
    ];
    for (name, content, expected) in cases {
        let a = d.file(name, content);
        let o = run(&["--mentees", a.to_str().unwrap(), "--mentors", b.to_str().unwrap()]);
        assert_bad_input(&o, &format!("{name}{expected}"));
    }
    let a = d.file("mentees.csv", MENTEES);
    let cap = d.file("cap.csv", "id,native_languages,capacity\nb1,ar,-2\n");
    let o = run(&["--mentees", a.to_str().unwrap(), "--mentors", cap.to_str().unwrap()]);
    assert_bad_input(&o, "cap.csv:2:3: capacity \"-2\" must be a whole number from 0");
}

/// A scores file over a megabyte is read in parts, one per core: the pairs
/// are those of the same file read record by record by the CSV reader (a
/// fourth column sends it there), and an error in the last part is located
/// as before.
#[test]
fn a_large_scores_file_is_read_in_parts_with_the_same_result() {
    let d = Dir::new("large");
    let (n, m) = (200, 300);
    let mut fast = String::from("mentee,mentor,score\n");
    let mut slow = String::from("mentee,mentor,score,note\n");
    for i in 0..n {
        for j in 0..m {
            let s = format!("0.{:06}", (i * 7919 + j * 104_729 + i * j * 31) % 1_000_000);
            fast.push_str(&format!("mentee{i},mentor{j},{s}\n"));
            slow.push_str(&format!("mentee{i},mentor{j},{s},x\n"));
        }
    }
    assert!(fast.len() > 1 << 20);
    let f = d.file("fast.csv", &fast);
    let s = d.file("slow.csv", &slow);
    let a = run(&["--scores", f.to_str().unwrap()]);
    let b = run(&["--scores", s.to_str().unwrap()]);
    assert!(a.status.success() && b.status.success(), "{} {}", stderr(&a), stderr(&b));
    assert_eq!(stdout(&a), stdout(&b));
    assert_eq!(stdout(&a).lines().count(), n + 1);
    let totals = |o: &Output| stderr(o).split(" s (").next().map(|t| t.rsplit_once(", ").unwrap().0.to_string());
    assert_eq!(totals(&a), totals(&b));

    let line = n * m + 2;
    let dup = d.file("dup.csv", &format!("{fast}mentee0,mentor1,0.5\n"));
    assert_bad_input(
        &run(&["--scores", dup.to_str().unwrap()]),
        &format!("dup.csv:{line}:1: pair (mentee0, mentor1) is given twice (first on line 3)"),
    );
    let text = d.file("text.csv", &format!("{fast}mentee0,mentor9999,0.5x\n"));
    assert_bad_input(
        &run(&["--scores", text.to_str().unwrap()]),
        &format!("text.csv:{line}:3: score \"0.5x\" is not a number"),
    );
}
