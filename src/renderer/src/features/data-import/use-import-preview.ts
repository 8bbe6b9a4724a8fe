// Asks the core to check the chosen file with the current column mapping, again whenever either
// changes. Kept out of the query cache: its input is the whole file, too big to hash per render.
import { useEffect, useRef, useState } from 'react';
import type { DataImportKind, ImportPreview } from '../../../../shared/data-import';
import { call } from '../../api/client';

export interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

export type PreviewState =
  | { state: 'idle' }
  | { state: 'loading' }
  /** `refreshing`: a new mapping is being checked; the previous preview stays in view meanwhile. */
  | { state: 'ready'; preview: ImportPreview; refreshing: boolean }
  | { state: 'failed'; error: unknown };

export function useImportPreview(
  kind: DataImportKind,
  file: ChosenFile | null,
  mapping: Record<string, string | null>,
  today: string,
  /** Claims: the program they belong to; no preview until it is chosen. */
  programId: string | null = null,
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
    setPreview((previous) =>
      sameFile && previous.state === 'ready' ? { ...previous, refreshing: true } : { state: 'loading' },
    );
    call('imports.preview', { kind, ...file, mapping, today, programId }).then(
      (result) => current && setPreview({ state: 'ready', preview: result, refreshing: false }),
      (error: unknown) => current && setPreview({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [kind, file, mapping, today, programId, attempt]);
  return { preview, retry: () => setAttempt((n) => n + 1) };
}
