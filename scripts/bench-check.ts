/**
 * npm run bench:check [-- --articles 1000] [--html]: how long `npm run check` takes on a
 * generated FICTIONAL corpus (scripts/lib/bench-corpus.ts) in a temp folder, both
 * inside one process (the check itself) and as the command an editor runs
 * (Node start-up included). A benchmark, never a test: it prints, it does not fail.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./lib/bench-corpus.ts";
import { runCheck } from "./lib/run-check.ts";

const argv = process.argv.slice(2);
const index = argv.indexOf("--articles");
const count = index === -1 ? 1000 : Number(argv[index + 1]);
/** --html: every article also carries an HTML table and links, so the body scan runs on all of them. */
const withHtml = argv.includes("--html");
const HTML_EXTRA =
  '\n<figure>\n<table><caption>Bảng hư cấu</caption><tr><th scope="col">Năm</th><th scope="col">Đơn vị</th></tr>' +
  "<tr><td>2024</td><td>1.250</td></tr></table>\n<figcaption>Số liệu hư cấu.</figcaption>\n</figure>\n\n" +
  'Xem [trang hư cấu](https://hu-cau.example/) và <a href="https://hu-cau.example/2">trang thứ hai</a>.\n';

const root = mkdtempSync(join(tmpdir(), "giot-hong-bench-check-"));
try {
  const corpus = generateCorpus({ articles: count });
  mkdirSync(join(root, "src/content/articles"), { recursive: true });
  mkdirSync(join(root, "data/campaigns"), { recursive: true });
  writeFileSync(join(root, "data/years.json"), JSON.stringify(corpus.years, null, 2));
  for (const c of corpus.campaigns)
    writeFileSync(join(root, "data/campaigns", `${c.id}.json`), JSON.stringify(c.data, null, 2));
  for (const a of corpus.articles)
    writeFileSync(join(root, "src/content/articles", `${a.id}.md`), withHtml ? a.source + HTML_EXTRA : a.source);

  const runs: number[] = [];
  const cpu: number[] = [];
  let last: ReturnType<typeof runCheck> | undefined;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    last = runCheck(root);
    runs.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const firstCpu = cpu[0];
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);

  const script = fileURLToPath(new URL("./check.ts", import.meta.url));
  const cli: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [script, "--root", root], { encoding: "utf8" });
    cli.push(performance.now() - start);
  }
  cli.sort((a, b) => a - b);

  console.log(
    `${count} bài hư cấu${withHtml ? " (mỗi bài có bảng HTML và liên kết)" : ""}, ${corpus.campaigns.length} chiến dịch, ${corpus.years.length} năm`,
  );
  console.log(`  lỗi: ${last?.errors}, cảnh báo: ${last?.warnings}`);
  console.log(
    `  check trong một tiến trình: trung vị ${Math.round(runs[2])} ms, nhanh nhất ${Math.round(runs[0])} ms` +
      ` (CPU: trung vị ${Math.round(cpu[2])} ms, lần đầu ${Math.round(firstCpu)} ms)`,
  );
  console.log(`  lệnh check.ts đầy đủ (kể cả khởi động Node): trung vị ${Math.round(cli[1])} ms (thời gian thực)`);
  console.log(`  tải máy lúc đo (load average 1 phút): ${loadavg()[0].toFixed(1)} trên ${availableParallelism()} nhân`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
