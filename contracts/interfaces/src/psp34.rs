//! PSP34 (w3f PSPs, psp-34.md): the non-fungible token standard, as trait definitions,
//! in the wire format of OpenBrush, the standard's reference implementation, which
//! deployed collections, wallets and marketplaces decode.
//!
//! The trait names give the spec's selectors: ink! derives each selector from
//! `blake2b_256("<Trait>::<message>")`, e.g. `PSP34::transfer` = `0x3128d61b`. Where the
//! PSP34 text and OpenBrush differ, these traits follow OpenBrush: the Enumerable
//! messages return `Result<Id, PSP34Error>` (the text: `Option<Id>`), and attribute keys
//! and values are `String` (the text: `Vec<u8>`; both encode the same bytes).

use alloc::{string::String, vec::Vec};
use ink::primitives::AccountId;

use crate::Balance;

/// A token identifier, exactly the spec's `Id` enum.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum Id {
    /// 8-bit id.
    U8(u8),
    /// 16-bit id.
    U16(u16),
    /// 32-bit id.
    U32(u32),
    /// 64-bit id.
    U64(u64),
    /// 128-bit id.
    U128(u128),
    /// Arbitrary bytes.
    Bytes(Vec<u8>),
}

/// The spec's error type, variant for variant.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
// The SCALE derive casts the variant index of a variant with fields to `u8`.
#[allow(clippy::cast_possible_truncation)]
pub enum PSP34Error {
    /// A custom error, with a message.
    Custom(String),
    /// The caller tried to approve itself.
    SelfApprove,
    /// The caller is neither the owner nor approved.
    NotApproved,
    /// The token already exists.
    TokenExists,
    /// The token does not exist.
    TokenNotExists,
    /// The receiver refused the transfer.
    SafeTransferCheckFailed(String),
}

/// The PSP34 core interface.
#[ink::trait_definition]
pub trait PSP34 {
    /// Returns the collection `Id` of the NFT token.
    #[ink(message)]
    fn collection_id(&self) -> Id;

    /// Returns the number of tokens `owner` holds.
    #[ink(message)]
    fn balance_of(&self, owner: AccountId) -> u32;

    /// Returns the owner of the token if any.
    #[ink(message)]
    fn owner_of(&self, id: Id) -> Option<AccountId>;

    /// Returns `true` if `operator` may withdraw token `id` of `owner`; with `id` `None`,
    /// whether `operator` may withdraw all of `owner`'s tokens.
    #[ink(message)]
    fn allowance(&self, owner: AccountId, operator: AccountId, id: Option<Id>) -> bool;

    /// Approves or disapproves `operator` for token `id` of the caller, or for all the
    /// caller's tokens when `id` is `None`. Emits `Approval`.
    ///
    /// # Errors
    /// `SelfApprove` if `operator` is the caller; `NotApproved` if the caller does not own
    /// `id`; `TokenNotExists` for an unknown `id`.
    #[ink(message)]
    fn approve(
        &mut self,
        operator: AccountId,
        id: Option<Id>,
        approved: bool,
    ) -> Result<(), PSP34Error>;

    /// Transfers token `id`, owned by or approved to the caller, to `to`. Emits `Transfer`.
    ///
    /// # Errors
    /// `TokenNotExists` if `id` does not exist; `NotApproved` if the caller is neither
    /// the owner nor approved.
    #[ink(message)]
    fn transfer(&mut self, to: AccountId, id: Id, data: Vec<u8>) -> Result<(), PSP34Error>;

    /// Returns the number of tokens in existence.
    #[ink(message)]
    fn total_supply(&self) -> Balance;
}

/// The PSP34 Metadata extension.
#[ink::trait_definition]
pub trait PSP34Metadata {
    /// Returns the attribute `key` of token `id` (or of the collection when `id` is the
    /// collection id).
    #[ink(message)]
    fn get_attribute(&self, id: Id, key: String) -> Option<String>;
}

