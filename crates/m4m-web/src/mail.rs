//! E-mail delivery. Every message is queued in the outbox first (in the
//! transaction of the change that causes it); when an SMTP server is
//! configured, [`dispatch_outbox`] claims what is due, sends it and records
//! each attempt. Without one, messages stay in the outbox for
//! administrators to read.
//!
//! TLS through rustls: `smtps://` (implicit TLS, port 465) or
//! `smtp://…?tls=starttls` (STARTTLS required, port 587). Plain
//! `smtp://` is for a relay on the same machine: credentials are refused
//! over it unless the URL says `?tls=none` explicitly.
//!
//! A message the server refuses for good is given up at once; one that
//! fails for now is tried again later, each time after a longer wait, and
//! given up after `outbox::MAX_ATTEMPTS`: either way the messages behind it
//! go on, and administrators see the reason in the outbox.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use m4m_store::Store;
use m4m_store::outbox::Attempt;

use crate::Config;

/// What can stop a round of delivery.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The SMTP URL or the sender address cannot be used.
    #[error("mail configuration: {0}")]
    Config(String),
    /// The outbox could not be read or updated.
    #[error(transparent)]
    Store(#[from] m4m_store::StoreError),
}

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// Plain SMTP (a relay on the same machine).
    Plain,
    /// Plain at first, then STARTTLS, which must succeed.
    StartTls,
    /// TLS from the first byte (`smtps://`).
    Implicit,
}

/// An SMTP server as the URL names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpServer {
    pub host: String,
    pub port: u16,
    pub user: Option<(String, String)>,
    pub security: Security,
}

fn percent_decode(s: &str) -> Result<String, MailError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
            out.push(hex.ok_or_else(|| MailError::Config("bad percent-encoding".into()))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| MailError::Config("bad percent-encoding".into()))
}

/// Reads `smtp://[user[:password]@]host[:port][?tls=starttls|none]` (port
/// 25, or 587 with STARTTLS) and `smtps://…` (port 465).
pub fn parse_smtp_url(url: &str) -> Result<SmtpServer, MailError> {
    let url = url.trim();
    let (rest, implicit) = if let Some(r) = url.strip_prefix("smtps://") {
        (r, true)
    } else if let Some(r) = url.strip_prefix("smtp://") {
        (r, false)
    } else {
        return Err(MailError::Config("the SMTP URL must start with smtp:// or smtps://".into()));
    };
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let rest = rest.split('/').next().unwrap_or_default();
    let mut tls = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("tls", value)) => tls = Some(value.to_ascii_lowercase()),
            _ => return Err(MailError::Config(format!("unknown SMTP URL parameter {pair:?} (only tls=)"))),
        }
    }
    let security = match (implicit, tls.as_deref()) {
        (true, None | Some("implicit")) => Security::Implicit,
        (true, Some(_)) => return Err(MailError::Config("smtps:// is TLS already: leave out tls=".into())),
        (false, Some("starttls")) => Security::StartTls,
        (false, None | Some("none")) => Security::Plain,
        (false, Some(other)) => {
            return Err(MailError::Config(format!("tls={other}: use tls=starttls, tls=none or smtps://")));
        }
    };
    let default_port = match security {
        Security::Plain => 25,
        Security::StartTls => 587,
        Security::Implicit => 465,
    };
    let (userinfo, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || hostport.starts_with('[') => {
            (h, p.parse::<u16>().map_err(|_| MailError::Config("bad SMTP port".into()))?)
        }
        _ => (hostport, default_port),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err(MailError::Config("the SMTP URL names no host".into()));
    }
    let user = match userinfo {
        Some(u) => {
            let (name, password) = u.split_once(':').unwrap_or((u, ""));
            Some((percent_decode(name)?, percent_decode(password)?))
        }
        None => None,
    };
    // A password in clear on the network only when the operator wrote so.
    if user.is_some() && security == Security::Plain && tls.as_deref() != Some("none") {
        return Err(MailError::Config(
            "credentials over plain SMTP: use smtps:// or ?tls=starttls (or ?tls=none to send them unencrypted \
             to a relay you trust)"
                .into(),
        ));
    }
    Ok(SmtpServer { host: host.to_owned(), port, user, security })
}

/// The extra certificate authority the operator trusts for the SMTP
/// server's certificate (a private relay), read from its PEM file.
fn extra_root(config: &Config) -> Result<Option<Certificate>, MailError> {
    let Some(path) = &config.smtp_ca_file else { return Ok(None) };
    let pem = std::fs::read(path)
        .map_err(|e| MailError::Config(format!("cannot read --smtp-ca-file {}: {e}", path.display())))?;
    Certificate::from_pem(&pem)
        .map(Some)
        .map_err(|e| MailError::Config(format!("--smtp-ca-file {}: not a PEM certificate: {e}", path.display())))
}

/// The transport to the configured server.
fn transport(config: &Config, server: SmtpServer) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(server.host.clone())
        .port(server.port)
        .timeout(Some(Duration::from_secs(20)));
    if server.security != Security::Plain {
        let mut params = TlsParameters::builder(server.host.clone());
        if let Some(root) = extra_root(config)? {
            params = params.add_root_certificate(root);
        }
        let params = params.build_rustls().map_err(|e| MailError::Config(format!("TLS: {e}")))?;
        builder = builder.tls(match server.security {
            Security::Implicit => Tls::Wrapper(params),
            _ => Tls::Required(params),
        });
    }
    if let Some((user, password)) = server.user {
        builder = builder.credentials(Credentials::new(user, password));
    }
    Ok(builder.build())
}

