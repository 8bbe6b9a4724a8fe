// The case library: how past cases were settled, found by words, kind, root cause, partner, region.
export function CaseLibraryPage() {
  return <p>Case library</p>;
}
