// What the update flow keeps between runs, in userData/update-settings.json: the feed chosen in
// Settings (null = the one the app was built with) and how the last check went.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { checkFeedUrl, updateCheckRecordSchema } from '../../shared/updates';

const storedSchema = z.object({
  feedUrl: z.string().nullable().catch(null),
  lastCheck: updateCheckRecordSchema.nullable().catch(null),
});
export type UpdateSettings = z.infer<typeof storedSchema>;

export const NO_UPDATE_SETTINGS: UpdateSettings = { feedUrl: null, lastCheck: null };

export interface UpdateSettingsStore {
  load(): UpdateSettings;
  save(settings: UpdateSettings): void;
}

/** Anything unreadable is "nothing chosen"; a stored feed that no longer passes the check is dropped. */
export function parseUpdateSettings(text: string): UpdateSettings {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return NO_UPDATE_SETTINGS;
    const feed = parsed.data.feedUrl === null ? null : checkFeedUrl(parsed.data.feedUrl);
    return { feedUrl: feed?.ok ? feed.url : null, lastCheck: parsed.data.lastCheck };
  } catch {
    return NO_UPDATE_SETTINGS;
  }
}

export function fileUpdateSettings(file: string): UpdateSettingsStore {
  return {
    load() {
      try {
        return parseUpdateSettings(readFileSync(file, 'utf8'));
      } catch {
        return NO_UPDATE_SETTINGS;
      }
    },
    save(settings) {
      // Write then rename: a crash mid-write never leaves half a file behind.
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`);
      renameSync(temporary, file);
    },
  };
}
