// Checks a chain before scripts/deploy.sh builds anything: a node answers at the URL,
// its runtime has pallet-contracts, and the deploying account holds funds to pay.
// Prints one line on success; exits 1 with a one-line reason otherwise.
//
// Usage: node probe.mjs URL   (the deploying account's secret URI in QIANKUN_SURI,
//                              default //Alice, so that it stays off the command line)

import { ApiPromise, WsProvider } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { SuiteError, chainKeyring, expect, run } from './suite.mjs';

/** How long the node has to answer, in milliseconds. */
const ANSWER_WITHIN_MS = 15_000;

/** Connects to `url` without retrying; rejects with a one-line reason if no node
 *  answers within ANSWER_WITHIN_MS. */
async function connect(url) {
  let provider;
  try {
    provider = new WsProvider(url, false);
  } catch (error) {
    throw new SuiteError(`'${url}' is not a node URL (${error.message})`);
  }
  const unreachable = `no node answers at ${url}`;
  const answered = new Promise((resolve, reject) => {
    provider.on('connected', resolve);
    provider.on('error', () => reject(new SuiteError(unreachable)));
    setTimeout(() => reject(new SuiteError(`${unreachable} within ${ANSWER_WITHIN_MS / 1000}s`)), ANSWER_WITHIN_MS).unref();
  });
  provider.connect().catch(() => {});
  await answered;
  return ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
}

run(async () => {
  const url = process.argv[2];
  expect(url, 'usage: node probe.mjs URL');
  await cryptoWaitReady();
  const api = await connect(url);
  const chain = (await api.rpc.system.chain()).toString();
  expect(api.tx.contracts?.instantiateWithCode, `the chain '${chain}' at ${url} has no pallet-contracts`);
  const keyring = chainKeyring(api);
  let deployer;
  try {
    deployer = keyring.addFromUri(process.env.QIANKUN_SURI || '//Alice');
  } catch (error) {
    throw new SuiteError(`the secret URI is not valid (${error.message})`);
  }
  const { data } = await api.query.system.account(deployer.address);
  expect(!data.free.isZero(), `the deploying account ${deployer.address} holds nothing on '${chain}' to pay for the deployment`);
  const block = (await api.rpc.chain.getHeader()).number.toNumber();
  console.log(`chain '${chain}' at ${url}, block ${block}: pallet-contracts present; deployer ${deployer.address} holds ${data.free} of the smallest unit (${api.registry.chainDecimals[0]} decimals, ${api.registry.chainTokens[0]})`);
  await api.disconnect();
});
