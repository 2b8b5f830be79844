/** Helpers shared by the scenarios: screenshots, axe audit, keyboard travel, today's date. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const DOSSIER_CAPTURES = 'tests/output/screenshots';

/**
 * Screenshot kept for humans to review (tests/output/screenshots/<nom>.png): the full page, or
 * only the window when a dialog is open (its backdrop covers the window, not the whole page).
 */
export async function capturer(page: Page, nom: string, { pleinePage = true } = {}): Promise<void> {
  // Fonts and MUI transitions settle before the shot: a half-faded dialog is not what users see.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${DOSSIER_CAPTURES}/${nom}.png`, fullPage: pleinePage });
}

/** JJ/MM/AAAA of today, `ans` years earlier (forms default their dates to today). */
export function ilYA(ans: number): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear() - ans}`;
}

/** No WCAG 2.1 A/AA violation that axe-core can detect on the page as it is now. */
export async function verifierAccessibilite(page: Page): Promise<void> {
  // A dialog opening or a message fading has no real contrast yet: audit the page once it has
  // settled — no transition running, twice in a row, since a message may start just after a check.
  const auRepos = () =>
    page.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
    );
  const analyser = async () => {
    await auRepos();
    await page.waitForTimeout(400);
    await auRepos();
    return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  };
  let resultat = await analyser();
  // A message that begins to fade out during the audit shows a contrast it never has at rest:
  // audit once more; a real violation is still there the second time.
  if (resultat.violations.length > 0) resultat = await analyser();
  const violations = resultat.violations.map((v) => ({
    regle: v.id,
    impact: v.impact,
    aide: v.help,
    // The element's markup names it better than a generated CSS class.
    elements: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
  }));
  expect(violations).toEqual([]);
}

/** True when the keyboard focus is on `cible` or inside it. */
export function aLeFocus(cible: Locator): Promise<boolean> {
  return cible.evaluate((element) => element.contains(document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until the focus reaches `cible`: proves it is reachable by keyboard,
 * without depending on the exact number of stops in between.
 */
export async function tabulerJusqua(page: Page, cible: Locator, { arriere = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await aLeFocus(cible)) return;
    await page.keyboard.press(arriere ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Focus jamais atteint au clavier après ${max} tabulations : ${cible.toString()}`);
}
