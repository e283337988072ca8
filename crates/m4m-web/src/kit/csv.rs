//! Spreadsheets out: rows written as CSV that opens right in a
//! spreadsheet, and the download that carries them.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A cell safe to open in a spreadsheet: one that starts like a formula
/// (`= + - @`, tab, carriage return) is prefixed with an apostrophe. A
/// negative number (`-0.25`: a minus, digits, at most one point) is left
/// as it is: a spreadsheet reads it as the number it is.
pub fn neutralise(cell: &str) -> String {
    if is_negative_number(cell) {
        return cell.to_owned();
    }
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// `-` then digits with at most one decimal point, and nothing else.
pub fn is_negative_number(cell: &str) -> bool {
    cell.strip_prefix('-').is_some_and(|rest| {
        let (whole, part) = rest.split_once('.').unwrap_or((rest, "0"));
        !whole.is_empty()
            && !part.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && part.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Writes rows as CSV, UTF-8 with a byte-order mark so that spreadsheets
/// read the accents and scripts right, every cell neutralised.
pub fn csv_bytes(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let mut w = csv::Writer::from_writer(&mut out);
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| neutralise(c)));
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
        assert_eq!(neutralise("-1+1"), "'-1+1");
        assert_eq!(neutralise("-"), "'-");
        assert_eq!(neutralise("-.5"), "'-.5");
        assert_eq!(neutralise("-1."), "'-1.");
        assert_eq!(neutralise("-2-1"), "'-2-1");
        // A negative number is a number, not a formula.
        assert_eq!(neutralise("-1"), "-1");
        assert_eq!(neutralise("-0.375"), "-0.375");
        assert_eq!(neutralise("@SUM"), "'@SUM");
        assert_eq!(neutralise("Amal"), "Amal");
        let bytes = csv_bytes(&["a"], &[vec!["=1+1".into()]]);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        assert_eq!(String::from_utf8_lossy(&bytes[3..]), "a\n'=1+1\n");
    }
}
