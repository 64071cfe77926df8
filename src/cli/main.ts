/**
 * article-atlas command line: a thin dispatcher over the same core the page uses.
 *   article-atlas extract [--jsonl] [--lang xx] [FILE|-]
 *   article-atlas shot INPUT... -o out.png [options]
 * Subcommands live in their own modules and return an exit code.
 */
const USAGE = `usage:
  article-atlas extract [--jsonl] [--lang pt|en|es|fr] [FILE|-]   print Story JSON
  article-atlas shot INPUT... -o out.png [options]                  render a PNG headless`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract')).extractCommand,
  shot: async () => (await import('./shot')).shotCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`article-atlas: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  return (await load())(rest);
}
