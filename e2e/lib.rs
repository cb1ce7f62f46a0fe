//! End-to-end tests of the Qiankun DAO suite live in `tests/`, one file per journey.
//! They run on `substrate-contracts-node` (set `CONTRACTS_NODE`); `scripts/test.sh`
//! runs them. This library holds what the journeys share.

use ink::{
    env::hash::{Blake2x256, CryptoHash},
    primitives::{AccountId, Hash},
};
use ink_e2e::{
    account_id, subxt::dynamic::Value, tokio, AccountKeyring, ChainBackend, ContractsBackend,
    Keypair,
};
use interfaces::{
    ListingDecision, ListingOptions, ListingRegistry, ListingTerms, PollId, RewardsError, SaleKind,
    SeriesId, SocietyError, SocietyPot, Tier,
};
use registry::{
    registry::{Registry, RegistryRef},
    storage::{IssuanceRules, Provenance, RevenueSplit, SeriesProposal, SeriesSpec},
};
use rewards::{
    rewards::{Rewards, RewardsRef},
    storage::{GovernanceParameters, RewardsParameters},
};
use society::{
    society::{Society, SocietyRef},
    storage::{RotationStep, SocietyParameters},
};

/// What an e2e test returns.
pub type E2EResult<T> = Result<T, Box<dyn std::error::Error>>;

/// One unit of the dev chain's currency.
pub const UNIT: u128 = 1_000_000_000_000;

/// The client `#[ink_e2e::test]` hands a test: a node reached over RPC.
pub type Node = ink_e2e::Client<ink_e2e::PolkadotConfig, ink::env::DefaultEnvironment>;
/// The registry's call builder.
pub type RegistryCalls = <registry::registry::Registry as ink::codegen::ContractCallBuilder>::Type;
/// The rewards contract's call builder.
pub type RewardsCalls = <rewards::rewards::Rewards as ink::codegen::ContractCallBuilder>::Type;
/// The society's call builder.
pub type SocietyCalls = <society::society::Society as ink::codegen::ContractCallBuilder>::Type;

/// One profile of the deployment configuration, `deploy.toml` at the repository's root,
/// whose header documents every field; the scripts read the same file.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Genesis seats of the registry.
    pub total_seats: u32,
    /// The society's `max_members` at founding.
    pub max_members: u32,
    /// The society's rules text.
    pub rules: String,
    /// The folder of the tokens' JSON metadata.
    pub metadata_uri: String,
    /// The guardian, as an SS58 address, or `none`.
    pub guardian: String,
    /// The revenue split of every sale, in basis points.
    pub split: Split,
    /// The registry's issuance rules.
    pub issuance: IssuanceProfile,
    /// The rewards contract's constructor.
    pub rewards: RewardsProfile,
    /// The rewards contract's governance parameters.
    pub governance: GovernanceProfile,
    /// The society's constructor.
    pub society: SocietyProfile,
}

/// The `[split]` table of a [`Profile`].
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Split {
    /// Credited to the series' creator.
    pub creator_bps: u16,
    /// To the rewards pool.
    pub rewards_bps: u16,
    /// To the society's pot.
    pub society_bps: u16,
    /// Credited to the operator.
    pub operator_bps: u16,
}

impl Split {
    /// The registry's `RevenueSplit`.
    pub fn revenue_split(&self) -> RevenueSplit {
        RevenueSplit {
            creator_bps: self.creator_bps,
            rewards_bps: self.rewards_bps,
            society_bps: self.society_bps,
            operator_bps: self.operator_bps,
        }
    }
}

/// The `[issuance]` table of a [`Profile`]: the registry's `IssuanceRules`, named.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssuanceProfile {
    /// Lowest price of an Official series.
    #[serde(deserialize_with = "amount")]
    pub min_official_price: u128,
    /// Most seats of one category one account may hold.
    pub seats_per_account: u32,
    /// A seats claimable in the first issuance round.
    pub claimable_a_seats: u32,
}

impl IssuanceProfile {
    /// The registry's issuance rules.
    pub fn rules(&self) -> IssuanceRules {
        IssuanceRules {
            min_official_price: self.min_official_price,
            seats_per_account: self.seats_per_account,
            claimable_a_seats: self.claimable_a_seats,
        }
    }
}

