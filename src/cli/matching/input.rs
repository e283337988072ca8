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
    original: Original,
}

/// The score of each pair as written in the file (the matrix holds it in
/// thousandths).
enum Original {
    /// Row-major, NaN for a pair not given (a file that gives most pairs).
    Dense {
        cols: usize,
        values: Vec<f64>,
    },
    Sparse(HashMap<(u32, u32), f64>),
}

impl Scores {
    /// The score of a pair as written in the file (NaN for a pair not given).
    pub fn original(&self, mentee: usize, mentor: usize) -> f64 {
        match &self.original {
            Original::Dense { cols, values } => values[mentee * cols + mentor],
            Original::Sparse(map) => map.get(&(mentee as u32, mentor as u32)).copied().unwrap_or(f64::NAN),
        }
    }
}

/// One pair of a scores file: mentee, mentor and score as written.
type Record = (u32, u32, f64);

/// Reads `mentee,mentor,score`.
///
/// A file whose header is these three columns (in any order) and whose
/// lines have no quotes is read by [`fast::read`]: in parts at line
/// boundaries, one thread each, bytes parsed where they lie. Any other file,
/// and any file with an error, is read by [`read_scores_by_record`], the
/// reference whose messages locate the first error.
pub fn read_scores(path: &Path) -> Result<Scores, InputError> {
    let t = Table::open(path)?;
    let (cm, cb, cs) = (t.require("mentee")?, t.require("mentor")?, t.require("score")?);
    if t.header.len() == 3 {
        let start = t.reader.position().byte();
        drop(t);
        let large = std::fs::metadata(path).map_or(0, |m| m.len()) >= fast::SPLIT_BYTES;
        let parts =
            if large { std::thread::available_parallelism().map_or(1, usize::from).min(fast::MAX_PARTS) } else { 1 };
        if let Some(scores) = fast::read(path, start, [cm, cb, cs], parts, fast::BLOCK) {
            return Ok(scores);
        }
    }
    read_scores_by_record(path)
}

/// Reads `mentee,mentor,score` record by record with the CSV reader.
fn read_scores_by_record(path: &Path) -> Result<Scores, InputError> {
    let mut t = Table::open(path)?;
    let (cm, cb, cs) = (t.require("mentee")?, t.require("mentor")?, t.require("score")?);
    let mut mentees = Ids::default();
    let mut mentors = Ids::default();
    let mut first_line: HashMap<(usize, usize), u64> = HashMap::new();
    let mut records: Vec<Record> = Vec::new();
    t.each(|line, r| {
        let a = id_field(path, line, r, cm, "mentee")?;
        let b = id_field(path, line, r, cb, "mentor")?;
        let text = field(r, cs);
        let value: f64 =
            text.parse().map_err(|_| err(path, line, cs + 1, format!("score \"{text}\" is not a number")))?;
        if !value.is_finite() {
            return Err(err(path, line, cs + 1, format!("score \"{text}\" is not a finite number")));
        }
        to_fixed(value).ok_or_else(|| {
            err(path, line, cs + 1, format!("score \"{text}\" is out of range (at most 10^9 in absolute value)"))
        })?;
        let (i, j) = (mentees.intern(&a), mentors.intern(&b));
        if let Some(first) = first_line.insert((i, j), line) {
            return Err(err(path, line, 1, format!("pair ({a}, {b}) is given twice (first on line {first})")));
        }
        records.push((i as u32, j as u32, value));
        Ok(())
    })?;
    drop(first_line);
    scores_of(mentees, mentors, vec![records]).map_err(|e| err(path, 1, 1, e.to_string()))
}

/// The scores from their records (given in file order, in parts), every
/// score known to be in range. A pair given twice is an error.
fn scores_of(mentees: Ids, mentors: Ids, parts: Vec<Vec<Record>>) -> Result<Scores, m4m_matching::MatrixError> {
    let (rows, cols) = (mentees.names.len(), mentors.names.len());
    let count: usize = parts.iter().map(Vec::len).sum();
    let fixed = |v: f64| to_fixed(v).unwrap_or(0);
    // A file that gives most pairs is stored dense, which the dense solver
    // takes (absent pairs as absent edges); the scores as written are kept
    // dense with it.
    let dense = count.saturating_mul(2) >= rows.saturating_mul(cols);
    if dense {
        let mut values = vec![f64::NAN; rows * cols];
        for part in parts {
            for (i, j, v) in part {
                let k = i as usize * cols + j as usize;
                if !values[k].is_nan() {
                    return Err(m4m_matching::MatrixError::DuplicatePair { row: i as usize, col: j as usize });
                }
                values[k] = v;
            }
        }
        let matrix =
            ScoreMatrix::dense_from_cells(rows, cols, values.iter().map(|&v| (!v.is_nan()).then(|| fixed(v))))?;
        return Ok(Scores { matrix, mentees, mentors, original: Original::Dense { cols, values } });
    }
    let mut original = HashMap::with_capacity(count);
    let mut triplets = Vec::with_capacity(count);
    for part in parts {
        for (i, j, v) in part {
            if original.insert((i, j), v).is_some() {
                return Err(m4m_matching::MatrixError::DuplicatePair { row: i as usize, col: j as usize });
            }
            triplets.push((i as usize, j as usize, fixed(v)));
        }
    }
    let matrix = ScoreMatrix::sparse(rows, cols, triplets)?;
    Ok(Scores { matrix, mentees, mentors, original: Original::Sparse(original) })
}

mod profile_lines;

/// The fast reader of scores files: bytes, not rows of strings.
mod fast {
    use std::collections::HashMap;
    use std::fs::File;
    use std::hash::{BuildHasherDefault, Hasher};
    use std::io::{Read, Seek, SeekFrom};
    use std::path::Path;

    use m4m_matching::{MAX_ABS_SCORE, SCALE, ScoreMatrix, to_fixed};

    use super::{Ids, Original, Scores};

    /// Bytes read at a time by each part.
    pub const BLOCK: usize = 1 << 20;

    /// Most parts (threads) a file is read in.
    pub const MAX_PARTS: usize = 8;

    /// Files below this size are read in one part.
    pub const SPLIT_BYTES: u64 = 1 << 20;

    /// Why the fast reader gives the file to the reference reader: anything
    /// it does not read exactly as the CSV reader would (quotes, a lone
    /// carriage return, a field count other than three, an id with Unicode
    /// space at an edge) and every error, whose message the reference
    /// locates.
    #[derive(Debug)]
    pub struct Unusual;

