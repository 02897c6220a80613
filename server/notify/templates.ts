// Templates for messages to people without an account; the templates for users are
// NOTIFICATION_TEMPLATES in ./index.ts. Each has notifications.template.<name>.title/body in
// every language (a unit test checks).

/** Sent to a phone number or e-mail address without an account: tracking codes, status-page subscription codes, and subscribers' incident notices. */
export const ADDRESS_TEMPLATES = ["tracking.code", "status.subscribeCode", "incident.declared", "incident.update", "incident.eta", "incident.restored"] as const;
export type AddressTemplate = (typeof ADDRESS_TEMPLATES)[number];

/**
 * Payload fields that are secret (one-time codes). They are removed from the stored payload once
 * a real gateway has sent the message, and shown to admins only for messages that went to the
 * outbox, which is then the only way they reach anyone.
 */
export const SECRET_PAYLOAD_KEYS: Partial<Record<string, readonly string[]>> = { "tracking.code": ["code"], "status.subscribeCode": ["code"], "privacy.phoneCode": ["code"], "termination.code": ["code"] };
