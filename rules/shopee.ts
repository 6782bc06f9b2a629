import { definePlatformRules } from '../lib/rules/define';

// Shopee Seller Centre, every regional centre. Status labels are the UI tab and badge words in
// each centre's language; ids are the Open Platform status codes (platform-facts.md).
export default definePlatformRules({
  platform: 'shopee',
  displayName: 'Shopee',
  hosts: [
    { host: 'seller.shopee.sg', region: 'SG', language: 'en' },
    { host: 'seller.shopee.com.my', region: 'MY', language: 'ms' },
    { host: 'seller.shopee.co.th', region: 'TH', language: 'th' },
    { host: 'banhang.shopee.vn', region: 'VN', language: 'vi' },
    { host: 'seller.shopee.co.id', region: 'ID', language: 'id' },
    { host: 'seller.shopee.ph', region: 'PH', language: 'en' },
    { host: 'seller.shopee.com.br', region: 'BR', language: 'pt-BR' },
    { host: 'seller.shopee.tw', region: 'TW', language: 'zh-TW' },
    { host: 'seller.shopee.com.mx', region: 'MX', language: 'es' },
    { host: 'seller.shopee.com.co', region: 'CO', language: 'es' },
    { host: 'seller.shopee.cl', region: 'CL', language: 'es' },
    // China cross-border centre: URLs carry cnsc_shop_id.
    { host: 'seller.shopee.cn', region: 'CN-cross-border', language: 'zh-CN' },
    { host: 'seller.shopee.kr', region: 'KR-cross-border', language: 'ko' },
  ],
  statusPage: { url: 'https://open.shopee.com/announcements', kind: 'announcements' },
  // YYMMDD then 8 upper-case letters or digits.
  orderId: { pattern: '(?<![A-Z0-9])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[A-Z0-9]{8}(?![A-Z0-9])', example: '221122ABCD1234' },
  statuses: [
    { id: 'UNPAID', stage: 'unpaid', labels: ['Unpaid', '待付款', '待付款項', '尚未付款', 'ที่ยังไม่ชำระ', 'A pagar', 'Por pagar', '결제 대기', 'Chờ thanh toán', 'Belum Bayar', 'Belum Dibayar', 'ยังไม่ชำระ', 'Não pago', 'Aguardando pagamento', 'No pagado', 'Sin pagar', '미결제'] },
    { id: 'READY_TO_SHIP', stage: 'pre-shipment', labels: ['To Ship', 'To ship', 'Ready to Ship', '待出货', '待出貨', 'Chờ lấy hàng', 'Chờ xác nhận', 'Perlu Dikirim', 'Untuk Dihantar', 'ที่ต้องจัดส่ง', 'A enviar', 'Por enviar', 'Para enviar', '배송 준비'] },
    { id: 'PROCESSED', stage: 'pre-shipment', labels: ['Processed', '已处理', '已處理', 'Đã xử lý', 'Diproses', 'Telah Diproses', 'ดำเนินการแล้ว', 'Processado', 'Procesado', '처리됨', '처리 완료'] },
    { id: 'RETRY_SHIP', stage: 'problem', labels: ['Pickup failed', 'Retry Ship', '揽收失败', '取件失敗', 'Lấy hàng thất bại', 'Gagal Pickup', 'Pengambilan Gagal', 'เข้ารับพัสดุไม่สำเร็จ', 'Falha na coleta', 'Recolección fallida', '픽업 실패'] },
    { id: 'SHIPPED', stage: 'in-transit', labels: ['Shipping', 'Shipped', '运送中', '運送中', 'Đang giao', 'Dikirim', 'Dalam Penghantaran', 'กำลังจัดส่ง', 'Enviado', 'Em trânsito', 'En camino', '배송 중', 'Đang vận chuyển'] },
    { id: 'TO_CONFIRM_RECEIVE', stage: 'in-transit', labels: ['To Confirm Receive', '待确认收货', '待確認收貨', 'Chờ xác nhận nhận hàng'] },
    { id: 'IN_CANCEL', stage: 'problem', labels: ['In Cancel', 'Cancellation requested', '取消中', 'Đang hủy', 'Dalam Pembatalan'] },
    { id: 'CANCELLED', stage: 'cancelled', labels: ['Cancelled', '不成立', '已取消', 'Đã hủy', 'Dibatalkan', 'ยกเลิกแล้ว', 'Cancelado', '취소됨'] },
    { id: 'TO_RETURN', stage: 'problem', labels: ['Return/Refund', '退货/退款', '退貨/退款', 'Trả hàng/Hoàn tiền', 'Pengembalian', 'คืนเงิน/คืนสินค้า', 'Devolução/Reembolso', 'Devolución/Reembolso', '반품/환불', 'Pemulangan/Bayaran Balik'] },
    { id: 'COMPLETED', stage: 'done', labels: ['Completed', '已完成', 'Hoàn thành', 'Đã giao', 'Selesai', 'สำเร็จแล้ว', 'Concluído', 'Completado', '완료', '배송 완료'] },
    { id: 'INVOICE_PENDING', stage: 'pre-shipment', labels: ['Invoice pending', 'Nota fiscal pendente', 'Aguardando NF-e'] },
  ],
  deadlineLabels: ['Ship by', 'Ship before', '最晚发货日期', '最晚发货', '最晚出貨日', '出貨期限', 'Giao trước', 'Kirim sebelum', 'Hantar sebelum', 'จัดส่งภายใน', 'Enviar até', 'Enviar antes', 'Enviar antes del', '발송 기한'],
  orderDateLabels: ['Order time', '下单时间', '訂單成立時間', '成立時間', 'Thời gian đặt hàng', 'Waktu pesanan', 'Masa pesanan', 'เวลาสั่งซื้อ', 'Data do pedido', 'Fecha del pedido', '주문 시간'],
  orderIdStartsWithDate: true,
  dateFormats: ['DD/MM/YYYY HH:mm', 'DD/MM/YYYY', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD', 'YYYY/MM/DD'],
  // Unpaid orders are auto-cancelled after the payment window (3 days for most payment methods).
  paymentWindowHours: 72,
  apiPaths: ['^/api/'],
  orderPages: ['^/portal/sale/order', '^/portal/sale/shipment'],
  signInPages: ['^/account/signin'],
  errorCodes: [
    { code: 'error_auth', meaning: 'auth-invalid', note: '"Invalid token": the shop authorisation or session is no longer valid.' },
    { code: 'invalid_access_token', meaning: 'auth-expired', note: 'The 4-hour access token expired and was not refreshed.' },
    { code: 'error_permission', meaning: 'permission', note: 'The account lacks the permission for this action.' },
    { code: 'error_too_many_request', meaning: 'rate-limited', note: 'Too many requests; legacy rules ban a partner for an hour past 1,000 requests a minute.' },
    { code: 'error_server', meaning: 'server-error', note: 'Shopee server error.' },
    { code: 'error_param', meaning: 'invalid-request', note: 'A parameter was rejected.' },
  ],
  shopIdLabels: ['Shop ID', '店铺ID', '商店ID', 'ID Shop', 'ID Toko', 'ID Kedai', 'ID da loja', 'ID de tienda', 'cnsc_shop_id'],
  piiLabels: ['Buyer', 'Recipient', 'Phone', 'Address', '买家', '收件人', '电话', '地址', 'Người mua', 'Pembeli', 'ผู้ซื้อ', 'Comprador'],
  normalStatusHours: 48,
  authorisation: {
    appReauthoriseDays: 365,
    accessTokenMinutes: 240,
    note: 'The seller picks 7, 30, 90, 180 or 365 days; refresh token 30 days; Shopee warns 7 days before expiry.',
  },
});
