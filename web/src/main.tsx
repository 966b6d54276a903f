import '@mantine/core/styles.css';
import './platform/theme/global.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { csrf, onSessionLost } from './platform/api/client';
import { isApiError } from './platform/api/problem';
import { initI18n } from './platform/i18n';
import { ThemeProvider } from './platform/theme/ThemeProvider';
import { createAppRouter } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final; only network trouble and 5xx are retried.
      retry: (failures, err) => failures < 2 && !(isApiError(err) && err.status >= 400 && err.status < 500),
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});
const router = createAppRouter(queryClient);

// A session that ended elsewhere (expired, signed out everywhere, CSRF token lost) leads back to sign-in.
// A first visit (never signed in on this browser) just lands on sign-in, with no "session ended".
onSessionLost(() => {
  const hadSession = csrf.get() !== null;
  csrf.clear();
  queryClient.clear();
  const here = router.state.location;
  if (here.pathname !== '/login') {
    void router.navigate({
      to: '/login',
      search: { redirect: here.href, ...(hadSession ? { reason: 'expired' as const } : {}) },
    });
  }
});

async function start() {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemeProvider>
    </StrictMode>,
  );
}

void start();
