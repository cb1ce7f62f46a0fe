// Browser check: drives the web app (web/, served by scripts/app.sh) in Debian's headless
// Chromium through a collector's journey (buy, see the piece, claim a seat) and a seat
// holder's (vote, finalize, claim the reward), and a society's bid, commit-vote and reveal,
// signing through a stand-in injected wallet extension that holds dev keys (real extensions cannot be installed in headless
// Chromium). Refusals must be shown by name before anything reaches the wallet. Saves a
// screenshot of every page in the results folder.
// Exits 1 with a one-line reason on any mismatch, and when Chromium is missing.
//
// Usage: node browser.mjs RECORD APP_URL RESULTS_DIR

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Suite, UNIT, expect, run, units, variant } from './suite.mjs';

const [deploymentPath, appUrl, results] = process.argv.slice(2);
/** Debian's Chromium; nothing downloads a browser. */
const CHROMIUM = process.env.QIANKUN_CHROMIUM ?? '/usr/bin/chromium';
/** The collector's key, held by the stand-in extension: new for every run, so a run on a
 *  chain an earlier run used starts from a collector without pieces or seats. */
const COLLECTOR_SURI = `//QiankunBrowserCollector//${Date.now()}`;
/** The longest wait for one step of the page (a transaction in the dev node's next block). */
const STEP_TIMEOUT_MS = 20_000;

