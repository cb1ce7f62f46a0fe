//! End-to-end tests of the Qiankun DAO suite live in `tests/`, one file per journey.
//! They run on `substrate-contracts-node` (set `CONTRACTS_NODE`); `scripts/test.sh`
//! runs them. This library holds what the journeys share.

/// What an e2e test returns.
pub type E2EResult<T> = Result<T, Box<dyn std::error::Error>>;

/// One unit of the dev chain's currency.
pub const UNIT: u128 = 1_000_000_000_000;
