// The platform's story, played on the deployed suite (scripts/deploy.sh --demo runs it):
// the operator lists an SSS series; a creator proposes an SS series and the seat holders
// vote it in; collectors buy; a collector claims an A1 seat (another an A2 seat); the
// revenue reaches the rewards pool, the society pot and the creators; a poll's budget is
// claimed by those who answered; a creator bids for a B seat and the society admits it;
// the operator hands every contract to the seat holders' governance, which registers a
// recommended AI program and grants it a seat, while the guardian vetoes a pause.
// Prints a readable report; exits 1 with a one-line reason if any step fails.
//
// Uses the dev chain's //Alice (the operator and society founder) to //Ferdie accounts.
// Usage: node demo.mjs [deployments/local.json] [--url ws://HOST:PORT]

import { randomAsU8a } from '@polkadot/util-crypto';
import { Suite, UNIT, commitment, expect, provenance, run, tokenId, units, variant } from './suite.mjs';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args.splice(urlAt, 2)[1] : undefined;
const deploymentPath = args[0] ?? new URL('../../deployments/local.json', import.meta.url).pathname;

/** A sale window from the Unix epoch lasting ~31,000 years: open on any dev chain. */
const FOREVER_MS = 1_000_000_000_000_000n;

run(async () => {
  const suite = await Suite.connect(deploymentPath, url);
  const { registry, society, rewards } = suite.contracts;
  const [alice, bob, charlie, dave, eve, ferdie] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie']
    .map((suri) => suite.account(suri));
  const names = new Map([alice, bob, charlie, dave, eve, ferdie]
    .map((pair, i) => [pair.address, ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'][i]]));
  const who = (address) => names.get(address) ?? address;
  let chapter = 0;
  const title = (text) => console.log(`\n${++chapter}. ${text}`);
  const say = (text) => console.log(`   ${text}`);

  console.log(`Qiankun DAO demo on ${suite.deployment.url}, block ${await suite.blockNumber()}`);
  console.log(`registry ${registry.address}\nsociety  ${society.address}\nrewards  ${rewards.address}`);
  const founderSeat = await society.read('seat_of', [alice.address]);
  expect(founderSeat, 'the founder holds no seat: was the society founded?');

  title('The operator (Alice) lists an SSS series by Bob');
  await registry.submit('register_creator', alice, [bob.address, true]);
  const sss = (await registry.submit('propose_series', alice, [{
    spec: {
      creator: bob.address, tier: 'SSS', kind: 'Official', items: 3, special: false, sale_duration_ms: FOREVER_MS,
      provenance: provenance(bob.address, 'genesis-dragons'),
    },
    options: { prices: [], quantities: [], start_times: [], contents: [] },
  }, false])).result;
  await registry.submit('ListingRegistry::apply_listing', alice, [sss, {
    List: { price: 100n * UNIT, editions: 50, sale_start: 0, content_uri: 'ipfs://qiankun/genesis-dragons' },
  }]);
  say(`series ${sss} "genesis-dragons": 3 items × 50 editions at ${units(100n * UNIT)}, listed without a poll`);

  title('A creator (Charlie) proposes an SS series; the seat holders vote it in');
  await registry.submit('register_creator', alice, [charlie.address, true]);
  const daveSeat = (await registry.submit('SeatRegistry::grant_seat', alice, [dave.address, 'D'])).result;
  say(`seat holders: Alice (founder, D seat ${tokenId(founderSeat)}), Dave (team reserve, D seat ${tokenId(daveSeat)})`);
  const ss = (await registry.submit('propose_series', charlie, [{
    spec: {
      creator: charlie.address, tier: 'SS', kind: 'Official', items: 2, special: false, sale_duration_ms: FOREVER_MS,
      provenance: provenance(charlie.address, 'ink-cranes'),
    },
    options: {
      prices: [20n * UNIT, 30n * UNIT],
      quantities: [100, 200],
      start_times: [0, 1_000],
      contents: ['ipfs://qiankun/ink-cranes-a', 'ipfs://qiankun/ink-cranes-b'],
    },
  }, true])).result;
  const listingPoll = (await registry.read('series', [ss])).poll;
  say(`series ${ss} proposed; listing poll ${listingPoll} asks: list it? price 20 or 30 UNIT? 100 or 200 editions? start 0 or 1000? content a or b?`);
  await rewards.submit('vote', alice, [listingPoll, [founderSeat], [0, 1, 0, 0, 1]]);
  await rewards.submit('vote', dave, [listingPoll, [daveSeat], [0, 1, 1, 0, 1]]);
  say('Alice answers: yes, 30 UNIT, 100, 0, b; Dave answers: yes, 30 UNIT, 200, 0, b');
  const { events: decided } = await suite.whenDue(rewards, 'finalize', alice, [listingPoll]);
  const decision = decided.find((e) => e.name === 'ListingDecided');
  expect(decision?.args.applied, `the listing poll did not list the series: ${JSON.stringify(decision?.args)}`);
  const listed = await registry.read('series', [ss]);
  expect(variant(listed.status) === 'listed', `series ${ss} is ${JSON.stringify(listed.status)}`);
  say(`poll finalized: series ${ss} listed at ${units(listed.terms.price)}, ${listed.terms.editions} editions, content ${listed.terms.contentUri}`);

  title('Collectors buy');
  const eveSet = [];
  for (const item of [0, 1, 2]) {
    eveSet.push((await registry.submit('buy', eve, [sss, item], 100n * UNIT)).result);
  }
  const ferdieSss = (await registry.submit('buy', ferdie, [sss, 0], 100n * UNIT)).result;
  const ferdieSs = (await registry.submit('buy', ferdie, [ss, 1], BigInt(listed.terms.price))).result;
  say(`Eve buys all 3 items of series ${sss}: tokens ${eveSet.map(tokenId).join(', ')}`);
  say(`Ferdie buys item 0 of series ${sss} (${tokenId(ferdieSss)}) and item 1 of series ${ss} (${tokenId(ferdieSs)})`);

  title('Collectors claim Genesis seats with proof');
  const ferdieSeat = (await registry.submit('claim_seat', ferdie, ['A1', [ferdieSss]])).result;
  say(`Ferdie claims an A1 seat with his SSS piece: seat ${tokenId(ferdieSeat)}`);
  const eveSeat = (await registry.submit('claim_seat', eve, ['A2', eveSet])).result;
  say(`Eve claims an A2 seat with the complete series: seat ${tokenId(eveSeat)}`);
  try {
    await registry.submit('claim_seat', ferdie, ['A1', [ferdieSss]]);
    throw new Error('a used proof proved a second seat');
  } catch (error) {
    expect(/ProofAlreadyUsed/.test(error.message), error.message);
    say('Ferdie tries the same piece again: refused, ProofAlreadyUsed');
  }

  title('The revenue reaches the rewards pool, the society pot and the creators');
  // A sale calls no other contract: the registry credits each share, and the rewards
  // contract and the society pull theirs when anyone asks.
  say(`waiting in the registry: ${units(await rewards.read('uncollected_revenue'))} for the rewards pool, ${units(await society.read('uncollected_revenue'))} for the society pot`);
  const toPool = (await rewards.submit('collect_revenue', ferdie)).result;
  const toPot = (await society.submit('collect_revenue', ferdie)).result;
  const pool = BigInt(await rewards.read('pool'));
  const pot = BigInt(await society.read('pot'));
  say(`Ferdie collects them: ${units(toPool)} into the rewards pool, ${units(toPot)} into the society pot; rewards pool ${units(pool)}; society pot ${units(pot)}`);
  // A creator's share waits on its series; anyone moves it to the creator's credit.
  for (const series of [sss, ss]) {
    const { revenue, spec } = await registry.read('series', [series]);
    const moved = (await registry.submit('collect_creator_revenue', ferdie, [series])).result;
    expect(BigInt(moved) === BigInt(revenue), `collected ${units(moved)} of series ${series}, not its ${units(revenue)}`);
    say(`Ferdie collects series ${series}'s revenue, ${units(moved)}, to ${who(spec.creator)}'s credit`);
  }
  for (const creator of [bob, charlie]) {
    say(`${who(creator.address)}'s credit: ${units(await registry.read('credit_of', [creator.address]))}`);
  }
  const withdrawn = (await registry.submit('withdraw', bob)).result;
  say(`Bob withdraws ${units(withdrawn)}`);

  title("A seat holder's poll: its budget is shared by those who answered");
  const poll = (await rewards.submit('create_poll', ferdie, ['Open a third series this season?', ['Approve'], 3])).result;
  const budget = BigInt((await rewards.read('poll', [poll])).budget);
  say(`Ferdie opens poll ${poll} with a visible budget of ${units(budget)}`);
  await rewards.submit('vote', ferdie, [poll, [ferdieSeat], [0]]);
  await rewards.submit('vote', eve, [poll, [eveSeat], [1]]);
  say('Ferdie and Eve answer it; Dave does not');
  await suite.whenDue(rewards, 'finalize', alice, [poll]);
  for (const voter of [ferdie, eve]) {
    const claimed = (await rewards.submit('claim', voter, [poll])).result;
    say(`${who(voter.address)} claims ${units(claimed)}`);
  }
  const daveClaim = variant((await rewards.dryRun('claim', dave, [poll])).output.toJSON().ok.err);
  expect(daveClaim === 'notparticipant', `Dave's claim: ${daveClaim}, not NotParticipant`);
  say('Dave claims too: refused, NotParticipant');

  title('A creator (Charlie) bids for a B seat and the society admits him');
  const deposit = BigInt((await society.read('parameters')).candidateDeposit);
  await society.submit('bid', charlie, [5n * UNIT, 'B'], deposit);
  say(`Charlie bids ${units(5n * UNIT)} for a B seat, paying the ${units(deposit)} deposit`);
  await suite.rotate(alice);
  const candidates = (await society.read('candidates')).map((bid) => who(bid.who));
  expect(candidates.includes('Charlie'), `Charlie is not a candidate: ${candidates.join(', ')}`);
  say(`rotation: candidates ${candidates.join(', ')}; Alice, the only member, approves Charlie`);
  const secret = randomAsU8a(32);
  await society.submit('vote', alice, [charlie.address, true, commitment(secret, alice.address)]);
  say('her vote carries a commitment to a secret; once voting closes she reveals it, and it seeds the draws');
  await suite.whenDue(society, 'reveal', alice, [secret], 'NotRevealTime');
  await suite.rotate(alice);
  const role = await society.read('role_of', [charlie.address]);
  expect(variant(role) === 'member', `Charlie is ${role} after the rotation`);
  const charlieSeat = await society.read('seat_of', [charlie.address]);
  const kind = await registry.read('token_kind', [charlieSeat]);
  const seat = kind?.seat;
  expect(seat?.category === 'B' && seat?.bySociety, `Charlie's token ${tokenId(charlieSeat)} is ${JSON.stringify(kind)}`);
  say(`rotation: Charlie is a member, holding seat ${tokenId(charlieSeat)}, a B seat granted by the society`);
  const payouts = await society.read('payouts', [charlie.address]);
  say(`his bid is paid out once it matures: ${payouts.map((p) => `${units(p.amount)} at block ${p.maturesAt}`).join(', ')}`);

  title('The operator hands every contract to the seat holders\' governance');
  const governance = rewards.address;
  for (const contract of [registry, society, rewards]) {
    await contract.submit('transfer_operator', alice, [governance]);
  }
  say(`Alice offers the operator role of the registry, the society and the rewards contract to governance (${governance})`);
  const proposalDeposit = BigInt((await rewards.read('governance')).proposalDeposit);
  /** `proposer` proposes `actions`, paying the deposit; prints them as read back. */
  async function propose(proposer, titleText, actions) {
    const id = (await rewards.submit('propose', proposer, [titleText, actions], proposalDeposit)).result;
    const stored = await rewards.read('proposal', [id]);
    say(`${who(proposer.address)} proposes #${id} "${titleText}" (deposit ${units(proposalDeposit)}${stored.critical ? ', critical' : ''}): ${JSON.stringify(stored.actions)}`);
    return id;
  }
  /** `voters` ([keypair, seat]) approve proposal `id` once voting opens; anyone finalizes
   *  and queues it. */
  async function approveAndQueue(id, voters) {
    for (const [voter, seatId] of voters) {
      await suite.whenDue(rewards, 'vote', voter, [id, [seatId], [0]], 'PollNotOpen');
    }
    await suite.whenDue(rewards, 'finalize', bob, [id]);
    await rewards.submit('queue', bob, [id]);
    const { eta } = await rewards.read('proposal', [id]);
    say(`#${id}: ${voters.map(([voter]) => who(voter.address)).join(', ')} approve; it passes and is queued, executable from block ${eta}`);
  }
  /** Bob, who holds no seat, executes proposal `id` once its timelock is over. */
  async function execute(id) {
    await suite.whenDue(rewards, 'execute', bob, [id], 'TimelockNotOver');
    say(`#${id}: Bob (no seat needed) executes it after the timelock: ${variant(await rewards.read('proposal_state', [id]))}`);
  }
  const voters = [[alice, founderSeat], [dave, daveSeat], [ferdie, ferdieSeat]];
  const handover = await propose(dave, 'Governance takes the operator roles',
    [{ AcceptOperator: 'Registry' }, { AcceptOperator: 'Society' }, { AcceptOperator: 'Rewards' }]);
  await approveAndQueue(handover, voters);
  await execute(handover);
  for (const contract of [registry, society, rewards]) {
    const operator = await contract.read('operator');
    expect(operator === governance, `${contract.name}'s operator is ${operator}, not governance`);
  }
  say('every contract\'s operator is now governance');
  const refused = variant((await registry.dryRun('register_creator', alice, [alice.address, true])).output.toJSON().ok.err);
  expect(refused === 'notauthorized', `the former operator's register_creator: ${refused}`);
  say('Alice, the former operator, tries to register a creator: refused, NotAuthorized');

  title('Seat holders recommend an AI program, record its work and grant it a D seat; the guardian vetoes a pause');
  const description = provenance(eve.address, 'eve-ink-painter').content_hash;
  const recommendation = await propose(ferdie, 'Recommend Eve\'s AI painter; record its work; grant it a D seat', [
    { Recommend: { kind: 'AiProgram', account: eve.address, description } },
    { RecordContribution: [eve.address, 'Development', 10, description] },
    { GrantSeat: eve.address },
  ]);
  await approveAndQueue(recommendation, voters);
  await execute(recommendation);
  expect(await registry.read('is_creator', [eve.address]), 'the recommendation did not register Eve');
  const record = await rewards.read('contribution', [eve.address]);
  const eveSeats = await registry.read('SeatRegistry::seat_count', [eve.address]);
  say(`Eve is a registered creator; her record shows ${record.recorded} contribution of weight ${record.recordedWeight}; she holds ${eveSeats} seats`);
  const guardian = await rewards.read('guardian');
  expect(guardian === eve.address, `the guardian is ${guardian}, not Eve (deploy.toml)`);
  const pause = await propose(charlie, 'Pause sales', [{ SetSalesPaused: true }]);
  await approveAndQueue(pause, [[charlie, charlieSeat], [alice, founderSeat]]);
  await rewards.submit('veto', eve, [pause]);
  say(`Eve, the guardian, vetoes #${pause} during its timelock: ${variant(await rewards.read('proposal_state', [pause]))}; sales stay open (paused: ${await registry.read('sales_paused')})`);
  for (const id of [handover, recommendation, pause]) {
    const back = (await rewards.submit('settle_deposit', bob, [id])).result;
    say(`#${id}'s deposit: ${BigInt(back) > 0n ? `${units(back)} back to its proposer` : 'forfeited to the rewards pool'}`);
  }

  title('Where things stand');
  const quotas = await registry.read('seats');
  say(`seats issued: ${quotas.map((q) => `${q.category} ${q.issued}/${q.cap}`).join(', ')}`);
  const uriOf = async (id) => registry.read('Psp34Traits::token_uri', [Object.values(id)[0]]);
  say(`token URIs, as wallets read them: piece ${tokenId(ferdieSs)} → ${await uriOf(ferdieSs)}, seat ${tokenId(ferdieSeat)} → ${await uriOf(ferdieSeat)}`);
  say(`tokens: ${await registry.read('PSP34::total_supply')}; rewards pool ${units(await rewards.read('pool'))}; society pot ${units(await society.read('pot'))}`);
  console.log('\ndemo finished');
  await suite.disconnect();
});
