use super::*;
use proptest::prelude::*;

/// Best `(matched, total)` by trying every assignment.
fn brute_force(p: &Problem<'_>) -> (usize, i64) {
    let n = p.matrix.rows();
    let mut cap: Vec<u32> = p.capacity.clone();
    let mut base = (0usize, 0i64);
    for i in 0..n {
        if let Some(j) = p.lock[i] {
            cap[j as usize] -= 1;
            base.0 += 1;
            base.1 += p.matrix.get(i, j as usize).unwrap();
        }
    }
    fn go(p: &Problem<'_>, i: usize, cap: &mut [u32], cur: (usize, i64), best: &mut (usize, i64)) {
        if i == p.matrix.rows() {
            if cur > *best {
                *best = cur;
            }
            return;
        }
        if p.lock[i].is_some() {
            return go(p, i + 1, cap, cur, best);
        }
        go(p, i + 1, cap, cur, best);
        for j in 0..p.matrix.cols() {
            if cap[j] > 0 && p.is_possible(i, j) {
                cap[j] -= 1;
                let s = p.matrix.get(i, j).unwrap();
                go(p, i + 1, cap, (cur.0 + 1, cur.1 + s), best);
                cap[j] += 1;
            }
        }
    }
    let mut best = (0, i64::MIN);
    go(p, 0, &mut cap, (0, 0), &mut best);
    (base.0 + best.0, base.1 + best.1)
}

