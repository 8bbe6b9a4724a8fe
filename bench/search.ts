// Benchmark section: full-text search over 1,000,000 visit notes: query p50 (issue 8; not written yet).
export async function benchSearch(): Promise<void> {
  console.log('search: not measured yet');
}