/// Checks the mail settings at start-up, so that a typo stops the server
/// instead of failing every round.
pub fn check_config(config: &Config) -> Result<(), MailError> {
    if let Some(url) = &config.smtp_url {
        transport(config, parse_smtp_url(url)?)?;
        config.mail_from.parse::<Mailbox>().map_err(|_| MailError::Config("bad --mail-from address".into()))?;
    }
    Ok(())
}

/// The `Message-ID` of an outbox message: the same at every attempt (so
/// that a receiver can tell a repeat), unique per installation's sender
/// domain.
pub fn message_id(m: &m4m_store::outbox::Message, from: &Mailbox) -> String {
    format!("<m4m.{}.{}@{}>", m.id, m.created_at, from.email.domain())
}

/// Messages sent per round at most.
const BATCH: i64 = 200;

/// Claims the messages due now, sends them through the configured SMTP
/// server and records each attempt; returns how many were sent. Without an
/// SMTP server, does nothing. A message refused or failing does not hold
/// back the others; when the server cannot be reached at all, the rest of
/// the round is let go for the next one.
pub async fn dispatch_outbox(store: &Store, config: &Config) -> Result<usize, MailError> {
    let Some(url) = &config.smtp_url else { return Ok(0) };
    let server = parse_smtp_url(url)?;
    let from: Mailbox = config.mail_from.parse().map_err(|_| MailError::Config("bad --mail-from address".into()))?;
    let transport = transport(config, server)?;
    let messages = store.claim_outbox(BATCH).await?;
    let mut sent = 0;
    for (i, m) in messages.iter().enumerate() {
        let Ok(to) = m.recipient.parse::<Mailbox>() else {
            tracing::warn!(message_id = m.id, "outbox message with an unusable recipient address; given up");
            store.record_attempt(m.id, &Attempt::Refused("unusable recipient address".into())).await?;
            continue;
        };
        let email = match Message::builder()
            .from(from.clone())
            .to(to)
            .subject(m.subject.clone())
            .message_id(Some(message_id(m, &from)))
            .header(ContentType::TEXT_PLAIN)
            .body(m4m_store::outbox::with_links(&m.body, &config.public_url))
        {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!(message_id = m.id, error = %crate::error::chain(&e), "could not build an outbox message; given up");
                store.record_attempt(m.id, &Attempt::Refused(e.to_string())).await?;
                continue;
            }
        };
        match transport.send(email).await {
            Ok(_) => {
                store.record_attempt(m.id, &Attempt::Sent).await?;
                sent += 1;
            }
            // The server's answer can quote the address: the log has only
            // its code; the outbox, which holds the address anyway, keeps
            // the answer for the administrators.
            Err(e) if e.is_permanent() => {
                tracing::warn!(message_id = m.id, status = ?e.status(), "SMTP server refused a message; given up");
                store.record_attempt(m.id, &Attempt::Refused(e.to_string())).await?;
            }
            Err(e) if e.is_transient() => {
                tracing::warn!(message_id = m.id, status = ?e.status(), "SMTP server deferred a message; will retry");
                store.record_attempt(m.id, &Attempt::Failed(e.to_string())).await?;
            }
            Err(e) => {
                // The server cannot be reached (down, TLS, timeout): this
                // attempt counts, the rest waits for the next round.
                tracing::warn!(message_id = m.id, error = %crate::error::chain(&e), "SMTP delivery failed; will retry");
                store.record_attempt(m.id, &Attempt::Failed(crate::error::chain(&e))).await?;
                let rest: Vec<i64> = messages[i + 1..].iter().map(|m| m.id).collect();
                store.release_claims(&rest).await?;
                break;
            }
        }
    }
    if sent > 0 {
        tracing::info!(sent, "outbox messages sent");
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_are_read() {
        assert_eq!(
            parse_smtp_url("smtps://mailer:s%40cret@mail.example.org").unwrap(),
            SmtpServer {
                host: "mail.example.org".into(),
                port: 465,
                user: Some(("mailer".into(), "s@cret".into())),
                security: Security::Implicit,
            }
        );
        let starttls = parse_smtp_url("smtp://m:p@mail.example.org?tls=starttls").unwrap();
        assert_eq!((starttls.port, starttls.security), (587, Security::StartTls));
        assert_eq!(parse_smtp_url("smtp://127.0.0.1").unwrap().port, 25);
        assert_eq!(parse_smtp_url("smtp://127.0.0.1:2525").unwrap().security, Security::Plain);
        // Credentials in clear only when the URL says so.
        let refused = parse_smtp_url("smtp://m:p@mail.example.org:2525").unwrap_err().to_string();
        assert!(refused.contains("credentials over plain SMTP"), "{refused}");
        assert_eq!(parse_smtp_url("smtp://m:p@relay:2525?tls=none").unwrap().security, Security::Plain);
        assert!(parse_smtp_url("smtps://x?tls=none").is_err());
        assert!(parse_smtp_url("smtp://x?tls=maybe").is_err());
        assert!(parse_smtp_url("smtp://x?verify=no").is_err());
        assert!(parse_smtp_url("http://x").is_err());
        assert!(parse_smtp_url("smtp://:25").is_err());
        assert!(parse_smtp_url("smtp://h:port").is_err());
    }
}
