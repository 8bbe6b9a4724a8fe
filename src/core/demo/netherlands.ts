// The Netherlands: provinces and cities, Dutch names (with "van der" prefixes and some Dutch-Turkish
// and Dutch-Moroccan names), "B.V."/"V.O.F." business names, "1234 AB" postcodes, +31 numbers.
import {
  emailLocalPart,
  list,
  NameForms,
  region,
  slug,
  type BusinessKind,
  type BusinessName,
  type City,
  type Market,
  type Person,
  type Region,
} from './market';
import { WeightedChoice, type DemoRandom } from './random';

const regions = [
  region(
    'Randstad',
    45,
    'Amsterdam:20:10, Rotterdam:10:30, Den Haag:70:25, Utrecht:30:35, Haarlem:23:20, Almere:36:13, ' +
      'Leiden:71:23, Amersfoort:33:38, Zoetermeer:79:27, Dordrecht:78:33, Delft:15:26, Hilversum:35:12, ' +
      'Alphen aan den Rijn:172:24, Gouda:182:28, Schiedam:10:31',
  ),
  region(
    'Noord-Brabant',
    18,
    "Eindhoven:40:56, Tilburg:13:50, Breda:76:48, 's-Hertogenbosch:73:52, Helmond:492:57, Oss:412:53, " +
      'Roosendaal:165:47, Bergen op Zoom:164:46, Waalwijk:416:51',
  ),
  region(
    'Gelderland',
    12,
    'Arnhem:26:68, Nijmegen:24:65, Apeldoorn:55:73, Ede:318:67, Doetinchem:314:70, Harderwijk:341:38, ' +
      'Tiel:344:40, Zutphen:575:72',
  ),
  region('Overijssel', 7, 'Zwolle:38:80, Enschede:53:75, Hengelo:74:75, Deventer:570:74, Almelo:546:76'),
  region(
    'Limburg',
    6,
    'Maastricht:43:62, Venlo:77:59, Heerlen:45:64, Roermond:475:60, Sittard:46:61, Weert:495:60',
  ),
  region(
    'Groningen',
    4,
    'Groningen:50:97, Veendam:598:96, Hoogezand:598:96, Delfzijl:596:99, Stadskanaal:599:95',
  ),
  region(
    'Friesland & Drenthe',
    5,
    'Leeuwarden:58:89, Assen:592:94, Emmen:591:78, Drachten:512:92, Heerenveen:513:84, Sneek:515:86',
  ),
  region('Zeeland', 3, 'Middelburg:118:43, Vlissingen:118:43, Goes:113:44, Terneuzen:115:45'),
];

const dutchMale = list(
  'Jan, Pieter, Kees, Henk, Willem, Johan, Bas, Tom, Daan, Sem, Lars, Ruben, Thijs, Jeroen, Martijn, Mark, ' +
    'Erik, Dennis, Sander, Niels, Bram, Joost, Wouter, Rob, Frank, Gert, Marco, Stefan, Vincent, Hans, Rik, Koen',
);
const dutchFemale = list(
  'Anna, Sanne, Lisa, Emma, Sophie, Fleur, Lotte, Eva, Anouk, Femke, Inge, Marieke, Linda, Marloes, Esther, ' +
    'Ingrid, Petra, Monique, Sandra, Nicole, Kim, Iris, Noor, Julia, Sara, Manon, Wendy, Karin',
);
const dutchSurnames = list(
  'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, ' +
    'de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, ' +
    'van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, ' +
    'de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas, Verhoeven, ' +
    'Koster, van Dam, van der Wal, Prins, Blom, Huisman, Peeters, de Lange, Kuipers, van Wijk, Postma, Kramer, ' +
    'van den Bosch, Veenstra, Timmermans, Bosman, Vink, Wolters, Evers, Scholten, Hermans, Martens, Gerritsen, ' +
    'van Rijn, de Ruiter, Boer, Verbeek, van Dongen, Molenaar, Bouwman, Kuiper, van Os, Hofman, Verhoef, ' +
    'van Dalen, Lammers, Mol, Sanders, van Zon, Huijsmans, Claassen, Wouters, Driessen, Goossens, Jonker, ' +
    'Sluiter, Brink, Pool, Dijkman, Zwart, Groen, de Koning, van Loon, Rutten, Heijnen, Pieters, Stam, Bruins',
);
const newDutchMale = list('Mohamed, Yusuf, Emre, Rachid, Mehmet, Ahmed, Hakan, Bilal');
const newDutchFemale = list('Fatima, Elif, Yasmina, Nadia, Ayşe, Zeynep, Samira, Leyla');
const newDutchSurnames = list(
  'Yılmaz, El Amrani, Öztürk, Bakkali, Demir, Kaya, El Idrissi, Çelik, Ouali, Boukhari',
);