/// The `[rewards]` table of a [`Profile`].
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RewardsProfile {
    /// Share of the pool a new poll takes as its budget.
    pub poll_share_bps: u16,
    /// Share of issued seats a listing decision needs.
    pub quorum_bps: u16,
    /// Shortest poll a seat holder may open (blocks).
    pub min_duration: u32,
    /// Longest poll a seat holder may open (blocks).
    pub max_duration: u32,
    /// How long a listing poll runs (blocks).
    pub listing_duration: u32,
    /// Length of an allocation period (blocks).
    pub period_blocks: u32,
    /// Share of the pool a period's polls may take together.
    pub period_share_bps: u16,
    /// Most polls one account may have open at once.
    pub max_open_polls: u32,
}

impl RewardsProfile {
    /// The rewards contract's constructor parameters.
    pub fn parameters(&self) -> RewardsParameters {
        RewardsParameters {
            poll_share_bps: self.poll_share_bps,
            quorum_bps: self.quorum_bps,
            min_duration: self.min_duration,
            max_duration: self.max_duration,
            listing_duration: self.listing_duration,
            period_blocks: self.period_blocks,
            period_share_bps: self.period_share_bps,
            max_open_polls: self.max_open_polls,
        }
    }
}

impl Profile {
    /// The guardian's account, unless the profile says `none`.
    pub fn guardian(&self) -> Option<AccountId> {
        if self.guardian == "none" {
            return None;
        }
        let account: ink_e2e::subxt::utils::AccountId32 = self
            .guardian
            .parse()
            .expect("deploy.toml: guardian is an SS58 address");
        Some(AccountId::from(account.0))
    }
}

/// The `[governance]` table of a [`Profile`]: the rewards contract's
/// `GovernanceParameters`, named.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernanceProfile {
    /// Seats a proposer must hold.
    pub proposal_seats: u32,
    /// Deposit paid with a proposal.
    #[serde(deserialize_with = "amount")]
    pub proposal_deposit: u128,
    /// Blocks between opening and the start of voting.
    pub voting_delay: u32,
    /// Blocks voting lasts.
    pub voting_period: u32,
    /// Share of the voting seats an ordinary proposal needs (more than).
    pub approval_bps: u16,
    /// Share a critical proposal needs.
    pub critical_approval_bps: u16,
    /// Blocks between queueing and execution.
    pub timelock: u32,
    /// The timelock of a critical proposal.
    pub critical_timelock: u32,
    /// Blocks during which a queued proposal may be executed.
    pub grace_period: u32,
}

impl GovernanceProfile {
    /// The rewards contract's governance parameters.
    pub fn parameters(&self) -> GovernanceParameters {
        GovernanceParameters {
            proposal_seats: self.proposal_seats,
            proposal_deposit: self.proposal_deposit,
            voting_delay: self.voting_delay,
            voting_period: self.voting_period,
            approval_bps: self.approval_bps,
            critical_approval_bps: self.critical_approval_bps,
            timelock: self.timelock,
            critical_timelock: self.critical_timelock,
            grace_period: self.grace_period,
        }
    }
}

/// The `[society]` table of a [`Profile`]: the society's `SocietyParameters`, named.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SocietyProfile {
    /// A bidder's deposit.
    #[serde(deserialize_with = "amount")]
    pub candidate_deposit: u128,
    /// Taken from a wrong-side voter's unpaid payouts.
    #[serde(deserialize_with = "amount")]
    pub wrong_side_deduction: u128,
    /// Strikes that suspend a member.
    pub max_strikes: u32,
    /// Most the pot grows by per rotation.
    #[serde(deserialize_with = "amount")]
    pub period_spend: u128,
    /// Blocks between rotations.
    pub rotation_period: u32,
    /// Blocks between challenges.
    pub challenge_period: u32,
    /// The last blocks of each period and round, for revealing secrets.
    pub reveal_period: u32,
    /// The lock of a payout in a very large society.
    pub max_lock_duration: u32,
    /// Bids waiting at once.
    pub max_bids: u32,
    /// Members voting on one candidate.
    pub max_voters: u32,
    /// Unpaid payouts per member.
    pub max_payouts: u32,
    /// Highest `max_members` the operator may set.
    pub member_limit: u32,
    /// Ballot steps one `rotate` call may do.
    pub step_budget: u32,
}

