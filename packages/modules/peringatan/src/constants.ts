/**
 * The freshness rules of the alerts module, exported from the package's entry and from its
 * implementation.
 *
 * @module
 */

/**
 * Active alerts count as stale when the list was last fetched more than this long ago: 15 minutes,
 * in milliseconds. The list is "what is in effect now", so its age is the age of the last answer
 * from the server; the view then shows a "Data lama" badge and says why.
 */
export const ALERTS_STALE_AFTER_MS = 15 * 60 * 1000;

/**
 * A flood gauge reading counts as stale when its `updatedAt` is more than this long ago: 1 hour,
 * in milliseconds. Each gauge is judged on its own reading, so that one gauge that stopped
 * reporting shows as stale even when the others are current.
 */
export const GAUGES_STALE_AFTER_MS = 60 * 60 * 1000;

/** How often an open alerts view refreshes itself: every 60 seconds, in milliseconds. */
export const PERINGATAN_POLL_INTERVAL_MS = 60 * 1000;
