//! Reading the spreadsheets coordinators have: the bytes of a CSV file
//! turned into UTF-8 text, its separator, its dates and its cells; and a
//! workbook (`.xlsx`) turned into the same text ([`workbook_text`]).
//!
//! Decisions:
//! - A workbook is known by its content (a zip: `PK\x03\x04`), not its
//!   name. Its first sheet is read cell by cell (calamine's streaming
//!   reader), from its first non-empty row, which holds the headings, and
//!   written out as CSV (UTF-8, `,`, every cell quoted), so that the
//!   mapping, the preview and the commit read it as they read any CSV.
//!   A date cell becomes `yyyy-mm-dd` (with `hh:mm` when it has a time), a
//!   number is written without a trailing `.0`, a formula cell gives the
//!   value it shows (its cached result: the formula itself is never kept
//!   or run), and a text cell that starts like a formula is flagged by
//!   [`cell_problem`] as in a CSV file. A sheet past the row or column
//!   limit stops being read there; a workbook whose parts declare more than
//!   [`WORKBOOK_UNPACKED_MAX`] bytes unpacked is refused before they are
//!   unpacked. `.xls` and `.ods` are not read: saved as `.xlsx` or CSV.
//! - UTF-8 (with or without a byte-order mark) is taken as it is; UTF-16
//!   with a byte-order mark (Excel's "Unicode text") is decoded; anything
//!   else is guessed by `chardetng` among the single-byte encodings of the
//!   partner countries, Windows-1252 (a superset of ISO-8859-1) when the
//!   guess is another one. The guess is shown in the preview, where the
//!   coordinator can read the file again in another encoding: the text is
//!   encoded back to the bytes it came from and decoded anew.
//! - Text holding control characters (other than tab and line ends) is
//!   not a spreadsheet: binary files, and bytes that are neither UTF-8 nor
//!   Windows-1252 (its five unassigned bytes decode to controls).
//! - The separator (`,`, `;` or tab) is the one that splits the first
//!   fifty records into the same number of columns, two at least.
//! - Dates are `yyyy-mm-dd`, or `dd/mm/yyyy` (also with `.` or `-`) where
//!   the organisation's country writes them so; elsewhere a slashed date is
//!   read only when one of its parts is above 12, and flagged otherwise.

use encoding_rs::Encoding;

/// The encodings a file can be read in, as offered in the preview:
/// Unicode, Western Europe (French, Italian, Portuguese, German), Central
/// Europe (Romanian), Greek, Cyrillic (Ukrainian), Arabic.
pub const ENCODINGS: [&Encoding; 6] = [
    encoding_rs::UTF_8,
    encoding_rs::WINDOWS_1252,
    encoding_rs::WINDOWS_1250,
    encoding_rs::WINDOWS_1253,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1256,
];

/// Finds one of [`ENCODINGS`] by its name.
pub fn encoding(name: &str) -> Option<&'static Encoding> {
    ENCODINGS.into_iter().find(|e| e.name().eq_ignore_ascii_case(name))
}

/// Why uploaded bytes are not a spreadsheet's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undecodable {
    /// Nothing but blanks.
    Empty,
    /// An older Excel workbook (`.xls`): to be saved as `.xlsx` or CSV.
    Workbook,
    /// Not text in any encoding offered (a binary file, or stray bytes).
    NotText,
}

/// Text read from a file, with the encoding it was read in.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Reads a file's bytes as text: `forced` when given, otherwise by the
/// rules in the module's comment; `country` (ISO code) helps the guess.
pub fn decode(bytes: &[u8], country: &str, forced: Option<&'static Encoding>) -> Result<Decoded, Undecodable> {
    if is_workbook(bytes) || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(Undecodable::Workbook);
    }
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((e, len)) if forced.is_none() || e == encoding_rs::UTF_8 => (e, &bytes[len..]),
        _ => {
            let e = forced.unwrap_or_else(|| {
                if std::str::from_utf8(bytes).is_ok() {
                    return encoding_rs::UTF_8;
                }
                let mut detector = chardetng::EncodingDetector::new();
                detector.feed(bytes, true);
                let tld = country.to_ascii_lowercase();
                let guess = detector.guess(Some(tld.as_bytes()).filter(|t| !t.is_empty()), false);
                if ENCODINGS.contains(&guess) { guess } else { encoding_rs::WINDOWS_1252 }
            });
            (e, bytes)
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    if had_errors || text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n')) {
        return Err(Undecodable::NotText);
    }
    if text.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}').is_empty() {
        return Err(Undecodable::Empty);
    }
    // UTF-16 is shown and re-read as UTF-8: the text is the same.
    let encoding = if ENCODINGS.contains(&encoding) { encoding } else { encoding_rs::UTF_8 };
    Ok(Decoded { text: text.into_owned(), encoding })
}

