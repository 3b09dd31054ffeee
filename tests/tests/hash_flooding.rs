//! Hash flooding (issue 11): keys chosen so that they all collide under
//! the hash omx used before (unseeded 64-bit FNV-1a over all bytes) spread
//! out under the seeded hash, and a Lua table holding 131,072 of them
//! works. Under FNV-1a every one of these keys shares the low 20 bits of
//! its hash, so a hash table of up to a million buckets put them all in
//! one bucket (each insertion scanned all earlier keys: quadratic).
//!
//! The keys: FNV-1a's low k bits depend only on the low k bits of its
//! state, so two blocks that take one state to the same low bits can be
//! swapped freely. Seventeen such pairs of six-letter blocks, found by the
//! birthday paradox (about a thousand tries each), give 2^17 keys.

use std::collections::HashMap;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const LOW_BITS: u32 = 20;
const MASK: u64 = (1 << LOW_BITS) - 1;
const PAIRS: usize = 17;

fn fnv_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Seventeen pairs of blocks: from the state reached by either block of
/// the earlier pairs, both blocks of a pair reach the same low bits.
fn colliding_blocks() -> Vec<[String; 2]> {
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut state = FNV_OFFSET & MASK;
    let mut out = Vec::new();
    while out.len() < PAIRS {
        let mut seen: HashMap<u64, String> = HashMap::new();
        loop {
            let r = next();
            let block: String = (0..6)
                .map(|i| (b'a' + ((r >> (i * 8)) % 26) as u8) as char)
                .collect();
            let low = fnv_from(state, block.as_bytes()) & MASK;
            match seen.get(&low) {
                Some(other) if *other != block => {
                    out.push([other.clone(), block]);
                    state = low;
                    break;
                }
                _ => {
                    seen.insert(low, block);
                }
            }
        }
    }
    out
}

fn key(blocks: &[[String; 2]], i: usize) -> String {
    (0..PAIRS)
        .map(|j| blocks[j][(i >> j) & 1].as_str())
        .collect()
}

#[test]
fn keys_that_flood_fnv_spread_under_the_seeded_hash() {
    let blocks = colliding_blocks();
    let n = 1usize << PAIRS;
    let first = fnv_from(FNV_OFFSET, key(&blocks, 0).as_bytes()) & MASK;
    let mut buckets: HashMap<u64, u32> = HashMap::new();
    for i in 0..n {
        let k = key(&blocks, i);
        // The keys are adversarial for the old hash...
        assert_eq!(fnv_from(FNV_OFFSET, k.as_bytes()) & MASK, first, "key {i}");
        // ...and ordinary for the one omx uses.
        let h = omx_core::string::hash_bytes(omx_core::runtime::DEFAULT_HASH_SEED, k.as_bytes());
        *buckets.entry(h & MASK).or_default() += 1;
    }
    let worst = buckets.values().copied().max().unwrap_or(0);
    // 131,072 keys in 1,048,576 buckets by a random function: the fullest
    // bucket holds about 5; all of them in one is what FNV-1a gave.
    assert!(worst <= 12, "fullest bucket holds {worst} keys");
    assert!(buckets.len() > n * 3 / 4, "{} buckets used", buckets.len());

    // And a Lua table holding them all answers for each.
    let lits: Vec<String> = blocks
        .iter()
        .map(|[a, b]| format!("{{\"{a}\", \"{b}\"}}"))
        .collect();
    let src = format!(
        "local blocks = {{{}}}\n\
         local function key(i)\n\
           local parts = {{}}\n\
           for j = 1, {PAIRS} do parts[j] = blocks[j][((i >> (j - 1)) & 1) + 1] end\n\
           return table.concat(parts)\n\
         end\n\
         local t, n = {{}}, 0\n\
         for i = 0, {last} do t[key(i)] = i end\n\
         for _ in pairs(t) do n = n + 1 end\n\
         local ok = true\n\
         for i = 0, {last} do if t[key(i)] ~= i then ok = false end end\n\
         print(n, ok)\n",
        lits.join(", "),
        last = n - 1
    );
    let out = omx_tests::run_lua_engine("flood.lua", &src, |_, _| {});
    assert_eq!(out, format!("{n}\ttrue\n"));
}
