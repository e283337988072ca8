//! The fast reader of profile files: the whole file in memory, cut into
//! parts at line starts, one thread each, fields parsed where they lie.
//!
//! It reads what the reference reader (the CSV reader, record by record)
//! reads, to the same profiles, and gives up on anything else: a field
//! quoted across lines, a lone carriage return, a line with another number
//! of fields, text the reference would reject. The reference then reads the
//! file again and its message locates the first error.

use std::collections::HashSet;
use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::Path;

use m4m_matching::{Area, Availability, Gender, LanguageSkill, Level, Location, MenteeProfile, MentorProfile, Profile};

use super::fast::{Fx, read_full};

/// Files below this size are read in one part (a thread costs more than
/// parsing a few thousand lines).
pub const SPLIT_BYTES: u64 = 256 << 10;

/// Why the fast reader gives the file to the reference reader.
#[derive(Debug)]
pub struct Unusual;

/// What a column of a profile file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Id,
    NativeLanguages,
    Languages,
    Lat,
    Lon,
    Area,
    Availability,
    Interests,
    Goals,
    Expectations,
    Gender,
    GenderPreference,
    BirthYear,
    Needs,
    Skills,
    Capacity,
    ActivePairs,
    Eligible,
}

impl Column {
    const ALL: [Column; 18] = [
        Column::Id,
        Column::NativeLanguages,
        Column::Languages,
        Column::Lat,
        Column::Lon,
        Column::Area,
        Column::Availability,
        Column::Interests,
        Column::Goals,
        Column::Expectations,
        Column::Gender,
        Column::GenderPreference,
        Column::BirthYear,
        Column::Needs,
        Column::Skills,
        Column::Capacity,
        Column::ActivePairs,
        Column::Eligible,
    ];

    /// The header name, as the reference reader knows it.
    fn name(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::NativeLanguages => "native_languages",
            Column::Languages => "languages",
            Column::Lat => "lat",
            Column::Lon => "lon",
            Column::Area => "area",
            Column::Availability => "availability",
            Column::Interests => "interests",
            Column::Goals => "goals",
            Column::Expectations => "expectations",
            Column::Gender => "gender",
            Column::GenderPreference => "gender_preference",
            Column::BirthYear => "birth_year",
            Column::Needs => "needs",
            Column::Skills => "skills",
            Column::Capacity => "capacity",
            Column::ActivePairs => "active_pairs",
            Column::Eligible => "eligible",
        }
    }
}

/// Where each column is among a line's fields.
pub struct Layout {
    fields: usize,
    place: [Option<usize>; Column::ALL.len()],
}

impl Layout {
    /// The layout of a header the reference has checked (known columns,
    /// each once); `None` for a name it does not know.
    pub fn new(header: &[String]) -> Option<Self> {
        let mut place = [None; Column::ALL.len()];
        for (k, name) in header.iter().enumerate() {
            let c = Column::ALL.iter().position(|c| c.name() == name)?;
            place[c] = Some(k);
        }
        Some(Layout { fields: header.len(), place })
    }
}

/// One data line's fields, each trimmed as the CSV reader trims them.
pub struct Row<'a> {
    text: &'a str,
    ranges: &'a [(usize, usize)],
    layout: &'a Layout,
}

