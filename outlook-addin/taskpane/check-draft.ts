/**
 * The compose-mode check the pane shows: the same reading and the same `assessSharing` call as the send guard, so the
 * pane and the Smart Alerts dialog agree.
 */

import type { Policy } from '../../shared/core/policy/schema';
import { assessSharing } from '../../shared/core/sharing';
import type { SharingDecision } from '../../shared/core/types';
import { findOriginal } from '../launchevent/find-original';
import { flaggedAddresses } from '../launchevent/on-message-send';
import { readDraft } from '../launchevent/read-draft';
import { type PaneEnv, userAddress } from './pane-env';

/** A checked draft. */
export interface DraftCheck {
  readonly decision: SharingDecision;
  /** Recipients a warning is about. */
  readonly flagged: readonly string[];
}

/** Reads and assesses the current draft. */
export async function checkDraft(env: PaneEnv, policy: Policy): Promise<DraftCheck> {
  const read = await readDraft(env.mailbox);
  const original = await findOriginal(read, env.storage, userAddress(env));
  const decision = assessSharing(original ? { ...read.draft, original } : read.draft, { policy, now: env.now() });
  return { decision, flagged: flaggedAddresses(decision) };
}
