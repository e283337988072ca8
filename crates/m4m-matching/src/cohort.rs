//! A cohort: the mentees and mentors of one matching run, packed once into
//! bit sets (strings interned to indices) so that scoring a pair allocates
//! nothing. Scores come from here; explanations are computed on demand for
//! the pairs a coordinator looks at.

use std::collections::HashMap;
use std::thread;

use crate::matrix::{SCALE, ScoreMatrix};
use crate::profile::{Area, Gender, Level, MenteeProfile, MentorProfile, Profile};
use crate::reason::Reason;
use crate::weights::{Criterion, Settings};
use crate::{AssignError, CohortError, Problem};

const NONE: u32 = u32::MAX;
/// Level rank given to a native language, above C2.
const NATIVE: usize = 7;
const EARTH_RADIUS_KM: f32 = 6371.0;
/// Sub-score of a common language by the lower of the two levels, A1..C2,
/// then a shared native language.
const LANGUAGE_SCORE: [f32; 8] = [0.0, 0.15, 0.3, 0.5, 0.6, 0.7, 0.8, 1.0];
/// Sub-score when one side did not say (neither favours nor penalises).
const UNKNOWN: f32 = 0.5;

/// Why a pair is impossible, as bits.
mod block {
    pub const GENDER_PREFERENCE_MENTEE: u8 = 1;
    pub const GENDER_PREFERENCE_MENTOR: u8 = 2;
    pub const NO_COMMON_LANGUAGE: u8 = 4;
    pub const EXCLUDED: u8 = 8;
    pub const AT_CAPACITY: u8 = 16;
    pub const NOT_ELIGIBLE: u8 = 32;
}

/// One criterion's part in a pair's score.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionScore {
    /// The criterion.
    pub criterion: Criterion,
    /// Its weight as a share of all weights in use (they sum to 1).
    pub weight: f64,
    /// Sub-score in `[0, 1]`.
    pub score: f64,
    /// Why, as a translatable message.
    pub reason: Reason,
}

/// A pair's score, criterion by criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// Mentee index.
    pub mentee: usize,
    /// Mentor index.
    pub mentor: usize,
    /// The score in `[0, 1]` (the weighted mean of the sub-scores), `None`
    /// when the pair is impossible.
    pub score: Option<f64>,
    /// Sub-scores, in the order of [`Criterion::ALL`]; criteria of weight 0
    /// are left out.
    pub criteria: Vec<CriterionScore>,
    /// The hard constraints that make the pair impossible (empty when it is
    /// possible).
    pub blocked_by: Vec<Reason>,
}

/// Interned strings of one vocabulary.
#[derive(Debug, Default, Clone)]
struct Vocabulary {
    index: HashMap<String, u32>,
    names: Vec<String>,
}

impl Vocabulary {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&k) = self.index.get(s) {
            return k;
        }
        let k = self.names.len() as u32;
        self.names.push(s.to_string());
        self.index.insert(s.to_string(), k);
        k
    }
}

/// The scalar part of a packed person.
#[derive(Debug, Clone, Copy)]
struct Packed {
    areas: u16,
    gender: u8,
    preference: u8,
    host_level: u8,
    availability: u32,
    area: u32,
    birth_year: i32,
    position: [f32; 3],
    has_position: bool,
    interests: u32,
    goals: u32,
    expectations: u32,
    room: u32,
    capacity: u32,
    inv_capacity: f32,
    /// `1 / number of areas` (0 when none).
    inv_areas: f32,
    /// `1 / number of goals` (0 when none).
    inv_goals: f32,
    eligible: bool,
}

/// One side of the cohort, packed.
#[derive(Debug, Default, Clone)]
struct Side {
    people: Vec<Packed>,
    /// One record of `10 × words` per person: the languages spoken at level
    /// ≥ k for k = 1..7 (7: native), then interests, goals, expectations.
    bits: Vec<u64>,
}

