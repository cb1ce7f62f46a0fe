//! The operator role every contract has, handed over in two steps, and the events of
//! the handover, of code upgrades and of sweeps.

use ink::primitives::AccountId;

/// Why an [`OperatorRole`] refused a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleError {
    /// The caller is not the operator.
    NotOperator,
    /// The caller was not offered the role.
    NoPendingOperator,
}

/// A contract's operator key, handed over in two steps: the operator offers it, the new
/// account accepts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct OperatorRole {
    /// The operator.
    pub operator: AccountId,
    /// The account offered the role, until it accepts.
    pub pending: Option<AccountId>,
}

impl OperatorRole {
    /// A role held by `operator`, with no offer pending.
    pub fn new(operator: AccountId) -> Self {
        Self {
            operator,
            pending: None,
        }
    }

    /// Fails unless `caller` is the operator.
    pub fn ensure(&self, caller: AccountId) -> Result<(), RoleError> {
        if caller == self.operator {
            Ok(())
        } else {
            Err(RoleError::NotOperator)
        }
    }

    /// The operator offers the role to `to`; returns the event to emit.
    pub fn offer(
        &mut self,
        caller: AccountId,
        to: AccountId,
    ) -> Result<OperatorTransferStarted, RoleError> {
        self.ensure(caller)?;
        self.pending = Some(to);
        Ok(OperatorTransferStarted {
            operator: caller,
            pending: to,
        })
    }

    /// The account offered the role takes it; returns the event to emit, which names
    /// the previous operator.
    pub fn accept(&mut self, caller: AccountId) -> Result<OperatorChanged, RoleError> {
        if self.pending != Some(caller) {
            return Err(RoleError::NoPendingOperator);
        }
        let previous = self.operator;
        self.operator = caller;
        self.pending = None;
        Ok(OperatorChanged {
            previous,
            operator: caller,
        })
    }
}

/// The operator offered its role to another account.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorTransferStarted {
    /// The current operator.
    #[ink(topic)]
    pub operator: AccountId,
    /// The account that may accept.
    #[ink(topic)]
    pub pending: AccountId,
}

/// The operator role changed hands.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorChanged {
    /// The former operator.
    #[ink(topic)]
    pub previous: AccountId,
    /// The new operator.
    #[ink(topic)]
    pub operator: AccountId,
}

/// The contract's code was replaced.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeUpgraded {
    /// The new code hash.
    pub code_hash: ink::primitives::Hash,
}

/// The operator swept balance that nobody was owed (a direct transfer) to `to`.
#[ink::event]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swept {
    /// Who received it.
    #[ink(topic)]
    pub to: AccountId,
    /// How much.
    pub amount: crate::Balance,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_role_changes_hands_in_two_steps() {
        let (alice, bob) = (AccountId::from([1; 32]), AccountId::from([2; 32]));
        let mut role = OperatorRole::new(alice);
        assert_eq!(role.offer(bob, bob), Err(RoleError::NotOperator));
        assert_eq!(role.accept(bob), Err(RoleError::NoPendingOperator));
        assert_eq!(role.offer(alice, bob).map(|e| e.pending), Ok(bob));
        assert_eq!(role.ensure(bob), Err(RoleError::NotOperator));
        assert_eq!(role.accept(bob).map(|e| e.previous), Ok(alice));
        assert_eq!(
            role,
            OperatorRole {
                operator: bob,
                pending: None
            }
        );
    }
}
