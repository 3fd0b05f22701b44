// The npm package as a consumer gets it: build, lint the package metadata, pack the tarball, install it into
// a fresh project, type-check an example that renders a widget and handles an action, render it on the server
// with react-dom/server (no window), and use the server kit from plain Node.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixture = path.join(root, "test/package/fixture");
let project = "";

function run(command: string, args: string[], cwd: string) {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_ENV: "production" } });
  } catch (error) {
    // Show what the command printed: a failure here is read in CI logs.
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`.slice(0, 6000));
  }
}

beforeAll(() => {
  run("npm", ["run", "build", "--silent"], root);
  project = mkdtempSync(path.join(tmpdir(), "chat-widgets-consumer-"));
  run("npm", ["pack", "--silent", "--pack-destination", project], root);
  const tarball = readdirSync(project).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack produced no tarball");
  for (const name of readdirSync(fixture)) writeFileSync(path.join(project, name), readFileSync(path.join(fixture, name)));
  const own = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const dev = own.devDependencies as Record<string, string>;
  run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `./${tarball}`,
      `react@${dev.react}`,
      `react-dom@${dev["react-dom"]}`,
      `typescript@${dev.typescript}`,
      `@types/react@${dev["@types/react"]}`,
      `@types/react-dom@${dev["@types/react-dom"]}`,
    ],
    project,
  );
}, 300_000);

afterAll(() => {
  // The consumer's node_modules (React, TypeScript, the package's dependencies) take a while to delete.
  if (project) rmSync(project, { recursive: true, force: true });
}, 120_000);

describe("the packed npm package", () => {
  it("passes publint", () => {
    const output = run("npx", ["publint", "--strict"], root);
    expect(output).not.toMatch(/error|warning/i);
  });

  it("passes are-the-types-wrong for ESM consumers", () => {
    // ESM-only by design: node16 CJS resolution is out of scope, every ESM resolution mode must be clean.
    // The stylesheet has no types to check; one concrete component stands for the ./components/* pattern.
    const output = run(
      "npx",
      ["attw", "--pack", ".", "--profile", "esm-only", "--format", "ascii", "--exclude-entrypoints", "./styles.css", "--include-entrypoints", "./components/Button", "./components/Chart"],
      root,
    );
    // attw exits non-zero on any problem in the profile's resolution modes (run() throws then); besides, every
    // entry point must resolve cleanly for node16-ESM and bundlers. Ignored modes (node10, CJS) may still report.
    const modes = output.split("\n").filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line));
    expect(modes.length).toBeGreaterThanOrEqual(20);
    expect(modes.filter((line) => !/🟢|\(wildcard\)/.test(line))).toEqual([]);
  }, 120_000);

  it("type-checks a consumer that renders a widget and handles an action", () => {
    expect(() => run("npx", ["tsc", "-p", "tsconfig.json"], project)).not.toThrow();
  }, 120_000);

  it("renders a widget on the server without touching window", () => {
    const html = run("node", ["ssr.mjs"], project);
    expect(html).toContain("Order shipped");
    expect(html).toContain("Track package");
    expect(html).toContain('class="cw-card');
  });

  it("serves the ChatKit protocol from chat-widgets/server in plain Node", () => {
    const output = run("node", ["server.mjs"], project);
    const events = output.trim().split("\n").map((line) => JSON.parse(line) as { type: string });
    expect(events[0]?.type).toBe("stream_options");
    expect(events.map((event) => event.type)).toContain("thread.created");
    expect(events.at(-1)?.type).toBe("thread.item.done");
  });

  it("runs the command line with npx, in this repository after the build and in the consumer", () => {
    // The bin must carry the run bit in dist/ itself: `npx chat-widgets` in the repository executes that file.
    expect(statSync(path.join(root, "dist/cli.js")).mode & 0o111).toBe(0o111);
    for (const cwd of [root, project]) {
      expect(run("npx", ["--no-install", "chat-widgets", "--help"], cwd)).toMatch(/^Usage:\n {2}chat-widgets validate/);
    }
  });

  it("ships one prebuilt stylesheet with the token variables", () => {
    const css = readFileSync(path.join(project, "node_modules/chat-widgets/dist/styles.css"), "utf8");
    expect(css).toContain("--cw-surface");
    expect(css).toContain(".cw-button");
  });
});
