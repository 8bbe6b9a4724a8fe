// A long preview or commit runs under a job id the page makes up; while it runs the page polls the
// core for its progress (works the same over IPC and HTTP) and can ask it to cancel.
import { useCallback, useEffect, useState } from 'react';
import type { ImportProgress } from '../../../../shared/data-import';
import { call } from '../../api/client';

/** Fast enough for a bar that moves, slow enough to cost nothing next to the import itself. */
const pollMs = 300;

export function newJobId(): string {
  return crypto.randomUUID();
}

export function useImportJobProgress(jobId: string | null): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (!jobId) return;
    let current = true;
    const poll = () =>
      call('imports.progress', { jobId }).then(
        (value) => current && setProgress(value),
        () => undefined,
      );
    const timer = setInterval(() => void poll(), pollMs);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [jobId]);
  return progress;
}

export function useCancelImport(): (jobId: string | null) => void {
  return useCallback((jobId: string | null) => {
    if (jobId) void call('imports.cancel', { jobId }).catch(() => undefined);
  }, []);
}
