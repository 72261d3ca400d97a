import { buildBenchText } from '../../../core/ingest/markdown/bench';
import { parseMarkdown, parseMdast } from '../../../core/ingest/markdown/index';
const text = buildBenchText(1_000_000);
let t = performance.now(); parseMdast(text); console.log('parse', Math.round(performance.now() - t));
t = performance.now(); parseMarkdown(text); console.log('extract', Math.round(performance.now() - t));
