// A phone number, e-mail, website or WhatsApp number shown as a link that opens the right app.
import { Anchor, Group, Text } from '@mantine/core';
import { IconBrandWhatsapp, IconMail, IconPhone, IconWorld } from '@tabler/icons-react';
import { contactHref, type ContactChannel } from './contact-hrefs';

const icons = {
  website: IconWorld,
  email: IconMail,
  phone: IconPhone,
  whatsapp: IconBrandWhatsapp,
} as const;

export interface ContactLinkProps {
  channel: ContactChannel;
  value: string;
  /** Accessible name of the link, e.g. "WhatsApp Siti Rahman"; the visible text is the value. */
  label?: string;
}

export function ContactLink({ channel, value, label }: ContactLinkProps) {
  const href = contactHref(channel, value);
  const Icon = icons[channel];
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      <Icon size={16} aria-hidden style={{ flexShrink: 0 }} />
      {href ? (
        <Anchor
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          aria-label={label}
          style={{ overflowWrap: 'anywhere' }}
        >
          {value}
        </Anchor>
      ) : (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {value}
        </Text>
      )}
    </Group>
  );
}
