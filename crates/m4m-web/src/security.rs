//! Headers every response carries. The policy forbids inline scripts and
//! styles and any other host: pages need neither.

use axum::http::{HeaderMap, HeaderValue, header};

/// The Content-Security-Policy of every response.
pub const CSP: &str =
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Adds the security headers, and `Cache-Control: no-store` unless the
/// handler chose a cache policy (only static files do): pages may show
/// personal data, which no shared or browser cache should keep. Over TLS
/// (`tls`: the server is reached by HTTPS, as its cookies are `Secure`),
/// browsers are told to use HTTPS only for a year (HSTS).
pub fn headers(h: &mut HeaderMap, tls: bool) {
    if tls {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Invitation links carry a secret in their path: never send it on.
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=()"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}
