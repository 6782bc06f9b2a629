import { definePlatformRules } from '../lib/rules/define';

// Amazon Seller Central, every marketplace. Its UI is built from web components (open shadow
// roots); the rules only name text, never elements.
export default definePlatformRules({
  platform: 'amazon',
  displayName: 'Amazon',
  hosts: [
    { host: 'sellercentral.amazon.com', region: 'US', language: 'en' },
    { host: 'sellercentral.amazon.ca', region: 'CA', language: 'en' },
    { host: 'sellercentral.amazon.com.mx', region: 'MX', language: 'es', dateFormats: ['DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.com.br', region: 'BR', language: 'pt-BR', dateFormats: ['DD/MM/YYYY'] },
    // Numeric dates are read only where the marketplace's order (day first or month first) is
  // known: 11/05 is 11 May in Europe and November 5 in the US.
  // One host serves the UK, DE, FR, ES and IT accounts of unified European sellers.
    { host: 'sellercentral-europe.amazon.com', region: 'EU', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.co.uk', region: 'GB', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.de', region: 'DE', language: 'de', dateFormats: ['DD.MM.YYYY'] },
    { host: 'sellercentral.amazon.fr', region: 'FR', language: 'fr', dateFormats: ['DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.it', region: 'IT', language: 'it', dateFormats: ['DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.es', region: 'ES', language: 'es', dateFormats: ['DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.nl', region: 'NL', language: 'nl', dateFormats: ['DD-MM-YYYY'] },
    { host: 'sellercentral.amazon.se', region: 'SE', language: 'sv', dateFormats: ['YYYY-MM-DD'] },
    { host: 'sellercentral.amazon.pl', region: 'PL', language: 'pl', dateFormats: ['DD.MM.YYYY'] },
    { host: 'sellercentral.amazon.com.be', region: 'BE', language: 'fr', dateFormats: ['DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.ie', region: 'IE', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.com.tr', region: 'TR', language: 'tr', dateFormats: ['DD/MM/YYYY', 'DD.MM.YYYY'] },
    { host: 'sellercentral.amazon.eg', region: 'EG', language: 'ar', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.sa', region: 'SA', language: 'ar', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.ae', region: 'AE', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.in', region: 'IN', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.co.za', region: 'ZA', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.sg', region: 'SG', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.com.au', region: 'AU', language: 'en', dateFormats: ['ddd, MMM D, YYYY', 'DD/MM/YYYY'] },
    { host: 'sellercentral.amazon.co.jp', region: 'JP', language: 'ja', dateFormats: ['YYYY/MM/DD'] },
  ],
  statusPage: { url: 'https://sellingpartnerapi-na.amazon.com/health-dashboard', kind: 'status' },
  orderId: { pattern: '(?<!\\d)\\d{3}-\\d{7}-\\d{7}(?!\\d)', example: '123-1234567-1234567' },
  statuses: [
    { id: 'PendingAvailability', stage: 'unpaid', labels: ['Pending Availability', 'Pre-order'] },
    { id: 'Pending', stage: 'unpaid', labels: ['Pending', 'Ausstehend', 'En attente', 'In sospeso', 'Pendiente', 'Pendente', '保留中', 'Beklemede', 'In behandeling', 'Väntande', 'Oczekujące'] },
    { id: 'Unshipped', stage: 'pre-shipment', labels: ['Unshipped', 'Undispatched', 'Nicht versandt', 'Non expédiée', 'Non expédié', 'Non spedito', 'No enviado', 'Sin enviar', 'Não enviado', '未出荷', 'Gönderilmedi', 'Niet verzonden', 'Ej skickad', 'Niewysłane'] },
    { id: 'PartiallyShipped', stage: 'pre-shipment', labels: ['Partially Shipped', 'Teilweise versandt', 'Partiellement expédiée', 'Parzialmente spedito', 'Enviado parcialmente', '一部出荷済み'] },
    { id: 'Shipped', stage: 'done', labels: ['Shipped', 'Dispatched', 'Versandt', 'Expédiée', 'Expédié', 'Spedito', 'Enviado', '出荷済み', 'Gönderildi', 'Verzonden', 'Skickad', 'Wysłane'] },
    { id: 'Canceled', stage: 'cancelled', labels: ['Canceled', 'Cancelled', 'Storniert', 'Annulée', 'Annullato', 'Cancelado', 'キャンセル済み', 'İptal edildi', 'Geannuleerd', 'Annullerad', 'Anulowane'] },
    { id: 'Unfulfillable', stage: 'problem', labels: ['Unfulfillable', 'Nicht erfüllbar'] },
    { id: 'InvoiceUnconfirmed', stage: 'pre-shipment', labels: ['Invoice Unconfirmed'] },
  ],
  deadlineLabels: ['Ship by', 'Dispatch by', 'Versand bis', 'Expédier avant le', 'Expédier d\'ici le', 'Spedire entro', 'Enviar antes del', 'Enviar até', '出荷期限', 'Son gönderim', 'Verzenden vóór', 'Skicka senast', 'Wyślij do'],
  orderDateLabels: ['Order date', 'Purchase date', 'Bestelldatum', 'Kaufdatum', 'Date de commande', "Date d'achat", 'Data ordine', "Data dell'ordine", 'Data di acquisto', 'Fecha del pedido', 'Fecha de compra', '注文日', '購入日', 'Sipariş tarihi', 'Satın alma tarihi', 'Besteldatum', 'Aankoopdatum', 'Beställningsdatum', 'Köpdatum', 'Data zamówienia', 'Data zakupu', 'Data do pedido', 'Data da compra'],
  orderIdStartsWithDate: false,
  dateFormats: ['ddd, MMM D, YYYY', 'MMM D, YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY', 'YYYY/MM/DD', 'YYYY-MM-DD'],
  // Pending (payment not authorised) may last up to 21 days before Amazon cancels it.
  paymentWindowHours: 21 * 24,
  apiPaths: ['^/orders-api/', '^/orders-v3/api/', '^/sellercentral/api/', '^/api/'],
  orderPages: ['^/orders-v3'],
  signInPages: ['^/ap/signin', '^/signin'],
  errorCodes: [
    { code: 'QuotaExceeded', meaning: 'rate-limited', note: 'HTTP 429 "You exceeded your quota for the requested resource."' },
    { code: 'Unauthorized', meaning: 'auth-expired', note: 'HTTP 403: the access token expired, or is revoked, malformed or invalid.' },
    { code: 'invalid_grant', meaning: 'auth-invalid', note: 'The refresh token was refused: re-authorise the app.' },
    { code: 'InvalidInput', meaning: 'invalid-request', note: 'A parameter was rejected.' },
    { code: 'InternalFailure', meaning: 'server-error', note: 'Amazon server error.' },
    { code: 'ServiceUnavailable', meaning: 'maintenance', note: 'HTTP 503: overload or maintenance.' },
  ],
  shopIdLabels: ['Merchant Token', 'Merchant ID', 'Seller ID', 'Händlerkennung', 'Identifiant vendeur'],
  piiLabels: ['Ship to', 'Buyer name', 'Contact Buyer', 'Phone', 'Address', 'Lieferadresse', 'Adresse de livraison'],
  normalStatusHours: 48,
  authorisation: {
    appReauthoriseDays: 365,
    accessTokenMinutes: 60,
    note: 'Public apps must be re-authorised every 365 days (or when a role is added); access tokens live 1 hour.',
  },
});
