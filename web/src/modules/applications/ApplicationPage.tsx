import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconMessageQuestion, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { FactsTable } from '../../platform/ui/facts';
import { AnchorLink } from '../../platform/ui/links';
import { PageHeader } from '../../platform/ui/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { LoadingBlock } from '../../platform/ui/QueryState';
import { ApplicationStatusBadge, applicationKeys, RuleOutcomeBadge } from './parts';

const route = getRouteApi('/app/applications/$applicationId');
type Application = Schemas['Application'];
type Reason = Application['reasons'][number];
type Decision = 'approve' | 'reject' | 'request_info';

/** One application: the answers, every vetting reason with its evidence, history, and the decision. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { applicationId } = route.useParams();
  const query = useQuery({
    queryKey: [...applicationKeys.all, 'detail', applicationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/applications/{applicationId}', { params: { path: { applicationId } } })),
  });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('applications.queue.title')} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <ApplicationView application={query.data} />;
}

function ApplicationView({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [dialog, setDialog] = useState<Decision | null>(null);
  const open = a.status === 'submitted' || a.status === 'info_requested';
  const facts = a.facts as Record<string, unknown>;
  const show = (v: unknown): string =>
    v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') || '—' : String(v);

  return (
    <>
      <AnchorLink to="/applications" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} />
          {t('applications.detail.back')}
        </Group>
      </AnchorLink>
      <PageHeader
        title={a.companyName}
        description={<ApplicationStatusBadge status={a.status} />}
        actions={
          open ? (
            <>
              <Button leftSection={<IconCheck size={16} />} onClick={() => setDialog('approve')}>
                {t('applications.detail.approve')}
              </Button>
              <Button leftSection={<IconX size={16} />} color="red" onClick={() => setDialog('reject')}>
                {t('applications.detail.reject')}
              </Button>
              <Button
                leftSection={<IconMessageQuestion size={16} />}
                variant="default"
                onClick={() => setDialog('request_info')}
              >
                {t('applications.detail.requestInfo')}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('applications.detail.vetting')}
          </Title>
          {a.decision ? (
            <Text size="sm" mb="sm" data-testid="vetting-decision">
              {t('applications.detail.vettingDecision', {
                decision: t(`applications.decisions.${a.decision}`),
              })}
            </Text>
          ) : null}
          {a.reasons.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('applications.detail.noReasons')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="vetting-reasons">
              {a.reasons.map((r) => (
                <ReasonView key={`${r.rule}:${r.message}`} reason={r} />
              ))}
            </Stack>
          )}
          {a.applicantReason ? (
            <Text size="sm" mt="sm">
              <b>{t('applications.detail.applicantReason')}:</b> {a.applicantReason}
            </Text>
          ) : null}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('applications.detail.answers')}
          </Title>
          <FactsTable
            facts={[
              [t('applications.form.companyName'), show(facts.companyName)],
              [t('applications.form.legalName'), show(facts.legalName)],
              [t('applications.form.website'), show(facts.website)],
              [t('applications.form.country'), fmt.country(a.country)],
              [
                t('applications.form.operatingCountries'),
                show(((facts.operatingCountries as string[]) ?? []).map((c) => fmt.country(c))),
              ],
              [
                t('applications.form.partnerTypes'),
                <Group gap={4} key="types">
                  {((facts.partnerTypes as string[]) ?? []).map((ty) => (
                    <Badge key={ty} variant="outline" size="sm" color="gray">
                      {t(`partnerTypes.${ty as 'var'}`)}
                    </Badge>
                  ))}
                </Group>,
              ],
              [t('applications.form.contactName'), a.contactName],
              [t('applications.form.email'), a.email],
              [t('applications.form.phone'), show(facts.phone)],
              [t('applications.form.address'), show(facts.address)],
              [t('applications.form.employeeCount'), show(facts.employeeCount)],
              [t('applications.form.annualRevenue'), show(facts.annualRevenue)],
              [t('applications.form.industries'), show(facts.industries)],
              [t('applications.form.description'), show(facts.description)],
              [
                t('applications.detail.partner'),
                a.partnerId ? (
                  <AnchorLink key="partner" to="/partners/$partnerId" params={{ partnerId: a.partnerId }}>
                    {a.companyName}
                  </AnchorLink>
                ) : (
                  '—'
                ),
              ],
              [t('applications.queue.received'), fmt.dateTime(a.createdAt)],
            ]}
          />
        </Card>
        {a.history.length > 0 ? (
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('applications.detail.history')}
            </Title>
            <Timeline bulletSize={12} lineWidth={2}>
              {a.history.map((h) => (
                <Timeline.Item
                  key={`${h.at}-${h.action}`}
                  title={t(`applications.detail.events.${h.action as 'verified'}`, {
                    decision: h.decision ? t(`applications.decisions.${h.decision as 'approve'}`) : '',
                  })}
                >
                  <Text size="xs" c="dimmed">
                    {fmt.dateTime(h.at)} · {h.by}
                  </Text>
                  {h.reason ? <Text size="sm">{h.reason}</Text> : null}
                  {h.message ? <Text size="sm">{h.message}</Text> : null}
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        ) : null}
      </Stack>
      {dialog ? <DecisionDialog application={a} decision={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}

type Hit = {
  entryId?: string;
  screenedName?: string;
  entryName?: string;
  matchedName?: string;
  matchedAlias?: boolean;
  listName?: string;
  sourceList?: string;
  score?: number;
};
type Duplicate = { partnerId?: string; partnerName?: string };

/** One rule's verdict; screening hits show the matched entry, alias, list and score. */
function ReasonView({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  const details = (reason.details ?? {}) as { hits?: Hit[]; duplicates?: Duplicate[] };
  return (
    <Stack gap={4} data-testid={`reason-${reason.rule}`}>
      <Group gap="xs">
        <RuleOutcomeBadge outcome={reason.outcome} />
        <Text size="sm" fw={600}>
          {t(`applications.rules.${reason.rule as 'screening'}`)}
        </Text>
      </Group>
      <Text size="sm">{reason.message}</Text>
      {reason.rule === 'screening' && details.hits?.length ? (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder data-testid="screening-hits">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('applications.detail.screened')}</Table.Th>
                <Table.Th>{t('applications.detail.matched')}</Table.Th>
                <Table.Th>{t('applications.detail.alias')}</Table.Th>
                <Table.Th>{t('applications.detail.list')}</Table.Th>
                <Table.Th>{t('applications.detail.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {details.hits.map((h) => (
                <Table.Tr key={`${h.entryId}-${h.screenedName}`}>
                  <Table.Td>{h.screenedName}</Table.Td>
                  <Table.Td>{h.entryName}</Table.Td>
                  <Table.Td>{h.matchedAlias ? h.matchedName : '—'}</Table.Td>
                  <Table.Td>{[h.listName, h.sourceList].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td data-testid="screening-score">{h.score?.toFixed(2)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {reason.rule === 'duplicate' && details.duplicates?.length ? (
        <Text size="sm">
          {t('applications.detail.duplicateOf')}{' '}
          {details.duplicates.map((d, i) => (
            <span key={d.partnerId ?? d.partnerName}>
              {i > 0 ? ', ' : ''}
              {d.partnerId ? (
                <AnchorLink to="/partners/$partnerId" params={{ partnerId: d.partnerId }}>
                  {d.partnerName}
                </AnchorLink>
              ) : (
                d.partnerName
              )}
            </span>
          ))}
        </Text>
      ) : null}
    </Stack>
  );
}

const titles = {
  approve: 'applications.detail.approveTitle',
  reject: 'applications.detail.rejectTitle',
  request_info: 'applications.detail.requestInfoTitle',
} as const;

/** Approve / reject / ask, always with a reason the applicant reads. */
function DecisionDialog({
  application,
  decision,
  onClose,
}: {
  application: Application;
  decision: Decision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/applications/{applicationId}/decision', {
          params: { path: { applicationId: application.id } },
          body: { decision, reason },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t(titles[decision])} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemAlert error={mutation.error} />
          <Textarea
            label={t('applications.detail.reason')}
            description={t('applications.detail.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
            required
            data-autofocus
            error={fieldErrorsOf(mutation.error).reason}
            data-testid="decision-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              color={decision === 'reject' ? 'red' : undefined}
              data-testid="decision-confirm"
            >
              {t('applications.detail.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
