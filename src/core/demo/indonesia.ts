// Indonesia: regions and cities, Indonesian names (Javanese and Sundanese, Chinese-Indonesian,
// Balinese, Batak), "PT"/"CV"/"UD"/"Toko" business names, "Jl." addresses, +62 numbers.
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
    'Jabodetabek',
    35,
    'Jakarta Barat:21:11, Jakarta Utara:21:14, Jakarta Pusat:21:10, Jakarta Selatan:21:12, ' +
      'Jakarta Timur:21:13, Tangerang:21:15, Bekasi:21:17, Tangerang Selatan:21:154, Depok:21:164, Bogor:251:161',
  ),
  region(
    'Jawa Barat',
    13,
    'Bandung:22:40, Cimahi:22:405, Cirebon:231:45, Karawang:267:413, Tasikmalaya:265:461, Sukabumi:266:431, ' +
      'Garut:262:441',
  ),
  region(
    'Jawa Tengah & DIY',
    11,
    'Semarang:24:50, Surakarta:271:571, Yogyakarta:274:55, Magelang:293:561, Pekalongan:285:511, ' +
      'Tegal:283:521, Kudus:291:593, Purwokerto:281:531',
  ),
  region(
    'Jawa Timur',
    14,
    'Surabaya:31:60, Sidoarjo:31:612, Malang:341:65, Gresik:31:611, Kediri:354:641, Jember:331:681, ' +
      'Mojokerto:321:613, Madiun:351:631',
  ),
  region('Bali', 5, 'Denpasar:361:80, Badung:361:803, Gianyar:361:805, Tabanan:361:821, Singaraja:362:811'),
  region(
    'Sumatera Utara',
    7,
    'Medan:61:20, Deli Serdang:61:203, Binjai:61:207, Pematangsiantar:622:211, Tebing Tinggi:621:206',
  ),
  region('Sumatera Selatan', 4, 'Palembang:711:30, Prabumulih:713:311, Lubuklinggau:733:316'),
  region('Riau & Kepri', 4, 'Pekanbaru:761:28, Batam:778:29, Dumai:765:288, Tanjung Pinang:771:291'),
  region('Sulawesi Selatan', 4, 'Makassar:411:90, Gowa:411:921, Parepare:421:911, Maros:411:905'),
  region('Kalimantan Timur', 3, 'Balikpapan:542:761, Samarinda:541:75, Bontang:548:753'),
];

type Group = 'general' | 'chinese' | 'balinese' | 'batak' | 'single';
// Who the people at partners are, per region: general (Javanese, Sundanese, ...), Chinese-Indonesian,
// Balinese, Batak, and older Javanese with a single name.
const peopleMix: Record<string, readonly [number, number, number, number, number]> = {
  Jabodetabek: [72, 18, 1, 5, 4],
  'Jawa Barat': [80, 10, 0, 3, 7],
  'Jawa Tengah & DIY': [74, 10, 0, 1, 15],
  'Jawa Timur': [74, 14, 0, 1, 11],
  Bali: [20, 8, 70, 1, 1],
  'Sumatera Utara': [35, 20, 0, 45, 0],
  'Sumatera Selatan': [80, 15, 0, 3, 2],
  'Riau & Kepri': [70, 22, 0, 6, 2],
  'Sulawesi Selatan': [85, 12, 0, 2, 1],
  'Kalimantan Timur': [80, 12, 0, 4, 4],
};
const groupChoices = new Map(
  Object.entries(peopleMix).map(([name, [general, chinese, balinese, batak, single]]) => [
    name,
    new WeightedChoice<Group>([
      ['general', general],
      ['chinese', chinese],
      ['balinese', balinese],
      ['batak', batak],
      ['single', single],
    ]),
  ]),
);

