// 登记走访: one visit to one child (?child=ID). The visit goes through the outbox, so a director on a weak
// signal who presses save keeps the visit on the phone and it is sent when the network comes back.
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Skeleton, Switch, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { serviceDate } from '@hehu/domain';
import { errorText } from '../../api/client';
import type { ChildFile } from '../../api/registry';
import { useApiGet } from '../../api/useApiGet';
import { visitOutbox } from '../../api/visitOutbox';
import {
  FINDINGS,
  SEEN_PEOPLE,
  VISIT_KINDS,
  VISIT_PHOTOS_MAX,
  newRecordId,
  type Finding,
  type SeenPerson,
  type VisitKind,
} from '../../api/visits';
import { useAuth } from '../../auth/AuthContext';
import { notAfterTodayRules } from './dateRules';
import { makeThumbnail, resizeImage } from './resizeImage';
import '../../i18n/visits.zh-CN';

type FormValues = {
  visitDate: Dayjs | null;
  kind: VisitKind;
  seen: SeenPerson[];
  note?: string;
  circumstancesChanged: boolean;
} & Partial<Record<Finding, string>>;

const TEXT_MAX = 500;
const CHOICE_STYLE = { minHeight: 44, display: 'flex', alignItems: 'center', justifyContent: 'center' } as const;

export default function VisitFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const childId = search.get('child');
  const child = useApiGet<ChildFile>(childId ? `/api/children/${encodeURIComponent(childId)}` : null);
  const [form] = Form.useForm<FormValues>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Made once when the form opens: pressing save twice, or again after a lost answer, is the same visit.
  const visitId = useMemo(() => newRecordId(), []);
  const today = serviceDate();
  // A visit saved offline ends on the visits page: fetch its code now, while the network is still there.
  useEffect(() => void import('./MyVisitsPage'), []);

  if (!childId) {
    return (
      <PageContainer title={t('visits.form.title')} className="hehu-page">
        <Alert
          type="info"
          showIcon
          message={t('visits.form.noChild')}
          action={<Link to="/visits">{t('menu.myVisits')}</Link>}
        />
      </PageContainer>
    );
  }

  const save = async (values: FormValues) => {
    if (!me || !child.data || !values.visitDate) return;
    setSaving(true);
    setRefusal(null);
    try {
      const originals = photos.flatMap((file) => (file.originFileObj ? [file.originFileObj] : []));
      const blobs = await Promise.all(originals.map((file) => resizeImage(file)));
      const thumbnails = await Promise.all(originals.map((file) => makeThumbnail(file)));
      const findings = Object.fromEntries(FINDINGS.map((key) => [key, values[key]?.trim() ?? '']));
      const result = await visitOutbox().submit({
        visit: {
          id: visitId,
          childId,
          visitDate: values.visitDate.format('YYYY-MM-DD'),
          kind: values.kind,
          seen: values.seen,
          ...findings,
          note: values.note?.trim() ?? '',
          circumstancesChanged: values.circumstancesChanged,
        },
        childName: child.data.name,
        owner: me.user.id,
        photos: blobs,
        thumbnails,
      });
      if (result.outcome === 'refused') {
        setRefusal(errorText(result.error));
        return;
      }
      if (result.outcome === 'sent') void message.success(t('visits.form.sent'));
      else void message.warning(t('visits.form.queued'), 4);
      void navigate(result.outcome === 'sent' ? `/children/${childId}?tab=visits` : '/visits');
    } catch (error) {
      // The device's storage refused the visit (private mode, disk full): say so rather than pretend it is kept.
      setRefusal(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer
      title={t('visits.form.title')}
      className="hehu-page"
      subTitle={child.data ? child.data.name : undefined}
    >
      {child.error !== undefined && <Alert type="error" showIcon message={errorText(child.error)} />}
      {!child.data ? (
        <Skeleton active />
      ) : (
        <Card>
          <Form<FormValues>
            form={form}
            layout="vertical"
            data-testid="visit-form"
            initialValues={{ visitDate: dayjs(today), kind: 'home', seen: ['child'], circumstancesChanged: false }}
            onFinish={(values) => void save(values)}
            style={{ maxWidth: 720 }}
          >
            <Form.Item label={t('visits.form.child')}>
              <Link to={`/children/${childId}`}>{child.data.name}</Link>
            </Form.Item>
            <Form.Item name="visitDate" label={t('visits.form.visitDate')} rules={notAfterTodayRules(t, today)}>
              <DatePicker style={{ width: '100%', minHeight: 44 }} inputReadOnly={false} allowClear={false} />
            </Form.Item>
            <Form.Item name="kind" label={t('visits.form.kind')} rules={[{ required: true }]}>
              {/* Thumb-sized choices in a grid: four in a row on a desk, two on a phone. */}
              <Radio.Group
                style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 8 }}
              >
                {VISIT_KINDS.map((kind) => (
                  <Radio.Button
                    key={kind}
                    value={kind}
                    style={{ ...CHOICE_STYLE, borderRadius: 6, borderInlineStartWidth: 1 }}
                  >
                    {t(`visits.kind.${kind}`)}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            <Form.Item name="seen" label={t('visits.form.seen')}>
              <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))' }}>
                {SEEN_PEOPLE.map((who) => (
                  <Checkbox key={who} value={who} style={{ minHeight: 44, alignItems: 'center' }}>
                    {t(`visits.seen.${who}`)}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            {FINDINGS.map((key) => (
              <Form.Item key={key} name={key} label={t(`visits.finding.${key}`)}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={TEXT_MAX} showCount />
              </Form.Item>
            ))}
            <Form.Item name="note" label={t('visits.form.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
            <Form.Item
              name="circumstancesChanged"
              valuePropName="checked"
              label={t('visits.form.circumstancesChanged')}
            >
              <Switch />
            </Form.Item>
            <Form.Item label={t('visits.form.photos')} extra={t('visits.form.photosHint', { max: VISIT_PHOTOS_MAX })}>
              <Upload
                accept="image/*"
                listType="picture-card"
                fileList={photos}
                maxCount={VISIT_PHOTOS_MAX}
                multiple
                // Kept in the form and sent with the visit through the outbox, not uploaded on choosing.
                beforeUpload={() => false}
                onChange={({ fileList }) => setPhotos(fileList.slice(0, VISIT_PHOTOS_MAX))}
                data-testid="visit-photos"
              >
                {photos.length < VISIT_PHOTOS_MAX && (
                  <div>
                    <CameraOutlined style={{ fontSize: 20 }} />
                    <div>{t('visits.form.addPhoto')}</div>
                  </div>
                )}
              </Upload>
            </Form.Item>
            {refusal && <Alert type="error" showIcon message={refusal} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" loading={saving} block style={{ minHeight: 44, maxWidth: 320 }}>
              {t('visits.form.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </PageContainer>
  );
}
