/**
 * Permissions: declared in the manifest, allowed by the host's policy, granted by the citizen
 * through the host's consent prompt, remembered per module, revocable, and audited when sensitive.
 *
 * @module
 */
import { isPermissionId, PERMISSIONS } from '@gerbang/contracts';
import type { LocalizedText, Manifest, PermissionDescriptor, PermissionId } from '@gerbang/contracts';
import type { HostBrandPermissionPolicy } from './brand.ts';
import { PermissionDeniedError } from './errors.ts';
import type { Logger } from './logger.ts';
import type { PermissionStatus } from './module.ts';
import type { ModuleStorage } from './storage.ts';

/** The citizen's answer for one permission of one module, as remembered. */
export type PermissionDecision = 'granted' | 'denied';

/** What the host's consent prompt shows the citizen. */
export interface ConsentRequest {
  /** The module asking. */
  readonly moduleId: string;
  /** The module's name, for the prompt. */
  readonly moduleName: LocalizedText;
  /** The permission. */
  readonly permission: PermissionId;
  /** The permission's labels and whether it is sensitive. */
  readonly descriptor: PermissionDescriptor;
  /** Why the module needs it, from its manifest. */
  readonly rationale: LocalizedText;
}

/**
 * Asks the citizen for a permission; resolves `true` to grant it. The answer is remembered until
 * revoked. A prompt that throws or rejects counts as a refusal that is not remembered.
 */
export type ConsentPrompt = (request: ConsentRequest) => Promise<boolean>;

/** One use of a sensitive permission (identity, location, payments), as the audit log keeps it. */
export interface AuditEntry {
  /** When, in milliseconds since the epoch, by the host's clock. */
  readonly time: number;
  /** The module. */
  readonly moduleId: string;
  /** The permission. */
  readonly permission: PermissionId;
  /** Whether the use was allowed. */
  readonly outcome: PermissionDecision;
  /** What the module said the use was for, when it said. */
  readonly purpose?: string;
}

/** @internal */
export interface PermissionGate {
  status(manifest: Manifest, permission: PermissionId): PermissionStatus;
  /** Throws at once when undeclared; otherwise settles when the policy and the citizen have answered. */
  request(manifest: Manifest, permission: PermissionId, purpose?: string): Promise<void>;
  load(moduleId: string): Promise<void>;
  grants(moduleId: string): Promise<Readonly<Partial<Record<PermissionId, PermissionDecision>>>>;
  revoke(moduleId: string, permission?: PermissionId): Promise<void>;
  readonly audit: readonly AuditEntry[];
}

/** @internal */
export interface PermissionGateOptions {
  readonly policies: readonly (HostBrandPermissionPolicy | undefined)[];
  readonly consent: ConsentPrompt | undefined;
  readonly storage: ModuleStorage;
  readonly now: () => number;
  readonly logger: Logger;
  readonly onAudit: (entry: AuditEntry) => void;
  readonly auditLimit: number;
}

