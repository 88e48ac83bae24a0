/**
 * The inquiry form: the plate, checked as it is typed with `parsePlate` (showing the area it
 * belongs to), and the last 5 characters of the chassis number. Errors from the API are shown at
 * the field they concern; what the citizen typed is never lost.
 *
 * @internal
 * @module
 */
import { inquirePkb, parsePlate, type PkbBill } from '@gerbang/contracts';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { describeFailure, type CallFailure } from './errors.ts';
import type { PkbEnv } from './state.ts';
import { compactPlate } from './state.ts';

const CHASSIS_SUFFIX = /^[A-Z0-9]{5}$/;

/** The props of {@link InquiryForm}. @internal */
export interface InquiryFormProps {
  readonly env: PkbEnv;
  /** The plate to start with, such as the one in the bill's URL. */
  readonly initialPlate?: string;
  /** Called with the bill found. */
  readonly onBill: (bill: PkbBill) => void;
}

/** The inquiry form. @internal */
export function InquiryForm({ env, initialPlate, onBill }: InquiryFormProps) {
  const { ctx, state, t } = env;
  const id = useId();
  const plateInput = useRef<HTMLInputElement>(null);
  const chassisInput = useRef<HTMLInputElement>(null);
  const [plate, setPlate] = useState(initialPlate ?? state.draft.plate);
  const [chassis, setChassis] = useState(state.draft.chassis);
  const [plateTouched, setPlateTouched] = useState(false);
  const [chassisTouched, setChassisTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  // A second submit before the form re-renders must not send a second inquiry.
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<CallFailure | undefined>();

  const parsed = useMemo(() => parsePlate(plate), [plate]);
  const chassisOk = CHASSIS_SUFFIX.test(chassis);
  // A failure from the server about a field stays until that field changes.
  const serverPlate = failure?.kind === 'invalid' && failure.fields.includes('plate');
  const serverChassis = failure?.kind === 'invalid' && failure.fields.includes('chassisNumberSuffix');
  const notFound = failure?.kind === 'not-found';
  const plateError = plateTouched && !parsed.ok ? t.plateErrors[parsed.error.reason] : serverPlate ? t.plateErrors.format : undefined;
  const chassisError = chassisTouched && !chassisOk ? t.chassisInvalid : serverChassis ? t.chassisInvalid : notFound ? t.notFound : undefined;
  const formError = failure !== undefined && failure.kind !== 'not-found' && !(failure.kind === 'invalid' && failure.fields.length > 0) ? failure.message : undefined;

  const ids = {
    plateHint: `${id}-plate-hint`,
    plateArea: `${id}-plate-area`,
    plateError: `${id}-plate-error`,
    chassisHint: `${id}-chassis-hint`,
    chassisError: `${id}-chassis-error`,
  };
  const describedBy = (...parts: (string | false)[]): string => parts.filter((part): part is string => part !== false).join(' ');

  const remember = (next: { plate?: string; chassis?: string }): void => {
    state.draft = { ...state.draft, ...next };
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (inFlight.current) return;
    setPlateTouched(true);
    setChassisTouched(true);
    if (!parsed.ok) {
      plateInput.current?.focus();
      return;
    }
    if (!chassisOk) {
      chassisInput.current?.focus();
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setFailure(undefined);
    try {
      const bill = await ctx.api.call(inquirePkb, { body: { plate: parsed.value.text, chassisNumberSuffix: chassis } });
      state.bills.set(compactPlate(bill.plate), bill);
      if (!ctx.signal.aborted) onBill(bill);
    } catch (error) {
      const described = describeFailure(error, t);
      setFailure(described);
      if (described.kind === 'invalid' && described.fields.includes('plate')) plateInput.current?.focus();
      else if (described.kind === 'not-found' || described.kind === 'invalid') chassisInput.current?.focus();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <form class="gb-pajak-kendaraan-form" noValidate onSubmit={(event) => void submit(event)}>
      <div class="gb-pajak-kendaraan-field">
        <label for={`${id}-plate`}>{t.plateLabel}</label>
        <input
          ref={plateInput}
          id={`${id}-plate`}
          name="plate"
          data-testid="pkb-plate"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={16}
          required
          value={plate}
          aria-invalid={plateError !== undefined || notFound}
          aria-describedby={describedBy(ids.plateHint, ids.plateArea, plateError !== undefined && ids.plateError, notFound && ids.chassisError)}
          onInput={(event) => {
            const value = event.currentTarget.value.toUpperCase();
            setPlate(value);
            remember({ plate: value });
            if (failure !== undefined) setFailure(undefined);
          }}
          onBlur={() => {
            if (plate.trim() !== '') setPlateTouched(true);
          }}
        />
        <p class="gb-pajak-kendaraan-hint" id={ids.plateHint}>
          {t.plateHint}
        </p>
        <p class="gb-pajak-kendaraan-area" id={ids.plateArea} aria-live="polite">
          {parsed.ok ? `${t.plateArea(parsed.value.areaDescription)}${parsed.value.legacy ? ` (${t.plateLegacy})` : ''}` : ''}
        </p>
        {plateError !== undefined && (
          <p class="gb-pajak-kendaraan-error" id={ids.plateError}>
            {plateError}
          </p>
        )}
      </div>
      <div class="gb-pajak-kendaraan-field">
        <label for={`${id}-chassis`}>{t.chassisLabel}</label>
        <input
          ref={chassisInput}
          id={`${id}-chassis`}
          name="chassisNumberSuffix"
          data-testid="pkb-chassis"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={5}
          required
          value={chassis}
          aria-invalid={chassisError !== undefined}
          aria-describedby={describedBy(ids.chassisHint, chassisError !== undefined && ids.chassisError)}
          onInput={(event) => {
            const value = event.currentTarget.value.toUpperCase().replace(/\s+/g, '');
            setChassis(value);
            remember({ chassis: value });
            if (failure !== undefined) setFailure(undefined);
          }}
          onBlur={() => {
            if (chassis !== '') setChassisTouched(true);
          }}
        />
        <p class="gb-pajak-kendaraan-hint" id={ids.chassisHint}>
          {t.chassisHint}
        </p>
        {chassisError !== undefined && (
          <p class="gb-pajak-kendaraan-error" id={ids.chassisError} role={notFound ? 'alert' : undefined}>
            {chassisError}
          </p>
        )}
      </div>
      <button class="gb-pajak-kendaraan-button" type="submit" data-testid="pkb-submit" aria-disabled={busy}>
        {busy ? t.submitting : t.submit}
      </button>
      <p class="gb-pajak-kendaraan-alert" role="alert">
        {formError ?? ''}
      </p>
    </form>
  );
}
