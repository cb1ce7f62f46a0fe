// The suite's cost, measured on a live node (scripts/bench.sh runs it on a fresh chain):
// every message is dry-run as a caller for whom it succeeds, at a small state and again
// at a large one, and the ref_time, proof_size and storage deposit the node reports are
// printed side by side with their ratio. Then the bounded messages are measured at their
// caps: each step of a rotation whose 10 candidates have `max_voters` votes each, and
// `claim_all` over 16 polls. The node's limits are read from its metadata.
//
// Small state: 10 token holders with 10 seats, a society of 10 members, the 3 polls the
// probes need. Large state: 1,000 holders with 1,000 seats, the society at its cap
// (max_members), 100 more polls.
//
// Usage: node bench.mjs DEPLOYMENT.json [--json FILE]

import { writeFileSync } from 'node:fs';
import { encodeAddress } from '@polkadot/util-crypto';
import { Suite, SuiteError, UNIT, commitment, expect, provenance, run } from './suite.mjs';

/** The secret every bench voter commits to (the bench never reveals: its voters'
 *  commitments are forfeited, the costliest way a rotation resolves). */
const SECRET = new Uint8Array(32).fill(7);
/** `pair`'s commitment to the bench secret. */
const committed = (pair) => commitment(SECRET, pair.address);

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const deploymentPath = args[0];
expect(deploymentPath, 'usage: node bench.mjs DEPLOYMENT.json [--json FILE]');

/** Token holders and seat holders in the small and the large state. */
const HOLDERS = { small: 10, large: 1_000 };
/** Society members in the small state (the large state fills to max_members). */
const SMALL_MEMBERS = 10;
/** Polls added for the large state. */
const MORE_POLLS = 100;
/** Calls per utility.batchAll when building state. */
const BATCH = 40;
/** Most candidates a rotation selects (society's MAX_INTAKE). */
const MAX_INTAKE = 10;
/** Most polls one claim_all takes (rewards' MAX_CLAIMS). */
const MAX_CLAIMS = 16;
/** Most seats one vote takes (rewards' MAX_SEATS_PER_VOTE). */
const MAX_VOTE_SEATS = 16;
/** Tokens per page of an owner's list (the registry's TOKENS_PER_PAGE). */
const TOKENS_PER_PAGE = 32;
/** A list of two full pages and an empty open page: the longest way a transfer takes a
 *  token out of its owner's list. */
const LONG_LIST = 2 * TOKENS_PER_PAGE;
/** A figure within this share of its small-state value counts as O(1). */
const FLAT = 0.05;
/** The relay chain's largest proof of validity (polkadot primitives' MAX_POV_SIZE,
 *  5 MiB): the proof_size a parachain block may use, since the dev node sets none. */
const POV_LIMIT = 5n * 1024n * 1024n;
/** The share of a block's ref_time that normal calls may use (the node's dispatch ratio). */
const NORMAL_BLOCK_PERCENT = 75;
/** The ink! 5.1 `erc721` example's `transfer` on substrate-contracts-node 0.42 with the
 *  same toolchain (issue 16's anchor): ref_time and proof_size. */
const ANCHOR = { transferRefTime: 1_998_191_507n, transferProofSize: 160_223n };
/** A sale window from the Unix epoch lasting ~31,000 years: open on any dev chain. */
const FOREVER_MS = 1_000_000_000_000_000n;

