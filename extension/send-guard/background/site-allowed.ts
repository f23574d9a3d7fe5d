/**
 * Whether the paste/drop/upload guard checks a site: not on the organisation's allow-list (the policy's allowed
 * sites, the organisation's domains, the vetted processors' sites, the two webmails) and not switched off.
 */
import type { Policy } from '../../../shared/core/policy/schema';
import { WEBMAIL_HOSTS } from '../../sites/match-patterns';

/** True when `host` is `domain` or one of its sub-domains. */
function within(host: string, domain: string): boolean {
  const d = domain.toLowerCase().replace(/^\.+|\.+$/g, '');
  return !!d && (host === d || host.endsWith(`.${d}`));
}

/** Why the guard does or does not check pastes on `host`. */
export function pasteGuardFor(policy: Policy, rawHost: string): { active: boolean; reason: string } {
  const host = rawHost.trim().toLowerCase().replace(/\.$/, '');
  if (!policy.pasteGuard) return { active: false, reason: 'Your administrator has switched the paste guard off.' };
  if (!host) return { active: false, reason: 'This page has no site name (a local file or a browser page).' };
  if (WEBMAIL_HOSTS.some((h) => within(host, h))) {
    return { active: false, reason: 'Webmail: sending is guarded at Send instead.' };
  }
  if (policy.organisation.domains.some((d) => within(host, d))) {
    return { active: false, reason: `${host} belongs to ${policy.organisation.name}.` };
  }
  const processor = policy.processors.find((p) => p.domains.some((d) => within(host, d)));
  if (processor) return { active: false, reason: `${host} is a site of the vetted processor ${processor.name}.` };
  if ((policy.allowedSites ?? []).some((d) => within(host, d))) {
    return { active: false, reason: `${host} is on the organisation's list of allowed sites.` };
  }
  return { active: true, reason: `${host} is not on the organisation's list of allowed sites.` };
}
