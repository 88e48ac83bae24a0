/**
 * The errors of the runtime. Each extends contracts' `GerbangError` with a stable `code`, which is
 * an anchor in `docs/errors.md`; check them with `isGerbangError(error, code)`, not `instanceof`.
 *
 * @module
 */
import { GerbangError } from '@gerbang/contracts';
import type { PermissionId } from '@gerbang/contracts';
import { DEV } from './dev.ts';

/** The stable codes of the errors `@gerbang/core` throws, returns or reports. */
export const CORE_ERROR_CODES = {
  /** A module was registered that is not a module, or whose id is reserved. */
  invalidModule: 'invalid-module',
  /** A module id was registered twice. */
  duplicateModule: 'duplicate-module',
  /** No module is registered under an id. */
  unknownModule: 'unknown-module',
  /** A module cannot be opened or used in its present state: blocked, disabled, failed or stopped. */
  moduleUnavailable: 'module-unavailable',
  /** Module code threw, rejected or hung in one phase of its life; the module was set aside. */
  moduleFailed: 'module-failed',
  /** A phase of a module's life did not finish in time. */
  phaseTimeout: 'phase-timeout',
  /** No provider satisfies a service ref and range. */
  serviceNotFound: 'service-not-found',
  /** A module provided a service it did not declare, or twice. */
  serviceNotDeclared: 'service-not-declared',
  /** A capability was used without its permission: undeclared, denied by policy or by the citizen. */
  permissionDenied: 'permission-denied',
  /** A route name that the module's manifest does not declare. */
  unknownRoute: 'unknown-route',
  /** The host was given no API client, and a module called `ctx.api`. */
  apiUnavailable: 'api-unavailable',
} as const;

/** A phase of a module's life in which its code runs, named in every {@link ModuleFailedError}. */
export type ModulePhase = 'load' | 'activate' | 'deactivate' | 'handler' | 'service' | 'view' | 'timer';

/**
 * The base of the runtime's errors: the code, the message, and the typed fields, assigned once
 * here rather than in each class. The `name` is the code's class name: `invalid-module` is thrown
 * as `InvalidModuleError`.
 */
class CoreError<TCode extends string> extends GerbangError<TCode> {
  constructor(code: TCode, message: string, fields?: object, cause?: { cause?: unknown }) {
    super(code, message, cause);
    this.name = `${code.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}Error`;
    Object.assign(this, fields);
  }
}

/** Thrown (or reported) when a value given as a module is not one, or uses a reserved id. */
export class InvalidModuleError extends CoreError<typeof CORE_ERROR_CODES.invalidModule> {
  declare name: 'InvalidModuleError';

  /** @param reason - What is wrong with the value. */
  constructor(reason: string) {
    super('invalid-module', `Invalid module: ${reason}`);
  }
}

/** Reported when a module id is registered while a module with that id is already registered. */
export class DuplicateModuleError extends CoreError<typeof CORE_ERROR_CODES.duplicateModule> {
  declare name: 'DuplicateModuleError';
  /** The module id registered twice. */
  declare readonly moduleId: string;

  /**
   * @param moduleId - The module id.
   * @param existingVersion - The version already registered.
   * @param version - The version refused.
   */
  constructor(moduleId: string, existingVersion: string, version: string) {
    super(
      'duplicate-module',
      about(moduleId, DEV ? `is already registered (version ${existingVersion}); version ${version} was refused. Unload the first to replace it.` : `${existingVersion} ${version}`),
      { moduleId },
    );
  }
}

/** Thrown when no module is registered under an id. */
export class UnknownModuleError extends CoreError<typeof CORE_ERROR_CODES.unknownModule> {
  declare name: 'UnknownModuleError';
  /** The id asked for. */
  declare readonly moduleId: string;

  /** @param moduleId - The id asked for. */
  constructor(moduleId: string) {
    super(
      'unknown-module',
      typeof moduleId === 'string'
        ? DEV ? `No module is registered under the id ${JSON.stringify(moduleId.slice(0, 100))}` : JSON.stringify(moduleId.slice(0, 100))
        : DEV ? 'A module id must be a string' : typeof moduleId,
      { moduleId },
    );
  }
}

/** Thrown when a module is asked for in a state that does not allow it: blocked, disabled, failed, stopped. */
export class ModuleUnavailableError extends CoreError<typeof CORE_ERROR_CODES.moduleUnavailable> {
  declare name: 'ModuleUnavailableError';
  /** The module id. */
  declare readonly moduleId: string;
  /** The module's state when it was asked for. */
  declare readonly state: string;

  /**
   * @param moduleId - The module id.
   * @param state - Its state.
   * @param reason - Why it is unavailable.
   * @param options - The cause, such as the module's failure.
   */
  constructor(moduleId: string, state: string, reason: string, options?: { cause?: unknown }) {
    super('module-unavailable', about(moduleId, `is ${state}: ${reason}`), { moduleId, state }, options);
  }
}

/**
 * Module code threw, rejected or hung. It carries the module id, the phase and the cause; the
 * module alone moved to `failed`, and the host goes on.
 */
export class ModuleFailedError extends CoreError<typeof CORE_ERROR_CODES.moduleFailed> {
  declare name: 'ModuleFailedError';
  /** The failed module. */
  declare readonly moduleId: string;
  /** The phase in which its code failed. */
  declare readonly phase: ModulePhase;

  /**
   * @param moduleId - The module id.
   * @param phase - The phase.
   * @param cause - What the module threw, or a {@link PhaseTimeoutError}.
   */
  constructor(moduleId: string, phase: ModulePhase, cause: unknown) {
    super('module-failed', about(moduleId, `failed in ${phase}: ${describeCause(cause)}`), { moduleId, phase }, { cause });
  }
}

