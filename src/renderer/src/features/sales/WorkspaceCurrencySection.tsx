// Settings: the workspace currency every sales figure is in.
export function WorkspaceCurrencySection() {
  return null;
}
