/**
 * Open311 GeoReport v2, checked against the examples of the specification (wiki.open311.org/GeoReport_v2):
 * the service list, a service definition, the POST body, the requests response and the error
 * response, written as the wiki writes them (bare ids with leading zeros included).
 */
import {
  categoryToOpen311Service,
  decodeOpen311RequestForm,
  defaultReportLifecycle,
  defineReportLifecycle,
  encodeOpen311RequestForm,
  fromOpen311Status,
  open311ErrorsToProblem,
  open311RequestToReportDraft,
  open311ServiceToCategory,
  parseOpen311Json,
  parseProblemDetails,
  problemToOpen311Errors,
  readOpen311ServiceRequest,
  reportToOpen311Request,
  toOpen311Status,
  validate,
  validationFailedProblem,
  type Open311RequestForm,
  type Report,
  type ReportCategory,
} from '@gerbang/contracts';
import { describe, expect, it } from 'vitest';

// GET /services.json, as in the specification (ids are bare numbers with leading zeros).
const SERVICE_LIST = `[
  {
    "service_code":001,
    "service_name":"Cans left out 24x7",
    "description":"Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.",
    "metadata":true,
    "type":"realtime",
    "keywords":"lorem, ipsum, dolor",
    "group":"sanitation"
  },
  {
    "service_code":002,
    "metadata":true,
    "type":"realtime",
    "keywords":"lorem, ipsum, dolor",
    "group":"street",
    "service_name":"Construction plate shifted",
    "description":"Metal construction plate covering the street or sidewalk has been moved."
  },
  {
    "service_code":003,
    "metadata":true,
    "type":"realtime",
    "keywords":"lorem, ipsum, dolor",
    "group":"street",
    "service_name":"Curb or curb ramp defect",
    "description":"Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb."
  }
]`;

// GET /services/DMV66.json, as in the specification.
const SERVICE_DEFINITION = `{
  "service_code":"DMV66",
  "attributes":[
    {
      "variable":true,
      "code":"WHISHETN",
      "datatype":"singlevaluelist",
      "required":true,
      "datatype_description":null,
      "order":1,
      "description":"What is the ticket/tag/DL number?",
      "values":[
        { "key":123, "name":"Ford" },
        { "key":124, "name":"Chrysler" }
      ]
    }
  ]
}`;

// POST /requests.json body, as in the specification.
const POST_BODY =
  'api_key=xyz&service_code=001&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street' +
  '&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456&first_name=john&last_name=smith' +
  '&phone=111111111&description=A+large+sinkhole+is+destroying+the+street' +
  '&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg' +
  '&attribute[WHISHETN]=123&attribute[ASDECOAD][]=123456&attribute[ASDECOAD][]=654321';

// GET /requests.json, as in the specification.
const REQUESTS = `[
  {
    "service_request_id":638344,
    "status":"closed",
    "status_notes":"Duplicate request.",
    "service_name":"Sidewalk and Curb Issues",
    "service_code":006,
    "description":null,
    "agency_responsible":null,
    "service_notice":null,
    "requested_datetime":"2010-04-14T06:37:38-08:00",
    "updated_datetime":"2010-04-14T06:37:38-08:00",
    "expected_datetime":"2010-04-15T06:37:38-08:00",
    "address":"8TH AVE and JUDAH ST",
    "address_id":545483,
    "zipcode":94122,
    "lat":37.762221815,
    "long":-122.4651145,
    "media_url":"http://city.org/media/638344.jpg"
  }
]`;

// An error response, as in the specification.
const ERRORS = `[
  {
    "code":403,
    "description":"Invalid api_key received -- can't proceed with create_request."
  }
]`;

describe('parseOpen311Json', () => {
  it('keeps the leading zeros of bare numeric ids', () => {
    const services = parseOpen311Json(SERVICE_LIST);
    expect(services.ok).toBe(true);
    expect((services.value as { service_code: unknown }[]).map((service) => service.service_code)).toEqual(['001', '002', '003']);
    const requests = parseOpen311Json(REQUESTS).value as Record<string, unknown>[];
    expect(requests[0]).toMatchObject({ service_request_id: '638344', service_code: '006', address_id: '545483', zipcode: '94122', lat: 37.762221815 });
  });

  it('leaves ids inside strings and other numbers alone, and reports bad JSON', () => {
    const tricky = parseOpen311Json('{"description":"\\"service_code\\":001","code":7.5,"service_code":"010"}');
    expect(tricky.value).toEqual({ description: '"service_code":001', code: 7.5, service_code: '010' });
    const definition = parseOpen311Json(SERVICE_DEFINITION).value as { attributes: { values: { key: unknown }[] }[] };
    expect(definition.attributes[0]?.values[0]?.key).toBe(123);
    expect(parseOpen311Json('[{').errors?.[0]).toMatchObject({ code: 400, description: expect.stringContaining('not valid JSON') as unknown });
  });
});

