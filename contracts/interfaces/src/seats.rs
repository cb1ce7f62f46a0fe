//! The seven categories of Genesis seats and their quotas.

use crate::BasisPoints;

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