const generalMale = list(
  'Budi, Agus, Joko, Eko, Bambang, Dedi, Rudi, Andi, Arif, Fajar, Rizky, Dimas, Yoga, Wahyu, Heru, Slamet, ' +
    'Teguh, Adi, Ahmad, Muhammad, Irfan, Hadi, Bayu, Dwi, Yusuf, Rahmat, Ilham, Fikri, Gilang, Reza, Aditya, ' +
    'Hendra, Asep, Dadang, Cecep, Iwan, Rian, Dani, Taufik, Andri',
);
const generalFemale = list(
  'Siti, Dewi, Sri, Ayu, Rina, Yuni, Nur, Putri, Indah, Ratna, Fitri, Rini, Intan, Dian, Maya, Wulan, Novi, ' +
    'Nia, Lia, Eka, Anisa, Mega, Kartika, Ratih, Diah, Ani, Euis, Neneng, Yanti, Tari',
);
const generalMaleFamily = list(
  'Santoso, Setiawan, Pratama, Saputra, Hidayat, Kurniawan, Nugroho, Susanto, Gunawan, Hartono, Prasetyo, ' +
    'Wibowo, Purnomo, Firmansyah, Ramadhan, Hakim, Syahputra, Kusuma, Permana, Maulana, Nugraha, Hermawan, ' +
    'Sudrajat, Suryana',
);
const generalFemaleFamily = list(
  'Lestari, Rahayu, Wulandari, Handayani, Susanti, Anggraini, Maharani, Puspitasari, Permatasari, Kusumawati, ' +
    'Safitri, Yuliani, Oktaviani, Purnamasari, Rahmawati, Hidayati, Nurhayati, Setiawati, Kurniasih, Suryani',
);
const singleMale = list(
  'Sutrisno, Suparman, Mulyadi, Sugiarto, Supriyadi, Tukiman, Sukirman, Sumarno, Widodo, Parjo',
);
const singleFemale = list(
  'Sumarni, Suharti, Suwarni, Sukarni, Sulastri, Tumini, Sumiati, Partini, Surtini, Painah',
);
const chineseMale = list(
  'Hendra, Budi, Kevin, Andy, Hengky, Sugianto, Yohanes, Steven, William, Ferry, Jimmy, Sony, Tommy, Edwin',
);
const chineseFemale = list(
  'Lina, Linda, Susi, Yenny, Meliana, Jessica, Fenny, Lily, Vivi, Cindy, Erna, Mira, Shirley',
);
const chineseFamily = list(
  'Wijaya, Halim, Tanoto, Salim, Gunawan, Santoso, Kurniawan, Tanjaya, Hartanto, Sutanto, Lim, Tan, Lie, ' +
    'Tjandra, Kusnadi, Setiadi, Widjaja, Susilo, Hidayat, Chandra',
);
const batakMale = list(
  'Daniel, Samuel, Jonathan, Frans, Hotman, Tigor, Roy, Ronald, Parlindungan, Bonar, Rudi, Andi',
);
const batakFemale = list(
  'Maria, Yohana, Ruth, Esther, Rosmawati, Lasma, Debora, Tiurma, Rotua, Sarah, Dewi, Rina',
);
const batakFamily = list(
  'Siregar, Nasution, Simanjuntak, Harahap, Lubis, Sitompul, Situmorang, Hutapea, Pardede, Sinaga, Tambunan, ' +
    'Hasibuan, Panjaitan, Manurung, Simatupang, Silalahi, Sihombing, Napitupulu',
);
const balineseOrder = list('Wayan, Putu, Gede, Made, Kadek, Nengah, Nyoman, Komang, Ketut');
const balineseMale = list(
  'Suarta, Sudarma, Artana, Wirawan, Mahendra, Budiarta, Suardana, Adnyana, Darmawan, Sudiarta, Ariawan, ' +
    'Sukadana, Widiana',
);
const balineseFemale = list(
  'Ayu Lestari, Sri Wahyuni, Ariani, Suryani, Wulandari, Astiti, Purnami, Sariasih, Widiastuti, Ayu Pratiwi, ' +
    'Eka Yanti',
);

const languages: Record<Group, WeightedChoice<ContactLanguage>> = {
  general: new WeightedChoice<ContactLanguage>([
    ['id', 96],
    ['en', 4],
  ]),
  chinese: new WeightedChoice<ContactLanguage>([
    ['id', 75],
    ['en', 15],
    ['zh', 10],
  ]),
  balinese: new WeightedChoice<ContactLanguage>([
    ['id', 95],
    ['en', 5],
  ]),
  batak: new WeightedChoice<ContactLanguage>([
    ['id', 97],
    ['en', 3],
  ]),
  single: new WeightedChoice<ContactLanguage>([
    ['id', 85],
    ['jv', 15],
  ]),
};
const cultures: Record<Group, Culture> = {
  general: 'indonesian',
  chinese: 'indonesian-chinese',
  balinese: 'balinese',
  batak: 'batak',
  single: 'indonesian',
};

