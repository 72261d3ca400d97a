import { parseHeading } from '../../../core/ingest/markdown/heading';
for (const h of process.argv.slice(2)) console.log(JSON.stringify(parseHeading(h)));
