/**
 * The hypervisor support matrix as Markdown (`microvm docs --format compat`, docs/compat.md):
 * one row per option, one column per hypervisor, then the refusals and warnings word for word.
 */
import type { SupportMatrix } from "./hypervisor-support.js";

const symbols = { uses: "uses", ignores: "–", warns: "warns ⚠", refuses: "refuses ✗", "n/a": "n/a" } as const;

/** A Markdown code span that holds any text (backticks and line breaks included). */
function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest === 0 ? `${fence}${flat}${fence}` : `${fence} ${flat} ${fence}`;
}

export function renderCompatMarkdown(matrix: SupportMatrix, title = "Hypervisor support per option"): string {
  const lines: string[] = [
    `# ${title}`,
    "",
    "Computed from the runner backends (`src/runners`), not written by hand: for each hypervisor a base",
    "config's runner is built, then a config that sets the option to other values; a backend error (or a",
    "failed module assertion) means **refuses**, a new warning **warns**, a changed runner (scripts, files,",
    "links, passthru) **uses**, an unchanged one **–** (the runner ignores it; the option may still act",
    "inside the guest). Regenerate with `npm run docs` (or `microvm docs --format compat`).",
    "",
    `| Option | ${matrix.hypervisors.join(" | ")} |`,
    `| --- | ${matrix.hypervisors.map(() => "---").join(" | ")} |`,
  ];
  for (const option of matrix.options) {
    lines.push(`| \`${option.name}\` | ${matrix.hypervisors.map((hv) => symbols[option.byHypervisor[hv]!.kind]).join(" | ")} |`);
  }
  lines.push("", "## Refusals and warnings", "");
  for (const option of matrix.options) {
    const notes = matrix.hypervisors.flatMap((hv) => {
      const support = option.byHypervisor[hv]!;
      if (support.kind !== "refuses" && support.kind !== "warns") return [];
      return support.messages.map((message) => `  - ${hv} ${support.kind}: ${codeSpan(message)}`);
    });
    if (notes.length > 0) lines.push(`- \`${option.name}\` (tried ${option.tried.map(codeSpan).join(", ")})`, ...notes);
  }
  lines.push("", "## Not checked", "");
  for (const option of matrix.options) {
    const reasons = [...new Set(matrix.hypervisors.flatMap((hv) => {
      const support = option.byHypervisor[hv]!;
      return support.kind === "n/a" ? support.messages.map((m) => `${hv}: ${m}`) : [];
    }))];
    if (reasons.length === 0) continue;
    const plain = reasons.map((r) => r.slice(r.indexOf(": ") + 2));
    const same = plain.every((r) => r === plain[0]) && reasons.length === matrix.hypervisors.length;
    lines.push(same ? `- \`${option.name}\`: ${codeSpan(plain[0]!)}` : `- \`${option.name}\`: ${reasons.map(codeSpan).join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}
