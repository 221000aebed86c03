/**
 * NixOS' final checks of a configuration: `assertions` that fail stop the
 * build, `warnings` are printed (nixos/modules/misc/assertions.nix and the
 * check in system/activation/top-level.nix).
 */
import type { Configuration } from "../lib/index.js";

interface Assertion {
  assertion: boolean;
  message: string;
}

/** The messages of the failed assertions, in order; a passing assertion's message is not read. */
export function failedAssertions(configuration: Configuration): string[] {
  const config = configuration.config;
  if (!("assertions" in config)) return [];
  return (config.assertions as Assertion[]).filter((a) => !a.assertion).map((a) => a.message);
}

/** `config.warnings`. */
export function configWarnings(configuration: Configuration): string[] {
  const config = configuration.config;
  return "warnings" in config ? [...(config.warnings as string[])] : [];
}

/** What NixOS prints when assertions fail: `Failed assertions:` and one `- message` line each. */
export function showFailedAssertions(messages: readonly string[]): string {
  return `Failed assertions:\n${messages.map((m) => `- ${m}`).join("\n")}`;
}

/** Assertions failed; the message is {@link showFailedAssertions}' text, printed as is (exit code 1). */
export class AssertionsFailed extends Error {
  override name = "AssertionsFailed";
}
