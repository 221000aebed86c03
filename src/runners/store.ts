/**
 * The files a runner's scripts refer to that upstream puts in the Nix store
 * (writer-made scripts, the virtiofsd supervisord config, firecracker's
 * JSON): placed in a store folder the project owns, each at a path made
 * from a hash of its content, as a store path is. So two configs never
 * share a path for different contents (two VMs' `virtiofsd-<tag>` scripts
 * of same-named shares differ), and nothing lands in `/nix/store` unless
 * that is the folder the user names.
 */
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { WrittenFile } from "../../pkgs/package.js";
import type { Runner } from "./runner.js";

/** A writer's file as it is written: its path in the store folder and its bytes. */
interface PlacedFile {
  readonly path: string;
  readonly content: string;
  readonly executable: boolean;
  /** For `writeShellScriptBin`: the file is `<path>/bin/<name>`. */
  readonly binName: string | null;
}

/** A runner whose store files live in a store folder of ours, and the files to write there. */
export interface PlacedRunner {
  readonly runner: Runner;
  readonly files: readonly PlacedFile[];
}

const isScript = (file: WrittenFile): boolean => file.kind === "writeShellScript" || file.kind === "writeShellScriptBin";

/** Replaces every old path in `text` (longest first, so one path that prefixes another is not cut). */
function replacePaths(text: string, renames: ReadonlyMap<string, string>, encode: (s: string) => string = (s) => s): string {
  if (renames.size === 0) return text;
  const olds = [...renames.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(olds.map((p) => encode(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const byEncoded = new Map(olds.map((p) => [encode(p), encode(renames.get(p)!)]));
  return text.replace(pattern, (m) => byEncoded.get(m) ?? m);
}

/**
 * Moves the runner's store files into `storeDir`: each gets the path
 * `<storeDir>/<hash of kind, name and content>-<name>`, after the paths of
 * the files it refers to were replaced (so a change anywhere changes the
 * hash of every file that leads to it); the runner's texts refer to the new paths.
 */
export function placeStoreFiles(runner: Runner, storeDir: string, bash: string): PlacedRunner {
  const entries = Object.entries(runner.storeFiles);
  const renames = new Map<string, string>();
  const placed = new Map<string, PlacedFile>();
  const place = (oldPath: string, file: WrittenFile, visiting: Set<string>): string => {
    const done = renames.get(oldPath);
    if (done !== undefined) return done;
    if (visiting.has(oldPath)) throw new Error(`store files refer to each other in a cycle (${oldPath})`);
    visiting.add(oldPath);
    const json = file.kind === "writers.writeJSON";
    const raw = json ? `${JSON.stringify(file.json, null, 2)}\n` : isScript(file) ? `#!${bash}\n${file.text ?? ""}` : (file.text ?? "");
    // the files this one refers to are placed first
    const local = new Map<string, string>();
    for (const [other, otherFile] of entries) {
      if (other !== oldPath && raw.includes(json ? JSON.stringify(other).slice(1, -1) : other)) {
        local.set(other, place(other, otherFile, visiting));
      }
    }
    const content = replacePaths(raw, local, json ? (s) => JSON.stringify(s).slice(1, -1) : undefined);
    const hash = createHash("sha256").update(`${file.kind}\0${file.name}\0${content}`).digest("hex").slice(0, 32);
    // Nix's store name characters only, so the path needs no quoting wherever a script names it
    const path = join(storeDir, `${hash}-${file.name.replace(/[^A-Za-z0-9+._?=-]/g, "_")}`);
    renames.set(oldPath, path);
    placed.set(path, { path, content, executable: isScript(file), binName: file.kind === "writeShellScriptBin" ? file.name : null });
    return path;
  };
  for (const [oldPath, file] of entries) place(oldPath, file, new Set());

  const rewrite = (texts: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, replacePaths(v, renames)]));
  const storeFiles: Record<string, WrittenFile> = {};
  for (const [oldPath, file] of entries) {
    storeFiles[renames.get(oldPath)!] = file.text === undefined ? file : { ...file, text: replacePaths(file.text, renames) };
  }
  return {
    runner: {
      ...runner,
      binScripts: rewrite(runner.binScripts),
      files: rewrite(runner.files),
      symlinks: rewrite(runner.symlinks),
      storeFiles,
    },
    files: [...placed.values()],
  };
}

/**
 * Writes placed files, each through a temporary file renamed into place
 * (so a reader never sees half a file, and a symlink planted at the path is
 * replaced, not followed).
 */
export function writePlacedFiles(files: readonly PlacedFile[]): void {
  for (const { path, content, executable, binName } of files) {
    const dir = binName === null ? join(path, "..") : join(path, "bin");
    const target = binName === null ? path : join(dir, binName);
    mkdirSync(dir, { recursive: true });
    const temporary = join(dir, `.tmp-${randomBytes(6).toString("hex")}`);
    try {
      writeFileSync(temporary, content, { flag: "wx", mode: executable ? 0o755 : 0o644 });
      if (executable) chmodSync(temporary, 0o755);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
}
