use super::*;
use crate::Weights;
use crate::profile::{Availability, LanguageSkill, Location};
use proptest::prelude::*;

fn person(id: &str, native: &[&str], other: &[(&str, Level)]) -> Profile {
    Profile {
        id: id.into(),
        native_languages: native.iter().map(|s| s.to_string()).collect(),
        languages: other.iter().map(|(l, level)| LanguageSkill { language: l.to_string(), level: *level }).collect(),
        ..Profile::default()
    }
}

fn mentee(p: Profile) -> MenteeProfile {
    MenteeProfile { profile: p, needs: vec![] }
}

fn mentor(p: Profile) -> MentorProfile {
    MentorProfile { profile: p, ..MentorProfile::default() }
}

fn criterion(e: &Explanation, c: Criterion) -> &CriterionScore {
    e.criteria.iter().find(|x| x.criterion == c).unwrap()
}

#[test]
fn shared_native_language_counts_most() {
    let cohort = Cohort::new(
        Settings::default(),
        vec![mentee(person("n1", &["ar"], &[("fr", Level::A2)]))],
        vec![
            mentor(person("b1", &["ar"], &[])),
            mentor(person("b2", &["fr"], &[("ar", Level::B1)])),
            mentor(person("b3", &["fr"], &[])),
        ],
    )
    .unwrap();
    let e1 = cohort.explain(0, 0);
    let lang = criterion(&e1, Criterion::Language);
    assert_eq!(lang.score, 1.0);
    assert_eq!(lang.reason, Reason::new("shared-native-language").arg("language", "ar"));
    let e2 = cohort.explain(0, 1);
    let lang = criterion(&e2, Criterion::Language);
    assert_eq!(lang.score, f64::from(LANGUAGE_SCORE[3]));
    assert_eq!(lang.reason, Reason::new("common-language").arg("language", "ar").arg("level", "B1"));
    assert!(cohort.score(0, 0).unwrap() > cohort.score(0, 1).unwrap());
    // French at A2 with a native speaker: common at A2, the minimum.
    assert!(cohort.score(0, 2).is_some());
}

#[test]
fn hard_constraints_block_and_say_why() {
    let mut n = person("n1", &["fa"], &[]);
    n.gender = Some(Gender::Female);
    n.gender_preference = Some(Gender::Female);
    let mut b_male = person("b1", &["fa"], &[]);
    b_male.gender = Some(Gender::Male);
    let mut b_female = person("b2", &["fa"], &[]);
    b_female.gender = Some(Gender::Female);
    b_female.gender_preference = Some(Gender::Male);
    let b_nolang = person("b3", &["de"], &[("fa", Level::A1)]);
    let mut full = mentor(person("b4", &["fa"], &[]));
    full.active_pairs = 1;
    full.profile.gender = Some(Gender::Female);
    let mut untrained = mentor(person("b5", &["fa"], &[]));
    untrained.eligible = false;
    untrained.profile.gender = Some(Gender::Female);
    let mut ok = mentor(person("b6", &["fa"], &[]));
    ok.profile.gender = Some(Gender::Female);
    let mut cohort = Cohort::new(
        Settings::default(),
        vec![mentee(n)],
        vec![mentor(b_male), mentor(b_female), mentor(b_nolang), full, untrained, ok],
    )
    .unwrap();
    cohort.exclude(0, 5).unwrap();
    let keys = |j| -> Vec<&'static str> { cohort.explain(0, j).blocked_by.iter().map(|r| r.key).collect() };
    assert_eq!(keys(0), vec!["gender-preference-mentee"]);
    assert_eq!(keys(1), vec!["gender-preference-mentor"]);
    assert_eq!(keys(2), vec!["gender-preference-mentee", "no-common-language"]);
    assert_eq!(keys(3), vec!["mentor-at-capacity"]);
    assert_eq!(keys(4), vec!["mentor-not-eligible"]);
    assert_eq!(keys(5), vec!["excluded-by-coordinator"]);
    for j in 0..6 {
        assert_eq!(cohort.score(0, j), None);
        assert_eq!(cohort.fixed_score(0, j), None);
    }
    assert_eq!(cohort.blocked_mentors(0).len(), 6);
    assert!(cohort.exclude(0, 6).is_err());
}

