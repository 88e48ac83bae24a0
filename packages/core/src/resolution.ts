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

const VISITING = 'visiting';
const RESOLVED = 'resolved';
const NO_BINDINGS = new Map<string, never>();

/**
 * Resolves `nodes` (and only them; others keep their outcome) by depth-first search, linear in the
 * size of their dependency closure. For each requirement it takes the highest satisfying version
 * whose provider resolves; a requirement reached again while it is being resolved is a cycle.
 *
 * @internal
 */
export function resolveModules<TNode extends Resolvable>(nodes: Iterable<TNode>, environment: ResolutionEnvironment<TNode>): void {
  const pending = new Set(nodes);
  const outcomes = new Map<TNode, ModuleBlock | typeof RESOLVED | typeof VISITING>();
  const bindings = new Map<TNode, Map<string, TNode | undefined>>();
  const path: TNode[] = [];

  const visit = (node: TNode): ModuleBlock | undefined => {
    if (!pending.has(node)) return node.settledBlock;
    const known = outcomes.get(node);
    if (known === VISITING) {
      const ids = path.slice(path.indexOf(node)).map((each) => each.manifest.id);
      return { code: 'dependency-cycle', message: `${DEV ? 'dependency cycle: ' : ''}${[...ids, node.manifest.id].join(' → ')}` };
    }
    if (known !== undefined) return known === RESOLVED ? undefined : known;
    outcomes.set(node, VISITING);
    path.push(node);
    const block = environment.refuse(node.manifest) ?? (node.requires.length > 0 ? bind(node) : undefined);
    path.pop();
    outcomes.set(node, block ?? RESOLVED);
    return block;
  };

  const bind = (node: TNode): ModuleBlock | undefined => {
    const bound = new Map<string, TNode | undefined>();
    bindings.set(node, bound);
    for (const [serviceId, range] of node.requires) {
      let refusal: ModuleBlock | undefined;
      const offers = environment.offers(serviceId);
      const found = offers.some((offer) => {
        if (!satisfies(offer.version, range)) return false;
        const block = offer.provider === node || offer.provider === undefined ? undefined : visit(offer.provider);
        if (block) refusal ??= block;
        else bound.set(serviceId, offer.provider === node ? undefined : offer.provider);
        return !block;
      });
      if (found) continue;
      if (refusal?.code === 'dependency-cycle') return refusal;
      const available = offers.map((offer) => `${offer.version} (${offer.provider ? `"${offer.provider.manifest.id}"` : 'host'})`);
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
  const cyclic = [...pending].filter((node) => {
    const outcome = outcomes.get(node);
    return typeof outcome === 'object' && outcome.code === 'dependency-cycle';
  });
  for (const node of cyclic) outcomes.delete(node);
  for (const node of cyclic) visit(node);

  for (const node of pending) {
    const outcome = outcomes.get(node);
    environment.settle(node, typeof outcome === 'object' ? outcome : undefined, bindings.get(node) ?? NO_BINDINGS);
  }
}

/** Sorts offers highest version first. @internal */
export function byVersionDescending<TNode>(a: Offer<TNode>, b: Offer<TNode>): number {
  return compareVersions(b.version, a.version);
}
