import { Button, Checkbox, Group, SimpleGrid, Skeleton, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { type EventTypeName, eventTypesQuery } from './api';

export type EndpointValues = { url: string; eventTypes: EventTypeName[]; description: string };

/**
 * URL, subscribed event types (from the API's catalogue, each with its description; `*` = all,
 * including types added later) and a description. The API's field errors show inline — e.g. a
 * URL on a private address is refused by the server.
 */
export function EndpointForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: EndpointValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: EndpointValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const types = useQuery(eventTypesQuery);
  const [url, setUrl] = useState(initial?.url ?? '');
  const [events, setEvents] = useState<EventTypeName[]>(initial?.eventTypes ?? []);
  const [description, setDescription] = useState(initial?.description ?? '');
  const all = events.includes('*');
  const fieldErrors = fieldErrorsOf(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ url: url.trim(), eventTypes: all ? ['*'] : events, description: description.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={error} />
        <TextInput
          label={t('webhooks.url')}
          description={t('webhooks.urlHelp')}
          placeholder="https://hooks.example.com/symbio"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          required
          data-autofocus
          error={fieldErrors.url}
          data-testid="webhook-url"
        />
        <Checkbox.Group
          label={t('webhooks.events')}
          description={t('webhooks.eventsHelp')}
          value={events}
          onChange={(v) => setEvents(v as EventTypeName[])}
          error={fieldErrors.eventTypes}
          withAsterisk
        >
          <Stack gap="xs" mt="xs">
            <Checkbox value="*" label={t('webhooks.allEvents')} data-testid="event-all" />
            {types.isPending ? <Skeleton height={80} /> : null}
            <ProblemAlert error={types.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {(types.data?.data ?? []).map((et) => (
                <Checkbox
                  key={et.type}
                  value={et.type}
                  label={et.type}
                  description={et.description}
                  disabled={all}
                  data-testid={`event-${et.type}`}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('webhooks.descriptionField')}
          description={t('webhooks.descriptionHelp')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={500}
          error={fieldErrors.description}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} data-testid="webhook-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
