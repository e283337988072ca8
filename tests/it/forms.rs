//! Forms keep what was typed and say what to fix; the language asked for
//! survives their redirects; the words of the forms fit who reads them.

use crate::support::{TestApp, exec, one};

/// The Athens pair whose members have accepted each other (the demo's).
async fn accepted_pair(app: &TestApp) -> i64 {
    for programme in 1..=4 {
        let pairs = app.store.pairs_in_setup(programme).await.unwrap();
        if let Some(p) = pairs.iter().find(|p| p.status == m4m_domain::pairing::PairStatus::Accepted) {
            return p.id;
        }
    }
    panic!("the demo has an accepted pair");
}

#[tokio::test]
async fn the_first_meeting_and_the_agreement_forms_keep_what_was_typed() {
    let app = TestApp::spawn().await;
    let coordinator = app.login("coordinator.gr@example.org").await;
    let pair = accepted_pair(&app).await;
    let setup = format!("/pairs/{pair}/setup");

    let wrong_time = coordinator
        .post(
            &setup,
            &format!("/pairs/{pair}/meeting?lang=en"),
            &[("date", "2026-12-24"), ("time", "25:99"), ("place", "Kypseli public library")],
        )
        .await;
    assert_eq!(wrong_time.status, 422);
    wrong_time.assert_has("name=\"date\" type=\"date\" value=\"2026-12-24\"");
    wrong_time.assert_has("value=\"25:99\"");
    wrong_time.assert_has("value=\"Kypseli public library\"");

    let unticked = coordinator
        .post(
            &setup,
            &format!("/pairs/{pair}/agreement?lang=en"),
            &[
                ("goals", "health"),
                ("goals", "employment"),
                ("goals_text", "Find a family doctor"),
                ("rhythm", "fortnightly"),
                ("months", "9"),
                ("boundaries", "No lending of money"),
            ],
        )
        .await;
    assert_eq!(unticked.status, 422);
    unticked.assert_has("Confirm that confidentiality was explained to both.");
    unticked.assert_has(">Find a family doctor</textarea>");
    unticked.assert_has(">No lending of money</textarea>");
    unticked.assert_has("name=\"months\" type=\"number\" min=\"1\" max=\"24\" value=\"9\"");
    unticked.assert_has("value=\"health\" checked");
    unticked.assert_has("value=\"employment\" checked");
    unticked.assert_lacks("value=\"housing\" checked");
    unticked.assert_has("value=\"fortnightly\" selected");
    unticked.assert_lacks("value=\"weekly\" selected");

    // The forms as they first appear: nothing typed, six months.
    let fresh = coordinator.get(&setup).await;
    fresh.assert_has("name=\"place\" type=\"text\" value=\"\"");
    fresh.assert_has("max=\"24\" value=\"6\"");
}

#[tokio::test]
async fn the_questionnaire_error_summary_lists_each_question_to_answer() {
    let app = TestApp::spawn().await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    let people = app.store.programme_participants(1).await.unwrap();
    let amal = people.iter().find(|p| p.first_name == "Amal").unwrap().id;
    let form = format!("/people/{amal}/questionnaires/newcomer_intake");
    let empty = coordinator.post(&form, &format!("{form}?lang=en"), &[]).await;
    assert_eq!(empty.status, 422);
    empty.assert_has("id=\"form-errors\"");
    // Each entry links to its question and names it.
    let summary = &empty.body[empty.body.find("id=\"form-errors\"").unwrap()..];
    let summary = &summary[..summary.find("</div>").unwrap()];
    assert!(summary.contains("<li><a href=\"#f-"), "an empty summary: {summary}");
    let first = &summary[summary.find("<li><a href=\"#f-").unwrap() + 16..];
    let key = &first[..first.find('"').unwrap()];
    empty.assert_has(&format!("id=\"f-{key}\""));
}

