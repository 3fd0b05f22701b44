import { Component, memo, type ErrorInfo, type ReactNode } from "react";
import { useActionContext } from "../actions/ActionProvider";
import type { WidgetErrorHandler } from "../actions/types";
import { childPath, useNodeViews } from "./context";
import { ErrorCard } from "./ErrorCard";

interface NodeLike {
  type?: unknown;
  key?: unknown;
  id?: unknown;
}

interface InvalidNodeLike {
  type: "$invalid";
  path?: string;
  issues?: readonly { path?: string; message: string }[];
}

const isInvalidNode = (node: NodeLike): node is InvalidNodeLike => node.type === "$invalid";

/** React key of a child: its `key`, else its `id`, else its position (as ChatKit keys its trees). */
export function nodeKey(node: unknown, index: number): string {
  if (node && typeof node === "object") {
    const { key, id } = node as NodeLike;
    if (typeof key === "string" || typeof key === "number") return `k:${key}`;
    if (typeof id === "string" || typeof id === "number") return `i:${id}`;
  }
  return `n:${index}`;
}

export interface WidgetChildrenProps {
  /** The child nodes (`node.children`); a single node (Transition) is accepted too. */
  nodes: unknown;
  /** Path of the parent node; children get `<path>.children[i]`. */
  path: string;
  /** The property the nodes come from, when it is not `children`. @default "children" */
  field?: string;
}

/**
 * Renders child nodes through the view registry, each inside its own error boundary: an invalid
 * subtree, an unknown type or a view that throws shows the error card in its place.
 */
export function WidgetChildren({ nodes, path, field = "children" }: WidgetChildrenProps) {
  if (nodes === null || nodes === undefined) return null;
  if (!Array.isArray(nodes)) return <WidgetNodeView node={nodes} path={childPath(path, field)} />;
  return (
    <>
      {nodes.map((node, index) => (
        <WidgetNodeView key={nodeKey(node, index)} node={node} path={childPath(path, `${field}[${index}]`)} />
      ))}
    </>
  );
}

/**
 * One node: the registered view of its type in an error boundary, or the error card. Memoised on the node's
 * identity and path: the renderer keeps unchanged subtrees identical, so they are skipped on updates.
 */
export const WidgetNodeView = memo(function WidgetNodeView({ node, path }: { node: unknown; path: string }) {
  const { reportError } = useActionContext();
  return (
    <NodeErrorBoundary node={node} path={path} onError={reportError}>
      <NodeSwitch node={node} path={path} />
    </NodeErrorBoundary>
  );
});

function NodeSwitch({ node, path }: { node: unknown; path: string }) {
  const views = useNodeViews();
  if (!node || typeof node !== "object") {
    return <ErrorCard path={path} problems={["Expected a component object."]} />;
  }
  const candidate = node as NodeLike;
  if (isInvalidNode(candidate)) {
    const problems = (candidate.issues ?? []).map((issue) =>
      issue.path && issue.path !== (candidate.path ?? path) ? `${issue.path}: ${issue.message}` : issue.message,
    );
    return <ErrorCard path={candidate.path ?? path} problems={problems} />;
  }
  const View = typeof candidate.type === "string" ? views[candidate.type] : undefined;
  if (!View) {
    return <ErrorCard path={path} problems={[`Unknown component type ${JSON.stringify(candidate.type)}.`]} />;
  }
  return <View node={node} path={path} />;
}

interface BoundaryProps {
  node: unknown;
  path: string;
  onError: WidgetErrorHandler;
  children: ReactNode;
}

class NodeErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError({
      kind: "render",
      message: `${this.props.path || "widget root"}: ${error.message}`,
      path: this.props.path,
      cause: { error, componentStack: info.componentStack },
    });
  }

  componentDidUpdate(previous: BoundaryProps) {
    // A new version of the node (a streamed update) gets another chance to render.
    if (this.state.error && previous.node !== this.props.node) this.setState({ error: null });
  }

  render() {
    if (this.state.error) return <ErrorCard path={this.props.path} problems={[this.state.error.message]} />;
    return this.props.children;
  }
}
