// Reads one profile of the deployment configuration (deploy.toml at the repository's
// root), checks every field, and hands it to the scripts.
//
// Usage: node config.mjs [--file FILE] PROFILE
// Prints the profile as JSON (amounts as decimal strings, so no digit is lost) and exits
// 0; or prints one line per bad field to stderr, e.g.
//   deploy.toml [bench.society] max_bids: 0 is outside 1..=256
// and exits 1.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

/** The configuration file, unless `--file` names another. */
export const DEFAULT_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'deploy.toml');

const U32 = 2 ** 32 - 1;
const BPS = 10_000;

/** Each table of a profile: its fields and the range each must fall in. */
const FIELDS = {
  '': {
    total_seats: [0, U32],
    max_members: [2, 10_000],
    rules: 'text',
    metadata_uri: 'folder',
    guardian: 'account',
  },
  split: {
    creator_bps: [0, BPS],
    rewards_bps: [0, BPS],
    society_bps: [0, BPS],
    operator_bps: [0, BPS],
  },
  issuance: {
    min_official_price: 'amount',
    seats_per_account: [1, U32],
    claimable_a_seats: [0, U32],
  },
  rewards: {
    poll_share_bps: [0, BPS],
    quorum_bps: [0, BPS],
    min_duration: [1, U32],
    max_duration: [1, U32],
    listing_duration: [1, U32],
    period_blocks: [1, U32],
    period_share_bps: [0, BPS],
    max_open_polls: [1, U32],
  },
  governance: {
    proposal_seats: [1, U32],
    proposal_deposit: 'amount',
    voting_delay: [0, U32],
    voting_period: [1, U32],
    approval_bps: [5_000, BPS - 1],
    critical_approval_bps: [5_000, BPS - 1],
    timelock: [1, U32],
    critical_timelock: [1, U32],
    grace_period: [1, U32],
  },
  society: {
    candidate_deposit: 'amount',
    wrong_side_deduction: 'amount',
    max_strikes: [1, U32],
    period_spend: 'amount',
    rotation_period: [1, U32],
    challenge_period: [1, U32],
    reveal_period: [1, U32],
    max_lock_duration: [0, U32],
    max_bids: [1, 256],
    max_voters: [1, 256],
    max_payouts: [1, 64],
    member_limit: [2, 10_000],
    step_budget: [1, 4_096],
  },
};

/**
 * Checks `value`, the field `name` of table `where`, against `rule`; returns the value to
 * keep (amounts as decimal strings) or throws the one-line reason.
 */
function checkField(where, name, value, rule) {
  const at = `${where} ${name}`;
  if (rule === 'text') {
    if (typeof value !== 'string' || value.length === 0) throw new Error(`${at}: must be a non-empty string`);
    return value;
  }
  if (rule === 'folder') {
    const bytes = typeof value === 'string' ? Buffer.byteLength(value) : 0;
    if (bytes === 0 || bytes > 128 || !value.endsWith('/')) {
      throw new Error(`${at}: must be a URI of 1 to 128 bytes ending with '/', got ${JSON.stringify(value)}`);
    }
    return value;
  }
  if (rule === 'account') {
    if (value !== 'none' && !(typeof value === 'string' && /^[1-9A-HJ-NP-Za-km-z]{47,48}$/.test(value))) {
      throw new Error(`${at}: must be an SS58 address or "none", got ${JSON.stringify(value)}`);
    }
    return value;
  }
  if (rule === 'amount') {
    const whole = typeof value === 'bigint' || Number.isSafeInteger(value);
    if (!whole || value < 0) throw new Error(`${at}: must be a whole amount ≥ 0, got ${JSON.stringify(String(value))}`);
    return String(value);
  }
  const [low, high] = rule;
  if (!Number.isInteger(value)) throw new Error(`${at}: must be a whole number, got ${JSON.stringify(value)}`);
  if (value < low || value > high) throw new Error(`${at}: ${value} is outside ${low}..=${high}`);
  return value;
}

/** Reads profile `name` of `file` and checks it; throws with every problem, one a line. */
export function loadProfile(name, file = DEFAULT_FILE) {
  const label = basename(file);
  let document;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${label}: ${error.message.split('\n')[0]}`);
  }
  const profile = document[name];
  if (!profile || typeof profile !== 'object') {
    throw new Error(`${label}: no profile [${name}] (profiles: ${Object.keys(document).join(', ')})`);
  }
  const problems = [];
  const out = {};
  for (const [table, fields] of Object.entries(FIELDS)) {
    const where = `${label} [${table ? `${name}.${table}` : name}]`;
    const source = table ? profile[table] : profile;
    if (!source || typeof source !== 'object') {
      problems.push(`${where}: missing`);
      continue;
    }
    const target = table ? (out[table] = {}) : out;
    for (const [field, rule] of Object.entries(fields)) {
      if (!(field in source)) {
        problems.push(`${where} ${field}: missing`);
        continue;
      }
      try {
        target[field] = checkField(where, field, source[field], rule);
      } catch (error) {
        problems.push(error.message);
      }
    }
    const known = new Set([...Object.keys(fields), ...(table ? [] : Object.keys(FIELDS).filter(Boolean))]);
    for (const field of Object.keys(source)) {
      if (!known.has(field)) problems.push(`${where} ${field}: unknown field`);
    }
  }
  if (problems.length === 0) {
    const split = out.split;
    const sum = split.creator_bps + split.rewards_bps + split.society_bps + split.operator_bps;
    if (sum !== BPS) problems.push(`${label} [${name}.split]: the shares sum to ${sum}, not 10000`);
    if (out.rewards.min_duration > out.rewards.max_duration) {
      problems.push(`${label} [${name}.rewards] min_duration: ${out.rewards.min_duration} is above max_duration ${out.rewards.max_duration}`);
    }
    // The A quotas, each rounded down as the registry's SeatBook does: A1 45%, A2 10%, A3 5%.
    const aSeats = [4_500, 1_000, 500].reduce((sum, bps) => sum + Math.floor((out.total_seats * bps) / BPS), 0);
    if (out.issuance.claimable_a_seats > aSeats) {
      problems.push(`${label} [${name}.issuance] claimable_a_seats: ${out.issuance.claimable_a_seats} is above the ${aSeats} A seats of ${out.total_seats}`);
    }
    const { reveal_period: reveal, rotation_period: rotation, challenge_period: challenge } = out.society;
    if (reveal >= rotation || reveal >= challenge) {
      problems.push(`${label} [${name}.society] reveal_period: ${reveal} is not below rotation_period ${rotation} and challenge_period ${challenge}`);
    }
    const governance = out.governance;
    if (governance.critical_approval_bps < governance.approval_bps) {
      problems.push(`${label} [${name}.governance] critical_approval_bps: ${governance.critical_approval_bps} is below approval_bps ${governance.approval_bps}`);
    }
    if (governance.critical_timelock < governance.timelock) {
      problems.push(`${label} [${name}.governance] critical_timelock: ${governance.critical_timelock} is below timelock ${governance.timelock}`);
    }
    if (out.max_members > out.society.member_limit) {
      problems.push(`${label} [${name}] max_members: ${out.max_members} is above society.member_limit ${out.society.member_limit}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  let file = DEFAULT_FILE;
  if (args[0] === '--file') {
    file = args[1];
    args.splice(0, 2);
  }
  if (args.length !== 1 || !file) {
    console.error('usage: node config.mjs [--file FILE] PROFILE');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(loadProfile(args[0], file)));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
