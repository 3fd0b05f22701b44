import { z } from "zod";

const Item = z.object({
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int().min(1),
  price: z.string(),
});

const WidgetState = z.object({
  order: z.object({
    id: z.string(),
    number: z.string(),
    status: z.enum(["Processing", "Shipped", "Delivered"]),
    note: z.string().optional(),
    items: z.array(Item),
  }),
});

export default WidgetState;