describe('services and categories', () => {
  it('reads the specification’s services as categories', () => {
    const services = parseOpen311Json(SERVICE_LIST).value as unknown[];
    const categories = services.map((service) => open311ServiceToCategory(service, { jurisdiction: 'regency' }));
    expect(categories[0]).toEqual({
      ok: true,
      value: {
        code: '001',
        name: { id: 'Cans left out 24x7' },
        description: { id: 'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.' },
        group: 'sanitation',
        keywords: ['lorem', 'ipsum', 'dolor'],
        jurisdiction: 'regency',
        photoRequired: false,
        active: true,
      },
    });
    expect(open311ServiceToCategory({ service_name: 'x' }).errors).toEqual([{ code: 400, description: 'service_code is required' }]);
  });

  it('writes a category as a service and reads it back', () => {
    const category: ReportCategory = {
      code: '007',
      name: { id: 'Jalan rusak', en: 'Damaged road' },
      description: { id: 'Lubang atau retak di jalan.' },
      group: 'infrastruktur',
      keywords: ['jalan', 'lubang'],
      jurisdiction: 'province',
      photoRequired: true,
      active: true,
    };
    const service = categoryToOpen311Service(category);
    expect(service).toEqual({
      service_code: '007',
      service_name: 'Jalan rusak',
      description: 'Lubang atau retak di jalan.',
      metadata: false,
      type: 'realtime',
      keywords: 'jalan, lubang',
      group: 'infrastruktur',
    });
    expect(categoryToOpen311Service(category, { language: 'en' }).service_name).toBe('Damaged road');
    const back = open311ServiceToCategory(parseOpen311Json(JSON.stringify([service])).value?.[0 as never]);
    expect(back.value).toMatchObject({ code: '007', name: { id: 'Jalan rusak' }, keywords: ['jalan', 'lubang'] });
  });
});

describe('the POST /requests form', () => {
  it('decodes the specification’s body, attributes included', () => {
    const decoded = decodeOpen311RequestForm(POST_BODY);
    expect(decoded).toEqual({
      ok: true,
      value: {
        service_code: '001',
        lat: 37.76524078,
        long: -122.4212043,
        address_string: '1234 5th street',
        email: 'smit333@sfgov.edu',
        device_id: 'tt222111',
        account_id: '123456',
        first_name: 'john',
        last_name: 'smith',
        phone: '111111111',
        description: 'A large sinkhole is destroying the street',
        media_url: 'http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg',
        api_key: 'xyz',
        attributes: { WHISHETN: ['123'], ASDECOAD: ['123456', '654321'] },
      },
    });
  });

  it('encodes attribute[code] for one value and attribute[code][] for several, and round-trips', () => {
    const form: Open311RequestForm = {
      service_code: '001',
      lat: -5.3971,
      long: 105.2668,
      attributes: { WHISHETN: ['123'], ASDECOAD: ['123456', '654321'] },
      description: 'Lubang besar & dalam',
    };
    const body = encodeOpen311RequestForm(form);
    expect(decodeURIComponent(body.replaceAll('+', ' '))).toBe(
      'service_code=001&lat=-5.3971&long=105.2668&attribute[WHISHETN]=123&attribute[ASDECOAD][]=123456&attribute[ASDECOAD][]=654321&description=Lubang besar & dalam',
    );
    expect(decodeOpen311RequestForm(body).value).toEqual(form);
  });

  it('reports every broken rule as Open311 errors', () => {
    expect(decodeOpen311RequestForm('lat=100&long=x&description=' + 'a'.repeat(4001)).errors).toEqual([
      { code: 400, description: 'service_code is required' },
      { code: 400, description: 'lat "100" must be a number from -90 to 90' },
      { code: 400, description: 'long "x" must be a number from -180 to 180' },
      { code: 400, description: 'a location is required: lat and long, address_string or address_id' },
      { code: 400, description: 'description must be at most 4000 characters' },
    ]);
    expect(decodeOpen311RequestForm('service_code=1&lat=1').errors).toEqual([
      { code: 400, description: 'lat and long must be given together' },
      { code: 400, description: 'a location is required: lat and long, address_string or address_id' },
    ]);
    expect(decodeOpen311RequestForm('service_code=1&address_id=9&attribute[__proto__]=1').errors).toEqual([
      { code: 400, description: 'the attribute code "__proto__" is not allowed' },
    ]);
  });

  it('turns a request into a report draft from the open311 channel', () => {
    const form = decodeOpen311RequestForm(POST_BODY.replace('lat=37.76524078&long=-122.4212043', 'lat=-5.3971&long=105.2668')).value!;
    expect(open311RequestToReportDraft(form, { regionCode: '18.71' })).toEqual({
      ok: true,
      value: {
        categoryCode: '001',
        description: 'A large sinkhole is destroying the street',
        location: { point: { lat: -5.3971, lng: 105.2668 }, landmark: '1234 5th street', regionCode: '18.71' },
        visibility: 'public',
        anonymous: false,
        channel: 'open311',
      },
    });
    const anonymous = open311RequestToReportDraft({ service_code: '001', lat: -5.4, long: 105.2, attributes: {}, description: 'x' }, { regionCode: '18', visibility: 'private' });
    expect(anonymous.value).toMatchObject({ anonymous: true, visibility: 'private' });
    // Without a point, the address places the report; with neither, the error names address_string.
    expect(
      open311RequestToReportDraft({ service_code: '001', address_string: 'Pasar Bawah, Enggal', description: 'x', attributes: {} }, { regionCode: '18.71' }).value?.location,
    ).toEqual({ landmark: 'Pasar Bawah, Enggal', regionCode: '18.71' });
    expect(open311RequestToReportDraft({ service_code: '001', address_id: '9', description: 'x', attributes: {} }, { regionCode: '18' }).errors).toEqual([
      { code: 400, description: 'address_string: is required when there is no point: give the geotag or a landmark' },
    ]);
    expect(open311RequestToReportDraft({ service_code: 'a b', lat: 1, long: 2, attributes: {} }, { regionCode: '18' }).errors?.map((error) => error.description)).toEqual([
      expect.stringMatching(/^service_code: /),
      expect.stringMatching(/^description: /),
    ]);
  });
});

