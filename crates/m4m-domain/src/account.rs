//! Accounts: e-mail addresses, passwords and names as types that cannot
//! hold an invalid value.

use crate::error::Invalid;

/// A normalised e-mail address (trimmed, lower case).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    /// Parses an address typed by a person.
    pub fn parse(raw: &str) -> Result<Email, Invalid> {
        let s = raw.trim().to_lowercase();
        let invalid = Invalid { field: "email", key: "error-email-invalid" };
        if s.is_empty() {
            return Err(Invalid { field: "email", key: "error-required" });
        }
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid);
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err(invalid);
        };
        if local.is_empty()
            || local.contains('@')
            || domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || domain.contains('@')
        {
            return Err(invalid);
        }
        Ok(Email(s))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Password rules (NIST SP 800-63B): at least 8 characters and at most
/// 256, no composition rules, and not one of the passwords that attackers
/// try first ([`is_common_password`]).
pub fn check_password(password: &str) -> Result<(), Invalid> {
    let n = password.chars().count();
    if n < 8 {
        return Err(Invalid { field: "password", key: "error-password-short" });
    }
    if n > 256 {
        return Err(Invalid { field: "password", key: "error-too-long" });
    }
    if is_common_password(password) {
        return Err(Invalid { field: "password", key: "error-password-common" });
    }
    Ok(())
}

/// Whether a password is on the list shipped with the binary
/// (`data/common-passwords.txt`: the passwords of 8 characters or more
/// among the 30,000 most frequent in public breach corpora, as collected
/// by the zxcvbn project (MIT licence), with common French, German and
/// Spanish ones added; lower-case, sorted). Compared without case, since
/// `Password1` is no harder to guess than `password1`.
pub fn is_common_password(password: &str) -> bool {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let list = LIST.get_or_init(|| include_str!("../data/common-passwords.txt").lines().collect());
    let lower = password.trim().to_lowercase();
    list.binary_search(&lower.as_str()).is_ok()
}

/// A person's name as they want it shown: trimmed, 1 to 120 characters,
/// no control characters.
pub fn parse_name(field: &'static str, raw: &str) -> Result<String, Invalid> {
    parse_text(field, raw, 120)
}

/// A required single-line text: trimmed, 1 to `max` characters, no control
/// characters.
pub fn parse_text(field: &'static str, raw: &str, max: usize) -> Result<String, Invalid> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Invalid { field, key: "error-required" });
    }
    if s.chars().count() > max {
        return Err(Invalid { field, key: "error-too-long" });
    }
    if s.chars().any(char::is_control) {
        return Err(Invalid { field, key: "error-control-characters" });
    }
    Ok(s.to_owned())
}

/// An optional multi-line text of at most `max` characters (line breaks
/// and tabs allowed, other control characters not).
pub fn parse_long_text(field: &'static str, raw: &str, max: usize) -> Result<String, Invalid> {
    let s = raw.trim();
    if s.chars().count() > max {
        return Err(Invalid { field, key: "error-too-long" });
    }
    if s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Invalid { field, key: "error-control-characters" });
    }
    Ok(s.to_owned())
}

