//! The WHERE clause of a list, built from the filters it was asked for:
//! only those, each with its value, so that the database plans the query
//! it is really asked (an unused filter written as `($2 = '' OR kind =
//! $2)` would still make it read the column, row by row, and keep it from
//! an index that covers the list).

use sqlx::any::{Any, AnyArguments};

use crate::Backend;
use sqlx::query::Query;

/// A value of a filter.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Int(i64),
    Text(String),
}

/// Conditions joined by `AND`, their placeholders numbered in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    sql: String,
    values: Vec<Value>,
}

impl Filter {
    /// A condition with no value.
    pub(crate) fn and(mut self, condition: &str) -> Filter {
        if !self.sql.is_empty() {
            self.sql.push_str(" AND ");
        }
        self.sql.push_str(condition);
        self
    }

    /// A condition whose each `?` takes `value`.
    pub(crate) fn and_is(mut self, condition: &str, value: Value) -> Filter {
        self.values.push(value);
        let n = format!("${}", self.values.len());
        self.and(&condition.replace('?', &n))
    }

    /// Conditions joined by `OR` (one of them must hold), each `?` taking
    /// its value.
    pub(crate) fn and_either<S: AsRef<str>>(mut self, conditions: Vec<(S, Value)>) -> Filter {
        let mut parts = Vec::new();
        for (condition, value) in conditions {
            self.values.push(value);
            parts.push(condition.as_ref().replace('?', &format!("${}", self.values.len())));
        }
        self.and(&format!("({})", parts.join(" OR ")))
    }

    /// A condition whose `?`s take `values`, one each, in order.
    pub(crate) fn and_each(mut self, condition: &str, values: Vec<Value>) -> Filter {
        let mut parts = condition.split('?');
        let mut sql = parts.next().unwrap_or_default().to_owned();
        for (part, value) in parts.zip(values) {
            self.values.push(value);
            sql.push_str(&format!("${}", self.values.len()));
            sql.push_str(part);
        }
        self.and(&sql)
    }

    /// One search term (folded) in the search key of the person whose id
    /// is `id` — names, e-mail, phone — looked up in the people's trigram
    /// index (migration 0033), which reads only the keys that hold it: on
    /// SQLite as an FTS5 phrase (its trigrams in a row, found in the index
    /// alone; `LIKE` on the FTS5 table would check every candidate against
    /// the table's text), on PostgreSQL as `LIKE`, which pg_trgm's index
    /// serves. For a term of three letters or more ([`indexed`]).
    pub(crate) fn and_person_has(self, backend: Backend, id: &str, term: &str) -> Filter {
        let (holding, value) = holding(backend, term);
        self.and_is(&format!("{id} IN ({holding})"), value)
    }

    /// `column IN (…)` over `values`.
    pub(crate) fn and_in(mut self, column: &str, values: impl IntoIterator<Item = Value>) -> Filter {
        let mut marks = Vec::new();
        for v in values {
            self.values.push(v);
            marks.push(format!("${}", self.values.len()));
        }
        self.and(&format!("{column} IN ({})", marks.join(", ")))
    }

    /// The conditions, for after `WHERE`.
    pub(crate) fn sql(&self) -> &str {
        &self.sql
    }

    /// The number of the next placeholder, for what follows the filter
    /// (`LIMIT $n`).
    pub(crate) fn next(&self) -> usize {
        self.values.len() + 1
    }

    /// `sql` with the filter's values bound, in order.
    pub(crate) fn bind<'q>(&self, sql: &'q str) -> Query<'q, Any, AnyArguments<'q>> {
        let mut query = sqlx::query(sql);
        for v in &self.values {
            query = match v {
                Value::Int(i) => query.bind(*i),
                Value::Text(t) => query.bind(t.clone()),
            };
        }
        query
    }
}

/// Whether a search term is looked up in the people's trigram index (three
/// letters or more: a shorter one holds no trigram).
pub(crate) fn indexed(term: &str) -> bool {
    term.chars().count() >= 3
}

/// One statement that tells, for each term (each long enough for the
/// trigram index), whether at least `crowd` people hold it: a column
/// `heldN` per term, NULL when fewer do. It reads at most `crowd` entries
/// of the index for each term, however many hold it.
pub(crate) fn crowded_terms(backend: Backend, terms: &[&str], crowd: i64) -> (String, Filter) {
    let mut values = Filter::default();
    let columns: Vec<String> = terms
        .iter()
        .enumerate()
        .map(|(i, term)| {
            let (holding, value) = holding(backend, term);
            values.values.push(value);
            let mark = format!("${}", values.values.len());
            format!("({} LIMIT 1 OFFSET {}) AS held{i}", holding.replace('?', &mark), crowd - 1)
        })
        .collect();
    (format!("SELECT {}", columns.join(", ")), values)
}

/// The ids of the people whose search key holds `term` (see
/// [`Filter::and_person_has`]), as a subquery with one `?`, and its value.
fn holding(backend: Backend, term: &str) -> (&'static str, Value) {
    match backend {
        Backend::Sqlite => (
            "SELECT rowid FROM participants_search WHERE participants_search MATCH ?",
            Value::Text(format!("\"{}\"", term.replace('"', "\"\""))),
        ),
        Backend::Postgres => ("SELECT id FROM participants WHERE search_key LIKE ?", Value::Text(format!("%{term}%"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_filters_asked_for_are_written_and_numbered_in_order() {
        let f = Filter::default()
            .and_is("programme_id = ?", Value::Int(1))
            .and("erased_at IS NULL")
            .and_in("status", [Value::Text("a".into()), Value::Text("b".into())])
            .and_is("(x LIKE ? OR y LIKE ?)", Value::Text("%z%".into()))
            .and_either(vec![("a = ?", Value::Int(2)), ("b LIKE ?", Value::Text("c".into()))]);
        assert_eq!(
            f.sql(),
            "programme_id = $1 AND erased_at IS NULL AND status IN ($2, $3) AND (x LIKE $4 OR y LIKE $4) \
             AND (a = $5 OR b LIKE $6)"
        );
        assert_eq!(f.next(), 7);
    }

    #[test]
    fn each_mark_of_a_condition_takes_the_next_value() {
        let f = Filter::default().and_is("a = ?", Value::Int(1)).and_each(
            "b IN (SELECT id FROM t WHERE c = ? AND d LIKE ? AND e LIKE ?)",
            vec![Value::Int(2), Value::Text("%x%".into()), Value::Text("%y%".into())],
        );
        assert_eq!(f.sql(), "a = $1 AND b IN (SELECT id FROM t WHERE c = $2 AND d LIKE $3 AND e LIKE $4)");
        assert_eq!(f.next(), 5);
    }

    #[test]
    fn the_crowd_of_each_term_is_asked_in_one_statement() {
        let (sql, values) = crowded_terms(Backend::Postgres, &["ali", "mina"], 1000);
        assert_eq!(
            sql,
            "SELECT (SELECT id FROM participants WHERE search_key LIKE $1 LIMIT 1 OFFSET 999) AS held0, \
             (SELECT id FROM participants WHERE search_key LIKE $2 LIMIT 1 OFFSET 999) AS held1"
        );
        assert_eq!(values.next(), 3);
    }
}
