/**
 * The modules of the app: their manifests only. Each module's code loads when a citizen first
 * opens it (or follows a deep link to it), never with the home screen.
 */
import { aduanModule } from '@gerbang/module-aduan';
import { beritaModule } from '@gerbang/module-berita';
import { daruratModule } from '@gerbang/module-darurat';
import { hargaPanganModule } from '@gerbang/module-harga-pangan';
import { pajakKendaraanModule } from '@gerbang/module-pajak-kendaraan';
import { peringatanModule } from '@gerbang/module-peringatan';

/** The reference modules: JAKI's service set. The brand decides which show and in what order. */
export const modules = [aduanModule, pajakKendaraanModule, hargaPanganModule, beritaModule, peringatanModule, daruratModule];