/** A phase of a module's life did not settle within its timeout; the cause of a {@link ModuleFailedError}. */
export class PhaseTimeoutError extends CoreError<typeof CORE_ERROR_CODES.phaseTimeout> {
  declare name: 'PhaseTimeoutError';
  /** The phase that timed out. */
  declare readonly phase: ModulePhase;
  /** The timeout, in milliseconds. */
  declare readonly timeout: number;

  /**
   * @param moduleId - The module id.
   * @param phase - The phase.
   * @param timeout - The timeout in milliseconds.
   */
  constructor(moduleId: string, phase: ModulePhase, timeout: number) {
    super('phase-timeout', about(moduleId, `did not finish ${phase} within ${timeout} ms`), { phase, timeout });
  }
}

/** No provider satisfies a service ref and range. The message names the ref, the range and what is available. */
export class ServiceNotFoundError extends CoreError<typeof CORE_ERROR_CODES.serviceNotFound> {
  declare name: 'ServiceNotFoundError';
  /** The service id. */
  declare readonly serviceId: string;
  /** The range asked for. */
  declare readonly range: string;
  /** The versions of the service on offer (`1.2.0 (host)`, `2.0.0 (lampung.pay, failed)`). */
  declare readonly available: readonly string[];

  /**
   * @param ref - The ref as its `toString()` names it, such as `serviceRef{lampung.pay@1.2.0}`.
   * @param serviceId - The service id.
   * @param range - The range asked for.
   * @param available - The versions on offer, described.
   */
  constructor(ref: string, serviceId: string, range: string, available: readonly string[]) {
    super(
      'service-not-found',
      DEV
        ? `No implementation available for ${ref} in range ${JSON.stringify(range)}; ${
            available.length === 0 ? `nothing provides "${serviceId}"` : `available: ${available.join(', ')}`
          }`
        : `${ref} ${range}: ${available.join(', ') || 'none'}`,
      { serviceId, range, available },
    );
  }
}

/** A module provided a service it did not declare in `provides`, or provided one twice. */
export class ServiceNotDeclaredError extends CoreError<typeof CORE_ERROR_CODES.serviceNotDeclared> {
  declare name: 'ServiceNotDeclaredError';

  /**
   * @param moduleId - The module id.
   * @param ref - The ref as its `toString()` names it.
   * @param reason - What is wrong.
   */
  constructor(moduleId: string, ref: string, reason: string) {
    super('service-not-declared', about(moduleId, `cannot provide ${ref}: ${reason}`));
  }
}

/** Why a permission was refused. */
export type PermissionDenialReason = 'undeclared' | 'policy' | 'citizen';

/**
 * A capability was used without its permission. `undeclared` is thrown at once, before anything
 * is asked; `policy` means the brand or host denies it to every module; `citizen` means the
 * citizen said no (or the host has no consent prompt).
 */
export class PermissionDeniedError extends CoreError<typeof CORE_ERROR_CODES.permissionDenied> {
  declare name: 'PermissionDeniedError';
  /** The module that asked. */
  declare readonly moduleId: string;
  /** The permission. */
  declare readonly permission: PermissionId;
  /** Why it was refused. */
  declare readonly reason: PermissionDenialReason;

  /**
   * @param moduleId - The module id.
   * @param permission - The permission.
   * @param reason - Why it was refused.
   */
  constructor(moduleId: string, permission: PermissionId, reason: PermissionDenialReason) {
    super(
      'permission-denied',
      about(
        moduleId,
        DEV
          ? `may not use "${permission}": ${
              reason === 'undeclared'
                ? 'its manifest does not declare the permission; add it to "permissions" with a rationale'
                : reason === 'policy'
                  ? 'the host policy denies it to every module'
                  : 'the citizen did not grant it'
            }`
          : `${permission} ${reason}`,
      ),
      { moduleId, permission, reason },
    );
  }
}

/** A route name the module's manifest does not declare. */
export class UnknownRouteError extends CoreError<typeof CORE_ERROR_CODES.unknownRoute> {
  declare name: 'UnknownRouteError';

  /**
   * @param moduleId - The module id.
   * @param route - The route name asked for.
   * @param known - The routes the manifest declares.
   */
  constructor(moduleId: string, route: string, known: readonly string[]) {
    super(
      'unknown-route',
      about(moduleId, DEV ? `has no route ${JSON.stringify(route)}; its routes are ${known.length > 0 ? known.join(', ') : '(none)'}` : route),
    );
  }
}

/** A module called `ctx.api`, and the host was created without an API client. */
export class ApiUnavailableError extends CoreError<typeof CORE_ERROR_CODES.apiUnavailable> {
  declare name: 'ApiUnavailableError';

  /**
   * @param moduleId - The module id.
   * @param endpoint - The endpoint id.
   */
  constructor(moduleId: string, endpoint: string) {
    super('api-unavailable', about(moduleId, DEV ? `called ${endpoint}, but the host was created without an \`api\` client` : endpoint));
  }
}

/** The lead of every message about one module: `Module "lampung.aduan" <text>` (the id alone in production). */
function about(moduleId: string, text: string): string {
  return DEV ? `Module "${moduleId}" ${text}` : `${moduleId} ${text}`;
}

/** The cause of a failure, for a message: its name and message, or its text. */
function describeCause(cause: unknown): string {
  // Module code may throw anything, even a value whose getters or `toString` throw.
  try {
    return cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause).slice(0, 200);
  } catch {
    return 'an unprintable value';
  }
}
