//! End-to-end tests of the Qiankun DAO suite live in `tests/`, one file per journey.
//! They run on `substrate-contracts-node` (set `CONTRACTS_NODE`); `scripts/test.sh`
//! runs them. This library holds what the journeys share.

use ink::primitives::AccountId;
use ink_e2e::{account_id, AccountKeyring, ContractsBackend, Keypair};
use interfaces::{
    ListingDecision, ListingOptions, ListingRegistry, ListingTerms, PollId, RewardsError, SaleKind,
    SeriesId, SocietyPot, Tier,
};
use registry::{
    registry::{Registry, RegistryRef},
    state::{SeriesProposal, SeriesSpec},
};
use rewards::rewards::{Rewards, RewardsRef};
use society::{
    society::{Society, SocietyRef},
    state::{Parameters, RotationStep},
};

/// What an e2e test returns.
pub type E2EResult<T> = Result<T, Box<dyn std::error::Error>>;

/// One unit of the dev chain's currency.
pub const UNIT: u128 = 1_000_000_000_000;

/// The client `#[ink_e2e::test]` hands a test: a node reached over RPC.
pub type Chain = ink_e2e::Client<ink_e2e::PolkadotConfig, ink::env::DefaultEnvironment>;
/// The registry's call builder.
pub type RegistryCalls = <registry::registry::Registry as ink::codegen::ContractCallBuilder>::Type;
/// The rewards contract's call builder.
pub type RewardsCalls = <rewards::rewards::Rewards as ink::codegen::ContractCallBuilder>::Type;
/// The society's call builder.
pub type SocietyCalls = <society::society::Society as ink::codegen::ContractCallBuilder>::Type;

/// Society parameters with short periods, as the dev node seals one block per
/// transaction.
pub const SOCIETY_PARAMETERS: Parameters = Parameters {
    candidate_deposit: UNIT,
    wrong_side_deduction: UNIT / 10,
    max_strikes: 3,
    period_spend: 10 * UNIT,
    rotation_period: 1,
    challenge_period: 1,
    // 1% of 100 blocks with up to 4 members: payouts mature one block later.
    max_lock_duration: 100,
    max_bids: 8,
    max_voters: 8,
    max_payouts: 4,
    member_limit: 20,
};

/// Blocks a listing poll of [`deploy_suite`]'s rewards contract stays open.
pub const LISTING_DURATION: u32 = 6;

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

/// Alice deploys the suite as `scripts/deploy.sh` does: a registry of `seats` seats
/// (60% creator, 20% rewards, 10% society, 10% operator), a rewards contract (half the
/// pool per poll, 50% quorum, polls of 2 to 100 blocks, listing polls of
/// [`LISTING_DURATION`]) and a society with `parameters`; she links the registry to
/// both, founds the society with herself as founder (`max_members`) and puts 100 UNIT
/// in its pot.
pub async fn deploy_suite(
    client: &mut Chain,
    seats: u32,
    parameters: Parameters,
    max_members: u32,
) -> E2EResult<Suite> {
    let alice = ink_e2e::alice();
    let mut registry_constructor = RegistryRef::new(seats, 6_000, 2_000, 1_000, 1_000);
    let registry_account = client
        .instantiate("registry", &alice, &mut registry_constructor)
        .submit()
        .await
        .expect("instantiate registry failed")
        .account_id;
    let mut rewards_constructor =
        RewardsRef::new(registry_account, 5_000, 5_000, 2, 100, LISTING_DURATION);
    let rewards_account = client
        .instantiate("rewards", &alice, &mut rewards_constructor)
        .submit()
        .await
        .expect("instantiate rewards failed")
        .account_id;
    let mut society_constructor = SocietyRef::new(registry_account, parameters);
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
        client
            .call(&alice, &link)
            .submit()
            .await
            .expect("link failed")
            .return_value()
            .expect("link refused");
    }
    let alice_id = account_id(AccountKeyring::Alice);
    client
        .call(
            &alice,
            &suite
                .society
                .found(alice_id, max_members, "be excellent".into()),
        )
        .submit()
        .await
        .expect("found failed")
        .return_value()
        .expect("found refused");
    client
        .call(&alice, &suite.society.fund_pot())
        .value(100 * UNIT)
        .submit()
        .await
        .expect("fund_pot failed")
        .return_value()
        .expect("fund_pot refused");
    Ok(suite)
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
        },
        options,
    }
}

