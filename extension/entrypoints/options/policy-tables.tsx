/** The policy form's tables: vetted processors (name, domains, vetting date) and retention periods per category. */
import type { ComponentChild } from 'preact';
import type { Policy } from '../../../shared/core/policy/schema';

/** Props of {@link PolicyTables}. */
export interface PolicyTablesProps {
  readonly draft: Policy;
  readonly update: (fn: (p: Policy) => Policy) => void;
  /** The errors for a field path, rendered beside it. */
  readonly err: (path: string) => ComponentChild;
  /** The id of the error element describing a field, when it has errors. */
  readonly described: (path: string) => string | undefined;
}

const list = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Processors and retention tables. */
export function PolicyTables({ draft, update, err, described }: PolicyTablesProps) {
  return (
    <>
      <h3>Vetted processors</h3>
      <table class="mg-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Domains (comma-separated)</th>
            <th scope="col">Vetted until</th>
          </tr>
        </thead>
        <tbody>
          {draft.processors.map((proc, i) => {
            const set = (patch: Partial<typeof proc>) =>
              update((p) => ({ ...p, processors: p.processors.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
            return (
              <tr key={proc.id}>
                <td>
                  <input
                    aria-label={`Processor ${i + 1} name`}
                    value={proc.name}
                    onInput={(e) => set({ name: (e.target as HTMLInputElement).value })}
                  />
                  {err(`processors.${i}.name`)}
                </td>
                <td>
                  <input
                    aria-label={`${proc.name} domains`}
                    size={40}
                    value={proc.domains.join(', ')}
                    onInput={(e) => set({ domains: list((e.target as HTMLInputElement).value) })}
                  />
                  {err(`processors.${i}.domains`)}
                </td>
                <td>
                  <input
                    aria-label={`${proc.name} vetted until`}
                    value={proc.vettedUntil}
                    placeholder="YYYY-MM-DD"
                    aria-describedby={described(`processors.${i}.vettedUntil`)}
                    onInput={(e) => set({ vettedUntil: (e.target as HTMLInputElement).value })}
                  />
                  {err(`processors.${i}.vettedUntil`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>Retention periods</h3>
      <table class="mg-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Lawful basis</th>
            <th scope="col">Period (ISO 8601, e.g. P6Y, P3M)</th>
          </tr>
        </thead>
        <tbody>
          {draft.categories.map((cat, i) => (
            <tr key={cat.id}>
              <td>{cat.title}</td>
              <td>{cat.lawfulBasis.replace(/_/g, ' ')}</td>
              <td>
                <input
                  aria-label={`${cat.title} retention period`}
                  value={cat.retention.period}
                  aria-describedby={described(`categories.${i}.retention.period`)}
                  onInput={(e) =>
                    update((p) => ({
                      ...p,
                      categories: p.categories.map((x, j) =>
                        j === i
                          ? { ...x, retention: { ...x.retention, period: (e.target as HTMLInputElement).value } }
                          : x,
                      ),
                    }))
                  }
                />
                {err(`categories.${i}.retention.period`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
