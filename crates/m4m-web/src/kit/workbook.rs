//! Spreadsheets out as workbooks (`.xlsx`), and the typed cells every
//! export of a list is made of: the same rows give the CSV download
//! ([`Cell::csv`]) and the workbook ([`xlsx_bytes`]), so the two cannot
//! differ in what they hold.
//!
//! Decisions:
//! - One sheet; the header row bold and frozen, an autofilter over every
//!   column, widths from the headings and the first rows (10 to 50
//!   characters).
//! - Dates are date cells with the `yyyy-mm-dd` format, moments date and
//!   time cells (`yyyy-mm-dd hh:mm`, on the organisation's clock), numbers
//!   number cells (shown with the decimals the CSV writes), so that a spreadsheet
//!   sorts, sums and filters them as it should.
//! - Text is always written as a string cell: a workbook's string is never
//!   read as a formula, so a name such as `=HYPERLINK(…)`, `+cmd` or `@SUM`
//!   stays the text it is without the apostrophe the CSV needs.
//! - Rows go through a temporary file as they are written
//!   (`rust_xlsxwriter`'s constant-memory mode): a programme of 20,000
//!   people costs the rows already read, not a second copy of them.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

use crate::i18n::Tr;

/// One cell of an exported list.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// A decimal number, written in CSV with this many decimals.
    Decimal(f64, usize),
    Date(time::Date),
    /// A moment (Unix seconds), on the reader's clock.
    Moment(i64),
    Empty,
}

impl Cell {
    /// Text, or nothing when empty.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() { Cell::Empty } else { Cell::Text(s) }
    }

    /// A `yyyy-mm-dd` date as a date cell; other text as it is.
    pub fn date_text(s: &str) -> Cell {
        match m4m_domain::programme::parse_date("date", s) {
            Ok(d) => Cell::Date(d),
            Err(_) => Cell::text(s),
        }
    }

    /// The cell as the CSV writes it: dates `yyyy-mm-dd` and moments
    /// `yyyy-mm-dd hh:mm` on the reader's clock (what every spreadsheet
    /// reads as dates, in every language), decimals as the reader writes
    /// them (with a point for tools).
    pub fn csv(&self, tr: &Tr, tools: bool) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Decimal(v, places) if tools => format!("{v:.places$}"),
            Cell::Decimal(v, places) => crate::fmt::decimal(tr, *v, *places),
            Cell::Date(d) => crate::fmt::iso_date(*d),
            Cell::Moment(at) => tr.iso_when(*at),
            Cell::Empty => String::new(),
        }
    }
}

/// Rows of cells as CSV rows.
pub fn csv_rows(tr: &Tr, rows: &[Vec<Cell>], tools: bool) -> Vec<Vec<String>> {
    rows.iter().map(|r| r.iter().map(|c| c.csv(tr, tools)).collect()).collect()
}

/// Width of a column in characters: its heading and the first rows'
/// widest cell, from 10 to 50.
fn width(heading: &str, rows: &[Vec<String>], col: usize) -> f64 {
    let widest = rows.iter().take(200).filter_map(|r| r.get(col)).map(|c| c.chars().count()).max().unwrap_or(0);
    (heading.chars().count().max(widest) + 2).clamp(10, 50) as f64
}

/// The most characters a workbook's cell holds (Excel's limit).
const CELL_MAX: usize = 32_767;

