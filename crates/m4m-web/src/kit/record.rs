//! A person's record as the pages show it: what registration recorded,
//! as labelled facts; the consents, and where each optional purpose
//! stands; the history of statuses. The person's page, their consent page
//! and their export read them.

use m4m_domain::participant::{Kind, Purpose, read_languages};
use m4m_store::registration::{Consent, Participant, StatusChange};

use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::labels::status_label;

/// A label and a value of the record.
pub struct Fact {
    pub label: String,
    pub value: String,
}

fn availability_label(tr: &Tr, bits: i64) -> String {
    let parts = ["morning", "afternoon", "evening"];
    let mut out = Vec::new();
    for d in 0..7 {
        let slots: Vec<String> =
            (0..3).filter(|p| bits & (1 << (d * 3 + p)) != 0).map(|p| tr.t(&format!("part-{}", parts[p]))).collect();
        if !slots.is_empty() {
            out.push(format!("{}: {}", tr.t(&format!("day-{}", d + 1)), slots.join(", ")));
        }
    }
    out.join(" · ")
}

/// The consents of a record, as the person page and the export show them:
/// the purpose, and when, in which language and by whom it was given.
pub fn consent_lines(tr: &Tr, consents: Vec<Consent>) -> Vec<(String, String)> {
    consents
        .into_iter()
        .map(|c| {
            let date = tr.when(c.recorded_at);
            let language = m4m_domain::language::endonym(&c.language).unwrap_or(&c.language).to_owned();
            let mut text = tr.args(
                "consent-given",
                &[
                    ("date", Arg::Text(&date)),
                    ("version", Arg::Num(c.notice_version)),
                    ("language", Arg::Text(&language)),
                ],
            );
            if let Some(name) = &c.recorded_by {
                text.push_str(&format!(", {}", tr.args("consent-recorded-by", &[("name", Arg::Text(name))])));
            }
            if let Some(w) = c.withdrawn_at {
                text.push_str(&format!(" — {}", tr.args("consent-withdrawn", &[("date", Arg::Text(&tr.when(w)))])));
            }
            (tr.t(&format!("consent-{}", c.purpose.as_str())), text)
        })
        .collect()
}

/// The history of statuses of a record, one line per change.
pub fn history_lines(tr: &Tr, history: Vec<StatusChange>) -> Vec<String> {
    history
        .into_iter()
        .map(|h| {
            let date = tr.when(h.at);
            let to = status_label(tr, h.to);
            let mut line = if let Some(from) = h.from {
                let from = status_label(tr, from);
                tr.args(
                    "history-line",
                    &[("date", Arg::Text(&date)), ("from", Arg::Text(&from)), ("to", Arg::Text(&to))],
                )
            } else {
                tr.args("history-first", &[("date", Arg::Text(&date)), ("to", Arg::Text(&to))])
            };
            if let Some(by) = &h.by {
                line.push_str(&format!(" ({})", tr.args("history-by", &[("name", Arg::Text(by))])));
            }
            if !h.reason.is_empty() {
                line.push_str(&format!(" — {}", h.reason));
            }
            line
        })
        .collect()
}

/// What registration recorded about a person, as labelled facts.
pub fn facts(tr: &Tr, p: &Participant, referred: Option<String>) -> Vec<Fact> {
    let mut facts = Vec::new();
    let mut add = |key: &str, value: String| {
        if !value.is_empty() {
            facts.push(Fact { label: tr.t(key), value });
        }
    };
    add("person-kind", tr.t(if p.kind == Kind::Mentor { "role-mentor" } else { "role-mentee" }));
    add(
        "person-contact",
        [p.phone.as_str(), p.email.as_str()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" · "),
    );
    let languages = read_languages(&p.languages)
        .into_iter()
        .map(|(c, l)| format!("{} ({})", fmt::languages(&[c]), tr.t(&format!("level-{}", l.as_str()))))
        .collect::<Vec<_>>()
        .join(", ");
    add("person-languages", languages);
    if !p.host_language_level.is_empty() {
        add("import-host-level", tr.t(&format!("level-{}", p.host_language_level)));
    }
    add("person-origin", p.country_of_origin.clone());
    add("person-arrival", p.arrival_date.clone());
    add("person-area", p.area.clone());
    add("person-availability", availability_label(tr, p.availability));
    let areas = p.areas.iter().map(|a| tr.t(&format!("area-{a}"))).collect::<Vec<_>>().join(", ");
    add(if p.kind == Kind::Mentor { "person-skills" } else { "person-needs" }, areas);
    add("person-interests", p.interests.iter().map(|i| tr.t(&format!("interest-{i}"))).collect::<Vec<_>>().join(", "));
    add("person-experience", p.experience.clone());
    add("person-motivation", p.motivation.clone());
    add("person-gender", tr.t(&format!("gender-{}", p.gender)));
    add("person-gender-preference", tr.t(&format!("gender-pref-{}", p.gender_preference)));
    add("person-birth-year", p.birth_year.map(|y| y.to_string()).unwrap_or_default());
    if !p.heard_from.is_empty() {
        add("person-heard-from", tr.t(&format!("heard-{}", p.heard_from)));
    }
    add("person-referred-by", referred.unwrap_or_default());
    facts
}

/// One purpose as the page shows it.
pub struct PurposeRow {
    pub purpose: &'static str,
    pub label: String,
    /// Given (since when), withdrawn (since when) or never given.
    pub state: String,
    pub active: bool,
    /// Given once, withdrawn since.
    pub withdrawn: bool,
}

/// The optional purposes and where each stands.
pub fn purpose_rows(tr: &Tr, consents: &[Consent]) -> Vec<PurposeRow> {
    Purpose::ALL
        .into_iter()
        .filter(|p| *p != Purpose::Participation)
        .map(|purpose| {
            let lines: Vec<&Consent> = consents.iter().filter(|c| c.purpose == purpose).collect();
            let given = lines.iter().filter(|c| c.withdrawn_at.is_none()).map(|c| c.recorded_at).max();
            let withdrawn = lines.iter().filter_map(|c| c.withdrawn_at).max();
            let state = match (given, withdrawn) {
                (Some(at), _) => tr.args("consent-state-given", &[("date", Arg::Text(&tr.date_of(at)))]),
                (None, Some(at)) => tr.args("consent-withdrawn", &[("date", Arg::Text(&tr.date_of(at)))]),
                (None, None) => tr.t("consent-not-given"),
            };
            PurposeRow {
                purpose: purpose.as_str(),
                label: tr.t(&format!("consent-{}", purpose.as_str())),
                state,
                active: given.is_some(),
                withdrawn: given.is_none() && withdrawn.is_some(),
            }
        })
        .collect()
}
