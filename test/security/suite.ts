/** The hostile-values suite of one hypervisor (see harness.ts); each <hypervisor>.test.ts runs it, in parallel. */
import { afterAll, describe, expect, it } from "vitest";
import { packageSetFromEntries } from "../../pkgs/package-set.js";
import type { Runner } from "../../src/runners/runner.js";
import {
  baseConfig,
  buildAndRun,
  harmless,
  makeSandbox,
  options,
  payloads,
  removeSandbox,
  shellcheck,
  substituted,
  syntaxErrors,
  toleratedChecks,
} from "./harness.js";

/** Every text of a runner: scripts, share/microvm files and store files. */
function runnerText(runner: Runner): string {
  return [
    ...Object.values(runner.binScripts),
    ...Object.values(runner.files),
    ...Object.values(runner.storeFiles).map((f) => f.text ?? JSON.stringify(f.json)),
  ].join("\n");
}

/** The option's name as an error names it (`microvm.shares.*.tag` → `microvm.shares.` and `.tag`). */
const namesOption = (message: string, option: string): boolean =>
  option
    .replace(/ \(.*\)$/, "")
    .split("*")
    .every((part) => message.includes(part));

export function hostileValuesSuite(hypervisor: string): void {
  describe(`${hypervisor}: hostile values in every option that reaches a script or file`, () => {
    const sandbox = makeSandbox(hypervisor);
    afterAll(() => removeSandbox(sandbox));
    const pkgs = packageSetFromEntries(sandbox.entries, { system: "x86_64-linux" });
    const base = baseConfig(hypervisor, pkgs);
    const scripts: string[] = [];
    const tally = { runs: 0, passed: 0, refused: 0, notReaching: [] as string[] };

    for (const { option, set } of options) {
      it(option, async () => {
        // volumes are created only where the option is a volume's (each creation runs six programs)
        // and graphics only where the option is its socket (the fake GPU device is a node process)
        const config = {
          ...base,
          volumes: option.startsWith("microvm.volumes.") ? base.volumes : base.volumes.map((v) => ({ ...v, autoCreate: false })),
          graphics: { ...base.graphics, enable: base.graphics.enable && option === "microvm.graphics.socket" },
        };
        const label = (what: string): string => `${option}-${what}`.replace(/[^a-z0-9.-]/gi, "_");
        const built = await buildAndRun(sandbox, set(config, harmless), label("built"), false);
        if (built.kind === "refused" || !runnerText(built.runner).includes(harmless)) {
          // this hypervisor does not use the option (e.g. crosvm.pivotRoot on qemu) or refuses it
          // whatever its value (credentialFiles on cloud-hypervisor)
          tally.notReaching.push(option);
          return;
        }
        // microvm-shutdown and microvm-balloon run too when the value reaches them
        const alsoRun = ["microvm-shutdown", "microvm-balloon"].filter((s) => built.runner.binScripts[s]?.includes(harmless));
        const reference = await buildAndRun(sandbox, set(config, harmless), label("harmless"), true, alsoRun);
        if (reference.kind === "refused") throw new Error(reference.message);
        expect(reference.record.runStderr.replace(/^.*chattr: (command )?not found\n/gm, ""), "harmless run's stderr").toBe("");
        expect(reference.record.runStatus, "harmless run's exit status").toBe(0);
        scripts.push(...reference.scripts);
        // the payloads' runs at once (each waits on its processes), checked in order
        const runs = Object.entries(payloads).map(([name, payload]) => ({
          name,
          payload,
          outcome: buildAndRun(sandbox, set(config, payload), label(name), true, alsoRun),
        }));
        for (const { name, payload, outcome: pending } of runs) {
          tally.runs++;
          const outcome = await pending;
          if (outcome.kind === "refused") {
            expect(namesOption(outcome.message, option), `${name}: refusal names ${option}: ${outcome.message}`).toBe(true);
            tally.refused++;
            tally.passed++;
            continue;
          }
          scripts.push(...outcome.scripts);
          const { record } = outcome;
          expect(record.marker, `${name}: marker file`).toBe(false);
          expect(record.outside, `${name}: files outside the runner, store and state folders`).toEqual([]);
          expect(record.runStatus, `${name}: microvm-run's exit status (stderr: ${record.runStderr})`).toBe(0);
          expect({ argv: record.argv, stateFiles: record.stateFiles, storeJson: record.storeJson }, `${name}: argv, state files, JSON store files`).toEqual(
            substituted(reference.record, payload),
          );
          tally.passed++;
        }
      });
    }

    it(`every script passes bash -n and shellcheck (only ${toleratedChecks.join(", ")} excluded)`, () => {
      expect(scripts.length).toBeGreaterThan(0);
      expect(syntaxErrors(scripts)).toEqual([]);
      const findings = shellcheck(scripts);
      expect([...findings.values()].flat()).toEqual([]);
    });

    it("tally", () => {
      // printed for the record: (option, payload) runs, passes, refusals, options this hypervisor does not use
      console.log(
        `security ${hypervisor}: ${tally.passed}/${tally.runs} passed (${tally.refused} refused with an error naming the option); ` +
          `not used: ${tally.notReaching.join(", ") || "none"}`,
      );
      expect(tally.passed).toBe(tally.runs);
      expect(tally.runs).toBeGreaterThan(0);
    });
  });
}