/// Offsets of the bit sets in a record, in words of the cohort's width.
const INTERESTS_AT: usize = NATIVE;
const GOALS_AT: usize = NATIVE + 1;
const EXPECTATIONS_AT: usize = NATIVE + 2;
const RECORD: usize = NATIVE + 3;
/// Largest number of distinct tags in one vocabulary (languages, interests,
/// goals, expectations) of a cohort.
pub const MAX_TAGS: usize = 1024;

/// Mentees and mentors packed for scoring, with the programme's settings and
/// the coordinator's exclusions.
#[derive(Debug, Clone)]
pub struct Cohort {
    settings: Settings,
    /// Normalised weights, in the order of [`Criterion::ALL`].
    weights: [f32; 11],
    mentees: Vec<MenteeProfile>,
    mentors: Vec<MentorProfile>,
    languages: Vocabulary,
    host_language: u32,
    /// Words per bit set: 1, 2, 4, 8 or 16.
    w: usize,
    mentee_side: Side,
    mentor_side: Side,
    /// Excluded mentors of each mentee, sorted.
    excluded: Vec<Vec<u32>>,
    inv_full_overlap: f32,
    inv_max_distance: f32,
    inv_max_age_gap: f32,
}

/// Number of bits set in each 11-bit value: a table is faster than the
/// portable bit count on processors the build does not assume to have one.
const BITS_11: [u8; 2048] = {
    let mut t = [0u8; 2048];
    let mut k = 0;
    while k < 2048 {
        t[k] = (k as u32).count_ones() as u8;
        k += 1;
    }
    t
};

/// `1 / k` for `k` in 1..64; larger tag counts are capped at 63 and the
/// ratio at 1.
const RECIPROCAL: [f32; 64] = {
    let mut t = [0f32; 64];
    let mut k = 1;
    while k < 64 {
        t[k] = 1.0 / k as f32;
        k += 1;
    }
    t
};

fn gender_code(g: Option<Gender>) -> u8 {
    match g {
        None => 0,
        Some(Gender::Female) => 1,
        Some(Gender::Male) => 2,
        Some(Gender::Other) => 3,
    }
}

fn set_bit(words: &mut [u64], k: u32) {
    words[k as usize / 64] |= 1 << (k % 64);
}

