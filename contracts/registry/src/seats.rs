//! Genesis seats: quotas, issuance rounds and per-account caps, proof-checked claims
//! (A1/A2/A3), the society's reserve → grant | release cycle, operator D grants and
//! society revocations.

use ink::{prelude::vec::Vec, primitives::AccountId};
use interfaces::{
    Id, RegistryError, SaleKind, SeatCategory, SeatCounts, SeatSnapshot, BPS_DENOMINATOR,
    MAX_ITEMS_PER_SERIES, MAX_SEATS_PER_VOTE,
};

use crate::{
    events::{
        IssuanceRoundOpened, SeatClaimed, SeatGranted, SeatReleased, SeatRevoked, SeatsReserved,
        Transfer,
    },
    port::RegistryPort,
    psp34::token_id,
    storage::{RegistryState, Result, SeatBook, SeatQuota, Token, TokenKind},
};

impl SeatBook {
    /// Splits `total_seats` into the categories' quotas, rounding down; the remainder
    /// goes to D.
    pub fn new(total_seats: u32) -> Self {
        let mut caps = [0u32; 7];
        for category in SeatCategory::ALL {
            let share = u64::from(total_seats)
                .saturating_mul(u64::from(category.share_bps()))
                .checked_div(u64::from(BPS_DENOMINATOR))
                .unwrap_or(0);
            caps[category.index()] = u32::try_from(share).unwrap_or(u32::MAX);
        }
        let assigned: u32 = caps.iter().sum();
        let d = SeatCategory::D.index();
        caps[d] = caps[d].saturating_add(total_seats.saturating_sub(assigned));
        Self {
            caps,
            issued: [0; 7],
            reserved: [0; 7],
        }
    }

    /// Seats of `category` neither issued nor reserved.
    pub fn free(&self, category: SeatCategory) -> u32 {
        let i = category.index();
        self.caps[i]
            .saturating_sub(self.issued[i])
            .saturating_sub(self.reserved[i])
    }

    /// The report `seats()` returns.
    pub fn quotas(&self) -> Vec<SeatQuota> {
        SeatCategory::ALL
            .iter()
            .map(|&category| {
                let i = category.index();
                SeatQuota {
                    category,
                    cap: self.caps[i],
                    issued: self.issued[i],
                    reserved: self.reserved[i],
                }
            })
            .collect()
    }

    /// Seats issued over all categories.
    pub fn total_issued(&self) -> u32 {
        self.issued
            .iter()
            .fold(0u32, |sum, n| sum.saturating_add(*n))
    }

    /// The A quotas (A1, A2 and A3) together.
    pub fn claimable_caps(&self) -> u32 {
        self.sum_claimable(&self.caps)
    }

    /// A seats (A1, A2 and A3) issued so far.
    pub fn claimable_issued(&self) -> u32 {
        self.sum_claimable(&self.issued)
    }

    /// The sum of `counts` over the claimable categories.
    fn sum_claimable(&self, counts: &[u32; 7]) -> u32 {
        SeatCategory::ALL
            .iter()
            .filter(|category| category.is_claimable())
            .fold(0u32, |sum, category| {
                sum.saturating_add(counts[category.index()])
            })
    }
}

impl RegistryState {
    /// Cap, issued and reserved seats per category.
    pub fn seats(&self) -> Vec<SeatQuota> {
        self.seat_book.quotas()
    }

    /// Seats issued over all categories.
    pub fn issued_seats(&self) -> u32 {
        self.seat_book.total_issued()
    }

    /// The seats issued now and the number every one of them lies below.
    pub fn seat_snapshot(&self) -> SeatSnapshot {
        SeatSnapshot {
            issued: self.issued_seats(),
            next_number: self.next_token,
        }
    }

    /// Number of live seats `account` holds.
    pub fn seat_count(&self, account: AccountId) -> u32 {
        self.seat_counts.get(account).unwrap_or(0)
    }

