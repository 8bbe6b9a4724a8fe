// Backups of the database file, restore, and the archive for moving to another computer: the
// shapes the core answers and the UI sends.
import { z } from 'zod';

/** Why a backup was made; part of its file name. */
export const backupKinds = [
  'daily',
  'manual',
  'before-migration',
  'before-import',
  'before-restore',
  'before-joining',
] as const;
export const backupKindSchema = z.enum(backupKinds);
export type BackupKind = z.infer<typeof backupKindSchema>;

export const backupEntrySchema = z.object({
  fileName: z.string(),
  kind: backupKindSchema,
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupsOverviewSchema = z.object({
  /** Absolute path of the folder backups go to. */
  folder: z.string(),
  defaultFolder: z.string(),
  /** Newest first. */
  backups: z.array(backupEntrySchema),
  /** How many of each automatic class rotation keeps. */
  keep: z.object({ daily: z.number().int(), weekly: z.number().int() }),
});
export type BackupsOverview = z.infer<typeof backupsOverviewSchema>;

export const backupFolderInputSchema = z.object({
  /** An absolute folder; null goes back to the default (`<data folder>/backups`). */
  folder: z.string().trim().max(1000).nullable(),
});

export const backupFileInputSchema = z.object({
  fileName: z.string().min(1).max(300),
});

export const restoreOutputSchema = z.object({
  /** The copy of the data as it was just before the restore. */
  safetyBackup: z.string(),
  /** Schema version of the file that was restored (older files are updated after restoring). */
  restoredSchemaVersion: z.number().int(),
  /** Whether the restore came with attachments (an archive). */
  attachments: z.number().int().nonnegative(),
});
export type RestoreOutput = z.infer<typeof restoreOutputSchema>;

/**
 * Files too large for one procedure call (a 1 GB database, an archive) move in chunks through a
 * transfer: a temporary file in the core, written or read a piece at a time.
 */
export const transferChunkBytes = 4 * 1024 * 1024;
/** The largest file the UI may upload for a restore. */
export const maxUploadBytes = 16 * 1024 * 1024 * 1024;

export const transferIdField = z.string().regex(/^[0-9A-Z]{26}$/);

export const beginUploadInputSchema = z.object({
  fileName: z.string().trim().min(1).max(300),
  sizeBytes: z.number().int().nonnegative().max(maxUploadBytes),
});
export const uploadChunkInputSchema = z.object({
  transferId: transferIdField,
  offset: z.number().int().nonnegative(),
  contentBase64: z.string().max(Math.ceil((transferChunkBytes * 4) / 3) + 4),
});
export const transferInputSchema = z.object({ transferId: transferIdField });
export const transferOutputSchema = z.object({
  transferId: transferIdField,
  fileName: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type TransferOutput = z.infer<typeof transferOutputSchema>;
export const readChunkInputSchema = z.object({
  transferId: transferIdField,
  offset: z.number().int().nonnegative(),
});
export const readChunkOutputSchema = z.object({
  contentBase64: z.string(),
  done: z.boolean(),
});

/** The `manifest.json` inside an archive. */
export const archiveManifestSchema = z.object({
  app: z.literal('ChannelKeeper'),
  format: z.literal(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  attachments: z.number().int().nonnegative(),
});
export type ArchiveManifest = z.infer<typeof archiveManifestSchema>;

/** What the startup screen offers when the database failed its integrity check. */
export const startupRecoverySchema = z.object({
  problem: z.literal('DAMAGED'),
  dataFile: z.string(),
  detail: z.string(),
  newestBackup: backupEntrySchema.nullable(),
});
export type StartupRecovery = z.infer<typeof startupRecoverySchema>;
/** The key of `CoreError.details` that carries a StartupRecovery. */
export const startupRecoveryKey = 'startupRecovery';
