import { definePlatformRules } from '../lib/rules/define';

// Ozon Seller: facts from ../shared/platform-facts.md. Labels are what the Russian UI shows;
// Chinese labels come from third-party tools (unverified) and cost nothing to recognise.
export default definePlatformRules({
  platform: 'ozon',
  displayName: 'Ozon',
  hosts: [
    { host: 'seller.ozon.ru', region: 'RU', language: 'ru' },
    // Seen only in third-party code; covered so a seller there is not left unwatched.
    { host: 'seller.ozon.kz', region: 'KZ', language: 'ru', verified: false },
    { host: 'seller-portal.ozon.ru', region: 'RU', language: 'ru', verified: false },
  ],
  statusPage: { url: 'https://docs.ozon.ru/global/news/', kind: 'announcements' },
  orderId: { pattern: '(?<![\\d-])\\d{8}-\\d{4}-\\d(?![\\d-])', example: '23713478-0018-3' },
  statuses: [
    { id: 'awaiting_registration', stage: 'pre-shipment', labels: ['Ожидает регистрации', 'Awaiting registration'] },
    { id: 'acceptance_in_progress', stage: 'pre-shipment', labels: ['Идёт приёмка', 'Идет приемка', 'Acceptance in progress'] },
    { id: 'awaiting_approve', stage: 'pre-shipment', labels: ['Ожидает подтверждения', 'Awaiting approval'] },
    { id: 'awaiting_packaging', stage: 'pre-shipment', labels: ['Ожидает сборки', 'Ожидает упаковки', 'Awaiting packaging', '等待备货'] },
    { id: 'awaiting_deliver', stage: 'pre-shipment', labels: ['Ожидает отгрузки', 'Awaiting shipment', '等待发运'] },
    { id: 'awaiting_verification', stage: 'pre-shipment', labels: ['Ожидает проверки', 'Awaiting verification'] },
    { id: 'arbitration', stage: 'problem', labels: ['Арбитраж', 'Arbitration'] },
    { id: 'client_arbitration', stage: 'problem', labels: ['Клиентский арбитраж', 'Client arbitration'] },
    { id: 'posting_registration_error', stage: 'problem', labels: ['Ошибка регистрации', 'Registration error'] },
    { id: 'ship_failed', stage: 'problem', labels: ['Ошибка отгрузки', 'Не удалось отгрузить', 'Shipment failed'] },
    { id: 'driver_pickup', stage: 'in-transit', labels: ['У водителя', 'Driver pickup'] },
    { id: 'sent_by_seller', stage: 'in-transit', labels: ['Отправлено продавцом', 'Sent by seller'] },
    { id: 'delivering', stage: 'in-transit', labels: ['Доставляется', 'Delivering', '运输中'] },
    { id: 'delivered', stage: 'done', labels: ['Доставлен', 'Доставлено', 'Delivered', '已签收'] },
    { id: 'cancelled', stage: 'cancelled', labels: ['Отменён', 'Отменен', 'Отменено', 'Cancelled', '已取消'] },
    { id: 'not_accepted', stage: 'problem', labels: ['Не принят', 'Не принято', 'Not accepted'] },
  ],
  deadlineLabels: ['Собрать до', 'Отгрузить до', 'Дата отгрузки', 'Крайний срок', 'Ship by', '发货截止'],
  orderDateLabels: ['Дата заказа', 'Создан', 'Order date'],
  orderIdStartsWithDate: false,
  dateFormats: ['DD.MM.YYYY HH:mm', 'DD.MM.YYYY', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD'],
  // Ozon FBS has no unpaid stage visible to sellers; a wide window keeps the rule inert.
  paymentWindowHours: 72,
  apiPaths: ['^/api/'],
  orderPages: ['^/app/postings'],
  signInPages: ['^/signin', '^/app/registration'],
  errorCodes: [
    { code: '8', meaning: 'rate-limited', note: 'HTTP 429 "You have reached request rate limit per second".' },
    { code: '7', meaning: 'auth-invalid', note: '"Invalid Api-Key" or "Api-key is deactivated" (HTTP 403).' },
    { code: '13', meaning: 'server-error', note: '"Internal error" on Ozon\'s side.' },
    { code: 'POSTING_ALREADY_SHIPPED', meaning: 'conflict', note: 'The posting was already shipped.' },
    { code: 'HAS_INCORRECT_STATUS', meaning: 'conflict', note: 'The posting is not in a status that allows this action.' },
    { code: 'TRANSITION_IS_NOT_POSSIBLE', meaning: 'conflict', note: 'The status change requested is not allowed.' },
  ],
  shopIdLabels: ['ID компании', 'ID продавца', 'Company ID', 'Client-Id'],
  piiLabels: ['Покупатель', 'Получатель', 'Телефон', 'Адрес', 'Buyer', 'Recipient', 'Phone', 'Address'],
  normalStatusHours: 48,
  authorisation: {
    appReauthoriseDays: null,
    accessTokenMinutes: null,
    note: 'Client-Id + Api-Key; keys carry a role and have no documented expiry.',
  },
});
