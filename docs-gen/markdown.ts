/**
 * CommonMark option reference, written the way nixos-render-docs writes
 * `nixosOptionsDoc`'s `optionsCommonMark` (which microvm.nix's `pkgs/doc.nix` publishes),
 * e.g. (`·` marks the blank lines nixos-render-docs leaves):
 *
 *     ## microvm\.vcpu
 *     ···
 *     Number of virtual CPU cores
 *     ···
 *     *Type:*
 *     positive integer, meaning >0
 *     ···
 *     *Default:*
 *     ` 1 `
 *     ·
 *     *Declared by:*
 *      - [modules/microvm/options\.ts:42](https://…)
 */
import { CommonMarkRenderer, mdMakeCode } from "./commonmark-renderer.js";
import type { LiteralValue } from "./doc-list.js";
import { createDescriptionParser } from "./markdown-parser.js";
import {
  buildOptionModel,
  compareCodePoints,
  mdEscape,
  OptionRenderError,
  type DocsOptions,
  type OptionDoc,
  scopesOf,
} from "./model.js";

class OptionMarkdownWriter {
  private readonly parser = createDescriptionParser();
  private readonly renderer = new CommonMarkRenderer();

  private render(markdown: string): string {
    return this.renderer.render(this.parser.parse(markdown, {}));
  }

  private renderValue(label: string, value: LiteralValue): string[] {
    const body = value._type === "literalMD" ? value.text : mdMakeCode(value.text);
    return [this.render(`*${label}:*\n${body}`)];
  }

  /** The lines of one option's body: description, type, default, example, related packages, declarations. */
  optionLines(option: OptionDoc): string[] {
    const blocks: string[][] = [];
    if (option.description) blocks.push([this.render(option.description)]);
    if (option.type) {
      const readOnly = option.readOnly ? " *(read only)*" : "";
      blocks.push([this.render(`*Type:*\n${mdEscape(option.type)}${readOnly}`)]);
    }
    if (option.default) blocks.push(this.renderValue("Default", option.default));
    if (option.example) blocks.push(this.renderValue("Example", option.example));
    if (option.relatedPackages) blocks.push(["*Related packages:*", this.render(option.relatedPackages)]);
    if (option.declarations.length > 0) {
      blocks.push([
        "*Declared by:*",
        ...option.declarations.map(({ name, url }) =>
          url === undefined ? ` - ${mdEscape(name)}` : ` - [${mdEscape(name)}](${url})`,
        ),
      ]);
    }
    // blocks are separated by an empty line; the last one is not followed by one
    for (const block of blocks.slice(0, -1)) if (block.length > 0) block.push("");
    return blocks.flat();
  }
}

/**
 * Renders the option reference as CommonMark, byte for byte the way nixos-render-docs
 * (`options commonmark`) renders nixosOptionsDoc's options.json: internal and invisible
 * options are left out; options are sorted by path (`enable*` first, `package*` second);
 * each has a `## name` heading (escaped: `microvm\.vcpu`), then its description, `*Type:*`,
 * `*Default:*`, `*Example:*` (inline code for one line, fenced for several) and
 * `*Declared by:*` (linked through `options.sourceUrl`).
 *
 * @example renderMarkdown(docList, { sourceUrl: "https://github.com/o/r/blob/main/{path}#L{line}" })
 */
export function renderMarkdown(docList: unknown, options: DocsOptions = {}): string {
  const model = buildOptionModel(docList, options);
  const writer = new OptionMarkdownWriter();
  // nixos-render-docs renders the options in options.json's key order (Nix sorts attribute
  // names) with one renderer whose paragraph state carries over between options, so which
  // option comes first there decides which description starts without a blank-line gap.
  const renderOrder = [...model].sort((a, b) => compareCodePoints(a.name, b.name));
  const lines = new Map<string, string[]>();
  for (const option of renderOrder) {
    try {
      lines.set(option.anchor, writer.optionLines(option));
    } catch (error) {
      throw new OptionRenderError(`cannot render the documentation of option \`${option.name}\`: ${(error as Error).message}`);
    }
  }
  const result: string[] = [];
  // several option sets (`--from a.json --from b.json`): a `#` heading before each one's options
  const scoped = scopesOf(model).length > 1;
  let scope: string | undefined;
  for (const option of model) {
    if (scoped && option.scope !== scope) {
      scope = option.scope;
      result.push(`# ${mdEscape(scope ?? "")}\n`);
    }
    result.push(`## ${mdEscape(option.name)}\n`, ...lines.get(option.anchor)!, "\n\n");
  }
  return result.join("\n");
}
