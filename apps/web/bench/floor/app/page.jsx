/** One heading and one paragraph: what a page costs before any of Parley's content or code. */
export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>A bare page of the same Next setup and static export, without Parley&apos;s content.</p>
    </main>
  );
}
