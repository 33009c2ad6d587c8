// The performance floor: the same Next version and static export as the site, one bare page, none of Parley's content.
export default { output: "export", trailingSlash: true, reactStrictMode: true, images: { unoptimized: true } };
