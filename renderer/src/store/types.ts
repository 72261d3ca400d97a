import type { StateCreator } from 'zustand';
import type { FindingPatch, IngestFileResult, Progress } from '../../../shared/api';
import type { GroupField } from '../lib/grouping';

export interface BoardFilters {
  severity?: string[];
  status?: string[];
  phase?: string[];
  reportId?: number[];
  pathPrefix?: string;
  blocksDeployment?: boolean;
  text?: string;
  /** issue 18: names, or ME / NO_ASSIGNEE (shared/assignment.ts) */
  assignee?: string[];
}

export interface ProjectsSlice {
  /** the project list (projects.list) has been asked for once (startup) */
  projectsLoaded: boolean;
  /** why the project list could not be loaded (no core, refused token) */
  projectsError: string | null;
  projectId: number | null;
  loadProjects(): Promise<void>;
  selectProject(id: number): Promise<void>;
  createProject(name: string): Promise<boolean>;
}

export interface BoardSettings {
  groupBy: GroupField;
  laneBy: GroupField | null;
  filters: BoardFilters;
}

/** the board's settings as chosen in this window, per project (the saved ones are in the query cache: board-settings.ts) */
export interface BoardSlice {
  boardEdits: Readonly<Record<number, BoardSettings>>;
  setGroupBy(field: GroupField): void;
  setLaneBy(field: GroupField | null): void;
  setFilters(patch: Partial<BoardFilters>): void;
  clearFilters(): void;
}

/** the cards, reports and detail are server data, in the query cache (board-data.ts) */
export interface FindingsSlice {
  updateFindings(ids: number[], patch: FindingPatch, reason?: string): Promise<boolean>;
}

export interface DetailSlice {
  detailId: number | null;
  openDetail(id: number): void;
  closeDetail(): void;
  addDependency(findingId: number, dependsOnId: number): Promise<void>;
  removeDependency(findingId: number, dependsOnId: number): Promise<void>;
  setEditorTemplate(template: string): Promise<void>;
  openExternal(url: string): Promise<void>;
}

export interface HistorySlice {
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export type ImportState = 'queued' | 'reading' | 'ingesting' | 'done' | 'failed' | 'cancelled';
export interface ImportItem {
  key: number;
  name: string;
  size: number;
  state: ImportState;
  /** where the core is with this file (its last progress report) */
  progress?: Progress;
  /** the user asked to cancel; the core has not answered yet */
  cancelling?: boolean;
  result?: IngestFileResult;
  error?: string;
  /** a Punchlist JSON export dropped on the window: what its import did (issue 15) */
  imported?: string;
}

export interface ImportSlice {
  importItems: ImportItem[];
  importing: boolean;
  importPanelOpen: boolean;
  importFiles(files: Array<{ name: string; file: File }>): Promise<void>;
  /** stops one file's import: a waiting one is skipped, a running one cancelled in the core (nothing of it kept) */
  cancelImport(key: number): void;
  closeImportPanel(): void;
}

export interface ReportsSlice {
  reportsOpen: boolean;
  setReportsOpen(open: boolean): void;
}

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface UiSlice {
  focusedId: number | null;
  /** bumped when the keyboard moves focus, so the card takes DOM focus */
  focusTick: number;
  dragging: boolean;
  helpOpen: boolean;
  reasonFor: number[] | null;
  searchTick: number;
  toasts: Toast[];
  focusCard(id: number | null, takeDomFocus?: boolean): void;
  setDragging(dragging: boolean): void;
  setHelpOpen(open: boolean): void;
  askReason(ids: number[] | null): void;
  focusSearch(): void;
  toast(text: string, kind?: Toast['kind']): void;
  dismissToast(id: number): void;
}

export type AppState = ProjectsSlice & BoardSlice & FindingsSlice & DetailSlice & HistorySlice & ImportSlice & ReportsSlice & UiSlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;
