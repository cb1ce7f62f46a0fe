//! Series logic: creators, proposals, listing decisions, primary sales and giveaways.

use ink::{
    prelude::{vec, vec::Vec},
    primitives::AccountId,
};
use interfaces::{
    Balance, Id, ListingDecision, ListingOptions, ListingTerms, PollId, RegistryError, SaleKind,
    SeriesId, Tier, MAX_ITEMS_PER_SERIES,
};

use crate::{
    events::{
        CollectibleAirdropped, CollectiblePurchased, CreatorRegistered, Event, SeriesClosed,
        SeriesListed, SeriesProposed, SeriesRejected,
    },
    psp34::token_id,
    state::{
        Links, RegistryState, Result, Series, SeriesProposal, SeriesStatus, TokenKind,
        MAX_CONTENT_LEN, MAX_OPTIONS,
    },
};

/// What the contract shell must still do after a successful `buy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sale {
    /// The minted collectible.
    pub token: Id,
    /// Paid above the price, to return to the buyer.
    pub refund: Balance,
    /// To send to the rewards contract's `deposit_revenue`.
    pub rewards_share: Balance,
    /// To send to the society's `fund_pot`.
    pub society_share: Balance,
    /// Where to send the two shares (linked whenever the share is non-zero).
    pub links: Links,
}

impl RegistryState {
    /// The series `id`.
    pub fn series(&self, id: SeriesId) -> Option<Series> {
        self.series.get(id)
    }

    /// Number of series proposed so far.
    pub fn series_count(&self) -> SeriesId {
        self.series_count
    }

    /// Editions of `item` of `series` minted so far.
    pub fn minted(&self, series: SeriesId, item: u8) -> u32 {
        self.minted.get((series, item)).unwrap_or(0)
    }

    /// Whether `account` is a registered creator.
    pub fn is_creator(&self, account: AccountId) -> bool {
        self.creators.contains(account)
    }

    /// Operator only: registers (or unregisters) `creator`, who may then propose series.
    pub fn register_creator(
        &mut self,
        caller: AccountId,
        creator: AccountId,
        registered: bool,
    ) -> Result<Vec<Event>> {
        self.ensure_operator(caller)?;
        if registered {
            self.creators.insert(creator, &());
        } else {
            self.creators.remove(creator);
        }
        Ok(vec![Event::CreatorRegistered(CreatorRegistered {
            creator,
            registered,
        })])
    }

    /// Proposes a series. With `open_poll`, `open_listing_poll` is asked to open its
    /// listing poll (the shell passes the call to the rewards contract); SS and S series
    /// always need one, and only the operator may propose an SSS series without one (it
    /// then lists it with `apply_listing`).
    pub fn propose_series(
        &mut self,
        caller: AccountId,
        proposal: SeriesProposal,
        open_poll: bool,
        open_listing_poll: impl FnOnce(SeriesId, &ListingOptions) -> Result<PollId>,
    ) -> Result<(SeriesId, Vec<Event>)> {
        let is_operator = self.role.ensure(caller).is_ok();
        let creator = proposal.spec.creator;
        let may_propose = is_operator && (creator == caller || self.is_creator(creator))
            || self.is_creator(caller) && creator == caller;
        if !may_propose {
            return Err(RegistryError::NotAuthorized);
        }
        if !open_poll && (proposal.spec.tier != Tier::SSS || !is_operator) {
            return Err(RegistryError::PollRequired);
        }
        validate_proposal(&proposal, open_poll)?;
        if open_poll {
            self.ensure_rewards()?;
        }
        let id = self.series_count;
        let next = id.checked_add(1).ok_or(RegistryError::Overflow)?;
        let poll = if open_poll {
            Some(open_listing_poll(id, &proposal.options)?)
        } else {
            None
        };
        let series = Series {
            spec: proposal.spec,
            status: SeriesStatus::Proposed,
            poll,
            terms: None,
        };
        self.series.insert(id, &series);
        self.series_count = next;
        Ok((
            id,
            vec![Event::SeriesProposed(SeriesProposed {
                series: id,
                creator: series.spec.creator,
                tier: series.spec.tier,
                poll,
            })],
        ))
    }

    /// Lists or rejects a proposed series: the linked rewards contract for a series with
    /// a poll, the operator for an SSS series without one.
    pub fn apply_listing(
        &mut self,
        caller: AccountId,
        id: SeriesId,
        decision: ListingDecision,
    ) -> Result<Vec<Event>> {
        let mut series = self.series.get(id).ok_or(RegistryError::UnknownSeries)?;
        let authorized = match series.poll {
            Some(_) => self.links.rewards == Some(caller),
            None => self.role.ensure(caller).is_ok(),
        };
        if !authorized {
            return Err(RegistryError::NotAuthorized);
        }
        if series.status != SeriesStatus::Proposed {
            return Err(RegistryError::WrongSeriesStatus);
        }
        let event = match decision {
            ListingDecision::List(terms) => {
                validate_terms(&series, &terms)?;
                let sale_end = terms
                    .sale_start
                    .checked_add(series.spec.sale_duration_ms)
                    .ok_or(RegistryError::BadSaleWindow)?;
                series.status = SeriesStatus::Listed;
                series.terms = Some(terms.clone());
                Event::SeriesListed(SeriesListed {
                    series: id,
                    terms,
                    sale_end,
                })
            }
            ListingDecision::Reject(reason) => {
                series.status = SeriesStatus::Rejected(reason);
                Event::SeriesRejected(SeriesRejected { series: id, reason })
            }
        };
        self.series.insert(id, &series);
        Ok(vec![event])
    }

