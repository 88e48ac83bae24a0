import { parseCapAlert } from '@gerbang/contracts/cap';
import * as fc from 'fast-check';
import { describe, it } from 'vitest';

const REASONS = new Set(['not-text', 'too-large', 'doctype-forbidden', 'entity-forbidden', 'malformed-xml', 'not-cap', 'invalid-cap']);

/** XML-ish text: tags, CAP element names, entities, declarations and noise, in any order. */
const token = fc.oneof(
  fc.constantFrom('<', '>', '/', '</', '/>', '<?', '?>', '<!', '<![CDATA[', ']]>', '<!--', '-->', '&', ';', '&amp;', '&#', '&#x', '"', "'", '=', ' ', '\n'),
  fc.constantFrom('alert', 'info', 'area', 'polygon', 'circle', 'identifier', 'xmlns', 'urn:oasis:names:tc:emergency:cap:1.2', 'DOCTYPE', 'ENTITY', 'cap:', '-5.3,105.2'),
  fc.string({ maxLength: 5 }),
);
const xmlish = fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join(''));

describe('parseCapAlert (property)', () => {
  it('never throws on random strings, and always returns a typed result', () => {
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 })), (xml) => {
        const result = parseCapAlert(xml);
        return result.ok ? Array.isArray(result.value.info) : REASONS.has(result.error.reason) && result.error.message.length > 0;
      }),
      { numRuns: 5_000 },
    );
  });
});
