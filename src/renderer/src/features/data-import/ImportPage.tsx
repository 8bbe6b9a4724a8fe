// Import a spreadsheet of sales or survey answers: file, column mapping, preview, commit.
export function ImportPage() {
  return null;
}