impl<'a> Row<'a> {
    /// A column's text; empty when the file has no such column.
    fn get(&self, c: Column) -> &'a str {
        match self.layout.place[c as usize] {
            Some(k) => {
                let (a, b) = self.ranges[k];
                trim(&self.text[a..b])
            }
            None => "",
        }
    }

    /// A list's tags in a vector of their number: a collected vector would
    /// start at four, memory that each profile keeps.
    fn tags(&self, c: Column) -> Vec<String> {
        let text = self.get(c);
        let mut tags = Vec::with_capacity(super::list(text).count());
        tags.extend(super::list(text).map(str::to_string));
        tags
    }

    fn areas(&self, c: Column) -> Result<Vec<Area>, Unusual> {
        let text = self.get(c);
        let mut areas = Vec::with_capacity(super::list(text).count());
        for t in super::list(text) {
            areas.push(area(t)?);
        }
        Ok(areas)
    }

    fn whole(&self, c: Column, default: u32) -> Result<u32, Unusual> {
        match self.get(c) {
            "" => Ok(default),
            text => text.parse().map_err(|_| Unusual),
        }
    }

    fn number(&self, c: Column) -> Result<Option<f64>, Unusual> {
        match self.get(c) {
            "" => Ok(None),
            text => match super::fast::number(text.as_bytes()) {
                Some(v) if v.is_finite() => Ok(Some(v)),
                _ => Err(Unusual),
            },
        }
    }

    fn gender(&self, c: Column) -> Result<Option<Gender>, Unusual> {
        match self.get(c) {
            "" => Ok(None),
            text => gender(text).map(Some),
        }
    }

    /// The shared fields, as `ProfileColumns::profile` reads them.
    fn profile(&self) -> Result<Profile, Unusual> {
        let id = self.get(Column::Id);
        if id.is_empty() {
            return Err(Unusual);
        }
        let langs = self.get(Column::Languages);
        let mut languages = Vec::with_capacity(super::list(langs).count());
        for tok in super::list(langs) {
            // The code ends at the first colon, an ASCII byte.
            let colon = memchr::memchr(b':', tok.as_bytes()).ok_or(Unusual)?;
            let (code, level) = (&tok[..colon], &tok[colon + 1..]);
            let level = self::level(level)?;
            if code.is_empty() {
                return Err(Unusual);
            }
            languages.push(LanguageSkill { language: code.to_string(), level });
        }
        let coordinates = match (self.number(Column::Lat)?, self.number(Column::Lon)?) {
            (Some(lat), Some(lon)) if lat.abs() <= 90.0 && lon.abs() <= 180.0 => Some((lat, lon)),
            (None, None) => None,
            _ => return Err(Unusual),
        };
        let availability = availability(self.get(Column::Availability))?;
        let gender = self.gender(Column::Gender)?;
        let gender_preference = self.gender(Column::GenderPreference)?;
        let birth_year = match self.get(Column::BirthYear) {
            "" => None,
            year => Some(year.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y)).ok_or(Unusual)?),
        };
        let area = self.get(Column::Area);
        Ok(Profile {
            id: id.to_string(),
            native_languages: self.tags(Column::NativeLanguages),
            languages,
            location: Location { coordinates, area: (!area.is_empty()).then(|| area.to_string()) },
            availability,
            interests: self.tags(Column::Interests),
            goals: self.tags(Column::Goals),
            expectations: self.tags(Column::Expectations),
            gender,
            gender_preference,
            birth_year,
        })
    }
}

/// A level as `Level::from_str` reads it, `A1` … `C2` compared as bytes
/// first.
fn level(text: &str) -> Result<Level, Unusual> {
    match *text.as_bytes() {
        [letter @ b'A'..=b'C', digit @ b'1'..=b'2'] => Level::from_rank((letter - b'A') * 2 + (digit - b'0')),
        _ => text.parse().ok(),
    }
    .ok_or(Unusual)
}

/// An area as `Area::from_str` reads it, its name as written compared
/// first (without trimming or folding case).
fn area(text: &str) -> Result<Area, Unusual> {
    match Area::ALL.iter().find(|a| a.as_str() == text) {
        Some(&a) => Ok(a),
        None => text.parse().map_err(|()| Unusual),
    }
}

/// A gender as `Gender::from_str` reads it, its name as written compared
/// first.
fn gender(text: &str) -> Result<Gender, Unusual> {
    match [Gender::Female, Gender::Male, Gender::Other].into_iter().find(|g| g.as_str() == text) {
        Some(g) => Ok(g),
        None => text.parse().map_err(|()| Unusual),
    }
}

