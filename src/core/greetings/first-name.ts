// The name a greeting addresses a contact by, from the one full-name field contacts have. Each
// rule below is a naming convention of our markets, tried in order; the first that applies wins.
//
// Decisions:
// - Names in Chinese characters (王伟) and Korean/Japanese script are kept whole: in business
//   Chinese a given name alone is intimate, and a one-character given name cannot stand alone.
// - Romanised Chinese names written family name first ("Tan Mei Ling") give the given name
//   ("Mei Ling"), as Malaysian and Singaporean Chinese are greeted; a Western name in front
//   ("Jessica Tan") is the first name.
// - Malay and Malaysian Indian patronymics ("binti", "a/l") cut the name there; a leading
//   Muhammad/Mohd is skipped because people are called by the name after it.
// - Dutch initials ("J.P. de Vries") have no usable first name: the whole name is used.
// - Honorifics and titles (Dato', Haji, Dr., Pak, Ibu, ...) are dropped.

/** Family names that put a romanised Chinese name family-first (Malaysian, Hokkien, Cantonese, pinyin). */
const chineseFamilyNames = new Set(
  (
    'tan lim lee ng ong wong chan goh teo teoh chua koh lau yap ho low chong cheah khoo leong liew loh foo ' +
    'yeoh tay sim soh toh chia kang neo quek seah heng ang chew gan kok lai lum mok phua poh tee wee yeo ' +
    'yong chin hew siew ooi lok choo chow choy chai tang kwok cheung leung tsang choi lam yip fong woo ' +
    'wang zhang li liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie ' +
    'song han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren ' +
    'shen yao cui zhong fu fan fang shi qian'
  ).split(' '),
);

const titles = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. ir ir. ing. drs. mevr. mevrouw dhr. meneer ' +
    "encik en. cik puan pn. tuan tn. datuk dato dato' datin tun tengku ku haji hj hj. " +
    'hajah hjh hjh. pak bapak bpk bpk. bu ibu sdr sdri'
  ).split(' '),
);

/** Two-word titles; "Tan Sri" must not be read as the family name Tan. */
const twoWordTitles = ['tan sri', 'puan sri', 'toh puan'];

const patronymicMarkers = new Set(['bin', 'binti', 'bte', 'bt', 'bt.', 'a/l', 'a/p', 's/o', 'd/o']);
const prophetNamePrefixes = new Set([
  'muhammad',
  'mohammad',
  'mohamad',
  'mohamed',
  'mohd',
  'mohd.',
  'muhd',
  'md',
]);

const eastAsianScript = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const initials = /^(\p{Lu}\.)+$/u;

export function greetingFirstName(fullName: string): string {
  const name = fullName.trim().replace(/\s+/g, ' ');
  if (name === '' || eastAsianScript.test(name)) return name;

  let words = withoutTitles(name.split(' '));
  if (words.length === 0) return name;

  const patronymicAt = words.findIndex((w) => patronymicMarkers.has(w.toLowerCase()));
  if (patronymicAt > 0) words = words.slice(0, patronymicAt);

  if (words.length > 1 && prophetNamePrefixes.has(words[0]!.toLowerCase())) words = words.slice(1);

  if (initials.test(words[0]!)) return name;

  if (patronymicAt < 0 && isFamilyFirstChineseName(words)) return words.slice(1).join(' ');

  return words[0]!;
}

function withoutTitles(words: string[]): string[] {
  let rest = words;
  for (;;) {
    const twoWords = rest.slice(0, 2).join(' ').toLowerCase();
    if (rest.length > 2 && twoWordTitles.includes(twoWords)) rest = rest.slice(2);
    else if (rest.length > 1 && titles.has(rest[0]!.toLowerCase())) rest = rest.slice(1);
    else return rest;
  }
}

/**
 * "Tan Mei Ling", "Wang Wei": a Chinese family name followed by one or two given-name syllables.
 * Pinyin and dialect syllables are at most six letters, which keeps "Lee Anderson" out.
 */
function isFamilyFirstChineseName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (!chineseFamilyNames.has(words[0]!.toLowerCase())) return false;
  return words
    .slice(1)
    .flatMap((w) => w.split('-'))
    .every((syllable) => /^\p{L}{1,6}$/u.test(syllable) && /[aeiouy]/i.test(syllable));
}
