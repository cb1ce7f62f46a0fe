//! Primary sales and giveaways: minting the next edition of an item, the revenue split
//! of every sale, what each share waits in (the creator's on its series, the operator's,
//! the rewards pool's and the society pot's in the root cell) and the credits withdrawn
//! later.

use ink::primitives::AccountId;
use interfaces::{Balance, Id, ListingTerms, RegistryError, SaleKind, SeriesId};

use crate::{
    events::{CollectibleAirdropped, CollectiblePurchased, CreatorRevenueCollected, Withdrawn},
    port::RegistryPort,
    psp34::token_id,
    storage::{Accruals, RegistryState, Result, Series, SeriesStatus, TokenKind},
};

impl Series {
    /// End of the sale window (Unix ms), once listed.
    pub fn sale_end(&self) -> Option<u64> {
        self.terms
            .as_ref()
            .and_then(|terms| terms.sale_start.checked_add(self.spec.sale_duration_ms))
    }
}

impl RegistryState {
    /// A primary sale: the caller pays at least the price of the next edition of `item`
    /// of the Official series `id`, inside its sale window. Every share stays here: the
    /// creator's accrues on the series (collected to the creator's credit with
    /// `collect_creator_revenue`); the operator's, the rewards contract's and the
    /// society's accrue in the root cell, and each pulls its own with one `withdraw`
    /// call when it likes (a sale calls no other contract).
    /// Once the token is minted and credited, the excess is refunded. Returns the
    /// collectible's id.
    pub fn buy(&mut self, port: &mut impl RegistryPort, id: SeriesId, item: u8) -> Result<Id> {
        let (buyer, paid, time) = (port.caller(), port.transferred(), port.timestamp());
        let (mut series, terms) = self.mintable(id, item, SaleKind::Official)?;
        let sale_end = series.sale_end().ok_or(RegistryError::BadSaleWindow)?;
        if time < terms.sale_start || time >= sale_end {
            return Err(RegistryError::OutsideSaleWindow);
        }
        if paid < terms.price {
            return Err(RegistryError::Underpaid);
        }
        let (creator_share, rewards_share, society_share, operator_share) =
            self.split.split(terms.price);
        let links = self.links;
        let unlinked = rewards_share > 0 && links.rewards.is_none()
            || society_share > 0 && links.society.is_none();
        if unlinked {
            return Err(RegistryError::NotLinked);
        }
        series.revenue = series
            .revenue
            .checked_add(creator_share)
            .ok_or(RegistryError::Overflow)?;
        self.accrue(creator_share, operator_share, rewards_share, society_share)?;
        let number = self.mint_edition(port, buyer, id, &mut series, item)?;
        let token = token_id(number);
        port.emit(CollectiblePurchased {
            series: id,
            buyer,
            token: token.clone(),
            price: terms.price,
            creator_share,
            rewards_share,
            society_share,
            operator_share,
        });
        // State is written; only now pay the excess back.
        port.pay(buyer, paid.saturating_sub(terms.price))?;
        Ok(token)
    }

    /// Operator only: gives the next edition of `item` of a Giveaway series to `to`.
    pub fn airdrop(
        &mut self,
        port: &mut impl RegistryPort,
        id: SeriesId,
        item: u8,
        to: AccountId,
    ) -> Result<Id> {
        self.ensure_operator(port)?;
        let (mut series, _) = self.mintable(id, item, SaleKind::Giveaway)?;
        let number = self.mint_edition(port, to, id, &mut series, item)?;
        let token = token_id(number);
        port.emit(CollectibleAirdropped {
            series: id,
            to,
            token: token.clone(),
        });
        Ok(token)
    }

    /// Pays the caller its whole credited balance once it is taken off the books;
    /// returns it. The rewards contract and the society pull their sale shares so.
    pub fn withdraw(&mut self, port: &mut impl RegistryPort) -> Result<Balance> {
        let caller = port.caller();
        let credited = self.credits.get(caller).unwrap_or(0);
        let amount = credited.saturating_add(self.accrued_for(caller));
        if amount == 0 {
            return Err(RegistryError::NothingToWithdraw);
        }
        if credited > 0 {
            self.credits.remove(caller);
        }
        if caller == self.role.operator {
            self.accrued.operator = 0;
        }
        if Some(caller) == self.links.rewards {
            self.accrued.rewards = 0;
        }
        if Some(caller) == self.links.society {
            self.accrued.society = 0;
        }
        self.total_credits = self.total_credits.saturating_sub(amount);
        port.emit(Withdrawn {
            account: caller,
            amount,
        });
        // State is written; only now call out.
        port.pay(caller, amount)?;
        Ok(amount)
    }

