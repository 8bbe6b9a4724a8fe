// DNS-rebinding guard: a page on another site that resolves its own name to 127.0.0.1 still sends
// its own name in the Host header, so only loopback names are served.
const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.startsWith('[')
    ? hostHeader.slice(0, hostHeader.indexOf(']') + 1)
    : hostHeader.split(':')[0];
  return loopbackNames.has((name ?? '').toLowerCase());
}
