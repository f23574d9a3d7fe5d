/**
 * Web addresses written as links: `https://…`, `http://…`, `ftp://…` and `www.…`. Trailing sentence punctuation and
 * an unmatched closing bracket are not part of the link. A link carrying an email address, a token or a personal
 * identifier in its query is more likely personal data than a plain link and gets a higher confidence.
 */
import { isAlnum } from '../context';
import type { Detector } from '../detector';

/** A link from its start (`http://`, `https://`, `ftp://`, `www.`), read to the first space or bracket-like stop. */
const LINK = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+/iy;
/** Where a `www.` link may start, in any case. */
const WWW = /www\./gi;
const PERSONAL_QUERY = /[?&#](?:[^=&]*(?:email|mail|user|name|token|session|id|phone|dob|code)[^=&]*)=|%40|@/i;

/** Length of `url` without trailing punctuation; a closing bracket stays when it closes one in the link. */
function trimEnd(url: string): number {
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    if (url[i] === '(') open++;
    else if (url[i] === ')') close++;
  }
  let end = url.length;
  while (end > 0 && '.,;:!?\'")]}>'.includes(url[end - 1]!)) {
    if (url[end - 1] === ')') {
      if (close <= open) break;
      close--;
    }
    end--;
  }
  return end;
}

/** The URL detector. */
export const urlDetector: Detector = {
  kind: 'url',
  detect(scan, emit) {
    const text = scan.text;
    let done = 0;
    const tryAt = (start: number): void => {
      if (start < done || isAlnum(text.charCodeAt(start - 1))) return;
      LINK.lastIndex = start;
      const m = LINK.exec(text);
      if (m === null) return;
      const end = start + trimEnd(m[0]);
      done = start + m[0].length;
      const body = text.slice(start, end);
      const rest = body.replace(/^[a-z]+:\/\//i, '');
      const cut = rest.search(/[/?#:]/); // one search, where `split` would try each position
      const host = cut === -1 ? rest : rest.slice(0, cut);
      if (!/[a-z0-9-]\.[a-z]{2,}$/i.test(host) && !/^localhost$|^\d+\.\d+\.\d+\.\d+$|^\[/i.test(host)) return;
      emit(start, end, PERSONAL_QUERY.test(body) ? 0.9 : 0.7);
    };
    // `://` is rare in prose, so indexOf finds those link starts far faster than a regex scan.
    const starts: number[] = [];
    for (let i = text.indexOf('://'); i !== -1; i = text.indexOf('://', i + 3)) {
      const s = i - (text.charCodeAt(i - 1) === 115 || text.charCodeAt(i - 1) === 83 ? 5 : 4);
      if (s >= 0) starts.push(s, i - 3);
    }
    // One case-insensitive regex pass for `www.` (three `indexOf` passes, one per spelling, cost more).
    WWW.lastIndex = 0;
    while (WWW.test(text)) starts.push(WWW.lastIndex - 4);
    starts.sort((a, b) => a - b);
    for (const s of starts) tryAt(s);
  },
  positives: [
    { text: 'See https://www.example.com/account?id=42.', match: 'https://www.example.com/account?id=42' },
    { text: 'portal (www.example.org/login) is down', match: 'www.example.org/login' },
    {
      text: 'reset link: http://example.co.uk/reset?email=jane%40example.com',
      match: 'http://example.co.uk/reset?email=jane%40example.com',
    },
  ],
  negatives: [
    'Use the www. prefix when typing it.',
    'The protocol is https:// and nothing else.',
    'See example.com for more.',
  ],
};
