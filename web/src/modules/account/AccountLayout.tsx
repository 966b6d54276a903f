import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../platform/auth/session';
import { PageHeader } from '../../platform/ui/PageHeader';
import { SubNav } from '../../platform/ui/SubNav';

/** The account area: profile, security (password, two-factor) and the workspace's API keys. */
export function AccountLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const items = [
    { to: '/account', label: t('account.profileTab'), testId: 'account-tab-profile' },
    { to: '/account/security', label: t('account.securityTab'), testId: 'account-tab-security' },
    ...(can(me, 'apikeys.read')
      ? [{ to: '/account/api-keys', label: t('nav.apiKeys'), testId: 'account-tab-api-keys' }]
      : []),
  ];
  return (
    <>
      <PageHeader title={t('account.title')} description={me.user?.email} />
      <SubNav label={t('account.sections')} items={items} />
      <Outlet />
    </>
  );
}
