// One search result in the palette: the kind's icon, a title, whose and when, and the words that
// matched. Its accessible name is the kind and title; the rest describes it.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import {
  IconBuildingStore,
  IconLifebuoy,
  IconMessageHeart,
  IconNotes,
  IconScale,
  IconUser,
  type Icon,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchKind } from '../../../../shared/search';
import { SnippetText } from './SnippetText';
import { resultDescriptionColor } from './result-description-color';
import { searchHitView } from './search-hit-view';

const kindIcons: Record<SearchKind, Icon> = {
  partner: IconBuildingStore,
  contact: IconUser,
  visitNote: IconNotes,
  dispute: IconScale,
  retentionCase: IconLifebuoy,
  greeting: IconMessageHeart,
};

export function SearchHitAction({ hit, onOpen }: { hit: SearchHit; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const view = searchHitView(hit, t, i18n.language);
  const kind = t(`search.kind.${hit.kind}`);
  const describedBy = useId();
  const KindIcon = kindIcons[hit.kind];
  return (
    <Spotlight.Action
      onClick={onOpen}
      aria-label={t('search.resultName', { kind, title: view.title })}
      aria-describedby={describedBy}
      data-kind={hit.kind}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm" w="100%">
        <KindIcon size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={2} miw={0} flex={1}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm" fw={500} truncate="end">
              {view.title}
            </Text>
            <Badge size="xs" variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
              {kind}
            </Badge>
          </Group>
          <div id={describedBy}>
            {view.context ? (
              <Text size="xs" c={resultDescriptionColor} truncate="end">
                {view.context}
              </Text>
            ) : null}
            <SnippetText segments={hit.snippet} />
          </div>
        </Stack>
      </Group>
    </Spotlight.Action>
  );
}
