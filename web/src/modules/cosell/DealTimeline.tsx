import {
  Badge,
  Button,
  Combobox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Timeline,
  Tooltip,
  useCombobox,
} from '@mantine/core';
import {
  IconArrowsExchange,
  IconFile,
  IconFlag,
  IconMessage,
  IconPencil,
  IconSend,
  IconTimeline,
  IconUsers,
} from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../platform/api/client';
import { can, useMe } from '../../platform/auth/session';
import { useFormat } from '../../platform/i18n/format';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EmptyBlock, LoadingBlock } from '../../platform/ui/QueryState';
import type { Deal, DealStage, DealState } from '../deals/api';
import { cosellKeys, type DealActivity, type Mentionable, mentionableQuery } from './api';
import { isStaff, SectionTitle, type Target, VisibilityBadge, VisibilityPicker } from './parts';

const icons: Record<string, typeof IconMessage> = {
  comment: IconMessage,
  file: IconFile,
  state_changed: IconFlag,
  submitted: IconFlag,
  created: IconFlag,
  stage_changed: IconArrowsExchange,
  updated: IconPencil,
  participant: IconUsers,
};

type Props = { deal: Deal; dealId: string };

/**
 * The deal's timeline: what happened, who did it and when, newest or oldest first, and a
 * comment box with @mentions. Staff pick who sees a comment; partners write to their own side.
 */
