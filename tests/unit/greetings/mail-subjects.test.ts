import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mailSubject } from '../../../src/core/greetings/mail-subjects';
import { greetingLanguages, greetingOccasions } from '../../../src/shared/greetings';

describe('e-mail subjects of greetings', () => {
  it('uses the customary wish of each language', () => {
    expect(mailSubject('birthday', 'en')).toBe('Happy birthday');
    expect(mailSubject('birthday', 'ms')).toBe('Selamat hari jadi');
    expect(mailSubject('hari-raya-aidilfitri', 'ms')).toBe('Selamat Hari Raya Aidilfitri');
    expect(mailSubject('idul-fitri', 'id')).toBe('Selamat Hari Raya Idulfitri');
    expect(mailSubject('chinese-new-year', 'zh')).toBe('新春快乐');
    expect(mailSubject('mid-autumn', 'zh')).toBe('中秋节快乐');
    expect(mailSubject('kerstmis', 'nl')).toBe('Fijne kerstdagen');
    expect(mailSubject('christmas', 'en')).toBe('Merry Christmas');
    expect(mailSubject('koningsdag', 'nl')).toBe('Fijne Koningsdag');
  });

  it('falls back to English for other languages and names a generic festival', () => {
    expect(mailSubject('birthday', 'ta')).toBe('Happy birthday');
    expect(mailSubject('festival', 'ms', 'Hari Gawai')).toBe('Selamat Hari Gawai');
    expect(mailSubject('festival', 'en', null)).toBe("Season's greetings");
  });

  it('is never empty, whatever the festival name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...greetingOccasions),
        fc.constantFrom(...greetingLanguages, 'ta', 'ja'),
        fc.option(fc.string({ maxLength: 20 })),
        (occasion, language, name) => {
          const subject = mailSubject(occasion, language, name);
          expect(subject.trim()).not.toBe('');
        },
      ),
    );
  });
});
