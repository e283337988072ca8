//! The data inventory with its labels in a reader's language: for the
//! administrator's page and for `m4m inventory`.

use m4m_store::inventory::{self, Category, Purpose, Retention};
use serde::Serialize;

use crate::i18n::Tr;

/// One column of the inventory, codes and labels side by side.
#[derive(Debug, Clone, Serialize)]
pub struct Labelled {
    pub table: &'static str,
    pub column: &'static str,
    pub personal: bool,
    pub category: Option<&'static str>,
    pub category_label: String,
    pub purposes: Vec<&'static str>,
    pub purposes_label: String,
    pub retention: Option<&'static str>,
    pub retention_label: String,
}

fn category(tr: &Tr, c: Category) -> String {
    tr.t(&format!("inventory-category-{}", c.code()))
}

fn purpose(tr: &Tr, p: Purpose) -> String {
    tr.t(&format!("inventory-purpose-{}", p.code()))
}

fn retention(tr: &Tr, r: Retention) -> String {
    tr.t(&format!("inventory-retention-{}", r.code()))
}

/// Every column of the database, labelled in `tr`'s language.
pub fn labelled(tr: &Tr) -> Vec<Labelled> {
    inventory::rows()
        .into_iter()
        .map(|r| Labelled {
            table: r.table,
            column: r.column,
            personal: r.personal,
            category: r.category.map(Category::code),
            category_label: r.category.map_or_else(|| tr.t("inventory-not-personal"), |c| category(tr, c)),
            purposes: r.purposes.iter().map(|p| p.code()).collect(),
            purposes_label: r.purposes.iter().map(|p| purpose(tr, *p)).collect::<Vec<_>>().join(", "),
            retention: r.retention.map(Retention::code),
            retention_label: r.retention.map(|x| retention(tr, x)).unwrap_or_default(),
        })
        .collect()
}

/// The legend: every category, purpose and retention rule with its label
/// and its explanation.
pub fn legend(tr: &Tr) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for c in Category::ALL {
        out.push((category(tr, c), tr.t(&format!("inventory-category-{}-help", c.code()))));
    }
    for p in Purpose::ALL {
        out.push((purpose(tr, p), tr.t(&format!("inventory-purpose-{}-help", p.code()))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_translated_in_english_french_and_arabic() {
        for code in ["en", "fr", "ar"] {
            let tr = Tr::for_code(code);
            for r in labelled(&tr) {
                for label in [&r.category_label, &r.purposes_label, &r.retention_label] {
                    assert!(!label.contains("inventory-"), "{code}: {label}");
                }
            }
            for r in Retention::ALL {
                assert!(!retention(&tr, r).starts_with("inventory-"), "{code}: {r:?}");
            }
            for (label, help) in legend(&tr) {
                assert!(!label.starts_with("inventory-") && !help.starts_with("inventory-"), "{code}: {label}");
            }
        }
    }
}
