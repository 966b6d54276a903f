import { Alert, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragmentToken } from '../auth/fragment';

/**
 * A public page driven by a link's `#token=…` (accept an invitation, reset a password): reads the
 * token from the fragment, names the page, and holds the one mutation that spends the token.
 */
export function useTokenMutation<T>(title: string, mutationFn: (token: string) => Promise<T>) {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const mutation = useMutation({ mutationFn: () => mutationFn(token ?? '') });
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return { token, mutation };
}

/** The whole page when there is nothing to fill in: no token in the link, or the token was spent. */
export function TokenNotice({
  title,
  color,
  role,
  children,
  link,
}: {
  title: string;
  color: 'yellow' | 'green';
  role?: string;
  children: ReactNode;
  link: ReactNode;
}) {
  return (
    <Stack>
      <Title order={1} size="h3">
        {title}
      </Title>
      <Alert color={color} variant="light" role={role}>
        {children}
      </Alert>
      {link}
    </Stack>
  );
}
