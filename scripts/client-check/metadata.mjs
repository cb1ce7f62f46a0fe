// The tokens' JSON metadata (ERC-721 style: name, description, image, attributes),
// generated from chain state, and a server for it (scripts/metadata.sh runs both).
//
//   node metadata.mjs write [deployments/local.json] --out DIR [--url ws://HOST:PORT]
//     reads the deployed registry and writes, under DIR, one document per edition of
//     every listed (or since closed) series, `series/<series>/<item>-<edition>.json`, and
//     one per seat category, `seats/<category>.json` with its badge `seats/<category>.svg`:
//     the paths the registry's token URIs name after its `metadata_uri`. A document
//     depends only on its series' listing (every edition is known then) or its seat
//     category, never on a mint, so a folder once published never changes: a new listing
//     only adds a folder. DIR is ready to pin on IPFS.
//   node metadata.mjs serve DIR [--port 8787]
//     serves DIR over HTTP on 127.0.0.1, as the dev profiles' `metadata_uri` expects.
//
// Exits 1 with a one-line reason on any failure.

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { encodeAddress } from '@polkadot/util-crypto';
import { Suite, SuiteError, expect, run, variant } from './suite.mjs';

/** The seat categories, their share of all seats and who holds them (registry docs). */
const SEAT_CATEGORIES = [
  ['A1', '45%', 'collectors who own a piece of an Official series'],
  ['A2', '10%', 'collectors who own one piece of every item of an Official series'],
  ['A3', '5%', 'collectors who own a special 1-of-1 piece'],
  ['B', '15%', 'creators admitted by the society'],
  ['C1', '5%', 'community representatives admitted by the society'],
  ['C2', '10%', 'analysts and media admitted by the society'],
  ['D', '10%', 'the team reserve and members the society admits into it'],
];

/** Most documents one series may need: a guard against writing millions of files. */
const MAX_DOCUMENTS_PER_SERIES = 100_000;

/** The path, under the metadata folder, of edition `edition` of item `item` of `series`
 *  (the registry's `token_uri` names the same). */
function collectiblePath(series, item, edition) {
  return `series/${series}/${item}-${edition}.json`;
}

/** The path, under the metadata folder, of the document of seat category `category`. */
function seatPath(category) {
  return `seats/${category}.json`;
}

/** The document of one edition of a listed series. */
function collectibleDocument({ id, series, item, edition, ss58 }) {
  const { spec, terms } = series;
  const { provenance } = spec;
  const holder = encodeAddress(provenance.ipHolder, ss58);
  return {
    name: `Qiankun DAO series ${id} · item ${item} · ${edition}/${terms.editions}`,
    description: `Edition ${edition} of ${terms.editions} of item ${item} of series ${id}, a tier-${spec.tier} `
      + `${spec.kind === 'Official' ? 'Official sale' : 'Giveaway'} series by ${encodeAddress(spec.creator, ss58)}. `
      + `Its content is at ${terms.contentUri}; a copy whose digest is ${provenance.contentHash} is authentic. `
      + `Issued under ${provenance.licence} with the consent of its IP holder ${holder}.`,
    image: terms.contentUri,
    attributes: [
      { trait_type: 'kind', value: 'collectible' },
      { trait_type: 'tier', value: spec.tier },
      { trait_type: 'sale', value: spec.kind },
      { trait_type: 'series', value: id },
      { trait_type: 'item', value: item },
      { trait_type: 'edition', value: edition },
      { trait_type: 'editions', value: Number(terms.editions) },
      { trait_type: 'content', value: terms.contentUri },
      { trait_type: 'content_hash', value: provenance.contentHash },
      { trait_type: 'licence', value: provenance.licence },
      { trait_type: 'ip_holder', value: holder },
      { trait_type: 'creator', value: encodeAddress(spec.creator, ss58) },
    ],
  };
}

/** The document of seat category `category`, whose badge is at `image`. */
function seatDocument([category, share, holders], image) {
  return {
    name: `Qiankun DAO Genesis seat ${category}`,
    description: `A Genesis seat (创世乾坤) of category ${category}, ${share} of all seats, held by ${holders}. `
      + 'One seat, one vote in the DAO\'s polls and a share of their reward budgets. It never moves: '
      + 'it cannot be transferred, approved or sold.',
    image,
    attributes: [
      { trait_type: 'kind', value: 'seat' },
      { trait_type: 'category', value: category },
      { trait_type: 'share of all seats', value: share },
      { trait_type: 'transferable', value: 'no' },
    ],
  };
}

