/**
 * Article bodies to HTML: the restricted Markdown of the news contract (CommonMark without raw
 * HTML) and plain text. Every character of the source is escaped, so raw HTML in a body shows as
 * text; link and image targets outside the contract's schemes become plain text. The result still
 * goes through the sanitizer (`sanitize.ts`) before it reaches a page.
 *
 * The subset: paragraphs, hard line breaks, headings (written one level below the article's
 * title, from `<h3>`), emphasis and strong emphasis, code spans and fenced code, block quotes,
 * bullet and numbered lists, thematic breaks, inline links, reference links, autolinks
 * (`<https://…>`) and images.
 *
 * @internal
 * @module
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values.
 *
 * @param text - Any text.
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Link targets the contract allows: `https:` (and `http:`), `mailto:`, `tel:`, an app path, an anchor. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;
/** Image sources the contract allows: `https:` only. */
const SAFE_IMAGE = /^https:\/\//i;

/** Backslash escapes of CommonMark: `\*` is a literal `*`. */
const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
/** Marks a backslash-escaped character while inline markup is read (a private-use character). */
const PLACEHOLDER = '\uE000';

type References = ReadonlyMap<string, string>;

const normalizeLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** A link, or its text alone when the target is not allowed. */
function link(text: string, target: string): string {
  return SAFE_LINK.test(target) ? `<a href="${escapeHtml(target)}">${text}</a>` : text;
}

/** An image, or its alt text alone when the source is not allowed. */
function image(alt: string, source: string): string {
  return SAFE_IMAGE.test(source) ? `<img src="${escapeHtml(source)}" alt="${escapeHtml(alt)}">` : escapeHtml(alt);
}

