import { canonicalJson } from '@gerbang/contracts';
import { parseRemoteCatalogue, signCatalogue } from '@gerbang/core';
import { isGerbangError } from '@gerbang/contracts';
import * as fc from 'fast-check';
import type { webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';

const CODES = new Set(['catalogue-malformed', 'catalogue-unsigned', 'catalogue-signature-invalid', 'validation-failed']);
let keys: webcrypto.CryptoKeyPair;
let publicJwk: webcrypto.JsonWebKey;

beforeAll(async () => {
  keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  publicJwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
});

const catalogueLike = fc.record(
  {
    spec: fc.oneof(fc.constant(1), fc.jsonValue()),
    generatedAt: fc.oneof(fc.constant('2025-03-01T08:00:00+07:00'), fc.string()),
    modules: fc.oneof(fc.constant([]), fc.array(fc.jsonValue(), { maxLength: 3 })),
    disabled: fc.oneof(fc.constant([]), fc.jsonValue()),
    signature: fc.oneof(fc.jsonValue(), fc.record({ algorithm: fc.constantFrom('Ed25519', 'ES256', 'none'), keyId: fc.string(), value: fc.string() })),
  },
  { requiredKeys: [] },
);

describe('parseRemoteCatalogue, property-based', () => {
  it('answers any text with a typed result and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.jsonValue().map((value) => JSON.stringify(value)), catalogueLike.map((value) => JSON.stringify(value))),
        fc.boolean(),
        async (text, withKeys) => {
          const result = await parseRemoteCatalogue(text, withKeys ? { publicKeys: { k: publicJwk } } : {});
          if (!result.success) {
            expect(isGerbangError(result.error)).toBe(true);
            expect(CODES.has(result.error.code)).toBe(true);
          } else {
            expect(result.data.spec).toBe(1);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('canonicalizes any JSON value to text that parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a signed catalogue after any change to its contents', async () => {
    const catalogue = { spec: 1, generatedAt: '2025-03-01T08:00:00+07:00', modules: [], disabled: [{ id: 'lampung.pajak', versions: '*', reason: 'x' }] };
    const signed = await signCatalogue(catalogue, { privateKey: keys.privateKey, keyId: 'k' });
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue(), async (member, value) => {
        const before: unknown = Object.hasOwn(signed, member) ? (signed as Record<string, unknown>)[member] : undefined;
        fc.pre(member !== 'signature' && (before === undefined || canonicalJson(before) !== canonicalJson(value)));
        const tampered = { ...signed, [member]: value };
        const result = await parseRemoteCatalogue(JSON.stringify(tampered), { publicKeys: { k: publicJwk } });
        expect(result.success).toBe(false);
        // Refused by the signature before anything else looks at the contents.
        expect(result.error?.code).toBe('catalogue-signature-invalid');
      }),
      { numRuns: 300 },
    );
  });
});
