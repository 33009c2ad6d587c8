import { textIn, type Frozen, type Language, type Parley, type Statement } from "@parley/core";
import { LocalLinkedText } from "@/components/LocalLinkedText";
import { RecordLink } from "@/components/RecordLink";
import { viewText } from "./viewText";

/**
 * One statement in a list, in the page's language: who spoke (unless the page is theirs), what they said in our
 * words, and the event it was said at (unless the page is the event's).
 */
export function StatementLine({
  parley,
  statement,
  language,
  speaker = true,
  event = true,
}: {
  parley: Parley;
  statement: Frozen<Statement>;
  language: Language;
  speaker?: boolean;
  event?: boolean;
}) {
  const summary = textIn(statement, "summary", language)!;
  return (
    <>
      {speaker ? (
        <>
          <RecordLink parley={parley} id={statement.speaker} language={language} />:{" "}
        </>
      ) : null}
      <LocalLinkedText parley={parley} value={summary} language={language} />{" "}
      {event ? (
        <span className="meta">
          — {viewText[language].at}
          <RecordLink parley={parley} id={statement.event} language={language} />
        </span>
      ) : null}
    </>
  );
}
