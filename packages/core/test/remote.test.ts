import { createServer, type Server } from 'node:http';
import type { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  computeIntegrity,
  createRemoteModules,
  findDisabledEntry,
  isDisabledBy,
  parseRemoteCatalogue,
  signCatalogue,
  verifyIntegrity,
  type ModuleImplementation,
  type RemoteEvaluate,
  type RemoteFetch,
} from '@gerbang/core';
import { isGerbangError, type ModuleCatalogue } from '@gerbang/contracts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const encoder = new TextEncoder();
const CODE = 'export function activate(ctx) { ctx.activated = "lampung.berita"; }\n';

function manifest(id: string, entry?: { url: string; integrity: string }) {
  return {
    spec: 1,
    id,
    version: '1.2.0',
    name: { id: `Modul ${id}` },
    description: { id: 'Modul jarak jauh.' },
    icon: '/icons/x.svg',
    category: 'informasi',
    engine: '^0.1.0',
    ...(entry ? { entry } : {}),
  };
}

async function catalogueFor(code = CODE) {
  const integrity = await computeIntegrity(encoder.encode(code));
  return {
    spec: 1,
    generatedAt: '2025-03-01T08:00:00+07:00',
    modules: [manifest('lampung.berita', { url: 'https://cdn.lampungin.example.id/berita.js', integrity }), manifest('lampung.aduan')],
    disabled: [{ id: 'lampung.pajak', versions: '<2.0.0', reason: 'Kebocoran data pada versi lama' }],
  };
}

/** Evaluates real code, as a host would, through a data: URL import. */
const evaluate: RemoteEvaluate = async (code) =>
  (await import(/* @vite-ignore */ `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`)) as ModuleImplementation;

type CryptoKeyPair = webcrypto.CryptoKeyPair;
type JsonWebKey = webcrypto.JsonWebKey;
type CryptoKey = webcrypto.CryptoKey;

let ed25519: CryptoKeyPair;
let ecdsa: CryptoKeyPair;
let ed25519Jwk: JsonWebKey;
let ecdsaJwk: JsonWebKey;

/** The catalogue as a host receives it: through parseRemoteCatalogue. */
async function parsed(catalogue: object): Promise<ModuleCatalogue> {
  const result = await parseRemoteCatalogue(JSON.stringify(catalogue));
  if (!result.success) throw result.error;
  return result.data;
}

beforeAll(async () => {
  ed25519 = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  ecdsa = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  ed25519Jwk = await crypto.subtle.exportKey('jwk', ed25519.publicKey);
  ecdsaJwk = await crypto.subtle.exportKey('jwk', ecdsa.publicKey);
});

