// What a list screen shows around its rows: the load error with Retry, a loading skeleton, "none
// match these filters", or the first-use empty state with its actions; the rows once there are any.
import { EmptyState, Group, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryErrorAlert } from '../QueryErrorAlert';

export interface ListStatesProps {
  /** The list's query: its error, and whether its first answer has come. */
  error: Error | null;
  loaded: boolean;
  onRetry: () => void;
  rowCount: number;
  /** Filters are set: an empty answer means "none match", not "nothing yet". */
  filtered: boolean;
  icon: ReactNode;
  labels: {
    list: string;
    loadFailed: string;
    noneMatching: string;
    noneMatchingBody: string;
    empty: string;
    emptyBody: string;
  };
  /** Buttons offered when there is nothing yet (enter, import). */
  emptyActions: ReactNode;
  children: ReactNode;
}

export function ListStates(props: ListStatesProps) {
  const { labels } = props;
  if (props.error) {
    return <QueryErrorAlert error={props.error} onRetry={props.onRetry} title={labels.loadFailed} />;
  }
  if (!props.loaded) {
    return (
      <Stack gap="xs" aria-busy="true" aria-label={labels.list}>
        <Skeleton height={36} />
        <Skeleton height={44} />
        <Skeleton height={44} />
      </Stack>
    );
  }
  if (props.rowCount > 0) return <>{props.children}</>;
  return props.filtered ? (
    <EmptyState
      mt="md"
      icon={props.icon}
      withIndicatorBackground
      title={labels.noneMatching}
      description={labels.noneMatchingBody}
    />
  ) : (
    <EmptyState
      mt="md"
      icon={props.icon}
      withIndicatorBackground
      title={labels.empty}
      description={labels.emptyBody}
    >
      <Group justify="center" mt="md">
        {props.emptyActions}
      </Group>
    </EmptyState>
  );
}
