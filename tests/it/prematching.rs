//! Step 4: pre-matching — proposals explained, locks, exclusions, weights,
//! and a person's decision.

use crate::support::{TestApp, exec, one};

fn id_of(app_people: &[m4m_store::registration::Participant], first: &str) -> String {
    app_people.iter().find(|p| p.first_name == first).unwrap().id.to_string()
}

#[tokio::test]
async fn the_coordinator_reads_explained_proposals_and_decides() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let page = c.get("/programmes/1/matching?lang=en").await;
    assert_eq!(page.status, 200);
    page.assert_has("2 of 2 newcomers paired with 2 buddies ready to match.");
    // Oksana and Hanna share their first language: the engine pairs them
    // and says why, criterion by criterion.
    page.assert_has("<bdi>Oksana Kovalenko</bdi> ↔ <bdi>Hanna Bondar</bdi>");
    page.assert_has("Same first language: Українська");
    page.assert_has("Languages in common");
    let people = app.store.programme_participants(1).await.unwrap();
    let (oksana, hanna, nour) = (id_of(&people, "Oksana"), id_of(&people, "Hanna"), id_of(&people, "Nour"));

    // Excluding needs a reason; then the pair is never proposed.
    let no_reason = c
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/mark",
            &[("mentee", &oksana), ("mentor", &hanna), ("kind", "exclude")],
        )
        .await;
    assert_eq!(no_reason.status, 400);
    let excluded = c
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/mark",
            &[("mentee", &oksana), ("mentor", &hanna), ("kind", "exclude"), ("reason", "They are cousins")],
        )
        .await;
    assert_eq!(excluded.status, 303);
    let page = c.get("/programmes/1/matching?lang=en").await;
    page.assert_lacks("<h3><bdi>Oksana Kovalenko</bdi> ↔ <bdi>Hanna Bondar</bdi>");
    page.assert_has("They are cousins");

    // Lock Nour with Hanna: kept when the engine runs again.
    let locked = c
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/mark",
            &[("mentee", &nour), ("mentor", &hanna), ("kind", "lock")],
        )
        .await;
    assert_eq!(locked.status, 303);
    let page = c.get("/programmes/1/matching?lang=en").await;
    page.assert_has("<bdi>Nour Al-Sayed</bdi> ↔ <bdi>Hanna Bondar</bdi> <span class=\"badge\">locked</span>");

    // Weights: refused out of range, saved within.
    let bad = c.post("/programmes/1/matching", "/programmes/1/matching/weights", &[("w_needs", "99")]).await;
    assert_eq!(bad.status, 400);
    let fields: Vec<(String, &str)> = m4m_matching::Criterion::ALL
        .iter()
        .map(|k| (format!("w_{}", k.as_str()), if k.as_str() == "language" { "5" } else { "1" }))
        .collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(c.post("/programmes/1/matching", "/programmes/1/matching/weights", &fields).await.status, 303);
    assert!(app.store.matching_weights(1).await.unwrap().unwrap().contains("\"language\":5.0"));

    // A person decides: the pair is proposed, both leave the pool.
    let confirmed = c
        .post("/programmes/1/matching", "/programmes/1/matching/confirm", &[("mentee", &nour), ("mentor", &hanna)])
        .await;
    assert_eq!(confirmed.status, 303);
    let pool = app.store.matching_pool(1).await.unwrap();
    assert!(!pool.mentees.iter().any(|p| p.id.to_string() == nour));
    assert!(!pool.mentors.iter().any(|m| m.person.id.to_string() == hanna));
    // Twice is a conflict, not a second pair.
    let twice = c
        .post("/programmes/1/matching", "/programmes/1/matching/confirm", &[("mentee", &nour), ("mentor", &hanna)])
        .await;
    assert_eq!(twice.status, 409);
}

