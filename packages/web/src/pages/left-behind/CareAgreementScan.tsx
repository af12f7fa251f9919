// 委托照护协议扫描件 beside the agreement date: the linked scan named with a 查看 link (the content route audits every
// view), and for whoever keeps the record an upload — the file goes to the child's 材料 like any document, then the
// record's versioned save links it. A scan uploaded but not linked (someone saved first: 409 CARE_CHANGED, the
// record is loaded again) stays in hand and is linked again on request, never uploaded twice. A linked scan may be
// unlinked (a wrong file, say) on the version read: the document stays under 材料, only the record stops naming it.
import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, Popconfirm, Progress, Typography } from 'antd';
import { DisconnectOutlined, FileImageOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CareView } from '../../api/care';
import { api, ApiError, errorText } from '../../api/client';
import { uploadRaw } from '../../api/files';
import type { ChildDocument } from '../../api/registry';
import { useIsPhone } from '../../hooks/useIsPhone';
import { MAX_DOCUMENT_BYTES } from '../children/file/UploadDocumentModal';
import { AGREEMENT_ACCEPT, careInputWithAgreement } from './careAgreement';
import '../../i18n/care.zh-CN';
import '../../i18n/childTabs.zh-CN';

interface Props {
  childId: string;
  view: CareView;
  /** May upload to the child's file and save the care record. */
  canUpload: boolean;
  /** The record changed (linked, or someone else saved first): load it again. */
  onChanged: () => void;
}

interface Pending {
  id: string;
  fileName: string;
}

export function CareAgreementScan({ childId, view, canUpload, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const picker = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [unlinking, setUnlinking] = useState(false);
  const doc = view.agreementDocument;
  const care = view.care;
  const child = encodeURIComponent(childId);
  const target = phone ? { minHeight: 44 } : undefined;

  const link = async (scan: Pending) => {
    if (!care) return;
    setPending(scan);
    setProblem(null);
    try {
      await api.put(`/api/children/${child}/care`, careInputWithAgreement(care, scan.id));
      setPending(null);
      void message.success(t('care.scan.linked'));
      onChanged();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        void message.warning(t('care.changedByOther'));
        setProblem(t('care.scan.notLinked', { name: scan.fileName, reason: t('care.changedByOther') }));
        onChanged();
        return;
      }
      setProblem(t('care.scan.notLinked', { name: scan.fileName, reason: errorText(caught) }));
    }
  };

  const unlink = async () => {
    if (!care) return;
    setUnlinking(true);
    setProblem(null);
    try {
      await api.post(`/api/children/${child}/care/agreement-document/unlink`, { version: care.version });
      void message.success(t('care.scan.unlinked'));
      onChanged();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        void message.warning(t('care.changedByOther'));
        setProblem(t('care.scan.notUnlinked', { reason: t('care.changedByOther') }));
        onChanged();
        return;
      }
      setProblem(t('care.scan.notUnlinked', { reason: errorText(caught) }));
    } finally {
      setUnlinking(false);
    }
  };

  const upload = async (file: File) => {
    setProblem(null);
    if (file.size > MAX_DOCUMENT_BYTES) {
      setProblem(t('documents.tooLarge'));
      return;
    }
    setProgress(0);
    let uploaded: ChildDocument;
    try {
      uploaded = await uploadRaw<ChildDocument>(`/api/children/${child}/documents`, file, {
        query: { subjectType: 'child', title: t('care.scan.documentTitle'), fileName: file.name },
        onProgress: setProgress,
      });
    } catch (caught) {
      setProblem(errorText(caught));
      return;
    } finally {
      setProgress(null);
    }
    await link({ id: uploaded.id, fileName: uploaded.fileName });
  };

  if (!care)
    return canUpload ? (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('care.scan.needRecord')}
      </Typography.Text>
    ) : null;
  return (
    <Flex vertical gap={6} data-testid="care-agreement-scan">
      {doc ? (
        <Flex gap={8} align="center" wrap>
          {doc.mimeType === 'application/pdf' ? (
            <FilePdfOutlined style={{ color: '#cf1322' }} />
          ) : (
            <FileImageOutlined style={{ color: '#1677ff' }} />
          )}
          <Typography.Text className="hehu-break" data-testid="care-agreement-file">
            {doc.fileName}
          </Typography.Text>
          <a
            href={`/api/children/${child}/documents/${encodeURIComponent(doc.id)}/content`}
            target="_blank"
            rel="noreferrer"
            aria-label={t('care.scan.viewNamed', { name: doc.fileName })}
            style={phone ? { display: 'inline-block', minHeight: 44, minWidth: 44, lineHeight: '44px' } : undefined}
            data-testid="care-agreement-view"
          >
            {t('care.scan.view')}
          </a>
          {canUpload && (
            <Popconfirm
              title={t('care.scan.unlinkConfirm')}
              description={t('care.scan.unlinkKept')}
              okText={t('care.scan.unlink')}
              cancelText={t('common.cancel')}
              onConfirm={() => void unlink()}
            >
              <Button
                type="link"
                size="small"
                icon={<DisconnectOutlined />}
                loading={unlinking}
                aria-label={t('care.scan.unlinkNamed', { name: doc.fileName })}
                style={phone ? { minHeight: 44, minWidth: 44 } : undefined}
                data-testid="care-agreement-unlink"
              >
                {t('care.scan.unlink')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('care.scan.none')}</Typography.Text>
      )}
      {canUpload && (
        <Flex gap={8} align="center" wrap>
          <Button
            icon={<UploadOutlined />}
            loading={progress !== null}
            onClick={() => picker.current?.click()}
            block={phone}
            style={target}
            data-testid="care-agreement-upload"
          >
            {doc ? t('care.scan.replace') : t('care.scan.upload')}
          </Button>
          <input
            ref={picker}
            type="file"
            accept={AGREEMENT_ACCEPT}
            hidden
            aria-label={t('care.scan.upload')}
            data-testid="care-agreement-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('care.scan.hint')}
          </Typography.Text>
        </Flex>
      )}
      {progress !== null && <Progress percent={progress} size="small" />}
      {problem && (
        <Alert
          type="error"
          showIcon
          message={problem}
          data-testid="care-agreement-problem"
          action={
            pending && (
              <Button size="small" onClick={() => void link(pending)} style={target}>
                {t('care.scan.linkAgain')}
              </Button>
            )
          }
        />
      )}
    </Flex>
  );
}
