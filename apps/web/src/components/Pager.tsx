import { Link } from "./Link";

/** Links to every page of a paged index, the current one marked; nothing when there is one page. */
export function Pager({
  page,
  pages,
  hrefOf,
  label,
}: {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
  /** What is paged, for the navigation's name ("Pages of sources"). */
  label: string;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <ol>
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <Link href={hrefOf(n)} aria-current="page">
                {n}
              </Link>
            ) : (
              <Link href={hrefOf(n)}>{n}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
