// Seat holder: polls and proposals with their visible budgets, questions, decoded actions,
// results and my share; vote with my seats; finalize; claim; recommend a creator.
import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { errorText } from '../chain';
import { actButton, amountOrError, chooseAccountFirst, newestFirst, ownedTokens, type PageContext } from '../context';
import type { InterfacesPsp34Id } from '../contracts/registry/types';
import type { RewardsStorageOptionValue, RewardsStoragePoll, RewardsStorageProposalState, RewardsStorageQuestion } from '../contracts/rewards/types';
import { t } from '../i18n';
import { field, formatAmount, h, section, tokenLabel, tokenNumber, type Child } from '../ui';

/** At most this many polls are shown, newest first. */
const MAX_LISTED_POLLS = 10;
/** At most this many seats vote in one call (the rewards contract's cap). */
const MAX_SEATS_PER_VOTE = 16;

/** A decoded value as JSON, with big numbers as text. */
function asJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => (typeof inner === 'bigint' ? inner.toString() : inner));
}

/** An option of a Choice question in words. */
function optionWords(option: RewardsStorageOptionValue, context: PageContext): string {
  if (option.type === 'Amount') return formatAmount(option.value, context.suite.currency);
  if (option.type === 'Time') return new Date(Number(option.value)).toLocaleString();
  return String(option.value);
}

/** A question's options: Approve has two. */
function optionsOf(question: RewardsStorageQuestion, context: PageContext): string[] {
  if (question.type === 'Approve') return [t('approve', '赞成'), t('reject', '反对')];
  return question.value[1].map((option) => optionWords(option, context));
}

/** The winning option of every question of a finalized poll, in words. */
function winnersWords(poll: RewardsStoragePoll, context: PageContext): string {
  const winners = hexToU8a(poll.outcome?.winners ?? '0x');
  return poll.questions.map((question, index) => `${index + 1}. ${optionsOf(question, context)[winners[index] ?? 0] ?? '—'}`).join(' · ');
}

/** What a proposal in `state` lets be done from here: queue once it passed, execute once
 *  queued (the timelock is checked by the dry run), cancel by its proposer before voting. */
function proposalButtons(context: PageContext, id: number, state: RewardsStorageProposalState, mine: boolean): HTMLElement[] {
  const { rewards } = context.suite;
  if (state === 'Succeeded') {
    return [actButton(context, t('Queue', '排入时间锁'), { what: t(`Queue proposal ${id}`, `将提案 ${id} 排入时间锁`), errors: 'RewardsError', query: (options) => rewards.query.queue(id, options), tx: (options) => rewards.tx.queue(id, options) })];
  }
  if (state === 'Queued') {
    return [actButton(context, t('Execute', '执行'), { what: t(`Execute proposal ${id}`, `执行提案 ${id}`), errors: 'RewardsError', query: (options) => rewards.query.execute(id, options), tx: (options) => rewards.tx.execute(id, options) })];
  }
  if (state === 'Pending' && mine) {
    return [actButton(context, t('Cancel', '撤销'), { what: t(`Cancel proposal ${id}`, `撤销提案 ${id}`), errors: 'RewardsError', query: (options) => rewards.query.cancel(id, options), tx: (options) => rewards.tx.cancel(id, options) })];
  }
  return [];
}

/** The question's topic in words. */
function questionWords(question: RewardsStorageQuestion): string {
  if (question.type === 'Approve') return t('Approve?', '是否赞成？');
  const topic = question.value[0];
  return t(`${topic}?`, { Price: '价格？', Quantity: '数量？', StartTime: '开售时间？', Content: '内容？', FreeText: '选项？' }[topic] ?? topic);
}

/** The poll's kind in words. */
function kindWords(poll: RewardsStoragePoll): string {
  if (poll.kind.type === 'Listing') return t(`listing of series ${poll.kind.value}`, `系列 ${poll.kind.value} 的上架投票`);
  if (poll.kind.type === 'Proposal') return t('proposal', '提案');
  return t('general', '普通投票');
}

