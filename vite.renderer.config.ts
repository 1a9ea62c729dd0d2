import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

// The renderer build, shared by the browser host (`npm run build:renderer`) and electron-vite
// (electron.vite.config.ts imports `rendererConfig`), so both ship exactly the same UI.

const repoRoot = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(repoRoot, 'src-renderer');

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  // Relative asset URLs: the same index.html loads from http://127.0.0.1 and from Electron's file/app URL.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(repoRoot, 'out', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // A desktop UI read from local disk: one larger chunk costs nothing a network would charge for.
    chunkSizeWarningLimit: 6000,
    rollupOptions: { input: path.join(rendererRoot, 'index.html') },
  },
  worker: { format: 'es' },
};

export default defineConfig(rendererConfig);
