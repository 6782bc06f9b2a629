import { defineDiagnosisRules } from '../lib/rules/define';

// The outside-in diagnosis (lib/diagnosis/): which neutral hosts are measured beside the
// platform's own, and how a failure is placed in a part of the back-office. Data only.
export default defineDiagnosisRules({
  // Two connectivity checks run by browser makers for exactly this question ("is there a
  // network?"): tiny answers, no cookies, never cached. Nothing else outside the back-offices is
  // ever contacted.
  neutralProbes: [
    { host: 'connectivitycheck.gstatic.com', url: 'https://connectivitycheck.gstatic.com/generate_204', method: 'GET', operator: 'Google' },
    { host: 'detectportal.firefox.com', url: 'https://detectportal.firefox.com/success.txt', method: 'GET', operator: 'Mozilla' },
  ],
  platformProbeMethod: 'HEAD',
  probeTimeoutMs: 5000,
  slowProbeMs: 3000,
  platformSlowFactor: 4,
  dominantShare: 0.5,
  areas: [
    {
      area: 'account',
      paths: ['sign-?in', 'log-?in', '/auth', 'oauth', 'session', '/account/', 'api-keys', '/apps/authorize', 'permission', 'user-?management'],
      words: ['sign in', 'log in', 'login', 'session', 'password', 'authori[sz]', 'войд', 'вход', 'авториз', 'сесси', 'парол', '登录', '登入', '授权', '密码', 'đăng nhập', 'masuk', 'เข้าสู่ระบบ', 'iniciar sesi', 'fazer login', '로그인', 'ログイン', 'anmeld', 'connexion', 'accedi'],
    },
    {
      area: 'finance',
      paths: ['financ', 'payment', 'wallet', 'settlement', 'payout', 'balance', 'transaction', 'income', 'billing', 'refund', 'invoice'],
      words: ['payment', 'payout', 'refund', 'settlement', 'wallet', 'оплат', 'плат[её]ж', 'выплат', 'финанс', '付款', '支付', '结算', '結算', '退款', '钱包', 'thanh toán', 'pembayaran', 'ชำระ', 'pagamento', 'pago', '결제', '支払', 'zahlung', 'paiement', 'pagament'],
    },
    {
      area: 'orders',
      paths: ['order', 'posting', '/sale/', '/fb[os]/', 'rfbs', 'return', 'cancel'],
      words: ['order', 'заказ', 'отправлени', '订单', '訂單', 'đơn hàng', 'pesanan', 'คำสั่งซื้อ', 'pedido', '주문', '注文', 'bestell', 'commande', 'ordine'],
    },
    {
      area: 'inventory',
      paths: ['stock', 'inventor', 'warehouse', 'fulfil'],
      words: ['stock', 'inventory', 'остат', 'склад', '库存', '庫存', 'tồn kho', 'stok', 'สต็อก', 'estoque', 'existencias', 'inventario', '재고', '在庫', 'bestand'],
    },
    {
      area: 'products',
      paths: ['product', '/items?\\b', 'listing', 'catalog', 'goods', '/sku', 'offer'],
      words: ['product', 'listing', 'товар', 'карточк', '商品', '产品', '產品', 'sản phẩm', 'produk', 'สินค้า', 'produto', 'producto', '상품', '出品', 'artikel', 'prodott'],
    },
    {
      area: 'logistics',
      paths: ['logistic', 'tracking', 'shipment', 'shipping', 'carrier', 'delivery', 'waybill', 'pickup', 'label'],
      words: ['tracking', 'shipment', 'shipping', 'logistic', 'трек', 'доставк', 'отгруз', '物流', '运单', '運單', '发货', '出貨', 'vận chuyển', 'pengiriman', 'จัดส่ง', 'envio', 'envío', 'rastreamento', '배송', '配送', '出荷', 'versand', 'livraison', 'spedizion'],
    },
    {
      area: 'promotions',
      paths: ['promo', 'voucher', 'coupon', 'discount', 'campaign', 'marketing', 'flash-?sale', 'deal', 'advert'],
      words: ['promotion', 'voucher', 'coupon', 'discount', 'campaign', 'акци', 'скидк', 'промо', 'купон', '促销', '優惠', '优惠', '折扣', '活动', 'khuyến mãi', 'promosi', 'โปรโมชั่น', 'cupom', 'cupón', 'promoci', '할인', '쿠폰', 'プロモーション', 'クーポン'],
    },
  ],
});
