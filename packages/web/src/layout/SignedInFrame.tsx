// What every signed-in screen shares and the sign-in page does not: antd's App, which gives pages their
// messages, notifications and confirmation dialogs. Kept out of the first screen's download (the sign-in page
// shows its notices inline); the account pages and the layout sit below one frame, so a message shown just
// before moving from one to the other (password changed) stays on screen.
import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { App } from 'antd';
import { FullPageSpin } from '../auth/guards';
import '../i18n/dayjsLocale';

export default function SignedInFrame() {
  return (
    <App>
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    </App>
  );
}
