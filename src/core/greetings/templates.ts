// Default greeting texts per occasion and language. Written by hand for how people actually greet
// partners on WhatsApp in each market (Malaysian Malay says "hari jadi" and "maaf zahir dan batin",
// Indonesian says "ulang tahun" and "mohon maaf lahir dan batin", Dutch partners are addressed with
// "je"), not translated word for word from English. Festival texts name their festival in the
// text itself; {{festivalName}} is for the generic 'festival' text and for user-edited templates.
import type { MergeField } from './render-template';

import {
  festivalKeys,
  greetingLanguages,
  type FestivalKey,
  type GreetingLanguage,
  type GreetingOccasion,
} from '../../shared/greetings';

export {
  defaultFestivalsByCountry,
  festivalKeys,
  greetingLanguages,
  greetingOccasions,
  type FestivalKey,
  type GreetingLanguage,
  type GreetingOccasion,
} from '../../shared/greetings';

export function isGreetingLanguage(value: string): value is GreetingLanguage {
  return (greetingLanguages as readonly string[]).includes(value);
}

export function isFestivalKey(value: string): value is FestivalKey {
  return (festivalKeys as readonly string[]).includes(value);
}

/** Each festival's name as people in that language call it, for {{festivalName}}. */
export const festivalNames: Record<FestivalKey, Record<GreetingLanguage, string>> = {
  'chinese-new-year': {
    en: 'Chinese New Year',
    zh: '农历新年',
    ms: 'Tahun Baru Cina',
    id: 'Tahun Baru Imlek',
    nl: 'Chinees Nieuwjaar',
  },
  'hari-raya-aidilfitri': {
    en: 'Hari Raya Aidilfitri',
    zh: '开斋节',
    ms: 'Hari Raya Aidilfitri',
    id: 'Hari Raya Idulfitri',
    nl: 'Suikerfeest',
  },
  deepavali: { en: 'Deepavali', zh: '屠妖节', ms: 'Deepavali', id: 'Deepavali', nl: 'Diwali' },
  christmas: { en: 'Christmas', zh: '圣诞节', ms: 'Krismas', id: 'Natal', nl: 'Kerstmis' },
  'idul-fitri': {
    en: 'Eid al-Fitr',
    zh: '开斋节',
    ms: 'Hari Raya Aidilfitri',
    id: 'Idulfitri',
    nl: 'Suikerfeest',
  },
  imlek: { en: 'Lunar New Year', zh: '春节', ms: 'Tahun Baru Cina', id: 'Imlek', nl: 'Chinees Nieuwjaar' },
  natal: { en: 'Christmas', zh: '圣诞节', ms: 'Krismas', id: 'Natal', nl: 'Kerstmis' },
  koningsdag: {
    en: "King's Day",
    zh: '国王节',
    ms: 'Hari Raja Belanda',
    id: 'Hari Raja Belanda',
    nl: 'Koningsdag',
  },
  sinterklaas: {
    en: 'Sinterklaas',
    zh: '圣尼古拉节',
    ms: 'Sinterklaas',
    id: 'Sinterklaas',
    nl: 'Sinterklaas',
  },
  kerstmis: { en: 'Christmas', zh: '圣诞节', ms: 'Krismas', id: 'Natal', nl: 'Kerstmis' },
  'spring-festival': {
    en: 'Spring Festival',
    zh: '春节',
    ms: 'Tahun Baru Cina',
    id: 'Tahun Baru Imlek',
    nl: 'Chinees Nieuwjaar',
  },
  'mid-autumn': {
    en: 'Mid-Autumn Festival',
    zh: '中秋节',
    ms: 'Pesta Kuih Bulan',
    id: 'Festival Kue Bulan',
    nl: 'Midherfstfeest',
  },
  'dragon-boat': {
    en: 'Dragon Boat Festival',
    zh: '端午节',
    ms: 'Pesta Perahu Naga',
    id: 'Peh Cun',
    nl: 'Drakenbootfestival',
  },
  'national-day': {
    en: 'National Day',
    zh: '国庆节',
    ms: 'Hari Kebangsaan China',
    id: 'Hari Nasional Tiongkok',
    nl: 'Chinese Nationale Feestdag',
  },
};

