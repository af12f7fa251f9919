// antd's Button styles choose the text colour of a solid button with `isBright` from the colour picker's presets
// module, and importing that module brings the colour picker and Collapse to every screen with a button
// (vite.config.ts points that one import here). The same rule as antd 5.29 writes it
// (antd/es/color-picker/components/ColorPresets.js), without them.
import { Color } from '@rc-component/color-picker/es/color';
import type { AggregationColor } from 'antd/es/color-picker/color';

export const isBright = (value: AggregationColor, bgColorToken: string): boolean => {
  const { r, g, b, a } = value.toRgb();
  const hsv = new Color(value.toRgbString()).onBackground(bgColorToken).toHsv();
  // Adapted to dark mode, as antd does.
  if (a <= 0.5) return hsv.v > 0.5;
  return r * 0.299 + g * 0.587 + b * 0.114 > 192;
};
