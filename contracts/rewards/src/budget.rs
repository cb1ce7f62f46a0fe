//! Money: revenue into the undistributed pool, a poll's budget carved from it, extra
//! funding of a poll, settling a finalized poll's budget per seat, and pull-based claims
//! that cost the same however many holders and polls there are.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{bps_of, div_rem_u32, Balance, BlockNumber, PollId, RewardsError};

use crate::{
    events::{PollFunded, RevenueCollected, RevenueDeposited, RewardClaimed},
    port::RewardsPort,
    storage::{AllocationPeriod, Poll, Result, RewardsState},
};

/// Most polls one `claim_all` may name.
pub const MAX_CLAIMS: usize = 16;

impl RewardsState {
    /// Adds the caller's payment to the undistributed pool.
    pub fn deposit_revenue(&mut self, port: &mut impl RewardsPort) -> Result<()> {
        let amount = port.transferred();
        if amount == 0 {
            return Err(RewardsError::ZeroAmount);
        }
        self.add_to_pool(amount)?;
        port.emit(RevenueDeposited {
            from: port.caller(),
            amount,
        });
        Ok(())
    }

    /// Anyone collects what the registry has credited this contract (the rewards share of
    /// the sales, and the operator's once governance is the operator) into the pool;
    /// returns the amount.
    pub fn collect_revenue(&mut self, port: &mut impl RewardsPort) -> Result<Balance> {
        let amount = port.collect_credit()?;
        if amount == 0 {
            return Err(RewardsError::NothingToCollect);
        }
        self.add_to_pool(amount)?;
        port.emit(RevenueCollected {
            by: port.caller(),
            amount,
        });
        Ok(amount)
    }