    /// The operator or the series' creator closes a listed series.
    pub fn close_series(&mut self, caller: AccountId, id: SeriesId) -> Result<Vec<Event>> {
        let mut series = self.series.get(id).ok_or(RegistryError::UnknownSeries)?;
        if self.role.ensure(caller).is_err() && caller != series.spec.creator {
            return Err(RegistryError::NotAuthorized);
        }
        if series.status != SeriesStatus::Listed {
            return Err(RegistryError::WrongSeriesStatus);
        }
        series.status = SeriesStatus::Closed;
        self.series.insert(id, &series);
        Ok(vec![Event::SeriesClosed(SeriesClosed { series: id })])
    }

    /// A primary sale: `buyer` paid `paid` at time `now` for the next edition of `item`.
    /// Credits the creator and operator shares; the returned [`Sale`] says what the shell
    /// must refund and forward.
    pub fn buy(
        &mut self,
        buyer: AccountId,
        id: SeriesId,
        item: u8,
        paid: Balance,
        now: u64,
    ) -> Result<(Sale, Vec<Event>)> {
        let (series, terms) = self.mintable(id, item, SaleKind::Official)?;
        let sale_end = series.sale_end().ok_or(RegistryError::BadSaleWindow)?;
        if now < terms.sale_start || now >= sale_end {
            return Err(RegistryError::OutsideSaleWindow);
        }
        if paid < terms.price {
            return Err(RegistryError::Underpaid);
        }
        let (creator_share, rewards_share, society_share, operator_share) =
            self.split.split(terms.price);
        let unlinked = rewards_share > 0 && self.links.rewards.is_none()
            || society_share > 0 && self.links.society.is_none();
        if unlinked {
            return Err(RegistryError::NotLinked);
        }
        let (number, minted) = self.mint_edition(buyer, id, item)?;
        self.credit(series.spec.creator, creator_share)?;
        self.credit(self.role.operator, operator_share)?;
        let token = token_id(number);
        let sale = Sale {
            token: token.clone(),
            refund: paid.saturating_sub(terms.price),
            rewards_share,
            society_share,
            links: self.links,
        };
        let purchased = Event::CollectiblePurchased(CollectiblePurchased {
            series: id,
            buyer,
            token,
            price: terms.price,
            creator_share,
            rewards_share,
            society_share,
            operator_share,
        });
        Ok((sale, vec![minted, purchased]))
    }

    /// Operator only: gives the next edition of `item` of a Giveaway series to `to`.
    pub fn airdrop(
        &mut self,
        caller: AccountId,
        id: SeriesId,
        item: u8,
        to: AccountId,
    ) -> Result<(Id, Vec<Event>)> {
        self.ensure_operator(caller)?;
        self.mintable(id, item, SaleKind::Giveaway)?;
        let (number, minted) = self.mint_edition(to, id, item)?;
        let token = token_id(number);
        let airdropped = Event::CollectibleAirdropped(CollectibleAirdropped {
            series: id,
            to,
            token: token.clone(),
        });
        Ok((token, vec![minted, airdropped]))
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
        if self.minted(id, item) >= terms.editions {
            return Err(RegistryError::SoldOut);
        }
        Ok((series, terms))
    }

    /// Mints the next edition of `item` of series `id` to `to`.
    fn mint_edition(&mut self, to: AccountId, id: SeriesId, item: u8) -> Result<(u64, Event)> {
        let edition = self
            .minted(id, item)
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        let minted = self.mint(
            to,
            TokenKind::Collectible {
                series: id,
                item,
                edition,
            },
        )?;
        self.minted.insert((id, item), &edition);
        Ok(minted)
    }
}

/// Checks a proposal's shape; the options must make a poll when one is opened, and any
/// winning option must make valid listing terms.
fn validate_proposal(proposal: &SeriesProposal, open_poll: bool) -> Result<()> {
    let spec = &proposal.spec;
    if spec.items == 0 || spec.items > MAX_ITEMS_PER_SERIES {
        return Err(RegistryError::BadItemCount);
    }
    let options = &proposal.options;
    let window_fits = |start: &u64| start.checked_add(spec.sale_duration_ms).is_some();
    if spec.sale_duration_ms == 0 || !options.start_times.iter().all(window_fits) {
        return Err(RegistryError::BadSaleWindow);
    }
    let lengths = [
        options.prices.len(),
        options.quantities.len(),
        options.start_times.len(),
        options.contents.len(),
    ];
    let poll_shape = lengths.iter().all(|n| (1..=MAX_OPTIONS).contains(n));
    let bounded = lengths.iter().all(|n| *n <= MAX_OPTIONS);
    if !bounded || open_poll && !poll_shape {
        return Err(RegistryError::BadListingOptions);
    }
    if options.quantities.contains(&0) {
        return Err(RegistryError::ZeroEditions);
    }
    if spec.special && (spec.items != 1 || options.quantities.iter().any(|q| *q != 1)) {
        return Err(RegistryError::SpecialNotUnique);
    }
    if options
        .contents
        .iter()
        .any(|uri| uri.len() > MAX_CONTENT_LEN)
    {
        return Err(RegistryError::ContentTooLong);
    }
    Ok(())
}

/// Checks the terms a series is to be listed with.
fn validate_terms(series: &Series, terms: &ListingTerms) -> Result<()> {
    if terms.editions == 0 {
        return Err(RegistryError::ZeroEditions);
    }
    if series.spec.special && terms.editions != 1 {
        return Err(RegistryError::SpecialNotUnique);
    }
    if terms.content_uri.len() > MAX_CONTENT_LEN {
        return Err(RegistryError::ContentTooLong);
    }
    Ok(())
}