// Sign-offs go on their own line: WhatsApp shows the line break, and an empty {{senderName}}
// leaves a tidy last line rather than a dangling comma mid-sentence.
const defaultTemplates: Record<GreetingOccasion, Record<GreetingLanguage, string>> = {
  birthday: {
    en: 'Happy birthday, {{contactFirstName}}! Wishing you a wonderful day and a healthy, happy year ahead.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，祝您生日快乐！身体健康，万事如意，心想事成！\n——{{senderName}}',
    ms: 'Selamat hari jadi, {{contactFirstName}}! Semoga sihat selalu, dimurahkan rezeki dan dipermudahkan segala urusan.\nSalam mesra, {{senderName}}',
    id: 'Selamat ulang tahun, {{contactFirstName}}! Semoga sehat selalu, panjang umur, dan makin sukses.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, van harte gefeliciteerd met je verjaardag! Een hele fijne dag gewenst.\nHartelijke groet, {{senderName}}',
  },
  anniversary: {
    en: 'Dear {{contactFirstName}}, today marks {{years}} years of partnership with {{partnerName}}. Thank you for your trust and support — here is to many more years together!\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，您好！今天是我们与{{partnerName}}合作{{years}}周年。感谢一路以来的信任与支持，期待继续携手共进！\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, hari ini genap {{years}} tahun kerjasama kita bersama {{partnerName}}. Terima kasih atas kepercayaan dan sokongan anda. Semoga kerjasama kita terus kukuh!\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, hari ini genap {{years}} tahun kerja sama kita dengan {{partnerName}}. Terima kasih atas kepercayaan dan dukungannya. Semoga kerja sama kita makin sukses!\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, vandaag werken we precies {{years}} jaar samen met {{partnerName}}. Dank voor het vertrouwen en de fijne samenwerking. Op naar nog vele jaren!\nHartelijke groet, {{senderName}}',
  },
  festival: {
    en: 'Dear {{contactFirstName}}, warm wishes for {{festivalName}} to you and your family!\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，{{festivalName}}快乐！祝您和家人节日愉快，平安喜乐。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, selamat menyambut {{festivalName}}! Semoga anda sekeluarga gembira dan sejahtera.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, selamat merayakan {{festivalName}}! Semoga Anda sekeluarga bahagia dan sejahtera.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, de beste wensen voor {{festivalName}}! Alle goeds voor jou en je familie.\nHartelijke groet, {{senderName}}',
  },
  'chinese-new-year': {
    en: 'Dear {{contactFirstName}}, Happy Chinese New Year! Gong Xi Fa Cai — wishing you and your family good health, happiness and prosperity in the year ahead.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，新春快乐，万事如意！恭喜发财，祝您和家人身体健康、生意兴隆！\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Tahun Baru Cina! Gong Xi Fa Cai — semoga tahun baharu ini membawa kesihatan, kebahagiaan dan kemakmuran buat anda sekeluarga.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Tahun Baru Imlek! Gong Xi Fa Cai — semoga tahun ini membawa kesehatan, kebahagiaan, dan rezeki berlimpah untuk Anda sekeluarga.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, gelukkig Chinees Nieuwjaar! Gong Xi Fa Cai — een gezond, gelukkig en voorspoedig nieuw jaar gewenst voor jou en je familie.\nHartelijke groet, {{senderName}}',
  },
  'hari-raya-aidilfitri': {
    en: 'Dear {{contactFirstName}}, Selamat Hari Raya Aidilfitri! Wishing you and your family a joyful and blessed Raya. Maaf zahir dan batin.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，开斋节快乐！祝您和家人节日愉快，平安喜乐。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Raya Aidilfitri, maaf zahir dan batin. Semoga Syawal kali ini membawa keberkatan buat anda sekeluarga.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Hari Raya Idulfitri, mohon maaf lahir dan batin. Semoga Anda sekeluarga senantiasa diberkahi.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, Selamat Hari Raya! Een fijn Suikerfeest gewenst voor jou en je familie.\nHartelijke groet, {{senderName}}',
  },
  deepavali: {
    en: 'Dear {{contactFirstName}}, Happy Deepavali! May the festival of lights bring you and your family joy, good health and prosperity.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，屠妖节快乐！愿光明与喜悦常伴您和家人。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Deepavali! Semoga pesta cahaya ini membawa kegembiraan dan kesejahteraan buat anda sekeluarga.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Hari Raya Deepavali! Semoga cahaya Deepavali membawa sukacita dan kesejahteraan untuk Anda sekeluarga.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, fijne Diwali! Moge het lichtjesfeest jou en je familie veel geluk en voorspoed brengen.\nHartelijke groet, {{senderName}}',
  },
  christmas: {
    en: 'Dear {{contactFirstName}}, Merry Christmas! Thank you for a great year together — wishing you and your loved ones a joyful holiday season.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，圣诞快乐！感谢一年来的支持，祝您和家人节日愉快、新年顺利！\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Krismas! Terima kasih atas kerjasama sepanjang tahun. Semoga anda sekeluarga gembira dan sejahtera.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Hari Natal! Terima kasih atas kerja samanya sepanjang tahun ini. Semoga damai Natal menyertai Anda sekeluarga.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, vrolijk kerstfeest! Dank voor een mooi jaar samen en alle goeds voor jou en je dierbaren.\nHartelijke groet, {{senderName}}',
  },
  'idul-fitri': {
    en: 'Dear {{contactFirstName}}, Selamat Idulfitri! Wishing you and your family a blessed Eid. Mohon maaf lahir dan batin.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，开斋节快乐！祝您和家人阖家安康，节日喜乐。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Raya Aidilfitri, maaf zahir dan batin. Semoga anda sekeluarga dirahmati selalu.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Hari Raya Idulfitri, mohon maaf lahir dan batin. Semoga kita kembali fitri dan senantiasa diberkahi.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, Selamat Idulfitri! Een fijn Suikerfeest gewenst voor jou en je familie.\nHartelijke groet, {{senderName}}',
  },
  imlek: {
    en: 'Dear {{contactFirstName}}, Happy Lunar New Year! Gong Xi Fa Cai — may the new year bring you good health, happiness and prosperity.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，新春快乐，恭喜发财！祝您新的一年万事如意、财源广进！\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Tahun Baru Cina! Gong Xi Fa Cai, semoga murah rezeki dan sihat selalu.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Tahun Baru Imlek! Gong Xi Fa Cai, semoga sehat selalu dan rezeki makin lancar.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, gelukkig Chinees Nieuwjaar! Veel gezondheid, geluk en voorspoed in het nieuwe jaar.\nHartelijke groet, {{senderName}}',
  },
  natal: {
    en: 'Dear {{contactFirstName}}, Merry Christmas and a Happy New Year! Wishing you and your family peace and joy.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，圣诞快乐，新年快乐！祝您和家人平安喜乐。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Krismas dan Tahun Baharu! Semoga anda sekeluarga gembira dan sejahtera.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Hari Natal dan Tahun Baru! Semoga damai dan sukacita Natal menyertai Anda sekeluarga.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, fijne kerstdagen en een gelukkig nieuwjaar! Vrede en geluk gewenst voor jou en je familie.\nHartelijke groet, {{senderName}}',
  },
  koningsdag: {
    en: "Dear {{contactFirstName}}, Happy King's Day! Enjoy the celebrations and a proper orange day.\nWarm regards, {{senderName}}",
    zh: '{{contactFirstName}}，国王节快乐！祝您节日愉快，尽情享受这橙色的一天！\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, selamat menyambut Koningsdag! Semoga anda menikmati sambutan Hari Raja Belanda.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, selamat merayakan Koningsdag! Selamat menikmati perayaan Hari Raja Belanda.\nSalam hangat, {{senderName}}',
    nl: 'Fijne Koningsdag, {{contactFirstName}}! Geniet van een zonnige, oranje dag.\nHartelijke groet, {{senderName}}',
  },
  sinterklaas: {
    en: 'Dear {{contactFirstName}}, Happy Sinterklaas! Wishing you a cosy pakjesavond with family and friends.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，圣尼古拉节快乐！祝您和家人共度温馨的礼物之夜。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, selamat menyambut Sinterklaas! Semoga anda sekeluarga gembira meraikannya.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, selamat merayakan Sinterklaas! Semoga malam hadiahnya menyenangkan bersama keluarga.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, een fijne pakjesavond gewenst! Geniet van Sinterklaas met familie en vrienden.\nHartelijke groet, {{senderName}}',
  },
  kerstmis: {
    en: 'Dear {{contactFirstName}}, Merry Christmas and a Happy New Year! Thank you for the great cooperation this year.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，圣诞快乐，新年快乐！感谢今年的愉快合作。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Krismas dan Tahun Baharu! Terima kasih atas kerjasama yang baik tahun ini.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Natal dan Tahun Baru! Terima kasih atas kerja sama yang baik tahun ini.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, fijne kerstdagen en een gelukkig, gezond nieuwjaar! Dank voor de prettige samenwerking.\nHartelijke groet, {{senderName}}',
  },
  'spring-festival': {
    en: 'Dear {{contactFirstName}}, Happy Spring Festival! Thank you for your support this past year — wishing you good health and {{partnerName}} a prosperous new year.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，新春快乐，万事如意！感谢过去一年的支持，祝{{partnerName}}生意兴隆，您和家人身体健康！\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Tahun Baru Cina! Semoga tahun baharu ini membawa kesihatan kepada anda dan kemakmuran kepada {{partnerName}}.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Tahun Baru Imlek! Semoga tahun baru ini membawa kesehatan untuk Anda dan kesuksesan untuk {{partnerName}}.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, gelukkig Chinees Nieuwjaar! Veel gezondheid voor jou en veel succes voor {{partnerName}} in het nieuwe jaar.\nHartelijke groet, {{senderName}}',
  },
  'mid-autumn': {
    en: 'Dear {{contactFirstName}}, Happy Mid-Autumn Festival! May the full moon bring you and your family togetherness and happiness.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，中秋快乐！花好月圆，祝您和家人团团圆圆、幸福安康。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, selamat menyambut Pesta Kuih Bulan! Semoga anda sekeluarga bahagia dan sentiasa bersama.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Festival Kue Bulan! Semoga Anda sekeluarga selalu rukun dan bahagia.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, fijn Midherfstfeest! Geniet van de volle maan en de maancakes met je familie.\nHartelijke groet, {{senderName}}',
  },
  'dragon-boat': {
    en: 'Dear {{contactFirstName}}, wishing you a healthy and peaceful Dragon Boat Festival!\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，端午安康！祝您和家人平安健康，万事顺遂。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, selamat menyambut Pesta Perahu Naga! Semoga anda sekeluarga sihat dan sejahtera.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, selamat merayakan Peh Cun! Semoga Anda sekeluarga sehat dan sejahtera.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, fijn Drakenbootfestival! Alle goeds en een gezonde zomer gewenst.\nHartelijke groet, {{senderName}}',
  },
  'national-day': {
    en: 'Dear {{contactFirstName}}, Happy National Day! Enjoy a relaxing Golden Week with your family.\nWarm regards, {{senderName}}',
    zh: '{{contactFirstName}}，国庆快乐！祝您假期愉快，阖家幸福。\n——{{senderName}}',
    ms: 'Salam {{contactFirstName}}, Selamat Hari Kebangsaan China! Semoga anda menikmati cuti Minggu Emas bersama keluarga.\nSalam mesra, {{senderName}}',
    id: 'Halo {{contactFirstName}}, Selamat Hari Nasional Tiongkok! Selamat menikmati libur Golden Week bersama keluarga.\nSalam hangat, {{senderName}}',
    nl: 'Beste {{contactFirstName}}, fijne Chinese Nationale Feestdag! Geniet van de Gouden Week met je familie.\nHartelijke groet, {{senderName}}',
  },
};

/**
 * The default text for an occasion in a contact's preferred language. Languages without written
 * templates (Tamil, Japanese, ...) get English rather than nothing: a greeting in English still
 * arrives, a blank one does not.
 */
export function defaultGreetingTemplate(occasion: GreetingOccasion, language: string): string {
  return defaultTemplates[occasion][isGreetingLanguage(language) ? language : 'en'];
}

/** The festival's name in a language, for {{festivalName}}; English when the language has none. */
export function festivalName(festival: FestivalKey, language: string): string {
  return festivalNames[festival][isGreetingLanguage(language) ? language : 'en'];
}

/** The merge fields each occasion's default templates are expected to use. */
export const requiredFieldsByOccasion: Partial<Record<GreetingOccasion, readonly MergeField[]>> = {
  anniversary: ['years'],
  festival: ['festivalName'],
};
