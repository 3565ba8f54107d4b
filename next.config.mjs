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
  // Compiled by scripts before `next build`; never bundled into pages.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  async headers() {
    return [{ source: '/:path*', headers: isolationHeaders }];
  },
};

export default nextConfig;
