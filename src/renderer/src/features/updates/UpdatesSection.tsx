// Settings → Updates: the update feed, check now, and the release notes of a new version.
export function UpdatesSection() {
  return null;
}
