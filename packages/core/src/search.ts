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
  /** Its names, its keywords and its descriptions, each in every language. */
  readonly texts: readonly [names: readonly (string | undefined)[], keywords: readonly (string | undefined)[], descriptions: readonly (string | undefined)[]];
}

/**
 * Searches an index: the items matching every word of the query, best first.
 *
 * @param query - What the user typed.
 * @param options - The most items to return (20 unless given).
 */
export type Search<TItem> = (query: string, options?: { readonly limit?: number }) => readonly TItem[];

/** Added when the whole query starts a name. */
const WHOLE_NAME_PREFIX = 16;

/**
 * Builds a search index. Every text is folded once: decomposed (NFD), stripped of combining
 * marks and lower-cased, so that `Pengaduan`, `pengaduan` and `Péngaduan` are the same word.
 *
 * @param entries - The items and their texts, in the order ties are returned.
 */
export function createSearchIndex<TItem>(entries: readonly SearchEntry<TItem>[]): Search<TItem> {
  const indexed = entries.map(({ item, texts: [names, ...others] }) => {
    const folded = names.map(foldText);
    // The tokens a query word is matched against, best first: the first word of a name (scores 8),
    // any word of a name (4), keywords (2), descriptions (1). Each tier is one string with a space
    // before every token, so that it includes " kop" when one of its tokens starts with "kop".
    const tiers = [folded.map((name) => words(name)[0]), folded, ...others.map((texts) => texts.map(foldText))].map((texts) =>
      ` ${texts.join(' ')}`.replace(SEPARATORS, ' '),
    );
    return [item, folded, tiers] as const;
  });

  return (query, options) => {
    const limit = options?.limit ?? 20;
    const folded = typeof query === 'string' ? foldText(query).trim() : '';
    const queryWords = [...new Set(words(folded))].map((word) => ` ${word}`);
    const scored: [score: number, item: TItem][] = [];
    if (limit > 0 && queryWords.length > 0) {
      for (const [item, names, tiers] of indexed) {
        let score = names.some((name) => name.startsWith(folded)) ? WHOLE_NAME_PREFIX : 0;
        // Every word must start a token; each adds 8, 4, 2 or 1 by the best tier it does so in.
        const matched = queryWords.every((word) => {
          const tier = tiers.findIndex((tokens) => tokens.includes(word));
          score += 8 >> tier;
          return tier >= 0;
        });
        if (matched) scored.push([score, item]);
      }
    }
    // The sort is stable, so ties keep the entries' order.
    return scored
      .sort((a, b) => b[0] - a[0])
      .slice(0, limit)
      .map(([, item]) => item);
  };
}

// The ranges are the combining-mark blocks themselves, so no character in the class is combined.
// eslint-disable-next-line no-misleading-character-class
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Whitespace and ASCII punctuation separate words. */
const SEPARATORS = /[\s!-/:-@[-`{-~]+/g;

/**
 * Folds text for search: NFD, without combining marks, lower-cased. `Café` → `cafe`.
 *
 * @param text - Any text; none folds to `''`.
 */
export function foldText(text = ''): string {
  try {
    text = text.normalize('NFD');
  } catch {
    // Engines without Unicode normalization still match case-insensitively.
  }
  return text.replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of folded text. */
function words(folded: string): string[] {
  return folded.split(SEPARATORS).filter(Boolean);
}
