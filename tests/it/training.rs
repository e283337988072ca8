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
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
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
    assert_eq!(history.last().unwrap().to, "ready");
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
    cert.assert_has("<bdi>Karim Benali</bdi> completed the course");
    cert.assert_has("3.8 hours");
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
