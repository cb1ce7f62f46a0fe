// The deployed suite as a polkadot.js client sees it: the connection, the three
// contracts loaded from their `.contract` bundles, dry-run reads, signed transactions
// and the decoding of every contract event a transaction emitted. Shared by check.mjs
// and demo.mjs.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Abi, ContractPromise } from '@polkadot/api-contract';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';

/** A voter's commitment to `secret` (32 bytes) in the society: `blake2(secret ‖ voter)`,
 *  computed here so the secret never leaves the client before it is revealed. */
export function commitment(secret, address) {
  return blake2AsU8a(u8aConcat(secret, decodeAddress(address)), 256);
}

/** A series' provenance for the scripts' series: the BLAKE2-256 digest of `content`
 *  (standing in for the digest of the work's files), licence `CC-BY-NC-4.0`, and the
 *  IP holder `holder` (an address). */
export function provenance(holder, content) {
  return { content_hash: u8aToHex(blake2AsU8a(stringToU8a(content), 256)), licence: 'CC-BY-NC-4.0', ip_holder: holder };
}

/** Most blocks `Suite.whenDue` seals while waiting for a poll, a timelock or a rotation. */
const MAX_WAIT_BLOCKS = 200;

/** Most `rotate` calls `Suite.rotate` makes for one rotation. */
const MAX_ROTATE_CALLS = 256;

/** One unit of the dev chain's currency (12 decimals). */
export const UNIT = 1_000_000_000_000n;

/** Formats an amount in the smallest unit as UNIT with up to four decimals. */
export function units(amount) {
  const value = BigInt(amount);
  const whole = value / UNIT;
  const fraction = (value % UNIT).toString().padStart(12, '0').slice(0, 4).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction} UNIT` : `${whole} UNIT`;
}

/** The name of an enum value as polkadot.js renders it in JSON (`"Listed"` or
 *  `{"listed": null}`), lower-cased. */
export function variant(value) {
  const name = value && typeof value === 'object' ? Object.keys(value)[0] : String(value);
  return name.toLowerCase();
}

/** A PSP34 id as polkadot.js renders it in JSON (`{"u64": 3}`), written `#3`. */
export function tokenId(id) {
  const value = id && typeof id === 'object' ? Object.values(id)[0] : id;
  return `#${value}`;
}

/** The sr25519 keyring of the chain `api` is connected to, with its address format. */
export function chainKeyring(api) {
  return new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 ?? 42 });
}

/** A failure with a one-line reason, printed without a stack. */
export class SuiteError extends Error {}

/** Throws a SuiteError with `reason` unless `condition` holds. */
export function expect(condition, reason) {
  if (!condition) throw new SuiteError(reason);
}

/** The value a message returned: unwraps ink!'s LangError result and the message's own
 *  Result, throwing a SuiteError that names the error when it is an Err. */
function returned(label, output) {
  const json = output.toJSON();
  expect(json && 'ok' in json, `${label}: the contract did not decode the call (${JSON.stringify(json)})`);
  const value = json.ok;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if ('err' in value) throw new SuiteError(`${label} refused: ${JSON.stringify(value.err)}`);
    if ('ok' in value && Object.keys(value).length === 1) return value.ok;
  }
  return value;
}

/** A contract of the suite: its name, address, ABI and polkadot.js handle. */
class Contract {
  constructor(suite, name, address, bundle) {
    this.suite = suite;
    this.name = name;
    this.address = address;
    this.abi = new Abi(bundle, suite.api.registry.getChainProperties());
    this.handle = new ContractPromise(suite.api, this.abi, address);
  }

  /** The polkadot.js method of the message labelled `label` (as in the metadata). */
  method(label) {
    const message = this.abi.messages.find((m) => m.identifier === label);
    expect(message, `${this.name} has no message '${label}'`);
    return message.method;
  }