#[tokio::test]
async fn a_gender_left_empty_is_stored_as_not_given() {
    let app = TestApp::spawn().await;
    let phone = app.client();
    let mut fields: Vec<(&str, &str)> = vec![
        ("first_name", "Nadia"),
        ("last_name", "Nasser"),
        ("phone", "+33 6 55 44 33 22"),
        ("native_language", "ar"),
        ("gender", ""),
        ("gender_preference", ""),
        ("consents", "participation"),
    ];
    let done = phone.post("/join/1/mentee", "/join/1/mentee", &fields).await;
    assert_eq!(done.status, 200, "{}", done.body);
    let nadia = app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Nadia");
    let nadia = nadia.expect("registered");
    assert_eq!(nadia.gender, "");
    let coordinator = app.login("coordinator.fr@example.org").await;
    let record = coordinator.get(&format!("/people/{}?lang=en", nadia.id)).await;
    record.assert_lacks("I prefer not to say");

    // Said, it is kept as said.
    fields[0] = ("first_name", "Leila");
    fields[2] = ("phone", "+33 6 55 44 33 23");
    fields[4] = ("gender", "unsaid");
    assert_eq!(phone.post("/join/1/mentee", "/join/1/mentee", &fields).await.status, 200);
    let leila = app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.phone.ends_with("23"));
    assert_eq!(leila.expect("registered").gender, "unsaid");
}

#[tokio::test]
async fn the_language_asked_for_survives_the_redirects_of_a_form() {
    let app = TestApp::spawn().await;
    // Hamid's account is in French.
    exec(&mut app.raw().await, "UPDATE users SET locale = 'fr' WHERE email = 'newcomer2.fr@example.org'").await;
    let hamid = app.login("newcomer2.fr@example.org").await;
    assert!(hamid.get("/home").await.body.contains("<html lang=\"fr\""));
    let start = hamid.get("/assessment?lang=en").await;
    assert_eq!(start.status, 303);
    let next = start.location().to_owned();
    assert!(next.ends_with("?lang=en"), "{next}");
    let question = hamid.get(&next).await;
    question.assert_has("<html lang=\"en\"");
    // Its form posts in English too, and what answers it stays in English.
    let path = next.split('?').next().unwrap();
    question.assert_has(&format!("action=\"{path}?lang=en\""));
    let answered = hamid.post_raw(&format!("{path}?lang=en"), &[("csrf", &question.csrf())]).await;
    match answered.status {
        303 => assert!(answered.location().ends_with("lang=en"), "{}", answered.location()),
        _ => answered.assert_has("<html lang=\"en\""),
    }
    // The language switcher still chooses a language of its own.
    question.assert_has("action=\"/language\"");
    // A redirect that names its own language keeps it.
    let ar = hamid.get("/assessment?lang=ar").await;
    assert!(ar.location().ends_with("?lang=ar"), "{}", ar.location());
}

#[tokio::test]
async fn the_invitee_is_asked_for_their_own_name() {
    let app = TestApp::spawn().await;
    let staff = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap();
    let email = m4m_domain::account::Email::parse("yusuf@example.net").unwrap();
    let token = app
        .store
        .invite(staff.id, &email, "Yusuf", m4m_domain::Role::Mentor, Some(1), 3600, None, |_| ("s".into(), "b".into()))
        .await
        .unwrap();
    let page = app.client().get(&format!("/invitations/{token}?lang=en")).await;
    assert_eq!(page.status, 200);
    page.assert_lacks("Their name");
    page.assert_has("Your name");
    // The one who invites is still asked for the other's name.
    app.login("coordinator.fr@example.org").await.get("/invitations/new?lang=en").await.assert_has("Their name");
}

#[tokio::test]
async fn a_buddy_is_told_their_newcomer_does_not_see_their_answers() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    // Karim (buddy1) has not filled in his self-assessment yet.
    exec(
        &mut raw,
        "DELETE FROM area_scores WHERE response_id IN (SELECT r.id FROM responses r JOIN participants p \
         ON p.id = r.participant_id JOIN users u ON u.id = p.user_id WHERE u.email = 'buddy1.fr@example.org')",
    )
    .await;
    exec(
        &mut raw,
        "DELETE FROM responses WHERE participant_id IN (SELECT p.id FROM participants p \
         JOIN users u ON u.id = p.user_id WHERE u.email = 'buddy1.fr@example.org')",
    )
    .await;
    let buddy = app.login("buddy1.fr@example.org").await;
    let home = buddy.get("/home?lang=en").await;
    home.assert_has("href=\"/assessment\"");
    home.assert_lacks("Your buddy does not see your answers");
    home.assert_has("Your newcomer does not see your answers");
}