    /// Adds the caller's payment to the budget of poll `id` before it is finalized.
    pub fn fund_poll(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<()> {
        let amount = port.transferred();
        if amount == 0 {
            return Err(RewardsError::ZeroAmount);
        }
        let mut poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        if poll.outcome.is_some() {
            return Err(RewardsError::AlreadyFinalized);
        }
        poll.budget = poll
            .budget
            .checked_add(amount)
            .ok_or(RewardsError::Overflow)?;
        let committed = self
            .committed
            .checked_add(amount)
            .ok_or(RewardsError::Overflow)?;
        self.committed = committed;
        self.polls.insert(id, &poll);
        port.emit(PollFunded {
            poll: id,
            from: port.caller(),
            amount,
        });
        Ok(())
    }

    /// The caller claims its reward from poll `id`; it is paid once recorded. Returns it.
    pub fn claim(&mut self, port: &mut impl RewardsPort, id: PollId) -> Result<Balance> {
        let caller = port.caller();
        let amount = self.claimable(id, caller)?;
        self.record_claim(port, id, amount);
        self.record_claimed(port, amount);
        // State is written; only now call out.
        port.pay(caller, amount)?;
        Ok(amount)
    }

    /// The caller claims from each of at most 16 polls it may claim from, skipping the
    /// others; the total is paid once recorded. Returns it.
    pub fn claim_all(&mut self, port: &mut impl RewardsPort, ids: Vec<PollId>) -> Result<Balance> {
        if ids.len() > MAX_CLAIMS {
            return Err(RewardsError::BadParameter);
        }
        let caller = port.caller();
        let mut total: Balance = 0;
        let mut claimed_any = false;
        for id in ids {
            // Three reads a poll: the poll, the caller's seats in it, its claim.
            let Ok(amount) = self.claimable(id, caller) else {
                continue;
            };
            total = total.checked_add(amount).ok_or(RewardsError::Overflow)?;
            self.record_claim(port, id, amount);
            claimed_any = true;
        }
        if !claimed_any {
            return Err(RewardsError::NothingToClaim);
        }
        // One write of the caller's record for every poll claimed.
        self.record_claimed(port, total);
        // State is written; only now call out.
        port.pay(caller, total)?;
        Ok(total)
    }

    /// Adds `amount` to the undistributed pool.
    pub(crate) fn add_to_pool(&mut self, amount: Balance) -> Result<()> {
        self.pool = self
            .pool
            .checked_add(amount)
            .ok_or(RewardsError::Overflow)?;
        Ok(())
    }

    /// The undistributed revenue pool.
    pub fn pool(&self) -> Balance {
        self.pool
    }

    /// The pool plus every budget not yet claimed or returned, plus the proposal
    /// deposits held: the least the contract's balance must hold.
    pub fn liabilities(&self) -> Balance {
        self.pool
            .saturating_add(self.committed)
            .saturating_add(self.deposits)
    }

    /// What `account` may claim from poll `id` now: its seats times the reward per seat
    /// once the poll is finalized, nothing before or after claiming.
    pub fn pending_reward(&self, id: PollId, account: AccountId) -> Balance {
        self.claimable(id, account).unwrap_or(0)
    }

    /// Moves a new poll's budget from the pool to what is committed, and returns it. The
    /// budget is drawn from the allocation of the period `block` falls in: a period's
    /// allocation is `period_share_bps` of the pool as it stood when the period began,
    /// each poll takes `poll_share_bps` of it, and never more than is left, so the polls
    /// of one period share one allocation however many there are.
    pub(crate) fn take_budget(&mut self, block: BlockNumber) -> Result<Balance> {
        let index = block
            .checked_div(self.parameters.period_blocks)
            .unwrap_or(0);
        let mut period = match self.period {
            Some(period) if period.index == index => period,
            _ => AllocationPeriod {
                index,
                allocation: bps_of(self.pool, self.parameters.period_share_bps),
                taken: 0,
            },
        };
        let left = period.allocation.saturating_sub(period.taken);
        let budget = bps_of(period.allocation, self.parameters.poll_share_bps)
            .min(left)
            .min(self.pool);
        self.committed = self
            .committed
            .checked_add(budget)
            .ok_or(RewardsError::Overflow)?;
        self.pool = self.pool.saturating_sub(budget);
        period.taken = period.taken.saturating_add(budget);
        self.period = Some(period);
        Ok(budget)
    }

    /// Settles a finalized `poll`'s budget: if `quorum_met`, it is split per
    /// participating seat and the rounding dust returns to the pool; otherwise all of it
    /// returns. Returns the reward per seat and what was returned.
    pub(crate) fn settle_budget(
        &mut self,
        poll: &Poll,
        quorum_met: bool,
    ) -> Result<(Balance, Balance)> {
        let seats = if quorum_met {
            poll.participating_seats
        } else {
            0
        };
        let reward_per_seat = div_rem_u32(poll.budget, seats).map_or(0, |(share, _)| share);
        let paid_out = reward_per_seat.saturating_mul(u128::from(seats));
        let returned = poll.budget.saturating_sub(paid_out);
        self.add_to_pool(returned)?;
        self.committed = self.committed.saturating_sub(returned);
        Ok((reward_per_seat, returned))
    }

    /// The current allocation period, once a poll has opened.
    pub fn allocation(&self) -> Option<AllocationPeriod> {
        self.period
    }

    /// Records the caller's claim of `amount` (from [`Self::claimable`]) from poll `id`,
    /// not yet paid, and takes it off what is committed.
    fn record_claim(&mut self, port: &mut impl RewardsPort, id: PollId, amount: Balance) {
        let caller = port.caller();
        self.claims.insert((id, caller), &());
        self.committed = self.committed.saturating_sub(amount);
        port.emit(RewardClaimed {
            poll: id,
            account: caller,
            amount,
        });
    }

    /// Adds `amount` claimed to the caller's record.
    fn record_claimed(&mut self, port: &mut impl RewardsPort, amount: Balance) {
        self.record(port.caller(), port.block(), |record| {
            record.rewards_claimed = record.rewards_claimed.saturating_add(amount)
        });
    }

    /// What `account` may claim from poll `id`, or why it may not.
    fn claimable(&self, id: PollId, account: AccountId) -> Result<Balance> {
        let poll = self.polls.get(id).ok_or(RewardsError::UnknownPoll)?;
        let outcome = poll.outcome.ok_or(RewardsError::NotFinalized)?;
        let seats = self.seats_voted(id, account);
        if seats == 0 {
            return Err(RewardsError::NotParticipant);
        }
        if self.claims.contains((id, account)) {
            return Err(RewardsError::AlreadyClaimed);
        }
        outcome
            .reward_per_seat
            .checked_mul(Balance::from(seats))
            .ok_or(RewardsError::Overflow)
    }
}
