import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { OrganizationView } from "@/views/OrganizationView";

const parley = createParley(dataset);
const render = (id: string) => {
  const found = parley.getOrganization(id);
  if (!found.ok) throw new Error(found.error.message);
  return renderToStaticMarkup(<OrganizationView parley={parley} organization={found.value} language="en" />);
};

describe("OrganizationView", () => {
  test("lists a legislature's parts and offices from core's queries", () => {
    const html = render("federal-assembly-of-russia");
    const parts = parley.partsOf("federal-assembly-of-russia");
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(html).toContain(`href="/organizations/${part.id}/"`);
    const duma = render("state-duma");
    const posts = parley.postsOf("state-duma");
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect(duma).toContain(`href="/posts/${post.id}/"`);
  });

  test("lists the documents an organization is party to", () => {
    const party = dataset.documents.flatMap((d) => d.parties).find((id) => parley.kindOf(id) === "organizations");
    expect(party).toBeDefined();
    const html = render(party!);
    expect(html).toContain('id="documents"');
    const documents = parley.documentsOf(party!);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(html).toContain(`href="/documents/${document.id}/"`);
  });

  test("lists the reprints of a wire service's reporting with their publishers", () => {
    const wire = dataset.sources
      .map((s) => s.republishes)
      .find((id) => id !== undefined && parley.kindOf(id) === "organizations");
    expect(wire).toBeDefined();
    const html = render(wire!);
    const reprints = parley.republicationsOf(wire!);
    expect(reprints.length).toBeGreaterThan(0);
    expect(html).toContain('id="reprints"');
    for (const source of reprints) expect(html).toContain(`href="/sources/${source.id}/"`);
  });

  test("leaves out the sections an organization has nothing for", () => {
    const quiet = dataset.organizations.find(
      (o) =>
        parley.republicationsOf(o.id).length === 0 &&
        parley.documentsOf(o.id).length === 0 &&
        parley.sourcesPublishedBy(o.id).length === 0,
    );
    expect(quiet).toBeDefined();
    const html = render(quiet!.id);
    for (const id of ["reprints", "documents", "published"]) expect(html).not.toContain(`id="${id}"`);
  });
});

describe("OrganizationView in Russian", () => {
  test("heads with the organization's Russian name and lists its offices by their Russian labels", () => {
    const found = parley.getOrganization("state-duma");
    if (!found.ok) throw new Error(found.error.message);
    const html = renderToStaticMarkup(<OrganizationView parley={parley} organization={found.value} language="ru" />);
    expect(html).toContain("<h1>Государственная дума</h1>");
    expect(html).toContain(">Председатель Государственной думы</a>");
    expect(html).toContain('<h2 id="names">Имена</h2>');
    // The preferred name stays the English one, marked as English.
    expect(html).toContain('<span lang="en">State Duma</span>');
  });
});
