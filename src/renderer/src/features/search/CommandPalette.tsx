// Ctrl+K / Cmd+K: jump to any partner or contact by name. Results come from the core's quick
// search as the user types; a contact opens its partner's page.
import { Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconBuildingStore, IconSearch, IconUser } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCoreQuery } from '../../api/core-queries';

export function CommandPalette() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const search = useCoreQuery(
    'search.quick',
    { query: debounced, limit: 12 },
    { enabled: debounced !== '', placeholderData: keepPreviousData },
  );
  const results = debounced === '' ? [] : (search.data?.results ?? []);
  const listRef = useRef<HTMLDivElement>(null);
  const open = (partnerId: string) => void navigate(`/partners/${partnerId}`);

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      // Ctrl+K works from inside text fields too: it is the one way to jump anywhere.
      tagsToIgnore={[]}
      scrollable
      maxHeight={420}
    >
      <Spotlight.Search
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={search.isFetching ? <Loader size={16} /> : <IconSearch size={18} aria-hidden />}
        onKeyDown={(event) => {
          // Results arrive after Mantine's own "select the first action" ran, so nothing is
          // highlighted yet: Enter then means the best (first) result, as users expect.
          const first = results[0];
          if (event.key === 'Enter' && first && !listRef.current?.querySelector('[data-selected]')) {
            event.preventDefault();
            spotlight.close();
            open(first.partnerId);
          }
        }}
      />
      <Spotlight.ActionsList ref={listRef} aria-label={t('search.results')}>
        {results.map((result) => (
          <Spotlight.Action
            key={`${result.kind}-${result.id}`}
            label={result.title}
            description={result.subtitle}
            leftSection={
              result.kind === 'partner' ? (
                <IconBuildingStore size={20} aria-hidden />
              ) : (
                <IconUser size={20} aria-hidden />
              )
            }
            rightSection={
              <Text size="xs" c="dimmed">
                {t(`search.kind.${result.kind}`)}
              </Text>
            }
            onClick={() => open(result.partnerId)}
          />
        ))}
        {results.length === 0 ? (
          <Spotlight.Empty>
            {debounced === ''
              ? t('search.hint')
              : search.isFetching
                ? t('search.searching')
                : t('search.nothingFound')}
          </Spotlight.Empty>
        ) : null}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
