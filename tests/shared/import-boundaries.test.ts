/**
 * The layer rules of README "Layers", checked on every source file so they hold without memory:
 * - shared/core imports no DOM, browser, Office, Dexie or Preact code, uses none of their globals, and imports
 *   nothing of ours outside shared/core;
 * - shared/index.ts (the public core API) reaches none of those packages, even indirectly;
 * - shared/store may import the core, not shared/ui, extension/ or outlook-addin/;
 * - shared/ui renders in both clients: no browser or Office APIs, no database (type imports of the store are fine);
 * - extension/ and outlook-addin/ never import each other; nothing in shared/ imports either.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(?:ts|tsx|mts|js|mjs)$/;
const SKIP = new Set(['node_modules', '.output', '.wxt', 'public', 'assets']);

interface ImportRef {
  readonly spec: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

/** Removes comments, keeping line breaks so line numbers stay right. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\'"`])\/\/[^\n]*/g, '$1');
}

/** Every module a source file imports, re-exports or requires. */
function importsOf(source: string): ImportRef[] {
  const code = stripComments(source);
  const refs: ImportRef[] = [];
  const patterns = [
    /\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]/g,
    /\b(import|require)\s*\(\s*()['"]([^'"\n]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) {
      const line = code.slice(0, m.index).split('\n').length;
      refs.push({ spec: m[3] as string, typeOnly: Boolean(m[2]), line });
    }
  }
  return refs;
}

const GLOBALS = /(?<![\w$.])(document|window|browser|chrome|Office|indexedDB)\s*\??\./;

/** Browser/Office globals a source file uses (outside comments and one-line strings; a local of that name is not one). */
function globalsOf(source: string): { name: string; line: number }[] {
  const code = stripComments(source).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
  const locals = new Set(
    [
      ...code.matchAll(
        /(?:\b(?:const|let|var)\s+|[(,]\s*)(document|window|browser|chrome|Office|indexedDB)\b\s*[:=,)]/g,
      ),
    ].map((m) => m[1]),
  );
  return code.split('\n').flatMap((text, i) => {
    const m = GLOBALS.exec(text);
    return m && !locals.has(m[1]) ? [{ name: m[1] as string, line: i + 1 }] : [];
  });
}

const FORBIDDEN_IN_CORE =
  /^(?:dexie|preact|wxt|webextension-polyfill|@wxt-dev\/|@microsoft\/office-js|office-|#imports|@testing-library)/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The repository path a relative import points at, or undefined for a package. */
function target(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return relative(ROOT, resolve(dirname(file), spec)).replaceAll('\\', '/');
}

const files = ['shared', 'extension', 'outlook-addin'].flatMap((d) => walk(join(ROOT, d)));
const rel = (file: string) => relative(ROOT, file).replaceAll('\\', '/');
const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

function violations(check: (file: string, ref: ImportRef, to: string | undefined) => string | undefined): string[] {
  return files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return importsOf(source).flatMap((ref) => {
      const problem = check(rel(file), ref, target(file, ref.spec));
      return problem ? [`${rel(file)}:${ref.line} imports '${ref.spec}': ${problem}`] : [];
    });
  });
}

describe('import boundaries', () => {
  it('finds the source files', () => {
    expect(files.some((f) => rel(f).startsWith('shared/core/'))).toBe(true);
  });

  it('keeps shared/core free of DOM, browser, Office, Dexie and Preact code and of our other layers', () => {
    const bad = violations((file, ref, to) => {
      if (!under(file, 'shared/core')) return undefined;
      if (FORBIDDEN_IN_CORE.test(ref.spec)) return 'the core must not depend on UI, browser, Office or storage code';
      if (to !== undefined && !under(to, 'shared/core')) return 'the core imports nothing of ours outside shared/core';
      return undefined;
    });
    const globals = files
      .filter((f) => under(rel(f), 'shared/core'))
      .flatMap((f) => globalsOf(readFileSync(f, 'utf8')).map((g) => `${rel(f)}:${g.line} uses ${g.name}.`));
    expect([...bad, ...globals]).toEqual([]);
  });

  it('keeps the public core API (shared/index.ts) free of those packages, even indirectly', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const ref of importsOf(readFileSync(file, 'utf8'))) {
        if (ref.typeOnly) continue;
        if (FORBIDDEN_IN_CORE.test(ref.spec)) problems.push(`${rel(file)} imports '${ref.spec}'`);
        const to = target(file, ref.spec);
        if (to === undefined) continue;
        const path = [`${to}.ts`, `${to}.tsx`, `${to}/index.ts`].map((p) => join(ROOT, p)).find(existsSync);
        if (path) visit(path);
      }
    };
    visit(join(ROOT, 'shared/index.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('lets shared/store import the core but not the UI or either client', () => {
    const bad = violations((file, _ref, to) =>
      under(file, 'shared/store') && to && ['shared/ui', 'extension', 'outlook-addin'].some((f) => under(to, f))
        ? 'the store sits below the UI and the clients'
        : undefined,
    );
    expect(bad).toEqual([]);
  });

  it('keeps shared/ui renderable in both clients: no browser or Office APIs, no database', () => {
    const bad = violations((file, ref, to) => {
      if (!under(file, 'shared/ui')) return undefined;
      if (/^(?:dexie|wxt|webextension-polyfill|@wxt-dev\/|@microsoft\/office-js|#imports)/.test(ref.spec)) {
        return 'shared UI must not depend on one client or on storage';
      }
      if (to && under(to, 'shared/store') && !ref.typeOnly)
        return 'shared UI gets data from its client, not the database';
      return undefined;
    });
    const globals = files
      .filter((f) => under(rel(f), 'shared/ui'))
      .flatMap((f) =>
        globalsOf(readFileSync(f, 'utf8'))
          .filter((g) => ['browser', 'chrome', 'Office', 'indexedDB'].includes(g.name))
          .map((g) => `${rel(f)}:${g.line} uses ${g.name}.`),
      );
    expect([...bad, ...globals]).toEqual([]);
  });

  it('never lets extension/ and outlook-addin/ import each other, nor shared/ import either', () => {
    const bad = violations((file, _ref, to) => {
      if (!to) return undefined;
      if (under(file, 'extension') && under(to, 'outlook-addin')) return 'clients never import each other';
      if (under(file, 'outlook-addin') && under(to, 'extension')) return 'clients never import each other';
      if (under(file, 'shared') && (under(to, 'extension') || under(to, 'outlook-addin'))) {
        return 'shared code must not depend on a client';
      }
      return undefined;
    });
    expect(bad).toEqual([]);
  });
});

