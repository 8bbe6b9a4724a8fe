// Visit notes: what was seen, said and raised at a partner visit, who was there, the partner's
// mood, files attached, and the promises and follow-ups that came out of it.
import { z } from 'zod';
import { careEventStatuses, commitmentInputSchema } from './care';
import { isoDateField, limits, optionalText, requiredText, ulidField } from './validation';

/** Photos and files larger than this are refused before anything is written. */
export const maxAttachmentBytes = 50 * 1024 * 1024;

/** A file kept in the data folder under its SHA-256, referenced from a note. */
export const attachmentRefSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.invalid' }),
  fileName: z.string().trim().min(1).max(255),
  mediaType: z.string().trim().max(255),
  // A refinement, not .max(): the shared zod translation reads every too_big as "too long".
  size: z
    .number()
    .int()
    .min(0)
    .refine((size) => size <= maxAttachmentBytes, { error: 'validation.attachmentTooLarge' }),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const attachmentAddInputSchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .max(255, { error: 'validation.tooLong' }),
  mediaType: z.string().trim().max(255).default('application/octet-stream'),
  /** The file's bytes in base64; the core refuses more than maxAttachmentBytes once decoded. */
  contentBase64: z.string(),
});
export type AttachmentAddInput = z.input<typeof attachmentAddInputSchema>;

export const attachmentReadInputSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.invalid' }),
});
export const attachmentContentSchema = z.object({ contentBase64: z.string() });

export const visitNoteInputSchema = z.object({
  partnerId: ulidField,
  /** The visit the note is about; null records a visit held on `date` in the same batch. */
  careEventId: ulidField.nullable().default(null),
  date: isoDateField,
  attendeeContactIds: z.array(ulidField).max(50, { error: 'validation.tooMany' }).default([]),
  attendeeOwnerIds: z.array(ulidField).max(50, { error: 'validation.tooMany' }).default([]),
  purpose: optionalText(limits.address),
  /** Paragraphs and lists as light Markdown ("- " bullets, "1. " numbers, blank line paragraphs). */
  notes: optionalText(limits.longText),
  sentiment: z
    .number({ error: 'validation.sentiment' })
    .int({ error: 'validation.sentiment' })
    .refine((score) => score >= 1 && score <= 5, { error: 'validation.sentiment' })
    .nullable()
    .default(null),
  issues: z.array(requiredText(limits.address)).max(50, { error: 'validation.tooMany' }).default([]),
  attachments: z.array(attachmentRefSchema).max(50, { error: 'validation.tooMany' }).default([]),
});
export type VisitNoteInput = z.input<typeof visitNoteInputSchema>;
export type VisitNoteFields = z.output<typeof visitNoteInputSchema>;

/** A promise written down with the note; it becomes a commitment linked to the visit. */
export const commitmentDraftSchema = commitmentInputSchema.pick({
  description: true,
  madeBy: true,
  ownerId: true,
  dueDate: true,
});
/** A follow-up task; it becomes a 'follow-up' care event on its date. */
export const followUpDraftSchema = z.object({
  title: requiredText(limits.name),
  date: isoDateField,
  ownerId: ulidField.nullable().default(null),
});

export const visitNoteCreateInputSchema = visitNoteInputSchema.extend({
  commitments: z.array(commitmentDraftSchema).max(50, { error: 'validation.tooMany' }).default([]),
  followUps: z.array(followUpDraftSchema).max(50, { error: 'validation.tooMany' }).default([]),
});
export type VisitNoteCreateInput = z.input<typeof visitNoteCreateInputSchema>;
export type VisitNoteCreateFields = z.output<typeof visitNoteCreateInputSchema>;

export const visitNoteSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  careEventId: z.string().nullable(),
  date: z.string(),
  attendeeContactIds: z.array(z.string()),
  attendeeOwnerIds: z.array(z.string()),
  purpose: z.string(),
  notes: z.string(),
  sentiment: z.number().int().nullable(),
  issues: z.array(z.string()),
  attachments: z.array(attachmentRefSchema),
  /** Commitments made in this visit (linked through its care event). */
  commitmentIds: z.array(z.string()),
  /** Follow-up tasks set in this note (care events of kind 'follow-up'), by date. */
  followUps: z.array(
    z.object({ id: z.string(), title: z.string(), date: z.string(), status: z.enum(careEventStatuses) }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VisitNote = z.infer<typeof visitNoteSchema>;
