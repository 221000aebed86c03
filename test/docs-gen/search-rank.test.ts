import { describe, expect, it } from "vitest";
import { prepareSearch, rankOptions, rankSearch, type SearchEntry } from "../../docs-gen/search-rank.js";
import { loadGoldenDocList } from "./golden.js";
import { describeRelevance, loadRelevanceList, scoreRelevance } from "./relevance.js";

const entry = (name: string, description = ""): SearchEntry => ({ name, description });

describe("ranked option search", () => {
  const entries = [
    entry("a.memory.size", "How much mem."),
    entry("a.mem", "The memory."),
    entry("a.memBalloon", "A balloon."),
    entry("a.mem.enable", "Whether to use memory."),
    entry("b.other", "Mentions mem in passing."),
    entry("a.mem.extra"),
  ];

  it("orders exact path, path prefix, last component, enable, other names, descriptions", () => {
    expect(rankOptions(entries, "a.mem")).toEqual(["a.mem", "a.mem.extra", "a.mem.enable", "a.memBalloon", "a.memory.size"]);
    expect(rankOptions(entries, "mem")).toEqual(["a.mem", "a.memBalloon", "a.mem.enable", "a.mem.extra", "a.memory.size", "b.other"]);
    expect(rankOptions(entries, "memballoon")).toEqual(["a.memBalloon"]);
  });

  it("ranks a module's enable option above its other options", () => {
    const list = [entry("x.graphics.backend"), entry("x.graphics.socket"), entry("x.graphics.enable")];
    expect(rankOptions(list, "graphics")[0]).toBe("x.graphics.enable");
  });

  it("needs every word, in the name or the description", () => {
    expect(rankOptions(entries, "mem balloon")).toEqual(["a.memBalloon"]);
    expect(rankOptions(entries, "mem passing")).toEqual(["b.other"]);
    expect(rankOptions(entries, "nothing here")).toEqual([]);
    expect(rankOptions(entries, "  ")).toEqual([]);
  });

  it("tolerates one typo in a word that occurs nowhere, and highlights the corrected part", () => {
    const list = [entry("microvm.vcpu"), entry("microvm.cpu"), entry("microvm.hypervisor")];
    expect(rankOptions(list, "vpcu")).toEqual(["microvm.vcpu"]);
    expect(rankOptions(list, "hypervsior")).toEqual(["microvm.hypervisor"]);
    expect(rankOptions(list, "hypervisr")).toEqual(["microvm.hypervisor"]);
    expect(rankOptions(list, "hyprvsior")).toEqual([]); // two typos
    expect(rankOptions(list, "vcpu")).toEqual(["microvm.vcpu"]); // found as typed: cpu is not "vcpu with a typo"
    const [hit] = rankSearch(prepareSearch(list), "vpcu");
    expect(hit!.ranges).toEqual([[8, 12]]);
  });

  it("returns the name ranges that matched, merged", () => {
    const [hit] = rankSearch(prepareSearch([entry("microvm.hotplugMem")]), "hot plug");
    expect(hit!.ranges).toEqual([[8, 15]]);
  });

  it("meets the relevance list on the microvm options (Success@1, Success@3)", () => {
    const golden = loadGoldenDocList("options.json").filter((e) => e.visible && !e.internal);
    const list = golden.map((e) => entry(e.name, e.description ?? ""));
    const cases = loadRelevanceList();
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const result = scoreRelevance(cases, cases.map((c) => rankOptions(list, c.query)));
    console.log(describeRelevance("Node, options.json", cases, result));
    expect(result.misses).toEqual([]);
  });
});
