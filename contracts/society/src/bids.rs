//! The bid book: bids with a deposit, vouched bids, withdrawals, one zero bid at a time
//! and the full-book rule.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{Balance, SeatCategory, SocietyError};

use crate::{
    events::{AutoUnbid, BidPlaced, Unbid, Unvouched, Vouched},
    port::SocietyPort,
    storage::{Bid, BidKind, Result, Role, SocietyState, VouchingStatus},
};

impl SocietyState {
    /// Waiting bids, cheapest first.
    pub fn bids(&self) -> Vec<Bid> {
        self.bids.get().unwrap_or_default()
    }
    /// The vouching status of `who`.
    pub fn vouching_of(&self, who: AccountId) -> Option<VouchingStatus> {
        self.vouching.get(who)
    }

    /// The caller bids to join for a payout of `value` and a seat of `category`,
    /// paying exactly the candidate deposit.
    pub fn bid(
        &mut self,
        port: &mut impl SocietyPort,
        value: Balance,
        category: SeatCategory,
    ) -> Result<()> {
        ensure_society_category(category)?;
        ensure_creator_for_b(port, port.caller(), category)?;
        self.ensure_outsider(port.caller())?;
        let deposit = self.parameters.candidate_deposit;
        if port.transferred() != deposit {
            return Err(SocietyError::WrongDeposit);
        }
        self.treasury
            .deposits
            .checked_add(deposit)
            .ok_or(SocietyError::Overflow)?;
        self.put_bid(
            port,
            Bid {
                who: port.caller(),
                value,
                kind: BidKind::Deposit(deposit),
                category,
            },
        )?;
        // Checked above; a bid the book dropped only lowered the sum since.
        self.treasury.deposits = self.treasury.deposits.saturating_add(deposit);
        port.emit(BidPlaced {
            who: port.caller(),
            value,
            category,
        });
        Ok(())
    }

    /// The caller withdraws its own bid (not a vouched one) and gets its deposit back.
    pub fn unbid(&mut self, port: &mut impl SocietyPort) -> Result<()> {
        let mut bids = self.bids();
        let position = bids
            .iter()
            .position(|bid| bid.who == port.caller() && matches!(bid.kind, BidKind::Deposit(_)))
            .ok_or(SocietyError::NotBidder)?;
        let bid = bids.remove(position);
        self.bids.set(&bids);
        self.leave(bid.who);
        self.refund_bid(port, &bid)?;
        port.emit(Unbid { who: bid.who });
        Ok(())
    }

    /// A member vouches for `who`, who gets a bid of `value` for a seat of `category`
    /// without a deposit; `tip` of the payout goes to the voucher.
    pub fn vouch(
        &mut self,
        port: &mut impl SocietyPort,
        who: AccountId,
        value: Balance,
        tip: Balance,
        category: SeatCategory,
    ) -> Result<()> {
        let voucher = port.caller();
        self.ensure_member(voucher)?;
        match self.vouching.get(voucher) {
            Some(VouchingStatus::Vouching) => return Err(SocietyError::AlreadyVouching),
            Some(VouchingStatus::Banned) => return Err(SocietyError::VouchingBanned),
            None => {}
        }
        ensure_society_category(category)?;
        ensure_creator_for_b(port, who, category)?;
        self.ensure_outsider(who)?;
        if tip > value {
            return Err(SocietyError::TipExceedsValue);
        }
        self.put_bid(
            port,
            Bid {
                who,
                value,
                kind: BidKind::Vouch { voucher, tip },
                category,
            },
        )?;
        self.vouching.insert(voucher, &VouchingStatus::Vouching);
        port.emit(Vouched {
            voucher,
            who,
            value,
            tip,
            category,
        });
        Ok(())
    }

