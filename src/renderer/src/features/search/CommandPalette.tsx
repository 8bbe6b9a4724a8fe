// Ctrl+K / Cmd+K: search everywhere. Partners, contacts, visit notes, cases, retention cases and
// greetings come from the core's search.everywhere as the user types, best first, each with the
// words that matched; choosing one opens its page (a note opens its partner's page at the note).
import { Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconAlertTriangle, IconSearch, IconSearchOff } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../../shared/search';
import { useCoreQuery } from '../../api/core-queries';
import { errorText } from '../../i18n/error-text';
import { SearchHitAction } from './SearchHitAction';
import { searchHitView } from './search-hit-view';
import { useFocusWhenShown } from './use-focus-when-shown';

const resultLimit = 15;

export function CommandPalette() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const focusWhenShown = useFocusWhenShown();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const search = useCoreQuery(
    'search.everywhere',
    { query: debounced, limit: resultLimit },
    { enabled: debounced !== '', placeholderData: keepPreviousData },
  );
  const results = debounced === '' ? [] : (search.data?.results ?? []);
  const listRef = useRef<HTMLDivElement>(null);

  const open = (hit: SearchHit) => {
    const view = searchHitView(hit, t, i18n.language);
    void navigate(view.path);
    focusWhenShown(view.focusId);
  };

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      // Ctrl+K works from inside text fields too: it is the one way to jump anywhere.
      tagsToIgnore={[]}
      scrollable
      maxHeight={480}
      size={640}
    >
      <Spotlight.Search
        aria-label={t('search.fieldLabel')}
        placeholder={t('search.prompt')}
        leftSection={search.isFetching ? <Loader size={16} /> : <IconSearch size={18} aria-hidden />}
        onKeyDown={(event) => {
          // Results arrive after Mantine's own "select the first action" ran, so nothing is
          // highlighted yet: Enter then means the best (first) result, as users expect.
          const first = results[0];
          if (event.key === 'Enter' && first && !listRef.current?.querySelector('[data-selected]')) {
            event.preventDefault();
            spotlight.close();
            open(first);
          }
        }}
      />
      <Spotlight.ActionsList ref={listRef} aria-label={t('search.results')} aria-busy={search.isFetching}>
        {results.map((hit) => (
          <SearchHitAction key={`${hit.kind}-${hit.id}`} hit={hit} onOpen={() => open(hit)} />
        ))}
        {results.length === 0 ? (
          <Spotlight.Empty>
            <PaletteState
              query={debounced}
              loading={search.isFetching || (debounced !== '' && !search.data)}
              error={search.error}
            />
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}

/** What the palette says while there is nothing to list: a hint, searching, an error or none found. */
function PaletteState({ query, loading, error }: { query: string; loading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (query === '') return <Text size="sm">{t('search.startHint')}</Text>;
  if (error) {
    return (
      <Stack gap={4} align="center" role="alert">
        <Group gap="xs">
          <IconAlertTriangle size={18} color="var(--mantine-color-red-6)" aria-hidden />
          <Text size="sm" fw={500}>
            {t('search.failed')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {errorText(t, error)}
        </Text>
      </Stack>
    );
  }
  if (loading) {
    return (
      <Group gap="xs" justify="center" data-testid="search-loading">
        <Loader size="xs" />
        <Text size="sm">{t('search.searching')}</Text>
      </Group>
    );
  }
  return (
    <Stack gap={4} align="center" data-testid="search-nothing-found">
      <Group gap="xs">
        <IconSearchOff size={18} aria-hidden />
        <Text size="sm" fw={500}>
          {t('search.nothingFoundFor', { query })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('search.nothingFoundHint')}
      </Text>
    </Stack>
  );
}