run(async () => {
  const suite = await Suite.connect(deploymentPath);
  const { api } = suite;
  const { registry, society, rewards } = suite.contracts;
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((s) => suite.account(s));
  const keys = new Map();
  /** A bench account (derived from //Alice), created once and funded on first use. */
  const account = (name) => {
    if (!keys.has(name)) {
      const pair = suite.account(`//Alice//bench//${name}`);
      keys.set(name, pair);
      keysByAddress.set(pair.address, pair);
    }
    return keys.get(name);
  };
  /** An address that never signs (a token or seat holder). */
  const holder = (i) => encodeAddress(Uint8Array.from({ length: 32 }, (_, k) => (k < 4 ? (i >> (8 * k)) & 255 : 0x51)));
  const log = (text) => console.error(`   ${text}`);

  // -------------------------------------------------------------- state building

  /** Sends `calls` signed by `signer` in utility.batchAll transactions of BATCH calls. */
  async function batch(signer, calls, what) {
    for (let i = 0; i < calls.length; i += BATCH) {
      await suite.send(api.tx.utility.batchAll(calls.slice(i, i + BATCH)), signer, what);
    }
  }
  /** The transaction of `label` on `contract` with a gas limit of twice its dry run. */
  async function call(contract, label, signer, callArgs = [], value = 0n) {
    return (await contract.prepare(label, signer, callArgs, value)).tx;
  }
  /** Funds the bench accounts `names` with `amount` each. */
  async function fund(names, amount) {
    await fundAddresses(names.map((n) => account(n).address), amount);
  }
  /** Funds `addresses` with `amount` each. */
  async function fundAddresses(addresses, amount) {
    const transfers = addresses.map((address) => api.tx.balances.transferKeepAlive(address, amount));
    await batch(alice, transfers, 'funding bench accounts');
  }
  /** Seals blocks until block `target` is reached. */
  async function sealUntil(target) {
    while ((await suite.blockNumber()) < target) await suite.sealBlock(alice);
  }
  /** Calls `rotate` once due, stepping until the rotation is finished; returns the gas
   *  each call's dry run required. */
  async function rotateFully() {
    await sealUntil(Number(await society.read('next_rotation')));
    const steps = [];
    for (let call = 0; call < 512; call += 1) {
      const outcome = await society.dryRun('rotate', alice);
      steps.push(gas(outcome));
      const { result } = await society.submit('rotate', alice);
      if (result.finished) return steps;
    }
    throw new SuiteError('a rotation did not finish in 512 calls');
  }

  /** Gives `count` new holders (from `first`) a giveaway piece and a D seat. */
  async function addHolders(first, count, giveaway) {
    const calls = [];
    for (let i = first; i < first + count; i += 1) {
      calls.push(await call(registry, 'airdrop', alice, [giveaway, 0, holder(i)]));
      calls.push(await call(registry, 'SeatRegistry::grant_seat', alice, [holder(i), 'D']));
    }
    await batch(alice, calls, 'airdrops and seats');
  }

  /** Admits bench accounts to the society until it has `target` members: each rotation
   *  turns up to MAX_INTAKE bids into candidates, Alice and every drawn skeptic approve
   *  them (a skeptic who does not vote counts as a rejection, and one ballot drawn at
   *  random decides), and the next rotation admits them. Each bid is a few units above
   *  zero, so each member has a payout. */
  async function growSociety(target) {
    const deposit = BigInt((await society.read('parameters')).candidateDeposit);
    let members = Number(await society.read('role_count', ['Member']));
    while (members < target) {
      const intake = Math.min(MAX_INTAKE, target - members);
      const names = Array.from({ length: intake }, () => `member${(memberNames += 1)}`);
      await fund(names, 10n * UNIT);
      // A rotation selects one zero bid at most: every bid here is above zero.
      await Promise.all(names.map((n, i) => society.submit('bid', account(n), [BigInt(i + 1), 'C2'], deposit)));
      await rotateFully();
      const votes = [];
      for (const n of names) votes.push(await call(society, 'vote', alice, [account(n).address, true, committed(alice)]));
      await batch(alice, votes, 'approving candidates');
      const skeptics = (await society.read('skeptics')).filter((s) => s !== alice.address).map((s) => keysByAddress.get(s));
      expect(skeptics.every(Boolean), 'a skeptic is not a bench account');
      // Each vote's storage deposit is the voter's (its refund goes to whoever calls
      // `rotate`): a member drawn skeptic round after round runs dry without a top-up.
      await fundAddresses(skeptics.map((skeptic) => skeptic.address), 5n * UNIT);
      await Promise.all(skeptics.map(async (skeptic) => {
        const approvals = [];
        for (const n of names) approvals.push(await call(society, 'vote', skeptic, [account(n).address, true, committed(skeptic)]));
        await batch(skeptic, approvals, 'skeptics approving candidates');
      }));
      await rotateFully();
      const before = members;
      members = Number(await society.read('role_count', ['Member']));
      expect(members > before, `a rotation admitted nobody at ${members} members`);
      log(`society: ${members} members`);
    }
  }

  // -------------------------------------------------------------- measuring

  /** ref_time and proof_size of a dry run's required gas. */
  function gas(outcome) {
    return { refTime: outcome.gasRequired.refTime.toBigInt(), proofSize: outcome.gasRequired.proofSize.toBigInt() };
  }
  /** Dry-runs `label` and returns its gas and storage deposit (negative: a refund),
   *  failing with the error's name unless the message succeeded. */
  async function measure(contract, label, caller, callArgs = [], value = 0n) {
    const { outcome } = await contract.prepare(label, caller, callArgs, value);
    const deposit = outcome.storageDeposit.isCharge
      ? outcome.storageDeposit.asCharge.toBigInt()
      : -outcome.storageDeposit.asRefund.toBigInt();
    return { ...gas(outcome), deposit };
  }

  /** The probes: every message, as a caller for whom it succeeds now. */
  async function probes(phase) {
    const suffix = phase;
    const official = fixtures.official;
    const price = fixtures.price;
    // Charlie's pieces for transfer, approve, burn and A1.
    const pieces = [];
    for (let i = 0; i < 3; i += 1) pieces.push((await registry.submit('buy', charlie, [official, 0], price)).result);
    const proposed = (await registry.submit('propose_series', alice, [fixtures.proposal(alice.address), false])).result;
    const listedToClose = (await registry.submit('propose_series', alice, [fixtures.proposal(alice.address), false])).result;
    await registry.submit('ListingRegistry::apply_listing', alice, [listedToClose, fixtures.listing(price)]);
    const aliceSeat = fixtures.aliceSeat;
    // Polls: one open, one ended, one finalized that Alice answered.
    const duration = 6;
    const openPoll = (await rewards.submit('create_poll', alice, [`open ${suffix}`, ['Approve'], 1_000])).result;
    const endedPoll = (await rewards.submit('create_poll', alice, [`ended ${suffix}`, ['Approve'], duration])).result;
    await rewards.submit('vote', alice, [endedPoll, [aliceSeat], [0]]);
    const claimPoll = (await rewards.submit('create_poll', alice, [`claim ${suffix}`, ['Approve'], duration])).result;
    await rewards.submit('vote', alice, [claimPoll, [aliceSeat], [0]]);
    await sealUntil((await suite.blockNumber()) + duration + 1);
    await rewards.submit('finalize', alice, [claimPoll]);
    // Society: a matured payout, a suspended candidate, a candidate, a suspended
    // member, a defender, a bid and a vouch.
    const rows = [];
    /** Records a measured row and prints it as progress. */
    const record = (row) => {
      rows.push(row);
      log(`${phase}: ${row.contract}.${row.message} ref_time ${row.refTime}, proof_size ${row.proofSize}, deposit ${row.deposit}`);
    };
    const add = async (contract, label, caller, callArgs = [], value = 0n) => {
      record({ contract: contract.name, message: label, ...(await measure(contract, label, caller, callArgs, value)) });
    };
    // governance (first: its blocks must not push the society's rounds into their reveal
    // windows): a proposal recording a contribution, through propose, vote, queue,
    // execute and the settlement of its deposit
    const proposalDeposit = BigInt((await rewards.read('governance')).proposalDeposit);
    const recordWork = [{ RecordContribution: [dave.address, 'Review', 1, `0x${'42'.repeat(32)}`] }];
    await add(rewards, 'propose', alice, [`proposal ${suffix}`, recordWork], proposalDeposit);
    const proposal = (await rewards.submit('propose', alice, [`proposal ${suffix}`, recordWork], proposalDeposit)).result;
    const proposalPoll = await rewards.read('poll', [proposal]);
    await sealUntil(Number(proposalPoll.start));
    record({ contract: 'rewards', message: 'vote (proposal)', ...(await measure(rewards, 'vote', alice, [proposal, [aliceSeat], [0]])) });
    await rewards.submit('vote', alice, [proposal, [aliceSeat], [0]]);
    await sealUntil(Number(proposalPoll.end));
    await rewards.submit('finalize', alice, [proposal]);
    await add(rewards, 'queue', alice, [proposal]);
    await rewards.submit('queue', alice, [proposal]);
    // The queued proposal's own eta: a dry run's figure is a block early.
    await sealUntil(Number((await rewards.read('proposal', [proposal])).eta));
    await add(rewards, 'execute', alice, [proposal]);
    await rewards.submit('execute', alice, [proposal]);
    await add(rewards, 'settle_deposit', alice, [proposal]);
    // A member with a payout (each admitted bid is paid out), once it matures.
    let payee;
    let maturesAt;
    for (const [address, pair] of keysByAddress) {
      const [first] = address === alice.address ? [] : await society.read('payouts', [address]);
      if (first) {
        payee = pair;
        maturesAt = Number(first.maturesAt);
        break;
      }
    }
    expect(payee, 'no member has a payout');
    await sealUntil(maturesAt);
    await add(society, 'payout', payee);
    const deposit = BigInt((await society.read('parameters')).candidateDeposit);
    const [rejected, candidate, bidder, vouched, newcomer] = ['rejected', 'candidate', 'bidder', 'vouched', 'newcomer']
      .map((n) => `${n}-${suffix}`);
    await fund([rejected, candidate, bidder, newcomer], 10n * UNIT);
    await society.submit('bid', account(rejected), [0n, 'C2'], deposit);
    await rotateFully();
    await society.submit('vote', alice, [account(rejected).address, false, committed(alice)]);
    await society.submit('bid', account(candidate), [0n, 'C2'], deposit);
    await rotateFully();
    // One zero bid waits at a time: the waiting bidder and the newcomer ask a little.
    await society.submit('bid', account(bidder), [3n, 'C2'], deposit);
    await sealUntil(Number(await society.read('next_challenge')));
    await society.submit('challenge', alice);
    const [doomed] = (await society.read('defender')) ?? [];
    expect(doomed, 'no defender was drawn');
    await society.submit('defender_vote', alice, [false, committed(alice)]);
    await sealUntil(Number(await society.read('next_challenge')));
    await society.submit('challenge', alice);
    const [defender] = (await society.read('defender')) ?? [];
    expect(defender, 'no second defender was drawn');
    const [voucher, second] = (await society.read('members', [0, 64]))
      .filter((m) => m !== defender && keysByAddress.has(m))
      .map((m) => keysByAddress.get(m));
    expect(second, 'fewer than two members left to vouch');
    await society.submit('vouch', voucher, [account(vouched).address, 0n, 0n, 'C1']);

    // registry
    await add(registry, 'buy', charlie, [official, 0], price);
    await add(registry, 'PSP34::approve', charlie, [dave.address, pieces[0], true]);
    // The hard case: an approved operator moves a token from the middle of its owner's
    // list (Charlie holds the setup's pieces before and pieces[1], pieces[2] after it).
    await registry.submit('PSP34::approve', charlie, [dave.address, pieces[0], true]);
    await add(registry, 'PSP34::transfer', dave, [bob.address, pieces[0], []]);
    // The shares of the sales above wait in the registry: each contract pulls its own.
    await add(rewards, 'collect_revenue', alice);
    await add(society, 'collect_revenue', alice);
    await add(registry, 'PSP34Burnable::burn', charlie, [charlie.address, pieces[1]]);
    await add(registry, 'claim_seat', charlie, ['A1', [pieces[2]]]);
    // Bob's share of the sales above waits on his series until anyone moves it to his credit.
    await add(registry, 'collect_creator_revenue', alice, [official]);
    await registry.submit('collect_creator_revenue', alice, [official]);
    await add(registry, 'withdraw', bob);
    await add(registry, 'propose_series', bob, [fixtures.proposal(bob.address, true), true]);
    await add(registry, 'propose_series', alice, [fixtures.proposal(alice.address), false]);
    await add(registry, 'ListingRegistry::apply_listing', alice, [proposed, fixtures.listing(price)]);
    await add(registry, 'airdrop', alice, [fixtures.giveaway, 0, dave.address]);
    await add(registry, 'SeatRegistry::grant_seat', alice, [dave.address, 'D']);
    await add(registry, 'close_series', alice, [listedToClose]);
    await add(registry, 'register_creator', alice, [dave.address, true]);
    await add(registry, 'set_sales_paused', alice, [true]);
    await add(registry, 'transfer_operator', alice, [dave.address]);
    // rewards
    await add(rewards, 'create_poll', alice, ['A question for the seat holders', ['Approve', 'Approve'], 100]);
    await add(rewards, 'vote', alice, [openPoll, [aliceSeat], [0]]);
    await add(rewards, 'fund_poll', charlie, [openPoll], UNIT);
    await add(rewards, 'finalize', alice, [endedPoll]);
    await add(rewards, 'claim', alice, [claimPoll]);
    await add(rewards, 'claim_all', alice, [[claimPoll]]);
    await add(rewards, 'set_parameters', alice, [await rewards.read('parameters')]);
    await add(rewards, 'transfer_operator', alice, [dave.address]);
    // society
    await add(society, 'bid', account(newcomer), [4n, 'C2'], deposit);
    await add(society, 'unbid', account(bidder));
    // A zero bid already waits (the vouched one): this vouch asks a little.
    await add(society, 'vouch', second, [account(newcomer).address, 2n, 0n, 'C1']);
    await add(society, 'unvouch', voucher);
    // A skeptic's vote also counts it among the candidate's skeptic voters (one more
    // cell): the voter is a member who is not a skeptic at either state, so both states
    // measure the same vote (the skeptics are drawn anew each rotation).
    const skeptics = new Set(await society.read('skeptics'));
    const voter = [alice, ...(await society.read('members', [0, 64])).map((m) => keysByAddress.get(m))]
      .find((pair) => pair && !skeptics.has(pair.address));
    expect(voter, 'every member with a bench key is a skeptic');
    await add(society, 'vote', voter, [account(candidate).address, true, committed(voter)]);
    await add(society, 'defender_vote', alice, [true, committed(alice)]);
    await add(society, 'judge_suspended_member', alice, [doomed, true]);
    await add(society, 'judge_suspended_candidate', alice, [account(rejected).address, 'Approve']);
    await add(society, 'SocietyPot::fund_pot', charlie, [], UNIT);
    await add(society, 'set_max_members', alice, [Number(await society.read('max_members'))]);
    await add(society, 'set_judge', alice, [alice.address]);
    await add(society, 'transfer_operator', alice, [dave.address]);
    await sealUntil(Number(await society.read('next_challenge')));
    await add(society, 'challenge', alice);
    // The rotation probe is one ballot step at both states. A call's work is bounded by
    // its step budget whatever the state, but the budget's 8 steps would land in
    // different places: the first call resolves the candidate at the small state (3
    // skeptics, floor(sqrt(members))) and is still collecting skeptics at the large one
    // (9). The heaviest calls at the deploy budget are measured at the caps below.
    const rules = await society.read('parameters');
    await society.submit('set_parameters', alice, [{ ...rules, stepBudget: 1 }]);
    await sealUntil(Number(await society.read('next_rotation')));
    record({ contract: 'society', message: 'rotate (one ballot step)', ...(await measure(society, 'rotate', alice)) });
    await society.submit('set_parameters', alice, [rules]);
    // Leaves the society as it found it: the candidate and the vouched bid resolved.
    await society.submit('unbid', account(bidder));
    await society.submit('unvouch', voucher);
    await society.submit('judge_suspended_candidate', alice, [account(rejected).address, 'Reject']);
    await society.submit('judge_suspended_member', alice, [doomed, false]);
    // Voting on the candidate closed before the rotation probe; the rotation resolves it.
    await rotateFully();
    // Reads: a dry run each (free when called off-chain).
    for (const [contract, label, callArgs] of reads(pieces[0], official, openPoll)) {
      await add(contract, label, alice, callArgs);
    }
    return rows;
  }

  /** The read messages and arguments that find something. */
  function reads(token, series, poll) {
    return [
      [registry, 'PSP34::balance_of', [charlie.address]],
      [registry, 'PSP34::owner_of', [token]],
      [registry, 'PSP34::allowance', [charlie.address, dave.address, token]],
      [registry, 'PSP34::total_supply', []],
      [registry, 'PSP34::collection_id', []],
      [registry, 'PSP34Metadata::get_attribute', [token, 'series']],
      [registry, 'PSP34Enumerable::owners_token_by_index', [charlie.address, 0]],
      [registry, 'PSP34Enumerable::token_by_index', [0]],
      [registry, 'Psp34Traits::token_uri', [Object.values(token)[0]]],
      [registry, 'token_kind', [token]],
      [registry, 'series', [series]],
      [registry, 'minted', [series, 0]],
      [registry, 'seats', []],
      [registry, 'SeatRegistry::seat_count', [alice.address]],
      [registry, 'SeatRegistry::seat_holder', [fixtures.aliceSeat]],
      [registry, 'is_proof_used', [token]],
      [registry, 'credit_of', [bob.address]],
      [rewards, 'poll', [poll]],
      [rewards, 'results', [poll]],
      [rewards, 'pending_reward', [poll, alice.address]],
      [rewards, 'contribution', [alice.address]],
      [rewards, 'pool', []],
      [rewards, 'uncollected_revenue', []],
      // A full page at both states (the small one has fewer than 10 members then).
      [society, 'members', [0, 5]],
      [society, 'role_of', [alice.address]],
      [society, 'candidates', []],
      [society, 'bids', []],
      [society, 'payouts', [alice.address]],
      [society, 'seat_of', [alice.address]],
      [society, 'pot', []],
      [society, 'uncollected_revenue', []],
    ];
  }

  // -------------------------------------------------------------- the run

  const started = Date.now();
  const keysByAddress = new Map([[alice.address, alice]]);
  let memberNames = 0;
  const price = 10n * UNIT;
  const fixtures = {
    price,
    proposal: (creator, withOptions = false) => ({
      spec: {
        creator, tier: 'SSS', kind: 'Official', items: 2, special: false, sale_duration_ms: FOREVER_MS,
        provenance: provenance(creator, 'bench'),
      },
      options: withOptions
        ? { prices: [price, 2n * price], quantities: [100], start_times: [0], contents: ['ipfs://bench'] }
        : { prices: [], quantities: [], start_times: [], contents: [] },
    }),
    listing: (p) => ({ List: { price: p, editions: 1_000_000, sale_start: 0, content_uri: 'ipfs://bench' } }),
  };
  log('setting up: creators, series, the pot, the founder\'s seat');
  await registry.submit('register_creator', alice, [bob.address, true]);
  const official = (await registry.submit('propose_series', alice, [fixtures.proposal(bob.address), false])).result;
  await registry.submit('ListingRegistry::apply_listing', alice, [official, fixtures.listing(price)]);
  const giveawaySpec = fixtures.proposal(alice.address);
  giveawaySpec.spec.kind = 'Giveaway';
  const giveaway = (await registry.submit('propose_series', alice, [giveawaySpec, false])).result;
  await registry.submit('ListingRegistry::apply_listing', alice, [giveaway, fixtures.listing(0n)]);
  fixtures.official = official;
  fixtures.giveaway = giveaway;
  fixtures.aliceSeat = await society.read('seat_of', [alice.address]);
  expect(fixtures.aliceSeat, 'the founder holds no seat: was the society founded?');
  await society.submit('SocietyPot::fund_pot', alice, [], 1_000n * UNIT);
  // Dave's seats for the widest vote, issued before any poll the bench measures.
  fixtures.daveSeats = [];
  for (let i = 0; i < MAX_VOTE_SEATS; i += 1) {
    fixtures.daveSeats.push((await registry.submit('SeatRegistry::grant_seat', alice, [dave.address, 'D'])).result);
  }
  // Revenue for the rewards pool, so that polls carry budgets.
  for (let i = 0; i < 10; i += 1) await registry.submit('buy', charlie, [official, 1], price);
  await rewards.submit('collect_revenue', alice);

  log(`small state: ${HOLDERS.small} holders and seats, ${SMALL_MEMBERS} members`);
  await addHolders(0, HOLDERS.small, giveaway);
  await growSociety(SMALL_MEMBERS);
  const small = await probes('small');

  const maxMembers = Number(await society.read('max_members'));
  log(`large state: ${HOLDERS.large} holders and seats, ${maxMembers} members, ${MORE_POLLS} more polls`);
  await addHolders(HOLDERS.small, HOLDERS.large - HOLDERS.small, giveaway);
  const polls = [];
  for (let i = 0; i < MORE_POLLS; i += 1) polls.push(await call(rewards, 'create_poll', alice, [`poll ${i}`, ['Approve'], 1_000]));
  await batch(alice, polls, 'polls');
  // Two places stay free for the probes' candidates.
  await growSociety(maxMembers - 2);
  const large = await probes('large');

  // ---------------------------------------------------------- bounded work at the caps
  log(`worst cases: claim_all over ${MAX_CLAIMS} polls; a rotation of ${MAX_INTAKE} candidates with max_voters votes`);
  const capped = [];
  const claimPolls = [];
  for (let i = 0; i < MAX_CLAIMS; i += 1) claimPolls.push((await rewards.submit('create_poll', alice, [`claim ${i}`, ['Approve'], 40])).result);
  const voteCalls = [];
  for (const poll of claimPolls) voteCalls.push(await call(rewards, 'vote', alice, [poll, [fixtures.aliceSeat], [0]]));
  await batch(alice, voteCalls, 'votes');
  await sealUntil((await suite.blockNumber()) + 41);
  const finalizeCalls = [];
  for (const poll of claimPolls) finalizeCalls.push(await call(rewards, 'finalize', alice, [poll]));
  await batch(alice, finalizeCalls, 'finalize');
  capped.push({ contract: 'rewards', message: `claim_all (${MAX_CLAIMS} polls)`, ...(await measure(rewards, 'claim_all', alice, [claimPolls])) });
  const seatPoll = (await rewards.submit('create_poll', alice, ['Sixteen seats', ['Approve'], 100])).result;
  capped.push({ contract: 'rewards', message: `vote (${MAX_VOTE_SEATS} seats)`, ...(await measure(rewards, 'vote', dave, [seatPoll, fixtures.daveSeats, [0]])) });

  // A transfer from the costliest place of a long list to the costliest recipient: the
  // first token of a holder of two full pages (TOKENS_PER_PAGE 32) whose open page is
  // empty, so that the last full page becomes the open page and its last token takes
  // the moved token's place, to a holder whose open page the token fills.
  const [whale, shark] = [account('whale'), account('shark')];
  for (const [holder, count] of [[whale, LONG_LIST], [shark, TOKENS_PER_PAGE - 1]]) {
    await fundAddresses([holder.address], BigInt(count) * price + 100n * UNIT);
    const buys = [];
    for (let i = 0; i < count; i += 1) buys.push(await call(registry, 'buy', holder, [official, 0], price));
    await batch(holder, buys, 'a long list');
  }
  const first = await registry.read('PSP34Enumerable::owners_token_by_index', [whale.address, 0]);
  await registry.submit('PSP34::approve', whale, [dave.address, first, true]);
  capped.push({ contract: 'registry', message: `PSP34::transfer, first token of a list of ${LONG_LIST} to a holder of ${TOKENS_PER_PAGE - 1} (approved operator)`, ...(await measure(registry, 'PSP34::transfer', dave, [shark.address, first, []])) });

  const parameters = await society.read('parameters');
  const deposit = BigInt(parameters.candidateDeposit);
  const maxVoters = Number(parameters.maxVoters);
  // Room for a full intake, so that the rotation selects MAX_INTAKE candidates.
  await society.submit('set_max_members', alice, [maxMembers + MAX_INTAKE]);
  const names = Array.from({ length: MAX_INTAKE }, (_, i) => `capped${i}`);
  await fund(names, 10n * UNIT);
  await Promise.all(names.map((n, i) => society.submit('bid', account(n), [BigInt(i + 1), 'C2'], deposit)));
  await rotateFully();
  const voters = (await society.read('members', [0, maxMembers])).map((m) => keysByAddress.get(m)).filter(Boolean);
  expect(voters.length >= maxVoters, `only ${voters.length} members can vote; max_voters is ${maxVoters}`);
  // One batch per voter: every transaction seals a block, and the votes must land inside
  // the candidates' voting window. Each vote's storage deposit is the voter's: top them up.
  await fundAddresses(voters.slice(0, maxVoters).map((v) => v.address), 20n * UNIT);
  await Promise.all(voters.slice(0, maxVoters).map(async (voter, v) => {
    const votes = [];
    for (const n of names) votes.push(await call(society, 'vote', voter, [account(n).address, v % 2 === 0, committed(voter)]));
    await batch(voter, votes, 'votes on the capped candidates');
  }));
  const steps = await rotateFully();
  // Every call but the last resolves ballots; the last finishes the rotation.
  const setting = `${MAX_INTAKE} candidates × ${maxVoters} votes, step_budget ${parameters.stepBudget}, ${steps.length} calls`;
  const resolving = steps.slice(0, -1);
  for (const key of ['refTime', 'proofSize']) {
    const heaviest = resolving.reduce((w, step) => (step[key] > w[key] ? step : w));
    capped.push({ contract: 'society', message: `rotate, heaviest resolving call by ${key === 'refTime' ? 'ref_time' : 'proof_size'} (${setting})`, ...heaviest, deposit: null });
  }
  capped.push({ contract: 'society', message: `rotate, finishing call (${setting})`, ...steps[steps.length - 1], deposit: null });

  // ---------------------------------------------------------------- the limits
  const weights = api.consts.system.blockWeights;
  const limits = {
    maxBlockRefTime: weights.maxBlock.refTime.toBigInt(),
    maxBlockProofSize: weights.maxBlock.proofSize.toBigInt(),
    maxExtrinsicRefTime: weights.perClass.normal.maxExtrinsic.unwrap().refTime.toBigInt(),
    maxCodeLen: api.consts.contracts.maxCodeLen.toBigInt(),
    povLimit: POV_LIMIT,
  };
  const sizes = Object.fromEntries(Object.values(suite.contracts).map((c) => {
    const hex = JSON.parse(JSON.stringify(c.abi.json.source.wasm));
    return [c.name, (hex.length - 2) / 2];
  }));
  const rows = small.map((row, i) => ({ ...row, large: large[i] }));
  for (const [i, row] of rows.entries()) {
    expect(row.large && row.large.message === row.message, `probe ${i} differs between the states`);
  }
  print({ limits, sizes, rows, capped, maxMembers });
  if (jsonPath) {
    const replacer = (_, v) => (typeof v === 'bigint' ? v.toString() : v);
    writeFileSync(jsonPath, JSON.stringify({ node: suite.deployment.url, limits, sizes, states: { small: { holders: HOLDERS.small, members: SMALL_MEMBERS, polls: 3 }, large: { holders: HOLDERS.large, members: maxMembers, polls: MORE_POLLS + 3 } }, rows, capped }, replacer, 2));
    log(`wrote ${jsonPath}`);
  }
  log(`bench finished in ${Math.round((Date.now() - started) / 1000)}s`);
  await suite.disconnect();

  /** Prints the tables (markdown, as in the README). */
  function print({ limits: l, sizes: s, rows: r, capped: c, maxMembers: m }) {
    const n = (v) => v.toLocaleString('en-US');
    const share = (v, limit) => `${(Number(BigInt(v) * 1_000_000n / BigInt(limit)) / 10_000).toFixed(2)}%`;
    const ratio = (a, b) => (Number(b) / Number(a)).toFixed(3);
    const blockRefTime = (l.maxBlockRefTime * BigInt(NORMAL_BLOCK_PERCENT)) / 100n;
    /** How many calls of `row` fit in one block: by 75% of its ref_time, by a PoV. */
    const fits = (row) => [blockRefTime / row.refTime, l.povLimit / row.proofSize];
    console.log('Node limits');
    console.log(`  max block ref_time ${n(l.maxBlockRefTime)} (${NORMAL_BLOCK_PERCENT}% for calls: ${n(blockRefTime)}); max block proof_size ${n(l.maxBlockProofSize)} (unbounded on the dev node: shares below are of a ${n(l.povLimit)}-byte parachain PoV); max code size ${n(l.maxCodeLen)} bytes`);
    console.log('\nOptimized Wasm');
    for (const [name, bytes] of Object.entries(s)) console.log(`  ${name}: ${n(bytes)} bytes (${share(BigInt(bytes), l.maxCodeLen)} of the max code size)`);
    console.log(`\nPer message (small: ${HOLDERS.small} holders/seats, ${SMALL_MEMBERS} members, 3 polls; large: ${HOLDERS.large} holders/seats, ${m} members, ${MORE_POLLS + 3} polls; per block: at the large state, by ${NORMAL_BLOCK_PERCENT}% of a block's ref_time and by a 5 MiB PoV)\n`);
    console.log('| contract | message | ref_time small | ref_time large | ratio | proof_size small | proof_size large | ratio | deposit small | deposit large | O(1) | per block: ref_time | per block: PoV |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|');
    const missed = [];
    for (const row of r) {
      const rt = Number(row.large.refTime) / Number(row.refTime);
      const ps = Number(row.large.proofSize) / Number(row.proofSize);
      const flat = Math.abs(rt - 1) <= FLAT && Math.abs(ps - 1) <= FLAT;
      if (!flat) missed.push(`${row.contract}.${row.message}`);
      const [byRef, byPov] = fits(row.large);
      console.log(`| ${row.contract} | ${row.message} | ${n(row.refTime)} | ${n(row.large.refTime)} | ${ratio(row.refTime, row.large.refTime)} | ${n(row.proofSize)} | ${n(row.large.proofSize)} | ${ratio(row.proofSize, row.large.proofSize)} | ${n(row.deposit)} | ${n(row.large.deposit)} | ${flat ? 'yes' : 'no'} | ${n(byRef)} | ${n(byPov)} |`);
    }
    console.log('\nBounded work at the caps\n');
    console.log('| contract | call | ref_time | share of block | proof_size | share of PoV | per block: ref_time | per block: PoV |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    for (const row of c) {
      const [byRef, byPov] = fits(row);
      console.log(`| ${row.contract} | ${row.message} | ${n(row.refTime)} | ${share(row.refTime, l.maxBlockRefTime)} | ${n(row.proofSize)} | ${share(row.proofSize, l.povLimit)} | ${n(byRef)} | ${n(byPov)} |`);
    }
    const worstRef = c.filter((row) => row.contract === 'society').reduce((w, row) => (row.refTime > w.refTime ? row : w));
    const worstProof = c.filter((row) => row.contract === 'society').reduce((w, row) => (row.proofSize > w.proofSize ? row : w));
    console.log(`\nworst rotation step: ref_time ${share(worstRef.refTime, l.maxBlockRefTime)} of a block (${worstRef.message}); proof_size ${share(worstProof.proofSize, l.povLimit)} of a PoV (${worstProof.message})`);
    console.log(missed.length ? `outside the ${FLAT * 100}% band between the states: ${missed.join(', ')}` : `every message within ${FLAT * 100}% between the states`);

    // The targets of issue 16, beside the anchor they come from.
    const row = (contract, message) => {
      const found = r.find((x) => x.contract === contract && x.message === message);
      expect(found, `no row ${contract}.${message}`);
      return found.large;
    };
    const cappedRow = (prefix) => c.find((x) => x.message.startsWith(prefix));
    const buy = row('registry', 'buy');
    const transfer = row('registry', 'PSP34::transfer');
    const pov = (v) => Number(BigInt(v) * 1_000_000n / l.povLimit) / 10_000;
    const block = (v) => Number(BigInt(v) * 1_000_000n / l.maxBlockRefTime) / 10_000;
    /** 1.25 × the anchor's proof_size, rounded up. */
    const transferProofCap = (ANCHOR.transferProofSize * 5n + 3n) / 4n;
    const kib = (v) => `${n(v)} B (${(v / 1024).toFixed(1)} KiB)`;
    const targets = [
      ['`PSP34::transfer` ref_time (approved operator, middle of a list)', n(transfer.refTime), `≤ ${n(ANCHOR.transferRefTime)}`, `erc721 transfer ${n(ANCHOR.transferRefTime)}`, transfer.refTime <= ANCHOR.transferRefTime],
      ['`PSP34::transfer` proof_size', n(transfer.proofSize), `≤ ${n(transferProofCap)}`, `1.25 × erc721's ${n(ANCHOR.transferProofSize)}`, transfer.proofSize <= transferProofCap],
      ['`buy` proof_size (sales per 5 MiB PoV)', `${n(buy.proofSize)} (${n(l.povLimit / buy.proofSize)})`, '≤ 200,000 (≥ 26)', '', buy.proofSize <= 200_000n],
      [`\`rewards.vote\` with ${MAX_VOTE_SEATS} seats`, `${pov(cappedRow('vote (').proofSize).toFixed(2)}% of a PoV`, '≤ 25%', '', pov(cappedRow('vote (').proofSize) <= 25],
      ['optimized Wasm: registry', kib(s.registry), '≤ 36 KiB', 'erc721 9.7 KB', s.registry <= 36 * 1024],
      ['optimized Wasm: society', kib(s.society), '≤ 40 KiB', '', s.society <= 40 * 1024],
      ['optimized Wasm: rewards', kib(s.rewards), '≤ 48 KiB', '', s.rewards <= 48 * 1024],
      ['`rotate`, worst step: ref_time', `${block(worstRef.refTime).toFixed(2)}% of a block`, '≤ 5%', '', block(worstRef.refTime) <= 5],
      ['`rotate`, worst step: proof_size', `${pov(worstProof.proofSize).toFixed(2)}% of a PoV`, '≤ 25%', '', pov(worstProof.proofSize) <= 25],
      [`\`claim_all\` over ${MAX_CLAIMS} polls`, `${pov(cappedRow('claim_all').proofSize).toFixed(2)}% of a PoV`, '≤ 25%', '', pov(cappedRow('claim_all').proofSize) <= 25],
      ['every message O(1) (ratio between the states)', missed.length ? `${missed.length} outside` : 'all within', `≤ ${1 + FLAT}`, '', missed.length === 0],
    ];
    console.log(`\nTargets (storage deposit a buyer pays per sale: ${n(buy.deposit)})\n`);
    console.log('| figure | ours | target | anchor | met |');
    console.log('|---|---:|---:|---|:---:|');
    for (const [figure, ours, target, anchor, met] of targets) console.log(`| ${figure} | ${ours} | ${target} | ${anchor} | ${met ? 'yes' : 'no'} |`);
    console.log(`\ntargets met: ${targets.filter((t) => t[4]).length} of ${targets.length}`);
    const longest = cappedRow('PSP34::transfer');
    const within = longest.refTime <= ANCHOR.transferRefTime && longest.proofSize <= transferProofCap;
    console.log(`\nThe transfer targets are measured where issue 16 sets them (the middle of a list of three or more, here within the owner's open page). From the costliest place (${longest.message}) a transfer takes ${n(longest.refTime)} ref_time and ${n(longest.proofSize)} proof_size: ${within ? 'within' : 'above'} the anchor's.`);
  }
});
