#!/usr/bin/env node
/**
 * `microvm`: evaluate microVM configurations (TypeScript, JavaScript or
 * JSON modules on top of microvm.nix's options), print options, write the
 * JSON Schema and TypeScript types of a configuration, build and run
 * runners, render option documentation.
 *
 * Exit codes: 0 success, 1 evaluation error or failed assertions, 2 usage error.
 * Each command imports what it needs when it runs, so startup stays fast.
 */
import "./compile-cache.js";
import { Command, CommanderError, Option } from "commander";
import { printable } from "./commands/printable.js";
import { UsageError } from "./commands/usage-error.js";
import { packageVersion } from "./version.js";

// stack traces of TypeScript configs (bundled with inline source maps) name their .ts files and lines
if (process.argv.includes("--show-trace")) process.setSourceMapsEnabled(true);

const program = new Command("microvm")
  .description("Evaluate microVM configurations written as Nix-style modules (microvm.nix's options)")
  .version(packageVersion(), "-V, --version", "print the version")
  .option("--show-trace", "print the stack trace of an error")
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text) });

/** `--pkgs`, `--system`, `--build-system`: the package set of an evaluation. */
function withPackageSetOptions(command: Command): Command {
  return command
    .option("--pkgs <file>", "a package-set file shaped like stubs.json, instead of this host's programs")
    .option("--system <system>", "the guest platform, e.g. x86_64-linux (default: this machine's)")
    .option("--build-system <system>", "the platform of pkgs.buildPackages (default: --system)");
}

/** A repeatable option's values, in the order given. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

withPackageSetOptions(
  program
    .command("evaluate")
    .description("evaluate the config files; check assertions, print warnings, show an option or the config")
    .argument("[files...]", "config modules: .ts, .mts, .js, .mjs or .json")
    .option("--show-option <path>", "show an option (value, default, type, description, declarations, definitions)")
    .option("-r, --recursive", "with --show-option: every option under the path with its value (nixos-option -r)")
    .option("--json [path]", "print the config (or the subtree at path) as JSON; an option used but not defined fails, as in nix eval --json")
    .option("--omit-undefined", "with --json: leave out options that have no value (the golden dumps' shape)"),
).action(async (files: string[], options) => {
  const { evaluateCommand } = await import("./commands/evaluate.js");
  await evaluateCommand(files, options);
});

withPackageSetOptions(
  program
    .command("schema")
    .description("write the JSON Schema of a config (definitions of every option)")
    .argument("[files...]", "code modules declaring further options")
    .option("-o, --out <file>", "write to this file instead of stdout"),
).action(async (files: string[], options) => {
  const { schemaCommand } = await import("./commands/schema.js");
  await schemaCommand(files, options);
});

withPackageSetOptions(
  program
    .command("types")
    .description("write the TypeScript declarations (.d.ts) of a config")
    .argument("[files...]", "code modules declaring further options")
    .option("-o, --out <file>", "write to this file instead of stdout"),
).action(async (files: string[], options) => {
  const { typesCommand } = await import("./commands/schema.js");
  await typesCommand(files, options);
});

withPackageSetOptions(
  program
    .command("docs")
    .description("render the option documentation")
    .argument("[files...]", "config modules (their options are documented too)")
    .addOption(new Option("--format <format>", "output format (compat: which hypervisor honours each option)").choices(["json", "md", "html", "man", "compat"]).default("md"))
    .option("-o, --out <path>", "write to this file instead of stdout")
    .option("--only-given", "document only the options the given files declare")
    .option("--source-url <template>", "link declarations to this URL ({path} and {line} are replaced)")
    .option("--title <title>", "title of the HTML page (and its heading) and name of the man page")
    .option("--from <options.json>", "document the options of this options.json (nixosOptionsDoc's, or a doc list); repeatable: one scope each", collect, [])
    .option("--scope-name <name>", "name of the scope of the --from at the same position (default: the file's name)", collect, [])
    .option("--hypervisor-support", "html: show which hypervisor uses, ignores, warns about or refuses each microvm option (needs a package set with every hypervisor, e.g. --pkgs)"),
).action(async (files: string[], options) => {
  const { docsCommand } = await import("./commands/docs.js");
  await docsCommand(files, options);
});

withPackageSetOptions(
  program
    .command("runner")
    .description("build the runner of a config (bin/microvm-run, bin/microvm-shutdown, share/microvm/…)")
    .argument("[files...]", "config modules")
    .option("--hypervisor <name>", "build this hypervisor's runner (default: microvm.hypervisor)")
    .option("-o, --out <dir>", "write the runner into this folder (replaced whole)")
    .option("--store <dir>", "folder for the files its scripts refer to (default: $XDG_STATE_HOME/microvm/store)")
    .option("--json", "print the runner (scripts, files, passthru) as JSON"),
).action(async (files: string[], options) => {
  const { runnerCommand } = await import("./commands/runner.js");
  await runnerCommand(files, options);
});

withPackageSetOptions(
  program
    .command("run")
    .description("build the runner and start the microVM (bin/microvm-run)")
    .argument("[files...]", "config modules")
    .option("--hypervisor <name>", "use this hypervisor (default: microvm.hypervisor)")
    .option("--state <dir>", "the VM's state folder, where it runs (default: $XDG_STATE_HOME/microvm/vms/<hostName>)")
    .option("-o, --out <dir>", "runner folder, replaced on every run (default: <state>/runner)")
    .option("--store <dir>", "folder for the files its scripts refer to (default: $XDG_STATE_HOME/microvm/store)"),
).action(async (files: string[], options) => {
  const { runCommand } = await import("./commands/runner.js");
  await runCommand(files, options);
});

withPackageSetOptions(
  program
    .command("shutdown")
    .description("shut the microVM down (bin/microvm-shutdown)")
    .argument("[files...]", "config modules")
    .option("--hypervisor <name>", "the hypervisor it runs with (default: microvm.hypervisor)")
    .option("--state <dir>", "the VM's state folder (default: $XDG_STATE_HOME/microvm/vms/<hostName>)")
    .option("-o, --out <dir>", "runner folder (default: <state>/runner)")
    .option("--store <dir>", "folder for the files its scripts refer to (default: $XDG_STATE_HOME/microvm/store)"),
).action(async (files: string[], options) => {
  const { shutdownCommand } = await import("./commands/runner.js");
  await shutdownCommand(files, options);
});

/**
 * `--show-trace`: the error's stack, then the stack of each error it wraps
 * (`cause`): the config's own code, at its lines in the .ts files (source maps are on).
 */
function traceOf(error: unknown): string {
  let text = "";
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    text += `${depth === 0 ? "" : "caused by: "}${e.stack ?? `${e.name}: ${e.message}`}\n`;
  }
  return text;
}

/** Prints an error as `error: <message>` (no stack trace unless asked) and sets the exit code. */
function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // help and version exit 0; commander printed the usage problem already
    return error.exitCode === 0 ? 0 : 2;
  }
  const showTrace = program.opts<{ showTrace?: boolean }>().showTrace === true;
  const message = error instanceof Error ? error.message : String(error);
  // failed assertions print as NixOS prints them; anything else as `error: …`
  const isAssertions = error instanceof Error && error.name === "AssertionsFailed";
  process.stderr.write(printable(`${isAssertions ? "" : "error: "}${message.replace(/^\n+/, "")}\n`));
  if (showTrace) process.stderr.write(printable(traceOf(error)));
  return error instanceof UsageError ? 2 : 1;
}

// output piped into a program that stops reading (`| head`) is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}
