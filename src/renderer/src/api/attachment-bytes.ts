// Reads a stored attachment's bytes. In the desktop app they come straight from the attachments
// folder through the ck-attachment:// protocol (no base64 over IPC for a 50 MB video); in browser
// mode, or if the protocol cannot answer, through the core's attachments.read procedure.

export interface AttachmentBytesSource {
  /** True inside the Electron window (the preload bridge is there). */
  desktop: boolean;
  fetch: (url: string) => Promise<Response>;
  /** The core's attachments.read, base64 in its answer. */
  readBase64: (hash: string) => Promise<string>;
}

export function attachmentProtocolUrl(hash: string): string {
  return `ck-attachment://${hash}`;
}

export async function readAttachmentBlob(
  hash: string,
  mediaType: string,
  source: AttachmentBytesSource,
): Promise<Blob> {
  const type = mediaType || 'application/octet-stream';
  if (source.desktop) {
    try {
      const response = await source.fetch(attachmentProtocolUrl(hash));
      // The protocol serves every file as octet-stream; the note knows what the file is.
      if (response.ok) return new Blob([await response.arrayBuffer()], { type });
    } catch {
      // Fall through to the core, which also says clearly when the file is gone.
    }
  }
  const binary = atob(await source.readBase64(hash));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
