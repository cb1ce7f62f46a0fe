//! The society's draws, seeded by commit–reveal. Nothing the caller of `rotate` or
//! `challenge` sends, nor who calls, nor the block or its time reaches them.
//!
//! Each rotation period and each challenge round is a *draw round*. A member's first
//! vote in a round (on a candidate, or on the defender) carries a commitment,
//! `blake2(secret ‖ voter)`. Voting closes `reveal_period` blocks before the round's draws
//! may run; in those blocks the voters `reveal` their secrets. The round's seed is the
//! pool hashed with the round's name and number and the XOR of
//! `blake2("reveal" ‖ secret ‖ voter)` over the revealed secrets, an order-free
//! combination. Once the reveal window closes the seed is fixed, whenever and by whomever
//! the draws are run. A committed voter who does not reveal is struck and loses
//! `wrong_side_deduction`, settled the next time it votes, reveals or takes a payout.
//!
//! **What bias remains.** Before voting closes nobody knows the seed unless every
//! committer of the round colludes (or is the only one). After it closes, each
//! committer who has not revealed may withhold: `k` colluding committers choose among up
//! to `2^k` seeds, each withholding costing a strike and `wrong_side_deduction`. The
//! block author and the callers of `rotate` and `challenge` have no influence.

use ink::{
    env::hash::{Blake2x256, HashOutput},
    prelude::vec::Vec,
    primitives::AccountId,
};
use scale::Encode;

/// The pool: 32 bytes, replaced by a hash of itself at every reseed and draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct EntropyPool([u8; 32]);

impl EntropyPool {
    /// A pool starting from `seed`.
    pub fn new(seed: [u8; 32]) -> Self {
        Self(seed)
    }

    /// The pool's state: every later draw follows from it.
    pub fn digest(&self) -> [u8; 32] {
        self.0
    }

    /// Seeds the draws of round `round` of `tag` (`b"rotation"` or `b"challenge"`) with
    /// `revealed`, the XOR of the round's revealed contributions.
    pub fn reseed(&mut self, tag: &[u8], round: u32, revealed: [u8; 32]) {
        let mut material = Vec::with_capacity(tag.len().saturating_add(68));
        material.extend_from_slice(&self.0);
        material.extend_from_slice(tag);
        round.encode_to(&mut material);
        material.extend_from_slice(&revealed);
        self.0 = blake2(&material);
    }

    /// Draws a number in `0..bound` (0 when `bound` is 0) and moves the pool on. The
    /// modulo bias is below 2^-32 for any `bound` up to 2^32.
    pub fn draw(&mut self, bound: u32) -> u32 {
        let mut material = Vec::with_capacity(36);
        material.extend_from_slice(&self.0);
        material.extend_from_slice(b"draw");
        self.0 = blake2(&material);
        let mut word = [0u8; 8];
        word.copy_from_slice(&self.0[..8]);
        let value = u64::from_le_bytes(word);
        value
            .checked_rem(u64::from(bound))
            .and_then(|drawn| u32::try_from(drawn).ok())
            .unwrap_or(0)
    }
}

/// The commitment `voter` makes to `secret`: `blake2(secret ‖ voter)`.
pub fn commitment(secret: &[u8; 32], voter: &AccountId) -> [u8; 32] {
    let mut material = Vec::with_capacity(64);
    material.extend_from_slice(secret);
    material.extend_from_slice(voter.as_ref());
    blake2(&material)
}

/// What a revealed `secret` of `voter` adds to its round (XORed into the others):
/// `blake2("reveal" ‖ secret ‖ voter)`.
pub fn contribution(secret: &[u8; 32], voter: &AccountId) -> [u8; 32] {
    let mut material = Vec::with_capacity(70);
    material.extend_from_slice(b"reveal");
    material.extend_from_slice(secret);
    material.extend_from_slice(voter.as_ref());
    blake2(&material)
}

/// `a` XOR `b`.
pub fn xor(a: [u8; 32], b: [u8; 32]) -> [u8; 32] {
    let mut out = a;
    for (byte, other) in out.iter_mut().zip(b) {
        *byte ^= other;
    }
    out
}

/// BLAKE2-256 of `input`.
pub(crate) fn blake2(input: &[u8]) -> [u8; 32] {
    let mut output = <Blake2x256 as HashOutput>::Type::default();
    ink::env::hash_bytes::<Blake2x256>(input, &mut output);
    output
}
