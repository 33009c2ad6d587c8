import NextLink from "next/link";
import type { ComponentProps } from "react";

/** An internal link that navigates client-side but never prefetches, so pages with many links stay calm on the network. */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
