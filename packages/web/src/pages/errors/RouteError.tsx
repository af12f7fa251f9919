// Shown when a page throws while rendering, so one broken widget does not blank the whole app.
import { Button, Result } from 'antd';
import { useRouteError } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export default function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title={t('errors.unexpected')}
      extra={
        <Button type="primary" size="large" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
