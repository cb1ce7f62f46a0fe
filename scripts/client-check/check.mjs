// Client check: drives the deployed suite with @polkadot/api and @polkadot/api-contract,
// the libraries Contracts UI is built on. Loads each contract's `.contract` bundle and
// checks that its doc comments name every argument, reads a message of each contract,
// lists a series (as the operator, or through a governance proposal once the operator
// role has gone to governance), submits one purchase and decodes the events it emitted
// across the three contracts.
// Exits 1 with a one-line reason on any mismatch.
//
// Usage: node check.mjs [deployments/local.json] [--url ws://HOST:PORT]

import { Suite, UNIT, expect, provenance, run, tokenId, units, variant } from './suite.mjs';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args.splice(urlAt, 2)[1] : undefined;
const deploymentPath = args[0] ?? new URL('../../deployments/local.json', import.meta.url).pathname;

/** The price of the piece the check buys. */
const PRICE = 10n * UNIT;

run(async () => {
  const suite = await Suite.connect(deploymentPath, url);
  const { registry, society, rewards } = suite.contracts;
  const alice = suite.account('//Alice');
  const bob = suite.account('//Bob');
  console.log(`connected to ${suite.deployment.url} (${(await suite.api.rpc.system.chain()).toString()})`);

  // What Contracts UI shows of each bundle: every constructor and message has a doc
  // comment naming each of its arguments in backticks, and every event has one.
  let documented = 0;
  for (const contract of Object.values(suite.contracts)) {
    const { spec } = contract.abi.json;
    for (const item of [...spec.constructors, ...spec.messages]) {
      const docs = item.docs.join(' ');
      expect(docs.trim(), `${contract.name}.${item.label} has no doc comment`);
      for (const { label } of item.args) {
        expect(docs.includes(`\`${label}\``), `${contract.name}.${item.label}: its doc comment does not name \`${label}\``);
      }
      documented += 1;
    }
    for (const event of spec.events) {
      expect(event.docs.join('').trim(), `${contract.name}: event ${event.label} has no doc comment`);
    }
  }
  console.log(`docs  ${documented} constructors and messages name every argument in their doc comments; every event has one`);

  // One read of each contract, checked against the deployment record.
  const links = await registry.read('links');
  expect(links.rewards === rewards.address && links.society === society.address,
    `registry.links ${JSON.stringify(links)} are not the deployed rewards and society`);
  const supplyBefore = BigInt(await registry.read('PSP34::total_supply'));
  // After the demo's rotation the head is any member, the founder or another.
  const head = await society.read('head');
  const headRole = variant(await society.read('role_of', [head]));
  expect(headRole === 'member', `society.head ${head} is ${headRole}, not a member`);
  const parameters = await rewards.read('parameters');
  expect(parameters.pollShareBps === suite.deployment.rewards.parameters.poll_share_bps,
    `rewards.parameters ${JSON.stringify(parameters)} differ from the deployment`);
  console.log(`read  registry.links → rewards ${links.rewards}, society ${links.society}`);
  console.log(`read  registry.PSP34::total_supply → ${supplyBefore}`);
  console.log(`read  society.head → ${head}, a member`);
  console.log(`read  rewards.parameters → poll share ${parameters.pollShareBps} bps, quorum ${parameters.quorumBps} bps`);

  // A one-item SSS series is listed for the check: by the operator, or, once the
  // operator role has gone to governance (after the demo), by a proposal every dev
  // account's seats approve. Then Bob buys its piece.
  const series = Number(await registry.read('series_count'));
  const proposal = {
    spec: {
      creator: alice.address, tier: 'SSS', kind: 'Official', items: 1, special: false, sale_duration_ms: 1_000_000_000_000_000n,
      provenance: provenance(alice.address, 'client-check'),
    },
    options: { prices: [], quantities: [], start_times: [], contents: [] },
  };
  const listing = { List: { price: PRICE, editions: 10, sale_start: 0, content_uri: 'ipfs://client-check' } };
  const operator = await registry.read('operator');
  if (operator === alice.address) {
    await registry.submit('propose_series', alice, [proposal, false]);
    await registry.submit('ListingRegistry::apply_listing', alice, [series, listing]);
    console.log(`tx    the operator lists series ${series}`);
  } else {
    expect(operator === rewards.address, `the registry's operator ${operator} is neither Alice nor governance`);
    // Governance is the series' creator: a registered creator or itself.
    proposal.spec.creator = rewards.address;
    proposal.spec.provenance = provenance(rewards.address, 'client-check');
    const deposit = BigInt((await rewards.read('governance')).proposalDeposit);
    const actions = [{ ProposeSeries: proposal }, { DecideListing: [series, listing] }];
    const id = (await rewards.submit('propose', alice, ['List the client check\'s series', actions], deposit)).result;
    const stored = await rewards.read('proposal', [id]);
    expect(stored.actions.length === 2 && 'proposeSeries' in stored.actions[0],
      `proposal ${id} reads back ${JSON.stringify(stored.actions)}`);
    let seats = 0;
    for (const suri of ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie']) {
      const voter = suite.account(suri);
      const held = Number(await registry.read('PSP34::balance_of', [voter.address]));
      for (let index = 0; index < held; index += 1) {
        const token = await registry.read('PSP34Enumerable::owners_token_by_index', [voter.address, index]);
        if (!(await registry.read('token_kind', [token]))?.seat) continue;
        await suite.whenDue(rewards, 'vote', voter, [id, [token], [0]], 'PollNotOpen');
        seats += 1;
      }
    }
    await suite.whenDue(rewards, 'finalize', alice, [id]);
    await rewards.submit('queue', alice, [id]);
    await suite.whenDue(rewards, 'execute', bob, [id], 'TimelockNotOver');
    const state = variant(await rewards.read('proposal_state', [id]));
    expect(state === 'executed', `proposal ${id} is ${state}`);
    console.log(`tx    governance lists series ${series}: proposal ${id} (${actions.length} actions) approved by ${seats} seats, executed by Bob`);
  }
  const listed = await registry.read('series', [series]);
  expect(variant(listed.status) === 'listed', `series ${series} is ${JSON.stringify(listed.status)}`);
  const waiting = { pool: BigInt(await rewards.read('uncollected_revenue')), pot: BigInt(await society.read('uncollected_revenue')) };
  const { result: token, events } = await registry.submit('buy', bob, [series, 0], PRICE);
  console.log(`tx    registry.buy(series ${series}, item 0) by Bob paying ${units(PRICE)} → token ${tokenId(token)}`);
  for (const event of events) {
    console.log(`event ${event.contract}.${event.name} ${JSON.stringify(event.args)}`);
  }

  // The events name the purchase, and the state agrees with them.
  const names = events.map((e) => `${e.contract}.${e.name}`);
  for (const wanted of ['registry.Transfer', 'registry.CollectiblePurchased']) {
    expect(names.includes(wanted), `no ${wanted} event among ${names.join(', ')}`);
  }
  expect(names.every((n) => n.startsWith('registry.')), `a sale called another contract: ${names.join(', ')}`);
  const purchase = events.find((e) => e.name === 'CollectiblePurchased');
  expect(purchase.args.buyer === bob.address, `CollectiblePurchased names buyer ${purchase.args.buyer}, not Bob`);
  const owner = await registry.read('PSP34::owner_of', [token]);
  expect(owner === bob.address, `registry.owner_of the new token is ${owner}, not Bob`);
  const supplyAfter = BigInt(await registry.read('PSP34::total_supply'));
  expect(supplyAfter === supplyBefore + 1n, `total_supply went from ${supplyBefore} to ${supplyAfter}`);
  // The split in force (governance may have changed the deployed one). The creator's
  // share waits on the series until anyone moves it to the creator's credit. Once
  // governance is the operator (and so the series' creator here), the operator's share is
  // owed to the rewards contract, and so is the creator's once collected.
  const split = await registry.read('revenue_split');
  const governs = operator === rewards.address;
  const creatorShare = PRICE * BigInt(split.creatorBps) / 10_000n;
  const revenue = BigInt((await registry.read('series', [series])).revenue) - BigInt(listed.revenue);
  expect(revenue === creatorShare, `the series' revenue grew by ${units(revenue)}, not the creator's ${units(creatorShare)}`);
  const collected = (await registry.submit('collect_creator_revenue', bob, [series])).result;
  expect(BigInt(collected) >= creatorShare, `collect_creator_revenue moved ${units(collected)}`);
  const poolBps = BigInt(split.rewardsBps) + (governs ? BigInt(split.operatorBps) : 0n);
  const poolShare = PRICE * poolBps / 10_000n + (governs ? BigInt(collected) : 0n);
  const potShare = PRICE * BigInt(split.societyBps) / 10_000n;
  const credited = { pool: BigInt(await rewards.read('uncollected_revenue')) - waiting.pool, pot: BigInt(await society.read('uncollected_revenue')) - waiting.pot };
  expect(credited.pool === poolShare, `the registry credited the rewards contract ${units(credited.pool)}, not ${units(poolShare)}`);
  expect(credited.pot === potShare, `the registry credited the society ${units(credited.pot)}, not ${units(potShare)}`);
  // Anyone pulls them: the pool and the pot grow by what was waiting, and nothing waits after.
  const pool = BigInt(await rewards.read('pool'));
  const pot = BigInt(await society.read('pot'));
  const { events: pulled } = await rewards.submit('collect_revenue', bob);
  await society.submit('collect_revenue', bob);
  const poolGain = BigInt(await rewards.read('pool')) - pool;
  const potGain = BigInt(await society.read('pot')) - pot;
  expect(poolGain === waiting.pool + credited.pool, `the rewards pool grew by ${units(poolGain)}`);
  expect(potGain === waiting.pot + credited.pot, `the society pot grew by ${units(potGain)}`);
  expect(pulled.some((e) => e.name === 'RevenueCollected'), 'no rewards.RevenueCollected event');
  expect(BigInt(await rewards.read('uncollected_revenue')) === 0n && BigInt(await society.read('uncollected_revenue')) === 0n, 'revenue still waits after collecting');
  console.log(`check passed: 3 contracts read, 1 purchase (no call out of the registry), ${events.length} events decoded; collected by Bob: pool +${units(poolGain)}, pot +${units(potGain)}`);
  await suite.disconnect();
});
