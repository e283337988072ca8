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

/// One group of a grouped chart: its label and, for each series, its
/// bar's value from 0 to 1 and the text shown at its end (`None`: the
/// series has no figure for this group, and no bar is drawn).
pub struct Group {
    pub label: String,
    pub values: Vec<Option<(f64, String)>>,
}

// Drawn for a phone first: 360 units wide, each label on a line of its
// own above its bars, so that a 360 px screen shows the text at about its
// size (a label beside its bars left them 7 px tall on a phone); wider
// screens scale the chart up to the width the stylesheet allows.
const WIDTH: f64 = 360.0;
/// The margin at each side.
const PAD: f64 = 5.0;
/// Room for the figure after the longest bar ("4.5 / 5").
const FIGURE: f64 = 70.0;
/// The longest bar.
const BAR: f64 = WIDTH - 2.0 * PAD - FIGURE;
/// The line of a label above its bars, and of each name in the legend.
const LINE: f64 = 20.0;

/// Each series' colour, and how its bars are filled: the first solid, the
/// second hatched, the third dotted, so that they differ without colour.
const SERIES: [(&str, &str); 3] =
    [("#0b5cad", "#0b5cad"), ("#a34d00", "url(#chart-s1)"), ("#1e6b34", "url(#chart-s2)")];

/// The hatching and the dots of the second and third series.
const PATTERNS: &str = "<defs>\
    <pattern id=\"chart-s1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
    <rect width=\"6\" height=\"6\" fill=\"#fbe3cc\"></rect><rect width=\"3\" height=\"6\" fill=\"#a34d00\"></rect></pattern>\
    <pattern id=\"chart-s2\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">\
    <rect width=\"5\" height=\"5\" fill=\"#d8eedd\"></rect><circle cx=\"2.5\" cy=\"2.5\" r=\"1.5\" fill=\"#1e6b34\"></circle></pattern>\
    </defs>";

/// Horizontal bars, mirrored for right-to-left pages. `title` names the
/// chart for assistive technology.
pub fn bars(title: &str, bars: &[Bar], rtl: bool) -> String {
    let groups: Vec<Group> =
        bars.iter().map(|b| Group { label: b.label.clone(), values: vec![Some((b.value, b.shown.clone()))] }).collect();
    grouped(title, &[], &groups, rtl)
}