describe('requests and reports', () => {
  const report: Report = {
    ticket: '000123',
    categoryCode: '007',
    description: 'Lubang besar di jalan.',
    location: { point: { lat: -5.3971, lng: 105.2668 }, landmark: 'depan SDN 2 Rajabasa', regionCode: '18.71.01.1001' },
    photos: [{ url: 'https://cdn.lampungin.example.id/a/1.jpg', mediaType: 'image/jpeg' }],
    visibility: 'public',
    anonymous: false,
    reporter: { id: 'warga-001' },
    channel: 'app',
    routing: { jurisdiction: 'regency', agency: { id: 'pu-1871', name: 'Dinas PU Kota Bandar Lampung' } },
    deadline: '2025-03-08T08:00:00+07:00',
    status: 'in_progress',
    history: [
      { from: null, to: 'submitted', at: '2025-03-01T08:00:00+07:00', actor: { kind: 'citizen' }, evidence: [] },
      { from: 'submitted', to: 'verified', at: '2025-03-01T09:00:00+07:00', actor: { kind: 'officer' }, evidence: [], note: { visibility: 'public', text: 'Laporan diverifikasi.' } },
      { from: 'verified', to: 'routed', at: '2025-03-01T09:10:00+07:00', actor: { kind: 'officer' }, evidence: [] },
      { from: 'routed', to: 'in_progress', at: '2025-03-02T08:00:00+07:00', actor: { kind: 'officer' }, evidence: [], note: { visibility: 'internal', text: 'Anggaran dari pos darurat.' } },
    ],
    createdAt: '2025-03-01T08:00:00+07:00',
    updatedAt: '2025-03-02T08:00:00+07:00',
    support: { count: 12, supportedByMe: false },
  };

  it('writes a report as a request, with only public notes and the ticket as a string id', () => {
    const categories: ReportCategory[] = [
      { code: '007', name: { id: 'Jalan rusak', en: 'Damaged road' }, jurisdiction: 'regency', photoRequired: true, active: true },
    ];
    expect(reportToOpen311Request(report, { categories })).toEqual({
      service_request_id: '000123',
      status: 'open',
      status_notes: 'Laporan diverifikasi.',
      service_name: 'Jalan rusak',
      service_code: '007',
      description: 'Lubang besar di jalan.',
      agency_responsible: 'Dinas PU Kota Bandar Lampung',
      requested_datetime: '2025-03-01T08:00:00+07:00',
      updated_datetime: '2025-03-02T08:00:00+07:00',
      expected_datetime: '2025-03-08T08:00:00+07:00',
      address: 'depan SDN 2 Rajabasa',
      lat: -5.3971,
      long: 105.2668,
      media_url: 'https://cdn.lampungin.example.id/a/1.jpg',
    });
    expect(JSON.stringify(reportToOpen311Request(report))).not.toContain('Anggaran');
  });

  it('reads the specification’s requests response, ids as strings and nulls left out, into a draft', () => {
    const requests = parseOpen311Json(REQUESTS).value as unknown[];
    const request = readOpen311ServiceRequest(requests[0]);
    expect(request).toEqual({
      ok: true,
      value: {
        service_request_id: '638344',
        status: 'closed',
        status_notes: 'Duplicate request.',
        service_name: 'Sidewalk and Curb Issues',
        service_code: '006',
        requested_datetime: '2010-04-14T06:37:38-08:00',
        updated_datetime: '2010-04-14T06:37:38-08:00',
        expected_datetime: '2010-04-15T06:37:38-08:00',
        address: '8TH AVE and JUDAH ST',
        address_id: '545483',
        zipcode: '94122',
        lat: 37.762221815,
        long: -122.4651145,
        media_url: 'http://city.org/media/638344.jpg',
      },
    });
    const draft = open311RequestToReportDraft({ ...request.value!, description: 'Curb ramp broken' }, { regionCode: '18.71' });
    expect(draft.value).toMatchObject({ categoryCode: '006', location: { landmark: '8TH AVE and JUDAH ST' }, anonymous: true, channel: 'open311' });
    expect(readOpen311ServiceRequest({ service_request_id: 1, status: 'pending', lat: 'north' }).errors).toEqual([
      { code: 400, description: 'service_code is required' },
      { code: 400, description: 'status must be "open" or "closed"' },
      { code: 400, description: 'lat must be a number from -90 to 90' },
    ]);
  });

  it('maps states to open and closed, following the tenant lifecycle', () => {
    expect(toOpen311Status('submitted')).toBe('open');
    expect(toOpen311Status('done')).toBe('closed');
    expect(toOpen311Status('rejected')).toBe('closed');
    expect(fromOpen311Status('closed')).toEqual(['rejected', 'redirected', 'diverted', 'out_of_scope', 'done', 'closed', 'removed']);
    expect([...fromOpen311Status('open'), ...fromOpen311Status('closed')]).toHaveLength(Object.keys(defaultReportLifecycle.states).length);
    const lifecycle = defineReportLifecycle({ states: { done: { open311: 'open' } } });
    expect(toOpen311Status('done', lifecycle)).toBe('open');
    expect(fromOpen311Status('closed', lifecycle)).not.toContain('done');
  });
});

