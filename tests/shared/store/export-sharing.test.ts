import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../shared/store/csv';
import { freshStore, labelInput, rejectsWith, testPolicy } from './helpers';

const at = new Date('2026-11-25T12:00:00Z');

describe('csv', () => {
  it('escapes commas, quotes and line breaks', () => {
    expect(csvRow(['a,b', 'say "hi"', 'two\nlines', null, 3])).toBe('"a,b","say ""hi""","two\nlines",,3');
  });
  it('defuses formula injection: cells starting with = + - @ tab or CR are prefixed with a quote', () => {
    for (const evil of ['=HYPERLINK("http://203.0.113.9")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('Refund 2024')).toBe('Refund 2024');
  });
});

async function seeded() {
  const s = await freshStore();
  await s.store.setPolicy(testPolicy(), 'admin@example.co.uk');
  await s.store.saveLabels([
    labelInput({
      messageId: 'm1',
      receivedAt: '2019-01-01T00:00:00Z',
      subject: '=HYPERLINK("http://198.51.100.7","click")',
    }),
    labelInput({ messageId: 'm2', receivedAt: '2026-10-01T00:00:00Z', subject: 'Invoice 3321, "urgent"' }),
  ]);
  await s.store.recordDecision({
    mailboxId: 'mbx-anna',
    messageId: 'm1',
    actor: 'maria.lopez@example.co.uk',
    at,
    type: 'extend',
    until: '2027-03-01T00:00:00Z',
    reason: 'Open dispute, ref D-14',
  });
  return s;
}

describe('exportReview', () => {
  it('json: the queue, the decisions with their audit hashes, and the verification — no participant hashes', async () => {
    const { store, db } = await seeded();
    const out = JSON.parse(await store.exportReview('json', at));
    expect(out.audit.verification).toEqual({ ok: true, count: 2 });
    expect(out.audit.head.seq).toBe(2);
    expect(out.queue.map((l: { messageId: string }) => l.messageId)).toEqual(['m1', 'm2']);
    const entry = (await db.audit.get(2))!;
    expect(out.decisions).toEqual([
      expect.objectContaining({ type: 'extend', messageId: 'm1', auditSeq: 2, auditHash: entry.hash }),
    ]);
    expect(JSON.stringify(out)).not.toContain('participantHashes');
  });

  it('csv: sections with escaped, formula-safe cells, and a failed verification is shown', async () => {
    const { store, db } = await seeded();
    const csv = await store.exportReview('csv', at);
    expect(csv).toContain('audit log,verified,entries 2');
    expect(csv).toContain(`"'=HYPERLINK(""http://198.51.100.7"",""click"")"`);
    expect(csv).toContain('"Invoice 3321, ""urgent"""');
    expect(csv.split('\r\n')).toContain('decisions');
    await db.audit.update(2, { actor: 'intruder@example.co.uk' });
    const tampered = await store.exportReview('csv', at);
    expect(tampered).toContain('FAILED VERIFICATION');
    expect(tampered).toContain('problem,2,entry 2 was altered');
    await rejectsWith(store.exportReview('xml' as 'csv', at), 'invalid');
  });
});

describe('recordSharingEvent', () => {
  const event = {
    at,
    actor: 'tom.baker@example.co.uk',
    kind: 'block' as const,
    action: 'block' as const,
    recipients: [{ domain: 'Paste-Site.example', status: 'unvetted' as const }],
    kinds: { card_number: 1 },
    client: 'outlook' as const,
    messageId: 'draft-7',
  };

  it('stores domains, statuses and kinds — no addresses — with an audit entry', async () => {
    const { store, db } = await freshStore();
    await store.recordSharingEvent(event);
    const [row] = await db.sharingEvents.toArray();
    expect(row).toMatchObject({
      kind: 'block',
      recipients: [{ domain: 'paste-site.example', status: 'unvetted' }],
      kinds: { card_number: 1 },
      auditSeq: 1,
    });
    expect((await store.auditLog())[0]).toMatchObject({ type: 'sharing_event', target: 'draft-7' });
  });

  it('refuses an override without a justification, an empty court-order reference, or a full address', async () => {
    const { store, db } = await freshStore();
    await rejectsWith(store.recordSharingEvent({ ...event, kind: 'override', action: 'allow' }), 'invalid');
    await rejectsWith(
      store.recordSharingEvent({ ...event, kind: 'override', justification: { type: 'court_order', reference: ' ' } }),
      'invalid',
    );
    await rejectsWith(
      store.recordSharingEvent({ ...event, recipients: [{ domain: 'x@paste-site.example', status: 'unvetted' }] }),
      'invalid',
    );
    expect(await db.sharingEvents.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});
