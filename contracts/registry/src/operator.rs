//! The operator's powers over the registry as a whole: creating it, linking the other
//! two contracts once (each must name this registry), pausing sales, sweeping balance
//! nobody is owed, and handing the role over. Guards shared by the rules live here too.

use ink::{prelude::string::String, primitives::AccountId, storage::Mapping};
use interfaces::{Balance, Id, OperatorRole, RegistryError};

use crate::{
    events::{AttributeSet, Linked, RevenueSplitChanged, SalesPaused, SeatCapChanged, Swept},
    port::RegistryPort,
    storage::{
        Accruals, IssuanceRules, LinkTarget, Links, RegistryState, Result, RevenueSplit, SeatBook,
    },
};

/// Longest attribute key or value (bytes) stored for the collection.
pub const MAX_ATTRIBUTE_LEN: usize = 128;

/// The collection's `name` attribute.
pub const COLLECTION_NAME: &str = "Qiankun DAO Collectibles";

/// The collection's `symbol` attribute.
pub const COLLECTION_SYMBOL: &str = "QKD";

/// The collection attribute holding the folder every token URI starts with.
pub const METADATA_URI_KEY: &str = "metadata_uri";

impl RegistryState {
    /// A fresh registry operated by the caller, with `total_seats` Genesis seats, the
    /// revenue `split`, the `issuance` rules (its first round) and `metadata_uri`, the
    /// folder of the tokens' JSON metadata. `collection` is the collection id, under
    /// which the collection's `name`, `symbol` and `metadata_uri` attributes are set.
    pub fn new(
        port: &mut impl RegistryPort,
        total_seats: u32,
        split: RevenueSplit,
        issuance: IssuanceRules,
        collection: Id,
        metadata_uri: String,
    ) -> Result<Self> {
        split.validate()?;
        let seat_book = SeatBook::new(total_seats);
        issuance.validate(seat_book.claimable_caps())?;
        if metadata_uri.is_empty() || !metadata_uri.ends_with('/') {
            return Err(RegistryError::BadMetadataUri);
        }
        if metadata_uri.len() > MAX_ATTRIBUTE_LEN {
            return Err(RegistryError::ContentTooLong);
        }
        let mut state = Self {
            role: OperatorRole::new(port.caller()),
            links: Links::default(),
            split,
            sales_paused: false,
            issuance,
            issuance_round: 1,
            tokens: Mapping::default(),
            holdings: Mapping::default(),
            full_pages: Mapping::default(),
            all_tokens: Mapping::default(),
            supply: 0,
            next_token: 1,
            token_approvals: Mapping::default(),
            operator_approvals: Mapping::default(),
            collection_attributes: Mapping::default(),
            series: Mapping::default(),
            series_count: 0,
            creators: Mapping::default(),
            seat_counts: Mapping::default(),
            category_seats: Mapping::default(),
            credits: Mapping::default(),
            accrued: Accruals::default(),
            total_credits: 0,
            seat_book,
            used_proofs: Mapping::default(),
        };
        let attributes = [
            ("name", String::from(COLLECTION_NAME)),
            ("symbol", String::from(COLLECTION_SYMBOL)),
            (METADATA_URI_KEY, metadata_uri),
        ];
        for (key, data) in attributes {
            state.collection_attributes.insert(key, &data);
            port.emit(AttributeSet {
                id: collection.clone(),
                key: key.as_bytes().to_vec(),
                data: data.into_bytes(),
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

    /// Operator only: the revenue split of every sale from now on.
    pub fn set_revenue_split(
        &mut self,
        port: &mut impl RegistryPort,
        split: RevenueSplit,
    ) -> Result<()> {
        self.ensure_operator(port)?;
        split.validate()?;
        self.split = split;
        port.emit(RevenueSplitChanged { split });
        Ok(())
    }

    /// Operator only: the most seats of one category one account may hold through
    /// claims and grants from now on (at least 1; seats already held stay).
    pub fn set_seats_per_account(
        &mut self,
        port: &mut impl RegistryPort,
        seats_per_account: u32,
    ) -> Result<()> {
        self.ensure_operator(port)?;
        if seats_per_account == 0 {
            return Err(RegistryError::BadIssuanceRules);
        }
        self.issuance.seats_per_account = seats_per_account;
        port.emit(SeatCapChanged { seats_per_account });
        Ok(())
    }

    /// Operator only: sends `to` the balance nobody is owed (what the contract holds
    /// beyond every credit and accrued share, e.g. a direct transfer); returns
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

    /// The pending operator takes the role. What the sales accrued for the former
    /// operator moves to its credit, so the new one inherits none of it.
    pub fn accept_operator(&mut self, port: &mut impl RegistryPort) -> Result<()> {
        let previous = self.role.operator;
        let previous_credit = self
            .credits
            .get(previous)
            .unwrap_or(0)
            .checked_add(self.accrued.operator)
            .ok_or(RegistryError::Overflow)?;
        let changed = self
            .role
            .accept(port.caller())
            .map_err(|_| RegistryError::NoPendingOperator)?;
        if self.accrued.operator > 0 {
            self.credits.insert(previous, &previous_credit);
            self.accrued.operator = 0;
        }
        port.emit(changed);
        Ok(())
    }
}