impl Cohort {
    /// Packs a cohort. Ids must be unique on each side; coordinates must be
    /// valid latitudes and longitudes.
    pub fn new(
        settings: Settings,
        mentees: Vec<MenteeProfile>,
        mentors: Vec<MentorProfile>,
    ) -> Result<Self, CohortError> {
        settings.validate().map_err(CohortError::Settings)?;
        check_ids(mentees.iter().map(|m| &m.profile), "mentee")?;
        check_ids(mentors.iter().map(|m| &m.profile), "mentor")?;
        for p in mentees.iter().map(|m| &m.profile).chain(mentors.iter().map(|m| &m.profile)) {
            if let Some((lat, lon)) = p.location.coordinates
                && !(lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0)
            {
                return Err(CohortError::Coordinates { id: p.id.clone() });
            }
        }
        let mut languages = Vocabulary::default();
        let mut interests = Vocabulary::default();
        let mut goals = Vocabulary::default();
        let mut expectations = Vocabulary::default();
        let mut areas = Vocabulary::default();
        let host_language = settings.host_language.as_deref().map_or(NONE, |h| languages.intern(h));
        let all = || mentees.iter().map(|m| &m.profile).chain(mentors.iter().map(|m| &m.profile));
        for p in all() {
            for l in &p.native_languages {
                languages.intern(l);
            }
            for l in &p.languages {
                languages.intern(&l.language);
            }
            for t in &p.interests {
                interests.intern(t);
            }
            for t in &p.goals {
                goals.intern(t);
            }
            for t in &p.expectations {
                expectations.intern(t);
            }
            if let Some(a) = &p.location.area {
                areas.intern(a);
            }
        }
        let widest = [&languages, &interests, &goals, &expectations].iter().map(|v| v.names.len()).max().unwrap_or(0);
        if widest > MAX_TAGS {
            return Err(CohortError::TooManyTags { max: MAX_TAGS });
        }
        let w = widest.div_ceil(64).max(1).next_power_of_two();
        let pack = |p: &Profile, side: &mut Side, area_bits: u16| -> Packed {
            let base = side.bits.len();
            side.bits.resize(base + RECORD * w, 0);
            let rec = &mut side.bits[base..];
            let mut host_level = 0u8;
            let mut put = |code: &str, rank: usize, rec: &mut [u64]| {
                let k = languages.index[code];
                for level in 1..=rank {
                    set_bit(&mut rec[(level - 1) * w..level * w], k);
                }
                if k == host_language {
                    host_level = host_level.max(rank as u8);
                }
            };
            for l in &p.native_languages {
                put(l, NATIVE, rec);
            }
            for l in &p.languages {
                put(&l.language, l.level as usize, rec);
            }
            let mut tags = |v: &Vec<String>, voc: &Vocabulary, at: usize| -> u32 {
                let set = &mut rec[at * w..(at + 1) * w];
                for t in v {
                    set_bit(set, voc.index[t]);
                }
                set.iter().map(|x| x.count_ones()).sum()
            };
            let n_interests = tags(&p.interests, &interests, INTERESTS_AT);
            let n_goals = tags(&p.goals, &goals, GOALS_AT);
            let n_expectations = tags(&p.expectations, &expectations, EXPECTATIONS_AT);
            let (position, has_position) = match p.location.coordinates {
                Some((lat, lon)) => {
                    let (lat, lon) = (lat.to_radians(), lon.to_radians());
                    ([(lat.cos() * lon.cos()) as f32, (lat.cos() * lon.sin()) as f32, lat.sin() as f32], true)
                }
                None => ([0.0; 3], false),
            };
            Packed {
                areas: area_bits,
                gender: gender_code(p.gender),
                preference: gender_code(p.gender_preference),
                host_level,
                availability: p.availability.0 & 0x1f_ffff,
                area: p.location.area.as_deref().map_or(NONE, |a| areas.index[a]),
                birth_year: p.birth_year.unwrap_or(i32::MIN),
                position,
                has_position,
                interests: n_interests,
                goals: n_goals,
                expectations: n_expectations,
                room: 0,
                capacity: 0,
                inv_capacity: 0.0,
                inv_areas: RECIPROCAL[area_bits.count_ones() as usize],
                inv_goals: RECIPROCAL[n_goals.min(63) as usize],
                eligible: true,
            }
        };
        let mut mentee_side = Side::default();
        for m in &mentees {
            let bits = m.needs.iter().fold(0u16, |b, a| b | a.bit());
            let packed = pack(&m.profile, &mut mentee_side, bits);
            mentee_side.people.push(packed);
        }
        let mut mentor_side = Side::default();
        for m in &mentors {
            let bits = m.skills.iter().fold(0u16, |b, a| b | a.bit());
            let mut packed = pack(&m.profile, &mut mentor_side, bits);
            packed.capacity = m.capacity;
            packed.inv_capacity = if m.capacity == 0 { 0.0 } else { 1.0 / m.capacity as f32 };
            packed.room = m.capacity.saturating_sub(m.active_pairs);
            packed.eligible = m.eligible;
            mentor_side.people.push(packed);
        }
        let mut weights = [0f32; 11];
        let mut total = 0.0;
        for (k, c) in Criterion::ALL.iter().enumerate() {
            let w = if *c == Criterion::HostLanguage && host_language == NONE { 0.0 } else { settings.weights.get(*c) };
            weights[k] = w as f32;
            total += w;
        }
        if total <= 0.0 {
            return Err(CohortError::Settings("at least one weight in use must be positive".into()));
        }
        for w in &mut weights {
            *w /= total as f32;
        }
        Ok(Cohort {
            excluded: vec![Vec::new(); mentees.len()],
            inv_full_overlap: 1.0 / settings.full_overlap_slots as f32,
            inv_max_distance: 1.0 / settings.max_distance_km as f32,
            inv_max_age_gap: 1.0 / settings.max_age_gap as f32,
            settings,
            weights,
            mentees,
            mentors,
            languages,
            host_language,
            w,
            mentee_side,
            mentor_side,
        })
    }

