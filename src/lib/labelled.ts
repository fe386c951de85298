/**
 * A closed list of values and the words people read for each, written once: the labels name
 * every value in the order it is listed, so a value cannot be added without its label nor
 * listed twice. The list feeds `z.enum` and loops; the type is `(typeof values)[number]`.
 */
export function labelled<const Value extends string>(
  labels: Record<Value, string>,
): { values: readonly [Value, ...Value[]]; labels: Record<Value, string> } {
  return { values: Object.keys(labels) as [Value, ...Value[]], labels };
}
