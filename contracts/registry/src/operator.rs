//! The operator's powers over the registry as a whole: creating it, linking the other
//! two contracts once (each must name this registry), pausing sales, sweeping balance
//! nobody is owed, and handing the role over. Guards shared by the rules live here too.

use ink::{prelude::vec::Vec, primitives::AccountId, storage::Mapping};
use interfaces::{Balance, Id, OperatorRole, RegistryError};

use crate::{
    events::{AttributeSet, Linked, SalesPaused, Swept},
    port::RegistryPort,
    storage::{IssuanceRules, LinkTarget, Links, RegistryState, Result, RevenueSplit, SeatBook},
};

/// Longest attribute key or value (bytes) stored for the collection.
pub const MAX_ATTRIBUTE_LEN: usize = 128;

impl RegistryState {
    /// A fresh registry operated by the caller, with `total_seats` Genesis seats, the
    /// revenue `split` and the `issuance` rules (its first round). `collection` is the
    /// collection id, under which the collection's `name` and `symbol` attributes are set.
    pub fn new(
        port: &mut impl RegistryPort,
        total_seats: u32,
        split: RevenueSplit,
        issuance: IssuanceRules,
        collection: Id,
        name: Vec<u8>,
        symbol: Vec<u8>,
    ) -> Result<Self> {
        split.validate()?;
        let seat_book = SeatBook::new(total_seats);
        issuance.validate(&seat_book)?;
        if name.len() > MAX_ATTRIBUTE_LEN || symbol.len() > MAX_ATTRIBUTE_LEN {
            return Err(RegistryError::ContentTooLong);
        }
        let mut state = Self {
            role: OperatorRole::new(port.caller()),
            links: Links::default(),
            split,
            sales_paused: false,
            issuance,
            issuance_round: 1,
            owners: Mapping::default(),
            kinds: Mapping::default(),
            balances: Mapping::default(),
            owned_tokens: Mapping::default(),
            owned_index: Mapping::default(),
            all_tokens: Mapping::default(),
            all_index: Mapping::default(),
            supply: 0,
            next_token: 1,
            token_approvals: Mapping::default(),
            move_counts: Mapping::default(),
            operator_approvals: Mapping::default(),
            collection_attributes: Mapping::default(),
            series: Mapping::default(),
            series_count: 0,
            minted: Mapping::default(),
            creators: Mapping::default(),
            seat_counts: Mapping::default(),
            category_seats: Mapping::default(),
            credits: Mapping::default(),
            total_credits: 0,
            seat_book,
            used_proofs: Mapping::default(),
        };
        for (key, data) in [(b"name".to_vec(), name), (b"symbol".to_vec(), symbol)] {
            state.collection_attributes.insert(&key, &data);
            port.emit(AttributeSet {
                id: collection.clone(),
                key,
                data,
            });
        }
        Ok(state)
    }

    /// Fails with `NotAuthorized` unless the caller is the operator.
    pub fn ensure_operator(&self, port: &impl RegistryPort) -> Result<()> {
        self.role
            .ensure(port.caller())
            .map_err(|_| RegistryError::NotAuthorized)
    }

    /// Whether `account` is the operator.
    pub fn is_operator(&self, account: AccountId) -> bool {
        self.role.ensure(account).is_ok()
    }

    /// The linked rewards contract, or `NotLinked`.
    pub fn ensure_rewards(&self) -> Result<AccountId> {
        self.links.rewards.ok_or(RegistryError::NotLinked)
    }

    /// Fails with `NotAuthorized` unless `caller` is the linked society.
    pub fn ensure_society(&self, caller: AccountId) -> Result<()> {
        if self.links.society == Some(caller) {
            Ok(())
        } else {
            Err(RegistryError::NotAuthorized)
        }
    }

    /// Operator only, once per target: links the rewards or the society contract, which
    /// must name this registry as its own (a wrong address would break `buy` for good).
    pub fn link(
        &mut self,
        port: &mut impl RegistryPort,
        target: LinkTarget,
        contract: AccountId,
    ) -> Result<()> {
        self.ensure_operator(port)?;
        let linked = match target {
            LinkTarget::Rewards => self.links.rewards,
            LinkTarget::Society => self.links.society,
        };
        if linked.is_some() {
            return Err(RegistryError::AlreadyLinked);
        }
        if port.registry_of(contract) != Some(port.own_account()) {
            return Err(RegistryError::LinkMismatch);
        }
        match target {
            LinkTarget::Rewards => self.links.rewards = Some(contract),
            LinkTarget::Society => self.links.society = Some(contract),
        }
        port.emit(Linked {
            rewards: self.links.rewards,
            society: self.links.society,
        });
        Ok(())
    }

    /// Operator only: pauses (`true`) or resumes (`false`) `buy` and `airdrop`.
    pub fn set_sales_paused(&mut self, port: &mut impl RegistryPort, paused: bool) -> Result<()> {
        self.ensure_operator(port)?;
        self.sales_paused = paused;
        port.emit(SalesPaused { paused });
        Ok(())
    }

    /// Operator only: sends `to` the balance nobody is owed (what the contract holds
    /// beyond the credits of creators and the operator, e.g. a direct transfer); returns
    /// the amount.
    pub fn sweep(&mut self, port: &mut impl RegistryPort, to: AccountId) -> Result<Balance> {
        self.ensure_operator(port)?;
        let amount = port.balance().saturating_sub(self.total_credits);
        if amount == 0 {
            return Err(RegistryError::NothingToSweep);
        }
        port.emit(Swept { to, amount });
        port.pay(to, amount)?;
        Ok(amount)
    }

    /// Operator only: offers the operator role to `to`, who must accept it.
    pub fn transfer_operator(&mut self, port: &mut impl RegistryPort, to: AccountId) -> Result<()> {
        let started = self
            .role
            .offer(port.caller(), to)
            .map_err(|_| RegistryError::NotAuthorized)?;
        port.emit(started);
        Ok(())
    }

    /// The pending operator takes the role.
    pub fn accept_operator(&mut self, port: &mut impl RegistryPort) -> Result<()> {
        let changed = self
            .role
            .accept(port.caller())
            .map_err(|_| RegistryError::NoPendingOperator)?;
        port.emit(changed);
        Ok(())
    }
}
