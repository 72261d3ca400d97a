import { lazy, Suspense } from 'react';
import { useApi } from '../api/queries';
import { useBoardCards } from '../store/board-data';
import { useFileDrop } from '../lib/use-file-drop';
import { useTriageKeys } from '../lib/use-triage-keys';
import { useStore } from '../store';
import { useBoardFilters } from '../store/board-settings';
import { Board } from './board';
import { DetailPanel } from './detail-panel';
import { HelpOverlay } from './help-overlay';
import { ImportButton, Toolbar } from './toolbar';
import { ImportPanel } from './import-panel';
import { CreateProjectForm } from './project-switcher';
import { ReasonDialog } from './reason-dialog';
import { ReportsPanel } from './reports-panel';
import { DuplicatesPanel, ReingestQuestion } from './reingest/reingest-views';
import { Toasts } from './toasts';
import { useInsights } from './insights/insights-store';
import { ViewTabs } from './insights/view-tabs';
import { useReview } from './review/review-store';

const InsightsView = lazy(() => import('./insights/insights-view'));
const PlanPage = lazy(() => import('./plan/plan-view')); // issue 5
const DeployPage = lazy(() => import('./plan/deploy-view'));
const ReviewScreen = lazy(() => import('./review/review-screen')); // issue 15: loaded when a review opens

function Review() {
  const open = useReview((s) => s.reportId != null);
  return open ? (
    <Suspense fallback={null}>
      <ReviewScreen />
    </Suspense>
  ) : null;
}

function EmptyBoard() {
  const hasFilters = Object.keys(useBoardFilters()).length > 0;
  const clearFilters = useStore((s) => s.clearFilters);
  if (hasFilters) {
    return (
      <div className="empty" data-testid="empty-filtered">
        <h2>No finding matches these filters</h2>
        <p>Change the search or the filters, or clear them.</p>
        <button type="button" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    );
  }
  return (
    <div className="empty" data-testid="empty-project">
      <h2>No findings yet</h2>
      <p>Import audit reports (Markdown, SARIF or scanner JSON): use the button below, or drop files or folders anywhere on the window.</p>
      <ImportButton />
    </div>
  );
}

function Main() {
  const projectsLoaded = useStore((s) => s.projectsLoaded);
  const projectCount = useApi('projects.list', {}).data?.length ?? 0;
  const projectId = useStore((s) => s.projectId);
  const cards = useBoardCards();
  const cardsLoaded = cards.data !== undefined;
  const count = cards.data?.length ?? 0;
  const error = cards.error?.message ?? null;
  const projectsError = useStore((s) => s.projectsError);
  if (!projectsLoaded) return <p className="empty">Loading…</p>;
  if (projectsError) {
    return (
      <div className="empty" role="alert" data-testid="no-core">
        <h2>Cannot reach Punchlist</h2>
        <p>{projectsError}</p>
        <button type="button" onClick={() => void useStore.getState().loadProjects()}>
          Try again
        </button>
      </div>
    );
  }
  if (projectCount === 0 || projectId == null) {
    return (
      <div className="empty" data-testid="empty-projects">
        <h2>Welcome to Punchlist</h2>
        <p>Create a project for the codebase you are triaging, then import its audit reports.</p>
        <CreateProjectForm autoFocus />
      </div>
    );
  }
  return (
    <>
      {error ? (
        <p className="error banner" role="alert">
          Could not load findings: {error}
        </p>
      ) : null}
      {/* until the project's cards arrive, no empty columns to lay out and then lay out again (startup, issue 8) */}
      {!cardsLoaded ? (
        error ? null : <p className="empty">Loading…</p>
      ) : count === 0 && !cards.partial ? (
        // (while the cards still come in batches, none of those in yet matching is no empty board)
        <EmptyBoard />
      ) : (
        <Board />
      )}
    </>
  );
}

export function App() {
  const projectId = useStore((s) => s.projectId);
  const dropping = useFileDrop();
  const view = useInsights((s) => s.view);
  useTriageKeys();

  return (
    <div className="app">
      {projectId != null ? <Toolbar /> : <header className="toolbar"><h1 className="brand">Punchlist</h1></header>}
      {projectId != null ? <ViewTabs /> : null}
      <div className="workspace">
        {(view === 'plan' || view === 'deploy') && projectId != null ? (
          <main className="main" aria-label={view === 'plan' ? 'Plan' : 'Ready to deploy?'}>
            <Suspense fallback={<p className="empty">Loading…</p>}>{view === 'plan' ? <PlanPage /> : <DeployPage />}</Suspense>
          </main>
        ) : view === 'insights' && projectId != null ? (
          <main className="main" aria-label="Insights">
            <Suspense fallback={<p className="empty">Loading…</p>}>
              <InsightsView />
            </Suspense>
          </main>
        ) : (
          <main className="main" aria-label="Board">
            <Main />
          </main>
        )}
        <DetailPanel />
      </div>
      <ImportPanel />
      <ReportsPanel />
      <DuplicatesPanel />
      <ReingestQuestion />
      <HelpOverlay />
      <ReasonDialog />
      <Review />
      <Toasts />
      {dropping ? (
        <div className="drop-hint" aria-hidden="true">
          Drop reports to import them
        </div>
      ) : null}
    </div>
  );
}
