/**
 * npm run check [-- --root <dir>]: validates every article and data file with
 * the site's own schemas plus the checks across files, prints every error and
 * then every warning, and exits 1 when there is an error. Reads only.
 */
import { parseCheckArgs, runCheck, withPlainErrors } from "./lib/run-check.ts";
import { reportToGitHub } from "./lib/github-annotations.ts";

withPlainErrors("npm run check", () => {
  const { root, today } = parseCheckArgs(process.argv.slice(2));
  const run = runCheck(root, today);
  console.log(run.report);
  // In GitHub Actions: annotations on the files and lines, and the job summary.
  reportToGitHub(run.messages, root);
  process.exitCode = run.errors > 0 ? 1 : 0;
});
