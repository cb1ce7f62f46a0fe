// Creator: my series, their listing polls and the revenue waiting on them; propose a
// series with its listing options and authenticity data; withdraw my sales credit.
import { blake2AsHex } from '@polkadot/util-crypto';
import { actButton, chooseAccountFirst, newestFirst, seriesStatus, tierName, type PageContext } from '../context';
import type { InterfacesSeriesSaleKind, InterfacesSeriesSeriesProposalLike, InterfacesSeriesTier } from '../contracts/registry/types';
import { t } from '../i18n';
import { field, formatAmount, h, parseAmount, section, table, type Child } from '../ui';

/** At most this many series are searched for mine, newest first. */
const MAX_SEARCHED_SERIES = 50;

/** Splits a comma-separated list, dropping blanks. */
function commaList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** How a listing poll stands: its window, the seats that voted, its result. */
async function pollProgress(context: PageContext, id: number): Promise<string> {
  const poll = (await context.suite.rewards.query.poll(id)).data;
  if (!poll) return `#${id}`;
  const now = await context.suite.blockNumber();
  const stage = poll.outcome
    ? poll.outcome.quorumMet
      ? t('decided', '已决定')
      : t('no quorum', '未达法定人数')
    : now + 1 < poll.end
      ? t(`voting closes at block ${poll.end}`, `投票于区块 ${poll.end} 截止`)
      : t('ended, to finalize', '已结束，待结算');
  return `#${id}: ${stage}, ${t('seats voted', '已投席位')} ${poll.participatingSeats} / ${poll.eligibleSeats}`;
}

/** A series' revenue waiting to reach my credit, with the button that moves it there. */
function revenueCell(context: PageContext, id: number, revenue: bigint): Child {
  if (revenue === 0n) return '—';
  const { registry } = context.suite;
  return h(
    'span',
    {},
    `${formatAmount(revenue, context.suite.currency)} `,
    actButton(
      context,
      t('Collect', '归集'),
      {
        what: t(`Move series ${id}'s revenue to my credit`, `将系列 ${id} 的收入转入我的余额`),
        errors: 'RegistryError',
        query: (options) => registry.query.collectCreatorRevenue(id, options),
        tx: (options) => registry.tx.collectCreatorRevenue(id, options),
      },
      { id: `collect-${id}` },
    ),
  );
}

/** My series with their status, listing poll and the revenue waiting on each. */
async function mySeries(context: PageContext, me: string): Promise<HTMLElement> {
  const { registry } = context.suite;
  const count = (await registry.query.seriesCount()).data;
  const rows: Child[][] = [];
  for (const id of newestFirst(count, MAX_SEARCHED_SERIES)) {
    const series = (await registry.query.series(id)).data;
    if (!series || !series.spec.creator.eq(me)) continue;
    rows.push([
      `${id}`,
      tierName(series),
      seriesStatus(series),
      series.poll === undefined ? '—' : await pollProgress(context, series.poll),
      series.terms ? `${formatAmount(series.terms.price, context.suite.currency)} × ${series.terms.editions}` : '—',
      series.spec.provenance.licence,
      revenueCell(context, id, series.revenue),
    ]);
  }
  return section(
    t('My series', '我的系列'),
    rows.length
      ? table([t('Series', '系列'), t('Tier', '等级'), t('Status', '状态'), t('Listing poll', '上架投票'), t('Terms', '条款'), t('Licence', '许可'), t('Revenue waiting', '待归集收入')], rows)
      : h('p', { class: 'muted' }, t('No series yet.', '暂无系列。')),
  );
}

/** The sales credit waiting for me in the registry, and the withdraw button. */
async function creditSection(context: PageContext, me: string): Promise<HTMLElement> {
  const { registry } = context.suite;
  const credit = (await registry.query.creditOf(me)).data;
  const creator = (await registry.query.isCreator(me)).data;
  return section(
    t('My earnings', '我的收入'),
    h('p', {}, creator ? t('You are a registered creator.', '你是已登记的创作者。') : t('You are not a registered creator yet: seat holders or the operator register creators.', '你还不是已登记的创作者：由席位持有人或运营方登记。')),
    h('p', {}, `${t('Credit from sales (collected from my series)', '销售所得（已从系列归集）')}: ${formatAmount(credit, context.suite.currency)}`),
    actButton(
      context,
      t('Withdraw', '提取'),
      {
        what: t('Withdraw my credit', '提取收入'),
        errors: 'RegistryError',
        query: (options) => registry.query.withdraw(options),
        tx: (options) => registry.tx.withdraw(options),
      },
      { id: 'withdraw' },
    ),
  );
}

