/**
 * A label with its `{name}` placeholders filled ("№ {number}" → "№ 12"). Labels live in
 * designer-editable JSON, so an unknown placeholder is left visible rather than dropped.
 */
export function fillLabel(label: string, values: Readonly<Record<string, string | number>>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
