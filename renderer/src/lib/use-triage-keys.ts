import { useEffect } from 'react';
import type { Severity } from '../../../shared/types';
import { useStore } from '../store';
import { moveFocus, nextStatus, triage } from './triage';
import { useReview } from '../components/review/review-store';
import { cached } from '../api/queries';

const SEVERITY_KEYS: Record<string, Severity> = { '1': 'critical', '2': 'high', '3': 'medium', '4': 'low', '5': 'info' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

export function useTriageKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const s = useStore.getState();
      if (s.dragging || s.reasonFor || useReview.getState().reportId != null) return; // the review has keys of its own
      if (isTyping(e.target)) return;
      if (s.helpOpen) {
        if (e.key === 'Escape' || e.key === '?') {
          e.preventDefault();
          s.setHelpOpen(false);
        }
        return;
      }
      if (s.reportsOpen) {
        if (e.key === 'Escape') s.setReportsOpen(false);
        return;
      }
      const onButton = e.target instanceof HTMLButtonElement || (e.target instanceof HTMLElement && e.target.tagName === 'A');
      const id = s.focusedId ?? s.detailId;
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          return act(() => moveFocus(1, 0));
        case 'k':
        case 'ArrowUp':
          return act(() => moveFocus(-1, 0));
        case 'h':
        case 'ArrowLeft':
          return act(() => moveFocus(0, -1));
        case 'l':
        case 'ArrowRight':
          return act(() => moveFocus(0, 1));
        case 'Enter':
          if (onButton || s.focusedId == null) return;
          return act(() => void s.openDetail(s.focusedId as number));
        case 'Escape':
          if (s.detailId != null) act(() => s.closeDetail());
          return;
        case '/':
          return act(() => s.focusSearch());
        case '?':
          return act(() => s.setHelpOpen(true));
        case 'z':
          return act(() => void s.undo());
        case 'Z':
          return act(() => void s.redo());
      }
      if (id == null) return;
      if (SEVERITY_KEYS[e.key]) return act(() => triage(id, { severity: SEVERITY_KEYS[e.key] }));
      switch (e.key) {
        case 's': {
          const patch = nextStatus(id);
          if (patch) act(() => triage(id, patch));
          return;
        }
        case 'f':
          return act(() => triage(id, { status: 'fixed' }));
        case 'w':
          return act(() => triage(id, { status: 'wont_fix' }));
        case 'x':
          return act(() => s.askReason([id]));
        // issue 18: assign the card to me / to nobody
        case 'a': {
          const me = cached('assignment.people', { projectId: s.projectId ?? 0 })?.me;
          if (me) act(() => triage(id, { assignee: me }));
          return;
        }
        case 'u':
          return act(() => triage(id, { assignee: null }));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
