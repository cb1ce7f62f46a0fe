//! Contribution records: what each account has done for the alliance (polls voted and
//! created, rewards claimed, when it was last active).

use ink::primitives::AccountId;
use interfaces::BlockNumber;

use crate::storage::{Contribution, RewardsState};

impl RewardsState {
    /// The contribution record of `account`.
    pub fn contribution(&self, account: AccountId) -> Contribution {
        self.contributions.get(account).unwrap_or_default()
    }

    /// Updates the contribution record of `account` with `change`, stamping `block`.
    pub(crate) fn record(
        &mut self,
        account: AccountId,
        block: BlockNumber,
        change: impl FnOnce(&mut Contribution),
    ) {
        let mut record = self.contribution(account);
        change(&mut record);
        record.last_active = block;
        self.contributions.insert(account, &record);
    }
}
