// 集中养育: the child welfare institution a child is placed in, and the date of placement. Empty means the
// child is raised by a family (散居); the date is asked for only once an institution is chosen.
import { Col, DatePicker, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useApiGet } from '../../../api/useApiGet';
import '../../../i18n/childFile.zh-CN';

interface WelfareHome {
  id: string;
  name: string;
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function PlacementFields({ half }: { half: number }) {
  const { t } = useTranslation();
  const { data, loading } = useApiGet<{ data: WelfareHome[] }>('/api/institutions/welfare-homes');
  const options = (data?.data ?? []).map((i) => ({ value: i.id, label: i.name }));
  return (
    <Row gutter={16}>
      <Col span={half}>
        <Form.Item name="institutionId" label={t('fields.institutionId')} extra={t('childForm.institutionHint')}>
          <Select
            allowClear
            loading={loading}
            options={options}
            placeholder={t('childForm.familyCare')}
            data-testid="institution-select"
          />
        </Form.Item>
      </Col>
      <Form.Item noStyle dependencies={['institutionId']}>
        {({ getFieldValue }) =>
          getFieldValue('institutionId') ? (
            <Col span={half}>
              <Form.Item
                name="institutionSince"
                label={t('fields.institutionSince')}
                rules={[{ required: true, message: t('childForm.institutionSinceRequired') }]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
              </Form.Item>
            </Col>
          ) : null
        }
      </Form.Item>
    </Row>
  );
}
