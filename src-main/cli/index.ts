import { processIo, type CliIo } from './io';

/** A command: takes its arguments, writes through io, resolves to the exit status. */
type CommandModule = { run(args: string[], io: CliIo): Promise<number> };

// Loaded lazily so one command's dependencies (editions, products) are not read by another.
const commands: Record<string, () => Promise<CommandModule>> = {
  pathway: () => import('./pathway'),
  payout: () => import('./payout'),
  extract: () => import('./extract'),
  audit: () => import('./audit'),
};

const USAGE = `usage: claimdesk <command> CASE.json\ncommands: ${Object.keys(commands).join(', ')}\n`;

async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    io.stderr(name === undefined ? USAGE : `unknown command: ${name}\n${USAGE}`);
    return 2;
  }
  const command = await load();
  return command.run(args, io);
}

main(process.argv.slice(2), processIo).then(
  (status) => { process.exitCode = status; },
  (e: unknown) => {
    processIo.stderr(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
