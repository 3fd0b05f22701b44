/**
 * The class that hides an element visually while screen readers still read it (a live region, status text).
 * Its rule is in `utilities.css`, part of the package's one `styles.css`.
 */
export const VISUALLY_HIDDEN_CLASS = "cw-visually-hidden";
