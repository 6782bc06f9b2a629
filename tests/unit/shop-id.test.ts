import { afterEach, describe, expect, it } from 'vitest';
import { readShopId } from '../../lib/background/shop-id';

/** readShopId runs in the page through scripting.executeScript: it must stand alone. */
describe('shop id read in the page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    history.replaceState(null, '', '/');
  });

  it('takes the id after one of the platform\'s labels, or from Shopee\'s cnsc_shop_id', () => {
    document.body.innerHTML = '<header><span>Магазин</span> <span>ID компании:</span> <b>1234567</b></header>';
    expect(readShopId(['Shop ID', 'ID компании'])).toBe('1234567');
    history.replaceState(null, '', '/portal/sale/order?cnsc_shop_id=880012345');
    expect(readShopId([])).toBe('880012345');
  });

  it('finds nothing where no label is followed by an id', () => {
    document.body.innerHTML = '<p>Shop ID: —</p>';
    expect(readShopId(['Shop ID'])).toBeNull();
    history.replaceState(null, '', '/?cnsc_shop_id=<script>');
    expect(readShopId([])).toBeNull();
  });

  it('uses nothing outside itself (it is serialised into the page)', () => {
    const standalone = new Function(`return (${readShopId.toString()})`)() as typeof readShopId;
    document.body.innerHTML = '<div>Merchant Token: A1B2C3D4E5</div>';
    expect(standalone(['Merchant Token'])).toBe('A1B2C3D4E5');
  });
});
