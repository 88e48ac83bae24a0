import {
  emergencyContactSchema,
  emergencyContactsConfigSchema,
  emergencyEndpoints,
  listEmergencyContacts,
  NATIONAL_EMERGENCY_CONTACTS,
  resolveEmergencyContacts,
  validate,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

const lampungCallCentre = {
  id: 'lampung-call-centre',
  kind: 'call_centre',
  number: '0721 123456',
  name: { id: 'Call Center Provinsi Lampung', en: 'Lampung Province call centre' },
  scope: 'province',
  regionCode: '18',
} as const;

describe('emergency contacts', () => {
  it('ship the national numbers, 112 first, each valid', () => {
    expect(NATIONAL_EMERGENCY_CONTACTS.map((contact) => `${contact.number}:${contact.kind}`)).toEqual([
      '112:general',
      '110:police',
      '118:ambulance',
      '119:ambulance',
      '113:fire',
      '115:search_rescue',
      '117:disaster',
      '129:child_women_protection',
    ]);
    for (const contact of NATIONAL_EMERGENCY_CONTACTS) expect(validate(emergencyContactSchema, contact).success, contact.id).toBe(true);
  });

  it('put the province call centre after 112, omit and add numbers from config', () => {
    const config = validate(emergencyContactsConfigSchema, {
      provinceCallCentre: lampungCallCentre,
      omit: ['national-129'],
      extra: [{ id: 'damkar-bandar-lampung', kind: 'fire', number: '0721-252000', name: { id: 'Damkar Kota Bandar Lampung' }, scope: 'regency', regionCode: '18.71' }],
    });
    expect(config.success).toBe(true);
    const contacts = resolveEmergencyContacts(config.data!);
    expect(contacts.map((contact) => contact.id)).toEqual([
      'national-112',
      'lampung-call-centre',
      'national-110',
      'national-118',
      'national-119',
      'national-113',
      'national-115',
      'national-117',
      'damkar-bandar-lampung',
    ]);
    expect(contacts[1]).toMatchObject({ available24h: true, tollFree: false });
    expect(resolveEmergencyContacts(validate(emergencyContactsConfigSchema, {}).data!)).toEqual(NATIONAL_EMERGENCY_CONTACTS);
  });

  it('refuse numbers that cannot be dialled', () => {
    const result = validate(emergencyContactSchema, { ...lampungCallCentre, number: 'call us', id: 'Lampung' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['id', 'number']);
  });

  it('are listed by region', () => {
    expect(listEmergencyContacts).toMatchObject({ method: 'GET', path: '/emergency/contacts', auth: 'none' });
    expect(Object.keys(emergencyEndpoints)).toEqual(['listEmergencyContacts']);
  });
});
