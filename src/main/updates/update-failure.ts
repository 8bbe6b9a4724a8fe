// Sorts an update error into what the person needs to know: the network or the feed's host is not
// reachable (normal for this app's users, never worth a prompt), the feed answered with something
// unusable, or anything else.
import type { UpdateFailure } from '../../shared/updates';

/** Chromium's net errors (electron-updater downloads through Electron's net) and Node's codes. */
const UNREACHABLE =
  /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|CONNECTION_(REFUSED|RESET|CLOSED|TIMED_OUT|FAILED|ABORTED)|ADDRESS_UNREACHABLE|NETWORK_(CHANGED|ACCESS_DENIED|IO_SUSPENDED)|TIMED_OUT|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|EMPTY_RESPONSE|SSL_PROTOCOL_ERROR|CERT_[A-Z_]+)|\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENETDOWN|EPIPE)\b/;

/** electron-updater's HttpError says "HttpError: 404" and the like; its YAML errors name the file. */
const FEED_PROBLEM =
  /HttpError|status code|\b[45]\d\d\b|latest(-mac|-linux)?\.yml|Cannot parse|ERR_UPDATER_/i;

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

export function classifyUpdateError(error: unknown): UpdateFailure {
  const text = errorText(error);
  if (UNREACHABLE.test(text)) return 'offline';
  if (FEED_PROBLEM.test(text)) return 'feed';
  return 'other';
}
