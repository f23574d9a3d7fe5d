/**
 * Runs the built handler bundle as classic Outlook does: a plain script in a bare JavaScript context (`node:vm`, no
 * DOM, no IndexedDB, no fetch, no modules), after the Office stub script, then fires launch events through the names
 * the bundle registered with `Office.actions.associate` and collects every `event.completed` call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { builtAddin } from './built-addin';
import type { StubState } from './office-stub/office-stub';
import type { StubSpec } from './office-stub/stub-spec';

let stubScript: Promise<string> | undefined;

/** The stub as one classic script (defines `installOfficeStub`). */
export function buildStubScript(): Promise<string> {
  stubScript ??= build({
    entryPoints: [join(import.meta.dirname, 'office-stub', 'install.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2017',
    platform: 'neutral',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return stubScript;
}

/** A completion as the handler gave it (`null` for `completed()` without options). */
export type Completion = Record<string, unknown> | null;

/** A loaded runtime: the stub's state and a way to fire events. */
export interface HandlerRuntime {
  readonly state: StubState;
  readonly context: vm.Context;
  /** Fires the event registered as `name`; resolves once completed and a grace period passed (to catch a second call). */
  fire(name: string): Promise<Completion[]>;
}

/** Globals of Outlook's JavaScript-only runtime that the bundle may use (timers, console); nothing else. */
function bareContext(timers: boolean): vm.Context {
  return vm.createContext(timers ? { setTimeout, clearTimeout, console } : { console });
}

/** Loads stub + bundle into a fresh bare context. */
export async function loadHandlerRuntime(
  spec: StubSpec,
  opts: { bundlePath?: string; timers?: boolean; prelude?: string } = {},
): Promise<HandlerRuntime> {
  const bundlePath = opts.bundlePath ?? join(builtAddin(), 'launchevent.js');
  const context = bareContext(opts.timers ?? true);
  // A script run first, to narrow the runtime further (e.g. an ES2017 engine's RegExp).
  if (opts.prelude) vm.runInContext(opts.prelude, context, { filename: 'prelude.js' });
  vm.runInContext(await buildStubScript(), context, { filename: 'office-stub.js' });
  const install = context.installOfficeStub as (s: StubSpec) => StubState;
  const state = install(JSON.parse(JSON.stringify(spec)) as StubSpec);
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'launchevent.js' });
  return {
    state,
    context,
    async fire(name) {
      const handler = state.associated[name];
      if (!handler)
        throw new Error(`No handler registered as "${name}" (registered: ${Object.keys(state.associated).join(', ')})`);
      const completions: Completion[] = [];
      const event = { type: name, completed: (options?: Record<string, unknown>) => completions.push(options ?? null) };
      handler(event);
      const started = Date.now();
      while (!completions.length && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, 30));
      return completions;
    },
  };
}

/** Fires OnMessageSend once on a fresh runtime; asserts `completed` was called exactly once and returns its options. */
export async function sendOnce(
  spec: StubSpec,
): Promise<{ rt: HandlerRuntime; result: Completion & Record<string, unknown> }> {
  const rt = await loadHandlerRuntime(spec);
  const completions = await rt.fire('onMessageSendHandler');
  expect(completions, 'event.completed must be called exactly once').toHaveLength(1);
  return { rt, result: completions[0] as Completion & Record<string, unknown> };
}
