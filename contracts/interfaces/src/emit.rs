//! One event emitter for the three contracts. ink!'s `emit_event` builds each event's
//! topics inline at every place an event is emitted. Here each event only encodes its
//! fields: turning encoded topic fields into 32-byte topics and depositing the event are
//! one shared function each (890 bytes less registry code; the events' own encoding is
//! most of the rest of their ~8.8 KB). What reaches the chain is byte for byte what
//! `ink::env::emit_event` deposits (the same topics, the same data), so the metadata,
//! Contracts UI and the e2e tests read the events as before.

use ink::env::{DefaultEnvironment, Event};
#[cfg(any(target_arch = "wasm32", test))]
use {
    ink::env::{
        event::{TopicsBuilder, TopicsBuilderBackend},
        hash::Blake2x256,
    },
    ink::prelude::vec::Vec,
    scale::Encode,
};

/// Emits `event` with its topics, as `ink::env::emit_event` would.
pub fn emit_event<E: Event>(event: E) {
    #[cfg(target_arch = "wasm32")]
    deposit(&encoded_topics(&event), &event.encode());
    // The off-chain engine of the unit tests records events through ink!'s own path.
    #[cfg(not(target_arch = "wasm32"))]
    ink::env::emit_event::<DefaultEnvironment, E>(event);
}

/// The topics of `event`, encoded as the chain takes them.
#[cfg(any(target_arch = "wasm32", test))]
fn encoded_topics<E: Event>(event: &E) -> Vec<u8> {
    event.topics::<DefaultEnvironment, _>(TopicsBuilder::from(TopicList::default()))
}

/// An event's topics as the chain takes them: their count (SCALE compact), then each
/// 32-byte topic.
#[cfg(any(target_arch = "wasm32", test))]
#[derive(Default)]
struct TopicList {
    /// The encoded list.
    encoded: Vec<u8>,
}

#[cfg(any(target_arch = "wasm32", test))]
impl TopicsBuilderBackend<DefaultEnvironment> for TopicList {
    type Output = Vec<u8>;

    fn expect(&mut self, expected_topics: usize) {
        // An event has at most a handful of topics (ink! allows 32).
        #[allow(clippy::cast_possible_truncation)]
        scale::Compact(expected_topics as u32).encode_to(&mut self.encoded);
    }

    fn push_topic<T: Encode>(&mut self, topic_value: &T) {
        push_topic(&mut self.encoded, &topic_value.encode());
    }

    fn output(self) -> Vec<u8> {
        self.encoded
    }
}

/// Appends the topic of a field encoded as `encoded`: the bytes themselves, zero-padded,
/// when they fit in 32; their BLAKE2b-256 hash otherwise (ink!'s rule).
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
fn push_topic(topics: &mut Vec<u8>, encoded: &[u8]) {
    let mut topic = [0u8; 32];
    if encoded.len() <= topic.len() {
        topic[..encoded.len()].copy_from_slice(encoded);
    } else {
        ink::env::hash_bytes::<Blake2x256>(encoded, &mut topic);
    }
    topics.extend_from_slice(&topic);
}

/// Deposits an event with its encoded `topics` and `data`.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn deposit(topics: &[u8], data: &[u8]) {
    use pallet_contracts_uapi::{HostFn, HostFnImpl};
    HostFnImpl::deposit_event(topics, data);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Id, OperatorChanged};

    /// A test event with every kind of topic the contracts use: none, a short one, one
    /// longer than 32 bytes (hashed), an absent optional one, and a plain field.
    #[ink::event]
    #[derive(Clone)]
    struct Probe {
        #[ink(topic)]
        short: u32,
        #[ink(topic)]
        long: Id,
        #[ink(topic)]
        absent: Option<ink::primitives::AccountId>,
        plain: u128,
    }

    /// An event as deposited: its encoded topics and its data.
    type Deposited = (Vec<u8>, Vec<u8>);

    /// The topics and data this emitter deposits, next to what ink!'s `emit_event`
    /// recorded for the same event.
    fn ours_and_inks<E: Event + Clone>(event: E) -> (Deposited, Deposited) {
        let ours = (encoded_topics(&event), event.encode());
        ink::env::emit_event::<DefaultEnvironment, E>(event);
        let recorded = ink::env::test::recorded_events()
            .last()
            .expect("an event was recorded");
        let mut topics = scale::Compact(recorded.topics.len() as u32).encode();
        for topic in &recorded.topics {
            topics.extend_from_slice(topic);
        }
        (ours, (topics, recorded.data))
    }

    #[ink::test]
    fn topics_and_data_match_inks_emitter_byte_for_byte() {
        let probe = Probe {
            short: 7,
            long: Id::Bytes(vec![9; 40]),
            absent: None,
            plain: 5,
        };
        let (ours, inks) = ours_and_inks(probe);
        assert_eq!(ours, inks);
        // Signature + 3 fields; the 41-byte id is hashed, not truncated.
        assert_eq!(ours.0.len(), 1 + 4 * 32);
        assert_ne!(&ours.0[1 + 2 * 32..1 + 3 * 32], &[9u8; 32][..]);

        let (ours, inks) = ours_and_inks(OperatorChanged {
            previous: ink::primitives::AccountId::from([1; 32]),
            operator: ink::primitives::AccountId::from([2; 32]),
        });
        assert_eq!(ours, inks);
    }
}
