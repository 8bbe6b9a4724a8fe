// What makes each market's demo data look local: postcodes, scripts, domains, regions and cities.
import { describe, expect, it } from 'vitest';
import { generateDemoData, type DemoPartner } from '../../../src/core/demo/generate';
import { domainStem } from '../../../src/core/demo/market';

const data = generateDemoData({ partners: 8_000, seed: 31, today: '2026-11-23' });
const inCountry = (country: string): DemoPartner[] => data.partners.filter((p) => p.country === country);

describe('demo markets', () => {
  it('writes Malaysian addresses with Jalan and a five-digit postcode before the city', () => {
    const bad = inCountry('MY').filter(
      (p) => !/^(No\.|Lot) .*Jalan .*, \d{5} /.test(p.address) || !p.address.endsWith(p.city),
    );
    expect(bad).toEqual([]);
    expect(inCountry('MY').some((p) => p.legalName.endsWith('Sdn Bhd'))).toBe(true);
  });

  it('writes Indonesian addresses with Jl. and a five-digit postcode after the city', () => {
    const bad = inCountry('ID').filter((p) => !/Jl\. .*, [A-Za-z ]+ \d{5}$/.test(p.address));
    expect(bad).toEqual([]);
    expect(inCountry('ID').some((p) => p.legalName.startsWith('PT '))).toBe(true);
  });

  it('writes Dutch postcodes as 1234 AB without the letters Dutch postcodes never use', () => {
    const bad = inCountry('NL').filter((p) => {
      const match = /, (\d{4}) ([A-Z]{2}) /.exec(p.address);
      return !match || /[FIOQUY]/.test(match[2]!) || ['SA', 'SD', 'SS'].includes(match[2]!);
    });
    expect(bad).toEqual([]);
    expect(inCountry('NL').some((p) => p.legalName.endsWith('B.V.'))).toBe(true);
  });

  it('writes Chinese names and addresses in the same script', () => {
    const china = inCountry('CN');
    const inCharacters = china.filter((p) => /^[\u4e00-\u9fff]/.test(p.name));
    expect(inCharacters.length / china.length).toBeGreaterThan(0.4);
    expect(inCharacters.filter((p) => !/号/.test(p.address))).toEqual([]);
    const inPinyin = china.filter((p) => !/^[\u4e00-\u9fff]/.test(p.name));
    expect(inPinyin.filter((p) => /[\u4e00-\u9fff]/.test(p.address))).toEqual([]);
  });

  it('uses company domains of the country or well-known free mail services', () => {
    const domains: Record<string, RegExp> = {
      MY: /\.(com\.my|my|com)$|^(gmail|yahoo|hotmail|outlook)\.com$/,
      ID: /\.(co\.id|id|com)$|^(gmail\.com|yahoo\.co\.id|yahoo\.com|ymail\.com)$/,
      NL: /\.(nl|com|eu)$/,
      CN: /\.(com\.cn|cn|com)$/,
    };
    const bad = data.partners.filter((p) => !domains[p.country]!.test(p.email.split('@')[1]!));
    expect(bad).toEqual([]);
    const websites = data.partners.filter((p) => p.website !== '');
    expect(websites.filter((p) => p.website !== `https://www.${p.email.split('@')[1]!}`)).toEqual([]);
  });

  it('derives company domains from the distinctive part of the name', () => {
    const business = (latinName: string, stem: string) => ({
      name: latinName,
      legalName: '',
      latinName,
      stem,
    });
    expect(domainStem(business('Toko Karya Teknik', 'Karya Teknik'))).toBe('tokokaryateknik');
    expect(domainStem(business('Kedai Elektrik Hock Yik', 'Hock Yik'))).toBe('hockyik');
    expect(domainStem(business('De Graaf Keukens & Witgoed', 'De Graaf'))).toBe('degraafkeukenswitgoed');
  });

  it('covers the regions of every market, each partner in a city of its own region', () => {
    const regions = new Set(data.partners.map((p) => `${p.country}/${p.region}`));
    expect(regions.size).toBeGreaterThanOrEqual(35);
    const citiesByRegion = new Map<string, Set<string>>();
    for (const p of data.partners) {
      const key = `${p.country}/${p.region}`;
      citiesByRegion.set(key, (citiesByRegion.get(key) ?? new Set()).add(p.city));
    }
    const regionsOfCity = new Map<string, string[]>();
    for (const [region, cities] of citiesByRegion) {
      for (const city of cities) regionsOfCity.set(city, [...(regionsOfCity.get(city) ?? []), region]);
    }
    // A city belongs to one region (Groningen is both a province and its capital, so same name).
    expect([...regionsOfCity.entries()].filter(([, owners]) => owners.length > 1)).toEqual([]);
  });
});
