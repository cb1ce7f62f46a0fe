// The app's frame: the deployment (from config.json or chosen in the page), the language,
// the account that signs, the four role pages and the status bar.
import { injectedWallets, send, Suite, walletAccounts, type Account, type Deployment } from './chain';
import type { PageContext } from './context';
import { language, setLanguage, t } from './i18n';
import { collectorPage } from './pages/collector';
import { creatorPage } from './pages/creator';
import { seatHolderPage } from './pages/seats';
import { societyPage } from './pages/society';
import { field, h, shortAddress } from './ui';

/** The app's name as wallet extensions show it when asked for accounts. */
const APP_NAME = 'Qiankun DAO';
const STORED_DEPLOYMENT = 'qiankun.deployment';
const STORED_ACCOUNT = 'qiankun.account';

/** An account's entry in the chooser: the same address may come from a wallet and the dev keys. */
function accountKey(account: Account): string {
  return `${account.source}:${account.address}`;
}

/** A role page: its tab label and how it renders. */
interface Page {
  id: string;
  label(): string;
  render(context: PageContext): Promise<HTMLElement[]>;
}

const PAGES: Page[] = [
  { id: 'collector', label: () => t('Collector', '收藏者'), render: collectorPage },
  { id: 'creator', label: () => t('Creator', '创作者'), render: creatorPage },
  { id: 'seats', label: () => t('Seat holder', '席位持有人'), render: seatHolderPage },
  { id: 'society', label: () => t('Society', '社团'), render: societyPage },
];

const app = document.getElementById('app') as HTMLElement;
const status = h('div', { id: 'status', role: 'status' });
let suite: Suite | undefined;
let accounts: Account[] = [];
let account: Account | undefined;
let page: Page = PAGES.find((candidate) => `#${candidate.id}` === location.hash) ?? PAGES[0];
let walletNote = '';

/** Shows `text` in the status bar. */
function say(text: string, state: 'working' | 'error' | 'done'): void {
  status.textContent = text;
  status.className = state;
}

/** The deployment: what the page was last pointed at, else the served config.json. */
async function loadDeployment(): Promise<Deployment | undefined> {
  const stored = localStorage.getItem(STORED_DEPLOYMENT);
  if (stored) return JSON.parse(stored) as Deployment;
  const response = await fetch('config.json').catch(() => undefined);
  return response?.ok ? ((await response.json()) as Deployment) : undefined;
}

/** Connects to `deployment` and loads the dev accounts a dev chain offers. */
async function connect(deployment: Deployment): Promise<void> {
  say(t(`Connecting to ${deployment.url}…`, `正在连接 ${deployment.url}…`), 'working');
  await suite?.disconnect();
  suite = undefined;
  try {
    suite = await Suite.connect(deployment);
  } catch (error) {
    say(t(`No node answers at ${deployment.url}: ${(error as Error).message}`, `${deployment.url} 无节点响应：${(error as Error).message}`), 'error');
    render();
    return;
  }
  accounts = [...accounts.filter((known) => known.source !== 'dev'), ...(await suite.devAccounts())];
  account = accounts.find((known) => accountKey(known) === localStorage.getItem(STORED_ACCOUNT)) ?? account;
  say(t(`Connected to ${deployment.url}`, `已连接 ${deployment.url}`), 'done');
  await render();
}

/** Asks every injected wallet extension for its accounts. */
async function connectWallets(): Promise<void> {
  if (injectedWallets().length === 0) {
    walletNote = t(
      'No wallet extension found. Install polkadot{.js}, SubWallet or Talisman and reload; on a dev chain the dev accounts work without one.',
      '未发现钱包扩展。请安装 polkadot{.js}、SubWallet 或 Talisman 后刷新；在开发链上可直接使用开发账户。',
    );
    await render();
    return;
  }
  try {
    const found = await walletAccounts(APP_NAME);
    accounts = [...found, ...accounts.filter((known) => known.source === 'dev')];
    walletNote = t(`${found.length} account(s) from ${injectedWallets().join(', ')}`, `来自 ${injectedWallets().join('、')} 的 ${found.length} 个账户`);
    account = found[0] ?? account;
    if (account) localStorage.setItem(STORED_ACCOUNT, accountKey(account));
  } catch (error) {
    walletNote = t(`The wallet refused: ${(error as Error).message}`, `钱包拒绝了请求：${(error as Error).message}`);
  }
  await render();
}

