import { afterEach, describe, expect, it } from 'vitest';
import { PageMask } from '../../lib/content/mask';
import ozon from '../../rules/ozon';

const OZON_BUYER = `
  <section class="card">
    <h2>Информация об отправлении</h2>
    <dl><dt>Номер заказа</dt><dd id="order">23713478-0018</dd><dt>SKU</dt><dd id="sku">1583920041</dd></dl>
  </section>
  <section class="card">
    <h2>Покупатель</h2>
    <dl class="props">
      <dt>Имя</dt><dd id="name">Иван Соколов</dd>
      <dt>Телефон</dt><dd id="phone">+7 916 123-45-67</dd>
      <dt>Эл. почта</dt><dd id="email">ivan.sokolov@example.com</dd>
      <dt>Адрес доставки</dt><dd id="address" style="font-weight: bold">117393, г. Москва, ул. Профсоюзная, д. 56, кв. 12</dd>
    </dl>
  </section>`;

function isMasked(element: Element): boolean {
  return (element as HTMLElement).style.getPropertyValue('color') === 'transparent';
}

/** Masks of a test: restored after it, so no test's observer touches the next test's page. */
const masks: PageMask[] = [];
afterEach(() => {
  for (const mask of masks.splice(0)) mask.restore();
  document.body.innerHTML = '';
});

describe('PageMask', () => {
  it('hides the buyer found by the platform labels (no data-pii), leaves the order alone, and restores exactly', () => {
    document.body.innerHTML = OZON_BUYER;
    const before = document.body.innerHTML;
    const mask = new PageMask(ozon.piiLabels);
    masks.push(mask);
    expect(mask.apply()).toBeGreaterThan(0);
    for (const id of ['name', 'phone', 'email', 'address']) expect(isMasked(document.getElementById(id)!), id).toBe(true);
    for (const id of ['order', 'sku']) expect(isMasked(document.getElementById(id)!), id).toBe(false);
    // Text stays in the DOM: nothing is removed, nothing moves.
    expect(document.getElementById('phone')!.textContent).toBe('+7 916 123-45-67');
    mask.restore();
    // The element that had its own style keeps it (re-serialised with a closing semicolon).
    expect(document.body.innerHTML.replace('font-weight: bold;', 'font-weight: bold')).toBe(before);
  });
});

describe('PageMask: what counts as personal data', () => {
  const apply = (html: string, labels: readonly string[] = ozon.piiLabels) => {
    document.body.innerHTML = html;
    const mask = new PageMask(labels);
    masks.push(mask);
    mask.apply();
    return mask;
  };
  const masked = (selector: string) => isMasked(document.querySelector(selector)!);

  it('data-pii elements anywhere, their children included, pictures hidden but kept in place', () => {
    const mask = apply('<div data-pii="name" id="a"><b id="b">Ann</b><img id="i" src="x.png"></div><p id="p">Ship by 21.11</p>', []);
    expect(masked('#a')).toBe(true);
    expect(masked('#b')).toBe(true);
    expect((document.querySelector('#i') as HTMLElement).style.getPropertyValue('visibility')).toBe('hidden');
    expect(masked('#p')).toBe(false);
    mask.restore();
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('a label and its value in one text, or the value in the next element (Amazon "Phone: <span>")', () => {
    apply('<div id="one">Phone: +1 206-555-0143</div><div id="two">Buyer name: <span id="value">Jane Roe</span></div>', ['Phone', 'Buyer name']);
    expect(masked('#one')).toBe(true);
    expect(masked('#value')).toBe(true);
  });

  it('a table column whose header is a label', () => {
    apply('<table><thead><tr><th>Order</th><th>Recipient</th></tr></thead><tbody><tr><td id="order">123</td><td id="who">Lee Min</td></tr><tr><td>124</td><td id="who2">Kim</td></tr></tbody></table>', ['Recipient']);
    expect(masked('#who')).toBe(true);
    expect(masked('#who2')).toBe(true);
    expect(masked('#order')).toBe(false);
  });

  it('generic e-mails and formatted phones, but not bare numbers, order ids, dates or banners that mention a label', () => {
    apply(
      `<span id="mail">write to buyer.k@example.co.th</span><span id="phone">(+66) 81 234 5678</span><span id="sku">1583920041</span>
       <span id="ozon">23713478-0018-3</span><span id="amazon">113-4829137-5520218</span><span id="date">2026-11-21 14:00</span>
       <div role="alert" id="banner">Address verification failed. Please try again later.</div>`,
      ['Address', 'Phone'],
    );
    expect(masked('#mail')).toBe(true);
    expect(masked('#phone')).toBe(true);
    for (const id of ['#sku', '#ozon', '#amazon', '#date', '#banner']) expect(masked(id), id).toBe(false);
  });

  it('a long text with an e-mail is covered where the text is, not hidden whole', () => {
    const long = `${'The parcel was handed to the courier and is on its way to the pick-up point. '.repeat(4)}Questions: buyer@example.com`;
    const mask = apply(`<p id="long">${long}</p>`, []);
    expect(masked('#long')).toBe(false);
    mask.restore();
    expect(document.body.innerHTML).toBe(`<p id="long">${long}</p>`);
  });

  it('hides what the page adds while masked, and stops when restored', async () => {
    const mask = apply('<ul id="list"></ul>', []);
    document.querySelector('#list')!.insertAdjacentHTML('beforeend', '<li data-pii="phone" id="late">+7 916 000-00-00</li>');
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(masked('#late')).toBe(true);
    mask.restore();
    expect(masked('#late')).toBe(false);
    document.querySelector('#list')!.insertAdjacentHTML('beforeend', '<li data-pii="phone" id="later">+7 916 000-00-01</li>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(masked('#later')).toBe(false);
  });

  it('restores exactly what was there, !important and all', () => {
    const mask = apply('<dl><dt>Телефон</dt><dd id="d" style="color: red !important; background-color: white">+7 916 123-45-67</dd></dl>');
    expect(masked('#d')).toBe(true);
    mask.restore();
    const style = (document.querySelector('#d') as HTMLElement).style;
    expect([style.getPropertyValue('color'), style.getPropertyPriority('color'), style.getPropertyValue('background-color')]).toEqual(['red', 'important', 'white']);
    expect(style.getPropertyValue('-webkit-text-fill-color')).toBe('');
  });
});
