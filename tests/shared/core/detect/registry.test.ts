import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPersonalData } from '../../../../shared/core/detect/detect-personal-data';
import { DETECTORS } from '../../../../shared/core/detect/registry';
import { PERSONAL_DATA_KINDS } from '../../../../shared/core/types';

const dir = join(import.meta.dirname, '../../../../shared/core/detect/detectors');

/** Detector files: those exporting a `…Detector` object (helpers such as `ipv6.ts` export none). */
const detectorFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => /export const \w+Detector: Detector/.test(readFileSync(join(dir, f), 'utf8')));

describe('detector registry', () => {
  it('registers exactly one detector per kind, covering every kind', () => {
    expect(DETECTORS.map((d) => d.kind).sort()).toEqual([...PERSONAL_DATA_KINDS].sort());
  });

  it('registers every detector file', () => {
    expect(detectorFiles.length).toBe(DETECTORS.length);
    const registry = readFileSync(join(dir, '../registry.ts'), 'utf8');
    for (const f of detectorFiles) expect(registry, f).toContain(`./detectors/${f.replace(/\.ts$/, '')}'`);
  });

  describe.each(DETECTORS.map((d) => [d.kind, d] as const))('%s', (kind, detector) => {
    it('has positive and negative examples', () => {
      expect(detector.positives.length).toBeGreaterThanOrEqual(3);
      expect(detector.negatives.length).toBeGreaterThanOrEqual(3);
    });

    it.each(detector.positives.map((p) => [p.match, p] as const))('finds %j', (_m, p) => {
      const at = p.text.indexOf(p.match);
      expect(at).toBeGreaterThanOrEqual(0);
      const found = detectPersonalData(p.text, { kinds: [kind] });
      expect(found.map((f) => p.text.slice(f.start, f.end))).toContain(p.match);
      expect(found.some((f) => f.start === at && f.end === at + p.match.length)).toBe(true);
    });

    it.each(detector.negatives.map((n) => [n] as const))('does not find it in %j', (n) => {
      const found = detectPersonalData(n, { kinds: [kind] });
      expect(found.map((f) => n.slice(f.start, f.end))).toEqual([]);
    });
  });
});
