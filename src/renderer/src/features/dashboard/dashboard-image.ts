// The dashboard as a picture: PNG of the section as shown, and an A4 landscape PDF with the title,
// the filters and the date above that picture. Controls marked data-export-hide are left out.
import { toPng } from 'html-to-image';
import { jsPDF } from 'jspdf';
import { downloadUrl } from '../../components/FileDownload/download-file';

async function snapshot(node: HTMLElement): Promise<string> {
  return toPng(node, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    cacheBust: true,
    filter: (element) => !(element instanceof HTMLElement && element.dataset.exportHide !== undefined),
  });
}

export async function downloadPng(node: HTMLElement, fileName: string): Promise<void> {
  downloadUrl(await snapshot(node), fileName);
}

export interface PdfHeading {
  title: string;
  /** Period, regions and owners in words. */
  filters: string;
  /** "Exported on …". */
  date: string;
}

export async function downloadPdf(node: HTMLElement, fileName: string, heading: PdfHeading): Promise<void> {
  const image = await snapshot(node);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const margin = 10;
  pdf.setFontSize(16);
  pdf.text(heading.title, margin, margin + 6);
  pdf.setFontSize(10);
  pdf.setTextColor(90);
  pdf.text(pdf.splitTextToSize(heading.filters, pageWidth - 2 * margin) as string[], margin, margin + 12);
  pdf.text(heading.date, pageWidth - margin, margin + 6, { align: 'right' });
  const top = margin + 20;
  const { width, height } = pdf.getImageProperties(image);
  const scale = Math.min((pageWidth - 2 * margin) / width, (pageHeight - top - margin) / height);
  pdf.addImage(image, 'PNG', margin, top, width * scale, height * scale);
  const url = URL.createObjectURL(pdf.output('blob'));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