export function DealTimeline({ deal, dealId }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [sort, setSort] = useState<'-created_at' | 'created_at'>('-created_at');
  const query = useInfiniteQuery({
    queryKey: [...cosellKeys.activities(dealId), sort],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/deals/{dealId}/activities', {
          params: {
            path: { dealId },
            query: { sort, limit: 30, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = query.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack gap="md">
      <SectionTitle
        actions={
          <Select
            aria-label={t('cosell.timeline.order')}
            size="xs"
            w={170}
            allowDeselect={false}
            value={sort}
            onChange={(v) => v && setSort(v as typeof sort)}
            data={[
              { value: '-created_at', label: t('cosell.timeline.newestFirst') },
              { value: 'created_at', label: t('cosell.timeline.oldestFirst') },
            ]}
            comboboxProps={{ withinPortal: true }}
          />
        }
      >
        {t('cosell.timeline.title')}
      </SectionTitle>
      {can(me, 'cosell.write') ? <CommentBox deal={deal} /> : null}
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyBlock
          title={t('cosell.timeline.emptyTitle')}
          description={t('cosell.timeline.empty')}
          icon={<IconTimeline size={28} />}
        />
      ) : (
        <>
          <Timeline bulletSize={28} lineWidth={2} data-testid="deal-timeline">
            {entries.map((e) => (
              <Timeline.Item
                key={e.id}
                bullet={<EntryIcon kind={e.kind} />}
                data-testid={`activity-${e.kind}`}
              >
                <Entry entry={e} staff={isStaff(me)} />
              </Timeline.Item>
            ))}
          </Timeline>
          {query.hasNextPage ? (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
              >
                {t('cosell.timeline.loadMore')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function EntryIcon({ kind }: { kind: string }) {
  const Icon = icons[kind] ?? IconTimeline;
  return <Icon size={16} aria-hidden />;
}

function Entry({ entry, staff }: { entry: DealActivity; staff: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const d = entry.data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const actor =
    entry.actor.id === null
      ? t('cosell.timeline.anotherPartner')
      : entry.actor.kind === 'system'
        ? entry.actor.name || t('cosell.timeline.system')
        : entry.actor.name || t('cosell.timeline.someone');
  let title: string;
  switch (entry.kind) {
    case 'state_changed':
      title = t('cosell.timeline.kinds.state_changed', {
        from: t(`deals.states.${str(d.from) as DealState}`),
        to: t(`deals.states.${str(d.to) as DealState}`),
      });
      break;
    case 'stage_changed':
      title = t('cosell.timeline.kinds.stage_changed', {
        from: t(`deals.stages.${str(d.from) as DealStage}`),
        to: t(`deals.stages.${str(d.to) as DealStage}`),
      });
      break;
    case 'updated': {
      const fields = Array.isArray(d.fields) ? (d.fields as string[]) : [];
      const known = ['amountMinor', 'currency', 'expectedCloseDate', 'nextSteps', 'lineItems'] as const;
      title = t('cosell.timeline.kinds.updated', {
        fields: fields
          .map((f) =>
            known.includes(f as never) ? t(`cosell.timeline.fields.${f as (typeof known)[number]}`) : f,
          )
          .join(', '),
      });
      break;
    }
    case 'file':
      title = t(d.deleted ? 'cosell.timeline.kinds.fileDeleted' : 'cosell.timeline.kinds.file', {
        name: str(d.filename) || entry.body,
      });
      break;
    case 'participant':
      title =
        entry.visibility === 'side' && typeof d.role === 'string'
          ? t(staff ? 'cosell.timeline.kinds.participantStaff' : 'cosell.timeline.kinds.participantSide', {
              role: t(`cosell.participants.roles.${d.role as 'sourced'}`),
              share: fmt.number(Number(d.shareBps ?? 0) / 100) + ' %',
            })
          : t('cosell.timeline.kinds.participant');
      break;
    case 'created':
    case 'submitted':
    case 'comment':
    case 'conflict':
    case 'extension':
      title = t(`cosell.timeline.kinds.${entry.kind}`);
      break;
    default:
      title = t('cosell.timeline.kinds.other');
  }
  const showBody = entry.body && entry.kind !== 'file';
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {staff ? <VisibilityBadge visibility={entry.visibility} /> : null}
      </Group>
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          {actor}
        </Text>
        <Text size="xs" c="dimmed" aria-hidden>
          ·
        </Text>
        <Tooltip label={fmt.dateTime(entry.createdAt)}>
          <Text size="xs" c="dimmed" component="time" dateTime={entry.createdAt}>
            {fmt.relative(entry.createdAt)}
          </Text>
        </Tooltip>
      </Group>
      {showBody ? (
        <Paper withBorder p="xs" radius="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.body}
          </Text>
        </Paper>
      ) : null}
    </Stack>
  );
}

/** The "@query" being typed right before the caret, if any. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|\s)@([^\s@]{0,40})$/.exec(before);
  if (!m) return null;
  return { start: caret - m[2]!.length - 1, query: m[2]! };
}

function CommentBox({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = isStaff(me);
  const queryClient = useQueryClient();
  const people = useQuery(mentionableQuery(deal.id));
  const [body, setBody] = useState('');
  const [target, setTarget] = useState<Target>({ visibility: 'participants', partnerId: null });
  const [mentions, setMentions] = useState<Mentionable[]>([]);
  const [active, setActive] = useState<{ start: number; query: string } | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const matches = useMemo(() => {
    if (!active) return [];
    const q = active.query.toLowerCase();
    return (people.data ?? [])
      .filter((p) => p.userId !== me.user?.id && p.name.toLowerCase().includes(q))
      .slice(0, 8);
  }, [active, people.data, me.user?.id]);

  const post = useMutation({
    mutationFn: () => {
      const mentionedUserIds = [
        ...new Set(mentions.filter((m) => body.includes(`@${m.name}`)).map((m) => m.userId)),
      ];
      return unwrap(
        api.POST('/api/v1/deals/{dealId}/comments', {
          params: { path: { dealId: deal.id } },
          body: {
            body,
            ...(staff
              ? {
                  visibility: target.visibility,
                  ...(target.partnerId ? { partnerId: target.partnerId } : {}),
                }
              : {}),
            ...(mentionedUserIds.length ? { mentionedUserIds } : {}),
          },
        }),
      );
    },
    onSuccess: async () => {
      setBody('');
      setMentions([]);
      await queryClient.invalidateQueries({ queryKey: cosellKeys.activities(deal.id) });
    },
  });

  const update = (value: string, caret: number) => {
    setBody(value);
    const found = mentionAt(value, caret);
    setActive(found);
    if (found) {
      combobox.openDropdown();
      combobox.updateSelectedOptionIndex();
    } else combobox.closeDropdown();
  };

  const pick = (userId: string) => {
    const person = (people.data ?? []).find((p) => p.userId === userId);
    if (!person || !active) return;
    const caret = active.start + 1 + active.query.length;
    const next = `${body.slice(0, active.start)}@${person.name} ${body.slice(caret)}`;
    setBody(next);
    setMentions((m) => (m.some((x) => x.userId === person.userId) ? m : [...m, person]));
    setActive(null);
    combobox.closeDropdown();
    const pos = active.start + person.name.length + 2;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) post.mutate();
  };

  const mentioned = mentions.filter((m) => body.includes(`@${m.name}`));
  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={submit} data-testid="comment-box">
      <Stack gap="xs">
        <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
          <Combobox.Target>
            <Textarea
              ref={ref}
              label={t('cosell.timeline.comment')}
              placeholder={t('cosell.timeline.commentPlaceholder')}
              autosize
              minRows={2}
              maxRows={10}
              maxLength={10_000}
              value={body}
              onChange={(e) =>
                update(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length)
              }
              onKeyDown={(e) => {
                if (e.key === 'Escape' && combobox.dropdownOpened) {
                  e.stopPropagation();
                  setActive(null);
                  combobox.closeDropdown();
                }
              }}
              onBlur={() => combobox.closeDropdown()}
              data-testid="comment-input"
            />
          </Combobox.Target>
          <Combobox.Dropdown hidden={!active} aria-label={t('cosell.timeline.mentionList')}>
            <Combobox.Options>
              {matches.length === 0 ? (
                <Combobox.Empty>{t('cosell.timeline.noMatches')}</Combobox.Empty>
              ) : (
                matches.map((p) => (
                  <Combobox.Option value={p.userId} key={p.userId} data-testid="mention-option">
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{p.name}</Text>
                      {staff && p.kind === 'vendor' ? (
                        <Badge size="xs" variant="light" color="gray">
                          {t('cosell.timeline.vendor')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Combobox.Option>
                ))
              )}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
        {mentioned.length > 0 ? (
          <Text size="xs" c="dimmed" data-testid="mentioned">
            {t('cosell.timeline.mentioned', { names: mentioned.map((m) => m.name).join(', ') })}
          </Text>
        ) : null}
        <Group justify="space-between" align="flex-end" gap="xs">
          <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <VisibilityPicker deal={deal} value={target} onChange={setTarget} />
          </div>
          <Button
            type="submit"
            leftSection={<IconSend size={16} />}
            loading={post.isPending}
            disabled={!body.trim()}
            data-testid="comment-submit"
          >
            {t('cosell.timeline.post')}
          </Button>
        </Group>
        {post.error ? <ProblemAlert error={post.error} /> : null}
      </Stack>
    </Paper>
  );
}
