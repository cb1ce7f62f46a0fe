// Generates the app's typed client from the contracts' metadata: dedot's typink writes
// TypeScript types for every message of each contract into src/contracts/, next to a copy
// of the metadata the app loads. A message whose name or arguments change then breaks
// `tsc`, not a user's call. Also writes the English words of every contract error from the
// doc comments in contracts/interfaces, and fails when the Chinese words miss one.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const out = join(here, 'src', 'contracts');
const CONTRACTS = ['registry', 'society', 'rewards'];

/** Stops the build with `reason` on one line. */
function fail(reason) {
  console.error(`codegen: ${reason}`);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
for (const name of CONTRACTS) {
  const metadata = join(root, 'target', 'ink', name, `${name}.json`);
  if (!existsSync(metadata)) fail(`${metadata} is missing: build the contracts first (scripts/build.sh)`);
  execFileSync(join(here, 'node_modules', '.bin', 'dedot'), ['typink', '-m', metadata, '-o', out, '-c', name], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  copyFileSync(metadata, join(out, `${name}.json`));
}

/** The variants of `enumName` in the Rust `source`, each with its `///` doc comment. */
function variantDocs(source, enumName) {
  const body = source.split(`pub enum ${enumName} {`)[1]?.split('\n}')[0];
  if (!body) fail(`enum ${enumName} not found in contracts/interfaces`);
  const docs = {};
  let doc = [];
  for (const line of body.split('\n').map((text) => text.trim())) {
    if (line.startsWith('///')) doc.push(line.slice(3).trim());
    const variant = /^([A-Z][A-Za-z0-9]*)\s*[,({]/.exec(line);
    if (variant) {
      docs[variant[1]] = doc.join(' ').replaceAll('`', '');
      doc = [];
    }
  }
  return docs;
}

const interfaces = join(root, 'contracts', 'interfaces', 'src');
const errors = readFileSync(join(interfaces, 'errors.rs'), 'utf8');
const psp34 = readFileSync(join(interfaces, 'psp34.rs'), 'utf8');
const english = {
  RegistryError: variantDocs(errors, 'RegistryError'),
  SocietyError: variantDocs(errors, 'SocietyError'),
  RewardsError: variantDocs(errors, 'RewardsError'),
  PSP34Error: variantDocs(psp34, 'PSP34Error'),
};
writeFileSync(join(out, 'errors-en.json'), `${JSON.stringify(english, null, 2)}\n`);
const chinese = JSON.parse(readFileSync(join(here, 'src', 'i18n', 'errors-zh.json'), 'utf8'));
const missing = Object.entries(english).flatMap(([kind, variants]) =>
  Object.keys(variants).filter((name) => !chinese[kind]?.[name]).map((name) => `${kind}::${name}`),
);
if (missing.length) fail(`src/i18n/errors-zh.json has no words for ${missing.join(', ')}`);
const count = Object.values(english).reduce((sum, variants) => sum + Object.keys(variants).length, 0);
console.log(`codegen: typed clients for ${CONTRACTS.join(', ')}; ${count} errors in English and Chinese`);
