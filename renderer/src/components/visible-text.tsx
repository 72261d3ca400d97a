// Report text on screen with its invisible and bidirectional characters shown, not obeyed
// (shared/hidden-chars.ts): each one a marked <U+XXXX>, and a marker beside the text that holds any.
import { HIDDEN_CHARS_NOTE, hasHiddenChars, hiddenCharPieces } from '../../../shared/hidden-chars';

export function VisibleText({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  const pieces = hiddenCharPieces(text);
  if (pieces.length === 1 && typeof pieces[0] === 'string') return <>{text}</>;
  return (
    <>
      {pieces.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <span key={i} className="hidden-char" data-testid="hidden-char" title={`${p.description}. ${HIDDEN_CHARS_NOTE}`}>
            {`<${p.label}>`}
          </span>
        ),
      )}
    </>
  );
}

/** "⚠ hidden characters" when any of `texts` holds one; nothing otherwise. */
export function HiddenCharsMarker({ texts }: { texts: Array<string | null | undefined> }) {
  if (!texts.some(hasHiddenChars)) return null;
  return (
    <span className="hidden-chars-marker" data-testid="hidden-chars-marker" title={HIDDEN_CHARS_NOTE} role="img" aria-label="Holds hidden characters">
      ⚠ hidden characters
    </span>
  );
}