function person(random: DemoRandom, home: Region): Person {
  const group = groupChoices.get(home.name)!.pick(random);
  const female = random.chance(0.45);
  const gender = female ? 'female' : 'male';
  const language = languages[group].pick(random);
  const culture = cultures[group];
  let given: string;
  let family: string;
  switch (group) {
    case 'general':
      given = random.pick(female ? generalFemale : generalMale);
      family = random.pick(female ? generalFemaleFamily : generalMaleFamily);
      break;
    case 'chinese':
      given = random.pick(female ? chineseFemale : chineseMale);
      family = random.pick(chineseFamily);
      break;
    case 'batak':
      given = random.pick(female ? batakFemale : batakMale);
      family = random.pick(batakFamily);
      break;
    case 'single': {
      const name = random.pick(female ? singleFemale : singleMale);
      return { name, first: slug(name), last: '', gender, language, culture };
    }
    case 'balinese': {
      // "I" / "Ni" marks gender, then the birth-order name, then the personal name.
      const order = random.pick(balineseOrder);
      const own = random.pick(female ? balineseFemale : balineseMale);
      const name = female ? `Ni ${random.chance(0.4) ? 'Luh ' : ''}${order} ${own}` : `I ${order} ${own}`;
      return { name, first: slug(order), last: slug(own), gender, language, culture };
    }
  }
  return { name: `${given} ${family}`, first: slug(given), last: slug(family), gender, language, culture };
}

const businessWords = list(
  'Sumber, Makmur, Abadi, Sinar, Jaya, Sentosa, Cahaya, Mandiri, Perkasa, Mitra, Karya, Utama, Sejahtera, ' +
    'Berkah, Bintang, Mulia, Indah, Agung, Cipta, Prima, Sukses, Lestari, Gemilang, Harapan, Baru, Maju, ' +
    'Rezeki, Sentral, Nusantara, Anugrah, Tunggal, Setia, Langgeng, Putra, Mega, Artha, Multi, Inti, Kencana, ' +
    'Permata, Surya, Dinamika, Bersama, Lancar, Barokah, Citra, Duta, Graha, Kurnia, Pratama, Raya, Sakti, ' +
    'Santosa, Wijaya, Bahagia, Handal, Kreasi, Persada, Samudra, Teknik, Aneka, Buana, Dharma, Fajar, Guna, ' +
    'Harmoni, Jasa, Karunia, Lautan, Nirwana, Pelita, Rahayu, Sarana, Tirta, Unggul, Waskita, Zamrud, Cakra, ' +
    'Adi, Eka, Kharisma, Murni',
);
const tradeForms = new NameForms(
  '{}|PT {}, {}|PT {}, {}|PT {}, {} Distribusindo|PT {} Distribusindo, CV {}|CV {}, {} Niaga|PT {} Niaga, ' +
    '{} Elektrindo|PT {} Elektrindo, Grosir {}|UD Grosir {}, {} Group|PT {} Internusa',
);
const shopForms = new NameForms(
  'Toko {}|UD {}, Toko Elektronik {}|UD {}, Swalayan {}|CV {}, {} Elektronik|CV {} Elektronik, ' +
    '{} Mart|CV {} Mart, Toserba {}|CV {}, Toko {}|, Toko Bangunan {}|UD {}, Toko {}|',
);

function business(random: DemoRandom, kind: BusinessKind): BusinessName {
  let stem = wordPair(random, businessWords);
  // Three-word names ("Sumber Makmur Abadi") are the classic form of a PT, and common for shops.
  if (random.chance(kind === 'trade' ? 0.65 : 0.3)) {
    const third = random.pick(businessWords);
    if (!stem.includes(third)) stem = `${stem} ${third}`;
  }
  const { name, legalName } = (kind === 'trade' ? tradeForms : shopForms).apply(random, stem);
  return { name, legalName, latinName: name, stem };
}

