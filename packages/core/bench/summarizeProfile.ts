/** Reading a V8 `.cpuprofile`: where the time goes, by function, self and inclusive. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A V8 CPU profile as `node --cpu-prof` writes it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Time (ms) spent in a function itself and in it with everything it calls. */
export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
}

function nameOf(node: ProfileNode): string {
  const file = node.callFrame.url.split("/").slice(-2).join("/");
  return `${node.callFrame.functionName || "(anonymous)"}${file ? ` ${file}:${node.callFrame.lineNumber + 1}` : ""}`;
}

/** Self and inclusive time per function, largest inclusive first; recursion is counted once per stack. */
export function summarizeProfile(profile: CpuProfile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, FunctionTime>();
  const entry = (name: string) => {
    let t = totals.get(name);
    if (!t) totals.set(name, (t = { name, selfMs: 0, totalMs: 0 }));
    return t;
  };
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    entry(nameOf(node)).selfMs += ms;
    const seen = new Set<string>();
    for (let here: number | undefined = id; here !== undefined; here = parent.get(here)) {
      const name = nameOf(byId.get(here)!);
      if (seen.has(name)) continue;
      seen.add(name);
      entry(name).totalMs += ms;
    }
  }
  return [...totals.values()].sort((a, b) => b.totalMs - a.totalMs);
}
