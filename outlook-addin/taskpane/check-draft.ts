/**
 * The compose-mode check the pane shows: the same reading and the same `assessSharing` call as the send guard, so the
 * pane and the Smart Alerts dialog agree.
 */

import type { Policy } from '../../shared/core/policy/schema';
import { assessSharing } from '../../shared/core/sharing';
import type { SharingDecision } from '../../shared/core/types';
import { type JustificationScope, justificationScope } from '../common/justification';
import { findOriginal } from '../launchevent/find-original';
import { readDraft } from '../launchevent/read-draft';
import { type PaneEnv, userAddress } from './pane-env';

/** A checked draft. */
export interface DraftCheck {
  readonly decision: SharingDecision;
  /** What a justification would cover: the flagged recipients and the kinds found. */
  readonly scope: JustificationScope;
}

/** Reads and assesses the current draft. */
export async function checkDraft(env: PaneEnv, policy: Policy): Promise<DraftCheck> {
  const read = await readDraft(env.mailbox);
  const original = await findOriginal(read, env.storage, userAddress(env));
  const decision = assessSharing(original ? { ...read.draft, original } : read.draft, { policy, now: env.now() });
  return { decision, scope: justificationScope(decision) };
}
