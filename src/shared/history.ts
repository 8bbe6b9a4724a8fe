// What happened to a record, read from the change log: the timeline of a partner and undo.
import { z } from 'zod';
import { ulidField } from './validation';

export const timelineEntityKinds = [
  'partner',
  'contact',
  'careEvent',
  'commitment',
  'visitNote',
  'greeting',
  'dispute',
  'retentionCase',
  'retentionAction',
  'surveyResponse',
  'tierChange',
  'tierOverride',
  'enrollment',
  'claim',
  'redemption',
] as const;

export const timelineChangeSchema = z.object({
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  /**
   * A synced change that a newer edit of the same field beat (made on another computer while
   * offline): kept in the field's history so nothing typed is lost from view, never applied.
   */
  lost: z.boolean().optional(),
});
export type TimelineChange = z.infer<typeof timelineChangeSchema>;

export const timelineEntrySchema = z.object({
  /** Stable key: the batch and the row it touched. */
  key: z.string(),
  at: z.string(),
  actorName: z.string(),
  kind: z.enum(['created', 'updated', 'deleted', 'restored']),
  entity: z.enum(timelineEntityKinds),
  entityId: z.string(),
  entityName: z.string(),
  changes: z.array(timelineChangeSchema),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineInputSchema = z.object({
  partnerId: ulidField,
  limit: z.number().int().min(1).max(1000).default(200),
});

export const undoInputSchema = z.object({
  /** A specific batch (the Undo button of a notification); the last undoable one when absent. */
  batchId: ulidField.optional(),
});

export const undoOutputSchema = z.object({
  undone: z.boolean(),
  /** What was undone, e.g. "Delete partner Maju Jaya". */
  label: z.string().nullable(),
});
export type UndoOutput = z.infer<typeof undoOutputSchema>;

export const undoStatusSchema = z.object({
  canUndo: z.boolean(),
  /** What Ctrl+Z would undo now, e.g. "Edit partner Maju Jaya". */
  label: z.string().nullable(),
});
export type UndoStatus = z.infer<typeof undoStatusSchema>;

/** Every write answers the batch it made, so the UI can offer Undo for exactly that change. */
export const writeResultSchema = z.object({ id: z.string(), batchId: z.string() });
export type WriteResult = z.infer<typeof writeResultSchema>;
