import "chat-widgets/styles.css";
import type { ReactNode } from "react";

export const metadata = { title: "Next.js consumer" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
