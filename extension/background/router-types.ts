/** The router's shared types: what it needs, who asks, and the shape of a group of verb handlers. */
import type { Policy } from '../../shared/core/policy/schema';
import type { Classification, EmailInput } from '../../shared/core/types';
import type { MailguardStore } from '../../shared/store/types';
import type { LabelView } from '../../shared/ui/label-view';
import type { DescribeKind } from '../../shared/ui/label-views';
import type { RequestOf, ResponseOf, Verb } from '../messaging/protocol';
import type { PolicyParser, Settings } from './settings';

/** What the router needs. */
export interface RouterDeps {
  readonly store: () => Promise<MailguardStore>;
  readonly settings: () => Promise<Settings>;
  /** Persists the user's own settings (storage.local). */
  readonly saveLocal: (patch: { role?: string; actor?: string; policy?: unknown }) => Promise<void>;
  readonly classify: (email: EmailInput, context: { policy: Policy; now: Date }) => Classification;
  readonly parsePolicy: PolicyParser;
  readonly describeKind: DescribeKind;
  readonly now: () => Date;
  /** Called after anything that may change the review counts (badge). */
  readonly changed: () => void;
}

/** Who sent a request: a tab's content script, or one of our pages. */
export interface RequestSender {
  readonly tabId?: number;
  readonly fromContentScript: boolean;
}

/** The handler of one verb. */
export type Handler<V extends Verb> = (r: RequestOf<V>, s: Settings, sender: RequestSender) => Promise<ResponseOf<V>>;

/** Handlers for a set of verbs. */
export type Handlers<Vs extends Verb> = { [V in Vs]: Handler<V> };

/** The label shown in each tab (the popup reads it). */
export type TabLabels = Map<number, { label: LabelView; site: string }>;
