// Birthday as month and day, with the year optional: people often know one but not the other.
import { Group, Input, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthNames } from '../../i18n/display-names';
import { daysInMonth, type BirthdayParts } from './birthday-fields';

export interface BirthdayInputProps {
  value: BirthdayParts;
  onChange: (value: BirthdayParts) => void;
  error?: string;
}

export function BirthdayInput({ value, onChange, error }: BirthdayInputProps) {
  const { t, i18n } = useTranslation();
  const months = useMemo(
    () => monthNames(i18n.language).map((name, i) => ({ value: String(i + 1), label: name })),
    [i18n.language],
  );
  const days = Array.from({ length: daysInMonth(value.month, value.year) }, (_, i) => String(i + 1));
  const invalid = error !== undefined;

  return (
    <Input.Wrapper label={t('fields.contact.birthday')} labelElement="div" error={error}>
      <Group gap="xs" wrap="nowrap" mt={4}>
        <Select
          aria-label={t('contacts.form.birthdayMonth')}
          placeholder={t('contacts.form.month')}
          data={months}
          value={value.month}
          onChange={(month) => {
            const day =
              value.day !== null && Number(value.day) > daysInMonth(month, value.year) ? null : value.day;
            onChange({ ...value, month, day });
          }}
          clearable
          error={invalid}
          flex={2}
        />
        <Select
          aria-label={t('contacts.form.birthdayDay')}
          placeholder={t('contacts.form.day')}
          data={days}
          value={value.day}
          onChange={(day) => onChange({ ...value, day })}
          clearable
          error={invalid}
          flex={1}
        />
        <TextInput
          aria-label={t('contacts.form.birthYear')}
          placeholder={t('contacts.form.yearOptional')}
          value={value.year}
          onChange={(event) => onChange({ ...value, year: event.currentTarget.value })}
          inputMode="numeric"
          maxLength={4}
          error={invalid}
          flex={1}
        />
      </Group>
    </Input.Wrapper>
  );
}
