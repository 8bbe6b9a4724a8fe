// Settings → Language: the language of the app, with the OS locale as the default.
export function LanguageSection() {
  return null;
}
