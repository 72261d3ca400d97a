// node --import bench/rss-preload.mjs …: writes the whole process's peak RSS (every thread's memory,
// in MB) to the file named by $PUNCHLIST_BENCH_RSS when the process exits (bench/run.ts, CLI figures).
import { writeFileSync } from 'node:fs';

const out = process.env.PUNCHLIST_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS / 1024)));