#[tokio::test]
async fn pairing_by_hand_needs_a_reason_that_is_kept() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let people = app.store.programme_participants(1).await.unwrap();
    let (oksana, ahmad) = (id_of(&people, "Oksana"), id_of(&people, "Ahmad"));
    let silent = c
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/confirm",
            &[("mentee", &oksana), ("mentor", &ahmad), ("manual", "1")],
        )
        .await;
    // Refused with the page, the two people chosen still chosen.
    assert_eq!(silent.status, 422);
    silent.assert_has(&format!("<option value=\"{oksana}\" selected>"));
    silent.assert_has(&format!("<option value=\"{ahmad}\" selected>"));
    silent.assert_has("id=\"e-reason\"");
    let r = c
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/confirm",
            &[("mentee", &oksana), ("mentor", &ahmad), ("manual", "1"), ("reason", "Both live in Roubaix")],
        )
        .await;
    assert_eq!(r.status, 303);
    let pair = app.store.pairs_in_setup(1).await.unwrap()[0].id;
    // The note stays with the pair; the audit line says who decided, with
    // ids only (what was typed would have to be erased with the person).
    assert!(app.store.pair(pair).await.unwrap().unwrap().decision_note.ends_with("Both live in Roubaix"));
    let audit = app.store.audit_for(&format!("pair:{pair}"), 5).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "pair.propose" && a.detail.is_empty()), "{audit:?}");
}

#[tokio::test]
async fn pre_matching_is_the_coordinators_alone() {
    let app = TestApp::spawn().await;
    for email in ["buddy1.fr@example.org", "trainer.fr@example.org", "supervisor.fr@example.org"] {
        let c = app.login(email).await;
        let r = c.get("/programmes/1/matching").await;
        assert!(r.status == 403 || r.status == 404, "{email}");
    }
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get("/programmes/1/matching").await.status, 404);
    let people = app.store.programme_participants(1).await.unwrap();
    let r = greek
        .post(
            "/home",
            "/programmes/1/matching/confirm",
            &[("mentee", &id_of(&people, "Nour")), ("mentor", &id_of(&people, "Hanna"))],
        )
        .await;
    assert_eq!(r.status, 404);
    // Someone of another programme cannot be slipped into this one.
    let french = app.login("coordinator.fr@example.org").await;
    let athens = app.store.programme_participants(2).await.unwrap();
    let r = french
        .post(
            "/home",
            "/programmes/1/matching/confirm",
            &[("mentee", &id_of(&athens, "Olena")), ("mentor", &id_of(&people, "Hanna"))],
        )
        .await;
    assert_eq!(r.status, 400);
}

/// A ready person of the programme `programme`, speaking Arabic, living in
/// Roubaix, with needs or skills `areas`: returns their id.
async fn ready(raw: &mut sqlx::AnyConnection, programme: i64, kind: &str, first: &str, areas: &str) -> i64 {
    one(
        raw,
        &format!(
            "INSERT INTO participants (programme_id, kind, first_name, last_name, languages, native_language, area, \
             areas, step, status, created_at) \
             VALUES ({programme}, '{kind}', '{first}', 'Test', 'ar:native', 'ar', 'Roubaix', '{areas}', 4, 'ready', 0) \
             RETURNING id"
        ),
    )
    .await
}

#[tokio::test]
async fn the_newcomers_goals_choose_between_buddies_alike_in_all_else() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let programme = one(
        &mut raw,
        "INSERT INTO programmes (organisation_id, name, languages, starts_on, ends_on, status, created_at) \
         SELECT organisation_id, 'Goals', 'fr', '2026-01-01', '2026-12-31', 'running', 0 FROM programmes WHERE id = 1 \
         RETURNING id",
    )
    .await;
    // The newcomer said no needs at registration; the buddies differ only
    // in what they offer, and the one who offers housing comes second, so
    // that a tie would go to the other.
    let amira = ready(&mut raw, programme, "mentee", "Amira", "").await;
    ready(&mut raw, programme, "mentor", "Bilal", "digital").await;
    ready(&mut raw, programme, "mentor", "Chadi", "housing").await;
    let c = app.login("coordinator.fr@example.org").await;
    let url = format!("/programmes/{programme}/matching?lang=en");
    let before = c.get(&url).await;
    before.assert_has("<bdi>Amira Test</bdi> ↔ <bdi>Bilal Test</bdi>");
    before.assert_has("Goals not known");

    // At step 3 she says where she wants help first: housing.
    let version = one(
        &mut raw,
        "SELECT v.id FROM questionnaire_versions v JOIN questionnaires q ON q.id = v.questionnaire_id \
         WHERE q.organisation_id = 1 AND q.kind = 'newcomer_self_assessment' ORDER BY v.id DESC LIMIT 1",
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO responses (participant_id, version_id, moment, answers, started_at, updated_at, completed_at) \
             VALUES ({amira}, {version}, 'initial', '{{\"help_first\":{{\"choices\":[\"housing\"]}}}}', 1, 1, 1)"
        ),
    )
    .await;
    let page = c.get(&url).await;
    assert_eq!(page.status, 200);
    page.assert_has("<bdi>Amira Test</bdi> ↔ <bdi>Chadi Test</bdi>");
    page.assert_has("<th scope=\"row\">Goals</th>");
    page.assert_has("Shared goals: Housing");
    page.assert_has("Next best buddies: <bdi>Bilal Test</bdi>");
    // In French too, the reason names the area in the reader's language.
    c.get(&format!("/programmes/{programme}/matching?lang=fr")).await.assert_has("Objectifs communs\u{a0}: Logement");
}

