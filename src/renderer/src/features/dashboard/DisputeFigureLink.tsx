// A dispute figure as a link to the disputes list. The list filters one region and one case owner
// at a time, so a selection of several opens a small menu with one list per region × owner.
import { Anchor, Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nameWithVisibleText } from '../../i18n/accessible-name';
import { useOwnerOptions } from '../retention/use-owner-options';

export interface DisputeFigureLinkProps {
  links: { region: string | null; ownerId: string | null; href: string }[];
  text: string;
  label: string;
}

export function DisputeFigureLink({ links, text, label }: DisputeFigureLinkProps) {
  const { t } = useTranslation();
  const owners = useOwnerOptions();
  const [only] = links;
  const name = nameWithVisibleText(text, label, t);
  if (links.length === 1 && only) {
    return (
      <Anchor
        component={Link}
        to={only.href}
        inherit
        c="inherit"
        fw="inherit"
        underline="hover"
        aria-label={name}
      >
        {text}
      </Anchor>
    );
  }
  const nameOf = (link: (typeof links)[number]) =>
    [
      link.region === null ? null : link.region || t('dashboard.noRegion'),
      link.ownerId === null
        ? null
        : link.ownerId === 'none'
          ? t('dashboard.noOwner')
          : (owners.nameOf(link.ownerId) ?? '…'),
    ]
      .filter((part) => part !== null)
      .join(' · ');
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={name}
          style={{ font: 'inherit', color: 'inherit', textDecoration: 'underline dotted' }}
        >
          {text}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('dashboard.disputesPerScope')}</Menu.Label>
        {links.map((link) => (
          <Menu.Item key={link.href} component={Link} to={link.href}>
            {nameOf(link)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