/// Text as a cell can hold it: cut at [`CELL_MAX`] characters, which no
/// field of a list reaches (the domain's limits are far below).
fn excel_text(s: &str) -> &str {
    match s.char_indices().nth(CELL_MAX) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// The local date and time of a moment on the reader's clock.
fn moment(tr: &Tr, at: i64) -> Result<ExcelDateTime, XlsxError> {
    let local = tr.zone.local(at);
    ExcelDateTime::from_ymd(local.year() as u16, local.month() as u8, local.day())?.and_hms(
        u16::from(local.hour()),
        local.minute(),
        local.second(),
    )
}

/// Writes a list as a workbook: `headings` (already in the reader's
/// language, or codes), then `rows`, as the module's comment says.
pub fn xlsx_bytes<S: AsRef<str>>(tr: &Tr, headings: &[S], rows: &[Vec<Cell>]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let when = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    // Decimals shown as the CSV writes them: 0 to 3 places.
    let places: Vec<Format> = ["0", "0.0", "0.00", "0.000"].iter().map(|f| Format::new().set_num_format(*f)).collect();
    let sheet = book.add_worksheet_with_constant_memory()?;
    let sample = csv_rows(tr, &rows[..rows.len().min(200)], true);
    for (col, h) in headings.iter().enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, width(h.as_ref(), &sample, usize::from(col)))?;
        sheet.write_string_with_format(0, col, h.as_ref(), &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        for (col, cell) in row.iter().enumerate() {
            let col = col as u16;
            match cell {
                Cell::Text(s) => sheet.write_string(r, col, excel_text(s))?,
                Cell::Int(n) => sheet.write_number(r, col, *n as f64)?,
                Cell::Decimal(v, n) => sheet.write_number_with_format(r, col, *v, &places[(*n).min(3)])?,
                Cell::Date(d) => {
                    let d = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day())?;
                    sheet.write_datetime_with_format(r, col, d, &day)?
                }
                Cell::Moment(at) => sheet.write_datetime_with_format(r, col, moment(tr, *at)?, &when)?,
                Cell::Empty => sheet,
            };
        }
    }
    if !headings.is_empty() {
        sheet.autofilter(0, 0, rows.len() as u32, headings.len() as u16 - 1)?;
    }
    book.save_to_buffer()
}

/// A workbook download.
pub fn xlsx_response(filename: &str, bytes: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// Writes the workbook away from the server's threads (the rows pass
/// through a temporary file) and answers with it; a failure to write is a
/// 500 that keeps its cause.
pub async fn download(
    tr: Tr,
    filename: String,
    headings: Vec<String>,
    rows: Vec<Vec<Cell>>,
) -> Result<Response, crate::error::AppError> {
    let bytes = tokio::task::spawn_blocking(move || xlsx_bytes(&tr, &headings, &rows))
        .await
        .map_err(crate::error::AppError::failed)?
        .map_err(crate::error::AppError::failed)?;
    Ok(xlsx_response(&filename, bytes))
}

/// What a list downloads as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Csv,
    Xlsx,
}

/// A list downloaded as a spreadsheet for its reader: the headings in the
/// reader's language (the message `prefix` + the column's code, `_` read
/// as `-`) and, in CSV, the reader's separator; for tools (`?codes=1`),
/// the codes and `,`. `file` is the name without its extension. The CSV
/// and the workbook are written from the same typed rows.
pub async fn list_download(
    tr: Tr,
    file: &str,
    sheet: Sheet,
    (prefix, codes): (&str, &[&str]),
    rows: Vec<Vec<Cell>>,
    tools: bool,
) -> Result<Response, crate::error::AppError> {
    let headings: Vec<String> = if tools {
        codes.iter().map(|c| (*c).to_owned()).collect()
    } else {
        codes.iter().map(|c| tr.t(&format!("{prefix}{}", c.replace('_', "-")))).collect()
    };
    match sheet {
        Sheet::Xlsx => download(tr, format!("{file}.xlsx"), headings, rows).await,
        Sheet::Csv => {
            let rows = csv_rows(&tr, &rows, tools);
            let separator = if tools { b',' } else { crate::kit::csv::delimiter(&tr) };
            let bytes = crate::kit::csv::csv_bytes_with(separator, &headings, &rows);
            Ok(crate::kit::csv::csv_response(&format!("{file}.csv"), bytes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_in_csv_as_before() {
        let fr = Tr::for_code("fr");
        assert_eq!(Cell::Decimal(1.5, 2).csv(&fr, false), "1,50");
        assert_eq!(Cell::Decimal(1.5, 2).csv(&fr, true), "1.50");
        assert_eq!(Cell::date_text("2026-04-03").csv(&fr, false), "2026-04-03");
        assert_eq!(Cell::date_text("soon"), Cell::Text("soon".into()));
        assert_eq!(Cell::text(""), Cell::Empty);
        let bytes = xlsx_bytes(&fr, &["a", "b"], &[vec![Cell::Int(1), Cell::text("=1+1")]]).unwrap();
        assert!(bytes.starts_with(b"PK\x03\x04"));
        // Longer than a cell holds: cut, not refused.
        let long = "é".repeat(CELL_MAX + 5);
        assert_eq!(excel_text(&long).chars().count(), CELL_MAX);
        assert!(xlsx_bytes(&fr, &["a"], &[vec![Cell::text(long.clone())]]).is_ok());
    }
}
