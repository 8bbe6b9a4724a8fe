// Settings: the product catalog in one line (how many products) with a link to manage it.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPackages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoreQuery } from '../../api/core-queries';

export function ProductCatalogSection() {
  const { t } = useTranslation();
  const products = useCoreQuery('products.list', { limit: 1 });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="product-catalog-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 360px' }}>
          <Title order={2} size="h4" id="product-catalog-title">
            {t('claims.catalogSection.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('claims.catalogSection.description')}
          </Text>
          {products.data ? (
            <Text size="sm" data-testid="catalog-count">
              {t('claims.products.count', { count: products.data.total })}
            </Text>
          ) : null}
        </Stack>
        <Button
          component={Link}
          to="/products"
          variant="light"
          leftSection={<IconPackages size={16} aria-hidden />}
        >
          {t('claims.catalogSection.open')}
        </Button>
      </Group>
    </Card>
  );
}
