/**
 * The components of a bill or a receipt as a table: each component with its tax year (arrears
 * marked), its amount in rupiah, and the total in the footer.
 *
 * @internal
 * @module
 */
import type { PkbComponent } from '@gerbang/contracts';
import { formatRupiah } from './format.ts';
import type { PkbMessages } from './messages.ts';

/** The props of {@link ComponentsTable}. @internal */
export interface ComponentsTableProps {
  readonly t: PkbMessages;
  /** The table's caption. */
  readonly caption: string;
  /** The components. */
  readonly components: readonly PkbComponent[];
  /** The tax year of the bill: components of earlier years are arrears. */
  readonly taxYear: number;
  /** The total, the sum of the components. */
  readonly total: number;
  /** The `data-testid` of the total's cell. */
  readonly totalTestId?: string;
}

/** The components table. @internal */
export function ComponentsTable({ t, caption, components, taxYear, total, totalTestId }: ComponentsTableProps) {
  return (
    <table class="gb-pajak-kendaraan-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.componentColumn}</th>
          <th scope="col">{t.yearColumn}</th>
          <th scope="col" class="gb-pajak-kendaraan-amount">
            {t.amountColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {components.map((component, index) => (
          <tr key={`${component.kind}-${component.taxYear}-${index}`} data-kind={component.kind}>
            <th scope="row">{t.components[component.kind]}</th>
            <td>
              {component.taxYear}
              {component.taxYear < taxYear ? ` (${t.arrears})` : ''}
            </td>
            <td class="gb-pajak-kendaraan-amount" data-amount={component.amount}>
              {formatRupiah(component.amount)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t.total}
          </th>
          <td class="gb-pajak-kendaraan-amount" data-testid={totalTestId} data-amount={total}>
            {formatRupiah(total)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
