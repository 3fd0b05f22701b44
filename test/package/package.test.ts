// The npm package as a consumer gets it: build, lint the package metadata, pack the tarball, install it into
// a fresh project, type-check an example that renders a widget and handles an action, render it on the server
// with react-dom/server (no window), and use the server kit from plain Node. Then production apps built from
// that install (Vite, Next.js) are opened in headless Chromium: see "consumer apps" below.
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../production/static-server";
import { measureApp, renderedColors, expectedColors, openBrowser, type Browser } from "../production/consumer-page";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixture = path.join(root, "test/package/fixture");
const apps = path.join(root, "test/package/apps");
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
  // The consumer apps live in the same project and share its one install.
  cpSync(path.join(apps, "vite"), path.join(project, "vite"), { recursive: true });
  cpSync(path.join(apps, "next"), path.join(project, "next"), { recursive: true });
  for (const target of ["vite", "next/app"]) cpSync(path.join(apps, "shared"), path.join(project, target), { recursive: true });
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
      `@types/node@${dev["@types/node"]}`,
      `vite@${dev.vite}`,
      // Vite's `build.cssMinify: "esbuild"` needs esbuild installed next to it (an optional peer of Vite 8).
      `esbuild@${dev.esbuild}`,
      `@vitejs/plugin-react@${dev["@vitejs/plugin-react"]}`,
      `next@${NEXT_VERSION}`,
    ],
    project,
  );
}, 900_000);

/** The Next.js major the consumer app is built with (a current app-router release). */
const NEXT_VERSION = "^16.0.0";

afterAll(() => {
  // The consumer's node_modules (React, TypeScript, the package's dependencies) take a while to delete.
  if (project) rmSync(project, { recursive: true, force: true });
}, 120_000);

