/**
 * Strings of the product catalogue page (en); German and Japanese in messages.de.ts /
 * messages.ja.ts with identical keys (`CatalogMessages` makes a missing key a type error). ICU syntax.
 */
const en = {
  title: 'Products',
  description:
    'The catalogue partners pick from when they register a deal: product lines and products with list prices.',
  lines: 'Product lines',
  linesHelp: 'Product lines are the unit of exclusivity and of conflict splits.',
  products: 'Products',
  newLine: 'New product line',
  editLine: 'Edit product line',
  newProduct: 'New product',
  editProduct: 'Edit product',
  name: 'Name',
  code: 'Code',
  codeHelp: 'Short and stable, used by imports and reports (stored upper-case).',
  sku: 'SKU',
  descriptionField: 'Description',
  line: 'Product line',
  allLines: 'All product lines',
  status: 'Status',
  active: 'Active',
  inactive: 'Inactive',
  allStatuses: 'Any status',
  activate: 'Activate {name}',
  deactivate: 'Deactivate {name}',
  listPrices: 'List prices',
  listPricesHelp: 'One price per currency; partners’ registrations are priced from these.',
  noPrices: 'No list price',
  currency: 'Currency',
  price: 'Price',
  addPrice: 'Add price',
  removePrice: 'Remove the {currency} price',
  search: 'Search name or SKU',
  searchLines: 'Search name or code',
  save: 'Save',
  create: 'Create',
  edit: 'Edit {name}',
  delete: 'Delete {name}',
  deleteLineTitle: 'Delete this product line?',
  deleteLineText:
    '{name} will be deleted. A line that has products cannot be deleted: deactivate it instead.',
  deleteProductTitle: 'Delete this product?',
  deleteProductText:
    '{name} will be deleted. Registered deals keep their line items; deactivating keeps it in reports.',
  emptyLinesTitle: 'No product lines yet',
  emptyLinesText: 'Create a product line, then add its products.',
  emptyProductsTitle: 'No products',
  emptyProductsText: 'Add products to a product line so partners can register them.',
  needLine: 'Create a product line first.',
};

export type CatalogMessages = typeof en;
export const catalogEn = en;
