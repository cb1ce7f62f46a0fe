// Society: bid, vouch, candidates and votes (with the secret a voter keeps to reveal
// later), skeptics, the defender and the challenge, payouts, the pot.
import { u8aToHex } from '@polkadot/util';
import { commitment } from '../commitment';
import { actButton, amountOrError, chooseAccountFirst, type PageContext } from '../context';
import type { InterfacesSeatsSeatCategory } from '../contracts/registry/types';
import type { SocietyStorageDrawKind, SocietyStorageRole } from '../contracts/society/types';
import { t } from '../i18n';
import { field, formatAmount, h, parseAmount, section, shortAddress, shortened, table, type Child } from '../ui';

/** Members listed per page. */
const MEMBERS_PAGE = 20;
/** The two kinds of draw a member commits a secret to. */
const DRAW_KINDS: SocietyStorageDrawKind[] = ['Rotation', 'Challenge'];
/** A society role in Chinese. */
const ROLE_ZH: Record<SocietyStorageRole, string> = {
  Bidder: '申请人',
  Candidate: '候选人',
  SuspendedCandidate: '暂停的候选人',
  Member: '成员',
  SuspendedMember: '暂停的成员',
};
/** Categories a bid may ask for. */
const SOCIETY_CATEGORIES: InterfacesSeatsSeatCategory[] = ['B', 'C1', 'C2', 'D'];

/** Where this browser keeps `voter`'s secret for round `round` of `kind` in `society`. */
function secretKey(society: string, voter: string, kind: SocietyStorageDrawKind, round: number): string {
  return `qiankun.secret.${society}.${voter}.${kind}.${round}`;
}

/** The key of the secret this browser keeps for `voter` whose commitment is `hash`, in
 *  whichever round of `kind` it was stored (a rotation may land between reading the round
 *  and the vote). */
function keptSecretFor(society: string, voter: string, kind: SocietyStorageDrawKind, hash: string): string | undefined {
  const prefix = `qiankun.secret.${society}.${voter}.${kind}.`;
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    const secret = key?.startsWith(prefix) ? localStorage.getItem(key) : null;
    if (key && secret && commitment(secret as `0x${string}`, voter) === hash) return key;
  }
  return undefined;
}

/** The voter's secret for the current round of `kind`: the one kept in this browser, else
 *  a new random one (a new round needs a new secret: a revealed one is public). */
async function roundSecret(context: PageContext, voter: string, kind: SocietyStorageDrawKind): Promise<`0x${string}`> {
  const { society } = context.suite;
  const [round] = (await society.query.drawRound(kind)).data;
  const key = secretKey(society.address, voter, kind, round);
  const stored = localStorage.getItem(key);
  if (stored) return stored as `0x${string}`;
  const secret = u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
  localStorage.setItem(key, secret);
  return secret;
}

/** A category chooser for bids and vouches. */
function categoryChoice(): HTMLSelectElement {
  return h('select', {}, ...SOCIETY_CATEGORIES.map((category) => h('option', { value: category }, category)));
}

