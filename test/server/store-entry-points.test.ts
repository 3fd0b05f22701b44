// The database drivers are optional peer dependencies: only the SQL stores' own entry points may reach them,
// so an app that imports chat-widgets, chat-widgets/server or chat-widgets/server/node never needs them.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DRIVERS = ["better-sqlite3", "pg"];
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** Every module reachable from `entry` through relative imports, with the bare specifiers each one imports. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [path.join(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const bare: string[] = [];
    graph.set(file, bare);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (!specifier.startsWith(".")) {
        bare.push(specifier);
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier);
      const resolved = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find(
        (candidate) => existsSync(candidate) && !candidate.endsWith(path.sep) && /\.(tsx?|json|css)$/.test(candidate),
      );
      if (resolved && /\.tsx?$/.test(resolved)) pending.push(resolved);
    }
  }
  return graph;
}

const driversOf = (graph: Map<string, string[]>) =>
  [...graph].flatMap(([file, bare]) => bare.filter((name) => DRIVERS.includes(name)).map((name) => `${path.relative(root, file)} → ${name}`));

describe("optional database drivers", () => {
  for (const entry of ["src/index.ts", "src/server/index.ts", "src/server/node.ts"]) {
    it(`${entry} reaches neither driver nor a SQL store`, () => {
      const graph = moduleGraph(entry);
      expect(graph.size).toBeGreaterThan(1);
      expect(driversOf(graph)).toEqual([]);
      expect([...graph.keys()].map((file) => path.relative(root, file)).filter((file) => /server\/(sqlite|postgres|sql)\.ts$/.test(file))).toEqual([]);
    });
  }

  it("each SQL store reaches only its own driver, and the walk sees that import", () => {
    expect(driversOf(moduleGraph("src/server/sqlite.ts"))).toEqual(["src/server/sqlite.ts → better-sqlite3"]);
    expect(driversOf(moduleGraph("src/server/postgres.ts"))).toEqual(["src/server/postgres.ts → pg"]);
  });

  it("both packages declare the drivers as optional peers, on the stores' own subpaths", () => {
    const own = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
    const server = JSON.parse(readFileSync(path.join(root, "packages/server/package.json"), "utf8"));
    for (const pkg of [own, server]) {
      for (const driver of DRIVERS) {
        expect(pkg.peerDependencies[driver]).toBeDefined();
        expect(pkg.peerDependenciesMeta[driver]).toEqual({ optional: true });
        expect(pkg.dependencies[driver]).toBeUndefined();
      }
    }
    expect(own.peerDependencies["better-sqlite3"]).toMatch(/^\^12\./);
    expect(own.exports["./server/sqlite"].import).toBe("./dist/server/sqlite.js");
    expect(own.exports["./server/postgres"].import).toBe("./dist/server/postgres.js");
    expect(server.exports["./sqlite"].import).toBe("./dist/server/sqlite.js");
    expect(server.exports["./postgres"].import).toBe("./dist/server/postgres.js");
  });
});
