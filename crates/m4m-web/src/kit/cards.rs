//! A programme as a card with its people per step, on the coordinator's
//! home and at the head of the programme's page.

use m4m_domain::Step;
use m4m_store::programmes::{Programme, StepCounts};

use crate::i18n::{Arg, Tr};
use crate::kit::labels::programme_status;

/// A programme as a card with its people per step.
pub struct ProgrammeCard {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub dates: String,
    pub total: String,
    pub mentors: String,
    pub mentees: String,
    /// Step number, step name, people there.
    pub steps: Vec<(u8, String, i64)>,
    /// Whether each step leads to the list of its people (for those who
    /// may read the list; set by the page).
    pub people_link: bool,
}

/// A programme card with its people per step (`counts`, from
/// `Store::step_counts_of` for a list of programmes).
pub fn programme_card(tr: &Tr, p: &Programme, counts: &StepCounts) -> ProgrammeCard {
    let mentors: i64 = counts.mentors.iter().sum();
    let mentees: i64 = counts.mentees.iter().sum();
    ProgrammeCard {
        id: p.id,
        name: p.name_in(tr.lang.code).to_owned(),
        status: programme_status(tr, p.status),
        // Dates are isolated so that they keep their order in a
        // right-to-left sentence.
        dates: tr.html(
            "programme-dates",
            &[
                ("start", Arg::User(&crate::fmt::date_text(tr, &p.starts_on))),
                ("end", Arg::User(&crate::fmt::date_text(tr, &p.ends_on))),
            ],
        ),
        total: tr.n("home-people-total", counts.total()),
        mentors: tr
            .args("home-mentors-of-target", &[("count", Arg::Num(mentors)), ("target", Arg::Num(p.target_mentors))]),
        mentees: tr
            .args("home-mentees-of-target", &[("count", Arg::Num(mentees)), ("target", Arg::Num(p.target_mentees))]),
        steps: Step::ALL.iter().map(|s| (s.number(), tr.t(s.key()), counts.at(usize::from(s.number())))).collect(),
        people_link: false,
    }
}
