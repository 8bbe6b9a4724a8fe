import { describe, expect, it } from 'vitest';
import {
  defaultFestivalsByCountry,
  defaultGreetingTemplate,
  festivalKeys,
  festivalName,
  greetingLanguages,
  greetingOccasions,
  requiredFieldsByOccasion,
} from '../../../src/core/greetings/templates';
import {
  renderTemplate,
  templateFields,
  validateTemplate,
} from '../../../src/core/greetings/render-template';

describe('default greeting templates', () => {
  it('keeps the festival keys shared with the care calendar', () => {
    expect(festivalKeys).toEqual([
      'chinese-new-year',
      'hari-raya-aidilfitri',
      'deepavali',
      'christmas',
      'idul-fitri',
      'imlek',
      'natal',
      'koningsdag',
      'sinterklaas',
      'kerstmis',
      'spring-festival',
      'mid-autumn',
      'dragon-boat',
      'national-day',
    ]);
    expect(Object.values(defaultFestivalsByCountry).flat().sort()).toEqual([...festivalKeys].sort());
  });

  describe.each(greetingOccasions.flatMap((o) => greetingLanguages.map((l) => [o, l] as const)))(
    '%s in %s',
    (occasion, language) => {
      const template = defaultGreetingTemplate(occasion, language);

      it('is a valid, WhatsApp-sized template addressed to the contact and signed', () => {
        expect(validateTemplate(template)).toEqual([]);
        expect(template.length).toBeLessThan(400);
        expect(templateFields(template)).toContain('contactFirstName');
        expect(templateFields(template)).toContain('senderName');
        for (const field of requiredFieldsByOccasion[occasion] ?? []) {
          expect(templateFields(template)).toContain(field);
        }
      });

      it('renders fully with every value given, and tidily with none', () => {
        const full = renderTemplate(template, {
          contactFirstName: 'Mei Ling',
          partnerName: 'Maju Jaya Sdn Bhd',
          festivalName: 'Thaipusam',
          years: 5,
          senderName: 'Aisyah',
        });
        expect(full.ok && full.text).not.toMatch(/[{}]/);
        const bare = renderTemplate(template, {});
        expect(bare.ok).toBe(true);
        if (!bare.ok) return;
        expect(bare.text).not.toMatch(/ {2}| [,.!?]|^[,，]|\n\n|[—-]$/);
        expect(bare.text).toBe(bare.text.trim());
      });
    },
  );

  it('reads as people greet in each market', () => {
    expect(defaultGreetingTemplate('hari-raya-aidilfitri', 'ms')).toContain(
      'Selamat Hari Raya Aidilfitri, maaf zahir dan batin',
    );
    expect(defaultGreetingTemplate('idul-fitri', 'id')).toContain('mohon maaf lahir dan batin');
    expect(defaultGreetingTemplate('spring-festival', 'zh')).toContain('新春快乐，万事如意');
    expect(defaultGreetingTemplate('chinese-new-year', 'zh')).toContain('新春快乐，万事如意');
    expect(defaultGreetingTemplate('koningsdag', 'nl')).toContain('Fijne Koningsdag');
    expect(defaultGreetingTemplate('birthday', 'ms')).toContain('Selamat hari jadi');
    expect(defaultGreetingTemplate('birthday', 'id')).toContain('Selamat ulang tahun');
    expect(defaultGreetingTemplate('dragon-boat', 'zh')).toContain('端午安康');
  });

  it('falls back to English for a contact language without written templates', () => {
    expect(defaultGreetingTemplate('birthday', 'ta')).toBe(defaultGreetingTemplate('birthday', 'en'));
    expect(festivalName('deepavali', 'ja')).toBe('Deepavali');
    expect(festivalName('mid-autumn', 'zh')).toBe('中秋节');
  });

  it('renders an anniversary with the year count', () => {
    const result = renderTemplate(defaultGreetingTemplate('anniversary', 'nl'), {
      contactFirstName: 'Jan',
      partnerName: 'De Vries Techniek',
      years: 12,
      senderName: 'Sanne',
    });
    expect(result).toEqual({
      ok: true,
      text:
        'Beste Jan, vandaag werken we precies 12 jaar samen met De Vries Techniek. Dank voor het vertrouwen ' +
        'en de fijne samenwerking. Op naar nog vele jaren!\nHartelijke groet, Sanne',
    });
  });
});
