/**
 * The committed hypervisor support matrix (docs/compat.md): where it lives and how it is
 * computed, shared by scripts/gen-docs.ts (which writes it), `microvm docs --format compat`
 * and the test that fails when it is stale.
 */
import type { PackageSet } from "../pkgs/package-set.js";
import { microvmReferenceDocList } from "../src/reference-doc-list.js";
import { renderCompatMarkdown } from "./compat-markdown.js";
import { computeSupportMatrix, type SupportMatrix } from "./hypervisor-support.js";

/** docs/compat.md, relative to the repository root. */
export const referenceCompatPath = "docs/compat.md";

/** The support matrix of the microvm options (the reference doc list's visible ones). */
export function microvmSupportMatrix(pkgs: PackageSet): SupportMatrix {
  const options = microvmReferenceDocList().filter((o) => o.visible && !o.internal);
  return computeSupportMatrix(options, pkgs);
}

/** docs/compat.md's text, computed with `pkgs` (the committed one: the golden stubs.json). */
export function renderReferenceCompat(pkgs: PackageSet): string {
  return renderCompatMarkdown(microvmSupportMatrix(pkgs));
}
