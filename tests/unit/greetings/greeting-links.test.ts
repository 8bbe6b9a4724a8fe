import { describe, expect, it } from 'vitest';
import {
  greetingChannels,
  internationalPhoneDigits,
  mailtoLink,
  whatsappLink,
} from '../../../src/core/greetings/greeting-links';

describe('internationalPhoneDigits', () => {
  it.each([
    ['+60 12-345 6789', undefined, '60123456789'],
    ['+31 (0)6 1234 5678', undefined, '31612345678'],
    ['0060 12 345 6789', undefined, '60123456789'],
    ['012-345 6789', '60', '60123456789'],
    ['0812-3456-7890', '62', '6281234567890'],
    ['06 12345678', '31', '31612345678'],
    ['138 0013 8000', '86', '8613800138000'],
    ['60123456789', '60', '60123456789'],
    ['012-345 6789', undefined, null],
    ['12345', '60', null],
    ['+1234567890123456', undefined, null],
  ])('%s (default %s) → %s', (phone, code, expected) => {
    expect(internationalPhoneDigits(phone, code)).toBe(expected);
  });
});

describe('whatsappLink', () => {
  it('builds a wa.me link with the text URL-encoded', () => {
    expect(whatsappLink('+60 12-345 6789', 'Selamat Hari Raya, Siti!\nMaaf zahir & batin')).toBe(
      'https://wa.me/60123456789?text=Selamat%20Hari%20Raya%2C%20Siti!%0AMaaf%20zahir%20%26%20batin',
    );
    const chinese = whatsappLink('13800138000', '新春快乐', '86');
    expect(chinese).toBe('https://wa.me/8613800138000?text=%E6%96%B0%E6%98%A5%E5%BF%AB%E4%B9%90');
    expect(decodeURIComponent(new URL(chinese!).searchParams.get('text')!)).toBe('新春快乐');
  });

  it('gives null for a local number without a calling code', () => {
    expect(whatsappLink('012-345 6789', 'Hi')).toBeNull();
  });
});

describe('mailtoLink', () => {
  it('encodes subject and body with %20 and CRLF line breaks', () => {
    expect(mailtoLink(' jan@devries.nl ', 'Fijne Koningsdag!', 'Beste Jan,\nGroet & succes')).toBe(
      'mailto:jan@devries.nl?subject=Fijne%20Koningsdag!&body=Beste%20Jan%2C%0D%0AGroet%20%26%20succes',
    );
  });
});

describe('greetingChannels', () => {
  const contact = { name: 'Tan Mei Ling', phone: '', whatsapp: '', email: '' };

  it('offers only copying, and says what is missing, for a contact without phone or e-mail', () => {
    const channels = greetingChannels(contact);
    expect(channels.available).toEqual(['copy']);
    expect(channels.whatsappDigits).toBeNull();
    expect(channels.missing.whatsapp).toEqual({
      key: 'greeting.noPhone',
      params: { name: 'Tan Mei Ling' },
      message: 'No WhatsApp number or phone for Tan Mei Ling.',
    });
    expect(channels.missing.email?.message).toBe('No e-mail address for Tan Mei Ling.');
  });

  it('prefers the WhatsApp number to the phone', () => {
    const channels = greetingChannels(
      { ...contact, phone: '+60 3-2222 3333', whatsapp: '+60 12-345 6789', email: 'ml@maju.my' },
      '60',
    );
    expect(channels.available).toEqual(['whatsapp', 'email', 'copy']);
    expect(channels.whatsappDigits).toBe('60123456789');
    expect(channels.missing).toEqual({});
  });

  it('uses the phone when there is no WhatsApp number, with the country calling code', () => {
    expect(greetingChannels({ ...contact, phone: '012-345 6789' }, '60').whatsappDigits).toBe('60123456789');
  });

  it('says when a number has no country code and none is known', () => {
    const channels = greetingChannels({ ...contact, phone: '012-345 6789' });
    expect(channels.available).toEqual(['copy']);
    expect(channels.missing.whatsapp?.key).toBe('greeting.phoneWithoutCountryCode');
  });
});