const INLINE = new RegExp(
  [
    /(`+)([\s\S]*?[^`])\1(?!`)/.source, // 1, 2: code span
    /!\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/.source, // 3, 4: image
    /\[((?:[^[\]]|\[[^\]]*\])+)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/.source, // 5, 6: inline link
    /\[((?:[^[\]]|\[[^\]]*\])+)\]\[([^\]]*)\]/.source, // 7, 8: full or collapsed reference link
    /<((?:https?:\/\/|mailto:|tel:)[^\s<>]+)>/.source, // 9: autolink
    /\*\*(?=\S)([\s\S]*?\S)\*\*/.source, // 10: strong
    /__(?=\S)([\s\S]*?\S)__(?![A-Za-z0-9])/.source, // 11: strong
    /\*(?=[^\s*])([\s\S]*?[^\s*])\*/.source, // 12: emphasis
    /(?<![A-Za-z0-9])_(?=[^\s_])([\s\S]*?[^\s_])_(?![A-Za-z0-9])/.source, // 13: emphasis
    /~~(?=\S)([\s\S]*?\S)~~/.source, // 14: strikethrough
    / {2,}\n|\\\n/.source, // hard line break
  ].join('|'),
  'g',
);

/**
 * Renders the inline content of a block.
 *
 * @param source - Markdown text (unescaped).
 * @param references - Reference definitions, by normalized label.
 */
function inline(source: string, references: References): string {
  // Backslash escapes become placeholders, so that an escaped `*` never starts emphasis.
  const escaped: string[] = [];
  const text = source.replaceAll(PLACEHOLDER, '').replace(ESCAPABLE, (_match, character: string) => {
    escaped.push(character);
    return `${PLACEHOLDER}${escaped.length - 1}${PLACEHOLDER}`;
  });
  const restore = (html: string): string => html.replace(/\uE000(\d+)\uE000/g, (_match, index: string) => escapeHtml(escaped[Number(index)] ?? ''));
  return restore(render(text));

  function render(part: string): string {
    let html = '';
    let last = 0;
    for (const match of part.matchAll(INLINE)) {
      html += escapeHtml(part.slice(last, match.index)).replace(/\n/g, ' ');
      last = match.index + match[0].length;
      const [whole, , code, alt, source, linkText, target, refText, refLabel, autolink, strong1, strong2, em1, em2, struck] = match;
      if (code !== undefined) html += `<code>${escapeHtml(code.trim() === '' ? code : code.replace(/^ (.*) $/s, '$1'))}</code>`;
      else if (alt !== undefined) html += image(alt, source ?? '');
      else if (linkText !== undefined) html += link(render(linkText), target ?? '');
      else if (refText !== undefined) {
        const target = references.get(normalizeLabel(refLabel === '' || refLabel === undefined ? refText : refLabel));
        html += target === undefined ? escapeHtml(whole) : link(render(refText), target);
      } else if (autolink !== undefined) html += link(escapeHtml(autolink), autolink);
      else if (strong1 !== undefined || strong2 !== undefined) html += `<strong>${render(strong1 ?? strong2 ?? '')}</strong>`;
      else if (em1 !== undefined || em2 !== undefined) html += `<em>${render(em1 ?? em2 ?? '')}</em>`;
      else if (struck !== undefined) html += `<del>${render(struck)}</del>`;
      else html += '<br>';
    }
    return html + escapeHtml(part.slice(last)).replace(/\n/g, ' ');
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const BULLET = /^ {0,3}([-+*])[ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const REFERENCE = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** Whether a line starts a block other than a paragraph (and so ends a paragraph). */
function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || BULLET.test(line) || ORDERED.test(line);
}

/** Renders block content: a sequence of lines. */
function blocks(lines: readonly string[], references: References): string {
  let html = '';
  let at = 0;
  while (at < lines.length) {
    const line = lines[at]!;
    if (BLANK.test(line)) {
      at += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence !== null) {
      const marker = fence[1]!;
      const code: string[] = [];
      at += 1;
      while (at < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(lines[at]!)) code.push(lines[at++]!);
      at += 1;
      html += `<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading !== null) {
      const level = Math.min(6, heading[1]!.length + 2);
      html += `<h${level}>${inline(heading[2] ?? '', references)}</h${level}>`;
      at += 1;
      continue;
    }
    if (RULE.test(line)) {
      html += '<hr>';
      at += 1;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (at < lines.length && !BLANK.test(lines[at]!)) {
        const match = QUOTE.exec(lines[at]!);
        quoted.push(match === null ? lines[at]! : match[1]!);
        at += 1;
      }
      html += `<blockquote>${blocks(quoted, references)}</blockquote>`;
      continue;
    }
    const list = BULLET.test(line) ? BULLET : ORDERED.test(line) ? ORDERED : undefined;
    if (list !== undefined) {
      const items: string[][] = [];
      const first = list.exec(line)!;
      const start = list === ORDERED ? Number(first[1]) : 1;
      while (at < lines.length) {
        const current = lines[at]!;
        const item = list.exec(current);
        if (item !== null) {
          items.push([item[2]!]);
        } else if (BLANK.test(current)) {
          // A blank line ends the list unless the next line is another item or is indented.
          const next = lines[at + 1];
          if (next === undefined || !(list.test(next) || /^ {2,}\S/.test(next))) break;
          items[items.length - 1]!.push('');
        } else if (/^ {2,}\S/.test(current) || !startsBlock(current)) {
          items[items.length - 1]!.push(current.replace(/^ {2,4}/, ''));
        } else break;
        at += 1;
      }
      const tag = list === ORDERED ? 'ol' : 'ul';
      const rendered = items.map((item) => {
        const content = blocks(item, references);
        // A tight item (one paragraph) is written without its <p>.
        return `<li>${/^<p>(?:(?!<p>)[\s\S])*<\/p>$/.test(content) ? content.slice(3, -4) : content}</li>`;
      });
      html += `<${tag}${tag === 'ol' && start !== 1 ? ` start="${start}"` : ''}>${rendered.join('')}</${tag}>`;
      continue;
    }
    const paragraph: string[] = [];
    while (at < lines.length && !BLANK.test(lines[at]!) && (paragraph.length === 0 || !startsBlock(lines[at]!))) paragraph.push(lines[at++]!.replace(/^[ \t]+/, ''));
    html += `<p>${inline(paragraph.join('\n').replace(/[ \t]+$/, ''), references)}</p>`;
  }
  return html;
}

/**
 * Renders a restricted Markdown body as HTML. Never throws; raw HTML shows as text.
 *
 * @param source - The body.
 * @internal
 * @example
 * ```ts
 * markdownToHtml('Hubungi [112](tel:112) **sekarang**.');
 * // '<p>Hubungi <a href="tel:112">112</a> <strong>sekarang</strong>.</p>'
 * ```
 */
export function markdownToHtml(source: string): string {
  const references = new Map<string, string>();
  const lines: string[] = [];
  let inFence = false;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    const reference = inFence ? null : REFERENCE.exec(line);
    if (reference === null) lines.push(line);
    else if (!references.has(normalizeLabel(reference[1]!))) references.set(normalizeLabel(reference[1]!), reference[2]!);
  }
  return blocks(lines, references);
}

/**
 * Renders a plain-text body as HTML: paragraphs at blank lines, line breaks kept.
 *
 * @param source - The body.
 * @internal
 */
export function plainTextToHtml(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
