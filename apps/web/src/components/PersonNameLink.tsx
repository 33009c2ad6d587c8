import { type Frozen, type Language, type Person } from "@parley/core";
import { nameOf } from "@/lib/frozenText";
import { pathFor } from "@/lib/paths";
import { NameText } from "./InLanguage";
import { Link } from "./Link";

/**
 * A link to a person's page with the name as the page's readers write it, and the name in its own script beside it
 * when that differs: "Vyacheslav Volodin (Вячеслав Володин)", on the Russian site "Чан Тхань Ман (Trần Thanh Mẫn)".
 */
export function PersonNameLink({
  person,
  language,
  showOriginal = true,
}: {
  person: Frozen<Person>;
  language: Language;
  /** False to show the name alone (in tables where the person's own page is one click away). */
  showOriginal?: boolean;
}) {
  const shown = nameOf(person, language);
  const original =
    showOriginal && person.nativeName && person.nativeName.name !== shown.text ? person.nativeName : null;
  return (
    <>
      <Link href={pathFor("people", person.id)}>
        <NameText value={shown} language={language} />
      </Link>
      {original ? (
        <span className="meta" lang={original.lang}>
          {" "}
          ({original.name})
        </span>
      ) : null}
    </>
  );
}
