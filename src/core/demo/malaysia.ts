// Malaysia: regions and cities, Malay, Chinese-Malaysian, Indian-Malaysian and Bornean names, local
// business naming ("Sdn Bhd", "Kedai", "Pasaraya"), addresses with "Jalan"/"Taman", +60 numbers.
import type { ContactLanguage } from '../../shared/countries';
import {
  emailLocalPart,
  list,
  NameForms,
  postcode,
  region,
  slug,
  wordPair,
  type BusinessKind,
  type BusinessName,
  type City,
  type Culture,
  type Market,
  type Person,
  type Region,
} from './market';
import { WeightedChoice, type DemoRandom } from './random';

const regions = [
  region(
    'Klang Valley',
    38,
    'Kuala Lumpur:3:5, Petaling Jaya:3:46, Shah Alam:3:40, Subang Jaya:3:47, Klang:3:41, Puchong:3:47, ' +
      'Cheras:3:56, Kajang:3:43, Seri Kembangan:3:43, Ampang:3:68, Rawang:3:48, Cyberjaya:3:63',
  ),
  region(
    'Penang',
    12,
    'George Town:4:10, Butterworth:4:12, Bayan Lepas:4:119, Bukit Mertajam:4:14, Seberang Jaya:4:13, ' +
      'Air Itam:4:11, Nibong Tebal:4:142',
  ),
  region(
    'Johor',
    13,
    'Johor Bahru:7:80, Skudai:7:81, Batu Pahat:7:83, Muar:6:84, Kluang:7:86, Kulai:7:81, Pasir Gudang:7:81, ' +
      'Segamat:7:85',
  ),
  region(
    'Perak',
    8,
    'Ipoh:5:30, Taiping:5:34, Teluk Intan:5:36, Sitiawan:5:32, Kampar:5:31, Batu Gajah:5:31',
  ),
  region('Kedah & Perlis', 5, 'Alor Setar:4:05, Sungai Petani:4:08, Kulim:4:09, Kangar:4:01, Langkawi:4:07'),
  region(
    'Melaka & Negeri Sembilan',
    7,
    'Melaka:6:75, Seremban:6:70, Nilai:6:71, Port Dickson:6:71, Alor Gajah:6:78',
  ),
  region(
    'East Coast',
    6,
    'Kuantan:9:25, Kota Bharu:9:15, Kuala Terengganu:9:20, Temerloh:9:28, Kemaman:9:24',
  ),
  region('Sabah', 5, 'Kota Kinabalu:88:88, Sandakan:89:90, Tawau:89:91, Lahad Datu:89:91, Keningau:87:89'),
  region('Sarawak', 6, 'Kuching:82:93, Miri:85:98, Sibu:84:96, Bintulu:86:97, Sri Aman:83:95'),
];

// Who the people at partners are, per region: Malay, Chinese, Indian, Bornean (Kadazan-Dusun, Iban).
const peopleMix: Record<string, readonly [number, number, number, number]> = {
  'Klang Valley': [45, 40, 15, 0],
  Penang: [30, 60, 10, 0],
  Johor: [45, 45, 10, 0],
  Perak: [35, 50, 15, 0],
  'Kedah & Perlis': [65, 25, 10, 0],
  'Melaka & Negeri Sembilan': [50, 35, 15, 0],
  'East Coast': [80, 18, 2, 0],
  Sabah: [25, 35, 2, 38],
  Sarawak: [25, 40, 2, 33],
};
type Group = 'malay' | 'chinese' | 'indian' | 'bornean';
const groupChoices = new Map(
  Object.entries(peopleMix).map(([name, [malay, chinese, indian, bornean]]) => [
    name,
    new WeightedChoice<Group>([
      ['malay', malay],
      ['chinese', chinese],
      ['indian', indian],
      ['bornean', bornean],
    ]),
  ]),
);

