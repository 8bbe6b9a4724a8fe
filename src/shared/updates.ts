// The app-update contract between the Electron main process and the page: what the update flow
// reports, the actions the page may ask for, and the check of a feed URL typed in Settings.
import { z } from 'zod';

/** A newer release the feed offers, its notes already reduced to plain text (never HTML). */
export const offeredUpdateSchema = z.object({
  version: z.string(),
  releaseNotes: z.string(),
  releaseDate: z.string().nullable(),
});
export type OfferedUpdate = z.infer<typeof offeredUpdateSchema>;

/** Why a check or a download did not work: "offline" covers every unreachable network or host. */
export const updateFailureSchema = z.enum(['offline', 'feed', 'other']);
export type UpdateFailure = z.infer<typeof updateFailureSchema>;

export const updatePhaseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('idle') }),
  z.object({ kind: z.literal('checking') }),
  z.object({ kind: z.literal('up-to-date') }),
  z.object({
    kind: z.literal('available'),
    update: offeredUpdateSchema,
    /** Set when the last download attempt failed; the offer stays so the person can retry. */
    downloadFailed: updateFailureSchema.nullable(),
  }),
  z.object({ kind: z.literal('downloading'), update: offeredUpdateSchema, percent: z.number() }),
  z.object({ kind: z.literal('downloaded'), update: offeredUpdateSchema }),
]);
export type UpdatePhase = z.infer<typeof updatePhaseSchema>;

export const updateCheckRecordSchema = z.object({
  /** ISO timestamp of when the check finished. */
  at: z.string(),
  outcome: z.enum(['up-to-date', 'available', 'offline', 'failed']),
  /** The technical reason of a failure, for support; null otherwise. */
  detail: z.string().nullable(),
});
export type UpdateCheckRecord = z.infer<typeof updateCheckRecordSchema>;

export const updatesStatusSchema = z.object({
  /** False when the app is not an installed (packaged) build: there is nothing to update. */
  supported: z.boolean(),
  currentVersion: z.string(),
  feedUrl: z.string(),
  defaultFeedUrl: z.string(),
  phase: updatePhaseSchema,
  lastCheck: updateCheckRecordSchema.nullable(),
  /** The offered version the person put off with "Later" (no prompt for it until the next start). */
  postponedVersion: z.string().nullable(),
});
export type UpdatesStatus = z.infer<typeof updatesStatusSchema>;

/** What the page may ask the main process to do; anything else is refused. */
export const updateRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('status') }),
  z.object({ action: z.literal('check') }),
  z.object({ action: z.literal('download') }),
  z.object({ action: z.literal('postpone') }),
  z.object({ action: z.literal('install') }),
  /** null goes back to the feed the app was built with. */
  z.object({ action: z.literal('set-feed'), url: z.string().max(2000).nullable() }),
]);
export type UpdateRequest = z.infer<typeof updateRequestSchema>;

/** A refused request: a feed URL that does not pass checkFeedUrl, a malformed request, or a page
 * that is not the app's own. */
export type UpdateRefusal = FeedUrlProblem | 'request' | 'forbidden';

export type UpdateAnswer = { ok: true; status: UpdatesStatus } | { ok: false; problem: UpdateRefusal };

export type FeedUrlProblem = 'empty' | 'invalid' | 'protocol' | 'credentials';

/**
 * A feed is a folder on a web server (latest.yml and the installers). http is allowed as well as
 * https because a team server on the office network often has no certificate; electron-updater
 * still checks each download's SHA-512 from the feed's metadata.
 */
export function checkFeedUrl(
  text: string,
): { ok: true; url: string } | { ok: false; problem: FeedUrlProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'protocol' };
  if (!url.hostname) return { ok: false, problem: 'invalid' };
  // Credentials in a URL end up in logs and screenshots; the feed must be readable without them.
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  url.hash = '';
  return { ok: true, url: url.href };
}
