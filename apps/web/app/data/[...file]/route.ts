import { getExportFiles } from "@/data/getExportFiles";

export const dynamic = "force-static";
export const dynamicParams = false;

const TYPES: Record<string, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  jsonl: "application/jsonl; charset=utf-8",
  parquet: "application/vnd.apache.parquet",
};

/** One file per export, written into the static site at build time under /data/. */
export function generateStaticParams() {
  return getExportFiles().map((f) => ({ file: f.path.split("/") }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const path = (await params).file.join("/");
  const file = getExportFiles().find((f) => f.path === path);
  if (!file) return new Response("No such export.", { status: 404 });
  const extension = path.slice(path.lastIndexOf(".") + 1);
  return new Response(file.content, { headers: { "Content-Type": TYPES[extension] ?? "application/octet-stream" } });
}
