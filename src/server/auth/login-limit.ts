// Rate limiting of sign-ins, shared by every server instance through the `login_failures` table:
// more than `attempts` failures for one email, or from one address, within the window and the next
// try is refused until the oldest of those failures leaves the window.
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/database';

export interface LoginLimit {
  attempts: number;
  windowMs: number;
}

/**
 * When the next sign-in may be tried, given the times (ms) of recent failures; null when it may be
 * tried now. Pure: the rule itself, tested on its own.
 */
export function loginAllowedAt(
  failureTimes: readonly number[],
  limit: LoginLimit,
  now: number,
): number | null {
  const recent = failureTimes.filter((at) => at > now - limit.windowMs).sort((a, b) => a - b);
  if (recent.length < limit.attempts) return null;
  // Once the (count - attempts + 1) oldest failures have left the window, fewer than `attempts` remain.
  const freeing = recent[recent.length - limit.attempts]!;
  return freeing + limit.windowMs;
}

async function failureTimes(
  db: Kysely<ServerDatabase>,
  column: 'email' | 'ip',
  value: string,
  since: string,
): Promise<number[]> {
  const rows = await db
    .selectFrom('loginFailures')
    .select('at')
    .where(column, '=', value)
    .where('at', '>', since)
    .execute();
  return rows.map((row) => Date.parse(row.at));
}

/** When the later of the email's and the address's limits lifts, or null when sign-in may go ahead. */
export async function loginBlockedUntil(
  db: Kysely<ServerDatabase>,
  email: string,
  ip: string,
  limit: LoginLimit,
  now: Date,
): Promise<Date | null> {
  const since = new Date(now.getTime() - limit.windowMs).toISOString();
  const [byEmail, byIp] = await Promise.all([
    failureTimes(db, 'email', email, since),
    failureTimes(db, 'ip', ip, since),
  ]);
  const until = [loginAllowedAt(byEmail, limit, now.getTime()), loginAllowedAt(byIp, limit, now.getTime())]
    .filter((at): at is number => at !== null)
    .sort((a, b) => b - a)[0];
  return until === undefined ? null : new Date(until);
}

export async function recordLoginFailure(
  db: Kysely<ServerDatabase>,
  email: string,
  ip: string,
  limit: LoginLimit,
  now: Date,
): Promise<void> {
  const cutoff = new Date(now.getTime() - limit.windowMs).toISOString();
  // Failures that no longer count are dropped as new ones arrive, so the table stays small.
  await db.deleteFrom('loginFailures').where('email', '=', email).where('at', '<=', cutoff).execute();
  await db.deleteFrom('loginFailures').where('ip', '=', ip).where('at', '<=', cutoff).execute();
  await db.insertInto('loginFailures').values({ email, ip, at: now.toISOString() }).execute();
}

export async function clearLoginFailures(db: Kysely<ServerDatabase>, email: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('email', '=', email).execute();
}

/** "Try again in 12 minutes (after 14:32 UTC)." */
export function retryMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const clock = until.toISOString().slice(11, 16);
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${clock} UTC).`;
}
