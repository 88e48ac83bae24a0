/**
 * The permission vocabulary: every capability a module can ask for, with a stable id and the
 * labels a host shows in its consent prompt.
 *
 * @module
 */
import * as z from 'zod/mini';

/** The wording of one permission for people, in Indonesian and English. */
export interface PermissionLabel {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** What the host knows about a permission before any module asks for it. */
export interface PermissionDescriptor {
  /** The short name shown in consent prompts and settings. */
  readonly label: PermissionLabel;
  /** One sentence on what the permission lets a module do. */
  readonly description: PermissionLabel;
  /**
   * Whether each use is personal data under UU 27/2022 (PDP) and is written to the host's audit
   * log: identity, location and payments.
   */
  readonly sensitive: boolean;
}

/**
 * Every permission id a module may declare. Ids never change meaning; new capabilities get new
 * ids. (Kept apart from {@link PERMISSIONS}, so that validating a manifest does not bundle the
 * labels.)
 */
export const PERMISSION_IDS = [
  'location',
  'camera',
  'photos',
  'notifications',
  'identity.profile',
  'identity.nik',
  'payments',
  'contacts',
  'storage.shared',
  'network.external',
] as const;

/** The stable id of a permission, such as `location` or `identity.nik`. */
export type PermissionId = (typeof PERMISSION_IDS)[number];

/** Every permission with the labels a host shows in its consent prompt, keyed by id. */
export const PERMISSIONS: { readonly [TId in PermissionId]: PermissionDescriptor } = {
  location: {
    label: { id: 'Lokasi', en: 'Location' },
    description: {
      id: 'Membaca lokasi perangkat Anda, misalnya untuk menandai tempat laporan.',
      en: "Read your device's location, for example to pin where a report happened.",
    },
    sensitive: true,
  },
  camera: {
    label: { id: 'Kamera', en: 'Camera' },
    description: { id: 'Mengambil foto atau video dengan kamera.', en: 'Take photos or video with the camera.' },
    sensitive: false,
  },
  photos: {
    label: { id: 'Galeri foto', en: 'Photos' },
    description: { id: 'Memilih foto dari galeri Anda.', en: 'Pick photos from your gallery.' },
    sensitive: false,
  },
  notifications: {
    label: { id: 'Notifikasi', en: 'Notifications' },
    description: { id: 'Mengirimkan notifikasi kepada Anda.', en: 'Send you notifications.' },
    sensitive: false,
  },
  'identity.profile': {
    label: { id: 'Profil', en: 'Profile' },
    description: {
      id: 'Membaca nama, email, dan nomor telepon akun Anda.',
      en: 'Read the name, email and phone number of your account.',
    },
    sensitive: true,
  },
  'identity.nik': {
    label: { id: 'NIK', en: 'National ID number (NIK)' },
    description: {
      id: 'Membaca Nomor Induk Kependudukan (NIK) Anda.',
      en: 'Read your national identity number (NIK).',
    },
    sensitive: true,
  },
  payments: {
    label: { id: 'Pembayaran', en: 'Payments' },
    description: {
      id: 'Membuat tagihan dan memulai pembayaran atas nama Anda.',
      en: 'Create bills and start payments on your behalf.',
    },
    sensitive: true,
  },
  contacts: {
    label: { id: 'Kontak', en: 'Contacts' },
    description: { id: 'Memilih kontak dari buku telepon Anda.', en: 'Pick contacts from your address book.' },
    sensitive: false,
  },
  'storage.shared': {
    label: { id: 'Penyimpanan bersama', en: 'Shared storage' },
    description: {
      id: 'Membaca dan menulis data di luar ruang penyimpanan modul sendiri.',
      en: "Read and write data outside the module's own storage.",
    },
    sensitive: false,
  },
  'network.external': {
    label: { id: 'Jaringan luar', en: 'External network' },
    description: {
      id: 'Menghubungi server selain layanan resmi aplikasi ini.',
      en: "Contact servers other than this app's own services.",
    },
    sensitive: false,
  },
};

/**
 * Tells whether a value is a known permission id.
 *
 * @param value - Any value.
 */
export function isPermissionId(value: unknown): value is PermissionId {
  return (PERMISSION_IDS as readonly unknown[]).includes(value);
}

/** The schema of a permission id; an unknown id fails with the list of known ones. */
export const permissionIdSchema = z.literal(PERMISSION_IDS, {
  error: (issue) =>
    `unknown permission ${typeof issue.input === 'string' ? JSON.stringify(issue.input) : 'value'}; known permissions are ${PERMISSION_IDS.join(', ')}`,
});
