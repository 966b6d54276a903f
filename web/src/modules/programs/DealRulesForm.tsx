import {
  Alert,
  Button,
  Card,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { fieldErrorsOf, ProblemAlert } from '../../platform/ui/ProblemAlert';
import { memberListQuery } from '../members/api';
import { programTiersQuery } from '../tiers/api';

type Program = Schemas['Program'];
type Rules = Program['dealRules'];

/** Roles whose members may decide registrations (the API's deals.review): the approver choices. */
const reviewerRoles = new Set(['owner', 'admin', 'channel_manager']);

/** Digits after the decimal point of a currency (EUR 2, JPY 0), for amounts typed in major units. */
function fractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/**
 * The program's rules of engagement for deal registration (PATCH `dealRules`, replaced as a
 * whole): protection and expiry, extensions, auto-approval, conflict thresholds, review SLA and
 * the approvers in escalation order.
 */
export function DealRulesForm({ program, queryKey }: { program: Program; queryKey: readonly unknown[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [v, setV] = useState<Rules>(program.dealRules);
  const members = useQuery(memberListQuery({ 'filter[kind]': 'vendor', limit: 200 }));
  const tiers = useQuery(programTiersQuery(program.id));
  const save = useMutation({
    mutationFn: (dealRules: Rules) =>
      unwrap(
        api.PATCH('/api/v1/programs/{programId}', {
          params: { path: { programId: program.id } },
          body: { dealRules },
          headers: ifMatch(program.version),
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
  const errors = fieldErrorsOf(save.error);
  const err = (path: string) => errors[`dealRules.${path}`];
  const set = <K extends keyof Rules>(key: K, patch: Partial<Rules[K]>) =>
    setV((prev) => ({ ...prev, [key]: { ...(prev[key] as object), ...patch } }));
  const digits = fractionDigits(v.autoApproval.currency);
  const approverChoices = (members.data?.data ?? [])
    .filter((m) => reviewerRoles.has(m.role) || v.review.approverUserIds.includes(m.userId))
    .map((m) => ({ value: m.userId, label: `${m.name} (${m.email})` }));
  const nameOf = (userId: string) => approverChoices.find((c) => c.value === userId)?.label ?? userId;
  const tierChoices = (tiers.data?.data ?? []).map((tier) => ({ value: tier.id, label: tier.name }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(v);
  };
  const num = (value: string | number, fallback: number) => (typeof value === 'number' ? value : fallback);

  return (
    <Card withBorder data-testid="deal-rules">
      <form onSubmit={submit} noValidate aria-labelledby="deal-rules-title">
        <Stack>
          <div>
            <Title order={2} size="h4" id="deal-rules-title">
              {t('programs.rules.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('programs.rules.description')}
            </Text>
          </div>
          {save.isSuccess ? (
            <Alert color="green" variant="light">
              {t('programs.rules.saved')}
            </Alert>
          ) : null}
          <ProblemAlert error={save.error} />

          <Fieldset legend={t('programs.rules.protection')}>
            <Stack gap="sm">
              <Switch
                label={t('programs.rules.firstToRegister')}
                description={t('programs.rules.firstToRegisterHelp')}
                checked={v.firstToRegister}
                onChange={(e) => setV({ ...v, firstToRegister: e.currentTarget.checked })}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('programs.rules.protectionDays')}
                  min={1}
                  max={730}
                  allowDecimal={false}
                  value={v.protectionDays}
                  onChange={(x) => setV({ ...v, protectionDays: num(x, v.protectionDays) })}
                  error={err('protectionDays')}
                  data-testid="rules-protection-days"
                />
                <NumberInput
                  label={t('programs.rules.dateWindowDays')}
                  min={1}
                  max={3650}
                  allowDecimal={false}
                  value={v.dateWindowDays}
                  onChange={(x) => setV({ ...v, dateWindowDays: num(x, v.dateWindowDays) })}
                  error={err('dateWindowDays')}
                />
              </SimpleGrid>
              <TagsInput
                label={t('programs.rules.expiryWarningDays')}
                description={t('programs.rules.expiryWarningDaysHelp')}
                placeholder={t('programs.rules.expiryWarningDaysPlaceholder')}
                maxTags={5}
                value={v.expiryWarningDays.map(String)}
                onChange={(values) =>
                  setV({
                    ...v,
                    expiryWarningDays: [
                      ...new Set(values.map((x) => Number.parseInt(x, 10)).filter((n) => n >= 1 && n <= 365)),
                    ].sort((a, b) => b - a),
                  })
                }
                error={err('expiryWarningDays')}
                data-testid="rules-warning-days"
              />
              <Switch
                label={t('programs.rules.exclusivityPerProductLine')}
                description={t('programs.rules.exclusivityPerProductLineHelp')}
                checked={v.exclusivityPerProductLine}
                onChange={(e) => setV({ ...v, exclusivityPerProductLine: e.currentTarget.checked })}
              />
              <Switch
                label={t('programs.rules.vendorPipelinePrecedence')}
                description={t('programs.rules.vendorPipelinePrecedenceHelp')}
                checked={v.vendorPipelinePrecedence}
                onChange={(e) => setV({ ...v, vendorPipelinePrecedence: e.currentTarget.checked })}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('programs.rules.extensions')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('programs.rules.maxCount')}
                  min={0}
                  max={10}
                  allowDecimal={false}
                  value={v.extensions.maxCount}
                  onChange={(x) => set('extensions', { maxCount: num(x, v.extensions.maxCount) })}
                  error={err('extensions.maxCount')}
                  data-testid="rules-max-count"
                />
                <NumberInput
                  label={t('programs.rules.maxDays')}
                  min={1}
                  max={365}
                  allowDecimal={false}
                  value={v.extensions.maxDays}
                  onChange={(x) => set('extensions', { maxDays: num(x, v.extensions.maxDays) })}
                  error={err('extensions.maxDays')}
                />
              </SimpleGrid>
              <Switch
                label={t('programs.rules.requireApproval')}
                description={t('programs.rules.requireApprovalHelp')}
                checked={v.extensions.requireApproval}
                onChange={(e) => set('extensions', { requireApproval: e.currentTarget.checked })}
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('programs.rules.autoApproval')}>
            <Stack gap="sm">
              <Switch
                label={t('programs.rules.autoApprovalEnabled')}
                checked={v.autoApproval.enabled}
                onChange={(e) => set('autoApproval', { enabled: e.currentTarget.checked })}
                data-testid="rules-auto-approval"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('programs.rules.maxAmount')}
                  description={t('programs.rules.maxAmountHelp')}
                  min={0}
                  decimalScale={digits}
                  thousandSeparator
                  value={
                    v.autoApproval.maxAmountMinor === null ? '' : v.autoApproval.maxAmountMinor / 10 ** digits
                  }
                  onChange={(x) =>
                    set('autoApproval', {
                      maxAmountMinor: typeof x === 'number' ? Math.round(x * 10 ** digits) : null,
                    })
                  }
                  error={err('autoApproval.maxAmountMinor')}
                  disabled={!v.autoApproval.enabled}
                />
                <TextInput
                  label={t('programs.rules.currency')}
                  maxLength={3}
                  value={v.autoApproval.currency}
                  onChange={(e) => set('autoApproval', { currency: e.currentTarget.value.toUpperCase() })}
                  error={err('autoApproval.currency')}
                  disabled={!v.autoApproval.enabled}
                />
              </SimpleGrid>
              <MultiSelect
                label={t('programs.rules.tiers')}
                description={t('programs.rules.tiersHelp')}
                data={tierChoices}
                value={v.autoApproval.tierIds}
                onChange={(tierIds) => set('autoApproval', { tierIds })}
                error={err('autoApproval.tierIds')}
                disabled={!v.autoApproval.enabled}
                clearable
              />
            </Stack>
          </Fieldset>

          <Fieldset legend={t('programs.rules.thresholds')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('programs.rules.thresholdsHelp')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('programs.rules.possibleThreshold')}
                  min={0}
                  max={1}
                  step={0.05}
                  decimalScale={2}
                  value={v.thresholds.possible}
                  onChange={(x) => set('thresholds', { possible: num(x, v.thresholds.possible) })}
                  error={err('thresholds.possible')}
                  data-testid="rules-possible"
                />
                <NumberInput
                  label={t('programs.rules.conflictThreshold')}
                  min={0}
                  max={1}
                  step={0.05}
                  decimalScale={2}
                  value={v.thresholds.conflict}
                  onChange={(x) => set('thresholds', { conflict: num(x, v.thresholds.conflict) })}
                  error={err('thresholds.conflict')}
                  data-testid="rules-conflict"
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend={t('programs.rules.review')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('programs.rules.slaHours')}
                  min={1}
                  max={720}
                  allowDecimal={false}
                  value={v.review.slaHours}
                  onChange={(x) => set('review', { slaHours: num(x, v.review.slaHours) })}
                  error={err('review.slaHours')}
                />
                <NumberInput
                  label={t('programs.rules.reminderHours')}
                  min={1}
                  max={720}
                  allowDecimal={false}
                  value={v.review.reminderHours}
                  onChange={(x) => set('review', { reminderHours: num(x, v.review.reminderHours) })}
                  error={err('review.reminderHours')}
                />
              </SimpleGrid>
              <MultiSelect
                label={t('programs.rules.approvers')}
                description={t('programs.rules.approversHelp')}
                placeholder={
                  v.review.approverUserIds.length ? undefined : t('programs.rules.approversPlaceholder')
                }
                data={approverChoices}
                value={v.review.approverUserIds}
                onChange={(approverUserIds) => set('review', { approverUserIds })}
                error={err('review.approverUserIds')}
                searchable
                clearable
                maxValues={10}
                data-testid="rules-approvers"
              />
              {v.review.approverUserIds.length > 0 ? (
                <Stack gap={2} component="ol" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                  {v.review.approverUserIds.map((id) => (
                    <Text key={id} size="xs" c="dimmed" component="li">
                      {nameOf(id)}
                    </Text>
                  ))}
                </Stack>
              ) : null}
            </Stack>
          </Fieldset>

          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="rules-save">
              {t('programs.rules.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
