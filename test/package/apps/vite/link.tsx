// The same widgets with the stylesheet from a plain <link> (?css=<url>), untouched by the app's CSS pipeline.
import { createRoot } from "react-dom/client";
import { Cases } from "./cases";

const link = document.createElement("link");
link.rel = "stylesheet";
link.href = new URLSearchParams(location.search).get("css") ?? "/styles.css";
link.onload = () => createRoot(document.getElementById("root")!).render(<Cases />);
document.head.append(link);
