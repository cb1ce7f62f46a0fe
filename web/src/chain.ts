// The connection to a node and the deployed suite: typed contracts generated from the
// metadata (src/contracts, written by codegen), the accounts that can sign, and `send`,
// which dry-runs every call and shows a refusal by name before anything is signed.
import { LegacyClient, WsProvider } from 'dedot';
import { Contract } from 'dedot/contracts';
import type { IKeyringPair, InjectedSigner } from 'dedot/types';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import registryMetadata from './contracts/registry.json';
import rewardsMetadata from './contracts/rewards.json';
import societyMetadata from './contracts/society.json';
import type { RegistryContractApi } from './contracts/registry';
import type { RewardsContractApi } from './contracts/rewards';
import type { SocietyContractApi } from './contracts/society';
import { errorWords, t, type ErrorKind } from './i18n';
import type { Currency } from './ui';

/** Where the suite is: a node and the three contracts' addresses. */
export interface Deployment {
  url: string;
  registry: string;
  rewards: string;
  society: string;
}

/** An account that can sign: a dev key on a dev chain, or one a wallet extension holds. */
export interface Account {
  address: string;
  name: string;
  /** `dev`, or the extension's name. */
  source: string;
  pair?: IKeyringPair;
  signer?: InjectedSigner;
}

/** The dev chain's well-known keys, offered only on a development chain. */
const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];

/** The suite on one node. */
export class Suite {
  constructor(
    readonly client: LegacyClient,
    readonly deployment: Deployment,
    readonly currency: Currency,
    readonly isDevChain: boolean,
    readonly registry: Contract<RegistryContractApi>,
    readonly rewards: Contract<RewardsContractApi>,
    readonly society: Contract<SocietyContractApi>,
  ) {}

  /** Connects to `deployment.url` and loads the three contracts. */
  static async connect(deployment: Deployment): Promise<Suite> {
    // The legacy JSON-RPC methods: contracts-node 0.42 never reports a transaction's block
    // through the new chainHead methods, so a client on them waits forever.
    const client = await LegacyClient.new(new WsProvider(deployment.url));
    const properties = await client.rpc.system_properties();
    const chainName = await client.rpc.system_chain();
    const decimals = Number([properties.tokenDecimals].flat()[0] ?? 12);
    const symbol = String([properties.tokenSymbol].flat()[0] ?? 'UNIT');
    const options = { defaultCaller: deployment.registry };
    return new Suite(
      client,
      deployment,
      { decimals, symbol },
      /dev|local/i.test(chainName),
      new Contract<RegistryContractApi>(client, registryMetadata as never, deployment.registry, options),
      new Contract<RewardsContractApi>(client, rewardsMetadata as never, deployment.rewards, options),
      new Contract<SocietyContractApi>(client, societyMetadata as never, deployment.society, options),
    );
  }

  /** The dev chain's accounts (none on another chain). */
  async devAccounts(): Promise<Account[]> {
    if (!this.isDevChain) return [];
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519' });
    return DEV_NAMES.map((name) => {
      const pair = keyring.addFromUri(`//${name}`);
      return { address: pair.address, name, source: 'dev', pair };
    });
  }

  /** The current block number. */
  async blockNumber(): Promise<number> {
    return (await this.client.query.system.number()) as number;
  }

  /** The chain's time (the timestamp of its best block), in ms since 1970. */
  async now(): Promise<bigint> {
    return BigInt(await this.client.query.timestamp.now());
  }

  /** The free balance of `address`. */
  async balance(address: string): Promise<bigint> {
    return (await this.client.query.system.account(address)).data.free;
  }

  /** Closes the connection. */
  async disconnect(): Promise<void> {
    await this.client.disconnect();
  }
}

