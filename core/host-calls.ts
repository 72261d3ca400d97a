// The methods the host answers itself (`host: true` in shared/contract/): they need the desktop, which
// the core (in its own process or thread) cannot reach. Both hosts route them here, each with what it
// can do: the Electron shell asks the user and opens the link; the serve host (a browser tab) opens
// nothing. app.openExternal is decided here only; calls.cancel stops a long call the host runs
// (RunningCalls). Plain Node: no 'electron' here.
import { contract, definitionOf, formatZodError, isMethod, type Contract, type Method, type Output, type ParsedInput, type Result } from '../shared/api';

/** Longest URL we hand to the OS. */
export const MAX_EXTERNAL_URL_LENGTH = 8192;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export type ExternalUrlVerdict =
  | { allowed: true; kind: 'web' | 'editor'; url: string }
  | { allowed: false; reason: string };

/**
 * Editor deep links we hand to the OS, each limited to its "open a file" form, because editor URL
 * handlers can do more than open files (e.g. vscode://vscode.git/clone?url=…, extension URIs).
 */
const EDITOR_SCHEMES: Record<string, (u: URL) => boolean> = {
  // vscode://file/abs/path[:line[:col]]
  'vscode:': (u) => u.host === 'file' && u.pathname.length > 1,
  'vscode-insiders:': (u) => u.host === 'file' && u.pathname.length > 1,
  'cursor:': (u) => u.host === 'file' && u.pathname.length > 1,
  'windsurf:': (u) => u.host === 'file' && u.pathname.length > 1,
  // idea://open?file=/abs/path&line=12 (JetBrains)
  'idea:': (u) => u.host === 'open' && (u.pathname === '' || u.pathname === '/') && u.searchParams.has('file'),
};

export const ALLOWED_EXTERNAL_SCHEMES = ['http:', 'https:', ...Object.keys(EDITOR_SCHEMES)] as const;

/**
 * Decide whether a URL from report text may be opened with shell.openExternal. Only http(s) URLs
 * (with a host, no embedded credentials) and the "open file" form of a few editor schemes pass.
 * Everything else (javascript:, file:, data:, smb:, custom protocol handlers, …) is refused.
 * The caller still asks the user to confirm.
 */
export function checkExternalUrl(raw: unknown): ExternalUrlVerdict {
  if (typeof raw !== 'string') return { allowed: false, reason: 'URL must be a string' };
  if (raw.length === 0) return { allowed: false, reason: 'empty URL' };
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return { allowed: false, reason: 'URL too long' };
  // Control characters and whitespace can hide the real target in the confirmation dialog.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(raw)) {
    return { allowed: false, reason: 'URL contains whitespace or control characters' };
  }
  const u = parseUrl(raw);
  if (!u) return { allowed: false, reason: 'not a valid absolute URL' };
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    if (!u.hostname) return { allowed: false, reason: 'web URL without a host' };
    if (u.username || u.password) return { allowed: false, reason: 'URL with embedded credentials' };
    return { allowed: true, kind: 'web', url: u.href };
  }
  const editor = Object.prototype.hasOwnProperty.call(EDITOR_SCHEMES, u.protocol) ? EDITOR_SCHEMES[u.protocol] : undefined;
  if (editor) {
    if (u.username || u.password) return { allowed: false, reason: 'URL with embedded credentials' };
    if (!editor(u)) return { allowed: false, reason: `only "open file" links are allowed for ${u.protocol}` };
    return { allowed: true, kind: 'editor', url: u.href };
  }
  return { allowed: false, reason: `scheme ${u.protocol} is not allowed` };
}

/** What a host can do for the host methods. */
export interface Desktop {
  /** ask the user, then open an allowed URL; resolves whether it was opened */
  openExternal(verdict: { kind: 'web' | 'editor'; url: string }): Promise<boolean>;
  /** the long calls it runs for the renderer (calls.cancel stops one) */
  calls?: RunningCalls;
}

/**
 * The long calls a host runs for its renderer, by the id the renderer named each with
 * (shared/channel.ts): `calls.cancel` aborts one's signal, and the core stops it at its next
 * checkpoint (core/service/job.ts).
 */
export class RunningCalls {
  private readonly running = new Map<string, AbortController>();

  /** a call starts (named `callId`, or null: it cannot be cancelled by name): its signal, and `end` once it has answered */
  start(callId: string | null): { signal: AbortSignal; abort(): void; end(): void } {
    const control = new AbortController();
    // an id used twice: the newer call is the one a cancel means
    if (callId !== null) this.running.set(callId, control);
    return {
      signal: control.signal,
      abort: () => control.abort(),
      end: () => {
        if (callId !== null && this.running.get(callId) === control) this.running.delete(callId);
      },
    };
  }

  /** whether a call named `callId` is running (it is now being stopped) */
  cancel(callId: string): boolean {
    const control = this.running.get(callId);
    if (!control) return false;
    control.abort();
    return true;
  }
}

/** Whether the host answers `method` itself (answerHostCall) instead of the core. */
export function isHostMethod(method: unknown): boolean {
  return isMethod(method) && definitionOf(method).host === true;
}

/** The methods the host answers itself (`host: true` in their definition). */
export type HostMethod = { [M in Method]: Contract[M] extends { host: true } ? M : never }[Method];

/** How the host answers each host method, from its validated input: one entry per method (one missing does not compile). */
const HOST_ANSWERS: { [M in HostMethod]: (input: ParsedInput<M>, desktop: Desktop) => Promise<Result<Output<M>>> } = {
  'calls.cancel': async ({ callId }, desktop) => ({ ok: true, value: { cancelled: desktop.calls?.cancel(callId) ?? false } }),
  'app.openExternal': async ({ url }, desktop) => {
    const verdict = checkExternalUrl(url);
    if (!verdict.allowed) return { ok: false, error: { code: 'forbidden', message: `Refused to open the link: ${verdict.reason}` } };
    return { ok: true, value: { opened: await desktop.openExternal(verdict) } };
  },
};

function answer<M extends HostMethod>(method: M, input: unknown, desktop: Desktop): Promise<Result<Output<M>>> | Result<never> {
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: `${method}: ${formatZodError(parsed.error)}` } };
  return HOST_ANSWERS[method](parsed.data as ParsedInput<M>, desktop);
}

/** Answers a host method's call (its input validated here, as the core validates its own). */
export async function answerHostCall(method: string, input: unknown, desktop: Desktop): Promise<Result<unknown>> {
  if (!isMethod(method) || !Object.prototype.hasOwnProperty.call(HOST_ANSWERS, method)) {
    return { ok: false, error: { code: 'unknown_method', message: `${method} is not a host method` } };
  }
  return answer(method as HostMethod, input, desktop);
}
