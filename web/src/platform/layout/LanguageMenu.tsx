import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { meQuery, useKnownMe } from '../auth/session';
import { currentLocale, type Locale, locales, setLocale } from '../i18n';

/** Each language named in itself, so anyone can find their own. */
export const localeNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', ja: '日本語' };

/** Switches the UI language; signed in, it is saved to the profile (PATCH /api/v1/me) as well. */
export function LanguageMenu() {
  const { t } = useTranslation();
  const me = useKnownMe();
  const queryClient = useQueryClient();
  const choose = async (lng: Locale) => {
    await setLocale(lng);
    if (me?.user && me.authenticatedWith === 'session') {
      try {
        const updated = await unwrap(api.PATCH('/api/v1/me', { body: { locale: lng } }));
        queryClient.setQueryData(meQuery.queryKey, updated);
      } catch {
        // Not saved to the profile (e.g. the session just ended): this device still switched.
      }
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('layout.language')} withArrow>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('layout.languageCurrent', { name: localeNames[currentLocale()] })}
            data-testid="language-menu"
          >
            <IconLanguage size={20} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        {locales.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            onClick={() => void choose(lng)}
            aria-current={lng === currentLocale() ? 'true' : undefined}
            fw={lng === currentLocale() ? 700 : undefined}
            data-testid={`language-${lng}`}
          >
            {localeNames[lng]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
