// Cross-checks the emulator and the reference receiver against the providers' own libraries, both ways:
//  1. deliveries signed by each library are posted to `receive` and must be acknowledged (2xx), a tampered copy
//     refused (4xx);
//  2. deliveries written by the hidden `emulate` command must pass each library's verify, tampered ones must not.
// Usage: node oracles.mjs path/to/webhook-orchestrator.jar
import { spawn, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Stripe from "stripe";
import { Webhook as StandardWebhook } from "standardwebhooks";
import { Webhook as SvixWebhook } from "svix";
import { sign as octokitSign, verify as octokitVerify } from "@octokit/webhooks-methods";

const jar = process.argv[2];
if (!jar) throw new Error("usage: node oracles.mjs JAR");
const stripe = new Stripe("sk_test_oracle_not_a_real_key");

// Non-canonical on purpose: a receiver that re-serializes before verifying would refuse these.
const body = (id) => `{  "type" : "oracle.test" , "id" : "${id}", "data" : { "note" : "Caf\\u00e9 \\u2603" } }\n`;
const sw = (prefix) => ({
  secret: () => "whsec_" + randomBytes(32).toString("base64"),
  sign: async (secret, id, payload) => {
    const ts = new Date();
    const Lib = prefix === "svix" ? SvixWebhook : StandardWebhook;
    return {
      [`${prefix}-id`]: id,
      [`${prefix}-timestamp`]: String(Math.floor(ts.getTime() / 1000)),
      [`${prefix}-signature`]: new Lib(secret).sign(id, ts, payload),
    };
  },
  verify: async (secret, payload, h) => {
    const Lib = prefix === "svix" ? SvixWebhook : StandardWebhook;
    new Lib(secret).verify(payload, {
      [`${prefix}-id`]: h[`${prefix}-id`],
      [`${prefix}-timestamp`]: h[`${prefix}-timestamp`],
      [`${prefix}-signature`]: h[`${prefix}-signature`],
    });
    return true;
  },
});

const oracles = {
  stripe: {
    library: "stripe@23.2.0",
    secret: () => "whsec_" + randomBytes(24).toString("hex"),
    sign: async (secret, id, payload) => ({
      "Stripe-Signature": stripe.webhooks.generateTestHeaderString({ payload, secret }),
    }),
    verify: async (secret, payload, h) => {
      stripe.webhooks.constructEvent(payload, h["stripe-signature"], secret);
      return true;
    },
  },
  "standard-webhooks": { library: "standardwebhooks@1.3.0", ...sw("webhook") },
  svix: { library: "svix@1.99.1", ...sw("svix") },
  github: {
    library: "@octokit/webhooks-methods@6.0.0",
    secret: () => randomBytes(24).toString("hex"),
    sign: async (secret, id, payload) => ({
      "X-GitHub-Delivery": id,
      "X-Hub-Signature-256": await octokitSign(secret, payload),
    }),
    verify: async (secret, payload, h) => octokitVerify(secret, payload, h["x-hub-signature-256"]),
  },
};

function startReceiver(provider, secret) {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-jar", jar, "receive", "--provider", provider, "--port", "0",
      "--secret", "env:ORACLE_SECRET"], { env: { ...process.env, ORACLE_SECRET: secret },
      stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    const timer = setTimeout(() => { child.kill(); reject(new Error("receiver did not start:\n" + log)); }, 30000);
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const m = /receiving \S+ deliveries at (\S+)/.exec(log);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`receiver exited ${code}:\n${log}`)); });
  });
}

async function post(url, headers, payload) {
  const response = await fetch(url, { method: "POST", body: payload,
    headers: { "Content-Type": "application/json", ...headers } });
  return response.status;
}

let failures = 0;
function check(ok, what) {
  console.log(`oracles: ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures++;
}

for (const [provider, oracle] of Object.entries(oracles)) {
  const secret = oracle.secret();
  const { child, url } = await startReceiver(provider, secret);
  try {
    for (let i = 1; i <= 3; i++) {
      const id = `evt_oracle_${provider}_${i}_${randomBytes(4).toString("hex")}`;
      const payload = body(id);
      const headers = await oracle.sign(secret, id, payload);
      check((await post(url, headers, payload)) < 300,
        `${provider}: receiver accepts a delivery signed by ${oracle.library} (#${i})`);
      const tampered = payload.replace("oracle.test", "oracle.tost");
      const status = await post(url, headers, tampered);
      check(status >= 400 && status < 500, `${provider}: receiver refuses a tampered one (${status})`);
    }
    const out = mkdtempSync(join(tmpdir(), `emulate-${provider}-`));
    execFileSync("java", ["-jar", jar, "emulate", "--provider", provider, "--secret", "env:ORACLE_SECRET",
      "--url", url, "--out", out, "--count", "3"], { env: { ...process.env, ORACLE_SECRET: secret },
      stdio: ["ignore", "ignore", "inherit"] });
    try {
      for (const file of readdirSync(out).sort()) {
        const sample = JSON.parse(readFileSync(join(out, file), "utf8"));
        const payload = Buffer.from(sample.bodyBase64, "base64").toString("utf8");
        const headers = Object.fromEntries(sample.headers.map(([k, v]) => [k.toLowerCase(), v]));
        let verified;
        try { verified = await oracle.verify(secret, payload, headers); } catch { verified = false; }
        const expected = sample.kind !== "tampered";
        check(verified === expected,
          `${provider}: ${oracle.library} ${expected ? "verifies" : "rejects"} the emulator's ${file}`);
      }
    } finally {
      cleanUp(out);
    }
  } finally {
    child.kill();
  }
}

function cleanUp(dir) {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures === 0 ? "oracles: all checks passed" : `oracles: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
