import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPackage, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, type Schemas, unwrap } from '../../platform/api/client';
import { useFormat } from '../../platform/i18n/format';
import { ConfirmMutationDialog } from '../../platform/ui/dialogs';
import { ExportCsvButton } from '../../platform/ui/ExportCsvButton';
import { EditorModal, SaveForm, useSaveForm } from '../../platform/ui/forms';
import { currencyCodes, currencyDigits, fromMinor, toMinor } from '../../platform/ui/money';
import { PagedTable, usePagedQuery } from '../../platform/ui/PagedTable';
import { PageHeader } from '../../platform/ui/PageHeader';
import { ProblemAlert } from '../../platform/ui/ProblemAlert';
import { EditDeleteActions } from '../../platform/ui/RowActions';

type ProductLine = Schemas['ProductLine'];
type Product = Schemas['Product'];

export const catalogKeys = {
  all: ['catalog'] as const,
  lines: ['catalog', 'lines'] as const,
  products: ['catalog', 'products'] as const,
};

/** Every product line (for pickers and filters): a workspace has tens, not thousands. */
export const allLinesQuery = {
  queryKey: [...catalogKeys.lines, 'all'],
  queryFn: () =>
    unwrap(api.GET('/api/v1/product-lines', { params: { query: { limit: 200, sort: 'code' } } })),
};

/** Staff: the product catalogue — product lines and products with list prices per currency. */
export function ProductsPage() {
  const { t } = useTranslation();
  const [editingLine, setEditingLine] = useState<ProductLine | 'new' | null>(null);
  const [editingProduct, setEditingProduct] = useState<Product | 'new' | null>(null);
  const lines = useQuery(allLinesQuery);
  const hasLines = (lines.data?.data.length ?? 0) > 0;
  return (
    <>
      <PageHeader
        title={t('catalog.title')}
        description={t('catalog.description')}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditingLine('new')}
              data-testid="line-new"
            >
              {t('catalog.newLine')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditingProduct('new')}
              disabled={!hasLines}
              data-testid="product-new"
            >
              {t('catalog.newProduct')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xl">
        <LinesSection onEdit={setEditingLine} />
        <ProductsSection lines={lines.data?.data ?? []} onEdit={setEditingProduct} />
      </Stack>
      <EditorModal
        editing={editingLine}
        onClose={() => setEditingLine(null)}
        newTitle={t('catalog.newLine')}
        editTitle={t('catalog.editLine')}
      >
        {(line) => <LineForm line={line} onDone={() => setEditingLine(null)} />}
      </EditorModal>
      <EditorModal
        editing={editingProduct}
        onClose={() => setEditingProduct(null)}
        newTitle={t('catalog.newProduct')}
        editTitle={t('catalog.editProduct')}
        size="lg"
      >
        {(product) => (
          <ProductForm
            product={product}
            lines={lines.data?.data ?? []}
            onDone={() => setEditingProduct(null)}
          />
        )}
      </EditorModal>
    </>
  );
}

function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'green' : 'gray'} variant="light">
      {active ? t('catalog.active') : t('catalog.inactive')}
    </Badge>
  );
}

/** The active switch and edit/delete buttons of a line or product row. */
function RowActions({
  item,
  onToggle,
  onEdit,
  onDelete,
}: {
  item: { name: string; active: boolean };
  onToggle: (active: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Switch
        checked={item.active}
        aria-label={
          item.active
            ? t('catalog.deactivate', { name: item.name })
            : t('catalog.activate', { name: item.name })
        }
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      <EditDeleteActions
        editLabel={t('catalog.edit', { name: item.name })}
        deleteLabel={t('catalog.delete', { name: item.name })}
        onEdit={onEdit}
        onDelete={onDelete}
      />
    </Group>
  );
}

/** The active / inactive filter of both tables. */
function StatusSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('catalog.status')}
      data={[
        { value: '', label: t('catalog.allStatuses') },
        { value: 'true', label: t('catalog.active') },
        { value: 'false', label: t('catalog.inactive') },
      ]}
      value={value}
      onChange={(v) => onChange(v ?? '')}
      allowDeselect={false}
    />
  );
}