    /// The credited, not yet withdrawn, balance of `account`: its credits and the shares
    /// accrued for the roles it holds (operator, rewards pool, society pot).
    pub fn credit_of(&self, account: AccountId) -> Balance {
        // Both parts are within `total_credits`, which every credit checked.
        self.credits
            .get(account)
            .unwrap_or(0)
            .saturating_add(self.accrued_for(account))
    }

    /// The shares accrued for the roles `account` holds.
    fn accrued_for(&self, account: AccountId) -> Balance {
        let mut owed: Balance = 0;
        if account == self.role.operator {
            owed = owed.saturating_add(self.accrued.operator);
        }
        if Some(account) == self.links.rewards {
            owed = owed.saturating_add(self.accrued.rewards);
        }
        if Some(account) == self.links.society {
            owed = owed.saturating_add(self.accrued.society);
        }
        owed
    }

    /// The sum of all credited balances: the least the contract's balance must hold.
    pub fn total_credits(&self) -> Balance {
        self.total_credits
    }

    /// Editions of `item` of `series` minted so far.
    pub fn minted(&self, series: SeriesId, item: u8) -> u32 {
        self.series
            .get(series)
            .and_then(|series| series.minted.get(usize::from(item)).copied())
            .unwrap_or(0)
    }

    /// Adds a sale's operator, rewards and society shares to what is accrued for them,
    /// and the whole price (those and the `creator` share, which the caller adds to the
    /// series) to `total_credits`.
    fn accrue(
        &mut self,
        creator: Balance,
        operator: Balance,
        rewards: Balance,
        society: Balance,
    ) -> Result<()> {
        let add =
            |owed: Balance, share: Balance| owed.checked_add(share).ok_or(RegistryError::Overflow);
        let accrued = Accruals {
            operator: add(self.accrued.operator, operator)?,
            rewards: add(self.accrued.rewards, rewards)?,
            society: add(self.accrued.society, society)?,
        };
        let total = add(
            add(add(add(self.total_credits, creator)?, operator)?, rewards)?,
            society,
        )?;
        self.accrued = accrued;
        self.total_credits = total;
        Ok(())
    }

    /// Anyone: moves the creator's revenue accrued on `series` to the creator's credit,
    /// which the creator then takes with `withdraw`; returns the amount. The money only
    /// ever goes to the series' creator, so who asks does not matter.
    pub fn collect_creator_revenue(
        &mut self,
        port: &mut impl RegistryPort,
        id: SeriesId,
    ) -> Result<Balance> {
        let mut series = self.series.get(id).ok_or(RegistryError::UnknownSeries)?;
        let amount = series.revenue;
        if amount == 0 {
            return Err(RegistryError::NothingToWithdraw);
        }
        let creator = series.spec.creator;
        let credit = self
            .credits
            .get(creator)
            .unwrap_or(0)
            .checked_add(amount)
            .ok_or(RegistryError::Overflow)?;
        series.revenue = 0;
        self.series.insert(id, &series);
        self.credits.insert(creator, &credit);
        port.emit(CreatorRevenueCollected {
            series: id,
            creator,
            amount,
        });
        Ok(amount)
    }

    /// Checks that an edition of `item` of series `id`, of sale kind `kind`, can be
    /// minted now, and returns the series and its terms.
    fn mintable(&self, id: SeriesId, item: u8, kind: SaleKind) -> Result<(Series, ListingTerms)> {
        if self.sales_paused {
            return Err(RegistryError::SalesPaused);
        }
        let series = self.series.get(id).ok_or(RegistryError::UnknownSeries)?;
        if series.status != SeriesStatus::Listed {
            return Err(RegistryError::WrongSeriesStatus);
        }
        if series.spec.kind != kind {
            return Err(RegistryError::WrongSaleKind);
        }
        if item >= series.spec.items {
            return Err(RegistryError::UnknownItem);
        }
        let terms = series
            .terms
            .clone()
            .ok_or(RegistryError::WrongSeriesStatus)?;
        let minted = series.minted.get(usize::from(item)).copied();
        if minted.ok_or(RegistryError::UnknownItem)? >= terms.editions {
            return Err(RegistryError::SoldOut);
        }
        Ok((series, terms))
    }

    /// Mints the next edition of `item` of `series` (stored under `id`) to `to` and
    /// stores the series' new count; returns the token's number.
    fn mint_edition(
        &mut self,
        port: &mut impl RegistryPort,
        to: AccountId,
        id: SeriesId,
        series: &mut Series,
        item: u8,
    ) -> Result<u64> {
        let count = series
            .minted
            .get_mut(usize::from(item))
            .ok_or(RegistryError::UnknownItem)?;
        let edition = count.checked_add(1).ok_or(RegistryError::Overflow)?;
        *count = edition;
        let number = self.mint(
            port,
            to,
            TokenKind::Collectible {
                series: id,
                item,
                edition,
            },
        )?;
        self.series.insert(id, series);
        Ok(number)
    }
}
