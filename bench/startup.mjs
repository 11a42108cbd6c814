// Spawn-to-initialize over stdio: starts a server process, sends `initialize` at once, and measures the time until
// the initialize result arrives. Servers are run alternately, so both see the same machine load.
// Usage: node startup.mjs RUNS -- NAME CMD ARGS... -- NAME CMD ARGS... [-- ...]; ratios are to the second server.
import { spawn } from "node:child_process";

const argv = process.argv.slice(2);
const runs = Number(argv.shift());
const servers = [];
while (argv.length) {
  if (argv[0] !== "--") throw new Error("expected -- before each server");
  argv.shift();
  const end = argv.indexOf("--");
  const spec = end < 0 ? argv.splice(0) : argv.splice(0, end);
  servers.push({ name: spec[0], cmd: spec[1], args: spec.slice(2), samples: [] });
}

const initialize = JSON.stringify({
  jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "startup-bench", version: "1" } },
}) + "\n";

function once(server) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(server.cmd, server.args, { stdio: ["pipe", "pipe", "ignore"] });
    let buffer = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(server.name + " timed out")); }, 30000);
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      for (const line of buffer.split("\n").slice(0, -1)) {
        const msg = JSON.parse(line);
        if (msg.id === 1 && msg.result) {
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          clearTimeout(timer);
          child.stdin.end();
          child.on("exit", () => resolve(ms));
          setTimeout(() => child.kill("SIGKILL"), 5000).unref();
          return;
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
    });
    child.on("error", reject);
    child.stdin.write(initialize);
  });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

for (const s of servers) await once(s); // one warm-up each: file cache, JIT of the launcher
for (let i = 0; i < runs; i++) for (const s of servers) s.samples.push(await once(s));

console.log("| server | runs | median ms | min ms | max ms |");
console.log("|---|---|---|---|---|");
for (const s of servers) {
  console.log(`| ${s.name} | ${s.samples.length} | ${median(s.samples).toFixed(0)} | ${Math.min(...s.samples).toFixed(0)} | ${Math.max(...s.samples).toFixed(0)} |`);
}
const [ref, ...others] = [servers[1], servers[0], ...servers.slice(2)];
if (ref) {
  console.log("");
  for (const s of others) {
    console.log(`ratio ${s.name} / ${ref.name} (medians): ${(median(s.samples) / median(ref.samples)).toFixed(2)}`);
  }
}