// Classic Outlook runs the send handler in an ES2017 JavaScript-only runtime (TOOLCHAIN.md): esbuild turns newer
// regex syntax into `new RegExp(...)` calls that throw there, and does not polyfill newer built-ins.
const ES2018_REGEX = /\(\?<[=!]|\(\?<[A-Za-z]|\\[pP]\{|\/[dgimuy]*s[dgimuy]*(?=[\s,;).]|$)/;
const ES2019_BUILTINS =
  /\.(?:flatMap|flat|matchAll|replaceAll|findLast|findLastIndex|at|trimEnd|trimStart)\(|Object\.(?:fromEntries|hasOwn)\(/;
const ES2017_FOLDERS = [
  'shared/core/detect',
  'shared/core/policy',
  'shared/core/classify',
  'shared/core/retention',
  'shared/core/sharing',
];

describe('ES2017-safe core (the Outlook send handler bundles it)', () => {
  it('uses no ES2018 regex syntax and no ES2019+ built-ins', () => {
    const bad = files
      .filter((f) => ES2017_FOLDERS.some((folder) => under(rel(f), folder)))
      .flatMap((f) =>
        stripComments(readFileSync(f, 'utf8'))
          .split('\n')
          .flatMap((line, i) =>
            ES2018_REGEX.test(line) || ES2019_BUILTINS.test(line) ? [`${rel(f)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(bad).toEqual([]);
  });

  it('the check itself catches what it should', () => {
    for (const code of [
      '/(?<!-)x/',
      '/\\p{L}/u',
      '/a.b/s,',
      'list.flatMap((x) => x)',
      'Object.hasOwn(o, k)',
      's.trimEnd()',
    ]) {
      expect(ES2018_REGEX.test(code) || ES2019_BUILTINS.test(code), code).toBe(true);
    }
    for (const code of ['/(?:a|b)/g', "text.split('/s')", 'list.map((x) => x)', 'a.attachments']) {
      expect(ES2018_REGEX.test(code) || ES2019_BUILTINS.test(code), code).toBe(false);
    }
  });
});

describe('the boundary scanner itself', () => {
  it('finds every import form, type-only ones marked', () => {
    const source = [
      "import Dexie from 'dexie';",
      "import type { Policy } from '../core/policy/schema';",
      "import { h,\n  render } from 'preact';",
      "export * from './core/types';",
      "import './side-effect';",
      "const lazy = await import('../../extension/x');",
      "const old = require('webextension-polyfill');",
      "// import nope from 'commented-out';",
      "/* import nope from 'block-comment'; */",
    ].join('\n');
    expect(importsOf(source).map((r) => [r.spec, r.typeOnly])).toEqual([
      ['dexie', false],
      ['../core/policy/schema', true],
      ['preact', false],
      ['./core/types', false],
      ['./side-effect', false],
      ['../../extension/x', false],
      ['webextension-polyfill', false],
    ]);
  });

  it('finds globals in code but not in comments, strings or property names', () => {
    const source = [
      'const el = document.createElement("div");',
      '// window.alert is not used',
      "const text = 'see the policy document.';",
      'const x = options.window.size;',
      'await browser.storage.local.get();',
      'Office.context.mailbox.item;',
    ].join('\n');
    const shadowed = 'const window = text.slice(0, 9);\nreturn window.slice(1);';
    expect(globalsOf(shadowed)).toEqual([]);
    expect(globalsOf(source)).toEqual([
      { name: 'document', line: 1 },
      { name: 'browser', line: 5 },
      { name: 'Office', line: 6 },
    ]);
  });
});
