//! Step 7: peer sessions logged and confirmed by the pair, who sees what,
//! the calendar feeds (parsed by an independent iCalendar parser), the
//! reminders to idle pairs and the delivery of the outbox over SMTP.

use std::sync::{Arc, Mutex};

use m4m_domain::peer_session::SessionStatus;
use m4m_web::Config;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::support::{Client, TestApp};

async fn user_id(app: &TestApp, email: &str) -> i64 {
    app.store.user_by_email(email).await.unwrap().unwrap().id
}

/// The pair of Karim (buddy1) and Amal (newcomer1).
async fn karim_and_amal(app: &TestApp) -> i64 {
    let karim = user_id(app, "buddy1.fr@example.org").await;
    let pairs = app.store.pairs_of_user(karim).await.unwrap();
    assert_eq!(pairs.len(), 1);
    assert_eq!(pairs[0].mentee.first_name, "Amal");
    pairs[0].id
}

/// The French demo organisation's wall clock.
fn paris() -> m4m_domain::zone::Zone {
    m4m_domain::zone::Zone::parse("Europe/Paris").unwrap()
}

/// Today in Paris, where the French demo pairs meet.
fn today() -> String {
    in_days(0)
}

fn in_days(n: i64) -> String {
    let d = paris().today(time::OffsetDateTime::now_utc()) + time::Duration::days(n);
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

async fn log_held(c: &Client, pair: i64, summary: &str) -> crate::support::Page {
    c.post(
        &format!("/pairs/{pair}/sessions/new"),
        &format!("/pairs/{pair}/sessions?lang=en"),
        &[
            ("date", &today()),
            ("time", "00:30"),
            ("duration", "90"),
            ("mode", "in_person"),
            ("place", "Gare Lille-Flandres"),
            ("topics", "transport"),
            ("topics", "language"),
            ("summary", summary),
            ("rating", "4"),
        ],
    )
    .await
}

#[tokio::test]
async fn a_buddy_logs_a_session_and_the_newcomer_confirms_it() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let karim = app.login("buddy1.fr@example.org").await;
    let home = karim.get("/home?lang=en").await;
    home.assert_has(&format!("href=\"/pairs/{pair}/sessions/new\""));
    home.assert_has(&format!("href=\"/pairs/{pair}/sessions/new?planned=1\""));
    let form = karim.get(&format!("/pairs/{pair}/sessions/new?lang=en")).await;
    assert_eq!(form.status, 200);
    form.assert_has("Log a session");
    form.assert_has(&format!("value=\"{}\"", today()));
    form.assert_has("name=\"mode\" value=\"in_person\" checked");
    form.assert_has("value=\"60\"");

    let saved = log_held(&karim, pair, "Bought a monthly pass at the station.").await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), format!("/pairs/{pair}?saved=1&lang=en"));
    let sessions = app.store.peer_sessions(pair).await.unwrap();
    let s = sessions.iter().find(|s| s.summary == "Bought a monthly pass at the station.").unwrap();
    assert_eq!(s.status, SessionStatus::Held);
    assert_eq!(s.topics, ["language", "transport"]);
    assert_eq!(s.rating, Some(4));
    assert_eq!(s.duration_minutes, 90);
    let karim_id = user_id(&app, "buddy1.fr@example.org").await;
    assert_eq!(s.logged_by, Some(karim_id));
    let page = karim.get(&format!("/pairs/{pair}?saved=1&lang=en")).await;
    page.assert_has("The session is saved.");
    page.assert_has("Logged by you");

    // The newcomer sees it and confirms it; the buddy cannot confirm his own.
    let amal = app.login("newcomer1.fr@example.org").await;
    let seen = amal.get(&format!("/pairs/{pair}?lang=en")).await;
    seen.assert_has("Bought a monthly pass at the station.");
    seen.assert_has("Logged by <bdi>Karim</bdi>");
    seen.assert_has(&format!("/pairs/{pair}/sessions/{}/confirm", s.id));
    let own = karim.post(&format!("/pairs/{pair}"), &format!("/pairs/{pair}/sessions/{}/confirm", s.id), &[]).await;
    assert_eq!(own.status, 409);
    let confirmed =
        amal.post(&format!("/pairs/{pair}"), &format!("/pairs/{pair}/sessions/{}/confirm", s.id), &[]).await;
    assert_eq!(confirmed.status, 303);
    let again = amal.post(&format!("/pairs/{pair}"), &format!("/pairs/{pair}/sessions/{}/confirm", s.id), &[]).await;
    assert_eq!(again.status, 409);
    karim.get(&format!("/pairs/{pair}?lang=en")).await.assert_has("Confirmed by <bdi>Amal</bdi>");
    // In her language by default.
    amal.get(&format!("/pairs/{pair}")).await.assert_has("أكّدتموها أنتم");

    // Every change is audited.
    let audit = app.store.audit_for(&format!("peer_session:{}", s.id), 10).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(actions, ["peer_session.confirm", "peer_session.held"]);

    // The newcomer logs one too, from her side.
    let hers = log_held(&amal, pair, "Practised French at the market.").await;
    assert_eq!(hers.status, 303, "{}", hers.body);
}

