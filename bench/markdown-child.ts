// One Markdown measurement in a fresh process, run as a plain-Node bundle (bench/run.ts builds it
// with the CLI's esbuild options), so the extractor is timed as the CLI and the app run it, not as
// tsx's on-the-fly transpile runs it (tsx names every named arrow function with a property write on
// each call, which the shipped bundle does not do). Floor and extraction share the process.
//   markdown-child ROOT TARGET_BYTES RUNS
// Prints one JSON line: MarkdownSamples (bench/markdown.ts).
import { benchMarkdownSamples } from './markdown';

const [root, bytes, runs] = process.argv.slice(2);
console.log(JSON.stringify(benchMarkdownSamples(root, Number(bytes), Number(runs))));