/// Horizontal bars in groups, one bar per series in each group (the same
/// areas at several moments, say), with a legend naming the series by
/// their fill; mirrored for right-to-left pages. With fewer than two
/// series there is no legend and the chart is [`bars`]'. At most three
/// series are told apart; more would repeat the fills.
pub fn grouped(title: &str, series: &[String], groups: &[Group], rtl: bool) -> String {
    let several = series.len() > 1;
    let count = groups.iter().map(|g| g.values.len()).max().unwrap_or(1).max(1);
    let (legend, bar_h, gap) = if several { (LINE * series.len() as f64 + 6.0, 16.0, 2.0) } else { (0.0, 20.0, 0.0) };
    let group_h = LINE + bar_h * count as f64 + gap * (count - 1) as f64;
    let height = legend + (group_h + 10.0) * groups.len() as f64 + 5.0;
    let dir = if rtl { "rtl" } else { "ltr" };
    // Where text starts: the left margin, or the right one right to left
    // (with `direction="rtl"`, the anchor `start` is the text's right end).
    let text_x = if rtl { WIDTH - PAD } else { PAD };
    let mut svg = open(title, height);
    if several {
        svg.push_str(PATTERNS);
        for (k, name) in series.iter().enumerate() {
            let (stroke, fill) = SERIES[k % SERIES.len()];
            // A line per series: swatch, then its name; right to left, the mirror.
            let y = 4.0 + LINE * k as f64;
            let (swatch_x, name_x) = if rtl { (WIDTH - PAD - 14.0, WIDTH - PAD - 20.0) } else { (PAD, PAD + 20.0) };
            svg.push_str(&format!(
                "<rect x=\"{swatch_x:.1}\" y=\"{y}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"{stroke}\"></rect>\
                 <text x=\"{name_x:.1}\" y=\"{ty}\" text-anchor=\"start\" direction=\"{dir}\" font-size=\"14\">{}</text>",
                escape(name),
                ty = y + 12.0,
            ));
        }
    }
    for (i, g) in groups.iter().enumerate() {
        let top = legend + 5.0 + (group_h + 10.0) * i as f64;
        svg.push_str(&format!(
            "<text x=\"{text_x}\" y=\"{ty}\" text-anchor=\"start\" direction=\"{dir}\" font-size=\"15\" font-weight=\"600\">{label}</text>",
            ty = top + 15.0,
            label = escape(&g.label),
        ));
        for (k, value) in g.values.iter().enumerate() {
            let Some((value, shown)) = value else { continue };
            let (stroke, fill) = SERIES[k % SERIES.len()];
            let y = top + LINE + (bar_h + gap) * k as f64;
            let w = (value.clamp(0.0, 1.0) * BAR).max(2.0);
            // Left to right: bar → figure. Right to left: the mirror, the
            // figure ending where the bar ends. A figure is always written
            // left to right ("2.0 / 5" keeps its order in Arabic).
            let (bar_x, value_x, anchor) =
                if rtl { (WIDTH - PAD - w, WIDTH - PAD - w - 6.0, "end") } else { (PAD, PAD + w + 6.0, "start") };
            svg.push_str(&format!(
                "<rect x=\"{bar_x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{bar_h}\" rx=\"3\" fill=\"{fill}\" stroke=\"{stroke}\"></rect>\
                 <text x=\"{value_x:.1}\" y=\"{ty}\" text-anchor=\"{anchor}\" direction=\"ltr\" font-size=\"14\">{shown}</text>",
                ty = y + bar_h - 4.0,
                shown = escape(shown),
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The start of a chart's SVG, `height` units tall, named `title`.
fn open(title: &str, height: f64) -> String {
    format!(
        "<svg class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {WIDTH} {height}\" \
         xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\
         <title>{}</title>",
        escape(title),
        escape(title)
    )
}

/// One interval of an [`intervals`] chart: a mean and its confidence
/// interval, with the text shown beside it.
pub struct Interval {
    pub label: String,
    pub low: f64,
    pub mean: f64,
    pub high: f64,
    pub shown: String,
}

/// Means with their confidence intervals on one axis from `-range` to
/// `range`, zero marked: a line from the low to the high bound, a dot at
/// the mean (a change per area, say). Mirrored for right-to-left pages, so
/// that a rise points the way the text reads.
pub fn intervals(title: &str, rows: &[Interval], range: f64, rtl: bool) -> String {
    let range = if range > 0.0 { range } else { 1.0 };
    let row_h = LINE + 20.0;
    let height = row_h * rows.len() as f64 + 5.0;
    let dir = if rtl { "rtl" } else { "ltr" };
    // The axis spans the width but the margins; right to left, the mirror.
    let axis = WIDTH - 2.0 * PAD - 12.0;
    let x = |v: f64| {
        let from_left = PAD + 6.0 + (v.clamp(-range, range) + range) / (2.0 * range) * axis;
        if rtl { WIDTH - from_left } else { from_left }
    };
    let mut svg = open(title, height);
    svg.push_str(&format!(
        "<line x1=\"{zero:.1}\" y1=\"{LINE}\" x2=\"{zero:.1}\" y2=\"{height}\" stroke=\"#767676\" stroke-dasharray=\"4 3\"></line>",
        zero = x(0.0)
    ));
    // The label starts the line, the figure ends it (written left to right).
    let (label_x, value_x, value_anchor) = if rtl { (WIDTH - PAD, PAD, "start") } else { (PAD, WIDTH - PAD, "end") };
    for (i, r) in rows.iter().enumerate() {
        let top = row_h * i as f64;
        let y = top + LINE + 10.0;
        svg.push_str(&format!(
            "<text x=\"{label_x}\" y=\"{ty}\" text-anchor=\"start\" direction=\"{dir}\" font-size=\"15\" font-weight=\"600\">{label}</text>\
             <text x=\"{value_x}\" y=\"{ty}\" text-anchor=\"{value_anchor}\" direction=\"ltr\" font-size=\"14\">{shown}</text>\
             <line x1=\"{low:.1}\" y1=\"{y}\" x2=\"{high:.1}\" y2=\"{y}\" stroke=\"#0b5cad\" stroke-width=\"3\"></line>\
             <circle cx=\"{mean:.1}\" cy=\"{y}\" r=\"6\" fill=\"#0b5cad\"></circle>",
            ty = top + 15.0,
            label = escape(&r.label),
            low = x(r.low),
            high = x(r.high),
            mean = x(r.mean),
            shown = escape(&r.shown),
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
        // Half of the longest bar (360 − 2 × 5 − 70), after the margin.
        assert!(ltr.contains("<rect x=\"5.0\" y=\"25\" width=\"140.0\""));
        assert!(ltr.contains("viewBox=\"0 0 360 55\""));
        assert!(ltr.contains("x=\"151.0\" y=\"41\" text-anchor=\"start\" direction=\"ltr\""), "{ltr}");
        assert!(!ltr.contains("<defs>"), "one series needs neither patterns nor a legend");
        let rtl = bars("Start", &b, true);
        assert!(rtl.contains("<rect x=\"215.0\""), "the bar grows from the right");
        // The figure ends where the bar ends, written left to right.
        assert!(rtl.contains("x=\"209.0\" y=\"41\" text-anchor=\"end\" direction=\"ltr\""));
        assert!(rtl.contains("x=\"355\" y=\"20\" text-anchor=\"start\" direction=\"rtl\""), "the label on the right");
        assert!(rtl.contains("role=\"img\""));
    }

    #[test]
    fn grouped_bars_have_a_fill_and_a_legend_per_series_and_mirror() {
        let series: Vec<String> = ["At the start", "At mid-term", "At the end"].map(String::from).into();
        let groups: Vec<Group> = ["Housing", "Work"]
            .iter()
            .map(|a| Group {
                label: (*a).into(),
                values: vec![Some((0.25, "2.0".into())), Some((0.5, "3.0".into())), Some((1.0, "5.0".into()))],
            })
            .collect();
        let ltr = grouped("Autonomy & change", &series, &groups, false);
        assert!(ltr.contains("role=\"img\" aria-label=\"Autonomy &amp; change\""));
        assert!(ltr.contains("<title>Autonomy &amp; change</title>"));
        let (defs, drawn) = ltr.split_once("</defs>").unwrap();
        assert!(defs.contains("id=\"chart-s1\"") && defs.contains("id=\"chart-s2\""));
        // A swatch per series, then three bars per area.
        assert_eq!(drawn.matches("<rect ").count(), 3 + 3 * 2);
        assert_eq!(drawn.matches("<rect x=\"5.0\"").count(), 3 + 3 * 2, "swatches and bars from the left margin");
        for (name, fill) in series.iter().zip(["#0b5cad", "url(#chart-s1)", "url(#chart-s2)"]) {
            assert!(drawn.contains(&format!(">{name}</text>")), "the legend names {name}");
            assert_eq!(drawn.matches(&format!("fill=\"{fill}\"")).count(), 1 + 2, "{fill}");
        }
        // A line per series in the legend, the first area's label below it.
        assert!(drawn.contains("<rect x=\"5.0\" y=\"44\" width=\"14\""));
        assert!(drawn.contains("<text x=\"5\" y=\"86\""));
        // Right to left: bars and swatches from the right margin.
        let rtl = grouped("Autonomy", &series, &groups, true);
        assert!(!rtl.contains("<rect x=\"5.0\""));
        assert!(rtl.contains("<rect x=\"285.0\" y=\"91\" width=\"70.0\""));
        assert!(rtl.contains("<rect x=\"341.0\" y=\"4\""));
        assert!(rtl.contains("direction=\"rtl\""));
        // A series without a figure for an area draws no bar there.
        let gap = [Group { label: "Housing".into(), values: vec![Some((0.5, "3".into())), None] }];
        let two = grouped("Autonomy", &series[..2], &gap, false);
        assert_eq!(two.split_once("</defs>").unwrap().1.matches("<rect ").count(), 2 + 1);
    }
    #[test]
    fn intervals_mark_zero_and_mirror() {
        let rows = [Interval { label: "Work".into(), low: 0.5, mean: 1.0, high: 1.5, shown: "+1.0".into() }];
        let ltr = intervals("Change & interval", &rows, 2.0, false);
        assert!(ltr.contains("role=\"img\" aria-label=\"Change &amp; interval\""));
        // Zero in the middle of the axis (11 + 338 / 2), the mean a quarter further.
        assert!(ltr.contains("x1=\"180.0\""));
        assert!(ltr.contains("<circle cx=\"264.5\""));
        assert!(ltr.contains("x1=\"222.2\" y1=\"30\" x2=\"306.8\""));
        assert!(ltr.contains("x=\"355\" y=\"15\" text-anchor=\"end\" direction=\"ltr\""), "the figure ends the line");
        let rtl = intervals("Change", &rows, 2.0, true);
        assert!(rtl.contains("<circle cx=\"95.5\""));
        assert!(rtl.contains("direction=\"rtl\""));
        assert!(rtl.contains("x=\"5\" y=\"15\" text-anchor=\"start\" direction=\"ltr\""));
    }
}