describe('verifyIntegrity', () => {
  it('checks sha256, sha384 and sha512 SRI metadata', async () => {
    const bytes = encoder.encode(CODE);
    for (const algorithm of ['sha256', 'sha384', 'sha512'] as const) {
      const integrity = await computeIntegrity(bytes, algorithm);
      expect(integrity.startsWith(`${algorithm}-`)).toBe(true);
      expect(await verifyIntegrity(bytes, integrity)).toBe(true);
      expect(await verifyIntegrity(bytes.buffer, integrity)).toBe(true);
      expect(await verifyIntegrity(encoder.encode(`${CODE} `), integrity)).toBe(false);
    }
  });

  it('knows the empty string’s digest', async () => {
    expect(await verifyIntegrity(new Uint8Array(), 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=')).toBe(true);
  });

  it('uses only the strongest algorithm listed, as browsers do', async () => {
    const bytes = encoder.encode(CODE);
    const good256 = await computeIntegrity(bytes, 'sha256');
    const other512 = await computeIntegrity(encoder.encode('other'), 'sha512');
    const good512 = await computeIntegrity(bytes, 'sha512');
    expect(await verifyIntegrity(bytes, `${good256} ${other512}`)).toBe(false);
    expect(await verifyIntegrity(bytes, `${other512} ${good512} ${good256}`)).toBe(true);
  });

  it('never matches malformed metadata', async () => {
    for (const integrity of ['', 'sha1-abc', 'md5-xyz', 'sha256-short', 42 as unknown as string]) {
      expect(await verifyIntegrity(encoder.encode(CODE), integrity)).toBe(false);
    }
  });
});

describe('parseRemoteCatalogue', () => {
  it('parses an unsigned catalogue when no keys are configured', async () => {
    const result = await parseRemoteCatalogue(JSON.stringify(await catalogueFor()));
    expect(result.success).toBe(true);
    expect(result.data?.modules.map((module) => module.id)).toEqual(['lampung.berita', 'lampung.aduan']);
    expect(result.data?.modules[1]?.permissions).toEqual([]); // defaults filled in
    expect(result.success && result.signedBy).toBeUndefined();
  });

  it('verifies Ed25519 and ES256 signatures, from CryptoKeys and JWKs', async () => {
    const catalogue = await catalogueFor();
    for (const [keyId, pair, jwk] of [['ed-2025', ed25519, ed25519Jwk], ['ec-2025', ecdsa, ecdsaJwk]] as const) {
      const signed = await signCatalogue(catalogue, { privateKey: pair.privateKey, keyId });
      expect(signed.signature.algorithm).toBe(keyId.startsWith('ed') ? 'Ed25519' : 'ES256');
      for (const key of [pair.publicKey, jwk]) {
        const result = await parseRemoteCatalogue(JSON.stringify(signed, null, 2), { publicKeys: { [keyId]: key, other: ecdsaJwk } });
        expect(result.error?.message).toBeUndefined();
        expect(result.success && result.signedBy).toBe(keyId);
      }
    }
  });

  it('verifies the catalogue as received: unknown members count, and member order and spacing do not', async () => {
    const extended = { ...(await catalogueFor()), futureMember: { z: 1, a: [true] } };
    const signed = await signCatalogue(extended, { privateKey: ed25519.privateKey, keyId: 'k' });
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    const result = await parseRemoteCatalogue(JSON.stringify(reordered, null, '\t'), { publicKeys: { k: ed25519Jwk } });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('futureMember'); // dropped by the schema after verification
  });

  it('refuses an unsigned catalogue when keys are configured', async () => {
    const result = await parseRemoteCatalogue(JSON.stringify(await catalogueFor()), { publicKeys: { k: ed25519Jwk } });
    expect(isGerbangError(result.error, 'catalogue-unsigned')).toBe(true);
    const optional = await parseRemoteCatalogue(JSON.stringify(await catalogueFor()), { publicKeys: { k: ed25519Jwk }, requireSignature: false });
    expect(optional.success).toBe(true);
  });

  it('refuses a tampered catalogue: a module added, a kill switch removed, a hash swapped', async () => {
    const signed = await signCatalogue(await catalogueFor(), { privateKey: ed25519.privateKey, keyId: 'k' });
    const tamperings = [
      { ...signed, modules: [...signed.modules, manifest('evil.module', { url: 'https://evil.example/x.js', integrity: signed.modules[0]!.entry!.integrity })] },
      { ...signed, disabled: [] },
      { ...signed, modules: [{ ...signed.modules[0]!, entry: { ...signed.modules[0]!.entry!, url: 'https://evil.example/berita.js' } }, signed.modules[1]] },
      { ...signed, generatedAt: '2025-03-01T08:00:01+07:00' },
    ];
    for (const tampered of tamperings) {
      const result = await parseRemoteCatalogue(JSON.stringify(tampered), { publicKeys: { k: ed25519Jwk } });
      expect(isGerbangError(result.error, 'catalogue-signature-invalid')).toBe(true);
      expect(result.error).toMatchObject({ name: 'RemoteCatalogueError', problem: 'invalid', keyId: 'k' });
    }
  });

  it('refuses a signature by an unknown key, with the wrong algorithm, or malformed', async () => {
    const signed = await signCatalogue(await catalogueFor(), { privateKey: ed25519.privateKey, keyId: 'k' });
    const check = async (catalogue: object, keys: Record<string, JsonWebKey | CryptoKey>, problem: string) => {
      const result = await parseRemoteCatalogue(JSON.stringify(catalogue), { publicKeys: keys });
      expect(result.error).toMatchObject({ code: 'catalogue-signature-invalid', problem });
    };
    await check(signed, { other: ed25519Jwk }, 'unknown-key');
    await check(signed, { k: ecdsaJwk }, 'key-mismatch');
    await check(signed, { k: ecdsa.publicKey }, 'key-mismatch');
    await check({ ...signed, signature: { ...signed.signature, algorithm: 'ES256' } }, { k: ed25519Jwk }, 'key-mismatch');
    await check({ ...signed, signature: { ...signed.signature, algorithm: 'HS256' } }, { k: ed25519Jwk }, 'malformed');
    await check({ ...signed, signature: { ...signed.signature, value: 'not base64!' } }, { k: ed25519Jwk }, 'malformed');
    await check({ ...signed, signature: 'abc' }, { k: ed25519Jwk }, 'malformed');
    // The private half of a key is never a trusted key.
    await check(signed, { k: ed25519.privateKey }, 'key-mismatch');
    // A signature that is valid base64url but wrong.
    await check({ ...signed, signature: { ...signed.signature, value: 'A'.repeat(86) } }, { k: ed25519Jwk }, 'invalid');
  });

  it('signs only with Ed25519 or ECDSA P-256 keys', async () => {
    const p384 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
    await expect(signCatalogue(await catalogueFor(), { privateKey: p384.privateKey, keyId: 'k' })).rejects.toThrow(/Ed25519 or ECDSA P-256, not ECDSA P-384/);
  });

  it('requires keys when a signature is required', async () => {
    const signed = await signCatalogue(await catalogueFor(), { privateKey: ed25519.privateKey, keyId: 'k' });
    const result = await parseRemoteCatalogue(JSON.stringify(signed), { requireSignature: true });
    expect(result.error).toMatchObject({ code: 'catalogue-signature-invalid', problem: 'no-trusted-keys' });
  });

  it('gives a typed error for text that is not JSON, and a validation error for JSON that is not a catalogue', async () => {
    for (const text of ['', '{', '<html>502 Bad Gateway</html>', '{"spec":1,}']) {
      const result = await parseRemoteCatalogue(text);
      expect(isGerbangError(result.error, 'catalogue-malformed')).toBe(true);
      expect(result.error?.message).toContain('not JSON');
    }
    expect((await parseRemoteCatalogue('x'.repeat(20), { maxLength: 10 })).error?.code).toBe('catalogue-malformed');
    const invalid = await parseRemoteCatalogue(JSON.stringify({ ...(await catalogueFor()), disabled: [{ id: 'Bad Id', versions: 'x', reason: '' }] }));
    expect(isGerbangError(invalid.error, 'validation-failed')).toBe(true);
    expect(invalid.error?.message).toContain('disabled[0].id');
    const polluted = await parseRemoteCatalogue('{"__proto__":{"polluted":true},"spec":1}');
    expect(polluted.error?.code).toBe('validation-failed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the kill switch', () => {
  const catalogue = {
    disabled: [
      { id: 'lampung.pajak', versions: '<2.0.0', reason: 'Kebocoran data' },
      { id: 'lampung.aduan', versions: '*', reason: 'Situs diretas' },
    ],
  };

  it('disables the versions in range, prereleases included', () => {
    expect(findDisabledEntry(catalogue, 'lampung.pajak', '1.9.3')).toEqual(catalogue.disabled[0]);
    expect(isDisabledBy(catalogue, 'lampung.pajak', '2.0.0-rc.1')).toBe(true);
    expect(isDisabledBy(catalogue, 'lampung.pajak', '2.0.0')).toBe(false);
    expect(isDisabledBy(catalogue, 'lampung.aduan', '0.1.0-alpha')).toBe(true);
    expect(isDisabledBy(catalogue, 'lampung.harga', '1.0.0')).toBe(false);
  });

  it('errs on the safe side for a version it cannot read', () => {
    expect(isDisabledBy(catalogue, 'lampung.pajak', 'not-a-version')).toBe(true);
  });
});

describe('createRemoteModules', () => {
  const bytesOf = (text: string) => encoder.encode(text);
  const fetchServing = (body: Uint8Array | string, status = 200): RemoteFetch =>
    vi.fn(() => Promise.resolve(new Response(typeof body === 'string' ? body : new Uint8Array(body), { status })));

  it('makes modules only for entries, and fetches nothing until load', async () => {
    const fetch = fetchServing(CODE);
    const modules = createRemoteModules(await parsed(await catalogueFor()), { fetch, evaluate });
    expect(modules.map((module) => module.manifest.id)).toEqual(['lampung.berita']);
    expect(modules[0]?.$$brand).toBe('@gerbang/module');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('loads code whose hash matches, and evaluates it', async () => {
    const [module] = createRemoteModules(await parsed(await catalogueFor()), { fetch: fetchServing(CODE), evaluate });
    const implementation = (await module!.load()) as ModuleImplementation;
    const ctx = {} as Parameters<ModuleImplementation['activate']>[0] & { activated?: string };
    await implementation.activate(ctx);
    expect(ctx.activated).toBe('lampung.berita');
  });

  it('refuses tampered code with an IntegrityError, before evaluating anything', async () => {
    const evaluateSpy = vi.fn(evaluate);
    const tampered = CODE.replace('lampung.berita', 'steal-the-tokens');
    const [module] = createRemoteModules(await parsed(await catalogueFor()), { fetch: fetchServing(tampered), evaluate: evaluateSpy });
    const error = await module!.load().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(isGerbangError(error, 'integrity-mismatch')).toBe(true);
    expect(error).toMatchObject({ name: 'IntegrityError', moduleId: 'lampung.berita', url: 'https://cdn.lampungin.example.id/berita.js' });
    expect((error as { actual: string }).actual).toBe(await computeIntegrity(bytesOf(tampered)));
    expect(evaluateSpy).not.toHaveBeenCalled();
  });

  it('reports an error status, a failed fetch and code that is not UTF-8 as remote-module-unavailable', async () => {
    const catalogue = await parsed(await catalogueFor());
    const failing = (fetch: RemoteFetch) => createRemoteModules(catalogue, { fetch, evaluate })[0]!.load().catch((reason: unknown) => reason);
    expect(await failing(fetchServing(CODE, 404))).toMatchObject({ code: 'remote-module-unavailable', message: expect.stringContaining('answered 404') as string });
    expect(await failing(() => Promise.reject(new TypeError('network down')))).toMatchObject({ code: 'remote-module-unavailable', cause: new TypeError('network down') });

    const notUtf8 = new Uint8Array([0x66, 0xff, 0xfe]);
    const withHash = await parsed({
      ...(await catalogueFor()),
      modules: [manifest('lampung.berita', { url: 'https://cdn.lampungin.example.id/b.js', integrity: await computeIntegrity(notUtf8) })],
    });
    const error = await createRemoteModules(withHash, { fetch: fetchServing(notUtf8), evaluate })[0]!.load().catch((reason: unknown) => reason);
    expect(error).toMatchObject({ code: 'remote-module-unavailable', message: expect.stringContaining('not UTF-8') as string });
  });

  describe('over real HTTP', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((request, response) => {
        response.writeHead(request.url === '/berita.js' ? 200 : 404, { 'content-type': 'text/javascript' });
        response.end(request.url === '/berita.js' ? CODE : 'not found');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
        }),
    );

    it('fetches with the global fetch, verifies and evaluates', async () => {
      const integrity = await computeIntegrity(bytesOf(CODE));
      // http://127.0.0.1 is a secure URL for manifests, as localhost is.
      const catalogue = await parsed({ ...(await catalogueFor()), modules: [manifest('lampung.berita', { url: `${base}/berita.js`, integrity })] });
      const [module] = createRemoteModules(catalogue, { fetch: (url) => fetch(url), evaluate });
      const implementation = (await module!.load()) as ModuleImplementation;
      expect(typeof implementation.activate).toBe('function');
    });
  });
});
