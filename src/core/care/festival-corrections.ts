// Festival dates the holiday library gets wrong, by country, festival key and the library's date.
// date-holidays computes lunisolar and Islamic festivals by rule; where a rule is known to land on
// the wrong day we move it here, until the library is fixed upstream. Each entry says why. The
// dates of Islamic festivals are fixed by moon sighting each year (Malaysia's Penyimpan Mohor Besar
// Raja-Raja, Indonesia's sidang isbat): add the announced day here when it differs by one.
export const festivalDateCorrections: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  MY: {
    // Deepavali 2028: the library's rule gives 15 November, a month late; Diwali falls on the
    // Ashvin/Kartika new moon, 17 October 2028 (not yet gazetted; check the 2028 gazette).
    'deepavali:2028-11-15': '2028-10-17',
  },
};

/** The corrected date of a festival day, or the library's date when it needs no correction. */
export function correctedFestivalDate(country: string, key: string, libraryDate: string): string {
  return festivalDateCorrections[country]?.[`${key}:${libraryDate}`] ?? libraryDate;
}
