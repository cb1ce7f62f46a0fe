// The wallet path: reads the deployed registry the way SubWallet reads a PSP34 collection,
// with an ABI that is not generated from the suite's own metadata: wallet-abi.json,
// written by hand from OpenBrush's PSP34 traits and the ArtZero marketplace's
// `Psp34Traits` (ink! 4 metadata, as the ABIs wallets ship). For each dev account
// (//Alice to //Ferdie), as SubWallet does:
//   psp34Traits::getAttributeCount   (more than 0 would send it to `getAttributes`)
//   psp34::balanceOf(owner)
//   psp34Enumerable::ownersTokenByIndex(owner, i)   → Ok(Ok(id)), for i below the balance
//   psp34Traits::tokenUri(id)                        → a URI
//   fetch the URI                                    → ERC-721 JSON: name, image, attributes
// and checks that every token of the collection is listed, that each document answers,
// and that its attributes agree with the chain's own (`PSP34Metadata::get_attribute`).
// Prints each token's line; exits 1 with a one-line reason on any mismatch.
//
// Usage: node wallet.mjs [deployments/local.json] [--url ws://HOST:PORT]

import { readFileSync } from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { ContractPromise } from '@polkadot/api-contract';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { chainKeyring, expect, run } from './suite.mjs';

const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args.splice(urlAt, 2)[1] : undefined;
const deploymentPath = args[0] ?? new URL('../../deployments/local.json', import.meta.url).pathname;
const abi = JSON.parse(readFileSync(new URL('./wallet-abi.json', import.meta.url), 'utf8'));

/** The accounts a dev wallet holds. */
const ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** The attributes of a document that must equal the chain's attribute of the same key. */
const CHECKED = ['kind', 'category', 'series', 'item', 'edition', 'tier', 'content_hash', 'licence'];

run(async () => {
  await cryptoWaitReady();
  const deployment = JSON.parse(readFileSync(deploymentPath, 'utf8'));
  const api = await ApiPromise.create({ provider: new WsProvider(url ?? deployment.url, 1000, {}, 30_000), noInitWarn: true });
  const contract = new ContractPromise(api, abi, deployment.registry.address);
  const gasLimit = api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock);
  const keyring = chainKeyring(api);

  /** Queries `method` of the wallet ABI from `caller`; returns the message's output as
   *  JSON (`{ok: …}`), or undefined when the contract does not answer it. */
  async function query(method, caller, ...params) {
    const { result, output } = await contract.query[method](caller, { gasLimit, storageDepositLimit: null }, ...params);
    if (!result.isOk || !output) return undefined;
    return output.toJSON();
  }

  console.log(`wallet path on ${deployment.url}: registry ${deployment.registry.address}, read with scripts/client-check/wallet-abi.json`);
  const alice = keyring.addFromUri('//Alice').address;
  const count = await query('psp34Traits::getAttributeCount', alice);
  const onChainAttributes = Number(count?.ok ?? 0);
  expect(!(onChainAttributes > 0), `psp34Traits::getAttributeCount answered ${onChainAttributes}: a wallet would read getAttributes, which the registry lacks`);
  console.log(`psp34Traits::getAttributeCount → ${JSON.stringify(count ?? null)}: not a count, so the wallet asks tokenUri`);

  const supply = BigInt((await query('psp34::totalSupply', alice)).ok);
  const seen = new Set();
  const kinds = { collectible: 0, seat: 0 };
  for (const name of ACCOUNTS) {
    const owner = keyring.addFromUri(`//${name}`).address;
    const balance = Number((await query('psp34::balanceOf', owner, owner)).ok);
    console.log(`${name.padEnd(7)} psp34::balanceOf → ${balance}`);
    for (let index = 0; index < balance; index += 1) {
      const byIndex = await query('psp34Enumerable::ownersTokenByIndex', owner, owner, index);
      const idObject = byIndex?.ok?.ok;
      expect(idObject, `ownersTokenByIndex(${name}, ${index}) did not decode as Ok(Ok(id)): ${JSON.stringify(byIndex)}`);
      // As SubWallet does: the id's only value, as the u64 that tokenUri takes.
      const tokenId = String(Object.values(idObject)[0]);
      expect(!seen.has(tokenId), `token ${tokenId} listed twice`);
      seen.add(tokenId);
      const uri = (await query('psp34Traits::tokenUri', owner, tokenId))?.ok;
      expect(typeof uri === 'string' && /^https?:\/\//.test(uri), `tokenUri(${tokenId}) is ${JSON.stringify(uri)}, not a URL`);
      const response = await fetch(uri).catch((error) => ({ ok: false, status: error.message }));
      expect(response.ok, `GET ${uri}: ${response.status}`);
      const document = await response.json();
      for (const field of ['name', 'description', 'image']) {
        expect(typeof document[field] === 'string' && document[field], `${uri} has no ${field}`);
      }
      expect(Array.isArray(document.attributes), `${uri} has no attributes list`);
      const traits = Object.fromEntries(document.attributes.map(({ trait_type: key, value }) => [key, String(value)]));
      for (const key of CHECKED) {
        const onChain = (await query('psp34Metadata::getAttribute', owner, idObject, key))?.ok ?? null;
        expect((traits[key] ?? null) === onChain,
          `token ${tokenId}: ${uri} says ${key} ${JSON.stringify(traits[key])}, the chain ${JSON.stringify(onChain)}`);
      }
      kinds[traits.kind] += 1;
      const what = traits.kind === 'seat'
        ? `seat ${traits.category}`
        : `series ${traits.series} item ${traits.item} edition ${traits.edition}/${traits.editions}, ${traits.licence}`;
      console.log(`  #${tokenId.padEnd(3)} ${uri}  "${document.name}" (${what})`);
    }
  }
  expect(BigInt(seen.size) === supply, `the wallet listed ${seen.size} tokens of the ${supply} in existence`);
  console.log(`wallet check passed: ${seen.size} of ${supply} tokens listed (${kinds.collectible} collectibles, ${kinds.seat} seats), `
    + 'each with a URI whose JSON the metadata server returned and whose attributes match the chain');
  await api.disconnect();
});
