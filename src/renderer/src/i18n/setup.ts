// Starts i18next with the bundled resources, synchronously, so the first render is translated.
// English is complete; other languages hold what partners read (statements) until they are.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { id } from './locales/id';
import { ms } from './locales/ms';
import { nl } from './locales/nl';
import { zh } from './locales/zh';

export function startI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      // Partial so far: partner statements print in these languages (issue 8 completes them).
      zh: { translation: zh },
      ms: { translation: ms },
      id: { translation: id },
      nl: { translation: nl },
    },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    // React escapes text already; escaping here would show &amp; in names like "Lim & Sons".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
