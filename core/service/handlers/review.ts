// issue 15: the import review and the project's rules, behind the contract (core/service/corrections.ts does the work).
import type { RulesFile } from '../../../shared/rules';
import { projectRules } from '../../ingest/rule-store';
import { addRules, correct, reviewOf, setRuleState } from '../corrections';
import { requireProject } from './projects';
import { handlersOf } from './types';

export const reviewHandlers = handlersOf({
  'review.get': (ctx, { reportId }) => reviewOf(ctx, reportId),
  'review.correct': (ctx, { reportId, correction }) => {
    const { rule, touched } = correct(ctx, reportId, correction);
    return { rule, touched, review: reviewOf(ctx, reportId) };
  },
  'rules.list': (ctx, { projectId }) => {
    requireProject(ctx, projectId);
    return projectRules(ctx, projectId);
  },
  'rules.setEnabled': (ctx, { id, enabled }) => setRuleState(ctx, id, { enabled }),
  'rules.delete': (ctx, { id }) => setRuleState(ctx, id, { deleted: true }),
  'rules.export': (ctx, { projectId }): RulesFile => {
    requireProject(ctx, projectId);
    return {
      punchlistRules: 1,
      rules: projectRules(ctx, projectId).map((r) => ({ family: r.family, familyLabel: r.familyLabel, spec: r.spec, label: r.label, enabled: r.enabled, createdAt: r.createdAt })),
    };
  },
  'rules.import': (ctx, { projectId, file }) => {
    requireProject(ctx, projectId);
    const { rules, touched } = addRules(ctx, projectId, file.rules.map((r) => ({ ...r, familyLabel: r.familyLabel ?? null })));
    return { added: rules.length, touched };
  },
});
