//! Spreadsheets out: rows written as CSV that opens right in a
//! spreadsheet, and the download that carries them.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A cell safe to open in a spreadsheet: one that starts like a formula
/// (`= + - @`, tab, carriage return) is prefixed with an apostrophe. A
/// negative number (`-0.25`: a minus, digits, at most one point) is left
/// as it is: a spreadsheet reads it as the number it is.
pub fn neutralise(cell: &str) -> String {
    if is_negative_number(cell) || is_phone_number(cell) {
        return cell.to_owned();
    }
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// A phone number as people write it (`+33 6 12 34 56 78`, `(0)6-12`):
/// a `+` or a digit first, then only digits, spaces, dots, dashes, slashes
/// and parentheses, six digits at least. It calls no function, so it stays
/// as it is, dialable.
pub fn is_phone_number(cell: &str) -> bool {
    let digits = cell.bytes().filter(u8::is_ascii_digit).count();
    cell.starts_with(|c: char| c == '+' || c.is_ascii_digit() || c == '(')
        && digits >= 6
        && cell.bytes().all(|b| b.is_ascii_digit() || b" +.-/()".contains(&b))
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
    csv_bytes_with(b',', header, rows)
}

/// The separator a spreadsheet in the reader's language expects: `;`
/// where numbers are written with a decimal comma (a comma there would be
/// read as part of a number), `,` elsewhere.
pub fn delimiter(tr: &crate::i18n::Tr) -> u8 {
    if crate::fmt::decimal(tr, 0.5, 1).contains(',') { b';' } else { b',' }
}

/// A list as CSV for its reader: each column's heading in the reader's
/// language (`(code, message)`) and the reader's separator, or, for tools
/// (`?codes=1`), the columns' codes and `,`.
pub fn for_reader(tr: &crate::i18n::Tr, columns: &[(&str, &str)], rows: &[Vec<String>], tools: bool) -> Vec<u8> {
    if tools {
        let codes: Vec<&str> = columns.iter().map(|(code, _)| *code).collect();
        csv_bytes(&codes, rows)
    } else {
        let headings: Vec<String> = columns.iter().map(|(_, key)| tr.t(key)).collect();
        csv_bytes_with(delimiter(tr), &headings, rows)
    }
}

/// [`csv_bytes`] with another separator.
pub fn csv_bytes_with<S: AsRef<str>>(delimiter: u8, header: &[S], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(&mut out);
    let _ = w.write_record(header.iter().map(AsRef::as_ref));
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
        // A phone number stays dialable; one that hides a formula does not.
        assert_eq!(neutralise("+33 6 12 34 56 78"), "+33 6 12 34 56 78");
        assert_eq!(neutralise("+33 (0)6 12.34.56"), "+33 (0)6 12.34.56");
        assert_eq!(neutralise("+33+cmd|' /C calc'!A0"), "'+33+cmd|' /C calc'!A0");
        assert_eq!(neutralise("-2-1234567"), "'-2-1234567");
        let fr =
            csv_bytes_with(delimiter(&crate::i18n::Tr::for_code("fr")), &["a", "b"], &[vec!["1,5".into(), "x".into()]]);
        assert_eq!(String::from_utf8_lossy(&fr[3..]), "a;b\n1,5;x\n");
        assert_eq!(delimiter(&crate::i18n::Tr::for_code("en")), b',');
        let bytes = csv_bytes(&["a"], &[vec!["=1+1".into()]]);
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        assert_eq!(String::from_utf8_lossy(&bytes[3..]), "a\n'=1+1\n");
    }
}
