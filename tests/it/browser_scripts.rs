//! Every script of the interface drawn with real glyphs on a machine with
//! Debian's Noto fonts (what the README asks of a kiosk): no character of
//! a page in Dari, Pashto, Tigrinya, Somali, Arabic, Farsi, Greek or
//! Ukrainian comes out as the empty box of a missing glyph, and the
//! right-to-left ones run right to left.

use crate::browser::Driver;
use crate::support::{PASSWORD, TestApp};

/// The characters of the page (beyond ASCII) that the browser draws as
/// it draws a code point no font has: each is drawn on a canvas in the
/// page's font and compared, pixel for pixel, with that empty box.
const MISSING_GLYPHS: &str = "const font = '32px ' + getComputedStyle(document.body).fontFamily;
const draw = (s) => {
  const c = document.createElement('canvas'); c.width = 64; c.height = 64;
  const x = c.getContext('2d'); x.font = font; x.fillStyle = '#000'; x.fillText(s, 8, 44);
  return Array.from(x.getImageData(0, 0, 64, 64).data).join(',');
};
const tofu = draw(String.fromCodePoint(0x10FFFD));
const chars = [...new Set([...document.body.innerText].filter(ch => ch.codePointAt(0) > 0x7f && /\\p{L}/u.test(ch)))];
return { checked: chars.length, missing: chars.filter(ch => draw(ch) === tofu) };";

#[tokio::test]
async fn every_script_of_the_interface_is_drawn_with_real_glyphs() {
    let app = TestApp::spawn().await;
    let d = Driver::start(360, 740).await;
    let mut problems = Vec::new();
    let pages = ["/login", "/join/1", "/join/1/mentee"];
    for (lang, dir) in [
        ("prs", "rtl"),
        ("ps", "rtl"),
        ("ti", "ltr"),
        ("so", "ltr"),
        ("ar", "rtl"),
        ("fa", "rtl"),
        ("el", "ltr"),
        ("uk", "ltr"),
    ] {
        for path in pages {
            d.goto(&format!("{}{path}?lang={lang}", app.base)).await;
            assert_eq!(d.script("return document.documentElement.dir").await, dir, "{lang} {path}");
            assert_eq!(d.script("return document.documentElement.lang").await, lang, "{lang} {path}");
            let found = d.script(MISSING_GLYPHS).await;
            let checked = found["checked"].as_u64().unwrap_or(0);
            // Somali is written in Latin letters, a few of them accented.
            if lang != "so" {
                assert!(checked > 20, "{lang} {path}: only {checked} letters of its script on the page");
            }
            if found["missing"] != serde_json::json!([]) {
                problems.push(format!("{lang} {path}: {}", found["missing"]));
            }
        }
        d.screenshot(&format!("scripts-join-{lang}")).await;
    }
    // A newcomer's home in Tigrinya, signed in.
    d.log_in(&app.base, "newcomer1.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/home?lang=ti", app.base)).await;
    let found = d.script(MISSING_GLYPHS).await;
    if found["missing"] != serde_json::json!([]) {
        problems.push(format!("ti /home: {}", found["missing"]));
    }
    assert!(problems.is_empty(), "characters drawn as empty boxes:\n{}", problems.join("\n"));
}
