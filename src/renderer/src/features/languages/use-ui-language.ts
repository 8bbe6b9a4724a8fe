// The UI language as remembered by the core (this computer's local setting) and applied to the
// page; choosing one switches everything at once and then remembers it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { UiLanguage } from '../../../../shared/ui-language';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { coreQueryKey } from '../../api/query-keys';
import { applyUiLanguage } from '../../i18n/language-choice';

export function useUiLanguageSetting() {
  const setting = useCoreQuery('uiLanguage.get', {});
  const queryClient = useQueryClient();
  const choose = useCallback(
    async (language: UiLanguage | null) => {
      // Switch first: the user sees the new language even if remembering it fails.
      await applyUiLanguage(language);
      const saved = await call('uiLanguage.save', { language });
      queryClient.setQueryData(coreQueryKey('uiLanguage.get', {}), saved);
    },
    [queryClient],
  );
  return { setting, choose };
}

/** Mounted once at the top: applies the remembered language as soon as the core tells it. */
export function UiLanguageFromSettings() {
  const { setting } = useUiLanguageSetting();
  const remembered = setting.data?.language;
  useEffect(() => {
    if (remembered !== undefined) void applyUiLanguage(remembered);
  }, [remembered]);
  return null;
}
