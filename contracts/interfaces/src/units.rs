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
    let denominator = Balance::from(BPS_DENOMINATOR);
    let bps = Balance::from(bps.min(BPS_DENOMINATOR));
    // (q * d + r) * bps / d = q * bps + r * bps / d, with r < d so nothing overflows.
    let whole = amount
        .checked_div(denominator)
        .unwrap_or(0)
        .saturating_mul(bps);
    let rest = amount
        .checked_rem(denominator)
        .unwrap_or(0)
        .saturating_mul(bps)
        .checked_div(denominator)
        .unwrap_or(0);
    whole.saturating_add(rest)
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
