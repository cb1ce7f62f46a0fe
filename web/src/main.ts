// The app's frame: the deployment (from config.json or chosen in the page), the language,
// the account that signs, the four role pages and the status bar.
import { injectedWallets, send, Suite, walletAccounts, type Account, type Deployment } from './chain';
import type { PageContext } from './context';
import { language, setLanguage, t } from './i18n';
import { collectorPage } from './pages/collector';
import { creatorPage } from './pages/creator';
import { seatHolderPage } from './pages/seats';
import { societyPage } from './pages/society';
import { field, h, shortAddress, shortened } from './ui';

/** The app's name as wallet extensions show it when asked for accounts. */
const APP_NAME = 'Qiankun DAO';
/** Where this browser keeps the deployment chosen in the page. */
const STORED_DEPLOYMENT = 'qiankun.deployment';
/** Where this browser keeps the account last chosen. */
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

/** The element the app renders into. */
const app = document.getElementById('app') as HTMLElement;
/** The status bar: each call's steps, refusal or success. */
const status = h('div', { id: 'status', role: 'status' });
/** The suite the page is connected to, once connected. */
let suite: Suite | undefined;
/** The accounts that can sign: the wallets' and, on a dev chain, the dev keys. */
let accounts: Account[] = [];
/** The chosen account. */
let account: Account | undefined;
/** The role page shown. */
let page: Page = PAGES.find((candidate) => `#${candidate.id}` === location.hash) ?? PAGES[0];
/** What the last wallet request found, shown in the header. */
let walletNote = '';

/** Shows `text` in the status bar. */
function say(text: string, state: 'working' | 'error' | 'done'): void {
  status.textContent = text;
  status.className = state;
}

/** The deployment: what the page was last pointed at, else the served config.json. */
async function loadDeployment(): Promise<Deployment | undefined> {
  const stored = localStorage.getItem(STORED_DEPLOYMENT);
  if (stored) {
    try {
      return JSON.parse(stored) as Deployment;
    } catch {
      localStorage.removeItem(STORED_DEPLOYMENT);
    }
  }
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
    ' ',
    h(
      'button',
      {
        onclick: () => {
          localStorage.removeItem(STORED_DEPLOYMENT);
          location.reload();
        },
      },
      t('Use the served deployment', '使用服务器提供的部署'),
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
      h('option', { value: accountKey(known), selected: known === account }, `${known.name} (${known.source}) ${shortened(known.address)}`),
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
    h('button', { id: 'refresh', onclick: () => void render() }, t('Refresh', '刷新')),
    account ? shortAddress(account.address) : null,
    walletNote ? h('span', { id: 'wallet-note', class: 'muted' }, walletNote) : null,
  );
}

/** Counts renders, so a slow one that a newer one overtook does not replace it. */
let rendering = 0;
/** Whether a call is under way: one at a time, so a double click cannot pay twice. */
let calling = false;

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
  // The account this render shows is the one its calls sign with, whatever is chosen later.
  const signer = account;
  const connected = suite;
  const context: PageContext = {
    suite: connected,
    account: signer,
    say,
    act: async (call) => {
      if (!signer) {
        say(t('Choose an account first.', '请先选择账户。'), 'error');
        return false;
      }
      if (calling) {
        say(t('Another call is still under way: wait for it.', '另一笔调用仍在进行，请稍候。'), 'error');
        return false;
      }
      calling = true;
      try {
        const done = await send(connected.client, signer, call, say);
        if (done) await render();
        return done;
      } catch (error) {
        say(`${call.what}: ${(error as Error).message}`, 'error');
        return false;
      } finally {
        calling = false;
      }
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