/** The badge of seat category `category`: an SVG, so the folder needs no image tool. */
function seatBadge(category) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
<rect width="320" height="320" rx="32" fill="#1d1a2f"/>
<circle cx="160" cy="140" r="90" fill="none" stroke="#d9b45a" stroke-width="10"/>
<text x="160" y="165" font-family="sans-serif" font-size="72" font-weight="bold" fill="#d9b45a" text-anchor="middle">${category}</text>
<text x="160" y="280" font-family="sans-serif" font-size="26" fill="#f3ead3" text-anchor="middle">Genesis seat</text>
</svg>
`;
}

/** Writes `text` to `path` under `folder`, creating its directories. */
function put(folder, path, text) {
  const file = join(folder, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes every document of the suite in `deploymentPath` under `folder`. */
async function write(deploymentPath, folder, url) {
  const suite = await Suite.connect(deploymentPath, url);
  const { registry } = suite.contracts;
  const ss58 = suite.api.registry.chainSS58 ?? 42;
  const collection = await registry.read('PSP34::collection_id');
  const base = await registry.read('PSP34Metadata::get_attribute', [collection, 'metadata_uri']);
  expect(typeof base === 'string' && base.endsWith('/'), `the registry's metadata_uri is ${JSON.stringify(base)}`);
  let collectibles = 0;
  let listed = 0;
  const count = Number(await registry.read('series_count'));
  for (let id = 0; id < count; id += 1) {
    const series = await registry.read('series', [id]);
    if (!series.terms || !['listed', 'closed'].includes(variant(series.status))) continue;
    const { items } = series.spec;
    const editions = Number(series.terms.editions);
    expect(items * editions <= MAX_DOCUMENTS_PER_SERIES,
      `series ${id} has ${items} × ${editions} editions, more than the ${MAX_DOCUMENTS_PER_SERIES} documents one series may have`);
    for (let item = 0; item < items; item += 1) {
      for (let edition = 1; edition <= editions; edition += 1) {
        const document = collectibleDocument({ id, series, item, edition, ss58 });
        put(folder, collectiblePath(id, item, edition), `${JSON.stringify(document, null, 2)}\n`);
        collectibles += 1;
      }
    }
    listed += 1;
  }
  for (const category of SEAT_CATEGORIES) {
    put(folder, `seats/${category[0]}.svg`, seatBadge(category[0]));
    put(folder, seatPath(category[0]), `${JSON.stringify(seatDocument(category, `${base}seats/${category[0]}.svg`), null, 2)}\n`);
  }
  console.log(`wrote ${collectibles} collectible documents of ${listed} listed series and ${SEAT_CATEGORIES.length} seat documents `
    + `under ${folder}, for token URIs starting ${base}`);
  await suite.disconnect();
}

/** The content types the server knows. */
const TYPES = { '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml' };

/** Serves `folder` on 127.0.0.1:`port` until killed: GET and HEAD of its files only. */
function serve(folder, port) {
  const root = resolve(folder);
  expect(statSync(root, { throwIfNoEntry: false })?.isDirectory(), `${folder} is not a folder: run 'write' first`);
  const server = createServer((request, response) => {
    let file = root;
    try {
      file = resolve(root, `.${normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname))}`);
    } catch {
      // A malformed escape names no file.
    }
    const type = TYPES[file.slice(file.lastIndexOf('.'))];
    const inside = file.startsWith(root + sep);
    if (!['GET', 'HEAD'].includes(request.method) || !inside || !type
      || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': type, 'content-length': body.length, 'access-control-allow-origin': '*' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  server.on('error', (error) => {
    console.error(`metadata.mjs: cannot serve on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : fallback;
  };
  const command = args.shift();
  if (command === 'write') {
    const out = option('--out');
    const url = option('--url');
    const deploymentPath = args[0] ?? new URL('../../deployments/local.json', import.meta.url).pathname;
    run(async () => {
      if (!out) throw new SuiteError('write needs --out DIR');
      await write(deploymentPath, out, url);
    });
  } else if (command === 'serve' && args[0]) {
    const port = Number(option('--port', '8787'));
    try {
      serve(args[0], port);
    } catch (error) {
      console.error(`metadata.mjs: ${error.message}`);
      process.exit(1);
    }
  } else {
    console.error('usage: node metadata.mjs write [DEPLOYMENT] --out DIR [--url URL] | serve DIR [--port PORT]');
    process.exit(2);
  }
}
