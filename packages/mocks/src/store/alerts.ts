/**
 * Alerts in the store: CAP 1.2 alerts (a flood warning with polygons over Bandar Lampung, a
 * BMKG-style nowcast, and an expired one) and flood gauges with their latest readings.
 *
 * @module
 */
import { floodAlertLevel, type CapAlert, type FloodGauge } from '@gerbang/contracts';
import type { MockRandom } from '../random.ts';
import { HOUR, MINUTE, toWib } from './time.ts';

/** The alerts part of the store's data. */
export interface AlertsData {
  /** Every alert, in effect or not, newest first. */
  alerts: CapAlert[];
  /** The flood gauges and their latest readings. */
  gauges: FloodGauge[];
}

/** A closed ring around a centre: `corners` points on a circle, the first repeated last. */
function ring(lat: number, lon: number, radius: number, corners: number): [number, number][] {
  const points: [number, number][] = [];
  for (let index = 0; index < corners; index++) {
    const angle = (2 * Math.PI * index) / corners;
    points.push([round(lat + radius * Math.sin(angle)), round(lon + radius * Math.cos(angle))]);
  }
  return [...points, points[0]!];
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

const info = (fields: Partial<CapAlert['info'][number]> & Pick<CapAlert['info'][number], 'event' | 'urgency' | 'severity' | 'certainty' | 'area'>): CapAlert['info'][number] => ({
  language: 'id',
  category: ['Met'],
  responseType: [],
  eventCode: [],
  parameter: [],
  ...fields,
});

/** Seeds the alerts and the gauges relative to the anchor. */
export function seedAlerts(random: MockRandom, anchor: number): AlertsData {
  const sent = anchor - 40 * MINUTE;
  const flood: CapAlert = {
    identifier: `BPBD-LPG-${toWib(sent).slice(0, 10).replaceAll('-', '')}-001`,
    sender: 'bpbd@lampungprov.example',
    sent: toWib(sent),
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    code: [],
    info: [
      info({
        category: ['Met', 'Safety'],
        event: 'Banjir',
        responseType: ['Prepare', 'Avoid'],
        urgency: 'Expected',
        severity: 'Severe',
        certainty: 'Likely',
        senderName: 'BPBD Provinsi Lampung (simulasi)',
        headline: 'Waspada banjir di Kota Bandar Lampung',
        description: 'Hujan lebat sejak sore menaikkan muka air Way Kuala dan Way Awi. Genangan diperkirakan di permukiman sekitar sungai.',
        instruction: 'Amankan dokumen penting, matikan listrik bila air masuk rumah, dan ikuti arahan petugas.',
        effective: toWib(sent),
        onset: toWib(sent + 30 * MINUTE),
        expires: toWib(anchor + 12 * HOUR),
        area: [
          {
            areaDesc: 'Kec. Rajabasa dan Kec. Kedaton, Kota Bandar Lampung',
            polygons: [ring(-5.378, 105.246, 0.012, 6), ring(-5.395, 105.262, 0.01, 5)],
            circles: [],
            geocodes: [{ valueName: 'ADM2', value: '18.71' }],
          },
        ],
      }),
    ],
  };
  const nowcast: CapAlert = {
    identifier: `CBD${toWib(anchor).slice(0, 10).replaceAll('-', '')}001`,
    sender: 'nowcast@bmkg.example',
    sent: toWib(anchor - 20 * MINUTE),
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    code: [],
    info: [
      info({
        event: 'Hujan Lebat dan Petir',
        urgency: 'Immediate',
        severity: 'Moderate',
        certainty: 'Likely',
        senderName: 'BMKG (simulasi)',
        headline: 'Hujan lebat disertai petir di sebagian Lampung',
        effective: toWib(anchor - 20 * MINUTE),
        expires: toWib(anchor + 3 * HOUR),
        area: [
          {
            areaDesc: 'Pesawaran, Pringsewu, Tanggamus',
            polygons: [ring(-5.45, 105.05, 0.08, 6), ring(-5.38, 104.85, 0.06, 5)],
            circles: [],
            geocodes: [
              { valueName: 'ADM2', value: '18.09' },
              { valueName: 'ADM2', value: '18.10' },
              { valueName: 'ADM2', value: '18.06' },
            ],
          },
        ],
      }),
    ],
  };
  const expired: CapAlert = {
    ...nowcast,
    identifier: `CBD${toWib(anchor - 30 * HOUR).slice(0, 10).replaceAll('-', '')}007`,
    sent: toWib(anchor - 30 * HOUR),
    info: [{ ...nowcast.info[0]!, effective: toWib(anchor - 30 * HOUR), expires: toWib(anchor - 27 * HOUR), area: [{ ...nowcast.info[0]!.area[0]!, areaDesc: 'Metro', geocodes: [{ valueName: 'ADM2', value: '18.72' }] }] }],
  };
  const gauge = (id: string, name: string, kind: FloodGauge['kind'], regionCode: string, point: { lat: number; lng: number }, thresholds: { siaga3: number; siaga2: number; siaga1: number }, level: number, minutesAgo: number, pumps?: FloodGauge['pumps']): FloodGauge => ({
    id,
    name,
    kind,
    regionCode,
    point,
    waterLevelCm: level,
    alertLevel: floodAlertLevel(level, thresholds),
    thresholds,
    ...(pumps === undefined ? {} : { pumps }),
    updatedAt: toWib(anchor - minutesAgo * MINUTE),
    source: 'BBWS Mesuji Sekampung (data simulasi)',
  });
  const gauges = [
    gauge('pda-way-kuala', 'Pos Duga Air Way Kuala', 'river_gauge', '18.71', { lat: -5.4467, lng: 105.2653 }, { siaga3: 180, siaga2: 230, siaga1: 280 }, 240 + random.int(0, 20), 10),
    gauge('pa-way-awi', 'Pintu Air Way Awi', 'water_gate', '18.71', { lat: -5.4125, lng: 105.2431 }, { siaga3: 150, siaga2: 200, siaga1: 250 }, 170 + random.int(0, 20), 15, [
      { id: 'pompa-1', name: 'Pompa 1', status: 'on' },
      { id: 'pompa-2', name: 'Pompa 2', status: 'fault' },
    ]),
    gauge('pda-way-sekampung-metro', 'Pos Duga Air Way Sekampung (Metro)', 'river_gauge', '18.72', { lat: -5.1402, lng: 105.3348 }, { siaga3: 400, siaga2: 500, siaga1: 600 }, 310 + random.int(0, 40), 20),
    // A gauge that stopped reporting three days ago: its `updatedAt` shows it is stale.
    gauge('pda-way-semaka', 'Pos Duga Air Way Semaka', 'river_gauge', '18.06', { lat: -5.3511, lng: 104.6122 }, { siaga3: 300, siaga2: 380, siaga1: 460 }, 220, 3 * 24 * 60),
  ];
  return { alerts: [flood, nowcast, expired], gauges };
}