  /** Dry-runs `label` as `caller` (a keypair) and returns the outcome with its gas. */
  async dryRun(label, caller, args = [], value = 0n) {
    const { api } = this.suite;
    const gasLimit = api.registry.createType('WeightV2', api.consts.system.blockWeights.maxBlock);
    let outcome;
    try {
      outcome = await this.handle.query[this.method(label)](
        caller.address,
        { gasLimit, storageDepositLimit: null, value },
        ...args,
      );
    } catch (error) {
      throw new SuiteError(`${this.name}.${label}: ${error.message}`);
    }
    if (outcome.result.isErr) {
      const error = outcome.result.asErr;
      const reason = error.isModule ? JSON.stringify(api.registry.findMetaError(error.asModule)) : error.toString();
      throw new SuiteError(`${this.name}.${label} failed in the dry run: ${reason}`);
    }
    return outcome;
  }

  /** Reads `label` (a dry run, nothing is submitted) and returns its value as JSON. */
  async read(label, args = [], caller = this.suite.account('//Alice')) {
    const { output } = await this.dryRun(label, caller, args);
    return returned(`${this.name}.${label}`, output);
  }

  /** Dry-runs `label` as `signer` paying `value`, throwing with the error's name unless
   *  it succeeds; returns the value it returned, the dry run's outcome, and the signed-
   *  to-be transaction with twice the gas the dry run required. */
  async prepare(label, signer, args = [], value = 0n) {
    const { api } = this.suite;
    const outcome = await this.dryRun(label, signer, args, value);
    const result = returned(`${this.name}.${label}`, outcome.output);
    // Draws in the society depend on the block: leave room above the dry run's figure.
    const gasLimit = api.registry.createType('WeightV2', {
      refTime: outcome.gasRequired.refTime.toBn().muln(2),
      proofSize: outcome.gasRequired.proofSize.toBn().muln(2),
    });
    const tx = this.handle.tx[this.method(label)]({ gasLimit, storageDepositLimit: null, value }, ...args);
    return { result, outcome, tx };
  }

  /** Submits `label` signed by `signer`, paying `value`. Dry-runs first, so a refusal
   *  is reported by name; returns the value the dry run returned and the decoded events. */
  async submit(label, signer, args = [], value = 0n) {
    const { result, tx } = await this.prepare(label, signer, args, value);
    const records = await this.suite.send(tx, signer, `${this.name}.${label}`);
    return { result, events: this.suite.decodeEvents(records) };
  }
}

/** The connection to a node and the deployed suite on it. */
export class Suite {
  /** Connects to the node of the deployment record at `deploymentPath` (written by
   *  scripts/deploy.sh; its bundle paths are relative to the repository root), or to
   *  `url` when given. */
  static async connect(deploymentPath, url) {
    await cryptoWaitReady();
    const deployment = JSON.parse(readFileSync(deploymentPath, 'utf8'));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const api = await ApiPromise.create({ provider: new WsProvider(url ?? deployment.url, 1000, {}, 30_000), noInitWarn: true });
    return new Suite(api, deployment, root);
  }

  constructor(api, deployment, root) {
    this.api = api;
    this.deployment = deployment;
    this.keyring = chainKeyring(api);
    this.contracts = {};
    for (const name of ['registry', 'society', 'rewards']) {
      const entry = deployment[name];
      expect(entry?.address, `the deployment has no ${name} address`);
      const bundle = JSON.parse(readFileSync(resolve(root, entry.bundle), 'utf8'));
      expect(bundle.version === 5 || bundle.version === '5', `${name}: the bundle is not ink! v5 metadata`);
      this.contracts[name] = new Contract(this, name, entry.address, bundle);
    }
  }

  /** The keypair of a secret URI such as //Alice. */
  account(suri) {
    return this.keyring.addFromUri(suri);
  }

