//! The seven categories of Genesis seats and their quotas.

use crate::{Balance, BasisPoints, RegistryError};

/// Most seats one vote may name, and one `holds_seats` check may ask about.
pub const MAX_SEATS_PER_VOTE: usize = 16;

/// The seven categories of Genesis seats (创世乾坤) and their share of all seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum SeatCategory {
    /// 45%: owns any collectible of an Official series.
    A1,
    /// 10%: owns one of every item of an Official series.
    A2,
    /// 5%: owns a special 1-of-1 collectible.
    A3,
    /// 15%: creators, admitted by the society.
    B,
    /// 5%: community representatives, admitted by the society.
    C1,
    /// 10%: analysts and media, admitted by the society.
    C2,
    /// 10% plus rounding remainders: team reserve, granted by the operator or the society.
    D,
}

/// One count per seat category, indexed by [`SeatCategory::index`].
pub type SeatCounts = [u32; 7];

impl SeatCategory {
    /// Every category, in the order used by quota tables.
    pub const ALL: [SeatCategory; 7] = [
        SeatCategory::A1,
        SeatCategory::A2,
        SeatCategory::A3,
        SeatCategory::B,
        SeatCategory::C1,
        SeatCategory::C2,
        SeatCategory::D,
    ];

    /// One seat of this category, as counts per category.
    pub fn one(self) -> SeatCounts {
        let mut counts = [0; 7];
        counts[self.index()] = 1;
        counts
    }

    /// Position of the category in [`SeatCategory::ALL`].
    pub fn index(self) -> usize {
        match self {
            SeatCategory::A1 => 0,
            SeatCategory::A2 => 1,
            SeatCategory::A3 => 2,
            SeatCategory::B => 3,
            SeatCategory::C1 => 4,
            SeatCategory::C2 => 5,
            SeatCategory::D => 6,
        }
    }

    /// Share of all seats in basis points (D's share also receives the rounding remainder).
    pub fn share_bps(self) -> BasisPoints {
        match self {
            SeatCategory::A1 => 4_500,
            SeatCategory::A2 => 1_000,
            SeatCategory::A3 => 500,
            SeatCategory::B => 1_500,
            SeatCategory::C1 => 500,
            SeatCategory::C2 => 1_000,
            SeatCategory::D => 1_000,
        }
    }

    /// Whether a collector claims this category with an on-chain proof.
    pub fn is_claimable(self) -> bool {
        matches!(self, SeatCategory::A1 | SeatCategory::A2 | SeatCategory::A3)
    }

    /// Whether the society may admit members into this category.
    pub fn is_society_category(self) -> bool {
        !self.is_claimable()
    }
}

/// Who can count in a poll, as the registry reports it when the poll opens: the seats
/// issued then (the poll's quorum is a share of them), and the number below which every
/// seat then issued lies (seat ids are token numbers, given in increasing order), so a
/// seat issued later never votes in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct SeatSnapshot {
    /// Seats issued (claimed or granted and not revoked).
    pub issued: u32,
    /// The number the next token will get: every seat issued so far is numbered below it.
    pub next_number: u64,
}

/// How Genesis seats reach collectors: a floor under Official prices, a cap per account
/// and category, and the A seats claimable so far (raised round by round).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct IssuanceRules {
    /// Lowest price an Official series may be offered or listed at: every piece that
    /// proves an A1 seat was paid for.
    pub min_official_price: Balance,
    /// Most seats of one category one account may hold through claims and operator
    /// grants (the society admits each member into one seat).
    pub seats_per_account: u32,
    /// A seats (A1, A2 and A3 together) that may be claimed so far.
    pub claimable_a_seats: u32,
}

impl IssuanceRules {
    /// Checks the rules against the seat quotas: at least one seat per account and
    /// category, and a first round within `a_seats`, the A quotas (A1 + A2 + A3).
    pub fn validate(&self, a_seats: u32) -> core::result::Result<(), RegistryError> {
        if self.seats_per_account == 0 || self.claimable_a_seats > a_seats {
            return Err(RegistryError::BadIssuanceRules);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BPS_DENOMINATOR;

    #[test]
    fn seat_shares_sum_to_the_whole() {
        let total: u32 = SeatCategory::ALL
            .iter()
            .map(|category| u32::from(category.share_bps()))
            .sum();
        assert_eq!(total, u32::from(BPS_DENOMINATOR));
    }

    #[test]
    fn seat_category_index_follows_all() {
        for (position, category) in SeatCategory::ALL.iter().enumerate() {
            assert_eq!(category.index(), position);
        }
    }

    #[test]
    fn only_a_categories_are_claimable() {
        let claimable: Vec<_> = SeatCategory::ALL
            .iter()
            .filter(|category| category.is_claimable())
            .collect();
        assert_eq!(
            claimable,
            [&SeatCategory::A1, &SeatCategory::A2, &SeatCategory::A3]
        );
        assert!(SeatCategory::ALL
            .iter()
            .all(|category| category.is_claimable() != category.is_society_category()));
    }
}