/// Availability as `Availability::from_str` reads it. Slots written as
/// the names are (`mon-am`, `sat-eve`) are looked up as bytes; a field
/// with anything else (a day alone, capitals, an error) is parsed whole by
/// `from_str`.
fn availability(text: &str) -> Result<Availability, Unusual> {
    let mut slots = Availability::default();
    for tok in text.as_bytes().split(|b| matches!(b, b' ' | b',' | b';')) {
        if tok.is_empty() {
            continue;
        }
        let slot = match tok {
            [d0, d1, d2, b'-', part @ ..] => Availability::DAYS
                .iter()
                .position(|d| d.as_bytes() == [*d0, *d1, *d2])
                .zip(Availability::PARTS.iter().position(|p| p.as_bytes() == part)),
            _ => None,
        };
        match slot {
            Some((day, part)) => slots = slots.with(day, part),
            None => return text.parse().map_err(|_| Unusual),
        }
    }
    Ok(slots)
}

/// `str::trim`, as the CSV reader trims a field, without decoding
/// characters when the field's edges are ASCII: only a vertical tab among
/// them is Unicode white space that `trim_ascii` keeps.
fn trim(field: &str) -> &str {
    let t = field.trim_ascii();
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(&a), Some(&b)) if !a.is_ascii() || !b.is_ascii() || a == 0x0b || b == 0x0b => t.trim(),
        _ => t,
    }
}

/// A side's profile from a line.
pub trait FromRow: Sized + Send {
    fn id(&self) -> &str;
    fn from_row(row: &Row<'_>) -> Result<Self, Unusual>;
}

impl FromRow for MenteeProfile {
    fn id(&self) -> &str {
        &self.profile.id
    }

    fn from_row(row: &Row<'_>) -> Result<Self, Unusual> {
        Ok(MenteeProfile { profile: row.profile()?, needs: row.areas(Column::Needs)? })
    }
}

impl FromRow for MentorProfile {
    fn id(&self) -> &str {
        &self.profile.id
    }

