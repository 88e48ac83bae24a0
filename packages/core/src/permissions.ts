/**
 * Permissions: declared in the manifest, allowed by the host's policy, granted by the citizen
 * through the host's consent prompt, remembered per module, revocable, and audited when sensitive.
 *
 * @module
 */
import { isPermissionId, PERMISSIONS } from '@gerbang/contracts';
import type { LocalizedText, Manifest, PermissionDescriptor, PermissionId } from '@gerbang/contracts';
import type { HostBrandPermissionPolicy } from './brand.ts';
import { DEV } from './dev.ts';
import { PermissionDeniedError, type PermissionDenialReason } from './errors.ts';
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
  const { storage, logger, consent } = options;
  /** The remembered answers of each module whose grants were loaded (or are loading). */
  const decisions = new Map<string, Map<PermissionId, PermissionDecision>>();
  /** Each module's grants, read from storage once. */
  const loading = new Map<string, Promise<Map<PermissionId, PermissionDecision>>>();
  /** The prompts on screen, by `<moduleId> <permission>`, so that a question is never asked twice at once. */
  const prompts = new Map<string, Promise<boolean>>();
  const audit: AuditEntry[] = [];

  // Every policy applies: a permission is blocked when any of them denies it or allows only others.
  const blocked = (permission: PermissionId): boolean =>
    options.policies.some((policy) => policy?.deny?.includes(permission) || policy?.allow?.includes(permission) === false);
  const declared = (manifest: Manifest, permission: PermissionId) => manifest.permissions.find((entry) => entry.id === permission);
  const save = (moduleId: string, answers: Map<PermissionId, PermissionDecision>): Promise<void> =>
    storage.set(`grants/${moduleId}`, Object.fromEntries(answers)).catch((cause: unknown) => {
      logger.warn(DEV ? 'could not save permission grants' : 'grants', { module: moduleId, error: cause });
    });

  const answersOf = (moduleId: string): Promise<Map<PermissionId, PermissionDecision>> => {
    let pending = loading.get(moduleId);
    if (!pending) {
      const remembered = new Map<PermissionId, PermissionDecision>();
      decisions.set(moduleId, remembered);
      pending = storage
        .get<Record<string, unknown>>(`grants/${moduleId}`)
        .catch((cause: unknown) => {
          logger.warn(DEV ? 'could not read permission grants; asking again' : 'grants', { module: moduleId, error: cause });
        })
        .then((stored) => {
          // Anything else in storage (a hand-edited or older value) is ignored: the citizen is asked again.
          for (const [permission, decision] of Object.entries(stored ?? {})) {
            if (isPermissionId(permission) && (decision === 'granted' || decision === 'denied')) remembered.set(permission, decision);
          }
          return remembered;
        });
      loading.set(moduleId, pending);
    }
    return pending;
  };

  return {
    audit,
    load: async (moduleId) => {
      await answersOf(moduleId);
    },
    status: (manifest, permission) =>
      !declared(manifest, permission) ? 'undeclared' : blocked(permission) ? 'blocked' : (decisions.get(manifest.id)?.get(permission) ?? 'prompt'),
    request(manifest, permission, purpose) {
      const { id } = manifest;
      const declaration = declared(manifest, permission);
      if (!declaration) throw new PermissionDeniedError(id, permission, 'undeclared');
      return (async () => {
        let reason: PermissionDenialReason | undefined = 'policy';
        if (!blocked(permission)) {
          const answers = await answersOf(id);
          const remembered = answers.get(permission);
          const key = `${id} ${permission}`;
          let prompt = prompts.get(key);
          // Without a consent prompt, every permission that needs consent is refused.
          if (!remembered && !prompt && consent) {
            prompt = (async () => {
              try {
                const granted = await consent({ moduleId: id, moduleName: manifest.name, permission, descriptor: PERMISSIONS[permission], rationale: declaration.rationale });
                answers.set(permission, granted ? 'granted' : 'denied');
                await save(id, answers);
                return granted;
              } catch (cause) {
                logger.warn(DEV ? 'the consent prompt failed; the permission is refused this time' : 'consent', { module: id, permission, error: cause });
                return false;
              }
            })().finally(() => prompts.delete(key));
            prompts.set(key, prompt);
          }
          reason = (remembered ? remembered === 'granted' : await prompt) ? undefined : 'citizen';
        }
        // Only sensitive permissions are audited; the log keeps the newest `auditLimit` entries.
        if (PERMISSIONS[permission].sensitive) {
          const entry: AuditEntry = { time: options.now(), moduleId: id, permission, outcome: reason ? 'denied' : 'granted', ...(typeof purpose === 'string' && { purpose }) };
          if (audit.push(entry) > options.auditLimit) audit.shift();
          options.onAudit(entry);
        }
        if (reason) throw new PermissionDeniedError(id, permission, reason);
      })();
    },
    grants: async (moduleId) => Object.fromEntries(await answersOf(moduleId)),
    async revoke(moduleId, permission) {
      const answers = await answersOf(moduleId);
      if (permission === undefined) answers.clear();
      else answers.delete(permission);
      await save(moduleId, answers);
    },
  };
}
