/**
 * Emergency contacts in the store: the national numbers, and example regional numbers for
 * Lampung (synthetic numbers, marked as examples).
 *
 * @module
 */
import { resolveEmergencyContacts, type EmergencyContact } from '@gerbang/contracts';

const example = { id: 'Nomor contoh untuk pengujian, bukan nomor sebenarnya.', en: 'An example number for testing, not a real one.' };

/** Seeds the contacts: 112, the province's call centre, the other national numbers, then regional ones. */
export function seedEmergency(): EmergencyContact[] {
  return resolveEmergencyContacts({
    provinceCallCentre: {
      id: 'lampung-call-centre',
      kind: 'call_centre',
      number: '0721 000 112',
      name: { id: 'Call Center Provinsi Lampung', en: 'Lampung province call centre' },
      scope: 'province',
      regionCode: '18',
      available24h: true,
      tollFree: false,
      note: example,
    },
    extra: [
      {
        id: 'bandar-lampung-damkar',
        kind: 'fire',
        number: '0721 000 113',
        name: { id: 'Damkar Kota Bandar Lampung', en: 'Bandar Lampung fire brigade' },
        scope: 'regency',
        regionCode: '18.71',
        available24h: true,
        tollFree: false,
        note: example,
      },
      {
        id: 'bandar-lampung-bpbd',
        kind: 'disaster',
        number: '0721 000 117',
        name: { id: 'BPBD Kota Bandar Lampung', en: 'Bandar Lampung disaster agency' },
        scope: 'regency',
        regionCode: '18.71',
        available24h: true,
        tollFree: false,
        note: example,
      },
      {
        id: 'metro-ambulans',
        kind: 'ambulance',
        number: '0725 000 118',
        name: { id: 'Ambulans Kota Metro', en: 'Metro ambulance' },
        scope: 'regency',
        regionCode: '18.72',
        available24h: true,
        tollFree: false,
        note: example,
      },
    ],
    omit: [],
  });
}
