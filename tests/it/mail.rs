//! E-mail over real SMTP listeners on loopback: plain, STARTTLS and
//! implicit TLS (with the test certificate authority and the certificate
//! for localhost and 127.0.0.1 in `fixtures/`, made once with openssl and
//! valid for a hundred years); credentials never in clear unless the URL
//! says so; a refused or deferred message does not hold back the others and
//! is given up after a bounded number of attempts, with the reason shown to
//! administrators; two servers on one database send each message once.

use std::sync::{Arc, Mutex};

use m4m_web::Config;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio_rustls::rustls;

use crate::support::{TestApp, exec};

/// How the test server speaks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Plain SMTP, no STARTTLS offered.
    Plain,
    /// Plain first, STARTTLS offered.
    StartTls,
    /// TLS from the first byte.
    Implicit,
}

/// A message the server took.
#[derive(Debug, Clone)]
struct Received {
    tls: bool,
    /// The `AUTH` line's credentials, decoded.
    auth: Option<String>,
    rcpt: Vec<String>,
    data: String,
}

#[derive(Default)]
struct Seen {
    messages: Vec<Received>,
    /// Every command, with whether it came over TLS.
    commands: Vec<(bool, String)>,
}

type Log = Arc<Mutex<Seen>>;

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures").join(name)
}

fn acceptor() -> tokio_rustls::TlsAcceptor {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(fixture("smtp-test-localhost.pem")).unwrap().collect::<Result<_, _>>().unwrap();
    let key = PrivateKeyDer::from_pem_file(fixture("smtp-test-localhost.key")).unwrap();
    // ring is the one crypto provider built (deny.toml: ring, not aws-lc).
    let config = rustls::ServerConfig::builder().with_no_client_auth().with_single_cert(certs, key).unwrap();
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

/// An SMTP server on loopback: takes every message, except that it
/// refuses for good recipients whose address has `refused` and defers
/// those with `later`.
async fn smtp_server(mode: Mode) -> (u16, Log) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let log: Log = Arc::default();
    let seen = log.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else { return };
            let seen = seen.clone();
            tokio::spawn(async move {
                if mode == Mode::Implicit {
                    if let Ok(tls) = acceptor().accept(tcp).await {
                        session(tls, (true, true), false, &seen).await;
                    }
                    return;
                }
                if let Some(tcp) = session(tcp, (false, true), mode == Mode::StartTls, &seen).await
                    && let Ok(tls) = acceptor().accept(tcp).await
                {
                    session(tls, (true, false), false, &seen).await;
                }
            });
        }
    });
    (port, log)
}

/// One SMTP conversation; returns the stream when the client asked for
/// STARTTLS.
async fn session<S: AsyncRead + AsyncWrite + Unpin>(
    stream: S,
    (tls, greet): (bool, bool),
    offer_tls: bool,
    seen: &Log,
) -> Option<S> {
    let mut s = BufReader::new(stream);
    // After STARTTLS the client speaks first (EHLO again).
    if greet {
        s.write_all(b"220 localhost ESMTP test\r\n").await.ok()?;
    }
    let (mut rcpt, mut auth) = (Vec::new(), None);
    loop {
        let mut line = String::new();
        if s.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end().to_owned();
        let upper = line.to_ascii_uppercase();
        seen.lock().unwrap().commands.push((tls, line.clone()));
        let reply: String = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
            let starttls = if offer_tls && !tls { "250-STARTTLS\r\n" } else { "" };
            format!("250-localhost\r\n{starttls}250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")
        } else if upper == "STARTTLS" && offer_tls && !tls {
            s.write_all(b"220 go ahead\r\n").await.ok()?;
            return Some(s.into_inner());
        } else if let Some(plain) = upper.strip_prefix("AUTH PLAIN ").map(|_| &line[11..]) {
            auth = Some(String::from_utf8_lossy(&decode_base64(plain)).replace('\0', " ").trim().to_owned());
            "235 2.7.0 accepted\r\n".into()
        } else if upper.starts_with("RCPT TO:") {
            let to = line[8..].trim().trim_matches(['<', '>']).to_owned();
            if to.contains("refused") {
                "550 5.1.1 no such mailbox here\r\n".into()
            } else if to.contains("later") {
                "451 4.3.0 mailbox busy, try again later\r\n".into()
            } else {
                rcpt.push(to);
                "250 OK\r\n".into()
            }
        } else if upper == "DATA" {
            s.write_all(b"354 go on\r\n").await.ok()?;
            let mut data = String::new();
            loop {
                let mut l = String::new();
                if s.read_line(&mut l).await.ok()? == 0 || l.trim_end() == "." {
                    break;
                }
                data.push_str(&l);
            }
            let m = Received { tls, auth: auth.clone(), rcpt: std::mem::take(&mut rcpt), data };
            seen.lock().unwrap().messages.push(m);
            "250 queued\r\n".into()
        } else if upper == "QUIT" {
            let _ = s.write_all(b"221 bye\r\n").await;
            return None;
        } else {
            "250 OK\r\n".into()
        };
        s.write_all(reply.as_bytes()).await.ok()?;
    }
}

