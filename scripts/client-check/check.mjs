// Client check: drives the deployed suite with @polkadot/api and @polkadot/api-contract,
// the libraries Contracts UI is built on. Loads each contract's `.contract` bundle and
// checks that its doc comments name every argument, reads a message of each contract,
// submits one purchase (of a series on sale, or of one the operator lists for it) and
// decodes the events it emitted across the three contracts.
// Exits 1 with a one-line reason on any mismatch.
//
// Usage: node check.mjs [deployments/local.json] [--url ws://HOST:PORT]

import { Suite, UNIT, expect, provenance, run, tokenId, units, variant } from './suite.mjs';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args.splice(urlAt, 2)[1] : undefined;
const deploymentPath = args[0] ?? new URL('../../deployments/local.json', import.meta.url).pathname;

/** The price of the piece of the series the operator lists when none is on sale. */
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

  // Bob buys a piece: of a series on sale (after the demo, whose governance chapter took
  // the operator role away from Alice), or else of a one-item SSS series the operator
  // lists for the check.
  let series;
  let price = PRICE;
  const count = Number(await registry.read('series_count'));
  for (let id = 0; id < count && series === undefined; id += 1) {
    const found = await registry.read('series', [id]);
    if (variant(found.status) === 'listed' && variant(found.spec.kind) === 'official') {
      series = id;
      price = BigInt(found.terms.price);
    }
  }
  if (series === undefined) {
    series = (await registry.submit('propose_series', alice, [{
      spec: {
        creator: alice.address, tier: 'SSS', kind: 'Official', items: 1, special: false, sale_duration_ms: 1_000_000_000_000_000n,
        provenance: provenance(alice.address, 'client-check'),
      },
      options: { prices: [], quantities: [], start_times: [], contents: [] },
    }, false])).result;
    await registry.submit('ListingRegistry::apply_listing', alice, [series, {
      List: { price: PRICE, editions: 10, sale_start: 0, content_uri: 'ipfs://client-check' },
    }]);
  }
  const pool = BigInt(await rewards.read('pool'));
  const pot = BigInt(await society.read('pot'));
  const { result: token, events } = await registry.submit('buy', bob, [series, 0], price);
  console.log(`tx    registry.buy(series ${series}, item 0) by Bob paying ${units(price)} → token ${tokenId(token)}`);
  for (const event of events) {
    console.log(`event ${event.contract}.${event.name} ${JSON.stringify(event.args)}`);
  }

  // The events name the purchase, and the state agrees with them.
  const names = events.map((e) => `${e.contract}.${e.name}`);
  for (const wanted of ['registry.Transfer', 'registry.CollectiblePurchased', 'rewards.RevenueDeposited', 'society.PotFunded']) {
    expect(names.includes(wanted), `no ${wanted} event among ${names.join(', ')}`);
  }
  const purchase = events.find((e) => e.name === 'CollectiblePurchased');
  expect(purchase.args.buyer === bob.address, `CollectiblePurchased names buyer ${purchase.args.buyer}, not Bob`);
  const owner = await registry.read('PSP34::owner_of', [token]);
  expect(owner === bob.address, `registry.owner_of the new token is ${owner}, not Bob`);
  const supplyAfter = BigInt(await registry.read('PSP34::total_supply'));
  expect(supplyAfter === supplyBefore + 1n, `total_supply went from ${supplyBefore} to ${supplyAfter}`);
  // The split in force (governance may have changed the deployed one).
  const split = await registry.read('revenue_split');
  const poolGain = BigInt(await rewards.read('pool')) - pool;
  const potGain = BigInt(await society.read('pot')) - pot;
  expect(poolGain === price * BigInt(split.rewardsBps) / 10_000n, `the rewards pool grew by ${units(poolGain)}`);
  expect(potGain === price * BigInt(split.societyBps) / 10_000n, `the society pot grew by ${units(potGain)}`);
  console.log(`check passed: 3 contracts read, 1 purchase, ${events.length} events decoded; pool +${units(poolGain)}, pot +${units(potGain)}`);
  await suite.disconnect();
});
