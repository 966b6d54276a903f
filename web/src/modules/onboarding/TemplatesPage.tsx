import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { QueryState } from '../../platform/ui/QueryState';
import { type OnboardingTemplate, templatesQuery } from './api';
import { ProgramSelect } from './ProgramSelect';
import { TemplateDialog } from './TemplateForm';

const route = getRouteApi('/app/onboarding-templates');

/**
 * Staff: a program's onboarding checklist templates (one per partner type plus the program
 * default), creating one and replacing one. The program lives in the URL so links can point at it.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = can(me, 'programs.manage');
  const navigate = useNavigate();
  const search = route.useSearch();
  const programs = useQuery({
    queryKey: ['programs', 'all-for-agreements'],
    queryFn: () => unwrap(api.GET('/api/v1/programs', { params: { query: { limit: 200 } } })),
  });
  const programId = search.programId ?? programs.data?.data[0]?.id ?? null;
  const [editing, setEditing] = useState<OnboardingTemplate | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('onboarding.templates.title')}
        description={t('onboarding.templates.description')}
        actions={
          manage && programId ? (
            <Button onClick={() => setEditing('new')} data-testid="template-create">
              {t('onboarding.templates.create')}
            </Button>
          ) : undefined
        }
      />
      <QueryState
        query={programs}
        isEmpty={(d) => d.data.length === 0}
        empty={{
          title: t('onboarding.agreements.noProgramsTitle'),
          description: t('onboarding.templates.noProgramsText'),
        }}
      >
        {(d) => (
          <Stack>
            <Group align="flex-end" justify="space-between">
              <ProgramSelect
                programs={d.data}
                value={programId}
                onChange={(id) =>
                  void navigate({ to: '/onboarding-templates', search: { programId: id }, replace: true })
                }
                testId="template-program"
              />
              <AnchorLink to="/agreements" size="sm">
                {t('onboarding.templates.agreementsLink')}
              </AnchorLink>
            </Group>
            {programId ? (
              <TemplateList programId={programId} manage={manage} onEdit={(tpl) => setEditing(tpl)} />
            ) : null}
          </Stack>
        )}
      </QueryState>
      {editing && programId ? (
        <TemplateDialog
          key={editing === 'new' ? 'new' : editing.id}
          programId={programId}
          template={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function TemplateList({
  programId,
  manage,
  onEdit,
}: {
  programId: string;
  manage: boolean;
  onEdit: (template: OnboardingTemplate) => void;
}) {
  const { t } = useTranslation();
  const query = useQuery(templatesQuery(programId));
  return (
    <QueryState
      query={query}
      isEmpty={(d) => d.data.length === 0}
      empty={{
        title: t('onboarding.templates.emptyTitle'),
        description: t('onboarding.templates.emptyText'),
      }}
    >
      {(d) => (
        <Stack>
          {d.data.map((tpl) => (
            <TemplateCard key={tpl.id} template={tpl} manage={manage} onEdit={() => onEdit(tpl)} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function TemplateCard({
  template,
  manage,
  onEdit,
}: {
  template: OnboardingTemplate;
  manage: boolean;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="template-card">
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={2} size="h4">
            {template.name}
          </Title>
          <Badge variant="light" data-testid="template-partner-type-badge">
            {template.partnerType
              ? t(`partnerTypes.${template.partnerType}`)
              : t('onboarding.templates.programDefault')}
          </Badge>
        </Group>
        {manage ? (
          <Button variant="light" onClick={onEdit} data-testid="template-edit">
            {t('onboarding.templates.edit')}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {template.reminderDays.length > 0
          ? t('onboarding.templates.remindersOn', { days: template.reminderDays.join(', ') })
          : t('onboarding.templates.noReminders')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('onboarding.templates.kind')}</Table.Th>
              <Table.Th>{t('onboarding.templates.taskTitle')}</Table.Th>
              <Table.Th>{t('onboarding.templates.required')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {template.tasks.map((task, i) => (
              // Tasks have no id of their own: their position is their identity in a template.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Table.Tr key={i} data-testid="template-task">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{t(`onboarding.kinds.${task.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{task.title}</Text>
                  {task.description ? (
                    <Text size="xs" c="dimmed">
                      {task.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {task.required ? t('onboarding.templates.requiredYes') : t('onboarding.optional')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
