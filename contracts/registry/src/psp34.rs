//! PSP34 logic: ownership, approvals, enumeration, minting and burning.
//!
//! Tokens are numbered from 1 and exposed as `Id::U64(number)`; any other `Id` names no
//! token. Seats are tokens too, but they never move: `transfer`, `approve` and `burn` of
//! a seat fail with `PSP34Error::Custom`.
//!
//! Token URIs are the collection's `metadata_uri` followed by `series/<series>/<item>-
//! <edition>.json` for a collectible and `seats/<category>.json` for a seat: every
//! edition of a series is known when it is listed and a seat's document is its
//! category's, so no mint ever adds to a published folder.

use ink::{prelude::string::String, primitives::AccountId};
use interfaces::{push_decimal, Balance, Id, PSP34Error, RegistryError, SeatCategory, Tier};

use crate::{
    events::{Approval, Transfer},
    operator::METADATA_URI_KEY,
    port::RegistryPort,
    storage::{RegistryState, Series, Token, TokenKind, TokenPage, TOKENS_PER_PAGE},
};

/// Result of the PSP34 messages.
pub type Psp34Result<T> = core::result::Result<T, PSP34Error>;

/// The message of the error returned when someone tries to move a seat.
pub const SEAT_NOT_TRANSFERABLE: &str = "Genesis seats are not transferable";

/// The public id of token number `number`.
pub fn token_id(number: u64) -> Id {
    Id::U64(number)
}

/// `value` as decimal text.
fn decimal(value: u64) -> String {
    let mut text = String::new();
    push_decimal(&mut text, value);
    text
}

/// `bytes` as `0x`-prefixed lowercase hex, the way attributes carry hashes and accounts.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::from("0x");
    for byte in bytes {
        for nibble in [byte >> 4, byte & 0x0f] {
            if let Some(digit) = DIGITS.get(usize::from(nibble)) {
                text.push(char::from(*digit));
            }
        }
    }
    text
}