/// An amount of `deploy.toml`: a TOML integer (at most 2^63 - 1), as a `Balance`.
fn amount<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u128, D::Error> {
    <u64 as serde::Deserialize>::deserialize(deserializer).map(u128::from)
}

impl SocietyProfile {
    /// The society's constructor parameters.
    pub fn parameters(&self) -> SocietyParameters {
        SocietyParameters {
            candidate_deposit: self.candidate_deposit,
            wrong_side_deduction: self.wrong_side_deduction,
            max_strikes: self.max_strikes,
            period_spend: self.period_spend,
            rotation_period: self.rotation_period,
            challenge_period: self.challenge_period,
            reveal_period: self.reveal_period,
            max_lock_duration: self.max_lock_duration,
            max_bids: self.max_bids,
            max_voters: self.max_voters,
            max_payouts: self.max_payouts,
            member_limit: self.member_limit,
            step_budget: self.step_budget,
        }
    }
}

/// The `[e2e]` profile of `deploy.toml`: what the journeys deploy.
pub fn e2e_profile() -> Profile {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../deploy.toml");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let mut profiles: std::collections::BTreeMap<String, Profile> =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    profiles
        .remove("e2e")
        .unwrap_or_else(|| panic!("{path} has no [e2e] profile"))
}

/// `caller` submits `message` paying `value`; the call must be included and its
/// message must return `Ok`, whose value this returns. `what` names the call when it
/// panics.
pub async fn submit<Args, T, E>(
    client: &mut Node,
    caller: &Keypair,
    message: &ink_e2e::CallBuilderFinal<ink::env::DefaultEnvironment, Args, Result<T, E>>,
    value: u128,
    what: &str,
) -> T
where
    Args: Sync + Clone + scale::Encode,
    T: Send + scale::Decode,
    E: Send + scale::Decode + std::fmt::Debug,
{
    client
        .call(caller, message)
        .value(value)
        .submit()
        .await
        .unwrap_or_else(|error| panic!("{what} failed: {error:?}"))
        .return_value()
        .unwrap_or_else(|error| panic!("{what} refused: {error:?}"))
}

/// The three contracts of a suite deployed by [`deploy_suite`].
pub struct Suite {
    /// The registry's call builder.
    pub registry: RegistryCalls,
    /// The rewards contract's call builder.
    pub rewards: RewardsCalls,
    /// The society's call builder.
    pub society: SocietyCalls,
    /// The registry's address.
    pub registry_account: AccountId,
    /// The rewards contract's address.
    pub rewards_account: AccountId,
    /// The society's address.
    pub society_account: AccountId,
}

/// Alice instantiates a registry of 100 seats that needs no society (60% of a sale to
/// the creator, 20% to the rewards pool, 20% to the operator; the [e2e] issuance rules);
/// returns its address.
pub async fn registry_without_society(client: &mut Node) -> AccountId {
    let mut constructor = RegistryRef::new(
        100,
        RevenueSplit {
            creator_bps: 6_000,
            rewards_bps: 2_000,
            society_bps: 0,
            operator_bps: 2_000,
        },
        e2e_profile().issuance.rules(),
        e2e_profile().metadata_uri,
    );
    client
        .instantiate("registry", &ink_e2e::alice(), &mut constructor)
        .submit()
        .await
        .expect("instantiate registry failed")
        .account_id
}