/// An independent reference: the textbook O(n²m) Hungarian method on a
/// dense cost matrix in which every mentor is copied by capacity and every
/// mentee has a private "unmatched" column of cost 0; impossible pairs get a
/// prohibitive cost.
fn reference(p: &Problem<'_>) -> (usize, i64) {
    let n = p.matrix.rows();
    let mut cols: Vec<usize> = Vec::new();
    let mut cap = p.capacity.clone();
    for i in 0..n {
        if let Some(j) = p.lock[i] {
            cap[j as usize] -= 1;
        }
    }
    for (j, &c) in cap.iter().enumerate() {
        for _ in 0..c.min(n as u32) {
            cols.push(j);
        }
    }
    let rows: Vec<usize> = (0..n).filter(|&i| p.lock[i].is_none()).collect();
    let nr = rows.len();
    let nc = cols.len() + nr;
    let big: i64 = 1 << 40;
    let forbid: i64 = 1 << 50;
    let cost = |r: usize, c: usize| -> i64 {
        let i = rows[r];
        if c < cols.len() {
            let j = cols[c];
            if p.is_possible(i, j) { -(big + p.matrix.get(i, j).unwrap()) } else { forbid }
        } else if c - cols.len() == r {
            0
        } else {
            forbid
        }
    };
    // e-maxx Hungarian, 1-based, rows <= cols.
    let inf = i64::MAX / 4;
    let mut u = vec![0i64; nr + 1];
    let mut v = vec![0i64; nc + 1];
    let mut way = vec![0usize; nc + 1];
    let mut pm = vec![0usize; nc + 1];
    for r in 1..=nr {
        pm[0] = r;
        let mut j0 = 0;
        let mut minv = vec![inf; nc + 1];
        let mut used = vec![false; nc + 1];
        loop {
            used[j0] = true;
            let i0 = pm[j0];
            let mut delta = inf;
            let mut j1 = 0;
            for j in 1..=nc {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=nc {
                if used[j] {
                    u[pm[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if pm[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            pm[j0] = pm[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut matched = 0;
    let mut total = 0;
    for (i, l) in p.lock.iter().enumerate() {
        if let Some(j) = l {
            matched += 1;
            total += p.matrix.get(i, *j as usize).unwrap();
        }
    }
    for c in 1..=cols.len() {
        if pm[c] != 0 {
            let i = rows[pm[c] - 1];
            matched += 1;
            total += p.matrix.get(i, cols[c - 1]).unwrap();
        }
    }
    (matched, total)
}

/// Feasibility, capacities, locks, exclusions and the dual certificate.
fn check_valid(p: &Problem<'_>, a: &Assignment) {
    let n = p.matrix.rows();
    let m = p.matrix.cols();
    let mut load = vec![0u32; m];
    let mut total = 0;
    for i in 0..n {
        if let Some(l) = p.lock[i] {
            assert_eq!(a.mentor_of[i], Some(l as usize), "lock kept");
        }
        if let Some(j) = a.mentor_of[i] {
            assert!(p.is_possible(i, j), "pair ({i}, {j}) is possible");
            load[j] += 1;
            total += p.matrix.get(i, j).unwrap();
        }
    }
    for (j, (load, capacity)) in load.iter().zip(&p.capacity).enumerate().take(m) {
        assert!(load <= capacity, "capacity of {j}");
    }
    assert_eq!(total, a.total);
    assert_eq!(a.matched, a.pairs.len());
    assert_eq!(a.matched, a.mentor_of.iter().flatten().count());
    let d = &a.duals;
    let mut free_cap: Vec<u32> = p.capacity.clone();
    for i in 0..n {
        if let Some(l) = p.lock[i] {
            free_cap[l as usize] -= 1;
        }
    }
    for i in 0..n {
        if p.lock[i].is_some() {
            continue;
        }
        assert!(d.mentee[i] >= 0);
        if a.mentor_of[i].is_none() {
            assert_eq!(d.mentee[i], 0);
        }
        p.for_each_possible(i, |j, s| {
            let slack = d.mentee[i] + d.mentor[j] - (d.bonus + s);
            assert!(slack >= 0, "dual feasible on ({i}, {j})");
            if a.mentor_of[i] == Some(j) {
                assert_eq!(slack, 0, "tight on chosen ({i}, {j})");
            }
        });
    }
    for j in 0..m {
        let unlocked_load = load[j] - (p.capacity[j] - free_cap[j]);
        assert!(d.mentor[j] >= 0);
        if unlocked_load < free_cap[j] {
            assert_eq!(d.mentor[j], 0, "mentor {j} with room has price 0");
        }
    }
}

fn problem_strategy(
    max_n: usize,
    max_m: usize,
) -> impl Strategy<Value = (usize, usize, Vec<Option<i64>>, Vec<u32>, Vec<(usize, usize)>)> {
    (1..=max_n, 1..=max_m).prop_flat_map(|(n, m)| {
        (
            Just(n),
            Just(m),
            proptest::collection::vec(prop_oneof![1 => Just(None), 3 => (-5i64..20).prop_map(Some)], n * m),
            proptest::collection::vec(0u32..=3, m),
            proptest::collection::vec((0..n, 0..m), 0..3),
        )
    })
}

fn build(n: usize, m: usize, cells: &[Option<i64>], caps: &[u32]) -> ScoreMatrix {
    let _ = n;
    let triplets: Vec<_> = cells.iter().enumerate().filter_map(|(k, s)| s.map(|s| (k / m, k % m, s))).collect();
    let _ = caps;
    ScoreMatrix::sparse(n, m, triplets).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn optimal_against_brute_force((n, m, cells, caps, excl) in problem_strategy(7, 7)) {
        let matrix = build(n, m, &cells, &caps);
        let mut p = Problem::new(&matrix);
        for (j, &c) in caps.iter().enumerate() {
            p.set_capacity(j, c).unwrap();
        }
        for &(i, j) in &excl {
            p.exclude(i, j).unwrap();
        }
        let a = p.solve().unwrap();
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), brute_force(&p));
        // The certification loop must agree, whatever the candidate count.
        for k in [1, 2] {
            let b = p.solve_tuned(Some(k)).unwrap();
            check_valid(&p, &b);
            prop_assert_eq!((b.matched, b.total), (a.matched, a.total));
        }
        // And so must the dense storage, which takes the 32-bit paths.
        let dense = ScoreMatrix::dense(n, m, &cells).unwrap();
        let mut q = Problem::new(&dense);
        for (j, &c) in caps.iter().enumerate() {
            q.set_capacity(j, c).unwrap();
        }
        for &(i, j) in &excl {
            q.exclude(i, j).unwrap();
        }
        let d = q.solve_tuned(Some(1)).unwrap();
        check_valid(&q, &d);
        prop_assert_eq!((d.matched, d.total), (a.matched, a.total));
    }

    #[test]
    fn locks_are_kept_and_the_rest_is_optimal((n, m, cells, caps, excl) in problem_strategy(6, 6), lock_pick in 0usize..100) {
        let matrix = build(n, m, &cells, &caps);
        let mut p = Problem::new(&matrix);
        for (j, &c) in caps.iter().enumerate() {
            p.set_capacity(j, c).unwrap();
        }
        for &(i, j) in &excl {
            p.exclude(i, j).unwrap();
        }
        // Lock one possible pair if the mentor has room.
        let possible: Vec<(usize, usize)> = (0..n)
            .flat_map(|i| (0..m).map(move |j| (i, j)))
            .filter(|&(i, j)| p.is_possible(i, j) && caps[j] > 0)
            .collect();
        if !possible.is_empty() {
            let (i, j) = possible[lock_pick % possible.len()];
            p.lock(i, j).unwrap();
        }
        let a = p.solve().unwrap();
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), brute_force(&p));
    }

    #[test]
    fn matches_independent_reference_mid_size(
        n in 20usize..60,
        m in 10usize..60,
        seed in any::<u64>(),
        density in 2u64..10,
    ) {
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut triplets = Vec::new();
        for i in 0..n {
            for j in 0..m {
                if next() % 10 < density {
                    triplets.push((i, j, (next() % 50) as i64));
                }
            }
        }
        let matrix = ScoreMatrix::sparse(n, m, triplets).unwrap();
        let mut p = Problem::new(&matrix);
        for j in 0..m {
            p.set_capacity(j, (next() % 4) as u32).unwrap();
        }
        let a = p.solve().unwrap();
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), reference(&p));
        let b = p.solve_tuned(Some(3)).unwrap();
        check_valid(&p, &b);
        prop_assert_eq!((b.matched, b.total), (a.matched, a.total));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// More mentees than mentors, each mentor taking at most one, scores
    /// stored densely: most searches end with a mentee left out.
    #[test]
    fn tall_dense_problems_with_unit_capacities(
        (n, m, cells, caps) in (2usize..=7).prop_flat_map(|n| (1..n).prop_flat_map(move |m| (
            Just(n),
            Just(m),
            proptest::collection::vec(prop_oneof![1 => Just(None), 3 => (-5i64..20).prop_map(Some)], n * m),
            proptest::collection::vec(0u32..=1, m),
        ))),
        lock_pick in 0usize..100,
    ) {
        let dense = ScoreMatrix::dense(n, m, &cells).unwrap();
        let mut p = Problem::new(&dense);
        for (j, &c) in caps.iter().enumerate() {
            p.set_capacity(j, c).unwrap();
        }
        let possible: Vec<(usize, usize)> = (0..n)
            .flat_map(|i| (0..m).map(move |j| (i, j)))
            .filter(|&(i, j)| p.is_possible(i, j) && caps[j] > 0)
            .collect();
        if !possible.is_empty() && lock_pick % 2 == 0 {
            let (i, j) = possible[lock_pick % possible.len()];
            p.lock(i, j).unwrap();
        }
        let a = p.solve().unwrap();
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), brute_force(&p));
        prop_assert_eq!(a.clone(), p.solve().unwrap());
    }
}

/// A complete dense problem (every pair possible, stored densely) with
/// capacities, a lock and scores drawn from `next`.
fn complete_problem(n: usize, m: usize, spread: i64, next: &mut impl FnMut() -> u64) -> ScoreMatrix {
    let scores: Vec<i64> = (0..n * m).map(|_| (next() % (2 * spread as u64 + 1)) as i64 - spread / 4).collect();
    ScoreMatrix::dense_complete(n, m, scores).unwrap()
}

fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed | 1;
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Complete dense problems take the dense solver: wide, square and tall,
    /// capacities from 0 to 3 (so places may be fewer or more than
    /// mentees), a lock, scores with many ties or none.
    #[test]
    fn complete_dense_problems_against_brute_force(
        n in 1usize..=6,
        m in 1usize..=6,
        seed in any::<u64>(),
        // Up to 1024 the solver works in 16 bits (585: scores up to 1024).
        spread in prop_oneof![Just(2i64), Just(20), Just(585), Just(1_000_000)],
        lock in any::<bool>(),
    ) {
        let mut next = xorshift(seed);
        let matrix = complete_problem(n, m, spread, &mut next);
        let mut p = Problem::new(&matrix);
        for j in 0..m {
            p.set_capacity(j, (next() % 4) as u32).unwrap();
        }
        if lock {
            let (i, j) = ((next() % n as u64) as usize, (next() % m as u64) as usize);
            if p.capacity(j) > 0 {
                p.lock(i, j).unwrap();
            }
        }
        let a = p.solve().unwrap();
        prop_assert_eq!(a.rounds, 0, "solved by the dense solver");
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), brute_force(&p));
        prop_assert_eq!(a, p.solve().unwrap());
    }

    /// The same at sizes where the search does real work, against the
    /// independent Hungarian method.
    #[test]
    fn complete_dense_problems_against_the_reference(
        n in 1usize..50,
        m in 1usize..50,
        seed in any::<u64>(),
        spread in prop_oneof![Just(3i64), Just(100), Just(585), Just(586), Just(1_000_000)],
        unit in any::<bool>(),
    ) {
        let mut next = xorshift(seed);
        let matrix = complete_problem(n, m, spread, &mut next);
        let mut p = Problem::new(&matrix);
        if !unit {
            for j in 0..m {
                p.set_capacity(j, (next() % 4) as u32).unwrap();
            }
        }
        let a = p.solve().unwrap();
        prop_assert_eq!(a.rounds, 0, "solved by the dense solver");
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), reference(&p));
    }
}

