// Queries on the re-ingest and duplicate tables (migration 006, declared in ../schema.ts with the
// rest): report versions, "not in latest report" marks, merges.
import type { Insertable, Kysely } from 'kysely';
import type { Database, FindingAbsenceTable, FindingMergesTable, ReportVersionsTable } from '../schema';

export const duplicateRepository = (db: Kysely<Database>) => {
  return {
    versionBySha: (projectId: number, sha256: string) =>
      db
        .selectFrom('report_versions as v')
        .innerJoin('reports as r', 'r.id', 'v.report_id')
        .select(['r.id', 'r.format', 'r.repairs'])
        .where('r.project_id', '=', projectId)
        .where('v.sha256', '=', sha256)
        .limit(1),
    versions: (reportId: number) =>
      db
        .selectFrom('report_versions')
        .select(['id', 'sha256', 'source_path', 'applied_at', 'matched', 'added', 'absent', 'changed', 'delta'])
        .where('report_id', '=', reportId)
        .orderBy('id'),
    absentIds: (projectId: number, reportId?: number) => {
      let q = db.selectFrom('finding_absence').select(['finding_id', 'report_id', 'since']).where('project_id', '=', projectId);
      if (reportId !== undefined) q = q.where('report_id', '=', reportId);
      return q.orderBy('finding_id');
    },
    absence: (findingId: number) =>
      db.selectFrom('finding_absence').select(['report_id', 'since']).where('finding_id', '=', findingId),
    /** a finding's "not in latest report" mark */
    markAbsent: (row: Insertable<FindingAbsenceTable>) => db.insertInto('finding_absence').values(row),
    /** a gone finding, still gone in version `versionId` */
    setAbsenceVersion: (findingId: number, versionId: number) => db.updateTable('finding_absence').set({ version_id: versionId }).where('finding_id', '=', findingId),
    /** a version of a report as it was applied */
    insertVersion: (row: Insertable<ReportVersionsTable>) => db.insertInto('report_versions').values(row),
    /** what a version changed (encoded by core/ingest/versions.ts), once it is known */
    setVersionDelta: (versionId: number, delta: string | null) => db.updateTable('report_versions').set({ delta }).where('id', '=', versionId),
    clearAbsence: (findingIds: readonly number[]) => db.deleteFrom('finding_absence').where('finding_id', 'in', findingIds),
    merge: (id: number) =>
      db
        .selectFrom('finding_merges')
        .select(['id', 'project_id', 'keep_id', 'duplicate_id', 'keep_severity_before', 'duplicate_status_before', 'active', 'score', 'reason'])
        .where('id', '=', id),
    activeMergesOf: (findingId: number) =>
      db
        .selectFrom('finding_merges')
        .select(['id', 'project_id', 'keep_id', 'duplicate_id', 'keep_severity_before', 'duplicate_status_before', 'active', 'score', 'reason'])
        .where('active', '=', 1)
        .where((eb) => eb.or([eb('keep_id', '=', findingId), eb('duplicate_id', '=', findingId)]))
        .orderBy('id', 'desc'),
    activeMerges: (projectId: number) =>
      db
        .selectFrom('finding_merges')
        .select(['id', 'keep_id', 'duplicate_id', 'score', 'reason'])
        .where('project_id', '=', projectId)
        .where('active', '=', 1)
        .orderBy('id'),
    /** a merge: what it changed, to un-merge */
    insertMerge: (row: Insertable<FindingMergesTable>) => db.insertInto('finding_merges').values(row),
    setMergeActive: (id: number, active: number) => db.updateTable('finding_merges').set({ active }).where('id', '=', id),
  };
};
