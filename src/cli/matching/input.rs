//! Reading the input files of `m4m match`. Every problem is reported as an
//! [`InputError`] naming the file, line and column.

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use m4m_matching::{
    Area, Availability, Gender, LanguageSkill, Level, Location, MenteeProfile, MentorProfile, Profile, ScoreMatrix,
    Settings, to_fixed,
};

/// Files above this size show a progress bar when stderr is a terminal.
const PROGRESS_BYTES: u64 = 4 << 20;

/// A problem with an input file, at a line and column (both from 1; column
/// counts fields).
#[derive(Debug)]
pub struct InputError {
    pub file: PathBuf,
    pub line: u64,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file.display(), self.line, self.column, self.message)
    }
}

fn err(file: &Path, line: u64, column: usize, message: impl Into<String>) -> InputError {
    InputError { file: file.to_path_buf(), line, column, message: message.into() }
}

/// A CSV file opened with its header read and its named columns located.
struct Table {
    path: PathBuf,
    reader: csv::Reader<Box<dyn Read>>,
    header: Vec<String>,
    _progress: Option<indicatif::ProgressBar>,
}

impl Table {
    /// Opens a CSV file; an empty file or an unreadable one is an error.
    fn open(path: &Path) -> Result<Self, InputError> {
        let file = File::open(path).map_err(|e| err(path, 1, 1, format!("cannot open: {e}")))?;
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let (source, progress): (Box<dyn Read>, _) = if len >= PROGRESS_BYTES && std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(len).with_message(path.display().to_string());
            bar.set_style(
                indicatif::ProgressStyle::with_template("{msg} {bar:30} {bytes}/{total_bytes} {eta}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            (Box::new(bar.wrap_read(file)), Some(bar))
        } else {
            (Box::new(file), None)
        };
        let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(source);
        let header: Vec<String> =
            reader.headers().map_err(|e| csv_error(path, &e))?.iter().map(str::to_string).collect();
        if header.is_empty() || header.iter().all(String::is_empty) {
            return Err(err(path, 1, 1, "empty file: a header line is expected"));
        }
        // A column named twice would be read from its first place only.
        for (k, h) in header.iter().enumerate() {
            if header[..k].contains(h) {
                return Err(err(path, 1, k + 1, format!("column \"{h}\" appears twice")));
            }
        }
        Ok(Table { path: path.to_path_buf(), reader, header, _progress: progress })
    }

    /// The index of a column that must be there.
    fn require(&self, name: &str) -> Result<usize, InputError> {
        self.column(name).ok_or_else(|| {
            err(
                &self.path,
                1,
                self.header.len() + 1,
                format!("missing column \"{name}\" (the header has: {})", self.header.join(",")),
            )
        })
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h == name)
    }

    /// Rejects columns not in `known` (a misspelt column would otherwise be
    /// ignored silently).
    fn only(&self, known: &[&str]) -> Result<(), InputError> {
        for (k, h) in self.header.iter().enumerate() {
            if !known.contains(&h.as_str()) {
                return Err(err(&self.path, 1, k + 1, format!("unknown column \"{h}\" (known: {})", known.join(", "))));
            }
            if self.header[..k].contains(h) {
                return Err(err(&self.path, 1, k + 1, format!("column \"{h}\" appears twice")));
            }
        }
        Ok(())
    }

    /// Calls `f(line, record)` for each data line.
    fn each(&mut self, mut f: impl FnMut(u64, &csv::StringRecord) -> Result<(), InputError>) -> Result<(), InputError> {
        let mut record = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    f(line, &record)?;
                }
                Err(e) => return Err(csv_error(&self.path, &e)),
            }
        }
    }
}

