/** A bare root layout: html, body, the page. */
export default function Layout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

export const metadata = { title: "Floor", description: "A bare page of the same Next setup, for Lighthouse ratios." };
