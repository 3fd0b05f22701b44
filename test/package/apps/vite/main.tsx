// The stylesheet as a bundler user imports it: through the app's CSS pipeline (Lightning CSS by default).
import "chat-widgets/styles.css";
import { createRoot } from "react-dom/client";
import { Cases } from "./cases";

createRoot(document.getElementById("root")!).render(<Cases />);
