//! Spreadsheets out: rows written as CSV that opens right in a
//! spreadsheet, and the download that carries them.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A cell safe to open in a spreadsheet: one that starts like a formula
/// (`= + - @`, tab, carriage return) is prefixed with an apostrophe.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// Writes rows as CSV, UTF-8 with a byte-order mark so that spreadsheets
/// read the accents and scripts right, every cell neutralised.
pub fn csv_bytes(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    write(header, rows, neutralise)
}

/// Writes rows of figures — codes and numbers that m4m makes, never a
/// person's text — as CSV with a byte-order mark, as they are: a negative
/// number stays a number.
pub fn figures_bytes(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    write(header, rows, str::to_owned)
}

fn write(header: &[&str], rows: &[Vec<String>], cell: fn(&str) -> String) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let mut w = csv::Writer::from_writer(&mut out);
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| cell(c)));
    }
    let _ = w.flush();
    drop(w);
    out
}

/// A CSV download.
pub fn csv_response(filename: &str, bytes: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        bytes,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+33 6"), "'+33 6");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@SUM"), "'@SUM");
        assert_eq!(neutralise("Amal"), "Amal");
        let bytes = csv_bytes(&["a"], &[vec!["=1+1".into()]]);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        assert_eq!(String::from_utf8_lossy(&bytes[3..]), "a\n'=1+1\n");
    }
}
