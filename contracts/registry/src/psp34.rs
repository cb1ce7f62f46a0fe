//! PSP34 logic: ownership, approvals, enumeration, minting and burning.
//!
//! Tokens are numbered from 1 and exposed as `Id::U64(number)`; any other `Id` names no
//! token. Seats are tokens too, but they never move: `transfer`, `approve` and `burn` of
//! a seat fail with `PSP34Error::Custom`.

use ink::{
    prelude::{string::String, vec::Vec},
    primitives::AccountId,
};
use interfaces::{Balance, Id, PSP34Error, RegistryError, SeatCategory};

use crate::{
    events::{Approval, Transfer},
    port::RegistryPort,
    storage::{RegistryState, TokenKind},
};

/// Result of the PSP34 messages.
pub type Psp34Result<T> = core::result::Result<T, PSP34Error>;

/// The message of the error returned when someone tries to move a seat.
pub const SEAT_NOT_TRANSFERABLE: &str = "Genesis seats are not transferable";

/// The public id of token number `number`.
pub fn token_id(number: u64) -> Id {
    Id::U64(number)
}

/// A number written out as decimal text, the way attributes carry numbers.
fn text(value: impl core::fmt::Display) -> Vec<u8> {
    ink::prelude::format!("{value}").into_bytes()
}

/// The name of a seat category, as the `category` attribute shows it.
pub fn category_name(category: SeatCategory) -> &'static str {
    match category {
        SeatCategory::A1 => "A1",
        SeatCategory::A2 => "A2",
        SeatCategory::A3 => "A3",
        SeatCategory::B => "B",
        SeatCategory::C1 => "C1",
        SeatCategory::C2 => "C2",
        SeatCategory::D => "D",
    }
}

impl RegistryState {
    /// The number of the existing token `id`, if it names one.
    pub fn token_number(&self, id: &Id) -> Option<u64> {
        match id {
            Id::U64(number) if self.owners.contains(number) => Some(*number),
            _ => None,
        }
    }

    /// What the existing token `id` is.
    pub fn token_kind(&self, id: &Id) -> Option<TokenKind> {
        self.token_number(id)
            .and_then(|number| self.kinds.get(number))
    }

    /// PSP34 `balance_of`.
    pub fn balance_of(&self, owner: AccountId) -> u32 {
        self.balances.get(owner).unwrap_or(0)
    }

    /// PSP34 `owner_of`.
    pub fn owner_of(&self, id: &Id) -> Option<AccountId> {
        self.token_number(id)
            .and_then(|number| self.owners.get(number))
    }

    /// PSP34 `total_supply`.
    pub fn total_supply(&self) -> Balance {
        Balance::from(self.supply)
    }

    /// PSP34 `allowance`.
    pub fn allowance(&self, owner: AccountId, operator: AccountId, id: Option<&Id>) -> bool {
        if self.operator_approvals.contains((owner, operator)) {
            return true;
        }
        match id.and_then(|id| self.token_number(id)) {
            Some(number) => {
                self.owners.get(number) == Some(owner)
                    && self.token_approvals.get((number, operator)) == Some(self.moves(number))
            }
            None => false,
        }
    }

    /// PSP34 `approve`, called by the caller.
    pub fn approve(
        &mut self,
        port: &mut impl RegistryPort,
        operator: AccountId,
        id: Option<Id>,
        approved: bool,
    ) -> Psp34Result<()> {
        let caller = port.caller();
        if operator == caller {
            return Err(PSP34Error::SelfApprove);
        }
        match &id {
            Some(token) => {
                let number = self.token_number(token).ok_or(PSP34Error::TokenNotExists)?;
                if self.owners.get(number) != Some(caller) {
                    return Err(PSP34Error::NotApproved);
                }
                self.ensure_movable(number)?;
                if approved {
                    self.token_approvals
                        .insert((number, operator), &self.moves(number));
                } else {
                    self.token_approvals.remove((number, operator));
                }
            }
            None if approved => {
                self.operator_approvals.insert((caller, operator), &());
            }
            None => self.operator_approvals.remove((caller, operator)),
        }
        port.emit(Approval {
            owner: caller,
            operator,
            id,
            approved,
        });
        Ok(())
    }

