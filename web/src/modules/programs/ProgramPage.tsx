import { Alert, Anchor, Button, Card, Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '../../platform/api/client';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { DealRulesForm } from './DealRulesForm';
import { ProgramForm, type ProgramValues } from './ProgramForm';
import { programKeys, workspaceQuery } from './ProgramsPage';

const route = getRouteApi('/app/programs/$programId');

/**
 * One program: its settings and vetting rules, the form link and the embed snippet, and its rules
 * of engagement for deal registration.
 */
export function ProgramPage() {
  const { t } = useTranslation();
  const { programId } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const workspace = useQuery(workspaceQuery);
  const program = useQuery({
    queryKey: [...programKeys.all, 'detail', programId],
    queryFn: () => unwrap(api.GET('/api/v1/programs/{programId}', { params: { path: { programId } } })),
  });
  const save = useMutation({
    mutationFn: (body: ProgramValues) =>
      unwrap(
        api.PATCH('/api/v1/programs/{programId}', {
          params: { path: { programId } },
          body,
          headers: program.data ? ifMatch(program.data.version) : {},
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...programKeys.all, 'detail', programId], saved);
      await queryClient.invalidateQueries({ queryKey: [...programKeys.all, 'list'] });
    },
  });
  if (program.isPending || workspace.isPending) return <LoadingBlock />;
  if (program.isError) {
    return (
      <>
        <PageHeader title={t('programs.title')} />
        <ProblemAlert error={program.error} onRetry={() => void program.refetch()} />
      </>
    );
  }
  const p = program.data;
  const wsSlug = workspace.data?.slug ?? '';
  const formPath = `/apply/${wsSlug}/${p.slug}`;
  const snippet = `<script src="${window.location.origin}/embed/apply.js" data-workspace="${wsSlug}" data-program="${p.slug}"></script>`;
  return (
    <>
      <AnchorLink to="/programs" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} />
          {t('programs.back')}
        </Group>
      </AnchorLink>
      <PageHeader
        title={p.name}
        actions={
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} />}
            onClick={() => setDeleting(true)}
          >
            {t('programs.delete')}
          </Button>
        }
      />
      <Group gap="md" mb="md">
        <AnchorLink
          to="/programs/$programId/tiers"
          params={{ programId }}
          size="sm"
          data-testid="program-tiers-link"
        >
          {t('tiers.editor.title')}
        </AnchorLink>
        <AnchorLink
          to="/onboarding-templates"
          search={{ programId }}
          size="sm"
          data-testid="program-templates-link"
        >
          {t('onboarding.templates.title')}
        </AnchorLink>
      </Group>
      <Stack gap="lg">
        <Card withBorder>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('programs.formLink')}
            </Text>
            <Anchor href={formPath} target="_blank" size="sm" data-testid="program-form-link">
              {window.location.origin}
              {formPath}
            </Anchor>
            <Text size="sm" fw={600} mt="sm">
              {t('programs.embed')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('programs.embedHelp')}
            </Text>
            {/* Scrolls sideways on a phone: focusable, so keyboard users can scroll it too. */}
            <Code block tabIndex={0} aria-label={t('programs.embed')}>
              {snippet}
            </Code>
          </Stack>
        </Card>
        <Card withBorder>
          {save.isSuccess ? (
            <Alert color="green" variant="light" mb="sm">
              {t('programs.saved')}
            </Alert>
          ) : null}
          <ProgramForm
            key={p.version}
            program={p}
            workspaceSlug={wsSlug}
            onSubmit={(v) => save.mutate(v)}
            pending={save.isPending}
            error={save.error}
            submitLabel={t('programs.save')}
          />
        </Card>
        <DealRulesForm program={p} queryKey={[...programKeys.all, 'detail', programId]} />
      </Stack>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('programs.deleteTitle')}
          confirmLabel={t('programs.delete')}
          mutationFn={() =>
            unwrap(api.DELETE('/api/v1/programs/{programId}', { params: { path: { programId } } }))
          }
          invalidate={programKeys.all}
          onDone={() => navigate({ to: '/programs' })}
          onClose={() => setDeleting(false)}
        >
          <Text size="sm">{t('programs.deleteText', { name: p.name })}</Text>
        </ConfirmMutationDialog>
      ) : null}
    </>
  );
}
