import { defineConfig } from 'vite';

// The app is static: `vite build` writes dist/, which `scripts/app.sh` serves with the
// deployment's config.json beside it.
export default defineConfig({
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
  preview: { host: '127.0.0.1' },
});
