import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";

export default function HomePage() {
  const stats = getParley().stats();
  return (
    <div className="page">
      <h1>Parley</h1>
      <p className="lede">A source-cited knowledge base of Vietnam–Russia relations.</p>
      <p>{stats.counts.events} events.</p>
      <Link href="/timeline/">Timeline</Link>
    </div>
  );
}
