/** Notices about the page's address (filters or years that could not be used), announced as a status; nothing when there are none. */
export function NoticeList({ intro, notices }: { intro?: string; notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      {intro ? <p>{intro}</p> : null}
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
