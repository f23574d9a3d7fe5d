/** Justifications: bound to the flagged recipients (order-free, hashed), refused when empty of meaning. */
import { justificationProblem, recipientsDigest } from '../../../outlook-addin/common/justification';

describe('justification', () => {
  it('binds to the recipients whatever their order or case, and never stores the addresses', () => {
    const d = recipientsDigest(['a@x.example', 'B@y.example']);
    expect(recipientsDigest(['b@y.example', 'A@x.example'])).toBe(d);
    expect(recipientsDigest(['a@x.example'])).not.toBe(d);
    expect(d).not.toMatch(/x\.example|y\.example/);
  });

  it('asks for a real reason or reference', () => {
    expect(justificationProblem({ type: 'business', reason: ' ok ' })).toMatch(/business reason/);
    expect(justificationProblem({ type: 'court_order', reference: '123' })).toMatch(/court order reference/);
    expect(justificationProblem({ type: 'business', reason: 'Courier needs the address' })).toBeUndefined();
  });
});
