/** Detection is most of the core's time: classifyEmail and assessSharing must run it once per text, never again. */
import { vi } from 'vitest';

vi.mock('../../../../shared/core/detect', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../shared/core/detect')>();
  return { ...actual, detectPersonalData: vi.fn(actual.detectPersonalData) };
});

const { detectPersonalData } = await import('../../../../shared/core/detect');
const { classifyEmail } = await import('../../../../shared/core/classify');
const { assessSharing } = await import('../../../../shared/core/sharing');

const now = new Date('2026-11-25T12:00:00Z');
const body =
  'Hi, my card is 4111 1111 1111 1111 and the server is NW-SRV01 at 192.0.2.10, password Winter2026!\n\nThanks, Jo Bloggs';

describe('detection runs once per text', () => {
  beforeEach(() => {
    vi.mocked(detectPersonalData).mockClear();
  });

  it('classifyEmail detects once', () => {
    classifyEmail(
      {
        from: 'jo@example.com',
        to: ['helpdesk@northwind-it.co.uk'],
        subject: 'Login details',
        body,
        receivedAt: '2026-11-20T10:00:00Z',
      },
      { now },
    );
    expect(detectPersonalData).toHaveBeenCalledTimes(1);
  });

  it('assessSharing detects once, even when it also classifies the draft', () => {
    const decision = assessSharing(
      { from: 'sam.patel@northwind-it.co.uk', to: ['someone@example.org'], subject: 'Fw: login details', body },
      { now },
    );
    expect(decision.action).toBe('block');
    expect(detectPersonalData).toHaveBeenCalledTimes(1);
  });
});