#[tokio::test]
async fn only_the_pair_and_its_organisation_see_it() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let before = app.store.peer_sessions(pair).await.unwrap().len();
    let leila = app.login("buddy2.fr@example.org").await;
    assert_eq!(leila.get(&format!("/pairs/{pair}")).await.status, 404);
    assert_eq!(leila.get(&format!("/pairs/{pair}/sessions/new")).await.status, 404);
    let forged = log_held(&leila, pair, "Not her pair").await;
    assert_eq!(forged.status, 404);
    let hamid = app.login("newcomer2.fr@example.org").await;
    assert_eq!(hamid.get(&format!("/pairs/{pair}")).await.status, 404);
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get(&format!("/pairs/{pair}")).await.status, 404);
    assert_eq!(log_held(&greek, pair, "Other organisation").await.status, 404);
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), before, "nothing stored");
    // The coordinator of the organisation sees the pair, cannot confirm for it.
    let claire = app.login("coordinator.fr@example.org").await;
    let page = claire.get(&format!("/pairs/{pair}?lang=en")).await;
    assert_eq!(page.status, 200);
    page.assert_has("Karim and Amal");
    let s = app.store.peer_sessions(pair).await.unwrap().into_iter().find(|s| s.logged_by.is_some()).unwrap();
    let confirm =
        claire.post(&format!("/pairs/{pair}"), &format!("/pairs/{pair}/sessions/{}/confirm", s.id), &[]).await;
    assert_eq!(confirm.status, 403);
    assert_eq!(app.client().get(&format!("/pairs/{pair}")).await.status, 303, "log in first");
}

#[tokio::test]
async fn wrong_input_is_refused_with_messages_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let before = app.store.peer_sessions(pair).await.unwrap().len();
    let karim = app.login("buddy1.fr@example.org").await;
    let form = format!("/pairs/{pair}/sessions/new");
    let bad = karim
        .post(
            &form,
            &format!("/pairs/{pair}/sessions?lang=en"),
            &[
                ("date", &in_days(3)),
                ("time", "10:00"),
                ("duration", "60"),
                ("mode", "in_person"),
                ("topics", "cooking"),
                ("summary", "Typed by mistake"),
                ("rating", "9"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has("A session held cannot be in the future.");
    bad.assert_has("Choose a number from 1 to 5.");
    bad.assert_has("Choose one of the options offered.");
    bad.assert_has("Typed by mistake");
    bad.assert_has("aria-invalid=\"true\"");
    let missing = karim
        .post(
            &form,
            &format!("/pairs/{pair}/sessions?lang=fr"),
            &[
                ("date", ""),
                ("time", "10:00"),
                ("duration", "60"),
                ("mode", "in_person"),
                ("topics", "health"),
                ("rating", "3"),
            ],
        )
        .await;
    assert_eq!(missing.status, 422);
    missing.assert_has("Ce champ est obligatoire.");
    let past_plan = karim
        .post(
            &format!("{form}?planned=1"),
            &format!("/pairs/{pair}/sessions?lang=en"),
            &[("planned", "1"), ("date", &in_days(-2)), ("time", "10:00"), ("duration", "60"), ("mode", "phone")],
        )
        .await;
    assert_eq!(past_plan.status, 422);
    past_plan.assert_has("A planned session cannot be in the past.");
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), before, "nothing stored");
}

