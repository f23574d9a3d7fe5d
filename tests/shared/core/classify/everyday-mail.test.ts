/**
 * Everyday mail a rule change must not capture: short, ordinary customer and staff mails whose words overlap other
 * categories' phrases ("save", "county court", "got on me", "round-up"). Written by a reviewer on 2026-11-25 to test
 * the rules added that day: ten were filed right before them and wrongly by some of them (those rules were narrowed);
 * the first four were filed as marketing before, on subject words ("save", "sale", "invitation", "offer") that left
 * the marketing list that day. Synthetic people and firms only.
 */
import { classifyEmail, type EmailInput } from '../../../../shared';
import { STAFF } from '../../../fixtures/emails/fixture';

const now = new Date('2026-11-25T12:00:00Z');
const customer = 'Dave Hollis <dave@hollis-joinery.example>';
const mail = (from: string, to: string, subject: string, body: string): EmailInput => ({
  from,
  to: [to],
  subject,
  body,
  receivedAt: '2026-11-20T10:00:00Z',
});
const staffMail = (subject: string, body: string) => mail(STAFF.priya, STAFF.sam, subject, body);

const cases: [string, EmailInput][] = [
  ['support_request', mail(customer, STAFF.helpdesk, 'Word will not save', 'Every time I try it freezes. Dave')],
  [
    'support_request',
    mail(customer, STAFF.helpdesk, 'Point of sale till not printing', 'The till has stopped printing.'),
  ],
  [
    'support_request',
    mail(customer, STAFF.helpdesk, 'Meeting invitation not showing', 'Invites no longer appear in Outlook.'),
  ],
  [
    'support_request',
    mail(customer, STAFF.helpdesk, 'Offer letter template broken', "The template won't open in Word."),
  ],
  [
    'support_request',
    mail(
      customer,
      'Northwind News <news@northwind-it.co.uk>',
      'Re: Northwind News - November',
      'Hi, saw your newsletter. Our server backup has failed three nights running - the error says the disk is ' +
        'full. Can someone take a look?\nDave\n\n> Northwind News - November\n> Is your PC ready for Windows 11?\n' +
        '> You are receiving this because you signed up. Unsubscribe: https://www.northwind-it.co.uk/u?x=1',
    ),
  ],
  ['support_request', mail(customer, STAFF.helpdesk, 'Laptop', 'Think a virus got on me laptop, pop-ups everywhere.')],
  [
    'support_request',
    mail('Shop <shop@corner-deli.example>', STAFF.helpdesk, "Card machine won't pay out refunds", 'It shows an error.'),
  ],
  [
    'account_payment',
    mail(
      STAFF.accounts,
      customer,
      'Invoice INV-20931 - SSL certificate renewal',
      'Please find attached invoice INV-20931 for the SSL certificate renewal, as agreed with your account manager.',
    ),
  ],
  [
    'account_payment',
    mail(
      STAFF.accounts,
      customer,
      'Final reminder: INV-20511 overdue - County Court claim',
      'Invoice INV-20511 is now 60 days overdue. Unless payment is received within 14 days we will issue a claim.',
    ),
  ],
  [
    'dispute',
    mail(customer, STAFF.helpdesk, 'County court claim', 'You ignored my complaint, so I am filing a money claim.'),
  ],
  [
    'call_recording',
    mail(
      STAFF.sam,
      'support@callrecording.example',
      'Recording request - 12 Nov',
      'Please pull the recording of the call on 12 November at 10:42; our account manager at your end said to ask here.',
    ),
  ],
  ['internal', staffMail('Boxing Day on-call rota', 'Tom is on call on Boxing Day, Sam on the 27th.')],
  ['internal', staffMail('Friday round-up', 'Good week all - thanks for covering while I was out.')],
  ['internal', staffMail('Prices for the new staff laptops', 'Cheapest was £640 each from our distributor. OK?')],
];

describe('classifyEmail on everyday mail that shares words with other categories', () => {
  it.each(cases)('files it as %s: %j', (expected, email) => {
    expect(classifyEmail(email, { now }).category).toBe(expected);
  });
});