/// The name of a tier, as the `tier` attribute shows it.
fn tier_name(tier: Tier) -> &'static str {
    match tier {
        Tier::SSS => "SSS",
        Tier::SS => "SS",
        Tier::S => "S",
    }
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
        self.token(id).map(|(number, _)| number)
    }

    /// The number and record of the live token `id` (one storage read).
    pub(crate) fn token(&self, id: &Id) -> Option<(u64, Token)> {
        match id {
            Id::U64(number) => self.tokens.get(number).map(|token| (*number, token)),
            _ => None,
        }
    }

    /// What the existing token `id` is.
    pub fn token_kind(&self, id: &Id) -> Option<TokenKind> {
        self.token(id).map(|(_, token)| token.kind)
    }

    /// PSP34 `balance_of`.
    pub fn balance_of(&self, owner: AccountId) -> u32 {
        self.holdings
            .get(owner)
            .map_or(0, |holding| holding.balance)
    }

    /// PSP34 `owner_of`.
    pub fn owner_of(&self, id: &Id) -> Option<AccountId> {
        self.token(id).map(|(_, token)| token.owner)
    }

    /// PSP34 `total_supply`.
    pub fn total_supply(&self) -> Balance {
        Balance::from(self.supply)
    }

    /// PSP34 `allowance`.
    pub fn allowance(&self, owner: AccountId, operator: AccountId, id: Option<&Id>) -> bool {
        match id.and_then(|id| self.token(id)) {
            Some((number, token)) if token.owner == owner => {
                self.approved(owner, operator, number, &token)
            }
            _ => self.operator_approvals.contains((owner, operator)),
        }
    }

    /// Whether `operator` may move `owner`'s token `number`: approved for it since its
    /// last move (read first: one cell), or for all of `owner`'s tokens.
    fn approved(&self, owner: AccountId, operator: AccountId, number: u64, token: &Token) -> bool {
        self.token_approvals.get((number, operator)) == Some(token.moves)
            || self.operator_approvals.contains((owner, operator))
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
            Some(id) => {
                let (number, token) = self.token(id).ok_or(PSP34Error::TokenNotExists)?;
                if token.owner != caller {
                    return Err(PSP34Error::NotApproved);
                }
                ensure_movable(&token)?;
                if approved {
                    self.token_approvals
                        .insert((number, operator), &token.moves);
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
        let (number, token) = self.token(&id).ok_or(PSP34Error::TokenNotExists)?;
        let owner = token.owner;
        if caller != owner && !self.approved(owner, caller, number, &token) {
            return Err(PSP34Error::NotApproved);
        }
        ensure_movable(&token)?;
        if to == owner {
            return Ok(());
        }
        self.move_token(to, number, token)
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
        let (number, token) = self.token(&id).ok_or(PSP34Error::TokenNotExists)?;
        if token.owner != account {
            return Err(PSP34Error::NotApproved);
        }
        if caller != account && !self.approved(account, caller, number, &token) {
            return Err(PSP34Error::NotApproved);
        }
        ensure_movable(&token)?;
        self.destroy_token(number, &token);
        port.emit(Transfer {
            from: Some(account),
            to: None,
            id,
        });
        Ok(())
    }

    /// PSP34Enumerable `owners_token_by_index`: `TokenNotExists` past `owner`'s list.
    /// Index `i` is slot `i % TOKENS_PER_PAGE` of page `i / TOKENS_PER_PAGE`.
    pub fn owners_token_by_index(&self, owner: AccountId, index: u128) -> Psp34Result<Id> {
        let holding = self.holdings.get(owner).unwrap_or_default();
        u32::try_from(index)
            .ok()
            .filter(|index| *index < holding.balance)
            .and_then(|index| {
                let page = index / TOKENS_PER_PAGE;
                let slot = usize::try_from(index % TOKENS_PER_PAGE).ok()?;
                if page == holding.open_page_number() {
                    holding.open_page.get(slot).copied()
                } else {
                    self.full_pages.get((owner, page))?.get(slot).copied()
                }
            })
            .map(token_id)
            .ok_or(PSP34Error::TokenNotExists)
    }

    /// PSP34Enumerable `token_by_index`: `TokenNotExists` past the list of all tokens.
    pub fn token_by_index(&self, index: u128) -> Psp34Result<Id> {
        u64::try_from(index)
            .ok()
            .and_then(|index| self.all_tokens.get(index))
            .map(token_id)
            .ok_or(PSP34Error::TokenNotExists)
    }

    /// The URI of the JSON metadata of token `number`: see the module's documentation.
    /// Empty for a number that names no token.
    pub fn token_uri(&self, number: u64) -> String {
        let Some(token) = self.tokens.get(number) else {
            return String::new();
        };
        let mut uri = self
            .collection_attributes
            .get(METADATA_URI_KEY)
            .unwrap_or_default();
        match token.kind {
            TokenKind::Collectible {
                series,
                item,
                edition,
            } => {
                uri.push_str("series/");
                push_decimal(&mut uri, u64::from(series));
                uri.push('/');
                push_decimal(&mut uri, u64::from(item));
                uri.push('-');
                push_decimal(&mut uri, u64::from(edition));
            }
            TokenKind::Seat { category, .. } => {
                uri.push_str("seats/");
                uri.push_str(category_name(category));
            }
        }
        uri.push_str(".json");
        uri
    }

    /// PSP34Metadata `get_attribute`. The collection carries `name`, `symbol` and
    /// `metadata_uri`. A token carries `kind` (`collectible` or `seat`) and `metadata`
    /// (its token URI); a collectible also `series`, `item`, `edition`, `tier`, `uri`
    /// (the series' content URI), `content_hash`, `licence` and `ip_holder` (hex); a
    /// seat `category`.
    pub fn get_attribute(&self, collection: &Id, id: &Id, key: &str) -> Option<String> {
        if id == collection {
            return self.collection_attributes.get(key);
        }
        let (number, token) = self.token(id)?;
        let text = |value: &str| Some(String::from(value));
        match (token.kind, key) {
            (_, "metadata") => Some(self.token_uri(number)),
            (TokenKind::Collectible { .. }, "kind") => text("collectible"),
            (TokenKind::Seat { .. }, "kind") => text("seat"),
            (TokenKind::Seat { category, .. }, "category") => text(category_name(category)),
            (TokenKind::Collectible { series, .. }, "series") => Some(decimal(u64::from(series))),
            (TokenKind::Collectible { item, .. }, "item") => Some(decimal(u64::from(item))),
            (TokenKind::Collectible { edition, .. }, "edition") => {
                Some(decimal(u64::from(edition)))
            }
            (TokenKind::Collectible { series, .. }, key) => {
                series_attribute(&self.series.get(series)?, key)
            }
            _ => None,
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
        let all_index = self.supply;
        let supply = all_index.checked_add(1).ok_or(RegistryError::Overflow)?;
        let page = self.add_to_owner(to, number)?;
        self.next_token = next;
        self.all_tokens.insert(all_index, &number);
        self.supply = supply;
        let token = Token {
            owner: to,
            kind,
            page,
            all_index,
            moves: 0,
        };
        self.tokens.insert(number, &token);
        port.emit(Transfer {
            from: None,
            to: Some(to),
            id: token_id(number),
        });
        Ok(number)
    }

    /// Removes token `number` (record `token`) from existence (burn or seat revocation).
    /// The number is never reused, so its approvals die with it.
    pub(crate) fn destroy_token(&mut self, number: u64, token: &Token) {
        self.remove_from_owner(number, token);
        // Swap-remove from the list of all tokens.
        let last = self.supply.saturating_sub(1);
        if token.all_index != last {
            if let Some(moved) = self.all_tokens.get(last) {
                self.all_tokens.insert(token.all_index, &moved);
                self.update_token(moved, |record| record.all_index = token.all_index);
            }
        }
        self.all_tokens.remove(last);
        self.supply = last;
        self.tokens.remove(number);
    }

    /// Moves token `number` (record `token`) to `to`, voiding every approval of it.
    fn move_token(
        &mut self,
        to: AccountId,
        number: u64,
        token: Token,
    ) -> Result<(), RegistryError> {
        let moves = token.moves.checked_add(1).ok_or(RegistryError::Overflow)?;
        let page = self.add_to_owner(to, number)?;
        self.remove_from_owner(number, &token);
        let moved = Token {
            owner: to,
            page,
            moves,
            ..token
        };
        self.tokens.insert(number, &moved);
        Ok(())
    }

    /// Adds token `number` to the open page of `owner`'s list, which becomes a full page
    /// once it holds `TOKENS_PER_PAGE` tokens, and returns the page the token is on. The
    /// token's own record is left for the caller to write.
    fn add_to_owner(&mut self, owner: AccountId, number: u64) -> Result<u32, RegistryError> {
        let mut holding = self.holdings.get(owner).unwrap_or_default();
        let page = holding.open_page_number();
        holding.balance = holding
            .balance
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        holding.open_page.push(number);
        if holding.open_page_number() != page {
            self.full_pages.insert((owner, page), &holding.open_page);
            holding.open_page.clear();
        }
        self.holdings.insert(owner, &holding);
        Ok(page)
    }

    /// Takes token `number` (record `token`) out of its owner's list: off the open page,
    /// or off a full page, whose place the owner's last token then takes. When the open
    /// page is empty, the last full page becomes the open page first. A holding left
    /// empty is removed. The token's own record is left for the caller to rewrite or
    /// remove.
    fn remove_from_owner(&mut self, number: u64, token: &Token) {
        let owner = token.owner;
        let Some(mut holding) = self.holdings.get(owner) else {
            return;
        };
        let mut open = holding.open_page_number();
        if holding.open_page.is_empty() && token.page < open {
            open = open.saturating_sub(1);
            holding.open_page = self.full_pages.take((owner, open)).unwrap_or_default();
        }
        if token.page == open {
            take_out(&mut holding.open_page, number);
        } else if let Some(last) = holding.open_page.pop() {
            if let Some(mut page) = self.full_pages.get((owner, token.page)) {
                if let Some(place) = page.iter_mut().find(|listed| **listed == number) {
                    *place = last;
                }
                self.full_pages.insert((owner, token.page), &page);
            }
            self.update_token(last, |record| record.page = token.page);
        }
        holding.balance = holding.balance.saturating_sub(1);
        if holding.balance == 0 {
            self.holdings.remove(owner);
        } else {
            self.holdings.insert(owner, &holding);
        }
    }

    /// Rewrites the record of the live token `number` with `change`.
    fn update_token(&mut self, number: u64, change: impl FnOnce(&mut Token)) {
        if let Some(mut record) = self.tokens.get(number) {
            change(&mut record);
            self.tokens.insert(number, &record);
        }
    }
}

/// Removes `number` from `page`, moving the page's last entry into its place.
fn take_out(page: &mut TokenPage, number: u64) {
    if let Some(place) = page.iter().position(|listed| *listed == number) {
        page.swap_remove(place);
    }
}

/// Refuses to move, approve or burn a seat.
fn ensure_movable(token: &Token) -> Psp34Result<()> {
    match token.kind {
        TokenKind::Seat { .. } => Err(PSP34Error::Custom(String::from(SEAT_NOT_TRANSFERABLE))),
        TokenKind::Collectible { .. } => Ok(()),
    }
}

/// Attribute `key` of every collectible of `series`: its tier, content URI and provenance.
fn series_attribute(series: &Series, key: &str) -> Option<String> {
    let provenance = &series.spec.provenance;
    match key {
        "tier" => Some(String::from(tier_name(series.spec.tier))),
        "uri" => series.terms.as_ref().map(|terms| terms.content_uri.clone()),
        "content_hash" => Some(hex(provenance.content_hash.as_ref())),
        "licence" => Some(provenance.licence.clone()),
        "ip_holder" => Some(hex(provenance.ip_holder.as_ref())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{decimal, hex};

    #[test]
    fn decimal_and_hex_text_cover_their_extremes() {
        assert_eq!(decimal(0), "0");
        assert_eq!(decimal(7), "7");
        assert_eq!(decimal(1_000), "1000");
        assert_eq!(decimal(u64::MAX), "18446744073709551615");
        assert_eq!(hex(&[]), "0x");
        assert_eq!(hex(&[0x00, 0x0f, 0xab, 0xff]), "0x000fabff");
    }
}