fn parse_ics(body: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let cal = calendars.next().expect("one calendar").expect("a valid calendar");
    assert!(calendars.next().is_none());
    let prop = |name: &str| cal.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone());
    assert_eq!(prop("VERSION").as_deref(), Some("2.0"));
    assert!(prop("PRODID").is_some());
    cal.events
}

fn value(e: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    e.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
}

#[tokio::test]
async fn planned_sessions_are_in_a_private_calendar_feed() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let karim = app.login("buddy1.fr@example.org").await;
    let plan = karim
        .post(
            &format!("/pairs/{pair}/sessions/new?planned=1"),
            &format!("/pairs/{pair}/sessions"),
            &[
                ("planned", "1"),
                ("date", &in_days(3)),
                ("time", "15:30"),
                ("duration", "45"),
                ("mode", "in_person"),
                ("place", "Café; rue de Paris, Lille"),
                ("summary", "Visit the job centre"),
            ],
        )
        .await;
    assert_eq!(plan.status, 303, "{}", plan.body);
    let planned =
        app.store.peer_sessions(pair).await.unwrap().into_iter().find(|s| s.summary == "Visit the job centre");
    let planned = planned.unwrap();
    assert_eq!(planned.status, SessionStatus::Planned);

    // The download, logged in.
    let download = karim.get("/calendar/download.ics").await;
    assert_eq!(download.status, 200);
    assert_eq!(download.headers["content-type"], "text/calendar; charset=utf-8");
    assert!(download.body.contains("\r\n") && !download.body.replace("\r\n", "").contains('\n'));
    assert!(download.body.split("\r\n").all(|l| l.len() <= 75));
    let events = parse_ics(&download.body);
    assert_eq!(events.len(), 3, "two demo sessions and the new one");

    // The private feed, without log-in.
    let made = karim.post("/calendar", "/calendar/renew", &[]).await;
    assert_eq!(made.status, 200);
    let start = made.body.find(&format!("value=\"{}/calendar/", app.base)).expect("the new link") + 7;
    let url = &made.body[start..start + made.body[start..].find('"').unwrap()];
    assert!(url.ends_with(".ics"), "{url}");
    let path = &url[app.base.len()..];
    let anonymous = app.client();
    let feed = anonymous.get(path).await;
    assert_eq!(feed.status, 200, "{}", feed.body);
    assert_eq!(feed.headers["content-type"], "text/calendar; charset=utf-8");
    assert_eq!(feed.headers["cache-control"], "no-store");
    let events = parse_ics(&feed.body);
    assert_eq!(events.len(), 3);
    let uid = format!("peer-session-{}@m4m", planned.id);
    let e = events.iter().find(|e| value(e, "UID") == uid).expect("the planned session");
    // Typed as 15:30 in Lille; the feed says when that is in UTC.
    let day = time::Date::parse(&in_days(3), time::macros::format_description!("[year]-[month]-[day]")).unwrap();
    assert_eq!(planned.starts_at, paris().unix(day.with_hms(15, 30, 0).unwrap()));
    let start = time::OffsetDateTime::from_unix_timestamp(planned.starts_at).unwrap();
    assert_eq!(
        value(e, "DTSTART"),
        format!("{:04}{:02}{:02}T{:02}3000Z", start.year(), u8::from(start.month()), start.day(), start.hour())
    );
    let end = start + time::Duration::minutes(45);
    assert_eq!(
        value(e, "DTEND"),
        format!("{:04}{:02}{:02}T{:02}1500Z", end.year(), u8::from(end.month()), end.day(), end.hour())
    );
    assert_eq!(value(e, "LOCATION"), "Café\\; rue de Paris\\, Lille");
    // In Karim's language, with Amal's first name only.
    assert_eq!(value(e, "SUMMARY"), "Rencontre avec Amal");

    // Renewed: the old link is gone; revoked: the new one too.
    let renewed = karim.post("/calendar", "/calendar/renew", &[]).await;
    assert_eq!(renewed.status, 200);
    assert_eq!(anonymous.get(path).await.status, 404);
    let revoked = karim.post("/calendar", "/calendar/revoke", &[]).await;
    assert_eq!(revoked.status, 303);
    karim.get("/calendar?lang=en").await.assert_has("You have no private link.");
    assert_eq!(anonymous.get("/calendar/not-a-token.ics").await.status, 404);
    assert_eq!(anonymous.get("/calendar/download.ics").await.status, 303, "log in first");
}

