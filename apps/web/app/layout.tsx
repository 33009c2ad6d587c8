import type { ReactNode } from "react";

/**
 * The root passes through: each language's site has a layout of its own with its `<html lang>` (`app/(en)` at the
 * root, `app/[lang]` for /vi/ and /ru/), and the 404 page writes its own.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
