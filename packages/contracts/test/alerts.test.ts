import {
  alertsEndpoints,
  capAlertSchema,
  capDateTimeSchema,
  capPolygonSchema,
  floodAlertLevel,
  floodGaugeSchema,
  isStale,
  listActiveAlerts,
  validate,
  type CapAlert,
  type FloodGauge,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const alert: CapAlert = {
  identifier: 'CBE20250301080000001',
  sender: 'bmkg@bmkg.go.id',
  sent: '2025-03-01T08:00:00+07:00',
  status: 'Actual',
  msgType: 'Alert',
  scope: 'Public',
  code: [],
  info: [
    {
      language: 'id',
      category: ['Met'],
      event: 'Hujan Lebat dan Petir',
      responseType: [],
      urgency: 'Immediate',
      severity: 'Moderate',
      certainty: 'Likely',
      eventCode: [],
      effective: '2025-03-01T08:00:00+07:00',
      expires: '2025-03-01T11:00:00+07:00',
      parameter: [],
      area: [
        {
          areaDesc: 'Kota Bandar Lampung',
          polygons: [
            [
              [-5.35, 105.2],
              [-5.35, 105.3],
              [-5.45, 105.3],
              [-5.35, 105.2],
            ],
          ],
          circles: [],
          geocodes: [{ valueName: 'ADM2', value: '18.71' }],
        },
      ],
    },
  ],
};

const gauge: FloodGauge = {
  id: 'pa-manggarai',
  name: 'Pintu Air Manggarai',
  kind: 'water_gate',
  regionCode: '31.71',
  point: { lat: -6.2087, lng: 106.8486 },
  waterLevelCm: 760,
  alertLevel: 2,
  thresholds: { siaga3: 750, siaga2: 850, siaga1: 950 },
  pumps: [{ id: 'p1', status: 'on' }],
  updatedAt: '2025-03-01T08:00:00+07:00',
  source: 'Dinas Sumber Daya Air DKI Jakarta',
};

describe('CAP alert schema', () => {
  it('accepts a CAP 1.2 alert as JSON', () => {
    expect(validate(capAlertSchema, alert).success).toBe(true);
  });

  it('requires closed polygons of at least 4 points', () => {
    expect(validate(capPolygonSchema, [[0, 0], [0, 1], [1, 1], [0, 0]]).success).toBe(true);
    expect(validate(capPolygonSchema, [[0, 0], [0, 1], [1, 1], [1, 0]]).error?.issues[0]?.message).toBe('must be closed: the first point 0,0 differs from the last 1,0');
    expect(validate(capPolygonSchema, [[0, 0], [0, 1], [0, 0]]).error?.issues[0]?.message).toBe('must have at least 4 points (a closed ring), it has 3');
    expect(validate(capPolygonSchema, [[91, 0], [0, 1], [1, 1], [91, 0]]).error?.issues[0]?.path).toEqual([0, 0]);
  });

  it('requires times with a numeric offset, never Z', () => {
    expect(validate(capDateTimeSchema, '2025-03-01T08:00:00+07:00').success).toBe(true);
    expect(validate(capDateTimeSchema, '2025-03-01T01:00:00-00:00').success).toBe(true);
    for (const bad of ['2025-03-01T01:00:00Z', '2025-03-01T08:00:00', '2025-03-01T08:00:00.123+07:00', '2025-13-01T08:00:00+07:00']) {
      expect(validate(capDateTimeSchema, bad).success, bad).toBe(false);
    }
  });

  it('names the path of bad values deep in info and area', () => {
    const bad = structuredClone(alert) as { info: { urgency: string; category: string[]; area: { polygons: number[][][] }[] }[] };
    bad.info[0]!.urgency = 'Now';
    bad.info[0]!.category = [];
    bad.info[0]!.area[0]!.polygons[0]!.pop();
    const paths = validate(capAlertSchema, bad).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['info.0.category', 'info.0.urgency', 'info.0.area.0.polygons.0']);
  });
});

describe('flood gauges', () => {
  it('carry a Siaga level, updatedAt and source', () => {
    expect(validate(floodGaugeSchema, gauge).success).toBe(true);
    const result = validate(floodGaugeSchema, { ...gauge, alertLevel: 0, updatedAt: '2025-03-01 08:00', source: undefined });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['alertLevel', 'updatedAt', 'source']);
  });

  it('derive the Siaga level from the thresholds (1 is the most severe)', () => {
    const thresholds = { siaga3: 750, siaga2: 850, siaga1: 950 };
    expect([500, 750, 849, 850, 950, 1200].map((level) => floodAlertLevel(level, thresholds))).toEqual([4, 3, 3, 2, 1, 1]);
  });

  it('show as stale once older than the allowed age', () => {
    expect(isStale(gauge, new Date('2025-03-01T01:30:00Z'), 60)).toBe(false);
    expect(isStale(gauge, new Date('2025-03-01T02:00:01Z'), 60)).toBe(true);
    expect(isStale({ updatedAt: 'yesterday' }, new Date(), 60)).toBe(true);
  });
});

describe('alert endpoints', () => {
  it('list active alerts and flood gauges by region, for anyone', () => {
    expect(listActiveAlerts).toMatchObject({ method: 'GET', path: '/alerts', auth: 'none' });
    expect(validate(listActiveAlerts.query, { regionCode: '18.71' }).success).toBe(true);
    expect(validate(listActiveAlerts.query, { regionCode: 'lampung' }).success).toBe(false);
    expect(Object.keys(alertsEndpoints)).toEqual(['listActiveAlerts', 'listFloodGauges']);
  });
});
