/**
 * Runs axe-core (WCAG 2.2 A/AA rules) in the test page. axe is loaded once, from the copy
 * installed at the repository root, which web-test-runner serves.
 */
import { expect } from '@esm-bundle/chai';

interface AxeNode {
  target: unknown[];
}
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}
interface Axe {
  run(context: Element, options: unknown): Promise<{ violations: AxeResult[] }>;
}

declare global {
  interface Window {
    axe?: Axe;
  }
}

const AXE_URL = '/node_modules/axe-core/axe.min.js';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let loading: Promise<Axe> | undefined;

/** Injects axe-core's script once per page and resolves with `window.axe`. */
export function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    if (window.axe) return resolve(window.axe);
    const script = document.createElement('script');
    script.src = AXE_URL;
    script.onload = () => (window.axe ? resolve(window.axe) : reject(new Error(`${AXE_URL} loaded but defined no window.axe`)));
    script.onerror = () => reject(new Error(`could not load ${AXE_URL}; is axe-core installed at the repository root?`));
    document.head.append(script);
  });
  // A failed load may be retried by the next test.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Formats violations as "id (impact): help — targets" lines. */
export function describeViolations(violations: readonly AxeResult[]): string {
  return violations
    .map(({ id, impact, help, helpUrl, nodes }) => {
      const targets = nodes.map((node) => JSON.stringify(node.target)).join(', ');
      return `- ${id}${impact ? ` (${impact})` : ''}: ${help}\n    targets: ${targets}\n    ${helpUrl}`;
    })
    .join('\n');
}

/** Fails, listing every violation's id, help and targets, when axe finds a WCAG 2.2 A/AA problem. */
export async function expectAccessible(element: Element): Promise<void> {
  const axe = await loadAxe();
  const { violations } = await axe.run(element, { runOnly: { type: 'tag', values: TAGS } });
  expect(violations, `axe found ${violations.length} accessibility violation(s):\n${describeViolations(violations)}`).to.have.length(0);
}
