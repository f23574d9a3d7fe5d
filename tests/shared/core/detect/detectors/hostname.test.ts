import { everything, found } from '../find';

describe('host names', () => {
  it.each([
    ['Please map \\\\FILESERVER01\\shared for her.', 'FILESERVER01'],
    ['it is joined as fileserver01.corp.local now', 'fileserver01.corp.local'],
    ['Computer name: RECEPTION-PC', 'RECEPTION-PC'],
    ['Remote onto ACME-PC-042 after 6pm.', 'ACME-PC-042'],
    ['the DC is srv-dc1.internal', 'srv-dc1.internal'],
    ['my hostname is ws0042, thanks', 'ws0042'],
    ['the laptop LAPTOP-7F3K2QH is ready', 'LAPTOP-7F3K2QH'],
    ['PC name is RECEPTION-02', 'RECEPTION-02'],
    ['Server: SRV-DC01', 'SRV-DC01'],
    ['NAS at nas01.home.arpa', 'nas01.home.arpa'],
  ])('finds the host in %j', (text, host) => {
    expect(found(text, 'hostname')).toEqual([host]);
  });

  it.each([
    'See https://www.example.com for details.',
    'Ticket INC0012345 about COVID-19 and UTF-8 encoding.',
    'The server is down again.',
    'SHA-256 and ISO-27001 are standards.',
    'Our local office is in Leeds.',
    'The host was very welcoming.',
    'Visit www.example.co.uk',
  ])('finds no host in %j', (text) => {
    expect(found(text, 'hostname')).toEqual([]);
  });

  it('reports a host inside an email or link as that email or link', () => {
    expect(everything('admin@corp.local and http://intranet.corp.local/wiki')).toEqual([
      'email: admin@corp.local',
      'url: http://intranet.corp.local/wiki',
    ]);
  });
});
