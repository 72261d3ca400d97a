// Command-line arguments of `npm run serve -- [--db PATH] [--port N] [--renderer DIR]`.
export interface ServeArgs {
  db?: string;
  port: number;
  renderer?: string;
  help: boolean;
}

export function parseServeArgs(argv: string[]): ServeArgs {
  const out: ServeArgs = { port: 0, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const next = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--db':
        out.db = next();
        break;
      case '--port': {
        const n = Number(next());
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port must be an integer 0-65535');
        out.port = n;
        break;
      }
      case '--renderer':
        out.renderer = next();
        break;
      case '-h':
      case '--help':
        out.help = true;
        break;
      default:
        throw new Error(`unknown argument: ${arg}`);
    }
  }
  return out;
}
