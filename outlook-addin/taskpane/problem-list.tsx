/** Problems the pane met (policy errors, Outlook writes that failed), shown plainly, never hidden. */

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  readonly title: string;
  readonly problems: readonly string[];
}

/** A titled list of problems; renders nothing when there are none. */
export function ProblemList({ title, problems }: ProblemListProps) {
  if (!problems.length) return null;
  return (
    <section class="mg-problems" role="alert" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
