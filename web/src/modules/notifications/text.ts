import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../platform/api/client';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Deal events a user is notified of → their message key. */
const dealKinds: Record<string, string> = {
  'deal.approved': 'approved',
  'deal.rejected': 'rejected',
  'deal.returned': 'returned',
  'deal.merged': 'merged',
  'deal.conflict_detected': 'conflict',
  'deal.conflict_resolved': 'conflictResolved',
  'deal.expiring': 'expiring',
  'deal.expired': 'expired',
  'deal.extension_requested': 'extensionRequested',
  'deal.extension_decided': 'extensionDecided',
  'deal.stage_changed': 'stageChanged',
  'deal.won': 'won',
  'deal.lost': 'lost',
  'deal.comment_added': 'mentioned',
  'deal.review_escalated': 'escalated',
  'deal.partner_added': 'partnerAdded',
};

/** One line per notification type in the UI language; unknown types fall back to their name. */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  const role = (r: string) => (i18n.exists(`roles.${r}`) ? t(`roles.${r}` as 'roles.owner') : r || '—');
  return (n: Schemas['Notification']): string => {
    const data = (n.data ?? {}) as Record<string, unknown>;
    switch (n.type) {
      case 'membership.created':
        return t('notifications.types.membershipCreated', { role: role(str(data.role)) });
      case 'membership.role_changed':
        return t('notifications.types.membershipRoleChanged', { role: role(str(data.role)) });
      case 'webhook_endpoint.disabled':
        return t('notifications.types.webhookDisabled', { url: str(data.url) || str(data.id) });
      default: {
        const key = dealKinds[n.type];
        if (key)
          return t(`notifications.types.deal.${key}` as 'notifications.types.deal.approved', {
            reason: str(data.reason),
          });
        return t('notifications.types.generic', { type: n.type });
      }
    }
  };
}