/** Installs the packed server kit alone, as a backend that renders no widgets does. */
function installServerKit(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "chat-widgets-server-only-"));
  run("npm", ["pack", "--silent", "--pack-destination", dir, "./packages/server"], root);
  const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack produced no tarball for packages/server");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "server-only", private: true, type: "module" }));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", `./${tarball}`], dir);
  // The same script as the full package's consumer, importing the server kit package instead.
  const script = readFileSync(path.join(fixture, "server.mjs"), "utf8").replace('"chat-widgets/server"', '"@chat-widgets/server"');
  writeFileSync(path.join(dir, "server.mjs"), script);
  return dir;
}

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
      ["attw", "--pack", ".", "--profile", "esm-only", "--format", "ascii", "--exclude-entrypoints", "./styles.css", "./fonts.css", "--include-entrypoints", "./components/Button", "./components/Chart"],
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
    // A widget with a list, rendered after preloadBuiltinViews() as the README says.
    expect(html).toContain("Flight to Kyoto");
    expect(html).toContain("cw-list-view");
  });

  it("serves the ChatKit protocol from chat-widgets/server in plain Node", () => {
    const output = run("node", ["server.mjs"], project);
    const events = output.trim().split("\n").map((line) => JSON.parse(line) as { type: string });
    expect(events.slice(0, 3).map((event) => event.type)).toEqual(["thread.created", "thread.item.done", "stream_options"]);
    expect(events.at(-1)?.type).toBe("thread.item.done");
  });

  it("runs the command line with npx, in this repository after the build and in the consumer", () => {
    // The bin must carry the run bit in dist/ itself: `npx chat-widgets` in the repository executes that file.
    expect(statSync(path.join(root, "dist/cli.js")).mode & 0o111).toBe(0o111);
    for (const cwd of [root, project]) {
      expect(run("npx", ["--no-install", "chat-widgets", "--help"], cwd)).toMatch(/^Usage:\n {2}chat-widgets validate/);
    }
  });

  it("ships the opt-in font stylesheet with its font files and licence, and no remote request", () => {
    const installed = path.join(project, "node_modules/chat-widgets");
    const css = readFileSync(path.join(installed, "dist/fonts.css"), "utf8");
    const urls = [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(1);
    for (const url of urls) {
      expect(url).toMatch(/^\.\/fonts\/[\w-]+\.woff2$/);
      expect(statSync(path.join(installed, "dist", url)).size).toBeGreaterThan(1000);
    }
    expect(css).not.toMatch(/@import|https?:/);
    expect(css).toMatch(/--cw-font-family:\s*"?Inter Variable"?,/);
    expect(readFileSync(path.join(installed, "dist/fonts/LICENSE.txt"), "utf8")).toContain("SIL Open Font License");
    // Resolvable the way a bundler resolves the subpath.
    const pkg = JSON.parse(readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(pkg.exports["./fonts.css"]).toBe("./dist/fonts.css");
  });

  describe("@chat-widgets/server, the server kit without React", () => {
    let dir = "";
    beforeAll(() => {
      dir = installServerKit();
    }, 300_000);
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("declares the same dependency ranges and version as chat-widgets", () => {
      const own = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
      const server = JSON.parse(readFileSync(path.join(root, "packages/server/package.json"), "utf8"));
      expect(server.version).toBe(own.version);
      for (const [name, range] of Object.entries(server.dependencies as Record<string, string>)) expect(range).toBe(own.dependencies[name]);
      // Its only peers are the database drivers of the SQL stores, optional and with chat-widgets' ranges.
      expect(server.peerDependencies).toEqual({ "better-sqlite3": own.peerDependencies["better-sqlite3"], pg: own.peerDependencies.pg });
      expect(server.peerDependenciesMeta).toEqual({ "better-sqlite3": { optional: true }, pg: { optional: true } });
    });

    it("installs without React or the UI libraries (footprint in docs/performance.md)", () => {
      const installed = readdirSync(path.join(dir, "node_modules")).flatMap((name) =>
        name.startsWith("@") ? readdirSync(path.join(dir, "node_modules", name)).map((inner) => `${name}/${inner}`) : [name],
      );
      for (const ui of ["react", "react-dom", "recharts", "radix-ui", "react-markdown", "react-day-picker", "date-fns"]) {
        expect(installed).not.toContain(ui);
      }
      expect(installed.filter((name) => !name.startsWith("."))).toHaveLength(8);
    });

    it("serves the ChatKit protocol in plain Node", () => {
      const events = run("node", ["server.mjs"], dir).trim().split("\n").map((line) => JSON.parse(line) as { type: string });
      expect(events.map((event) => event.type).slice(0, 3)).toEqual(["thread.created", "thread.item.done", "stream_options"]);
      expect(events.at(-1)?.type).toBe("thread.item.done");
    });

    it("passes publint and are-the-types-wrong", () => {
      const server = path.join(root, "packages/server");
      expect(run("npx", ["publint", "--strict", server], root)).not.toMatch(/error|warning/i);
      const output = run("npx", ["attw", "--pack", server, "--profile", "esm-only", "--format", "ascii"], root);
      const modes = output.split("\n").filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line));
      expect(modes.length).toBeGreaterThanOrEqual(2);
      expect(modes.filter((line) => !/🟢/.test(line))).toEqual([]);
    }, 120_000);
  });

  it("ships one prebuilt stylesheet with the token variables", () => {
    const css = readFileSync(path.join(project, "node_modules/chat-widgets/dist/styles.css"), "utf8");
    expect(css).toContain("--cw-surface");
    expect(css).toContain(".cw-button");
  });
});

const execFileAsync = promisify(execFile);