/// Alice deploys the suite as `scripts/deploy.sh` does, with `profile` (usually
/// [`e2e_profile`]): the registry, the rewards contract and the society; she links the
/// registry to both, founds the society with herself as founder and puts 100 UNIT in
/// its pot.
pub async fn deploy_suite(client: &mut Node, profile: &Profile) -> E2EResult<Suite> {
    let alice = ink_e2e::alice();
    let mut registry_constructor = RegistryRef::new(
        profile.total_seats,
        profile.split.revenue_split(),
        profile.issuance.rules(),
        profile.metadata_uri.clone(),
    );
    let registry_account = client
        .instantiate("registry", &alice, &mut registry_constructor)
        .submit()
        .await
        .expect("instantiate registry failed")
        .account_id;
    let mut rewards_constructor = RewardsRef::new(
        registry_account,
        profile.rewards.parameters(),
        profile.governance.parameters(),
        profile.guardian(),
    );
    let rewards_account = client
        .instantiate("rewards", &alice, &mut rewards_constructor)
        .submit()
        .await
        .expect("instantiate rewards failed")
        .account_id;
    let mut society_constructor = SocietyRef::new(registry_account, profile.society.parameters());
    let society_account = client
        .instantiate("society", &alice, &mut society_constructor)
        .submit()
        .await
        .expect("instantiate society failed")
        .account_id;
    let mut suite = Suite {
        registry: ink_e2e::create_call_builder::<Registry>(registry_account),
        rewards: ink_e2e::create_call_builder::<Rewards>(rewards_account),
        society: ink_e2e::create_call_builder::<Society>(society_account),
        registry_account,
        rewards_account,
        society_account,
    };
    for link in [
        suite.registry.link_rewards(rewards_account),
        suite.registry.link_society(society_account),
    ] {
        submit(client, &alice, &link, 0, "link").await;
    }
    let alice_id = account_id(AccountKeyring::Alice);
    submit(
        client,
        &alice,
        &suite
            .society
            .found(alice_id, profile.max_members, profile.rules.clone()),
        0,
        "found",
    )
    .await;
    submit(
        client,
        &alice,
        &suite.society.fund_pot(),
        100 * UNIT,
        "fund_pot",
    )
    .await;
    Ok(suite)
}

/// The provenance of a series whose IP `holder` authorised it: a stand-in content
/// digest `0xc0c0…`, licence `CC-BY-NC-4.0`.
pub fn provenance(holder: AccountId) -> Provenance {
    Provenance {
        content_hash: Hash::from([0xc0; 32]),
        licence: "CC-BY-NC-4.0".into(),
        ip_holder: holder,
    }
}

/// A proposal of an Official series of `items` items of `tier` by `creator`, with
/// `options` for its listing poll. Its sale window opens at the Unix epoch and lasts
/// ~31,000 years, so it is open on the dev node, whose clock is real time.
pub fn official_series(
    creator: AccountId,
    tier: Tier,
    items: u8,
    options: ListingOptions,
) -> SeriesProposal {
    SeriesProposal {
        spec: SeriesSpec {
            creator,
            tier,
            kind: SaleKind::Official,
            items,
            special: false,
            sale_duration_ms: 1_000_000_000_000_000,
            provenance: provenance(creator),
        },
        options,
    }
}

/// The operator, Alice, registers `creator`, proposes an SSS series of `items` items by
/// it without a poll and lists it with `editions` editions per item at `price`, open
/// now; returns the series' id.
pub async fn list_sss_series(
    client: &mut Node,
    registry: &mut RegistryCalls,
    creator: AccountId,
    items: u8,
    price: u128,
    editions: u32,
) -> E2EResult<SeriesId> {
    let alice = ink_e2e::alice();
    submit(
        client,
        &alice,
        &registry.register_creator(creator, true),
        0,
        "register_creator",
    )
    .await;
    let proposal = official_series(creator, Tier::SSS, items, ListingOptions::default());
    let series = submit(
        client,
        &alice,
        &registry.propose_series(proposal, false),
        0,
        "propose_series",
    )
    .await;
    let terms = ListingTerms {
        price,
        editions,
        sale_start: 0,
        content_uri: format!("ipfs://qiankun/series-{series}"),
    };
    submit(
        client,
        &alice,
        &registry.apply_listing(series, ListingDecision::List(terms)),
        0,
        "apply_listing",
    )
    .await;
    Ok(series)
}

/// `caller` submits one step of the society's rotation; it must succeed.
pub async fn rotate_step(
    client: &mut Node,
    caller: &Keypair,
    society: &mut SocietyCalls,
) -> RotationStep {
    // The draws depend on the block, so the dry run's gas estimate may fall short.
    client
        .call(caller, &society.rotate())
        .extra_gas_portion(100)
        .submit()
        .await
        .expect("rotate failed")
        .return_value()
        .expect("rotate refused")
}

/// Most blocks the society helpers seal while waiting for a window or a period.
const MAX_SEAL_BLOCKS: u32 = 400;

