// Permissions grouped by resource ("children:read" → children), as a checkbox list.
import { Checkbox, Col, Flex, Row, Typography } from 'antd';
import type { Permission } from '../../api/types';

export function PermissionChecklist({
  permissions,
  value,
  onChange,
  disabled,
}: {
  permissions: Permission[];
  value?: string[];
  onChange?: (value: string[]) => void;
  disabled?: boolean;
}) {
  const groups = new Map<string, Permission[]>();
  for (const permission of permissions) {
    const resource = permission.code.split(':')[0] ?? permission.code;
    groups.set(resource, [...(groups.get(resource) ?? []), permission]);
  }
  return (
    <Checkbox.Group
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      disabled={disabled}
      style={{ width: '100%' }}
    >
      <Flex vertical gap={8} style={{ width: '100%' }}>
        {[...groups.entries()].map(([resource, items]) => (
          <div key={resource}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {resource}
            </Typography.Text>
            <Row gutter={[8, 4]}>
              {items.map((permission) => (
                <Col key={permission.code} xs={24} sm={12}>
                  <Checkbox value={permission.code}>
                    {permission.name}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {permission.code}
                    </Typography.Text>
                  </Checkbox>
                </Col>
              ))}
            </Row>
          </div>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
