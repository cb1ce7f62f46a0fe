// What every page is given: the suite, the account that signs, and the way to act.
import { errorText, type Account, type Call, type Suite } from './chain';
import { formatAmount, h } from './ui';
import type { InterfacesPsp34Id, RegistryStorageSeries, RegistryStorageTokenKind } from './contracts/registry/types';
import { t, type ErrorKind } from './i18n';

/** The state a page renders from and acts through. */
export interface PageContext {
  suite: Suite;
  /** The signing account; pages ask for one before any call. */
  account: Account | undefined;
  /** Dry-runs, signs and submits `call`, then renders the page again. Resolves to whether it went through. */
  act(call: Call): Promise<boolean>;
  /** Shows `text` in the status bar. */
  say(text: string, state: 'working' | 'error' | 'done'): void;
}

/** One of an account's tokens, with what it is. */
export interface OwnedToken {
  id: InterfacesPsp34Id;
  kind: RegistryStorageTokenKind | undefined;
}

/** At most this many of an account's tokens are listed (PSP34 Enumerable, one read each). */
const MAX_LISTED_TOKENS = 64;

/** The tokens `owner` holds, in the registry's order, up to MAX_LISTED_TOKENS. */
export async function ownedTokens(context: PageContext, owner: string): Promise<OwnedToken[]> {
  const registry = context.suite.registry;
  const count = (await registry.query.psp34BalanceOf(owner)).data;
  const tokens: OwnedToken[] = [];
  for (let index = 0; index < Math.min(count, MAX_LISTED_TOKENS); index += 1) {
    const found = (await registry.query.psp34EnumerableOwnersTokenByIndex(owner, BigInt(index))).data;
    if (found.isErr) break;
    tokens.push({ id: found.value, kind: (await registry.query.tokenKind(found.value)).data });
  }
  return tokens;
}

/** A sentence asking the reader to choose an account first. */
export function chooseAccountFirst(): string {
  return t('Choose an account (top right) to act.', '请先在右上角选择账户。');
}

/** A button that makes `call` when clicked, with `attributes` (class, id, data-…). */
export function actButton(context: PageContext, label: string, call: Call, attributes: Record<string, unknown> = {}): HTMLButtonElement {
  return h('button', { ...attributes, onclick: () => context.act(call) }, label);
}

/** The ids `count - 1` down to `count - limit` (not below 0): the newest `limit` of a list. */
export function newestFirst(count: number, limit: number): number[] {
  const ids: number[] = [];
  for (let id = count - 1; id >= Math.max(0, count - limit); id -= 1) ids.push(id);
  return ids;
}

/** A series' tier as collectors name it: SSS, SS or S. */
export function tierName(series: RegistryStorageSeries): string {
  return series.spec.tier.toUpperCase();
}

/** A series' status in words. */
export function seriesStatus(series: RegistryStorageSeries): string {
  const zh: Record<string, string> = { Proposed: '待投票', Listed: '已上架', Rejected: '未通过', Closed: '已关闭' };
  const status = series.status;
  const reason = status.type === 'Rejected' ? ` (${status.value})` : '';
  return t(status.type, zh[status.type] ?? status.type) + reason;
}

/** An amount a message returned as a `Result`: in units, or its error by name and in words. */
export function amountOrError(
  context: PageContext,
  result: { isOk: true; value: bigint } | { isOk?: false; err: string | { type: string } },
  kind: ErrorKind,
): string {
  return result.isOk ? formatAmount(result.value, context.suite.currency) : errorText(kind, result.err);
}
