import { GerbangError, isGerbangError } from '@gerbang/contracts';
import {
  ApiUnavailableError,
  CORE_ERROR_CODES,
  DuplicateModuleError,
  InvalidModuleError,
  ModuleFailedError,
  ModuleUnavailableError,
  PermissionDeniedError,
  PhaseTimeoutError,
  ServiceNotDeclaredError,
  ServiceNotFoundError,
  UnknownModuleError,
  UnknownRouteError,
} from '@gerbang/core';
import { describe, expect, it } from 'vitest';

/** One instance of every error class of the core, by the name it is exported under. */
const errors: Record<string, GerbangError> = {
  InvalidModuleError: new InvalidModuleError('not a module'),
  DuplicateModuleError: new DuplicateModuleError('lampung.aduan', '1.0.0', '2.0.0'),
  UnknownModuleError: new UnknownModuleError('lampung.tidak-ada'),
  ModuleUnavailableError: new ModuleUnavailableError('lampung.aduan', 'blocked', 'no provider'),
  ModuleFailedError: new ModuleFailedError('lampung.aduan', 'activate', new Error('boom')),
  PhaseTimeoutError: new PhaseTimeoutError('lampung.aduan', 'load', 10),
  ServiceNotFoundError: new ServiceNotFoundError('serviceRef{gerbang.pay@1.0.0}', 'gerbang.pay', '^1.0.0', []),
  ServiceNotDeclaredError: new ServiceNotDeclaredError('lampung.aduan', 'serviceRef{gerbang.pay@1.0.0}', 'not in provides'),
  PermissionDeniedError: new PermissionDeniedError('lampung.aduan', 'location', 'citizen'),
  UnknownRouteError: new UnknownRouteError('lampung.aduan', 'edit', ['detail']),
  ApiUnavailableError: new ApiUnavailableError('lampung.aduan', 'aduan.createReport'),
};

describe('the error classes', () => {
  it('cover every code of CORE_ERROR_CODES, once each', () => {
    expect(Object.values(errors).map((error) => error.code).sort()).toEqual(Object.values(CORE_ERROR_CODES).sort());
  });

  it.each(Object.entries(errors))('%s is named after its class, is a GerbangError and names what it is about', (exported, error) => {
    expect(error.name).toBe(exported);
    expect(error).toBeInstanceOf(GerbangError);
    expect(error).toBeInstanceOf(Error);
    expect(isGerbangError(error, error.code)).toBe(true);
    expect(String(error)).toBe(`${exported}: ${error.message}`);
    // Every message names its subject, in both builds.
    expect(error.message).toMatch(exported === 'InvalidModuleError' ? /not a module/ : /lampung\.|gerbang\.pay/);
  });
});
