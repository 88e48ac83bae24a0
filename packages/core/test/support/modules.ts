/**
 * Builders for the runtime's tests: manifests with every required field filled in, and modules
 * whose implementation is given inline (with a spy on `load`).
 */
import { vi, type Mock } from 'vitest';
import { defineModule, type GerbangModule, type ModuleContext, type ModuleImplementation, type ModuleLoader } from '@gerbang/core';
import type { ManifestInput } from '@gerbang/contracts';

type ManifestOverrides = Partial<{ -readonly [TKey in keyof ManifestInput]: ManifestInput[TKey] }>;

/** A valid manifest for `id`, with `overrides` applied. */
export function manifestFor(id: string, overrides: ManifestOverrides = {}): ManifestInput {
  return {
    spec: 1,
    id,
    version: '1.0.0',
    name: { id: `Modul ${id}`, en: `Module ${id}` },
    description: { id: `Deskripsi ${id}.` },
    icon: '/icons/module.svg',
    category: 'layanan',
    engine: '^0.1.0',
    ...overrides,
  };
}

/** A module whose code is `implementation` (or an activate function); `load` is a spy. */
export function moduleFor(
  id: string,
  implementation: ModuleImplementation | ((ctx: ModuleContext) => unknown) = () => undefined,
  overrides: ManifestOverrides = {},
): GerbangModule & { load: Mock<() => unknown> } {
  const code: ModuleImplementation =
    typeof implementation === 'function' ? { activate: (ctx) => implementation(ctx) as void | Promise<void> } : implementation;
  const load = vi.fn<() => unknown>(() => Promise.resolve(code));
  // The spy may be made to resolve to anything (or throw), as broken modules do.
  return defineModule({ manifest: manifestFor(id, overrides), load: load as ModuleLoader }) as GerbangModule & { load: typeof load };
}

/** A promise that never settles: a module that hangs. */
export const forever = (): Promise<never> => new Promise<never>(() => undefined);

/** Lets pending promise callbacks run. */
export const flush = async (rounds = 5): Promise<void> => {
  for (let round = 0; round < rounds; round++) await Promise.resolve();
};
