// Pick an administrative division in one box: browsing a cascader that loads one level at a time (first
// level = the user's scope roots), or typing a name or code, which the server searches (the tree is loaded
// lazily, so a local filter would miss most villages). The value is a division code string, so it works as
// a Form.Item control. A value chosen by search or set by a form learns its path from the server.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { Cascader, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { DataResponse, Division, DivisionDetail, DivisionSearchHit } from '../api/types';
import '../i18n/children.zh-CN';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  loading?: boolean;
  children?: Option[];
  /** A search hit: the names from the city down, shown under its name. */
  path?: string;
}

export interface DivisionPickerProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  /** Shown inside the box before the value, e.g. the field's name when the picker is a filter. */
  prefix?: ReactNode;
  style?: CSSProperties;
  /** Browsing only, without typing to search. */
  searchable?: boolean;
  /** Offer every division of the city, not only the user's own area (e.g. the receiving village of a transfer). */
  wholeCity?: boolean;
}

export function DivisionPicker({
  id,
  value,
  onChange,
  placeholder,
  prefix,
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
  const [searchText, setSearchText] = useState('');
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
    // While the user types, the options are the server's hits (each a leaf), so the cascader lists them.
    if (searchText.trim())
      return hits.map((hit): Option => ({ value: hit.code, label: hit.name, isLeaf: true, path: hit.path }));
    return (roots ?? []).map(toOption);
  }, [roots, childrenOf, loadingCode, searchText, hits]);

  const nameOf = (code: string): string =>
    byCode.get(code)?.name ?? (value ? learned[value]?.names[code] : undefined) ?? code;

  const search = (text: string) => {
    setSearchText(text);
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
    <Cascader<Option>
      id={id}
      aria-label={typeof prefix === 'string' ? prefix : (placeholder ?? t('division.placeholder'))}
      style={{ width: '100%', minWidth: 0, ...style }}
      options={options}
      value={chain ?? (value ? [value] : undefined)}
      placeholder={placeholder ?? (searchable ? t('division.placeholderSearch') : t('division.placeholder'))}
      prefix={prefix}
      changeOnSelect
      loading={roots === null || searching}
      classNames={{ popup: { root: 'hehu-division-popup' } }}
      showSearch={
        searchable
          ? {
              // The server has already matched; every hit is shown, with its path to tell namesakes apart.
              filter: () => true,
              limit: false,
              render: (_input, path) => {
                const hit = path.at(-1);
                return (
                  <div>
                    <div>{hit?.label}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                      {hit?.path}
                    </Typography.Text>
                  </div>
                );
              },
            }
          : false
      }
      searchValue={searchable ? searchText : undefined}
      onSearch={searchable ? search : undefined}
      notFoundContent={searching ? t('division.searching') : t('division.noResult')}
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
      onChange={(path) => {
        setSearchText('');
        setHits([]);
        onChange?.(path?.at(-1) ?? undefined);
      }}
    />
  );
}