function person(random: DemoRandom, _home: Region, familyName?: string): Person {
  const female = random.chance(0.45);
  // About one in ten Dutch people has a Turkish or Moroccan background.
  const newDutch = familyName === undefined && random.chance(0.1);
  const given = random.pick(
    newDutch ? (female ? newDutchFemale : newDutchMale) : female ? dutchFemale : dutchMale,
  );
  const family = familyName ?? random.pick(newDutch ? newDutchSurnames : dutchSurnames);
  return {
    name: `${given} ${family}`,
    first: slug(given),
    last: slug(family),
    gender: female ? 'female' : 'male',
    language: random.chance(0.9) ? 'nl' : 'en',
    culture: 'dutch',
  };
}

// Landscape and river names that companies of a region take ("Kempen Elektro", "Rijnhandel").
const placeWords: Record<string, readonly string[]> = {
  Randstad: list('Holland, Delta, Polder, Rijn, Vecht, Eem, Lek, Duin, Randmeer, Amstel, Hollands, West'),
  'Noord-Brabant': list('Brabant, Kempen, Dommel, Peel, Maas, Zuid, Baronie, Meierij'),
  Gelderland: list('Veluwe, Waal, IJssel, Linge, Achterhoek, Betuwe, Rijn, Oost'),
  Overijssel: list('Twente, IJssel, Vecht, Salland, Oost, Dinkel'),
  Limburg: list('Maas, Peel, Geul, Zuid, Limburgs, Heuvelland'),
  Groningen: list('Noord, Wadden, Eems, Ommeland, Hunze'),
  'Friesland & Drenthe': list('Noord, Wadden, Fries, Drents, Hunze, Lauwers'),
  Zeeland: list('Zeeland, Delta, Schelde, Zeeuws, Walcheren, Zuid'),
};
const compoundEndings = list('handel, groep, techniek, distributie, trade, partners, logistiek, supply');
const tradeForms = new NameForms(
  '{} Groothandel|{} Groothandel B.V., {} Distributie|{} Distributie B.V., {} & Zn.|{} & Zonen B.V., ' +
    'Handelsonderneming {}|Handelsonderneming {} B.V., {} Agenturen|{} Agenturen B.V., {} Import|{} Import B.V., ' +
    '{} Techniek|{} Techniek B.V., {} Groep|{} Groep B.V.',
);
const compoundForms = new NameForms(
  '{}|{} B.V., {}|{} B.V., {} Nederland|{} Nederland B.V., {} Benelux|{} Benelux B.V.',
);
const shopForms = new NameForms(
  '{} Elektro|{} Elektro V.O.F., Witgoedcentrum {}|Witgoedcentrum {} B.V., {} Huishoudelijk|, ' +
    'Electro {}|Electro {} B.V., {} Keukens & Witgoed|{} Keukens B.V., {} Wonen|{} Wonen B.V., ' +
    '{} Elektrotechniek|{} Elektrotechniek V.O.F., {} Witgoed|, Huishoudzaak {}|, {} Service & Verkoop|{} B.V.',
);
const partnershipForms = new NameForms(
  '{}|{} V.O.F., {} Elektro|{} Elektro V.O.F., {} Installatie|{} V.O.F.',
);
const regionalShopForms = new NameForms(
  '{} Elektro|{} Elektro B.V., {} Witgoed|{} Witgoed B.V., {} Keukens|{} Keukens B.V., {} Huishoud|{} Huishoud B.V.',
);