  /** Signs and sends `tx`, resolving with its event records once it is in a block and
   *  rejecting with the dispatch error's name if it failed. */
  send(tx, signer, what) {
    return new Promise((resolvePromise, reject) => {
      let unsubscribe = () => {};
      tx.signAndSend(signer, ({ status, events, dispatchError }) => {
        if (dispatchError) {
          unsubscribe();
          const reason = dispatchError.isModule
            ? (({ section, name }) => `${section}.${name}`)(this.api.registry.findMetaError(dispatchError.asModule))
            : dispatchError.toString();
          reject(new SuiteError(`${what} failed on chain: ${reason}`));
        } else if (status.isInBlock || status.isFinalized) {
          unsubscribe();
          resolvePromise(events);
        } else if (status.isInvalid || status.isDropped || status.isUsurped) {
          unsubscribe();
          reject(new SuiteError(`${what}: the transaction was ${status.type}`));
        }
      })
        .then((u) => { unsubscribe = u; })
        .catch((e) => reject(new SuiteError(`${what}: ${e.message}`)));
    });
  }

  /** Seals one block with a remark signed by `signer` (the dev node seals a block per
   *  transaction), so that block-numbered periods advance. */
  async sealBlock(signer) {
    await this.send(this.api.tx.system.remark('0x00'), signer, 'system.remark');
  }

  /** Seals blocks (remarks by `signer`) while a dry run of `label` of `contract` is
   *  refused with `waiting` (`TooEarly` unless told: a poll not ended, a window not
   *  open), then submits it; gives up after MAX_WAIT_BLOCKS blocks. */
  async whenDue(contract, label, signer, callArgs = [], waiting = 'TooEarly') {
    for (let sealed = 0; sealed <= MAX_WAIT_BLOCKS; sealed += 1) {
      const { output } = await contract.dryRun(label, signer, callArgs);
      const json = output.toJSON();
      const refusal = json.ok && typeof json.ok === 'object' && 'err' in json.ok ? variant(json.ok.err) : undefined;
      if (refusal !== waiting.toLowerCase()) {
        return contract.submit(label, signer, callArgs);
      }
      await this.sealBlock(signer);
    }
    throw new SuiteError(`${contract.name}.${label} was still refused with ${waiting} after ${MAX_WAIT_BLOCKS} blocks`);
  }

  /** Runs the society's rotation once it is due (sealing blocks until then), calling
   *  `rotate` again while it is not finished: a call does at most `step_budget` ballot
   *  steps. Returns the number of calls. */
  async rotate(signer) {
    const society = this.contracts.society;
    let { result } = await this.whenDue(society, 'rotate', signer);
    for (let calls = 1; calls <= MAX_ROTATE_CALLS; calls += 1) {
      if (result.finished) return calls;
      ({ result } = await society.submit('rotate', signer));
    }
    throw new SuiteError(`the rotation did not finish in ${MAX_ROTATE_CALLS} calls`);
  }

  /** The current block number. */
  async blockNumber() {
    return (await this.api.rpc.chain.getHeader()).number.toNumber();
  }

  /** The free native balance of `address`. */
  async balance(address) {
    const { data } = await this.api.query.system.account(address);
    return data.free.toBigInt();
  }

  /** Decodes every contract event in `records` with the ABI of the contract that
   *  emitted it; returns { contract, name, args } with args as JSON by field name. */
  decodeEvents(records) {
    const byAddress = Object.fromEntries(Object.values(this.contracts).map((c) => [c.address, c]));
    const decoded = [];
    for (const record of records) {
      const { event } = record;
      if (!this.api.events.contracts.ContractEmitted.is(event)) continue;
      const contract = byAddress[event.data[0].toString()];
      expect(contract, `an event from an unknown contract ${event.data[0]}`);
      const { event: spec, args } = contract.abi.decodeEvent(record);
      const fields = Object.fromEntries(spec.args.map((arg, i) => [arg.name, args[i].toJSON()]));
      decoded.push({ contract: contract.name, name: spec.identifier.split('::').pop(), args: fields });
    }
    return decoded;
  }

  /** Closes the connection. */
  async disconnect() {
    await this.api.disconnect();
  }
}

/** Runs `main`, printing a SuiteError's reason on one line and exiting 1 on failure. */
export async function run(main) {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    console.error(error instanceof SuiteError ? `error: ${error.message}` : error);
    process.exit(1);
  }
}
