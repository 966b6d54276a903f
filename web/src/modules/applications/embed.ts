import { useEffect } from 'react';

/** Must equal HEIGHT_MESSAGE in src/modules/applications/embed.ts (the embedding script). */
const HEIGHT_MESSAGE = 'symbio:apply:height';

/**
 * Inside the iframe of /embed/apply.js: tells the embedding page how tall the form is whenever it
 * changes, so the iframe never scrolls. The height is not sensitive, hence any target origin.
 */
export function usePostHeight(enabled: boolean) {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const post = () =>
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height: document.documentElement.scrollHeight }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [enabled]);
}