#[test]
fn scores_at_the_edge_of_16_bits_are_solved_exactly() {
    // Up to 1024 in absolute value the dense solver works in 16 bits, from
    // 1025 in 32: both sides of the edge, with extremes on both signs,
    // square, wide and tall, with and without capacities.
    let mut next = xorshift(0x16b1);
    for edge in [1024i64, 1025] {
        for (n, m, caps) in [(40, 40, false), (25, 45, false), (45, 25, false), (40, 20, true), (30, 30, true)] {
            let scores: Vec<i64> = (0..n * m)
                .map(|_| match next() % 4 {
                    0 => edge,
                    1 => -edge,
                    _ => (next() % (2 * edge as u64 + 1)) as i64 - edge,
                })
                .collect();
            let matrix = ScoreMatrix::dense_complete(n, m, scores).unwrap();
            let mut p = Problem::new(&matrix);
            if caps {
                for j in 0..m {
                    p.set_capacity(j, (next() % 4) as u32).unwrap();
                }
            }
            let a = p.solve().unwrap();
            assert_eq!(a.rounds, 0, "solved by the dense solver");
            check_valid(&p, &a);
            assert_eq!((a.matched, a.total), reference(&p), "edge {edge}, {n} x {m}");
            assert_eq!(a, p.solve().unwrap(), "the same pairs again");
        }
    }
}

