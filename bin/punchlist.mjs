#!/usr/bin/env node
// The CLI's old entry: it moved to bin/punchlist.cjs (issue 17: a CommonJS entry starts sooner). This path
// still runs it, for scripts that name the old file and for npx caches that linked it before the move
// (npm links a project's own bin once, into ~/.npm/_npx, and never updates the link).
import './punchlist.cjs';
