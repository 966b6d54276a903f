import { Code, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label / value pairs of one object (a detail view), as a two-column table. */
export function FactsTable({
  facts,
  labelWidth = 160,
}: {
  facts: [string, ReactNode][];
  labelWidth?: number;
}) {
  return (
    <Table>
      <Table.Tbody>
        {facts.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={labelWidth} style={{ verticalAlign: 'top' }}>
              {k}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A value as pretty-printed JSON (or plain text), scrolling when long; `—` when absent. */
export function JsonBlock({
  label,
  name,
  value,
  maxHeight = 320,
  testId,
}: {
  label?: string;
  /** The accessible name when there is no visible label (a heading names it instead). */
  name?: string;
  value: unknown;
  maxHeight?: number;
  testId?: string;
}) {
  const text =
    value === null || value === undefined || value === ''
      ? '—'
      : typeof value === 'string'
        ? value
        : JSON.stringify(value, null, 2);
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      {label ? (
        <Text size="sm" fw={600}>
          {label}
        </Text>
      ) : null}
      {/* Scrolls itself, focusable so keyboard users can scroll it (axe scrollable-region-focusable). */}
      <Code
        block
        tabIndex={0}
        role="region"
        aria-label={name ?? label}
        data-testid={testId}
        style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight, overflow: 'auto' }}
      >
        {text}
      </Code>
    </Stack>
  );
}
