/**
 * Reading CAP 1.2 XML (such as BMKG's nowcast warnings) into the `capAlertSchema` shape, safely:
 * no DTDs, no entity declarations, no entity expansion, a size cap, and a depth cap. It lives in
 * its own entry point, `@gerbang/contracts/cap`, so that apps that never read XML never bundle an
 * XML parser.
 *
 * @module
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { capAlertSchema, type CapAlert } from '../alerts/schema.ts';
import type { CodecResult } from '../identity/result.ts';
import { validate, type ValidationIssue } from '../validation.ts';

/** The XML namespace of CAP 1.2. */
export const CAP_12_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** The longest document {@link parseCapAlert} reads by default, in characters (1 MiB of ASCII). */
export const CAP_DEFAULT_MAX_LENGTH = 1_048_576;

/**
 * Why a CAP document was refused:
 * - `not-text`: the input is not a string;
 * - `too-large`: it is longer than the limit;
 * - `doctype-forbidden`: it has a `<!DOCTYPE` (DTDs enable external entities, XXE);
 * - `entity-forbidden`: it declares entities (`<!ENTITY`, entity expansion bombs);
 * - `malformed-xml`: it is not well-formed XML, or nests deeper than CAP ever does;
 * - `not-cap`: the root is not a CAP 1.2 `alert` element;
 * - `invalid-cap`: it is a CAP alert, but breaks CAP's rules (`issues` says where).
 */
export type CapParseFailureReason = 'not-text' | 'too-large' | 'doctype-forbidden' | 'entity-forbidden' | 'malformed-xml' | 'not-cap' | 'invalid-cap';

/** Why {@link parseCapAlert} refused a document, as data. */
export interface CapParseError {
  /** Why; see {@link CapParseFailureReason}. */
  readonly reason: CapParseFailureReason;
  /** A sentence for people. */
  readonly message: string;
  /** For `invalid-cap`: every rule broken, each at its path in the alert (`info[0].area[1].polygons[0]`). */
  readonly issues?: readonly ValidationIssue[];
}

/** Options of {@link parseCapAlert}. */
export interface ParseCapAlertOptions {
  /**
   * The longest document accepted, in characters.
   * @default CAP_DEFAULT_MAX_LENGTH (1,048,576)
   */
  maxLength?: number;
}

const ARRAY_ELEMENTS = new Set(['info', 'area', 'polygon', 'circle', 'geocode', 'eventCode', 'parameter', 'category', 'responseType', 'code', 'resource']);
const MAX_DEPTH = 16;

/**
 * Parses a CAP 1.2 alert from XML. Hostile input is refused before it reaches the XML parser: a
 * document longer than `maxLength`, any `<!DOCTYPE` (so no external entities: XXE) and any
 * `<!ENTITY` (so no expansion bombs such as "billion laughs"). The parser itself runs with entity
 * processing off; only XML's five predefined entities and numeric character references are
 * decoded, once, with no expansion. Processing instructions such as BMKG's `<?xml-stylesheet?>`
 * are skipped. Never throws.
 *
 * Polygons (`lat,lon lat,lon ...`) become `[lat, lon]` pairs and circles (`lat,lon radius`)
 * `{ center, radiusKm }`; the result is then checked with `capAlertSchema` (closed polygons, CAP
 * value lists, times with offsets).
 *
 * @param xml - The CAP document.
 * @param options - The size limit.
 * @example
 * ```ts
 * import { parseCapAlert } from '@gerbang/contracts/cap';
 *
 * const result = parseCapAlert(await response.text());
 * if (result.ok) show(result.value.info[0]?.headline);
 * else log(result.error.reason, result.error.message);
 * ```
 */
