// Finding text from a report: Markdown only, no raw HTML (shown as text), no images loaded,
// links never navigate the page (they go through app.openExternal).
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
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

export function MarkdownBody({ text }: { text: string }) {
  return (
    <div className="markdown" data-testid="finding-body">
      <Markdown urlTransform={safeUrl} components={components} rehypePlugins={[[rehypeHighlight, { detect: false, ignoreMissing: true }]]}>
        {text}
      </Markdown>
    </div>
  );
}
