//! E-mail delivery. Every message is queued in the outbox first (in the
//! transaction of the change that causes it); when an SMTP server is
//! configured, [`dispatch_outbox`] sends what is unsent and marks it sent.
//! Without one, messages stay in the outbox for administrators to read.
//!
//! Plain SMTP only (`smtp://user:password@host:port`): TLS would add a TLS
//! stack to the build. Use a local relay (which then speaks TLS to the
//! world) until STARTTLS is added.

use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use m4m_store::Store;

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

/// An SMTP server as the URL names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpServer {
    pub host: String,
    pub port: u16,
    pub user: Option<(String, String)>,
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

/// Reads `smtp://[user[:password]@]host[:port]` (port 25 by default).
pub fn parse_smtp_url(url: &str) -> Result<SmtpServer, MailError> {
    let rest = url
        .trim()
        .strip_prefix("smtp://")
        .ok_or_else(|| MailError::Config("the SMTP URL must start with smtp:// (TLS is not supported yet)".into()))?;
    let rest = rest.split(['/', '?']).next().unwrap_or_default();
    let (userinfo, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || hostport.starts_with('[') => {
            (h, p.parse::<u16>().map_err(|_| MailError::Config("bad SMTP port".into()))?)
        }
        _ => (hostport, 25),
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
    Ok(SmtpServer { host: host.to_owned(), port, user })
}

/// Checks the mail settings at start-up, so that a typo stops the server
/// instead of failing every round.
pub fn check_config(config: &Config) -> Result<(), MailError> {
    if let Some(url) = &config.smtp_url {
        parse_smtp_url(url)?;
        config.mail_from.parse::<Mailbox>().map_err(|_| MailError::Config("bad --mail-from address".into()))?;
    }
    Ok(())
}

/// Messages sent per round at most.
const BATCH: i64 = 200;

/// Sends the unsent messages of the outbox through the configured SMTP
/// server and marks each one sent; returns how many were sent. A message
/// that fails stays unsent for the next round (the failure is logged
/// without its recipient). Without an SMTP server, does nothing.
pub async fn dispatch_outbox(store: &Store, config: &Config) -> Result<usize, MailError> {
    let Some(url) = &config.smtp_url else { return Ok(0) };
    let server = parse_smtp_url(url)?;
    let from: Mailbox = config.mail_from.parse().map_err(|_| MailError::Config("bad --mail-from address".into()))?;
    let messages = store.unsent(BATCH).await?;
    if messages.is_empty() {
        return Ok(0);
    }
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(server.host)
        .port(server.port)
        .timeout(Some(Duration::from_secs(20)));
    if let Some((user, password)) = server.user {
        builder = builder.credentials(Credentials::new(user, password));
    }
    let transport = builder.build();
    let mut sent = 0;
    for m in messages {
        let Ok(to) = m.recipient.parse::<Mailbox>() else {
            tracing::warn!(message_id = m.id, "outbox message with an unusable recipient address; left unsent");
            continue;
        };
        let email = match Message::builder()
            .from(from.clone())
            .to(to)
            .subject(m.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(m.body.clone())
        {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!(message_id = m.id, error = %crate::error::chain(&e), "could not build an outbox message; left unsent");
                continue;
            }
        };
        match transport.send(email).await {
            Ok(_) => {
                store.mark_sent(m.id).await?;
                sent += 1;
            }
            // The server's answer can quote the address: only its code is
            // logged.
            Err(e) if e.is_permanent() => {
                tracing::warn!(message_id = m.id, status = ?e.status(), "SMTP server refused a message; left unsent");
            }
            Err(e) => {
                // The server is down or busy: the rest waits for the next
                // round.
                tracing::warn!(message_id = m.id, status = ?e.status(), "SMTP delivery failed; will retry");
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
            parse_smtp_url("smtp://mailer:s%40cret@mail.example.org:2525").unwrap(),
            SmtpServer { host: "mail.example.org".into(), port: 2525, user: Some(("mailer".into(), "s@cret".into())) }
        );
        assert_eq!(parse_smtp_url("smtp://127.0.0.1").unwrap().port, 25);
        assert!(parse_smtp_url("smtps://x").is_err());
        assert!(parse_smtp_url("smtp://:25").is_err());
        assert!(parse_smtp_url("smtp://h:port").is_err());
    }
}