/** The pot, the treasury's figures and the collect button. */
async function potSection(context: PageContext): Promise<HTMLElement> {
  const { society } = context.suite;
  const currency = context.suite.currency;
  const pot = (await society.query.pot()).data;
  const waiting = (await society.query.uncollectedRevenue()).data;
  const block = await context.suite.blockNumber();
  const nextRotation = (await society.query.nextRotation()).data;
  const votingCloses = (await society.query.rotationVotingCloses()).data;
  const nextChallenge = (await society.query.nextChallenge()).data;
  const challengeCloses = (await society.query.challengeVotingCloses()).data;
  return section(
    t('Pot and calendar', '资金池与日程'),
    h('p', {}, `${t('Pot', '社团资金池')}: ${formatAmount(pot, currency)} · ${t('waiting in the registry', '登记合约中待收取')}: ${amountOrError(context, waiting, 'SocietyError')}`),
    h('p', {}, `${t('Block', '区块')} ${block} · ${t('voting closes', '投票截止')} ${votingCloses} · ${t('next rotation', '下次轮换')} ${nextRotation} · ${t('defender voting closes', '挑战投票截止')} ${challengeCloses} · ${t('next challenge', '下次挑战')} ${nextChallenge}`),
    h(
      'div',
      { class: 'row' },
      actButton(context, t('Collect', '收取'), { what: t('Collect the sales revenue into the pot', '将销售收入收入资金池'), errors: 'SocietyError', query: (o) => society.query.collectRevenue(o), tx: (o) => society.tx.collectRevenue(o) }),
      actButton(context, t('Rotate (anyone, when due)', '轮换（到期后任何人均可）'), { what: t('Rotate', '执行轮换'), errors: 'SocietyError', query: (o) => society.query.rotate(o), tx: (o) => society.tx.rotate(o) }),
      actButton(context, t('Challenge (anyone, when due)', '挑战（到期后任何人均可）'), { what: t('Challenge', '执行挑战'), errors: 'SocietyError', query: (o) => society.query.challenge(o), tx: (o) => society.tx.challenge(o) }),
    ),
  );
}

