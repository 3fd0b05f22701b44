// Widget JSON the consumer apps render (no React: a Next.js server component imports it too).

/** A card with a text and a primary button whose client action carries the card's name. */
export function card(name: string, theme?: "light" | "dark") {
  return {
    type: "Card",
    ...(theme ? { theme } : {}),
    children: [
      { type: "Text", value: `Order ${name}` },
      { type: "Button", label: `Confirm ${name}`, onClickAction: { type: "order.confirm", handler: "client", payload: { id: name } } },
    ],
  };
}