/// The PSP34 Enumerable extension.
#[ink::trait_definition]
pub trait PSP34Enumerable {
    /// Returns the token of `owner` at `index` of its token list; use with `balance_of`.
    ///
    /// # Errors
    /// `TokenNotExists` if `index` is not below `owner`'s balance.
    #[ink(message)]
    fn owners_token_by_index(&self, owner: AccountId, index: u128) -> Result<Id, PSP34Error>;

    /// Returns the token at `index` of all tokens; use with `total_supply`.
    ///
    /// # Errors
    /// `TokenNotExists` if `index` is not below the total supply.
    #[ink(message)]
    fn token_by_index(&self, index: u128) -> Result<Id, PSP34Error>;
}

/// The PSP34 Burnable extension.
#[ink::trait_definition]
pub trait PSP34Burnable {
    /// Burns token `id` of `account`; the caller must own it or be approved for it.
    /// Emits `Transfer` with `to` `None`.
    ///
    /// # Errors
    /// `TokenNotExists`, `NotApproved`, or `Custom` when the token cannot be burned.
    #[ink(message)]
    fn burn(&mut self, account: AccountId, id: Id) -> Result<(), PSP34Error>;
}

/// The token URI of the ArtZero marketplace's `Psp34Traits`, which wallets (SubWallet)
/// ask for a token's JSON metadata. Only this message is implemented: a wallet first
/// asks `Psp34Traits::get_attribute_count` and, when it answers, reads the URI from
/// `get_attributes` instead; leaving that message out sends it here.
#[ink::trait_definition]
pub trait Psp34Traits {
    /// Returns the URI of the JSON metadata of token `token_id` (its id is
    /// `Id::U64(token_id)`), or an empty string if no such token exists. Selector
    /// `0x249dfd4f`.
    #[ink(message)]
    fn token_uri(&self, token_id: u64) -> String;
}

/// OpenBrush conformance: the bytes wallets decode, written out as OpenBrush's types
/// encode them, so a reordered variant or a changed return type fails. (The registry's
/// tests check the selectors it answers.)
#[cfg(test)]
mod openbrush_wire_format {
    use alloc::{string::String, vec};

    use scale::Encode;

    use super::{Id, PSP34Error};

    #[test]
    fn enumerable_answers_encode_as_openbrushs_result() {
        let found: Result<Id, PSP34Error> = Ok(Id::U64(3));
        assert_eq!(found.encode(), vec![0, 3, 3, 0, 0, 0, 0, 0, 0, 0]);
        let missing: Result<Id, PSP34Error> = Err(PSP34Error::TokenNotExists);
        assert_eq!(missing.encode(), vec![1, 4]);
    }

    #[test]
    fn ids_and_errors_keep_openbrushs_variant_order() {
        let ids = [
            (Id::U8(1), vec![0, 1]),
            (Id::U16(1), vec![1, 1, 0]),
            (Id::U32(1), vec![2, 1, 0, 0, 0]),
            (Id::U64(1), vec![3, 1, 0, 0, 0, 0, 0, 0, 0]),
            (Id::U128(1), [vec![4, 1], vec![0; 15]].concat()),
            (Id::Bytes(vec![7]), vec![5, 4, 7]),
        ];
        for (id, bytes) in ids {
            assert_eq!(id.encode(), bytes, "{id:?}");
        }
        let errors = [
            (PSP34Error::Custom(String::from("x")), vec![0, 4, b'x']),
            (PSP34Error::SelfApprove, vec![1]),
            (PSP34Error::NotApproved, vec![2]),
            (PSP34Error::TokenExists, vec![3]),
            (PSP34Error::TokenNotExists, vec![4]),
            (
                PSP34Error::SafeTransferCheckFailed(String::new()),
                vec![5, 0],
            ),
        ];
        for (error, bytes) in errors {
            assert_eq!(error.encode(), bytes, "{error:?}");
        }
    }
}
