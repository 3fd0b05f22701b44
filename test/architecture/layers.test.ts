// The layers of src/ (docs/architecture.md, "Layers"): every import points to its own layer or a lower one.
// Imports are read with TypeScript's own pre-processor (static, `export … from`, `import type` and dynamic
// `import()` alike) and resolved to files, so a re-export or a lazy view cannot slip past.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src");

/**
 * Rank of each layer, lowest first. A file may import its own layer or a layer of lower rank; two layers of the
 * same rank never import each other (primitives and the view kit are independent, so are actions and styling).
 */
export const LAYER_RANKS: Readonly<Record<string, number>> = {
  tokens: 0,
  schema: 1,
  actions: 2,
  styling: 2,
  primitives: 3,
  "view-kit": 3,
  views: 4,
  renderer: 5,
  protocol: 5,
  composer: 6,
  server: 6,
  builder: 7,
  cli: 8,
  entry: 9,
};

/**
 * The layer of a file under src/: its top folder, except that src/components/ holds two layers — the node
 * views (`*.view.tsx`, and each component's `index.ts`, which exports its view) and the primitives
 * (everything else there). `src/index.ts` is the package entry.
 */
export function layerOf(srcDir: string, file: string): string {
  const relative = path.relative(srcDir, file).split(path.sep);
  if (relative.length === 1) return "entry";
  const [top] = relative;
  if (top === "components") {
    const name = relative[relative.length - 1]!;
    return /\.view\.tsx?$/.test(name) || (relative.length === 3 && /^index\.tsx?$/.test(name)) ? "views" : "primitives";
  }
  return top!;
}

const SOURCE = /\.(?:ts|tsx|mts)$/;
const CANDIDATES = ["", ".ts", ".tsx", ".mts", "/index.ts", "/index.tsx"];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : SOURCE.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const suffix of CANDIDATES) {
    const candidate = base + suffix;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export interface LayerViolation {
  file: string;
  specifier: string;
  problem: string;
}

/** Every import under `srcDir` that points up a layer, into a same-rank neighbour, or nowhere. */
export function layerViolations(srcDir: string): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const file of walk(srcDir)) {
    const name = path.relative(srcDir, file);
    const layer = layerOf(srcDir, file);
    const rank = LAYER_RANKS[layer];
    if (rank === undefined) {
      violations.push({ file: name, specifier: "", problem: `folder "${layer}" has no layer: add it to LAYER_RANKS and docs/architecture.md` });
      continue;
    }
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith(".")) continue; // packages
      const target = resolveImport(file, specifier);
      if (!target) {
        violations.push({ file: name, specifier, problem: "does not resolve to a file under src/" });
        continue;
      }
      if (path.relative(srcDir, target).startsWith("..")) {
        violations.push({ file: name, specifier, problem: "reaches outside src/" });
        continue;
      }
      const targetLayer = layerOf(srcDir, target);
      if (targetLayer === layer) continue;
      const targetRank = LAYER_RANKS[targetLayer];
      if (targetRank === undefined || targetRank >= rank) {
        violations.push({ file: name, specifier, problem: `${layer} (rank ${rank}) imports ${targetLayer} (rank ${targetRank ?? "none"})` });
      }
    }
  }
  return violations;
}

const format = (violations: LayerViolation[]) => violations.map((v) => `${v.file}: "${v.specifier}" — ${v.problem}`);

describe("layers of src/", () => {
  it("every import points to its own layer or a lower one", () => {
    expect(format(layerViolations(SRC))).toEqual([]);
  });

  it("no file under src/components/ imports src/renderer/", () => {
    const offenders = walk(path.join(SRC, "components")).flatMap((file) =>
      ts
        .preProcessFile(readFileSync(file, "utf8"), true, true)
        .importedFiles.map(({ fileName }) => fileName)
        .filter((specifier) => specifier.startsWith(".") && resolveImport(file, specifier)?.startsWith(path.join(SRC, "renderer") + path.sep))
        .map((specifier) => `${path.relative(SRC, file)}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  describe("the check itself", () => {
    const fixture = mkdtempSync(path.join(tmpdir(), "cw-layers-"));
    afterAll(() => rmSync(fixture, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
      writeFileSync(path.join(fixture, file), text);
    };
    write("renderer/index.ts", `export { BoxView } from "../components/Box/Box.view";\n`);
    write("renderer/resolve.ts", `export const size = 1;\n`);
    write("styling/resolve.ts", `export const size = 1;\n`);
    write("view-kit/WidgetChildren.tsx", `export const WidgetChildren = () => null;\n`);
    write("components/Box/Box.tsx", `import { size } from "../../renderer/resolve";\nexport const Box = size;\n`);
    write("components/Box/Box.view.tsx", `import type { X } from "../../renderer";\nconst lazy = () => import("../../view-kit/WidgetChildren");\nexport { Box } from "./Box";\n`);
    write("components/Box/index.ts", `export { BoxView } from "./Box.view";\n`);
    write("components/Card/Card.tsx", `import { size } from "../../styling/resolve";\nimport { WidgetChildren } from "../../view-kit/WidgetChildren";\nimport "../Box/missing";\n`);

    it("reports a primitive or a view importing the renderer (also type-only), a primitive importing the view kit, and unresolved paths", () => {
      expect(format(layerViolations(fixture)).sort()).toEqual(
        [
          `${path.join("components", "Box", "Box.tsx")}: "../../renderer/resolve" — primitives (rank 3) imports renderer (rank 5)`,
          `${path.join("components", "Box", "Box.view.tsx")}: "../../renderer" — views (rank 4) imports renderer (rank 5)`,
          `${path.join("components", "Card", "Card.tsx")}: "../../view-kit/WidgetChildren" — primitives (rank 3) imports view-kit (rank 3)`,
          `${path.join("components", "Card", "Card.tsx")}: "../Box/missing" — does not resolve to a file under src/`,
        ].sort(),
      );
    });

    it("classifies views, component entries and primitives", () => {
      expect(layerOf(fixture, path.join(fixture, "components/Box/Box.view.tsx"))).toBe("views");
      expect(layerOf(fixture, path.join(fixture, "components/Box/index.ts"))).toBe("views");
      expect(layerOf(fixture, path.join(fixture, "components/Box/Box.tsx"))).toBe("primitives");
      expect(layerOf(fixture, path.join(fixture, "index.ts"))).toBe("entry");
    });
  });
});
