<ListView limit={5}>
  {tasks.map((task, index) => (
    <ListViewItem
      key={task.id}
      gap={3}
      onClickAction={task.done ? undefined : { type: "task.complete", handler: "client", payload: { id: task.id, position: index + 1 } }}
    >
      <Icon name={task.done ? "check-circle-filled" : "empty-circle"} color={task.done ? "success" : "secondary"} size="lg" />
      <Col gap={1}>
        <Text value={task.title} weight="medium" color={task.done ? "tertiary" : undefined} />
        {task.due && <Caption value={`Due ${task.due}`} />}
      </Col>
    </ListViewItem>
  ))}
</ListView>
