import type { PolicyCategory } from '../schema';

/** Mail that carries a full card number (a customer's, pasted or forwarded): act on it at once. */
export const cardData: PolicyCategory = {
  id: 'card_data',
  title: 'Card data',
  description:
    'A mail that holds a payment card number or security code. Take the payment through PayVector, then delete the mail.',
  lawfulBasis: 'contract',
  retention: {
    period: 'P0D',
    atEnd: 'dispose',
    rationale:
      'Card numbers must not live in mail at all. PCI DSS v4.0 req. 3.3.1 forbids keeping card security codes after ' +
      'authorisation, and req. 4.2.2 forbids sending card numbers by end-user messaging unless secured; payments go ' +
      'through PayVector, so the mail is due for action the moment it arrives.',
  },
  clause:
    'Our card payments are processed through our payment service provider PayVector, a trading name of Iridium ' +
    'Corporation',
  rules: {
    subject: ['card number', 'card details', 'payment card details', 'long card number'],
    body: [
      'full card number',
      'long card number',
      'long number on the card',
      'cvv',
      'cvc',
      'cv2',
      'security code on the back',
      'three digit code on the back',
      '3 digit code',
    ],
    attachments: [],
    kinds: ['card_number'],
    weight: 10,
  },
  sharing: 'block',
};