    /// PSP34 `transfer` of `id` to `to`, called by the caller. A transfer to the current
    /// owner changes nothing and emits nothing.
    pub fn transfer(
        &mut self,
        port: &mut impl RegistryPort,
        to: AccountId,
        id: Id,
    ) -> Psp34Result<()> {
        let caller = port.caller();
        let number = self.token_number(&id).ok_or(PSP34Error::TokenNotExists)?;
        let owner = self.owners.get(number).ok_or(PSP34Error::TokenNotExists)?;
        if caller != owner && !self.allowance(owner, caller, Some(&id)) {
            return Err(PSP34Error::NotApproved);
        }
        self.ensure_movable(number)?;
        if to == owner {
            return Ok(());
        }
        self.move_token(owner, to, number)
            .map_err(|_| PSP34Error::Custom(String::from("Overflow")))?;
        port.emit(Transfer {
            from: Some(owner),
            to: Some(to),
            id,
        });
        Ok(())
    }

    /// PSP34Burnable `burn` of `account`'s token `id`, called by the caller. Seats cannot
    /// be burned this way (the society revokes them).
    pub fn burn(
        &mut self,
        port: &mut impl RegistryPort,
        account: AccountId,
        id: Id,
    ) -> Psp34Result<()> {
        let caller = port.caller();
        let number = self.token_number(&id).ok_or(PSP34Error::TokenNotExists)?;
        if self.owners.get(number) != Some(account) {
            return Err(PSP34Error::NotApproved);
        }
        if caller != account && !self.allowance(account, caller, Some(&id)) {
            return Err(PSP34Error::NotApproved);
        }
        self.ensure_movable(number)?;
        self.destroy_token(account, number);
        port.emit(Transfer {
            from: Some(account),
            to: None,
            id,
        });
        Ok(())
    }

    /// PSP34Enumerable `owners_token_by_index`.
    pub fn owners_token_by_index(&self, owner: AccountId, index: u128) -> Option<Id> {
        let index = u32::try_from(index).ok()?;
        self.owned_tokens.get((owner, index)).map(token_id)
    }

    /// PSP34Enumerable `token_by_index`.
    pub fn token_by_index(&self, index: u128) -> Option<Id> {
        let index = u64::try_from(index).ok()?;
        self.all_tokens.get(index).map(token_id)
    }

    /// PSP34Metadata `get_attribute`. The collection carries `name` and `symbol`; a token
    /// carries `kind` (`collectible` or `seat`) and, for a collectible, `series`, `item`,
    /// `edition` and `uri`, for a seat, `category`.
    pub fn get_attribute(&self, collection: &Id, id: &Id, key: &[u8]) -> Option<Vec<u8>> {
        if id == collection {
            return self.collection_attributes.get(key.to_vec());
        }
        let kind = self.token_kind(id)?;
        match (kind, key) {
            (TokenKind::Collectible { .. }, b"kind") => Some(b"collectible".to_vec()),
            (TokenKind::Seat { .. }, b"kind") => Some(b"seat".to_vec()),
            (TokenKind::Collectible { series, .. }, b"series") => Some(text(series)),
            (TokenKind::Collectible { item, .. }, b"item") => Some(text(item)),
            (TokenKind::Collectible { edition, .. }, b"edition") => Some(text(edition)),
            (TokenKind::Collectible { series, .. }, b"uri") => self
                .series
                .get(series)
                .and_then(|series| series.terms)
                .map(|terms| terms.content_uri.into_bytes()),
            (TokenKind::Seat { category, .. }, b"category") => {
                Some(category_name(category).as_bytes().to_vec())
            }
            _ => None,
        }
    }

