//! Step 3: questionnaires and the initial self-assessment.

use m4m_domain::participant::Status;
use m4m_domain::questionnaire::{Definition, Kind, QuestionKind};

use crate::support::{Client, TestApp};

/// A valid answer to every question, as form values.
fn answers(def: &Definition, scale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in def.questions() {
        let v = match &q.kind {
            QuestionKind::Scale { .. } => scale.to_owned(),
            QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => options[0].key.clone(),
            QuestionKind::Number { min, .. } => min.to_string(),
            QuestionKind::Date => "2026-05-01".into(),
            QuestionKind::FreeText { .. } => "Trouver un travail de cuisinière".into(),
        };
        out.push((q.key.clone(), v));
    }
    out
}

fn location_of(r: &reqwest::Response) -> String {
    r.headers()["location"].to_str().unwrap().to_owned()
}

async fn post_form(c: &Client, path: &str, csrf: &str, fields: &[(String, String)]) -> reqwest::Response {
    let mut form: Vec<(String, String)> = vec![("csrf".into(), csrf.to_owned())];
    form.extend_from_slice(fields);
    c.http.post(format!("{}{path}", c.base)).form(&form).send().await.unwrap()
}

#[tokio::test]
async fn a_newcomer_fills_in_her_self_assessment_one_question_per_screen() {
    let app = TestApp::spawn().await;
    let hamid = app.login("newcomer2.fr@example.org").await;
    let home = hamid.get("/home?lang=en").await;
    home.assert_has("href=\"/assessment\"");
    let start = hamid.get("/assessment").await;
    assert_eq!(start.status, 303);
    let first = start.location().to_owned();
    assert!(first.ends_with("/1"), "{first}");
    let rid: i64 = first.split('/').nth(2).unwrap().parse().unwrap();
    let def = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap().definition;
    let total = def.questions().count();
    let page = hamid.get(&format!("{first}?lang=en")).await;
    page.assert_has(&format!("Question 1 of {total}"));
    page.assert_has("type=\"radio\"");
    let csrf = page.csrf();
    // A value off the scale is refused with a message, nothing saved.
    let q1 = &def.questions().next().unwrap().key;
    let wrong = post_form(&hamid, &format!("/assessment/{rid}/1?lang=en"), &csrf, &[(q1.clone(), "9".into())]).await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.unwrap().contains("Choose one of the points on the scale."));
    assert!(app.store.response(rid).await.unwrap().unwrap().answers.is_empty());
    // Answer every screen in turn.
    let all = answers(&def, "2");
    for (n, q) in def.questions().enumerate() {
        let fields: Vec<(String, String)> = all.iter().filter(|(k, _)| *k == q.key).cloned().collect();
        let r = post_form(&hamid, &format!("/assessment/{rid}/{}", n + 1), &csrf, &fields).await;
        assert_eq!(r.status(), 303, "question {}", n + 1);
        let expected =
            if n + 1 == total { format!("/assessment/{rid}/review") } else { format!("/assessment/{rid}/{}", n + 2) };
        assert_eq!(location_of(&r), expected);
    }
    let review = hamid.get(&format!("/assessment/{rid}/review?lang=en")).await;
    review.assert_has("Send my answers");
    review.assert_lacks("Some required questions have no answer yet.");
    let sent = post_form(&hamid, &format!("/assessment/{rid}/complete"), &csrf, &[]).await;
    assert_eq!(location_of(&sent), format!("/assessment/{rid}/done"));
    let done = hamid.get(&format!("/assessment/{rid}/done?lang=en")).await;
    done.assert_has("<svg class=\"chart\" role=\"img\"");
    done.assert_has("<th scope=\"row\">Housing</th><td>2.0 / 5</td>");
    // It is his starting point from now on.
    let home = hamid.get("/home?lang=en").await;
    home.assert_has("<svg class=\"chart\"");
    // His pair has run fourteen weeks, past the programme's twelve: the
    // mid-term one is due, a new questionnaire.
    home.assert_has("Your mid-term self-assessment");
    let next = hamid.get("/assessment").await.location().to_owned();
    assert!(next.ends_with("/1") && next != format!("/assessment/{rid}/1"), "{next}");
    // The coordinator sees it; a buddy does not get to the answers.
    let hamid_id = app.store.response(rid).await.unwrap().unwrap().participant_id;
    let coordinator = app.login("coordinator.fr@example.org").await;
    let record = coordinator.get(&format!("/people/{hamid_id}?lang=en")).await;
    record.assert_has("Starting point");
    record.assert_has("<th scope=\"row\">Housing</th><td>2.0 / 5</td>");
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get(&format!("/assessment/{rid}/done")).await.status, 404);
    assert_eq!(buddy.get(&format!("/assessment/{rid}/1")).await.status, 404);
}

