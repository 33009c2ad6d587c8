"use client";
import NextLink from "next/link";
import type { ComponentProps } from "react";
import { useLanguage } from "@/i18n/LanguageProvider";
import { localePath } from "@/i18n/localePath";

/**
 * An internal link that stays in the page's language (`/events/` becomes `/vi/events/` on the Vietnamese site),
 * navigates client-side and never prefetches, so pages with many links stay calm on the network.
 */
export function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const language = useLanguage();
  const target = typeof href === "string" ? localePath(language, href) : href;
  return <NextLink prefetch={false} href={target} {...props} />;
}
