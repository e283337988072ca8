//! Step 1: the directory of local actors and the outreach log.

use crate::support::TestApp;

#[tokio::test]
async fn a_coordinator_records_a_stakeholder_and_an_information_session() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let added = c
        .post(
            "/stakeholders",
            "/stakeholders",
            &[
                ("name", "Mission locale de Roubaix"),
                ("kind", "employer"),
                ("contact_name", "Mme Diallo"),
                ("languages", "fr, ar"),
            ],
        )
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let list = c.get("/stakeholders?lang=en").await;
    list.assert_has("Mission locale de Roubaix");
    list.assert_has("Employer");
    let id = app
        .store
        .stakeholders(1)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.name == "Mission locale de Roubaix")
        .unwrap()
        .id;
    let session = c
        .post(
            "/outreach",
            "/outreach",
            &[
                ("kind", "information_session"),
                ("held_on", "2026-11-20"),
                ("stakeholder_id", &id.to_string()),
                ("place", "Mission locale, salle B"),
                ("people_reached", "17"),
                ("materials", "Leaflets in French and Arabic"),
            ],
        )
        .await;
    assert_eq!(session.status, 303, "{}", session.body);
    let log = c.get("/outreach?lang=en").await;
    log.assert_has("Mission locale, salle B");
    log.assert_has("<td>17</td>");
    let detail = c.get(&format!("/stakeholders/{id}?lang=en")).await;
    detail.assert_has("Leaflets in French and Arabic");
    // Editing keeps one record.
    let edited = c
        .post(
            &format!("/stakeholders/{id}"),
            &format!("/stakeholders/{id}"),
            &[("name", "Mission locale Roubaix-Tourcoing"), ("kind", "employer")],
        )
        .await;
    assert_eq!(edited.status, 303);
    assert_eq!(app.store.stakeholder(id).await.unwrap().unwrap().name, "Mission locale Roubaix-Tourcoing");
}

#[tokio::test]
async fn stakeholder_and_outreach_forms_say_what_to_fix() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.stakeholders(1).await.unwrap().len();
    let bad =
        c.post("/stakeholders", "/stakeholders?lang=en", &[("name", ""), ("kind", "bank"), ("email", "nope")]).await;
    assert_eq!(bad.status, 422);
    bad.assert_has("This field is required.");
    bad.assert_has("Enter an e-mail address");
    assert_eq!(app.store.stakeholders(1).await.unwrap().len(), before);
    // A referral must name a stakeholder, and one of the organisation's own.
    let greek = app.store.stakeholders(2).await.unwrap()[0].id;
    let referral = c
        .post(
            "/outreach",
            "/outreach?lang=en",
            &[("kind", "referral"), ("held_on", "2026-11-20"), ("stakeholder_id", &greek.to_string())],
        )
        .await;
    assert_eq!(referral.status, 422);
    referral.assert_has("Choose one of the options offered.");
    let undated = c.post("/outreach", "/outreach?lang=en", &[("kind", "material"), ("held_on", "soon")]).await;
    assert_eq!(undated.status, 422);
    undated.assert_has("Enter a date as year-month-day");
}

#[tokio::test]
async fn each_organisation_keeps_its_own_stakeholders() {
    let app = TestApp::spawn().await;
    let french = app.store.stakeholders(1).await.unwrap()[0].id;
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get(&format!("/stakeholders/{french}")).await.status, 404);
    let list = greek.get("/stakeholders").await;
    list.assert_lacks("CCAS de Lille");
    list.assert_has("Dimos Athinaion");
    let forged =
        greek.post("/stakeholders", &format!("/stakeholders/{french}"), &[("name", "Taken"), ("kind", "other")]).await;
    assert_eq!(forged.status, 404);
    assert_eq!(app.store.stakeholder(french).await.unwrap().unwrap().name, "CCAS de Lille");
    for email in ["buddy1.fr@example.org", "newcomer1.fr@example.org", "supervisor.fr@example.org", "admin@example.org"]
    {
        let c = app.login(email).await;
        assert_eq!(c.get("/stakeholders").await.status, 403, "{email}");
        assert_eq!(c.get("/outreach").await.status, 403, "{email}");
    }
}

#[tokio::test]
async fn the_coordinator_sees_which_stakeholders_bring_people() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let list = c.get("/stakeholders?lang=en").await;
    // The demo: the CCAS referred the Lille newcomers but those of the
    // association, which referred the Dari, Pashto and Tigrinya speakers.
    let ccas = app.store.stakeholders(1).await.unwrap().into_iter().find(|s| s.name == "CCAS de Lille").unwrap();
    assert!(ccas.referred_mentees > 0);
    list.assert_has(&format!("Referred: 0 buddies, {} newcomers", ccas.referred_mentees));
    let detail = c.get(&format!("/stakeholders/{}?lang=en", ccas.id)).await;
    detail.assert_has("Referrals per month");
}

