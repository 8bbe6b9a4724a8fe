import { describe, expect, it } from 'vitest';
import { greetingFirstName } from '../../../src/core/greetings/first-name';

describe('greetingFirstName', () => {
  it.each([
    // Romanised Chinese, family name first
    ['Tan Mei Ling', 'Mei Ling'],
    ['Lim Wei-Jie', 'Wei-Jie'],
    ['Wang Wei', 'Wei'],
    ['Ng Kok Keong', 'Kok Keong'],
    // A Western given name in front of a Chinese name
    ['Jessica Tan', 'Jessica'],
    ['Jessica Tan Mei Ling', 'Jessica'],
    ['Lee Anderson', 'Lee'],
    // Chinese characters are kept whole
    ['王伟', '王伟'],
    ['欧阳娜娜', '欧阳娜娜'],
    // Malay and Malaysian Indian patronymics
    ['Siti Nurhaliza binti Ahmad', 'Siti'],
    ['Ahmad Faizal bin Hassan', 'Ahmad'],
    ['Mohd Faizal bin Hassan', 'Faizal'],
    ['Muhammad Aiman', 'Aiman'],
    ['Ravi a/l Muthu', 'Ravi'],
    ['Kavitha a/p Rajan', 'Kavitha'],
    // Titles and honorifics
    ["Dato' Lee Chong Wei", 'Chong Wei'],
    ['Tan Sri Ahmad Zaki', 'Ahmad'],
    ['Haji Ismail bin Omar', 'Ismail'],
    ['Dr. Jan Bakker', 'Jan'],
    ['Pak Budi Santoso', 'Budi'],
    ['Ibu Sri Wahyuni', 'Sri'],
    // Indonesian and Dutch
    ['Budi Santoso', 'Budi'],
    ['Sukarno', 'Sukarno'],
    ['Jan de Vries', 'Jan'],
    ['Anne-Marie van den Berg', 'Anne-Marie'],
    ['J.P. de Vries', 'J.P. de Vries'],
    // Whitespace and emptiness
    ['  Budi   Santoso ', 'Budi'],
    ['', ''],
    ['Puan', 'Puan'],
  ])('%s → %s', (fullName, expected) => {
    expect(greetingFirstName(fullName)).toBe(expected);
  });
});
