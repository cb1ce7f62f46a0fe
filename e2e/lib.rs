//! End-to-end tests of the Qiankun DAO suite live in `tests/`, one file per journey.
//! They run on `substrate-contracts-node` (set `CONTRACTS_NODE`); `scripts/test.sh`
//! runs them.