fn csv_error(path: &Path, e: &csv::Error) -> InputError {
    let line = e.position().map_or(1, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("expected {expected_len} fields, found {len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
        csv::ErrorKind::Io(io) => format!("cannot read: {io}"),
        _ => e.to_string(),
    };
    err(path, line, 1, message)
}

fn field(r: &csv::StringRecord, k: usize) -> &str {
    r.get(k).unwrap_or("")
}

fn id_field(path: &Path, line: u64, r: &csv::StringRecord, k: usize, what: &str) -> Result<String, InputError> {
    let v = field(r, k);
    if v.is_empty() {
        return Err(err(path, line, k + 1, format!("empty {what} id")));
    }
    // An id is copied into the output: no NUL or other control character.
    if v.chars().any(char::is_control) {
        return Err(err(path, line, k + 1, format!("{what} id with a control character")));
    }
    Ok(v.to_string())
}

/// Ids in the order first seen, with their indices.
#[derive(Debug, Default)]
pub struct Ids {
    pub names: Vec<String>,
    pub index: HashMap<String, usize>,
}

impl Ids {
    fn intern(&mut self, s: &str) -> usize {
        if let Some(&k) = self.index.get(s) {
            return k;
        }
        self.names.push(s.to_string());
        self.index.insert(s.to_string(), self.names.len() - 1);
        self.names.len() - 1
    }
}

/// `scores.csv` read: the matrix, the ids and the original scores.
pub struct Scores {
    pub matrix: ScoreMatrix,
    pub mentees: Ids,
    pub mentors: Ids,
    /// Original score of each pair, by (mentee, mentor).
    pub original: HashMap<(usize, usize), f64>,
}

/// Reads `mentee,mentor,score`.
pub fn read_scores(path: &Path) -> Result<Scores, InputError> {
    let mut t = Table::open(path)?;
    let (cm, cb, cs) = (t.require("mentee")?, t.require("mentor")?, t.require("score")?);
    let mut mentees = Ids::default();
    let mut mentors = Ids::default();
    let mut first_line: HashMap<(usize, usize), u64> = HashMap::new();
    let mut original = HashMap::new();
    let mut triplets = Vec::new();
    t.each(|line, r| {
        let a = id_field(path, line, r, cm, "mentee")?;
        let b = id_field(path, line, r, cb, "mentor")?;
        let text = field(r, cs);
        let value: f64 =
            text.parse().map_err(|_| err(path, line, cs + 1, format!("score \"{text}\" is not a number")))?;
        if !value.is_finite() {
            return Err(err(path, line, cs + 1, format!("score \"{text}\" is not a finite number")));
        }
        let fixed = to_fixed(value).ok_or_else(|| {
            err(path, line, cs + 1, format!("score \"{text}\" is out of range (at most 10^9 in absolute value)"))
        })?;
        let (i, j) = (mentees.intern(&a), mentors.intern(&b));
        if let Some(first) = first_line.insert((i, j), line) {
            return Err(err(path, line, 1, format!("pair ({a}, {b}) is given twice (first on line {first})")));
        }
        original.insert((i, j), value);
        triplets.push((i, j, fixed));
        Ok(())
    })?;
    let matrix = ScoreMatrix::sparse(mentees.names.len(), mentors.names.len(), triplets)
        .map_err(|e| err(path, 1, 1, e.to_string()))?;
    Ok(Scores { matrix, mentees, mentors, original })
}

fn whole(path: &Path, line: u64, column: usize, text: &str, what: &str) -> Result<u32, InputError> {
    text.parse::<u32>()
        .map_err(|_| err(path, line, column + 1, format!("{what} \"{text}\" must be a whole number from 0")))
}

/// Reads `mentor,capacity` for mentors known from the scores.
pub fn read_capacities(path: &Path, mentors: &Ids) -> Result<Vec<(usize, u32)>, InputError> {
    let mut t = Table::open(path)?;
    let (cb, cc) = (t.require("mentor")?, t.require("capacity")?);
    let mut seen: HashMap<usize, u64> = HashMap::new();
    let mut out = Vec::new();
    t.each(|line, r| {
        let b = id_field(path, line, r, cb, "mentor")?;
        let j = *mentors
            .index
            .get(&b)
            .ok_or_else(|| err(path, line, cb + 1, format!("unknown mentor \"{b}\" (not among the scored pairs)")))?;
        let cap = whole(path, line, cc, field(r, cc), "capacity")?;
        if let Some(first) = seen.insert(j, line) {
            return Err(err(path, line, cb + 1, format!("mentor \"{b}\" is given twice (first on line {first})")));
        }
        out.push((j, cap));
        Ok(())
    })?;
    Ok(out)
}

/// Reads `mentee,mentor` pairs (locks or exclusions) by id.
pub fn read_pairs(path: &Path, mentees: &Ids, mentors: &Ids) -> Result<Vec<(usize, usize, u64)>, InputError> {
    let mut t = Table::open(path)?;
    let (cm, cb) = (t.require("mentee")?, t.require("mentor")?);
    let mut out = Vec::new();
    t.each(|line, r| {
        let a = id_field(path, line, r, cm, "mentee")?;
        let b = id_field(path, line, r, cb, "mentor")?;
        let i = *mentees.index.get(&a).ok_or_else(|| err(path, line, cm + 1, format!("unknown mentee \"{a}\"")))?;
        let j = *mentors.index.get(&b).ok_or_else(|| err(path, line, cb + 1, format!("unknown mentor \"{b}\"")))?;
        out.push((i, j, line));
        Ok(())
    })?;
    Ok(out)
}

/// Reads the settings (weights and parameters) from TOML.
pub fn read_settings(path: &Path) -> Result<Settings, InputError> {
    let text = std::fs::read_to_string(path).map_err(|e| err(path, 1, 1, format!("cannot read: {e}")))?;
    let settings: Settings = toml::from_str(&text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                let line = before.matches('\n').count() as u64 + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                (line, column)
            })
            .unwrap_or((1, 1));
        err(path, line, column, e.message().to_string())
    })?;
    settings.validate().map_err(|m| err(path, 1, 1, m))?;
    Ok(settings)
}

