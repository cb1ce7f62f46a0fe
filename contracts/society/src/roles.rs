//! Roles: the one role each account plays (bidder, candidate, suspended candidate,
//! member, suspended member), kept as one list per role for paging and random picks, and
//! the guards that read them.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{RoleError, SocietyError};

use crate::storage::{Result, Role, SocietyState};

impl SocietyState {
    /// The role `who` plays, if any.
    pub fn role_of(&self, who: AccountId) -> Option<Role> {
        self.roles.get(who).map(|(role, _)| role)
    }
    /// Number of accounts playing `role`.
    pub fn count(&self, role: Role) -> u32 {
        self.role_counts[role.index()]
    }
    /// Up to `limit` accounts playing `role`, from index `from` of its list.
    pub fn accounts_in(&self, role: Role, from: u32, limit: u32) -> Vec<AccountId> {
        let end = from.saturating_add(limit).min(self.count(role));
        (from..end)
            .filter_map(|index| self.role_lists.get((role, index)))
            .collect()
    }
    /// The account at `index` of `role`'s list.
    pub(crate) fn account_at(&self, role: Role, index: u32) -> Option<AccountId> {
        self.role_lists.get((role, index))
    }
    /// Whether `who` is a member (not suspended).
    pub fn is_member(&self, who: AccountId) -> bool {
        self.role_of(who) == Some(Role::Member)
    }
    /// Gives `who` (which must have no role) the role `role`.
    pub(crate) fn enter(&mut self, who: AccountId, role: Role) {
        let index = self.count(role);
        self.roles.insert(who, &(role, index));
        self.role_lists.insert((role, index), &who);
        self.role_counts[role.index()] = index.saturating_add(1);
    }
    /// Takes `who` out of its role, moving the last of that role's list into its place.
    pub(crate) fn leave(&mut self, who: AccountId) {
        let Some((role, index)) = self.roles.take(who) else {
            return;
        };
        let last = self.count(role).saturating_sub(1);
        if index != last {
            if let Some(moved) = self.role_lists.get((role, last)) {
                self.role_lists.insert((role, index), &moved);
                self.roles.insert(moved, &(role, index));
            }
        }
        self.role_lists.remove((role, last));
        self.role_counts[role.index()] = last;
    }
    /// Moves `who` from its role (if any) to `role`.
    pub(crate) fn change_role(&mut self, who: AccountId, role: Role) {
        self.leave(who);
        self.enter(who, role);
    }
    /// Fails with `AlreadyInSociety` if `who` plays any role.
    pub(crate) fn ensure_outsider(&self, who: AccountId) -> Result<()> {
        match self.role_of(who) {
            None => Ok(()),
            Some(_) => Err(SocietyError::AlreadyInSociety),
        }
    }
    /// Fails unless `who` is a member: `Suspended` for a suspended one, `NotMember` else.
    pub(crate) fn ensure_member(&self, who: AccountId) -> Result<()> {
        match self.role_of(who) {
            Some(Role::Member) => Ok(()),
            Some(Role::SuspendedMember) => Err(SocietyError::Suspended),
            _ => Err(SocietyError::NotMember),
        }
    }
    /// Fails with `NotFounded` before founding.
    pub(crate) fn ensure_founded(&self) -> Result<()> {
        if self.head.is_some() {
            Ok(())
        } else {
            Err(SocietyError::NotFounded)
        }
    }
    /// Fails with `RotationInProgress` while a rotation is being resolved.
    pub(crate) fn ensure_no_rotation(&self) -> Result<()> {
        if self.rotation_progress().is_some() {
            Err(SocietyError::RotationInProgress)
        } else {
            Ok(())
        }
    }
    /// Fails unless `caller` is the operator.
    pub fn ensure_operator(&self, caller: AccountId) -> Result<()> {
        self.role.ensure(caller).map_err(role_error)
    }
    /// Fails unless `caller` is the judge.
    pub(crate) fn ensure_judge(&self, caller: AccountId) -> Result<()> {
        if caller == self.judge {
            Ok(())
        } else {
            Err(SocietyError::NotAuthorized)
        }
    }
}

/// Maps an operator-role refusal to the society's error.
pub(crate) fn role_error(error: RoleError) -> SocietyError {
    match error {
        RoleError::NotOperator => SocietyError::NotAuthorized,
        RoleError::NoPendingOperator => SocietyError::NoPendingOperator,
    }
}
