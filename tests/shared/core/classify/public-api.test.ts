import * as core from '../../../../shared';

describe('shared/index.ts: the core API other tools call', () => {
  it.each([
    'detectPersonalData',
    'classifyEmail',
    'assessSharing',
    'parsePolicy',
    'maskFinding',
    'describeKind',
    'computeRetention',
    'addDuration',
  ])('exports the function %s', (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the default policy, already valid', () => {
    expect(core.parsePolicy(core.defaultPolicy).ok).toBe(true);
  });
});
