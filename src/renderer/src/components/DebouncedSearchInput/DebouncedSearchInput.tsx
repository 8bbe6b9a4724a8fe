// A search box that reports what was typed after a short pause, so a list is not re-queried on
// every keystroke, and that follows its value when the parent resets it ("Clear filters").
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DebouncedSearchInputProps {
  label: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  delay?: number;
  /** Fixed width, so the clear button appearing does not shift the controls beside it. */
  w?: number;
}

export function DebouncedSearchInput({
  label,
  placeholder,
  value,
  onChange,
  delay = 250,
  w,
}: DebouncedSearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const commit = useDebouncedCallback((next: string) => {
    setCommitted(next);
    onChange(next);
  }, delay);

  // The parent changed the value (e.g. cleared the filters): show it, and drop a commit still
  // waiting for its pause, which would otherwise bring the old text back.
  if (value !== committed) {
    commit.cancel();
    setCommitted(value);
    setText(value);
  }

  return (
    <TextInput
      w={w}
      label={label}
      placeholder={placeholder}
      value={text}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('actions.clearSearch')}
            onClick={() => {
              setText('');
              commit('');
            }}
          />
        ) : null
      }
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
    />
  );
}