const malayMale = list(
  'Hafiz, Faizal, Azlan, Zulkifli, Khairul, Rizal, Shahrul, Firdaus, Hakim, Syafiq, Aiman, Haziq, Ikhwan, ' +
    'Nizam, Razak, Rosli, Kamal, Hisham, Fadzil, Amirul, Danial, Arif, Farhan, Izzat, Luqman, Azman, Irfan, ' +
    'Hazwan, Najib, Zaki, Saiful, Asyraf, Redzuan, Fikri, Anuar, Shafiq, Akmal, Ridhwan, Hairi, Effendi',
);
const malayMalePrefix = list('Mohd, Muhammad, Ahmad, Mohamad, Mohd, Muhammad');
const malayFemale = list(
  'Aisyah, Fatimah, Noraini, Rohani, Zarina, Farah, Hidayah, Aina, Amira, Syahirah, Izzati, Liyana, Hajar, ' +
    'Nabila, Aminah, Salmah, Rosnah, Zainab, Nadia, Suraya, Hanis, Balqis, Sofea, Marlina, Azura, Haslinda, ' +
    'Norhayati, Atikah, Syazwani, Shahira, Athirah, Najwa, Wardah, Raihana, Maisarah, Nadhirah',
);
const malayFemalePrefix = list('Nur, Nurul, Siti, Nor');
const malayFather = list(
  'Ismail, Hassan, Abdullah, Abdul Rahman, Abdul Aziz, Ibrahim, Yusof, Osman, Hamzah, Ahmad, Othman, Ali, ' +
    'Mahmud, Rahim, Salleh, Zakaria, Mohamed, Jaafar, Razali, Harun, Idris, Sulaiman, Bakar, Kassim, Musa, ' +
    'Abdul Hamid, Abdul Latif, Aziz, Daud, Hussin, Mansor, Ramli, Yaakob, Zainal, Jamaluddin, Kamaruddin',
);
const chineseSurnames = list(
  'Tan, Lim, Lee, Ng, Wong, Chan, Ong, Teoh, Goh, Chong, Yap, Low, Khoo, Ooi, Cheah, Chin, Leong, Lau, Foo, ' +
    'Teh, Loh, Chua, Koh, Yeoh, Kok, Liew, Ho, Choo, Gan, Soh, Tay, Phang, Siow, Tee, Lai, Cheng, Yong, Chew',
);
const chineseMaleSyllables = list(
  'Wei, Ming, Kah, Seng, Chee, Keong, Boon, Hock, Kok, Leong, Choon, Peng, Swee, Beng, Chun, Hong, Jun, Kai, ' +
    'Zhi, Hao, Yong, Teck, Meng, Wai, Kin, Fatt, Siang, Heng, Kiat, Loon',
);
const chineseFemaleSyllables = list(
  'Mei, Ling, Hui, Siew, Yee, Xin, Jia, Yi, Li, Wen, Geok, Poh, Lay, Ai, Shan, Pei, Ying, Jing, Min, Qian, ' +
    'Yan, Fong, Chin, Kuan, Sze, Hwa, Xuan, Huey',
);
const englishMale = list(
  'Jason, Kelvin, Alvin, Eric, Jeffrey, Vincent, Raymond, Kenny, Steven, Marcus, Daniel, Benjamin, Jacky, ' +
    'Desmond, Gary, Terence, Wilson, Nicholas, Edwin, Calvin, Ivan, Ryan, Derek, Patrick',
);
const englishFemale = list(
  'Michelle, Jessica, Vivian, Grace, Joanne, Cheryl, Adeline, Evelyn, Karen, Sharon, Elaine, Winnie, Jasmine, ' +
    'Rachel, Irene, Angeline, Serene, Melissa, Jolene, Cindy, Fiona, Stephanie, Yvonne, Janice',
);
const indianMale = list(
  'Rajesh, Suresh, Ganesh, Kumar, Ravi, Siva, Arun, Vijay, Prakash, Murali, Saravanan, Kannan, Ramesh, ' +
    'Mahendran, Devan, Thiru, Vinod, Karthik, Manoj, Selvam, Gopal, Bala, Naveen, Dinesh',
);
const indianFemale = list(
  'Kavitha, Priya, Devi, Lakshmi, Shanti, Meena, Revathi, Sangeetha, Malar, Anitha, Vani, Thilaga, Geetha, ' +
    'Kalai, Nirmala, Shalini, Divya, Premila, Usha, Jayanthi',
);
const indianFather = list(
  'Subramaniam, Muthu, Krishnan, Raman, Govindasamy, Rajoo, Ramasamy, Arumugam, Maniam, Nadarajah, ' +
    'Sinnathamby, Velu, Perumal, Karuppiah, Letchumanan, Suppiah, Ponnusamy, Munusamy, Palaniappan, Kandasamy',
);
const borneanMale = list(
  'Joseph, Peter, Stanley, Felix, Jerry, Benedict, Gregory, Roland, Julius, Wilfred, Dominic, Francis, Jimmy',
);
const borneanFemale = list(
  'Mary, Agnes, Rosalind, Juliana, Veronica, Cecilia, Christina, Melinda, Rosemary, Bernadette, Lucy, Jennifer',
);
const kadazanSurnames = list(
  'Gimbang, Lajim, Majalu, Sipaun, Gontuk, Sinsua, Tangau, Dausip, Moujing, Mojuntin, Gunsalam, Ransangan',
);
const ibanFathers = list(
  'Nyanggau, Jimbun, Ugak, Lanyau, Mawan, Empaling, Sanggau, Jugah, Rentap, Ningkan, Linggi',
);

