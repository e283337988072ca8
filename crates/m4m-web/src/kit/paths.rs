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

/// Whether `path` is the address of a questionnaire's editor
/// (`POST /questionnaires/{kind}`): its form carries every text in every
/// interface language, so its body grows with the number of languages.
pub fn is_questionnaire_editor(path: &str) -> bool {
    path.strip_prefix("/questionnaires/").is_some_and(|kind| !kind.is_empty() && !kind.contains('/'))
}

/// The page of a pair: its set-up page while it is being set up, else
/// the page of its sessions.
pub fn pair_page(id: i64, status: m4m_domain::pairing::PairStatus) -> String {
    if status.in_setup() { format!("/pairs/{id}/setup") } else { format!("/pairs/{id}") }
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
    fn only_questionnaire_editors_get_the_editor_limit() {
        assert!(is_questionnaire_editor("/questionnaires/newcomer_self_assessment"));
        for other in ["/questionnaires", "/questionnaires/", "/questionnaires/a/b", "/people/1/questionnaires/x"] {
            assert!(!is_questionnaire_editor(other), "{other}");
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