run(async () => {
  expect(deploymentPath && appUrl && results, 'usage: node browser.mjs RECORD APP_URL RESULTS_DIR');
  expect(existsSync(CHROMIUM), `Chromium is missing at ${CHROMIUM}: run scripts/setup.sh (it installs Debian's chromium)`);
  mkdirSync(results, { recursive: true });
  const suite = await Suite.connect(deploymentPath);
  const { registry, rewards } = suite.contracts;
  const alice = suite.account('//Alice');
  const ferdie = suite.account('//Ferdie');
  const collector = suite.account(COLLECTOR_SURI);
  await suite.send(suite.api.tx.balances.transferKeepAlive(collector.address, 1000n * UNIT), alice, 'fund the collector');
  console.log(`    the stand-in wallet holds ${COLLECTOR_SURI} (${collector.address}), funded with 1000 UNIT`);

  // Playwright starts it headless with a fresh, temporary profile.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    // The stand-in extension: window.injectedWeb3 as polkadot{.js} injects it; signing
    // happens out here with the dev key, and every request is counted.
    let signed = 0;
    const signedBy = new Map();
    const keys = new Map([[collector.address, collector], [alice.address, alice]]);
    await context.exposeBinding('qiankunTestWalletSign', async (_source, payload) => {
      const pair = keys.get(payload.address);
      if (!pair) throw new Error(`the test wallet holds no key for ${payload.address}`);
      signed += 1;
      signedBy.set(payload.address, (signedBy.get(payload.address) ?? 0) + 1);
      const extrinsicPayload = suite.api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
      return extrinsicPayload.sign(pair).signature;
    });
    await context.addInitScript((accounts) => {
      window.injectedWeb3 = {
        'qiankun-test-wallet': {
          version: '1.0.0',
          enable: async () => ({
            accounts: { get: async () => accounts, subscribe: () => () => {} },
            signer: { signPayload: async (payload) => ({ id: 1, signature: await window.qiankunTestWalletSign(payload) }) },
          }),
        },
      };
    }, [{ address: collector.address, name: 'Collector (test wallet)' }, { address: alice.address, name: 'Alice (test wallet)' }]);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`    page error: ${error.message}`));

    /** Waits until the status bar reports the end of a call, and returns its text. */
    const outcome = async (what) => {
      const status = page.locator('#status.done, #status.error');
      await status.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(async (error) => {
        throw new Error(`${what}: no outcome in ${STEP_TIMEOUT_MS / 1000} s; the page says: ${await page.locator('#status').textContent()}`, { cause: error });
      });
      const text = await status.textContent();
      console.log(`    ${what}: ${text}`);
      return { ok: (await status.getAttribute('class')) === 'done', text };
    };
    /** Opens the page `tab` and waits until it has read the chain. */
    const openTab = async (tab) => {
      await page.click(`#tab-${tab}`);
      await page.locator(`main[data-page="${tab}"][data-ready="true"]`).waitFor({ timeout: STEP_TIMEOUT_MS });
    };
    /** Clicks `selector`, clearing the status bar first so the outcome is this call's. */
    const act = async (selector, what) => {
      await page.evaluate(() => { const bar = document.getElementById('status'); bar.className = ''; bar.textContent = ''; });
      await page.click(selector);
      const result = await outcome(what);
      // A call that went through renders the page again from the chain.
      await page.locator('main[data-ready="true"]').waitFor({ timeout: STEP_TIMEOUT_MS });
      return result;
    };
    const shot = async (name) => {
      await page.locator('main[data-ready="true"]').waitFor({ timeout: STEP_TIMEOUT_MS });
      const file = join(results, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`    screenshot: ${file}`);
    };

    await page.goto(appUrl);
    await page.locator('main[data-ready="true"]').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.click('#connect-wallet');
    await page.locator('#wallet-note').waitFor({ timeout: STEP_TIMEOUT_MS });
    expect((await page.inputValue('#account')) === `qiankun-test-wallet:${collector.address}`, 'the wallet account was not chosen after connecting');
    await page.locator('main[data-ready="true"]').waitFor({ timeout: STEP_TIMEOUT_MS });

    // Collector: a refused claim (no proof) is named before the wallet is asked.
    await openTab('collector');
    const refused = await act('#claim-seat', 'claim without a piece');
    expect(!refused.ok && /NotEligible|NotClaimable|UnknownToken/.test(refused.text), `a claim without proof was not refused by name: ${refused.text}`);
    expect(signed === 0, 'the wallet was asked to sign a call the dry run refused');
    const buyButton = page.locator('button.buy').first();
    const series = Number(await buyButton.getAttribute('data-series'));
    const item = Number(await buyButton.getAttribute('data-item'));
    const before = Number((await registry.read('PSP34::balance_of', [collector.address])));
    const bought = await act(`button.buy[data-series="${series}"][data-item="${item}"]`, `buy series ${series} item ${item}`);
    expect(bought.ok, `the purchase failed: ${bought.text}`);
    expect(signed === 1, `the wallet signed ${signed} requests for one purchase`);
    expect(Number(await registry.read('PSP34::balance_of', [collector.address])) === before + 1, 'the chain shows no new piece');
    await page.locator('#my-tokens .card').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    const cards = await page.locator('#my-tokens .card').count();
    expect(cards === before + 1, `the page shows ${cards} pieces, the chain ${before + 1}`);
    await shot('collector-bought');
    await page.selectOption('#claim-category', 'A1');
    await page.locator('input.proof').first().check();
    const claimed = await act('#claim-seat', 'claim an A1 seat with the piece');
    expect(claimed.ok, `the seat claim failed: ${claimed.text}`);
    const seatCard = page.locator('#my-tokens .card', { hasText: 'A1' });
    await seatCard.first().waitFor({ timeout: STEP_TIMEOUT_MS });
    const seats = Number(await registry.read('SeatRegistry::seat_count', [collector.address]));
    expect(seats === 1, `the chain counts ${seats} seats for the collector`);
    await shot('collector');
    // Transfer: the seat is refused by name before signing; the piece moves to Ferdie.
    const seatToken = await seatCard.first().getAttribute('data-token');
    const pieceToken = await page.locator('#my-tokens .card', { hasNotText: 'A1' }).first().getAttribute('data-token');
    await page.fill('#transfer-to', ferdie.address);
    await page.selectOption('#transfer-token', seatToken);
    const signedBefore = signed;
    const seatMove = await act('#transfer', `transfer seat #${seatToken}`);
    expect(!seatMove.ok && seatMove.text.includes('not transferable'), `a seat transfer was not refused by name: ${seatMove.text}`);
    expect(signed === signedBefore, 'the wallet was asked to sign a seat transfer the dry run refused');
    await page.fill('#transfer-to', ferdie.address);
    await page.selectOption('#transfer-token', pieceToken);
    const moved = await act('#transfer', `transfer piece #${pieceToken} to Ferdie`);
    expect(moved.ok, `the transfer failed: ${moved.text}`);
    const owner = await registry.read('PSP34::owner_of', [{ u64: pieceToken }]);
    expect(owner === ferdie.address, `piece #${pieceToken} belongs to ${owner} after the transfer`);

    // Seat holder: Ferdie opens a poll; the collector votes with the new seat, Ferdie
    // too (the quorum), and once it ends the collector finalizes it and claims.
    const poll = (await rewards.submit('create_poll', ferdie, ['Feature the collector of the week?', ['Approve'], 4])).result;
    let ferdieSeat;
    const held = Number(await registry.read('PSP34::balance_of', [ferdie.address]));
    for (let index = 0; index < held && !ferdieSeat; index += 1) {
      const token = await registry.read('PSP34Enumerable::owners_token_by_index', [ferdie.address, index]);
      if ((await registry.read('token_kind', [token]))?.seat) ferdieSeat = token;
    }
    expect(ferdieSeat, 'Ferdie holds no seat to vote with');
    await openTab('seats');
    const pollBox = `section[data-poll="${poll}"]`;
    await page.locator(`${pollBox} button.vote`).waitFor({ timeout: STEP_TIMEOUT_MS });
    const voted = await act(`${pollBox} button.vote`, `vote in poll ${poll}`);
    expect(voted.ok, `the vote failed: ${voted.text}`);
    await rewards.submit('vote', ferdie, [poll, [ferdieSeat], [0]]);
    const { end } = await rewards.read('poll', [poll]);
    while ((await suite.blockNumber()) < end) await suite.sealBlock(alice);
    await openTab('collector');
    await openTab('seats');
    const finalized = await act(`${pollBox} button.finalize`, `finalize poll ${poll}`);
    expect(finalized.ok, `finalizing failed: ${finalized.text}`);
    const share = BigInt(await rewards.read('pending_reward', [poll, collector.address]));
    expect(share > 0n, 'the collector has no share of the finalized poll');
    const balanceBefore = await suite.balance(collector.address);
    const paid = await act(`${pollBox} button.claim`, `claim the share of poll ${poll}`);
    expect(paid.ok, `the claim failed: ${paid.text}`);
    expect(BigInt(await rewards.read('pending_reward', [poll, collector.address])) === 0n, 'the share is still pending after the claim');
    const gained = (await suite.balance(collector.address)) - balanceBefore;
    expect(gained > 0n && gained <= share, `the balance moved by ${gained}, the share is ${share}`);
    // A seat holder recommends a creator: a proposal, paid with its deposit.
    const pollsBefore = Number(await rewards.read('poll_count'));
    await page.fill('#recommend-account', ferdie.address);
    await page.fill('#recommend-reason', 'Ferdie paints cranes');
    const recommended = await act('#recommend', 'recommend Ferdie as a creator');
    expect(recommended.ok, `the recommendation failed: ${recommended.text}`);
    const proposal = await rewards.read('proposal', [pollsBefore]);
    const recommendation = proposal?.actions?.[0]?.recommend;
    expect(recommendation?.account === ferdie.address && proposal.proposer === collector.address,
      `proposal ${pollsBefore} reads ${JSON.stringify(proposal?.actions)}`);
    await page.locator(`section[data-poll="${pollsBefore}"]`).waitFor({ timeout: STEP_TIMEOUT_MS });
    await shot('seat-holder');
    console.log(`    the collector voted and claimed ${units(share)} (balance +${units(gained)} after fees)`);

    // Society: the collector bids in the page; once the rotation makes it a candidate,
    // Alice (a member) approves it in the page, which keeps her secret; after voting
    // closes she reveals it from the page, and the chain has it revealed.
    const { society } = suite.contracts;
    await openTab('society');
    await page.fill('#bid-value', '5');
    await page.selectOption('#bid-category', 'B');
    const signedBeforeBid = signed;
    const notCreator = await act('#bid', 'bid for a B seat (creators only)');
    expect(!notCreator.ok && notCreator.text.includes('NotCreator'), `a B bid by a collector was not refused by name: ${notCreator.text}`);
    expect(signed === signedBeforeBid, 'the wallet was asked to sign the refused B bid');
    await page.selectOption('#bid-category', 'C1');
    const bid = await act('#bid', 'bid for a C1 seat');
    expect(bid.ok, `the bid failed: ${bid.text}`);
    await suite.rotate(alice);
    const candidates = await society.read('candidates');
    expect(candidates.some((candidate) => candidate.who === collector.address), 'the rotation did not make the bidder a candidate');
    await page.selectOption('#account', `qiankun-test-wallet:${alice.address}`);
    await openTab('society');
    const approved = await act(`button.approve[data-candidate="${collector.address}"]`, 'Alice approves the candidate');
    expect(approved.ok, `the vote failed: ${approved.text}`);
    const votes = await society.read('votes', [collector.address]);
    expect(votes.some(([voter, approve]) => voter === alice.address && approve), `the chain has no approval by Alice: ${JSON.stringify(votes)}`);
    const secret = await page.inputValue('button.reveal[data-kind="Rotation"] >> xpath=preceding-sibling::input');
    const committed = await society.read('commitment_of', [alice.address, 'Rotation']);
    expect(committed?.hash === (await society.read('commitment_for', [secret], alice)), 'the page keeps a secret that does not match the commitment it sent');
    await shot('society');
    const closes = await society.read('rotation_voting_closes');
    while ((await suite.blockNumber()) < closes) await suite.sealBlock(ferdie);
    await openTab('collector');
    await openTab('society');
    const revealed = await act('button.reveal[data-kind="Rotation"]', 'Alice reveals her secret');
    expect(revealed.ok, `the reveal failed: ${revealed.text}`);
    const state = (await society.read('commitment_of', [alice.address, 'Rotation']))?.state;
    expect(variant(state) === 'revealed', `Alice's commitment is ${JSON.stringify(state)} after the reveal`);
    expect(signedBy.get(alice.address) === 2, `the wallet signed ${signedBy.get(alice.address) ?? 0} of Alice's two calls`);
    console.log('    the page bid, voted with a commitment it computed, kept the secret and revealed it');

    await openTab('creator');
    await shot('creator');
    await page.selectOption('#language', 'en');
    await openTab('collector');
    await shot('collector-en');

    // Without an extension, the page says so.
    const bare = await browser.newPage();
    await bare.goto(appUrl);
    await bare.click('#connect-wallet');
    const note = await bare.locator('#wallet-note').textContent({ timeout: STEP_TIMEOUT_MS });
    expect(/钱包扩展|wallet extension/.test(note), `no message without a wallet extension: ${note}`);
    console.log(`browser check passed: ${signed} signatures through the wallet for the collector, seat holder and society journeys; four refusals named before signing; screenshots in ${results}`);
  } finally {
    await browser.close();
    await suite.disconnect();
  }
});