const languages: Record<Group, WeightedChoice<ContactLanguage>> = {
  malay: new WeightedChoice<ContactLanguage>([
    ['ms', 85],
    ['en', 15],
  ]),
  chinese: new WeightedChoice<ContactLanguage>([
    ['zh', 55],
    ['en', 45],
  ]),
  indian: new WeightedChoice<ContactLanguage>([
    ['ta', 45],
    ['en', 45],
    ['ms', 10],
  ]),
  bornean: new WeightedChoice<ContactLanguage>([
    ['en', 50],
    ['ms', 50],
  ]),
};
const cultures: Record<Group, Culture> = {
  malay: 'malay',
  chinese: 'malaysian-chinese',
  indian: 'malaysian-indian',
  bornean: 'bornean',
};

function person(random: DemoRandom, home: Region): Person {
  const group = groupChoices.get(home.name)!.pick(random);
  const female = random.chance(0.45);
  const gender = female ? 'female' : 'male';
  const language = languages[group].pick(random);
  const culture = cultures[group];
  switch (group) {
    case 'malay': {
      const given = random.pick(female ? malayFemale : malayMale);
      const prefix = random.chance(0.5)
        ? `${random.pick(female ? malayFemalePrefix : malayMalePrefix)} `
        : '';
      const father = random.pick(malayFather);
      const name = `${prefix}${given} ${female ? 'binti' : 'bin'} ${father}`;
      return { name, first: slug(given), last: slug(father), gender, language, culture };
    }
    case 'chinese': {
      const surname = random.pick(chineseSurnames);
      const syllables = female ? chineseFemaleSyllables : chineseMaleSyllables;
      const firstSyllable = random.pick(syllables);
      const secondSyllable = random.pick(syllables);
      const given = `${firstSyllable} ${secondSyllable}`;
      // Many Chinese Malaysians use an English name at work, with or without the Chinese given name.
      const english = random.chance(0.4) ? random.pick(female ? englishFemale : englishMale) : '';
      const name =
        english === ''
          ? `${surname} ${given}`
          : random.chance(0.7)
            ? `${english} ${surname}`
            : `${english} ${surname} ${given}`;
      const first = english === '' ? slug(firstSyllable) + slug(secondSyllable) : slug(english);
      return { name, first, last: slug(surname), gender, language, culture };
    }
    case 'indian': {
      const given = random.pick(female ? indianFemale : indianMale);
      const father = random.pick(indianFather);
      const name = `${given} ${female ? 'a/p' : 'a/l'} ${father}`;
      return { name, first: slug(given), last: slug(father), gender, language, culture };
    }
    case 'bornean': {
      const given = random.pick(female ? borneanFemale : borneanMale);
      const family = random.pick(home.name === 'Sarawak' ? ibanFathers : kadazanSurnames);
      const name = home.name === 'Sarawak' ? `${given} anak ${family}` : `${given} ${family}`;
      return { name, first: slug(given), last: slug(family), gender, language, culture };
    }
  }
}