#[tokio::test]
async fn someone_elses_questionnaire_cannot_be_answered() {
    let app = TestApp::spawn().await;
    let hamid = app.login("newcomer2.fr@example.org").await;
    let first = hamid.get("/assessment").await.location().to_owned();
    let rid: i64 = first.split('/').nth(2).unwrap().parse().unwrap();
    let amal = app.login("newcomer1.fr@example.org").await;
    let csrf = amal.get("/home").await.csrf();
    let r = post_form(&amal, &format!("/assessment/{rid}/1"), &csrf, &[("q".into(), "1".into())]).await;
    assert_eq!(r.status(), 404);
    assert!(app.store.response(rid).await.unwrap().unwrap().answers.is_empty());
}

#[tokio::test]
async fn staff_fill_in_the_intake_interview_and_the_self_assessment_moves_the_status() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    // Yonas is at step 2, registered: take him to the intake interview.
    let yonas =
        app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Yonas").unwrap();
    let moved = c
        .post(&format!("/people/{}", yonas.id), &format!("/people/{}/status", yonas.id), &[("status", "intake")])
        .await;
    assert_eq!(moved.status, 303);
    let path = format!("/people/{}/questionnaires/newcomer_intake", yonas.id);
    let form = c.get(&format!("{path}?lang=en")).await;
    assert_eq!(form.status, 200);
    form.assert_has("You are filling this in with the person");
    let csrf = form.csrf();
    // Nothing filled in: each required question says so, nothing saved.
    let empty = post_form(&c, &format!("{path}?lang=en"), &csrf, &[]).await;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await.unwrap().contains("This field is required."));
    assert!(app.store.completed_response(yonas.id, Kind::NewcomerIntake, "initial").await.unwrap().is_none());
    let intake = app.store.current_questionnaire(1, Kind::NewcomerIntake).await.unwrap().definition;
    let ok = post_form(&c, &path, &csrf, &answers(&intake, "3")).await;
    assert_eq!(ok.status(), 303);
    let saved = app.store.completed_response(yonas.id, Kind::NewcomerIntake, "initial").await.unwrap().unwrap();
    assert!(saved.by_staff);
    // The self-assessment, filled in with him, moves him to step 3.
    let sa = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap().definition;
    let r = post_form(
        &c,
        &format!("/people/{}/questionnaires/newcomer_self_assessment", yonas.id),
        &csrf,
        &answers(&sa, "4"),
    )
    .await;
    assert_eq!(r.status(), 303);
    let yonas = app.store.participant(yonas.id).await.unwrap().unwrap();
    assert_eq!(yonas.status, Status::SelfAssessed);
    assert_eq!(yonas.step, 3);
    c.get(&format!("/people/{}?lang=en", yonas.id)).await.assert_has("<td>4.0 / 5</td>");
    // A buddy's questionnaire does not apply to a newcomer.
    assert_eq!(c.get(&format!("/people/{}/questionnaires/buddy_interview", yonas.id)).await.status, 404);
}

