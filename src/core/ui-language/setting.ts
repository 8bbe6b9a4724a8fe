// Remembers the language of the app on this computer, in local_settings: it belongs to this
// installation like the window's theme, so it is neither synced nor part of the Undo history.
import type { ParsedInput } from '../../shared/contract';
import { isUiLanguage, type UiLanguageSetting } from '../../shared/ui-language';
import type { CoreContext } from '../context';

const settingKey = 'uiLanguage';

export async function readUiLanguage(ctx: CoreContext): Promise<UiLanguageSetting> {
  const row = await ctx.db
    .selectFrom('localSettings')
    .select('value')
    .where('key', '=', settingKey)
    .executeTakeFirst();
  // A value written by a later version with more languages reads as "not chosen", not as an error.
  return { language: isUiLanguage(row?.value) ? row.value : null };
}

export async function saveUiLanguage(
  ctx: CoreContext,
  input: ParsedInput<'uiLanguage.save'>,
): Promise<UiLanguageSetting> {
  const language = input.language;
  if (language === null) {
    await ctx.db.deleteFrom('localSettings').where('key', '=', settingKey).execute();
  } else {
    await ctx.db
      .insertInto('localSettings')
      .values({ key: settingKey, value: language })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: language }))
      .execute();
  }
  return { language: input.language };
}