/// The secret `who` commits to with its votes in the e2e journeys.
pub fn secret_of(who: &Keypair) -> [u8; 32] {
    let mut secret = who.public_key().0;
    secret[0] ^= 0x5a;
    secret
}

/// `who`'s commitment to its [`secret_of`]: `blake2(secret ‖ who)`.
pub fn commitment_of(who: &Keypair) -> [u8; 32] {
    society::entropy::commitment(&secret_of(who), &AccountId::from(who.public_key().0))
}

/// Alice seals one block with a transaction that changes nothing but her fees: a
/// `System::remark`. No contract is called, so no operator power is needed (governance
/// takes those away).
async fn seal_block(client: &mut Node) {
    client
        .runtime_call(
            &ink_e2e::alice(),
            "System",
            "remark",
            vec![Value::from_bytes(b"seal")],
        )
        .await
        .expect("sealing a block");
}

/// Seals blocks until `voters`' reveal window opens, then each reveals its
/// [`secret_of`] (for whatever rounds it committed in that are revealing).
pub async fn reveal_all(
    client: &mut Node,
    society: &mut SocietyCalls,
    voters: &[&Keypair],
) -> E2EResult<()> {
    let Some(first) = voters.first() else {
        return Ok(());
    };
    let mut sealed = 0;
    while query(client, first, &society.reveal(secret_of(first))).await?
        == Err(SocietyError::NotRevealTime)
    {
        seal_block(client).await;
        sealed += 1;
        assert!(sealed < MAX_SEAL_BLOCKS, "the reveal window did not open");
    }
    for voter in voters {
        submit(
            client,
            voter,
            &society.reveal(secret_of(voter)),
            0,
            "reveal",
        )
        .await;
    }
    Ok(())
}

/// Seals blocks until the rotation is due.
pub async fn rotation_due(
    client: &mut Node,
    caller: &Keypair,
    society: &mut SocietyCalls,
) -> E2EResult<()> {
    let mut sealed = 0;
    while query(client, caller, &society.rotate()).await? == Err(SocietyError::TooEarly) {
        seal_block(client).await;
        sealed += 1;
        assert!(sealed < MAX_SEAL_BLOCKS, "the rotation did not come due");
    }
    Ok(())
}

/// Seals blocks until the rotation is due, then `caller` rotates the society until the
/// rotation finishes (at most 8 calls).
pub async fn rotate(
    client: &mut Node,
    caller: &Keypair,
    society: &mut SocietyCalls,
) -> E2EResult<()> {
    rotation_due(client, caller, society).await?;
    for _ in 0..32 {
        if rotate_step(client, caller, society).await.finished {
            return Ok(());
        }
    }
    panic!("the rotation did not finish in 32 steps")
}

/// Seals blocks until the challenge is due, then `caller` runs it; returns the new
/// defender.
pub async fn challenge(
    client: &mut Node,
    caller: &Keypair,
    society: &mut SocietyCalls,
) -> E2EResult<Option<AccountId>> {
    let mut sealed = 0;
    while query(client, caller, &society.challenge()).await? == Err(SocietyError::TooEarly) {
        seal_block(client).await;
        sealed += 1;
        assert!(sealed < MAX_SEAL_BLOCKS, "the challenge did not come due");
    }
    Ok(submit(client, caller, &society.challenge(), 0, "challenge").await)
}

/// Most blocks `finalize_when_ended` seals while waiting for a poll to end.
const MAX_WAIT_BLOCKS: u32 = 20;

/// The value a read-only message returns, from a dry run.
pub async fn query<Args, R>(
    client: &mut Node,
    caller: &Keypair,
    message: &ink_e2e::CallBuilderFinal<ink::env::DefaultEnvironment, Args, R>,
) -> E2EResult<R>
where
    Args: Sync + Clone + scale::Encode,
    R: Send + scale::Decode,
{
    Ok(client.call(caller, message).dry_run().await?.return_value())
}