    /// Number of live seats of `category` that `account` holds.
    pub fn category_seats(&self, account: AccountId, category: SeatCategory) -> u32 {
        self.category_seats.get((account, category)).unwrap_or(0)
    }

    /// Operator only: opens the next issuance round, in which `claimable_a_seats` A seats
    /// (A1, A2 and A3 together, counting those already claimed) may be claimed.
    pub fn open_issuance_round(
        &mut self,
        port: &mut impl RegistryPort,
        claimable_a_seats: u32,
    ) -> Result<()> {
        self.ensure_operator(port)?;
        if claimable_a_seats <= self.issuance.claimable_a_seats
            || claimable_a_seats > self.seat_book.claimable_caps()
        {
            return Err(RegistryError::BadIssuanceRound);
        }
        let round = self
            .issuance_round
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        self.issuance.claimable_a_seats = claimable_a_seats;
        self.issuance_round = round;
        port.emit(IssuanceRoundOpened {
            round,
            claimable_a_seats,
        });
        Ok(())
    }

    /// The holder of `seat`, if it is a live seat.
    pub fn seat_holder(&self, seat: &Id) -> Option<AccountId> {
        match self.token(seat) {
            Some((
                _,
                Token {
                    owner,
                    kind: TokenKind::Seat { .. },
                    ..
                },
            )) => Some(owner),
            _ => None,
        }
    }

    /// Whether `holder` holds every seat in `seats`; `false` for more than
    /// [`MAX_SEATS_PER_VOTE`] seats.
    pub fn holds_seats(&self, holder: AccountId, seats: &[Id]) -> bool {
        seats.len() <= MAX_SEATS_PER_VOTE
            && seats
                .iter()
                .all(|seat| self.seat_holder(seat) == Some(holder))
    }

    /// Whether token `id` has already proved a seat claim.
    pub fn is_proof_used(&self, id: &Id) -> bool {
        self.token_number(id)
            .is_some_and(|number| self.used_proofs.contains(number))
    }

    /// The caller claims a seat of `category` (A1, A2 or A3) with `proof`, tokens it owns:
    /// A1, one collectible of an Official series; A2, one collectible of every item of
    /// one Official series; A3, one special collectible. Each proof token is marked used
    /// for good, whoever owns it later.
    pub fn claim_seat(
        &mut self,
        port: &mut impl RegistryPort,
        category: SeatCategory,
        proof: Vec<Id>,
    ) -> Result<Id> {
        let caller = port.caller();
        if !category.is_claimable() {
            return Err(RegistryError::NotClaimable);
        }
        if self.seat_book.free(category) == 0 {
            return Err(RegistryError::QuotaExhausted);
        }
        if self.seat_book.claimable_issued() >= self.issuance.claimable_a_seats {
            return Err(RegistryError::RoundExhausted);
        }
        let numbers = self.check_proof(caller, category, &proof)?;
        self.ensure_below_cap(caller, category)?;
        for number in &numbers {
            self.used_proofs.insert(number, &());
        }
        let seat = self.issue_seat(port, caller, category, false)?;
        port.emit(SeatClaimed {
            holder: caller,
            seat: seat.clone(),
            category,
            proof,
        });
        Ok(seat)
    }

    /// Seats neither issued nor reserved, per category.
    pub fn free_seats(&self) -> SeatCounts {
        SeatCategory::ALL.map(|category| self.seat_book.free(category))
    }

    /// Society only: reserves `counts[i]` seats of each society category `i` for the
    /// candidates a rotation selects, all or none.
    pub fn reserve_seats(
        &mut self,
        port: &mut impl RegistryPort,
        counts: SeatCounts,
    ) -> Result<()> {
        self.ensure_society(port.caller())?;
        for category in SeatCategory::ALL {
            let count = counts[category.index()];
            if count > 0 {
                ensure_society_category(category)?;
                if self.seat_book.free(category) < count {
                    return Err(RegistryError::QuotaExhausted);
                }
            }
        }
        for category in SeatCategory::ALL {
            let count = counts[category.index()];
            if count > 0 {
                let i = category.index();
                self.seat_book.reserved[i] = self.seat_book.reserved[i].saturating_add(count);
                port.emit(SeatsReserved { category, count });
            }
        }
        Ok(())
    }