#[tokio::test]
async fn an_idle_pair_is_reminded_once_in_each_language() {
    let app = TestApp::spawn().await;
    let config = Config::default();
    let now = m4m_store::now();
    // Today every demo pair has logged something.
    assert_eq!(m4m_web::reminders::run_reminders(&app.store, &config, now).await.unwrap(), 0);
    let later = now + 30 * 86_400;
    assert_eq!(m4m_web::reminders::run_reminders(&app.store, &config, later).await.unwrap(), 2);
    assert_eq!(m4m_web::reminders::run_reminders(&app.store, &config, later + 86_400).await.unwrap(), 0, "once");
    let outbox = app.store.outbox(50).await.unwrap();
    let to = |email: &str| outbox.iter().find(|m| m.recipient == email).unwrap();
    assert!(to("buddy1.fr@example.org").subject.contains("Amal"), "French for Karim");
    assert!(to("buddy1.fr@example.org").body.contains("binôme"));
    assert!(to("newcomer1.fr@example.org").body.contains("Karim"));
    assert!(to("newcomer1.fr@example.org").body.contains("ثنائيكم"), "Arabic for Amal");
    assert!(to("newcomer1.fr@example.org").body.contains("/pairs/"));
    // (The check-in due in pair 2 has its own message, counted apart.)
    let idle = |m: &&m4m_store::outbox::Message| !m.body.contains("/checkin");
    assert_eq!(
        outbox.iter().filter(idle).filter(|m| m.subject.contains("Hamid") || m.subject.contains("Leila")).count(),
        2
    );
    // Fifteen days later (over the 14-day default), they are reminded again.
    let next = later + 15 * 86_400;
    assert_eq!(m4m_web::reminders::run_reminders(&app.store, &config, next).await.unwrap(), 2);
}