#[tokio::test]
async fn counts_agree_with_their_number() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    // One buddy referred by the Athens social service.
    let dimos = one(&mut raw, "SELECT id FROM stakeholders WHERE name = 'Dimos Athinaion social service'").await;
    let buddy = one(
        &mut raw,
        "SELECT MIN(id) FROM participants WHERE kind = 'mentor' AND programme_id IN \
         (SELECT id FROM programmes WHERE organisation_id = 2)",
    )
    .await;
    exec(&mut raw, &format!("UPDATE participants SET referred_by = {dimos} WHERE id = {buddy}")).await;
    let greek = app.login("coordinator.gr@example.org").await;
    for path in ["/stakeholders?lang=en".to_owned(), format!("/stakeholders/{dimos}?lang=en")] {
        let page = greek.get(&path).await;
        page.assert_lacks("1 buddies");
        page.assert_has("Referred: 1 buddy, 0 newcomers");
    }
}

#[tokio::test]
async fn a_language_chosen_from_a_list_is_not_asked_for_as_codes() {
    let app = TestApp::spawn().await;
    let phone = app.client();
    let wrong = phone
        .post(
            "/join/1/mentee",
            "/join/1/mentee?lang=en",
            &[
                ("first_name", "Nadia"),
                ("phone", "+33 6 55 44 33 22"),
                ("native_language", ""),
                ("consents", "participation"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    wrong.assert_lacks("separated by commas");
    wrong.assert_has("Choose a language.");
}

#[tokio::test]
async fn the_import_labels_its_columns_for_the_staff_who_import() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let csrf = c.get("/programmes/1/import").await.csrf();
    for (kind, needs) in [("mentee", "Needs help with"), ("mentor", "Can help with")] {
        let form = reqwest::multipart::Form::new().text("kind", kind).part(
            "file",
            reqwest::multipart::Part::bytes(b"Prenom;Nom\nAhmed;Karimi\n".to_vec()).file_name("people.csv"),
        );
        let r = c
            .http
            .post(format!("{}/programmes/1/import?csrf={csrf}&lang=en", c.base))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let body = r.text().await.unwrap();
        for asking in ["Where would you like help?", "Your level in", "Would you prefer your buddy", "you speak"] {
            assert!(!body.contains(asking), "{kind}: {asking:?} in the column labels");
        }
        assert!(body.contains(needs), "{kind}: {needs:?}");
    }
}

#[tokio::test]
async fn a_session_to_confirm_waits_on_the_home_page() {
    let app = TestApp::spawn().await;
    // Amal logged a session with Karim five days ago; Karim has not confirmed it.
    let karim = app.login("buddy1.fr@example.org").await;
    let home = karim.get("/home?lang=en").await;
    let pending = &home.body[home.body.find("id=\"h-pending\"").expect("something waits for Karim")..];
    let pending = &pending[..pending.find("</section>").unwrap()];
    assert!(pending.contains("Confirm the session with Amal"), "{pending}");
    // The session he logged himself waits for nobody on his side.
    let sessions = one(
        &mut app.raw().await,
        "SELECT COUNT(*) FROM peer_sessions s JOIN users u ON u.id = s.logged_by \
         WHERE u.email = 'buddy1.fr@example.org' AND s.confirmed_at IS NULL",
    )
    .await;
    assert_eq!(pending.matches("Confirm the session").count(), 1, "{sessions} of his own unconfirmed");
    // Confirmed, it is no longer waiting.
    let at = pending.find("#session-").expect("a link to the session");
    let link = &pending[pending[..at].rfind("href=\"").unwrap() + 6..];
    let link = &link[..link.find('"').unwrap()];
    let (pair_page, session) = link.split_once("#session-").unwrap();
    let r = karim.post(pair_page, &format!("{pair_page}/sessions/{session}/confirm"), &[]).await;
    assert_eq!(r.status, 303);
    karim.get("/home?lang=en").await.assert_lacks("Confirm the session with Amal");
}

/// The part of a page from `start` to the next `end`.
fn part<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body.find(start).unwrap_or_else(|| panic!("{start:?} in the page"));
    let rest = &body[from..];
    &rest[..rest.find(end).map_or(rest.len(), |e| e + end.len())]
}

/// A refused form gives back the choice made even when it is not the one
/// a page preselects: a concern's next move, a learner's progress, and
/// the reason typed for declining a proposal.
#[tokio::test]
async fn a_refused_form_keeps_the_choice_made() {
    let app = TestApp::spawn().await;
    let o = crate::access_matrix::Objects::find(&app).await;
    let coordinator = app.login("coordinator.fr@example.org").await;

    // Acknowledged, a concern is closed or acted on; closed without a note.
    let concern = format!("/concerns/{}", o.fill("{cUrgent}"));
    let moved =
        coordinator.post(&concern, &format!("{concern}/move"), &[("status", "acknowledged"), ("note", "Called")]).await;
    assert_eq!(moved.status, 303);
    let no_note =
        coordinator.post(&concern, &format!("{concern}/move?lang=en"), &[("status", "closed"), ("note", "")]).await;
    assert_eq!(no_note.status, 422);
    no_note.assert_has("value=\"closed\" checked");
    no_note.assert_lacks("value=\"action_taken\" checked");

    // Two learners of a module: one marked done, the other's progress
    // garbled. The first is shown done, unsaved.
    let module = format!("/training/modules/{}", o.fill("{moduleFR}"));
    let page = coordinator.get(&module).await;
    let rows: Vec<&str> = page.body.match_indices("name=\"p_").map(|(at, _)| &page.body[at + 8..]).collect();
    let ids: Vec<&str> = rows.iter().map(|r| &r[..r.find('"').unwrap()]).take(2).collect();
    assert_eq!(ids.len(), 2, "two learners on {module}");
    let first = format!("name=\"p_{}\"", ids[0]);
    let wanted =
        if part(&page.body, &first, "</select>").contains("value=\"done\" selected") { "not_started" } else { "done" };
    let garbled = coordinator
        .post(
            &module,
            &format!("{module}?lang=en"),
            &[(&format!("p_{}", ids[0]), wanted), (&format!("p_{}", ids[1]), "finished yesterday")],
        )
        .await;
    assert_eq!(garbled.status, 422);
    assert!(
        part(&garbled.body, &first, "</select>").contains(&format!("value=\"{wanted}\" selected")),
        "{wanted} kept for the first learner:\n{}",
        part(&garbled.body, &first, "</select>")
    );
    let again = coordinator.get(&module).await;
    assert!(!part(&again.body, &first, "</select>").contains(&format!("value=\"{wanted}\" selected")), "nothing saved");

    // Karim, proposed a second newcomer, declines with a reason too long.
    let (p1, karim, yonas) = (o.fill("{p1}"), o.fill("{karim}"), o.fill("{yonas}"));
    exec(&mut app.raw().await, &format!("UPDATE participants SET capacity = 2 WHERE id = {karim}")).await;
    let pair = app
        .store
        .propose_pair(1, p1.parse().unwrap(), yonas.parse().unwrap(), karim.parse().unwrap(), "")
        .await
        .unwrap();
    let buddy = app.login("buddy1.fr@example.org").await;
    let long = "We live at the two ends of the city. ".repeat(20);
    let declined = buddy
        .post(
            &format!("/pairs/{pair}/proposal"),
            &format!("/pairs/{pair}/answer?lang=en"),
            &[("answer", "decline"), ("reason", &long)],
        )
        .await;
    assert_eq!(declined.status, 422);
    declined.assert_has(&format!(">{long}</textarea>"));
}
