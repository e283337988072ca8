//! What an address is, read from its path alone: a place safe to send
//! someone back to, a module's upload address.

/// A local path to go back to after log-in; anything else (another host,
/// `//host`, a backslash trick) is refused.
pub fn safe_next(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && next.len() <= 512
        && !next.chars().any(char::is_control)
        && next != "/login";
    ok.then_some(next)
}

/// Whether `path` is the address that receives a file attached to a
/// training module (`POST /training/modules/{id}/files`): its body may be
/// as large as an upload.
pub fn is_upload(path: &str) -> bool {
    path.strip_prefix("/training/modules/")
        .and_then(|rest| rest.strip_suffix("/files"))
        .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next("/home"), Some("/home"));
        assert_eq!(safe_next("/programmes/3?x=1"), Some("/programmes/3?x=1"));
        for bad in ["", "https://evil.example", "//evil.example", "/\\evil.example", "home", "/login", "/a\nb"] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_module_upload_addresses_get_the_upload_limit() {
        assert!(is_upload("/training/modules/12/files"));
        assert!(!is_upload("/training/modules//files"));
        assert!(!is_upload("/training/modules/12/texts"));
        assert!(!is_upload("/training/modules/1/2/files"));
        assert!(!is_upload("/login"));
    }
}