/** One poll: what it asks, its budget and window, results, my share and my actions. */
async function pollSection(context: PageContext, id: number, now: number, seats: InterfacesPsp34Id[]): Promise<HTMLElement> {
  const { rewards } = context.suite;
  const me = context.account?.address;
  const poll = (await rewards.query.poll(id)).data;
  if (!poll) return section(`#${id}`);
  const results = (await rewards.query.results(id)).data;
  const currency = context.suite.currency;
  // A dry run sees block `now`; the call lands in `now + 1`: both must be in the window.
  const open = now >= poll.start && now + 1 < poll.end && !poll.outcome;
  const votable = seats.filter((seat) => tokenNumber(seat) < poll.seatCeiling).slice(0, MAX_SEATS_PER_VOTE);
  const parts: Child[] = [
    h(
      'p',
      {},
      `${kindWords(poll)} · ${t('budget', '预算')} ${formatAmount(poll.budget, currency)} · ${t('blocks', '区块')} ${poll.start}–${poll.end} (${t('now', '当前')} ${now}) · `,
      `${t('seats that count', '计票席位')} ${poll.eligibleSeats}, ${t('voted', '已投')} ${poll.participatingSeats}, ${t('quorum', '法定人数')} ${poll.quorumBps / 100}%`,
    ),
  ];
  const answers = poll.questions.map((question, index) => {
    const options = optionsOf(question, context);
    const counts = results?.[index];
    parts.push(
      h(
        'div',
        { class: 'row' },
        h('strong', {}, `${index + 1}. ${questionWords(question)}`),
        ...options.map((option, choice) => h('span', {}, `${option}${counts ? ` (${counts[choice] ?? 0})` : ''}`)),
      ),
    );
    return h('select', { class: 'answer', 'data-question': index }, ...options.map((option, choice) => h('option', { value: choice }, option)));
  });
  if (poll.kind.type === 'Proposal') {
    const proposal = (await rewards.query.proposal(id)).data;
    const state = (await rewards.query.proposalState(id)).data;
    if (proposal) {
      parts.push(
        h('p', {}, `${t('State', '状态')}: ${state.isOk ? state.value : errorText('RewardsError', state.err)} · ${t('deposit', '押金')} ${formatAmount(proposal.deposit, currency)}`),
        h('ul', {}, ...proposal.actions.map((action) => h('li', {}, `${action.type}: ${asJson('value' in action ? action.value : null)}`))),
      );
      if (state.isOk) parts.push(...proposalButtons(context, id, state.value, me ? proposal.proposer.eq(me) : false));
    }
  }
  if (poll.outcome) {
    parts.push(
      h(
        'p',
        {},
        poll.outcome.quorumMet
          ? `${t('Result', '结果')}: ${winnersWords(poll, context)} · ${t('reward per seat', '每席位奖励')} ${formatAmount(poll.outcome.rewardPerSeat, currency)}`
          : t('Result: no quorum, the budget went back to the pool', '结果：未达法定人数，预算已退回奖励池'),
      ),
    );
  }
  if (me) {
    const voted = (await rewards.query.seatsVoted(id, me)).data;
    const share = (await rewards.query.pendingReward(id, me)).data;
    parts.push(h('p', { class: 'my-share' }, `${t('My seats voted', '我已投票的席位')}: ${voted} · ${t('my share to claim', '我可领取')}: ${formatAmount(share, currency)}`));
    if (open && votable.length) {
      const boxes = votable.map((seat) => h('input', { type: 'checkbox', class: 'vote-seat', value: tokenNumber(seat), checked: true }));
      // Votes with the ticked seats and the chosen answers.
      const vote = () => {
        const chosen = votable.filter((_seat, index) => boxes[index].checked);
        const bytes = new Uint8Array(answers.map((select) => Number(select.value)));
        return context.act({
          what: t(`Vote in poll ${id}`, `在投票 ${id} 中投票`),
          errors: 'RewardsError',
          query: (options) => rewards.query.vote(id, chosen, bytes, options),
          tx: (options) => rewards.tx.vote(id, chosen, bytes, options),
        });
      };
      parts.push(
        h('div', { class: 'row' }, t('Answers', '回答'), ...answers),
        h('div', { class: 'row' }, t('With seats', '使用席位'), ...votable.map((seat, index) => h('label', {}, boxes[index], ` ${tokenLabel(seat)}`))),
        h('button', { class: 'vote', onclick: vote }, t('Vote', '投票')),
      );
    }
    if (!poll.outcome && now >= poll.end) {
      // Anyone may finalize a poll once it has ended.
      parts.push(
        actButton(
          context,
          t('Finalize (anyone may)', '结算（任何人均可）'),
          {
            what: t(`Finalize poll ${id}`, `结算投票 ${id}`),
            errors: 'RewardsError',
            query: (options) => rewards.query.finalize(id, options),
            tx: (options) => rewards.tx.finalize(id, options),
          },
          { class: 'finalize' },
        ),
      );
    }
    if (share > 0n) {
      parts.push(
        actButton(
          context,
          t('Claim', '领取'),
          {
            what: t(`Claim my share of poll ${id}`, `领取投票 ${id} 的奖励`),
            errors: 'RewardsError',
            query: (options) => rewards.query.claim(id, options),
            tx: (options) => rewards.tx.claim(id, options),
          },
          { class: 'claim' },
        ),
      );
    }
  }
  const element = section(`#${id} ${poll.title}`, ...parts);
  element.dataset.poll = String(id);
  return element;
}

