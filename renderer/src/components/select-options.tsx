// The <option>s the detail panel's and the filters' selects share.

/** one option per value, shown with its label (severities, statuses) or as itself (phases) */
export function Options<T extends string>({ values, labels }: { values: readonly T[]; labels?: Readonly<Record<T, string>> }) {
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels ? labels[v] : v}
        </option>
      ))}
    </>
  );
}

/** a yes / no / unset choice: values "", "true", "false" */
export function YesNoOptions({ unset }: { unset: string }) {
  return (
    <>
      <option value="">{unset}</option>
      <option value="true">Yes</option>
      <option value="false">No</option>
    </>
  );
}
