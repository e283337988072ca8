//! The outermost middleware: every request gets an id (the client's own
//! `X-Request-Id` only in a safe form, else a new one), a log span that
//! carries it, one access log line and its place in the counters
//! ([`crate::metrics`]). The log names the route as the router declares it
//! (`/people/{id}`), never the path or the query string, which can hold
//! ids of people and tokens. No address of a client is logged.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

use crate::AppState;
use crate::metrics::UNMATCHED;

/// The header of the request id, read and sent back.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A request id the client sent, if it is short and made of letters,
/// digits and `-_.:` only: anything else could forge log lines or carry
/// personal data into the log.
fn safe_request_id(value: &HeaderValue) -> Option<&str> {
    let s = value.to_str().ok()?;
    let safe = (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b));
    safe.then_some(s)
}

/// The method as a label: the standard ones by name, anything else as
/// `OTHER`, so that a client cannot make new series at will.
fn method_label(m: &Method) -> &'static str {
    match *m {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// Probes and scrapes come every few seconds: counted, but logged only at
/// the debug level.
fn is_probe(route: &str) -> bool {
    matches!(route, "/healthz" | "/readyz" | "/metrics")
}

/// The middleware. See the module documentation.
pub async fn observe(State(app): State<AppState>, mut req: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = match req.headers().get(REQUEST_ID).and_then(safe_request_id) {
        Some(id) => id.to_owned(),
        None => uuid::Uuid::new_v4().to_string(),
    };
    let value = HeaderValue::from_str(&id).unwrap_or(HeaderValue::from_static("-"));
    req.headers_mut().insert(REQUEST_ID, value.clone());
    let method = method_label(req.method());
    let route = req.extensions().get::<MatchedPath>().map_or(UNMATCHED, MatchedPath::as_str).to_owned();
    let span = tracing::info_span!("request", method, route = %route, request_id = %id);
    let mut response = next.run(req).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    app.metrics.request(method, &route, status, elapsed.as_secs_f64());
    let latency_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
    span.in_scope(|| {
        if is_probe(&route) {
            tracing::debug!(status, latency_ms, "answered");
        } else {
            tracing::info!(status, latency_ms, "answered");
        }
    });
    response.headers_mut().insert(REQUEST_ID, value);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_request_ids_are_taken() {
        let ok = HeaderValue::from_static("3f2c9a7e-1b2d-4c3e-9f00-0123456789ab");
        assert_eq!(safe_request_id(&ok), Some("3f2c9a7e-1b2d-4c3e-9f00-0123456789ab"));
        for bad in ["", "a b", "x\"y", "amal@example.org", "a=b", "é"] {
            let v = HeaderValue::from_bytes(bad.as_bytes()).unwrap();
            assert_eq!(safe_request_id(&v), None, "{bad:?}");
        }
        assert_eq!(safe_request_id(&HeaderValue::from_str(&"a".repeat(65)).unwrap()), None);
    }
}
