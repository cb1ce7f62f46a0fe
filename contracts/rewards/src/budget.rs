//! Money logic: revenue into the pool, extra funding of a poll, and pull-based claims
//! that cost the same however many holders and polls there are.

use ink::{
    prelude::{vec, vec::Vec},
    primitives::AccountId,
};
use interfaces::{Balance, PollId, RewardsError};

use crate::{
    events::{Event, PollFunded, RevenueDeposited, RewardClaimed},
    state::{BlockNumber, Result, RewardsState, MAX_CLAIMS},
};

impl RewardsState {
    /// Adds `amount`, paid by `from`, to the undistributed pool.
    pub fn deposit_revenue(&mut self, from: AccountId, amount: Balance) -> Result<Vec<Event>> {
        if amount == 0 {
            return Err(RewardsError::ZeroAmount);
        }
        self.pool = self
            .pool
            .checked_add(amount)
            .ok_or(RewardsError::Overflow)?;
        Ok(vec![Event::RevenueDeposited(RevenueDeposited {
            from,
            amount,
        })])
    }

    /// Adds `amount`, paid by `from`, to the budget of poll `id` before it is finalized.
    pub fn fund_poll(
        &mut self,
        from: AccountId,
        id: PollId,
        amount: Balance,
    ) -> Result<Vec<Event>> {
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
        Ok(vec![Event::PollFunded(PollFunded {
            poll: id,
            from,
            amount,
        })])
    }

    /// Seats `account` voted with in poll `id`.
    pub fn seats_voted(&self, id: PollId, account: AccountId) -> u32 {
        self.voter_seats.get((id, account)).unwrap_or(0)
    }

    /// What `account` may claim from poll `id` now: its seats times the reward per seat
    /// once the poll is finalized, nothing before or after claiming.
    pub fn pending_reward(&self, id: PollId, account: AccountId) -> Balance {
        self.claimable(id, account).unwrap_or(0)
    }

    /// `caller` claims its reward from poll `id`; the shell pays it out.
    pub fn claim(
        &mut self,
        caller: AccountId,
        now: BlockNumber,
        id: PollId,
    ) -> Result<(Balance, Vec<Event>)> {
        let amount = self.claimable(id, caller)?;
        self.claims.insert((id, caller), &());
        self.committed = self.committed.saturating_sub(amount);
        self.record(caller, now, |record| {
            record.rewards_claimed = record.rewards_claimed.saturating_add(amount)
        });
        Ok((
            amount,
            vec![Event::RewardClaimed(RewardClaimed {
                poll: id,
                account: caller,
                amount,
            })],
        ))
    }

    /// `caller` claims from each of at most 16 polls it may claim from, skipping the
    /// others; the shell pays out the total.
    pub fn claim_all(
        &mut self,
        caller: AccountId,
        now: BlockNumber,
        ids: Vec<PollId>,
    ) -> Result<(Balance, Vec<Event>)> {
        if ids.len() > MAX_CLAIMS {
            return Err(RewardsError::BadParameter);
        }
        let mut total: Balance = 0;
        let mut events = Vec::new();
        for id in ids {
            if self.claimable(id, caller).is_err() {
                continue;
            }
            let (amount, claimed) = self.claim(caller, now, id)?;
            total = total.checked_add(amount).ok_or(RewardsError::Overflow)?;
            events.extend(claimed);
        }
        if events.is_empty() {
            return Err(RewardsError::NothingToClaim);
        }
        Ok((total, events))
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