/// What the record says beyond the registration reaches matching: the
/// newcomer's priorities at step 3, the goals of an agreement and of the
/// goal list, and the agreement's rhythm and duration on both sides.
#[tokio::test]
async fn goals_and_expectations_come_from_the_record() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let (amal, karim) = (id_of(&people, "Amal"), id_of(&people, "Karim"));
    exec(
        &mut raw,
        &format!(
            "UPDATE pairs SET agreement = '{{\"goals\":[\"health\"],\"goals_text\":\"\",\"rhythm\":\"weekly\",\
             \"months\":6,\"boundaries\":\"\"}}' WHERE mentee_id = {amal} AND mentor_id = {karim}"
        ),
    )
    .await;
    let aims = app.store.matching_aims(1).await.unwrap();
    let amal_aims = &aims[&amal.parse::<i64>().unwrap()];
    // Her self-assessment put language and administration first; her
    // agreement says health; her goal list language, employment, transport.
    assert_eq!(amal_aims.goals, ["language", "administration", "employment", "health", "transport"]);
    assert_eq!(amal_aims.expectations, ["weekly", "6-months"]);
    let karim_aims = &aims[&karim.parse::<i64>().unwrap()];
    assert!(karim_aims.goals.is_empty(), "a buddy's goals are what they offer, from the registration");
    assert_eq!(karim_aims.expectations, ["weekly", "6-months"]);
    // Someone whose record says nothing more is not listed.
    assert!(!aims.contains_key(&id_of(&people, "Nour").parse::<i64>().unwrap()));
}

#[tokio::test]
async fn weights_saved_that_can_no_longer_be_read_are_shown_as_an_error() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let fields: Vec<(String, &str)> =
        m4m_matching::Criterion::ALL.iter().map(|k| (format!("w_{}", k.as_str()), "2")).collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(c.post("/programmes/1/matching", "/programmes/1/matching/weights", &fields).await.status, 303);
    let mut raw = app.raw().await;
    // A criterion renamed since the weights were saved.
    exec(&mut raw, "UPDATE matching_weights SET weights = '{\"kindness\":2.0}' WHERE programme_id = 1").await;
    let page = c.get("/programmes/1/matching?lang=en").await;
    assert_eq!(page.status, 200);
    page.assert_has("The weights saved for this programme could not be read");
    page.assert_has("<a href=\"#weights\">Save new weights</a>");
    // The defaults are shown, and the proposal is still made with them.
    page.assert_has("name=\"w_goals\" type=\"number\" min=\"0\" max=\"10\" step=\"0.5\" value=\"1.5\"");
    page.assert_has("2 of 2 newcomers paired");
    let fr = c.get("/programmes/1/matching?lang=fr").await;
    assert_eq!(fr.status, 200);
    fr.assert_has("Les poids enregistrés pour ce programme n’ont pas pu être lus");
    let ar = c.get("/programmes/1/matching?lang=ar").await;
    assert_eq!(ar.status, 200);
    ar.assert_has("تعذّرت قراءة الأوزان المحفوظة لهذا البرنامج");
    // Weights that cannot be used either (below zero) count as unreadable.
    exec(&mut raw, "UPDATE matching_weights SET weights = '{\"needs\":-3.0}' WHERE programme_id = 1").await;
    c.get("/programmes/1/matching?lang=en").await.assert_has("could not be read");

    // Saving new weights puts things right.
    assert_eq!(c.post("/programmes/1/matching", "/programmes/1/matching/weights", &fields).await.status, 303);
    let page = c.get("/programmes/1/matching?lang=en").await;
    assert_eq!(page.status, 200);
    page.assert_lacks("could not be read");
    page.assert_has("name=\"w_goals\" type=\"number\" min=\"0\" max=\"10\" step=\"0.5\" value=\"2\"");
}
