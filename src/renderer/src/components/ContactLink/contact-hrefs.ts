// Link targets for the ways to reach a partner or contact. Only https/http, mailto:, tel: and
// wa.me links are ever produced (the Electron host opens exactly these), never javascript: or
// anything else a stored value might contain.
export type ContactChannel = 'website' | 'email' | 'phone' | 'whatsapp';

export function contactHref(channel: ContactChannel, value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  switch (channel) {
    case 'website':
      return websiteHref(trimmed);
    case 'email':
      return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? `mailto:${encodeURI(trimmed)}` : null;
    case 'phone': {
      const digits = trimmed.replace(/\D/g, '');
      return digits.length >= 3 ? `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}` : null;
    }
    case 'whatsapp': {
      // wa.me wants the full international number as digits only, no "+" or leading zeros.
      const digits = trimmed.replace(/\D/g, '').replace(/^0+/, '');
      return digits.length >= 6 ? `https://wa.me/${digits}` : null;
    }
  }
}

function websiteHref(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