    /// Number of mentees.
    pub fn mentees(&self) -> usize {
        self.mentees.len()
    }

    /// Number of mentors.
    pub fn mentors(&self) -> usize {
        self.mentors.len()
    }

    /// A mentee's profile (panics outside the cohort, like a slice).
    pub fn mentee(&self, i: usize) -> &MenteeProfile {
        &self.mentees[i]
    }

    /// A mentor's profile (panics outside the cohort, like a slice).
    pub fn mentor(&self, j: usize) -> &MentorProfile {
        &self.mentors[j]
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Excludes a pair (conflict, relatives, a past pair that ended badly).
    pub fn exclude(&mut self, mentee: usize, mentor: usize) -> Result<(), CohortError> {
        if mentee >= self.mentees.len() || mentor >= self.mentors.len() {
            return Err(CohortError::UnknownPair { mentee, mentor });
        }
        let ex = &mut self.excluded[mentee];
        if let Err(pos) = ex.binary_search(&(mentor as u32)) {
            ex.insert(pos, mentor as u32);
        }
        Ok(())
    }

    fn record<'s>(&self, side: &'s Side, k: usize) -> &'s [u64] {
        &side.bits[k * RECORD * self.w..(k + 1) * RECORD * self.w]
    }

    fn is_excluded(&self, i: usize, j: usize) -> bool {
        let ex = &self.excluded[i];
        !ex.is_empty() && ex.binary_search(&(j as u32)).is_ok()
    }

    /// The sub-scores of a pair, the bits of what blocks it and the best
    /// common language rank.
    fn evaluate(&self, i: usize, j: usize, sub: &mut [f32; 11]) -> (u8, usize) {
        let excluded = self.is_excluded(i, j);
        let (a, ra) = (&self.mentee_side.people[i], self.record(&self.mentee_side, i));
        let (b, rb) = (&self.mentor_side.people[j], self.record(&self.mentor_side, j));
        match self.w {
            1 => self.kernel::<1, false>(a, ra, b, rb, excluded, sub),
            2 => self.kernel::<2, false>(a, ra, b, rb, excluded, sub),
            4 => self.kernel::<4, false>(a, ra, b, rb, excluded, sub),
            8 => self.kernel::<8, false>(a, ra, b, rb, excluded, sub),
            _ => self.kernel::<16, false>(a, ra, b, rb, excluded, sub),
        }
    }

    /// Scores a pair from its packed records, without branching on the data
    /// where it can be helped (the inner loop of a cohort's scoring). With
    /// `STOP`, an impossible pair returns before its sub-scores are computed.
    #[inline(always)]
    fn kernel<const W: usize, const STOP: bool>(
        &self,
        a: &Packed,
        ra: &[u64],
        b: &Packed,
        rb: &[u64],
        excluded: bool,
        sub: &mut [f32; 11],
    ) -> (u8, usize) {
        let ra = &ra[..RECORD * W];
        let rb = &rb[..RECORD * W];
        let and_any = |at: usize| -> u64 { (0..W).fold(0, |acc, k| acc | (ra[at * W + k] & rb[at * W + k])) };
        let and_count = |at: usize| -> u32 { (0..W).map(|k| (ra[at * W + k] & rb[at * W + k]).count_ones()).sum() };
        let mut blocked = (u8::from(!b.eligible) * block::NOT_ELIGIBLE)
            | (u8::from(b.room == 0) * block::AT_CAPACITY)
            | (u8::from(a.preference != 0 && a.preference != b.gender) * block::GENDER_PREFERENCE_MENTEE)
            | (u8::from(b.preference != 0 && b.preference != a.gender) * block::GENDER_PREFERENCE_MENTOR)
            | (u8::from(excluded) * block::EXCLUDED);
        let min = self.settings.min_common_level as usize;
        let mut ranks = 0u32;
        for rank in 1..=NATIVE {
            ranks |= u32::from(and_any(rank - 1) != 0) << rank;
        }
        ranks &= !((1u32 << min) - 1);
        let best = if ranks == 0 { 0 } else { 31 - ranks.leading_zeros() as usize };
        blocked |= u8::from(best == 0) * block::NO_COMMON_LANGUAGE;
        if STOP && blocked != 0 {
            // Impossible: the sub-scores are not needed.
            return (blocked, best);
        }
        sub[1] = LANGUAGE_SCORE[best];
        // Host language: full marks when the pair can speak something else.
        sub[2] = if self.host_language == NONE {
            0.0
        } else {
            let h = self.host_language as usize;
            let at = min - 1;
            let beyond = (0..W).fold(0, |acc, k| {
                let mask = if k == h / 64 { !(1u64 << (h % 64)) } else { !0 };
                acc | (ra[at * W + k] & rb[at * W + k] & mask)
            }) != 0;
            let level = (f32::from(a.host_level) * 0.25).min(1.0);
            if beyond { 1.0 } else { level }
        };
        let needs = f32::from(BITS_11[usize::from(a.areas & b.areas & 0x7ff)]) * a.inv_areas;
        sub[0] = if a.areas == 0 || b.areas == 0 { UNKNOWN } else { needs };
        let goals = (and_count(GOALS_AT) as f32 * a.inv_goals).min(1.0);
        sub[3] = if a.goals == 0 || b.goals == 0 { UNKNOWN } else { goals };
        sub[4] = overlap(a.interests, b.interests, and_count(INTERESTS_AT));
        sub[5] = overlap(a.expectations, b.expectations, and_count(EXPECTATIONS_AT));
        let common = a.availability & b.availability;
        let common = BITS_11[(common & 0x7ff) as usize] + BITS_11[(common >> 11 & 0x7ff) as usize];
        let slots = (f32::from(common) * self.inv_full_overlap).min(1.0);
        sub[6] = if a.availability == 0 || b.availability == 0 { UNKNOWN } else { slots };
        let near = (1.0 - chord_km(a.position, b.position) * self.inv_max_distance).max(0.0);
        let same_area = if a.area == b.area { 1.0 } else { 0.25 };
        sub[7] = if a.has_position && b.has_position {
            near
        } else if a.area != NONE && b.area != NONE {
            same_area
        } else {
            UNKNOWN
        };
        let gap = (i64::from(a.birth_year) - i64::from(b.birth_year)).abs() as f32;
        let age = (1.0 - gap * self.inv_max_age_gap).max(0.0);
        sub[8] = if a.birth_year == i32::MIN || b.birth_year == i32::MIN { UNKNOWN } else { age };
        let same = if a.gender == b.gender { 1.0 } else { 0.25 };
        sub[9] = if a.gender == 0 || b.gender == 0 { UNKNOWN } else { same };
        sub[10] = b.room as f32 * b.inv_capacity;
        (blocked, best)
    }

    #[inline(always)]
    fn weighted(&self, sub: &[f32; 11]) -> f32 {
        sub.iter().zip(&self.weights).map(|(s, w)| s * w).sum::<f32>().clamp(0.0, 1.0)
    }

    /// The score of a pair in `[0, 1]`, `None` when a hard constraint makes
    /// it impossible.
    ///
    /// # Panics
    ///
    /// If an index is outside the cohort (as do [`Cohort::fixed_score`] and
    /// [`Cohort::explain`]).
    pub fn score(&self, mentee: usize, mentor: usize) -> Option<f64> {
        let mut sub = [0f32; 11];
        let (blocked, _) = self.evaluate(mentee, mentor, &mut sub);
        (blocked == 0).then(|| f64::from(self.weighted(&sub)))
    }

    /// The fixed-point score of a pair (`score × 1000`, rounded), `None` when
    /// impossible. This is what the assignment optimises.
    #[inline]
    pub fn fixed_score(&self, mentee: usize, mentor: usize) -> Option<i64> {
        let mut sub = [0f32; 11];
        let (blocked, _) = self.evaluate(mentee, mentor, &mut sub);
        (blocked == 0).then(|| self.fixed(&sub))
    }

    #[inline(always)]
    fn fixed(&self, sub: &[f32; 11]) -> i64 {
        // The weighted mean is clamped to [0, 1]: adding 0.5 and truncating rounds.
        (self.weighted(sub) * SCALE as f32 + 0.5) as i64
    }

    /// Calls `f(mentee, mentor, fixed_score)` for every pair of a range of
    /// mentees, mentors ascending.
    pub fn for_each_score(&self, mentees: std::ops::Range<usize>, f: impl FnMut(usize, usize, Option<i64>)) {
        match self.w {
            1 => self.rows::<1>(mentees, f),
            2 => self.rows::<2>(mentees, f),
            4 => self.rows::<4>(mentees, f),
            8 => self.rows::<8>(mentees, f),
            _ => self.rows::<16>(mentees, f),
        }
    }

    fn rows<const W: usize>(&self, mentees: std::ops::Range<usize>, mut f: impl FnMut(usize, usize, Option<i64>)) {
        let mut sub = [0f32; 11];
        for i in mentees {
            let (a, ra) = (&self.mentee_side.people[i], self.record(&self.mentee_side, i));
            let ex = &self.excluded[i];
            let mut next_ex = 0;
            for (j, b) in self.mentor_side.people.iter().enumerate() {
                let excluded = next_ex < ex.len() && ex[next_ex] as usize == j;
                next_ex += usize::from(excluded);
                let rb = &self.mentor_side.bits[j * RECORD * W..(j + 1) * RECORD * W];
                let (blocked, _) = self.kernel::<W, true>(a, ra, b, rb, excluded, &mut sub);
                f(i, j, (blocked == 0).then(|| self.fixed(&sub)));
            }
        }
    }

    /// The score matrix of the whole cohort, computed on `threads` threads
    /// (at least one).
    pub fn score_matrix(&self, threads: usize) -> ScoreMatrix {
        let n = self.mentees.len();
        let m = self.mentors.len();
        // Scores are in [0, 1000]: 32 bits are plenty, and half the memory
        // to write.
        let mut cells = vec![ScoreMatrix::ABSENT32; n * m];
        let threads = threads.clamp(1, n.max(1));
        let per = n.div_ceil(threads).max(1);
        if m > 0 {
            thread::scope(|s| {
                for (t, chunk) in cells.chunks_mut(per * m).enumerate() {
                    let start = t * per;
                    s.spawn(move || {
                        let rows = start..(start + per).min(n);
                        self.for_each_score(rows, |i, j, v| {
                            chunk[(i - start) * m + j] = v.map_or(ScoreMatrix::ABSENT32, |v| v as i32);
                        });
                    });
                }
            });
        }
        ScoreMatrix::dense32_unchecked(n, m, cells)
    }

    /// An assignment problem over `matrix` (built by [`Cohort::score_matrix`])
    /// in which each mentor's capacity is the room they have left.
    pub fn problem<'m>(&self, matrix: &'m ScoreMatrix) -> Result<Problem<'m>, AssignError> {
        let mut p = Problem::new(matrix);
        for (j, b) in self.mentor_side.people.iter().enumerate() {
            p.set_capacity(j, b.room)?;
        }
        Ok(p)
    }

    /// The score of a pair explained criterion by criterion, and what makes
    /// it impossible if anything does.
    pub fn explain(&self, mentee: usize, mentor: usize) -> Explanation {
        let mut sub = [0f32; 11];
        let (blocked, best) = self.evaluate(mentee, mentor, &mut sub);
        let a = &self.mentees[mentee];
        let b = &self.mentors[mentor];
        let pb = &self.mentor_side.people[mentor];
        let mut criteria = Vec::new();
        for (k, c) in Criterion::ALL.iter().enumerate() {
            if self.weights[k] == 0.0 {
                continue;
            }
            let reason = self.reason(*c, mentee, mentor, best, &sub);
            criteria.push(CriterionScore {
                criterion: *c,
                weight: f64::from(self.weights[k]),
                score: f64::from(sub[k]),
                reason,
            });
        }
        let mut blocked_by = Vec::new();
        if blocked & block::GENDER_PREFERENCE_MENTEE != 0 {
            let g = a.profile.gender_preference.map_or("", Gender::as_str);
            blocked_by.push(Reason::new("gender-preference-mentee").arg("preference", g));
        }
        if blocked & block::GENDER_PREFERENCE_MENTOR != 0 {
            let g = b.profile.gender_preference.map_or("", Gender::as_str);
            blocked_by.push(Reason::new("gender-preference-mentor").arg("preference", g));
        }
        if blocked & block::NO_COMMON_LANGUAGE != 0 {
            blocked_by.push(Reason::new("no-common-language").arg("level", self.settings.min_common_level.as_str()));
        }
        if blocked & block::EXCLUDED != 0 {
            blocked_by.push(Reason::new("excluded-by-coordinator"));
        }
        if blocked & block::AT_CAPACITY != 0 {
            blocked_by.push(Reason::new("mentor-at-capacity").arg("capacity", pb.capacity.to_string()));
        }
        if blocked & block::NOT_ELIGIBLE != 0 {
            blocked_by.push(Reason::new("mentor-not-eligible"));
        }
        Explanation {
            mentee,
            mentor,
            score: (blocked == 0).then(|| f64::from(self.weighted(&sub))),
            criteria,
            blocked_by,
        }
    }

    /// For a mentee, every mentor that a hard constraint excludes, with the
    /// reasons: what a coordinator reads when the mentee stays unmatched.
    pub fn blocked_mentors(&self, mentee: usize) -> Vec<(usize, Vec<Reason>)> {
        (0..self.mentors.len())
            .filter_map(|j| {
                let e = self.explain(mentee, j);
                (!e.blocked_by.is_empty()).then_some((j, e.blocked_by))
            })
            .collect()
    }

    fn reason(&self, c: Criterion, i: usize, j: usize, best: usize, sub: &[f32; 11]) -> Reason {
        let a = &self.mentees[i];
        let b = &self.mentors[j];
        let pa = &self.mentee_side.people[i];
        let pb = &self.mentor_side.people[j];
        let common = |xs: &[String], ys: &[String]| -> String {
            let mut v: Vec<&str> = xs.iter().filter(|x| ys.contains(x)).map(String::as_str).collect();
            v.sort_unstable();
            v.dedup();
            v.join(", ")
        };
        match c {
            Criterion::Language => {
                if best == 0 {
                    return Reason::new("no-common-language").arg("level", self.settings.min_common_level.as_str());
                }
                let w = self.w;
                let la = self.record(&self.mentee_side, i);
                let lb = self.record(&self.mentor_side, j);
                let r = (best - 1) * w..best * w;
                let mut names = Vec::new();
                for (w, (x, y)) in la[r.clone()].iter().zip(&lb[r]).enumerate() {
                    let mut bits = x & y;
                    while bits != 0 {
                        let k = w * 64 + bits.trailing_zeros() as usize;
                        names.push(self.languages.names[k].as_str());
                        bits &= bits - 1;
                    }
                }
                names.sort_unstable();
                let names = names.join(", ");
                if best == NATIVE {
                    Reason::new("shared-native-language").arg("language", names)
                } else {
                    let level = Level::from_rank(best as u8).map_or("", Level::as_str);
                    Reason::new("common-language").arg("language", names).arg("level", level)
                }
            }
            Criterion::HostLanguage => {
                let host = self.settings.host_language.clone().unwrap_or_default();
                if sub[2] >= 1.0 && pa.host_level < 4 {
                    Reason::new("communicates-beyond-host-language").arg("language", host)
                } else {
                    let level = match pa.host_level {
                        0 => "none",
                        7 => "native",
                        r => Level::from_rank(r).map_or("", Level::as_str),
                    };
                    Reason::new("host-language-level").arg("language", host).arg("level", level)
                }
            }
            Criterion::Needs => {
                if pa.areas == 0 || pb.areas == 0 {
                    return Reason::new("needs-unknown");
                }
                let met: Vec<&str> =
                    Area::ALL.iter().filter(|x| pa.areas & pb.areas & x.bit() != 0).map(|x| x.as_str()).collect();
                Reason::new("needs-met")
                    .arg("met", met.join(", "))
                    .arg("count", met.len().to_string())
                    .arg("needs", pa.areas.count_ones().to_string())
            }
            Criterion::Goals => tags_reason("goals", &common(&a.profile.goals, &b.profile.goals), pa.goals, pb.goals),
            Criterion::Interests => tags_reason(
                "interests",
                &common(&a.profile.interests, &b.profile.interests),
                pa.interests,
                pb.interests,
            ),
            Criterion::Expectations => tags_reason(
                "expectations",
                &common(&a.profile.expectations, &b.profile.expectations),
                pa.expectations,
                pb.expectations,
            ),
            Criterion::Availability => {
                if pa.availability == 0 || pb.availability == 0 {
                    Reason::new("availability-unknown")
                } else {
                    let o = (pa.availability & pb.availability).count_ones();
                    Reason::new("availability-overlap").arg("slots", o.to_string())
                }
            }
            Criterion::Place => {
                if pa.has_position && pb.has_position {
                    let d = chord_km(pa.position, pb.position);
                    Reason::new("distance-km").arg("km", format!("{d:.1}"))
                } else if pa.area != NONE && pb.area != NONE {
                    if pa.area == pb.area {
                        Reason::new("same-area").arg("area", a.profile.location.area.clone().unwrap_or_default())
                    } else {
                        Reason::new("different-area")
                    }
                } else {
                    Reason::new("place-unknown")
                }
            }
            Criterion::Age => {
                if pa.birth_year == i32::MIN || pb.birth_year == i32::MIN {
                    Reason::new("age-unknown")
                } else {
                    let gap = (i64::from(pa.birth_year) - i64::from(pb.birth_year)).abs();
                    Reason::new("age-gap").arg("years", gap.to_string())
                }
            }
            Criterion::Gender => {
                if pa.gender == 0 || pb.gender == 0 {
                    Reason::new("gender-unknown")
                } else if pa.gender == pb.gender {
                    Reason::new("same-gender")
                } else {
                    Reason::new("different-gender")
                }
            }
            Criterion::Capacity => {
                Reason::new("mentor-room").arg("free", pb.room.to_string()).arg("capacity", pb.capacity.to_string())
            }
        }
    }
}

