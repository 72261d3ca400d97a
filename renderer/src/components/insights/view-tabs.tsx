// Board | Insights switch, shown under the toolbar.
import { useInsights } from './insights-store';

export function ViewTabs() {
  const view = useInsights((s) => s.view);
  const setView = useInsights((s) => s.setView);
  return (
    <nav className="view-tabs" role="tablist" aria-label="Views">
      {(['board', 'insights', 'plan', 'deploy'] as const).map((v) => (
        <button key={v} type="button" role="tab" aria-selected={view === v} className={view === v ? 'active' : ''} onClick={() => setView(v)} data-testid={`tab-${v}`}>
          {{ board: 'Board', insights: 'Insights', plan: 'Plan', deploy: 'Ready to deploy?' }[v]}
        </button>
      ))}
    </nav>
  );
}
