import { describe, expect, it } from 'vitest';
import { partnerInputSchema } from '../../../src/shared/partners';
import { formErrorsFrom, validateWith } from '../../../src/renderer/src/forms/field-errors';
import {
  duplicatesFrom,
  emptyPartnerValues,
  partnerFormFields,
  partnerInputFrom,
} from '../../../src/renderer/src/features/partners/partner-form-values';

describe('partner form values', () => {
  it('reports the missing required fields of an empty form at those fields', () => {
    const errors = validateWith(
      partnerInputSchema,
      partnerInputFrom(emptyPartnerValues()),
      partnerFormFields,
    );
    expect(Object.keys(errors?.byField ?? {}).sort()).toEqual(['country', 'name', 'type']);
    expect(errors?.byField.name?.key).toBe('validation.required');
    expect(errors?.other).toEqual([]);
  });

  it('accepts a minimal valid partner and sends an empty date as null', () => {
    const input = partnerInputFrom(emptyPartnerValues({ name: 'Maju Jaya', type: 'dealer', country: 'MY' }));
    expect(input.partnershipStart).toBeNull();
    expect(validateWith(partnerInputSchema, input, partnerFormFields)).toBeNull();
  });

  it('places field-level messages of bad e-mail, website and date', () => {
    const input = partnerInputFrom(
      emptyPartnerValues({
        name: 'X',
        type: 'agent',
        country: 'NL',
        email: 'not-an-email',
        website: 'javascript:alert(1)',
        partnershipStart: '2024-02-30',
      }),
    );
    const errors = validateWith(partnerInputSchema, input, partnerFormFields);
    expect(errors?.byField.email?.key).toBe('validation.email');
    expect(errors?.byField.website?.key).toBe('validation.url');
    expect(errors?.byField.partnershipStart?.key).toBe('validation.date');
  });

  it('maps server paths such as partner.tags.2 onto form fields', () => {
    const message = { key: 'validation.tooLong', params: { max: 40 }, message: 'Too long' };
    const errors = formErrorsFrom(
      { 'partner.tags.2': message, 'partner.name': message, '': message },
      partnerFormFields,
    );
    expect(errors.byField.tags).toEqual(message);
    expect(errors.byField.name).toEqual(message);
    expect(errors.other).toEqual([message]);
  });

  it('reads the duplicates of a CONFLICT answer defensively', () => {
    expect(
      duplicatesFrom({ duplicates: [{ id: '1', name: 'A', city: 'Ipoh' }, { id: 2 }, null, 'x'] }),
    ).toEqual([{ id: '1', name: 'A', city: 'Ipoh' }]);
    expect(duplicatesFrom(undefined)).toEqual([]);
    expect(duplicatesFrom({ duplicates: 'no' })).toEqual([]);
  });
});