#[test]
fn needs_place_availability_and_age_are_scored() {
    let mut n = mentee(person("n1", &["uk"], &[]));
    n.needs = vec![Area::Housing, Area::Employment];
    n.profile.location = Location { coordinates: Some((50.63, 3.06)), area: None };
    n.profile.availability = "mon-am tue-pm".parse::<Availability>().unwrap();
    n.profile.birth_year = Some(1990);
    let mut b = mentor(person("b1", &["uk"], &[]));
    b.skills = vec![Area::Housing, Area::Digital];
    // About 15 km away.
    b.profile.location = Location { coordinates: Some((50.765, 3.06)), area: None };
    b.profile.availability = "mon-am".parse::<Availability>().unwrap();
    b.profile.birth_year = Some(1980);
    let cohort = Cohort::new(Settings::default(), vec![n], vec![b]).unwrap();
    let e = cohort.explain(0, 0);
    let needs = criterion(&e, Criterion::Needs);
    assert_eq!(needs.score, 0.5);
    assert_eq!(needs.reason.args[0], ("met", "housing".to_string()));
    let place = criterion(&e, Criterion::Place);
    assert!((place.score - 0.5).abs() < 0.01, "{}", place.score);
    assert_eq!(place.reason.key, "distance-km");
    assert_eq!(criterion(&e, Criterion::Availability).score, 0.5);
    assert_eq!(criterion(&e, Criterion::Age).score, 0.75);
    let weights: f64 = e.criteria.iter().map(|c| c.weight).sum();
    assert!((weights - 1.0).abs() < 1e-6);
    let mean: f64 = e.criteria.iter().map(|c| c.weight * c.score).sum();
    assert!((mean - e.score.unwrap()).abs() < 1e-4);
    // The host-language criterion is off without a host language.
    assert!(e.criteria.iter().all(|c| c.criterion != Criterion::HostLanguage));
}

#[test]
fn host_language_level_matters_only_without_another_language() {
    let settings = Settings { host_language: Some("fr".into()), ..Settings::default() };
    let cohort = Cohort::new(
        settings,
        vec![mentee(person("n1", &["ti"], &[("fr", Level::A2)])), mentee(person("n2", &["so"], &[("fr", Level::B2)]))],
        vec![mentor(person("b1", &["fr"], &[("ti", Level::B1)]))],
    )
    .unwrap();
    let e = cohort.explain(0, 0);
    let h = criterion(&e, Criterion::HostLanguage);
    assert_eq!(h.score, 1.0);
    assert_eq!(h.reason.key, "communicates-beyond-host-language");
    let e = cohort.explain(1, 0);
    let h = criterion(&e, Criterion::HostLanguage);
    assert_eq!(h.score, 1.0);
    assert_eq!(h.reason, Reason::new("host-language-level").arg("language", "fr").arg("level", "B2"));
}

#[test]
fn settings_are_checked_and_read_from_toml() {
    let s: Settings =
        toml::from_str("host-language = \"fr\"\nmax-distance-km = 10\n[weights]\nneeds = 5\nage = 0\n").unwrap();
    assert_eq!(s.weights.needs, 5.0);
    assert_eq!(s.weights.age, 0.0);
    assert_eq!(s.weights.language, 3.0);
    assert_eq!(s.max_distance_km, 10.0);
    assert!(toml::from_str::<Settings>("[weights]\nneeds = 1\nlanguages = 2\n").is_err());
    let bad = Settings { weights: Weights { needs: -1.0, ..Weights::default() }, ..Settings::default() };
    assert!(Cohort::new(bad, vec![], vec![]).is_err());
    let dup = vec![mentee(person("a", &[], &[])), mentee(person("a", &[], &[]))];
    assert_eq!(
        Cohort::new(Settings::default(), dup, vec![]).unwrap_err(),
        CohortError::DuplicateId { side: "mentee", id: "a".into() }
    );
}

