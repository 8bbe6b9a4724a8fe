// The wa.me and mailto links of a greeting the user edited: the core built them from its text,
// and the message part is swapped for the edited text, encoded the same way the core encodes it.

/** wa.me/<digits>?text=… with the new text. */
export function whatsappUrlWithText(url: string, text: string): string {
  const base = url.split('?')[0] ?? url;
  return `${base}?text=${encodeURIComponent(text)}`;
}

/** mailto:…?subject=…&body=… with the new body; line breaks become CRLF as RFC 6068 asks. */
export function mailtoUrlWithBody(url: string, body: string): string {
  const encoded = encodeURIComponent(body.replace(/\r\n|\r|\n/g, '\r\n'));
  const bodyAt = url.indexOf('&body=');
  if (bodyAt >= 0) return `${url.slice(0, bodyAt)}&body=${encoded}`;
  return `${url}${url.includes('?') ? '&' : '?'}body=${encoded}`;
}

/** The user's today as YYYY-MM-DD in their own time zone. */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
