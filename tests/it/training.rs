//! Step 5: the training course and the gate before matching.

use m4m_domain::participant::Status;

use crate::support::TestApp;

const QUIZ: &str = "Your newcomer asks you to keep a secret about violence. What do you do?\n\
                    Keep it\n\
                    *Tell the coordinator\n\n\
                    Can you lend money?\n\
                    Yes\n\
                    *No";

/// Creates a course with a capsule, a quiz and a session of `capacity`
/// places; returns its id and its modules' ids.
async fn course(app: &TestApp, c: &crate::support::Client, capacity: &str) -> (i64, Vec<i64>) {
    let r = c.post("/training", "/training", &[("title", "Buddies' course, spring"), ("audience", "buddies")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    // The address carries the language asked for (`?lang=`).
    let id: i64 = r.location().split('?').next().unwrap().rsplit('/').next().unwrap().parse().unwrap();
    let path = format!("/training/{id}");
    let action = format!("{path}/modules");
    for fields in [
        vec![("kind", "capsule"), ("title", "The role of a buddy"), ("minutes", "30"), ("mandatory", "yes")],
        vec![
            ("kind", "quiz"),
            ("title", "Safeguarding"),
            ("minutes", "15"),
            ("mandatory", "yes"),
            ("quiz", QUIZ),
            ("pass_mark", "80"),
        ],
        vec![
            ("kind", "session"),
            ("title", "Workshop"),
            ("minutes", "120"),
            ("mandatory", "yes"),
            ("date", "2026-12-12"),
            ("time", "10:00"),
            ("place", "Lille"),
            ("capacity", capacity),
        ],
    ] {
        let r = c.post(&path, &action, &fields).await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    let modules = app.store.modules(id).await.unwrap().iter().map(|m| m.id).collect();
    (id, modules)
}

#[tokio::test]
async fn a_buddy_in_training_becomes_ready_to_match_only_when_the_mandatory_modules_are_done() {
    let app = TestApp::spawn().await;
    let trainer = app.login("trainer.fr@example.org").await;
    let (course_id, modules) = course(&app, &trainer, "15").await;
    let julien =
        app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Julien").unwrap();
    assert_eq!(julien.status, Status::Training);
    let r = trainer
        .post(
            &format!("/training/{course_id}"),
            &format!("/training/{course_id}/enrol"),
            &[("participant", &julien.id.to_string()), ("cohort", "Pilot France")],
        )
        .await;
    assert_eq!(r.status, 303);
    let enrolment = app.store.enrolments(course_id).await.unwrap()[0].id;

    // The coordinator cannot skip the training.
    let coordinator = app.login("coordinator.fr@example.org").await;
    let person = format!("/people/{}", julien.id);
    let early = coordinator.post(&person, &format!("{person}/status?lang=en"), &[("status", "ready")]).await;
    assert_eq!(early.status, 422);
    early.assert_has("only when every mandatory module of the training is done");

    let e = enrolment.to_string();
    let record = |m: i64, field: String, value: &'static str| {
        let trainer = &trainer;
        async move {
            let path = format!("/training/modules/{m}");
            trainer.post(&path, &path, &[(field.as_str(), value)]).await
        }
    };
    assert_eq!(record(modules[0], format!("p_{e}"), "done").await.status, 303);
    assert_eq!(record(modules[1], format!("score_{e}"), "50").await.status, 303);
    assert_eq!(record(modules[2], format!("p_{e}"), "attended").await.status, 303);
    // The quiz is not passed yet: still in training.
    assert_eq!(app.store.participant(julien.id).await.unwrap().unwrap().status, Status::Training);
    assert_eq!(record(modules[1], format!("score_{e}"), "100").await.status, 303);
    // This course is done, but Julien also follows the demo course, where
    // only the capsule is done: every course for buddies counts.
    assert_eq!(app.store.participant(julien.id).await.unwrap().unwrap().status, Status::Training);
    let demo = app.store.courses(1).await.unwrap()[0].id;
    let demo_modules = app.store.modules(demo).await.unwrap();
    let demo_enrolment =
        app.store.enrolments_of(julien.id).await.unwrap().into_iter().find(|x| x.course_id == demo).unwrap();
    let d = demo_enrolment.id.to_string();
    assert_eq!(record(demo_modules[1].id, format!("score_{d}"), "90").await.status, 303);
    assert_eq!(record(demo_modules[2].id, format!("p_{d}"), "attended").await.status, 303);
    let julien = app.store.participant(julien.id).await.unwrap().unwrap();
    assert_eq!(julien.status, Status::Ready, "the gate opened by itself");
    assert_eq!(julien.step, 4);
    let enrolment = app.store.enrolment(enrolment).await.unwrap().unwrap();
    assert!(enrolment.completed_at.is_some());
    let history = app.store.status_history(julien.id).await.unwrap();
    assert_eq!(history.last().unwrap().to, Status::Ready);
    let page = trainer.get(&format!("/training/{course_id}?lang=en")).await;
    page.assert_has("Passed (100 %)");
    page.assert_has(&format!("/certificates/{}", enrolment.id));
}

#[tokio::test]
async fn modules_and_attendance_are_checked() {
    let app = TestApp::spawn().await;
    let trainer = app.login("trainer.fr@example.org").await;
    let (course_id, modules) = course(&app, &trainer, "1").await;
    let path = format!("/training/{course_id}");
    let bad = trainer
        .post(
            &path,
            &format!("{path}/modules?lang=en"),
            &[("kind", "quiz"), ("title", ""), ("quiz", "no right answer\nA\nB")],
        )
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has("This field is required.");
    bad.assert_has("exactly one starting with *");
    let link = trainer
        .post(
            &path,
            &format!("{path}/modules?lang=en"),
            &[("kind", "capsule"), ("title", "Video"), ("link", "javascript:alert(1)")],
        )
        .await;
    assert_eq!(link.status, 422);
    assert_eq!(app.store.modules(course_id).await.unwrap().len(), 3, "nothing added");
    // Two buddies in a session of one place.
    let ids: Vec<String> = app
        .store
        .programme_participants(1)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.status == Status::Training)
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    let enrol: Vec<(&str, &str)> = ids.iter().map(|id| ("participant", id.as_str())).collect();
    trainer.post(&path, &format!("{path}/enrol"), &enrol).await;
    let enrolments = app.store.enrolments(course_id).await.unwrap();
    let session = format!("/training/modules/{}", modules[2]);
    let fields: Vec<(String, &str)> = enrolments.iter().map(|e| (format!("p_{}", e.id), "attended")).collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let full = trainer.post(&session, &format!("{session}?lang=en"), &fields).await;
    assert_eq!(full.status, 422);
    full.assert_has("More people attended than there are places.");
    // A buddy of another organisation cannot be enrolled.
    let foreign =
        app.store.programme_participants(2).await.unwrap().into_iter().find(|p| p.first_name == "Nikos").unwrap();
    let r = trainer.post(&path, &format!("{path}/enrol"), &[("participant", &foreign.id.to_string())]).await;
    assert_eq!(r.status, 400);
}

#[tokio::test]
async fn a_buddy_follows_capsules_and_quizzes_and_prints_the_certificate() {
    let app = TestApp::spawn().await;
    let karim = app.login("buddy1.fr@example.org").await;
    let learn = karim.get("/learn?lang=en").await;
    learn.assert_has("Buddies&#39; course 2026");
    // The demo: Karim completed the course; his certificate.
    let karim_id =
        app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Karim").unwrap().id;
    let enrolment = app.store.enrolments_of(karim_id).await.unwrap()[0].clone();
    let cert = karim.get(&format!("/certificates/{}?lang=en", enrolment.id)).await;
    assert_eq!(cert.status, 200);
    // The day he completed it (months ago, before his pair), on the
    // organisation's wall clock (Lille), as the certificate says it.
    let completed = enrolment.completed_at.expect("Karim completed the course");
    assert!(completed < m4m_store::real_now() - 100 * 86_400, "completed before his pair started");
    let day = m4m_web::i18n::Tr::for_code("en").in_zone(m4m_web::i18n::zone("Europe/Paris")).date_of(completed);
    cert.assert_has(&format!(
        "<bdi>Karim Benali</bdi> completed the course “<bdi>Buddies&#39; course 2026</bdi>”, 3.8 hours of learning, on <bdi>{day}</bdi>."
    ));
    for module in
        ["Your role and its limits", "Confidentiality and safeguarding", "Intercultural communication workshop"]
    {
        cert.assert_has(&format!("<li><bdi>{module}</bdi></li>"));
    }
    // Leila may not read Karim's certificate; the coordinator may.
    let leila = app.login("buddy2.fr@example.org").await;
    assert_eq!(leila.get(&format!("/certificates/{}", enrolment.id)).await.status, 404);
    assert_eq!(
        app.login("coordinator.fr@example.org").await.get(&format!("/certificates/{}", enrolment.id)).await.status,
        200
    );

    // A new course: Karim goes through the capsule and takes the quiz.
    let trainer = app.login("trainer.fr@example.org").await;
    let (course_id, modules) = course(&app, &trainer, "15").await;
    trainer
        .post(
            &format!("/training/{course_id}"),
            &format!("/training/{course_id}/enrol"),
            &[("participant", &karim_id.to_string())],
        )
        .await;
    let capsule = format!("/learn/modules/{}", modules[0]);
    assert_eq!(karim.post(&capsule, &capsule, &[]).await.status, 303);
    let quiz = format!("/learn/modules/{}", modules[1]);
    let wrong = karim.post(&quiz, &format!("{quiz}?lang=en"), &[("q0", "0"), ("q1", "1")]).await;
    wrong.assert_has("Your score: 50 %. The pass mark is 80 %.");
    let right = karim.post(&quiz, &quiz, &[("q0", "1"), ("q1", "1")]).await;
    assert_eq!(right.status, 200);
    let e = app.store.enrolments(course_id).await.unwrap()[0].clone();
    assert!(e.progress.iter().any(|(m, p)| *m == modules[1] && p.completed()));
    // Attendance is the trainer's to record.
    let session = format!("/learn/modules/{}", modules[2]);
    assert_eq!(karim.post(&session, &session, &[]).await.status, 403);
    // Someone not enrolled cannot open the course's modules.
    assert_eq!(leila.get(&capsule).await.status, 404);
}

#[tokio::test]
async fn training_is_run_by_trainers_and_coordinators_of_the_organisation() {
    let app = TestApp::spawn().await;
    let course = app.store.courses(1).await.unwrap()[0].id;
    for email in ["buddy1.fr@example.org", "newcomer1.fr@example.org", "supervisor.fr@example.org", "admin@example.org"]
    {
        let c = app.login(email).await;
        assert_eq!(c.get("/training").await.status, 403, "{email}");
    }
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get(&format!("/training/{course}")).await.status, 404);
    greek.get("/training").await.assert_lacks("Buddies&#39; course 2026");
    let trainer = app.login("trainer.fr@example.org").await;
    let page = trainer.get(&format!("/training/{course}?lang=en")).await;
    page.assert_has("Pilot France 2026");
    page.assert_has("Intercultural communication workshop");
}

