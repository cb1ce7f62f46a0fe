//! Units and limits every contract of the suite counts in: balances, times, ids, basis
//! points, and the sizes two contracts must agree on.

use ink::prelude::string::String;

/// Native currency amount, as in ink!'s default environment.
pub type Balance = u128;
/// Unix time in milliseconds, as `block_timestamp()` returns it.
pub type Timestamp = u64;
/// Identifier of a series of collectibles in the registry.
pub type SeriesId = u32;
/// Identifier of a poll in the rewards contract.
pub type PollId = u32;
/// Basis points: 10,000 is 100%.
pub type BasisPoints = u16;
/// Block numbers, as in ink!'s default environment.
pub type BlockNumber = u32;

/// The whole of anything measured in basis points.
pub const BPS_DENOMINATOR: BasisPoints = 10_000;
/// Most distinct items (designs) one series may have.
pub const MAX_ITEMS_PER_SERIES: u8 = 64;
/// Most options a choice offers: a poll's question, or each list of a series' listing
/// options (the registry checks a proposal against it, the rewards contract its poll).
pub const MAX_OPTIONS: usize = 16;

/// `floor(amount * bps / 10,000)` without overflow for any `amount`.
pub fn bps_of(amount: Balance, bps: BasisPoints) -> Balance {
    let bps = bps.min(BPS_DENOMINATOR);
    // (q * d + r) * bps / d = q * bps + r * bps / d, with r < d so nothing overflows.
    let Some((whole, rest)) = div_rem_u32(amount, u32::from(BPS_DENOMINATOR)) else {
        return 0;
    };
    let rest = u64::from(rest)
        .saturating_mul(u64::from(bps))
        .checked_div(u64::from(BPS_DENOMINATOR))
        .unwrap_or(0);
    whole
        .saturating_mul(Balance::from(bps))
        .saturating_add(Balance::from(rest))
}

/// `(amount / divisor, amount % divisor)`, or `None` for a zero divisor. Long division
/// in four 32-bit steps of 64-bit arithmetic, which Wasm has natively: a 128-bit `/`
/// would link the generic 128-bit division routine (`__udivti3`, about 1 KB of code in
/// every contract that divides a balance).
pub fn div_rem_u32(amount: u128, divisor: u32) -> Option<(u128, u32)> {
    let divisor = u64::from(divisor);
    let mut quotient: u128 = 0;
    let mut rest: u64 = 0;
    for shift in [96u32, 64, 32, 0] {
        // The 32-bit limb of `amount` at `shift`: the truncation is the point.
        #[allow(clippy::cast_possible_truncation)]
        let limb = amount.checked_shr(shift).unwrap_or(0) as u32;
        // `rest < divisor < 2^32`, so `current` fits in 64 bits and the limb's quotient
        // in 32.
        let current = rest.checked_shl(32).unwrap_or(0) | u64::from(limb);
        let digit = current.checked_div(divisor)?;
        rest = current.checked_rem(divisor)?;
        quotient = quotient.checked_shl(32).unwrap_or(0) | u128::from(digit);
    }
    // `rest < divisor`, which came from a `u32`.
    #[allow(clippy::cast_possible_truncation)]
    Some((quotient, rest as u32))
}

/// Appends `value` as decimal text, the way attributes and URIs carry numbers (without
/// `core::fmt`, which would add kilobytes to the contract's code).
pub fn push_decimal(text: &mut String, value: u64) {
    let mut digits = [0u8; 20];
    let mut rest = value;
    let mut start = digits.len();
    loop {
        start = start.saturating_sub(1);
        // `rest % 10` is below 10: the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        let digit = (rest % 10) as u8;
        if let Some(slot) = digits.get_mut(start) {
            *slot = b'0'.saturating_add(digit);
        }
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for digit in digits.iter().skip(start) {
        text.push(char::from(*digit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fixed sequence of well-spread 128-bit values (xorshift), with the edges first.
    fn samples() -> impl Iterator<Item = u128> {
        let edges = [
            0,
            1,
            9_999,
            10_000,
            10_001,
            u128::from(u64::MAX),
            u128::MAX - 1,
            u128::MAX,
        ];
        let mut state: u128 = 0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C834;
        let spread = (0..20_000).map(move |i: u32| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Every magnitude: shift the value down by 0..128 bits.
            state >> (i % 128)
        });
        edges.into_iter().chain(spread)
    }

    #[test]
    fn div_rem_u32_matches_the_native_128_bit_division() {
        let divisors = [1, 2, 3, 7, 10, 10_000, 65_537, u32::MAX - 1, u32::MAX];
        for amount in samples() {
            for divisor in divisors {
                assert_eq!(
                    div_rem_u32(amount, divisor),
                    Some((
                        amount / u128::from(divisor),
                        (amount % u128::from(divisor)) as u32
                    )),
                    "{amount} / {divisor}"
                );
            }
        }
        assert_eq!(div_rem_u32(5, 0), None);
    }

    #[test]
    fn bps_of_is_the_floor_of_the_exact_share() {
        for amount in samples() {
            for bps in [0, 1, 2_500, 3_333, 9_999, 10_000, 10_001, u16::MAX] {
                let capped = u128::from(bps.min(BPS_DENOMINATOR));
                // Exact where `amount * bps` fits; otherwise by the split of `amount`.
                let exact = match amount.checked_mul(capped) {
                    Some(product) => product / 10_000,
                    None => amount / 10_000 * capped + amount % 10_000 * capped / 10_000,
                };
                assert_eq!(bps_of(amount, bps), exact, "{bps} bps of {amount}");
            }
        }
    }
}