describe('errors and problems', () => {
  it('turns the specification’s error array into RFC 9457 problem details and back', () => {
    const errors = parseOpen311Json(ERRORS).value as { code: number; description: string }[];
    const problem = open311ErrorsToProblem(errors, 403);
    expect(problem).toEqual({
      type: 'about:blank',
      status: 403,
      title: "Invalid api_key received -- can't proceed with create_request.",
      detail: "Invalid api_key received -- can't proceed with create_request.",
      errors: [{ code: 403, description: "Invalid api_key received -- can't proceed with create_request." }],
    });
    expect(parseProblemDetails(problem)).toEqual(problem);
    expect(problemToOpen311Errors(problem)).toEqual(errors);
    expect(open311ErrorsToProblem([], 500)).toEqual({ type: 'about:blank', status: 500, title: 'HTTP 500', errors: [] });
  });

  it('turns a validation problem into one Open311 error per issue', () => {
    const problem = validate(validationFailedProblem, {
      type: 'https://gerbang.dev/problems/validation-failed',
      title: 'Validation failed',
      status: 422,
      issues: [
        { code: 'invalid_type', path: ['location', 'point', 'lat'], message: 'is required (expected number)' },
        { code: 'custom', path: ['description'], message: 'must not be empty' },
      ],
    });
    expect(problem.success).toBe(true);
    expect(problemToOpen311Errors(problem.data!)).toEqual([
      { code: 422, description: 'location.point.lat: is required (expected number)' },
      { code: 422, description: 'description: must not be empty' },
    ]);
    expect(problemToOpen311Errors({ type: 'https://gerbang.dev/problems/not-found', title: 'Not found' })).toEqual([{ code: 500, description: 'Not found' }]);
  });
});