#[test]
fn scores_too_wide_for_32_bits_take_the_general_route() {
    let mut next = xorshift(0xfeed);
    // Scores up to 10^11 (a score of 10^8): complete, but beyond the dense
    // solver's range.
    let matrix = complete_problem(30, 25, 100_000_000_000, &mut next);
    let mut p = Problem::new(&matrix);
    for j in 0..25 {
        p.set_capacity(j, (next() % 3) as u32).unwrap();
    }
    let a = p.solve().unwrap();
    check_valid(&p, &a);
    assert_eq!((a.matched, a.total), reference(&p));
}

#[test]
fn large_complete_problems_agree_with_the_candidate_lists() {
    let mut next = xorshift(0x5eed);
    for (n, m, spread) in [(300, 300, 1000), (300, 300, 5), (300, 300, 585), (200, 350, 1000), (350, 200, 40)] {
        let matrix = complete_problem(n, m, spread, &mut next);
        let p = Problem::new(&matrix);
        let a = p.solve().unwrap();
        assert_eq!(a.rounds, 0, "solved by the dense solver");
        check_valid(&p, &a);
        let b = p.solve_tuned(Some(3)).unwrap();
        check_valid(&p, &b);
        assert_eq!((a.matched, a.total), (b.matched, b.total));
    }
}

#[test]
fn prefers_matching_more_mentees_over_a_higher_score() {
    // Mentee 0 could take mentor 0 for 100, but then mentee 1 has nobody.
    let matrix = ScoreMatrix::sparse(2, 2, [(0, 0, 100), (0, 1, 1), (1, 0, 1)]).unwrap();
    let a = Problem::new(&matrix).solve().unwrap();
    assert_eq!(a.mentor_of, vec![Some(1), Some(0)]);
    assert_eq!(a.total, 2);
}