/// A tiny SMTP server on loopback that accepts everything and keeps the
/// envelope recipients and the data of each message.
async fn smtp_server() -> (u16, Arc<Mutex<Vec<(Vec<String>, String)>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { return };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 localhost ESMTP test\r\n").await.unwrap();
                let mut rcpt = Vec::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-localhost\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        rcpt.push(line[8..].trim().trim_matches(['<', '>']).to_owned());
                        b"250 OK\r\n"
                    } else if upper == "DATA" {
                        write.write_all(b"354 go on\r\n").await.unwrap();
                        let mut data = String::new();
                        while let Ok(Some(l)) = lines.next_line().await {
                            if l == "." {
                                break;
                            }
                            data.push_str(&l);
                            data.push('\n');
                        }
                        store.lock().unwrap().push((std::mem::take(&mut rcpt), data));
                        b"250 queued\r\n"
                    } else if upper == "QUIT" {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

#[tokio::test]
async fn the_outbox_is_sent_through_smtp_when_configured() {
    let app = TestApp::spawn().await;
    let (port, received) = smtp_server().await;
    let later = m4m_store::now() + 30 * 86_400;
    assert_eq!(m4m_web::reminders::run_reminders(&app.store, &Config::default(), later).await.unwrap(), 2);
    // Without SMTP, nothing leaves the outbox.
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &Config::default()).await.unwrap(), 0);
    let unsent = app.store.unsent(100).await.unwrap().len();
    assert!(unsent >= 4, "{unsent}");
    let config = Config {
        smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
        mail_from: "m4m <m4m@example.org>".into(),
        ..Config::default()
    };
    let sent = m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap();
    assert_eq!(sent, unsent);
    assert!(app.store.unsent(100).await.unwrap().is_empty(), "every message is marked sent");
    assert!(app.store.outbox(100).await.unwrap().iter().all(|m| m.sent_at.is_some()));
    let got = received.lock().unwrap().clone();
    assert_eq!(got.len(), sent);
    let (_, data) = got.iter().find(|(to, _)| to == &["buddy1.fr@example.org".to_owned()]).expect("Karim's reminder");
    assert!(data.contains("From: m4m <m4m@example.org>"), "{data}");
    assert!(data.contains("To: buddy1.fr@example.org"), "{data}");
    assert_eq!(m4m_web::mail::dispatch_outbox(&app.store, &config).await.unwrap(), 0, "nothing twice");
}

#[tokio::test]
async fn a_planned_session_is_recorded_as_held_when_it_took_place() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let sessions = app.store.peer_sessions(pair).await.unwrap();
    let planned = sessions.iter().find(|s| s.place == "Médiathèque Jean Lévy").unwrap();
    assert_eq!(planned.status, SessionStatus::Planned);
    let karim = app.login("buddy1.fr@example.org").await;
    let form = format!("/pairs/{pair}/sessions/new?from={}", planned.id);
    let page = karim.get(&format!("{form}&lang=en")).await;
    assert_eq!(page.status, 200);
    page.assert_has("value=\"Médiathèque Jean Lévy\"");
    page.assert_has(&format!("name=\"from\" value=\"{}\"", planned.id));
    // Another pair's planned session cannot be taken over.
    let hamid_pair = {
        let leila = user_id(&app, "buddy2.fr@example.org").await;
        app.store.pairs_of_user(leila).await.unwrap()[0].id
    };
    let other = app
        .store
        .peer_sessions(hamid_pair)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.status == SessionStatus::Planned)
        .unwrap();
    assert_eq!(karim.get(&format!("/pairs/{pair}/sessions/new?from={}", other.id)).await.status, 404);
    let fields = |from: String| {
        vec![
            ("from".to_owned(), from),
            ("date".to_owned(), today()),
            ("time".to_owned(), "00:15".to_owned()),
            ("duration".to_owned(), "75".to_owned()),
            ("mode".to_owned(), "in_person".to_owned()),
            ("place".to_owned(), "Médiathèque Jean Lévy".to_owned()),
            ("topics".to_owned(), "language".to_owned()),
            ("rating".to_owned(), "5".to_owned()),
        ]
    };
    let stolen: Vec<(String, String)> = fields(other.id.to_string());
    let stolen: Vec<(&str, &str)> = stolen.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(karim.post(&form, &format!("/pairs/{pair}/sessions"), &stolen).await.status, 404);
    let mine: Vec<(String, String)> = fields(planned.id.to_string());
    let mine: Vec<(&str, &str)> = mine.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let held = karim.post(&form, &format!("/pairs/{pair}/sessions"), &mine).await;
    assert_eq!(held.status, 303, "{}", held.body);
    let after = app.store.peer_sessions(pair).await.unwrap();
    assert_eq!(after.len(), sessions.len(), "the same session, now held");
    let s = app.store.peer_session(planned.id).await.unwrap().unwrap();
    assert_eq!((s.status, s.duration_minutes, s.rating), (SessionStatus::Held, 75, Some(5)));
    assert_eq!(app.store.peer_session(other.id).await.unwrap().unwrap().status, SessionStatus::Planned);
    // Done once.
    assert_eq!(karim.post(&form, &format!("/pairs/{pair}/sessions"), &mine).await.status, 404);
}