/** "van Dijk" → "Van Dijk", as a surname is written at the start of a company name. */
function leading(surname: string): string {
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

function business(random: DemoRandom, kind: BusinessKind, city: City, home: Region): BusinessName {
  const style = random.next();
  let stem: string;
  let forms: NameForms;
  let founder: string | undefined;
  if (kind === 'trade' && style >= 0.7) {
    stem = random.pick(placeWords[home.name]!) + random.pick(compoundEndings);
    forms = compoundForms;
  } else if (kind === 'trade' || style < 0.55) {
    founder = random.pick(dutchSurnames);
    stem = leading(founder);
    forms = kind === 'trade' ? tradeForms : shopForms;
  } else if (style < 0.85) {
    // Two partners' surnames, as small installers and shops are often called.
    founder = random.pick(dutchSurnames);
    let partner = random.pick(dutchSurnames);
    if (partner === founder) partner = random.pick(dutchSurnames);
    stem = `${leading(founder)} & ${leading(partner)}`;
    forms = partnershipForms;
  } else {
    stem = random.pick(placeWords[home.name]!);
    forms = regionalShopForms;
  }
  const { name, legalName } = forms.apply(random, stem);
  // Shops named after their owner often add the town: "Bakker Elektro Zwolle".
  const withTown = forms === shopForms && random.chance(0.35);
  return {
    name: withTown ? `${name} ${city.name}` : name,
    legalName,
    latinName: name,
    stem,
    ...(founder === undefined ? {} : { founder }),
  };
}

const industrialStreets = list(
  'Industrieweg, Nijverheidsweg, Handelsweg, Ambachtsweg, Energieweg, Edisonstraat, Transportweg, Kanaalweg, ' +
    'Celsiusweg, Marconistraat, Pascalweg, Vlijtstraat',
);
const shopStreets = list(
  'Kerkstraat, Dorpsstraat, Hoofdstraat, Marktstraat, Molenstraat, Stationsweg, Schoolstraat, Julianastraat, ' +
    'Beatrixstraat, Wilhelminastraat, Oranjestraat, Nieuwstraat, Langestraat, Breestraat, Raadhuisstraat, ' +
    'Spoorstraat, Prinsenstraat, Voorstraat, Rijksstraatweg, Winkelcentrum De Hoven',
);
// Dutch postcode letters never use F, I, O, Q, U or Y.
const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ';

function postcodeLetterPair(random: DemoRandom): string {
  const first = postcodeLetters.charAt(random.int(postcodeLetters.length));
  let second = postcodeLetters.charAt(random.int(postcodeLetters.length));
  // SA, SD and SS are not issued.
  if (first === 'S' && (second === 'A' || second === 'D' || second === 'S')) second = 'T';
  return first + second;
}

function address(random: DemoRandom, kind: BusinessKind, city: City): string {
  const street = random.pick(kind === 'trade' && random.chance(0.7) ? industrialStreets : shopStreets);
  const number = `${random.between(1, 180)}${random.chance(0.1) ? random.pick(['a', 'b', 'c']) : ''}`;
  const code = `${city.postcodePrefix}${random.digits(4 - city.postcodePrefix.length)} ${postcodeLetterPair(random)}`;
  return `${street} ${number}, ${code} ${city.name}`;
}

function landline(random: DemoRandom, city: City): string {
  const area = city.areaCode;
  if (area.length === 2) return `+31 ${area} ${random.phoneDigits(3)} ${random.digits(4)}`;
  return `+31 ${area} ${random.phoneDigits(3)} ${random.digits(3)}`;
}

function mobile(random: DemoRandom): string {
  return `+31 6 ${random.between(10, 59)}${random.digits(2)} ${random.digits(4)}`;
}

const freeMail = new WeightedChoice([
  ['gmail.com', 40],
  ['hotmail.com', 25],
  ['outlook.com', 15],
  ['ziggo.nl', 10],
  ['kpnmail.nl', 5],
  ['live.nl', 5],
] as const);

export const netherlands: Market = {
  country: 'NL',
  utcOffsetHours: 1,
  regions,
  person,
  business,
  nameInCity: (name, city) => `${name} ${city.name}`,
  address,
  landline,
  mobile,
  companyDomainSuffixes: list('nl, nl, nl, nl, com, eu'),
  mailboxes: list('info, info, info, verkoop, service, administratie'),
  personalEmail: (random, who) => `${emailLocalPart(random, who)}@${freeMail.pick(random)}`,
  interests: list(
    'cycling, sailing, hockey, football, Ajax supporter, PSV supporter, Feyenoord supporter, tennis, golf, ' +
      'running, ice skating, padel, fishing, gardening, cooking, wine, travel, photography, classic cars, ' +
      'darts, korfball, camping, Formula 1 (Max Verstappen fan)',
  ),
  whatsappShare: 0.85,
  chatApp: 'WhatsApp',
  peakSeasons: list('Sinterklaas, Black Friday, Christmas, Koningsdag, the spring kitchen season'),
};