const malayWords = list(
  'Maju, Jaya, Sinar, Cahaya, Bintang, Mutiara, Gemilang, Sejahtera, Makmur, Bestari, Harapan, Murni, Setia, ' +
    'Perkasa, Indah, Timur, Utara, Bumi, Tekun, Budi, Mesra, Mega, Intan, Delima, Suria, Seri, Cemerlang, ' +
    'Dinamik, Wawasan, Usaha, Nusa, Damai, Kencana, Saujana, Permai, Teguh, Berjaya, Abadi, Amanah, Rezeki, ' +
    'Mulia, Sentosa, Gading, Emas, Purnama, Megah, Raya, Bahagia, Sakti, Sepakat, Gigih, Anggun, Kasturi, ' +
    'Kemuncak, Semarak, Warisan, Pelangi, Impian, Wira, Cendana, Perdana, Utama, Baiduri, Kirana, Lestari, ' +
    'Sinaran, Bayu, Mahkota, Puncak, Tiara, Mewah, Waja, Tenggara, Ilham, Budiman, Serantau, Nilam, Zamrud',
);
const chineseBusinessSyllables = list(
  'Hock, Seng, Huat, Lee, Hin, Heng, Hup, Kee, Chong, Guan, Ban, Soon, Tat, Fatt, Loong, Wah, Lian, Kim, ' +
    'Teck, Joo, Chuan, Yong, Thye, Aik, Onn, Keat, Sin, Choon, Meng, Leong, Foong, Yik, Kwong, Hong, Tai, ' +
    'Cheong, Fook, Sang, Wing, Shing, Lung, Ming, Yew, Tong, Bee, Kian, Chye, Hing, Siong, Wee, Eng, Loke, ' +
    'Poh, Thong, Yuen, Sheng, Lai, Mun, Kuan, Nam, Ping, Tuck, Voon, Wan, Foo, Giap, Hoe, Kah, Seong, Weng',
);
const englishFirst = list(
  'Golden, Royal, Eastern, Pacific, Prime, Evergreen, Sunrise, Silver, Bright, United, Grand, Premier, Supreme, ' +
    'Metro, Modern, Smart, Classic, Victory, Unity, Harmony, Oriental, Everbright, Mega, Alpha, Infinity, ' +
    'Crystal, Diamond, Sapphire, Emerald, Northern, Southern, Central, First, Noble, Superior, Dynamic, Fortune',
);
const englishSecond = list(
  'Star, Horizon, Crown, Link, Point, Wave, Edge, Gate, Peak, Bay, Valley, Ocean, Light, Field, Leaf, Bridge, ' +
    'Lion, Eagle, Phoenix, Summit, Vista, Harbour, Line, Mark, Stone, Way, Hill, Square, Tower, Garden, River, ' +
    'Forest, Coast, Sky, Sun, Ray, Path, Home, Source, Choice',
);
const indianStems = list(
  'Sri Murugan, Sri Ganesh, Sri Lakshmi, Sri Saraswathy, Sri Vinayaga, Sri Mahalakshmi, Sri Krishna, ' +
    'Sri Balaji, Sri Meenachi, Selva, Kumaran, Velan, Sri Muniswaran, Sakthi, Sri Kaveri, Annamalai, Sri Raja, ' +
    'Devi, Sri Sivan, Ganga, Rajoo Brothers, Muthu Brothers, Krishnan & Sons, Perumal & Sons, Sri Mariamman, ' +
    'Sri Kumar, Sri Venkateswara, Sri Ambika, Sri Anjaneya, Kaliamman, Sri Rama, Sri Thandayuthapani, Vijaya, ' +
    'Jaya Lakshmi, Meena, Sri Valli, Anand, Ravi Brothers, Siva & Sons, Mani Brothers, Gopal & Sons, Sri Kanna',
);
type Flavour = 'malay' | 'chinese' | 'english' | 'indian';
const flavours = new WeightedChoice<Flavour>([
  ['malay', 30],
  ['chinese', 47],
  ['english', 18],
  ['indian', 5],
]);
const tradeForms = new NameForms(
  '{} Trading|{} Trading Sdn Bhd, {} Marketing|{} Marketing Sdn Bhd, {} Resources|{} Resources Sdn Bhd, ' +
    '{}|Syarikat {} Sdn Bhd, {} Agencies|{} Agencies Sdn Bhd, {} Distributors|{} Distributors (M) Sdn Bhd, ' +
    '{} Supplies|{} Supplies Sdn Bhd, {} Enterprise|{} Enterprise Sdn Bhd, {} Holdings|{} Holdings Sdn Bhd',
);
const shopForms: Record<Flavour, NameForms> = {
  malay: new NameForms(
    'Kedai Elektrik {}|{} Enterprise, Pasaraya {}|Pasaraya {} Sdn Bhd, {} Mart|{} Mart Sdn Bhd, ' +
      'Kedai Runcit {}|Perniagaan {}, Pusat Elektrik {}|{} Elektrik Sdn Bhd, {} Home Centre|{} Home Centre Sdn Bhd, ' +
      'Kedai {}|',
  ),
  chinese: new NameForms(
    '{} Electrical|{} Electrical & Trading Sdn Bhd, {} Hardware|Syarikat {} Hardware, ' +
      'Kedai Elektrik {}|{} Enterprise, {} Home Appliances|{} Home Appliances Sdn Bhd, ' +
      '{} Supermarket|{} Supermarket Sdn Bhd, {} Electrical & Furniture|{} Electrical & Furniture Sdn Bhd, ' +
      'Kedai {}|{} Enterprise',
  ),
  english: new NameForms(
    '{} Home Store|{} Home Store Sdn Bhd, {} Electronics|{} Electronics Sdn Bhd, {} Mart|{} Mart Sdn Bhd, ' +
      '{} Living|{} Living Sdn Bhd, {} Appliances|{} Appliances Sdn Bhd',
  ),
  indian: new NameForms(
    '{} Stores|{} Stores, {} Mini Market|{} Mini Market Sdn Bhd, {} Electrical|{} Electrical Enterprise',
  ),
};

