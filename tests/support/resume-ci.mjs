// Prints "N passed, N failed, N skipped" from the Vitest and Playwright JSON reports, the line CI
// reads; exits non-zero on any failure, on a missing report or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

const rapports = { vitest: 'reports/vitest.json', playwright: 'reports/playwright.json' };
let reussis = 0;
let echecs = 0;
let ignores = 0;
const manquants = [];

if (existsSync(rapports.vitest)) {
  const v = JSON.parse(readFileSync(rapports.vitest, 'utf8'));
  reussis += v.numPassedTests;
  echecs += v.numFailedTests;
  ignores += v.numPendingTests + v.numTodoTests;
  // A file that fails to load counts no test but is a failure.
  echecs += v.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else manquants.push(rapports.vitest);

if (existsSync(rapports.playwright)) {
  const s = JSON.parse(readFileSync(rapports.playwright, 'utf8')).stats;
  reussis += s.expected + s.flaky;
  echecs += s.unexpected;
  ignores += s.skipped;
} else manquants.push(rapports.playwright);

for (const m of manquants) console.error(`Rapport absent : ${m} (cette étape n'a pas tourné).`);
console.log(`${reussis} passed, ${echecs} failed, ${ignores} skipped`);
process.exit(echecs > 0 || manquants.length > 0 || reussis === 0 ? 1 : 0);
