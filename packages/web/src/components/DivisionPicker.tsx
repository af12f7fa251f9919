// Pick an administrative division: a cascader that loads one level at a time (first level = the
// user's scope roots) plus a search box. The value is a division code string, so it works as a
// Form.Item control. A value chosen by search or set by a form learns its path from the server.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { Cascader, Flex, Select, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { DataResponse, Division, DivisionDetail, DivisionSearchHit } from '../api/types';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  loading?: boolean;
  children?: Option[];
}

export interface DivisionPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  /** Hide the search box where space is tight. */
  searchable?: boolean;
  /** Offer every division of the city, not only the user's own area (e.g. the receiving village of a transfer). */
  wholeCity?: boolean;
}

export function DivisionPicker({
  id,
  value,
  onChange,
  placeholder,
  style,
  searchable = true,
  wholeCity = false,
}: DivisionPickerProps) {
  const reach = useMemo(() => (wholeCity ? { scope: 'city' } : {}), [wholeCity]);
  const { t } = useTranslation();
  const [roots, setRoots] = useState<Division[] | null>(null);
  const [childrenOf, setChildrenOf] = useState<Record<string, Division[]>>({});
  const [loadingCode, setLoadingCode] = useState<string | null>(null);
  const [learned, setLearned] = useState<Record<string, { codes: string[]; names: Record<string, string> }>>({});
  const [hits, setHits] = useState<DivisionSearchHit[]>([]);
  const [searching, setSearching] = useState(false);
  const searchTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    api.get<DataResponse<Division>>('/api/divisions', reach).then(
      (answer) => setRoots(answer.data),
      () => setRoots([]),
    );
    return () => window.clearTimeout(searchTimer.current);
  }, [reach]);

  const byCode = useMemo(() => {
    const map = new Map<string, Division>();
    for (const d of roots ?? []) map.set(d.code, d);
    for (const list of Object.values(childrenOf)) for (const d of list) map.set(d.code, d);
    return map;
  }, [roots, childrenOf]);
  const rootCodes = useMemo(() => new Set((roots ?? []).map((d) => d.code)), [roots]);

  // The cascader wants the codes from a scope root down to the value.
  const chain = useMemo((): string[] | undefined => {
    if (!value) return undefined;
    const walked: string[] = [];
    let current = byCode.get(value);
    while (current) {
      walked.unshift(current.code);
      if (rootCodes.has(current.code)) return walked;
      current = current.parentCode ? byCode.get(current.parentCode) : undefined;
    }
    return learned[value]?.codes;
  }, [value, byCode, rootCodes, learned]);

  const loadChildren = useCallback(
    async (code: string) => {
      const answer = await api.get<DataResponse<Division>>('/api/divisions', { ...reach, parent: code });
      setChildrenOf((prev) => ({ ...prev, [code]: answer.data }));
    },
    [reach],
  );

  useEffect(() => {
    if (!value || chain || roots === null) return;
    let current = true;
    api
      .get<DivisionDetail>(`/api/divisions/${encodeURIComponent(value)}`, reach)
      .then(async (detail) => {
        const path = detail.path.some((p) => p.code === value)
          ? detail.path
          : [...detail.path, { code: value, name: detail.name }];
        const start = path.findIndex((p) => rootCodes.has(p.code));
        const fromRoot = start >= 0 ? path.slice(start) : path.slice(-1);
        await Promise.all(fromRoot.slice(0, -1).map((p) => loadChildren(p.code)));
        if (!current) return;
        const names = Object.fromEntries(path.map((p) => [p.code, p.name]));
        setLearned((prev) => ({ ...prev, [value]: { codes: fromRoot.map((p) => p.code), names } }));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [value, chain, roots, rootCodes, loadChildren, reach]);

  const options = useMemo(() => {
    const toOption = (d: Division): Option => ({
      value: d.code,
      label: d.name,
      isLeaf: !d.hasChildren,
      loading: loadingCode === d.code,
      children: childrenOf[d.code]?.map(toOption),
    });
    return (roots ?? []).map(toOption);
  }, [roots, childrenOf, loadingCode]);

  const nameOf = (code: string): string =>
    byCode.get(code)?.name ?? (value ? learned[value]?.names[code] : undefined) ?? code;

  const search = (text: string) => {
    window.clearTimeout(searchTimer.current);
    const q = text.trim();
    if (!q) {
      setHits([]);
      return;
    }
    searchTimer.current = window.setTimeout(() => {
      setSearching(true);
      api
        .get<DataResponse<DivisionSearchHit>>('/api/divisions/search', { ...reach, q })
        .then(
          (answer) => setHits(answer.data),
          () => setHits([]),
        )
        .finally(() => setSearching(false));
    }, 250);
  };

  return (
    <Flex gap={8} wrap style={style}>
      <Cascader<Option>
        id={id}
        aria-label={placeholder ?? t('division.placeholder')}
        style={{ flex: '2 1 220px', minWidth: 0 }}
        options={options}
        value={chain ?? (value ? [value] : undefined)}
        placeholder={placeholder ?? t('division.placeholder')}
        changeOnSelect
        loading={roots === null}
        classNames={{ popup: { root: 'hehu-division-popup' } }}
        // Options along a learned path may still be loading: fall back to the names we know.
        displayRender={(_labels, selected) =>
          (chain ?? (value ? [value] : [])).map((code, i) => selected?.[i]?.label ?? nameOf(code)).join(' / ')
        }
        loadData={(selected) => {
          const last = selected.at(-1);
          if (!last || childrenOf[last.value]) return;
          setLoadingCode(last.value);
          loadChildren(last.value)
            .catch(() => undefined)
            .finally(() => setLoadingCode(null));
        }}
        onChange={(path) => onChange?.(path?.at(-1) ?? undefined)}
      />
      {searchable && (
        <Select<string>
          aria-label={t('division.search')}
          style={{ flex: '1 1 160px', minWidth: 0 }}
          showSearch
          value={null}
          placeholder={
            <>
              <SearchOutlined /> {t('division.search')}
            </>
          }
          filterOption={false}
          onSearch={search}
          loading={searching}
          notFoundContent={searching ? null : t('division.noResult')}
          onSelect={(code) => {
            setHits([]);
            onChange?.(code);
          }}
          options={hits.map((hit) => ({
            value: hit.code,
            label: (
              <div>
                <div>{hit.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                  {hit.path}
                </Typography.Text>
              </div>
            ),
          }))}
          popupMatchSelectWidth={false}
        />
      )}
    </Flex>
  );
}
