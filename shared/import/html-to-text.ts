/**
 * Turns an HTML mail body into plain text with a small linear tokenizer: no DOM, no innerHTML, nothing executed or
 * fetched. Tags are dropped (block tags become line breaks), the content of script/style/head/template/noscript is
 * dropped whole, comments are dropped, common character references are decoded.
 */

const SKIP_CONTENT = new Set(['script', 'style', 'head', 'template', 'noscript', 'title', 'xml', 'svg', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
]); // biome-ignore format: a word list
const CELL = new Set(['td', 'th']);
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', trade: '™', euro: '€',
  pound: '£', yen: '¥', cent: '¢', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“',
  rdquo: '”', bull: '•', middot: '·', deg: '°', times: '×', shy: '', zwnj: '', zwj: '', ensp: ' ', emsp: ' ',
  thinsp: ' ',
}; // biome-ignore format: a table

/** See the file comment. Linear in the input's length. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) out.push(decodeEntities(html.slice(i, textEnd).replace(/\s+/g, ' ')));
    if (lt === -1) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(i, i + 64));
    if (!tag && !/^<[!?/]/.test(html.slice(i, i + 2))) {
      out.push('<');
      i++;
      continue;
    }
    const end = tagEnd(html, i + 1);
    const name = (tag?.[1] ?? '').toLowerCase();
    const closing = html[i + 1] === '/';
    i = end;
    if (!closing && SKIP_CONTENT.has(name) && html[end - 2] !== '/') {
      const closer = new RegExp(`</${name}`, 'gi');
      closer.lastIndex = end;
      const close = closer.exec(html)?.index ?? -1;
      i = close === -1 ? n : tagEnd(html, close + 1);
      if (name !== 'head' && name !== 'title') continue;
    }
    if (BLOCK.has(name)) out.push('\n');
    else if (CELL.has(name) && !closing) out.push('\t');
  }
  return tidy(out.join(''));
}

/** Index just past the `>` that ends the tag starting before `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let j = from; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
