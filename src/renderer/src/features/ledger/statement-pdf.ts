// The statement as an A4 portrait PDF: a picture of the sheet as shown (so every script prints as
// on screen, Chinese included, without embedding fonts), cut across as many pages as it needs.
import { toPng } from 'html-to-image';
import { jsPDF } from 'jspdf';
import { downloadUrl } from '../../components/FileDownload/download-file';

export async function downloadStatementPdf(node: HTMLElement, fileName: string): Promise<void> {
  const image = await toPng(node, {
    pixelRatio: 2,
    backgroundColor: '#ffffff',
    cacheBust: true,
    filter: (element) => !(element instanceof HTMLElement && element.dataset.exportHide !== undefined),
  });
  const pdf = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4' });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const { width, height } = pdf.getImageProperties(image);
  const imageHeight = (height * pageWidth) / width;
  // Each page shows the next page-high band of the one picture.
  for (let top = 0, page = 0; top < imageHeight - 1; top += pageHeight, page++) {
    if (page > 0) pdf.addPage();
    pdf.addImage(image, 'PNG', 0, -top, pageWidth, imageHeight);
  }
  const url = URL.createObjectURL(pdf.output('blob'));
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
