/**
 * Benchmarks of the contracts' hot paths, each beside its baseline in the same run, so that the
 * ratio means something on a noisy machine: `pnpm bench` prints "N× faster/slower than".
 */
import { createOpenApiDocument, manifestSchema, parseManifest, platformEndpoints, satisfies } from '@gerbang/contracts';
import * as nodeSemver from 'semver';
import { bench, describe } from 'vitest';
import * as z from 'zod/mini';
import { aduanManifest } from '../test/fixtures/manifests.ts';

const valid = JSON.parse(JSON.stringify(aduanManifest)) as unknown;
const invalid = { ...(valid as object), id: 'Bad Id', version: '1.2', permissions: [{ id: 'camara', rationale: { id: 'x' } }] };

describe('parse a valid manifest', () => {
  bench('baseline: zod safeParse of the manifest schema', () => {
    z.safeParse(manifestSchema, valid);
  });
  bench('parseManifest (prototype-key walk + zod + result)', () => {
    parseManifest(valid);
  });
});

describe('reject an invalid manifest with 3 issues', () => {
  bench('baseline: zod safeParse of the manifest schema', () => {
    z.safeParse(manifestSchema, invalid);
  });
  bench('parseManifest (typed issues and message)', () => {
    parseManifest(invalid);
  });
});

const ranges = ['^1.2.0', '>=1.0.0 <3.0.0', '~2.1.4 || ^3.0.0-rc.1', '1.x', '*'];
const versions = ['1.4.0', '2.1.9', '3.0.0-rc.2', '0.9.1'];

describe('semver: 20 version/range matches', () => {
  bench('baseline: node-semver satisfies', () => {
    for (const range of ranges) for (const version of versions) nodeSemver.satisfies(version, range);
  });
  bench('@gerbang/contracts satisfies', () => {
    for (const range of ranges) for (const version of versions) satisfies(version, range);
  });
});

describe('OpenAPI document of the platform endpoints', () => {
  bench('createOpenApiDocument', () => {
    createOpenApiDocument(platformEndpoints, { title: 'Gerbang', version: '1.0.0' });
  });
});
