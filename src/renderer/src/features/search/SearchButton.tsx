// The header's search field look-alike: opens the command palette and shows its shortcut.
import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './SearchButton.module.css';

export function SearchButton({ shortcut }: { shortcut: string }) {
  const { t } = useTranslation();
  // Named by its visible text, shortcut included (what a speech-input user sees and says), not by a
  // hidden label that differs from it.
  return (
    <UnstyledButton className={classes.button} onClick={spotlight.open} aria-keyshortcuts="Control+K Meta+K">
      <Group gap="xs" wrap="nowrap">
        <IconSearch size={16} aria-hidden />
        <Text size="sm" c="dimmed" flex={1}>
          {t('search.buttonText')}
        </Text>
        <Kbd size="xs">{shortcut}</Kbd>
      </Group>
    </UnstyledButton>
  );
}
