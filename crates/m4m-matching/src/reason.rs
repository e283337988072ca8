//! Reasons: why a pair scores as it does, or why it is impossible, as a
//! message key and arguments that the interface translates (Fluent style:
//! `shared-native-language { $language }`).

use std::fmt;

/// A translatable reason: a kebab-case message key and named arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reason {
    /// Message key, e.g. `shared-native-language`.
    pub key: &'static str,
    /// Named arguments, e.g. `("language", "ar")`.
    pub args: Vec<(&'static str, String)>,
}

impl Reason {
    /// A reason without arguments.
    pub fn new(key: &'static str) -> Self {
        Reason { key, args: Vec::new() }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// `key { $name: value, … }`, the form used in logs and in the command line's
/// explanations.
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key)?;
        if !self.args.is_empty() {
            f.write_str(" {")?;
            for (k, (name, value)) in self.args.iter().enumerate() {
                let sep = if k == 0 { " " } else { ", " };
                write!(f, "{sep}${name}: {value}")?;
            }
            f.write_str(" }")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_key_and_arguments() {
        assert_eq!(Reason::new("mentor-at-capacity").to_string(), "mentor-at-capacity");
        assert_eq!(
            Reason::new("shared-native-language").arg("language", "ar").arg("level", "C1").to_string(),
            "shared-native-language { $language: ar, $level: C1 }"
        );
    }
}
