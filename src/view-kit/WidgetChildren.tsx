import { Component, type ErrorInfo } from "react";
import { childPath, NodeRenderScopeContext, type NodeRenderScope } from "./context";
import { ErrorCard } from "./ErrorCard";

interface NodeLike {
  type?: unknown;
  key?: unknown;
  id?: unknown;
}

interface InvalidNodeLike {
  type: "$invalid";
  path?: string;
  issues?: readonly { path?: string; message: string; severity?: string }[];
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

interface NodeWrapperProps {
  node: unknown;
  path: string;
}

/**
 * One node: the registered view of its type inside an error boundary, or the error card. A single class
 * component does all three jobs (boundary, type switch, memo on the node's identity and path) so each node
 * costs one wrapper, not three; the renderer keeps unchanged subtrees identical, so they are skipped on updates.
 */
export class WidgetNodeView extends Component<NodeWrapperProps, { error: Error | null }> {
  static contextType = NodeRenderScopeContext;
  declare context: NodeRenderScope;
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  shouldComponentUpdate(next: NodeWrapperProps, nextState: { error: Error | null }) {
    // Context changes (views, error handler) update the node regardless of this answer.
    return next.node !== this.props.node || next.path !== this.props.path || nextState.error !== this.state.error;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    this.context.reportError({
      kind: "render",
      message: `${this.props.path || "widget root"}: ${error.message}`,
      path: this.props.path,
      cause: { error, componentStack: info.componentStack },
    });
  }

  componentDidUpdate(previous: NodeWrapperProps) {
    // A new version of the node (a streamed update) gets another chance to render.
    if (this.state.error && previous.node !== this.props.node) this.setState({ error: null });
  }

  render() {
    const { node, path } = this.props;
    if (this.state.error) return <ErrorCard path={path} problems={[this.state.error.message]} />;
    if (!node || typeof node !== "object") {
      return <ErrorCard path={path} problems={["Expected a component object."]} />;
    }
    const candidate = node as NodeLike;
    if (isInvalidNode(candidate)) {
      // The card says why the node could not be drawn: its errors. Its warnings (a dropped action, say) are
      // reported with the rest, at the same severity everywhere (WidgetIssue.severity is the one source).
      const problems = (candidate.issues ?? [])
        .filter((issue) => issue.severity !== "warning")
        .map((issue) => (issue.path && issue.path !== (candidate.path ?? path) ? `${issue.path}: ${issue.message}` : issue.message));
      return <ErrorCard path={candidate.path ?? path} problems={problems} />;
    }
    const View = typeof candidate.type === "string" ? this.context.views[candidate.type] : undefined;
    if (!View) {
      return <ErrorCard path={path} problems={[`Unknown component type ${JSON.stringify(candidate.type)}.`]} />;
    }
    return <View node={node} path={path} />;
  }
}