    fn from_row(row: &Row<'_>) -> Result<Self, Unusual> {
        let profile = row.profile()?;
        let skills = row.areas(Column::Skills)?;
        let capacity = row.whole(Column::Capacity, 1)?;
        let active_pairs = row.whole(Column::ActivePairs, 0)?;
        let el = row.get(Column::Eligible);
        let eligible = if el.is_empty() || ["true", "yes", "1"].iter().any(|t| t.eq_ignore_ascii_case(el)) {
            true
        } else if ["false", "no", "0"].iter().any(|t| t.eq_ignore_ascii_case(el)) {
            false
        } else {
            return Err(Unusual);
        };
        Ok(MentorProfile { profile, skills, capacity, active_pairs, eligible })
    }
}

/// Reads the profiles of `path` from byte `start` (just after the header)
/// in `parts` parts. `None`: see [`Unusual`].
pub fn read<P: FromRow>(path: &Path, start: u64, layout: &Layout, parts: Option<usize>) -> Option<Vec<P>> {
    let len = std::fs::metadata(path).ok()?.len().saturating_sub(start);
    // `m4m match` reads its two profile files at once: each takes half the
    // cores (on two, a part each; more would be threads waiting for a core,
    // and their profiles copied once more to join them).
    let parts = parts.unwrap_or_else(|| {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        if len >= SPLIT_BYTES { (cores / 2).max(1) } else { 1 }
    });
    let profiles: Vec<P> = if parts <= 1 {
        read_blocks(path, start, layout, BLOCK).ok()?
    } else {
        read_parts(path, start, layout, parts)?
    };
    // An id given twice: the reference names both lines.
    let mut seen: HashSet<&str, Fx> = HashSet::with_capacity_and_hasher(profiles.len(), Fx::default());
    if !profiles.iter().all(|p| seen.insert(p.id())) {
        return None;
    }
    drop(seen);
    Some(profiles)
}

/// Bytes read at a time by [`read_blocks`].
const BLOCK: usize = 64 << 10;

/// Reads the lines of `path` from byte `start` a block at a time into one
/// buffer used again and again: the whole file read at once would be as
/// much memory never touched before, a page fault every 4 KiB. The file
/// is read twice (the second time from the system's cache), first to count
/// its lines, so that the profiles' vector is allocated once, at its size.
pub fn read_blocks<P: FromRow>(path: &Path, start: u64, layout: &Layout, block: usize) -> Result<Vec<P>, Unusual> {
    let mut file = File::open(path).map_err(|_| Unusual)?;
    let mut buf = vec![0; block.max(1)];
    file.seek(SeekFrom::Start(start)).map_err(|_| Unusual)?;
    let mut lines = 1;
    loop {
        let n = read_full(&mut file, &mut buf).map_err(|_| Unusual)?;
        lines += memchr::memchr_iter(b'\n', &buf[..n]).count();
        if n < buf.len() {
            break;
        }
    }
    file.seek(SeekFrom::Start(start)).map_err(|_| Unusual)?;
    let mut out = Vec::with_capacity(lines);
    // The bytes of a line begun in the previous block, at the buffer's start.
    let mut held = 0;
    loop {
        if held == buf.len() {
            buf.resize(2 * buf.len(), 0);
        }
        let end = held + read_full(&mut file, &mut buf[held..]).map_err(|_| Unusual)?;
        let last = end < buf.len();
        let cut = match memchr::memrchr(b'\n', &buf[held..end]) {
            _ if last => end,
            Some(nl) => held + nl + 1,
            None => {
                held = end;
                continue;
            }
        };
        // Cut after a newline: whole characters if the file is UTF-8.
        let text = std::str::from_utf8(&buf[..cut]).map_err(|_| Unusual)?;
        read_lines(text, layout, &mut out)?;
        if last {
            return Ok(out);
        }
        buf.copy_within(cut..end, 0);
        held = end - cut;
    }
}

/// Reads the whole file, then its parts on a thread each.
fn read_parts<P: FromRow>(path: &Path, start: u64, layout: &Layout, parts: usize) -> Option<Vec<P>> {
    let bytes = std::fs::read(path).ok()?;
    let data = bytes.get(usize::try_from(start).ok()?..)?;
    // Parts are cut after a newline, so each is valid UTF-8 if the whole is.
    let text = std::str::from_utf8(data).ok()?;
    let bounds = boundaries(text.as_bytes(), parts);
    let read_part = |part: &str| {
        let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', part.as_bytes()).count() + 1);
        read_lines(part, layout, &mut out).map(|()| out)
    };
    let results: Vec<Result<Vec<P>, Unusual>> = std::thread::scope(|s| {
        let handles: Vec<_> = bounds.windows(2).map(|w| s.spawn(move || read_part(&text[w[0]..w[1]]))).collect();
        handles.into_iter().map(|h| h.join().unwrap_or(Err(Unusual))).collect()
    });
    let results = results.into_iter().collect::<Result<Vec<_>, _>>().ok()?;
    // Joined into a vector of their number: each profile copied once.
    let mut all = Vec::with_capacity(results.iter().map(Vec::len).sum());
    for part in results {
        all.extend(part);
    }
    Some(all)
}

/// Where each part starts, then the end: 0, the line start at or after each
/// `k × len / parts`, `len`.
pub fn boundaries(bytes: &[u8], parts: usize) -> Vec<usize> {
    let len = bytes.len();
    let mut out = vec![0];
    for k in 1..parts.max(1) {
        let from = (len * k / parts).max(*out.last().unwrap_or(&0));
        // A part starts just after a newline, so that the line at `from`
        // stays whole when `from` is a line start already.
        let cut = match memchr::memchr(b'\n', &bytes[from.saturating_sub(1)..]) {
            Some(nl) => from.saturating_sub(1) + nl + 1,
            None => len,
        };
        if cut > *out.last().unwrap_or(&0) && cut < len {
            out.push(cut);
        }
    }
    out.push(len);
    out
}

/// Reads whole lines (the last may lack its newline) on to `out`.
fn read_lines<P: FromRow>(text: &str, layout: &Layout, out: &mut Vec<P>) -> Result<(), Unusual> {
    let bytes = text.as_bytes();
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(layout.fields);
    let mut unquoted = String::new();
    let mut from = 0;
    for end in memchr::memchr_iter(b'\n', bytes).chain(std::iter::once(bytes.len())) {
        let line = &text[from..end];
        from = end + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        // The CSV reader skips empty lines.
        if line.is_empty() {
            continue;
        }
        let special = memchr::memchr2(b'"', b'\r', line.as_bytes()).is_some();
        // The CSV reader ends a record at a lone carriage return.
        if special && line.contains('\r') {
            return Err(Unusual);
        }
        let row_text = if special {
            split_quoted(line, &mut unquoted, &mut ranges)?;
            unquoted.as_str()
        } else {
            split_commas(line.as_bytes(), &mut ranges);
            line
        };
        if ranges.len() != layout.fields {
            return Err(Unusual);
        }
        out.push(P::from_row(&Row { text: row_text, ranges: &ranges, layout })?);
    }
    Ok(())
}

/// The fields of a line without quotes, between its commas. Eight bytes
/// are looked at a time and each comma among them taken in a step: fields
/// are a few bytes, and a search per comma costs more than it skips
/// (about 700 instructions a profile line with `memchr`, 1,350 a byte at
/// a time, 560 this way; callgrind).
fn split_commas(line: &[u8], ranges: &mut Vec<(usize, usize)>) {
    ranges.clear();
    let mut field = 0;
    let mut k = 0;
    while let Some(word) = line[k..].first_chunk::<8>() {
        let mut commas = bytes_equal(u64::from_le_bytes(*word), b',');
        while commas != 0 {
            let comma = k + (commas.trailing_zeros() / 8) as usize;
            ranges.push((field, comma));
            field = comma + 1;
            commas &= commas - 1;
        }
        k += 8;
    }
    for (comma, _) in line.iter().enumerate().skip(k).filter(|&(_, &b)| b == b',') {
        ranges.push((field, comma));
        field = comma + 1;
    }
    ranges.push((field, line.len()));
}

/// The top bit of each byte of `word` equal to `byte`, and only those: each
/// byte's own bits are tested, nothing borrowed or carried across bytes.
fn bytes_equal(word: u64, byte: u8) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let x = word ^ (u64::from(byte) * 0x0101_0101_0101_0101);
    // A byte's top bit: set once its low seven bits added to 0x7f carry
    // into it, or when it was set; clear, after the negation, for zero only.
    !((x & LOW7).wrapping_add(LOW7) | x | LOW7)
}

