// The child's portrait at the top of the file: the photo (click for a larger view) or a placeholder, and
// for users who may change the file an upload / replace button. The browser checks the type and size
// first with a message in the user's language; the server reads the type from the bytes. There is no
// remove: a replaced photo stays among the documents.
import { useState } from 'react';
import { App, Avatar, Button, Flex, Image, Tooltip, Upload } from 'antd';
import { LoadingOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PHOTO_ACCEPT, PHOTO_MAX_MB } from '@hehu/domain/photo';
import { errorText } from '../../../api/client';
import { checkPhotoFile, photoDocumentIdOf, photoUrl, uploadPhoto } from '../../../api/photo';
import type { ChildFile } from '../../../api/registry';
import { useIsPhone } from '../../../hooks/useIsPhone';
import '../../../i18n/childFile.zh-CN';

interface Props {
  child: ChildFile;
  /** May set or replace the photo (children:write in scope, file not archived). */
  editable: boolean;
  onChanged: () => void;
}

export function ChildPhoto({ child, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const size = phone ? 72 : 96;
  const photoId = photoDocumentIdOf(child);
  const [progress, setProgress] = useState<number | null>(null);
  // A photo that fails to load (its document moved in a merge, the network) falls back to the placeholder.
  const [failedId, setFailedId] = useState<string | null>(null);
  const showPhoto = photoId !== null && failedId !== photoId;

  const send = async (file: File) => {
    setProgress(0);
    try {
      await uploadPhoto(child.id, file, { onProgress: setProgress });
      message.success(t('childFile.photo.uploaded'));
      onChanged();
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setProgress(null);
    }
  };

  const frame = { width: size, height: size, borderRadius: 8, flex: 'none' } as const;

  return (
    <Flex vertical align="center" gap={4} style={{ flex: 'none', width: size + 8 }} data-testid="child-photo-box">
      {showPhoto ? (
        <Image
          src={photoUrl(child.id, photoId)}
          alt={t('childFile.photo.alt', { name: child.name })}
          width={size}
          height={size}
          style={{ ...frame, objectFit: 'cover', display: 'block' }}
          preview={{ mask: t('childFile.photo.preview') }}
          onError={() => setFailedId(photoId)}
          data-testid="child-photo"
        />
      ) : (
        <Tooltip title={photoId !== null ? t('childFile.photo.loadFailed') : t('childFile.photo.none')}>
          <Avatar
            shape="square"
            size={size}
            icon={<UserOutlined />}
            style={{ ...frame, background: '#f0f2f5', color: '#8c8c8c' }}
            aria-label={t('childFile.photo.none')}
            data-testid="child-photo-placeholder"
          />
        </Tooltip>
      )}
      {editable && (
        <Upload
          accept={PHOTO_ACCEPT}
          showUploadList={false}
          disabled={progress !== null}
          beforeUpload={(file) => {
            const problem = checkPhotoFile(file);
            if (problem === 'type') message.error(t('childFile.photo.typeNotAllowed'));
            else if (problem === 'size') message.error(t('childFile.photo.tooLarge', { mb: PHOTO_MAX_MB }));
            else if (problem === 'empty') message.error(t('childFile.photo.empty'));
            else void send(file);
            // The request is sent above; antd keeps no list of its own.
            return Upload.LIST_IGNORE;
          }}
        >
          <Tooltip title={t('childFile.photo.hint', { mb: PHOTO_MAX_MB })}>
            <Button
              size="small"
              type="link"
              icon={progress !== null ? <LoadingOutlined /> : <UploadOutlined />}
              disabled={progress !== null}
              // A thumb-sized target on a phone; a quiet link beside the facts on a desk.
              style={{
                paddingInline: 0,
                paddingBlock: phone ? 8 : 0,
                height: 'auto',
                whiteSpace: 'normal',
                lineHeight: 1.3,
              }}
              data-testid="child-photo-upload"
            >
              {progress !== null
                ? t('childFile.photo.uploading')
                : photoId !== null
                  ? t('childFile.photo.replace')
                  : t('childFile.photo.upload')}
            </Button>
          </Tooltip>
        </Upload>
      )}
    </Flex>
  );
}
