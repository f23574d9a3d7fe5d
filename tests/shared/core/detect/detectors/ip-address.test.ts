import { everything, found } from '../find';

describe('IP addresses', () => {
  it.each([
    ['My IP address is 203.0.113.45, can you allow it?', '203.0.113.45'],
    ['ping 192.0.2.10 from the office', '192.0.2.10'],
    ['RDP to 198.51.100.7:3389 was refused', '198.51.100.7'],
    ['the router shows 2001:db8::1 as its address', '2001:db8::1'],
    ['IPv6 2001:db8:85a3::8a2e:370:7334 on the VPN', '2001:db8:85a3::8a2e:370:7334'],
    ['gateway fe80::1ff:fe23:4567:890a', 'fe80::1ff:fe23:4567:890a'],
    ['IP: 1.1.1.1', '1.1.1.1'],
    ['subnet 192.0.2.0/24', '192.0.2.0'],
    ['Client machine: WS-RECEPTION-1 (198.51.100.61)', '198.51.100.61'],
    ['The backup appliance at 10.20.30.40 reports an error', '10.20.30.40'],
  ])('finds the address in %j', (text, ip) => {
    expect(found(text, 'ip_address')).toEqual([ip]);
  });

  it.each([
    'Windows version 10.0.19045.1 is installed.',
    'Please update the agent to 7.2.8.0 tonight.',
    'Release v4.12.0.3 fixed it.',
    'Chrome 119.0.6045.160 is current.',
    'Build 1.2.3.4 of the app',
    'The appliance reports firmware 3.2.1.8, please update to 3.2.2.0 next week.',
    'Meeting at 10:30:00 on 2024-05-01.',
    'MAC 00:1A:2B:3C:4D:5E on the label.',
    'Totals 256.1.1.1 and 1.2.3.4.5 are not addresses',
    'The ratio was 3:2:1',
  ])('finds no address in %j', (text) => {
    expect(found(text, 'ip_address')).toEqual([]);
  });

  it('reports an IP inside a link as the link', () => {
    expect(everything('open http://192.0.2.10:8080/admin now')).toEqual(['url: http://192.0.2.10:8080/admin']);
  });
});