#[test]
fn a_better_mentee_displaces_an_earlier_one() {
    let matrix = ScoreMatrix::sparse(2, 1, [(0, 0, 1), (1, 0, 10)]).unwrap();
    let p = Problem::new(&matrix);
    let a = p.solve().unwrap();
    assert_eq!(a.mentor_of, vec![None, Some(0)]);
    assert_eq!(p.unmatched(&a), vec![(0, Unmatched::MentorsTaken { mentors: vec![0] })]);
}

#[test]
fn capacities_are_native() {
    let matrix = ScoreMatrix::dense_complete(3, 2, vec![5, 1, 5, 1, 5, 1]).unwrap();
    let mut p = Problem::new(&matrix);
    p.set_capacity(0, 2).unwrap();
    let a = p.solve().unwrap();
    assert_eq!(a.matched, 3);
    assert_eq!(a.total, 11);
    assert_eq!(a.mentor_of.iter().filter(|&&m| m == Some(0)).count(), 2);
}

#[test]
fn ties_are_broken_by_index() {
    let matrix = ScoreMatrix::dense_complete(2, 2, vec![3; 4]).unwrap();
    let p = Problem::new(&matrix);
    let a = p.solve().unwrap();
    assert_eq!(a, p.solve().unwrap());
    assert_eq!(a.mentor_of, vec![Some(0), Some(1)]);
}

#[test]
fn exclusion_then_rerun_changes_the_pair() {
    let matrix = ScoreMatrix::dense_complete(1, 2, vec![9, 4]).unwrap();
    let mut p = Problem::new(&matrix);
    assert_eq!(p.solve().unwrap().mentor_of, vec![Some(0)]);
    p.exclude(0, 0).unwrap();
    assert_eq!(p.solve().unwrap().mentor_of, vec![Some(1)]);
    assert_eq!(p.lock(0, 0), Err(AssignError::LockedPairImpossible { mentee: 0, mentor: 0 }));
}

#[test]
fn locks_over_capacity_and_unknown_indices_are_errors() {
    let matrix = ScoreMatrix::dense_complete(2, 1, vec![1, 1]).unwrap();
    let mut p = Problem::new(&matrix);
    p.lock(0, 0).unwrap();
    p.lock(1, 0).unwrap();
    assert_eq!(p.solve(), Err(AssignError::LocksOverCapacity { mentor: 0, capacity: 1 }));
    assert_eq!(p.lock(5, 0), Err(AssignError::UnknownMentee { mentee: 5 }));
    assert_eq!(p.set_capacity(3, 1), Err(AssignError::UnknownMentor { mentor: 3 }));
}

#[test]
fn next_best_lists_other_mentors_by_score() {
    let matrix = ScoreMatrix::dense_complete(2, 3, vec![9, 7, 8, 9, 1, 1]).unwrap();
    let p = Problem::new(&matrix);
    let a = p.solve().unwrap();
    // Mentee 1 needs mentor 0 most; mentee 0 then takes 2 (8).
    assert_eq!(a.mentor_of, vec![Some(2), Some(0)]);
    let alt = p.next_best(&a, 0, 5);
    assert_eq!(
        alt,
        vec![Alternative { mentor: 0, score: 9, full: true }, Alternative { mentor: 1, score: 7, full: false },]
    );
}

#[test]
fn mentee_without_possible_mentor_is_explained() {
    let matrix = ScoreMatrix::sparse(2, 1, [(0, 0, 1)]).unwrap();
    let p = Problem::new(&matrix);
    let a = p.solve().unwrap();
    let u = p.unmatched(&a);
    assert_eq!(u, vec![(1, Unmatched::NoPossibleMentor)]);
    assert_eq!(u[0].1.reason().key, "no-possible-mentor");
}