#[tokio::test]
async fn an_edited_questionnaire_is_a_new_version_and_old_answers_keep_theirs() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap();
    assert_eq!(before.version, 1);
    let amal_response = app
        .store
        .completed_response(
            app.store.programme_participants(1).await.unwrap().iter().find(|p| p.first_name == "Amal").unwrap().id,
            Kind::NewcomerSelfAssessment,
            "initial",
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(amal_response.version_id, before.id);
    let page = c.get("/questionnaires/newcomer_self_assessment?lang=en").await;
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    // Broken JSON and broken rules are refused with the reason.
    let broken = post_form(
        &c,
        "/questionnaires/newcomer_self_assessment?lang=en",
        &csrf,
        &[("definition".into(), "{ not json".into())],
    )
    .await;
    assert_eq!(broken.status(), 422);
    assert!(broken.text().await.unwrap().contains("This definition cannot be used"));
    let mut def = before.definition.clone();
    def.sections[0].questions[0].key = "Bad Key".into();
    let invalid = post_form(
        &c,
        "/questionnaires/newcomer_self_assessment",
        &csrf,
        &[("definition".into(), serde_json::to_string(&def).unwrap())],
    )
    .await;
    assert_eq!(invalid.status(), 422);
    assert_eq!(app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap().version, 1);
    // A good edit makes version 2.
    let mut def = before.definition.clone();
    def.sections[0].questions[0].text.0.insert("en".into(), "How easily do you speak French now?".into());
    let saved = post_form(
        &c,
        "/questionnaires/newcomer_self_assessment",
        &csrf,
        &[("definition".into(), serde_json::to_string(&def).unwrap())],
    )
    .await;
    assert_eq!(location_of(&saved), "/questionnaires?version=2");
    let after = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap();
    assert_eq!(after.version, 2);
    assert_eq!(after.definition.sections[0].questions[0].text.get("en"), "How easily do you speak French now?");
    // Amal's answers still point at version 1, whose text is unchanged.
    let v1 = app.store.questionnaire_version(amal_response.version_id).await.unwrap().unwrap();
    assert_eq!(v1.version, 1);
    assert_ne!(v1.definition.sections[0].questions[0].text.get("en"), "How easily do you speak French now?");
    c.get("/questionnaires?lang=en").await.assert_has("Version 2");
    // The other organisation's questionnaire is untouched.
    assert_eq!(app.store.current_questionnaire(2, Kind::NewcomerSelfAssessment).await.unwrap().version, 1);
    // Buddies cannot edit.
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get("/questionnaires").await.status, 403);
}

/// Two coordinators edit the same version of a questionnaire: the second
/// save asks for the version number the first one took. The store's
/// unique constraint refuses it, and that is the second editor's to sort
/// out, not a server error: the form comes back (422) in their language,
/// their text kept, and the first edit stands.
#[tokio::test]
async fn a_second_edit_of_the_same_version_comes_back_on_its_form_in_the_editors_language() {
    let app = TestApp::spawn().await;
    let path = "/questionnaires/newcomer_self_assessment";
    let before = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap();
    assert_eq!(before.version, 1);
    let edit = |text: &str| {
        let mut def = before.definition.clone();
        def.sections[0].questions[0].text.0.insert("en".into(), text.into());
        serde_json::to_string(&def).unwrap()
    };
    let first = app.login("coordinator.fr@example.org").await;
    let first_page = first.get(&format!("{path}?lang=en")).await;
    first_page.assert_has("name=\"after\" value=\"1\"");
    let second = app.login("coordinator.fr@example.org").await;
    let second_page = second.get(&format!("{path}?lang=fr")).await;
    second_page.assert_has("name=\"after\" value=\"1\"");

    let fields = |text: &str, after: &str| vec![("definition".into(), edit(text)), ("after".into(), after.into())];
    let saved = post_form(&first, path, &first_page.csrf(), &fields("First edit", "1")).await;
    assert_eq!(location_of(&saved), "/questionnaires?version=2");
    let refused =
        post_form(&second, &format!("{path}?lang=fr"), &second_page.csrf(), &fields("Second edit", "1")).await;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await.unwrap();
    assert!(
        body.contains("a enregistré une nouvelle version de ce questionnaire pendant que vous le modifiiez"),
        "{body}"
    );
    assert!(body.contains("Second edit"), "the editor's text is kept");
    assert!(body.contains("name=\"after\" value=\"2\""), "the form now starts from the new version");
    let now = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap();
    assert_eq!(now.version, 2);
    assert_eq!(now.definition.sections[0].questions[0].text.get("en"), "First edit");

    // Saved again, on top of the version it has now seen, it is version 3.
    let again = post_form(&second, path, &second_page.csrf(), &fields("Second edit", "2")).await;
    assert_eq!(location_of(&again), "/questionnaires?version=3");
}

