import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoLink, whatsappLink } from '../../../src/core/greetings/greeting-links';
import {
  mailtoUrlWithBody,
  whatsappUrlWithText,
} from '../../../src/renderer/src/features/greetings/greeting-urls';
import {
  insertMergeField,
  mergeFieldNames,
  previewTemplate,
  unknownMergeFields,
} from '../../../src/renderer/src/features/greetings/template-preview';
import { mergeFields } from '../../../src/core/greetings/render-template';

describe('links of an edited greeting', () => {
  it('are the links the core would build from the edited text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (original, edited) => {
        const wa = whatsappLink('+60 12-345 6789', original)!;
        expect(whatsappUrlWithText(wa, edited)).toBe(whatsappLink('+60 12-345 6789', edited));
        const mail = mailtoLink('a@b.my', 'Selamat Hari Raya', original);
        expect(mailtoUrlWithBody(mail, edited)).toBe(mailtoLink('a@b.my', 'Selamat Hari Raya', edited));
      }),
    );
  });
});

describe('template editor preview', () => {
  it('knows the same merge fields as the core', () => {
    expect([...mergeFieldNames]).toEqual([...mergeFields]);
  });

  it('fills known fields, leaves and names unknown ones', () => {
    const body = 'Hai {{ contactFirstName }}, {{foo}} {{bar}} {{foo}} — {{senderName}}';
    expect(unknownMergeFields(body)).toEqual(['{{foo}}', '{{bar}}']);
    expect(
      previewTemplate(body, {
        contactFirstName: 'Wei Ming',
        partnerName: 'Maju',
        festivalName: 'Hari Raya',
        years: '5',
        senderName: 'Aisha',
      }),
    ).toBe('Hai Wei Ming, {{foo}} {{bar}} {{foo}} — Aisha');
  });

  it('inserts a field at the cursor or over the selection', () => {
    expect(insertMergeField('Hello !', 'contactFirstName', 6, 6)).toEqual({
      body: 'Hello {{contactFirstName}}!',
      cursor: 26,
    });
    expect(insertMergeField('Dear X,', 'partnerName', 5, 6).body).toBe('Dear {{partnerName}},');
  });
});