    /// Refuses to move, approve or burn a seat.
    fn ensure_movable(&self, number: u64) -> Psp34Result<()> {
        match self.kinds.get(number) {
            Some(TokenKind::Seat { .. }) => {
                Err(PSP34Error::Custom(String::from(SEAT_NOT_TRANSFERABLE)))
            }
            _ => Ok(()),
        }
    }

    /// Mints a new token of `kind` to `to`, emits its `Transfer` and returns its number.
    pub(crate) fn mint(
        &mut self,
        port: &mut impl RegistryPort,
        to: AccountId,
        kind: TokenKind,
    ) -> Result<u64, RegistryError> {
        let number = self.next_token;
        let next = number.checked_add(1).ok_or(RegistryError::Overflow)?;
        let supply = self.supply.checked_add(1).ok_or(RegistryError::Overflow)?;
        self.balance_of(to)
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        self.next_token = next;
        self.kinds.insert(number, &kind);
        self.all_tokens.insert(self.supply, &number);
        self.all_index.insert(number, &self.supply);
        self.supply = supply;
        self.add_to_owner(to, number)?;
        port.emit(Transfer {
            from: None,
            to: Some(to),
            id: token_id(number),
        });
        Ok(number)
    }

    /// Removes token `number` of `owner` from existence (burn or seat revocation).
    pub(crate) fn destroy_token(&mut self, owner: AccountId, number: u64) {
        self.remove_from_owner(owner, number);
        // Swap-remove from the list of all tokens.
        if let Some(index) = self.all_index.get(number) {
            let last = self.supply.saturating_sub(1);
            if index != last {
                if let Some(moved) = self.all_tokens.get(last) {
                    self.all_tokens.insert(index, &moved);
                    self.all_index.insert(moved, &index);
                }
            }
            self.all_tokens.remove(last);
            self.all_index.remove(number);
            self.supply = last;
        }
        self.kinds.remove(number);
        // The number is never reused and has no owner now: its approvals are dead.
        self.move_counts.remove(number);
    }

    /// How many times token `number` has changed hands.
    fn moves(&self, number: u64) -> u32 {
        self.move_counts.get(number).unwrap_or(0)
    }

    /// Moves token `number` from `from` to `to`, voiding every approval of it.
    fn move_token(
        &mut self,
        from: AccountId,
        to: AccountId,
        number: u64,
    ) -> Result<(), RegistryError> {
        self.balance_of(to)
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        let moves = self
            .moves(number)
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        self.remove_from_owner(from, number);
        self.move_counts.insert(number, &moves);
        self.add_to_owner(to, number)
    }

    /// Appends token `number` to `owner`'s list.
    fn add_to_owner(&mut self, owner: AccountId, number: u64) -> Result<(), RegistryError> {
        let balance = self.balance_of(owner);
        let next = balance.checked_add(1).ok_or(RegistryError::Overflow)?;
        self.owners.insert(number, &owner);
        self.owned_tokens.insert((owner, balance), &number);
        self.owned_index.insert(number, &balance);
        self.balances.insert(owner, &next);
        Ok(())
    }

    /// Swap-removes token `number` from `owner`'s list; zero balances are removed.
    fn remove_from_owner(&mut self, owner: AccountId, number: u64) {
        let balance = self.balance_of(owner);
        let last = balance.saturating_sub(1);
        if let Some(index) = self.owned_index.get(number) {
            if index != last {
                if let Some(moved) = self.owned_tokens.get((owner, last)) {
                    self.owned_tokens.insert((owner, index), &moved);
                    self.owned_index.insert(moved, &index);
                }
            }
        }
        self.owned_tokens.remove((owner, last));
        self.owned_index.remove(number);
        self.owners.remove(number);
        if last == 0 {
            self.balances.remove(owner);
        } else {
            self.balances.insert(owner, &last);
        }
    }
}
