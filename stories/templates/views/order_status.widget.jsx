<Card size="md">
  <Row align="center">
    <Title value={`Order ${order.number}`} size="sm" />
    <Spacer />
    <Badge label={order.status} color={order.status === "Shipped" ? "success" : "info"} variant="soft" />
  </Row>
  <Divider flush />
  <Col gap={2}>
    {order.items.map((item) => (
      <Row key={item.sku} gap={2}>
        <Text value={item.name} size="sm" />
        <Spacer />
        <Text value={`${item.quantity} × ${item.price}`} size="sm" color="secondary" />
      </Row>
    ))}
  </Col>
  {order.note != null && <Caption value={order.note} />}
  <Row gap={2}>
    <Button label="Track" iconStart="map-pin" onClickAction={{ type: "order.track", handler: "client", payload: { id: order.id } }} />
    <Button label="Cancel" variant="outline" color="danger" disabled={order.status === "Shipped"} onClickAction={{ type: "order.cancel", payload: { id: order.id } }} />
  </Row>
</Card>