/// Columns of both profile files; each side adds its own.
const COMMON_COLUMNS: [&str; 13] = [
    "id",
    "native_languages",
    "languages",
    "lat",
    "lon",
    "area",
    "availability",
    "interests",
    "goals",
    "expectations",
    "gender",
    "gender_preference",
    "birth_year",
];

fn list(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', ';', ' ', '|']).filter(|s| !s.is_empty())
}

/// Parses the shared columns of a profile line.
struct ProfileColumns {
    cols: HashMap<&'static str, usize>,
}

impl ProfileColumns {
    fn new(t: &Table, side_columns: &[&'static str]) -> Result<Self, InputError> {
        let mut known: Vec<&'static str> = COMMON_COLUMNS.to_vec();
        known.extend_from_slice(side_columns);
        t.only(&known)?;
        t.require("id")?;
        if t.column("native_languages").is_none() && t.column("languages").is_none() {
            return Err(err(
                &t.path,
                1,
                t.header.len() + 1,
                "missing column \"native_languages\" or \"languages\" (a pair needs a language in common)",
            ));
        }
        let cols: HashMap<&'static str, usize> = known.iter().filter_map(|&c| t.column(c).map(|k| (c, k))).collect();
        if cols.contains_key("lat") != cols.contains_key("lon") {
            return Err(err(&t.path, 1, t.header.len() + 1, "columns \"lat\" and \"lon\" go together"));
        }
        Ok(ProfileColumns { cols })
    }

    fn get<'r>(&self, r: &'r csv::StringRecord, name: &str) -> (&'r str, usize) {
        match self.cols.get(name) {
            Some(&k) => (field(r, k), k + 1),
            None => ("", 0),
        }
    }

