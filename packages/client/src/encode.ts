/**
 * Turning a validated call input into a URL and a body: query strings with bracketed keys for
 * nested objects (`attribute[code]=v`, as Open311 does), JSON, URL-encoded forms, and multipart
 * forms with files.
 *
 * @module
 */

/** Writes a scalar as text (dates as ISO 8601), or `undefined` for anything else. */
function scalar(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : undefined;
}

/** Appends every leaf of `value` under `name`, with brackets for nested keys. */
function flatten(name: string, value: unknown, form: URLSearchParams): void {
  const text = scalar(value);
  if (text !== undefined) form.append(name, text);
  else if (Array.isArray(value)) for (const item of value) flatten(name, item, form);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) flatten(name === '' ? key : `${name}[${key}]`, item, form);
  }
}

/** @internal Encodes a URL-encoded form body, or a query string's content. */
export function encodeForm(body: unknown): URLSearchParams {
  const form = new URLSearchParams();
  flatten('', body, form);
  return form;
}

/** @internal Writes a query string, with its leading `?`, or `''` when there is nothing to send. */
export function encodeQuery(query: unknown): string {
  const text = query === undefined ? '' : encodeForm(query).toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * @internal Builds a multipart form: a `Blob` or `File` becomes a file part (its name kept), an
 * array becomes repeated parts, a nested object becomes a part of type `application/json`, and
 * anything else a text part.
 */
export function encodeMultipart(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      const text = scalar(item);
      if (item instanceof Blob) form.append(name, item, (item as Partial<File>).name ?? name);
      else if (text !== undefined) form.append(name, text);
      else if (typeof item === 'object' && item !== null) form.append(name, new Blob([JSON.stringify(item)], { type: 'application/json' }), `${name}.json`);
    }
  }
  return form;
}
