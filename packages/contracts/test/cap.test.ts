import { capAlertSchema, validate } from '@gerbang/contracts';
import { CAP_12_NAMESPACE, parseCapAlert } from '@gerbang/contracts/cap';
import { describe, expect, it } from 'vitest';

/**
 * A nowcast in the format BMKG publishes (a synthetic alert, faithful to the files' shape): a
 * stylesheet processing instruction first, Indonesian info, +07:00 times, one area with several
 * polygons, and escaped characters in the text.
 */
const BMKG_NOWCAST = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet href="https://signature.bmkg.go.id/alert/cap.xsl" type="text/xsl"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>CBE20250301080000001</identifier>
  <sender>bmkg@bmkg.go.id</sender>
  <sent>2025-03-01T08:00:00+07:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <language>id</language>
    <category>Met</category>
    <event>Hujan Lebat dan Petir</event>
    <responseType>Monitor</responseType>
    <urgency>Immediate</urgency>
    <severity>Moderate</severity>
    <certainty>Likely</certainty>
    <eventCode>
      <valueName>profile:CAP-ID:1.0</valueName>
      <value>HLP</value>
    </eventCode>
    <effective>2025-03-01T08:00:00+07:00</effective>
    <onset>2025-03-01T08:15:00+07:00</onset>
    <expires>2025-03-01T11:00:00+07:00</expires>
    <senderName>Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)</senderName>
    <headline>Peringatan Dini Cuaca Wilayah Lampung</headline>
    <description>Waspada potensi hujan sedang hingga lebat &amp; petir/kilat disertai angin kencang pada pukul 08.15 WIB di Kota Bandar Lampung (Rajabasa, Kedaton) dan Kab. Lampung Selatan (Natar).</description>
    <instruction><![CDATA[Hindari berteduh di bawah pohon & papan reklame.]]></instruction>
    <web>https://nowcasting.bmkg.go.id/infografis/CBE/20250301080000/Lampung</web>
    <contact>BMKG</contact>
    <area>
      <areaDesc>Kota Bandar Lampung: Rajabasa, Kedaton; Kab. Lampung Selatan: Natar</areaDesc>
      <polygon>-5.3533,105.2137 -5.3533,105.2796 -5.4012,105.2796 -5.4012,105.2137 -5.3533,105.2137</polygon>
      <polygon>-5.2711,105.1702 -5.2711,105.2290 -5.3302,105.2290 -5.2711,105.1702</polygon>
      <geocode>
        <valueName>ADM2</valueName>
        <value>18.71</value>
      </geocode>
    </area>
  </info>
