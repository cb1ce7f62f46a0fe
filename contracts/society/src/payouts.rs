//! Money: the treasury's obligations, members' payouts (added, slashed, forfeited,
//! paid), and what a new member's bid pays out.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{Balance, BlockNumber, SocietyError};

use crate::{
    port::SocietyPort,
    storage::{Bid, BidKind, Payout, Result, SocietyState, Treasury, VouchingStatus},
};

impl Treasury {
    /// Everything the contract owes or has earmarked.
    pub fn obligations(&self) -> Balance {
        self.pot
            .saturating_add(self.committed)
            .saturating_add(self.deposits)
            .saturating_add(self.payouts)
    }
}

impl SocietyState {
    /// The unpaid payouts of `who`, earliest first.
    pub fn payouts_of(&self, who: AccountId) -> Vec<Payout> {
        self.payouts.get(who).unwrap_or_default()
    }
    /// Adds a payout of `amount` maturing at `maturity` to `who`'s list (kept sorted by
    /// maturity). A full list merges it into its last payout, maturing at the later of
    /// the two blocks, so nothing is lost.
    pub(crate) fn bump_payout(
        &mut self,
        who: AccountId,
        maturity: BlockNumber,
        amount: Balance,
    ) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        let mut payouts = self.payouts_of(who);
        let full = payouts.len() >= self.parameters.max_payouts as usize;
        match payouts.last_mut() {
            Some(last) if full => {
                last.amount = last
                    .amount
                    .checked_add(amount)
                    .ok_or(SocietyError::Overflow)?;
                last.matures_at = last.matures_at.max(maturity);
            }
            _ => {
                let at = payouts.partition_point(|p| p.matures_at <= maturity);
                payouts.insert(
                    at,
                    Payout {
                        matures_at: maturity,
                        amount,
                    },
                );
            }
        }
        self.treasury.payouts = self
            .treasury
            .payouts
            .checked_add(amount)
            .ok_or(SocietyError::Overflow)?;
        self.payouts.insert(who, &payouts);
        Ok(())
    }
    /// Takes up to `amount` from `who`'s unpaid payouts, earliest first, and returns what
    /// was taken. The taken sum leaves the payouts total.
    pub(crate) fn slash_payouts(&mut self, who: AccountId, amount: Balance) -> Balance {
        let mut payouts = self.payouts_of(who);
        let mut rest = amount;
        let mut dropped: usize = 0;
        for payout in payouts.iter_mut() {
            if rest >= payout.amount {
                rest = rest.saturating_sub(payout.amount);
                dropped = dropped.saturating_add(1);
            } else {
                payout.amount = payout.amount.saturating_sub(rest);
                rest = 0;
                break;
            }
        }
        let taken = amount.saturating_sub(rest);
        if taken > 0 {
            payouts.drain(..dropped);
            self.store_payouts(who, &payouts);
            self.treasury.payouts = self.treasury.payouts.saturating_sub(taken);
        }
        taken
    }
    /// Removes all of `who`'s unpaid payouts; their sum becomes unaccounted balance.
    pub(crate) fn forfeit_payouts(&mut self, who: AccountId) -> Balance {
        let total = self
            .payouts
            .take(who)
            .unwrap_or_default()
            .iter()
            .fold(0, |sum: Balance, payout| sum.saturating_add(payout.amount));
        self.treasury.payouts = self.treasury.payouts.saturating_sub(total);
        total
    }
    /// Stores `payouts` for `who`, removing the entry when empty.
    pub(crate) fn store_payouts(&mut self, who: AccountId, payouts: &Vec<Payout>) {
        if payouts.is_empty() {
            self.payouts.remove(who);
        } else {
            self.payouts.insert(who, payouts);
        }
    }
    /// Pays a bid's value to a new member: a deposit bid gets its deposit back now; a
    /// vouched bid pays the voucher's tip first (if it still vouches), then the rest.
    /// Both payouts mature at `maturity`. The value must already be out of the pot.
    pub(crate) fn pay_admitted(
        &mut self,
        port: &mut impl SocietyPort,
        bid: &Bid,
        maturity: BlockNumber,
    ) -> Result<()> {
        let mut value = bid.value;
        match bid.kind {
            BidKind::Deposit(deposit) => {
                self.treasury.deposits = self.treasury.deposits.saturating_sub(deposit);
                port.pay(bid.who, deposit)?;
            }
            BidKind::Vouch { voucher, tip } => {
                if self.vouching.get(voucher) == Some(VouchingStatus::Vouching) {
                    self.vouching.remove(voucher);
                    let tip = tip.min(value);
                    self.bump_payout(voucher, maturity, tip)?;
                    value = value.saturating_sub(tip);
                }
            }
        }
        self.bump_payout(bid.who, maturity, value)
    }
}
