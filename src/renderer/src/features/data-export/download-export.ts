// Saves an exported file (base64 from the core) through the browser's or Electron's download.
import type { ExportFile } from '../../../../shared/data-export';
import { downloadUrl } from '../../components/FileDownload/download-file';

export function downloadExport(file: ExportFile): void {
  const binary = atob(file.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  downloadUrl(url, file.fileName);
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
