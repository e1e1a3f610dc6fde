import { isPublicAddress, judgeAddress } from '../../../src/fetching/address-policy';

describe('which addresses the fetcher may connect to', () => {
  it.each([
    ['93.184.216.34', 'a public IPv4 address'],
    ['151.101.1.69', 'a CDN address'],
    ['2606:4700:4700::1111', 'a public IPv6 address'],
    ['64:ff9b::5db8:d822', 'NAT64 of a public IPv4 address (DNS64 networks)'],
    ['2002:5db8:d822::1', '6to4 of a public IPv4 address'],
    ['::ffff:93.184.216.34', 'IPv4-mapped public address'],
  ])('allows %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['0.0.0.0', 'unspecified'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped:loopback'],
    ['::ffff:7f00:1', 'ipv4Mapped:loopback'],
    ['::ffff:10.0.0.1', 'ipv4Mapped:private'],
    ['::ffff:169.254.169.254', 'ipv4Mapped:linkLocal'],
    ['64:ff9b::7f00:1', 'rfc6052:loopback'],
    ['64:ff9b::a9fe:a9fe', 'rfc6052:linkLocal'],
    ['2002:7f00:1::', '6to4:loopback'],
    ['2002:c0a8:101::1', '6to4:private'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['::7f00:1', 'ipv4Compatible'],
    ['::ffff:0:7f00:1', 'rfc6145'],
    ['2001:db8::1', 'reserved'],
    ['not-an-address', 'invalid'],
  ])('refuses %s as %s', (address, range) => {
    expect(judgeAddress(address)).toEqual({ allowed: false, range });
  });
});
