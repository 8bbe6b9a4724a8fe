// Starts i18next with the bundled resources, synchronously, so the first render is translated.
// English is complete; other languages are added as locales/<lang>.ts later.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';

export function startI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    // React escapes text already; escaping here would show &amp; in names like "Lim & Sons".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
