import type { Language } from "@parley/core";
import type { ReactNode } from "react";
import { componentText } from "./componentText";

/** A link that leaves the site: opens in a new tab without giving the other page a handle on this one, and says so. */
export function ExternalLink({
  href,
  children,
  className,
  language,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  language: Language;
}) {
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden">{componentText[language].externalLink.newTab}</span>
    </a>
  );
}
