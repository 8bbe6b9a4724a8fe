// How far a long download has come, for the status the user watches while a computer joins a
// workspace or catches up: the share of the snapshot's rows merged, then the share of the log's
// stretch (from where the pull started to the log's newest row) applied. Pure, so the status
// never has to ask the server or the database how far along it is.
import type { DownloadProgress } from '../../../shared/sync';

/** `done` of `total` as a share from 0 to 1; null when there is no total to measure against. */
export function shareDone(done: number, total: number): number | null {
  if (!(total > 0)) return null;
  return Math.min(1, Math.max(0, done / total));
}

/**
 * The progress to show after a report. Within one step it never goes back: the log grows while a
 * pull runs (teammates keep pushing), and a bar that shrinks reads as something going wrong.
 */
export function laterProgress(shown: DownloadProgress | null, reported: DownloadProgress): DownloadProgress {
  if (shown && shown.step === reported.step && shown.share > reported.share) return shown;
  return reported;
}