/// The operator, Alice, registers `creator`, proposes an SSS series of `items` items by
/// it without a poll and lists it with `editions` editions per item at `price`, open
/// now; returns the series' id.
pub async fn list_sss_series(
    client: &mut Chain,
    registry: &mut RegistryCalls,
    creator: AccountId,
    items: u8,
    price: u128,
    editions: u32,
) -> E2EResult<SeriesId> {
    let alice = ink_e2e::alice();
    client
        .call(&alice, &registry.register_creator(creator, true))
        .submit()
        .await
        .expect("register_creator failed")
        .return_value()
        .expect("register_creator refused");
    let proposal = official_series(creator, Tier::SSS, items, ListingOptions::default());
    let series = client
        .call(&alice, &registry.propose_series(proposal, false))
        .submit()
        .await
        .expect("propose_series failed")
        .return_value()
        .expect("propose_series refused");
    let terms = ListingTerms {
        price,
        editions,
        sale_start: 0,
        content_uri: format!("ipfs://qiankun/series-{series}"),
    };
    client
        .call(
            &alice,
            &registry.apply_listing(series, ListingDecision::List(terms)),
        )
        .submit()
        .await
        .expect("apply_listing failed")
        .return_value()
        .expect("apply_listing refused");
    Ok(series)
}

/// `caller` submits one step of the society's rotation; it must succeed.
pub async fn rotate_step(
    client: &mut Chain,
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

/// `caller` rotates the society until the rotation finishes (at most 8 calls).
pub async fn rotate(
    client: &mut Chain,
    caller: &Keypair,
    society: &mut SocietyCalls,
) -> E2EResult<()> {
    for _ in 0..8 {
        if rotate_step(client, caller, society).await.finished {
            return Ok(());
        }
    }
    panic!("the rotation did not finish in 8 steps")
}

/// Most blocks `finalize_when_ended` seals while waiting for a poll to end.
const MAX_WAIT_BLOCKS: u32 = 20;

/// The value a read-only message returns, from a dry run.
pub async fn query<Args, R>(
    client: &mut Chain,
    caller: &Keypair,
    message: &ink_e2e::CallBuilderFinal<ink::env::DefaultEnvironment, Args, R>,
) -> E2EResult<R>
where
    Args: Sync + Clone + scale::Encode,
    R: Send + scale::Decode,
{
    Ok(client.call(caller, message).dry_run().await?.return_value())
}

/// Seals blocks (one cheap operator call to the registry each) until `poll` has ended,
/// then `operator` finalizes it.
pub async fn finalize_when_ended(
    client: &mut Chain,
    operator: &Keypair,
    rewards: &mut RewardsCalls,
    registry: &mut RegistryCalls,
    poll: PollId,
) -> E2EResult<()> {
    for _ in 0..MAX_WAIT_BLOCKS {
        let attempt = query(client, operator, &rewards.finalize(poll)).await?;
        match attempt {
            Err(RewardsError::TooEarly) => {
                client
                    .call(operator, &registry.set_sales_paused(false))
                    .submit()
                    .await
                    .expect("sealing a block failed");
            }
            Ok(()) => {
                client
                    .call(operator, &rewards.finalize(poll))
                    .submit()
                    .await
                    .expect("finalize failed");
                return Ok(());
            }
            Err(other) => panic!("finalize refused: {other:?}"),
        }
    }
    panic!("poll {poll} did not end within {MAX_WAIT_BLOCKS} blocks")
}
