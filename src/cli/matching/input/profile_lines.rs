//! The fast reader of profile files: the whole file in memory, cut into
//! parts at line starts, one thread each, fields parsed where they lie.
//!
//! It reads what the reference reader (the CSV reader, record by record)
//! reads, to the same profiles, and gives up on anything else: a field
//! quoted across lines, a lone carriage return, a line with another number
//! of fields, text the reference would reject. The reference then reads the
//! file again and its message locates the first error.

use std::collections::HashSet;
use std::path::Path;

use m4m_matching::{Area, Availability, Gender, LanguageSkill, Level, Location, MenteeProfile, MentorProfile, Profile};

use super::fast::Fx;

/// Files below this size are read in one part (a thread costs more than
/// parsing a few thousand lines).
pub const SPLIT_BYTES: usize = 256 << 10;

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

    fn tags(&self, c: Column) -> Vec<String> {
        super::list(self.get(c)).map(str::to_string).collect()
    }

    fn areas(&self, c: Column) -> Result<Vec<Area>, Unusual> {
        super::list(self.get(c)).map(|t| t.parse().map_err(|()| Unusual)).collect()
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
            text => match text.parse::<f64>() {
                Ok(v) if v.is_finite() => Ok(Some(v)),
                _ => Err(Unusual),
            },
        }
    }

    fn gender(&self, c: Column) -> Result<Option<Gender>, Unusual> {
        match self.get(c) {
            "" => Ok(None),
            text => text.parse().map(Some).map_err(|()| Unusual),
        }
    }

    /// The shared fields, as `ProfileColumns::profile` reads them.
    fn profile(&self) -> Result<Profile, Unusual> {
        let id = self.get(Column::Id);
        if id.is_empty() {
            return Err(Unusual);
        }
        let mut languages = Vec::new();
        for tok in super::list(self.get(Column::Languages)) {
            let (code, level) = tok.split_once(':').ok_or(Unusual)?;
            let level: Level = level.parse().map_err(|()| Unusual)?;
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
        let availability: Availability = self.get(Column::Availability).parse().map_err(|_| Unusual)?;
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
    let bytes = std::fs::read(path).ok()?;
    let data = bytes.get(usize::try_from(start).ok()?..)?;
    // Parts are cut after a newline, so each is valid UTF-8 if the whole is.
    let text = std::str::from_utf8(data).ok()?;
    let parts = parts.unwrap_or_else(|| {
        if text.len() >= SPLIT_BYTES { std::thread::available_parallelism().map_or(1, usize::from) } else { 1 }
    });
    let bounds = boundaries(text.as_bytes(), parts);
    let results: Vec<Result<Vec<P>, Unusual>> = if bounds.len() == 2 {
        vec![read_lines(text, layout)]
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> =
                bounds.windows(2).map(|w| s.spawn(move || read_lines(&text[w[0]..w[1]], layout))).collect();
            handles.into_iter().map(|h| h.join().unwrap_or(Err(Unusual))).collect()
        })
    };
    let mut profiles: Vec<P> = Vec::new();
    for part in results {
        let part = part.ok()?;
        if profiles.is_empty() {
            profiles = part;
        } else {
            profiles.extend(part);
        }
    }
    // An id given twice: the reference names both lines.
    let mut seen: HashSet<&str, Fx> = HashSet::with_capacity_and_hasher(profiles.len(), Fx::default());
    if !profiles.iter().all(|p| seen.insert(p.id())) {
        return None;
    }
    drop(seen);
    Some(profiles)
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

/// Reads whole lines (the last may lack its newline).
fn read_lines<P: FromRow>(text: &str, layout: &Layout) -> Result<Vec<P>, Unusual> {
    let bytes = text.as_bytes();
    // About a hundred bytes a profile line: the count is a guess, not a
    // bound.
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
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
            ranges.clear();
            let mut a = 0;
            for comma in memchr::memchr_iter(b',', line.as_bytes()) {
                ranges.push((a, comma));
                a = comma + 1;
            }
            ranges.push((a, line.len()));
            line
        };
        if ranges.len() != layout.fields {
            return Err(Unusual);
        }
        out.push(P::from_row(&Row { text: row_text, ranges: &ranges, layout })?);
    }
    Ok(out)
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
}