/** The settings form: node URL and contract addresses, kept in this browser. */
function settings(): HTMLElement {
  const current = suite?.deployment;
  const inputs = {
    url: h('input', { size: 28, value: current?.url ?? 'ws://127.0.0.1:9944', name: 'url' }),
    registry: h('input', { size: 50, value: current?.registry ?? '', name: 'registry' }),
    rewards: h('input', { size: 50, value: current?.rewards ?? '', name: 'rewards' }),
    society: h('input', { size: 50, value: current?.society ?? '', name: 'society' }),
  };
  return h(
    'details',
    { open: !suite },
    h('summary', {}, t('Node and contracts', '节点与合约')),
    h('div', { class: 'row' }, field(t('Node', '节点'), inputs.url)),
    h('div', { class: 'row' }, field(t('Registry', '登记合约'), inputs.registry)),
    h('div', { class: 'row' }, field(t('Rewards', '奖励合约'), inputs.rewards)),
    h('div', { class: 'row' }, field(t('Society', '社团合约'), inputs.society)),
    h(
      'button',
      {
        onclick: () => {
          const deployment: Deployment = {
            url: inputs.url.value.trim(),
            registry: inputs.registry.value.trim(),
            rewards: inputs.rewards.value.trim(),
            society: inputs.society.value.trim(),
          };
          localStorage.setItem(STORED_DEPLOYMENT, JSON.stringify(deployment));
          void connect(deployment);
        },
      },
      t('Connect', '连接'),
    ),
  );
}

/** The header: title, language, account choice and wallet button. */
function header(): HTMLElement {
  const choice = h(
    'select',
    {
      id: 'account',
      onchange: (event: Event) => {
        account = accounts.find((known) => accountKey(known) === (event.target as HTMLSelectElement).value);
        if (account) localStorage.setItem(STORED_ACCOUNT, accountKey(account));
        void render();
      },
    },
    h('option', { value: '' }, t('— choose an account —', '— 选择账户 —')),
    ...accounts.map((known) =>
      h('option', { value: accountKey(known), selected: known === account }, `${known.name} (${known.source}) ${known.address.slice(0, 6)}…`),
    ),
  );
  return h(
    'header',
    {},
    h('h1', {}, t('Qiankun DAO', '乾坤 DAO')),
    h(
      'select',
      {
        id: 'language',
        onchange: (event: Event) => {
          setLanguage((event.target as HTMLSelectElement).value as 'en' | 'zh');
          void render();
        },
      },
      h('option', { value: 'zh', selected: language() === 'zh' }, '中文'),
      h('option', { value: 'en', selected: language() === 'en' }, 'English'),
    ),
    choice,
    h('button', { id: 'connect-wallet', onclick: () => void connectWallets() }, t('Connect wallet', '连接钱包')),
    account ? shortAddress(account.address) : null,
    walletNote ? h('span', { id: 'wallet-note', class: 'muted' }, walletNote) : null,
  );
}

let rendering = 0;

/** Renders the frame and the current page. */
async function render(): Promise<void> {
  const turn = (rendering += 1);
  const content = h('main', {}, settings());
  const nav = h(
    'nav',
    {},
    ...PAGES.map((candidate) =>
      h(
        'button',
        {
          id: `tab-${candidate.id}`,
          class: candidate === page ? 'active' : undefined,
          onclick: () => {
            page = candidate;
            location.hash = candidate.id;
            void render();
          },
        },
        candidate.label(),
      ),
    ),
  );
  app.replaceChildren(header(), nav, status, content);
  if (!suite) return;
  const context: PageContext = {
    suite,
    account,
    say,
    act: async (call) => {
      if (!account) {
        say(t('Choose an account first.', '请先选择账户。'), 'error');
        return false;
      }
      const done = await send(account, call, say);
      if (done) await render();
      return done;
    },
  };
  const loading = h('p', { class: 'muted' }, t('Reading the chain…', '正在读取链上数据…'));
  content.append(loading);
  try {
    const sections = await page.render(context);
    if (turn !== rendering) return;
    loading.replaceWith(...sections);
    content.dataset.page = page.id;
    content.dataset.ready = 'true';
  } catch (error) {
    loading.textContent = `${t('Reading failed', '读取失败')}: ${(error as Error).message}`;
  }
}

setLanguage(language());
void (async () => {
  await render();
  const deployment = await loadDeployment();
  if (deployment) await connect(deployment);
  else say(t('Enter the node and the contracts to start.', '请填写节点和合约地址。'), 'working');
})();