#[tokio::test]
async fn the_self_assessment_reads_in_arabic_right_to_left() {
    let app = TestApp::spawn().await;
    let hamid = app.login("newcomer2.fr@example.org").await;
    let first = hamid.get("/assessment").await.location().to_owned();
    let page = hamid.get(&format!("{first}?lang=ar")).await;
    page.assert_has("<html lang=\"ar\" dir=\"rtl\">");
    let def = app.store.current_questionnaire(1, Kind::NewcomerSelfAssessment).await.unwrap().definition;
    page.assert_has(def.questions().next().unwrap().text.get("ar"));
}

#[tokio::test]
async fn a_registered_buddy_is_invited_and_fills_in_her_own_self_assessment() {
    let app = TestApp::spawn().await;
    let anon = app.client();
    let r = anon
        .post(
            "/join/1/mentor?lang=fr",
            "/join/1/mentor",
            &[
                ("first_name", "Yasmine"),
                ("email", "yasmine@example.net"),
                ("native_language", "ar"),
                ("motivation", "Aider à mon tour."),
                ("consents", "participation"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    let y = app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Yasmine").unwrap();
    let c = app.login("coordinator.fr@example.org").await;
    let record = c.get(&format!("/people/{}?lang=en", y.id)).await;
    record.assert_has("Send the invitation");
    let sent = c.post(&format!("/people/{}", y.id), &format!("/people/{}/invite", y.id), &[]).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    // The e-mail goes out in the language she registered in.
    let mail = &app.store.outbox(1).await.unwrap()[0];
    assert_eq!(mail.recipient, "yasmine@example.net");
    assert_eq!(mail.subject, m4m_web::i18n::Tr::for_code("fr").t("invite-mail-subject"));
    let at = mail.body.find("/invitations/").unwrap();
    let link = mail.body[at..at + 13 + 64].to_owned();
    let yasmine = app.client();
    let done = yasmine
        .post(
            &link,
            &link,
            &[("name", "Yasmine"), ("password", "her-own-password"), ("password_again", "her-own-password")],
        )
        .await;
    assert_eq!(done.status, 303);
    assert!(
        app.store.participant(y.id).await.unwrap().unwrap().user_id.is_some(),
        "the account is linked to her record"
    );
    let start = yasmine.get("/assessment").await;
    assert_eq!(start.status, 303);
    let page = yasmine.get(&format!("{}?lang=en", start.location())).await;
    let def = app.store.current_questionnaire(1, Kind::BuddySelfAssessment).await.unwrap().definition;
    page.assert_has(def.questions().next().unwrap().text.get("en"));
    // Twice is refused: she has an account now.
    let again = c.post(&format!("/people/{}", y.id), &format!("/people/{}/invite", y.id), &[]).await;
    assert_eq!(again.status, 409);
}

/// A buddy whose self-assessment is done is not asked for it again (their
/// questionnaire scores no integration area, which the home once took for
/// "not done").
#[tokio::test]
async fn a_buddy_is_not_asked_again_for_a_self_assessment_already_done() {
    let app = crate::support::TestApp::spawn().await;
    let karim = app.login("buddy1.fr@example.org").await;
    let home = karim.get("/home?lang=en").await;
    home.assert_has("Self-assessment done on ");
    home.assert_lacks("href=\"/assessment\"");
    // Leila has not done hers: she is asked.
    let leila = app.login("buddy2.fr@example.org").await;
    let home = leila.get("/home?lang=en").await;
    home.assert_has("href=\"/assessment\"");
    home.assert_lacks("Self-assessment done on ");
}

/// Step 9: the newcomer's mid-term self-assessment falls due the
/// programme's weeks after her pair started, and once done her home shows
/// the change since the start, area by area.
#[tokio::test]
async fn the_mid_term_self_assessment_falls_due_and_shows_the_change() {
    use crate::support::{exec, one};
    let app = crate::support::TestApp::spawn().await;
    let amal = app.login("newcomer1.fr@example.org").await;
    // Her pair started forty days ago; the mid-term comes at twelve weeks.
    amal.get("/home?lang=en").await.assert_lacks("Your mid-term self-assessment");
    let mut raw = app.raw().await;
    exec(&mut raw, "UPDATE programmes SET assessment_midterm_weeks = 4 WHERE name = 'Buddy System Lille 2026'").await;
    // A change made around the server (not through it) is seen within a
    // second: the programme's rhythm is kept that long between visits.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    amal.get("/home?lang=en").await.assert_has("Your mid-term self-assessment");
    let r = amal.get("/assessment").await;
    assert_eq!(r.status, 303);
    let id = one(&mut raw, "SELECT MAX(id) FROM responses WHERE moment = 'midterm'").await;
    assert_eq!(r.location(), format!("/assessment/{id}/1"), "a new questionnaire, for the mid-term");
    // Answered (as the questionnaire would score it): one point up in
    // every area.
    let p = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Amal'").await;
    let initial = one(&mut raw, &format!("SELECT MIN(id) FROM responses WHERE participant_id = {p} AND moment = 'initial' AND completed_at IS NOT NULL")).await;
    exec(&mut raw, &format!("UPDATE responses SET completed_at = 2000000000 WHERE id = {id}")).await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO area_scores (response_id, area, mean_milli, normalised_milli, answered) \
             SELECT {id}, area, mean_milli + 1000, normalised_milli, answered FROM area_scores WHERE response_id = {initial}"
        ),
    )
    .await;
    let home = amal.get("/home?lang=en").await;
    home.assert_lacks("Your mid-term self-assessment");
    home.assert_has("How it changed since the start");
    home.assert_has("+1.0");
}

/// Step 10: once the final self-assessment is done, the person's record
/// shows each moment done as a column beside the start, with the change
/// from the start to the end, the numbers in the reader's language.
#[tokio::test]
async fn the_final_self_assessment_shows_beside_the_start_with_a_decimal_comma_in_french() {
    use m4m_domain::questionnaire::{Answer, Answers, AreaScore};
    let app = TestApp::spawn().await;
    let yonas =
        app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Yonas").unwrap();
    let kind = Kind::NewcomerSelfAssessment;
    let def = app.store.current_questionnaire(yonas.organisation_id, kind).await.unwrap().definition;
    // Every scale answered `low` above its minimum; the means between two
    // whole numbers, as an area asked about more than once would score.
    let fill = |low: u8| {
        let mut answers = Answers::default();
        for q in def.questions() {
            if let QuestionKind::Scale { min, .. } = q.kind {
                answers.set(&q.key, Some(Answer::Scale(min + low)));
            }
        }
        answers
    };
    let mut means = Vec::new();
    for (moment, low, fraction) in [("initial", 0, 0.4), ("final", 2, 0.1)] {
        let response =
            app.store.open_response(yonas.id, yonas.organisation_id, kind, moment, None, false).await.unwrap();
        let answers = fill(low);
        let scores: Vec<AreaScore> =
            def.baseline(&answers).into_iter().map(|s| AreaScore { mean: s.mean + fraction, ..s }).collect();
        assert!(!scores.is_empty());
        app.store.complete_response(None, response.id, &answers, &scores).await.unwrap();
        means.push(scores.iter().map(|s| s.mean).collect::<Vec<_>>());
    }
    let c = app.login("coordinator.fr@example.org").await;
    let page = c.get(&format!("/people/{}?lang=fr", yonas.id)).await;
    assert_eq!(page.status, 200);
    page.assert_has("<th scope=\"col\">Au début</th><th scope=\"col\">À la fin</th><th scope=\"col\">Évolution</th>");
    page.assert_lacks("<th scope=\"col\">À mi-parcours</th>");
    page.assert_has("Ce qui a changé depuis le début");
    let comma = |m: f64| format!("{m:.1}").replace('.', ",");
    for (start, end) in means[0].iter().zip(&means[1]) {
        page.assert_has(&format!(
            "<td>{} / 5</td><td>{} / 5</td><td>+{}</td>",
            comma(*start),
            comma(*end),
            comma(end - start)
        ));
    }
    // The chart: a bar per moment in each area, and a legend naming them.
    page.assert_has("role=\"img\" aria-label=\"Autonomie dans chaque domaine à chaque auto-évaluation");
    page.assert_has(">Au début</text>");
    page.assert_has(">À la fin</text>");
}