/// Sends a file to a module's upload address, as the browser's form does.
async fn upload(
    c: &crate::support::Client,
    module: i64,
    name: &str,
    mime: &str,
    bytes: Vec<u8>,
    lang: &str,
) -> crate::support::Page {
    let page = format!("/training/modules/{module}");
    let csrf = c.get(&page).await.csrf();
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()).mime_str(mime).unwrap();
    let form = reqwest::multipart::Form::new().part("file", part);
    let r =
        c.http.post(format!("{}{page}/files?csrf={csrf}&lang={lang}", c.base)).multipart(form).send().await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    crate::support::Page { status, headers, body: r.text().await.unwrap() }
}

/// The files in the upload directory.
fn stored_files(app: &TestApp) -> usize {
    std::fs::read_dir(&app.upload_dir).map_or(0, |d| d.count())
}

#[tokio::test]
async fn a_trainer_attaches_a_pdf_that_only_the_course_can_download() {
    let config = m4m_web::Config { max_upload_bytes: 64 * 1024, ..TestApp::demo_config() };
    let app = TestApp::spawn_with(config, true).await;
    let trainer = app.login("trainer.fr@example.org").await;
    let course = app.store.courses(1).await.unwrap()[0].id;
    let capsule = app.store.modules(course).await.unwrap()[0].id;
    let mut pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".to_vec();
    pdf.extend(std::iter::repeat_n(b'x', 2000));
    pdf.extend_from_slice(b"\n%%EOF\n");
    let r = upload(&trainer, capsule, "Guide du bénévole.pdf", "application/pdf", pdf.clone(), "en").await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.location(), format!("/training/modules/{capsule}?lang=en"));
    let files = app.store.module_files(capsule).await.unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(stored_files(&app), 1);
    assert_ne!(files[0].stored_name, "Guide du bénévole.pdf", "stored under a generated name");
    let link = format!("/training/files/{}", files[0].id);
    trainer.get(&format!("/training/modules/{capsule}?lang=en")).await.assert_has(&link);

    // Karim, enrolled in the course, sees the file and downloads it.
    let karim = app.login("buddy1.fr@example.org").await;
    let page = karim.get(&format!("/learn/modules/{capsule}?lang=en")).await;
    page.assert_has("Files to download");
    page.assert_has(&link);
    page.assert_has("Guide du bénévole.pdf");
    let r = karim.http.get(format!("{}{link}", app.base)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(h["content-type"], "application/pdf");
    assert_eq!(h["x-content-type-options"], "nosniff");
    let disposition = h["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains("filename*=UTF-8''Guide%20du%20b%C3%A9n%C3%A9vole.pdf"), "{disposition}");
    assert_eq!(r.bytes().await.unwrap().to_vec(), pdf);

    // Not enrolled, or in another organisation: the file does not exist.
    let amal = app.login("newcomer1.fr@example.org").await;
    assert_eq!(amal.get(&link).await.status, 404);
    let hash = m4m_domain::account::password::hash("a-long-password");
    let email = m4m_domain::account::Email::parse("buddy.gr@example.org").unwrap();
    app.store.create_user(None, &email, "Nikos Georgiou", &hash, m4m_domain::Role::Mentor, Some(2)).await.unwrap();
    let greek_buddy = app.client();
    assert_eq!(greek_buddy.login("buddy.gr@example.org", "a-long-password").await.status(), 303);
    assert_eq!(greek_buddy.get(&link).await.status, 404);
    assert_eq!(greek_buddy.get(&format!("/learn/modules/{capsule}")).await.status, 404);
    assert_eq!(app.login("coordinator.gr@example.org").await.get(&link).await.status, 404);
    // Nor may a buddy add files.
    let forged = upload(&karim, capsule, "x.pdf", "application/pdf", pdf.clone(), "en").await;
    assert_eq!(forged.status, 404);

    // A web page named .pdf is refused, in the trainer's language.
    let html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".to_vec();
    let r = upload(&trainer, capsule, "guide.pdf", "application/pdf", html.clone(), "en").await;
    assert_eq!(r.status, 415);
    r.assert_has("This kind of file is not accepted. Send a PDF, a PNG or JPEG image, or plain text.");
    let r = upload(&trainer, capsule, "guide.pdf", "application/pdf", html, "fr").await;
    assert_eq!(r.status, 415);
    r.assert_has("Ce type de fichier n’est pas accepté.");
    // Too large: refused with 413, and nothing kept.
    let mut big = b"%PDF-1.4\n".to_vec();
    big.resize(70 * 1024, b'x');
    let r = upload(&trainer, capsule, "big.pdf", "application/pdf", big, "en").await;
    assert_eq!(r.status, 413);
    r.assert_has("The file is too large: at most 0.1 MB.");
    let mut huge = b"%PDF-1.4\n".to_vec();
    huge.resize(200 * 1024, b'x');
    let r = upload(&trainer, capsule, "huge.pdf", "application/pdf", huge, "fr").await;
    assert_eq!(r.status, 413);
    r.assert_has(&m4m_web::i18n::Tr::for_code("fr").t("error-413-text"));
    assert_eq!(app.store.module_files(capsule).await.unwrap().len(), 1, "only the PDF is kept");
    assert_eq!(stored_files(&app), 1);

    // Plain text and images are accepted; the name follows the content.
    let r = upload(&trainer, capsule, "notes.html", "text/html", "Bring your ID.\n".into(), "en").await;
    assert_eq!(r.status, 303);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    assert_eq!(upload(&trainer, capsule, "map", "application/octet-stream", png, "en").await.status, 303);
    let files = app.store.module_files(capsule).await.unwrap();
    let names: Vec<(&str, &str)> = files.iter().map(|f| (f.original_name.as_str(), f.content_type.as_str())).collect();
    assert_eq!(
        names,
        [
            ("Guide du bénévole.pdf", "application/pdf"),
            ("notes.txt", "text/plain; charset=utf-8"),
            ("map.png", "image/png")
        ]
    );
    // The trainer takes the image away; a buddy cannot.
    let remove = format!("/training/files/{}/remove", files[2].id);
    let page = format!("/training/modules/{capsule}");
    assert_eq!(karim.post(&format!("/learn/modules/{capsule}"), &remove, &[]).await.status, 404);
    assert_eq!(trainer.post(&page, &remove, &[]).await.status, 303);
    assert_eq!(app.store.module_files(capsule).await.unwrap().len(), 2);
    assert_eq!(stored_files(&app), 2, "its bytes are gone too");
    assert_eq!(karim.get(&format!("/training/files/{}", files[2].id)).await.status, 404);
}

#[tokio::test]
async fn a_coordinator_without_a_participant_record_completes_the_professionals_course() {
    let app = TestApp::spawn().await;
    let trainer = app.login("trainer.fr@example.org").await;
    let r = trainer
        .post("/training", "/training?lang=en", &[("title", "Running the Buddy System"), ("audience", "professionals")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    // The address carries the language asked for (`?lang=`).
    let id: i64 = r.location().split('?').next().unwrap().rsplit('/').next().unwrap().parse().unwrap();
    let path = format!("/training/{id}");
    for fields in [
        vec![("kind", "capsule"), ("title", "The ten steps"), ("minutes", "45"), ("mandatory", "yes")],
        vec![
            ("kind", "session"),
            ("title", "Supervision workshop"),
            ("minutes", "105"),
            ("mandatory", "yes"),
            ("date", "2026-12-19"),
            ("time", "09:30"),
            ("place", "Lille"),
        ],
    ] {
        assert_eq!(trainer.post(&path, &format!("{path}/modules"), &fields).await.status, 303);
    }
    let modules = app.store.modules(id).await.unwrap();
    // Claire is a coordinator: an account with no participant record.
    let claire = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap();
    let page = trainer.get(&format!("{path}?lang=en")).await;
    page.assert_has("Professionals and volunteers with an account");
    page.assert_has(&format!("name=\"user\" value=\"{}\"", claire.id));
    // An account of another organisation cannot be enrolled.
    let eleni = app.store.user_by_email("coordinator.gr@example.org").await.unwrap().unwrap();
    let r = trainer.post(&path, &format!("{path}/enrol"), &[("user", &eleni.id.to_string())]).await;
    assert_eq!(r.status, 400);
    let r = trainer
        .post(
            &path,
            &format!("{path}/enrol"),
            &[("user", &claire.id.to_string()), ("cohort", "Pilot France – professionals")],
        )
        .await;
    assert_eq!(r.status, 303);
    let enrolment = app.store.enrolments(id).await.unwrap();
    assert_eq!(enrolment.len(), 1);
    assert_eq!((enrolment[0].participant_id, enrolment[0].user_id), (None, Some(claire.id)));
    let page = trainer.get(&format!("{path}?lang=en")).await;
    page.assert_has("<bdi>Claire Dubois</bdi>");
    page.assert_has("<bdi>Pilot France – professionals</bdi></th><td>1</td><td>0</td><td>0 of 2</td>");

    // Claire follows the course from her home.
    let coordinator = app.login("coordinator.fr@example.org").await;
    coordinator.get("/home").await.assert_has("href=\"/learn\"");
    coordinator.get("/learn?lang=en").await.assert_has("Running the Buddy System");
    let capsule = format!("/learn/modules/{}", modules[0].id);
    assert_eq!(coordinator.post(&capsule, &capsule, &[]).await.status, 303);
    let e = app.store.enrolments(id).await.unwrap()[0].clone();
    assert!(e.completed_at.is_none());
    let session = format!("/training/modules/{}", modules[1].id);
    let field = format!("p_{}", e.id);
    assert_eq!(trainer.post(&session, &session, &[(field.as_str(), "attended")]).await.status, 303);
    let e = app.store.enrolment(e.id).await.unwrap().unwrap();
    assert!(e.completed_at.is_some(), "both mandatory modules done");
    let page = trainer.get(&format!("{path}?lang=en")).await;
    page.assert_has("<td>1</td><td>1</td><td>2 of 2</td>");

    // Her certificate: name, course, hours, modules and date.
    let learn = coordinator.get("/learn?lang=en").await;
    learn.assert_has(&format!("/certificates/{}", e.id));
    let cert = coordinator.get(&format!("/certificates/{}?lang=en", e.id)).await;
    assert_eq!(cert.status, 200);
    // The date on the organisation's wall clock (Lille), as the certificate
    // says it: after 23:00 UTC it is already tomorrow there.
    let today =
        m4m_web::i18n::Tr::for_code("en").in_zone(m4m_web::i18n::zone("Europe/Paris")).date_of(m4m_store::now());
    cert.assert_has(&format!(
        "<bdi>Claire Dubois</bdi> completed the course “<bdi>Running the Buddy System</bdi>”, 2.5 hours of learning, on <bdi>{today}</bdi>."
    ));
    cert.assert_has("<bdi>The ten steps</bdi>");
    cert.assert_has("<bdi>Supervision workshop</bdi>");
    // Another staff member may not read it; a buddy neither.
    assert_eq!(app.login("supervisor.fr@example.org").await.get(&format!("/certificates/{}", e.id)).await.status, 404);
    assert_eq!(app.login("buddy1.fr@example.org").await.get(&format!("/certificates/{}", e.id)).await.status, 404);
    // A staff learner has no status to move: nothing else changed.
    assert!(app.store.participants_of_user(claire.id).await.unwrap().is_empty());
}

#[tokio::test]
async fn a_capsule_is_read_in_the_learners_language() {
    let app = TestApp::spawn().await;
    let trainer = app.login("trainer.fr@example.org").await;
    // A course written in English.
    let r = trainer.post("/training", "/training?lang=en", &[("title", "Welcome"), ("audience", "buddies")]).await;
    // The address carries the language asked for (`?lang=`).
    let id: i64 = r.location().split('?').next().unwrap().rsplit('/').next().unwrap().parse().unwrap();
    let path = format!("/training/{id}");
    let fields = [("kind", "capsule"), ("title", "Your role"), ("body", "What a buddy does."), ("mandatory", "yes")];
    assert_eq!(trainer.post(&path, &format!("{path}/modules"), &fields).await.status, 303);
    let module = app.store.modules(id).await.unwrap()[0].id;
    let page = format!("/training/modules/{module}");
    let bad = trainer.post(&page, &format!("{page}/texts?lang=en"), &[("language", "xx"), ("title", "")]).await;
    assert_eq!(bad.status, 422);
    bad.assert_has("This field is required.");
    let r = trainer
        .post(
            &page,
            &format!("{page}/texts"),
            &[("language", "fr"), ("title", "Votre rôle"), ("body", "Ce que fait un binôme.")],
        )
        .await;
    assert_eq!(r.status, 303);
    trainer.get(&format!("{page}?lang=en")).await.assert_has("Français: <bdi>Votre rôle</bdi>");
    let karim =
        app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Karim").unwrap();
    trainer.post(&path, &format!("{path}/enrol"), &[("participant", &karim.id.to_string())]).await;

    // Karim reads French: the translation.
    let buddy = app.login("buddy1.fr@example.org").await;
    let learn = format!("/learn/modules/{module}");
    let fr = buddy.get(&learn).await;
    fr.assert_has("<html lang=\"fr\"");
    fr.assert_has("Votre rôle");
    fr.assert_has("Ce que fait un binôme.");
    fr.assert_lacks("What a buddy does.");
    buddy.get("/learn").await.assert_has("Votre rôle");
    // In English, the course's own text; in German (no translation), too.
    buddy.get(&format!("{learn}?lang=en")).await.assert_has("What a buddy does.");
    let de = buddy.get(&format!("{learn}?lang=de")).await;
    de.assert_has("What a buddy does.");
    de.assert_lacks("Ce que fait un binôme.");
}

#[tokio::test]
async fn the_demo_has_staff_at_every_stage_of_the_professionals_course() {
    let app = TestApp::spawn().await;
    let course = app.store.courses(1).await.unwrap().into_iter().find(|c| c.audience == "professionals").unwrap();
    let enrolments = app.store.enrolments(course.id).await.unwrap();
    let staged: Vec<(&str, usize, bool)> = enrolments
        .iter()
        .map(|e| {
            assert!(e.participant_id.is_none());
            (e.name.as_str(), e.progress.iter().filter(|(_, p)| p.completed()).count(), e.completed_at.is_some())
        })
        .collect();
    assert_eq!(staged, [("Claire Dubois", 3, true), ("Sophie Martin", 1, false)]);
    // Claire reads the capsules in French, her language, and so does her
    // certificate.
    let claire = app.login("coordinator.fr@example.org").await;
    claire.get("/learn").await.assert_has("Le Buddy System en dix étapes");
    let cert = claire.get(&format!("/certificates/{}", enrolments[0].id)).await;
    cert.assert_has("<bdi>Claire Dubois</bdi>");
    cert.assert_has("<li><bdi>Accompagner les binômes</bdi></li>");
    cert.assert_has("<li><bdi>Case discussion</bdi></li>");
}

/// Enrolments and progress made before staff could enrol survive the
/// migration that lets them (on SQLite, a rebuild of two tables).
#[tokio::test]
async fn enrolments_and_progress_survive_the_migration_to_staff_learners() {
    use sqlx::{Connection, Executor, Row};
    let (url, file) = crate::support::fresh_database().await;
    let store = m4m_store::Store::connect(&url).await.unwrap();
    store.migrate_to(8).await.unwrap();
    let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
    for sql in [
        "INSERT INTO organisations (id, name, country, created_at) VALUES (1, 'Org', 'FR', 0)",
        "INSERT INTO users (id, email, display_name, created_at) VALUES (1, 'a@example.org', 'Trainer', 0)",
        "INSERT INTO programmes (id, organisation_id, name, starts_on, ends_on, status, created_at) \
         VALUES (1, 1, 'P', '2026-01-01', '2026-12-31', 'open', 0)",
        "INSERT INTO participants (id, programme_id, kind, first_name, last_name, step, status, created_at) \
         VALUES (1, 1, 'mentor', 'Ana', 'Silva', 5, 'training', 0)",
        "INSERT INTO participants (id, programme_id, kind, first_name, last_name, step, status, created_at) \
         VALUES (2, 1, 'mentor', 'Ben', 'Okafor', 5, 'ready', 0)",
        "INSERT INTO courses (id, organisation_id, title, audience, created_at) VALUES (1, 1, 'C', 'buddies', 0)",
        "INSERT INTO course_modules (id, course_id, position, kind, title, minutes, created_at) \
         VALUES (1, 1, 1, 'capsule', 'M1', 30, 0)",
        "INSERT INTO course_modules (id, course_id, position, kind, title, minutes, created_at) \
         VALUES (2, 1, 2, 'session', 'M2', 60, 0)",
        "INSERT INTO enrolments (id, course_id, participant_id, cohort, enrolled_at, completed_at) \
         VALUES (1, 1, 1, 'Pilot', 10, NULL)",
        "INSERT INTO enrolments (id, course_id, participant_id, cohort, enrolled_at, completed_at) \
         VALUES (2, 1, 2, 'Pilot', 10, 99)",
        "INSERT INTO module_progress (enrolment_id, module_id, status, recorded_by, recorded_at) \
         VALUES (1, 1, 'done', 1, 20)",
        "INSERT INTO module_progress (enrolment_id, module_id, status, recorded_by, recorded_at) \
         VALUES (2, 1, 'done', 1, 20)",
        "INSERT INTO module_progress (enrolment_id, module_id, status, recorded_by, recorded_at) \
         VALUES (2, 2, 'attended', 1, 30)",
    ] {
        conn.execute(sql).await.unwrap();
    }
    store.migrate().await.unwrap();
    let e = store.enrolments(1).await.unwrap();
    assert_eq!(e.len(), 2);
    assert_eq!((e[0].id, e[0].participant_id, e[0].name.as_str()), (1, Some(1), "Ana Silva"));
    assert_eq!((e[0].cohort.as_str(), e[0].enrolled_at, e[0].completed_at), ("Pilot", 10, None));
    assert_eq!(e[0].progress, [(1, m4m_domain::training::Progress::Done)]);
    assert_eq!((e[1].id, e[1].completed_at, e[1].progress.len()), (2, Some(99), 2));
    assert_eq!(store.course(1).await.unwrap().unwrap().language, "en");
    // The links still hold: progress follows its enrolment, an enrolment
    // its participant, and the new ids do not collide with the old.
    let progress_of_ben = "SELECT COUNT(*) FROM module_progress WHERE enrolment_id = 2";
    assert_eq!(sqlx::query(progress_of_ben).fetch_one(&mut conn).await.unwrap().try_get::<i64, _>(0).unwrap(), 2);
    if url.starts_with("sqlite") {
        conn.execute("PRAGMA foreign_keys = ON").await.unwrap();
        let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut conn).await.unwrap();
        assert!(broken.is_empty(), "no dangling reference");
    }
    conn.execute("DELETE FROM participants WHERE id = 2").await.unwrap();
    assert_eq!(sqlx::query(progress_of_ben).fetch_one(&mut conn).await.unwrap().try_get::<i64, _>(0).unwrap(), 0);
    assert_eq!(store.enrolments(1).await.unwrap().len(), 1);
    // An enrolment names exactly one learner.
    conn.execute(
        "INSERT INTO courses (id, organisation_id, title, audience, created_at) VALUES (2, 1, 'D', 'professionals', 0)",
    )
    .await
    .unwrap();
    let neither = "INSERT INTO enrolments (id, course_id, cohort, enrolled_at) VALUES (10, 2, '', 0)";
    assert!(conn.execute(neither).await.is_err());
    let both = "INSERT INTO enrolments (id, course_id, participant_id, user_id, cohort, enrolled_at) VALUES (10, 2, 1, 1, '', 0)";
    assert!(conn.execute(both).await.is_err());
    let staff = "INSERT INTO enrolments (id, course_id, user_id, cohort, enrolled_at) VALUES (10, 2, 1, '', 0)";
    conn.execute(staff).await.unwrap();
    assert_eq!(store.enrolments_of_user(1).await.unwrap()[0].name, "Trainer");
    conn.close().await.unwrap();
    store.close().await;
    if let Some(f) = file {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
        }
    }
}