export function parseCapAlert(xml: string, options: ParseCapAlertOptions = {}): CodecResult<CapAlert, CapParseError> {
  const fail = (reason: CapParseFailureReason, message: string, issues?: readonly ValidationIssue[]) =>
    ({ ok: false, error: { reason, message, ...(issues === undefined ? {} : { issues }) } }) as const;
  const input: unknown = xml;
  if (typeof input !== 'string') return fail('not-text', `a CAP document must be a string, not ${input === null ? 'null' : typeof input}`);
  const maxLength = options.maxLength ?? CAP_DEFAULT_MAX_LENGTH;
  if (xml.length > maxLength) return fail('too-large', `the document has ${xml.length} characters, more than the limit of ${maxLength}`);
  if (/<!DOCTYPE/i.test(xml)) return fail('doctype-forbidden', 'the document has a <!DOCTYPE>, which CAP does not need and which enables external entities; it is refused');
  if (/<!ENTITY/i.test(xml)) return fail('entity-forbidden', 'the document declares entities (<!ENTITY>), which can expand without bound; it is refused');

  let root: unknown;
  try {
    // The validator that ships with fast-xml-parser 5 is marked deprecated in favour of the separate
    // fast-xml-validator package, which would add two more dependencies for the same check; move to it
    // with fast-xml-parser 6.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const wellFormed = XMLValidator.validate(xml);
    if (wellFormed !== true) {
      const { msg, line, col } = wellFormed.err;
      return fail('malformed-xml', `the document is not well-formed XML: ${msg.replace(/\s+/g, ' ')} (line ${line}, column ${col})`);
    }
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      removeNSPrefix: true,
      processEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      cdataPropName: '#cdata',
      maxNestedTags: MAX_DEPTH,
      isArray: (name: string) => ARRAY_ELEMENTS.has(name),
    });
    root = parser.parse(xml);
  } catch (cause) {
    return fail('malformed-xml', `the document could not be parsed: ${cause instanceof Error ? cause.message : 'unknown error'}`);
  }

  const alert = child(root, 'alert');
  if (alert === undefined || !isRecord(alert)) return fail('not-cap', 'the root element is not a CAP <alert>');
  if (alertNamespace(xml) !== CAP_12_NAMESPACE) return fail('not-cap', `the <alert> is not in the CAP 1.2 namespace "${CAP_12_NAMESPACE}"`);

  const result = validate(capAlertSchema, readAlert(alert), { subject: 'CAP alert' });
  if (result.success) return { ok: true, value: result.data };
  return fail('invalid-cap', result.error.message, result.error.issues);
}

// ---------------------------------------------------------------------------------------------
// internals: from the parser's tree to the JSON shape of capAlertSchema

type XmlNode = Record<string, unknown>;

/** The namespace the root `alert` element is in: the one bound to its prefix, or the default one. */
function alertNamespace(xml: string): string | undefined {
  // Skip the prolog (declaration, processing instructions, comments) step by step, without a
  // backtracking pattern, then read the root's start tag.
  let at = 0;
  for (;;) {
    while (at < xml.length && /\s/.test(xml.charAt(at))) at += 1;
    const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : undefined;
    if (close === undefined) break;
    const end = xml.indexOf(close, at);
    if (end === -1) return undefined;
    at = end + close.length;
  }
  const start = /^<(?:([A-Za-z_][\w.-]*):)?alert(\s[^>]*)?>/.exec(xml.slice(at, at + 4096));
  if (start === null) return undefined;
  const [, prefix, attributes = ''] = start;
  for (const [, name, , value] of attributes.matchAll(/\sxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])(.*?)\2/g)) {
    if (name === prefix) return value;
  }
  return undefined;
}

