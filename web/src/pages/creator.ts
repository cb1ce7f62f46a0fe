// Creator: my series and their listing polls; propose a series with its listing options
// and authenticity data; withdraw my sales credit.
import { blake2AsHex } from '@polkadot/util-crypto';
import { actButton, chooseAccountFirst, type PageContext } from '../context';
import type { InterfacesSeriesSeriesProposalLike, InterfacesSeriesTier } from '../contracts/registry/types';
import { t } from '../i18n';
import { field, formatAmount, h, parseAmount, section, table, type Child } from '../ui';

/** At most this many series are searched for mine, newest first. */
const MAX_SEARCHED_SERIES = 50;

/** Splits a comma-separated list, dropping blanks. */
function list(text: string): string[] {
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
    : now < poll.end
      ? t(`open until block ${poll.end}`, `开放至区块 ${poll.end}`)
      : t('ended, to finalize', '已结束，待结算');
  return `#${id}: ${stage}, ${t('seats voted', '已投席位')} ${poll.participatingSeats} / ${poll.eligibleSeats}`;
}

/** My series with their status and listing poll. */
async function mySeries(context: PageContext, me: string): Promise<HTMLElement> {
  const { registry } = context.suite;
  const count = (await registry.query.seriesCount()).data;
  const rows: Child[][] = [];
  for (let id = count - 1; id >= Math.max(0, count - MAX_SEARCHED_SERIES); id -= 1) {
    const series = (await registry.query.series(id)).data;
    if (!series || !series.spec.creator.eq(me)) continue;
    const status = series.status.type === 'Rejected' ? `Rejected (${series.status.value})` : series.status.type;
    rows.push([
      `${id}`,
      series.spec.tier.toUpperCase(),
      status,
      series.poll === undefined ? '—' : await pollProgress(context, series.poll),
      series.terms ? `${formatAmount(series.terms.price, context.suite.currency)} × ${series.terms.editions}` : '—',
      series.spec.provenance.licence,
    ]);
  }
  return section(
    t('My series', '我的系列'),
    rows.length
      ? table([t('Series', '系列'), t('Tier', '等级'), t('Status', '状态'), t('Listing poll', '上架投票'), t('Terms', '条款'), t('Licence', '许可')], rows)
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
    h('p', {}, `${t('Credit from sales', '销售所得')}: ${formatAmount(credit, context.suite.currency)}`),
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
  const items = h('input', { type: 'number', min: 1, max: 64, value: 3, size: 4 });
  const days = h('input', { type: 'number', min: 1, value: 30, size: 4 });
  const content = h('input', { size: 40, placeholder: t('the work itself, or its file hash', '作品本身或其文件哈希') });
  const licence = h('input', { size: 16, value: 'CC-BY-NC-4.0' });
  const holder = h('input', { size: 50, value: me });
  const prices = h('input', { size: 20, value: '20, 30', title: t('in whole units', '整单位') });
  const quantities = h('input', { size: 12, value: '100, 200' });
  const starts = h('input', { size: 20, value: '0', title: t('sale start, ms since 1970; 0 = at once', '开售时间（毫秒时间戳），0 为立即') });
  const contents = h('input', { size: 40, placeholder: 'ipfs://…, ipfs://…' });
  const openPoll = h('input', { type: 'checkbox', checked: true });
  const propose = () => {
    const parsedPrices = list(prices.value).map((price) => parseAmount(price, currency));
    if (parsedPrices.some((price) => price === undefined)) return context.say(t('A price is not an amount.', '价格格式有误。'), 'error');
    const proposal: InterfacesSeriesSeriesProposalLike = {
      spec: {
        creator: me,
        tier: tier.value as InterfacesSeriesTier,
        kind: 'Official',
        items: Number(items.value),
        special: false,
        saleDurationMs: BigInt(Math.max(0, Number(days.value))) * 86_400_000n,
        provenance: { contentHash: blake2AsHex(content.value, 256), licence: licence.value.trim(), ipHolder: holder.value.trim() },
      },
      options: {
        prices: parsedPrices as bigint[],
        quantities: list(quantities.value).map(Number),
        startTimes: list(starts.value).map((start) => BigInt(start)),
        contents: list(contents.value),
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
    h('div', { class: 'row' }, field(t('Tier', '等级'), tier), field(t('Items', '件数'), items), field(t('Sale days', '销售天数'), days)),
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
