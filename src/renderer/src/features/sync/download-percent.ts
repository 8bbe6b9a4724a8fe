// A download's share as people read it: whole percents in the interface language, rounded down,
// so "100 %" never shows while the last part is still being merged.
export function downloadPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(share * 100) / 100,
  );
}
