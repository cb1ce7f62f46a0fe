// Collector: series by tier with price, sale window and editions left; buy; my pieces and
// seats with their metadata; claim a seat with proof pieces of my own; transfer.
import { actButton, chooseAccountFirst, newestFirst, ownedTokens, seriesStatus, tierName, type OwnedToken, type PageContext } from '../context';
import type { InterfacesSeatsSeatCategory, RegistryStorageSeries } from '../contracts/registry/types';
import { t } from '../i18n';
import { browsable, formatAmount, h, section, table, tokenLabel, tokenNumber, type Child } from '../ui';

/** At most this many series are listed, newest first. */
const MAX_LISTED_SERIES = 20;
/** At most this many items of a series are offered for sale on the page. */
const MAX_LISTED_ITEMS = 16;
/** The last moment shown as a date (the end of the year 9999); later is "no end". */
const LAST_SHOWN_MS = 253_402_300_799_999n;
/** Tiers in the order the page lists them. */
const TIER_ORDER = ['Sss', 'Ss', 'S'];

/** A moment in ms since 1970 as a local date, or "no end" past the year 9999. */
function moment(ms: bigint): string {
  return ms > LAST_SHOWN_MS ? t('no end', '不限') : new Date(Number(ms)).toLocaleString();
}

/** Where a sale window stands at the chain's time `now`: upcoming, open or ended. */
function windowStage(start: bigint, end: bigint, now: bigint): 'upcoming' | 'open' | 'ended' {
  if (now < start) return 'upcoming';
  return now < end ? 'open' : 'ended';
}

/** The series on sale by tier, with a buy button per item that can be bought now. */
async function seriesSection(context: PageContext): Promise<HTMLElement> {
  const { registry } = context.suite;
  const count = (await registry.query.seriesCount()).data;
  const now = await context.suite.now();
  const found: [number, RegistryStorageSeries][] = [];
  for (const id of newestFirst(count, MAX_LISTED_SERIES)) {
    const series = (await registry.query.series(id)).data;
    if (series) found.push([id, series]);
  }
  found.sort(([, a], [, b]) => TIER_ORDER.indexOf(a.spec.tier) - TIER_ORDER.indexOf(b.spec.tier));
  const rows: Child[][] = [];
  for (const [id, series] of found) {
    if (series.status.type !== 'Listed' || !series.terms) {
      rows.push([`${id}`, tierName(series), seriesStatus(series), '—', '—', '—', '']);
      continue;
    }
    const terms = series.terms;
    const end = terms.saleStart + series.spec.saleDurationMs;
    const stage = windowStage(terms.saleStart, end, now);
    for (let item = 0; item < Math.min(series.spec.items, MAX_LISTED_ITEMS); item += 1) {
      const left = terms.editions - (series.minted[item] ?? 0);
      rows.push([
        `${id} · ${item}`,
        tierName(series) + (series.spec.special ? ' ★' : ''),
        terms.contentUri,
        formatAmount(terms.price, context.suite.currency),
        `${moment(terms.saleStart)} → ${moment(end)}`,
        `${left} / ${terms.editions}`,
        offer(context, id, item, series, left, stage),
      ]);
    }
  }
  return section(
    t('Series on sale', '在售系列'),
    table(
      [t('Series · item', '系列 · 件'), t('Tier', '等级'), t('Content', '内容'), t('Price', '价格'), t('Sale window', '销售时间窗'), t('Editions left', '剩余版数'), ''],
      rows,
    ),
    h('p', { class: 'muted' }, t(`The newest ${MAX_LISTED_SERIES} series, the first ${MAX_LISTED_ITEMS} items of each.`, `显示最新 ${MAX_LISTED_SERIES} 个系列，每个系列前 ${MAX_LISTED_ITEMS} 件。`)),
  );
}

