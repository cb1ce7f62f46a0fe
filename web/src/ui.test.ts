// Unit tests of the app's pure helpers: amounts both ways, addresses a browser can load,
// token labels, and the society commitment against the contract's own answer.
import { describe, expect, it } from 'vitest';
import { commitment } from './commitment';
import { browsable, formatAmount, parseAmount, tokenLabel } from './ui';

const UNIT = { symbol: 'UNIT', decimals: 12 };

describe('amounts', () => {
  it('formats whole units with up to four decimals and the symbol', () => {
    expect(formatAmount(30_000_000_000_000n, UNIT)).toBe('30 UNIT');
    expect(formatAmount(1_687_312_345_678n, UNIT)).toBe('1.6873 UNIT');
    expect(formatAmount(1_234_567n * 10n ** 12n, UNIT)).toBe('1,234,567 UNIT');
    expect(formatAmount(0n, UNIT)).toBe('0 UNIT');
  });

  it('parses what a user types, and refuses what is not an amount', () => {
    expect(parseAmount('1.5', UNIT)).toBe(1_500_000_000_000n);
    expect(parseAmount(' 20 ', UNIT)).toBe(20n * 10n ** 12n);
    expect(parseAmount('0.000000000001', UNIT)).toBe(1n);
    for (const bad of ['', '-1', '1e3', '1.2.3', 'abc', '0.0000000000001', '1,000']) {
      expect(parseAmount(bad, UNIT), bad).toBeUndefined();
    }
  });

  it('round-trips an amount typed with four decimals', () => {
    const amount = parseAmount('12.3456', UNIT) as bigint;
    expect(formatAmount(amount, UNIT)).toBe('12.3456 UNIT');
  });
});

describe('addresses', () => {
  it('loads ipfs through the gateway, http as it is, and nothing else', () => {
    expect(browsable('ipfs://bafy/1.json')).toBe('https://ipfs.io/ipfs/bafy/1.json');
    expect(browsable('http://127.0.0.1:8787/seats/A1.json')).toBe('http://127.0.0.1:8787/seats/A1.json');
    expect(browsable('javascript:alert(1)')).toBeUndefined();
    expect(browsable('data:text/html,<script>')).toBeUndefined();
  });

  it('labels a token by its number', () => {
    expect(tokenLabel({ type: 'U64', value: 13n })).toBe('#13');
  });
});

describe('society commitment', () => {
  it("matches the contract's commitment_for", () => {
    // Returned by the society's `commitment_for(0x07…07)` dry-run as //Alice on
    // contracts-node 0.42 (the vote the page signs must reveal with the same secret).
    const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
    expect(commitment(`0x${'07'.repeat(32)}`, alice)).toBe('0xafa3885b10f24a3a73a6a693a98361949972692813cc1809ca931061c06c5fd5');
    expect(commitment(`0x${'08'.repeat(32)}`, alice)).not.toBe(commitment(`0x${'07'.repeat(32)}`, alice));
  });
});
