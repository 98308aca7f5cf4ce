import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Parallel builds (browser tests while developing) each need their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // npm test type-checks the whole project (tsc --noEmit) before building, so the build does not
  // repeat it; this also keeps `npm start` fast for learners.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default withNextIntl(nextConfig);
