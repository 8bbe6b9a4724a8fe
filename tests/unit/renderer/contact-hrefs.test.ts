import { describe, expect, it } from 'vitest';
import { contactHref } from '../../../src/renderer/src/components/ContactLink/contact-hrefs';

describe('contactHref', () => {
  it('builds tel:, mailto:, https and WhatsApp links', () => {
    expect(contactHref('phone', '+60 12-345 6789')).toBe('tel:+60123456789');
    expect(contactHref('email', 'siti@example.my')).toBe('mailto:siti@example.my');
    expect(contactHref('website', 'https://maju.example.my/shop')).toBe('https://maju.example.my/shop');
    expect(contactHref('whatsapp', '+62 812-3456-7890')).toBe('https://wa.me/6281234567890');
  });

  it('never produces a link from a value that is not what it claims to be', () => {
    expect(contactHref('website', 'javascript:alert(1)')).toBeNull();
    expect(contactHref('website', 'not a url')).toBeNull();
    expect(contactHref('email', 'no at sign')).toBeNull();
    expect(contactHref('whatsapp', '12')).toBeNull();
    expect(contactHref('phone', '')).toBeNull();
  });
});
