import { found } from '../find';

describe('names of people', () => {
  it.each([
    ['Dear Mrs Patel,\nThank you for your call.', ['Patel']],
    ['Hi Tom,\nthe laptop is ready.', ['Tom']],
    ['Hello Grace Hughes,\n', ['Grace Hughes']],
    ['Good morning Rhys!\nQuick one.', ['Rhys']],
    ['> Hi Priya, the laptop is ready.', ['Priya']],
    ['Hi Tom and Priya,\nsee below.', ['Tom']],
    ['Dear Dr. Khan,', ['Khan']],
  ])('finds the greeted name in %j', (text, names) => {
    expect(found(text, 'person_name')).toEqual(names);
  });

  it.each([
    ['Thanks again.\n\nKind regards,\nPriya Shah\nAcme Support', ['Priya Shah']],
    ['Many thanks\n\nDr. Aisha Khan\nPractice Manager', ['Aisha Khan']],
    ['Cheers,\nDave', ['Dave']],
    ['Thanks, Tom', ['Tom']],
    ["Best wishes,\nSiobhán O'Brien | Accounts", ["Siobhán O'Brien"]],
    ['Regards\nJosé Álvarez-Núñez', ['José Álvarez-Núñez']],
    ['Yours sincerely,\n\nHelen Wright\nAccounts Manager', ['Helen Wright']],
    ['Kind regards\r\n\r\nTom Baker\r\nAcme', ['Tom Baker']],
    ['Thanks,\nPriya Shah - Accounts', ['Priya Shah']],
    ['Regards,\nGrace Hughes (Accounts)', ['Grace Hughes']],
  ])('finds the signed name in %j', (text, names) => {
    expect(found(text, 'person_name')).toEqual(names);
  });

  it.each([
    ['From: Tom Baker <tom.baker@example.com>', ['Tom Baker']],
    ['To: "Priya Shah" <priya@example.co.uk>; Sam Okafor <sam@example.com>', ['Priya Shah', 'Sam Okafor']],
    ['Hello, my name is Jane Doe and I have a question.', ['Jane Doe']],
    ['Name: Ewan McDonald', ['Ewan McDonald']],
    ['Customer name - Fatima Ahmed', ['Fatima Ahmed']],
    ['Hi, this is Sam from Fenwick Dental.', ['Sam']],
    ['Mr J. Okafor called about his invoice.', ['J. Okafor']],
    ['I spoke to Mrs Smith-Jones yesterday.', ['Smith-Jones']],
    ['Can you add Zainab Hussain (zainab.hussain@example.com) to the mailbox?', ['Zainab Hussain']],
    ['Engineer: T. Okafor\nDuration: 23 min', ['T. Okafor']],
    ['FAO Grace Hughes, Accounts', ['Grace Hughes']],
    ['Contact: Arjun Ferreira', ['Arjun Ferreira']],
  ])('finds the name in %j', (text, names) => {
    expect(found(text, 'person_name')).toEqual(names);
  });

  it.each([
    ['Hi, can I move my direct debit to the 28th? My salary comes in late. Thanks, Colin', ['Colin']],
    ['Does the new notice period apply to our existing contract? Maria', ['Maria']],
    ['The printer says offline. Can you help?\n\nJane\n07700 900123', ['Jane']],
    ['All sorted, transferred this afternoon.\n\nOwen\n\n-----Original Message-----\nFrom: Accounts', ['Owen']],
    ['Could you check it?\nCheers Tom\n\nOn Tue, 3 Nov 2026 at 10:02, Support wrote:\n> ok', ['Tom']],
    ['She starts on the 2nd.\n\nTa,\nMaria', ['Maria']],
  ])('finds the name that closes the message in %j', (text, names) => {
    expect(found(text, 'person_name')).toEqual(names);
  });

  it.each([
    'Dear Lakeside Dental,\nPlease note the changes.',
    'Dear Sirs,\nPlease find attached a court order.',
    'Renewal\nPlease renew using the practice card 4000-0566-5566-5556.',
    'Thank you for your custom.\n\nNorthwind IT',
    'Our new price list is on the website. Unsubscribe at any time.',
  ])('finds no name at the end of %j', (text) => {
    expect(found(text, 'person_name')).toEqual([]);
  });

  it.each([
    'Dear Sir/Madam,\nPlease find attached.',
    'Dear Sir or Madam,\nWe write regarding your account.',
    'Hi all,\nThe office is closed on Monday.',
    'Hello team,\n',
    'Dear Valued Customer,\nYour invoice is ready.',
    'Kind regards,\nThe Support Team',
    'Kind regards,\nNorthwind Social Committee',
    'Thanks,\nAccounts',
    'Company name: Acme Trading',
    'Monday Morning Meeting Notes',
    'This is Microsoft Teams related.',
    'File name: Report Final.docx',
    'Regards,\nJ',
    'Support <support@example.com> replied.',
    'Customer: Acme Trading Ltd',
    'Please email the team (help@example.com) instead.',
    'Thanks for getting back to me so quickly.',
  ])('finds no name in %j', (text) => {
    expect(found(text, 'person_name')).toEqual([]);
  });

  it.each([
    ['Kind regards,\n                         Tom Baker', []], // a name far down the page is not the signature's
    ['Kind regards,\nTom Baker writes every week', []], // prose, not a signed name
    ['Hi Tom-the laptop is ready', []], // "Tom-the" is not a name at a line end
  ])('finds no signed or greeted name in %j', (text, names) => {
    expect(found(text, 'person_name')).toEqual(names);
  });

  it('finds the closing name above a contact line, and a bracketed address only with its @', () => {
    expect(found('Can you help?\n\nJane\n07700 900123', 'person_name')).toEqual(['Jane']);
    expect(found('Can you help?\n\nJane\njane@example.com', 'person_name')).toEqual(['Jane']);
    expect(found('Please call Zainab Hussain (ext 204) about it.', 'person_name')).toEqual([]);
  });
});
