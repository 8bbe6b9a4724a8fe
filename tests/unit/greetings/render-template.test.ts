import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxTemplateLength,
  mergeFields,
  renderTemplate,
  templateFields,
  validateTemplate,
} from '../../../src/core/greetings/render-template';

describe('renderTemplate', () => {
  it('fills every known field', () => {
    expect(
      renderTemplate('Hi {{contactFirstName}} of {{ partnerName }}, {{years}} years! {{senderName}}', {
        contactFirstName: 'Budi',
        partnerName: 'PT Sinar',
        years: 3,
        senderName: 'Ana',
      }),
    ).toEqual({ ok: true, text: 'Hi Budi of PT Sinar, 3 years! Ana' });
  });

  it('names every unknown field instead of rendering', () => {
    expect(renderTemplate('Hi {{contactName}} {{ firstName }} {{contactName}}', {})).toEqual({
      ok: false,
      unknownFields: ['contactName', 'firstName'],
    });
  });

  it('tidies the text around a field without a value', () => {
    const render = (template: string) => {
      const result = renderTemplate(template, {});
      return result.ok ? result.text : result.unknownFields.join();
    };
    expect(render('Dear {{contactFirstName}}, happy birthday!')).toBe('Dear, happy birthday!');
    expect(render('Happy birthday, {{contactFirstName}}! Enjoy.')).toBe('Happy birthday! Enjoy.');
    expect(render('Thanks from {{senderName}} and {{partnerName}} team')).toBe('Thanks from and team');
    expect(render('{{contactFirstName}}，新春快乐！')).toBe('新春快乐！');
    expect(render('祝{{partnerName}}生意兴隆')).toBe('祝生意兴隆');
    expect(render('Hi!\n\nWarm regards, {{senderName}}')).toBe('Hi!\n\nWarm regards');
    expect(render('新春快乐！\n——{{senderName}}')).toBe('新春快乐！');
  });

  it('inserts values literally: a value never expands into another field', () => {
    expect(renderTemplate('Hi {{contactFirstName}}', { contactFirstName: '{{senderName}}' })).toEqual({
      ok: true,
      text: 'Hi {{senderName}}',
    });
  });

  it('never leaves a known field unfilled, whatever the values', () => {
    const known = fc.constantFrom(...mergeFields).map((f) => `{{${f}}}`);
    const plain = fc.string().map((s) => s.replace(/[{}]/g, ''));
    const value = fc.option(
      plain.filter((s) => !s.includes('{{')),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(known, plain), { maxLength: 12 }),
        fc.record({
          contactFirstName: value,
          partnerName: value,
          festivalName: value,
          years: value,
          senderName: value,
        }),
        (parts, values) => {
          const result = renderTemplate(parts.join(''), values);
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.text).not.toContain('{{');
            expect(result.text).not.toContain('\uE000');
          }
        },
      ),
    );
  });
});

describe('templateFields', () => {
  it('lists fields once, in order, known or not', () => {
    expect(templateFields('{{years}} {{x}} {{years}} {{ senderName }}')).toEqual([
      'years',
      'x',
      'senderName',
    ]);
  });
});

describe('validateTemplate', () => {
  it('accepts a good template', () => {
    expect(validateTemplate('Happy birthday {{contactFirstName}}!')).toEqual([]);
  });

  it('refuses an empty template', () => {
    expect(validateTemplate('  \n ')).toEqual([
      { key: 'validation.required', message: 'This field is required.' },
    ]);
  });

  it('names each unknown field with an English message', () => {
    const issues = validateTemplate('Hi {{firstName}} from {{company}}');
    expect(issues.map((i) => [i.key, i.params?.field])).toEqual([
      ['greeting.unknownField', 'firstName'],
      ['greeting.unknownField', 'company'],
    ]);
    expect(issues[0]?.message).toMatch(
      /^Unknown merge field \{\{firstName\}\}\. Use one of: \{\{contactFirstName\}\}/,
    );
  });

  it('finds unbalanced braces', () => {
    for (const bad of [
      'Hi {{contactFirstName}',
      'Hi {contactFirstName}}',
      'Hi {contactFirstName}',
      'Hi }}',
    ]) {
      expect(
        validateTemplate(bad).map((i) => i.key),
        bad,
      ).toContain('greeting.unbalancedBraces');
    }
  });

  it('refuses a template over 2,000 characters', () => {
    const issues = validateTemplate('a'.repeat(maxTemplateLength + 1));
    expect(issues).toEqual([
      { key: 'validation.tooLong', params: { max: 2000 }, message: 'Too long: at most 2000 characters.' },
    ]);
    expect(validateTemplate('a'.repeat(maxTemplateLength))).toEqual([]);
  });
});