/// Password hashing with Argon2id (the crate's defaults: 19 MiB, two
/// passes, OWASP's recommendation). Slow on purpose: call it off the async
/// executor.
pub mod password {
    use argon2::Argon2;
    use password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};

    /// A hash in the PHC string format, to store.
    pub fn hash(password: &str) -> String {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).unwrap_or_default()
    }

    /// Whether `password` matches the stored `hash`. A malformed hash
    /// matches nothing.
    pub fn verify(password: &str, hash: &str) -> bool {
        PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
    }

    pub use argon2::Block;

    /// Working memory for [`verify_in`]: what one check with m4m's
    /// parameters needs (19 MiB).
    pub fn memory() -> Vec<Block> {
        vec![Block::default(); argon2::Params::DEFAULT.block_count()]
    }

    /// [`verify`], in working memory the caller keeps and reuses, so that
    /// checks do not each allocate (and leave the allocator holding) 19
    /// MiB. A hash asking for more memory than `memory` holds is checked
    /// the ordinary way.
    pub fn verify_in(password: &str, hash: &str, memory: &mut [Block]) -> bool {
        let Ok(h) = PasswordHash::new(hash) else { return false };
        let (Ok(params), Some(salt), Some(expected)) = (argon2::Params::try_from(&h), h.salt, h.hash) else {
            return false;
        };
        let (Ok(algorithm), Ok(version)) = (
            argon2::Algorithm::try_from(h.algorithm),
            h.version.map_or(Ok(argon2::Version::default()), argon2::Version::try_from),
        ) else {
            return false;
        };
        if params.block_count() > memory.len() {
            return verify(password, hash);
        }
        let mut salt_bytes = [0u8; 64];
        let Ok(salt) = salt.decode_b64(&mut salt_bytes) else { return false };
        let blocks = params.block_count();
        let argon = Argon2::new(algorithm, version, params);
        let mut out = vec![0u8; expected.len()];
        argon.hash_password_into_with_memory(password.as_bytes(), salt, &mut out, &mut memory[..blocks]).is_ok()
            && password_hash::Output::new(&out).is_ok_and(|o| o == expected)
    }

    /// A hash of a random password, verified against when the e-mail is
    /// unknown so that a wrong e-mail takes as long as a wrong password.
    pub fn dummy_hash() -> &'static str {
        static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        DUMMY.get_or_init(|| hash("not-a-real-password-but-just-as-slow"))
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn hashes_verify_and_differ() {
            let a = super::hash("m4m-demo-2026");
            let b = super::hash("m4m-demo-2026");
            assert!(a.starts_with("$argon2id$"));
            assert_ne!(a, b, "salted");
            assert!(super::verify("m4m-demo-2026", &a));
            assert!(!super::verify("m4m-demo-2027", &a));
            let mut memory = super::memory();
            assert!(super::verify_in("m4m-demo-2026", &a, &mut memory));
            assert!(!super::verify_in("m4m-demo-2027", &a, &mut memory));
            assert!(!super::verify_in("m4m-demo-2026", "$argon2id$v=19$garbage", &mut memory));
            assert!(!super::verify("m4m-demo-2026", "garbage"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Amal@Example.ORG ").unwrap().as_str(), "amal@example.org");
        for bad in ["", "amal", "amal@", "@example.org", "a@b", "a b@example.org", "a@.org", "a@example.", "a@b@c.org"]
        {
            assert!(Email::parse(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(Email::parse(" ").unwrap_err().key, "error-required");
    }

    #[test]
    fn the_common_password_list_is_sorted_and_lower_case() {
        let list: Vec<&str> = include_str!("../data/common-passwords.txt").lines().collect();
        assert!(list.len() > 10_000);
        assert!(list.windows(2).all(|w| w[0] < w[1]), "sorted, each once: binary search depends on it");
        assert!(list.iter().all(|p| *p == p.to_lowercase() && p.chars().count() >= 8));
    }

    #[test]
    fn passwords_need_eight_characters_and_nothing_else() {
        assert_eq!(check_password("short").unwrap_err().key, "error-password-short");
        assert!(check_password("eightchr").is_ok());
        for common in ["password", "Password1", "12345678", "azertyuiop", "motdepasse", "iloveyou1", "qwertyuiop"] {
            assert_eq!(check_password(common).unwrap_err().key, "error-password-common", "{common}");
        }
        assert!(check_password("m4m-demo-2026").is_ok());
        assert!(check_password("correct horse battery staple").is_ok());
        assert!(check_password("كلمة سر طويلة").is_ok());
        assert!(check_password(&"x".repeat(257)).is_err());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(parse_name("name", "  Amal  ").unwrap(), "Amal");
        assert_eq!(parse_name("name", "").unwrap_err().key, "error-required");
        assert_eq!(parse_name("name", &"a".repeat(121)).unwrap_err().key, "error-too-long");
        assert_eq!(parse_name("name", "a\u{0}b").unwrap_err().key, "error-control-characters");
        assert_eq!(parse_long_text("d", "line\nline", 20).unwrap(), "line\nline");
        assert!(parse_long_text("d", "bell\u{7}", 20).is_err());
    }
}