/** The buy button of an item on sale now, or why it cannot be bought. */
function offer(context: PageContext, id: number, item: number, series: RegistryStorageSeries, left: number, stage: 'upcoming' | 'open' | 'ended'): Child {
  const { registry } = context.suite;
  const terms = series.terms;
  if (!terms) return '';
  if (series.spec.kind !== 'Official') return h('span', { class: 'muted' }, t('giveaway', '赠送系列'));
  if (left <= 0) return h('span', { class: 'muted' }, t('sold out', '已售罄'));
  if (stage === 'upcoming') return h('span', { class: 'muted' }, t('not yet on sale', '尚未开售'));
  if (stage === 'ended') return h('span', { class: 'muted' }, t('sale ended', '销售已结束'));
  return actButton(
    context,
    t('Buy', '购买'),
    {
      what: t(`Buy series ${id} item ${item}`, `购买系列 ${id} 第 ${item} 件`),
      errors: 'RegistryError',
      value: terms.price,
      query: (options) => registry.query.buy(id, item, options),
      tx: (options) => registry.tx.buy(id, item, options),
    },
    { class: 'buy', 'data-series': id, 'data-item': item },
  );
}

/** The metadata document a token's URI points to (name, image), when the page may load
 *  it and it has the shape a wallet reads; else only the URI. */
async function tokenDocument(context: PageContext, token: OwnedToken): Promise<{ name?: string; image?: string; uri: string }> {
  const uri = (await context.suite.registry.query.psp34TraitsTokenUri(tokenNumber(token.id))).data;
  const address = browsable(uri);
  if (!address) return { uri };
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(3000) });
    const document = (await response.json()) as { name?: unknown; image?: unknown };
    return {
      uri,
      name: typeof document.name === 'string' ? document.name : undefined,
      image: typeof document.image === 'string' ? document.image : undefined,
    };
  } catch {
    return { uri };
  }
}

/** What a token is, in words. */
function tokenKindWords(token: OwnedToken): string {
  if (token.kind?.type === 'Collectible') {
    const [series, item, edition] = token.kind.value;
    return t(`series ${series}, item ${item}, edition ${edition}`, `系列 ${series}，第 ${item} 件，第 ${edition} 版`);
  }
  if (token.kind?.type === 'Seat') return t(`Genesis seat ${token.kind.value[0]}`, `创世席位 ${token.kind.value[0]}`);
  return '';
}

/** My pieces and seats as cards, with their metadata. */
async function piecesSection(context: PageContext, tokens: OwnedToken[]): Promise<HTMLElement> {
  const cards = await Promise.all(
    tokens.map(async (token) => {
      const document = await tokenDocument(context, token);
      return h(
        'div',
        { class: 'card', 'data-token': tokenNumber(token.id) },
        document.image && browsable(document.image) ? h('img', { src: browsable(document.image), alt: document.name ?? '' }) : null,
        h('strong', {}, `${tokenLabel(token.id)} ${document.name ?? ''}`),
        h('div', {}, tokenKindWords(token)),
        h('a', { href: browsable(document.uri), target: '_blank', rel: 'noopener', class: 'muted', title: document.uri }, t('metadata', '元数据')),
      );
    }),
  );
  return section(
    t('My pieces and seats', '我的藏品与席位'),
    cards.length ? h('div', { class: 'cards', id: 'my-tokens' }, ...cards) : h('p', { class: 'muted', id: 'my-tokens' }, t('None yet.', '暂无。')),
  );
}

