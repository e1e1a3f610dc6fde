import net from 'node:net';

/**
 * No test may reach the internet: every TCP connection must go to a loopback address.
 * Anything else throws at once, so a test that would leave the machine fails loudly.
 */
const allowed = (host: string | undefined): boolean =>
  host === undefined || host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '';

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  let host: string | undefined;
  let isPath = false;
  if (first && typeof first === 'object' && !Array.isArray(first)) {
    const options = first as { host?: string; path?: string };
    host = options.host;
    isPath = typeof options.path === 'string';
  } else if (typeof first === 'number') {
    host = typeof args[1] === 'string' ? args[1] : undefined;
  } else if (typeof first === 'string') {
    isPath = true;
  }
  if (!isPath && !allowed(host)) {
    throw new Error(`Test tried to reach ${host}: tests may only connect to 127.0.0.1 / localhost / ::1`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
