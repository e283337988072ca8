//! Languages: the choice order, right-to-left, the switcher.

use crate::support::TestApp;

#[tokio::test]
async fn arabic_and_farsi_pages_run_right_to_left() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let ar = c.get("/login?lang=ar").await;
    assert_eq!(ar.status, 200);
    ar.assert_has("<html lang=\"ar\" dir=\"rtl\">");
    ar.assert_has(&m4m_web::i18n::Tr::for_code("ar").t("login-title"));
    ar.assert_lacks("Log in</h1>");
    let fa = c.get("/login?lang=fa").await;
    fa.assert_has("<html lang=\"fa\" dir=\"rtl\">");
    let fr = c.get("/login?lang=fr").await;
    fr.assert_has("<html lang=\"fr\" dir=\"ltr\">");
}

#[tokio::test]
async fn the_language_follows_accept_language_then_a_chosen_one_sticks() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let p = c.get_with("/login", &[("accept-language", "el;q=0.4, fr;q=0.8")]).await;
    p.assert_has("<html lang=\"fr\"");
    // ?lang= wins and is remembered by a cookie.
    c.get("/login?lang=uk").await.assert_has("<html lang=\"uk\"");
    c.get_with("/login", &[("accept-language", "fr")]).await.assert_has("<html lang=\"uk\"");
}

#[tokio::test]
async fn an_unknown_language_code_gets_a_clear_400() {
    let app = TestApp::spawn().await;
    let p = app.client().get("/login?lang=xx").await;
    assert_eq!(p.status, 400);
    p.assert_has("This language is not available: xx");
    let c = app.client();
    let bad = c.post("/login", "/language", &[("lang", "<script>"), ("return_to", "/login")]).await;
    assert_eq!(bad.status, 400);
    bad.assert_lacks("<script>");
}

#[tokio::test]
async fn a_logged_in_person_keeps_the_language_they_choose() {
    let app = TestApp::spawn().await;
    // The French coordinator's preference is French.
    let c = app.login("coordinator.fr@example.org").await;
    c.get("/home").await.assert_has("<html lang=\"fr\"");
    let switched = c.post("/home", "/language", &[("lang", "ar"), ("return_to", "/home")]).await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.location(), "/home");
    // Saved in the account: a new browser logs in and reads Arabic.
    let other = app.login("coordinator.fr@example.org").await;
    let home = other.get("/home").await;
    home.assert_has("<html lang=\"ar\" dir=\"rtl\">");
    // The switcher never sends anyone to another site.
    let away = c.post("/home", "/language", &[("lang", "en"), ("return_to", "https://evil.example/")]).await;
    assert_eq!(away.location(), "/");
}

#[tokio::test]
async fn every_language_renders_every_public_page() {
    let app = TestApp::spawn().await;
    let c = app.client();
    for lang in ["en", "fr", "ar", "de", "el", "it", "pt", "ro", "fa", "uk"] {
        for path in ["/", "/login", "/nowhere"] {
            let p = c.get(&format!("{path}?lang={lang}")).await;
            p.assert_has(&format!("<html lang=\"{lang}\""));
            // No message key shows through untranslated.
            p.assert_lacks(">login-");
            p.assert_lacks(">error-");
        }
    }
}