/** Claim a seat: a category and proof pieces picked from my own unused collectibles. */
async function claimSection(context: PageContext, tokens: OwnedToken[]): Promise<HTMLElement> {
  const { registry } = context.suite;
  const collectibles: OwnedToken[] = [];
  for (const token of tokens) {
    if (token.kind?.type === 'Collectible' && !(await registry.query.isProofUsed(token.id)).data) collectibles.push(token);
  }
  const category = h(
    'select',
    { id: 'claim-category' },
    h('option', { value: 'A1' }, t('A1 — one piece of an Official series', 'A1 — 一件官方系列藏品')),
    h('option', { value: 'A2' }, t('A2 — one piece of every item of a series', 'A2 — 同一系列每件各一')),
    h('option', { value: 'A3' }, t('A3 — one special piece', 'A3 — 一件特别藏品')),
  );
  const boxes = collectibles.map((token) => ({
    token,
    box: h('input', { type: 'checkbox', class: 'proof', value: tokenNumber(token.id) }),
  }));
  // Claims the chosen category with the ticked pieces as proof.
  const claim = () => {
    const chosen = category.value as InterfacesSeatsSeatCategory;
    const proof = boxes.filter(({ box }) => box.checked).map(({ token }) => token.id);
    return context.act({
      what: t(`Claim an ${chosen} seat`, `申领 ${chosen} 席位`),
      errors: 'RegistryError',
      query: (options) => registry.query.claimSeat(chosen, proof, options),
      tx: (options) => registry.tx.claimSeat(chosen, proof, options),
    });
  };
  return section(
    t('Claim a Genesis seat', '申领创世席位'),
    h('p', { class: 'muted' }, t('A piece proves one claim only.', '每件藏品只能证明一次申领。')),
    h('div', { class: 'row' }, category),
    h(
      'div',
      { class: 'row' },
      ...(boxes.length
        ? boxes.map(({ token, box }) => h('label', {}, box, ` ${tokenLabel(token.id)} ${tokenKindWords(token)}`))
        : [h('span', { class: 'muted' }, t('No unused piece to prove with.', '没有可用作证明的藏品。'))]),
    ),
    h('button', { id: 'claim-seat', onclick: claim }, t('Claim', '申领')),
  );
}

/** Transfer one of my pieces to another account. */
function transferSection(context: PageContext, tokens: OwnedToken[]): HTMLElement {
  const { registry } = context.suite;
  const token = h(
    'select',
    { id: 'transfer-token' },
    ...tokens.map((owned) => h('option', { value: tokenNumber(owned.id) }, `${tokenLabel(owned.id)} ${tokenKindWords(owned)}`)),
  );
  const to = h('input', { id: 'transfer-to', size: 50, placeholder: t('recipient address', '接收地址') });
  // Sends the chosen piece to the recipient (no data attached).
  const transfer = () => {
    const chosen = tokens.find((owned) => String(tokenNumber(owned.id)) === token.value);
    if (!chosen) return context.say(t('Choose a piece first.', '请先选择藏品。'), 'error');
    const recipient = to.value.trim();
    return context.act({
      what: t(`Transfer ${tokenLabel(chosen.id)}`, `转让 ${tokenLabel(chosen.id)}`),
      errors: 'PSP34Error',
      query: (options) => registry.query.psp34Transfer(recipient, chosen.id, '0x', options),
      tx: (options) => registry.tx.psp34Transfer(recipient, chosen.id, '0x', options),
    });
  };
  return section(
    t('Transfer a piece', '转让藏品'),
    h('p', { class: 'muted' }, t('Genesis seats cannot be transferred.', '创世席位不可转让。')),
    h('div', { class: 'row' }, token, to, h('button', { id: 'transfer', onclick: transfer }, t('Transfer', '转让'))),
  );
}

/** The collector's page. */
export async function collectorPage(context: PageContext): Promise<HTMLElement[]> {
  const sections = [await seriesSection(context)];
  if (!context.account) return [...sections, h('p', { class: 'muted' }, chooseAccountFirst())];
  const balance = await context.suite.balance(context.account.address);
  const tokens = await ownedTokens(context, context.account.address);
  return [
    h('p', {}, `${t('Balance', '余额')}: ${formatAmount(balance, context.suite.currency)}`),
    ...sections,
    await piecesSection(context, tokens),
    await claimSection(context, tokens),
    transferSection(context, tokens),
  ];
}
