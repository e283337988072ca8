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

/// A page of a list read from the store, which knows how many match in
/// all.
pub trait Counted {
    fn total(&self) -> i64;
}

macro_rules! counted {
    ($($page:ty),*) => {
        $(impl Counted for $page {
            fn total(&self) -> i64 {
                self.total
            }
        })*
    };
}

counted!(
    m4m_store::participants::PeoplePage,
    m4m_store::pairing::PairsPage,
    m4m_store::peer_sessions::SessionsPage,
    m4m_store::accounts::AccountsPage,
    m4m_store::stakeholders::StakeholdersPage
);

/// The 1-based `page` asked for of a list of `size` a page, read by
/// `fetch` from an offset: the page and where it starts. The first page is
/// read once; another is read after the first, whose total says where the
/// last page starts (a page past the end shows the last one).
pub async fn fetch_page<P: Counted, F: Future<Output = Result<P, m4m_store::StoreError>>>(
    page: usize,
    size: usize,
    fetch: impl Fn(i64) -> F,
) -> Result<(P, usize), m4m_store::StoreError> {
    let first = fetch(0).await?;
    let from = start(page, first.total().max(0) as usize, size);
    if from == 0 { Ok((first, 0)) } else { Ok((fetch(from as i64).await?, from)) }
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
