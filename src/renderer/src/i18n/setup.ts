// Starts i18next with the bundled resources, synchronously, so the first render is translated, in
// the language chosen last time on this computer or else the OS language (see language-choice.ts).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyLocaleToPage, initialLocale } from './language-choice';
import { en } from './locales/en';
import { id } from './locales/id';
import { ms } from './locales/ms';
import { nl } from './locales/nl';
import { zh } from './locales/zh';

export function startI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  // A regional locale ('ms-MY', 'en-GB'): i18next reads the 'ms'/'en' resources, and the Intl
  // formatters that take i18n.language follow the region's conventions.
  const locale = initialLocale();
  applyLocaleToPage(locale);
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      zh: { translation: zh },
      ms: { translation: ms },
      id: { translation: id },
      nl: { translation: nl },
    },
    lng: locale,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes text already; escaping here would show &amp; in names like "Lim & Sons".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
