/**
 * The toolbar badge: for managers, how many stored items need review (expired + due soon); empty for staff.
 */
import type { Role } from '../../shared/ui/label-view';

/** The part of `browser.action` the badge uses. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle?(details: { title: string }): Promise<void> | void;
}

/** Badge text for a count: '' for none, '999+' above 999. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Items needing review from the queue's per-status counts. */
export function needingReview(byStatus: Readonly<Record<string, number>>): number {
  return (byStatus.expired ?? 0) + (byStatus.due_soon ?? 0);
}

/** Sets the badge for a role and a count source. */
export async function updateBadge(
  api: BadgeApi,
  role: Role,
  counts: () => Promise<Readonly<Record<string, number>>>,
): Promise<string> {
  if (role !== 'manager') {
    await api.setBadgeText({ text: '' });
    await api.setTitle?.({ title: 'Mailguard' });
    return '';
  }
  const n = needingReview(await counts());
  const text = badgeText(n);
  await api.setBadgeBackgroundColor({ color: '#8b1a1a' });
  await api.setBadgeText({ text });
  await api.setTitle?.({
    title: n ? `Mailguard: ${n} item${n === 1 ? '' : 's'} need review` : 'Mailguard: nothing to review',
  });
  return text;
}
