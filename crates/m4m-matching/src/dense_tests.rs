use super::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The 16-bit solve is the 32-bit one, step for step: the same
    /// pairs and the same prices (no sum leaves 16 bits), wide, square
    /// and tall, with capacities and a locked mentee.
    #[test]
    fn sixteen_bits_give_the_pairs_of_thirty_two(
        n in 1usize..60,
        m in 1usize..60,
        seed in any::<u64>(),
        edge in prop_oneof![Just(3i32), Just(100), Just(1024)],
        caps in any::<bool>(),
        locked in any::<bool>(),
    ) {
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let scores: Vec<i32> =
            (0..n * m).map(|_| (next() % (2 * edge as u64 + 1)) as i32 - edge).collect();
        let cap: Vec<u32> = (0..m).map(|_| if caps { (next() % 4) as u32 } else { 1 }).collect();
        let mut active = vec![true; n];
        active[0] = !locked;
        let narrow = solve_as::<i16>(&scores, n, m, &cap, &active, 1 << 40).expect("16 bits suffice");
        let wide = solve_as::<i32>(&scores, n, m, &cap, &active, 1 << 40).expect("32 bits suffice");
        prop_assert_eq!(&narrow.row_col, &wide.row_col);
        prop_assert_eq!(&narrow.row_dual, &wide.row_dual);
        prop_assert_eq!(&narrow.col_dual, &wide.col_dual);
    }
}