/// Whether uploaded bytes are a zip, as an `.xlsx` workbook is.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The most a workbook's parts may hold unpacked: a sheet of 20,000
/// people takes a few megabytes of XML; more is a file built to fill the
/// server's memory.
pub const WORKBOOK_UNPACKED_MAX: u64 = 64 * 1024 * 1024;

/// Why a workbook cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookProblem {
    /// Not an `.xlsx` workbook (another zip, an `.ods`), damaged, or
    /// protected by a password.
    Unreadable,
    /// Its parts would unpack past [`WORKBOOK_UNPACKED_MAX`].
    TooLarge,
    /// No cell with a value in its first sheet.
    Empty,
    TooManyRows,
    TooManyColumns,
}

/// A cell of a workbook as the CSV text of the same cell.
fn cell_text(value: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef;
    let number = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { v.to_string() }
    };
    match value {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(v) => number(*v),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, _, _) = d.to_ymd_hms_milli();
            if (h, min) == (0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}")
            }
        }
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
        DataRef::Empty => String::new(),
    }
}

/// Reads the first sheet of an `.xlsx` workbook as CSV text (see the
/// module's comment): a heading row and at most `max_rows` rows of at
/// most `max_columns` columns.
pub fn workbook_text(bytes: &[u8], max_rows: usize, max_columns: usize) -> Result<String, WorkbookProblem> {
    use calamine::Reader;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| WorkbookProblem::Unreadable)?;
    let mut unpacked = 0u64;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|_| WorkbookProblem::Unreadable)?;
        unpacked = unpacked.saturating_add(part.size());
    }
    if unpacked > WORKBOOK_UNPACKED_MAX {
        return Err(WorkbookProblem::TooLarge);
    }
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(std::io::Cursor::new(bytes)).map_err(|_| WorkbookProblem::Unreadable)?;
    let first = book.sheet_names().into_iter().next().ok_or(WorkbookProblem::Empty)?;
    let mut cells = book.worksheet_cells_reader(&first).map_err(|_| WorkbookProblem::Unreadable)?;
    // Rows by their number in the sheet, each its cells by column.
    let mut rows: Vec<(u32, Vec<String>)> = Vec::new();
    while let Some(cell) = cells.next_cell().map_err(|_| WorkbookProblem::Unreadable)? {
        let text = cell_text(cell.get_value());
        if text.trim().is_empty() {
            continue;
        }
        let (row, col) = cell.get_position();
        let col = col as usize;
        if col >= max_columns {
            return Err(WorkbookProblem::TooManyColumns);
        }
        if rows.last().is_none_or(|(r, _)| *r != row) {
            // The heading row, then `max_rows` rows.
            if rows.len() > max_rows {
                return Err(WorkbookProblem::TooManyRows);
            }
            rows.push((row, Vec::new()));
        }
        let Some((_, line)) = rows.last_mut() else { continue };
        if line.len() <= col {
            line.resize(col + 1, String::new());
        }
        line[col] = text;
    }
    if rows.is_empty() {
        return Err(WorkbookProblem::Empty);
    }
    // A table that starts further right (in column B, C…) starts the text.
    let first = rows.iter().filter_map(|(_, l)| l.iter().position(|c| !c.is_empty())).min().unwrap_or(0);
    let mut out = Vec::new();
    let mut w = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Always).flexible(true).from_writer(&mut out);
    for (_, line) in &rows {
        w.write_record(&line[first.min(line.len())..]).map_err(|_| WorkbookProblem::Unreadable)?;
    }
    w.flush().map_err(|_| WorkbookProblem::Unreadable)?;
    drop(w);
    String::from_utf8(out).map_err(|_| WorkbookProblem::Unreadable)
}

/// Reads text decoded as `from` again as `to`: the bytes it came from,
/// decoded anew. `None` when the text cannot have come from `from`.
pub fn reread(text: &str, from: &'static Encoding, to: &'static Encoding, country: &str) -> Option<Decoded> {
    let (bytes, _, had_errors) = from.encode(text);
    if had_errors {
        return None;
    }
    decode(&bytes, country, Some(to)).ok()
}

/// The separator of the file's columns: of `,`, `;` and tab, the one that
/// splits the most of the first records into as many columns as the first
/// (two at least), then the one giving the most columns; `,` otherwise.
pub fn delimiter(text: &str) -> u8 {
    let mut best = (b',', 0, 0);
    for d in [b',', b';', b'\t'] {
        let mut r =
            csv::ReaderBuilder::new().delimiter(d).flexible(true).has_headers(false).from_reader(text.as_bytes());
        let counts: Vec<usize> = r
            .records()
            .map_while(Result::ok)
            .filter(|rec| rec.iter().any(|c| !c.trim().is_empty()))
            .take(50)
            .map(|rec| rec.len())
            .collect();
        let Some(&first) = counts.first() else { continue };
        if first < 2 {
            continue;
        }
        let same = counts.iter().filter(|n| **n == first).count();
        if (same, first) > (best.1, best.2) {
            best = (d, same, first);
        }
    }
    best.0
}