/// The fields of a line with quotes, unquoted into `out`: a field that
/// starts with a quote ends at the quote before a comma or the line's end,
/// `""` inside standing for one quote. Anything else with a quote (a quote
/// inside an unquoted field, text after the closing quote, a field left
/// open at the line's end, which goes on to the next line) is left to the
/// reference.
fn split_quoted(line: &str, out: &mut String, ranges: &mut Vec<(usize, usize)>) -> Result<(), Unusual> {
    out.clear();
    ranges.clear();
    let bytes = line.as_bytes();
    let mut k = 0;
    loop {
        let start = out.len();
        let end = if bytes.get(k) == Some(&b'"') {
            k += 1;
            loop {
                let q = k + memchr::memchr(b'"', &bytes[k..]).ok_or(Unusual)?;
                out.push_str(&line[k..q]);
                if bytes.get(q + 1) == Some(&b'"') {
                    out.push('"');
                    k = q + 2;
                } else {
                    k = q + 1;
                    break;
                }
            }
            if k < bytes.len() && bytes[k] != b',' {
                return Err(Unusual);
            }
            k
        } else {
            let end = memchr::memchr(b',', &bytes[k..]).map_or(bytes.len(), |c| k + c);
            let field = &line[k..end];
            if field.contains('"') {
                return Err(Unusual);
            }
            out.push_str(field);
            end
        };
        ranges.push((start, out.len()));
        if end >= bytes.len() {
            return Ok(());
        }
        k = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_trimmed_as_str_trim_trims_them() {
        for field in
            ["", " ", "a", " a b ", "\t\x0bx\x0b", "\x0b", "\u{a0}Zoë\u{2003}", " \u{2003}", "é ", "\x0c\r\n a\x1f"]
        {
            assert_eq!(trim(field), field.trim(), "{field:?}");
        }
    }

    /// Names compared as bytes first give what `from_str` gives, and what
    /// they do not match is left to it.
    #[test]
    fn names_are_read_as_from_str_reads_them() {
        for text in ["A1", "B2", "C2", "c1", "A3", "D1", "A0", "4", "7", " B1", "", "A", "Ä1"] {
            assert_eq!(level(text).ok(), text.parse::<Level>().ok(), "{text:?}");
        }
        for text in ["housing", "Housing", "wellbeing", " money", "cooking", ""] {
            assert_eq!(area(text).ok(), text.parse::<Area>().ok(), "{text:?}");
        }
        for text in ["female", "male", "other", "F", "Woman", "x", "femme", ""] {
            assert_eq!(gender(text).ok(), text.parse::<Gender>().ok(), "{text:?}");
        }
        for text in [
            "",
            "mon-am",
            "mon-am tue-pm,wed-eve;sun-am",
            "mon-am  ;,fri-eve ",
            "sat",
            "mon-am sat",
            "MON-AM sat-Eve",
            "mon-noon",
            "mon-",
            "sat-eve-am",
            "mön-am",
            "mon-am|tue-pm",
            "thu-pm,thu-pm",
        ] {
            assert_eq!(availability(text).ok(), text.parse::<Availability>().ok(), "{text:?}");
        }
    }

    /// Commas found eight bytes at a time are the commas, wherever they lie
    /// (in a word or in the last bytes) and whatever bytes surround them.
    #[test]
    fn fields_are_split_at_every_comma() {
        let naive = |line: &[u8]| {
            let mut out = Vec::new();
            let mut field = 0;
            for (k, &b) in line.iter().enumerate() {
                if b == b',' {
                    out.push((field, k));
                    field = k + 1;
                }
            }
            out.push((field, line.len()));
            out
        };
        let mut lines: Vec<Vec<u8>> =
            ["", ",", "a", "a,b", ",,,,,,,,,", "1234567,9", "12345678,", "b0,ar,fr:C1 en:C1,50.49470,2.95221"]
                .iter()
                .map(|l| l.as_bytes().to_vec())
                .collect();
        // Bytes around a comma's: 0x2b, 0x2d, 0xac (the comma with its top
        // bit), 0x00, 0xff, in every position of two words.
        for k in 0..17 {
            for other in [0x2b, 0x2d, 0xac, 0x00, 0xff, b','] {
                let mut line = vec![other; 17];
                line[k] = b',';
                lines.push(line);
            }
        }
        let mut ranges = Vec::new();
        for line in lines {
            split_commas(&line, &mut ranges);
            assert_eq!(ranges, naive(&line), "{line:?}");
        }
    }

    /// Lists split as bytes as `str::split` splits them on the four
    /// separators, empty pieces dropped.
    #[test]
    fn lists_split_as_str_split_splits_them() {
        for text in ["", "a", ",", "a;b c|d,e", ";;a  b||", "café;日本 ,x", " ar ", "é|", "a,b,"] {
            let expected: Vec<&str> = text.split([',', ';', ' ', '|']).filter(|s| !s.is_empty()).collect();
            assert_eq!(super::super::list(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }
}
