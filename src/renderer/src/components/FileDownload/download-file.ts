// Hands content to the browser (or Electron's download handling) as a file the user saves.

/** Starts a download of a URL (a blob: URL of content already in memory). */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Downloads text as a file; CSV gets a byte-order mark so Excel reads it as UTF-8. */
export function downloadText(fileName: string, content: string, mediaType: string): void {
  const bom = mediaType.startsWith('text/csv') ? '\uFEFF' : '';
  const url = URL.createObjectURL(new Blob([bom, content], { type: mediaType }));
  downloadUrl(url, fileName);
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
