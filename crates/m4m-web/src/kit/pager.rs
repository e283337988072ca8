//! Long lists shown a page at a time, saying which part they show and how
//! many there are in all: nothing is ever cut without a word.

use crate::i18n::{Arg, Tr};

/// Where a page of a list stands, with links to its neighbours.
pub struct Pager {
    /// "People 51–100 of 15,016".
    pub label: String,
    pub prev: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// The pager of a page of a list, labelled by the message `key` (with
    /// `$first`, `$last`, `$total`), its links made by `link` from a page
    /// number; `None` when one page holds the whole list.
    pub fn of(
        tr: &Tr,
        key: &str,
        (from, shown, total, size): (usize, usize, usize, usize),
        link: impl Fn(usize) -> String,
    ) -> Option<Pager> {
        let (first, last, prev, next) = pager(from, shown, total, size)?;
        let n = |v: usize| Arg::Num(v as i64);
        Some(Pager {
            label: tr.args(key, &[("first", n(first)), ("last", n(last)), ("total", n(total))]),
            prev: prev.map(&link),
            next: next.map(&link),
        })
    }
}

/// The address of a list at `page` (from 1) with its search and filters:
/// the parameters given a value, and the page when past the first.
pub fn address(path: &str, params: &[(&str, &str)], page: usize) -> String {
    let mut query: Vec<(&str, String)> =
        params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (*k, (*v).to_owned())).collect();
    if page > 1 {
        query.push(("page", page.to_string()));
    }
    match serde_urlencoded::to_string(&query).unwrap_or_default() {
        q if q.is_empty() => path.to_owned(),
        q => format!("{path}?{q}"),
    }
}

/// First and last shown (1-based), previous and next page numbers; `None`
/// when one page holds the whole list.
pub fn pager(
    from: usize,
    shown: usize,
    total: usize,
    size: usize,
) -> Option<(usize, usize, Option<usize>, Option<usize>)> {
    if total <= size || size == 0 {
        return None;
    }
    let page = from / size + 1;
    let prev = (page > 1).then(|| page - 1);
    let next = (from + shown < total).then_some(page + 1);
    Some((from + 1, from + shown, prev, next))
}

/// Where the 1-based `page` of a list of `total` starts; a page past the
/// end shows the last one.
pub fn start(page: usize, total: usize, size: usize) -> usize {
    let last = total.saturating_sub(1) / size.max(1);
    page.saturating_sub(1).min(last) * size
}

#[cfg(test)]
mod tests {
    use super::{pager, start};

    #[test]
    fn a_list_keeps_its_filters_from_page_to_page() {
        assert_eq!(super::address("/x", &[("q", ""), ("status", "")], 1), "/x");
        assert_eq!(super::address("/x", &[("q", "a b&c"), ("status", "")], 2), "/x?q=a+b%26c&page=2");
    }

    #[test]
    fn a_long_list_says_which_part_it_shows() {
        assert_eq!(pager(0, 10, 10, 100), None, "one page: nothing to say");
        assert_eq!(pager(0, 100, 250, 100), Some((1, 100, None, Some(2))));
        assert_eq!(pager(100, 100, 250, 100), Some((101, 200, Some(1), Some(3))));
        assert_eq!(pager(200, 50, 250, 100), Some((201, 250, Some(2), None)));
        assert_eq!(start(9, 250, 100), 200, "past the end: the last page");
        assert_eq!(start(0, 0, 100), 0);
    }
}