fn tags_reason(what: &'static str, common: &str, na: u32, nb: u32) -> Reason {
    let (shared, none, unknown) = match what {
        "goals" => ("shared-goals", "no-shared-goals", "goals-unknown"),
        "interests" => ("shared-interests", "no-shared-interests", "interests-unknown"),
        _ => ("shared-expectations", "no-shared-expectations", "expectations-unknown"),
    };
    if na == 0 || nb == 0 {
        Reason::new(unknown)
    } else if common.is_empty() {
        Reason::new(none)
    } else {
        Reason::new(shared).arg(what, common)
    }
}

/// Overlap coefficient `|A ∩ B| / min(|A|, |B|)`, or the neutral value when
/// a side is empty.
#[inline(always)]
fn overlap(na: u32, nb: u32, common: u32) -> f32 {
    let v = (common as f32 * RECIPROCAL[na.min(nb).min(63) as usize]).min(1.0);
    if na == 0 || nb == 0 { UNKNOWN } else { v }
}

/// Distance used for scoring: the chord between the unit vectors times the
/// Earth's radius. It differs from the great-circle distance by less than
/// 0.01 % below 100 km, and needs no trigonometry per pair.
#[inline]
fn chord_km(a: [f32; 3], b: [f32; 3]) -> f32 {
    let (x, y, z) = (a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    EARTH_RADIUS_KM * (x * x + y * y + z * z).sqrt()
}

fn check_ids<'a>(people: impl Iterator<Item = &'a Profile>, side: &'static str) -> Result<(), CohortError> {
    let mut seen = std::collections::HashSet::new();
    for p in people {
        if !seen.insert(p.id.as_str()) {
            return Err(CohortError::DuplicateId { side, id: p.id.clone() });
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "cohort_tests.rs"]
mod tests;