#[test]
fn large_dense_problem_is_certified_with_candidates() {
    let n = 300;
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let scores: Vec<i64> = (0..n * n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 1000) as i64
        })
        .collect();
    // One impossible pair, solved on candidate lists (the default route
    // is the dense solver, which the test below compares).
    let cells: Vec<Option<i64>> = scores.iter().enumerate().map(|(k, &s)| (k != 7).then_some(s)).collect();
    let matrix = ScoreMatrix::dense(n, n, &cells).unwrap();
    let p = Problem::new(&matrix);
    let a = p.solve_tuned(Some(6)).unwrap();
    assert_eq!((a.matched, a.total), {
        let d = p.solve().unwrap();
        assert_eq!(d.rounds, 0, "the default route is the dense solver");
        check_valid(&p, &d);
        (d.matched, d.total)
    });
    assert!(a.rounds >= 1, "solved on candidates");
    assert_eq!(a.matched, n);
    check_valid(&p, &a);
    let direct = {
        let view = View { problem: &p, bonus: a.duals.bonus, len: n * n };
        solver::solve_with(&view, &[1; 300], 0, true, 1)
    };
    let total: i64 = direct.row_col.iter().enumerate().map(|(i, c)| matrix.get(i, c.unwrap()).unwrap()).sum();
    assert_eq!(total, a.total);
}

#[test]
fn threads_do_not_change_the_result() {
    let (n, m) = (1100, 1000);
    let mut x: u64 = 0x1234_5678_9abc_def1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let scores: Vec<i64> = (0..n * m).map(|_| (next() % 50) as i64).collect();
    let matrix = ScoreMatrix::dense_complete(n, m, scores).unwrap();
    let mut p = Problem::new(&matrix);
    for j in 0..m {
        p.set_capacity(j, (next() % 3) as u32).unwrap();
    }
    // An exclusion sends the problem to the candidate lists, whose passes
    // over every pair use the threads.
    p.exclude(3, 5).unwrap();
    let one = p.solve().unwrap();
    p.set_threads(2);
    let two = p.solve().unwrap();
    assert_eq!(one, two);
    assert!(one.rounds >= 1, "solved on candidates");
    check_valid(&p, &one);
}

/// The dense route alone: `None` when it steps aside for the general solver.
fn solve_dense_only(p: &Problem<'_>) -> Option<Assignment> {
    let (cap, bonus) = p.places_and_bonus().unwrap();
    p.solve_dense(&cap, bonus).map(|sol| p.assignment(sol, bonus))
}

/// A dense matrix in which about `absent` per thousand pairs are impossible.
fn with_impossible_pairs(n: usize, m: usize, spread: i64, absent: u64, next: &mut impl FnMut() -> u64) -> ScoreMatrix {
    let cells: Vec<Option<i64>> = (0..n * m)
        .map(|_| {
            let s = (next() % (2 * spread as u64 + 1)) as i64 - spread / 4;
            (next() % 1000 >= absent).then_some(s)
        })
        .collect();
    ScoreMatrix::dense_from_cells(n, m, cells).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Impossible pairs (hard constraints) are absent edges of the dense
    /// route: whenever it answers, it has the optimum of the candidate lists
    /// and of the brute force, with duals that prove it; and the default
    /// route agrees too.
    #[test]
    fn impossible_pairs_on_the_dense_route_against_brute_force(
        n in 1usize..=6,
        m in 1usize..=6,
        seed in any::<u64>(),
        spread in prop_oneof![Just(2i64), Just(20), Just(1000), Just(1_000_000)],
        absent in prop_oneof![Just(100u64), Just(300), Just(600), Just(1000)],
        caps in any::<bool>(),
        lock in any::<bool>(),
    ) {
        let mut next = xorshift(seed);
        let matrix = with_impossible_pairs(n, m, spread, absent, &mut next);
        let mut p = Problem::new(&matrix);
        if caps {
            for j in 0..m {
                p.set_capacity(j, (next() % 4) as u32).unwrap();
            }
        }
        if lock {
            let (i, j) = ((next() % n as u64) as usize, (next() % m as u64) as usize);
            if p.capacity(j) > 0 && p.is_possible(i, j) {
                p.lock(i, j).unwrap();
            }
        }
        let best = brute_force(&p);
        let lists = p.solve_tuned(Some(1)).unwrap();
        check_valid(&p, &lists);
        prop_assert_eq!((lists.matched, lists.total), best);
        if let Some(d) = solve_dense_only(&p) {
            check_valid(&p, &d);
            prop_assert_eq!((d.matched, d.total), best);
        }
        let a = p.solve().unwrap();
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), best);
    }

    /// The same at sizes where the searches do real work, against the
    /// independent Hungarian method; at 30 % impossible pairs or fewer and
    /// unit capacities every mentee can be matched, and the dense route
    /// must answer.
    #[test]
    fn impossible_pairs_on_the_dense_route_against_the_reference(
        n in 1usize..60,
        m in 1usize..60,
        seed in any::<u64>(),
        spread in prop_oneof![Just(3i64), Just(100), Just(1000), Just(1_000_000)],
        absent in prop_oneof![Just(50u64), Just(300), Just(700)],
        unit in any::<bool>(),
    ) {
        let mut next = xorshift(seed);
        let matrix = with_impossible_pairs(n, m, spread, absent, &mut next);
        let mut p = Problem::new(&matrix);
        if !unit {
            for j in 0..m {
                p.set_capacity(j, (next() % 4) as u32).unwrap();
            }
        }
        let best = reference(&p);
        let lists = p.solve_tuned(Some(1)).unwrap();
        check_valid(&p, &lists);
        prop_assert_eq!((lists.matched, lists.total), best);
        let dense = solve_dense_only(&p);
        if let Some(d) = &dense {
            check_valid(&p, d);
            prop_assert_eq!((d.matched, d.total), best);
        }
        if unit && absent <= 300 && n.min(m) >= 40 {
            prop_assert!(dense.is_some(), "the dense route answers");
        }
        let a = p.solve().unwrap();
        check_valid(&p, &a);
        prop_assert_eq!((a.matched, a.total), best);
    }
}

