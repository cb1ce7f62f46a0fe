//! The selectors of the operator messages governance calls on the registry and the
//! society, and of the registry's `withdraw` and `credit_of` with which the rewards
//! contract and the society pull their shares of the sales. They are inherent messages, so their selectors are those of their names
//! (`blake2b_256(name)[..4]`) and never changed: scripts, clients and the PSP34
//! selectors stay as they were. Each contract's tests assert that its dispatch table
//! answers every selector here with the expected message, arguments and result.

use ink::selector_bytes;

/// `transfer_operator(to)`: the operator offers its role (registry, society).
pub const TRANSFER_OPERATOR: [u8; 4] = selector_bytes!("transfer_operator");
/// `accept_operator()`: the account offered the role takes it (registry, society).
pub const ACCEPT_OPERATOR: [u8; 4] = selector_bytes!("accept_operator");
/// `set_code(code_hash)`: the operator replaces the code (registry, society).
pub const SET_CODE: [u8; 4] = selector_bytes!("set_code");
/// `sweep(to)`: the operator takes the balance nobody is owed (registry).
pub const SWEEP: [u8; 4] = selector_bytes!("sweep");
/// `withdraw()`: the caller takes its credit (registry).
pub const WITHDRAW: [u8; 4] = selector_bytes!("withdraw");
/// `credit_of(account)`: what the registry has credited `account` and not yet paid.
pub const CREDIT_OF: [u8; 4] = selector_bytes!("credit_of");
/// `register_creator(creator, registered)` (registry).
pub const REGISTER_CREATOR: [u8; 4] = selector_bytes!("register_creator");
/// `open_issuance_round(claimable_a_seats)` (registry).
pub const OPEN_ISSUANCE_ROUND: [u8; 4] = selector_bytes!("open_issuance_round");
/// `set_seats_per_account(seats_per_account)` (registry).
pub const SET_SEATS_PER_ACCOUNT: [u8; 4] = selector_bytes!("set_seats_per_account");
/// `set_revenue_split(split)` (registry).
pub const SET_REVENUE_SPLIT: [u8; 4] = selector_bytes!("set_revenue_split");
/// `set_sales_paused(paused)` (registry).
pub const SET_SALES_PAUSED: [u8; 4] = selector_bytes!("set_sales_paused");
/// `propose_series(proposal, open_poll)` (registry).
pub const PROPOSE_SERIES: [u8; 4] = selector_bytes!("propose_series");
/// `airdrop(series, item, to)` (registry).
pub const AIRDROP: [u8; 4] = selector_bytes!("airdrop");
/// `close_series(series)` (registry).
pub const CLOSE_SERIES: [u8; 4] = selector_bytes!("close_series");
/// `found(founder, max_members, rules)` (society).
pub const FOUND: [u8; 4] = selector_bytes!("found");
/// `set_parameters(parameters)` (society).
pub const SET_PARAMETERS: [u8; 4] = selector_bytes!("set_parameters");
/// `set_max_members(max_members)` (society).
pub const SET_MAX_MEMBERS: [u8; 4] = selector_bytes!("set_max_members");
/// `set_judge(judge)` (society).
pub const SET_JUDGE: [u8; 4] = selector_bytes!("set_judge");
/// `judge_suspended_member(who, forgive)` (society).
pub const JUDGE_SUSPENDED_MEMBER: [u8; 4] = selector_bytes!("judge_suspended_member");
/// `judge_suspended_candidate(who, judgement)` (society).
pub const JUDGE_SUSPENDED_CANDIDATE: [u8; 4] = selector_bytes!("judge_suspended_candidate");
/// `expel(who)` (society).
pub const EXPEL: [u8; 4] = selector_bytes!("expel");
