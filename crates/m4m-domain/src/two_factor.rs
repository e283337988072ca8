//! Two-factor authentication: time-based one-time passwords (TOTP, RFC
//! 6238: HMAC-SHA-1, 30-second steps, 6 digits — what every authenticator
//! application reads from an `otpauth://` link or its QR code), and
//! single-use recovery codes for a lost phone.
//!
//! Required of the roles that see many people's records (administrators,
//! coordinators, supervisors). Randomness comes from the caller: this
//! module only computes.

use hmac::{Hmac, Mac};
use sha1::Sha1;

use crate::Role;

/// Seconds per step.
pub const STEP_SECS: i64 = 30;

/// How many steps before or after now a code is still accepted: a phone's
/// clock a little off, or a code typed as it changed.
pub const DRIFT_STEPS: i64 = 1;

/// How many recovery codes a person gets at a time.
pub const RECOVERY_CODES: usize = 10;

/// Whether a role must use a second factor.
pub fn required_for(role: Role) -> bool {
    matches!(role, Role::Administrator | Role::Coordinator | Role::Supervisor)
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding: how secrets are written in
/// `otpauth://` links and typed by hand.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// Reads base32 (case and spaces ignored); `None` when it is not.
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let v = BASE32.iter().position(|&b| char::from(b) == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The code of a step (`unix / 30`), as 6 digits.
pub fn code_at(secret: &[u8], step: i64) -> String {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let value = u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    format!("{:06}", value % 1_000_000)
}

/// Checks a typed code at `unix`. Accepts the codes of the current step
/// and [`DRIFT_STEPS`] around it, but only of a step after `last_step`
/// (the last one used), so that a code seen over a shoulder cannot be
/// used again. Returns the step it matched, to be stored as the new
/// `last_step`.
pub fn verify(secret: &[u8], typed: &str, unix: i64, last_step: i64) -> Option<i64> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = unix.div_euclid(STEP_SECS);
    (now - DRIFT_STEPS..=now + DRIFT_STEPS)
        .filter(|&step| step > last_step)
        .find(|&step| constant_time_eq(code_at(secret, step).as_bytes(), typed.as_bytes()))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The link authenticator applications read (usually from a QR code).
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => char::from(b).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        base32(secret),
        enc(issuer)
    )
}

/// A recovery code from 10 random bytes: `xxxxx-xxxxx-xxxxx-xxxxx` in
/// lower-case base32, easy to copy from paper.
pub fn recovery_code(random: &[u8; 10]) -> String {
    let s = base32(random).to_ascii_lowercase();
    s.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// A typed recovery code as stored (hashed by the caller): lower case,
/// without spaces or dashes.
pub fn normalise_recovery_code(typed: &str) -> String {
    typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B (SHA-1), the last six digits of each.
    #[test]
    fn the_rfc_test_vectors() {
        let secret = b"12345678901234567890";
        for (unix, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(code_at(secret, unix / STEP_SECS), code, "{unix}");
        }
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(from_base32("mzxw 6ytb oi").as_deref(), Some(&b"foobar"[..]));
        assert_eq!(from_base32("not base32!"), None);
        let bytes: Vec<u8> = (0..=255).collect();
        assert_eq!(from_base32(&base32(&bytes)), Some(bytes));
    }

    #[test]
    fn a_code_works_once_and_for_about_a_minute() {
        let secret = b"an-authenticator-secret";
        let now = 1_800_000_000;
        let code = code_at(secret, now / STEP_SECS);
        let step = verify(secret, &code, now, 0).expect("the current code");
        assert_eq!(verify(secret, &code, now, step), None, "not twice");
        assert!(verify(secret, &code, now + 30, 0).is_some(), "a step late");
        assert!(verify(secret, &code, now + 90, 0).is_none(), "too late");
        assert!(verify(secret, &format!("{} {}", &code[..3], &code[3..]), now, 0).is_some(), "spaces ignored");
        for bad in ["", "12345", "1234567", "abcdef", "000000"] {
            assert_eq!(verify(secret, bad, now, 0), None, "{bad}");
        }
    }

    #[test]
    fn links_and_recovery_codes() {
        let uri = otpauth_uri("m4m", "claire@example.org", b"foobar");
        assert_eq!(
            uri,
            "otpauth://totp/m4m:claire@example.org?secret=MZXW6YTBOI&issuer=m4m&algorithm=SHA1&digits=6&period=30"
        );
        let code = recovery_code(&[7; 10]);
        assert_eq!(code.len(), 19);
        assert_eq!(normalise_recovery_code(&code.to_uppercase()), code.replace('-', ""));
        assert!(required_for(Role::Coordinator) && !required_for(Role::Mentor));
    }
}