async function runAsync(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  try {
    return await execFileAsync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`.slice(0, 6000));
  }
}

/** Starts `next start` on a free port and resolves once it answers. */
async function startNext(dir: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}

async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("consumer apps built for production from the packed package", () => {
  let browser: Browser | undefined;
  let stat: StaticServer | undefined;
  let next: { url: string; process: ChildProcess } | undefined;

  beforeAll(async () => {
    const viteDir = path.join(project, "vite");
    const nextDir = path.join(project, "next");
    // Vite and Next.js build side by side (Vite allows one build of a project at a time: its two run in turn);
    // each is a default production build of its tool.
    await Promise.all([
      (async () => {
        await runAsync("npx", ["vite", "build", "--logLevel", "warn"], viteDir, { NODE_ENV: "production" });
        await runAsync("npx", ["vite", "build", "--logLevel", "warn"], viteDir, { NODE_ENV: "production", CSS_MINIFY: "esbuild" });
      })(),
      runAsync("npx", ["next", "build"], nextDir, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }),
    ]);
    const styles = path.join(project, "node_modules/chat-widgets/dist/styles.css");
    const postcss = (await import("postcss")).default;
    const cssnano = (await import("cssnano")).default;
    const minified = await postcss([cssnano()]).process(readFileSync(styles, "utf8"), { from: undefined });
    mkdirSync(path.join(project, "css"), { recursive: true });
    writeFileSync(path.join(project, "css/cssnano.css"), minified.css);
    cpSync(styles, path.join(project, "css/plain.css"));
    stat = await startStaticServer({ "/": path.join(viteDir, "dist"), "/esbuild/": path.join(viteDir, "dist-esbuild"), "/css/": path.join(project, "css") });
    next = await startNext(nextDir);
    browser = await openBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stat?.close();
    if (next?.process.pid) process.kill(-next.process.pid, "SIGTERM");
  });

  const pages: [string, () => string, string[]][] = [
    ["Vite 8 default build (Lightning CSS)", () => `${stat!.url}/index.html`, ["light", "dark", "nested", "inherit"]],
    ["Vite with build.cssMinify: \"esbuild\"", () => `${stat!.url}/esbuild/index.html`, ["light", "dark", "nested", "inherit"]],
    ["a plain <link> of chat-widgets/styles.css", () => `${stat!.url}/link.html?css=/css/plain.css`, ["light", "dark", "nested", "inherit"]],
    ["PostCSS + cssnano", () => `${stat!.url}/link.html?css=/css/cssnano.css`, ["light", "dark", "nested", "inherit"]],
    ["Next.js next build + next start", () => `${next!.url}/`, ["server", "light", "dark", "nested", "inherit"]],
  ];

  it.each(pages)("%s: surface, border and button colours equal the tokens in light, dark and nested themes", async (_name, url, cases) => {
    const page = await browser!.newPage();
    try {
      await page.goto(url());
      await page.locator("#inherit .cw-button").waitFor();
      const seen = await renderedColors(page, cases);
      expect(seen).toEqual(await expectedColors(page, cases));
    } finally {
      await page.close();
    }
  }, 60_000);

  it.each(pages)("%s: a click on a widget button reaches onAction", async (_name, url) => {
    const page = await browser!.newPage();
    try {
      await page.goto(url());
      await page.locator("#nested .cw-button").click();
      await page.locator("#last-action").filter({ hasText: "order.confirm" }).waitFor();
      expect(JSON.parse(await page.locator("#last-action").innerText())).toEqual({ type: "order.confirm", payload: { id: "nested" } });
    } finally {
      await page.close();
    }
  }, 60_000);

  it("Next.js renders the server component's widget into the HTML", async () => {
    const html = await (await fetch(`${next!.url}/`)).text();
    expect(html).toMatch(/<section id="server">[\s\S]*class="cw-card[\s\S]*Order server/);
  });

  it("reports the built sizes (JS and CSS, gzip) of each app", () => {
    const sizes = {
      vite: measureApp(path.join(project, "vite/dist"), (file) => !/\/link-/.test(file)),
      next: measureApp(path.join(project, "next/.next/static"), () => true),
    };
    console.log(`consumer app sizes (bytes, gzip): ${JSON.stringify(sizes)}`);
    expect(sizes.vite.cssGzip).toBeGreaterThan(5_000);
    expect(sizes.next.cssGzip).toBeGreaterThan(5_000);
  });
});