</alert>`;

describe('parseCapAlert: a BMKG nowcast', () => {
  it('reads every element, in the JSON shape of capAlertSchema', () => {
    const result = parseCapAlert(BMKG_NOWCAST);
    expect(result.error).toBeUndefined();
    const alert = result.value!;
    expect(alert).toMatchObject({
      identifier: 'CBE20250301080000001',
      sender: 'bmkg@bmkg.go.id',
      sent: '2025-03-01T08:00:00+07:00',
      status: 'Actual',
      msgType: 'Alert',
      scope: 'Public',
      code: [],
    });
    const info = alert.info[0]!;
    expect(info).toMatchObject({
      language: 'id',
      category: ['Met'],
      event: 'Hujan Lebat dan Petir',
      responseType: ['Monitor'],
      urgency: 'Immediate',
      severity: 'Moderate',
      certainty: 'Likely',
      eventCode: [{ valueName: 'profile:CAP-ID:1.0', value: 'HLP' }],
      effective: '2025-03-01T08:00:00+07:00',
      expires: '2025-03-01T11:00:00+07:00',
      instruction: 'Hindari berteduh di bawah pohon & papan reklame.',
    });
    expect(info.description).toContain('lebat & petir/kilat');
    expect(info.area).toHaveLength(1);
    expect(info.area[0]?.polygons).toHaveLength(2);
    expect(info.area[0]?.polygons[1]).toEqual([
      [-5.2711, 105.1702],
      [-5.2711, 105.229],
      [-5.3302, 105.229],
      [-5.2711, 105.1702],
    ]);
    expect(info.area[0]?.geocodes).toEqual([{ valueName: 'ADM2', value: '18.71' }]);
    expect(validate(capAlertSchema, alert).success).toBe(true);
  });

  it('reads prefixed elements, circles and several info blocks', () => {
    const xml = `<cap:alert xmlns:cap="${CAP_12_NAMESPACE}"><cap:identifier>X-1</cap:identifier><cap:sender>ops@bpbd.lampungprov.example.id</cap:sender>
      <cap:sent>2025-03-01T08:00:00+07:00</cap:sent><cap:status>Exercise</cap:status><cap:msgType>Update</cap:msgType><cap:scope>Public</cap:scope>
      <cap:references>bmkg@bmkg.go.id,CBE1,2025-03-01T07:00:00+07:00</cap:references>
      <cap:info><cap:category>Geo</cap:category><cap:category>Safety</cap:category><cap:event>Banjir</cap:event><cap:urgency>Expected</cap:urgency>
        <cap:severity>Severe</cap:severity><cap:certainty>Observed</cap:certainty>
        <cap:area><cap:areaDesc>Sekitar Way Halim</cap:areaDesc><cap:circle>-5.38,105.28 2.5</cap:circle></cap:area></cap:info>
      <cap:info><cap:language>en-US</cap:language><cap:category>Geo</cap:category><cap:event>Flood</cap:event><cap:urgency>Expected</cap:urgency>
        <cap:severity>Severe</cap:severity><cap:certainty>Observed</cap:certainty></cap:info></cap:alert>`;
    const result = parseCapAlert(xml);
    expect(result.error).toBeUndefined();
    expect(result.value?.info.map((info) => info.language)).toEqual(['en-US', 'en-US']);
    expect(result.value?.info[0]?.category).toEqual(['Geo', 'Safety']);
    expect(result.value?.info[0]?.area[0]?.circles).toEqual([{ center: [-5.38, 105.28], radiusKm: 2.5 }]);
    expect(result.value?.references).toBe('bmkg@bmkg.go.id,CBE1,2025-03-01T07:00:00+07:00');
  });
});

describe('parseCapAlert: invalid CAP', () => {
  it('refuses an open polygon, a "Z" time and an unknown status, each at its path', () => {
    const xml = BMKG_NOWCAST.replace('-5.2711,105.1702</polygon>', '-5.2711,105.1703</polygon>')
      .replace('<sent>2025-03-01T08:00:00+07:00</sent>', '<sent>2025-03-01T01:00:00Z</sent>')
      .replace('<status>Actual</status>', '<status>Real</status>');
    const result = parseCapAlert(xml);
    expect(result.error?.reason).toBe('invalid-cap');
    expect(result.error?.issues?.map((issue) => issue.path.join('.'))).toEqual(['sent', 'status', 'info.0.area.0.polygons.1']);
    expect(result.error?.message).toContain('must be closed');
    expect(result.error?.message).toContain('never "Z"');
  });

  it('refuses a polygon of fewer than 4 points and coordinates that are not numbers', () => {
    const xml = BMKG_NOWCAST.replace(/<polygon>-5\.2711[^<]*<\/polygon>/, '<polygon>-5.1,105.1 -5.2,105.2 -5.1,105.1</polygon><polygon>a,b -5.2,105.2 -5.3,105.3 a,b</polygon>');
    const issues = parseCapAlert(xml).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['info.0.area.0.polygons.1', 'info.0.area.0.polygons.2.0.0', 'info.0.area.0.polygons.2.0.1', 'info.0.area.0.polygons.2.3.0', 'info.0.area.0.polygons.2.3.1']);
    expect(issues[0]?.message).toBe('must have at least 4 points (a closed ring), it has 3');
  });

  it('refuses documents that are not CAP 1.2', () => {
    expect(parseCapAlert('<feed xmlns="http://www.w3.org/2005/Atom"/>').error?.reason).toBe('not-cap');
    expect(parseCapAlert(BMKG_NOWCAST.replace(CAP_12_NAMESPACE, 'urn:oasis:names:tc:emergency:cap:1.1')).error?.reason).toBe('not-cap');
    expect(parseCapAlert('<alert>').error?.reason).toBe('malformed-xml');
    const prefixed = BMKG_NOWCAST.replace('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">', `<cap:alert xmlns="urn:example:other" xmlns:cap="${CAP_12_NAMESPACE}">`).replace('</alert>', '</cap:alert>');
    expect(parseCapAlert(prefixed).error).toBeUndefined();
    const wrongPrefix = BMKG_NOWCAST.replace('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">', `<alert xmlns="urn:example:other" xmlns:cap="${CAP_12_NAMESPACE}">`);
    expect(parseCapAlert(wrongPrefix).error?.reason).toBe('not-cap');
    expect(parseCapAlert('').error?.reason).toBe('malformed-xml');
    expect(parseCapAlert(42 as never).error).toEqual({ reason: 'not-text', message: 'a CAP document must be a string, not number' });
  });
});

describe('parseCapAlert: hostile input', () => {
  it('refuses a billion-laughs entity bomb before parsing', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol9;</identifier></alert>`;
    expect(parseCapAlert(lol).error?.reason).toBe('doctype-forbidden');
    expect(parseCapAlert(lol.replace(/<!DOCTYPE lolz \[|\]>/g, '')).error?.reason).toBe('entity-forbidden');
  });

  it('refuses XXE: an external entity to file:///etc/passwd, in any case', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>`;
    const result = parseCapAlert(xxe);
    expect(result.error?.reason).toBe('doctype-forbidden');
    expect(JSON.stringify(result)).not.toContain('root:');
    expect(parseCapAlert(xxe.replace('DOCTYPE', 'doctype')).error?.reason).toBe('doctype-forbidden');
  });

  it('leaves undeclared entities as written, never expanding them', () => {
    const xml = BMKG_NOWCAST.replace('<headline>Peringatan Dini Cuaca Wilayah Lampung</headline>', '<headline>&xxe; &#65;&#x42; &amp;lt;</headline>');
    expect(parseCapAlert(xml).value?.info[0]?.headline).toBe('&xxe; AB &lt;');
  });

  it('refuses documents over the size limit, and nesting deeper than CAP', () => {
    expect(parseCapAlert(BMKG_NOWCAST, { maxLength: 1000 }).error).toEqual({
      reason: 'too-large',
      message: `the document has ${BMKG_NOWCAST.length} characters, more than the limit of 1000`,
    });
    expect(parseCapAlert(`${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`).error?.reason).toBe('malformed-xml');
  });
});
