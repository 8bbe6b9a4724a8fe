// A rule's either/or setting (award, basis, calculation, bracket mode): a visible label over a
// segmented control whose accessible name also carries the rule's number.
import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface LabelledChoiceProps<V extends string> {
  label: string;
  /** The label with the rule's number ("Award, rule 2"), for screen readers and tests. */
  ariaLabel: string;
  value: V;
  data: { value: V; label: string }[];
  onChange: (value: V) => void;
  /** A hint under the control. */
  children?: ReactNode;
}

export function LabelledChoice<V extends string>({
  label,
  ariaLabel,
  value,
  data,
  onChange,
  children,
}: LabelledChoiceProps<V>) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        aria-label={ariaLabel}
        value={value}
        onChange={(next) => onChange(next as V)}
        data={data}
      />
      {children}
    </Stack>
  );
}