    /// Reads the data lines from byte `start` (just after the header) in
    /// `parts` parts of whole lines, `block` bytes at a time. `columns` are
    /// the places of mentee, mentor and score among the three. `None`: see
    /// [`Unusual`].
    pub fn read(path: &Path, start: u64, columns: [usize; 3], parts: usize, block: usize) -> Option<Scores> {
        let mut file = File::open(path).ok()?;
        let len = file.metadata().ok()?.len();
        let bounds = boundaries(&mut file, start, len, parts.max(1)).ok()?;
        let read = |k: usize| -> Result<Part, Unusual> {
            let mut f = File::open(path).map_err(|_| Unusual)?;
            read_range(&mut f, bounds[k], bounds[k + 1], columns, block)
        };
        let results: Vec<Result<Part, Unusual>> = if bounds.len() == 2 {
            vec![read(0)]
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = (0..bounds.len() - 1).map(|k| s.spawn(move || read(k))).collect();
                handles.into_iter().map(|h| h.join().unwrap_or(Err(Unusual))).collect()
            })
        };
        let parts: Vec<Part> = results.into_iter().collect::<Result<_, _>>().ok()?;
        merge(parts).ok()
    }

    /// Where each part starts, then the end: `start`, the first line start
    /// at or after each `k × len / parts`, `len`.
    pub fn boundaries(file: &mut File, start: u64, len: u64, parts: usize) -> std::io::Result<Vec<u64>> {
        let mut out = vec![start];
        let span = len.saturating_sub(start);
        let mut window = vec![0u8; 1 << 16];
        for k in 1..parts as u64 {
            let mut pos = (start + span * k / parts as u64).max(*out.last().unwrap_or(&start));
            // The part boundary is just after the first newline at or after
            // `pos - 1`, so that a line starting at `pos` stays whole.
            pos = pos.saturating_sub(1).max(start);
            let boundary = loop {
                if pos >= len {
                    break len;
                }
                file.seek(SeekFrom::Start(pos))?;
                let got = file.read(&mut window)?;
                if got == 0 {
                    break len;
                }
                if let Some(nl) = memchr::memchr(b'\n', &window[..got]) {
                    break pos + nl as u64 + 1;
                }
                pos += got as u64;
            };
            if boundary > *out.last().unwrap_or(&start) && boundary < len {
                out.push(boundary);
            }
        }
        out.push(len.max(start));
        Ok(out)
    }

    /// Reads the lines of `start..end`, `block` bytes at a time; a line cut
    /// by a block's end is completed from the next block.
    pub fn read_range(
        file: &mut File,
        start: u64,
        end: u64,
        columns: [usize; 3],
        block: usize,
    ) -> Result<Part, Unusual> {
        file.seek(SeekFrom::Start(start)).map_err(|_| Unusual)?;
        let mut source = file.take(end - start);
        let mut part = Part::default();
        // One score per line of about 30 bytes: reserved at once (pages not
        // written cost nothing), not copied as the vector grows.
        part.values.reserve(usize::try_from((end - start) / 24).unwrap_or(0));
        let block = block.max(1);
        // `buf[..kept]` is the start of a line cut by the last block's end.
        // The buffer grows only for a line longer than a block.
        let mut buf: Vec<u8> = vec![0; block + 256];
        let mut kept = 0;
        loop {
            if buf.len() < kept + block {
                buf.resize(kept + block, 0);
            }
            let got = read_full(&mut source, &mut buf[kept..kept + block]).map_err(|_| Unusual)?;
            if got == 0 {
                // The last line, without a newline.
                part.lines(&buf[..kept], columns)?;
                return Ok(part);
            }
            let filled = kept + got;
            kept = filled;
            if let Some(last) = memchr::memrchr(b'\n', &buf[filled - got..filled]) {
                let cut = filled - got + last + 1;
                part.lines(&buf[..cut], columns)?;
                buf.copy_within(cut..filled, 0);
                kept = filled - cut;
            }
        }
    }

    /// Fills `buf` as far as the source goes.
    pub fn read_full(source: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut got = 0;
        while got < buf.len() {
            match source.read(&mut buf[got..]) {
                Ok(0) => break,
                Ok(k) => got += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(got)
    }

    /// What one part of the file holds: its ids in the order first seen and
    /// its pairs in file order, by those ids, as runs of one mentee's lines
    /// with mentors in the order first seen (a whole row in a file written
    /// mentee by mentee): a score takes 8 bytes rather than 16 with its
    /// ids, and the matrix is filled a row at a time.
    #[derive(Default)]
    pub struct Part {
        mentees: Interner,
        mentors: Interner,
        runs: Vec<Run>,
        /// The scores as written, in file order.
        values: Vec<f64>,
    }

    /// Consecutive lines of one mentee with the mentors `mentor..mentor + len`.
    #[derive(Clone, Copy)]
    struct Run {
        mentee: u32,
        mentor: u32,
        len: u32,
    }

    impl Part {
        /// Adds a pair: to the last run when it continues it.
        #[inline(always)]
        fn push(&mut self, i: u32, j: u32, value: f64) {
            self.values.push(value);
            if let Some(run) = self.runs.last_mut()
                && run.mentee == i
                && run.mentor + run.len == j
            {
                run.len += 1;
                return;
            }
            self.runs.push(Run { mentee: i, mentor: j, len: 1 });
        }

        /// Parses whole lines (the last may lack its newline).
        pub fn lines(&mut self, bytes: &[u8], columns: [usize; 3]) -> Result<(), Unusual> {
            let in_order = columns == [0, 1, 2];
            let mut at = 0;
            while at < bytes.len() {
                if in_order && let Some(next) = self.repeated(bytes, at) {
                    at = next;
                    continue;
                }
                at = self.line(bytes, at, columns)?;
            }
            Ok(())
        }

        /// The usual line of a file written mentee by mentee: the previous
        /// line's mentee, the mentor after the previous line's and a plain
        /// decimal, compared and parsed where they lie in one pass, without
        /// a lookup. Returns where the next line starts; `None` (nothing
        /// changed) when the line is another, read by [`Part::line`].
        #[inline]
        fn repeated(&mut self, bytes: &[u8], at: usize) -> Option<usize> {
            let i = self.mentees.last?;
            let j = self.mentors.last? + 1;
            // A known id is trimmed and has no comma, quote or line end: the
            // field is that id exactly when the id is followed by a comma.
            let rest = id_then_comma(&bytes[at..], &self.mentees.names[i as usize])?;
            let rest = id_then_comma(rest, self.mentors.names.get(j as usize)?)?;
            let (value, used) = plain_decimal(rest)?;
            // Surely in range; a score near the bound is checked by `line`.
            if value.abs() >= 1e9 {
                return None;
            }
            self.mentors.last = Some(j);
            self.push(i, j, value);
            Some(bytes.len() - rest.len() + used)
        }

        /// Any line, in one pass over its bytes to its newline: the commas
        /// found, a quote or a carriage return (other than one just before
        /// the newline, or at the end of the data) given to the reference.
        /// Returns where the next line starts.
        fn line(&mut self, bytes: &[u8], at: usize, columns: [usize; 3]) -> Result<usize, Unusual> {
            let mut commas = [0usize; 2];
            let mut count = 0;
            let mut end = bytes.len();
            let mut next = bytes.len();
            let mut k = at;
            while k < bytes.len() {
                match bytes[k] {
                    b',' => {
                        *commas.get_mut(count).ok_or(Unusual)? = k;
                        count += 1;
                    }
                    b'\n' => {
                        (end, next) = (k, k + 1);
                        break;
                    }
                    b'\r' => match bytes.get(k + 1) {
                        Some(b'\n') => {
                            (end, next) = (k, k + 2);
                            break;
                        }
                        None => {
                            (end, next) = (k, k + 1);
                            break;
                        }
                        Some(_) => return Err(Unusual),
                    },
                    b'"' => return Err(Unusual),
                    _ => {}
                }
                k += 1;
            }
            // The CSV reader skips empty lines.
            if end == at {
                return Ok(next);
            }
            if count != 2 {
                return Err(Unusual);
            }
            let [a, b] = commas;
            let fields = [trim(&bytes[at..a]), trim(&bytes[a + 1..b]), trim(&bytes[b + 1..end])];
            let i = self.mentees.intern(fields[columns[0]])?;
            let j = self.mentors.intern(fields[columns[1]])?;
            let value = number(fields[columns[2]]).ok_or(Unusual)?;
            fixed(value).ok_or(Unusual)?;
            self.push(i, j, value);
            Ok(next)
        }
    }

    /// The parts in file order as one: ids numbered in the order first seen
    /// in the whole file, as the reference reader numbers them.
    fn merge(parts: Vec<Part>) -> Result<Scores, Unusual> {
        let mut mentees = Global::default();
        let mut mentors = Global::default();
        let mut pieces = Vec::with_capacity(parts.len());
        for part in parts {
            let first = mentees.names.len() as u32;
            let mi = mentees.add(part.mentees);
            let owned = first..mentees.names.len() as u32;
            let bi = mentors.add(part.mentors);
            pieces.push(Piece { runs: part.runs, values: part.values, mentees: mi, mentors: bi, owned });
        }
        let (rows, cols) = (mentees.names.len(), mentors.names.len());
        let count: usize = pieces.iter().map(|p| p.values.len()).sum();
        // The reference's rule for a dense file.
        if count.saturating_mul(2) >= rows.saturating_mul(cols)
            && let Some((values, cells)) = dense(&pieces, rows, cols)?
        {
            drop(pieces);
            let matrix = ScoreMatrix::dense32_from_vec(rows, cols, cells).map_err(|_| Unusual)?;
            let original = Original::Dense { cols, values };
            return Ok(Scores { matrix, mentees: mentees.ids(), mentors: mentors.ids(), original });
        }
        let all = pieces
            .iter()
            .map(|p| {
                let mut records = Vec::with_capacity(p.values.len());
                p.each_run(|i, mentors, scores| {
                    records.extend(mentors.iter().zip(scores).map(|(&j, &v)| (i, j, v)));
                });
                records
            })
            .collect();
        drop(pieces);
        super::scores_of(mentees.ids(), mentors.ids(), all).map_err(|_| Unusual)
    }

    /// A part's runs and scores with its ids' global numbers, and the rows
    /// it owns: those of the mentees first seen in it.
    struct Piece {
        runs: Vec<Run>,
        values: Vec<f64>,
        mentees: Vec<u32>,
        mentors: Vec<u32>,
        owned: std::ops::Range<u32>,
    }

    impl Piece {
        /// Calls `f(mentee, mentors, scores)` for each run, with global ids.
        fn each_run(&self, mut f: impl FnMut(u32, &[u32], &[f64])) {
            let mut scores = self.values.as_slice();
            for run in &self.runs {
                let (here, rest) = scores.split_at(run.len as usize);
                scores = rest;
                let mentors = &self.mentors[run.mentor as usize..][..run.len as usize];
                f(self.mentees[run.mentee as usize], mentors, here);
            }
        }
    }

    /// The scores as written, row-major (NaN for a pair not given), and in
    /// thousandths, built in the parts, one thread each: a part fills the
    /// rows it owns (nearly all its lines in a file written mentee by
    /// mentee), then the lines of other rows are filled on one thread.
    /// `None`: a score that needs more than 32 bits (the reference's
    /// `scores_of` then builds the matrix); a pair given twice is
    /// [`Unusual`].
    fn dense(pieces: &[Piece], rows: usize, cols: usize) -> Result<Option<(Vec<f64>, Vec<i32>)>, Unusual> {
        let mut values = vec![f64::NAN; rows * cols];
        let mut cells = vec![ScoreMatrix::ABSENT32; rows * cols];
        let mut rest: (&mut [f64], &mut [i32]) = (&mut values, &mut cells);
        let mut slices = Vec::with_capacity(pieces.len());
        for piece in pieces {
            let len = piece.owned.len() * cols;
            let (v, v_rest) = std::mem::take(&mut rest.0).split_at_mut(len);
            let (c, c_rest) = std::mem::take(&mut rest.1).split_at_mut(len);
            slices.push((piece, v, c));
            rest = (v_rest, c_rest);
        }
        let results: Vec<Result<(), Fill>> = if slices.len() == 1 {
            slices.into_iter().map(|(p, v, c)| fill_rows(p, true, cols, v, c)).collect()
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> =
                    slices.into_iter().map(|(p, v, c)| s.spawn(move || fill_rows(p, true, cols, v, c))).collect();
                handles.into_iter().map(|h| h.join().unwrap_or(Err(Fill::Unusual))).collect()
            })
        };
        // The other lines read again rather than copied aside: in a file
        // not written mentee by mentee they are most lines.
        let others = pieces.iter().map(|p| fill_rows(p, false, cols, &mut values, &mut cells));
        match results.into_iter().chain(others).find_map(Result::err) {
            None => Ok(Some((values, cells))),
            Some(Fill::Unusual) => Err(Unusual),
            Some(Fill::Wide) => Ok(None),
        }
    }

    /// Why a cell could not be filled.
    enum Fill {
        /// A pair given twice.
        Unusual,
        /// A score that needs more than 32 bits.
        Wide,
    }

    /// Fills the cells of a part's lines whose mentee is one the part owns
    /// (`owned`; `values` and `cells` are then those rows), or one it does
    /// not (`values` and `cells` are then the whole matrix).
    fn fill_rows(piece: &Piece, owned: bool, cols: usize, values: &mut [f64], cells: &mut [i32]) -> Result<(), Fill> {
        let first = if owned { piece.owned.start } else { 0 };
        let mut result = Ok(());
        piece.each_run(|i, mentors, scores| {
            if piece.owned.contains(&i) != owned {
                return;
            }
            let row = (i - first) as usize * cols;
            let (row_values, row_cells) = (&mut values[row..row + cols], &mut cells[row..row + cols]);
            for (&j, &v) in mentors.iter().zip(scores) {
                if let Err(e) = fill(&mut row_values[j as usize], &mut row_cells[j as usize], v) {
                    result = Err(e);
                }
            }
        });
        result
    }

    /// Well inside the matrix's 32 bits, above [`ScoreMatrix::ABSENT32`].
    const NARROW: i64 = 1 << 27;
    const _: () = assert!(-NARROW > ScoreMatrix::ABSENT32 as i64);

    #[inline]
    fn fill(value: &mut f64, cell: &mut i32, score: f64) -> Result<(), Fill> {
        if !value.is_nan() {
            return Err(Fill::Unusual);
        }
        let fixed = fixed(score).ok_or(Fill::Unusual)?;
        if fixed.abs() >= NARROW {
            return Err(Fill::Wide);
        }
        *value = score;
        *cell = fixed as i32;
        Ok(())
    }

    /// Ids of the whole file while parts are merged.
    #[derive(Default)]
    struct Global {
        names: Vec<Box<[u8]>>,
        index: HashMap<Box<[u8]>, u32, Fx>,
    }

    impl Global {
        /// Adds a part's ids; returns the global index of each.
        fn add(&mut self, part: Interner) -> Vec<u32> {
            part.names
                .into_iter()
                .map(|name| {
                    if let Some(&k) = self.index.get(&name) {
                        return k;
                    }
                    let k = self.names.len() as u32;
                    self.index.insert(name.clone(), k);
                    self.names.push(name);
                    k
                })
                .collect()
        }

        fn ids(self) -> Ids {
            let names: Vec<String> =
                self.names.into_iter().map(|n| String::from_utf8(n.into_vec()).unwrap_or_default()).collect();
            let index = names.iter().enumerate().map(|(k, n)| (n.clone(), k)).collect();
            Ids { names, index }
        }
    }

    /// Ids of one part, numbered in the order first seen. Consecutive lines
    /// usually share their mentee, and list the mentors in the same order
    /// for each mentee: the last id and the one after it are checked before
    /// the table.
    #[derive(Default)]
    struct Interner {
        names: Vec<Box<[u8]>>,
        index: HashMap<Box<[u8]>, u32, Fx>,
        last: Option<u32>,
    }

    impl Interner {
        fn intern(&mut self, id: &[u8]) -> Result<u32, Unusual> {
            if let Some(k) = self.last {
                if *self.names[k as usize] == *id {
                    return Ok(k);
                }
                if let Some(next) = self.names.get(k as usize + 1)
                    && **next == *id
                {
                    self.last = Some(k + 1);
                    return Ok(k + 1);
                }
            }
            let k = match self.index.get(id) {
                Some(&k) => k,
                None => {
                    check_id(id)?;
                    let k = u32::try_from(self.names.len()).map_err(|_| Unusual)?;
                    self.names.push(id.into());
                    self.index.insert(id.into(), k);
                    k
                }
            };
            self.last = Some(k);
            Ok(k)
        }
    }

    /// What follows `id` and a comma at the start of `bytes`. An id of 8 to
    /// 16 bytes (most) is compared as two words that may overlap, without
    /// a call to `memcmp`.
    #[inline(always)]
    fn id_then_comma<'a>(bytes: &'a [u8], id: &[u8]) -> Option<&'a [u8]> {
        let n = id.len();
        if bytes.get(n) != Some(&b',') {
            return None;
        }
        let same = if (8..=16).contains(&n) {
            word(bytes, 0) == word(id, 0) && word(bytes, n - 8) == word(id, n - 8)
        } else {
            bytes[..n] == *id
        };
        same.then(|| &bytes[n + 1..])
    }

    /// The 8 bytes from `at` as a little-endian word (`at + 8` is within
    /// `bytes`).
    #[inline(always)]
    fn word(bytes: &[u8], at: usize) -> u64 {
        bytes[at..].first_chunk::<8>().map_or(0, |w| u64::from_le_bytes(*w))
    }

    /// An id the reference reader takes as it is: not empty, valid UTF-8,
    /// no control character, no Unicode space at an edge (which it trims).
    fn check_id(id: &[u8]) -> Result<(), Unusual> {
        let s = std::str::from_utf8(id).map_err(|_| Unusual)?;
        if s.is_empty() || s.trim().len() != s.len() || s.chars().any(char::is_control) {
            return Err(Unusual);
        }
        Ok(())
    }

    /// A field without the ASCII spaces at its edges (the CSV reader trims
    /// those, and Unicode spaces, which [`check_id`] and [`number`] leave to
    /// the reference).
    fn trim(mut field: &[u8]) -> &[u8] {
        let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        while let [first, rest @ ..] = field
            && space(first)
        {
            field = rest;
        }
        while let [rest @ .., last] = field
            && space(last)
        {
            field = rest;
        }
        field
    }

    /// Exact powers of ten as `f64`.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];

    /// A score as `str::parse::<f64>` reads it: a plain decimal without a
    /// string (see [`decimal_prefix`]), anything else by `parse`.
    pub fn number(text: &[u8]) -> Option<f64> {
        match decimal_prefix(text) {
            Some((value, len)) if len == text.len() => Some(value),
            _ => parse(text),
        }
    }

    /// A plain decimal at the start of `bytes` ending its line: at a
    /// newline, a carriage return and newline, or the end of the data
    /// (with or without a carriage return). Its value and the bytes used,
    /// line end included.
    #[inline(always)]
    pub fn plain_decimal(bytes: &[u8]) -> Option<(f64, usize)> {
        let (value, len) = decimal_prefix(bytes)?;
        let used = match &bytes[len..] {
            [] => len,
            [b'\n', ..] | [b'\r'] => len + 1,
            [b'\r', b'\n', ..] => len + 2,
            _ => return None,
        };
        Some((value, used))
    }

    /// A plain decimal (`-12.345`: digits on each side of an optional dot,
    /// at most 15 in all) at the start of `bytes`: its value as `parse`
    /// reads it, and its length. The digits as an integer below 2^53
    /// divided by an exact power of ten is the correctly rounded value, as
    /// `parse` gives it. `None` for anything else ("5.", ".5", "+1", "1e3",
    /// 16 digits), left to `parse`.
    #[inline(always)]
    fn decimal_prefix(bytes: &[u8]) -> Option<(f64, usize)> {
        let negative = bytes.first() == Some(&b'-');
        let mut k = usize::from(negative);
        let mut mantissa: u64 = 0;
        let whole = digits(bytes, &mut k, &mut mantissa);
        let mut decimals = 0;
        if bytes.get(k) == Some(&b'.') {
            k += 1;
            decimals = digits(bytes, &mut k, &mut mantissa);
            if decimals == 0 {
                return None;
            }
        }
        if whole == 0 || whole + decimals > 15 {
            return None;
        }
        // Below 2^53: exact as a signed integer, converted in one step.
        let value = mantissa as i64 as f64 / POW10[decimals];
        Some((if negative { -value } else { value }, k))
    }

    /// Powers of ten as integers, for the digits added a word at a time.
    const POW10_INT: [u64; 9] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

    /// Adds the digits from `bytes[*k]` on to `mantissa` (wrapping: more
    /// than 15 digits are rejected after), moving `k` past them; returns
    /// how many. Eight bytes are taken at once while there are eight: the
    /// digits among them are found and added in a few steps, not a loop.
    #[inline(always)]
    fn digits(bytes: &[u8], k: &mut usize, mantissa: &mut u64) -> usize {
        let from = *k;
        while let Some(w) = bytes[*k..].first_chunk::<8>() {
            // Each byte less '0': a digit's byte is then below 10. A byte
            // borrowed from or carried into belongs after a non-digit,
            // which is all that is read.
            let x = u64::from_le_bytes(*w).wrapping_sub(0x3030_3030_3030_3030);
            let not_digit = (x | x.wrapping_add(0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080;
            let n = (not_digit.trailing_zeros() / 8) as usize;
            if n > 0 {
                // The first byte is the most significant digit: the n digits
                // moved to the top, with zeros before them, make eight.
                let value = eight_digits(x << (8 * (8 - n)));
                *mantissa = mantissa.wrapping_mul(POW10_INT[n]).wrapping_add(value);
                *k += n;
            }
            if n < 8 {
                return *k - from;
            }
        }
        while let Some(&b) = bytes.get(*k)
            && b.is_ascii_digit()
        {
            *mantissa = mantissa.wrapping_mul(10).wrapping_add(u64::from(b - b'0'));
            *k += 1;
        }
        *k - from
    }

    /// Eight digits, one a byte, the first byte the most significant, as an
    /// integer: pairs, then fours, then the eight combined by multiplying.
    #[inline(always)]
    fn eight_digits(x: u64) -> u64 {
        let x = (x & 0x0f0f_0f0f_0f0f_0f0f).wrapping_mul(10 * 256 + 1) >> 8;
        let x = (x & 0x00ff_00ff_00ff_00ff).wrapping_mul(100 * 65536 + 1) >> 16;
        (x & 0x0000_ffff_0000_ffff).wrapping_mul(10000 * (1 << 32) + 1) >> 32
    }

    fn parse(text: &[u8]) -> Option<f64> {
        std::str::from_utf8(text).ok()?.parse().ok()
    }

    /// [`to_fixed`] without the C library's `round`: the product truncated,
    /// then moved away from zero when the part dropped is a half or more.
    /// Below 10^12 in magnitude that part is exact and this is `round`;
    /// anything else is left to [`to_fixed`].
    #[inline(always)]
    pub fn fixed(value: f64) -> Option<i64> {
        let x = value * SCALE as f64;
        // False for NaN too.
        if x.abs() < MAX_ABS_SCORE as f64 {
            let t = x as i64;
            let dropped = x - t as f64;
            Some(if dropped >= 0.5 {
                t + 1
            } else if dropped <= -0.5 {
                t - 1
            } else {
                t
            })
        } else {
            out_of_range(value)
        }
    }

    #[cold]
    fn out_of_range(value: f64) -> Option<i64> {
        to_fixed(value)
    }

    /// A fast hash for ids (FxHash's mixing); the ids come from the
    /// coordinator's own file.
    #[derive(Default, Clone, Copy)]
    pub struct FxHasher(u64);

    pub type Fx = BuildHasherDefault<FxHasher>;

    impl FxHasher {
        #[inline]
        fn add(&mut self, word: u64) {
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    impl Hasher for FxHasher {
        #[inline]
        fn write(&mut self, bytes: &[u8]) {
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut w = [0u8; 8];
                w[..rest.len()].copy_from_slice(rest);
                self.add(u64::from_le_bytes(w));
            }
        }

        #[inline]
        fn write_usize(&mut self, n: usize) {
            self.add(n as u64);
        }

        fn finish(&self) -> u64 {
            self.0
        }
    }
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

/// The tags of a list field: the non-empty pieces between commas,
/// semicolons, spaces and bars. Split as bytes (the separators are ASCII,
/// so each piece is whole characters), not char by char.
fn list(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let end = rest.bytes().position(|b| matches!(b, b',' | b';' | b' ' | b'|')).unwrap_or(rest.len());
            let tag = &rest[..end];
            rest = rest.get(end + 1..).unwrap_or("");
            if !tag.is_empty() {
                return Some(tag);
            }
        }
        None
    })
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

/// Reads a profile file: a header the reference checks, then lines read by
/// [`profile_lines::read`] (bytes parsed where they lie, in parts when the
/// file is large), or by `by_record`, the reference whose messages locate
/// the first error, when the fast reader gives up.
fn read_profiles<P: profile_lines::FromRow>(
    path: &Path,
    side_columns: &[&'static str],
    parts: Option<usize>,
    by_record: fn(&Path) -> Result<Vec<P>, InputError>,
) -> Result<Vec<P>, InputError> {
    let t = Table::open(path)?;
    ProfileColumns::new(&t, side_columns)?;
    let start = t.reader.position().byte();
    let layout = profile_lines::Layout::new(&t.header);
    drop(t);
    if let Some(profiles) = layout.and_then(|layout| profile_lines::read(path, start, &layout, parts)) {
        return Ok(profiles);
    }
    by_record(path)
}

/// Reads mentees' profiles.
pub fn read_mentees(path: &Path) -> Result<Vec<MenteeProfile>, InputError> {
    read_profiles(path, MENTEE_COLUMNS, None, read_mentees_by_record)
}

/// Reads mentors' profiles.
pub fn read_mentors(path: &Path) -> Result<Vec<MentorProfile>, InputError> {
    read_profiles(path, MENTOR_COLUMNS, None, read_mentors_by_record)
}

/// The columns of one side only.
const MENTEE_COLUMNS: &[&str] = &["needs"];
const MENTOR_COLUMNS: &[&str] = &["skills", "capacity", "active_pairs", "eligible"];

/// Reads mentees' profiles record by record with the CSV reader.
fn read_mentees_by_record(path: &Path) -> Result<Vec<MenteeProfile>, InputError> {
    let mut t = Table::open(path)?;
    let cols = ProfileColumns::new(&t, MENTEE_COLUMNS)?;
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

/// Reads mentors' profiles record by record with the CSV reader.
fn read_mentors_by_record(path: &Path) -> Result<Vec<MentorProfile>, InputError> {
    let mut t = Table::open(path)?;
    let cols = ProfileColumns::new(&t, MENTOR_COLUMNS)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A scores file in a fresh temporary folder.
    struct TempFile(PathBuf);

    impl TempFile {
        fn new(name: &str, content: &[u8]) -> Self {
            let dir = std::env::temp_dir().join(format!("m4m-scores-{}-{name}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("folder");
            let path = dir.join("scores.csv");
            std::fs::write(&path, content).expect("write");
            TempFile(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            if let Some(dir) = self.0.parent() {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }

    /// The fast reader on `path` in `parts` parts of `block` bytes.
    fn fast_read(path: &Path, parts: usize, block: usize) -> Option<Scores> {
        let t = Table::open(path).expect("header");
        let columns = [t.require("mentee").unwrap(), t.require("mentor").unwrap(), t.require("score").unwrap()];
        let start = t.reader.position().byte();
        drop(t);
        fast::read(path, start, columns, parts, block)
    }

    fn assert_same(a: &Scores, b: &Scores, what: &str) {
        assert_eq!(a.mentees.names, b.mentees.names, "{what}: mentees");
        assert_eq!(a.mentors.names, b.mentors.names, "{what}: mentors");
        assert_eq!(a.mentees.index, b.mentees.index, "{what}: mentee index");
        assert_eq!(a.matrix, b.matrix, "{what}: matrix");
        for i in 0..a.mentees.names.len() {
            for j in 0..a.mentors.names.len() {
                assert_eq!(a.original(i, j).to_bits(), b.original(i, j).to_bits(), "{what}: ({i}, {j})");
            }
        }
    }

    /// Valid files read alike by both readers, whatever the parts and the
    /// block size (lines cut by blocks and parts at every place).
    #[test]
    fn the_fast_reader_reads_what_the_reference_reads() {
        let files: Vec<(&str, Vec<u8>)> = vec![
            ("plain", b"mentee,mentor,score\nn1,b1,0.9\nn1,b2,0.5\nn2,b1,0.8\nn3,b2,0.3\n".to_vec()),
            ("crlf-no-final-newline", b"mentee,mentor,score\r\nn1,b1,0.9\r\nn2,b2,-0.25\r\nn2,b1,7".to_vec()),
            ("reordered", b"score,mentor,mentee\n0.123456,b1,n1\n1,b2,n1\n2.5,b1,n2\n".to_vec()),
            ("spaces-and-empty-lines", b"mentee, mentor ,score\n n1 ,\tb1,  0.5 \n\nn2,b1,1\n\r\nn1,b2,2\n\n".to_vec()),
            (
                "number-forms",
                b"mentee,mentor,score\na,x,1e3\na,y,+0.5\na,z,.5\nb,x,5.\nb,y,-0\nb,z,123456789.012345678\nc,x,0.1000000000000000055511151231257827\nc,y,-000.000001\nc,z,999999999.999\n"
                    .to_vec(),
            ),
            ("unicode-ids", "mentee,mentor,score\nفاطمة,Zoë,0.5\nΑλέξης,Zoë,0.75\nفاطمة,b ,1\n".as_bytes().to_vec()),
            ("bom", b"\xEF\xBB\xBFmentee,mentor,score\nn1,b1,1\nn2,b1,2\n".to_vec()),
            ("header-only", b"mentee,mentor,score\n".to_vec()),
            (
                "repeated-ids",
                // Ids repeated on consecutive lines and not, ids that begin
                // with another, a mentor out of its usual order, spaces
                // around a repeated id.
                b"mentee,mentor,score\nn1,b1,1\nn1,b2,2\nn1,b10,3\nn10,b1,4\nn10,b2,5\nn10,b10,6\nn1,b11,7\nn2,b10,8\nn2,b1,9\nn2, b2 ,10\n n3,b1,11\nn3,b2,12\nn3,b10,12.5\nn3,b11,13\n"
                    .to_vec(),
            ),
            (
                "crlf-dense",
                b"mentee,mentor,score\r\nn1,b1,0.5\r\nn1,b2,0.25\r\nn2,b1,1\r\nn2,b2,-1\r\n\r\nn3,b1,2\r\nn3,b2,3\r".to_vec(),
            ),
            ("no-final-newline", b"mentee,mentor,score\nn1,b1,0.5\nn1,b2,0.25\nn2,b1,1\nn2,b2,1.5".to_vec()),
            (
                "rounding",
                // Halves of a thousandth, which the product with 1000 rounds
                // either way, some across a digit; negative scores.
                b"mentee,mentor,score\na,x,0.9995\na,y,1.0005\na,z,-0.0005\na,w,0.0015\nb,x,-2.5005\nb,y,999.9995\nb,z,0.1235\nb,w,-0.9995\nc,x,0.0005\nc,y,4.0035\nc,z,-1000.0005\nc,w,0.12345\n"
                    .to_vec(),
            ),
            ("wide", b"mentee,mentor,score\nn1,b1,0.5\nn1,b2,1000000\nn2,b1,-999999.999\nn2,b2,2\n".to_vec()),
            ("interleaved", {
                // Mentees in turn: most lines of a part fill rows first seen
                // in another part.
                let mut v = b"mentee,mentor,score\n".to_vec();
                for j in 0..6 {
                    for i in 0..8 {
                        v.extend(format!("n{i},b{j},{}.{:03}\n", i * j, (i * 31 + j * 7) % 1000).as_bytes());
                    }
                }
                v
            }),
            ("sparse", {
                let mut v = b"mentee,mentor,score\n".to_vec();
                for k in 0..40 {
                    v.extend(format!("m{},b{},{}.{:06}\n", k % 13, (k * 7) % 31, k, k * 37 % 1_000_000).as_bytes());
                }
                v
            }),
            ("dense", {
                let mut v = b"mentee,mentor,score\n".to_vec();
                for i in 0..9 {
                    for j in 0..7 {
                        v.extend(format!("mentee-{i},mentor-{j},0.{:06}\n", (i * 7919 + j * 104_729) % 1_000_000).as_bytes());
                    }
                }
                v
            }),
        ];
        for (name, content) in files {
            let f = TempFile::new(name, &content);
            let reference = read_scores_by_record(&f.0).unwrap_or_else(|e| panic!("{name}: {e}"));
            for parts in [1, 2, 3, 5, 8] {
                for block in [1, 2, 3, 7, 64, fast::BLOCK] {
                    let what = format!("{name}, {parts} parts of {block}-byte blocks");
                    let fast = fast_read(&f.0, parts, block).unwrap_or_else(|| panic!("{what}: read"));
                    assert_same(&fast, &reference, &what);
                }
            }
            assert_same(&read_scores(&f.0).unwrap(), &reference, name);
        }
    }

    /// Bad input goes to the reference reader, whose message names the
    /// first bad line, in whichever part it is.
    #[test]
    fn bad_input_gets_the_reference_message() {
        let mut long = b"mentee,mentor,score\n".to_vec();
        for i in 0..30 {
            long.extend(format!("n{i},b{},0.{i:06}\n", i % 4).as_bytes());
        }
        // Every pair of 8 mentees and 4 mentors: a dense file.
        let mut dense = b"mentee,mentor,score\n".to_vec();
        for i in 0..8 {
            for j in 0..4 {
                dense.extend(format!("n{i},b{j},0.{:03}\n", i * 4 + j).as_bytes());
            }
        }
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("malformed-number", [&long[..], b"n31,b1,0.5.5\n"].concat(), ":32:3: score \"0.5.5\" is not a number"),
            ("number-then-text", [&long[..], b"n31,b1,12abc\n"].concat(), ":32:3: score \"12abc\" is not a number"),
            ("empty-score", [&long[..], b"n31,b1,\n"].concat(), ":32:3: score \"\" is not a number"),
            ("nan", [&long[..], b"n31,b1,NaN\n"].concat(), ":32:3: score \"NaN\" is not a finite number"),
            ("too-large", [&long[..], b"n31,b1,1e10\n"].concat(), ":32:3: score \"1e10\" is out of range"),
            (
                "duplicate-across-parts",
                [&long[..], b"n0,b0,1\n"].concat(),
                ":32:1: pair (n0, b0) is given twice (first on line 2)",
            ),
            ("short", [&long[..], b"n31,b1\n"].concat(), ":32:1: expected 3 fields, found 2"),
            ("long", [&long[..], b"n31,b1,1,2\n"].concat(), ":32:1: expected 3 fields, found 4"),
            ("empty-id", [&long[..], b" ,b1,1\n"].concat(), ":32:1: empty mentee id"),
            ("control", [&long[..], b"n31,b\x001,1\n"].concat(), ":32:2: mentor id with a control character"),
            ("not-utf8", [&long[..], b"n31,b\xff,1\n"].concat(), ":32:1: not valid UTF-8"),
            (
                "dense-duplicate-in-a-part",
                [&dense[..], b"n7,b3,0.5\nn7,b3,0.5\n"].concat(),
                ":34:1: pair (n7, b3) is given twice (first on line 33)",
            ),
            (
                "dense-duplicate-across-parts",
                [&dense[..], b"n0,b2,1\n"].concat(),
                ":34:1: pair (n0, b2) is given twice (first on line 4)",
            ),
            ("dense-bad-number", [&dense[..], b"n8,b0,1.2.3\n"].concat(), ":34:3: score \"1.2.3\" is not a number"),
            ("dense-stray-cr", [&dense[..], b"n8,b0,1\r2\n"].concat(), ":34:1: expected 3 fields, found 1"),
            (
                "first-error-wins",
                [b"mentee,mentor,score\nn1,b1,x\n", &long[20..], b"n31,b1,y\n"].concat(),
                ":2:3: score \"x\"",
            ),
        ];
        for (name, content, expected) in cases {
            let f = TempFile::new(name, &content);
            for parts in [1, 2, 3] {
                for block in [5, fast::BLOCK] {
                    assert!(fast_read(&f.0, parts, block).is_none(), "{name}: the fast reader gives up");
                }
            }
            let message = read_scores(&f.0).err().unwrap_or_else(|| panic!("{name}: an error")).to_string();
            assert!(message.contains(expected), "{name}: {message}");
            assert_eq!(message, read_scores_by_record(&f.0).err().unwrap().to_string());
        }
    }

    /// Files the fast reader does not read exactly as the CSV reader does
    /// (quotes, a lone carriage return, Unicode space at an id's edge) are
    /// read by the reference, with the same result.
    #[test]
    fn unusual_files_are_read_by_the_reference() {
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("quotes", b"mentee,mentor,score\n\"n,1\",b1,1\nn2,\"b\"\"1\",2\n".to_vec()),
            ("lone-cr", b"mentee,mentor,score\rn1,b1,1\rn2,b1,2\r".to_vec()),
            ("unicode-space", "mentee,mentor,score\nn1\u{a0},b1,1\nn1,b2,2\n".as_bytes().to_vec()),
            ("extra-column", b"mentee,mentor,score,note\nn1,b1,1,x\n".to_vec()),
        ];
        for (name, content) in cases {
            let f = TempFile::new(name, &content);
            let reference = read_scores_by_record(&f.0).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_same(&read_scores(&f.0).unwrap(), &reference, name);
        }
    }

    /// Parts start just after a newline, in order, and cover the data.
    #[test]
    fn parts_are_cut_at_line_starts() {
        let mut content = b"mentee,mentor,score\n".to_vec();
        for k in 0..200 {
            content.extend(format!("mentee{},b{},{}\n", k * 31 % 97, k % 7, k).as_bytes());
        }
        let f = TempFile::new("cuts", &content);
        let start = 20;
        let len = content.len() as u64;
        for parts in 1..=40 {
            let mut file = File::open(&f.0).unwrap();
            let b = fast::boundaries(&mut file, start, len, parts).unwrap();
            assert_eq!(b[0], start);
            assert_eq!(*b.last().unwrap(), len);
            assert!(b.windows(2).all(|w| w[0] < w[1]), "{parts}: {b:?}");
            for &cut in &b[1..b.len() - 1] {
                assert_eq!(content[cut as usize - 1], b'\n', "{parts}: cut at {cut}");
            }
            assert!(b.len() - 1 <= parts);
        }
    }

    /// The fast profile reader alone, in `parts` parts: "given up" when it
    /// gives the file to the reference.
    fn fast_profiles<P: profile_lines::FromRow>(
        path: &Path,
        side_columns: &[&'static str],
        parts: usize,
    ) -> Result<Vec<P>, InputError> {
        read_profiles(path, side_columns, Some(parts), |_| Err(err(Path::new(""), 0, 0, "given up")))
    }

    /// Profile files of every form the CSV reader takes, with the mentees'
    /// and the mentors' columns.
    fn profile_files() -> Vec<(&'static str, Vec<u8>)> {
        const MENTEES: &str = "id,native_languages,languages,lat,lon,area,availability,interests,goals,expectations,needs,gender,gender_preference,birth_year";
        let mut generated = format!("{MENTEES}\n");
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for k in 0..400 {
            let pick = |r: u64, options: &[&str]| options[r as usize % options.len()].to_string();
            let id = pick(next(4), &[&format!("n{k}"), &format!(" n{k} "), &format!("\"n,{k}\""), &format!("Zoë-{k}")]);
            let native = pick(next(5), &["ar", "fa;uk", "", "\"ar,fa\"", " ti | so "]);
            let langs = pick(next(5), &["fr:A2", "fr:b1 en:6", "", "\"fr:C1,en:B2\"", "es:c2;fr:1"]);
            let (lat, lon) = match next(4) {
                0 => (String::new(), String::new()),
                1 => ("50.63".into(), "3.06".into()),
                2 => (format!("{}.{:05}", 40 + next(10), next(100_000)), format!("-{}.{:05}", next(20), next(100_000))),
                _ => ("-0".into(), " 1e1 ".into()),
            };
            let area = pick(next(4), &["", "Roubaix", "\"Lille, centre\"", "Tourcoing "]);
            let slots = pick(next(5), &["", "mon-am tue-pm", "SAT", "\"fri-eve, sun\"", "wed-Eve;thu-am"]);
            let interests = pick(next(4), &["", "football;cooking", "\"music, art\"", "chess|running"]);
            let goals = pick(next(3), &["", "employment", "language housing"]);
            let expect = pick(next(3), &["", "weekly", "\"online,\"\"six-months\"\"\""]);
            let needs = pick(next(4), &["", "employment;housing", "Language", "\"digital,money\""]);
            let gender = pick(next(5), &["", "female", "M", "other", "\"w\""]);
            let pref = pick(next(3), &["", "female", "x"]);
            let year = pick(next(3), &["", "1990", "2001"]);
            let line = [id, native, langs, lat, lon, area, slots, interests, goals, expect, needs, gender, pref, year];
            generated.push_str(&line.join(","));
            generated.push_str(if next(5) == 0 { "\r\n" } else { "\n" });
            if next(20) == 0 {
                generated.push('\n');
            }
        }
        vec![
            ("plain", b"id,native_languages,needs\nn1,ar,housing\nn2,fa,\n".to_vec()),
            ("bom", b"\xEF\xBB\xBFid,native_languages\nn1,ar\nn2,fa\n".to_vec()),
            ("crlf-no-final-newline", b"id,native_languages,languages\r\nn1,ar,fr:A2\r\nn2,,en:b2".to_vec()),
            (
                "quoted",
                b"id,native_languages,interests,area\n\"n1\",\"ar,fa\",\"football, cooking\",\"Lille, \"\"centre\"\"\"\nn2,,\"\",\" Roubaix \"\n"
                    .to_vec(),
            ),
            ("empty-fields", b"id,native_languages,languages,lat,lon,availability,gender,birth_year\nn1,,,,,,,\nn2,ar,,,,,,\n".to_vec()),
            ("empty-lines", b"id,native_languages\n\nn1,ar\n\r\n\nn2,fa\n\n".to_vec()),
            ("unicode", "id,native_languages,interests\n\u{a0}Zoë\u{2003},ar,cafés;日本\nفاطمة,fa, musique \n".as_bytes().to_vec()),
            ("header-only", b"id,native_languages\n".to_vec()),
            ("generated", generated.into_bytes()),
        ]
    }

    fn mentors_of(mentees: &[u8]) -> Vec<u8> {
        let text = String::from_utf8(mentees.to_vec()).expect("UTF-8");
        let (head, rest) = text.split_once('\n').unwrap_or((&text, ""));
        let head = head.replace("needs", "skills").replace("\r", "");
        let mut out = format!("{head},capacity,active_pairs,eligible\n");
        for (k, line) in rest.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if !line.is_empty() {
                let extra = [",2,0,true", ",,,", ", 3 ,1,No", ",0,0,YES", ",1,,0"][k % 5];
                out.push_str(&format!("{line}{extra}\n"));
            }
        }
        out.into_bytes()
    }

    /// Valid profile files read alike by the fast reader, in any number of
    /// parts, and by the CSV reader record by record: the same profiles,
    /// field for field, coordinates bit for bit.
    #[test]
    fn the_fast_profile_reader_reads_what_the_reference_reads() {
        for (name, content) in profile_files() {
            let f = TempFile::new(&format!("mentees-{name}"), &content);
            let reference = read_mentees_by_record(&f.0).unwrap_or_else(|e| panic!("{name}: {e}"));
            let g = TempFile::new(&format!("mentors-{name}"), &mentors_of(&content));
            let mentors = read_mentors_by_record(&g.0).unwrap_or_else(|e| panic!("{name}, mentors: {e}"));
            for parts in [1, 2, 3, 7] {
                let what = format!("{name}, {parts} parts");
                let fast = fast_profiles::<MenteeProfile>(&f.0, MENTEE_COLUMNS, parts)
                    .unwrap_or_else(|e| panic!("{what}: {e}"));
                assert_eq!(format!("{fast:?}"), format!("{reference:?}"), "{what}");
                assert_eq!(fast, reference, "{what}");
                let fast = fast_profiles::<MentorProfile>(&g.0, MENTOR_COLUMNS, parts)
                    .unwrap_or_else(|e| panic!("{what}, mentors: {e}"));
                assert_eq!(format!("{fast:?}"), format!("{mentors:?}"), "{what}, mentors");
            }
            assert!(!reference.is_empty() || name == "header-only", "{name}");
        }
    }

    /// Read a block at a time, with blocks of any size (lines cut across
    /// blocks, lines longer than a block), the profiles are the reference's.
    #[test]
    fn profiles_read_in_blocks_of_any_size_are_the_reference_profiles() {
        for (name, content) in profile_files() {
            let f = TempFile::new(&format!("blocks-{name}"), &content);
            let reference = read_mentees_by_record(&f.0).unwrap_or_else(|e| panic!("{name}: {e}"));
            let t = Table::open(&f.0).unwrap_or_else(|e| panic!("{name}: {e}"));
            let start = t.reader.position().byte();
            let layout = profile_lines::Layout::new(&t.header).unwrap_or_else(|| panic!("{name}: a known header"));
            for block in [1, 2, 7, 100, 1 << 16] {
                let fast: Vec<MenteeProfile> = profile_lines::read_blocks(&f.0, start, &layout, block)
                    .unwrap_or_else(|_| panic!("{name}, blocks of {block}: given up"));
                assert_eq!(fast, reference, "{name}, blocks of {block}");
            }
        }
    }

    /// Files the fast reader leaves to the reference (a field quoted across
    /// lines, a lone carriage return, a quote inside a field) are read as
    /// the reference reads them.
    #[test]
    fn unusual_profile_files_are_read_by_the_reference() {
        let cases: Vec<(&str, &[u8])> = vec![
            ("multi-line", b"id,native_languages,interests\nn1,ar,\"football\ncooking\"\nn2,fa,\n"),
            ("lone-cr", b"id,native_languages\rn1,ar\rn2,fa\r"),
            ("inner-quote", b"id,native_languages,area\nn1,ar,Saint \"Maur\"\nn2,fa,\"Lille\" centre\n"),
        ];
        for (name, content) in cases {
            let f = TempFile::new(&format!("profile-{name}"), content);
            let reference = read_mentees_by_record(&f.0).unwrap_or_else(|e| panic!("{name}: {e}"));
            let given_up = fast_profiles::<MenteeProfile>(&f.0, MENTEE_COLUMNS, 1);
            assert!(given_up.is_err(), "{name}: the fast reader gives up");
            assert_eq!(read_mentees(&f.0).unwrap_or_else(|e| panic!("{name}: {e}")), reference, "{name}");
        }
    }

    /// Bad profiles get the reference's message, wherever the bad line is.
    #[test]
    fn bad_profiles_get_the_reference_message() {
        let mut long = String::from("id,native_languages,languages,lat,lon,availability,gender,birth_year,needs\n");
        for k in 0..30 {
            long.push_str(&format!("n{k},ar,fr:B1,50.6,3.1,mon-am,female,1990,housing\n"));
        }
        let cases = [
            ("level", "n30,ar,fr:Z9,,,,,,\n", ":32:3: level \"Z9\""),
            ("code", "n30,ar,:B1,,,,,,\n", ":32:3: language \":B1\" has no code"),
            ("pair", "n30,ar,fr,,,,,,\n", ":32:3: language \"fr\" must be code:level"),
            ("slot", "n30,ar,,,,mon-noon,,,\n", ":32:6: availability slot \"mon-noon\""),
            ("lat-alone", "n30,ar,,50,,,,,\n", ":32:4: lat and lon go together"),
            ("lat", "n30,ar,,95,3,,,,\n", ":32:4: coordinates out of range"),
            ("lon-text", "n30,ar,,50,east,,,,\n", ":32:5: lon \"east\" is not a finite number"),
            ("gender", "n30,ar,,,,,femme,,\n", ":32:7: gender \"femme\""),
            ("year", "n30,ar,,,,,,1850,\n", ":32:8: birth_year \"1850\" is not a year"),
            ("need", "n30,ar,,,,,,,cooking\n", ":32:9: needs: \"cooking\""),
            ("empty-id", " ,ar,,,,,,,\n", ":32:1: empty id"),
            ("twice", "n0,ar,,,,,,,\n", ":32:1: id \"n0\" is given twice (first on line 2)"),
            ("short", "n30,ar\n", ":32:1: expected 9 fields, found 2"),
            ("not-utf8", "n30,a\u{fffd},,,,,,,\n", ":32:1: not valid UTF-8"),
        ];
        for (name, tail, expected) in cases {
            let mut content = [long.as_bytes(), tail.as_bytes()].concat();
            if name == "not-utf8" {
                let at = content.len() - 8;
                content.splice(at - 3..at, [0xff]);
            }
            let f = TempFile::new(&format!("profile-{name}"), &content);
            for parts in [1, 2, 3] {
                let given_up = fast_profiles::<MenteeProfile>(&f.0, MENTEE_COLUMNS, parts);
                assert!(given_up.err().is_some_and(|e| e.message == "given up"), "{name}: the fast reader gives up");
            }
            let message = read_mentees(&f.0).err().unwrap_or_else(|| panic!("{name}: an error")).to_string();
            assert!(message.contains(expected), "{name}: {message}");
            assert_eq!(message, read_mentees_by_record(&f.0).err().map(|e| e.to_string()).unwrap_or_default());
        }
        let f = TempFile::new("profile-eligible", b"id,native_languages,eligible\nb1,ar,maybe\n");
        let message = read_mentors(&f.0).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(message.ends_with(":2:3: eligible \"maybe\" must be true or false"), "{message}");
    }

    /// Plain decimals read without `parse` give `parse`'s value, bit for bit.
    #[test]
    fn decimals_are_read_as_parse_reads_them() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let decimals = (x >> 60) as usize % 16;
            let whole = (x >> 20) % 1_000_000_000;
            let frac = x % 10u64.pow(decimals.min(15) as u32).max(1);
            let sign = if x & 1 == 0 { "" } else { "-" };
            let text =
                if decimals == 0 { format!("{sign}{whole}") } else { format!("{sign}{whole}.{frac:0decimals$}") };
            let expected: f64 = text.parse().unwrap();
            assert_eq!(fast::number(text.as_bytes()).map(f64::to_bits), Some(expected.to_bits()), "{text}");
            // In a line, followed by the next one's bytes: read in place up
            // to 15 digits, else left to `parse`.
            let line = format!("{text}\nmentee-1,mentor-2,0.5\n");
            let read = fast::plain_decimal(line.as_bytes()).map(|(v, used)| (v.to_bits(), used));
            let in_place = text.bytes().filter(u8::is_ascii_digit).count() <= 15;
            assert_eq!(read, in_place.then_some((expected.to_bits(), text.len() + 1)), "{text}");
        }
        for text in ["", "-", ".", "-.", "5.", ".5", "+1", "1e3", "inf", "NaN", "1_0", "0x10", "1.2.3", "١٢"]
            .into_iter()
            // Bytes just below '0' and just above '9', among eight read at
            // once; 8 and 16 digits.
            .chain(["12/4", "1:2", "0.1234567/", "1234567:8", "0.12345678", "12345678.1234567", "12345678.12345678"])
        {
            let expected = text.parse::<f64>().ok().map(f64::to_bits);
            assert_eq!(fast::number(text.as_bytes()).map(f64::to_bits), expected, "{text:?}");
        }
    }

    /// Scores in thousandths without the C library's `round` are
    /// `to_fixed`'s, halves of a thousandth and the range's edges included.
    #[test]
    fn thousandths_are_to_fixed_s() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut texts: Vec<String> = Vec::new();
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let sign = if x & 1 == 0 { "" } else { "-" };
            let whole = (x >> 40) % [2, 1000, 1_000_000, 1_000_000_000][(x >> 8) as usize % 4];
            let decimals = 1 + (x >> 60) as usize % 9;
            let frac = (x >> 12) % 10u64.pow(decimals as u32);
            texts.push(format!("{sign}{whole}.{frac:0decimals$}"));
            // A half of a thousandth, which the product rounds either way.
            texts.push(format!("{sign}{whole}.{:03}5", (x >> 16) % 1000));
        }
        for edge in [
            "999999999.9994",
            "999999999.9995",
            "1000000000",
            "1000000000.0004",
            "1000000000.0005",
            "1e12",
            "4503599627.3704965",
        ] {
            texts.push(edge.to_string());
            texts.push(format!("-{edge}"));
        }
        for text in texts {
            let value: f64 = text.parse().unwrap();
            assert_eq!(fast::fixed(value), to_fixed(value), "{text}");
        }
        for value in
            [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, f64::MAX, f64::MIN_POSITIVE, -0.0, 0.4999999999999999e-3]
        {
            assert_eq!(fast::fixed(value), to_fixed(value), "{value}");
        }
        assert_eq!(fast::fixed(0.9995), Some(1000));
    }
}
