import type { webcrypto } from 'node:crypto';
import { parseRemoteCatalogue, signCatalogue, type CataloguePublicKey, type IntegrityError, type RemoteCatalogueResult, type RemoteFetch } from '@gerbang/core';
import type { CatalogueSignature, ModuleCatalogue, ValidationError } from '@gerbang/contracts';
import { describe, expectTypeOf, it } from 'vitest';

describe('remote module types', () => {
  it('narrows the catalogue result on success', async () => {
    const result = await parseRemoteCatalogue('{}');
    expectTypeOf(result).toEqualTypeOf<RemoteCatalogueResult>();
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<ModuleCatalogue>();
      expectTypeOf(result.signedBy).toEqualTypeOf<string | undefined>();
    } else {
      expectTypeOf(result.error.code).toEqualTypeOf<'catalogue-malformed' | 'catalogue-unsigned' | 'catalogue-signature-invalid' | 'validation-failed'>();
      if (result.error.code === 'validation-failed') expectTypeOf(result.error).toExtend<ValidationError>();
    }
  });

  it('accepts WebCrypto keys and JWKs without DOM types, and the global fetch', () => {
    expectTypeOf<webcrypto.CryptoKey>().toExtend<CataloguePublicKey>();
    expectTypeOf<webcrypto.JsonWebKey>().toExtend<CataloguePublicKey>();
    expectTypeOf<typeof fetch>().toExtend<RemoteFetch>();
  });

  it('keeps the catalogue’s type when signing', async () => {
    const signed = await signCatalogue({ spec: 1 as const, modules: [] }, { privateKey: {} as webcrypto.CryptoKey, keyId: 'k' });
    expectTypeOf(signed.spec).toEqualTypeOf<1>();
    expectTypeOf(signed.signature).toEqualTypeOf<CatalogueSignature>();
  });

  it('gives integrity errors their digests', () => {
    expectTypeOf<IntegrityError['code']>().toEqualTypeOf<'integrity-mismatch' | 'remote-module-unavailable'>();
    expectTypeOf<IntegrityError['actual']>().toEqualTypeOf<string | undefined>();
  });
});
