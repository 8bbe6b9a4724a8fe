// Long imports under a job id the renderer chose: how far they are (polled, so Electron and
// browser mode need nothing but ordinary calls) and a cancel flag they check between chunks. A
// cancelled commit throws inside its transaction, so nothing it wrote remains.
import type { ImportPhase, ImportProgress } from '../../shared/data-import';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export interface ImportJob {
  report(phase: ImportPhase, done: number, total: number): void;
  /** Throws ImportCancelled once the user asked to cancel. */
  check(): void;
  finish(): void;
}

interface JobState extends ImportProgress {
  finishedAt: number | null;
}

const jobs = new Map<string, JobState>();
/** A finished job's last state stays this long, for the poll that comes after it ended. */
const keepFinishedMs = 60_000;

export function startJob(jobId: string | null): ImportJob {
  if (jobId === null) return { report() {}, check() {}, finish() {} };
  forgetOldJobs();
  // A cancel that arrived before the work started (a fast click) still counts.
  const earlier = jobs.get(jobId);
  const state: JobState = {
    phase: 'reading',
    done: 0,
    total: 0,
    cancelled: earlier?.cancelled ?? false,
    finishedAt: null,
  };
  jobs.set(jobId, state);
  return {
    report(phase, done, total) {
      state.phase = phase;
      state.done = done;
      state.total = total;
    },
    check() {
      if (state.cancelled) throw new ImportCancelled();
    },
    finish() {
      state.finishedAt = Date.now();
    },
  };
}

export function jobProgress(jobId: string): ImportProgress | null {
  const state = jobs.get(jobId);
  if (!state) return null;
  return { phase: state.phase, done: state.done, total: state.total, cancelled: state.cancelled };
}

/** Marks the job cancelled; true when it was still running (or not started yet). */
export function cancelJob(jobId: string): boolean {
  const state = jobs.get(jobId);
  if (state && state.finishedAt !== null) return false;
  if (state) state.cancelled = true;
  else jobs.set(jobId, { phase: 'reading', done: 0, total: 0, cancelled: true, finishedAt: Date.now() });
  return true;
}

function forgetOldJobs(): void {
  const now = Date.now();
  for (const [id, state] of jobs) {
    if (state.finishedAt !== null && now - state.finishedAt > keepFinishedMs) jobs.delete(id);
  }
}

/** Lets calls queued behind a long loop (a progress poll, a cancel) run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
