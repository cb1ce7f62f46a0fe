// Small DOM helpers and number formats shared by the pages.
import type { InterfacesPsp34Id } from './contracts/registry/types';

/** A child `h` accepts: nodes, text, or nothing. */
export type Child = Node | string | number | bigint | null | undefined | false;

/** Creates a `tag` element with `attributes` (an `on…` function becomes a listener). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value as EventListener);
    } else if (key === 'value' && 'value' in element) {
      (element as HTMLInputElement).value = String(value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A page section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}

/** A table with `head` cells and `rows`. */
export function table(head: string[], rows: Child[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ...head.map((cell) => h('th', {}, cell)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))),
  );
}

/** The chain's currency: its symbol and decimals. */
export interface Currency {
  symbol: string;
  decimals: number;
}

/** `amount` (smallest units) in whole units with up to four decimals and the symbol. */
export function formatAmount(amount: bigint, currency: Currency): string {
  const unit = 10n ** BigInt(currency.decimals);
  const whole = amount / unit;
  const fraction = (amount % unit).toString().padStart(currency.decimals, '0').slice(0, 4).replace(/0+$/, '');
  return `${whole.toLocaleString('en-US')}${fraction ? `.${fraction}` : ''} ${currency.symbol}`;
}

/** Parses `text` in whole units ("1.5") into the smallest unit; undefined if it is not an amount. */
export function parseAmount(text: string, currency: Currency): bigint | undefined {
  const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (!match || (match[2] ?? '').length > currency.decimals) return undefined;
  return BigInt(match[1]) * 10n ** BigInt(currency.decimals) + BigInt((match[2] ?? '').padEnd(currency.decimals, '0'));
}

/** A token id as the pages show it: `#7`. */
export function tokenLabel(id: InterfacesPsp34Id): string {
  return `#${String(id.value)}`;
}

/** The token's number, for ids the registry mints (U64). */
export function tokenNumber(id: InterfacesPsp34Id): bigint {
  return BigInt(id.value);
}

/** An address shortened to its first six and last four characters. */
export function shortened(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** An address shortened for a table cell, whole in its tooltip. */
export function shortAddress(address: string): HTMLElement {
  return h('span', { title: address }, shortened(address));
}

/** A labelled form field. */
export function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', {}, `${label} `, input);
}

/** The public gateway an `ipfs://` address is shown through, as wallets do. */
const IPFS_GATEWAY = 'https://ipfs.io/ipfs/';

/** `uri` as a browser can load it: `ipfs://` through the gateway, http(s) as it is. */
export function browsable(uri: string): string | undefined {
  if (uri.startsWith('ipfs://')) return IPFS_GATEWAY + uri.slice('ipfs://'.length);
  return /^https?:\/\//.test(uri) ? uri : undefined;
}