fn owned(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[tokio::test]
async fn who_logged_a_session_changes_or_removes_it_and_the_pair_calls_off_a_plan() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let karim = app.login("buddy1.fr@example.org").await;
    let amal = app.login("newcomer1.fr@example.org").await;
    assert_eq!(log_held(&karim, pair, "Took the tram to the prefecture.").await.status, 303);
    let s = app
        .store
        .peer_sessions(pair)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.summary == "Took the tram to the prefecture.")
        .unwrap();
    // Amal confirms it; she may not change what Karim logged.
    let page = format!("/pairs/{pair}");
    assert_eq!(amal.post(&page, &format!("/pairs/{pair}/sessions/{}/confirm", s.id), &[]).await.status, 303);
    let her_view = amal.get(&format!("{page}?lang=en")).await;
    her_view.assert_lacks(&format!("href=\"/pairs/{pair}/sessions/{}/edit\"", s.id));
    assert_eq!(amal.get(&format!("/pairs/{pair}/sessions/{}/edit", s.id)).await.status, 403);
    let edit = format!("/pairs/{pair}/sessions/{}", s.id);
    let changed = [
        ("date", today()),
        ("time", "00:45".to_owned()),
        ("duration", "45".to_owned()),
        ("mode", "in_person".to_owned()),
        ("place", "Préfecture du Nord".to_owned()),
        ("topics", "administration".to_owned()),
        ("summary", "Renewed the residence permit together.".to_owned()),
        ("rating", "5".to_owned()),
    ];
    let changed: Vec<(&str, &str)> = changed.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(amal.post(&page, &edit, &changed).await.status, 403);
    assert_eq!(amal.post(&page, &format!("{edit}/delete"), &[]).await.status, 403);
    assert_eq!(app.store.peer_session(s.id).await.unwrap().unwrap().summary, s.summary, "unchanged");

    // Karim sees the link, the form filled in, and corrects it.
    let his_view = karim.get(&format!("{page}?lang=en")).await;
    his_view.assert_has(&format!("href=\"/pairs/{pair}/sessions/{}/edit\"", s.id));
    let form = karim.get(&format!("{edit}/edit?lang=en")).await;
    assert_eq!(form.status, 200);
    form.assert_has("Change the session");
    form.assert_has("value=\"Gare Lille-Flandres\"");
    form.assert_has("Took the tram to the prefecture.");
    // The zone as its offset now, the same in every language.
    let offset = paris().offset_at(m4m_store::now()).whole_hours();
    form.assert_has(&format!("Time (<bdi>UTC+{offset}</bdi>)"));
    form.assert_has("Remove this session");
    // A wrong change is refused and changes nothing.
    let mut wrong = owned(&changed);
    wrong.retain(|(k, _)| k != "topics");
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = karim.post(&page, &format!("{edit}?lang=en"), &wrong).await;
    assert_eq!(refused.status, 422);
    refused.assert_has("Tick at least one topic.");
    assert_eq!(app.store.peer_session(s.id).await.unwrap().unwrap().summary, s.summary);
    let saved = karim.post(&page, &edit, &changed).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = app.store.peer_session(s.id).await.unwrap().unwrap();
    assert_eq!(after.summary, "Renewed the residence permit together.");
    assert_eq!(
        (after.duration_minutes, after.rating, after.topics.clone()),
        (45, Some(5), vec!["administration".to_owned()])
    );
    assert_eq!(after.confirmed_at, None, "Amal confirms what it says now");
    let audit = app.store.audit_for(&format!("peer_session:{}", s.id), 10).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "peer_session.update"));

    // Amal calls off a planned session of theirs; it leaves the calendar.
    let planned = app
        .store
        .peer_sessions(pair)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.status == SessionStatus::Planned && s.place == "Médiathèque Jean Lévy")
        .unwrap();
    let off = amal.post(&page, &format!("/pairs/{pair}/sessions/{}/delete", planned.id), &[]).await;
    assert_eq!(off.status, 303);
    assert_eq!(off.location(), format!("/pairs/{pair}?removed=1"));
    assert!(app.store.peer_session(planned.id).await.unwrap().is_none());
    amal.get(&format!("{page}?removed=1&lang=en")).await.assert_has("The session is removed.");
    let ics = amal.get("/calendar/download.ics").await;
    assert!(!ics.body.contains("Médiathèque Jean Lévy"), "called off: not in the calendar any more");
    // Karim removes his own log.
    assert_eq!(karim.post(&page, &format!("{edit}/delete"), &[]).await.status, 303);
    assert!(app.store.peer_session(s.id).await.unwrap().is_none());
    let audit = app.store.audit_for(&format!("peer_session:{}", s.id), 10).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "peer_session.delete"));
}

