import { found } from '../find';

describe('credentials (the secret value, not the label)', () => {
  it.each([
    ['Username: jsmith\nPassword: Summer2024!', ['jsmith', 'Summer2024!']],
    ['Login details - Username: admin   Password: P@ssw0rd', ['admin', 'P@ssw0rd']],
    ['my pwd - tr0ub4dor&3 thanks', ['tr0ub4dor&3']],
    ['pwd=Hunter2', ['Hunter2']],
    ['The wifi password is "Summer Meadow 22"', ['Summer Meadow 22']],
    ['I reset the password yesterday to Blu3Sky#2026 but it fails', ['Blu3Sky#2026']],
    ['Temp password Welcome123! - please change it at first login', ['Welcome123!']],
    ['User: jsmith@example.com / pass: Tr0ub4dor&3', ['jsmith@example.com', 'Tr0ub4dor&3']],
    ['My username is s.okafor', ['s.okafor']],
    ['my username is cprice and password is Bluebell77.', ['cprice', 'Bluebell77']],
    ['the admin login is bcarter and the password is Spring2026!, router at 192.0.2.14', ['bcarter', 'Spring2026!']],
    ['NAS admin account optadmin / pw Lens!2026', ['Lens!2026']],
  ])('finds the login secrets in %j', (text, values) => {
    expect(found(text, 'credential')).toEqual(values);
  });

  it.each([
    ['The TeamViewer ID is 123 456 789 and the password is 4kd9x2', ['123 456 789', '4kd9x2']],
    ['TeamViewer: 1 234 567 890 Password: 8hx3kq', ['1 234 567 890', '8hx3kq']],
    ['anydesk 987 654 321', ['987 654 321']],
    ['session code 583 221, I am ready', ['583 221']],
    ['The verification code 552 781 expires in 10 minutes.', ['552 781']],
    ['Your one-time passcode is 482913.', ['482913']],
    ['go to logmeinrescue.com and type in the code 482 913 when I call', ['482 913']],
  ])('finds remote-session ids and codes in %j', (text, values) => {
    expect(found(text, 'credential')).toEqual(values);
  });

  it.each([
    ['card ending 1111, CVV 123', ['123']],
    ['my card is 4111 1111 1111 1111 and the cvc is 123', ['123']],
    ['security code 737', ['737']],
    ['her PIN is 4821', ['4821']],
    ['PIN number: 0000', ['0000']],
  ])('finds PINs and card security codes in %j', (text, values) => {
    expect(found(text, 'credential')).toEqual(values);
  });

  it.each([
    'Forgot your password? Use the reset link.',
    'Password: ********',
    'password: (I will text it to you)',
    'Your password has expired, please change it.',
    'Please send your username and password separately.',
    'PIN: please call us and we will reset it.',
    'the password is the same as before',
    'We will send a new PIN number by post.',
    'The user name field is blank and the password field shows ********.',
    'Password: see the email from Tom',
    'I changed my password to something stronger.',
    'Shipping to Leeds; the pin on the map is wrong.',
    'Error code 0x80070005 in the log.',
    'The password policy requires 12 characters.',
    'password: <redacted>',
    'Use promo code TRADE20 at checkout.',
    'Reason code 4853: services not as described.',
    'Account name: Northwind IT Support Ltd, sort code 20-45-77',
  ])('finds no credential in %j', (text) => {
    expect(found(text, 'credential')).toEqual([]);
  });
});