/// A CSV download's text, after its byte-order mark.
async fn csv(c: &crate::support::Client, base: &str, path: &str) -> String {
    let r = c.http.get(format!("{base}{path}")).send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "a byte-order mark, for spreadsheets");
    String::from_utf8(bytes[3..].to_vec()).unwrap()
}

/// The directory and the outreach log download for a spreadsheet in the
/// reader's language (headings, kinds, the separator a French spreadsheet
/// expects) or, with `?codes=1`, in codes for tools; each download leaves
/// an audit line.
#[tokio::test]
async fn the_directory_and_the_log_export_as_csv() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let tools = csv(&c, &app.base, "/stakeholders.csv?codes=1").await;
    assert!(tools.starts_with("id,name,kind,contact_name,"), "{tools}");
    assert!(tools.contains(",social_service,"), "kinds as codes: {tools}");
    assert!(tools.contains("CCAS de Lille"));
    assert!(!tools.contains("Dimos"), "only the organisation's own");
    let french = csv(&c, &app.base, "/stakeholders.csv?lang=fr").await;
    assert!(french.starts_with("Numéro;Nom;Type;"), "{}", french.lines().next().unwrap());
    assert!(french.contains(";Service social;"), "kinds in French");
    assert!(french.contains("CCAS de Lille"));
    let english = csv(&c, &app.base, "/stakeholders.csv?lang=en").await;
    assert!(english.lines().next().unwrap().ends_with("Buddies referred,Newcomers referred"), "{english}");
    let log = csv(&c, &app.base, "/outreach.csv?lang=fr").await;
    assert!(log.starts_with("Date;Type d’action;"), "{}", log.lines().next().unwrap());
    assert!(log.contains("Leaflets in French, Arabic, Dari"));
    let log_codes = csv(&c, &app.base, "/outreach.csv?codes=1").await;
    assert!(log_codes.starts_with("date,kind,stakeholder,"), "{log_codes}");
    let mut raw = app.raw().await;
    for action in ["stakeholders.export", "outreach.export"] {
        let n =
            crate::support::one(&mut raw, &format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'")).await;
        assert!(n >= 1, "{action} is audited");
    }
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get("/stakeholders.csv").await.status, 403);
    assert_eq!(buddy.get("/outreach.csv").await.status, 403);
}

/// A federation's directory of hundreds of local actors: found by name or
/// contact without accents, by kind, a page at a time with the total; a
/// stakeholder added before there was a search is found too.
#[tokio::test]
async fn a_large_directory_is_searched_and_paged() {
    use m4m_domain::stakeholder::{NewStakeholder, StakeholderForm};
    let app = TestApp::spawn().await;
    for i in 0..110 {
        let name = format!("Association Étoile {i:03}");
        let form = StakeholderForm {
            name: &name,
            kind: "association",
            contact_name: "Mme Hélène Diallo",
            ..Default::default()
        };
        app.store.create_stakeholder(1, 1, &NewStakeholder::parse(&form).unwrap()).await.unwrap();
    }
    let form = StakeholderForm {
        name: "Préfecture du Nord",
        kind: "local_administration",
        phone: "03 20 30 59 59",
        ..Default::default()
    };
    app.store.create_stakeholder(1, 1, &NewStakeholder::parse(&form).unwrap()).await.unwrap();
    // One written before the search existed: its key is filled at start-up.
    let mut raw = app.raw().await;
    crate::support::exec(&mut raw, "UPDATE stakeholders SET search_key = '' WHERE name = 'Préfecture du Nord'").await;
    app.store.migrate().await.unwrap();
    let total = crate::support::one(&mut raw, "SELECT COUNT(*) FROM stakeholders WHERE organisation_id = 1").await;
    assert!(total > 111);
    let c = app.login("coordinator.fr@example.org").await;

    let first = c.get("/stakeholders?lang=en").await;
    first.assert_has(&format!("Stakeholders 1–50 of {total}"));
    first.assert_has("href=\"/stakeholders?page=2\">Next</a>");
    let found = c.get("/stakeholders?q=etoile+helene&page=3&lang=en").await;
    found.assert_has("Stakeholders 101–110 of 110");
    found.assert_has("<bdi>Association Étoile 109</bdi>");
    found.assert_has("href=\"/stakeholders?q=etoile+helene&#38;page=2\">Previous</a>");
    let public = c.get("/stakeholders?q=prefecture&kind=local_administration&lang=en").await;
    public.assert_has("One stakeholder");
    public.assert_has("<bdi>Préfecture du Nord</bdi>");
    c.get("/stakeholders?q=0320305959&lang=en").await.assert_has("<bdi>Préfecture du Nord</bdi>");
    c.get("/stakeholders?q=nobody&lang=fr").await.assert_has("Aucun acteur ne correspond à cette recherche.");
    // Another organisation's coordinator sees none of them.
    let greek = app.login("coordinator.gr@example.org").await;
    greek.get("/stakeholders?q=etoile&lang=en").await.assert_has("No stakeholders");
}