fn decode_base64(s: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=') {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else { continue };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

fn config(url: String) -> Config {
    Config {
        smtp_url: Some(url),
        smtp_ca_file: Some(fixture("smtp-test-ca.pem")),
        mail_from: "m4m <m4m@example.org>".into(),
        ..Config::default()
    }
}

/// Queues one message to `to`, straight into the outbox.
async fn queue(app: &TestApp, to: &str) {
    let mut raw = app.raw().await;
    m4m_store::outbox::queue(&mut raw, to, "Hello", "A message from m4m.").await.unwrap();
}

async fn outbox_row(app: &TestApp, to: &str) -> m4m_store::outbox::Message {
    app.store.outbox(500).await.unwrap().into_iter().find(|m| m.recipient == to).unwrap()
}

#[tokio::test]
async fn mail_goes_out_over_starttls_and_implicit_tls_with_credentials_inside() {
    for (mode, url) in [
        (Mode::StartTls, "smtp://mailer:s%40cret@localhost:{port}?tls=starttls"),
        (Mode::Implicit, "smtps://mailer:s%40cret@127.0.0.1:{port}"),
    ] {
        let app = TestApp::spawn().await;
        // A reset link asked over HTTP: the message to send.
        let c = app.client();
        let asked = c.post("/login/forgot", "/login/forgot", &[("email", "buddy1.fr@example.org")]).await;
        assert_eq!(asked.status, 303);
        let (port, log) = smtp_server(mode).await;
        // The public address changed since the message was queued: the
        // link goes out with the new one.
        let config = Config {
            public_url: "https://buddies.example.org/".into(),
            ..config(url.replace("{port}", &port.to_string()))
        };
        m4m_web::mail::check_config(&config).unwrap();
        let sent = m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap();
        assert!(sent >= 1);
        let id = outbox_row(&app, "buddy1.fr@example.org").await.id;
        let seen = log.lock().unwrap();
        let m = seen.messages.iter().find(|m| m.rcpt == ["buddy1.fr@example.org"]).expect("the reset message");
        assert!(m.tls, "sent inside TLS");
        assert_eq!(m.auth.as_deref(), Some("mailer s@cret"));
        // (Quoted-printable may wrap a long line.)
        let text = m.data.replace("=\r\n", "");
        assert!(text.contains("https://buddies.example.org/login/reset/"), "{}", m.data);
        assert!(m.data.contains(&format!("Message-ID: <m4m.{id}.")), "{}", m.data);
        // Nothing that matters went in clear: the password only inside TLS.
        assert!(seen.commands.iter().filter(|(_, c)| c.starts_with("AUTH")).all(|(tls, _)| *tls));
        assert!(seen.commands.iter().filter(|(_, c)| c.starts_with("MAIL FROM")).all(|(tls, _)| *tls));
    }
}

#[tokio::test]
async fn credentials_never_go_over_a_plain_connection_unless_the_url_says_so() {
    let app = TestApp::spawn().await;
    queue(&app, "buddy1.fr@example.org").await;
    let (port, log) = smtp_server(Mode::Plain).await;
    // Plain SMTP with a password: refused at start-up.
    let plain = config(format!("smtp://mailer:secret@127.0.0.1:{port}"));
    let refused = m4m_web::mail::check_config(&plain).unwrap_err().to_string();
    assert!(refused.contains("credentials over plain SMTP"), "{refused}");
    // STARTTLS required, and the server does not offer it: nothing is sent,
    // no password either; the attempt is recorded for another round.
    let starttls = config(format!("smtp://mailer:secret@127.0.0.1:{port}?tls=starttls"));
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &starttls).await.unwrap(), 0);
    assert!(log.lock().unwrap().commands.iter().all(|(_, c)| !c.starts_with("AUTH") && !c.starts_with("MAIL")));
    let row = outbox_row(&app, "buddy1.fr@example.org").await;
    assert_eq!((row.attempts, row.failed_at, row.sent_at), (1, None, None));
    // A certificate from an authority nobody trusts is refused too.
    let (tls_port, tls_log) = smtp_server(Mode::Implicit).await;
    exec(&mut app.raw().await, "UPDATE outbox SET next_attempt_at = 0").await;
    let untrusted = Config { smtp_ca_file: None, ..config(format!("smtps://mailer:secret@localhost:{tls_port}")) };
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &untrusted).await.unwrap(), 0);
    assert!(tls_log.lock().unwrap().commands.is_empty(), "no command after a failed handshake");
    // Said explicitly: a relay the operator trusts gets them in clear.
    exec(&mut app.raw().await, "UPDATE outbox SET next_attempt_at = 0").await;
    let said = config(format!("smtp://mailer:secret@127.0.0.1:{port}?tls=none"));
    m4m_web::mail::check_config(&said).unwrap();
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &said).await.unwrap(), 1);
    assert_eq!(log.lock().unwrap().messages[0].auth.as_deref(), Some("mailer secret"));
}

