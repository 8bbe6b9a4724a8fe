// Asks the core to check the chosen file with the current column mapping and match mode, again
// whenever one of them changes. Kept out of the query cache: its input is the whole file, too big
// to hash per render. Each check runs under its own job id, so a long one shows progress and can
// be cancelled.
import { useEffect, useRef, useState } from 'react';
import type { DataImportKind, ImportMatchMode, ImportPreview } from '../../../../shared/data-import';
import { call } from '../../api/client';
import { newJobId } from './use-import-job';

export interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

export type PreviewState =
  | { state: 'idle' }
  | { state: 'loading'; jobId: string }
  /** `refreshing`: a new mapping is being checked; the previous preview stays in view meanwhile. */
  | { state: 'ready'; preview: ImportPreview; refreshing: boolean; jobId: string | null }
  | { state: 'failed'; error: unknown }
  | { state: 'cancelled' };

export interface PreviewOptions {
  /** Claims: the program they belong to; no preview until it is chosen. */
  programId?: string | null;
  matchBy?: ImportMatchMode;
}

function isCancelled(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'details' in error &&
    (error as { details?: { cancelled?: unknown } }).details?.cancelled === true
  );
}

export function useImportPreview(
  kind: DataImportKind,
  file: ChosenFile | null,
  mapping: Record<string, string | null>,
  today: string,
  { programId = null, matchBy = 'nameCity' }: PreviewOptions = {},
): { preview: PreviewState; retry: () => void } {
  const [preview, setPreview] = useState<PreviewState>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const checkedFile = useRef<ChosenFile | null>(null);
  useEffect(() => {
    if (!file || (kind === 'claims' && programId === null)) {
      checkedFile.current = null;
      setPreview({ state: 'idle' });
      return;
    }
    const sameFile = checkedFile.current === file;
    checkedFile.current = file;
    let current = true;
    const jobId = newJobId();
    setPreview((previous) =>
      sameFile && previous.state === 'ready'
        ? { ...previous, refreshing: true, jobId }
        : { state: 'loading', jobId },
    );
    call('imports.preview', { kind, ...file, mapping, today, programId, matchBy, jobId }).then(
      (result) => current && setPreview({ state: 'ready', preview: result, refreshing: false, jobId: null }),
      (error: unknown) =>
        current && setPreview(isCancelled(error) ? { state: 'cancelled' } : { state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [kind, file, mapping, today, programId, matchBy, attempt]);
  return { preview, retry: () => setAttempt((n) => n + 1) };
}
