import type { ReactNode } from "react";

/** One fact of a record page's `<dl className="facts">`: its term and what the record says. */
export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
