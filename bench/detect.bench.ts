/**
 * Detection benchmark (`npm run bench -- detect`): throughput of `detectPersonalData` over a ≥ 5 MB synthetic mail
 * corpus, all kinds together and each kind alone, and the same corpus through redact-pii's `SyncRedactor` in the same
 * run, as a ratio. Also prints recall and precision against the values the generator planted (synthetic, so an upper
 * bound of real-world quality, not a proof of it).
 *
 * Targets (issue 2, section 4): ≥ 100 MB/s for all kinds together, ≥ 15× redact-pii. Wall-clock figures are the median
 * of several runs after warm-up; on a shared machine the load average is printed beside them.
 */
import { loadavg } from 'node:os';
import { SyncRedactor } from 'redact-pii';
import { detectPersonalData } from '../shared/core/detect';
import { type Finding, PERSONAL_DATA_KINDS } from '../shared/core/types';
import { generateMailCorpus } from '../tests/fixtures/detect/mail-corpus';

const MB = 1024 * 1024;
const corpus = generateMailCorpus(5 * MB + 64 * 1024);
const text = corpus.text;
const size = text.length / MB;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall-clock milliseconds of `runs` calls after `warm` warm-up calls. */
function measure(f: () => unknown, runs: number, warm = 2): number {
  for (let i = 0; i < warm; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

const mbps = (ms: number, mb = size) => mb / (ms / 1000);
const fmt = (x: number) => x.toFixed(1);

console.log(
  `corpus: ${corpus.mails} synthetic mails, ${fmt(size)} MB (UTF-16 units / 2^20), load average ${loadavg()[0]!.toFixed(2)}`,
);

const allMs = measure(() => detectPersonalData(text), 7);
const all = mbps(allMs);
console.log(`detectPersonalData, all kinds: ${fmt(all)} MB/s (median ${fmt(allMs)} ms per pass)   target ≥ 100 MB/s`);

console.log('per kind (each alone, shared passes included):');
for (const kind of PERSONAL_DATA_KINDS) {
  const ms = measure(() => detectPersonalData(text, { kinds: [kind] }), 3, 1);
  console.log(`  ${kind.padEnd(20)} ${fmt(mbps(ms)).padStart(8)} MB/s`);
}

// redact-pii is much slower: time it on a 1 MB slice first and on the whole corpus only if that stays short.
const redactor = new SyncRedactor();
const sliceMs = measure(() => redactor.redact(text.slice(0, MB)), 1, 1);
const peerMs = sliceMs * size < 60_000 ? measure(() => redactor.redact(text), 1, 0) : sliceMs * size;
const peer = mbps(peerMs);
console.log(`redact-pii SyncRedactor.redact, same corpus: ${peer.toFixed(2)} MB/s (${fmt(peerMs)} ms)`);
const ratio = all / peer;
console.log(`ratio: ${fmt(ratio)}× redact-pii   target ≥ 15×`);

// Quality against the planted values (exact spans).
const found = detectPersonalData(text);
const key = (f: Pick<Finding, 'kind' | 'start' | 'end'>) => `${f.kind}:${f.start}:${f.end}`;
const foundKeys = new Set(found.map(key));
const plantedKeys = new Set(corpus.planted.map(key));
const hits = corpus.planted.filter((p) => foundKeys.has(key(p))).length;
const exact = found.filter((f) => plantedKeys.has(key(f))).length;
console.log(
  `planted values found exactly: ${hits}/${corpus.planted.length} (recall ${((100 * hits) / corpus.planted.length).toFixed(2)}%); ` +
    `findings matching a planted value: ${exact}/${found.length} (precision ${((100 * exact) / found.length).toFixed(2)}%)`,
);
console.log(
  `summary: ${all >= 100 ? 'meets' : 'BELOW'} the 100 MB/s target; ${ratio >= 15 ? 'meets' : 'BELOW'} the 15× redact-pii target`,
);
