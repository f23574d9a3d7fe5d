/**
 * Earlier messages of some demo conversations. In Outlook on the web's conversation view a row stands for the whole
 * conversation and the reading pane shows one "Email message" card per message, newest on top; each card must get its
 * own label. The row and its preview stay the newest message's (demo-emails.ts). Synthetic people, published test cards.
 */

/** One earlier message of a conversation; `token` is the card's own id token (Outlook's `MSG_<token>_FROM` headings). */
export interface DemoEarlierMessage {
  readonly token: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly string[];
  readonly cc?: readonly string[];
  readonly body: string;
  /** Days before the conversation's newest message. */
  readonly daysBefore: number;
  readonly attachments?: readonly { readonly name: string; readonly size: string }[];
}

const SAM = { name: 'Sam Taylor', address: 'sam.taylor@northwind-it.co.uk' };
const DANIEL = { name: 'Daniel Evans', address: 'daniel.evans@example.net' };

/** Conversations by the demo id of their newest message, oldest message first. */
export const DEMO_CONVERSATIONS: Readonly<Record<string, readonly DemoEarlierMessage[]>> = {
  m15: [
    {
      token: 'QAD/KHy2QAA',
      from: DANIEL,
      to: [SAM.address],
      cc: ['accounts@northwind-it.co.uk'],
      body: 'Hello,\n\nPlease take the £60 for the phone set-up from my card 4000 0566 5566 5556, expiry 09/28.\n\nDaniel Evans',
      daysBefore: 2,
      attachments: [{ name: 'phone-setup-quote.pdf', size: '40 KB' }],
    },
    {
      token: 'QAD/KIb6QAA',
      from: SAM,
      to: [DANIEL.address],
      body: 'Thanks Daniel,\n\nThe £60 for the phone set-up is taken. We will set the phone up on Monday.\n\nSam',
      daysBefore: 1,
    },
  ],
};

/** The newest message's own card token (the conversation's first card). */
export function newestToken(id: string): string {
  return `QAE${id.toUpperCase()}K8QAA`;
}
