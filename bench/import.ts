// Benchmark section: importing 100,000 partners from CSV: rows per second and peak memory (issue 8; not written yet).
export async function benchImport(): Promise<void> {
  console.log('import: not measured yet');
}
