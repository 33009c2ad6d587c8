import type { Page } from "playwright-core";

/** One cell of a table as Chromium exposes it to assistive technology. */
export interface AccessibleCell {
  /** Its role: `columnheader`, `rowheader` or `cell` (anything else means the table lost its semantics). */
  role: string;
  /** Its accessible name, what a screen reader reads for it. */
  name: string;
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** A table as Chromium exposes it to assistive technology. */
export interface AccessibleTable {
  /** Its accessible name (from its caption), or "" when it has none. */
  name: string;
  /** Its rows, the header row first. */
  rows: AccessibleCell[][];
}

/** Every table on the page, in order, read from Chromium's own accessibility tree (not recomputed by a library). */
export async function accessibleTables(page: Page): Promise<AccessibleTable[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    return nodes
      .filter((n) => !n.ignored && n.role?.value === "table")
      .map((table) => ({ name: table.name?.value ?? "", rows: rowsOf(table, byId) }));
  } finally {
    await cdp.detach();
  }
}

function rowsOf(table: AXNode, byId: Map<string, AXNode>): AccessibleCell[][] {
  const rows: AccessibleCell[][] = [];
  const visit = (node: AXNode) => {
    if (!node.ignored && node.role?.value === "row") {
      rows.push(
        childrenOf(node, byId)
          .filter((c) => !c.ignored)
          .map((c) => ({ role: c.role?.value ?? "", name: c.name?.value ?? "" })),
      );
      return;
    }
    for (const child of childrenOf(node, byId)) visit(child);
  };
  for (const child of childrenOf(table, byId)) visit(child);
  return rows;
}

function childrenOf(node: AXNode, byId: Map<string, AXNode>): AXNode[] {
  return (node.childIds ?? []).flatMap((id) => {
    const child = byId.get(id);
    return child ? [child] : [];
  });
}