    /// Society only: releases a reservation of a candidate that failed.
    pub fn release_seat(
        &mut self,
        port: &mut impl RegistryPort,
        category: SeatCategory,
    ) -> Result<()> {
        self.ensure_society(port.caller())?;
        ensure_society_category(category)?;
        let i = category.index();
        if self.seat_book.reserved[i] == 0 {
            return Err(RegistryError::NothingReserved);
        }
        self.seat_book.reserved[i] = self.seat_book.reserved[i].saturating_sub(1);
        port.emit(SeatReleased { category });
        Ok(())
    }

    /// The society converts one of its reservations into a seat for `to`; the operator
    /// grants a D seat from the free quota. Anyone else is refused.
    pub fn grant_seat(
        &mut self,
        port: &mut impl RegistryPort,
        to: AccountId,
        category: SeatCategory,
    ) -> Result<Id> {
        let by_society = self.ensure_society(port.caller()).is_ok();
        if by_society {
            ensure_society_category(category)?;
            if self.seat_book.reserved[category.index()] == 0 {
                return Err(RegistryError::NothingReserved);
            }
        } else {
            self.ensure_operator(port)?;
            if category != SeatCategory::D {
                return Err(RegistryError::OperatorGrantsOnlyD);
            }
            if self.seat_book.free(category) == 0 {
                return Err(RegistryError::QuotaExhausted);
            }
            self.ensure_below_cap(to, category)?;
        }
        let seat = self.issue_seat(port, to, category, by_society)?;
        if by_society {
            let i = category.index();
            self.seat_book.reserved[i] = self.seat_book.reserved[i].saturating_sub(1);
        }
        port.emit(SeatGranted {
            holder: to,
            seat: seat.clone(),
            category,
            by_society,
        });
        Ok(seat)
    }

    /// Whether `seat` is a live seat the society granted.
    pub fn society_seat(&self, seat: &Id) -> bool {
        matches!(
            self.token_kind(seat),
            Some(TokenKind::Seat {
                by_society: true,
                ..
            })
        )
    }

    /// Revokes (burns) `seat`; its category regains it. The society revokes the seats it
    /// granted (a member removed for good); the operator any other seat (abuse). A
    /// society seat is revoked only through the society, so its books stay whole.
    pub fn revoke_seat(&mut self, port: &mut impl RegistryPort, seat: Id) -> Result<()> {
        let by_society = self.ensure_society(port.caller()).is_ok();
        if !by_society {
            self.ensure_operator(port)?;
        }
        let (number, token) = self.token(&seat).ok_or(RegistryError::UnknownToken)?;
        let category = match token.kind {
            TokenKind::Seat {
                category,
                by_society: granted_by_society,
            } => match (by_society, granted_by_society) {
                (true, false) => return Err(RegistryError::NotSocietySeat),
                (false, true) => return Err(RegistryError::SocietyGrantedSeat),
                _ => category,
            },
            _ => return Err(RegistryError::UnknownToken),
        };
        let holder = token.owner;
        self.destroy_token(number, &token);
        self.set_seat_count(holder, self.seat_count(holder).saturating_sub(1));
        let left = self.category_seats(holder, category).saturating_sub(1);
        self.set_category_seats(holder, category, left);
        let i = category.index();
        self.seat_book.issued[i] = self.seat_book.issued[i].saturating_sub(1);
        port.emit(Transfer {
            from: Some(holder),
            to: None,
            id: seat.clone(),
        });
        port.emit(SeatRevoked {
            holder,
            seat,
            category,
        });
        Ok(())
    }

