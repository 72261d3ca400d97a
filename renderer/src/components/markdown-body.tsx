// Finding text from a report: Markdown only, no raw HTML (shown as text), no images loaded,
// links never navigate the page (they go through app.openExternal), invisible and bidirectional
// characters shown as marked <U+XXXX> (code blocks included), never obeyed.
import type { Element, ElementContent, Root } from 'hast';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import { HIDDEN_CHARS_NOTE, hiddenCharPieces } from '../../../shared/hidden-chars';
import { useStore } from '../store';

const BLOCKED = /^(javascript|data|vbscript|file|blob):/i;

export function safeUrl(url: string): string {
  // browsers ignore control characters and whitespace inside a scheme ("java\tscript:")
  const squashed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (BLOCKED.test(squashed)) return '';
  return defaultUrlTransform(url);
}

const components: Components = {
  a({ href, children }) {
    const open = (e: { preventDefault(): void }) => {
      e.preventDefault();
      if (href) void useStore.getState().openExternal(href);
    };
    return (
      <a href={href || undefined} onClick={open} onAuxClick={open} rel="noreferrer noopener" title={href}>
        {children}
      </a>
    );
  },
  img({ alt, src }) {
    // never fetched: shown as its alt text, with the address as a link
    const url = typeof src === 'string' ? src : '';
    return (
      <span className="md-image">
        [image: {alt || 'no description'}]
        {url ? (
          <>
            {' '}
            <a
              href={url}
              onClick={(e) => {
                e.preventDefault();
                void useStore.getState().openExternal(url);
              }}
              rel="noreferrer noopener"
            >
              {url}
            </a>
          </>
        ) : null}
      </span>
    );
  },
};

/** rehype plugin: every text node's hidden characters become <span class="hidden-char">&lt;U+XXXX&gt;</span> (as VisibleText) */
function rehypeRevealHidden() {
  const reveal = (parent: Root | Element) => {
    const out: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type !== 'text') {
        if (child.type === 'element') reveal(child);
        out.push(child);
        continue;
      }
      for (const p of hiddenCharPieces(child.value)) {
        out.push(
          typeof p === 'string'
            ? { type: 'text', value: p }
            : {
                type: 'element',
                tagName: 'span',
                properties: { className: ['hidden-char'], title: `${p.description}. ${HIDDEN_CHARS_NOTE}`, dataTestid: 'hidden-char' },
                children: [{ type: 'text', value: `<${p.label}>` }],
              },
        );
      }
    }
    parent.children = out;
  };
  return (tree: Root) => reveal(tree);
}

export function MarkdownBody({ text, testId = 'finding-body' }: { text: string; testId?: string }) {
  return (
    <div className="markdown" data-testid={testId}>
      <Markdown urlTransform={safeUrl} components={components} rehypePlugins={[[rehypeHighlight, { detect: false, ignoreMissing: true }], rehypeRevealHidden]}>
        {text}
      </Markdown>
    </div>
  );
}
