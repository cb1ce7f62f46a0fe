//! The selectors of every message one contract of the suite calls on another, which
//! [`crate::calls`] calls them at: the operator messages governance calls on the
//! registry and the society, the registry's `withdraw` and `credit_of` with which the
//! rewards contract and the society pull their shares of the sales, and the messages of
//! the traits in [`crate::calls`]. An inherent message's selector is that of its name
//! (`blake2b_256(name)[..4]`), a trait message's that of `Trait::name`; none ever
//! changed: scripts, clients and the PSP34 selectors stay as they were. Each contract's
//! tests assert that its dispatch table answers every selector here it serves with the
//! expected message, arguments and result.

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
/// `is_creator(account)` (registry): whether the society may admit `account` as a B
/// candidate.
pub const IS_CREATOR: [u8; 4] = selector_bytes!("is_creator");
/// `registry()` (rewards, society): the registry a contract belongs to, asked when the
/// registry links it.
pub const REGISTRY: [u8; 4] = selector_bytes!("registry");
/// `SeatRegistry::seat_holder(seat)` (registry).
pub const SEAT_HOLDER: [u8; 4] = selector_bytes!("SeatRegistry::seat_holder");
/// `SeatRegistry::holds_seats(holder, seats)` (registry).
pub const HOLDS_SEATS: [u8; 4] = selector_bytes!("SeatRegistry::holds_seats");
/// `SeatRegistry::seat_snapshot()` (registry).
pub const SEAT_SNAPSHOT: [u8; 4] = selector_bytes!("SeatRegistry::seat_snapshot");
/// `SeatRegistry::seat_count(account)` (registry).
pub const SEAT_COUNT: [u8; 4] = selector_bytes!("SeatRegistry::seat_count");
/// `SeatRegistry::free_seats()` (registry).
pub const FREE_SEATS: [u8; 4] = selector_bytes!("SeatRegistry::free_seats");
/// `SeatRegistry::reserve_seats(counts)` (registry).
pub const RESERVE_SEATS: [u8; 4] = selector_bytes!("SeatRegistry::reserve_seats");
/// `SeatRegistry::release_seat(category)` (registry).
pub const RELEASE_SEAT: [u8; 4] = selector_bytes!("SeatRegistry::release_seat");
/// `SeatRegistry::grant_seat(to, category)` (registry).
pub const GRANT_SEAT: [u8; 4] = selector_bytes!("SeatRegistry::grant_seat");
/// `SeatRegistry::linked_society()` (registry).
pub const LINKED_SOCIETY: [u8; 4] = selector_bytes!("SeatRegistry::linked_society");
/// `SeatRegistry::society_seat(seat)` (registry).
pub const SOCIETY_SEAT: [u8; 4] = selector_bytes!("SeatRegistry::society_seat");
/// `SeatRegistry::revoke_seat(seat)` (registry).
pub const REVOKE_SEAT: [u8; 4] = selector_bytes!("SeatRegistry::revoke_seat");
/// `ListingRegistry::apply_listing(series, decision)` (registry).
pub const APPLY_LISTING: [u8; 4] = selector_bytes!("ListingRegistry::apply_listing");
/// `RewardsPool::open_listing_poll(proposer, series, options, seats)` (rewards).
pub const OPEN_LISTING_POLL: [u8; 4] = selector_bytes!("RewardsPool::open_listing_poll");