function isRecord(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(node: unknown, name: string): unknown {
  return isRecord(node) && Object.hasOwn(node, name) ? node[name] : undefined;
}

function children(node: unknown, name: string): unknown[] {
  const value = child(node, name);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element: its text and CDATA; entities in the text (not the CDATA) are decoded. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeEntities(value);
  if (!isRecord(value)) return undefined;
  const text = value['#text'];
  const cdata = value['#cdata'];
  const parts = [typeof text === 'string' ? decodeEntities(text) : '', ...(Array.isArray(cdata) ? (cdata as unknown[]) : [cdata]).map((part): unknown => (isRecord(part) ? part['#text'] : part)).filter((part): part is string => typeof part === 'string')];
  const joined = parts.join('');
  return joined === '' && text === undefined && cdata === undefined ? '' : joined;
}

function text(node: unknown, name: string): string | undefined {
  const value = child(node, name);
  return value === undefined ? undefined : textOf(Array.isArray(value) ? value[0] : value);
}

function texts(node: unknown, name: string): (string | undefined)[] {
  return children(node, name).map(textOf);
}

function optional(name: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [name]: value };
}

function valuePairs(node: unknown, name: string): { valueName: string | undefined; value: string | undefined }[] {
  return children(node, name).map((pair) => ({ valueName: text(pair, 'valueName'), value: text(pair, 'value') }));
}

function readPoint(text: string): [number, number] {
  const [lat = '', lon = ''] = text.split(',');
  return [readNumber(lat), readNumber(lon)];
}

function readNumber(text: string): number {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(text) ? Number(text) : Number.NaN;
}

function readAlert(alert: XmlNode): unknown {
  return {
    identifier: text(alert, 'identifier'),
    sender: text(alert, 'sender'),
    sent: text(alert, 'sent'),
    status: text(alert, 'status'),
    msgType: text(alert, 'msgType'),
    ...optional('source', text(alert, 'source')),
    scope: text(alert, 'scope'),
    ...optional('restriction', text(alert, 'restriction')),
    ...optional('addresses', text(alert, 'addresses')),
    code: texts(alert, 'code'),
    ...optional('note', text(alert, 'note')),
    ...optional('references', text(alert, 'references')),
    ...optional('incidents', text(alert, 'incidents')),
    info: children(alert, 'info').map(readInfo),
  };
}

function readInfo(info: unknown): unknown {
  return {
    ...optional('language', text(info, 'language')),
    category: texts(info, 'category'),
    event: text(info, 'event'),
    responseType: texts(info, 'responseType'),
    urgency: text(info, 'urgency'),
    severity: text(info, 'severity'),
    certainty: text(info, 'certainty'),
    ...optional('audience', text(info, 'audience')),
    eventCode: valuePairs(info, 'eventCode'),
    ...optional('effective', text(info, 'effective')),
    ...optional('onset', text(info, 'onset')),
    ...optional('expires', text(info, 'expires')),
    ...optional('senderName', text(info, 'senderName')),
    ...optional('headline', text(info, 'headline')),
    ...optional('description', text(info, 'description')),
    ...optional('instruction', text(info, 'instruction')),
    ...optional('web', text(info, 'web')),
    ...optional('contact', text(info, 'contact')),
    parameter: valuePairs(info, 'parameter'),
    area: children(info, 'area').map(readArea),
  };
}

function readArea(area: unknown): unknown {
  const altitude = text(area, 'altitude');
  const ceiling = text(area, 'ceiling');
  return {
    areaDesc: text(area, 'areaDesc'),
    polygons: texts(area, 'polygon').map((polygon) => (polygon ?? '').trim().split(/\s+/).filter((pair) => pair !== '').map(readPoint)),
    circles: texts(area, 'circle').map((circle) => {
      const [center = '', radius = ''] = (circle ?? '').trim().split(/\s+/);
      return { center: readPoint(center), radiusKm: readNumber(radius) };
    }),
    geocodes: valuePairs(area, 'geocode'),
    ...(altitude === undefined ? {} : { altitude: readNumber(altitude) }),
    ...(ceiling === undefined ? {} : { ceiling: readNumber(ceiling) }),
  };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML's five predefined entities and numeric character references, once; anything else is left as written. */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = decimal === undefined ? Number.parseInt(hex ?? '', 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
