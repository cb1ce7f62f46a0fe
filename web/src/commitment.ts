// The society's vote commitment, computed in the browser so a voter's secret never
// reaches a node before the reveal.
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

/** `blake2_256(secret ‖ voter)`: what the society's `commitment_for(secret)` returns for `voter`. */
export function commitment(secret: `0x${string}`, voter: string): `0x${string}` {
  return u8aToHex(blake2AsU8a(u8aConcat(hexToU8a(secret), decodeAddress(voter)), 256));
}
