/**
 * Dependency resolution: each module's required services (semver ranges) against the providers
 * on offer (host services and other modules' `provides`). A module whose requirements cannot be
 * met, or that cannot run here (engine, region, brand), is blocked with the reason stated.
 *
 * @module
 */
import { compareVersions, satisfies } from '@gerbang/contracts';
import type { Manifest } from '@gerbang/contracts';
import { DEV } from './dev.ts';

/** Why a module is blocked. */
export type ModuleBlockCode = 'engine-mismatch' | 'region-unavailable' | 'turned-off' | 'missing-service' | 'dependency-cycle';

/** Why a module is `blocked`: a code to act on and a sentence for people. */
export interface ModuleBlock {
  /** The kind of reason. */
  readonly code: ModuleBlockCode;
  /** What is wrong, naming the services, ranges, regions or versions involved. */
  readonly message: string;
}

/** A node of the dependency graph. @internal */
export interface Resolvable {
  readonly manifest: Manifest;
  /** The manifest's `requires`, as entries: read once, when the module is registered. */
  readonly requires: readonly (readonly [serviceId: string, range: string])[];
  /** Whether the node is out of play without being resolved again (blocked, disabled). */
  readonly settledBlock: ModuleBlock | undefined;
}

/** One provider of a service version: the host (`provider` undefined) or a module. @internal */
export interface Offer<TNode> {
  readonly version: string;
  readonly provider: TNode | undefined;
}

/** What resolution needs to know about the host. @internal */
export interface ResolutionEnvironment<TNode extends Resolvable> {
  /** A reason the host refuses the module before looking at its services: engine, region, brand. */
  refuse(manifest: Manifest): ModuleBlock | undefined;
  /** The versions on offer for a service id, highest first. */
  offers(serviceId: string): readonly Offer<TNode>[];
  /** Receives the outcome for each node resolved: its block, or the providers it is bound to. */
  settle(node: TNode, block: ModuleBlock | undefined, bindings: ReadonlyMap<string, TNode | undefined>): void;
}

const CYCLE = 'dependency-cycle';
/** The bindings of a module that requires nothing. @internal */
export const NO_BINDINGS: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * Resolves `nodes` (and only them; others keep their outcome) by depth-first search, linear in the
 * size of their dependency closure. For each requirement it takes the highest satisfying version
 * whose provider resolves; a requirement reached again while it is being resolved is a cycle.
 *
 * @internal
 */
export function resolveModules<TNode extends Resolvable>(nodes: Iterable<TNode>, environment: ResolutionEnvironment<TNode>): void {
  const pending = new Set(nodes);
  // Each node's block, undefined once it resolves, null while it is being resolved (on `path`).
  const outcomes = new Map<TNode, ModuleBlock | undefined | null>();
  const bindings = new Map<TNode, Map<string, TNode | undefined>>();
  const path: TNode[] = [];

  const visit = (node: TNode): ModuleBlock | undefined => {
    if (!pending.has(node)) return node.settledBlock;
    if (outcomes.has(node)) {
      const known = outcomes.get(node);
      if (known !== null) return known;
      const ids = [...path.slice(path.indexOf(node)), node].map((each) => each.manifest.id).join(' → ');
      return { code: CYCLE, message: DEV ? `dependency cycle: ${ids}` : ids };
    }
    outcomes.set(node, null);
    path.push(node);
    const block = environment.refuse(node.manifest) ?? bind(node);
    path.pop();
    outcomes.set(node, block);
    return block;
  };

  const bind = (node: TNode): ModuleBlock | undefined => {
    const bound = new Map<string, TNode | undefined>();
    bindings.set(node, bound);
    for (const [serviceId, range] of node.requires) {
      let refusal: ModuleBlock | undefined;
      const offers = environment.offers(serviceId);
      const found = offers.some(({ version, provider }) => {
        if (!satisfies(version, range)) return false;
        // A module may require a service it provides itself: it needs no provider for that one.
        if (provider === node) provider = undefined;
        const block = provider && visit(provider);
        refusal ??= block;
        if (!block) bound.set(serviceId, provider);
        return !block;
      });
      if (found) continue;
      if (refusal?.code === CYCLE) return refusal;
      const available = offers.map(({ version, provider }) => `${version} (${provider ? `"${provider.manifest.id}"` : 'host'})`);
      return {
        code: 'missing-service',
        message: DEV
          ? `requires service "${serviceId}" ${range}; ${
              available.length === 0 ? 'nothing provides it' : refusal ? `its provider cannot run: ${refusal.message}` : `available: ${available.join(', ')}`
            }`
          : `${serviceId} ${range}: ${refusal ? refusal.message : available.join(', ') || 'none'}`,
      };
    }
    return undefined;
  };

  for (const node of pending) visit(node);
  // A node blocked only because the search met a cycle through one alternative may resolve
  // through another, now that the rest is known: resolve those once more.
  for (const node of pending) if (outcomes.get(node)?.code === CYCLE) outcomes.delete(node);
  for (const node of pending) visit(node);

  for (const node of pending) environment.settle(node, outcomes.get(node) ?? undefined, bindings.get(node) ?? NO_BINDINGS);
}

/** Sorts offers highest version first. @internal */
export function byVersionDescending<TNode>(a: Offer<TNode>, b: Offer<TNode>): number {
  return compareVersions(b.version, a.version);
}
