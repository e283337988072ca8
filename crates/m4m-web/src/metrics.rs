//! What the server counts for its operators, served at `/metrics` in
//! Prometheus' text format: requests by route and status, their latency,
//! the outbox, the database pool, the background jobs. Routes are the
//! router's patterns (`/people/{id}`), never paths: no id of a person
//! leaves the server this way. Only the machine itself (not through a
//! proxy) or a caller with the metrics token reads it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::kit::client::Client;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0];

#[derive(Default)]
struct Histogram {
    /// Requests at or below each bound (not cumulative here; summed when
    /// written).
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
struct Counts {
    /// (method, route, status) → requests.
    requests: BTreeMap<(String, String, u16), u64>,
    /// route → latency.
    latency: BTreeMap<String, Histogram>,
    /// (job, outcome) → runs.
    jobs: BTreeMap<(&'static str, &'static str), u64>,
    /// job → Unix time of its last successful run.
    last_success: BTreeMap<&'static str, i64>,
}

/// The counters of one server process.
#[derive(Default)]
pub struct Metrics {
    counts: Mutex<Counts>,
}

/// The route of a request that matched none.
pub const UNMATCHED: &str = "unmatched";

impl Metrics {
    /// Counts one answered request.
    pub fn request(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        *c.requests.entry((method.to_owned(), route.to_owned(), status)).or_default() += 1;
        let h = c.latency.entry(route.to_owned()).or_default();
        if let Some(i) = BUCKETS.iter().position(|b| seconds <= *b) {
            h.buckets[i] += 1;
        }
        h.count += 1;
        h.sum += seconds;
    }

    /// Counts one run of a background job.
    pub fn job(&self, job: &'static str, ok: bool) {
        let mut c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        *c.jobs.entry((job, if ok { "ok" } else { "error" })).or_default() += 1;
        if ok {
            c.last_success.insert(job, m4m_store::now());
        }
    }

    /// Runs of `job` so far with that outcome.
    pub fn job_runs(&self, job: &str, ok: bool) -> u64 {
        let c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let outcome = if ok { "ok" } else { "error" };
        c.jobs.iter().filter(|((j, o), _)| *j == job && *o == outcome).map(|(_, n)| *n).sum()
    }