    fn profile(&self, path: &Path, line: u64, r: &csv::StringRecord) -> Result<Profile, InputError> {
        let (id, _) = self.get(r, "id");
        if id.is_empty() {
            return Err(err(path, line, self.cols["id"] + 1, "empty id"));
        }
        let tags = |name: &str| -> Vec<String> { list(self.get(r, name).0).map(str::to_string).collect() };
        let (langs, lc) = self.get(r, "languages");
        let mut languages = Vec::new();
        for tok in list(langs) {
            let (code, level) = tok
                .split_once(':')
                .ok_or_else(|| err(path, line, lc, format!("language \"{tok}\" must be code:level, e.g. fr:B1")))?;
            let level: Level = level.parse().map_err(|()| {
                err(path, line, lc, format!("level \"{level}\" must be one of A1, A2, B1, B2, C1, C2"))
            })?;
            if code.is_empty() {
                return Err(err(path, line, lc, format!("language \"{tok}\" has no code")));
            }
            languages.push(LanguageSkill { language: code.to_string(), level });
        }
        let number = |name: &str| -> Result<Option<f64>, InputError> {
            let (text, c) = self.get(r, name);
            if text.is_empty() {
                return Ok(None);
            }
            match text.parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(Some(v)),
                _ => Err(err(path, line, c, format!("{name} \"{text}\" is not a finite number"))),
            }
        };
        let coordinates = match (number("lat")?, number("lon")?) {
            (Some(lat), Some(lon)) => {
                if lat.abs() > 90.0 || lon.abs() > 180.0 {
                    return Err(err(path, line, self.get(r, "lat").1, "coordinates out of range"));
                }
                Some((lat, lon))
            }
            (None, None) => None,
            _ => {
                return Err(err(path, line, self.get(r, "lat").1, "lat and lon go together"));
            }
        };
        let (avail, ac) = self.get(r, "availability");
        let availability: Availability = avail.parse().map_err(|bad: String| {
            err(path, line, ac, format!("availability slot \"{bad}\" must be like mon-am, tue-pm, sat-eve or a day"))
        })?;
        let gender = |name: &str| -> Result<Option<Gender>, InputError> {
            let (text, c) = self.get(r, name);
            if text.is_empty() {
                return Ok(None);
            }
            text.parse()
                .map(Some)
                .map_err(|()| err(path, line, c, format!("{name} \"{text}\" must be female, male or other")))
        };
        let (year, yc) = self.get(r, "birth_year");
        let birth_year = if year.is_empty() {
            None
        } else {
            Some(
                year.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
                    .ok_or_else(|| err(path, line, yc, format!("birth_year \"{year}\" is not a year")))?,
            )
        };
        let (area, _) = self.get(r, "area");
        Ok(Profile {
            id: id.to_string(),
            native_languages: tags("native_languages"),
            languages,
            location: Location { coordinates, area: (!area.is_empty()).then(|| area.to_string()) },
            availability,
            interests: tags("interests"),
            goals: tags("goals"),
            expectations: tags("expectations"),
            gender: gender("gender")?,
            gender_preference: gender("gender_preference")?,
            birth_year,
        })
    }

    fn areas(&self, path: &Path, line: u64, r: &csv::StringRecord, name: &str) -> Result<Vec<Area>, InputError> {
        let (text, c) = self.get(r, name);
        list(text)
            .map(|t| {
                t.parse().map_err(|()| {
                    err(
                        path,
                        line,
                        c,
                        format!(
                            "{name}: \"{t}\" is not an integration area ({})",
                            Area::ALL.map(Area::as_str).join(", ")
                        ),
                    )
                })
            })
            .collect()
    }
}

fn check_unique(path: &Path, seen: &mut HashMap<String, u64>, id: &str, line: u64) -> Result<(), InputError> {
    if let Some(first) = seen.insert(id.to_string(), line) {
        return Err(err(path, line, 1, format!("id \"{id}\" is given twice (first on line {first})")));
    }
    Ok(())
}

/// Reads mentees' profiles.
pub fn read_mentees(path: &Path) -> Result<Vec<MenteeProfile>, InputError> {
    let mut t = Table::open(path)?;
    let cols = ProfileColumns::new(&t, &["needs"])?;
    let mut out = Vec::new();
    let mut seen = HashMap::new();
    t.each(|line, r| {
        let profile = cols.profile(path, line, r)?;
        check_unique(path, &mut seen, &profile.id, line)?;
        let needs = cols.areas(path, line, r, "needs")?;
        out.push(MenteeProfile { profile, needs });
        Ok(())
    })?;
    Ok(out)
}

/// Reads mentors' profiles.
pub fn read_mentors(path: &Path) -> Result<Vec<MentorProfile>, InputError> {
    let mut t = Table::open(path)?;
    let cols = ProfileColumns::new(&t, &["skills", "capacity", "active_pairs", "eligible"])?;
    let mut out = Vec::new();
    let mut seen = HashMap::new();
    t.each(|line, r| {
        let profile = cols.profile(path, line, r)?;
        check_unique(path, &mut seen, &profile.id, line)?;
        let skills = cols.areas(path, line, r, "skills")?;
        let (cap, cc) = cols.get(r, "capacity");
        let capacity = if cap.is_empty() { 1 } else { whole(path, line, cc - 1, cap, "capacity")? };
        let (active, ac) = cols.get(r, "active_pairs");
        let active_pairs = if active.is_empty() { 0 } else { whole(path, line, ac - 1, active, "active_pairs")? };
        let (el, ec) = cols.get(r, "eligible");
        let eligible = match el.to_ascii_lowercase().as_str() {
            "" | "true" | "yes" | "1" => true,
            "false" | "no" | "0" => false,
            _ => {
                return Err(err(path, line, ec, format!("eligible \"{el}\" must be true or false")));
            }
        };
        out.push(MentorProfile { profile, skills, capacity, active_pairs, eligible });
        Ok(())
    })?;
    Ok(out)
}

/// Ids of one side of a cohort.
pub fn ids<'a>(profiles: impl Iterator<Item = &'a Profile>) -> Ids {
    let mut ids = Ids::default();
    for p in profiles {
        ids.intern(&p.id);
    }
    ids
}
