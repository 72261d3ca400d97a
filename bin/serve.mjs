#!/usr/bin/env node
// Serves the built renderer and the API on 127.0.0.1: node bin/serve.mjs [--db PATH] [--port N]
// The first line on stdout is the URL to open (it carries the per-start token).
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'core', 'serve', 'main.ts');
await import(pathToFileURL(entry).href);
