import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../platform/api/client';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

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
      default:
        return t('notifications.types.generic', { type: n.type });
    }
  };
}