#[tokio::test]
async fn nobody_outside_the_pair_changes_its_sessions() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let s =
        app.store.peer_sessions(pair).await.unwrap().into_iter().find(|s| s.status == SessionStatus::Planned).unwrap();
    let page = format!("/pairs/{pair}");
    let edit = format!("/pairs/{pair}/sessions/{}", s.id);
    // Another buddy and another organisation do not even see it.
    for who in ["buddy2.fr@example.org", "coordinator.gr@example.org", "newcomer2.fr@example.org"] {
        let c = app.login(who).await;
        assert_eq!(c.get(&format!("{edit}/edit")).await.status, 404, "{who}");
        assert_eq!(c.post("/home", &format!("{edit}/delete"), &[]).await.status, 404, "{who}");
    }
    // Through another pair's address, the session is not found.
    let hamid_pair = {
        let leila = user_id(&app, "buddy2.fr@example.org").await;
        app.store.pairs_of_user(leila).await.unwrap()[0].id
    };
    let leila = app.login("buddy2.fr@example.org").await;
    let other = format!("/pairs/{hamid_pair}/sessions/{}", s.id);
    assert_eq!(leila.get(&format!("{other}/edit")).await.status, 404);
    assert_eq!(leila.post("/home", &format!("{other}/delete"), &[]).await.status, 404);
    // The supervisor follows the pair but does not act for it.
    let sophie = app.login("supervisor.fr@example.org").await;
    assert_eq!(sophie.get(&format!("{page}?lang=en")).await.status, 200);
    assert_eq!(sophie.get(&format!("{edit}/edit")).await.status, 403);
    assert_eq!(sophie.post(&page, &format!("{edit}/delete"), &[]).await.status, 403);
    assert!(app.store.peer_session(s.id).await.unwrap().is_some(), "still there");
    // The coordinator of the organisation may correct it.
    let claire = app.login("coordinator.fr@example.org").await;
    assert_eq!(claire.get(&format!("{edit}/edit")).await.status, 200);
    assert_eq!(claire.post(&page, &format!("{edit}/delete"), &[]).await.status, 303);
    assert!(app.store.peer_session(s.id).await.unwrap().is_none());
}

