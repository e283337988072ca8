//! Validation errors. Domain rules answer with message keys, never with
//! sentences: the web edge translates them into the user's language.

/// One field that failed validation, with the translation key of the
/// message that says what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The form field (`email`, `name`, ...).
    pub field: &'static str,
    /// The Fluent message key, e.g. `error-email-invalid`.
    pub key: &'static str,
}

/// All the fields of one form that failed validation.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("invalid input in {} field(s)", .0.len())]
pub struct Validation(pub Vec<Invalid>);

impl Validation {
    /// Records that `field` is wrong for the reason `key`.
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push(Invalid { field, key });
    }

    /// Ok when nothing was recorded.
    pub fn finish(self) -> Result<(), Validation> {
        if self.0.is_empty() { Ok(()) } else { Err(self) }
    }

    /// The message key for `field`, if it failed.
    pub fn key_for(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|i| i.field == field).map(|i| i.key)
    }

    /// Collects the error of one field's parse into this set and returns
    /// the parsed value when there is one.
    pub fn check<T>(&mut self, result: Result<T, Invalid>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.push(e);
                None
            }
        }
    }
}
