import type { PolicyCategory } from '../schema';

/** Remote-control sessions: the usernames, IP addresses, host names and codes that identify a device. */
export const remoteAccess: PolicyCategory = {
  id: 'remote_access',
  title: 'Remote access',
  description:
    'Setting up or running a remote-control session (LogMeIn and the like): session codes, usernames, passwords, ' +
    'IP addresses and computer names.',
  lawfulBasis: 'contract',
  retention: {
    period: 'P30D',
    atEnd: 'dispose',
    rationale:
      'The policy says "no data is recorded or kept using these services": the identifiers are needed only for the ' +
      'session. 30 days covers follow-up; the support ticket keeps the record of the work. Credentials in mail should ' +
      'be changed and the mail deleted.',
  },
  clause:
    'Processing of personal data is unavoidable when initiating a remote control session. To facilitate the ' +
    'connection, the remote device must be identified via username, IP address, hostname, or alias of some kind.',
  rules: {
    subject: [
      'remote session',
      'remote access',
      'remote support',
      'remote connection*',
      'remote desktop',
      'logmein',
      'rescue session',
      'teamviewer',
      'anydesk',
      'rdp',
      'vpn access',
      'login details',
      'log in details',
      'login credentials',
      'access details',
    ],
    body: [
      'remote session',
      'remote access',
      'remote support',
      'remote control',
      'remote in',
      'remote onto',
      'remote into',
      'remote desktop',
      'remote connection*',
      'remotely',
      'logmein',
      'logmeinrescue',
      'logmein rescue',
      'rescue session',
      'teamviewer',
      'anydesk',
      'rdp',
      'session code',
      'session pin',
      'pin code',
      'connection code',
      '6 digit code',
      'six digit code',
      'username',
      'user name',
      'password',
      'login details',
      'ip address',
      'hostname',
      'host name',
      'computer name',
      'pc name',
      'take control',
      'connect to your computer',
      'connect to your pc',
      'access your computer',
      'access your pc',
    ],
    attachments: [],
    kinds: ['credential', 'hostname', 'ip_address'],
    weight: 4,
  },
  sharing: 'block',
};