#[test]
fn a_cohort_with_hard_constraints_takes_the_dense_route() {
    // 400 × 400, 30 % of the pairs impossible, a mentee and a mentor
    // without any possible pair, scores from 0 to 1000.
    let n = 400;
    let mut next = xorshift(0x5eed_cafe);
    let mut cells: Vec<Option<i64>> = (0..n * n).map(|_| (next() % 10 >= 3).then(|| (next() % 1001) as i64)).collect();
    for k in 0..n {
        cells[7 * n + k] = None;
        cells[k * n + 11] = None;
    }
    let matrix = ScoreMatrix::dense_from_cells(n, n, cells).unwrap();
    let p = Problem::new(&matrix);
    let dense = solve_dense_only(&p).expect("the dense route answers");
    check_valid(&p, &dense);
    assert_eq!(dense.matched, n - 1);
    assert_eq!(dense.mentor_of[7], None);
    let a = p.solve().unwrap();
    assert_eq!(a, dense, "the default route is the dense one");
    let lists = p.solve_tuned(Some(6)).unwrap();
    check_valid(&p, &lists);
    assert_eq!((lists.matched, lists.total), (a.matched, a.total));
}

#[test]
fn dense_cells_are_stored_in_32_bits_until_a_score_does_not_fit() {
    let m = ScoreMatrix::dense_from_cells(2, 2, [Some(1), None, Some(-3), Some(4)]).unwrap();
    assert!(m.dense32().is_some());
    assert_eq!((m.get(0, 0), m.get(0, 1), m.get(1, 0)), (Some(1), None, Some(-3)));
    assert_eq!(m.possible_pairs(), 3);
    let wide = ScoreMatrix::dense_from_cells(2, 2, [Some(1), None, Some(-(1 << 28)), Some(1 << 33)]).unwrap();
    assert!(wide.dense32().is_none());
    assert_eq!((wide.get(0, 1), wide.get(1, 0), wide.get(1, 1)), (None, Some(-(1 << 28)), Some(1 << 33)));
    assert_eq!(ScoreMatrix::dense(2, 2, &[Some(1), None, Some(-(1 << 28)), Some(1 << 33)]).unwrap(), wide);
    assert!(ScoreMatrix::dense_from_cells(2, 2, [Some(1)]).is_err());
    assert!(ScoreMatrix::dense_from_cells(1, 1, [Some(1), Some(2)]).is_err());
    // Rows and columns as counted cell by cell: each row's largest score, and
    // the place of a score out of range.
    let cells: Vec<Option<i64>> = (0..15).map(|k| (k % 4 != 1).then_some(k * 7 - 50)).collect();
    assert_eq!(ScoreMatrix::dense_from_cells(3, 5, cells.clone()).unwrap(), ScoreMatrix::dense(3, 5, &cells).unwrap());
    let mut cells = cells;
    cells[11] = Some(crate::MAX_ABS_SCORE + 1);
    assert!(matches!(
        ScoreMatrix::dense_from_cells(3, 5, cells),
        Err(crate::MatrixError::ScoreOutOfRange { row: 2, col: 1 })
    ));
}