    /// Mints a seat of `category` to `to` and counts it as issued.
    fn issue_seat(
        &mut self,
        port: &mut impl RegistryPort,
        to: AccountId,
        category: SeatCategory,
        by_society: bool,
    ) -> Result<Id> {
        let i = category.index();
        let issued = self.seat_book.issued[i]
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        let held = self
            .seat_count(to)
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        let held_of_category = self
            .category_seats(to, category)
            .checked_add(1)
            .ok_or(RegistryError::Overflow)?;
        let number = self.mint(
            port,
            to,
            TokenKind::Seat {
                category,
                by_society,
            },
        )?;
        self.seat_book.issued[i] = issued;
        self.set_seat_count(to, held);
        self.set_category_seats(to, category, held_of_category);
        Ok(token_id(number))
    }

    /// Fails with `SeatCapReached` if `account` already holds as many seats of
    /// `category` as the issuance rules allow one account.
    fn ensure_below_cap(&self, account: AccountId, category: SeatCategory) -> Result<()> {
        if self.category_seats(account, category) >= self.issuance.seats_per_account {
            return Err(RegistryError::SeatCapReached);
        }
        Ok(())
    }

    /// Stores `count` seats of `category` for `account`, removing the entry at zero.
    fn set_category_seats(&mut self, account: AccountId, category: SeatCategory, count: u32) {
        if count == 0 {
            self.category_seats.remove((account, category));
        } else {
            self.category_seats.insert((account, category), &count);
        }
    }

    /// Stores `count` seats for `account`, removing the entry at zero.
    fn set_seat_count(&mut self, account: AccountId, count: u32) {
        if count == 0 {
            self.seat_counts.remove(account);
        } else {
            self.seat_counts.insert(account, &count);
        }
    }

    /// Checks `proof` for a claim of `category` by `caller` and returns its token numbers.
    fn check_proof(
        &self,
        caller: AccountId,
        category: SeatCategory,
        proof: &[Id],
    ) -> Result<Vec<u64>> {
        if proof.is_empty() || proof.len() > usize::from(MAX_ITEMS_PER_SERIES) {
            return Err(RegistryError::NotEligible);
        }
        let mut numbers = Vec::with_capacity(proof.len());
        let mut pieces = Vec::with_capacity(proof.len());
        for id in proof {
            let (number, token) = self.token(id).ok_or(RegistryError::UnknownToken)?;
            if token.owner != caller {
                return Err(RegistryError::NotEligible);
            }
            if self.used_proofs.contains(number) || numbers.contains(&number) {
                return Err(RegistryError::ProofAlreadyUsed);
            }
            let TokenKind::Collectible { series, item, .. } = token.kind else {
                return Err(RegistryError::NotEligible);
            };
            let series_info = self
                .series
                .get(series)
                .ok_or(RegistryError::UnknownSeries)?;
            numbers.push(number);
            pieces.push((series, item, series_info));
        }
        let eligible = match category {
            SeatCategory::A1 => {
                pieces.len() == 1
                    && pieces
                        .iter()
                        .all(|(_, _, s)| s.spec.kind == SaleKind::Official)
            }
            SeatCategory::A3 => pieces.len() == 1 && pieces.iter().all(|(_, _, s)| s.spec.special),
            SeatCategory::A2 => {
                let Some((first_series, _, info)) = pieces.first() else {
                    return Err(RegistryError::NotEligible);
                };
                let same_series = pieces.iter().all(|(series, _, _)| series == first_series);
                let mut covered = [false; MAX_ITEMS_PER_SERIES as usize];
                let mut distinct = true;
                for (_, item, _) in &pieces {
                    let slot = &mut covered[usize::from(*item)];
                    distinct &= !*slot;
                    *slot = true;
                }
                same_series
                    && distinct
                    && info.spec.kind == SaleKind::Official
                    && pieces.len() == usize::from(info.spec.items)
            }
            _ => false,
        };
        if eligible {
            Ok(numbers)
        } else {
            Err(RegistryError::NotEligible)
        }
    }
}

/// Fails with `NotSocietyCategory` for A1/A2/A3.
fn ensure_society_category(category: SeatCategory) -> Result<()> {
    if category.is_society_category() {
        Ok(())
    } else {
        Err(RegistryError::NotSocietyCategory)
    }
}