/// Seals blocks while `caller`'s dry run of `message` is refused with `waiting` (a poll
/// not yet ended, a timelock not yet over), then submits it; returns what it returned.
pub async fn submit_when_due<Args, T, E>(
    client: &mut Node,
    caller: &Keypair,
    message: &ink_e2e::CallBuilderFinal<ink::env::DefaultEnvironment, Args, Result<T, E>>,
    waiting: E,
    what: &str,
) -> E2EResult<T>
where
    Args: Sync + Clone + scale::Encode,
    T: Send + scale::Decode,
    E: Send + scale::Decode + std::fmt::Debug + PartialEq,
{
    for _ in 0..MAX_WAIT_BLOCKS {
        match query(client, caller, message).await? {
            Err(error) if error == waiting => seal_block(client).await,
            Ok(_) => return Ok(submit(client, caller, message, 0, what).await),
            Err(other) => panic!("{what} refused: {other:?}"),
        }
    }
    panic!("{what} was not due within {MAX_WAIT_BLOCKS} blocks")
}

/// Seals blocks until `poll` has ended, then `caller` finalizes it.
pub async fn finalize_when_ended(
    client: &mut Node,
    caller: &Keypair,
    rewards: &mut RewardsCalls,
    poll: PollId,
) -> E2EResult<()> {
    submit_when_due(
        client,
        caller,
        &rewards.finalize(poll),
        RewardsError::TooEarly,
        "finalize",
    )
    .await
}

/// Builds contract `name` in release mode with cargo-contract into `target/contracts`
/// (away from `target/ink`, which ink_e2e's debug builds use; `scripts/build.sh` builds
/// there too, so a deployment after the tests reuses the build) and returns its code.
pub fn release_build(name: &str) -> Result<Vec<u8>, String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let target = format!("{root}/target/contracts");
    let built = std::process::Command::new("cargo")
        .args([
            "contract",
            "build",
            "--release",
            "--quiet",
            "--manifest-path",
        ])
        .arg(format!("{root}/contracts/{name}/Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .env("RUSTUP_TOOLCHAIN", "1.86")
        .status()
        .map_err(|e| format!("running cargo contract build for {name}: {e}"))?;
    if !built.success() {
        return Err(format!("cargo contract build --release of {name} failed"));
    }
    let path = format!("{target}/ink/{name}/{name}.wasm");
    std::fs::read(&path).map_err(|e| format!("{path}: {e}"))
}

/// Waits for the release builds started at the beginning of the test, asking the node
/// for a balance every few seconds so that its connection stays open meanwhile.
pub async fn wait_for_builds(
    client: &mut Node,
    builds: std::thread::JoinHandle<Result<Vec<Vec<u8>>, String>>,
) -> E2EResult<Vec<Vec<u8>>> {
    while !builds.is_finished() {
        client
            .free_balance(account_id(AccountKeyring::Alice))
            .await?;
        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    }
    Ok(builds.join().map_err(|_| "the build thread panicked")??)
}

/// Uploads `code` as Alice and returns its code hash.
pub async fn upload(client: &mut Node, name: &str, code: Vec<u8>) -> E2EResult<Hash> {
    let mut hash = [0u8; 32];
    Blake2x256::hash(&code, &mut hash);
    client
        .runtime_call(
            &ink_e2e::alice(),
            "Contracts",
            "upload_code",
            vec![
                Value::from_bytes(code),
                Value::unnamed_variant("None", Vec::new()),
                Value::unnamed_variant("Enforced", Vec::new()),
            ],
        )
        .await
        .map_err(|e| format!("uploading {name}'s release build failed: {e:?}"))?;
    Ok(Hash::from(hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_e2e_profile_reads_every_field_of_deploy_toml() {
        let profile = e2e_profile();
        assert_eq!((profile.total_seats, profile.max_members), (100, 10));
        assert_eq!(profile.split.creator_bps, 6_000);
        assert_eq!(profile.rewards.listing_duration, 6);
        let society = profile.society.parameters();
        assert_eq!(society.candidate_deposit, UNIT);
        assert_eq!(society.period_spend, 10 * UNIT);
        assert_eq!(society.member_limit, 20);
        let governance = profile.governance.parameters();
        assert_eq!(governance.voting_period, 20);
        assert_eq!(governance.proposal_deposit, UNIT);
        assert_eq!(
            profile.guardian(),
            Some(account_id(AccountKeyring::Eve)),
            "the guardian is Eve"
        );
    }
}
