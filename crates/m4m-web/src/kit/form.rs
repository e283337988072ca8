//! What a form sent and what it offers: the values as typed, and the
//! options of its selects and checkboxes.

/// An option of a select or a checkbox.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
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
