//! Scores every pair of a federation-sized cohort (10,000 mentees × 10,000
//! mentors, generated) on two threads and prints the time.
//!
//! `cargo bench -p m4m-matching --bench score [-- MENTEES MENTORS]`

use std::hint::black_box;
use std::time::Instant;

use m4m_matching::{
    Area, Availability, Cohort, Gender, LanguageSkill, Level, Location, MenteeProfile, MentorProfile, Profile, Settings,
};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const LANGUAGES: [&str; 12] = ["ar", "fa", "ps", "uk", "ti", "so", "fr", "en", "de", "pt", "ro", "el"];
const INTERESTS: [&str; 16] = [
    "football",
    "cooking",
    "music",
    "reading",
    "walking",
    "chess",
    "dance",
    "cinema",
    "crafts",
    "gardening",
    "cycling",
    "photography",
    "volunteering",
    "religion",
    "games",
    "art",
];

fn profile(rng: &mut Rng, id: String) -> Profile {
    let native = LANGUAGES[rng.below(6) as usize].to_string();
    let mut languages = vec![LanguageSkill {
        language: LANGUAGES[6 + rng.below(2) as usize].to_string(),
        level: Level::from_rank(1 + rng.below(6) as u8).unwrap_or(Level::A1),
    }];
    if rng.below(2) == 0 {
        languages.push(LanguageSkill {
            language: LANGUAGES[rng.below(12) as usize].to_string(),
            level: Level::from_rank(1 + rng.below(6) as u8).unwrap_or(Level::A1),
        });
    }
    let interests = (0..1 + rng.below(4)).map(|_| INTERESTS[rng.below(16) as usize].to_string()).collect();
    Profile {
        id,
        native_languages: vec![native],
        languages,
        location: Location {
            coordinates: Some((50.5 + rng.below(1000) as f64 / 2000.0, 2.8 + rng.below(1000) as f64 / 1500.0)),
            area: None,
        },
        availability: Availability(rng.next() as u32 & 0x1f_ffff),
        interests,
        goals: vec![Area::ALL[rng.below(11) as usize].as_str().to_string()],
        expectations: vec![["weekly", "fortnightly", "online"][rng.below(3) as usize].to_string()],
        gender: Some([Gender::Female, Gender::Male][rng.below(2) as usize]),
        gender_preference: (rng.below(10) == 0).then_some(Gender::Female),
        birth_year: Some(1950 + rng.below(55) as i32),
    }
}

fn areas(rng: &mut Rng) -> Vec<Area> {
    (0..1 + rng.below(3)).map(|_| Area::ALL[rng.below(11) as usize]).collect()
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let n = args.first().copied().unwrap_or(10_000);
    let m = args.get(1).copied().unwrap_or(10_000);
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mentees: Vec<MenteeProfile> =
        (0..n).map(|i| MenteeProfile { profile: profile(&mut rng, format!("n{i}")), needs: areas(&mut rng) }).collect();
    let mentors: Vec<MentorProfile> = (0..m)
        .map(|j| MentorProfile {
            profile: profile(&mut rng, format!("b{j}")),
            skills: areas(&mut rng),
            capacity: 1 + rng.below(3) as u32,
            active_pairs: 0,
            eligible: rng.below(20) != 0,
        })
        .collect();
    let settings = Settings { host_language: Some("fr".into()), ..Settings::default() };
    let start = Instant::now();
    let cohort = Cohort::new(settings, mentees, mentors).expect("valid cohort");
    let packing = start.elapsed();
    let threads = args.get(2).copied().unwrap_or(2).max(1);
    let start = Instant::now();
    let per = n.div_ceil(threads);
    let (sum, possible) = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let cohort = &cohort;
                s.spawn(move || {
                    let mut sum = 0i64;
                    let mut possible = 0usize;
                    cohort.for_each_score(t * per..((t + 1) * per).min(n), |_, _, v| {
                        if let Some(v) = black_box(v) {
                            sum += v;
                            possible += 1;
                        }
                    });
                    (sum, possible)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("scoring thread")).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    });
    let scoring = start.elapsed();
    let pairs = n * m;
    println!(
        "score {n} x {m}: packing {:.3} s, scoring {:.3} s on {threads} threads ({:.1} ns/pair/thread), {possible} possible pairs, mean {:.3}",
        packing.as_secs_f64(),
        scoring.as_secs_f64(),
        scoring.as_secs_f64() * 1e9 * threads as f64 / pairs as f64,
        sum as f64 / possible.max(1) as f64 / 1000.0,
    );
}
