// Shown when a page throws while rendering, so one broken widget does not blank the whole app.
import { Button } from 'antd';
import { useRouteError } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../components/ProblemNotice';

export default function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <ProblemNotice
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
