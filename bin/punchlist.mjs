#!/usr/bin/env node
// The punchlist CLI: runs core/cli/main.ts through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
await import('../core/cli/main.ts');
