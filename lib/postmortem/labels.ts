import type { Localised, Scenario } from '../fixes/types';
import type { RootCause } from './types';

/** Root causes in the three languages, for the form, the "last time" card and the runbook. */
export const CAUSE_LABELS: Readonly<Record<RootCause, Localised>> = {
  'own-network-device': { en: 'Own network or device', zh_CN: '自己的网络或设备', ru: 'Своя сеть или устройство' },
  'account-authorisation': { en: 'Account or authorisation', zh_CN: '账号或授权', ru: 'Аккаунт или авторизация' },
  'platform-fault': { en: 'Platform fault', zh_CN: '平台故障', ru: 'Сбой платформы' },
  'third-party-tool': { en: 'Third-party tool conflict', zh_CN: '第三方工具冲突', ru: 'Конфликт со сторонним инструментом' },
  'configuration-rules': { en: 'Configuration or rules', zh_CN: '配置或规则', ru: 'Настройки или правила' },
};

/** The guides' scenarios, as the runbook's headings. */
export const SCENARIO_LABELS: Readonly<Record<Scenario | 'none', Localised>> = {
  'product-sync': { en: 'Product sync', zh_CN: '商品同步', ru: 'Синхронизация товаров' },
  'order-processing': { en: 'Order processing', zh_CN: '订单处理', ru: 'Обработка заказов' },
  'logistics-tracking': { en: 'Logistics and tracking', zh_CN: '物流与追踪', ru: 'Логистика и отслеживание' },
  'inventory-sync': { en: 'Inventory sync', zh_CN: '库存同步', ru: 'Синхронизация остатков' },
  'ui-slow-error': { en: 'Back-office slow or showing errors', zh_CN: '后台缓慢或报错', ru: 'Кабинет тормозит или показывает ошибки' },
  'api-connection': { en: 'API connection', zh_CN: 'API 连接', ru: 'Подключение к API' },
  login: { en: 'Login', zh_CN: '登录', ru: 'Вход' },
  payment: { en: 'Payment', zh_CN: '付款', ru: 'Оплата' },
  promotion: { en: 'Promotion', zh_CN: '促销', ru: 'Акции' },
  'data-error': { en: 'Data errors', zh_CN: '数据错误', ru: 'Ошибки данных' },
  network: { en: 'Network', zh_CN: '网络', ru: 'Сеть' },
  none: { en: 'Other', zh_CN: '其他', ru: 'Другое' },
};
