/**
 * Detection is most of the core's time: classifyEmail and assessSharing must run it once per text, never again (a
 * long message: once over its head joined to the subject, once over its body; see message-text.ts).
 */
import { vi } from 'vitest';

vi.mock('../../../../shared/core/detect/detect-personal-data', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../shared/core/detect/detect-personal-data')>();
  return { ...actual, detectPersonalDataAt: vi.fn(actual.detectPersonalDataAt) };
});

const { detectPersonalDataAt: detectPersonalData } = await import(
  '../../../../shared/core/detect/detect-personal-data'
);
const { SCAN_APART_FROM } = await import('../../../../shared/core/classify/message-text');
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

  it('a long draft is scanned twice in all: its head with the subject, then its body where it is', () => {
    const long = `${body}\n\n${'The printer on the second floor jams again. '.repeat(SCAN_APART_FROM / 40)}`;
    const decision = assessSharing(
      { from: 'sam.patel@northwind-it.co.uk', to: ['someone@example.org'], subject: 'Fw: login details', body: long },
      { now },
    );
    expect(decision.action).toBe('block');
    expect(detectPersonalData).toHaveBeenCalledTimes(2);
    // The second scan is of the body alone, its offsets moved past the subject and the blank line.
    expect(vi.mocked(detectPersonalData).mock.calls[1]).toEqual([long, 'Fw: login details'.length + 2]);
  });
});
