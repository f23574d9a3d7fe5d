/**
 * The handler bundle as classic Outlook on Windows must load it: one classic script (no modules), and — because that
 * runtime is held to ES2016/ES2017 (see STYLE.md, TOOLCHAIN.md) — no regular-expression syntax newer than ES2017
 * (Unicode property escapes, lookbehind, named groups, the `s` flag), which an older engine rejects while parsing:
 * the whole script would fail to load, no handler would register, and SoftBlock would let mail go unchecked.
 * Checked twice: the bundle's text, and a vm run whose RegExp constructor rejects what an ES2017 engine rejects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { builtAddin } from './built-addin';
import { draftSpec, forwardedCardBody, unvetted } from './fixtures';
import { loadHandlerRuntime } from './run-handler';

const ES2018_REGEX = [
  { what: 'Unicode property escape', re: /\\[pP]\{/g },
  { what: 'lookbehind', re: /\(\?<[=!]/g },
  { what: 'named group', re: /\(\?<[A-Za-z_$]|\\k</g },
];

/** Known offenders (none today: the core avoids ES2018 regex syntax; add one only with a dated TODO and an owner). */
const KNOWN: readonly string[] = [];

/**
 * Built-ins newer than ES2017, removed from the vm for the run below (an ES2017 engine lacks them), so the run proves
 * the bundle needs nothing after ES2017. KNOWN_BUILTINS lists exceptions (none today).
 */
const NEWER_BUILTINS = [
  'Promise.prototype.finally',
  'Promise.allSettled',
  'Promise.any',
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'Array.prototype.at',
  'Array.prototype.findLast',
  'Array.prototype.findLastIndex',
  'Object.fromEntries',
  'Object.hasOwn',
  'String.prototype.trimStart',
  'String.prototype.trimEnd',
  'String.prototype.matchAll',
  'String.prototype.replaceAll',
  'String.prototype.at',
  'Symbol.prototype.description',
  'globalThis',
] as const;
const KNOWN_BUILTINS: readonly string[] = [];

/** A prelude that makes the vm an ES2017 engine as far as the bundle can tell. */
const ES2017_PRELUDE = `(() => {
  const g = this;
  for (const path of ${JSON.stringify(NEWER_BUILTINS.filter((b) => !KNOWN_BUILTINS.includes(b)))}) {
    const parts = path.split('.');
    const name = parts.pop();
    const owner = parts.reduce((o, p) => o[p], g);
    delete owner[name];
  }
  const Native = RegExp;
  const es2018 = /\\\\[pP]\\{|\\(\\?<[=!]|\\(\\?<[A-Za-z_$]|\\\\k</;
  function Es2017RegExp(pattern, flags) {
    const source = pattern instanceof Native ? pattern.source : String(pattern);
    const f = flags === undefined ? (pattern instanceof Native ? pattern.flags : '') : String(flags);
    if (es2018.test(source) || /[sdv]/.test(f)) throw new SyntaxError('ES2018+ regular expression: /' + source + '/' + f);
    return new Native(pattern, flags);
  }
  Es2017RegExp.prototype = Native.prototype;
  g.RegExp = Es2017RegExp;
})();`;

function offences(text: string): string[] {
  const found: string[] = [];
  for (const { what, re } of ES2018_REGEX) {
    for (const m of text.matchAll(re)) {
      const around = text.slice(Math.max(0, m.index - 40), m.index + 40);
      if (KNOWN.some((k) => around.includes(k))) {
        console.warn(`handler bundle: known ES2018 regex still present (${what}): …${around}…`);
        continue;
      }
      found.push(`${what}: …${around}…`);
    }
  }
  return found;
}

describe('launchevent.js for the JavaScript-only runtime', () => {
  const text = readFileSync(join(builtAddin(), 'launchevent.js'), 'utf8');

  it('is one classic script', () => {
    expect(() => new vm.Script(text, { filename: 'launchevent.js' })).not.toThrow();
    expect(text).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('has no regular-expression syntax newer than ES2017', () => {
    expect(offences(text)).toEqual([]);
  });

  it('loads and decides in an ES2017 engine (newer built-ins removed, ES2017 RegExp constructor)', async () => {
    const rt = await loadHandlerRuntime(
      draftSpec({ composeType: 'forward', to: [unvetted], body: forwardedCardBody }),
      {
        prelude: ES2017_PRELUDE,
      },
    );
    expect(vm.runInContext('typeof globalThis + typeof Object.fromEntries + typeof "".replaceAll', rt.context)).toBe(
      'undefinedundefinedundefined',
    );
    const completions = await rt.fire('onMessageSendHandler');
    expect(completions).toHaveLength(1);
    expect(completions[0]).toMatchObject({ allowEvent: false });
    expect(String((completions[0] as { errorMessage: string }).errorMessage)).not.toMatch(/could not check/);
  });
});
