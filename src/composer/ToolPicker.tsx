import { DropdownMenu } from "radix-ui";
import { ComposerIcon } from "./icons";
import { Icon } from "../components/Icon";

/** ChatKit `composer.tools[]` (WIDGET-SPEC §7.3). */
export interface ToolOption {
  id: string;
  label: string;
  /** A ChatKit icon name. */
  icon: string;
  /** Shown on the chip while the tool is selected. */
  shortLabel?: string;
  /** The composer's placeholder while the tool is selected. */
  placeholderOverride?: string;
  /** Shown as a toggle button beside the menu instead of inside it. */
  pinned?: boolean;
  /** Stays selected after a message is sent. */
  persistent?: boolean;
}

/** ChatKit `composer.models[]`. */
export interface ModelOption {
  id: string;
  label: string;
  description?: string;
  disabled?: boolean;
  default?: boolean;
}

export function ToolToggle({
  tool,
  pressed,
  disabled,
  onPressedChange,
}: {
  tool: ToolOption;
  pressed: boolean;
  disabled?: boolean;
  onPressedChange: (pressed: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="cw-composer__pill"
      aria-pressed={pressed}
      disabled={disabled}
      data-state={pressed ? "on" : "off"}
      onClick={() => onPressedChange(!pressed)}
    >
      <Icon name={tool.icon} size="inherit" />
      <span>{pressed ? (tool.shortLabel ?? tool.label) : tool.label}</span>
    </button>
  );
}

export function SelectedToolChip({ tool, onRemove, disabled }: { tool: ToolOption; onRemove: () => void; disabled?: boolean }) {
  return (
    <span className="cw-composer__pill cw-composer__tool-chip" data-state="on">
      <Icon name={tool.icon} size="inherit" />
      <span>{tool.shortLabel ?? tool.label}</span>
      <button
        type="button"
        className="cw-composer__chip-remove"
        aria-label={`Remove ${tool.label}`}
        title={`Remove ${tool.label}`}
        disabled={disabled}
        onClick={onRemove}
      >
        <ComposerIcon glyph="x" />
      </button>
    </span>
  );
}

// Menus are portalled into the composer so that they inherit its theme variables (a nested `data-cw-theme`).
type Container = HTMLElement | null;

export function ToolMenu({
  tools,
  selectedToolId,
  onSelect,
  disabled,
  container,
}: {
  tools: readonly ToolOption[];
  selectedToolId: string | null;
  onSelect: (toolId: string | null) => void;
  disabled?: boolean;
  container: Container;
}) {
  // The icon-only trigger says which tool is on, so the choice is heard without opening the menu.
  const selected = tools.find((tool) => tool.id === selectedToolId);
  const name = selected ? `Tools, ${selected.label} selected` : "Tools";
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild disabled={disabled}>
        <button type="button" className="cw-composer__icon-button" aria-label={name} title={name}>
          <Icon name="plus" size="inherit" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content className="cw-composer__menu" side="top" align="start" sideOffset={6}>
          <DropdownMenu.Label className="cw-composer__menu-label">Tools</DropdownMenu.Label>
          <DropdownMenu.RadioGroup
            value={selectedToolId ?? ""}
            onValueChange={(value) => onSelect(value === selectedToolId ? null : value)}
          >
            {tools.map((tool) => (
              <DropdownMenu.RadioItem key={tool.id} value={tool.id} className="cw-composer__menu-item">
                <Icon name={tool.icon} size="inherit" />
                <span className="cw-composer__menu-text">{tool.label}</span>
                <DropdownMenu.ItemIndicator className="cw-composer__menu-check">
                  <Icon name="check" size="inherit" />
                </DropdownMenu.ItemIndicator>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

export function ModelPicker({
  models,
  selectedModelId,
  onSelect,
  disabled,
  container,
}: {
  models: readonly ModelOption[];
  selectedModelId: string | null;
  onSelect: (modelId: string) => void;
  disabled?: boolean;
  container: Container;
}) {
  const selected = models.find((model) => model.id === selectedModelId);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild disabled={disabled}>
        <button type="button" className="cw-composer__model-trigger" aria-label={`Model: ${selected?.label ?? "none"}`}>
          <span>{selected?.label ?? "Model"}</span>
          <ComposerIcon glyph="chevron-down" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content className="cw-composer__menu" side="top" align="end" sideOffset={6}>
          <DropdownMenu.Label className="cw-composer__menu-label">Model</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={selectedModelId ?? ""} onValueChange={onSelect}>
            {models.map((model) => (
              <DropdownMenu.RadioItem
                key={model.id}
                value={model.id}
                disabled={model.disabled}
                className="cw-composer__menu-item"
              >
                <span className="cw-composer__menu-text">
                  <span>{model.label}</span>
                  {model.description && <span className="cw-composer__menu-description">{model.description}</span>}
                </span>
                <DropdownMenu.ItemIndicator className="cw-composer__menu-check">
                  <Icon name="check" size="inherit" />
                </DropdownMenu.ItemIndicator>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