#[tokio::test]
async fn a_refused_or_deferred_message_does_not_hold_back_the_others_and_is_given_up_in_the_end() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    exec(&mut raw, "DELETE FROM outbox").await;
    for to in ["refused.person@example.org", "later.person@example.org", "buddy1.fr@example.org"] {
        queue(&app, to).await;
    }
    let (port, log) = smtp_server(Mode::Plain).await;
    let config = config(format!("smtp://127.0.0.1:{port}"));
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap(), 1, "the one behind goes out");
    let refused = outbox_row(&app, "refused.person@example.org").await;
    assert!(refused.failed_at.is_some(), "refused for good: given up at once");
    assert!(refused.last_error.as_deref().unwrap_or_default().contains("550"), "{refused:?}");
    let later = outbox_row(&app, "later.person@example.org").await;
    assert_eq!((later.attempts, later.failed_at), (1, None));
    assert!(later.next_attempt_at > m4m_store::now() + 30, "waits before the next attempt");
    // The next round does not hammer the server with it.
    let before = log.lock().unwrap().commands.len();
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap(), 0);
    assert_eq!(log.lock().unwrap().commands.len(), before, "nothing due");
    // When due, tried again; after the last allowed attempt, given up.
    exec(&mut raw, "UPDATE outbox SET next_attempt_at = 0").await;
    m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap();
    assert_eq!(outbox_row(&app, "later.person@example.org").await.attempts, 2);
    exec(
        &mut raw,
        &format!(
            "UPDATE outbox SET next_attempt_at = 0, attempts = {} WHERE recipient LIKE 'later%'",
            m4m_store::outbox::MAX_ATTEMPTS - 1
        ),
    )
    .await;
    m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap();
    let later = outbox_row(&app, "later.person@example.org").await;
    assert!(later.failed_at.is_some());
    assert_eq!(later.attempts, m4m_store::outbox::MAX_ATTEMPTS);
    assert!(app.store.unsent(100).await.unwrap().is_empty());
    // The administrators see what became of each, and why.
    let admin = app.login("admin@example.org").await;
    let page = admin.get("/admin/outbox?lang=en").await;
    page.assert_has("Given up after 1 attempt(s): permanent error (550)");
    page.assert_has(&format!("Given up after {} attempt(s)", m4m_store::outbox::MAX_ATTEMPTS));
    page.assert_has("Sent ");
}

