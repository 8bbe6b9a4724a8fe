// A playbook as the editor holds it: steps with a stable local id for React, the offset as typed,
// and the conversion to what playbooks.save takes. Renaming a step's key renames the waits on it.
import type { FieldMessage } from '../../../../shared/errors';
import type {
  Playbook,
  PlaybookFieldsInput,
  RetentionActionKind,
  RetentionSituation,
} from '../../../../shared/retention';

export interface DraftStep {
  uid: number;
  key: string;
  kind: RetentionActionKind;
  title: string;
  offsetDays: number | '';
  after: string | null;
  assigneeId: string | null;
  notes: string;
}

export interface PlaybookDraft {
  name: string;
  situation: RetentionSituation;
  description: string;
  steps: DraftStep[];
}

let nextUid = 1;

export function newStep(existing: readonly DraftStep[]): DraftStep {
  const keys = new Set(existing.map((step) => step.key));
  let n = existing.length + 1;
  while (keys.has(`step-${n}`)) n++;
  return {
    uid: nextUid++,
    key: `step-${n}`,
    kind: 'deep-communication',
    title: '',
    offsetDays: 0,
    after: null,
    assigneeId: null,
    notes: '',
  };
}

export function draftOf(playbook: Playbook | null): PlaybookDraft {
  if (!playbook) {
    return { name: '', situation: 'other', description: '', steps: [newStep([])] };
  }
  return {
    name: playbook.name,
    situation: playbook.situation,
    description: playbook.description,
    steps: playbook.steps.map((step) => ({ ...step, uid: nextUid++ })),
  };
}

export function fieldsOf(draft: PlaybookDraft): PlaybookFieldsInput {
  return {
    name: draft.name,
    situation: draft.situation,
    description: draft.description,
    steps: draft.steps.map(({ uid: _uid, offsetDays, after, ...step }) => ({
      ...step,
      // An empty offset is sent as missing, so it gets the offset's own message.
      offsetDays: offsetDays === '' ? (undefined as unknown as number) : offsetDays,
      after: after || null,
    })),
  };
}

export function renameKey(steps: readonly DraftStep[], uid: number, key: string): DraftStep[] {
  const old = steps.find((step) => step.uid === uid)?.key;
  return steps.map((step) => {
    if (step.uid === uid) return { ...step, key };
    if (old && step.after === old) return { ...step, after: key };
    return step;
  });
}

export function moveStep(steps: readonly DraftStep[], index: number, by: -1 | 1): DraftStep[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Removes a step; steps that waited on it now count from the run day. */
export function removeStep(steps: readonly DraftStep[], uid: number): DraftStep[] {
  const removed = steps.find((step) => step.uid === uid);
  return steps
    .filter((step) => step.uid !== uid)
    .map((step) => (removed && step.after === removed.key ? { ...step, after: null } : step));
}

/** Field messages keyed by path within the playbook ("name", "steps.2.after"). */
export type DraftErrors = Record<string, FieldMessage>;

export function draftErrorsFrom(fields: Record<string, FieldMessage>): DraftErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([path, message]) => [path.replace(/^playbook\./, ''), message]),
  );
}
