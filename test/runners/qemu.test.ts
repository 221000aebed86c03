/**
 * The qemu backend against every golden case. One deliberate difference:
 * upstream adds `,cache=none` to every volume (it tests `direct != null`);
 * ours only to volumes with `direct = true`, so the expected command is the
 * golden one with that option removed from the other volumes.
 */
import { describe, expect, it } from "vitest";
import { qemu } from "../../src/runners/qemu.js";
import { withDriveLetters } from "../../src/runners/util.js";
import type { MicrovmConfig } from "../../src/runners/types.js";
import { comparableGolden, goldenCaseNames, goldenRunner, loadGoldenCase, runBackend } from "./backend-golden.js";

/** The golden command with upstream's `,cache=none` removed from volumes that are not `direct`. */
function withoutCacheNoneOnBufferedVolumes(command: string, config: MicrovmConfig): string {
  return withDriveLetters(config)
    .filter(({ direct }) => !direct)
    .reduce(
      (cmd, { letter }) => cmd.replace(new RegExp(`(id=vd${letter},.*?,discard=unmap),cache=none,`), "$1,"),
      command,
    );
}

describe("qemu backend", () => {
  const names = goldenCaseNames("qemu");
  for (const name of names) {
    it(`${name} qemu`, () => {
      const goldenCase = loadGoldenCase(name, "qemu");
      const expected = comparableGolden(goldenRunner(name, "qemu"));
      if (expected.command !== null) {
        expected.command = withoutCacheNoneOnBufferedVolumes(expected.command, goldenCase.microvmConfig);
      }
      expect(runBackend(qemu, goldenCase)).toEqual(expected);
    });
  }

  it.runIf(names.includes("case-06"))("adds cache=none only to direct volumes (case-06; upstream: to every volume)", () => {
    const { command } = runBackend(qemu, loadGoldenCase("case-06", "qemu"));
    expect(command).toContain("'id=vdb,format=raw,file=var.img,if=none,aio=io_uring,discard=unmap,read-only=off'");
    expect(command).toContain(
      "'id=vdc,format=raw,file=/var/lib/microvms/my-microvm/data.img,if=none,aio=io_uring,discard=unmap,cache=none,read-only=on'",
    );
    const upstream = goldenRunner("case-06", "qemu").command;
    expect(upstream).toContain("discard=unmap,cache=none,read-only=off");
  });
});
