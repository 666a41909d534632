/** The check as both `npm run check` and `npm run build` run it. */
import { resolve } from "node:path";
import { checkSite } from "./content-check.ts";
import { formatReport, type CheckMessage } from "./check-messages.ts";
import { readSite } from "./site-files.ts";

export interface CheckRun {
  messages: CheckMessage[];
  errors: number;
  warnings: number;
  report: string;
}

export function runCheck(root: string, today?: string): CheckRun {
  const site = readSite(resolve(root), today);
  const messages = checkSite(site);
  const errors = messages.filter((m) => m.severity === "error").length;
  return {
    messages,
    errors,
    warnings: messages.length - errors,
    report: formatReport(messages, {
      articles: site.articles.length,
      dataFiles: site.campaigns.length + (site.years ? 1 : 0),
    }),
  };
}

/** --root <dir> (else GIOT_HONG_ROOT, else the current folder) and --today <YYYY-MM-DD> (for tests). */
export function parseCheckArgs(argv: readonly string[]): { root: string; today?: string } {
  let root = process.env.GIOT_HONG_ROOT ?? ".";
  let today: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--root") root = argv[++i] ?? root;
    else if (arg.startsWith("--root=")) root = arg.slice("--root=".length);
    else if (arg === "--today") today = argv[++i];
    else if (arg.startsWith("--today=")) today = arg.slice("--today=".length);
  }
  return { root, today };
}

/**
 * Runs `main`, and turns anything it throws that no rule foresaw into one
 * Vietnamese line instead of a stack trace (the stack only with DEBUG=1).
 */
export function withPlainErrors(command: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `\n✖ ${command} gặp lỗi không mong đợi (unexpected error): ${message}\n` +
        "  Không có gì bị thay đổi. Chạy lại; nếu vẫn lỗi, gửi thông báo này cho người phụ trách kỹ thuật.",
    );
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  }
}
