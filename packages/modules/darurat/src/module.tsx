/**
 * The implementation of the emergency-numbers module, loaded when the module is first opened. It
 * registers the `main` view: the numbers the app has offline (the brand's and the national ones)
 * at once, then the region's list from the API merged in front of them.
 *
 * @module
 */
import { listEmergencyContacts } from '@gerbang/contracts';
import type { ModuleContext, ModuleImplementation, ViewProps } from '@gerbang/core';
import { render } from 'preact';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { brandRegion, dialString, merge, offlineContacts, type DialContact } from './contacts.ts';
import { messagesFor, type Messages } from './messages.ts';
import { STYLES } from './styles.ts';

/** What the view receives: the module context plus the host's props. */
type Props = ViewProps & { readonly ctx: ModuleContext };

/** Where the region's list stands. */
type Remote = { readonly state: 'loading' } | { readonly state: 'ready'; readonly contacts: readonly DialContact[] } | { readonly state: 'failed'; readonly offline: boolean };

function details(contact: DialContact, ctx: ModuleContext, messages: Messages): string {
  return [
    contact.available24h === true ? messages.allDay : undefined,
    contact.tollFree === true ? messages.tollFree : undefined,
    contact.note === undefined ? undefined : ctx.i18n.text(contact.note),
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}

/** The `main` view: every number as a large `tel:` link. */
function EmergencyView({ ctx }: Props) {
  const messages = messagesFor(ctx.i18n.locale);
  const id = useId();
  const offline = useMemo(() => offlineContacts(ctx.brand), [ctx]);
  const [remote, setRemote] = useState<Remote>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setRemote({ state: 'loading' });
    const regionCode = brandRegion(ctx.brand);
    ctx.api.call(listEmergencyContacts, { query: regionCode === undefined ? {} : { regionCode } }).then(
      (response) => {
        if (live) setRemote({ state: 'ready', contacts: response.items });
      },
      (error: unknown) => {
        if (live) setRemote({ state: 'failed', offline: (error as { readonly code?: unknown } | null)?.code === 'offline' });
      },
    );
    return () => {
      live = false;
    };
  }, [ctx, attempt]);

  const contacts = remote.state === 'ready' ? merge(remote.contacts, offline) : offline;
  const primary = contacts.find((contact) => dialString(contact.number) === '112') ?? contacts[0];
  let status = '';
  if (remote.state === 'loading') status = messages.loading;
  else if (remote.state === 'failed') status = remote.offline ? messages.offline : messages.fallback;

  return (
    <section class="gb-darurat" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{messages.title}</h2>
      <p>{messages.intro}</p>
      <p class="gb-darurat-status" role="status">
        {status}
      </p>
      {remote.state === 'failed' ? (
        <button
          type="button"
          onClick={() => {
            setAttempt((count) => count + 1);
          }}
        >
          {messages.retry}
        </button>
      ) : null}
      <ul class="gb-darurat-list" role="list">
        {contacts.map((contact) => {
          const name = ctx.i18n.text(contact.name);
          const detail = details(contact, ctx, messages);
          const detailId = `${id}-${contact.id}`;
          return (
            <li key={contact.id}>
              <a
                class={contact === primary ? 'gb-darurat-number gb-darurat-primary' : 'gb-darurat-number'}
                href={`tel:${dialString(contact.number)}`}
                aria-label={messages.call(name, contact.number)}
                {...(detail === '' ? {} : { 'aria-describedby': detailId })}
                data-testid={`darurat-number-${contact.id}`}
              >
                <span class="gb-darurat-name">{name}</span>{' '}
                <span class="gb-darurat-dial">{contact.number}</span>
              </a>
              {/* Outside the link, so that its name ("Telepon Ambulans, 118") holds all its visible text. */}
              {detail === '' ? null : (
                <p class="gb-darurat-detail" id={detailId}>
                  {detail}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Adds the style sheet to the element's root (the document's head, or a shadow root) once. */
function injectStyles(element: Element): void {
  const root = element.getRootNode();
  const parent = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : element.ownerDocument.head;
  if (parent.querySelector('style[data-gerbang-style="gb-darurat"]') !== null) return;
  const style = element.ownerDocument.createElement('style');
  style.dataset.gerbangStyle = 'gb-darurat';
  style.textContent = STYLES;
  parent.append(style);
}

/** The emergency-numbers module's implementation: registers the `main` view. */
const implementation: ModuleImplementation = {
  activate(ctx) {
    ctx.views.register('main', {
      mount(element, props) {
        const target = element as HTMLElement;
        injectStyles(target);
        render(<EmergencyView ctx={ctx} {...props} />, target);
        return () => {
          render(null, target);
        };
      },
    });
  },
};

export default implementation;
