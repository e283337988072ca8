//! What a form sent and what it offers: the values as typed, and the
//! options of its selects and checkboxes.

/// An option of a select or a checkbox.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

/// The choices of a filter: "all" (the empty value) first, then
/// `options` (value, label), the one `chosen` checked.
pub fn choices(all_label: String, options: Vec<(String, String)>, chosen: &str) -> Vec<Choice> {
    std::iter::once((String::new(), all_label))
        .chain(options)
        .map(|(value, label)| Choice { checked: value == chosen, value, label })
        .collect()
}

/// The values typed into a form, as sent (fields may repeat).
#[derive(Default)]
pub struct Values(pub Vec<(String, String)>);

impl Values {
    /// The first value of a field, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    /// Every value of a repeated field.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    /// Whether `value` is one of the values of `name`.
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && v == value)
    }
}

/// A refused form's messages as its page shows them: each field in error
/// with its message in the reader's language, in the order of the form.
/// Templates ask `errors.get("field")` beside each field and list them all
/// above the form (`errors_summary.html`).
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    /// The messages of a validation, none without one.
    pub fn of(tr: &crate::i18n::Tr, v: Option<&m4m_domain::Validation>) -> FieldErrors {
        FieldErrors(v.map_or_else(Vec::new, |v| v.0.iter().map(|i| (i.field, tr.t(i.key))).collect()))
    }

    /// The message of one field, if it is in error.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a FieldErrors {
    type Item = &'a (&'static str, String);
    type IntoIter = std::slice::Iter<'a, (&'static str, String)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