/** The wallet extensions the browser injected (`window.injectedWeb3`), by name. */
export function injectedWallets(): string[] {
  const injected = (window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3;
  return injected ? Object.keys(injected) : [];
}

/** The accounts of every injected wallet extension, each with the signer that holds it. */
export async function walletAccounts(appName: string): Promise<Account[]> {
  type Injected = {
    enable(origin: string): Promise<{
      accounts: { get(): Promise<{ address: string; name?: string }[]> };
      signer: InjectedSigner;
    }>;
  };
  const injected = (window as unknown as { injectedWeb3?: Record<string, Injected> }).injectedWeb3 ?? {};
  const accounts: Account[] = [];
  for (const [source, extension] of Object.entries(injected)) {
    const enabled = await extension.enable(appName);
    for (const account of await enabled.accounts.get()) {
      accounts.push({ address: account.address, name: account.name ?? source, source, signer: enabled.signer });
    }
  }
  return accounts;
}

/** What `report` shows: a step of a call, its refusal, or its success. */
type Report = (text: string, state: 'working' | 'error' | 'done') => void;

/** The result of a dry run as dedot returns it: `data` is the message's return value. */
interface DryRun {
  data: unknown;
  raw: { gasRequired: { refTime: bigint; proofSize: bigint }; storageDeposit: { type: string; value?: bigint } };
}

/** Options a dry run and a transaction take. */
interface CallOptions {
  caller?: string;
  value?: bigint;
  gasLimit?: { refTime: bigint; proofSize: bigint };
  storageDepositLimit?: bigint;
}

/** A submittable transaction as dedot builds it. */
interface Submittable {
  signAndSend(
    account: IKeyringPair | string,
    options: { signer?: InjectedSigner },
    callback: (result: {
      status: { type: string; value?: { blockNumber: number } };
      dispatchError?: unknown;
    }) => void,
  ): Promise<unknown>;
}

/** One call of a message: how to dry-run it and how to submit it, with the same arguments. */
export interface Call {
  /** The action in words, as the page shows it. */
  what: string;
  /** The error enum the message answers with. */
  errors: ErrorKind;
  /** Native value the call transfers. */
  value?: bigint;
  query(options: CallOptions): Promise<DryRun>;
  tx(options: CallOptions): unknown;
}

/** A contract error as dedot decodes it: a variant name, or `{ type, value? }`. */
type DecodedError = string | { type: string; value?: unknown };

/** A contract error by name and in words, in the page's language, with the text a
 *  `Custom` error carries. */
export function errorText(kind: ErrorKind, error: DecodedError): string {
  const name = typeof error === 'string' ? error : error.type;
  const detail = typeof error === 'object' && typeof error.value === 'string' ? ` (${error.value})` : '';
  const words = errorWords(kind, name);
  return `${name}${detail}${words ? `: ${words}` : ''}`;
}

/** The contract error in a dry run's `data` (a `Result`'s `Err`), if any. */
function refusal(data: unknown): DecodedError | undefined {
  if (!data || typeof data !== 'object' || !('isErr' in data) || !(data as { isErr: boolean }).isErr) return undefined;
  return (data as unknown as { err: DecodedError }).err;
}

/** The longest a call waits for its block before the page gives up on following it. */
const BLOCK_WAIT_MS = 300_000;

/** A dispatch error by name (`Contracts.ContractTrapped`), as the chain's metadata names it. */
function dispatchErrorName(client: LegacyClient, error: unknown): string {
  try {
    const meta = client.registry.findErrorMeta(error as never);
    if (meta) return `${meta.pallet}.${meta.name}`;
  } catch {
    // Not a module error: shown as it is below.
  }
  return JSON.stringify(error, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
}

/** Dry-runs `call` as `account`; if the contract refuses, reports the error by name and in
 *  words and stops. Otherwise signs it (the wallet asks), submits it with the dry run's
 *  gas and deposit, and reports each step until it is in a block. Resolves to whether it
 *  went through. */
export async function send(client: LegacyClient, account: Account, call: Call, report: Report): Promise<boolean> {
  const value = call.value ?? 0n;
  report(`${call.what}: ${t('checking with a dry run…', '正在预执行检查…')}`, 'working');
  let dry: DryRun;
  try {
    dry = await call.query({ caller: account.address, value });
  } catch (error) {
    report(`${call.what}: ${t('the dry run failed', '预执行失败')}: ${(error as Error).message}`, 'error');
    return false;
  }
  const refused = refusal(dry.data);
  if (refused) {
    report(`${call.what}: ${t('refused', '被拒绝')} — ${errorText(call.errors, refused)}`, 'error');
    return false;
  }
  // A tenth more deposit than the dry run charged: a call before this one may add state.
  const charged = dry.raw.storageDeposit.type === 'Charge' ? dry.raw.storageDeposit.value : undefined;
  const deposit = charged === undefined ? undefined : charged + charged / 10n;
  // Half again the dry run's gas: a society draw depends on the block it lands in.
  const gas = dry.raw.gasRequired;
  const gasLimit = { refTime: (gas.refTime * 3n) / 2n, proofSize: (gas.proofSize * 3n) / 2n };
  const tx = call.tx({ value, gasLimit, storageDepositLimit: deposit }) as Submittable;
  const started = Date.now();
  report(`${call.what}: ${t('waiting for your signature…', '等待签名…')}`, 'working');
  return new Promise<boolean>((resolve) => {
    const seconds = () => Math.round((Date.now() - started) / 1000);
    let waiting = t('waiting for your signature…', '等待签名…');
    // A long wait shows that it is still waiting, second by second, and ends.
    const ticker = setInterval(() => {
      if (Date.now() - started < BLOCK_WAIT_MS) {
        report(`${call.what}: ${waiting} (${seconds()} s)`, 'working');
        return;
      }
      report(`${call.what}: ${t('no block reported in 5 minutes: check your account before trying again', '5 分钟内未见出块：请先检查账户再重试')}`, 'error');
      finish(false);
    }, 1000);
    let settled = false;
    let unsubscribe: (() => unknown) | undefined;
    const finish = (done: boolean) => {
      settled = true;
      clearInterval(ticker);
      unsubscribe?.();
      resolve(done);
    };
    tx.signAndSend(account.pair ?? account.address, account.signer ? { signer: account.signer } : {}, (result) => {
      // Included in a block settles the call; a later Finalized says nothing new.
      if (settled) return;
      const status = result.status;
      if (status.type === 'BestChainBlockIncluded' || status.type === 'Finalized') {
        if (result.dispatchError) {
          report(`${call.what}: ${t('failed on chain', '链上执行失败')}: ${dispatchErrorName(client, result.dispatchError)}`, 'error');
          finish(false);
        } else {
          report(`${call.what}: ${t('done in block', '已完成，区块')} #${status.value?.blockNumber} (${seconds()} s)`, 'done');
          finish(true);
        }
      } else if (status.type === 'Invalid' || status.type === 'Drop') {
        report(`${call.what}: ${t('the node dropped it', '交易被节点丢弃')} (${status.type})`, 'error');
        finish(false);
      } else {
        waiting = t('submitted, waiting for a block…', '已提交，等待出块…');
        report(`${call.what}: ${waiting} (${seconds()} s)`, 'working');
      }
    }).then((unsub) => {
      unsubscribe = unsub as () => unknown;
      if (settled) unsubscribe();
    }).catch((error: Error) => {
      report(`${call.what}: ${t('not signed', '未签名')}: ${error.message}`, 'error');
      finish(false);
    });
  });
}
