// Next.js types "*.css" imports via next-env.d.ts; this keeps tsc happy without it.
declare module "katex/dist/katex.min.css";
