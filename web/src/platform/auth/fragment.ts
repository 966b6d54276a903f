import { useEffect, useState } from 'react';

/**
 * The `#token=…` of an invitation or reset link. Tokens travel in the fragment, which browsers
 * never send to servers or in Referer; once read, it is dropped from the address bar and history.
 */
export function useFragmentToken(): string | null {
  const [token] = useState(() => new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token'));
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
  }, []);
  return token;
}
