// `npm start`: the Electron workstation on the demo data. Where the Electron binary cannot be had (as on
// CI machines), say so in one line and serve the same workstation through the browser host instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron'); // the package exports the binary's path, and throws when it is missing
  } catch {
    return null;
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (electronBinary()) {
  run('npx', ['electron-vite', 'preview', '--', ...args]);
} else {
  console.log('ClaimDesk: the Electron binary is not installed here, serving the same workstation in the browser instead (npm run serve).');
  run('npm', ['run', '-s', 'serve', '--', ...args]);
}
