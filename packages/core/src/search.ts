/**
 * Search over short texts (names, keywords, descriptions), ignoring case and accents, with
 * token-prefix matching and a ranking by where the words matched. The index is built once.
 *
 * @module
 */

/** What {@link createSearchIndex} indexes for one item. */
export interface SearchEntry<TItem> {
  /** The item returned by searches. */
  readonly item: TItem;
  /** Its names, in every language. */
  readonly names: readonly (string | undefined)[];
  /** Its keywords, in every language. */
  readonly keywords: readonly (string | undefined)[];
  /** Its descriptions, in every language. */
  readonly descriptions: readonly (string | undefined)[];
}

/** A search index over items. */
export interface SearchIndex<TItem> {
  /**
   * The items matching every word of the query, best first.
   *
   * @param query - What the user typed.
   * @param limit - The most items to return.
   */
  search(query: string, limit: number): readonly TItem[];
}

/** Added when the whole query starts a name. */
const WHOLE_NAME_PREFIX = 16;

interface IndexedEntry<TItem> {
  readonly item: TItem;
  readonly position: number;
  readonly names: readonly string[];
  /**
   * The tokens a query word is matched against, best first: the first word of a name (scores 8),
   * the other words of names (4), keywords (2), descriptions (1).
   */
  readonly tiers: readonly (readonly string[])[];
}

/**
 * Builds a search index. Every text is folded once: decomposed (NFD), stripped of combining
 * marks and lower-cased, so that `Pengaduan`, `pengaduan` and `Péngaduan` are the same word.
 *
 * @param entries - The items and their texts, in the order ties are returned.
 */
export function createSearchIndex<TItem>(entries: readonly SearchEntry<TItem>[]): SearchIndex<TItem> {
  const indexed: IndexedEntry<TItem>[] = entries.map((entry, position) => {
    const names = present(entry.names).map(foldText);
    const nameTokens = names.map(tokenize);
    return {
      item: entry.item,
      position,
      names,
      tiers: [
        unique(nameTokens.flatMap((tokens) => tokens.slice(0, 1))),
        unique(nameTokens.flatMap((tokens) => tokens.slice(1))),
        unique(present(entry.keywords).flatMap((text) => tokenize(foldText(text)))),
        unique(present(entry.descriptions).flatMap((text) => tokenize(foldText(text)))),
      ],
    };
  });

  return {
    search(query, limit) {
      if (typeof query !== 'string' || !(limit > 0)) return [];
      const folded = foldText(query).trim();
      const words = unique(tokenize(folded));
      if (words.length === 0) return [];
      const scored: { entry: IndexedEntry<TItem>; score: number }[] = [];
      for (const entry of indexed) {
        let score = 0;
        for (const word of words) {
          const best = scoreWord(entry, word);
          if (best === 0) {
            score = 0;
            break;
          }
          score += best;
        }
        if (score === 0) continue;
        if (entry.names.some((name) => name.startsWith(folded))) score += WHOLE_NAME_PREFIX;
        scored.push({ entry, score });
      }
      scored.sort((a, b) => b.score - a.score || a.entry.position - b.entry.position);
      return scored.slice(0, Math.floor(limit)).map(({ entry }) => entry.item);
    },
  };
}

/** How much a query word scores: 8, 4, 2 or 1 by the best tier it starts a token of; 0 when none. */
function scoreWord(entry: IndexedEntry<unknown>, word: string): number {
  for (let tier = 0; tier < entry.tiers.length; tier++) {
    if (entry.tiers[tier]!.some((token) => token.startsWith(word))) return 8 >> tier;
  }
  return 0;
}

// The ranges are the combining-mark blocks themselves, so no character in the class is combined.
// eslint-disable-next-line no-misleading-character-class
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Whitespace and ASCII punctuation separate words. */
const SEPARATORS = /[\s!-/:-@[-`{-~]+/;

/**
 * Folds text for search: NFD, without combining marks, lower-cased. `Café` → `cafe`.
 *
 * @param text - Any text.
 */
export function foldText(text: string): string {
  let decomposed = text;
  try {
    decomposed = text.normalize('NFD');
  } catch {
    // Engines without Unicode normalization still match case-insensitively.
  }
  return decomposed.replace(COMBINING_MARKS, '').toLowerCase();
}

function tokenize(folded: string): string[] {
  return folded.split(SEPARATORS).filter((token) => token !== '');
}

function present(texts: readonly (string | undefined)[]): string[] {
  return texts.filter((text): text is string => typeof text === 'string' && text !== '');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
