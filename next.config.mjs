// Every page may boot a WebContainer, which needs a cross-origin isolated page
// (SharedArrayBuffer). All our assets, Monaco included, come from this origin,
// so require-corp costs nothing.
const isolationHeaders = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel builds (e2e runs on several ports) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Compiled by scripts before `next build`; never bundled into pages.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  // app/global-not-found.tsx: the app has two root layouts (`/` and `/[locale]`).
  experimental: { globalNotFound: true },
  async headers() {
    return [{ source: '/:path*', headers: isolationHeaders }];
  },
};

export default nextConfig;
