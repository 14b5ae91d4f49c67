// Runs web-test-runner and prints a plain one-line summary ("N passed, N failed") that CI reads.
import { spawn } from 'node:child_process';

const args = ['wtr', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)];
const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  output += chunk.toString();
});
child.on('close', (code) => {
  // wtr's own summary: "✓ N passed" / "✗ N failed" (with ANSI colours); strip and count.
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const passed = [...plain.matchAll(/(\d+) passed/g)].map((m) => Number(m[1])).pop() ?? 0;
  const failed = [...plain.matchAll(/(\d+) failed/g)].map((m) => Number(m[1])).pop() ?? 0;
  console.log(`\nwtr: ${passed} passed, ${failed} failed`);
  process.exit(code ?? 1);
});
