import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from './aliases.config.mjs';

export default defineConfig(({ mode }) => ({
  main: {
    resolve: { alias: pathAliases },
    // React renders the printed documents in the main process. Bundled, it keeps its own `process.env.NODE_ENV`
    // switch, which nothing sets in the installed app, so it ran React's development build (slower, extra checks
    // and warnings). Fixed at build time: production for `electron-vite build`/`preview`, development for `dev`.
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Imports are parsed in a worker thread with its own memory limit (electron/core/isolation).
          'isolation-worker': resolve(__dirname, 'electron/core/isolation/isolation-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: pathAliases },
    // A sandboxed preload can only require('electron'): bundle everything else into it.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') }, external: ['electron'] },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    resolve: { alias: pathAliases },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
}));