#[tokio::test]
async fn times_are_typed_and_shown_on_the_organisation_wall_clock() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let karim = app.login("buddy1.fr@example.org").await;
    let date = in_days(3);
    let fields = [
        ("planned", "1"),
        ("date", date.as_str()),
        ("time", "18:30"),
        ("duration", "60"),
        ("mode", "in_person"),
        ("place", "Vieux-Lille"),
    ];
    let page = format!("/pairs/{pair}");
    let saved = karim.post(&format!("{page}/sessions/new?planned=1"), &format!("{page}/sessions"), &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let s = app.store.peer_sessions(pair).await.unwrap().into_iter().find(|s| s.place == "Vieux-Lille").unwrap();
    let day = time::Date::parse(&date, time::macros::format_description!("[year]-[month]-[day]")).unwrap();
    let expected = paris().unix(day.with_hms(18, 30, 0).unwrap());
    assert_eq!(s.starts_at, expected, "18:30 in Lille");
    assert_ne!(s.starts_at, day.with_hms(18, 30, 0).unwrap().assume_utc().unix_timestamp(), "not 18:30 UTC");
    // Shown on Lille's wall clock, as an English reader writes a time,
    // with its offset from UTC.
    let offset = if paris().abbreviation(s.starts_at) == "CEST" { "GMT+2" } else { "GMT+1" };
    let shown = m4m_web::i18n::Tr::for_code("en").date(day);
    karim.get(&format!("{page}?lang=en")).await.assert_has(&format!("{shown}, 6:30\u{202f}PM {offset}"));
    // The calendar carries the moment itself, in UTC.
    let ics = karim.get("/calendar/download.ics").await;
    let utc = time::OffsetDateTime::from_unix_timestamp(expected).unwrap();
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}00Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute()
    );
    assert!(ics.body.contains(&stamp), "{stamp} in {}", ics.body);
    // Athens reads the same moment on its own clock (its coordinator sees
    // nothing of Lille; an administrator moves Lille to Athens' zone).
    let admin = app.login("admin@example.org").await;
    let orgs = app.store.organisations().await.unwrap();
    let lille = orgs.iter().find(|o| o.country == "FR").unwrap();
    assert_eq!(lille.time_zone, "Europe/Paris");
    let admin_page = admin.get("/admin/organisations?lang=en").await;
    admin_page.assert_has("value=\"Europe/Athens\"");
    let bad = admin
        .post(
            "/admin/organisations",
            &format!("/admin/organisations/{}/time-zone?lang=en", lille.id),
            &[("time_zone", "Mars/Olympus")],
        )
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has("Enter a time zone such as Europe/Paris.");
    assert_eq!(app.store.organisation(lille.id).await.unwrap().unwrap().time_zone, "Europe/Paris", "unchanged");
    let moved = admin
        .post(
            "/admin/organisations",
            &format!("/admin/organisations/{}/time-zone", lille.id),
            &[("time_zone", "europe/athens")],
        )
        .await;
    assert_eq!(moved.status, 303);
    assert_eq!(app.store.organisation(lille.id).await.unwrap().unwrap().time_zone, "Europe/Athens");
    let athens = m4m_domain::zone::Zone::parse("Europe/Athens").unwrap();
    let local = athens.local(expected);
    let offset = if athens.abbreviation(expected) == "EEST" { "GMT+3" } else { "GMT+2" };
    let shown = format!("{}, 7:30\u{202f}PM {offset}", m4m_web::i18n::Tr::for_code("en").date(local.date()));
    assert_eq!(local.hour(), 19, "an hour later in Athens");
    karim.get(&format!("{page}?lang=en")).await.assert_has(&shown);
    assert_eq!(
        admin
            .post("/admin/organisations", "/admin/organisations/999999/time-zone", &[("time_zone", "UTC")])
            .await
            .status,
        404
    );
}

/// A status this version does not know (a hand edit) is not shown as
/// another one: the store names the column and the value for the log, and
/// the pair's page is the error page.
#[tokio::test]
async fn a_session_whose_stored_status_is_unknown_is_an_error_not_a_held_session() {
    let app = TestApp::spawn().await;
    let pair = karim_and_amal(&app).await;
    let id = app.store.peer_sessions(pair).await.unwrap()[0].id;
    let mut raw = app.raw().await;
    crate::support::exec(&mut raw, &format!("UPDATE peer_sessions SET status = 'cancelled' WHERE id = {id}")).await;
    match app.store.peer_session(id).await {
        Err(m4m_store::StoreError::Corrupt(what)) => assert_eq!(what, "peer_sessions.status: \"cancelled\""),
        other => panic!("{other:?}"),
    }
    let page = app.login("buddy1.fr@example.org").await.get(&format!("/pairs/{pair}?lang=en")).await;
    assert_eq!(page.status, 500);
    page.assert_has("Something went wrong on our side");
    page.assert_lacks("cancelled");
}