function business(random: DemoRandom, kind: BusinessKind): BusinessName {
  const flavour = flavours.pick(random);
  const stem =
    flavour === 'malay'
      ? wordPair(random, malayWords)
      : flavour === 'chinese'
        ? wordPair(random, chineseBusinessSyllables)
        : flavour === 'english'
          ? `${random.pick(englishFirst)} ${random.pick(englishSecond)}`
          : random.pick(indianStems);
  const { name, legalName } = (kind === 'trade' ? tradeForms : shopForms[flavour]).apply(random, stem);
  return { name, legalName, latinName: name, stem };
}

const streetWords = list(
  'Kenari, Mutiara, Setia, Anggerik, Cempaka, Melati, Kenanga, Dahlia, Mawar, Seroja, Teratai, Meranti, ' +
    'Cengal, Bakawali, Bunga Raya, Perdana, Bestari, Harmoni, Permai, Emas, Intan, Delima, Nilam, Merbau, ' +
    'Jati, Tembusu, Rambutan, Kempas, Pulasan, Belimbing',
);
const tamanFirst = list('Bukit, Sri, Desa, Seri, Bandar, Sungai');
const tamanSecond = list(
  'Indah, Permai, Jaya, Mutiara, Harmoni, Damai, Baru, Emas, Setia, Tasik, Perdana, Utama, Aman',
);
const industrialStreets = list('Perindustrian, Perusahaan, Industri, Teknologi, Logam, Utas');

function address(random: DemoRandom, kind: BusinessKind, city: City): string {
  const code = postcode(random, city, 5);
  if (kind === 'trade' && random.chance(0.6)) {
    const street = `Jalan ${random.pick(industrialStreets)} ${random.between(1, 12)}`;
    return `Lot ${random.between(1, 3000)}, ${street}, Kawasan Perindustrian ${city.name}, ${code} ${city.name}`;
  }
  const unit = random.chance(0.3)
    ? `${random.between(1, 120)}-${random.between(1, 3)}`
    : String(random.between(1, 250));
  const street = random.chance(0.5)
    ? `Jalan ${random.pick(streetWords)} ${random.between(1, 12)}`
    : `Jalan ${random.pick(streetWords)} ${random.between(1, 9)}/${random.between(1, 12)}`;
  const taman = `Taman ${random.pick(tamanFirst)} ${random.pick(tamanSecond)}`;
  return `No. ${unit}, ${street}, ${taman}, ${code} ${city.name}`;
}

function landline(random: DemoRandom, city: City): string {
  const area = city.areaCode;
  if (area === '3') return `+60 3-${random.phoneDigits(4)} ${random.digits(4)}`;
  if (area.length === 1) return `+60 ${area}-${random.phoneDigits(3)} ${random.digits(4)}`;
  return `+60 ${area}-${random.phoneDigits(3)} ${random.digits(3)}`;
}

const mobilePrefixes = list('12, 13, 16, 17, 19, 14, 18, 11, 10, 12, 16, 17');

function mobile(random: DemoRandom): string {
  const prefix = random.pick(mobilePrefixes);
  // 011 numbers have one digit more than the others.
  if (prefix === '11') return `+60 11-${random.phoneDigits(4)} ${random.digits(4)}`;
  return `+60 ${prefix}-${random.phoneDigits(3)} ${random.digits(4)}`;
}

const freeMail = new WeightedChoice([
  ['gmail.com', 60],
  ['yahoo.com', 15],
  ['hotmail.com', 15],
  ['outlook.com', 10],
] as const);

export const malaysia: Market = {
  country: 'MY',
  utcOffsetHours: 8,
  regions,
  person,
  business,
  nameInCity: (name, city) => `${name} (${city.name})`,
  address,
  landline,
  mobile,
  companyDomainSuffixes: list('com.my, com.my, com.my, my, com'),
  mailboxes: list('info, sales, admin, enquiry, order'),
  personalEmail: (random, who) => `${emailLocalPart(random, who)}@${freeMail.pick(random)}`,
  interests: list(
    'badminton, futsal, golf, fishing, durian trips, hiking, cycling, karaoke, cooking, photography, travel, ' +
      'gardening, Liverpool fan, Manchester United fan, bowling, running, Formula 1, food hunting, ' +
      'Harimau Malaya matches, orchids, marathons, coffee, gym, reading',
  ),
  whatsappShare: 0.95,
  chatApp: 'WhatsApp',
  peakSeasons: list('Hari Raya, Chinese New Year, Deepavali, the year-end school holidays, the 11.11 sales'),
};