#[tokio::test]
async fn two_servers_on_one_database_send_each_message_once() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    exec(&mut raw, "DELETE FROM outbox").await;
    // Two rounds' worth (a round claims at most 200).
    for i in 0..400 {
        m4m_store::outbox::queue(&mut raw, &format!("person{i}@example.org"), "Hello", "A message.").await.unwrap();
    }
    let (port, log) = smtp_server(Mode::Plain).await;
    let config = config(format!("smtp://127.0.0.1:{port}"));
    // A second server: its own connections to the same database.
    let other = m4m_store::Store::connect(&app.url).await.unwrap();
    let (a, b) = tokio::join!(
        m4m_web::mail::dispatch_outbox(&app.store, &config),
        m4m_web::mail::dispatch_outbox(&other, &config)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!((a, b), (200, 200), "each server its share");
    let mut recipients: Vec<String> = log.lock().unwrap().messages.iter().flat_map(|m| m.rcpt.clone()).collect();
    assert_eq!(recipients.len(), 400, "each message once");
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 400);
    assert!(app.store.unsent(500).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_message_goes_to_the_address_its_account_has_when_it_is_sent() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    exec(&mut raw, "DELETE FROM outbox").await;
    let asked = app.client().post("/login/forgot", "/login/forgot", &[("email", "buddy1.fr@example.org")]).await;
    assert_eq!(asked.status, 303);
    queue(&app, "someone.else@example.org").await;
    // Karim's address changes before the message goes out.
    exec(&mut raw, "UPDATE users SET email = 'karim.benali@example.net' WHERE email = 'buddy1.fr@example.org'").await;
    let (port, log) = smtp_server(Mode::Plain).await;
    assert_eq!(
        m4m_web::mail::dispatch_outbox(&app.store, &config(format!("smtp://127.0.0.1:{port}"))).await.unwrap(),
        2
    );
    let mut to: Vec<Vec<String>> = log.lock().unwrap().messages.iter().map(|m| m.rcpt.clone()).collect();
    to.sort();
    assert_eq!(to, [["karim.benali@example.net"], ["someone.else@example.org"]]);
}

/// Two `m4m serve` processes on one database, each sending the outbox as
/// it starts: every message goes out once. A round takes at most 200
/// messages, so that 400 go out in the first rounds only if both servers
/// send their share.
#[tokio::test]
async fn two_server_processes_on_one_database_send_each_message_once() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    exec(&mut raw, "DELETE FROM outbox").await;
    for i in 0..400 {
        m4m_store::outbox::queue(&mut raw, &format!("member{i}@example.org"), "Hello", "A message.").await.unwrap();
    }
    let (port, log) = smtp_server(Mode::Plain).await;
    let smtp = format!("smtp://127.0.0.1:{port}");
    let env = [("M4M_SMTP_URL", smtp.as_str()), ("M4M_MAIL_FROM", "m4m <m4m@example.org>")];
    let (first, second) = tokio::join!(
        crate::support::ServerProcess::start_with(&app.url, "warn", &env),
        crate::support::ServerProcess::start_with(&app.url, "warn", &env)
    );
    let members = || -> Vec<String> {
        log.lock().unwrap().messages.iter().flat_map(|m| m.rcpt.clone()).filter(|r| r.starts_with("member")).collect()
    };
    for _ in 0..300 {
        if members().len() >= 400 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // A moment more, for a second sending to show if there were one.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let (a, b) = (first.stop(), second.stop());
    let mut got = members();
    assert_eq!(got.len(), 400, "each message once\n{a}\n{b}");
    got.sort();
    got.dedup();
    assert_eq!(got.len(), 400);
}