/// Countries that write dates day first with slashes (`dd/mm/yyyy`).
const DAY_FIRST: [&str; 6] = ["FR", "GR", "EL", "IT", "PT", "RO"];

/// Why a date cell was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// `03/04/2026` where the country's order is not known: flagged, not
    /// guessed.
    Ambiguous,
}

/// A date cell as `yyyy-mm-dd` (the domain checks it is a real date);
/// other forms are passed on as they are, for the domain to refuse.
pub fn date(cell: &str, country: &str) -> Result<String, DateProblem> {
    let parts: Vec<&str> = cell.trim().split(['/', '.', '-']).collect();
    let [a, b, y] = parts.as_slice() else { return Ok(cell.to_owned()) };
    let numeric =
        |s: &str, len: std::ops::RangeInclusive<usize>| len.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !(numeric(a, 1..=2) && numeric(b, 1..=2) && numeric(y, 4..=4)) {
        return Ok(cell.to_owned());
    }
    let (an, bn): (u32, u32) = (a.parse().unwrap_or(0), b.parse().unwrap_or(0));
    let day_first = if DAY_FIRST.contains(&country.to_ascii_uppercase().as_str()) || an > 12 {
        true
    } else if bn > 12 || an == bn {
        false
    } else {
        return Err(DateProblem::Ambiguous);
    };
    let (d, m) = if day_first { (an, bn) } else { (bn, an) };
    Ok(format!("{y}-{m:02}-{d:02}"))
}

/// Why a cell is refused whatever its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellProblem {
    /// `=…`, `@…`, `+cmd`, `-cmd`: a formula, which a spreadsheet would run
    /// when the list is opened again.
    Formula,
    /// A byte-order mark inside the file: files joined end to end.
    ByteOrderMark,
}

