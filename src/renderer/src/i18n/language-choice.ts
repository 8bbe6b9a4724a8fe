// Applies the UI language: i18next's language (a regional locale such as 'ms-MY', so every Intl
// formatter that reads i18n.language follows it), <html lang>, dayjs, and a copy of the choice in
// localStorage so the next start paints in the right language before the core has answered.
// The core's local setting (uiLanguage.get/save) stays the record: it survives a browser-mode port
// change and is the same for Electron and the browser.
import dayjs from 'dayjs';
import i18next from 'i18next';
import { isUiLanguage, type UiLanguage } from '../../../shared/ui-language';
import './dayjs-locales';
import { dayjsLocaleName, formattingLocale, languageFromLocales, languageOfLocale } from './ui-locale';

const storageKey = 'channelkeeper.ui-language';

function osLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
}

/** The language the computer asks for (Settings shows it as the default). */
export function osLanguage(): UiLanguage {
  return languageFromLocales(osLocales());
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The choice remembered by the last run in this window's storage, if any. */
export function rememberedLanguage(): UiLanguage | null {
  const value = storage()?.getItem(storageKey);
  return isUiLanguage(value) ? value : null;
}

/** The locale to start in: the remembered choice, else the OS language. */
export function initialLocale(): string {
  return formattingLocale(rememberedLanguage() ?? osLanguage(), osLocales());
}

/** Outside i18next: the page's lang attribute and dayjs' names follow the locale. */
export function applyLocaleToPage(locale: string): void {
  dayjs.locale(dayjsLocaleName(locale));
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * Switches the whole UI at once (react-i18next re-renders on languageChanged). A null choice means
 * "follow the computer".
 */
export async function applyUiLanguage(choice: UiLanguage | null): Promise<void> {
  const store = storage();
  if (choice) store?.setItem(storageKey, choice);
  else store?.removeItem(storageKey);
  const locale = formattingLocale(choice ?? osLanguage(), osLocales());
  applyLocaleToPage(locale);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

/** The UI language i18next shows now ('zh' for 'zh-CN'). */
export function currentUiLanguage(): UiLanguage {
  return languageOfLocale(i18next.language ?? 'en');
}
