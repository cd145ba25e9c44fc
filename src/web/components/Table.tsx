import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A table that scrolls sideways inside its box on narrow screens; the last column may hold actions. */
export function Table({ columns, withActions = false, children }: { columns: string[]; withActions?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {withActions && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
