//! The society's randomness: an entropy pool hashed forward (BLAKE2-256) with every bid,
//! vote, rotation and challenge, mixing in the block number, the timestamp, the caller
//! and the call's inputs. Each draw hashes the pool forward again.
//!
//! **This is not secure randomness.** ink! offers none. The block author chooses the
//! timestamp and which transactions go into a block, and the last caller before a
//! rotation or challenge chooses its inputs, so either can try outcomes off-chain and
//! bias a draw (which vote decides a candidate, who becomes head, who defends, who is a
//! skeptic). The game keeps its incentives because every draw is among votes and
//! members already committed on chain; do not use this pool for anything of value.

use ink::{
    env::hash::{Blake2x256, HashOutput},
    prelude::vec::Vec,
};
use scale::Encode;

use crate::port::SocietyPort;

/// The pool: 32 bytes, replaced by the hash of itself and new input at every step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct EntropyPool([u8; 32]);

impl EntropyPool {
    /// A pool starting from `seed` (tests fix it; the contract seeds it with its own
    /// address and the instantiation block).
    pub fn new(seed: [u8; 32]) -> Self {
        Self(seed)
    }

    /// Mixes a call into the pool: its block, time and caller, a tag naming the message
    /// and the message's inputs.
    pub fn stir(&mut self, port: &impl SocietyPort, tag: &[u8], inputs: &[u8]) {
        let mut material = Vec::with_capacity(inputs.len().saturating_add(96));
        material.extend_from_slice(&self.0);
        port.block().encode_to(&mut material);
        port.timestamp().encode_to(&mut material);
        port.caller().encode_to(&mut material);
        material.extend_from_slice(tag);
        material.extend_from_slice(inputs);
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

/// BLAKE2-256 of `input`.
pub(crate) fn blake2(input: &[u8]) -> [u8; 32] {
    let mut output = <Blake2x256 as HashOutput>::Type::default();
    ink::env::hash_bytes::<Blake2x256>(input, &mut output);
    output
}
