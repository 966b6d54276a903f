import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The portal build (web/ → dist/web), served by the API server (src/platform/http/portal.ts).
// Kept apart from vitest.config.ts: this one has root: 'web' (STACK-NOTES G21).
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Route components are split per page (lazy routes); the login page loads only the shell.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev:web` against `npm run dev` on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' },
  },
});
