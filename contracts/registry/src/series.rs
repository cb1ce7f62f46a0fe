//! Series: who may propose them, proposals with their listing poll, listing decisions
//! and closing. Sales of a listed series are in `sales.rs`.

use ink::{prelude::vec, primitives::AccountId};
use interfaces::{
    Balance, ListingDecision, ListingTerms, RegistryError, SaleKind, SeriesId, Tier,
    MAX_ITEMS_PER_SERIES, MAX_OPTIONS,
};

use crate::{
    events::{CreatorRegistered, SeriesClosed, SeriesListed, SeriesProposed, SeriesRejected},
    port::RegistryPort,
    storage::{RegistryState, Result, Series, SeriesProposal, SeriesStatus},
};

/// Longest content URI (bytes) a series may carry.
pub const MAX_CONTENT_LEN: usize = 256;

impl RegistryState {
    /// The series `id`.
    pub fn series(&self, id: SeriesId) -> Option<Series> {
        self.series.get(id)
    }

    /// Number of series proposed so far.
    pub fn series_count(&self) -> SeriesId {
        self.series_count
    }

    /// Whether `account` is a registered creator.
    pub fn is_creator(&self, account: AccountId) -> bool {
        self.creators.contains(account)
    }

    /// Operator only: registers (or unregisters) `creator`, who may then propose series.
    pub fn register_creator(
        &mut self,
        port: &mut impl RegistryPort,
        creator: AccountId,
        registered: bool,
    ) -> Result<()> {
        self.ensure_operator(port)?;
        if registered {
            self.creators.insert(creator, &());
        } else {
            self.creators.remove(creator);
        }
        port.emit(CreatorRegistered {
            creator,
            registered,
        });
        Ok(())
    }

    /// The caller proposes a series. With `open_poll`, the rewards contract opens its
    /// listing poll; SS and S series always need one, and only the operator may propose
    /// an SSS series without one (it then lists it with `apply_listing`).
    pub fn propose_series(
        &mut self,
        port: &mut impl RegistryPort,
        proposal: SeriesProposal,
        open_poll: bool,
    ) -> Result<SeriesId> {
        let caller = port.caller();
        let is_operator = self.is_operator(caller);
        let creator = proposal.spec.creator;
        let may_propose = is_operator && (creator == caller || self.is_creator(creator))
            || self.is_creator(caller) && creator == caller;
        if !may_propose {
            return Err(RegistryError::NotAuthorized);
        }
        if !open_poll && (proposal.spec.tier != Tier::SSS || !is_operator) {
            return Err(RegistryError::PollRequired);
        }
        validate_proposal(&proposal, open_poll, self.issuance.min_official_price)?;
        let rewards = if open_poll {
            Some(self.ensure_rewards()?)
        } else {
            None
        };
        let id = self.series_count;
        let next = id.checked_add(1).ok_or(RegistryError::Overflow)?;
        // The poll's id is stored with the series, so the rewards contract is asked
        // first; it never calls back into the registry.
        let poll = match rewards {
            Some(rewards) => Some(port.open_listing_poll(
                rewards,
                caller,
                id,
                &proposal.options,
                self.seat_snapshot(),
            )?),
            None => None,
        };
        let series = Series {
            minted: vec![0; usize::from(proposal.spec.items)],
            revenue: 0,
            spec: proposal.spec,
            status: SeriesStatus::Proposed,
            poll,
            terms: None,
        };
        self.series.insert(id, &series);
        self.series_count = next;
        port.emit(SeriesProposed {
            series: id,
            creator: series.spec.creator,
            tier: series.spec.tier,
            poll,
        });
        Ok(id)
    }

    /// Lists or rejects a proposed series: the linked rewards contract for a series with
    /// a poll, the operator for an SSS series without one.
    pub fn apply_listing(
        &mut self,
        port: &mut impl RegistryPort,
        id: SeriesId,
        decision: ListingDecision,
    ) -> Result<()> {
        let caller = port.caller();
        let mut series = self.series.get(id).ok_or(RegistryError::UnknownSeries)?;
        let authorized = match series.poll {
            Some(_) => self.links.rewards == Some(caller),
            None => self.is_operator(caller),
        };
        if !authorized {
            return Err(RegistryError::NotAuthorized);
        }
        if series.status != SeriesStatus::Proposed {
            return Err(RegistryError::WrongSeriesStatus);
        }
        match decision {
            ListingDecision::List(terms) => {
                validate_terms(&series, &terms, self.issuance.min_official_price)?;
                let sale_end = terms
                    .sale_start
                    .checked_add(series.spec.sale_duration_ms)
                    .ok_or(RegistryError::BadSaleWindow)?;
                series.status = SeriesStatus::Listed;
                series.terms = Some(terms.clone());
                self.series.insert(id, &series);
                port.emit(SeriesListed {
                    series: id,
                    terms,
                    sale_end,
                });
            }
            ListingDecision::Reject(reason) => {
                series.status = SeriesStatus::Rejected(reason);
                self.series.insert(id, &series);
                port.emit(SeriesRejected { series: id, reason });
            }
        }
        Ok(())
    }

    /// The operator or the series' creator closes a listed series.
    pub fn close_series(&mut self, port: &mut impl RegistryPort, id: SeriesId) -> Result<()> {
        let caller = port.caller();
        let mut series = self.series.get(id).ok_or(RegistryError::UnknownSeries)?;
        if !self.is_operator(caller) && caller != series.spec.creator {
            return Err(RegistryError::NotAuthorized);
        }
        if series.status != SeriesStatus::Listed {
            return Err(RegistryError::WrongSeriesStatus);
        }
        series.status = SeriesStatus::Closed;
        self.series.insert(id, &series);
        port.emit(SeriesClosed { series: id });
        Ok(())
    }
}

/// Checks a proposal's shape; the options must make a poll when one is opened, and any
/// winning option must make valid listing terms (an Official price at least
/// `min_official_price`).
fn validate_proposal(
    proposal: &SeriesProposal,
    open_poll: bool,
    min_official_price: Balance,
) -> Result<()> {
    let spec = &proposal.spec;
    if spec.items == 0 || spec.items > MAX_ITEMS_PER_SERIES {
        return Err(RegistryError::BadItemCount);
    }
    spec.provenance.validate()?;
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
    let official = spec.kind == SaleKind::Official;
    if official && options.prices.iter().any(|p| *p < min_official_price) {
        return Err(RegistryError::PriceBelowMinimum);
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

/// Checks the terms a series is to be listed with, and its provenance again: no path to
/// a listing skips it.
fn validate_terms(
    series: &Series,
    terms: &ListingTerms,
    min_official_price: Balance,
) -> Result<()> {
    series.spec.provenance.validate()?;
    if terms.editions == 0 {
        return Err(RegistryError::ZeroEditions);
    }
    if series.spec.kind == SaleKind::Official && terms.price < min_official_price {
        return Err(RegistryError::PriceBelowMinimum);
    }
    if series.spec.special && terms.editions != 1 {
        return Err(RegistryError::SpecialNotUnique);
    }
    if terms.content_uri.len() > MAX_CONTENT_LEN {
        return Err(RegistryError::ContentTooLong);
    }
    Ok(())
}
