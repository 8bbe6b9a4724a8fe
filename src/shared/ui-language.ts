// The languages the app's own text is written in, and the setting that remembers the user's choice
// on this computer (not synced: teammates may read the same workspace in different languages).
import { z } from 'zod';

export const uiLanguages = ['en', 'zh', 'ms', 'id', 'nl'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The chosen language; null until the user chooses one, meaning "follow the computer's language". */
export const uiLanguageSettingSchema = z.object({
  language: z.enum(uiLanguages).nullable(),
});
export type UiLanguageSetting = z.infer<typeof uiLanguageSettingSchema>;

export const uiLanguageSaveInputSchema = z.object({
  language: z.enum(uiLanguages, { error: 'validation.language' }).nullable(),
});

/** Each language in its own name, the same whatever the UI language (people look for their own). */
export const languageEndonyms: Record<UiLanguage, string> = {
  en: 'English',
  zh: '中文（简体）',
  ms: 'Bahasa Melayu',
  id: 'Bahasa Indonesia',
  nl: 'Nederlands',
};
