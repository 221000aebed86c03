/**
 * The qemu backend on the extra cases (./extra-cases; the golden cases are
 * in golden.test.ts), and its deliberate difference from upstream: upstream
 * adds `,cache=none` to every volume (it tests `direct != null`); ours only
 * to volumes with `direct = true`, so the expected command is the recorded
 * one with that option removed from the other volumes.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { qemu } from "../../src/runners/qemu.js";
import type { MicrovmConfig } from "../../src/runners/types.js";
import { withDriveLetters } from "../../src/runners/util.js";
import { caseNames, goldenFields, goldenOutput, loadGoldenCase, runBackend } from "./golden-harness.js";
import { fixQuotingOfFields } from "./quoting-fixes.js";

/** Cases recorded by the golden harness for what the golden cases do not reach (see its README). */
const extraCasesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "extra-cases");

/** The recorded command with upstream's `,cache=none` removed from volumes that are not `direct`. */
function withoutCacheNoneOnBufferedVolumes(command: string, config: MicrovmConfig): string {
  return withDriveLetters(config)
    .filter(({ direct }) => !direct)
    .reduce((cmd, { letter }) => {
      // a drive's first `,discard=unmap` is its own; images may contain spaces
      const upstream = new RegExp(`(id=vd${letter},.*?,discard=unmap),cache=none,`);
      expect(cmd, `upstream's cache=none on vd${letter}`).toMatch(upstream);
      return cmd.replace(upstream, "$1,");
    }, command);
}

describe("qemu backend: extra cases", () => {
  for (const name of caseNames(extraCasesDir)) {
    it(`${name} qemu`, () => {
      const goldenCase = loadGoldenCase(extraCasesDir, name, "qemu");
      // with the quoting fixes of issue 12 (./quoting-fixes.ts)
      const expected = fixQuotingOfFields(goldenFields(goldenOutput(goldenCase, "qemu")));
      if (expected.command !== null) {
        expected.command = withoutCacheNoneOnBufferedVolumes(expected.command, goldenCase.microvmConfig);
      }
      expect(runBackend(qemu, goldenCase)).toEqual(expected);
    });
  }
});

describe("qemu backend: cache=none", () => {
  it("goes only on direct volumes (case-40: 'b image.img' is not direct; upstream gives it cache=none)", () => {
    const goldenCase = loadGoldenCase(extraCasesDir, "case-40", "qemu");
    const { command } = runBackend(qemu, goldenCase);
    expect(command).toContain("'id=vdb,format=raw,file=a.img,if=none,aio=io_uring,discard=unmap,read-only=off'");
    expect(command).toContain("'id=vdc,format=raw,file=b image.img,if=none,aio=io_uring,discard=unmap,read-only=on'");
    expect(goldenOutput(goldenCase, "qemu").command).toContain(
      "'id=vdc,format=raw,file=b image.img,if=none,aio=io_uring,discard=unmap,cache=none,read-only=on'",
    );
  });

  it("stays on a direct volume (case-46)", () => {
    const { command } = runBackend(qemu, loadGoldenCase(extraCasesDir, "case-46", "qemu"));
    expect(command).toContain("'id=vda,format=raw,file=v.img,if=none,aio=io_uring,discard=unmap,cache=none,read-only=off'");
  });
});