/** The form that proposes a series with its listing options and authenticity data. */
function proposeSection(context: PageContext, me: string): HTMLElement {
  const { registry } = context.suite;
  const currency = context.suite.currency;
  const tier = h('select', {}, ...['Ss', 'S', 'Sss'].map((value) => h('option', { value }, value.toUpperCase())));
  const kind = h('select', {}, h('option', { value: 'Official' }, t('Official (sold)', '官方（出售）')), h('option', { value: 'Giveaway' }, t('Giveaway (airdropped)', '赠送（空投）')));
  const special = h('input', { type: 'checkbox' });
  const items = h('input', { type: 'number', min: 1, max: 64, value: 3, size: 4 });
  const days = h('input', { type: 'number', min: 1, value: 30, size: 4 });
  const content = h('input', { size: 40, placeholder: t('its 0x… hash, or the text to hash', '作品哈希（0x…）或要计算哈希的文本') });
  const licence = h('input', { size: 16, value: 'CC-BY-NC-4.0' });
  const holder = h('input', { size: 50, value: me });
  const prices = h('input', { size: 20, value: '20, 30', title: t('in whole units', '整单位') });
  const quantities = h('input', { size: 12, value: '100, 200' });
  const starts = h('input', { size: 30, value: 'now', title: t('"now" or a date such as 2027-01-01 10:00', '"now" 或日期，如 2027-01-01 10:00') });
  const contents = h('input', { size: 40, placeholder: 'ipfs://…, ipfs://…' });
  const openPoll = h('input', { type: 'checkbox', checked: true });
  // Reads the form; says which field is wrong instead of proposing.
  const propose = () => {
    const parsedPrices = commaList(prices.value).map((price) => parseAmount(price, currency));
    const editions = commaList(quantities.value).map(Number);
    const startTimes = commaList(starts.value).map((start) => (start === 'now' ? Date.now() : Date.parse(start)));
    const itemCount = Number(items.value);
    const saleDays = Number(days.value);
    const hash = /^0x[0-9a-fA-F]{64}$/.test(content.value.trim()) ? (content.value.trim() as `0x${string}`) : blake2AsHex(content.value, 256);
    const wrong = [
      [parsedPrices.some((price) => price === undefined), t('a price is not an amount', '价格格式有误')],
      [editions.some((count) => !Number.isInteger(count) || count < 0), t('an edition count is not a whole number', '版数须为整数')],
      [startTimes.some((start) => Number.isNaN(start)), t('a start time is neither "now" nor a date', '开售时间须为 "now" 或日期')],
      [!Number.isInteger(itemCount) || itemCount < 1, t('items must be a whole number', '件数须为整数')],
      [!Number.isInteger(saleDays) || saleDays < 1, t('sale days must be a whole number', '销售天数须为整数')],
    ].find(([failed]) => failed);
    if (wrong) return context.say(`${t('Propose a series', '提交系列提案')}: ${wrong[1]}`, 'error');
    const proposal: InterfacesSeriesSeriesProposalLike = {
      spec: {
        creator: me,
        tier: tier.value as InterfacesSeriesTier,
        kind: kind.value as InterfacesSeriesSaleKind,
        items: itemCount,
        special: special.checked,
        saleDurationMs: BigInt(saleDays) * 86_400_000n,
        provenance: { contentHash: hash, licence: licence.value.trim(), ipHolder: holder.value.trim() },
      },
      options: {
        prices: parsedPrices as bigint[],
        quantities: editions,
        startTimes: startTimes.map((start) => BigInt(start)),
        contents: commaList(contents.value),
      },
    };
    return context.act({
      what: t('Propose a series', '提交系列提案'),
      errors: 'RegistryError',
      query: (options) => registry.query.proposeSeries(proposal, openPoll.checked, options),
      tx: (options) => registry.tx.proposeSeries(proposal, openPoll.checked, options),
    });
  };
  return section(
    t('Propose a series', '提交新系列'),
    h('div', { class: 'row' }, field(t('Tier', '等级'), tier), field(t('Sale', '销售方式'), kind), field(t('Special (1 of 1)', '特别（孤品）'), special)),
    h('div', { class: 'row' }, field(t('Items', '件数'), items), field(t('Sale days', '销售天数'), days)),
    h('div', { class: 'row' }, field(t('Content', '作品内容'), content), field(t('Licence', '许可'), licence)),
    h('div', { class: 'row' }, field(t('IP holder', '版权人'), holder)),
    h('p', { class: 'muted' }, t('Listing options: the seat holders choose one of each in the listing poll.', '上架选项：席位持有人在上架投票中各选其一。')),
    h('div', { class: 'row' }, field(t('Prices', '价格'), prices), field(t('Editions', '版数'), quantities), field(t('Start times', '开售时间'), starts)),
    h('div', { class: 'row' }, field(t('Contents', '内容地址'), contents), field(t('Open the listing poll now', '立即开启上架投票'), openPoll)),
    h('button', { id: 'propose-series', onclick: propose }, t('Propose', '提交')),
  );
}

/** The creator's page. */
export async function creatorPage(context: PageContext): Promise<HTMLElement[]> {
  const me = context.account?.address;
  if (!me) return [h('p', { class: 'muted' }, chooseAccountFirst())];
  return [await creditSection(context, me), await mySeries(context, me), proposeSection(context, me)];
}