/** My standing: role, strikes, seat, payouts; payout, reveal, unbid and unvouch. */
async function meSection(context: PageContext, me: string): Promise<HTMLElement> {
  const { society } = context.suite;
  const currency = context.suite.currency;
  const role = (await society.query.roleOf(me)).data;
  const strikes = (await society.query.strikes(me)).data;
  const seat = (await society.query.seatOf(me)).data;
  const payouts = (await society.query.payouts(me)).data;
  const reveals: Child[] = [];
  for (const kind of DRAW_KINDS) {
    const pending = (await society.query.commitmentOf(me, kind)).data;
    if (!pending || pending.state !== 'Pending') continue;
    const key = keptSecretFor(society.address, me, kind, pending.hash);
    const input = h('input', { size: 70, class: 'secret-input', placeholder: t('your secret (0x…)', '你的秘密（0x…）'), value: key ? localStorage.getItem(key) ?? '' : '' });
    // Reveals the secret in the box, and forgets it once revealed.
    const reveal = async () => {
      const secret = input.value.trim() as `0x${string}`;
      const done = await context.act({ what: t('Reveal my votes', '揭示我的投票'), errors: 'SocietyError', query: (o) => society.query.reveal(secret, o), tx: (o) => society.tx.reveal(secret, o) });
      if (done && key) localStorage.removeItem(key);
    };
    reveals.push(
      h('p', {}, t(`You voted in ${kind.toLowerCase()} round ${pending.round}. Keep this secret and reveal it once voting closes, or you get a strike:`, `你在${kind === 'Rotation' ? '轮换' : '挑战'}第 ${pending.round} 轮投了票。请保存此秘密，投票截止后揭示，否则会被警告：`)),
      h('div', { class: 'row' }, input, h('button', { class: 'reveal', 'data-kind': kind, onclick: reveal }, t('Reveal', '揭示'))),
    );
  }
  return section(
    t('Me in the society', '我在社团'),
    h('p', {}, `${t('Role', '身份')}: ${role ? t(role, ROLE_ZH[role]) : t('none', '无')} · ${t('strikes', '警告次数')}: ${strikes} · ${t('seat', '席位')}: ${seat ? `#${String(seat.value)}` : t('none', '无')}`),
    h('p', {}, `${t('Payouts', '待付款')}: ${payouts.length ? payouts.map((payout) => t(`${formatAmount(payout.amount, currency)} from block ${payout.maturesAt}`, `${formatAmount(payout.amount, currency)}（区块 ${payout.maturesAt} 起）`)).join(', ') : t('none', '无')}`),
    h(
      'div',
      { class: 'row' },
      actButton(context, t('Payout', '领取付款'), { what: t('Take my payout', '领取付款'), errors: 'SocietyError', query: (o) => society.query.payout(o), tx: (o) => society.tx.payout(o) }),
      actButton(context, t('Unbid', '撤回申请'), { what: t('Withdraw my bid', '撤回申请'), errors: 'SocietyError', query: (o) => society.query.unbid(o), tx: (o) => society.tx.unbid(o) }),
      actButton(context, t('Unvouch', '撤回担保'), { what: t('Stop vouching', '撤回担保'), errors: 'SocietyError', query: (o) => society.query.unvouch(o), tx: (o) => society.tx.unvouch(o) }),
    ),
    ...reveals,
  );
}

/** Bid, or vouch for someone. */
async function joinSection(context: PageContext): Promise<HTMLElement> {
  const { society } = context.suite;
  const currency = context.suite.currency;
  const deposit = (await society.query.parameters()).data.candidateDeposit;
  const bidValue = h('input', { id: 'bid-value', size: 8, value: '10' });
  const bidCategory = categoryChoice();
  bidCategory.id = 'bid-category';
  const who = h('input', { size: 50, placeholder: t('who', '被担保人地址') });
  const vouchValue = h('input', { size: 8, value: '10' });
  const tip = h('input', { size: 6, value: '1' });
  const vouchCategory = categoryChoice();
  // Bids for the payout and seat chosen, paying the candidate deposit.
  const bid = () => {
    const value = parseAmount(bidValue.value, currency);
    if (value === undefined) return context.say(t('The payout is not an amount.', '付款金额格式有误。'), 'error');
    const category = bidCategory.value as InterfacesSeatsSeatCategory;
    return context.act({ what: t('Bid', '申请加入'), errors: 'SocietyError', value: deposit, query: (o) => society.query.bid(value, category, o), tx: (o) => society.tx.bid(value, category, o) });
  };
  // Vouches for the account named, with its payout, tip and seat.
  const vouch = () => {
    const value = parseAmount(vouchValue.value, currency);
    const tipValue = parseAmount(tip.value, currency);
    if (value === undefined || tipValue === undefined) return context.say(t('An amount is not an amount.', '金额格式有误。'), 'error');
    const category = vouchCategory.value as InterfacesSeatsSeatCategory;
    const candidate = who.value.trim();
    return context.act({ what: t('Vouch', '担保'), errors: 'SocietyError', query: (o) => society.query.vouch(candidate, value, tipValue, category, o), tx: (o) => society.tx.vouch(candidate, value, tipValue, category, o) });
  };
  return section(
    t('Join', '加入'),
    h('p', { class: 'muted' }, `${t('A bid transfers the candidate deposit', '申请需转入候选押金')}: ${formatAmount(deposit, currency)}`),
    h('div', { class: 'row' }, field(t('Payout asked', '期望付款'), bidValue), field(t('Seat', '席位'), bidCategory), h('button', { id: 'bid', onclick: bid }, t('Bid', '申请'))),
    h('div', { class: 'row' }, field(t('Vouch for', '担保'), who), field(t('Payout', '付款'), vouchValue), field(t('Tip', '小费'), tip), field(t('Seat', '席位'), vouchCategory), h('button', { onclick: vouch }, t('Vouch', '担保'))),
  );
}

/** Candidates with their votes, and the vote buttons (commit now, reveal later). */
async function candidatesSection(context: PageContext, me: string | undefined): Promise<HTMLElement> {
  const { society } = context.suite;
  const currency = context.suite.currency;
  const candidates = (await society.query.candidates()).data;
  const skeptics = new Set((await society.query.skeptics()).data.map((who) => who.address()));
  // Votes on `candidate` with this round's commitment; the secret stays in this browser.
  const voteOn = (candidate: string, approve: boolean) => async () => {
    if (!me) return context.say(chooseAccountFirst(), 'error');
    const hash = commitment(await roundSecret(context, me, 'Rotation'), me);
    return context.act({
      what: approve ? t('Approve the candidate', '赞成候选人') : t('Reject the candidate', '反对候选人'),
      errors: 'SocietyError',
      query: (o) => society.query.vote(candidate, approve, hash, o),
      tx: (o) => society.tx.vote(candidate, approve, hash, o),
    });
  };
  const rows: Child[][] = [];
  for (const candidate of candidates) {
    const votes = (await society.query.votes(candidate.who)).data;
    const approvals = votes.filter(([, approve]) => approve).length;
    rows.push([
      shortAddress(candidate.who.address()),
      formatAmount(candidate.value, currency),
      candidate.category,
      `${approvals} / ${votes.length - approvals}`,
      h(
        'span',
        {},
        h('button', { class: 'approve', 'data-candidate': candidate.who.address(), onclick: voteOn(candidate.who.address(), true) }, t('Approve', '赞成')),
        ' ',
        h('button', { class: 'reject', 'data-candidate': candidate.who.address(), onclick: voteOn(candidate.who.address(), false) }, t('Reject', '反对')),
      ),
    ]);
  }
  return section(
    t('Candidates', '候选人'),
    rows.length ? table([t('Candidate', '候选人'), t('Payout', '付款'), t('Seat', '席位'), t('Approve / reject', '赞成 / 反对'), ''], rows) : h('p', { class: 'muted' }, t('No candidates this period.', '本期无候选人。')),
    h('p', {}, `${t('Skeptics (must vote)', '质疑者（必须投票）')}: ${skeptics.size ? [...skeptics].map(shortened).join(', ') : t('none', '无')}`),
  );
}

/** The waiting bids, the defender and the members. */
async function peopleSection(context: PageContext, me: string | undefined): Promise<HTMLElement> {
  const { society } = context.suite;
  const currency = context.suite.currency;
  const bids = (await society.query.bids()).data;
  const defender = (await society.query.defender()).data;
  const members = (await society.query.members(0, MEMBERS_PAGE)).data;
  // Votes on the defender with this challenge round's commitment.
  const defend = (approve: boolean) => async () => {
    if (!me) return context.say(chooseAccountFirst(), 'error');
    const hash = commitment(await roundSecret(context, me, 'Challenge'), me);
    return context.act({ what: t('Vote on the defender', '对被挑战成员投票'), errors: 'SocietyError', query: (o) => society.query.defenderVote(approve, hash, o), tx: (o) => society.tx.defenderVote(approve, hash, o) });
  };
  return section(
    t('Bids, defender and members', '申请、被挑战成员与成员'),
    h('p', {}, `${t('Waiting bids', '等待中的申请')}: ${bids.length ? bids.map((bid) => `${shortened(bid.who.address())} ${formatAmount(bid.value, currency)} ${bid.category}`).join(' · ') : t('none', '无')}`),
    defender
      ? h('p', {}, `${t('Defender', '被挑战成员')}: ${shortened(defender[0].address())} (${defender[1]} / ${defender[2]}) `, h('button', { onclick: defend(true) }, t('Keep', '保留')), ' ', h('button', { onclick: defend(false) }, t('Suspend', '暂停')))
      : h('p', { class: 'muted' }, t('No defender now.', '当前无被挑战成员。')),
    h('p', {}, `${t('Members', '成员')} (${members.length}${members.length === MEMBERS_PAGE ? '+' : ''}): ${members.map((member) => shortened(member.address())).join(', ')}`),
  );
}

/** The society's page. */
export async function societyPage(context: PageContext): Promise<HTMLElement[]> {
  const me = context.account?.address;
  return [
    await potSection(context),
    me ? await meSection(context, me) : h('p', { class: 'muted' }, chooseAccountFirst()),
    await joinSection(context),
    await candidatesSection(context, me),
    await peopleSection(context, me),
  ];
}