#[test]
fn score_matrix_matches_pairwise_scores_and_capacities() {
    let mut b2 = mentor(person("b2", &["ps"], &[]));
    b2.capacity = 3;
    b2.active_pairs = 1;
    let cohort = Cohort::new(
        Settings::default(),
        vec![mentee(person("n1", &["ps"], &[])), mentee(person("n2", &["so"], &[]))],
        vec![mentor(person("b1", &["so"], &[])), b2],
    )
    .unwrap();
    let m = cohort.score_matrix(2);
    for i in 0..2 {
        for j in 0..2 {
            assert_eq!(m.get(i, j), cohort.fixed_score(i, j));
        }
    }
    assert_eq!(m.get(0, 0), None);
    let p = cohort.problem(&m).unwrap();
    assert_eq!(p.capacity(1), 2);
    let a = p.solve().unwrap();
    assert_eq!(a.mentor_of, vec![Some(1), Some(0)]);
}

fn arb_profile(id: String) -> impl Strategy<Value = Profile> {
    let langs = ["ar", "fa", "fr", "uk", "en"];
    (
        proptest::collection::vec(0..5usize, 0..2),
        proptest::collection::vec((0..5usize, 1u8..=6), 0..3),
        proptest::option::of((-60.0f64..60.0, -120.0f64..120.0)),
        proptest::option::of(0..3usize),
        0u32..(1 << 21),
        proptest::collection::vec(0..6usize, 0..4),
        proptest::option::of(0..3u8),
        proptest::option::of(0..3u8),
        proptest::option::of(1940i32..2010),
    )
        .prop_map(move |(nat, other, coords, area, avail, tags, g, pref, year)| {
            let tag = |k: usize| format!("t{k}");
            let gender = |k: u8| [Gender::Female, Gender::Male, Gender::Other][k as usize];
            Profile {
                id: id.clone(),
                native_languages: nat.iter().map(|&k| langs[k].to_string()).collect(),
                languages: other
                    .iter()
                    .map(|&(k, r)| LanguageSkill {
                        language: langs[k].to_string(),
                        level: Level::from_rank(r).unwrap(),
                    })
                    .collect(),
                location: Location { coordinates: coords, area: area.map(|a| format!("area{a}")) },
                availability: Availability(avail),
                interests: tags.iter().map(|&k| tag(k)).collect(),
                goals: tags.iter().rev().take(2).map(|&k| tag(k)).collect(),
                expectations: tags.iter().take(1).map(|&k| tag(k)).collect(),
                gender: g.map(gender),
                gender_preference: pref.filter(|&p| p == 0).map(gender),
                birth_year: year,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn scores_are_in_range_and_explanations_agree(
        mentees in proptest::collection::vec(arb_profile(String::new()), 1..5),
        mentors in proptest::collection::vec((arb_profile(String::new()), 0u32..3, 0u32..2, any::<bool>()), 1..5),
        host in proptest::option::of(0..3usize),
    ) {
        let settings = Settings {
            host_language: host.map(|k| ["ar", "fr", "de"][k].to_string()),
            ..Settings::default()
        };
        let mentees: Vec<MenteeProfile> = mentees
            .into_iter()
            .enumerate()
            .map(|(k, mut p)| {
                p.id = format!("n{k}");
                MenteeProfile { profile: p, needs: vec![Area::Housing, Area::Health] }
            })
            .collect();
        let mentors: Vec<MentorProfile> = mentors
            .into_iter()
            .enumerate()
            .map(|(k, (mut p, cap, active, eligible))| {
                p.id = format!("b{k}");
                MentorProfile { profile: p, skills: vec![Area::Health], capacity: cap, active_pairs: active, eligible }
            })
            .collect();
        let cohort = Cohort::new(settings, mentees, mentors).unwrap();
        for i in 0..cohort.mentees() {
            for j in 0..cohort.mentors() {
                let e = cohort.explain(i, j);
                prop_assert_eq!(e.score, cohort.score(i, j));
                prop_assert_eq!(e.score.is_none(), !e.blocked_by.is_empty());
                for c in &e.criteria {
                    prop_assert!((0.0..=1.0).contains(&c.score), "{:?}", c);
                }
                if let Some(s) = e.score {
                    prop_assert!((0.0..=1.0).contains(&s));
                    let fixed = cohort.fixed_score(i, j).unwrap();
                    prop_assert!((0..=1000).contains(&fixed));
                    prop_assert!((fixed as f64 - s * 1000.0).abs() <= 0.5 + 1e-3);
                    let mean: f64 = e.criteria.iter().map(|c| c.weight * c.score).sum();
                    prop_assert!((mean - s).abs() < 1e-4);
                }
            }
        }
    }
}
