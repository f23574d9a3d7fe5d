/** The audit log as a table, with the result of verifying its hash chain. */
import type { AuditEntryView, AuditVerification } from './review-types';

/** Props of {@link AuditView}. */
export interface AuditViewProps {
  readonly entries: readonly AuditEntryView[];
  readonly verification: AuditVerification | null;
  readonly onVerify: () => void;
}

/** Audit log with its verification. */
export function AuditView({ entries, verification, onVerify }: AuditViewProps) {
  return (
    <section aria-labelledby="mg-audit-h">
      <h2 id="mg-audit-h">Audit log</h2>
      <p>
        <button type="button" onClick={onVerify}>
          Verify the audit log
        </button>{' '}
        {verification ? (
          <span role="status" class={verification.ok ? 'mg-ok' : 'mg-bad'} data-testid="audit-verification">
            {verification.ok
              ? `Intact: ${verification.count} entries, each chained to the one before.`
              : `Tampering found in ${verification.count} entries: ${verification.problems
                  .map((p) => `#${p.seq} ${p.problem}`)
                  .join('; ')}`}
          </span>
        ) : null}
      </p>
      <table class="mg-table" data-testid="audit-log">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} data-testid="audit-row">
              <td>{e.seq}</td>
              <td>{e.at.replace('T', ' ').slice(0, 16)}</td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.details}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
