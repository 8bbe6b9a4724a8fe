// The subject line of a greeting sent by e-mail, in the contact's language: what people there write
// on such a card ("Selamat Hari Raya Aidilfitri", "生日快乐", "Fijne kerstdagen"), never a
// translated "Greeting".
import { festivalName, isFestivalKey, isGreetingLanguage, type GreetingLanguage } from './templates';
import type { FestivalKey, GreetingOccasion } from '../../shared/greetings';

const birthday: Record<GreetingLanguage, string> = {
  en: 'Happy birthday',
  zh: '生日快乐',
  ms: 'Selamat hari jadi',
  id: 'Selamat ulang tahun',
  nl: 'Gefeliciteerd met je verjaardag',
};

const anniversary: Record<GreetingLanguage, string> = {
  en: 'Happy anniversary of our partnership',
  zh: '合作周年快乐',
  ms: 'Selamat ulang tahun perkongsian kita',
  id: 'Selamat ulang tahun kemitraan kita',
  nl: 'Gefeliciteerd met ons jubileum',
};

const seasonsGreetings: Record<GreetingLanguage, string> = {
  en: "Season's greetings",
  zh: '节日快乐',
  ms: 'Salam perayaan',
  id: 'Selamat hari raya',
  nl: 'Fijne feestdagen',
};

/** How a festival's wish is phrased around its name, per language. */
const festivalWish: Record<GreetingLanguage, (name: string) => string> = {
  en: (name) => `Happy ${name}`,
  zh: (name) => `${name}快乐`,
  ms: (name) => `Selamat ${name}`,
  id: (name) => `Selamat ${name}`,
  nl: (name) => `Fijne ${name}`,
};

/** Festivals whose customary wish does not follow the pattern above. */
const customaryWishes: Partial<Record<FestivalKey, Partial<Record<GreetingLanguage, string>>>> = {
  'chinese-new-year': { zh: '新春快乐', nl: 'Gelukkig Chinees Nieuwjaar' },
  imlek: { zh: '新春快乐', nl: 'Gelukkig Chinees Nieuwjaar' },
  'spring-festival': { zh: '新春快乐', nl: 'Gelukkig Chinees Nieuwjaar' },
  christmas: { en: 'Merry Christmas', nl: 'Fijne kerstdagen' },
  natal: { en: 'Merry Christmas', nl: 'Fijne kerstdagen' },
  kerstmis: { en: 'Merry Christmas', nl: 'Fijne kerstdagen' },
  'dragon-boat': { zh: '端午安康' },
  'hari-raya-aidilfitri': { id: 'Selamat Hari Raya Idulfitri' },
  'idul-fitri': { ms: 'Selamat Hari Raya Aidilfitri', id: 'Selamat Hari Raya Idulfitri' },
  sinterklaas: { nl: 'Fijne Sinterklaasavond' },
};

export function mailSubject(
  occasion: GreetingOccasion,
  language: string,
  genericFestivalName?: string | null,
): string {
  const lang: GreetingLanguage = isGreetingLanguage(language) ? language : 'en';
  if (occasion === 'birthday') return birthday[lang];
  if (occasion === 'anniversary') return anniversary[lang];
  if (isFestivalKey(occasion)) {
    return customaryWishes[occasion]?.[lang] ?? festivalWish[lang](festivalName(occasion, lang));
  }
  const name = genericFestivalName?.trim();
  return name ? festivalWish[lang](name) : seasonsGreetings[lang];
}
