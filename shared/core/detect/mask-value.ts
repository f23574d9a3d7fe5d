/**
 * Masks a found value so a person can recognise it without it being repeated: `•••• 1111` for a card,
 * `j•••@example.com` for an email, `07700 9•••••` for a phone. Credentials are never shown, not even their length.
 */
import type { PersonalDataKind } from '../types';

const DOT = '\u2022';

/** Replaces every digit after the first `keep` digits (keepLast = false) or before the last `keep` (keepLast = true). */
function maskDigits(value: string, keep: number, keepLast: boolean): string {
  const total = value.replace(/\D/g, '').length;
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') {
      seen++;
      const shown = keepLast ? seen > total - keep : seen <= keep;
      out += shown ? ch : DOT;
    } else out += ch;
  }
  return out;
}

function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}${DOT.repeat(3)}${value.slice(at)}`;
  const spelled = /\s+at\s+|\s*[[({]\s*at\s*[\])}]\s*/i.exec(value.slice(1));
  return spelled === null
    ? `${value[0]}${DOT.repeat(3)}`
    : `${value[0]}${DOT.repeat(3)}${value.slice(1 + spelled.index)}`;
}

function maskUrl(value: string): string {
  const m = /^((?:[a-z]+:\/\/)?[^/?#]+)(.*)$/i.exec(value);
  return m === null || m[2] === '' ? value : `${m[1]}/${DOT.repeat(3)}`;
}

function maskIp(value: string): string {
  if (value.includes(':')) return `${value.split(':').slice(0, 2).join(':')}:${DOT.repeat(3)}`;
  const parts = value.split('.');
  return `${parts[0]}.${parts[1]}.${DOT}.${DOT}`;
}

/** The masked form of `value`, a finding of `kind`. */
export function maskValue(kind: PersonalDataKind, value: string): string {
  switch (kind) {
    case 'card_number':
      return `${DOT.repeat(4)} ${value.replace(/\D/g, '').slice(-4)}`;
    case 'email':
      return maskEmail(value);
    case 'phone':
      return maskDigits(value, 6, false);
    case 'iban': {
      const compact = value.replace(/\s/g, '');
      return `${compact.slice(0, 4)} ${DOT.repeat(4)} ${compact.slice(-4)}`;
    }
    case 'uk_bank_account':
    case 'nhs_number':
      return maskDigits(value, value.replace(/\D/g, '').length <= 6 ? 2 : 3, true);
    case 'national_insurance':
      return maskDigits(value, 0, true);
    case 'date_of_birth':
      return value.replace(/\d/g, DOT);
    case 'ip_address':
      return maskIp(value);
    case 'url':
      return maskUrl(value);
    case 'postcode':
      return `${value.replace(/\s?\d[A-Z]{2}$/i, '')} ${DOT.repeat(3)}`;
    case 'postal_address':
      return `${value.split(/[,\n]/)[0]!.replace(/\d/g, DOT)}, ${DOT.repeat(3)}`;
    case 'person_name':
      return value
        .split(/\s+/)
        .map((w) => (w.length > 0 ? `${w[0]}${DOT.repeat(3)}` : w))
        .join(' ');
    case 'credential':
      return DOT.repeat(6);
    case 'hostname':
      return `${value.slice(0, Math.min(4, Math.ceil(value.length / 2)))}${DOT.repeat(3)}`;
  }
}
