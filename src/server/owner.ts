// How a store names the owner of a request's data (the per-user scoping of `ChatKitStore`), shared by the
// memory, SQLite and PostgreSQL stores so that all three refuse the same mistakes the same way.

/**
 * `ownerKey` option of every store: names the owner of the data a request may see, from the app's context
 * (e.g. `(ctx) => ctx.userId`). Must return a non-empty string; anything else fails the request (nothing is
 * read or written).
 */
export type OwnerKey<Context> = (context: Context) => string;

/**
 * The owner of `context`'s data, as `store` (its factory's name, used in error messages) computes it.
 *
 * Without `ownerKey`, a request with no app context (`undefined`: a handler without a `context` option) uses
 * one shared space (owner `""`); a request WITH a context throws, so an app that has users cannot share
 * everyone's threads by forgetting the option. `ownerKey: () => "shared"` shares deliberately.
 */
export function ownerResolver<Context>(store: string, ownerKey: OwnerKey<Context> | undefined): (context: Context) => string {
  return function ownerOf(context: Context): string {
    if (!ownerKey) {
      if (context === undefined) return "";
      throw new Error(
        `${store}: requests carry an app context but the store has no ownerKey, so it cannot keep users ` +
          `apart. Pass ${store}({ ownerKey: (context) => context.userId }), or ownerKey: () => "shared" to ` +
          "share every thread deliberately.",
      );
    }
    const owner = ownerKey(context);
    if (typeof owner !== "string" || owner === "") throw new Error(`${store}: ownerKey(context) must return a non-empty string.`);
    return owner;
  };
}