const streets = list(
  'Gajah Mada, Hayam Wuruk, Jend. Sudirman, M.H. Thamrin, Gatot Subroto, Diponegoro, Ahmad Yani, Pemuda, ' +
    'Pahlawan, Merdeka, Veteran, Imam Bonjol, Teuku Umar, Raya Bogor, Asia Afrika, Basuki Rahmat, Kartini, ' +
    'Cendrawasih, Sisingamangaraja, Ir. H. Juanda, Hasanuddin, Sam Ratulangi, Panglima Polim, Daan Mogot, ' +
    'Industri Raya, Raya Serpong, Melati, Kenanga, Mawar, Anggrek, Pasar Baru, Pattimura, Dr. Sutomo',
);
const rukoFirst = list('Permata, Sentra, Golden, Niaga, Mega, Grand, Galaxy, Taman');
const rukoSecond = list('Niaga, Boulevard, Square, Plaza, Junction, Residence, Mas, Sari');
const estates = list(
  'Kawasan Industri Pulogadung, Kawasan Industri, Kawasan Pergudangan, Komplek Pergudangan',
);

function address(random: DemoRandom, kind: BusinessKind, city: City): string {
  let street = `Jl. ${random.pick(streets)} No. ${random.between(1, 250)}`;
  const extra = random.next();
  if (kind === 'trade' && extra < 0.3) {
    const estate = random.pick(estates);
    street += `, ${estate === 'Kawasan Industri' ? `${estate} ${city.name}` : estate} Blok ${random.pick(['A', 'B', 'C', 'D', 'E', 'F'])}${random.between(1, 30)}`;
  } else if (kind === 'shop' && extra < 0.25) {
    street = `Ruko ${random.pick(rukoFirst)} ${random.pick(rukoSecond)} Blok ${random.pick(['A', 'B', 'C', 'D'])} No. ${random.between(1, 40)}, ${street}`;
  } else if (kind === 'shop' && extra < 0.5) {
    street += ` RT ${String(random.between(1, 15)).padStart(3, '0')}/RW ${String(random.between(1, 12)).padStart(3, '0')}`;
  }
  return `${street}, ${city.name} ${postcode(random, city, 5)}`;
}

function landline(random: DemoRandom, city: City): string {
  const area = city.areaCode;
  if (area.length === 2) return `+62 ${area} ${random.phoneDigits(4)} ${random.digits(4)}`;
  return `+62 ${area} ${random.phoneDigits(7)}`;
}

const mobilePrefixes = list(
  '811, 812, 813, 821, 822, 823, 852, 853, 857, 856, 878, 877, 895, 896, 881, 838, 812, 813',
);

function mobile(random: DemoRandom): string {
  return `+62 ${random.pick(mobilePrefixes)}-${random.digits(4)}-${random.digits(4)}`;
}

const freeMail = new WeightedChoice([
  ['gmail.com', 75],
  ['yahoo.co.id', 12],
  ['yahoo.com', 8],
  ['ymail.com', 5],
] as const);

export const indonesia: Market = {
  country: 'ID',
  utcOffsetHours: 7,
  regions,
  person,
  business,
  nameInCity: (name, city) => `${name} ${city.name}`,
  address,
  landline,
  mobile,
  companyDomainSuffixes: list('co.id, co.id, co.id, id, com'),
  mailboxes: list('info, sales, admin, cs, marketing, order'),
  personalEmail: (random, who) => `${emailLocalPart(random, who)}@${freeMail.pick(random)}`,
  interests: list(
    'badminton, football, Persija supporter, Persib supporter, Persebaya supporter, fishing, motorbike touring, ' +
      'futsal, karaoke, cooking, coffee, gardening, travel, photography, songbirds, cycling, running, volleyball, ' +
      'MotoGP, dangdut, Korean dramas, koi, hiking',
  ),
  whatsappShare: 0.97,
  chatApp: 'WhatsApp',
  peakSeasons: list('Lebaran, Natal and New Year, Imlek, Harbolnas (12.12), the July back-to-school season'),
};
