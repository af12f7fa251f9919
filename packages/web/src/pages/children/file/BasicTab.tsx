// 基本信息: every field of the file in the ledger's groups, with the edit button for those who may.
import { Button, Descriptions, Flex, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ChildFile } from '../../../api/registry';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { monospace } from '../childFormat';
import { MaskedValue } from './MaskedValue';
import '../../../i18n/childFile.zh-CN';
import '../../../i18n/children.zh-CN';

export function BasicTab({ child, onEdit }: { child: ChildFile; onEdit?: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const empty = t('common.empty');
  const text = (value: string | null | undefined) => (value ? value : empty);
  const yesNo = (value: boolean | null) => (value === null ? empty : value ? t('values.yes') : t('values.no'));
  const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

  const groups: { key: string; title: string; items: DescriptionsProps['items'] }[] = [
    {
      key: 'identity',
      title: t('childFile.groups.identity'),
      items: [
        { key: 'name', label: t('fields.name'), children: child.name },
        { key: 'formerNames', label: t('fields.formerNames'), children: text(child.formerNames.join('、')) },
        { key: 'sex', label: t('fields.sex'), children: t(`children.sexValue.${child.sex}`) },
        { key: 'birthDate', label: t('fields.birthDate'), children: child.birthDate },
        {
          key: 'idNumber',
          label: t('fields.idNumber'),
          children: <span style={monospace}>{text(child.idNumberMasked)}</span>,
        },
        ...(child.noIdReason ? [{ key: 'noIdReason', label: t('fields.noIdReason'), children: child.noIdReason }] : []),
        { key: 'ethnicity', label: t('fields.ethnicity'), children: text(child.ethnicity) },
      ],
    },
    {
      key: 'household',
      title: t('childFile.groups.household'),
      items: [
        { key: 'division', label: t('fields.divisionCode'), children: child.divisionPath, span: phone ? 1 : 2 },
        {
          key: 'householdType',
          label: t('fields.householdType'),
          children: child.householdType ? t(`values.householdType.${child.householdType}`) : empty,
        },
        { key: 'currentAddress', label: t('fields.currentAddress'), children: text(child.currentAddressMasked) },
      ],
    },
    {
      key: 'schooling',
      title: t('childFile.groups.schooling'),
      items: [
        {
          key: 'schoolingStage',
          label: t('fields.schoolingStage'),
          children: child.schoolingStage ? t(`values.schoolingStage.${child.schoolingStage}`) : empty,
        },
        {
          key: 'schoolName',
          label: t('fields.schoolName'),
          children: <span data-testid="child-school">{text(child.schoolName)}</span>,
        },
        { key: 'boarding', label: t('fields.boarding'), children: yesNo(child.boarding) },
      ],
    },
    {
      key: 'health',
      title: t('childFile.groups.health'),
      items: [
        {
          key: 'healthStatus',
          label: t('fields.healthStatus'),
          children: child.healthStatus ? t(`values.healthStatus.${child.healthStatus}`) : empty,
        },
        { key: 'disabilityType', label: t('fields.disabilityType'), children: text(child.disabilityType) },
        {
          key: 'disabilityGrade',
          label: t('fields.disabilityGrade'),
          children:
            child.disabilityGrade !== null && child.disabilityGrade >= 1 && child.disabilityGrade <= 4
              ? t(`values.disabilityGrade.${String(child.disabilityGrade) as '1' | '2' | '3' | '4'}`)
              : empty,
        },
        {
          key: 'disabilityCertNo',
          label: t('fields.disabilityCertNo'),
          children: (
            <MaskedValue
              childId={child.id}
              field="disabilityCertNo"
              masked={child.disabilityCertNoMasked}
              canUnmask={child.canUnmask}
              testId="child-disability-cert"
            />
          ),
        },
        { key: 'illness', label: t('fields.illness'), children: text(child.illness) },
      ],
    },
    {
      key: 'family',
      title: t('childFile.groups.family'),
      items: [
        {
          key: 'familyEconomicHardship',
          label: t('fields.familyEconomicHardship'),
          children: yesNo(child.familyEconomicHardship),
        },
        { key: 'guardianshipHarm', label: t('fields.guardianshipHarm'), children: yesNo(child.guardianshipHarm) },
        { key: 'parentsUnknown', label: t('fields.parentsUnknown'), children: yesNo(child.parentsUnknown) },
        {
          key: 'institution',
          label: t('fields.institutionId'),
          children: (
            <span data-testid="child-institution">
              {child.institutionId
                ? `${child.institutionName ?? child.institutionId}（${t('fields.institutionSince')} ${child.institutionSince ?? empty}）`
                : t('childForm.familyCare')}
            </span>
          ),
        },
        { key: 'createdAt', label: t('childFile.createdAt'), children: time(child.createdAt) },
        { key: 'updatedAt', label: t('childFile.updatedAt'), children: time(child.updatedAt) },
      ],
    },
  ];

  return (
    <Flex vertical gap={16}>
      {onEdit && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit} block={phone}>
            {t('common.edit')}
          </Button>
        </Flex>
      )}
      {groups.map((group) => (
        <Descriptions
          key={group.key}
          title={<Typography.Text strong>{group.title}</Typography.Text>}
          items={group.items}
          column={phone ? 1 : 2}
          bordered={!phone}
          size="small"
        />
      ))}
    </Flex>
  );
}
