//! Charts as inline SVG, drawn on the server: no script, no other host.
//! Every chart comes with a table of the same figures for screen readers
//! and for people who read numbers better than bars.

use crate::i18n::escape;

/// One bar: its label, its value from 0 to 1, the text shown at its end.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
}

/// Horizontal bars, mirrored for right-to-left pages. `title` names the
/// chart for assistive technology.
pub fn bars(title: &str, bars: &[Bar], rtl: bool) -> String {
    const WIDTH: f64 = 640.0;
    const LABEL: f64 = 230.0;
    const BAR: f64 = 330.0;
    const ROW: f64 = 30.0;
    let height = ROW * bars.len() as f64 + 10.0;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {WIDTH} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\
         <title>{}</title>",
        escape(title),
        escape(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 5.0 + ROW * i as f64;
        let w = (b.value.clamp(0.0, 1.0) * BAR).max(2.0);
        // Left to right: label | bar → value. Right to left: the mirror.
        let (label_x, anchor, bar_x, value_x, value_anchor) = if rtl {
            (WIDTH - 5.0, "end", WIDTH - LABEL - w, WIDTH - LABEL - w - 6.0, "end")
        } else {
            (LABEL - 10.0, "end", LABEL, LABEL + w + 6.0, "start")
        };
        let label_anchor = if rtl { "start" } else { anchor };
        svg.push_str(&format!(
            "<text x=\"{label_x}\" y=\"{ty}\" text-anchor=\"{label_anchor}\" direction=\"{dir}\" font-size=\"14\">{label}</text>\
             <rect x=\"{bar_x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{h}\" rx=\"3\" fill=\"#0b5cad\"></rect>\
             <text x=\"{value_x:.1}\" y=\"{ty}\" text-anchor=\"{value_anchor}\" font-size=\"14\">{shown}</text>",
            ty = y + 16.0,
            h = ROW - 10.0,
            dir = if rtl { "rtl" } else { "ltr" },
            label = escape(&b.label),
            shown = escape(&b.shown),
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_escaped_sized_and_mirrored() {
        let b = [Bar { label: "<Housing>".into(), value: 0.5, shown: "3 / 5".into() }];
        let ltr = bars("Start", &b, false);
        assert!(ltr.contains("&lt;Housing&gt;") && !ltr.contains("<Housing>"));
        assert!(ltr.contains("width=\"165.0\""));
        assert!(ltr.contains("<rect x=\"230.0\""));
        let rtl = bars("Start", &b, true);
        assert!(rtl.contains("<rect x=\"245.0\""));
        assert!(rtl.contains("role=\"img\""));
    }
}