/** @internal */
export function createPermissionGate(options: PermissionGateOptions): PermissionGate {
  const { storage, logger } = options;
  const denied = new Set<PermissionId>();
  let allowed: Set<PermissionId> | undefined;
  for (const policy of options.policies) {
    for (const permission of policy?.deny ?? []) denied.add(permission);
    if (policy?.allow) {
      const previous = allowed;
      allowed = new Set(policy.allow.filter((permission) => previous?.has(permission) ?? true));
    }
  }
  const decisions = new Map<string, Map<PermissionId, PermissionDecision>>();
  const loading = new Map<string, Promise<void>>();
  const prompts = new Map<string, Promise<boolean>>();
  const audit: AuditEntry[] = [];

  const byPolicy = (permission: PermissionId): boolean => denied.has(permission) || (allowed !== undefined && !allowed.has(permission));
  const declared = (manifest: Manifest, permission: PermissionId) => manifest.permissions.find((entry) => entry.id === permission);
  const save = (moduleId: string): Promise<void> =>
    storage.set(`grants/${moduleId}`, Object.fromEntries(decisions.get(moduleId) ?? [])).catch((cause: unknown) => {
      logger.warn('could not save permission grants', { module: moduleId, error: cause });
    });

  const load = (moduleId: string): Promise<void> => {
    let pending = loading.get(moduleId);
    if (!pending) {
      pending = storage
        .get(`grants/${moduleId}`)
        .then((stored) => {
          const remembered = new Map<PermissionId, PermissionDecision>();
          if (typeof stored === 'object' && stored !== null) {
            for (const [permission, decision] of Object.entries(stored as Record<string, unknown>)) {
              if (isPermissionId(permission) && (decision === 'granted' || decision === 'denied')) remembered.set(permission, decision);
            }
          }
          // Answers given while loading win over stored ones.
          for (const [permission, decision] of decisions.get(moduleId) ?? []) remembered.set(permission, decision);
          decisions.set(moduleId, remembered);
        })
        .catch((cause: unknown) => {
          logger.warn('could not read permission grants; asking again', { module: moduleId, error: cause });
          if (!decisions.has(moduleId)) decisions.set(moduleId, new Map());
        });
      loading.set(moduleId, pending);
    }
    return pending;
  };

  const record = (moduleId: string, permission: PermissionId, outcome: PermissionDecision, purpose: string | undefined): void => {
    if (!PERMISSIONS[permission].sensitive) return;
    const entry: AuditEntry = { time: options.now(), moduleId, permission, outcome, ...(typeof purpose === 'string' ? { purpose } : {}) };
    audit.push(entry);
    if (audit.length > options.auditLimit) audit.splice(0, audit.length - options.auditLimit);
    options.onAudit(entry);
  };

  const ask = (manifest: Manifest, permission: PermissionId, rationale: LocalizedText): Promise<boolean> => {
    const key = `${manifest.id} ${permission}`;
    let pending = prompts.get(key);
    if (!pending) {
      const { consent } = options;
      pending = (async () => {
        if (!consent) return false;
        try {
          const granted = await consent({
            moduleId: manifest.id,
            moduleName: manifest.name,
            permission,
            descriptor: PERMISSIONS[permission],
            rationale,
          });
          decisions.get(manifest.id)?.set(permission, granted ? 'granted' : 'denied');
          await save(manifest.id);
          return granted;
        } catch (cause) {
          logger.warn('the consent prompt failed; the permission is refused this time', { module: manifest.id, permission, error: cause });
          return false;
        }
      })().finally(() => prompts.delete(key));
      prompts.set(key, pending);
    }
    return pending;
  };

  return {
    audit,
    load,
    status(manifest, permission) {
      if (!declared(manifest, permission)) return 'undeclared';
      if (byPolicy(permission)) return 'blocked';
      return decisions.get(manifest.id)?.get(permission) ?? 'prompt';
    },
    request(manifest, permission, purpose) {
      const declaration = declared(manifest, permission);
      if (!declaration) throw new PermissionDeniedError(manifest.id, permission, 'undeclared');
      return (async () => {
        let reason: 'policy' | 'citizen' | undefined = byPolicy(permission) ? 'policy' : undefined;
        if (!reason) {
          await load(manifest.id);
          const remembered = decisions.get(manifest.id)?.get(permission);
          const granted = remembered === undefined ? await ask(manifest, permission, declaration.rationale) : remembered === 'granted';
          if (!granted) reason = 'citizen';
        }
        record(manifest.id, permission, reason ? 'denied' : 'granted', purpose);
        if (reason) throw new PermissionDeniedError(manifest.id, permission, reason);
      })();
    },
    async grants(moduleId) {
      await load(moduleId);
      return Object.fromEntries(decisions.get(moduleId) ?? []);
    },
    async revoke(moduleId, permission) {
      await load(moduleId);
      const remembered = decisions.get(moduleId);
      if (permission === undefined) remembered?.clear();
      else remembered?.delete(permission);
      await save(moduleId);
    },
  };
}
