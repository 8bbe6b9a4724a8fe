import { describe, expect, it } from 'vitest';
import { composeGreeting } from '../../../src/core/greetings/compose-greeting';

const base = { partnerName: 'Maju Jaya Sdn Bhd', senderName: 'Aisyah' };

describe('composeGreeting', () => {
  it("writes in the contact's preferred language, addressing them by first name", () => {
    expect(
      composeGreeting({
        ...base,
        occasion: 'hari-raya-aidilfitri',
        contact: { name: 'Siti Nurhaliza binti Ahmad', preferredLanguage: 'ms' },
      }),
    ).toEqual({
      ok: true,
      language: 'ms',
      text:
        'Salam Siti, Selamat Hari Raya Aidilfitri, maaf zahir dan batin. Semoga Syawal kali ini membawa ' +
        'keberkatan buat anda sekeluarga.\nSalam mesra, Aisyah',
    });
  });

  it('keeps a name in Chinese characters whole', () => {
    const greeting = composeGreeting({
      ...base,
      occasion: 'spring-festival',
      contact: { name: '王伟', preferredLanguage: 'zh' },
    });
    expect(greeting.ok && greeting.text).toBe(
      '王伟，新春快乐，万事如意！感谢过去一年的支持，祝Maju Jaya Sdn Bhd生意兴隆，您和家人身体健康！\n——Aisyah',
    );
  });

  it('falls back to English for a language without templates', () => {
    const greeting = composeGreeting({
      ...base,
      occasion: 'anniversary',
      years: 7,
      contact: { name: 'Kavitha a/p Rajan', preferredLanguage: 'ta' },
    });
    expect(greeting.language).toBe('en');
    expect(greeting.ok && greeting.text).toMatch(
      /^Dear Kavitha, today marks 7 years of partnership with Maju/,
    );
  });

  it('names a festival outside the defaults from the request', () => {
    const greeting = composeGreeting({
      ...base,
      occasion: 'festival',
      festivalName: 'Thaipusam',
      contact: { name: 'Ravi a/l Muthu', preferredLanguage: 'en' },
    });
    expect(greeting.ok && greeting.text).toBe(
      'Dear Ravi, warm wishes for Thaipusam to you and your family!\nWarm regards, Aisyah',
    );
  });

  it("uses the user's template and reports its unknown fields", () => {
    const contact = { name: 'Jan de Vries', preferredLanguage: 'nl' };
    expect(
      composeGreeting({
        ...base,
        occasion: 'koningsdag',
        contact,
        template: 'Hoi {{contactFirstName}}, {{festivalName}}!',
      }),
    ).toEqual({ ok: true, language: 'nl', text: 'Hoi Jan, Koningsdag!' });
    expect(composeGreeting({ ...base, occasion: 'koningsdag', contact, template: 'Hoi {{naam}}' })).toEqual({
      ok: false,
      language: 'nl',
      unknownFields: ['naam'],
    });
  });
});
