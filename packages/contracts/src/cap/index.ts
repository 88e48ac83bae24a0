/**
 * `@gerbang/contracts/cap`: reading CAP 1.2 alerts from XML, such as BMKG's nowcast warnings. It
 * is a separate entry point so that the XML parser is bundled only by apps that read CAP XML; the
 * JSON shape of alerts (`capAlertSchema`) is in the main entry.
 *
 * @packageDocumentation
 */
export { CAP_12_NAMESPACE, CAP_DEFAULT_MAX_LENGTH, parseCapAlert } from './parse.ts';
export type { CapParseError, CapParseFailureReason, ParseCapAlertOptions } from './parse.ts';
