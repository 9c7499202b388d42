import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from './aliases.config.mjs';

export default defineConfig({
  main: {
    resolve: { alias: pathAliases },
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
});
