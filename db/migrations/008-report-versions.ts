import type { Migration } from './types';

/**
 * Re-runs from the command line (issue 19):
 * - findings.report_digest: a digest of what the report said about the finding (text, rule,
 *   severity, status, locations: core/ingest/fingerprint.ts reportDigest). A re-ingest compares
 *   digests and leaves the rows of unchanged findings alone, without reading them. NULL for rows
 *   stored before: those are compared field by field once.
 * - report_versions.delta: what a version changed, as finding-id sets (JSON: added, back, left,
 *   updated; core/ingest/versions.ts). `--baseline N` replays them to know which findings version N
 *   had, and the SARIF export's baselineState comes from the latest one. NULL for versions stored before.
 */
export const reportVersions: Migration = {
  version: 8,
  name: 'report-digest-and-version-delta',
  up: (db) => [
    db.schema.alterTable('findings').addColumn('report_digest', 'text'),
    db.schema.alterTable('report_versions').addColumn('delta', 'text'),
  ],
};