/** The rewards pool and what the registry holds for it. */
async function poolSection(context: PageContext): Promise<HTMLElement> {
  const { rewards } = context.suite;
  const pool = (await rewards.query.pool()).data;
  const waiting = (await rewards.query.uncollectedRevenue()).data;
  const currency = context.suite.currency;
  return section(
    t('Rewards pool', '奖励池'),
    h(
      'p',
      {},
      `${t('In the pool', '池中')}: ${formatAmount(pool, currency)} · ${t('sales revenue waiting in the registry', '登记合约中待收取的销售收入')}: ${
        amountOrError(context, waiting, 'RewardsError')
      }`,
    ),
    actButton(context, t('Collect (anyone may)', '收取（任何人均可）'), {
      what: t('Collect the sales revenue into the pool', '将销售收入收入奖励池'),
      errors: 'RewardsError',
      query: (options) => rewards.query.collectRevenue(options),
      tx: (options) => rewards.tx.collectRevenue(options),
    }),
  );
}

/** Propose that the seat holders recommend a creator. */
async function recommendSection(context: PageContext): Promise<HTMLElement> {
  const { rewards } = context.suite;
  const deposit = (await rewards.query.governance()).data.proposalDeposit;
  const account = h('input', { id: 'recommend-account', size: 50, placeholder: t('creator address', '创作者地址') });
  const reason = h('input', { id: 'recommend-reason', size: 40, placeholder: t('why (hashed on chain)', '理由（链上存其哈希）') });
  // Proposes the recommendation, paying the proposal deposit (returned once decided).
  const recommend = () => {
    const who = account.value.trim();
    const description = blake2AsHex(reason.value, 256);
    const actions = [{ type: 'Recommend' as const, value: { kind: 'Creator' as const, account: who, description } }];
    const title = `Recommend ${who.slice(0, 8)}`;
    return context.act({
      what: t('Propose a recommendation', '提交推荐提案'),
      errors: 'RewardsError',
      value: deposit,
      query: (options) => rewards.query.propose(title, actions, options),
      tx: (options) => rewards.tx.propose(title, actions, options),
    });
  };
  return section(
    t('Recommend a creator', '推荐创作者'),
    h('p', { class: 'muted' }, `${t('A proposal the seat holders vote on; its deposit', '由席位持有人投票的提案；押金')} ${formatAmount(deposit, context.suite.currency)} ${t('comes back once it is decided.', '在决定后退还。')}`),
    h('div', { class: 'row' }, field(t('Creator', '创作者'), account), field(t('Reason', '理由'), reason), h('button', { id: 'recommend', onclick: recommend }, t('Propose', '提交提案'))),
  );
}

/** The seat holder's page. */
export async function seatHolderPage(context: PageContext): Promise<HTMLElement[]> {
  const { rewards } = context.suite;
  const now = await context.suite.blockNumber();
  const me = context.account?.address;
  const seats = me ? (await ownedTokens(context, me)).filter((token) => token.kind?.type === 'Seat').map((token) => token.id) : [];
  const count = (await rewards.query.pollCount()).data;
  const polls: HTMLElement[] = [];
  for (const id of newestFirst(count, MAX_LISTED_POLLS)) polls.push(await pollSection(context, id, now, seats));
  return [
    me
      ? h('p', { id: 'my-seats' }, `${t('My seats', '我的席位')}: ${seats.length ? seats.map(tokenLabel).join(' ') : t('none', '无')}`)
      : h('p', { class: 'muted' }, chooseAccountFirst()),
    await poolSection(context),
    ...polls,
    await recommendSection(context),
  ];
}
