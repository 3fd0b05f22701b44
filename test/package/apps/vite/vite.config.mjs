// Default production settings; CSS_MINIFY=esbuild builds the variant with `build.cssMinify: "esbuild"`.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const esbuild = process.env.CSS_MINIFY === "esbuild";
export default defineConfig({
  plugins: [react()],
  // The test serves the variant under /esbuild/.
  base: esbuild ? "/esbuild/" : "/",
  build: {
    outDir: esbuild ? "dist-esbuild" : "dist",
    ...(esbuild ? { cssMinify: "esbuild" } : {}),
    rollupOptions: { input: { main: "index.html", link: "link.html" } },
  },
});
