import type { CSSProperties, ReactNode } from "react";
import { TOKENS, type TokenInfo } from "../../src/tokens";
import "./foundations.css";

/** Token data by name, from the generated TOKENS list. */
const BY_NAME = new Map(TOKENS.map((token) => [token.name, token]));

export function tokenInfo(name: string): TokenInfo {
  const info = BY_NAME.get(name);
  if (!info) throw new Error(`no token named ${name}`);
  return info;
}

export function tokensIn(group: string): TokenInfo[] {
  return TOKENS.filter((token) => token.group === group);
}

export function Page({ children }: { children: ReactNode }) {
  return <div className="cw-fd-page">{children}</div>;
}

export function Section({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <section className="cw-fd-section" aria-label={title}>
      <h2 className="cw-fd-heading">{title}</h2>
      {lead ? <p className="cw-fd-lead">{lead}</p> : null}
      {children}
    </section>
  );
}

/**
 * The token's value in the theme the page is shown in. Both values are rendered and CSS shows the one for the
 * nearest data-cw-theme, because the page can be re-themed without a React render.
 */
export function ThemedValue({ token, show = "value" }: { token: TokenInfo; show?: "value" | "ref" }) {
  const light = show === "ref" ? (token.lightRef ?? token.light) : token.light;
  const dark = show === "ref" ? (token.darkRef ?? token.dark) : token.dark;
  if (light === dark) return <>{light}</>;
  return (
    <>
      <span className="cw-fd-light-value">{light}</span>
      <span className="cw-fd-dark-value">{dark}</span>
    </>
  );
}

/** A cell: a visual, then the token name and its value in the current theme. */
export function TokenCell({ token, children, detail }: { token: TokenInfo; children?: ReactNode; detail?: ReactNode }) {
  return (
    <li className="cw-fd-cell">
      {children}
      <span className="cw-fd-name">{token.name}</span>
      <span className="cw-fd-meta">{detail ?? <ThemedValue token={token} />}</span>
    </li>
  );
}

export function Swatch({ token, small = false }: { token: TokenInfo; small?: boolean }) {
  return (
    <div
      className={small ? "cw-fd-swatch cw-fd-swatch--small" : "cw-fd-swatch"}
      style={{ background: `var(${token.cssVar})` }}
      title={token.cssVar}
    />
  );
}

export function Grid({ cell, children, label }: { cell?: number; children: ReactNode; label?: string }) {
  return (
    <ul className="cw-fd-grid" aria-label={label} style={cell ? ({ "--cw-fd-cell": `${cell}px` } as CSSProperties) : undefined}>
      {children}
    </ul>
  );
}