    /// The caller withdraws the bid it vouches for, while it is still a bid.
    pub fn unvouch(&mut self, port: &mut impl SocietyPort) -> Result<()> {
        let voucher = port.caller();
        if self.vouching.get(voucher) != Some(VouchingStatus::Vouching) {
            return Err(SocietyError::NotVouching);
        }
        let mut bids = self.bids();
        let position = bids
            .iter()
            .position(|bid| vouched_by(bid, voucher))
            .ok_or(SocietyError::NotVouching)?;
        let bid = bids.remove(position);
        self.bids.set(&bids);
        self.leave(bid.who);
        self.vouching.remove(voucher);
        port.emit(Unvouched {
            voucher,
            who: bid.who,
        });
        Ok(())
    }

    /// Inserts `bid` after every bid of lower or equal value and makes its account a
    /// bidder. A zero bid is refused while another waits (only one is ever taken for
    /// free, so more would only lock the book); a full book refuses a bid not cheaper than
    /// its most expensive, and otherwise drops that one: its deposit is returned, or its
    /// voucher freed.
    pub(crate) fn put_bid(&mut self, port: &mut impl SocietyPort, bid: Bid) -> Result<()> {
        let mut bids = self.bids();
        if bid.value == 0 && bids.first().is_some_and(|first| first.value == 0) {
            return Err(SocietyError::ZeroBidWaiting);
        }
        let full = bids.len() >= self.parameters.max_bids as usize;
        if full && bids.last().is_some_and(|last| last.value <= bid.value) {
            return Err(SocietyError::BidBookFull);
        }
        let at = bids.partition_point(|other| other.value <= bid.value);
        bids.insert(at, bid);
        self.enter(bid.who, Role::Bidder);
        if bids.len() > self.parameters.max_bids as usize {
            if let Some(dropped) = bids.pop() {
                self.leave(dropped.who);
                self.refund_bid(port, &dropped)?;
                port.emit(AutoUnbid { who: dropped.who });
            }
        }
        self.bids.set(&bids);
        Ok(())
    }

    /// Undoes what backing a bid took: returns a deposit, or frees the voucher.
    fn refund_bid(&mut self, port: &mut impl SocietyPort, bid: &Bid) -> Result<()> {
        match bid.kind {
            BidKind::Deposit(deposit) => {
                self.treasury.deposits = self.treasury.deposits.saturating_sub(deposit);
                port.pay(bid.who, deposit)
            }
            BidKind::Vouch { voucher, .. } => {
                self.vouching.remove(voucher);
                Ok(())
            }
        }
    }

    /// Drops the waiting bid `voucher` vouches for, if any (the voucher is being
    /// removed); a vouched candidate is left alone.
    pub(crate) fn drop_vouched_bid(&mut self, port: &mut impl SocietyPort, voucher: AccountId) {
        let mut bids = self.bids();
        if let Some(position) = bids.iter().position(|bid| vouched_by(bid, voucher)) {
            let bid = bids.remove(position);
            self.bids.set(&bids);
            self.leave(bid.who);
            port.emit(Unvouched {
                voucher,
                who: bid.who,
            });
        }
    }
}

/// Whether `bid` is vouched for by `voucher`.
fn vouched_by(bid: &Bid, voucher: AccountId) -> bool {
    matches!(bid.kind, BidKind::Vouch { voucher: v, .. } if v == voucher)
}

/// Fails with `NotCreator` if `who` would join in a B seat without being a registered
/// creator of the registry (B seats are the creators' share).
fn ensure_creator_for_b(
    port: &impl SocietyPort,
    who: AccountId,
    category: SeatCategory,
) -> Result<()> {
    if category == SeatCategory::B && !port.is_creator(who) {
        return Err(SocietyError::NotCreator);
    }
    Ok(())
}

/// Fails with `NotSocietyCategory` for A1/A2/A3.
fn ensure_society_category(category: SeatCategory) -> Result<()> {
    if category.is_society_category() {
        Ok(())
    } else {
        Err(SocietyError::NotSocietyCategory)
    }
}
