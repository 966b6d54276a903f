import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idToUuid, newId, uuidToId } from './index.js';

describe('id conversions (cached)', () => {
  it('round-trip, and give the same answer the second time', () => {
    fc.assert(
      fc.property(fc.uuid({ version: 7 }), (uuid) => {
        const id = uuidToId('deal', uuid);
        expect(id).toMatch(/^deal_[0-7][0-9a-hjkmnp-tv-z]{25}$/);
        expect(uuidToId('deal', uuid)).toBe(id);
        expect(idToUuid(id)).toBe(uuid);
        expect(idToUuid(id)).toBe(uuid);
        // The same uuid under another kind is another id.
        expect(uuidToId('partner', uuid)).toBe(`ptr_${id.slice('deal_'.length)}`);
      }),
    );
  });

  it('still rejects a malformed id every time (nothing cached for it)', () => {
    expect(() => idToUuid('deal_not-a-typeid')).toThrow();
    expect(() => idToUuid('deal_not-a-typeid')).toThrow();
    const fresh = newId('deal');
    expect(uuidToId('deal', idToUuid(fresh))).toBe(fresh);
  });
});