/// Checks a cell (already trimmed) for what no column may hold. A phone
/// number (`+33 6…`) or a negative number is not a formula.
pub fn cell_problem(cell: &str) -> Option<CellProblem> {
    if cell.contains('\u{FEFF}') {
        return Some(CellProblem::ByteOrderMark);
    }
    let mut chars = cell.chars();
    match chars.next() {
        Some('=' | '@') => Some(CellProblem::Formula),
        Some('+' | '-') => match chars.next() {
            None => None,
            Some(c) if c.is_ascii_digit() || c == ' ' || c == '(' || c == '.' => None,
            Some(_) => Some(CellProblem::Formula),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_is_told_from_utf8() {
        let latin = encoding_rs::WINDOWS_1252.encode("Prénom;Nom\r\nHélène;Lefèvre\r\nFrançois;Dubœuf\r\n").0;
        let d = decode(&latin, "FR", None).unwrap();
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1252);
        assert!(d.text.contains("Hélène") && d.text.contains("Dubœuf"));
        let d = decode("\u{FEFF}Prénom,Nom\nHélène,Lefèvre\n".as_bytes(), "FR", None).unwrap();
        assert_eq!((d.encoding, d.text.starts_with("Prénom")), (encoding_rs::UTF_8, true));
        // Read in the wrong encoding, then again in the right one.
        let wrong = decode(&latin, "FR", Some(encoding_rs::WINDOWS_1251)).unwrap();
        assert!(!wrong.text.contains("Hélène"));
        let right = reread(&wrong.text, wrong.encoding, encoding_rs::WINDOWS_1252, "FR").unwrap();
        assert!(right.text.contains("Hélène"));
        // UTF-16 as Excel's "Unicode text" writes it.
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("a\tb\n1\t2\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16, "", None).unwrap().text, "a\tb\n1\t2\n");
    }

    #[test]
    fn what_is_not_text_is_refused() {
        assert_eq!(decode(b"", "FR", None).unwrap_err(), Undecodable::Empty);
        assert_eq!(decode(b" \r\n\xEF\xBB\xBF", "FR", None).unwrap_err(), Undecodable::Empty);
        assert_eq!(decode(b"\xD0\xCF\x11\xE0rest", "FR", None).unwrap_err(), Undecodable::Workbook);
        assert_eq!(workbook_text(b"PK\x03\x04rest", 10, 10).unwrap_err(), WorkbookProblem::Unreadable);
        assert_eq!(decode(b"\x7FELF\x02\x01\x00\x00", "FR", None).unwrap_err(), Undecodable::NotText);
        // Neither UTF-8 nor Windows-1252: 0x81 and 0x9D are unassigned.
        assert_eq!(decode(b"name\n\x81\x9D\x81\x9D\n", "FR", None).unwrap_err(), Undecodable::NotText);
    }

    #[test]
    fn a_workbook_is_read_as_csv_text() {
        use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
        let mut book = Workbook::new();
        let s = book.add_worksheet();
        for (col, h) in ["Prénom", "Né", "Arrivée"].into_iter().enumerate() {
            s.write_string(2, col as u16 + 1, h).unwrap();
        }
        s.write_string(3, 1, "Awa; \"A\"").unwrap();
        s.write_number(3, 2, 1990.0).unwrap();
        let day = Format::new().set_num_format("dd/mm/yyyy");
        s.write_datetime_with_format(3, 3, ExcelDateTime::from_ymd(2026, 3, 15).unwrap(), &day).unwrap();
        s.write_formula(4, 2, Formula::new("=1+1").set_result("2")).unwrap();
        s.write_number(4, 3, 2.5).unwrap();
        s.write_string(5, 1, "=HYPERLINK(\"x\")").unwrap();
        let bytes = book.save_to_buffer().unwrap();
        let text = workbook_text(&bytes, 10, 10).unwrap();
        assert_eq!(
            text,
            "\"Prénom\",\"Né\",\"Arrivée\"\n\"Awa; \"\"A\"\"\",\"1990\",\"2026-03-15\"\n\"\",\"2\",\"2.5\"\n\"=HYPERLINK(\"\"x\"\")\"\n"
        );
        assert_eq!(delimiter(&text), b',', "every cell quoted: `;` inside one splits nothing");
        assert_eq!(workbook_text(&bytes, 2, 10).unwrap_err(), WorkbookProblem::TooManyRows);
        assert_eq!(workbook_text(&bytes, 10, 3).unwrap_err(), WorkbookProblem::TooManyColumns);
        let empty = Workbook::new().save_to_buffer().unwrap();
        assert_eq!(workbook_text(&empty, 10, 10).unwrap_err(), WorkbookProblem::Empty);
        assert_eq!(workbook_text(&bytes[..bytes.len() / 2], 10, 10).unwrap_err(), WorkbookProblem::Unreadable);
    }

    #[test]
    fn a_workbook_that_unpacks_past_the_limit_is_not_unpacked() {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("xl/worksheets/sheet1.xml", zip::write::SimpleFileOptions::default()).unwrap();
        let blank = vec![b' '; 1024 * 1024];
        for _ in 0..=WORKBOOK_UNPACKED_MAX / (1024 * 1024) {
            zip.write_all(&blank).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(bytes.len() < 1024 * 1024, "a small upload: {}", bytes.len());
        assert_eq!(workbook_text(&bytes, 10, 10).unwrap_err(), WorkbookProblem::TooLarge);
    }

    #[test]
    fn the_separator_is_read_from_several_lines() {
        // A header alone would say `,` (one in "Nom, prénom").
        assert_eq!(delimiter("\"Nom, prénom\";Téléphone\nA;1\nB;2\n"), b';');
        assert_eq!(delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(delimiter("first name,email\nA,a@example.org\n"), b',');
        // Commas inside cells of a `;` file.
        assert_eq!(delimiter("a;b\n1,5;2,5\n3,1;4\n"), b';');
        assert_eq!(delimiter("single\nx\n"), b',');
    }

    #[test]
    fn dates_follow_the_country() {
        assert_eq!(date("03/04/2026", "FR").unwrap(), "2026-04-03");
        assert_eq!(date("3.4.2026", "GR").unwrap(), "2026-04-03");
        assert_eq!(date("2026-04-03", "DE").unwrap(), "2026-04-03");
        assert_eq!(date("03/04/2026", "DE").unwrap_err(), DateProblem::Ambiguous);
        assert_eq!(date("25/04/2026", "DE").unwrap(), "2026-04-25");
        assert_eq!(date("04/25/2026", "DE").unwrap(), "2026-04-25");
        assert_eq!(date("soon", "FR").unwrap(), "soon");
    }

    #[test]
    fn formulas_are_told_from_phone_numbers() {
        for f in ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-cmd"] {
            assert_eq!(cell_problem(f), Some(CellProblem::Formula), "{f}");
        }
        for ok in ["+33 6 12 34 56 78", "-1", "-", "Ana", ""] {
            assert_eq!(cell_problem(ok), None, "{ok}");
        }
        assert_eq!(cell_problem("\u{FEFF}Prénom"), Some(CellProblem::ByteOrderMark));
    }
}