/** Switches `active` on a line or product (If-Match on the version shown). */
function useToggleActive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (v: { kind: 'line' | 'product'; id: string; version: number; active: boolean }) => {
      const header = ifMatch(v.version) as never;
      if (v.kind === 'line') {
        await unwrap(
          api.PATCH('/api/v1/product-lines/{productLineId}', {
            params: { path: { productLineId: v.id }, header },
            body: { active: v.active },
          }),
        );
      } else {
        await unwrap(
          api.PATCH('/api/v1/products/{productId}', {
            params: { path: { productId: v.id }, header },
            body: { active: v.active },
          }),
        );
      }
    },
    onSettled: () => qc.invalidateQueries({ queryKey: catalogKeys.all }),
  });
}

function LinesSection({ onEdit }: { onEdit: (l: ProductLine) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [active, setActive] = useState('');
  const [deleting, setDeleting] = useState<ProductLine | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const toggle = useToggleActive();
  const filters = {
    sort: 'code' as const,
    ...(debounced ? { q: debounced } : {}),
    ...(active ? { 'filter[active]': active as 'true' | 'false' } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: [...catalogKeys.lines, 'page'],
    filters,
    fetch: (paging) =>
      unwrap(api.GET('/api/v1/product-lines', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="lines-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="lines-heading">
            {t('catalog.lines')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('catalog.linesHelp')}
          </Text>
        </Stack>
        <ExportCsvButton
          path="/api/v1/product-lines"
          query={filters}
          filename="product-lines"
          onError={setExportError}
        />
      </Group>
      <ProblemAlert error={exportError ?? toggle.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('catalog.searchLines')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <StatusSelect value={active} onChange={setActive} />
      </SimpleGrid>
      <PagedTable
        query={query}
        pages={pages}
        minWidth={560}
        testId="lines-table"
        empty={{
          title: t('catalog.emptyLinesTitle'),
          description: t('catalog.emptyLinesText'),
          icon: <IconPackage size={24} />,
        }}
        head={
          <>
            <Table.Th>{t('catalog.code')}</Table.Th>
            <Table.Th>{t('catalog.name')}</Table.Th>
            <Table.Th>{t('catalog.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </>
        }
      >
        {(l) => (
          <Table.Tr key={l.id}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {l.code}
              </Text>
            </Table.Td>
            <Table.Td>{l.name}</Table.Td>
            <Table.Td>
              <StatusBadge active={l.active} />
            </Table.Td>
            <Table.Td>
              <RowActions
                item={l}
                onToggle={(active) => toggle.mutate({ kind: 'line', id: l.id, version: l.version, active })}
                onEdit={() => onEdit(l)}
                onDelete={() => setDeleting(l)}
              />
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('catalog.deleteLineTitle')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/product-lines/{productLineId}', {
                params: { path: { productLineId: deleting.id } },
              }),
            )
          }
          invalidate={catalogKeys.all}
          onClose={() => setDeleting(null)}
        >
          {t('catalog.deleteLineText', { name: deleting.name })}
        </ConfirmMutationDialog>
      ) : null}
    </Stack>
  );
}

function ProductsSection({ lines, onEdit }: { lines: ProductLine[]; onEdit: (p: Product) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const [lineId, setLineId] = useState('');
  const [active, setActive] = useState('');
  const [deleting, setDeleting] = useState<Product | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const toggle = useToggleActive();
  const filters = {
    sort: 'name' as const,
    ...(debounced ? { q: debounced } : {}),
    ...(lineId ? { 'filter[productLineId]': lineId } : {}),
    ...(active ? { 'filter[active]': active as 'true' | 'false' } : {}),
  };
  const { query, pages } = usePagedQuery({
    queryKey: [...catalogKeys.products, 'page'],
    filters,
    fetch: (paging) => unwrap(api.GET('/api/v1/products', { params: { query: { ...filters, ...paging } } })),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="products-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id="products-heading">
          {t('catalog.products')}
        </Title>
        <ExportCsvButton
          path="/api/v1/products"
          query={filters}
          filename="products"
          onError={setExportError}
        />
      </Group>
      <ProblemAlert error={exportError ?? toggle.error} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('catalog.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <Select
          label={t('catalog.line')}
          data={[
            { value: '', label: t('catalog.allLines') },
            ...lines.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` })),
          ]}
          value={lineId}
          onChange={(v) => setLineId(v ?? '')}
          allowDeselect={false}
        />
        <StatusSelect value={active} onChange={setActive} />
      </SimpleGrid>
      <PagedTable
        query={query}
        pages={pages}
        minWidth={760}
        testId="products-table"
        empty={{
          title: t('catalog.emptyProductsTitle'),
          description: t('catalog.emptyProductsText'),
          icon: <IconPackage size={24} />,
        }}
        head={
          <>
            <Table.Th>{t('catalog.sku')}</Table.Th>
            <Table.Th>{t('catalog.name')}</Table.Th>
            <Table.Th>{t('catalog.line')}</Table.Th>
            <Table.Th>{t('catalog.listPrices')}</Table.Th>
            <Table.Th>{t('catalog.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </>
        }
      >
        {(p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {p.sku}
              </Text>
            </Table.Td>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td>{p.productLineCode}</Table.Td>
            <Table.Td>
              {Object.keys(p.listPrices).length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('catalog.noPrices')}
                </Text>
              ) : (
                <Stack gap={0}>
                  {Object.entries(p.listPrices).map(([c, v]) => (
                    <Text size="sm" key={c}>
                      {fmt.money(v, c)}
                    </Text>
                  ))}
                </Stack>
              )}
            </Table.Td>
            <Table.Td>
              <StatusBadge active={p.active} />
            </Table.Td>
            <Table.Td>
              <RowActions
                item={p}
                onToggle={(active) =>
                  toggle.mutate({ kind: 'product', id: p.id, version: p.version, active })
                }
                onEdit={() => onEdit(p)}
                onDelete={() => setDeleting(p)}
              />
            </Table.Td>
          </Table.Tr>
        )}
      </PagedTable>
      {deleting ? (
        <ConfirmMutationDialog
          title={t('catalog.deleteProductTitle')}
          confirmLabel={t('common.delete')}
          mutationFn={() =>
            unwrap(
              api.DELETE('/api/v1/products/{productId}', { params: { path: { productId: deleting.id } } }),
            )
          }
          invalidate={catalogKeys.all}
          onClose={() => setDeleting(null)}
        >
          {t('catalog.deleteProductText', { name: deleting.name })}
        </ConfirmMutationDialog>
      ) : null}
    </Stack>
  );
}

function LineForm({ line, onDone }: { line: ProductLine | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(line?.name ?? '');
  const [code, setCode] = useState(line?.code ?? '');
  const [description, setDescription] = useState(line?.description ?? '');
  const form = useSaveForm({
    mutationFn: () => {
      const body = { name, code, description };
      return line
        ? unwrap(
            api.PATCH('/api/v1/product-lines/{productLineId}', {
              params: { path: { productLineId: line.id }, header: ifMatch(line.version) as never },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/product-lines', { body }));
    },
    invalidate: catalogKeys.all,
    onDone,
  });
  const { errors } = form;
  return (
    <SaveForm form={form} onCancel={onDone} submitLabel={line ? t('catalog.save') : t('catalog.create')}>
      <TextInput
        label={t('catalog.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
        required
        data-autofocus
      />
      <TextInput
        label={t('catalog.code')}
        description={t('catalog.codeHelp')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={errors.code}
        required
      />
      <Textarea
        label={t('catalog.descriptionField')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
      />
    </SaveForm>
  );
}

type PriceRow = { key: number; currency: string | null; amount: number | string };

function ProductForm({
  product,
  lines,
  onDone,
}: {
  product: Product | null;
  lines: ProductLine[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [productLineId, setLineId] = useState<string | null>(product?.productLineId ?? lines[0]?.id ?? null);
  const [name, setName] = useState(product?.name ?? '');
  const [sku, setSku] = useState(product?.sku ?? '');
  const [description, setDescription] = useState(product?.description ?? '');
  const [nextKey, setNextKey] = useState(100);
  const [prices, setPrices] = useState<PriceRow[]>(
    Object.entries(product?.listPrices ?? {}).map(([currency, minor], i) => ({
      key: i,
      currency,
      amount: fromMinor(minor, currency),
    })),
  );
  const form = useSaveForm({
    mutationFn: () => {
      const listPrices: Record<string, number> = {};
      for (const p of prices) {
        if (p.currency && p.amount !== '') listPrices[p.currency] = toMinor(Number(p.amount), p.currency);
      }
      const body = { productLineId: productLineId ?? '', name, sku, description, listPrices };
      return product
        ? unwrap(
            api.PATCH('/api/v1/products/{productId}', {
              params: { path: { productId: product.id }, header: ifMatch(product.version) as never },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/products', { body }));
    },
    invalidate: catalogKeys.all,
    onDone,
  });
  const { errors } = form;
  const used = new Set(prices.map((p) => p.currency));
  const update = (key: number, change: Partial<PriceRow>) =>
    setPrices((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <SaveForm form={form} onCancel={onDone} submitLabel={product ? t('catalog.save') : t('catalog.create')}>
      <Select
        label={t('catalog.line')}
        data={lines.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
        value={productLineId}
        onChange={setLineId}
        error={errors.productLineId}
        allowDeselect={false}
        required
        searchable
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('catalog.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
          data-autofocus
        />
        <TextInput
          label={t('catalog.sku')}
          value={sku}
          onChange={(e) => setSku(e.currentTarget.value)}
          error={errors.sku}
          required
        />
      </SimpleGrid>
      <Textarea
        label={t('catalog.descriptionField')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
        autosize
        minRows={2}
      />
      <Stack gap={6} role="group" aria-labelledby="list-prices-label">
        <Text size="sm" fw={500} id="list-prices-label">
          {t('catalog.listPrices')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('catalog.listPricesHelp')}
        </Text>
        {prices.map((p, i) => (
          <Group key={p.key} align="flex-start" wrap="nowrap" gap="xs" data-testid="price-row">
            <Select
              label={t('catalog.currency')}
              data={currencyCodes.filter((c) => c === p.currency || !used.has(c))}
              value={p.currency}
              onChange={(v) => update(p.key, { currency: v })}
              searchable
              allowDeselect={false}
              w={120}
              error={p.currency ? errors[`listPrices.${p.currency}`] : undefined}
              data-testid={`price-currency-${i}`}
            />
            <NumberInput
              label={t('catalog.price')}
              value={p.amount}
              onChange={(v) => update(p.key, { amount: v })}
              min={0}
              decimalScale={p.currency ? currencyDigits(p.currency) : 2}
              thousandSeparator=","
              style={{ flex: 1 }}
              data-testid={`price-amount-${i}`}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('catalog.removePrice', { currency: p.currency ?? '' })}
              onClick={() => setPrices((rows) => rows.filter((r) => r.key !== p.key))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {errors.listPrices ? (
          <Text size="xs" c="red">
            {errors.listPrices}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => {
              setPrices((rows) => [...rows, { key: nextKey, currency: null, amount: '' }]);
              setNextKey((k) => k + 1);
            }}
            data-testid="price-add"
          >
            {t('catalog.addPrice')}
          </Button>
        </Group>
      </Stack>
    </SaveForm>
  );
}
