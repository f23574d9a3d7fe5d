/** A labelled `<select>` of the policy's categories, shared by the label card's correction and the review decisions. */
import type { CategoryOption } from './label-view';

/** Props of {@link CategorySelect}. */
export interface CategorySelectProps {
  readonly label: string;
  readonly categories: readonly CategoryOption[];
  readonly value: string;
  readonly onChange: (id: string) => void;
  /** Form field name, when the form reads it. */
  readonly name?: string;
}

/** The category picker: one option per policy category, titled as the policy names it. */
export function CategorySelect({ label, categories, value, onChange, name }: CategorySelectProps) {
  return (
    <label>
      {label}{' '}
      <select name={name} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </label>
  );
}