    /// The counters in the text format, with `extra` (gauges read at the
    /// time of asking) after them.
    fn render(&self, extra: &str) -> String {
        let c = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = String::new();
        out.push_str("# HELP m4m_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.push_str("# TYPE m4m_http_requests_total counter\n");
        for ((method, route, status), n) in &c.requests {
            let _ = writeln!(
                out,
                "m4m_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
                label(method),
                label(route)
            );
        }
        out.push_str("# HELP m4m_http_request_duration_seconds Time to answer a request, by route.\n");
        out.push_str("# TYPE m4m_http_request_duration_seconds histogram\n");
        for (route, h) in &c.latency {
            let route = label(route);
            let mut cumulative = 0;
            for (bound, n) in BUCKETS.iter().zip(h.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "m4m_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ =
                writeln!(out, "m4m_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}", h.count);
            let _ = writeln!(out, "m4m_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
            let _ = writeln!(out, "m4m_http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.count);
        }
        out.push_str("# HELP m4m_job_runs_total Runs of the background jobs, by job and outcome.\n");
        out.push_str("# TYPE m4m_job_runs_total counter\n");
        for ((job, outcome), n) in &c.jobs {
            let _ = writeln!(out, "m4m_job_runs_total{{job=\"{job}\",outcome=\"{outcome}\"}} {n}");
        }
        out.push_str(
            "# HELP m4m_job_last_success_timestamp_seconds When each background job last ran without error.\n",
        );
        out.push_str("# TYPE m4m_job_last_success_timestamp_seconds gauge\n");
        for (job, at) in &c.last_success {
            let _ = writeln!(out, "m4m_job_last_success_timestamp_seconds{{job=\"{job}\"}} {at}");
        }
        out.push_str(extra);
        out
    }
}

/// A label value with `\`, `"` and line breaks escaped, as the format
/// asks.
fn label(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Compares two secrets in time that depends only on their length.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether the request may read the metrics: from this machine and not
/// through a proxy, or with `Authorization: Bearer <metrics token>`.
fn may_read(app: &AppState, client: &Client, headers: &HeaderMap) -> bool {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match (&app.config.metrics_token, token) {
        (Some(expected), Some(sent)) => same_secret(expected.as_bytes(), sent.as_bytes()),
        _ => client.is_local(headers),
    }
}

/// `GET /metrics`
pub async fn metrics(State(app): State<AppState>, client: Client, headers: HeaderMap) -> Response {
    if !may_read(&app, &client, &headers) {
        return (StatusCode::FORBIDDEN, "metrics are read from this machine or with the metrics token\n")
            .into_response();
    }
    let mut extra = String::new();
    let ready = *app.ready.borrow();
    let _ =
        writeln!(extra, "# HELP m4m_ready Whether the server takes requests (migrations done, database answering).");
    let _ = writeln!(extra, "# TYPE m4m_ready gauge\nm4m_ready {}", u8::from(ready));
    let pool = app.store.pool_stats();
    let _ = writeln!(extra, "# HELP m4m_db_pool_connections Connections of the database pool, by state.");
    let _ = writeln!(extra, "# TYPE m4m_db_pool_connections gauge");
    let _ = writeln!(extra, "m4m_db_pool_connections{{state=\"idle\"}} {}", pool.idle);
    let _ = writeln!(extra, "m4m_db_pool_connections{{state=\"in_use\"}} {}", pool.size.saturating_sub(pool.idle));
    let _ = writeln!(extra, "# HELP m4m_db_pool_max_connections The most connections the pool opens.");
    let _ = writeln!(extra, "# TYPE m4m_db_pool_max_connections gauge\nm4m_db_pool_max_connections {}", pool.max);
    // Read only once the migrations are done: before, the table may not
    // exist yet.
    if ready && let Ok(outbox) = app.store.outbox_depth().await {
        let _ = writeln!(extra, "# HELP m4m_outbox_failed Messages given up, after their tries or a refusal for good.");
        let _ = writeln!(extra, "# TYPE m4m_outbox_failed gauge\nm4m_outbox_failed {}", outbox.failed);
        let _ = writeln!(extra, "# HELP m4m_outbox_unsent Messages waiting in the outbox.");
        let _ = writeln!(extra, "# TYPE m4m_outbox_unsent gauge\nm4m_outbox_unsent {}", outbox.unsent);
        let _ = writeln!(
            extra,
            "# HELP m4m_outbox_oldest_unsent_age_seconds How long the oldest waiting message has waited."
        );
        let _ = writeln!(
            extra,
            "# TYPE m4m_outbox_oldest_unsent_age_seconds gauge\nm4m_outbox_oldest_unsent_age_seconds {}",
            outbox.oldest_age_secs
        );
    }
    let body = app.metrics.render(&extra);
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"))], body)
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_format_has_cumulative_buckets_and_escaped_labels() {
        let m = Metrics::default();
        m.request("GET", "/people/{id}", 200, 0.003);
        m.request("GET", "/people/{id}", 200, 0.2);
        m.request("POST", "/a\"b", 404, 100.0);
        m.job("outbox", false);
        let text = m.render("");
        assert!(text.contains("m4m_http_requests_total{method=\"GET\",route=\"/people/{id}\",status=\"200\"} 2"));
        assert!(text.contains("route=\"/a\\\"b\""), "{text}");
        assert!(text.contains("m4m_http_request_duration_seconds_bucket{route=\"/people/{id}\",le=\"0.005\"} 1"));
        assert!(text.contains("m4m_http_request_duration_seconds_bucket{route=\"/people/{id}\",le=\"0.25\"} 2"));
        assert!(text.contains("m4m_http_request_duration_seconds_bucket{route=\"/a\\\"b\",le=\"30\"} 0"));
        assert!(text.contains("m4m_http_request_duration_seconds_bucket{route=\"/a\\\"b\",le=\"+Inf\"} 1"));
        assert!(text.contains("m4m_job_runs_total{job=\"outbox\",outcome=\"error\"} 1"));
        assert_eq!(m.job_runs("outbox", false), 1);
    }
}
