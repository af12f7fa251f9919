// Generated from /api/openapi.json by `npm run api:types`: do not edit. The server's route table is the source;
// the tests fail when this file and the document disagree. Aliases with names are in types.ts.
/* eslint-disable */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 健康检查 Health
     * @description Health. Public: no session needed.
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登录 Sign in
     * @description Sign in. Public: no session needed.
     */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 退出登录（已登录时须带 x-csrf-token）Sign out (x-csrf-token while signed in)
     * @description Sign out (x-csrf-token while signed in). Public: no session needed.
     */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 当前用户、授权与权限 Current user, grants and permissions
     * @description Current user, grants and permissions. Any signed-in user. Reachable while the password must still be changed or an authenticator enrolled.
     */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 修改密码 Change password
     * @description Change password. Any signed-in user. Reachable while the password must still be changed or an authenticator enrolled. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 开始绑定动态验证码（须密码；已绑定时另须当前验证码）Start TOTP enrolment (password, and a current code if enrolled)
     * @description Start TOTP enrolment (password, and a current code if enrolled). Any signed-in user. Reachable while the password must still be changed or an authenticator enrolled. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAuthTotpSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 确认绑定动态验证码 Confirm TOTP enrolment
     * @description Confirm TOTP enrolment. Any signed-in user. Reachable while the password must still be changed or an authenticator enrolled. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAuthTotpEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 解除动态验证码（须密码和当前验证码）Remove TOTP (password and a current code)
     * @description Remove TOTP (password and a current code). Any signed-in user. Reachable while the password must still be changed or an authenticator enrolled. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAuthTotpDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 我的待办 My tasks
     * @description My tasks. Needs the permission `tasks:read`.
     */
    get: operations['getTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/divisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 浏览行政区划 Browse divisions
     * @description Browse divisions. Needs the permission `divisions:read`.
     */
    get: operations['getDivisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/divisions/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按名称或代码查找行政区划 Search divisions
     * @description Search divisions. Needs the permission `divisions:read`.
     */
    get: operations['getDivisionsSearch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/divisions/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 行政区划详情 Division
     * @description Division. Needs the permission `divisions:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getDivisionsByCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童名单（限本人管辖范围）Children in scope
     * @description Children in scope. Needs the permission `children:read`.
     */
    get: operations['getChildren'];
    put?: never;
    /**
     * 新建儿童档案 Create a child file
     * @description Create a child file. Needs the permission `children:write`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildren'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 儿童名单查询（条件在请求体中，身份证号不进网址）Children in scope, filters in the body
     * @description Children in scope, filters in the body. Needs the permission `children:read`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按下级行政区划统计人数 Counts per division
     * @description Counts per division. Needs the permission `children:read`.
     */
    get: operations['getChildrenCounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/check-duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 保存前查找相似档案 Near-duplicates before saving
     * @description Near-duplicates before saving. Needs the permission `children:write`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenCheckDuplicates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童档案 Child file
     * @description Child file. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * 修改儿童档案 Edit a child file
     * @description Edit a child file. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    patch: operations['patchChildrenById'];
    trace?: never;
  };
  '/api/children/{id}/unmask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 查看完整敏感信息（留痕）Unmask a sensitive field (audited)
     * @description Unmask a sensitive field (audited). Needs the permission `children:unmask`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdUnmask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 档案变更记录 Change history of a file
     * @description Change history of a file. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童照片（每次查看均记入审计）The child’s photo, audited
     * @description The child’s photo, audited. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getChildrenByIdPhoto'];
    /**
     * 上传或更换儿童照片（JPG、PNG、WebP，按内容识别，≤ 5 MB）Set or replace the child’s photo
     * @description Set or replace the child’s photo. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 5 MB; its type is read from the content.
     */
    put: operations['putChildrenByIdPhoto'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/institutions/welfare-homes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童福利机构（集中养育安置）Child welfare institutions
     * @description Child welfare institutions. Needs the permission `children:read`.
     */
    get: operations['getInstitutionsWelfareHomes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童档案材料列表（最新在前）Documents of a child, newest first
     * @description Documents of a child, newest first. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdDocuments'];
    put?: never;
    /**
     * 上传儿童档案材料（PDF、JPG、PNG、WebP，按内容识别）Upload a document
     * @description Upload a document. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 20 MB; its type is read from the content.
     */
    post: operations['postChildrenByIdDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/documents/{documentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看或下载材料原件（每次均记入审计）Document content, audited
     * @description Document content, audited. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getChildrenByIdDocumentsByDocumentIdContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 终止保障（次月生效）Terminate a file (effective the month after the event)
     * @description Terminate a file (effective the month after the event). Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdTerminate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 归档已终止或已转出的档案 Archive a terminated or transferred file
     * @description Archive a terminated or transferred file. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdArchive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 申请转移到其他村（社区）Request a transfer to another village
     * @description Request a transfer to another village. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdTransfers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 转入待接收 / 本地转出的申请 Incoming or outgoing transfers
     * @description Incoming or outgoing transfers. Needs the permission `children:write`.
     */
    get: operations['getTransfers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 接收转入的儿童 Accept an incoming transfer
     * @description Accept an incoming transfer. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postTransfersByIdAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 退回转移申请（须说明理由）Reject an incoming transfer (with a reason)
     * @description Reject an incoming transfer (with a reason). Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postTransfersByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 撤销本地发起的转移申请 Cancel an outgoing transfer
     * @description Cancel an outgoing transfer. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postTransfersByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duplicates/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 在管辖范围内查找疑似重复档案 Scan for suspected duplicates in scope
     * @description Scan for suspected duplicates in scope. Needs the permission `children:write`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postDuplicatesScan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 疑似重复档案（两份都在管辖范围内）Suspected duplicates, both files in scope
     * @description Suspected duplicates, both files in scope. Needs the permission `children:write`.
     */
    get: operations['getDuplicates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duplicates/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 确认不是同一名儿童 Dismiss a suspected duplicate
     * @description Dismiss a suspected duplicate. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postDuplicatesByIdDismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duplicates/{id}/merge-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 合并前检查：两份档案在册父母是否冲突 Relations a merge must settle
     * @description Relations a merge must settle. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getDuplicatesByIdMergePreview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duplicates/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 合并重复档案（另一份归档）Merge a duplicate into the kept file
     * @description Merge a duplicate into the kept file. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postDuplicatesByIdMerge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/transfers/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出转移申请为 Excel（留痕）Export transfers (audited)
     * @description Export transfers (audited). Needs the permission `children:export`. Answers the file itself, not JSON.
     */
    get: operations['getTransfersExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duplicates/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出疑似重复档案为 Excel（留痕）Export suspected duplicates (audited)
     * @description Export suspected duplicates (audited). Needs the permission `children:export`. Answers the file itself, not JSON.
     */
    get: operations['getDuplicatesExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/family': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 父母、监护人和委托照护人 Parents, guardians and carers
     * @description Parents, guardians and carers. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdFamily'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/relations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登记父母、监护人或委托照护人（他辖区已登记的人员须对方确认）Add a relation, or ask to link a person another area holds
     * @description Add a relation, or ask to link a person another area holds. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdRelations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/relations/{relationId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 终止关系（如变更监护人）End a relation
     * @description End a relation. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdRelationsByRelationIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/persons/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * 修改人员联系信息 Edit a person
     * @description Edit a person. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    patch: operations['patchChildrenByIdPersonsByPersonId'];
    trace?: never;
  };
  '/api/children/{id}/persons/{personId}/situations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登记父母的情形（死亡、服刑、重病等）Add a situation
     * @description Add a situation. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdPersonsByPersonIdSituations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/persons/{personId}/situations/{situationId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 情形结束（如刑满释放）End a situation
     * @description End a situation. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdPersonsByPersonIdSituationsBySituationIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/persons/{personId}/unmask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 查看人员完整敏感信息（留痕）Unmask a field of a person (audited)
     * @description Unmask a field of a person (audited). Needs the permission `children:unmask`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdPersonsByPersonIdUnmask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/person-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 人员关联申请（待本辖区确认 / 本辖区发起）Person link requests, incoming or outgoing
     * @description Person link requests, incoming or outgoing. Needs the permission `children:write`.
     */
    get: operations['getPersonLinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/person-links/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 确认关联：申请方儿童与该人员建立关系 Confirm a link request
     * @description Confirm a link request. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postPersonLinksByIdConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/person-links/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 退回关联申请（须说明理由）Reject a link request (with a reason)
     * @description Reject a link request (with a reason). Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postPersonLinksByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/person-links/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 撤销本辖区发起的关联申请 Cancel an outgoing link request
     * @description Cancel an outgoing link request. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postPersonLinksByIdCancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/category-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 保障认定规则：现行版本（重病目录与认定条件）及历史版本 Category rules in force and their versions
     * @description Category rules in force and their versions. Needs the permission `children:read`.
     */
    get: operations['getCategoryRules'];
    put?: never;
    /**
     * 发布保障认定规则新版本（市级）Publish a new version of the category rules (city)
     * @description Publish a new version of the category rules (city). Needs the permission `categories:record`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCategoryRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 保障类别：已认定、规则评估与可能符合 Categories held, evaluated and potential
     * @description Categories held, evaluated and potential. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdCategories'];
    put?: never;
    /**
     * 依据审批决定登记保障类别 Record a category from a decision
     * @description Record a category from a decision. Needs the permission `categories:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdCategories'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/categories/{categoryId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 终止保障类别 End a category
     * @description End a category. Needs the permission `categories:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdCategoriesByCategoryIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/potentially-eligible': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 主动发现：可能符合保障类别但尚未认定的儿童 Children who may be eligible
     * @description Children who may be eligible. Needs the permission `children:read`.
     */
    get: operations['getPotentiallyEligible'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/potentially-eligible/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出主动发现名单为 Excel（留痕）Export the potentially eligible list (audited)
     * @description Export the potentially eligible list (audited). Needs the permission `children:export`. Answers the file itself, not JSON.
     */
    get: operations['getPotentiallyEligibleExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 下载台账导入模板 Ledger import template
     * @description Ledger import template. Needs the permission `children:write`. Answers the file itself, not JSON.
     */
    get: operations['getChildrenImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/import/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 检查台账（试导入，不保存）Check a ledger (dry run)
     * @description Check a ledger (dry run). Needs the permission `children:write`. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 30 MB; its type is read from the content.
     */
    post: operations['postChildrenImportCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/import/{jobId}/commit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 确认导入 Commit a checked ledger
     * @description Commit a checked ledger. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenImportByJobIdCommit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/import/{jobId}/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 下载试导入的问题行（Excel，可修改后重新导入）Download the problem rows of a dry run
     * @description Download the problem rows of a dry run. Needs the permission `children:write`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getChildrenImportByJobIdProblems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出当前名单为 Excel（留痕）Export the filtered list (audited)
     * @description Export the filtered list (audited). Needs the permission `children:export`. Answers the file itself, not JSON.
     */
    get: operations['getChildrenExport'];
    put?: never;
    /**
     * 导出当前名单为 Excel，条件在请求体中（留痕）Export the filtered list, filters in the body (audited)
     * @description Export the filtered list, filters in the body (audited). Needs the permission `children:export`. Send the `x-csrf-token` header from the sign-in answer. Answers the file itself, not JSON.
     */
    post: operations['postChildrenExport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 用户账号列表 User accounts
     * @description User accounts. Needs the permission `users:manage`.
     */
    get: operations['getAdminUsers'];
    put?: never;
    /**
     * 创建用户账号 Create account
     * @description Create account. Needs the permission `users:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAdminUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 重置密码（业务账号须安全管理员审批）Reset password (business accounts after approval)
     * @description Reset password (business accounts after approval). Needs the permission `users:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAdminUsersByIdResetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/account-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 我提出的待审批账号操作 My account requests
     * @description My account requests. Needs the permission `users:manage`.
     */
    get: operations['getAdminAccountRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/account-requests/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 领取已批准的一次性密码（仅一次）Collect an approved one-time password (once)
     * @description Collect an approved one-time password (once). Needs the permission `users:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAdminAccountRequestsByIdPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 解除锁定 Unlock
     * @description Unlock. Needs the permission `users:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAdminUsersByIdUnlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 停用账号（管理员账号须审批）Disable (administrators after approval)
     * @description Disable (administrators after approval). Needs the permission `users:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAdminUsersByIdDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 启用账号 Enable
     * @description Enable. Needs the permission `users:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAdminUsersByIdEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 角色列表 Roles
     * @description Roles. Needs the permission `roles:manage`.
     */
    get: operations['getSecurityRoles'];
    put?: never;
    /**
     * 新建自定义角色 Create custom role
     * @description Create custom role. Needs the permission `roles:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postSecurityRoles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 权限目录 Permission catalogue
     * @description Permission catalogue. Needs the permission `roles:manage`.
     */
    get: operations['getSecurityPermissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/roles/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 修改自定义角色 Update custom role
     * @description Update custom role. Needs the permission `roles:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putSecurityRolesByCode'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 用户及其授权 Users and grants
     * @description Users and grants. Needs the permission `roles:manage`.
     */
    get: operations['getSecurityUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/users/{id}/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 授予角色 Add grant
     * @description Add grant. Needs the permission `roles:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postSecurityUsersByIdGrants'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/grants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * 撤销授权 Remove grant
     * @description Remove grant. Needs the permission `roles:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    delete: operations['deleteSecurityGrantsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/account-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 待审批的账号操作（双人规则）Account requests for approval (two-person rule)
     * @description Account requests for approval (two-person rule). Needs the permission `roles:manage`.
     */
    get: operations['getSecurityAccountRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/account-requests/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 批准账号操作 Approve account request
     * @description Approve account request. Needs the permission `roles:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postSecurityAccountRequestsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/account-requests/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 驳回账号操作 Reject account request
     * @description Reject account request. Needs the permission `roles:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postSecurityAccountRequestsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/institutions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 机构列表 Institutions
     * @description Institutions. Needs the permission `roles:manage`.
     */
    get: operations['getSecurityInstitutions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/partner-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 协作单位与报告单位列表 Partner and reporting units
     * @description Partner and reporting units. Needs the permission `roles:manage`.
     */
    get: operations['getSecurityPartnerUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 安全策略 Security policy
     * @description Security policy. Needs the permission `policy:manage`.
     */
    get: operations['getSecurityPolicy'];
    /**
     * 修改安全策略（新版本）Update security policy
     * @description Update security policy. Needs the permission `policy:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putSecurityPolicy'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 安全告警：身份证号核验次数达到上限的账号 Security alerts: accounts that reached the ID-check limit
     * @description Security alerts: accounts that reached the ID-check limit. Needs the permission `policy:manage`.
     */
    get: operations['getSecurityAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security/alerts/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 确认已处理告警 Acknowledge an alert
     * @description Acknowledge an alert. Needs the permission `policy:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postSecurityAlertsByIdAcknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查询审计日志 Search the audit trail
     * @description Search the audit trail. Needs the permission `audit:read`.
     */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 审计动作类型 Audit action names
     * @description Audit action names. Needs the permission `audit:read`.
     */
    get: operations['getAuditActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 审计日志完整性校验（SM3 哈希链）Verify the audit hash chain
     * @description Verify the audit hash chain. Needs the permission `audit:read`.
     */
    get: operations['getAuditVerification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/children/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 按姓名或身份证号查找儿童（仅用于审计，留痕）Find a child for its audit trail (audited)
     * @description Find a child for its audit trail (audited). Needs the permission `audit:read`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAuditChildrenSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/case-reporters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 按受理编号查看个案报告人身份（仅审计管理员，留痕）The reporters of a case by receipt number (audited)
     * @description The reporters of a case by receipt number (audited). Needs the permission `audit:read`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAuditCaseReporters'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 按当前条件导出审计日志为 Excel（留痕）Export the filtered audit trail (audited)
     * @description Export the filtered audit trail (audited). Needs the permission `audit:read`. Send the `x-csrf-token` header from the sign-in answer. Answers the file itself, not JSON.
     */
    post: operations['postAuditExport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 保障申请列表（可只列出我可办理的）Applications, or those waiting on me
     * @description Applications, or those waiting on me. Needs the permission `children:read`.
     */
    get: operations['getApplications'];
    put?: never;
    /**
     * 发起保障申请（认定、变更、终止；可跨省通办）Create an application
     * @description Create an application. Needs the permission `applications:file`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 申请办理进度：下一级各地待办与超期申请，超期多的在前 Pending and late applications by area
     * @description Pending and late applications by area. Needs the permission `children:read`.
     */
    get: operations['getApplicationsBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 保障申请详情：办理记录、各环节期限、规则核对与材料 An application with its timeline
     * @description An application with its timeline. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getApplicationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/form.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 打印审批表（PDF，留痕）The application's approval form as a PDF to print (audited)
     * @description The application's approval form as a PDF to print (audited). Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getApplicationsByIdFormPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 办理保障申请：提交、转交、审核、退回、批准、不予批准、撤回 Act on an application
     * @description Act on an application. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postApplicationsByIdActions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 资格核对：按某日的事实评估各保障类别及所需材料 Eligibility as of a date
     * @description Eligibility as of a date. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdEligibility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按工作日历计算期限（起算日不计入）Due date after N working days
     * @description Due date after N working days. Any signed-in user.
     */
    get: operations['getCalendarDeadline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reverifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 复核事项（默认列出未登记结论的）Re-verification items, open ones by default
     * @description Re-verification items, open ones by default. Needs the permission `children:read`.
     */
    get: operations['getReverifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reverifications/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 复核轮次与各轮进度，以及现行复核月份 Rounds with their progress, and the months in force
     * @description Rounds with their progress, and the months in force. Needs the permission `children:read`.
     */
    get: operations['getReverificationsRounds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reverifications/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登记复核结论（不再符合条件时同时发起终止申请）Record an outcome; "no longer eligible" files a termination
     * @description Record an outcome; "no longer eligible" files a termination. Needs the permission `applications:verify`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postReverificationsByIdOutcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reverifications/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 发布新的复核月份版本（不修改旧版本）Publish a new version of the round months
     * @description Publish a new version of the round months. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postReverificationsSettings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/triggers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 终止与复核情形：年满 18 周岁、在读延续期满、家庭情形变化 Children whose category must end or be reviewed
     * @description Children whose category must end or be reviewed. Needs the permission `children:read`.
     */
    get: operations['getApplicationsTriggers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/papers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 证明材料清单（现行版本与历次版本）The papers checklist in force and every version
     * @description The papers checklist in force and every version. Needs the permission `children:read`.
     */
    get: operations['getApplicationsPapers'];
    put?: never;
    /**
     * 发布新的证明材料清单版本（不修改旧版本）Publish a new version of the papers checklist
     * @description Publish a new version of the papers checklist. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postApplicationsPapers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/visits/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 走访频次规则（现行版本与历次版本）Visit frequencies in force and every version
     * @description Visit frequencies in force and every version. Needs the permission `children:read`.
     */
    get: operations['getVisitsRules'];
    put?: never;
    /**
     * 发布新的走访频次版本（不修改旧版本）Publish a new version of the visit frequencies
     * @description Publish a new version of the visit frequencies. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postVisitsRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登记走访记录（重复提交同一编号只保存一次）Record a visit (idempotent by its id)
     * @description Record a visit (idempotent by its id). Needs the permission `visits:record`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postVisits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/visits/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 我的走访：逾期、本周到期与以后到期的儿童（按到期日）My visits, by due date
     * @description My visits, by due date. Needs the permission `visits:record`.
     */
    get: operations['getVisitsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/visits/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 走访进度：下一级各地在册、逾期与本周到期人数，逾期多的在前 Overdue visits by area
     * @description Overdue visits by area. Needs the permission `children:read`.
     */
    get: operations['getVisitsBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童的走访计划与走访记录（最新在前）A child’s visit plan and visits
     * @description A child’s visit plan and visits. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdVisits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/visits/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传走访照片（JPG、PNG、WebP，同一照片只保存一次）Add a photo to a visit
     * @description Add a photo to a visit. Needs the permission `visits:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 5 MB; its type is read from the content.
     */
    post: operations['postVisitsByIdPhotos'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/visits/{id}/photos/{documentId}/thumbnail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 走访照片缩略图（每次查看均记入审计）A visit photo’s thumbnail, audited
     * @description A visit photo’s thumbnail, audited. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getVisitsByIdPhotosByDocumentIdThumbnail'];
    /**
     * 走访照片缩略图（JPG、PNG、WebP，不超过 100 KB，每张照片只保存第一份）Add a photo's thumbnail
     * @description Add a photo's thumbnail. Needs the permission `visits:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 5 MB; its type is read from the content.
     */
    put: operations['putVisitsByIdPhotosByDocumentIdThumbnail'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/instrument': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 监护风险评估量表（某日施行的版本）The risk instrument in force
     * @description The risk instrument in force. Needs the permission `children:read`.
     */
    get: operations['getRiskInstrument'];
    put?: never;
    /**
     * 发布新的监护风险评估量表版本（分值、分界与红线；不修改旧版本）Publish a new version of the risk instrument
     * @description Publish a new version of the risk instrument. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postRiskInstrument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童的监护风险评估与等级变化（最新在前）A child’s assessments and trend
     * @description A child’s assessments and trend. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdAssessments'];
    put?: never;
    /**
     * 登记监护风险评估（监护缺失即转介未成年人保护并报县级）Record a risk assessment
     * @description Record a risk assessment. Needs the permission `visits:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdAssessments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/risk/instrument/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 监护风险评估量表（现行版本与历次版本）The risk instrument in force and every version
     * @description The risk instrument in force and every version. Needs the permission `children:read`.
     */
    get: operations['getRiskInstrumentVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/care': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 留守儿童关爱：居住与照护、委托照护协议、父母联系与提醒 Care of a left-behind child
     * @description Care of a left-behind child. Needs the permission `children:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdCare'];
    /**
     * 保存关爱记录（带版本号，他人先改则 409）Save the care record
     * @description Save the care record. Needs the permission `visits:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putChildrenByIdCare'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/care/agreement-document/unlink': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 解除协议扫描件与关爱记录的关联（带版本号，他人先改则 409；扫描件仍留在档案材料中）Unlink the agreement scan
     * @description Unlink the agreement scan. Needs the permission `visits:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdCareAgreementDocumentUnlink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 登记父母与儿童的联系（同一编号只保存一次）Record a parent contact
     * @description Record a parent contact. Needs the permission `visits:record`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdContacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/left-behind/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 留守儿童关爱名单：有提醒的在前，可按提醒类型筛选 Left-behind children with their alerts
     * @description Left-behind children with their alerts. Needs the permission `children:read`.
     */
    get: operations['getLeftBehindChildren'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/left-behind/signing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 委托照护协议签订率（下一级各地，低的在前）Agreement signing rate by area
     * @description Agreement signing rate by area. Needs the permission `children:read`.
     */
    get: operations['getLeftBehindSigning'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/left-behind/registration.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出农村留守儿童基本情况登记表（2016 年全国摸排表式，留痕）Export the national registration form
     * @description Export the national registration form. Needs the permission `children:export`. Answers the file itself, not JSON.
     */
    get: operations['getLeftBehindRegistrationXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 已录入的工作日历（各年节假日与调休）Working-day calendar years entered
     * @description Working-day calendar years entered. Any signed-in user.
     */
    get: operations['getCalendarYears'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 录入或修改某年的节假日与调休安排（带版本号）Enter or correct a year of the calendar
     * @description Enter or correct a year of the calendar. Needs the permission `rules:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putCalendarYearsByYear'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 基本生活费发放标准（按类别、生效月份，含县级标准与历次版本）Allowance standards
     * @description Allowance standards. Needs the permission `allowances:read`.
     */
    get: operations['getAllowancesStandards'];
    put?: never;
    /**
     * 发布发放标准（新增一行；同类别同月份再次发布为新版本）Issue a standard
     * @description Issue a standard. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesStandards'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 发放名册列表（本人辖区各县，按月份倒序）Payment rolls
     * @description Payment rolls. Needs the permission `allowances:read`.
     */
    get: operations['getAllowancesRolls'];
    put?: never;
    /**
     * 生成（或重新生成）某县某月的发放名册草稿 Generate a roll
     * @description Generate a roll. Needs the permission `allowances:prepare`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesRolls'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 发放名册：合计、监管问题与可进行的操作 One roll
     * @description One roll. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getAllowancesRollsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 名册明细（每行写明原因，可按类型、乡镇、姓名筛选）Roll lines
     * @description Roll lines. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getAllowancesRollsByIdLines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 资金监管检查结果 Supervision findings of a roll
     * @description Supervision findings of a roll. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getAllowancesRollsByIdFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/findings/{findingId}/note': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 为监管提示填写书面说明 Note a supervision warning
     * @description Note a supervision warning. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putAllowancesRollsByIdFindingsByFindingIdNote'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 审批名册（与生成人不同；无必须纠正的问题、提示均有说明）Approve a roll
     * @description Approve a roll. Needs the permission `allowances:approve`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesRollsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 重新检查名册（检查后资料有变化时；编制或审批人员）Check a roll again
     * @description Check a roll again. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesRollsByIdCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/lock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 锁定名册（报盘已送银行；锁定后不能再改，方可生成下月名册）Lock a roll
     * @description Lock a roll. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesRollsByIdLock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/bank-file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出银行代发文件（按本县设定的银行格式，.xlsx 或 CSV，留痕）Export the bank payment file
     * @description Export the bank payment file. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getAllowancesRollsByIdBankFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/bank-return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 导入银行回盘文件（逐行匹配；有任何问题则整份不导入）Load the bank return file
     * @description Load the bank return file. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 20 MB; its type is read from the content.
     */
    post: operations['postAllowancesRollsByIdBankReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 对账：应发、已发、失败与未回盘 Reconciliation of a roll
     * @description Reconciliation of a roll. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getAllowancesRollsByIdReconciliation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rolls/{id}/reconciliation.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 对账结果导出 Excel（失败与未报盘名单，留痕）Reconciliation as Excel
     * @description Reconciliation as Excel. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getAllowancesRollsByIdReconciliationXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/counties/{code}/bank-layout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 本县使用的银行文件格式、可选格式与近期名册所用版本 The county’s bank layout and its choices
     * @description The county’s bank layout and its choices. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getAllowancesCountiesByCodeBankLayout'];
    /**
     * 设定本县使用的银行文件格式 Choose the county’s bank layout
     * @description Choose the county’s bank layout. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putAllowancesCountiesByCodeBankLayout'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/counties/{code}/bank-layouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 保存本县银行文件格式并启用（新格式，或本县格式的新版本；已导出的名册保留原版本）Save a county bank layout
     * @description Save a county bank layout. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesCountiesByCodeBankLayouts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/intake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 受理涉未成年人求助或报告（热线、来访、公安移送、走访发现）Take in a call or report
     * @description Take in a call or report. Needs the permission `cases:intake`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesIntake'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 提交强制报告（九类情形之一）File a mandatory report
     * @description File a mandatory report. Needs the permission `cases:report`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesReports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/reports/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 我的报告：已受理或已办结及办理结果 My reports and their outcome
     * @description My reports and their outcome. Needs the permission `cases:report`.
     */
    get: operations['getCasesReportsMine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/reports/{id}/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 评价报告的办理结果（1–5）Rate how a report was handled
     * @description Rate how a report was handled. Needs the permission `cases:report`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesReportsByIdSatisfaction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 个案列表（紧急与临近期限在前；非办案人员只见脱敏姓名）Case list
     * @description Case list. Needs the permission `cases:read`.
     */
    get: operations['getCases'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 个案工作台（只对办案团队与督办人员开放）The case workspace
     * @description The case workspace. Needs the permission `cases:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getCasesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 办理个案（按状态表：接案、核查、评估、计划、结案等）Act on a case
     * @description Act on a case. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdActions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/assignable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 可指派的办案人员 Case workers who may be assigned
     * @description Case workers who may be assigned. Needs the permission `cases:supervise`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getCasesByIdAssignable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 指派个案负责人 Assign the case owner
     * @description Assign the case owner. Needs the permission `cases:supervise`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/child-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 可能是本案儿童的在册档案（同名、同地、性别年龄相符在前）Registry files that may be the case’s child
     * @description Registry files that may be the case’s child. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getCasesByIdChildCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/child': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 关联儿童档案 Link the case to a child file
     * @description Link the case to a child file. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdChild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/break-glass': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 紧急查看（写明理由，留痕并告知办案人员）Break the glass with a reason
     * @description Break the glass with a reason. Needs the permission `cases:read`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdBreakGlass'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 帮扶计划：添加任务 Add a help-plan task
     * @description Add a help-plan task. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/tasks/{taskId}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 帮扶任务完成并记录服务 Complete a task with its service record
     * @description Complete a task with its service record. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdTasksByTaskIdDone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 转介给协作部门或社会组织 Refer part of the case to a partner unit
     * @description Refer part of the case to a partner unit. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdReferrals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 本市协作单位 Partner units of the city
     * @description Partner units of the city. Needs the permission `cases:work`.
     */
    get: operations['getPartnerUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 上传个案材料（PDF、JPG、PNG、WebP，按内容识别）Upload a document to a case
     * @description Upload a document to a case. Needs the permission `cases:work`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer. The body is the file's raw bytes (any content type), at most 20 MB; its type is read from the content.
     */
    post: operations['postCasesByIdDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/documents/{documentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看个案材料原件（每次均记入审计）A case document, audited
     * @description A case document, audited. Needs the permission `cases:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getCasesByIdDocumentsByDocumentIdContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 转介给本单位的事项 Referrals sent to my unit
     * @description Referrals sent to my unit. Needs the permission `cases:referral`.
     */
    get: operations['getReferrals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referrals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 一项转介事项 One referral
     * @description One referral. Needs the permission `cases:referral`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getReferralsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/referrals/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 接收、拒收或反馈办理结果 Accept, decline or answer a referral
     * @description Accept, decline or answer a referral. Needs the permission `cases:referral`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postReferralsByIdAnswer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/integrations/hotline/work-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 12345 热线工单推送（X-Api-Key；同一工单号只生成一个个案）Receive a 12345 work order
     * @description Receive a 12345 work order. Public: no session needed.
     */
    post: operations['postIntegrationsHotlineWorkOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/library': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 将已结案个案脱敏编入案例库（草稿）Draft an anonymised library entry from a closed case
     * @description Draft an anonymised library entry from a closed case. Needs the permission `cases:supervise`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesByIdLibrary'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-library': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 案例库 The case library
     * @description The case library. Needs the permission `cases:read`.
     */
    get: operations['getCaseLibrary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-library/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 修改案例草稿 Edit a library draft
     * @description Edit a library draft. Needs the permission `cases:supervise`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putCaseLibraryById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-library/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 审核发布案例（不得由编写人发布，不得含可识别信息）Publish a library entry
     * @description Publish a library entry. Needs the permission `cases:supervise`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCaseLibraryByIdPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 个案统计：来源、分级、县区、及时率、满意度 Case statistics
     * @description Case statistics. Needs the permission `cases:stats`.
     */
    get: operations['getCasesStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/stats/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出个案统计（Excel，留痕）Export case statistics
     * @description Export case statistics. Needs the permission `cases:stats`. Answers the file itself, not JSON.
     */
    get: operations['getCasesStatsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/tiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 分级时限（现行与历次版本）Tier deadlines in force and every version
     * @description Tier deadlines in force and every version. Needs the permission `cases:read`.
     */
    get: operations['getCasesTiers'];
    put?: never;
    /**
     * 发布新的分级时限版本（不修改旧版本）Publish a new version of the tier deadlines
     * @description Publish a new version of the tier deadlines. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesTiers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/partner-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 协作单位与报告单位名录（含停用）Registry of partner and reporting units
     * @description Registry of partner and reporting units. Needs the permission `rules:manage`.
     */
    get: operations['getCasesPartnerUnits'];
    put?: never;
    /**
     * 新增协作单位或报告单位 Add a partner or reporting unit
     * @description Add a partner or reporting unit. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postCasesPartnerUnits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/partner-units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * 修改、停用或启用协作单位 Change, deactivate or reactivate a unit
     * @description Change, deactivate or reactivate a unit. Needs the permission `rules:manage`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putCasesPartnerUnitsById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/payee-account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 基本生活费收款账户（当前与历次，可选收款人）Payee account of a child
     * @description Payee account of a child. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdPayeeAccount'];
    /**
     * 保存收款账户（新增一行并结束原账户；收款人须为现任监护人或养育机构）Save the payee account
     * @description Save the payee account. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    put: operations['putChildrenByIdPayeeAccount'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/payee-account/unmask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 查看完整银行账号（留痕）Show the full account number
     * @description Show the full account number. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdPayeeAccountUnmask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 基本生活费发放规则（回溯月数、全日制在读延续发放）与历次版本 Allowance rules
     * @description Allowance rules. Needs the permission `allowances:read`.
     */
    get: operations['getAllowancesRules'];
    put?: never;
    /**
     * 发布新的发放规则版本（不修改旧版本）Publish a new version of the allowance rules
     * @description Publish a new version of the allowance rules. Needs the permission `rules:manage`. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postAllowancesRules'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/schooling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 全日制在读登记（年满 18 周岁后延续发放的依据）Full-time schooling of a child
     * @description Full-time schooling of a child. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdSchooling'];
    put?: never;
    /**
     * 登记全日制在读证明 Record a full-time schooling certificate
     * @description Record a full-time schooling certificate. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdSchooling'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/schooling/{periodId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 撤销登记有误的在读证明（保留记录）Withdraw a schooling record entered in error
     * @description Withdraw a schooling record entered in error. Needs the permission `allowances:prepare`. A record that does not exist or is outside the caller’s reach answers 404. Send the `x-csrf-token` header from the sign-in answer.
     */
    post: operations['postChildrenByIdSchoolingByPeriodIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/allowance-ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 儿童基本生活费台账（一人一账：逐月应发、实发、差额）Allowance ledger of a child
     * @description Allowance ledger of a child. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404.
     */
    get: operations['getChildrenByIdAllowanceLedger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/children/{id}/allowance-ledger.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出儿童基本生活费台账（留痕）Export the allowance ledger of a child
     * @description Export the allowance ledger of a child. Needs the permission `allowances:read`. A record that does not exist or is outside the caller’s reach answers 404. Answers the file itself, not JSON.
     */
    get: operations['getChildrenByIdAllowanceLedgerXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/fund-use': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 基本生活费资金使用情况（按县、月份、类别）Fund use by county, month and category
     * @description Fund use by county, month and category. Needs the permission `allowances:read`.
     */
    get: operations['getAllowancesFundUse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allowances/fund-use.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 导出资金使用情况（留痕）Export the fund-use report
     * @description Export the fund-use report. Needs the permission `allowances:read`. Answers the file itself, not JSON.
     */
    get: operations['getAllowancesFundUseXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/overview/villages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按村（社区）汇总：儿童、各类别人数、待办与滞后档案，滞后多的村在前 Villages at a glance, most files behind first
     * @description Villages at a glance, most files behind first. Needs the permission `children:read`.
     */
    get: operations['getOverviewVillages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * OpenAPI 文档 OpenAPI document
     * @description OpenAPI document. Public: no session needed.
     */
    get: operations['getOpenapiJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description The error catalogue: each code with its HTTP status and its Chinese and English message.
     * @enum {string}
     */
    ErrorCode:
      | 'VALIDATION_FAILED'
      | 'MALFORMED_REQUEST'
      | 'CURSOR_INVALID'
      | 'UPLOAD_EMPTY'
      | 'UNAUTHENTICATED'
      | 'INVALID_CREDENTIALS'
      | 'ACCOUNT_LOCKED'
      | 'ACCOUNT_DISABLED'
      | 'TRANSFER_OWN_REQUEST'
      | 'ACCOUNT_NOT_READY'
      | 'TOTP_REQUIRED'
      | 'TOTP_INVALID'
      | 'TOTP_ENROLMENT_REQUIRED'
      | 'PASSWORD_CHANGE_REQUIRED'
      | 'PASSWORD_POLICY'
      | 'PASSWORD_REUSED'
      | 'CSRF_TOKEN_INVALID'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'DUPLICATE'
      | 'DIVISION_NOT_FOUND'
      | 'DIVISION_OUT_OF_SCOPE'
      | 'INSTITUTION_NOT_FOUND'
      | 'PARTNER_UNIT_NOT_FOUND'
      | 'ROLE_NOT_FOUND'
      | 'ROLE_SCOPE_MISMATCH'
      | 'BUILT_IN_ROLE'
      | 'SELF_ACTION'
      | 'SELF_GRANT'
      | 'SEPARATION_OF_DUTIES'
      | 'SELF_APPROVAL'
      | 'REQUEST_DECIDED'
      | 'REQUEST_PENDING'
      | 'ID_NUMBER_UNAVAILABLE'
      | 'ID_CHECK_LIMIT'
      | 'PAYLOAD_TOO_LARGE'
      | 'UNSUPPORTED_MEDIA_TYPE'
      | 'RATE_LIMITED'
      | 'INTERNAL'
      | 'SERVICE_UNAVAILABLE'
      | 'ID_NUMBER_LENGTH'
      | 'ID_NUMBER_FORMAT'
      | 'ID_NUMBER_REGION'
      | 'ID_NUMBER_BIRTH_DATE'
      | 'ID_NUMBER_FUTURE_BIRTH'
      | 'ID_NUMBER_CHECKSUM'
      | 'ID_BIRTH_DATE_MISMATCH'
      | 'ID_SEX_MISMATCH'
      | 'ID_NUMBER_EXISTS'
      | 'NO_ID_FIELDS_REQUIRED'
      | 'BIRTH_DATE_FUTURE'
      | 'NOT_A_MINOR'
      | 'DATE_BEFORE_START'
      | 'CHILD_ARCHIVED'
      | 'CHILD_NOT_ACTIVE'
      | 'CHILD_NOT_ARCHIVABLE'
      | 'USE_TRANSFER'
      | 'EXPORT_TOO_LARGE'
      | 'PLACEMENT_WITHOUT_INSTITUTION'
      | 'PLACEMENT_DATE_REQUIRED'
      | 'PLACEMENT_DATE_FUTURE'
      | 'INSTITUTION_NOT_WELFARE_HOME'
      | 'PARENTS_RECORDED'
      | 'PHOTO_TOO_LARGE'
      | 'PHOTO_TYPE_NOT_ALLOWED'
      | 'DOCUMENT_TYPE_NOT_ALLOWED'
      | 'DOCUMENT_ACTIVE_CONTENT'
      | 'DOCUMENT_SUBJECT_INVALID'
      | 'PERSON_NAME_MISMATCH'
      | 'RELATION_SEX_MISMATCH'
      | 'RELATION_ACTIVE_EXISTS'
      | 'RELATION_ALREADY_ENDED'
      | 'SITUATION_DETAIL_NOT_APPLICABLE'
      | 'SITUATION_DETAIL_REQUIRED'
      | 'ILLNESS_NOT_LISTED'
      | 'SITUATION_ALREADY_ENDED'
      | 'SITUATION_OTHER_AREA'
      | 'LINK_REQUEST_PENDING'
      | 'LINK_REQUEST_NOT_PENDING'
      | 'CATEGORY_ALREADY_HELD'
      | 'CATEGORY_NOT_STACKABLE'
      | 'CATEGORY_ALREADY_ENDED'
      | 'RULES_VERSION_EXISTS'
      | 'RULES_EFFECTIVE_BEFORE_LATEST'
      | 'EVENT_DATE_IN_FUTURE'
      | 'EVENT_DATE_BEFORE_BIRTH'
      | 'TRANSFER_SAME_DIVISION'
      | 'TRANSFER_PENDING'
      | 'TRANSFER_NOT_PENDING'
      | 'DUPLICATE_NOT_OPEN'
      | 'MERGE_KEEP_NOT_IN_PAIR'
      | 'MERGE_KEEP_RELATION_INVALID'
      | 'MERGE_DIFFERENT_ID_NUMBERS'
      | 'MERGE_RELATION_CONFLICT'
      | 'MERGE_CATEGORY_CONFLICT'
      | 'IMPORT_FORMAT'
      | 'IMPORT_TOO_LARGE'
      | 'IMPORT_IN_PROGRESS'
      | 'IMPORT_HAS_ERRORS'
      | 'IMPORT_ALREADY_COMMITTED'
      | 'IMPORT_CONFLICT'
      | 'IMPORT_ROWS_CHANGED'
      | 'APPLICATION_OPEN_EXISTS'
      | 'APPLICATION_ACTION_NOT_ALLOWED'
      | 'APPLICATION_DUTY_REQUIRED'
      | 'APPLICATION_CHANGED'
      | 'APPLICATION_PAPERS_MISSING'
      | 'APPLICATION_REASON_REQUIRED'
      | 'APPLICATION_CATEGORY_NOT_HELD'
      | 'APPLICATION_EVENT_DATE'
      | 'REVERIFICATION_RECORDED'
      | 'REVERIFICATION_CHANGED'
      | 'REVERIFICATION_REASON_REQUIRED'
      | 'REVERIFICATION_SETTINGS_INVALID'
      | 'PAPERS_INVALID'
      | 'CALENDAR_YEAR_MISSING'
      | 'CALENDAR_DATE_INVALID'
      | 'CALENDAR_WORKDAY_NOT_WEEKEND'
      | 'CALENDAR_CHANGED'
      | 'VISIT_RULES_INVALID'
      | 'RISK_INSTRUMENT_INVALID'
      | 'VISIT_DATE_FUTURE'
      | 'VISIT_DATE_BEFORE_BIRTH'
      | 'VISIT_ID_TAKEN'
      | 'VISIT_PHOTO_NOT_IMAGE'
      | 'VISIT_PHOTO_TOO_MANY'
      | 'VISIT_THUMBNAIL_NOT_IMAGE'
      | 'VISIT_THUMBNAIL_TOO_LARGE'
      | 'RISK_DATE_FUTURE'
      | 'RISK_DATE_BEFORE_BIRTH'
      | 'RISK_ANSWERS_INCOMPLETE'
      | 'RISK_ID_TAKEN'
      | 'CARER_NOT_ELIGIBLE'
      | 'CARER_RELATION_INVALID'
      | 'CARE_DATE_FUTURE'
      | 'CARE_CHANGED'
      | 'CONTACT_DATE_INVALID'
      | 'CONTACT_ID_TAKEN'
      | 'STANDARD_INVALID'
      | 'SCHOOLING_INVALID'
      | 'ROLL_MONTH_INVALID'
      | 'ROLL_COUNTY_INVALID'
      | 'ROLL_PREVIOUS_NOT_LOCKED'
      | 'ROLL_NOT_DRAFT'
      | 'ROLL_NOT_APPROVED'
      | 'ROLL_CHANGED'
      | 'ROLL_SELF_APPROVAL'
      | 'ROLL_FINDINGS_STALE'
      | 'ROLL_BLOCKED'
      | 'ROLL_WARNINGS_UNNOTED'
      | 'ROLL_UNBALANCED'
      | 'FINDING_NOT_WARNING'
      | 'PAYEE_NOT_HOLDER'
      | 'ACCOUNT_NUMBER_INVALID'
      | 'ACCOUNT_CHANGED'
      | 'BANK_LAYOUT_INVALID'
      | 'BANK_RETURN_INVALID'
      | 'CASE_ACTION_NOT_MANUAL'
      | 'CASE_WRONG_STAGE'
      | 'CASE_NOT_YOUR_DUTY'
      | 'CASE_NOTE_REQUIRED'
      | 'CASE_OPEN_REFERRALS'
      | 'CASE_OPEN_TASKS'
      | 'CASE_GUARDIANSHIP_OPEN'
      | 'CASE_GUARDIANSHIP_ALREADY_OPEN'
      | 'CASE_GUARDIANSHIP_NOT_OPEN'
      | 'CASE_RETURN_NOT_ASSESSED'
      | 'CASE_TEAM_ONLY'
      | 'CASE_SELF_REVIEW'
      | 'CASE_CHANGED'
      | 'CASE_DIVISION_INVALID'
      | 'CASE_NOT_CLOSED'
      | 'CASE_RECEIPT_NOT_FOUND'
      | 'CASE_CHILD_NOT_FOUND'
      | 'CASE_MEMBER_INVALID'
      | 'REFERRAL_OUTSIDE_REGION'
      | 'REFERRAL_NOT_OPEN'
      | 'LIBRARY_IDENTIFIERS_LEFT'
      | 'LIBRARY_SELF_REVIEW'
      | 'CASE_TIERS_INVALID'
      | 'PARTNER_UNIT_DUPLICATE'
      | 'PARTNER_UNIT_KIND_INVALID'
      | 'PARTNER_UNIT_DIVISION_INVALID'
      | 'PARTNER_UNIT_OPEN_REFERRALS'
      | 'API_KEY_INVALID';
    Error: {
      error: {
        code: components['schemas']['ErrorCode'];
        /** @description Chinese, or English with Accept-Language: en */
        message: string;
        /** @description The field (`field`) or the zod issues (`issues`: path, code, message) */
        details?: {
          [key: string]: unknown;
        };
      };
      requestId: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok' | 'degraded';
            database: {
              /** @enum {string} */
              kind: 'pglite' | 'postgres';
              up: boolean;
            };
            version: string;
            demoMode: boolean;
          };
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
          totpCode?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              username: string;
              displayName: string;
              mustChangePassword: boolean;
              mustEnrolTotp: boolean;
              totpEnabled: boolean;
              passwordExpiresAt: string | null;
              passwordReset: {
                at: string;
                by: {
                  username: string;
                  displayName: string;
                } | null;
                approvedBy: {
                  username: string;
                  displayName: string;
                } | null;
              } | null;
            };
            grants: {
              id: string;
              role: string;
              roleName: string;
              divisionCode: string | null;
              divisionName: string | null;
              institutionId: string | null;
              institutionName: string | null;
              partnerUnitName: string | null;
            }[];
            permissions: string[];
            csrfToken: string;
            idleTimeoutMinutes: number;
            demoMode: boolean;
          };
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              username: string;
              displayName: string;
              mustChangePassword: boolean;
              mustEnrolTotp: boolean;
              totpEnabled: boolean;
              passwordExpiresAt: string | null;
              passwordReset: {
                at: string;
                by: {
                  username: string;
                  displayName: string;
                } | null;
                approvedBy: {
                  username: string;
                  displayName: string;
                } | null;
              } | null;
            };
            grants: {
              id: string;
              role: string;
              roleName: string;
              divisionCode: string | null;
              divisionName: string | null;
              institutionId: string | null;
              institutionName: string | null;
              partnerUnitName: string | null;
            }[];
            permissions: string[];
            csrfToken: string;
            idleTimeoutMinutes: number;
            demoMode: boolean;
          };
        };
      };
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAuthTotpSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          code?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            secret: string;
            otpauthUrl: string;
          };
        };
      };
    };
  };
  postAuthTotpEnable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAuthTotpDisable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          code: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getTasks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              kind: string;
              title: string;
              description: string;
              dueDate: string | null;
              link: string | null;
              /** @enum {string} */
              severity: 'info' | 'warning' | 'danger';
            }[];
            total: number;
            /** @constant */
            success: true;
          };
        };
      };
    };
  };
  getDivisions: {
    parameters: {
      query?: {
        /** @description A division code: list its subdivisions */
        parent?: string;
        /** @description `city` to reach every division of the city, not only the caller’s area */
        scope?: 'mine' | 'city';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              code: string;
              name: string;
              /** @enum {string} */
              level: 'province' | 'city' | 'county' | 'township' | 'village';
              parentCode: string | null;
              hasChildren: boolean;
            }[];
          };
        };
      };
    };
  };
  getDivisionsSearch: {
    parameters: {
      query: {
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q: string;
        /** @description `city` to reach every division of the city, not only the caller’s area */
        scope?: 'mine' | 'city';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              code: string;
              name: string;
              /** @enum {string} */
              level: 'province' | 'city' | 'county' | 'township' | 'village';
              parentCode: string | null;
              hasChildren: boolean;
              path: string;
            }[];
          };
        };
      };
    };
  };
  getDivisionsByCode: {
    parameters: {
      query?: {
        /** @description `city` to reach every division of the city, not only the caller’s area */
        scope?: 'mine' | 'city';
      };
      header?: never;
      path: {
        /** @description The code of the record the path names (a division code, or a role code) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            name: string;
            /** @enum {string} */
            level: 'province' | 'city' | 'county' | 'township' | 'village';
            parentCode: string | null;
            hasChildren: boolean;
            path: {
              code: string;
              name: string;
            }[];
          };
        };
      };
    };
  };
  getChildren: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q?: string;
        /** @description Filter or option `category` */
        category?: string;
        /** @description Only records in this status */
        status?: 'active' | 'terminated' | 'transferred' | 'archived';
        /** @description Filter or option `sex` */
        sex?: 'M' | 'F';
        /** @description Filter or option `ageMin` */
        ageMin?: number;
        /** @description Filter or option `ageMax` */
        ageMax?: number;
        /** @description Filter or option `disability` */
        disability?: 'true' | 'false';
        /** @description Filter or option `schoolingStage` */
        schoolingStage?:
          | 'not_in_kindergarten'
          | 'kindergarten'
          | 'primary'
          | 'junior'
          | 'senior'
          | 'vocational'
          | 'dropped_out'
          | 'not_in_school';
        /** @description Filter or option `sort` */
        sort?: 'division' | 'name' | 'birthDate';
        /** @description Filter or option `order` */
        order?: 'asc' | 'desc';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              sex: 'M' | 'F';
              birthDate: string;
              idNumberMasked: string | null;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              status: 'active' | 'terminated' | 'transferred' | 'archived';
              categories: string[];
              townshipName: string | null;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postChildren: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          formerNames?: string[];
          /** @enum {string} */
          sex?: 'M' | 'F';
          /** Format: date */
          birthDate?: string;
          idNumber?: string | null;
          noIdReason?: string | null;
          divisionCode: string;
          ethnicity?: string | null;
          householdType?: ('rural' | 'urban') | null;
          currentAddress?: string | null;
          schoolingStage?:
            | (
                | 'not_in_kindergarten'
                | 'kindergarten'
                | 'primary'
                | 'junior'
                | 'senior'
                | 'vocational'
                | 'dropped_out'
                | 'not_in_school'
              )
            | null;
          schoolName?: string | null;
          boarding?: boolean | null;
          healthStatus?: ('healthy' | 'disabled' | 'ill') | null;
          disabilityType?: string | null;
          disabilityGrade?: number | null;
          disabilityCertNo?: string | null;
          illness?: string | null;
          familyEconomicHardship?: boolean;
          guardianshipHarm?: boolean;
          parentsUnknown?: boolean;
          institutionId?: string | null;
          institutionSince?: string | null;
          confirmNotDuplicate?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            sex: 'M' | 'F';
            birthDate: string;
            idNumberMasked: string | null;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            status: 'active' | 'terminated' | 'transferred' | 'archived';
            categories: string[];
            formerNames: string[];
            noIdReason: string | null;
            divisionPath: string;
            institutionId: string | null;
            institutionName: string | null;
            institutionSince: string | null;
            parentsUnknown: boolean;
            ethnicity: string | null;
            householdType: ('rural' | 'urban') | null;
            currentAddressMasked: string | null;
            schoolingStage:
              | (
                  | 'not_in_kindergarten'
                  | 'kindergarten'
                  | 'primary'
                  | 'junior'
                  | 'senior'
                  | 'vocational'
                  | 'dropped_out'
                  | 'not_in_school'
                )
              | null;
            schoolName: string | null;
            boarding: boolean | null;
            healthStatus: ('healthy' | 'disabled' | 'ill') | null;
            disabilityType: string | null;
            disabilityGrade: number | null;
            disabilityCertNoMasked: string | null;
            illness: string | null;
            familyEconomicHardship: boolean;
            guardianshipHarm: boolean;
            terminationReason: string | null;
            terminationMonth: string | null;
            mergedInto: string | null;
            photoDocumentId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            canUnmask: boolean;
            canEdit: boolean;
          };
        };
      };
    };
  };
  postChildrenSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          division?: string;
          q?: string;
          category?: string;
          /** @enum {string} */
          status?: 'active' | 'terminated' | 'transferred' | 'archived';
          /** @enum {string} */
          sex?: 'M' | 'F';
          ageMin?: number;
          ageMax?: number;
          /** @enum {string} */
          disability?: 'true' | 'false';
          /** @enum {string} */
          schoolingStage?:
            | 'not_in_kindergarten'
            | 'kindergarten'
            | 'primary'
            | 'junior'
            | 'senior'
            | 'vocational'
            | 'dropped_out'
            | 'not_in_school';
          /**
           * @default division
           * @enum {string}
           */
          sort?: 'division' | 'name' | 'birthDate';
          /**
           * @default asc
           * @enum {string}
           */
          order?: 'asc' | 'desc';
          /** @default 20 */
          limit?: number;
          cursor?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              sex: 'M' | 'F';
              birthDate: string;
              idNumberMasked: string | null;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              status: 'active' | 'terminated' | 'transferred' | 'archived';
              categories: string[];
              townshipName: string | null;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  getChildrenCounts: {
    parameters: {
      query: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q?: string;
        /** @description Filter or option `category` */
        category?: string;
        /** @description Only records in this status */
        status?: 'active' | 'terminated' | 'transferred' | 'archived';
        /** @description Filter or option `sex` */
        sex?: 'M' | 'F';
        /** @description Filter or option `ageMin` */
        ageMin?: number;
        /** @description Filter or option `ageMax` */
        ageMax?: number;
        /** @description Filter or option `disability` */
        disability?: 'true' | 'false';
        /** @description Filter or option `schoolingStage` */
        schoolingStage?:
          | 'not_in_kindergarten'
          | 'kindergarten'
          | 'primary'
          | 'junior'
          | 'senior'
          | 'vocational'
          | 'dropped_out'
          | 'not_in_school';
        /** @description A division code: list its subdivisions */
        parent: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              code: string;
              name: string;
              count: number;
            }[];
          };
        };
      };
    };
  };
  postChildrenCheckDuplicates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: date */
          birthDate: string;
          divisionCode: string;
          /** Format: uuid */
          excludeId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              birthDate: string;
              divisionCode: string;
              idNumberMasked: string | null;
              similarity: number;
            }[];
          };
        };
      };
    };
  };
  getChildrenById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            sex: 'M' | 'F';
            birthDate: string;
            idNumberMasked: string | null;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            status: 'active' | 'terminated' | 'transferred' | 'archived';
            categories: string[];
            formerNames: string[];
            noIdReason: string | null;
            divisionPath: string;
            institutionId: string | null;
            institutionName: string | null;
            institutionSince: string | null;
            parentsUnknown: boolean;
            ethnicity: string | null;
            householdType: ('rural' | 'urban') | null;
            currentAddressMasked: string | null;
            schoolingStage:
              | (
                  | 'not_in_kindergarten'
                  | 'kindergarten'
                  | 'primary'
                  | 'junior'
                  | 'senior'
                  | 'vocational'
                  | 'dropped_out'
                  | 'not_in_school'
                )
              | null;
            schoolName: string | null;
            boarding: boolean | null;
            healthStatus: ('healthy' | 'disabled' | 'ill') | null;
            disabilityType: string | null;
            disabilityGrade: number | null;
            disabilityCertNoMasked: string | null;
            illness: string | null;
            familyEconomicHardship: boolean;
            guardianshipHarm: boolean;
            terminationReason: string | null;
            terminationMonth: string | null;
            mergedInto: string | null;
            photoDocumentId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            canUnmask: boolean;
            canEdit: boolean;
          };
        };
      };
    };
  };
  patchChildrenById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          formerNames?: string[];
          /** @enum {string} */
          sex?: 'M' | 'F';
          /** Format: date */
          birthDate?: string;
          idNumber?: string | null;
          noIdReason?: string | null;
          divisionCode?: string;
          ethnicity?: string | null;
          householdType?: ('rural' | 'urban') | null;
          currentAddress?: string | null;
          schoolingStage?:
            | (
                | 'not_in_kindergarten'
                | 'kindergarten'
                | 'primary'
                | 'junior'
                | 'senior'
                | 'vocational'
                | 'dropped_out'
                | 'not_in_school'
              )
            | null;
          schoolName?: string | null;
          boarding?: boolean | null;
          healthStatus?: ('healthy' | 'disabled' | 'ill') | null;
          disabilityType?: string | null;
          disabilityGrade?: number | null;
          disabilityCertNo?: string | null;
          illness?: string | null;
          familyEconomicHardship?: boolean;
          guardianshipHarm?: boolean;
          parentsUnknown?: boolean;
          institutionId?: string | null;
          institutionSince?: string | null;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            sex: 'M' | 'F';
            birthDate: string;
            idNumberMasked: string | null;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            status: 'active' | 'terminated' | 'transferred' | 'archived';
            categories: string[];
            formerNames: string[];
            noIdReason: string | null;
            divisionPath: string;
            institutionId: string | null;
            institutionName: string | null;
            institutionSince: string | null;
            parentsUnknown: boolean;
            ethnicity: string | null;
            householdType: ('rural' | 'urban') | null;
            currentAddressMasked: string | null;
            schoolingStage:
              | (
                  | 'not_in_kindergarten'
                  | 'kindergarten'
                  | 'primary'
                  | 'junior'
                  | 'senior'
                  | 'vocational'
                  | 'dropped_out'
                  | 'not_in_school'
                )
              | null;
            schoolName: string | null;
            boarding: boolean | null;
            healthStatus: ('healthy' | 'disabled' | 'ill') | null;
            disabilityType: string | null;
            disabilityGrade: number | null;
            disabilityCertNoMasked: string | null;
            illness: string | null;
            familyEconomicHardship: boolean;
            guardianshipHarm: boolean;
            terminationReason: string | null;
            terminationMonth: string | null;
            mergedInto: string | null;
            photoDocumentId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            canUnmask: boolean;
            canEdit: boolean;
          };
        };
      };
    };
  };
  postChildrenByIdUnmask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          field: 'idNumber' | 'currentAddress' | 'disabilityCertNo';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            field: string;
            value: string | null;
          };
        };
      };
    };
  };
  getChildrenByIdHistory: {
    parameters: {
      query?: {
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: number;
              at: string;
              actorName: string | null;
              action: string;
              changes: {
                field: string;
                from: unknown;
                to: unknown;
              }[];
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  getChildrenByIdPhoto: {
    parameters: {
      query?: {
        /** @description Filter or option `v` */
        v?: string;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  putChildrenByIdPhoto: {
    parameters: {
      query?: {
        /** @description The file’s name as the user chose it (kept for display; the type is read from the content) */
        fileName?: string;
        /** @description The version the client last read; a different current version answers 409 CONFLICT */
        version?: number;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            photoDocumentId: string;
            version: number;
            mimeType: string;
            sizeBytes: number;
          };
        };
      };
    };
  };
  getInstitutionsWelfareHomes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              divisionCode: string;
            }[];
          };
        };
      };
    };
  };
  getChildrenByIdDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** @enum {string} */
              subjectType: 'child' | 'person' | 'situation' | 'category' | 'visit';
              subjectId: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedBy: string | null;
              createdAt: string;
            }[];
          };
        };
      };
    };
  };
  postChildrenByIdDocuments: {
    parameters: {
      query: {
        /** @description Filter or option `subjectType` */
        subjectType?: 'child' | 'person' | 'situation' | 'category' | 'visit';
        /** @description Filter or option `subjectId` */
        subjectId?: string;
        /** @description Filter or option `title` */
        title: string;
        /** @description The file’s name as the user chose it (kept for display; the type is read from the content) */
        fileName: string;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            subjectType: 'child' | 'person' | 'situation' | 'category' | 'visit';
            subjectId: string;
            title: string;
            fileName: string;
            mimeType: string;
            sizeBytes: number;
            uploadedBy: string | null;
            createdAt: string;
          };
        };
      };
    };
  };
  getChildrenByIdDocumentsByDocumentIdContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the document (404 when out of reach) */
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  postChildrenByIdTerminate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          reason: 'death' | 'adult' | 'adopted' | 'moved_out' | 'parent_regained' | 'other';
          /** Format: date */
          eventDate: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            sex: 'M' | 'F';
            birthDate: string;
            idNumberMasked: string | null;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            status: 'active' | 'terminated' | 'transferred' | 'archived';
            categories: string[];
            formerNames: string[];
            noIdReason: string | null;
            divisionPath: string;
            institutionId: string | null;
            institutionName: string | null;
            institutionSince: string | null;
            parentsUnknown: boolean;
            ethnicity: string | null;
            householdType: ('rural' | 'urban') | null;
            currentAddressMasked: string | null;
            schoolingStage:
              | (
                  | 'not_in_kindergarten'
                  | 'kindergarten'
                  | 'primary'
                  | 'junior'
                  | 'senior'
                  | 'vocational'
                  | 'dropped_out'
                  | 'not_in_school'
                )
              | null;
            schoolName: string | null;
            boarding: boolean | null;
            healthStatus: ('healthy' | 'disabled' | 'ill') | null;
            disabilityType: string | null;
            disabilityGrade: number | null;
            disabilityCertNoMasked: string | null;
            illness: string | null;
            familyEconomicHardship: boolean;
            guardianshipHarm: boolean;
            terminationReason: string | null;
            terminationMonth: string | null;
            mergedInto: string | null;
            photoDocumentId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            canUnmask: boolean;
            canEdit: boolean;
          };
        };
      };
    };
  };
  postChildrenByIdArchive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /** @enum {string} */
            sex: 'M' | 'F';
            birthDate: string;
            idNumberMasked: string | null;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            status: 'active' | 'terminated' | 'transferred' | 'archived';
            categories: string[];
            formerNames: string[];
            noIdReason: string | null;
            divisionPath: string;
            institutionId: string | null;
            institutionName: string | null;
            institutionSince: string | null;
            parentsUnknown: boolean;
            ethnicity: string | null;
            householdType: ('rural' | 'urban') | null;
            currentAddressMasked: string | null;
            schoolingStage:
              | (
                  | 'not_in_kindergarten'
                  | 'kindergarten'
                  | 'primary'
                  | 'junior'
                  | 'senior'
                  | 'vocational'
                  | 'dropped_out'
                  | 'not_in_school'
                )
              | null;
            schoolName: string | null;
            boarding: boolean | null;
            healthStatus: ('healthy' | 'disabled' | 'ill') | null;
            disabilityType: string | null;
            disabilityGrade: number | null;
            disabilityCertNoMasked: string | null;
            illness: string | null;
            familyEconomicHardship: boolean;
            guardianshipHarm: boolean;
            terminationReason: string | null;
            terminationMonth: string | null;
            mergedInto: string | null;
            photoDocumentId: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            canUnmask: boolean;
            canEdit: boolean;
          };
        };
      };
    };
  };
  postChildrenByIdTransfers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          toDivision: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            fromDivision: string;
            fromDivisionName: string;
            toDivision: string;
            toDivisionName: string;
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'rejected' | 'cancelled';
            requestedAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  getTransfers: {
    parameters: {
      query?: {
        /** @description `incoming` (waiting for the caller’s area) or `outgoing` (made by it) */
        direction?: 'incoming' | 'outgoing';
        /** @description Only records in this status */
        status?: 'pending' | 'accepted' | 'rejected' | 'cancelled' | 'all';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              childId: string;
              childName: string;
              fromDivision: string;
              fromDivisionName: string;
              toDivision: string;
              toDivisionName: string;
              reason: string;
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'rejected' | 'cancelled';
              requestedAt: string;
              decidedAt: string | null;
              decisionNote: string | null;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postTransfersByIdAccept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            fromDivision: string;
            fromDivisionName: string;
            toDivision: string;
            toDivisionName: string;
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'rejected' | 'cancelled';
            requestedAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  postTransfersByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            fromDivision: string;
            fromDivisionName: string;
            toDivision: string;
            toDivisionName: string;
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'rejected' | 'cancelled';
            requestedAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  postTransfersByIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            fromDivision: string;
            fromDivisionName: string;
            toDivision: string;
            toDivisionName: string;
            reason: string;
            /** @enum {string} */
            status: 'pending' | 'accepted' | 'rejected' | 'cancelled';
            requestedAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  postDuplicatesScan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          division?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            found: number;
          };
        };
      };
    };
  };
  getDuplicates: {
    parameters: {
      query?: {
        /** @description Only records in this status */
        status?: 'open' | 'dismissed' | 'merged';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              score: number;
              /** @enum {string} */
              status: 'open' | 'dismissed' | 'merged';
              a: {
                id: string;
                name: string;
                /** @enum {string} */
                sex: 'M' | 'F';
                birthDate: string;
                idNumberMasked: string | null;
                divisionCode: string;
                divisionName: string;
                /** @enum {string} */
                status: 'active' | 'terminated' | 'transferred' | 'archived';
                categories: string[];
              };
              b: {
                id: string;
                name: string;
                /** @enum {string} */
                sex: 'M' | 'F';
                birthDate: string;
                idNumberMasked: string | null;
                divisionCode: string;
                divisionName: string;
                /** @enum {string} */
                status: 'active' | 'terminated' | 'transferred' | 'archived';
                categories: string[];
              };
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postDuplicatesByIdDismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            score: number;
            /** @enum {string} */
            status: 'open' | 'dismissed' | 'merged';
            a: {
              id: string;
              name: string;
              /** @enum {string} */
              sex: 'M' | 'F';
              birthDate: string;
              idNumberMasked: string | null;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              status: 'active' | 'terminated' | 'transferred' | 'archived';
              categories: string[];
            };
            b: {
              id: string;
              name: string;
              /** @enum {string} */
              sex: 'M' | 'F';
              birthDate: string;
              idNumberMasked: string | null;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              status: 'active' | 'terminated' | 'transferred' | 'archived';
              categories: string[];
            };
          };
        };
      };
    };
  };
  getDuplicatesByIdMergePreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conflicts: {
              /** @enum {string} */
              kind: 'father' | 'mother';
              candidates: {
                relationId: string;
                childId: string;
                personId: string;
                personName: string;
                personIdNumberMasked: string | null;
                startDate: string;
              }[];
            }[];
            repeatedRelations: {
              /** @enum {string} */
              kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
              personName: string;
              keptRelationId: string;
              endedRelationIds: string[];
            }[];
          };
        };
      };
    };
  };
  postDuplicatesByIdMerge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          keepId: string;
          keepRelations?: {
            /** Format: uuid */
            father?: string;
            /** Format: uuid */
            mother?: string;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            score: number;
            /** @enum {string} */
            status: 'open' | 'dismissed' | 'merged';
            a: {
              id: string;
              name: string;
              /** @enum {string} */
              sex: 'M' | 'F';
              birthDate: string;
              idNumberMasked: string | null;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              status: 'active' | 'terminated' | 'transferred' | 'archived';
              categories: string[];
            };
            b: {
              id: string;
              name: string;
              /** @enum {string} */
              sex: 'M' | 'F';
              birthDate: string;
              idNumberMasked: string | null;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              status: 'active' | 'terminated' | 'transferred' | 'archived';
              categories: string[];
            };
          };
        };
      };
    };
  };
  getTransfersExport: {
    parameters: {
      query?: {
        /** @description `incoming` (waiting for the caller’s area) or `outgoing` (made by it) */
        direction?: 'incoming' | 'outgoing';
        /** @description Only records in this status */
        status?: 'pending' | 'accepted' | 'rejected' | 'cancelled' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getDuplicatesExport: {
    parameters: {
      query?: {
        /** @description Only records in this status */
        status?: 'open' | 'dismissed' | 'merged';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getChildrenByIdFamily: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            relations: {
              id: string;
              /** @enum {string} */
              kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
              relationLabel: string | null;
              startDate: string;
              endDate: string | null;
              endReason: string | null;
              active: boolean;
              person: {
                id: string;
                name: string;
                sex: ('M' | 'F') | null;
                birthDate: string | null;
                idNumberMasked: string | null;
                phoneMasked: string | null;
                addressMasked: string | null;
                workPlace: string | null;
                situations: {
                  id: string;
                  /** @enum {string} */
                  code:
                    | 'dead'
                    | 'declared_dead'
                    | 'declared_missing'
                    | 'severe_disability'
                    | 'serious_illness'
                    | 'imprisoned'
                    | 'compulsory_rehab'
                    | 'other_restriction'
                    | 'lost_contact'
                    | 'guardianship_revoked'
                    | 'deported'
                    | 'working_away'
                    | 'no_guardianship_capacity';
                  since: string;
                  until: string | null;
                  details: {
                    disabilityGrade?: number;
                    /** @enum {string} */
                    disabilityKind?:
                      'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
                    illnessCode?: string;
                    termMonths?: number;
                  };
                  note: string | null;
                }[];
              };
            }[];
            linkRequests: {
              id: string;
              childId: string;
              childName: string;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
              relationLabel: string | null;
              startDate: string;
              typed: {
                name: string;
                idNumberMasked: string;
                phoneMasked: string | null;
                addressMasked: string | null;
                workPlace: string | null;
              };
              recorded: {
                personId: string;
                name: string;
                idNumberMasked: string | null;
              } | null;
              /** @enum {string} */
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
              requestedByName: string;
              requestedAt: string;
              decidedByName: string | null;
              decidedAt: string | null;
              decisionNote: string | null;
            }[];
          };
        };
      };
    };
  };
  postChildrenByIdRelations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
          relationLabel?: string | null;
          /** Format: date */
          startDate: string;
          person: {
            name: string;
            idNumber?: string | null;
            sex?: ('M' | 'F') | null;
            birthDate?: string | null;
            phone?: string | null;
            address?: string | null;
            workPlace?: string | null;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                id: string;
                /** @enum {string} */
                kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
                relationLabel: string | null;
                startDate: string;
                endDate: string | null;
                endReason: string | null;
                active: boolean;
                person: {
                  id: string;
                  name: string;
                  sex: ('M' | 'F') | null;
                  birthDate: string | null;
                  idNumberMasked: string | null;
                  phoneMasked: string | null;
                  addressMasked: string | null;
                  workPlace: string | null;
                  situations: {
                    id: string;
                    /** @enum {string} */
                    code:
                      | 'dead'
                      | 'declared_dead'
                      | 'declared_missing'
                      | 'severe_disability'
                      | 'serious_illness'
                      | 'imprisoned'
                      | 'compulsory_rehab'
                      | 'other_restriction'
                      | 'lost_contact'
                      | 'guardianship_revoked'
                      | 'deported'
                      | 'working_away'
                      | 'no_guardianship_capacity';
                    since: string;
                    until: string | null;
                    details: {
                      disabilityGrade?: number;
                      /** @enum {string} */
                      disabilityKind?:
                        'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
                      illnessCode?: string;
                      termMonths?: number;
                    };
                    note: string | null;
                  }[];
                };
              }
            | {
                linkRequest: {
                  id: string;
                  childId: string;
                  childName: string;
                  divisionCode: string;
                  divisionName: string;
                  /** @enum {string} */
                  kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
                  relationLabel: string | null;
                  startDate: string;
                  typed: {
                    name: string;
                    idNumberMasked: string;
                    phoneMasked: string | null;
                    addressMasked: string | null;
                    workPlace: string | null;
                  };
                  recorded: {
                    personId: string;
                    name: string;
                    idNumberMasked: string | null;
                  } | null;
                  /** @enum {string} */
                  status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
                  requestedByName: string;
                  requestedAt: string;
                  decidedByName: string | null;
                  decidedAt: string | null;
                  decisionNote: string | null;
                };
              };
        };
      };
    };
  };
  postChildrenByIdRelationsByRelationIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the relation (404 when out of reach) */
        relationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endDate: string;
          endReason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
            relationLabel: string | null;
            startDate: string;
            endDate: string | null;
            endReason: string | null;
            active: boolean;
            person: {
              id: string;
              name: string;
              sex: ('M' | 'F') | null;
              birthDate: string | null;
              idNumberMasked: string | null;
              phoneMasked: string | null;
              addressMasked: string | null;
              workPlace: string | null;
              situations: {
                id: string;
                /** @enum {string} */
                code:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since: string;
                until: string | null;
                details: {
                  disabilityGrade?: number;
                  /** @enum {string} */
                  disabilityKind?:
                    'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
                  illnessCode?: string;
                  termMonths?: number;
                };
                note: string | null;
              }[];
            };
          };
        };
      };
    };
  };
  patchChildrenByIdPersonsByPersonId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the person (404 when out of reach) */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          phone?: string | null;
          address?: string | null;
          workPlace?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            sex: ('M' | 'F') | null;
            birthDate: string | null;
            idNumberMasked: string | null;
            phoneMasked: string | null;
            addressMasked: string | null;
            workPlace: string | null;
            situations: {
              id: string;
              /** @enum {string} */
              code:
                | 'dead'
                | 'declared_dead'
                | 'declared_missing'
                | 'severe_disability'
                | 'serious_illness'
                | 'imprisoned'
                | 'compulsory_rehab'
                | 'other_restriction'
                | 'lost_contact'
                | 'guardianship_revoked'
                | 'deported'
                | 'working_away'
                | 'no_guardianship_capacity';
              since: string;
              until: string | null;
              details: {
                disabilityGrade?: number;
                /** @enum {string} */
                disabilityKind?: 'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
                illnessCode?: string;
                termMonths?: number;
              };
              note: string | null;
            }[];
          };
        };
      };
    };
  };
  postChildrenByIdPersonsByPersonIdSituations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the person (404 when out of reach) */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          code:
            | 'dead'
            | 'declared_dead'
            | 'declared_missing'
            | 'severe_disability'
            | 'serious_illness'
            | 'imprisoned'
            | 'compulsory_rehab'
            | 'other_restriction'
            | 'lost_contact'
            | 'guardianship_revoked'
            | 'deported'
            | 'working_away'
            | 'no_guardianship_capacity';
          /** Format: date */
          since: string;
          until?: string | null;
          details?: {
            disabilityGrade?: number;
            /** @enum {string} */
            disabilityKind?: 'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
            illnessCode?: string;
            termMonths?: number;
          };
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            code:
              | 'dead'
              | 'declared_dead'
              | 'declared_missing'
              | 'severe_disability'
              | 'serious_illness'
              | 'imprisoned'
              | 'compulsory_rehab'
              | 'other_restriction'
              | 'lost_contact'
              | 'guardianship_revoked'
              | 'deported'
              | 'working_away'
              | 'no_guardianship_capacity';
            since: string;
            until: string | null;
            details: {
              disabilityGrade?: number;
              /** @enum {string} */
              disabilityKind?: 'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
              illnessCode?: string;
              termMonths?: number;
            };
            note: string | null;
          };
        };
      };
    };
  };
  postChildrenByIdPersonsByPersonIdSituationsBySituationIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the person (404 when out of reach) */
        personId: string;
        /** @description The id of the situation (404 when out of reach) */
        situationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          until: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            code:
              | 'dead'
              | 'declared_dead'
              | 'declared_missing'
              | 'severe_disability'
              | 'serious_illness'
              | 'imprisoned'
              | 'compulsory_rehab'
              | 'other_restriction'
              | 'lost_contact'
              | 'guardianship_revoked'
              | 'deported'
              | 'working_away'
              | 'no_guardianship_capacity';
            since: string;
            until: string | null;
            details: {
              disabilityGrade?: number;
              /** @enum {string} */
              disabilityKind?: 'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';
              illnessCode?: string;
              termMonths?: number;
            };
            note: string | null;
          };
        };
      };
    };
  };
  postChildrenByIdPersonsByPersonIdUnmask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the person (404 when out of reach) */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          field: 'idNumber' | 'phone' | 'address';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'idNumber' | 'phone' | 'address';
            value: string | null;
          };
        };
      };
    };
  };
  getPersonLinks: {
    parameters: {
      query?: {
        /** @description `incoming` (waiting for the caller’s area) or `outgoing` (made by it) */
        direction?: 'incoming' | 'outgoing';
        /** @description Only records in this status */
        status?: 'pending' | 'confirmed' | 'rejected' | 'cancelled' | 'all';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              childId: string;
              childName: string;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
              relationLabel: string | null;
              startDate: string;
              typed: {
                name: string;
                idNumberMasked: string;
                phoneMasked: string | null;
                addressMasked: string | null;
                workPlace: string | null;
              };
              recorded: {
                personId: string;
                name: string;
                idNumberMasked: string | null;
              } | null;
              /** @enum {string} */
              status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
              requestedByName: string;
              requestedAt: string;
              decidedByName: string | null;
              decidedAt: string | null;
              decisionNote: string | null;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postPersonLinksByIdConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
            relationLabel: string | null;
            startDate: string;
            typed: {
              name: string;
              idNumberMasked: string;
              phoneMasked: string | null;
              addressMasked: string | null;
              workPlace: string | null;
            };
            recorded: {
              personId: string;
              name: string;
              idNumberMasked: string | null;
            } | null;
            /** @enum {string} */
            status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
            requestedByName: string;
            requestedAt: string;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  postPersonLinksByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
            relationLabel: string | null;
            startDate: string;
            typed: {
              name: string;
              idNumberMasked: string;
              phoneMasked: string | null;
              addressMasked: string | null;
              workPlace: string | null;
            };
            recorded: {
              personId: string;
              name: string;
              idNumberMasked: string | null;
            } | null;
            /** @enum {string} */
            status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
            requestedByName: string;
            requestedAt: string;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  postPersonLinksByIdCancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionCode: string;
            divisionName: string;
            /** @enum {string} */
            kind: 'father' | 'mother' | 'guardian' | 'entrusted_carer';
            relationLabel: string | null;
            startDate: string;
            typed: {
              name: string;
              idNumberMasked: string;
              phoneMasked: string | null;
              addressMasked: string | null;
              workPlace: string | null;
            };
            recorded: {
              personId: string;
              name: string;
              idNumberMasked: string | null;
            } | null;
            /** @enum {string} */
            status: 'pending' | 'confirmed' | 'rejected' | 'cancelled';
            requestedByName: string;
            requestedAt: string;
            decidedByName: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
          };
        };
      };
    };
  };
  getCategoryRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              version: string;
              effectiveFrom: string;
              basis: string;
              seriousIllnesses: {
                code: string;
                zh: string;
                en: string;
              }[];
              severeDisabilityMaxGrade: number;
              severeMentalDisabilityMaxGrade: number;
              minRestrictionMonths: number;
              minLostContactMonths: number;
              leftBehindMaxAge: number;
              adultAge: number;
              sequence: number;
              publishedAt: string;
              publishedBy: string | null;
            };
            versions: {
              version: string;
              effectiveFrom: string;
              basis: string;
              seriousIllnesses: {
                code: string;
                zh: string;
                en: string;
              }[];
              severeDisabilityMaxGrade: number;
              severeMentalDisabilityMaxGrade: number;
              minRestrictionMonths: number;
              minLostContactMonths: number;
              leftBehindMaxAge: number;
              adultAge: number;
              sequence: number;
              publishedAt: string;
              publishedBy: string | null;
            }[];
          };
        };
      };
    };
  };
  postCategoryRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: string;
          /** Format: date */
          effectiveFrom: string;
          basis: string;
          seriousIllnesses: {
            code: string;
            zh: string;
            /** @default  */
            en?: string;
          }[];
          severeDisabilityMaxGrade: number;
          severeMentalDisabilityMaxGrade: number;
          minRestrictionMonths: number;
          minLostContactMonths: number;
          leftBehindMaxAge: number;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            basis: string;
            seriousIllnesses: {
              code: string;
              zh: string;
              en: string;
            }[];
            severeDisabilityMaxGrade: number;
            severeMentalDisabilityMaxGrade: number;
            minRestrictionMonths: number;
            minLostContactMonths: number;
            leftBehindMaxAge: number;
            adultAge: number;
            sequence: number;
            publishedAt: string;
            publishedBy: string | null;
          };
        };
      };
    };
  };
  getChildrenByIdCategories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            held: {
              id: string;
              category: string;
              startDate: string;
              endDate: string | null;
              endReason: string | null;
              decisionRef: string;
              rulesVersion: string | null;
              explanation: {
                evaluatedOn: string;
                eligible: boolean;
                since: string | null;
                reasons: {
                  code: string;
                  zh: string;
                  en: string;
                  /** @enum {string} */
                  parent?: 'father' | 'mother';
                  /** @enum {string} */
                  situation?:
                    | 'dead'
                    | 'declared_dead'
                    | 'declared_missing'
                    | 'severe_disability'
                    | 'serious_illness'
                    | 'imprisoned'
                    | 'compulsory_rehab'
                    | 'other_restriction'
                    | 'lost_contact'
                    | 'guardianship_revoked'
                    | 'deported'
                    | 'working_away'
                    | 'no_guardianship_capacity';
                  since?: string;
                }[];
                missing: {
                  code: string;
                  zh: string;
                  en: string;
                  /** @enum {string} */
                  parent?: 'father' | 'mother';
                  /** @enum {string} */
                  situation?:
                    | 'dead'
                    | 'declared_dead'
                    | 'declared_missing'
                    | 'severe_disability'
                    | 'serious_illness'
                    | 'imprisoned'
                    | 'compulsory_rehab'
                    | 'other_restriction'
                    | 'lost_contact'
                    | 'guardianship_revoked'
                    | 'deported'
                    | 'working_away'
                    | 'no_guardianship_capacity';
                  since?: string;
                }[];
              } | null;
              active: boolean;
            }[];
            evaluation: {
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship'
                | 'left_behind';
              eligible: boolean;
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              since: string | null;
              rulesVersion: string;
            }[];
            potential: (
              | 'orphan_institutional'
              | 'orphan_scattered'
              | 'de_facto_unsupported'
              | 'difficulty_economic'
              | 'difficulty_disability'
              | 'difficulty_guardianship'
              | 'left_behind'
            )[];
          };
        };
      };
    };
  };
  postChildrenByIdCategories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          category:
            | 'orphan_institutional'
            | 'orphan_scattered'
            | 'de_facto_unsupported'
            | 'difficulty_economic'
            | 'difficulty_disability'
            | 'difficulty_guardianship'
            | 'left_behind';
          /** Format: date */
          startDate: string;
          decisionRef: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            category: string;
            startDate: string;
            endDate: string | null;
            endReason: string | null;
            decisionRef: string;
            rulesVersion: string | null;
            explanation: {
              evaluatedOn: string;
              eligible: boolean;
              since: string | null;
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
            } | null;
            active: boolean;
          };
        };
      };
    };
  };
  postChildrenByIdCategoriesByCategoryIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the category (404 when out of reach) */
        categoryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endDate: string;
          endReason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            category: string;
            startDate: string;
            endDate: string | null;
            endReason: string | null;
            decisionRef: string;
            rulesVersion: string | null;
            explanation: {
              evaluatedOn: string;
              eligible: boolean;
              since: string | null;
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
            } | null;
            active: boolean;
          };
        };
      };
    };
  };
  getPotentiallyEligible: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Filter or option `category` */
        category?:
          | 'orphan_institutional'
          | 'orphan_scattered'
          | 'de_facto_unsupported'
          | 'difficulty_economic'
          | 'difficulty_disability'
          | 'difficulty_guardianship'
          | 'left_behind';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              childId: string;
              name: string;
              divisionCode: string;
              divisionName: string;
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship'
                | 'left_behind';
              since: string | null;
              reasons: string[];
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  getPotentiallyEligibleExport: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Filter or option `category` */
        category?:
          | 'orphan_institutional'
          | 'orphan_scattered'
          | 'de_facto_unsupported'
          | 'difficulty_economic'
          | 'difficulty_disability'
          | 'difficulty_guardianship'
          | 'left_behind';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getChildrenImportTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  postChildrenImportCheck: {
    parameters: {
      query: {
        /** @description The file’s name as the user chose it (kept for display; the type is read from the content) */
        fileName: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jobId: string;
            totalRows: number;
            validRows: number;
            rows: {
              row: number;
              /** @enum {string} */
              status: 'valid' | 'error' | 'duplicate_in_file' | 'exists';
              name: string;
              idNumberMasked: string | null;
              errors: {
                field: string;
                code: string;
                message: string;
              }[];
            }[];
            unknownColumns: string[];
            notes: string[];
          };
        };
      };
    };
  };
  postChildrenImportByJobIdCommit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the job (404 when out of reach) */
        jobId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          mode: 'all_or_nothing' | 'valid_only';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            created: number;
            skipped: number;
          };
        };
      };
    };
  };
  getChildrenImportByJobIdProblems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the job (404 when out of reach) */
        jobId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getChildrenExport: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q?: string;
        /** @description Filter or option `category` */
        category?: string;
        /** @description Only records in this status */
        status?: 'active' | 'terminated' | 'transferred' | 'archived';
        /** @description Filter or option `sex` */
        sex?: 'M' | 'F';
        /** @description Filter or option `ageMin` */
        ageMin?: number;
        /** @description Filter or option `ageMax` */
        ageMax?: number;
        /** @description Filter or option `disability` */
        disability?: 'true' | 'false';
        /** @description Filter or option `schoolingStage` */
        schoolingStage?:
          | 'not_in_kindergarten'
          | 'kindergarten'
          | 'primary'
          | 'junior'
          | 'senior'
          | 'vocational'
          | 'dropped_out'
          | 'not_in_school';
        /** @description Filter or option `layout` */
        layout?: 'list' | 'reimport';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  postChildrenExport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          division?: string;
          q?: string;
          category?: string;
          /** @enum {string} */
          status?: 'active' | 'terminated' | 'transferred' | 'archived';
          /** @enum {string} */
          sex?: 'M' | 'F';
          ageMin?: number;
          ageMax?: number;
          /** @enum {string} */
          disability?: 'true' | 'false';
          /** @enum {string} */
          schoolingStage?:
            | 'not_in_kindergarten'
            | 'kindergarten'
            | 'primary'
            | 'junior'
            | 'senior'
            | 'vocational'
            | 'dropped_out'
            | 'not_in_school';
          /** @enum {string} */
          layout?: 'list' | 'reimport';
        };
      };
    };
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getAdminUsers: {
    parameters: {
      query?: {
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q?: string;
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              username: string;
              displayName: string;
              /** @enum {string} */
              status: 'active' | 'disabled';
              lockedUntil: string | null;
              lastLoginAt: string | null;
              passwordChangedAt: string | null;
              totpEnabled: boolean;
              roles: string[];
              pendingRequests: ('reset_password' | 'disable_user')[];
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postAdminUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          displayName: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              username: string;
              displayName: string;
              /** @enum {string} */
              status: 'active' | 'disabled';
              lockedUntil: string | null;
              lastLoginAt: string | null;
              passwordChangedAt: string | null;
              totpEnabled: boolean;
              roles: string[];
              pendingRequests: ('reset_password' | 'disable_user')[];
            };
            initialPassword: string;
          };
        };
      };
    };
  };
  postAdminUsersByIdResetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            initialPassword: string | null;
            pendingRequestId: string | null;
          };
        };
      };
    };
  };
  getAdminAccountRequests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** @enum {string} */
              kind: 'reset_password' | 'disable_user';
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              target: {
                username: string;
                displayName: string;
                id: string;
              };
              requestedBy: {
                username: string;
                displayName: string;
              };
              requestedAt: string;
              decidedBy: {
                username: string;
                displayName: string;
              } | null;
              decidedAt: string | null;
              canDecide: boolean;
              passwordReady: boolean;
            }[];
          };
        };
      };
    };
  };
  postAdminAccountRequestsByIdPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            initialPassword: string;
          };
        };
      };
    };
  };
  postAdminUsersByIdUnlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            status: 'active' | 'disabled';
            lockedUntil: string | null;
            lastLoginAt: string | null;
            passwordChangedAt: string | null;
            totpEnabled: boolean;
            roles: string[];
            pendingRequests: ('reset_password' | 'disable_user')[];
          };
        };
      };
    };
  };
  postAdminUsersByIdDisable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            status: 'active' | 'disabled';
            lockedUntil: string | null;
            lastLoginAt: string | null;
            passwordChangedAt: string | null;
            totpEnabled: boolean;
            roles: string[];
            pendingRequests: ('reset_password' | 'disable_user')[];
          };
        };
      };
    };
  };
  postAdminUsersByIdEnable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            status: 'active' | 'disabled';
            lockedUntil: string | null;
            lastLoginAt: string | null;
            passwordChangedAt: string | null;
            totpEnabled: boolean;
            roles: string[];
            pendingRequests: ('reset_password' | 'disable_user')[];
          };
        };
      };
    };
  };
  getSecurityRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              code: string;
              name: string;
              description: string;
              /** @enum {string} */
              scopeKind: 'division' | 'institution' | 'partner' | 'none';
              permissions: string[];
              builtIn: boolean;
            }[];
          };
        };
      };
    };
  };
  postSecurityRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          /** @enum {string} */
          scopeKind: 'division' | 'institution' | 'partner' | 'none';
          name: string;
          /** @default  */
          description?: string;
          permissions: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            name: string;
            description: string;
            /** @enum {string} */
            scopeKind: 'division' | 'institution' | 'partner' | 'none';
            permissions: string[];
            builtIn: boolean;
          };
        };
      };
    };
  };
  getSecurityPermissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              code: string;
              name: string;
            }[];
          };
        };
      };
    };
  };
  putSecurityRolesByCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The code of the record the path names (a division code, or a role code) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @default  */
          description?: string;
          permissions: string[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            name: string;
            description: string;
            /** @enum {string} */
            scopeKind: 'division' | 'institution' | 'partner' | 'none';
            permissions: string[];
            builtIn: boolean;
          };
        };
      };
    };
  };
  getSecurityUsers: {
    parameters: {
      query?: {
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q?: string;
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              username: string;
              displayName: string;
              grants: {
                id: string;
                role: string;
                roleName: string;
                divisionCode: string | null;
                divisionName: string | null;
                institutionId: string | null;
                institutionName: string | null;
                partnerUnitId: string | null;
                partnerUnitName: string | null;
              }[];
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postSecurityUsersByIdGrants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          role: string;
          divisionCode?: string;
          /** Format: uuid */
          institutionId?: string;
          /** Format: uuid */
          partnerUnitId?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            role: string;
            roleName: string;
            divisionCode: string | null;
            divisionName: string | null;
            institutionId: string | null;
            institutionName: string | null;
            partnerUnitId: string | null;
            partnerUnitName: string | null;
          };
        };
      };
    };
  };
  deleteSecurityGrantsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSecurityAccountRequests: {
    parameters: {
      query?: {
        /** @description Only records in this status */
        status?: 'pending' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              /** @enum {string} */
              kind: 'reset_password' | 'disable_user';
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
              target: {
                username: string;
                displayName: string;
                id: string;
              };
              requestedBy: {
                username: string;
                displayName: string;
              };
              requestedAt: string;
              decidedBy: {
                username: string;
                displayName: string;
              } | null;
              decidedAt: string | null;
              canDecide: boolean;
              passwordReady: boolean;
            }[];
          };
        };
      };
    };
  };
  postSecurityAccountRequestsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postSecurityAccountRequestsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  getSecurityInstitutions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              kind: string;
              divisionCode: string;
            }[];
          };
        };
      };
    };
  };
  getSecurityPartnerUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              /** @enum {string} */
              role: 'partner' | 'reporter';
              kind: string;
              divisionCode: string;
              divisionName: string;
            }[];
          };
        };
      };
    };
  };
  getSecurityPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            passwordMinLength: number;
            passwordMaxAgeDays: number;
            lockoutThreshold: number;
            lockoutMinutes: number;
            idleTimeoutMinutes: number;
            /** @default 10 */
            idCheckDailyLimit: number;
            /** @default 12 */
            sessionMaxHours: number;
            /** @default 3 */
            maxSessionsPerUser: number;
            /** @default 20 */
            signInFailuresPerAddress: number;
            /** @default 60 */
            idLookupsPerAddress: number;
            /** @default 15 */
            addressWindowMinutes: number;
          };
        };
      };
    };
  };
  putSecurityPolicy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          passwordMinLength: number;
          passwordMaxAgeDays: number;
          lockoutThreshold: number;
          lockoutMinutes: number;
          idleTimeoutMinutes: number;
          /** @default 10 */
          idCheckDailyLimit?: number;
          /** @default 12 */
          sessionMaxHours?: number;
          /** @default 3 */
          maxSessionsPerUser?: number;
          /** @default 20 */
          signInFailuresPerAddress?: number;
          /** @default 60 */
          idLookupsPerAddress?: number;
          /** @default 15 */
          addressWindowMinutes?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            passwordMinLength: number;
            passwordMaxAgeDays: number;
            lockoutThreshold: number;
            lockoutMinutes: number;
            idleTimeoutMinutes: number;
            /** @default 10 */
            idCheckDailyLimit: number;
            /** @default 12 */
            sessionMaxHours: number;
            /** @default 3 */
            maxSessionsPerUser: number;
            /** @default 20 */
            signInFailuresPerAddress: number;
            /** @default 60 */
            idLookupsPerAddress: number;
            /** @default 15 */
            addressWindowMinutes: number;
          };
        };
      };
    };
  };
  getSecurityAlerts: {
    parameters: {
      query?: {
        /** @description Only records in this status */
        status?: 'open' | 'all';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              kind: string;
              username: string;
              displayName: string;
              day: string;
              events: number;
              refused: number;
              firstAt: string;
              lastAt: string;
              acknowledgedAt: string | null;
              acknowledgedByName: string | null;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postSecurityAlertsByIdAcknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            kind: string;
            username: string;
            displayName: string;
            day: string;
            events: number;
            refused: number;
            firstAt: string;
            lastAt: string;
            acknowledgedAt: string | null;
            acknowledgedByName: string | null;
          };
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: {
        /** @description Filter or option `actor` */
        actor?: string;
        /** @description Filter or option `action` */
        action?: string;
        /** @description Filter or option `targetType` */
        targetType?: string;
        /** @description Filter or option `targetId` */
        targetId?: string;
        /** @description Filter or option `childId` */
        childId?: string;
        /** @description Filter or option `outcome` */
        outcome?: 'success' | 'failure';
        /** @description From this time (inclusive) */
        from?: string;
        /** @description Until this time (inclusive) */
        to?: string;
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: number;
              at: string;
              actorId: string | null;
              actorUsername: string | null;
              action: string;
              actionLabel: string;
              actorName: string | null;
              actorUnit: string | null;
              targetType: string | null;
              targetTypeLabel: string | null;
              targetId: string | null;
              targetName: string | null;
              divisionName: string | null;
              children: {
                id: string;
                name: string;
              }[];
              childCount: number;
              /** @enum {string} */
              outcome: 'success' | 'failure';
              ip: string | null;
              requestId: string | null;
              before: unknown | null;
              after: unknown | null;
              details: unknown | null;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  getAuditActions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              action: string;
              label: string;
            }[];
          };
        };
      };
    };
  };
  getAuditVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ok: boolean;
            sealed: number;
            unsealed: number;
            firstBroken: {
              seq: number;
              auditId: number;
              /** @enum {string} */
              reason: 'content_changed' | 'link_broken' | 'row_missing';
            } | null;
            checkedAt: string;
          };
        };
      };
    };
  };
  postAuditChildrenSearch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          q: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              idNumberMasked: string | null;
              divisionPath: string;
              status: string;
            }[];
            more: boolean;
          };
        };
      };
    };
  };
  postAuditCaseReporters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          receiptNo: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            caseId: string;
            caseReceiptNo: string;
            countyName: string;
            stage: string;
            intakes: {
              receiptNo: string;
              channel: string;
              receivedAt: string;
              reporterName: string | null;
              reporterPhone: string | null;
              reporterRelation: string | null;
              reporterUnit: string | null;
              reporterUsername: string | null;
              sendingSystem: string | null;
            }[];
          };
        };
      };
    };
  };
  postAuditExport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actor?: string;
          action?: string;
          targetType?: string;
          targetId?: string;
          /** Format: uuid */
          childId?: string;
          /** @enum {string} */
          outcome?: 'success' | 'failure';
          from?: string;
          to?: string;
        };
      };
    };
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getApplications: {
    parameters: {
      query?: {
        /** @description Only records in this status */
        status?: 'draft' | 'intake' | 'submitted' | 'verified' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
        /** @description Filter or option `childId` */
        childId?: string;
        /** @description Filter or option `category` */
        category?:
          | 'orphan_institutional'
          | 'orphan_scattered'
          | 'de_facto_unsupported'
          | 'difficulty_economic'
          | 'difficulty_disability'
          | 'difficulty_guardianship';
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Filter or option `actionable` */
        actionable?: 'true' | 'false';
        /** @description Filter or option `overdue` */
        overdue?: 'true' | 'false';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              childId: string;
              childName: string;
              divisionCode: string;
              /** @enum {string} */
              kind: 'grant' | 'change' | 'terminate';
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship';
              crossProvince: boolean;
              /** @enum {string} */
              status:
                'draft' | 'intake' | 'submitted' | 'verified' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
              version: number;
              createdAt: string;
              waiting: {
                /** @enum {string} */
                step: 'forward' | 'verify' | 'approve';
                since: string;
                limit: number;
                due: string | null;
                workingDaysLeft: number | null;
                overdue: boolean;
                calendarMissing: number | null;
              } | null;
              allowedActions: ('submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw')[];
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  postApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          childId: string;
          /** @enum {string} */
          kind: 'grant' | 'change' | 'terminate';
          /** @enum {string} */
          category:
            | 'orphan_institutional'
            | 'orphan_scattered'
            | 'de_facto_unsupported'
            | 'difficulty_economic'
            | 'difficulty_disability'
            | 'difficulty_guardianship';
          /** @default false */
          crossProvince?: boolean;
          acceptingPlace?: string;
          /** Format: date */
          eventDate?: string;
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionCode: string;
            /** @enum {string} */
            kind: 'grant' | 'change' | 'terminate';
            /** @enum {string} */
            category:
              | 'orphan_institutional'
              | 'orphan_scattered'
              | 'de_facto_unsupported'
              | 'difficulty_economic'
              | 'difficulty_disability'
              | 'difficulty_guardianship';
            crossProvince: boolean;
            /** @enum {string} */
            status: 'draft' | 'intake' | 'submitted' | 'verified' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
            version: number;
            createdAt: string;
            waiting: {
              /** @enum {string} */
              step: 'forward' | 'verify' | 'approve';
              since: string;
              limit: number;
              due: string | null;
              workingDaysLeft: number | null;
              overdue: boolean;
              calendarMissing: number | null;
            } | null;
            allowedActions: ('submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw')[];
            acceptingPlace: string | null;
            eventDate: string | null;
            note: string;
            categoryId: string | null;
            limitsVersion: string;
            actions: {
              seq: number;
              /** @enum {string} */
              action: 'create' | 'submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw';
              onDate: string;
              at: string;
              actorName: string | null;
              note: string;
              reasonCode: string | null;
              ruleCheck: {
                asOf: string;
                outcome: string;
                rulesVersion: string;
                summary: {
                  zh: string;
                  en: string;
                };
                papersVersion: string;
              } | null;
            }[];
            check: {
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship';
              asOf: string;
              /** @enum {string} */
              outcome: 'eligible' | 'not_eligible' | 'evidence_missing';
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              since: string | null;
              rulesVersion: string;
              summary: {
                zh: string;
                en: string;
              };
            };
            papers: {
              code: string;
              name: {
                zh: string;
                en: string;
              };
              /** @enum {string} */
              parent?: 'father' | 'mother';
              met: boolean;
            }[];
            papersVersion: string;
          };
        };
      };
    };
  };
  getApplicationsBoard: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            division: string;
            today: string;
            data: {
              code: string;
              name: string;
              draft: number;
              returned: number;
              waiting: {
                forward: number;
                verify: number;
                approve: number;
              };
              overdue: number;
              oldestSince: string | null;
            }[];
          };
        };
      };
    };
  };
  getApplicationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionCode: string;
            /** @enum {string} */
            kind: 'grant' | 'change' | 'terminate';
            /** @enum {string} */
            category:
              | 'orphan_institutional'
              | 'orphan_scattered'
              | 'de_facto_unsupported'
              | 'difficulty_economic'
              | 'difficulty_disability'
              | 'difficulty_guardianship';
            crossProvince: boolean;
            /** @enum {string} */
            status: 'draft' | 'intake' | 'submitted' | 'verified' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
            version: number;
            createdAt: string;
            waiting: {
              /** @enum {string} */
              step: 'forward' | 'verify' | 'approve';
              since: string;
              limit: number;
              due: string | null;
              workingDaysLeft: number | null;
              overdue: boolean;
              calendarMissing: number | null;
            } | null;
            allowedActions: ('submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw')[];
            acceptingPlace: string | null;
            eventDate: string | null;
            note: string;
            categoryId: string | null;
            limitsVersion: string;
            actions: {
              seq: number;
              /** @enum {string} */
              action: 'create' | 'submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw';
              onDate: string;
              at: string;
              actorName: string | null;
              note: string;
              reasonCode: string | null;
              ruleCheck: {
                asOf: string;
                outcome: string;
                rulesVersion: string;
                summary: {
                  zh: string;
                  en: string;
                };
                papersVersion: string;
              } | null;
            }[];
            check: {
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship';
              asOf: string;
              /** @enum {string} */
              outcome: 'eligible' | 'not_eligible' | 'evidence_missing';
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              since: string | null;
              rulesVersion: string;
              summary: {
                zh: string;
                en: string;
              };
            };
            papers: {
              code: string;
              name: {
                zh: string;
                en: string;
              };
              /** @enum {string} */
              parent?: 'father' | 'mother';
              met: boolean;
            }[];
            papersVersion: string;
          };
        };
      };
    };
  };
  getApplicationsByIdFormPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  postApplicationsByIdActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw';
          version: number;
          /** @default  */
          note?: string;
          /** @enum {string} */
          reasonCode?: 'not_eligible' | 'evidence_untrue' | 'covered_otherwise' | 'registration_elsewhere' | 'other';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionCode: string;
            /** @enum {string} */
            kind: 'grant' | 'change' | 'terminate';
            /** @enum {string} */
            category:
              | 'orphan_institutional'
              | 'orphan_scattered'
              | 'de_facto_unsupported'
              | 'difficulty_economic'
              | 'difficulty_disability'
              | 'difficulty_guardianship';
            crossProvince: boolean;
            /** @enum {string} */
            status: 'draft' | 'intake' | 'submitted' | 'verified' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
            version: number;
            createdAt: string;
            waiting: {
              /** @enum {string} */
              step: 'forward' | 'verify' | 'approve';
              since: string;
              limit: number;
              due: string | null;
              workingDaysLeft: number | null;
              overdue: boolean;
              calendarMissing: number | null;
            } | null;
            allowedActions: ('submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw')[];
            acceptingPlace: string | null;
            eventDate: string | null;
            note: string;
            categoryId: string | null;
            limitsVersion: string;
            actions: {
              seq: number;
              /** @enum {string} */
              action: 'create' | 'submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw';
              onDate: string;
              at: string;
              actorName: string | null;
              note: string;
              reasonCode: string | null;
              ruleCheck: {
                asOf: string;
                outcome: string;
                rulesVersion: string;
                summary: {
                  zh: string;
                  en: string;
                };
                papersVersion: string;
              } | null;
            }[];
            check: {
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship';
              asOf: string;
              /** @enum {string} */
              outcome: 'eligible' | 'not_eligible' | 'evidence_missing';
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              since: string | null;
              rulesVersion: string;
              summary: {
                zh: string;
                en: string;
              };
            };
            papers: {
              code: string;
              name: {
                zh: string;
                en: string;
              };
              /** @enum {string} */
              parent?: 'father' | 'mother';
              met: boolean;
            }[];
            papersVersion: string;
          };
        };
      };
    };
  };
  getChildrenByIdEligibility: {
    parameters: {
      query?: {
        /** @description Filter or option `asOf` */
        asOf?: string;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            rulesVersion: string;
            papersVersion: string;
            checks: {
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship';
              asOf: string;
              /** @enum {string} */
              outcome: 'eligible' | 'not_eligible' | 'evidence_missing';
              reasons: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              missing: {
                code: string;
                zh: string;
                en: string;
                /** @enum {string} */
                parent?: 'father' | 'mother';
                /** @enum {string} */
                situation?:
                  | 'dead'
                  | 'declared_dead'
                  | 'declared_missing'
                  | 'severe_disability'
                  | 'serious_illness'
                  | 'imprisoned'
                  | 'compulsory_rehab'
                  | 'other_restriction'
                  | 'lost_contact'
                  | 'guardianship_revoked'
                  | 'deported'
                  | 'working_away'
                  | 'no_guardianship_capacity';
                since?: string;
              }[];
              since: string | null;
              rulesVersion: string;
              summary: {
                zh: string;
                en: string;
              };
              papers: {
                code: string;
                name: {
                  zh: string;
                  en: string;
                };
                /** @enum {string} */
                parent?: 'father' | 'mother';
                met: boolean;
              }[];
            }[];
          };
        };
      };
    };
  };
  getCalendarDeadline: {
    parameters: {
      query: {
        /** @description From this time (inclusive) */
        from: string;
        /** @description Filter or option `workingDays` */
        workingDays: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            workingDays: number;
            due: string;
          };
        };
      };
    };
  };
  getReverifications: {
    parameters: {
      query?: {
        /** @description Filter or option `round` */
        round?: string;
        /** @description Filter or option `state` */
        state?: 'open' | 'done' | 'all';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description The `nextCursor` of the previous page, as it came */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              childId: string;
              childName: string;
              divisionPath: string;
              category: string;
              round: string;
              dueDate: string;
              overdue: boolean;
              outcome: ('eligible' | 'not_eligible') | null;
              note: string;
              recordedByName: string | null;
              recordedAt: string | null;
              terminationApplicationId: string | null;
              checkSummary: {
                zh: string;
                en: string;
              } | null;
              version: number;
            }[];
            total: number;
            /** @constant */
            success: true;
            nextCursor: string | null;
          };
        };
      };
    };
  };
  getReverificationsRounds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rounds: {
              round: string;
              dueDate: string;
              open: number;
              eligible: number;
              notEligible: number;
            }[];
            settings: {
              version: string;
              effectiveFrom: string;
              source: string;
              months: number[];
            };
            versions: {
              version: string;
              effectiveFrom: string;
              source: string;
              months: number[];
              revision: number;
              changedAt: string;
              changedBy: string | null;
            }[];
            nextRound: string | null;
            today: string;
          };
        };
      };
    };
  };
  postReverificationsByIdOutcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'eligible' | 'not_eligible';
          version: number;
          /** @default  */
          note?: string;
          /** Format: date */
          eventDate?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            childName: string;
            divisionPath: string;
            category: string;
            round: string;
            dueDate: string;
            overdue: boolean;
            outcome: ('eligible' | 'not_eligible') | null;
            note: string;
            recordedByName: string | null;
            recordedAt: string | null;
            terminationApplicationId: string | null;
            checkSummary: {
              zh: string;
              en: string;
            } | null;
            version: number;
          };
        };
      };
    };
  };
  postReverificationsSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveFrom: string;
          source: string;
          months: number[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            source: string;
            months: number[];
            revision: number;
            changedAt: string;
            changedBy: string | null;
          };
        };
      };
    };
  };
  getApplicationsTriggers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              childId: string;
              childName: string;
              divisionPath: string;
              category: string;
              categoryStart: string;
              /** @enum {string} */
              kind: 'adulthood' | 'schooling_ended' | 'eligibility_lost' | 'needs_review';
              kindLabel: {
                zh: string;
                en: string;
              };
              eventDate: string;
              endDate: string;
              reasons: {
                zh: string;
                en: string;
              }[];
            }[];
            truncated: boolean;
            today: string;
          };
        };
      };
    };
  };
  getApplicationsPapers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              version: string;
              effectiveFrom: string;
              source: string;
              byCategory: {
                category: string;
                papers: {
                  code: string;
                  name: {
                    zh: string;
                    en: string;
                  };
                  match: {
                    /** @enum {string} */
                    subject: 'child' | 'situation';
                    title?: string;
                    situation?: string;
                  };
                }[];
              }[];
              bySituation: {
                situation: string;
                name: {
                  zh: string;
                  en: string;
                };
              }[];
              terminate: {
                code: string;
                name: {
                  zh: string;
                  en: string;
                };
                match: {
                  /** @enum {string} */
                  subject: 'child' | 'situation';
                  title?: string;
                  situation?: string;
                };
              }[];
            };
            versions: {
              version: string;
              effectiveFrom: string;
              source: string;
              byCategory: {
                category: string;
                papers: {
                  code: string;
                  name: {
                    zh: string;
                    en: string;
                  };
                  match: {
                    /** @enum {string} */
                    subject: 'child' | 'situation';
                    title?: string;
                    situation?: string;
                  };
                }[];
              }[];
              bySituation: {
                situation: string;
                name: {
                  zh: string;
                  en: string;
                };
              }[];
              terminate: {
                code: string;
                name: {
                  zh: string;
                  en: string;
                };
                match: {
                  /** @enum {string} */
                  subject: 'child' | 'situation';
                  title?: string;
                  situation?: string;
                };
              }[];
              revision: number;
              changedAt: string;
              changedBy: string | null;
            }[];
            today: string;
          };
        };
      };
    };
  };
  postApplicationsPapers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveFrom: string;
          source: string;
          byCategory: {
            [key: string]: {
              code?: string;
              name: {
                zh: string;
                en: string;
              };
            }[];
          };
          bySituation: {
            [key: string]: {
              zh: string;
              en: string;
            };
          };
          terminate: {
            code?: string;
            name: {
              zh: string;
              en: string;
            };
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            source: string;
            byCategory: {
              category: string;
              papers: {
                code: string;
                name: {
                  zh: string;
                  en: string;
                };
                match: {
                  /** @enum {string} */
                  subject: 'child' | 'situation';
                  title?: string;
                  situation?: string;
                };
              }[];
            }[];
            bySituation: {
              situation: string;
              name: {
                zh: string;
                en: string;
              };
            }[];
            terminate: {
              code: string;
              name: {
                zh: string;
                en: string;
              };
              match: {
                /** @enum {string} */
                subject: 'child' | 'situation';
                title?: string;
                situation?: string;
              };
            }[];
            revision: number;
            changedAt: string;
            changedBy: string | null;
          };
        };
      };
    };
  };
  getVisitsRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              version: string;
              effectiveFrom: string;
              source: string;
              rules: {
                riskLevels?: string[];
                categories?: string[];
                interval: {
                  /** @enum {string} */
                  unit: 'day' | 'month';
                  count: number;
                };
                label: {
                  zh: string;
                  en: string;
                };
              }[];
              otherwise: {
                /** @enum {string} */
                unit: 'day' | 'month';
                count: number;
              };
            };
            versions: {
              version: string;
              effectiveFrom: string;
              source: string;
              rules: {
                riskLevels?: string[];
                categories?: string[];
                interval: {
                  /** @enum {string} */
                  unit: 'day' | 'month';
                  count: number;
                };
                label: {
                  zh: string;
                  en: string;
                };
              }[];
              otherwise: {
                /** @enum {string} */
                unit: 'day' | 'month';
                count: number;
              };
              revision: number;
              changedAt: string;
              changedBy: string | null;
            }[];
            today: string;
          };
        };
      };
    };
  };
  postVisitsRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveFrom: string;
          source: string;
          rules: {
            riskLevels?: ('absent' | 'improper' | 'insufficient' | 'normal')[];
            categories?: (
              | 'orphan_institutional'
              | 'orphan_scattered'
              | 'de_facto_unsupported'
              | 'difficulty_economic'
              | 'difficulty_disability'
              | 'difficulty_guardianship'
              | 'left_behind'
            )[];
            interval: {
              /** @enum {string} */
              unit: 'day' | 'month';
              count: number;
            };
            label: {
              zh: string;
              en: string;
            };
          }[];
          otherwise: {
            /** @enum {string} */
            unit: 'day' | 'month';
            count: number;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            source: string;
            rules: {
              riskLevels?: string[];
              categories?: string[];
              interval: {
                /** @enum {string} */
                unit: 'day' | 'month';
                count: number;
              };
              label: {
                zh: string;
                en: string;
              };
            }[];
            otherwise: {
              /** @enum {string} */
              unit: 'day' | 'month';
              count: number;
            };
            revision: number;
            changedAt: string;
            changedBy: string | null;
          };
        };
      };
    };
  };
  postVisits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          /** Format: uuid */
          childId: string;
          /** Format: date */
          visitDate: string;
          /** @enum {string} */
          kind: 'home' | 'phone' | 'school' | 'other';
          /** @default [] */
          seen?: ('child' | 'guardian' | 'carer' | 'parent' | 'teacher' | 'other')[];
          /** @default  */
          living?: string;
          /** @default  */
          guardianship?: string;
          /** @default  */
          schooling?: string;
          /** @default  */
          health?: string;
          /** @default  */
          safety?: string;
          /** @default  */
          needs?: string;
          /** @default  */
          helpGiven?: string;
          /** @default  */
          note?: string;
          /** @default false */
          circumstancesChanged?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            visitDate: string;
            /** @enum {string} */
            kind: 'home' | 'phone' | 'school' | 'other';
            seen: string[];
            living: string;
            guardianship: string;
            schooling: string;
            health: string;
            safety: string;
            needs: string;
            helpGiven: string;
            note: string;
            circumstancesChanged: boolean;
            visitorName: string | null;
            createdAt: string;
            photoIds: string[];
            photos: {
              id: string;
              thumbnail: boolean;
            }[];
            replayed: boolean;
          };
        };
      };
    };
  };
  getVisitsMine: {
    parameters: {
      query?: {
        /** @description Filter or option `standing` */
        standing?: 'overdue' | 'this_week' | 'later';
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description Filter or option `offset` */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              overdue: number;
              thisWeek: number;
              later: number;
              doneThisMonth: number;
            };
            data: {
              childId: string;
              name: string;
              divisionCode: string;
              villageName: string | null;
              age: number;
              categories: (
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship'
                | 'left_behind'
              )[];
              riskLevel: ('absent' | 'improper' | 'insufficient' | 'normal') | null;
              lastVisit: string | null;
              due: string;
              /** @enum {string} */
              standing: 'overdue' | 'this_week' | 'later';
              daysLate: number;
              plan: {
                zh: string;
                en: string;
              };
            }[];
            rulesVersion: string;
            today: string;
          };
        };
      };
    };
  };
  getVisitsBoard: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            division: string;
            data: {
              code: string;
              name: string;
              inPlan: number;
              overdue: number;
              thisWeek: number;
              oldestDue: string | null;
            }[];
            today: string;
          };
        };
      };
    };
  };
  getChildrenByIdVisits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            plan: {
              childId: string;
              name: string;
              divisionCode: string;
              villageName: string | null;
              age: number;
              categories: (
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship'
                | 'left_behind'
              )[];
              riskLevel: ('absent' | 'improper' | 'insufficient' | 'normal') | null;
              lastVisit: string | null;
              due: string;
              /** @enum {string} */
              standing: 'overdue' | 'this_week' | 'later';
              daysLate: number;
              plan: {
                zh: string;
                en: string;
              };
            } | null;
            rulesVersion: string;
            data: {
              id: string;
              childId: string;
              visitDate: string;
              /** @enum {string} */
              kind: 'home' | 'phone' | 'school' | 'other';
              seen: string[];
              living: string;
              guardianship: string;
              schooling: string;
              health: string;
              safety: string;
              needs: string;
              helpGiven: string;
              note: string;
              circumstancesChanged: boolean;
              visitorName: string | null;
              createdAt: string;
              photoIds: string[];
              photos: {
                id: string;
                thumbnail: boolean;
              }[];
              replayed: boolean;
            }[];
          };
        };
      };
    };
  };
  postVisitsByIdPhotos: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            visitId: string;
            replayed: boolean;
          };
        };
      };
    };
  };
  getVisitsByIdPhotosByDocumentIdThumbnail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the document (404 when out of reach) */
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  putVisitsByIdPhotosByDocumentIdThumbnail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the document (404 when out of reach) */
        documentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            photoId: string;
            sizeBytes: number;
            replayed: boolean;
          };
        };
      };
    };
  };
  getRiskInstrument: {
    parameters: {
      query?: {
        /** @description Filter or option `asOf` */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            source: string;
            indicators: {
              code: string;
              label: {
                zh: string;
                en: string;
              };
              areas: {
                code: string;
                label: {
                  zh: string;
                  en: string;
                };
                items: {
                  code: string;
                  label: {
                    zh: string;
                    en: string;
                  };
                  options: {
                    value: string;
                    label: {
                      zh: string;
                      en: string;
                    };
                    score: number;
                  }[];
                }[];
              }[];
            }[];
            cutoffs: {
              minTotal: {
                insufficient: number;
                improper: number;
                absent: number;
              };
              redFlags: {
                item: string;
                values: string[];
                /** @enum {string} */
                level: 'absent' | 'improper' | 'insufficient';
              }[];
            };
          };
        };
      };
    };
  };
  postRiskInstrument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveFrom: string;
          source: string;
          scores: {
            [key: string]: {
              [key: string]: number;
            };
          };
          minTotal: {
            insufficient: number;
            improper: number;
            absent: number;
          };
          redFlags?: {
            item: string;
            values: string[];
            /** @enum {string} */
            level: 'absent' | 'improper' | 'insufficient';
          }[];
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: string;
            effectiveFrom: string;
            source: string;
            indicators: {
              code: string;
              label: {
                zh: string;
                en: string;
              };
              areas: {
                code: string;
                label: {
                  zh: string;
                  en: string;
                };
                items: {
                  code: string;
                  label: {
                    zh: string;
                    en: string;
                  };
                  options: {
                    value: string;
                    label: {
                      zh: string;
                      en: string;
                    };
                    score: number;
                  }[];
                }[];
              }[];
            }[];
            cutoffs: {
              minTotal: {
                insufficient: number;
                improper: number;
                absent: number;
              };
              redFlags: {
                item: string;
                values: string[];
                /** @enum {string} */
                level: 'absent' | 'improper' | 'insufficient';
              }[];
            };
            revision: number;
            changedAt: string;
            changedBy: string | null;
          };
        };
      };
    };
  };
  getChildrenByIdAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              childId: string;
              assessedOn: string;
              instrumentVersion: string;
              answers: {
                [key: string]: string;
              };
              total: number;
              byArea: {
                [key: string]: number;
              };
              redFlags: string[];
              /** @enum {string} */
              level: 'absent' | 'improper' | 'insufficient' | 'normal';
              previousLevel: ('absent' | 'improper' | 'insufficient' | 'normal') | null;
              droppedTwoLevels: boolean;
              referralId: string | null;
              note: string;
              assessorName: string | null;
              replayed: boolean;
            }[];
            trend: {
              latest: ('absent' | 'improper' | 'insufficient' | 'normal') | null;
              direction: ('worse' | 'better' | 'same') | null;
              change: number;
              flagged: boolean;
            };
          };
        };
      };
    };
  };
  postChildrenByIdAssessments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          /** Format: date */
          assessedOn: string;
          answers: {
            [key: string]: string;
          };
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            childId: string;
            assessedOn: string;
            instrumentVersion: string;
            answers: {
              [key: string]: string;
            };
            total: number;
            byArea: {
              [key: string]: number;
            };
            redFlags: string[];
            /** @enum {string} */
            level: 'absent' | 'improper' | 'insufficient' | 'normal';
            previousLevel: ('absent' | 'improper' | 'insufficient' | 'normal') | null;
            droppedTwoLevels: boolean;
            referralId: string | null;
            note: string;
            assessorName: string | null;
            replayed: boolean;
          };
        };
      };
    };
  };
  getRiskInstrumentVersions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              version: string;
              effectiveFrom: string;
              source: string;
              indicators: {
                code: string;
                label: {
                  zh: string;
                  en: string;
                };
                areas: {
                  code: string;
                  label: {
                    zh: string;
                    en: string;
                  };
                  items: {
                    code: string;
                    label: {
                      zh: string;
                      en: string;
                    };
                    options: {
                      value: string;
                      label: {
                        zh: string;
                        en: string;
                      };
                      score: number;
                    }[];
                  }[];
                }[];
              }[];
              cutoffs: {
                minTotal: {
                  insufficient: number;
                  improper: number;
                  absent: number;
                };
                redFlags: {
                  item: string;
                  values: string[];
                  /** @enum {string} */
                  level: 'absent' | 'improper' | 'insufficient';
                }[];
              };
            };
            versions: {
              version: string;
              effectiveFrom: string;
              source: string;
              indicators: {
                code: string;
                label: {
                  zh: string;
                  en: string;
                };
                areas: {
                  code: string;
                  label: {
                    zh: string;
                    en: string;
                  };
                  items: {
                    code: string;
                    label: {
                      zh: string;
                      en: string;
                    };
                    options: {
                      value: string;
                      label: {
                        zh: string;
                        en: string;
                      };
                      score: number;
                    }[];
                  }[];
                }[];
              }[];
              cutoffs: {
                minTotal: {
                  insufficient: number;
                  improper: number;
                  absent: number;
                };
                redFlags: {
                  item: string;
                  values: string[];
                  /** @enum {string} */
                  level: 'absent' | 'improper' | 'insufficient';
                }[];
              };
              revision: number;
              changedAt: string;
              changedBy: string | null;
            }[];
            today: string;
          };
        };
      };
    };
  };
  getChildrenByIdCare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            childId: string;
            leftBehind: boolean;
            care: {
              /** @enum {string} */
              livingArrangement: 'with_parent' | 'with_carer' | 'boarding_school' | 'alone' | 'unattended';
              carerRelationId: string | null;
              carerFullCapacity: boolean | null;
              carerExclusions: {
                [key: string]: boolean;
              };
              carerEvidence: string;
              carerCheckedOn: string | null;
              agreementSignedOn: string | null;
              agreementDocumentId: string | null;
              schoolNotifiedOn: string | null;
              villageNotifiedOn: string | null;
              version: number;
              updatedAt: string;
            } | null;
            agreementDocument: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
            } | null;
            carers: {
              relationId: string;
              kind: string;
              name: string;
              relationLabel: string | null;
              birthDate: string | null;
              age: number | null;
            }[];
            parents: {
              kind: string;
              name: string;
              workPlace: string | null;
              awaySince: string | null;
            }[];
            contact: {
              countedFrom: string | null;
              daysSince: number | null;
              due: string | null;
            };
            contacts: {
              id: string;
              contactDate: string;
              /** @enum {string} */
              channel: 'phone' | 'video' | 'home_visit' | 'other';
              /** @enum {string} */
              parent: 'father' | 'mother' | 'both';
              note: string;
              recordedName: string | null;
              replayed: boolean;
            }[];
            alerts: {
              code: string;
              zh: string;
              en: string;
            }[];
            carerProblems: {
              field: string;
              zh: string;
              en: string;
            }[];
            labels: {
              living: {
                [key: string]: {
                  zh: string;
                  en: string;
                };
              };
            };
          };
        };
      };
    };
  };
  putChildrenByIdCare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
          /** @enum {string} */
          livingArrangement: 'with_parent' | 'with_carer' | 'boarding_school' | 'alone' | 'unattended';
          /** @default null */
          carerRelationId?: string | null;
          /** @default null */
          carerFullCapacity?: boolean | null;
          /** @default {} */
          carerExclusions?: {
            abuse?: boolean;
            addiction?: boolean;
            pastNeglect?: boolean;
            otherUnsuitable?: boolean;
          };
          /** @default  */
          carerEvidence?: string;
          /** @default null */
          agreementSignedOn?: string | null;
          /** @default null */
          agreementDocumentId?: string | null;
          /** @default null */
          schoolNotifiedOn?: string | null;
          /** @default null */
          villageNotifiedOn?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            livingArrangement: 'with_parent' | 'with_carer' | 'boarding_school' | 'alone' | 'unattended';
            carerRelationId: string | null;
            carerFullCapacity: boolean | null;
            carerExclusions: {
              [key: string]: boolean;
            };
            carerEvidence: string;
            carerCheckedOn: string | null;
            agreementSignedOn: string | null;
            agreementDocumentId: string | null;
            schoolNotifiedOn: string | null;
            villageNotifiedOn: string | null;
            version: number;
            updatedAt: string;
          };
        };
      };
    };
  };
  postChildrenByIdCareAgreementDocumentUnlink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            livingArrangement: 'with_parent' | 'with_carer' | 'boarding_school' | 'alone' | 'unattended';
            carerRelationId: string | null;
            carerFullCapacity: boolean | null;
            carerExclusions: {
              [key: string]: boolean;
            };
            carerEvidence: string;
            carerCheckedOn: string | null;
            agreementSignedOn: string | null;
            agreementDocumentId: string | null;
            schoolNotifiedOn: string | null;
            villageNotifiedOn: string | null;
            version: number;
            updatedAt: string;
          };
        };
      };
    };
  };
  postChildrenByIdContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          id: string;
          /** Format: date */
          contactDate: string;
          /** @enum {string} */
          channel: 'phone' | 'video' | 'home_visit' | 'other';
          /** @enum {string} */
          parent: 'father' | 'mother' | 'both';
          /** @default  */
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            contactDate: string;
            /** @enum {string} */
            channel: 'phone' | 'video' | 'home_visit' | 'other';
            /** @enum {string} */
            parent: 'father' | 'mother' | 'both';
            note: string;
            recordedName: string | null;
            replayed: boolean;
          };
        };
      };
    };
  };
  getLeftBehindChildren: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
        /** @description Filter or option `alert` */
        alert?: 'contact' | 'living' | 'unsigned';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              id: string;
              name: string;
              age: number;
              divisionCode: string;
              divisionName: string | null;
              since: string;
              lastContact: string | null;
              daysSinceContact: number;
              agreementSignedOn: string | null;
              livingArrangement: string | null;
              contactOverdue: boolean;
              unsafeLiving: boolean;
            }[];
            truncated: boolean;
          };
        };
      };
    };
  };
  getLeftBehindSigning: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            division: string;
            total: {
              leftBehind: number;
              signed: number;
              rate: number | null;
            };
            data: {
              code: string;
              name: string;
              leftBehind: number;
              signed: number;
              rate: number | null;
            }[];
          };
        };
      };
    };
  };
  getLeftBehindRegistrationXlsx: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getCalendarYears: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              year: number;
              holidays: string[];
              workdays: string[];
              source: string;
              version: number;
              updatedAt: string | null;
              updatedByName: string | null;
            }[];
            firstMissing: number;
            today: string;
          };
        };
      };
    };
  };
  putCalendarYearsByYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Filter or option `year` */
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
          holidays: string[];
          /** @default [] */
          workdays?: string[];
          source: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            holidays: string[];
            workdays: string[];
            source: string;
            version: number;
            updatedAt: string | null;
            updatedByName: string | null;
          };
        };
      };
    };
  };
  getAllowancesStandards: {
    parameters: {
      query?: {
        /** @description Filter or option `county` */
        county?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              category:
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship';
              categoryName: string;
              countyCode: string | null;
              countyName: string | null;
              effectiveMonth: string;
              amountFen: number | null;
              followsCategory:
                | (
                    | 'orphan_institutional'
                    | 'orphan_scattered'
                    | 'de_facto_unsupported'
                    | 'difficulty_economic'
                    | 'difficulty_disability'
                    | 'difficulty_guardianship'
                  )
                | null;
              notice: string;
              version: number;
              createdAt: string;
              createdBy: string | null;
            }[];
          };
        };
      };
    };
  };
  postAllowancesStandards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          category:
            | 'orphan_institutional'
            | 'orphan_scattered'
            | 'de_facto_unsupported'
            | 'difficulty_economic'
            | 'difficulty_disability'
            | 'difficulty_guardianship';
          countyCode: string | null;
          effectiveMonth: string;
          amountFen: number | null;
          followsCategory:
            | (
                | 'orphan_institutional'
                | 'orphan_scattered'
                | 'de_facto_unsupported'
                | 'difficulty_economic'
                | 'difficulty_disability'
                | 'difficulty_guardianship'
              )
            | null;
          notice: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            category:
              | 'orphan_institutional'
              | 'orphan_scattered'
              | 'de_facto_unsupported'
              | 'difficulty_economic'
              | 'difficulty_disability'
              | 'difficulty_guardianship';
            categoryName: string;
            countyCode: string | null;
            countyName: string | null;
            effectiveMonth: string;
            amountFen: number | null;
            followsCategory:
              | (
                  | 'orphan_institutional'
                  | 'orphan_scattered'
                  | 'de_facto_unsupported'
                  | 'difficulty_economic'
                  | 'difficulty_disability'
                  | 'difficulty_guardianship'
                )
              | null;
            notice: string;
            version: number;
            createdAt: string;
            createdBy: string | null;
          };
        };
      };
    };
  };
  getAllowancesRolls: {
    parameters: {
      query?: {
        /** @description Filter or option `county` */
        county?: string;
        /** @description Filter or option `year` */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              countyCode: string;
              countyName: string;
              month: string;
              /** @enum {string} */
              status: 'draft' | 'approved' | 'locked';
              version: number;
              generatedAt: string;
              generatedBy: string | null;
              approvedAt: string | null;
              approvedBy: string | null;
              lockedAt: string | null;
              exportedAt: string | null;
              totals: {
                children: number;
                lines: number;
                totalFen: number;
                toBankFen: number;
                toBankCount: number;
                byKind: {
                  key: string;
                  name: string;
                  count: number;
                  fen: number;
                }[];
                byCategory: {
                  key: string;
                  name: string;
                  count: number;
                  fen: number;
                }[];
                byTownship: {
                  key: string;
                  name: string;
                  count: number;
                  fen: number;
                }[];
              };
              findings: {
                blocking: number;
                warnings: number;
                unnotedWarnings: number;
              };
              payments: {
                pending: number;
                paid: number;
                failed: number;
                unsent: number;
              };
            }[];
          };
        };
      };
    };
  };
  postAllowancesRolls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          countyCode: string;
          month: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            countyCode: string;
            countyName: string;
            month: string;
            /** @enum {string} */
            status: 'draft' | 'approved' | 'locked';
            version: number;
            generatedAt: string;
            generatedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            lockedAt: string | null;
            exportedAt: string | null;
            totals: {
              children: number;
              lines: number;
              totalFen: number;
              toBankFen: number;
              toBankCount: number;
              byKind: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byCategory: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byTownship: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
            };
            findings: {
              blocking: number;
              warnings: number;
              unnotedWarnings: number;
            };
            payments: {
              pending: number;
              paid: number;
              failed: number;
              unsent: number;
            };
            actions: {
              regenerate: boolean;
              recheck: boolean;
              approve: boolean;
              lock: boolean;
              exportBank: boolean;
              loadReturn: boolean;
            };
            approvalBlockers: string[];
            findingsCheck: {
              checkedAt: string | null;
              changes: {
                /** @enum {string} */
                fact: 'child' | 'category' | 'schooling' | 'account' | 'guardian' | 'standard' | 'rules' | 'unrecorded';
                text: string;
                children: number;
              }[];
            };
          };
        };
      };
    };
  };
  getAllowancesRollsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            countyCode: string;
            countyName: string;
            month: string;
            /** @enum {string} */
            status: 'draft' | 'approved' | 'locked';
            version: number;
            generatedAt: string;
            generatedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            lockedAt: string | null;
            exportedAt: string | null;
            totals: {
              children: number;
              lines: number;
              totalFen: number;
              toBankFen: number;
              toBankCount: number;
              byKind: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byCategory: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byTownship: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
            };
            findings: {
              blocking: number;
              warnings: number;
              unnotedWarnings: number;
            };
            payments: {
              pending: number;
              paid: number;
              failed: number;
              unsent: number;
            };
            actions: {
              regenerate: boolean;
              recheck: boolean;
              approve: boolean;
              lock: boolean;
              exportBank: boolean;
              loadReturn: boolean;
            };
            approvalBlockers: string[];
            findingsCheck: {
              checkedAt: string | null;
              changes: {
                /** @enum {string} */
                fact: 'child' | 'category' | 'schooling' | 'account' | 'guardian' | 'standard' | 'rules' | 'unrecorded';
                text: string;
                children: number;
              }[];
            };
          };
        };
      };
    };
  };
  getAllowancesRollsByIdLines: {
    parameters: {
      query?: {
        /** @description Filter or option `kind` */
        kind?: 'base' | 'arrears' | 'retry' | 'recovery';
        /** @description Filter or option `township` */
        township?: string;
        /** @description Search text: a name (or part of one), a username, or a whole ID number (an exact lookup) */
        q?: string;
        /** @description Filter or option `page` */
        page?: number;
        /** @description Filter or option `pageSize` */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              childId: string;
              childName: string;
              idNumberMasked: string | null;
              townshipName: string;
              /** @enum {string} */
              kind: 'base' | 'arrears' | 'retry' | 'recovery';
              forMonth: string;
              category:
                | (
                    | 'orphan_institutional'
                    | 'orphan_scattered'
                    | 'de_facto_unsupported'
                    | 'difficulty_economic'
                    | 'difficulty_disability'
                    | 'difficulty_guardianship'
                  )
                | null;
              amountFen: number;
              explanation: string;
              paymentReference: string;
              /** @enum {string} */
              paymentStatus: 'pending' | 'unsent' | 'offset' | 'paid' | 'failed';
              failureReason: string | null;
            }[];
            total: number;
            page: number;
          };
        };
      };
    };
  };
  getAllowancesRollsByIdFindings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              check:
                | 'PAST_ADULTHOOD'
                | 'AFTER_END'
                | 'DUPLICATE_ID'
                | 'STACKED'
                | 'PAYEE_NOT_HOLDER'
                | 'AMOUNT_NOT_STANDARD'
                | 'NO_ACCOUNT'
                | 'LONG_ARREARS';
              checkName: string;
              /** @enum {string} */
              severity: 'blocking' | 'warning';
              /** Format: uuid */
              childId: string;
              childName: string;
              message: string;
              note: string | null;
              notedBy: string | null;
              notedAt: string | null;
            }[];
          };
        };
      };
    };
  };
  putAllowancesRollsByIdFindingsByFindingIdNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the finding (404 when out of reach) */
        findingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              check:
                | 'PAST_ADULTHOOD'
                | 'AFTER_END'
                | 'DUPLICATE_ID'
                | 'STACKED'
                | 'PAYEE_NOT_HOLDER'
                | 'AMOUNT_NOT_STANDARD'
                | 'NO_ACCOUNT'
                | 'LONG_ARREARS';
              checkName: string;
              /** @enum {string} */
              severity: 'blocking' | 'warning';
              /** Format: uuid */
              childId: string;
              childName: string;
              message: string;
              note: string | null;
              notedBy: string | null;
              notedAt: string | null;
            }[];
          };
        };
      };
    };
  };
  postAllowancesRollsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            countyCode: string;
            countyName: string;
            month: string;
            /** @enum {string} */
            status: 'draft' | 'approved' | 'locked';
            version: number;
            generatedAt: string;
            generatedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            lockedAt: string | null;
            exportedAt: string | null;
            totals: {
              children: number;
              lines: number;
              totalFen: number;
              toBankFen: number;
              toBankCount: number;
              byKind: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byCategory: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byTownship: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
            };
            findings: {
              blocking: number;
              warnings: number;
              unnotedWarnings: number;
            };
            payments: {
              pending: number;
              paid: number;
              failed: number;
              unsent: number;
            };
            actions: {
              regenerate: boolean;
              recheck: boolean;
              approve: boolean;
              lock: boolean;
              exportBank: boolean;
              loadReturn: boolean;
            };
            approvalBlockers: string[];
            findingsCheck: {
              checkedAt: string | null;
              changes: {
                /** @enum {string} */
                fact: 'child' | 'category' | 'schooling' | 'account' | 'guardian' | 'standard' | 'rules' | 'unrecorded';
                text: string;
                children: number;
              }[];
            };
          };
        };
      };
    };
  };
  postAllowancesRollsByIdCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            countyCode: string;
            countyName: string;
            month: string;
            /** @enum {string} */
            status: 'draft' | 'approved' | 'locked';
            version: number;
            generatedAt: string;
            generatedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            lockedAt: string | null;
            exportedAt: string | null;
            totals: {
              children: number;
              lines: number;
              totalFen: number;
              toBankFen: number;
              toBankCount: number;
              byKind: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byCategory: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byTownship: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
            };
            findings: {
              blocking: number;
              warnings: number;
              unnotedWarnings: number;
            };
            payments: {
              pending: number;
              paid: number;
              failed: number;
              unsent: number;
            };
            actions: {
              regenerate: boolean;
              recheck: boolean;
              approve: boolean;
              lock: boolean;
              exportBank: boolean;
              loadReturn: boolean;
            };
            approvalBlockers: string[];
            findingsCheck: {
              checkedAt: string | null;
              changes: {
                /** @enum {string} */
                fact: 'child' | 'category' | 'schooling' | 'account' | 'guardian' | 'standard' | 'rules' | 'unrecorded';
                text: string;
                children: number;
              }[];
            };
          };
        };
      };
    };
  };
  postAllowancesRollsByIdLock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            countyCode: string;
            countyName: string;
            month: string;
            /** @enum {string} */
            status: 'draft' | 'approved' | 'locked';
            version: number;
            generatedAt: string;
            generatedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            lockedAt: string | null;
            exportedAt: string | null;
            totals: {
              children: number;
              lines: number;
              totalFen: number;
              toBankFen: number;
              toBankCount: number;
              byKind: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byCategory: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
              byTownship: {
                key: string;
                name: string;
                count: number;
                fen: number;
              }[];
            };
            findings: {
              blocking: number;
              warnings: number;
              unnotedWarnings: number;
            };
            payments: {
              pending: number;
              paid: number;
              failed: number;
              unsent: number;
            };
            actions: {
              regenerate: boolean;
              recheck: boolean;
              approve: boolean;
              lock: boolean;
              exportBank: boolean;
              loadReturn: boolean;
            };
            approvalBlockers: string[];
            findingsCheck: {
              checkedAt: string | null;
              changes: {
                /** @enum {string} */
                fact: 'child' | 'category' | 'schooling' | 'account' | 'guardian' | 'standard' | 'rules' | 'unrecorded';
                text: string;
                children: number;
              }[];
            };
          };
        };
      };
    };
  };
  getAllowancesRollsByIdBankFile: {
    parameters: {
      query?: {
        /** @description Filter or option `format` */
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  postAllowancesRollsByIdBankReturn: {
    parameters: {
      query?: {
        /** @description The file’s name as the user chose it (kept for display; the type is read from the content) */
        fileName?: string;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            summary: {
              expectedCount: number;
              expectedFen: number;
              paidCount: number;
              paidFen: number;
              failedCount: number;
              failedFen: number;
              unmatchedCount: number;
              unknownCount: number;
            };
            outcomes: number;
          };
        };
      };
    };
  };
  getAllowancesRollsByIdReconciliation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            rollId: string;
            month: string;
            countyCode: string;
            summary: {
              expectedCount: number;
              expectedFen: number;
              paidCount: number;
              paidFen: number;
              failedCount: number;
              failedFen: number;
              pendingCount: number;
              unsentCount: number;
            };
            failed: {
              /** Format: uuid */
              childId: string;
              childName: string;
              reference: string;
              amountFen: number;
              reason: string;
            }[];
            imports: {
              fileName: string;
              uploadedAt: string;
              uploadedBy: string | null;
              summary: {
                [key: string]: number;
              };
            }[];
          };
        };
      };
    };
  };
  getAllowancesRollsByIdReconciliationXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getAllowancesCountiesByCodeBankLayout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The code of the record the path names (a division code, or a role code) */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            countyCode: string;
            countyName: string;
            layoutCode: string;
            layouts: {
              code: string;
              name: string;
              version: number;
              builtIn: boolean;
              columns: {
                /** @enum {string} */
                key:
                  | 'seq'
                  | 'account'
                  | 'holder'
                  | 'amount'
                  | 'crossBank'
                  | 'bankName'
                  | 'bankCode'
                  | 'summary'
                  | 'remark'
                  | 'reference';
                header: string;
              }[];
              /** @enum {string} */
              encoding: 'utf-8' | 'gbk';
              referenceColumn:
                | (
                    | 'seq'
                    | 'account'
                    | 'holder'
                    | 'amount'
                    | 'crossBank'
                    | 'bankName'
                    | 'bankCode'
                    | 'summary'
                    | 'remark'
                    | 'reference'
                  )
                | null;
              updatedAt: string;
            }[];
            exportedRolls: {
              /** Format: uuid */
              rollId: string;
              month: string;
              layoutCode: string;
              layoutName: string;
              version: number;
            }[];
          };
        };
      };
    };
  };
  putAllowancesCountiesByCodeBankLayout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The code of the record the path names (a division code, or a role code) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          layoutCode: string;
        };
      };
    };
    responses: {
      /** @description No content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  postAllowancesCountiesByCodeBankLayouts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The code of the record the path names (a division code, or a role code) */
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string | null;
          version: number | null;
          name: string;
          columns: {
            /** @enum {string} */
            key:
              | 'seq'
              | 'account'
              | 'holder'
              | 'amount'
              | 'crossBank'
              | 'bankName'
              | 'bankCode'
              | 'summary'
              | 'remark'
              | 'reference';
            header: string;
          }[];
          /** @enum {string} */
          encoding: 'utf-8' | 'gbk';
          referenceColumn:
            | (
                | 'seq'
                | 'account'
                | 'holder'
                | 'amount'
                | 'crossBank'
                | 'bankName'
                | 'bankCode'
                | 'summary'
                | 'remark'
                | 'reference'
              )
            | null;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            name: string;
            version: number;
            builtIn: boolean;
            columns: {
              /** @enum {string} */
              key:
                | 'seq'
                | 'account'
                | 'holder'
                | 'amount'
                | 'crossBank'
                | 'bankName'
                | 'bankCode'
                | 'summary'
                | 'remark'
                | 'reference';
              header: string;
            }[];
            /** @enum {string} */
            encoding: 'utf-8' | 'gbk';
            referenceColumn:
              | (
                  | 'seq'
                  | 'account'
                  | 'holder'
                  | 'amount'
                  | 'crossBank'
                  | 'bankName'
                  | 'bankCode'
                  | 'summary'
                  | 'remark'
                  | 'reference'
                )
              | null;
            updatedAt: string;
          };
        };
      };
    };
  };
  postCasesIntake: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          channel: 'hotline' | 'walk_in' | 'police_transfer' | 'discovery';
          childName: string;
          /** @default null */
          childSex?: ('male' | 'female') | null;
          /** @default null */
          childAge?: number | null;
          /** @default null */
          childId?: string | null;
          divisionCode: string;
          /** @default  */
          location?: string;
          summary: string;
          /** @default null */
          trigger?:
            | (
                | 'private_injury'
                | 'girl_under14_sexual'
                | 'girl_14plus_pregnant'
                | 'abuse_injuries'
                | 'disability_or_death'
                | 'abandoned_unattended'
                | 'unknown_origin_missing'
                | 'organised_begging'
                | 'other_serious_harm'
              )
            | null;
          /** @default false */
          immediateDanger?: boolean;
          /** @default false */
          consultationOnly?: boolean;
          /** @default null */
          tier?: ('urgent' | 'general' | 'consult') | null;
          /** @default  */
          reporterName?: string;
          /** @default null */
          reporterPhone?: string | null;
          /** @default  */
          reporterRelation?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            receiptNo: string;
            caseId: string | null;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            respondBy: string;
            countyName: string;
            duplicate: boolean;
          };
        };
      };
    };
  };
  postCasesReports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          trigger:
            | 'private_injury'
            | 'girl_under14_sexual'
            | 'girl_14plus_pregnant'
            | 'abuse_injuries'
            | 'disability_or_death'
            | 'abandoned_unattended'
            | 'unknown_origin_missing'
            | 'organised_begging'
            | 'other_serious_harm';
          childName: string;
          /** @default null */
          childSex?: ('male' | 'female') | null;
          /** @default null */
          childAge?: number | null;
          /** @default null */
          divisionCode?: string | null;
          /** @default  */
          location?: string;
          description: string;
          /** @default false */
          immediateDanger?: boolean;
          /** @default null */
          reporterPhone?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            receiptNo: string;
            caseId: string | null;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            respondBy: string;
            countyName: string;
            duplicate: boolean;
          };
        };
      };
    };
  };
  getCasesReportsMine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              receiptNo: string;
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              childName: string;
              receivedAt: string;
              /** @enum {string} */
              status: 'received' | 'handled';
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
          };
        };
      };
    };
  };
  postCasesReportsByIdSatisfaction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          score: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            trigger:
              | (
                  | 'private_injury'
                  | 'girl_under14_sexual'
                  | 'girl_14plus_pregnant'
                  | 'abuse_injuries'
                  | 'disability_or_death'
                  | 'abandoned_unattended'
                  | 'unknown_origin_missing'
                  | 'organised_begging'
                  | 'other_serious_harm'
                )
              | null;
            childName: string;
            receivedAt: string;
            /** @enum {string} */
            status: 'received' | 'handled';
            outcome: string | null;
            toldAt: string | null;
            satisfaction: number | null;
          };
        };
      };
    };
  };
  getCases: {
    parameters: {
      query?: {
        /** @description Filter or option `stage` */
        stage?:
          'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed' | 'open';
        /** @description Filter or option `tier` */
        tier?: 'urgent' | 'general' | 'consult';
        /** @description Filter or option `overdue` */
        overdue?: 'true' | 'false';
        /** @description Filter or option `mine` */
        mine?: 'true' | 'false';
        /** @description Page size, 1–200 (default 20) */
        limit?: number;
        /** @description Filter or option `offset` */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              tier: 'urgent' | 'general' | 'consult';
              /** @enum {string} */
              stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              open: boolean;
              childName: string;
              divisionCode: string;
              divisionName: string;
              receivedAt: string;
              dueAt: string | null;
              overdueMinutes: number | null;
              ownerName: string | null;
              openReferrals: number;
            }[];
            total: number;
          };
        };
      };
    };
  };
  getCasesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  postCasesByIdActions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action:
            | 'accept'
            | 'verify'
            | 'emergency'
            | 'assess'
            | 'plan'
            | 'note'
            | 'request_closure'
            | 'approve_closure'
            | 'return_closure'
            | 'reopen'
            | 'assign'
            | 'temporary_guardianship'
            | 'end_temporary_guardianship'
            | 'long_term_guardianship'
            | 'court_action'
            | 'refer'
            | 'referral_answered'
            | 'task_done'
            | 'break_glass'
            | 'feedback'
            | 'escalated'
            | 'intake_added';
          version: number;
          /** @default null */
          note?: string | null;
          verification?: {
            /** @default  */
            method?: string;
            /** Format: date */
            date: string;
            /** @default  */
            staff?: string;
            /** @default  */
            place?: string;
            /** @default false */
            needsTemporaryGuardianship?: boolean;
          };
          /** @enum {string} */
          temporaryTrigger?:
            | 'begging_or_unidentified'
            | 'guardian_missing'
            | 'guardian_unable'
            | 'left_unattended'
            | 'used_in_crime'
            | 'serious_harm_or_threat'
            | 'other_statutory';
          /** @enum {string} */
          placement?: 'kinship' | 'foster_family' | 'protection_institution' | 'welfare_institution';
          /** @default  */
          placementDetail?: string;
          /** @enum {string} */
          longTermTrigger?: 'guardian_not_found' | 'guardian_dead' | 'guardian_incapable' | 'court_appointed';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  getCasesByIdAssignable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
            name: string;
            unit: string;
          }[];
        };
      };
    };
  };
  postCasesByIdAssign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          userId: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  getCasesByIdChildCandidates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              idNumberMasked: string | null;
              /** @enum {string} */
              sex: 'M' | 'F';
              age: number;
              divisionCode: string;
              divisionPath: string;
              categories: string[];
              reasons: string[];
            }[];
          };
        };
      };
    };
  };
  postCasesByIdChild: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          childId: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  postCasesByIdBreakGlass: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  postCasesByIdTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default  */
          goal?: string;
          title: string;
          ownerName: string;
          /** Format: date */
          dueOn: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  postCasesByIdTasksByTaskIdDone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the task (404 when out of reach) */
        taskId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
          serviceNote: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  postCasesByIdReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          partnerUnitId: string;
          request: string;
          /** @default null */
          dueOn?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  getPartnerUnits: {
    parameters: {
      query?: {
        /** @description Filter or option `kind` */
        kind?:
          | 'public_security'
          | 'education'
          | 'health'
          | 'justice'
          | 'women_federation'
          | 'youth_league'
          | 'disabled_federation'
          | 'procuratorate'
          | 'court'
          | 'social_organisation';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            kind: string;
            divisionCode: string;
          }[];
        };
      };
    };
  };
  postCasesByIdDocuments: {
    parameters: {
      query: {
        /** @description Filter or option `title` */
        title: string;
        /** @description The file’s name as the user chose it (kept for display; the type is read from the content) */
        fileName: string;
      };
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            tierVersion: string;
            /** @enum {string} */
            stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            version: number;
            child: {
              id: string | null;
              name: string;
              sex: ('male' | 'female') | null;
              age: number | null;
            };
            divisionCode: string;
            divisionName: string;
            countyCode: string;
            location: string;
            summary: string;
            immediateDanger: boolean;
            receivedAt: string;
            respondBy: string;
            assessBy: string;
            dueAt: string | null;
            overdueMinutes: number | null;
            guardianship: ('temporary' | 'long_term') | null;
            owner: {
              id: string;
              name: string;
            } | null;
            team: {
              userId: string;
              name: string;
              /** @enum {string} */
              role: 'owner' | 'member';
            }[];
            intakes: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              trigger:
                | (
                    | 'private_injury'
                    | 'girl_under14_sexual'
                    | 'girl_14plus_pregnant'
                    | 'abuse_injuries'
                    | 'disability_or_death'
                    | 'abandoned_unattended'
                    | 'unknown_origin_missing'
                    | 'organised_begging'
                    | 'other_serious_harm'
                  )
                | null;
              description: string;
              receivedAt: string;
              reporter: {
                name: string | null;
                phone: string | null;
                relation: string | null;
                unitName: string | null;
              } | null;
              outcome: string | null;
              toldAt: string | null;
              satisfaction: number | null;
            }[];
            actions: {
              id: string;
              /** @enum {string} */
              action:
                | 'accept'
                | 'verify'
                | 'emergency'
                | 'assess'
                | 'plan'
                | 'note'
                | 'request_closure'
                | 'approve_closure'
                | 'return_closure'
                | 'reopen'
                | 'assign'
                | 'temporary_guardianship'
                | 'end_temporary_guardianship'
                | 'long_term_guardianship'
                | 'court_action'
                | 'refer'
                | 'referral_answered'
                | 'task_done'
                | 'break_glass'
                | 'feedback'
                | 'escalated'
                | 'intake_added';
              label: {
                zh: string;
                en: string;
              };
              note: string | null;
              data: {
                [key: string]: unknown;
              };
              actorName: string;
              at: string;
            }[];
            tasks: {
              id: string;
              goal: string;
              title: string;
              ownerName: string;
              dueOn: string;
              doneOn: string | null;
              serviceNote: string | null;
              version: number;
            }[];
            referrals: {
              id: string;
              partnerUnitId: string;
              partnerName: string;
              partnerKind: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              respondedAt: string | null;
              overdue: boolean;
            }[];
            guardianships: {
              id: string;
              /** @enum {string} */
              kind: 'temporary' | 'long_term';
              trigger: string;
              placement: string | null;
              placementDetail: string;
              startedOn: string;
              endedOn: string | null;
              returnAssessment: string | null;
            }[];
            glassBreaks: {
              userName: string;
              reason: string;
              at: string;
            }[];
            documents: {
              id: string;
              title: string;
              fileName: string;
              mimeType: string;
              sizeBytes: number;
              uploadedByName: string;
              createdAt: string;
            }[];
            allowedActions: (
              | 'accept'
              | 'verify'
              | 'emergency'
              | 'assess'
              | 'plan'
              | 'note'
              | 'request_closure'
              | 'approve_closure'
              | 'return_closure'
              | 'reopen'
              | 'assign'
              | 'temporary_guardianship'
              | 'end_temporary_guardianship'
              | 'long_term_guardianship'
              | 'court_action'
              | 'refer'
              | 'referral_answered'
              | 'task_done'
              | 'break_glass'
              | 'feedback'
              | 'escalated'
              | 'intake_added'
            )[];
            canSupervise: boolean;
            libraryEntryId: string | null;
          };
        };
      };
    };
  };
  getCasesByIdDocumentsByDocumentIdContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the document (404 when out of reach) */
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getReferrals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              receiptNo: string;
              /** @enum {string} */
              tier: 'urgent' | 'general' | 'consult';
              childName: string;
              childAge: number | null;
              location: string;
              request: string;
              dueOn: string;
              /** @enum {string} */
              status: 'sent' | 'accepted' | 'declined' | 'answered';
              response: string | null;
              sentAt: string;
              sentBy: string;
              version: number;
              overdue: boolean;
            }[];
          };
        };
      };
    };
  };
  getReferralsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            childName: string;
            childAge: number | null;
            location: string;
            request: string;
            dueOn: string;
            /** @enum {string} */
            status: 'sent' | 'accepted' | 'declined' | 'answered';
            response: string | null;
            sentAt: string;
            sentBy: string;
            version: number;
            overdue: boolean;
          };
        };
      };
    };
  };
  postReferralsByIdAnswer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          decision: 'accept' | 'decline' | 'answer';
          /** @default  */
          text?: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            receiptNo: string;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            childName: string;
            childAge: number | null;
            location: string;
            request: string;
            dueOn: string;
            /** @enum {string} */
            status: 'sent' | 'accepted' | 'declined' | 'answered';
            response: string | null;
            sentAt: string;
            sentBy: string;
            version: number;
            overdue: boolean;
          };
        };
      };
    };
  };
  postIntegrationsHotlineWorkOrders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          workOrderNo: string;
          /** Format: date-time */
          receivedAt: string;
          content: string;
          /** @default 不详 */
          childName?: string;
          districtCode: string;
          /** @default  */
          address?: string;
          /** @default false */
          urgent?: boolean;
          /** @default  */
          callerName?: string;
          /** @default null */
          callerPhone?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            receiptNo: string;
            caseId: string | null;
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            respondBy: string;
            countyName: string;
            duplicate: boolean;
          };
        };
      };
    };
  };
  postCasesByIdLibrary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            body: string;
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            /** @enum {string} */
            status: 'draft' | 'published';
            publishedAt: string | null;
            version: number;
            remaining: string[];
          };
        };
      };
    };
  };
  getCaseLibrary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              body: string;
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              /** @enum {string} */
              tier: 'urgent' | 'general' | 'consult';
              /** @enum {string} */
              status: 'draft' | 'published';
              publishedAt: string | null;
              version: number;
              remaining: string[];
            }[];
          };
        };
      };
    };
  };
  putCaseLibraryById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          body: string;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            body: string;
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            /** @enum {string} */
            status: 'draft' | 'published';
            publishedAt: string | null;
            version: number;
            remaining: string[];
          };
        };
      };
    };
  };
  postCaseLibraryByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            body: string;
            /** @enum {string} */
            channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
            /** @enum {string} */
            tier: 'urgent' | 'general' | 'consult';
            /** @enum {string} */
            status: 'draft' | 'published';
            publishedAt: string | null;
            version: number;
            remaining: string[];
          };
        };
      };
    };
  };
  getCasesStats: {
    parameters: {
      query?: {
        /** @description From this time (inclusive) */
        from?: string;
        /** @description Until this time (inclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            byChannel: {
              /** @enum {string} */
              channel: 'hotline' | 'hotline_12345' | 'mandatory_report' | 'discovery' | 'police_transfer' | 'walk_in';
              count: number;
            }[];
            byTier: {
              /** @enum {string} */
              tier: 'urgent' | 'general' | 'consult';
              count: number;
            }[];
            byCounty: {
              code: string;
              name: string;
              count: number;
              inTime: number;
            }[];
            openByStage: {
              /** @enum {string} */
              stage: 'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
              count: number;
            }[];
            respondedInTime: number;
            responded: number;
            satisfaction: {
              answers: number;
              average: number | null;
            };
          };
        };
      };
    };
  };
  getCasesStatsExport: {
    parameters: {
      query?: {
        /** @description From this time (inclusive) */
        from?: string;
        /** @description Until this time (inclusive) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getCasesTiers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              version: string;
              /** Format: date */
              effectiveFrom: string;
              source: string;
              tiers: {
                urgent: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                general: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                consult: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
              };
              referralWorkingDays: number;
            };
            versions: {
              version: string;
              /** Format: date */
              effectiveFrom: string;
              source: string;
              tiers: {
                urgent: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                general: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                consult: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
              };
              referralWorkingDays: number;
            }[];
          };
        };
      };
    };
  };
  postCasesTiers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version: string;
          /** Format: date */
          effectiveFrom: string;
          source: string;
          tiers: {
            urgent: {
              respond: {
                /** @enum {string} */
                unit: 'hours' | 'working_days';
                amount: number;
              };
              assess: {
                /** @enum {string} */
                unit: 'hours' | 'working_days';
                amount: number;
              };
            };
            general: {
              respond: {
                /** @enum {string} */
                unit: 'hours' | 'working_days';
                amount: number;
              };
              assess: {
                /** @enum {string} */
                unit: 'hours' | 'working_days';
                amount: number;
              };
            };
            consult: {
              respond: {
                /** @enum {string} */
                unit: 'hours' | 'working_days';
                amount: number;
              };
              assess: {
                /** @enum {string} */
                unit: 'hours' | 'working_days';
                amount: number;
              };
            };
          };
          referralWorkingDays: number;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              version: string;
              /** Format: date */
              effectiveFrom: string;
              source: string;
              tiers: {
                urgent: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                general: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                consult: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
              };
              referralWorkingDays: number;
            };
            versions: {
              version: string;
              /** Format: date */
              effectiveFrom: string;
              source: string;
              tiers: {
                urgent: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                general: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
                consult: {
                  respond: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                  assess: {
                    /** @enum {string} */
                    unit: 'hours' | 'working_days';
                    amount: number;
                  };
                };
              };
              referralWorkingDays: number;
            }[];
          };
        };
      };
    };
  };
  getCasesPartnerUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'partner' | 'reporter';
              kind: string;
              divisionCode: string;
              divisionName: string;
              active: boolean;
              accounts: number;
              openReferrals: number;
              createdAt: string;
              version: number;
            }[];
          };
        };
      };
    };
  };
  postCasesPartnerUnits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @enum {string} */
          role: 'partner' | 'reporter';
          kind: string;
          divisionCode: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: 'partner' | 'reporter';
            kind: string;
            divisionCode: string;
            divisionName: string;
            active: boolean;
            accounts: number;
            openReferrals: number;
            createdAt: string;
            version: number;
          };
        };
      };
    };
  };
  putCasesPartnerUnitsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          kind: string;
          divisionCode: string;
          active: boolean;
          version: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            role: 'partner' | 'reporter';
            kind: string;
            divisionCode: string;
            divisionName: string;
            active: boolean;
            accounts: number;
            openReferrals: number;
            createdAt: string;
            version: number;
          };
        };
      };
    };
  };
  getChildrenByIdPayeeAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            current: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              holderKind: 'guardian' | 'institution';
              holderName: string;
              holderRelationId: string | null;
              institutionId: string | null;
              bankName: string;
              bankCode: string;
              sameBank: boolean;
              accountMasked: string;
              createdAt: string;
              createdByName: string | null;
              endedAt: string | null;
              endedReason: string | null;
            } | null;
            history: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              holderKind: 'guardian' | 'institution';
              holderName: string;
              holderRelationId: string | null;
              institutionId: string | null;
              bankName: string;
              bankCode: string;
              sameBank: boolean;
              accountMasked: string;
              createdAt: string;
              createdByName: string | null;
              endedAt: string | null;
              endedReason: string | null;
            }[];
            payeeKind: ('guardian' | 'institution') | null;
            candidates: {
              /** Format: uuid */
              relationId: string;
              name: string;
              relationLabel: string | null;
            }[];
            institution: {
              /** Format: uuid */
              id: string;
              name: string;
            } | null;
          };
        };
      };
    };
  };
  putChildrenByIdPayeeAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          holderKind: 'guardian' | 'institution';
          holderRelationId: string | null;
          bankName: string;
          bankCode: string;
          sameBank: boolean;
          accountNumber: string;
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            holderKind: 'guardian' | 'institution';
            holderName: string;
            holderRelationId: string | null;
            institutionId: string | null;
            bankName: string;
            bankCode: string;
            sameBank: boolean;
            accountMasked: string;
            createdAt: string;
            createdByName: string | null;
            endedAt: string | null;
            endedReason: string | null;
          };
        };
      };
    };
  };
  postChildrenByIdPayeeAccountUnmask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accountNumber: string;
          };
        };
      };
    };
  };
  getAllowancesRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            inForce: {
              lastPaidAge: number;
              lookbackMonths: number;
              schooling: {
                untilAge: number;
                since: string;
              } | null;
            };
            versions: {
              lastPaidAge: number;
              lookbackMonths: number;
              schooling: {
                untilAge: number;
                since: string;
              } | null;
              version: number;
              basis: string;
              changedAt: string;
              changedBy: string | null;
            }[];
          };
        };
      };
    };
  };
  postAllowancesRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          lookbackMonths: number;
          schooling: {
            untilAge: number;
            since: string;
          } | null;
          basis: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            lastPaidAge: number;
            lookbackMonths: number;
            schooling: {
              untilAge: number;
              since: string;
            } | null;
          };
        };
      };
    };
  };
  getChildrenByIdSchooling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            policy: {
              untilAge: number;
              since: string;
            } | null;
            periods: {
              id: string;
              schoolName: string;
              from: string;
              until: string;
              note: string | null;
              recordedAt: string;
              recordedBy: string | null;
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            }[];
          };
        };
      };
    };
  };
  postChildrenByIdSchooling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          schoolName: string;
          /** Format: date */
          from: string;
          /** Format: date */
          until: string;
          note?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            policy: {
              untilAge: number;
              since: string;
            } | null;
            periods: {
              id: string;
              schoolName: string;
              from: string;
              until: string;
              note: string | null;
              recordedAt: string;
              recordedBy: string | null;
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            }[];
          };
        };
      };
    };
  };
  postChildrenByIdSchoolingByPeriodIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
        /** @description The id of the period (404 when out of reach) */
        periodId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            policy: {
              untilAge: number;
              since: string;
            } | null;
            periods: {
              id: string;
              schoolName: string;
              from: string;
              until: string;
              note: string | null;
              recordedAt: string;
              recordedBy: string | null;
              withdrawnAt: string | null;
              withdrawnReason: string | null;
            }[];
          };
        };
      };
    };
  };
  getChildrenByIdAllowanceLedger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            childId: string;
            childName: string;
            data: {
              month: string;
              category:
                | (
                    | 'orphan_institutional'
                    | 'orphan_scattered'
                    | 'de_facto_unsupported'
                    | 'difficulty_economic'
                    | 'difficulty_disability'
                    | 'difficulty_guardianship'
                  )
                | null;
              entitledFen: number;
              paidFen: number;
              lines: {
                rollMonth: string;
                /** @enum {string} */
                kind: 'base' | 'arrears' | 'retry' | 'recovery';
                amountFen: number;
                explanation: string;
                /** @enum {string} */
                paymentStatus: 'pending' | 'unsent' | 'offset' | 'paid' | 'failed';
                reference: string;
              }[];
              balanceFen: number;
            }[];
            totals: {
              entitledFen: number;
              paidFen: number;
              balanceFen: number;
            };
          };
        };
      };
    };
  };
  getChildrenByIdAllowanceLedgerXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of the record the path names (404 when it does not exist or is out of reach) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getAllowancesFundUse: {
    parameters: {
      query: {
        /** @description Filter or option `year` */
        year: number;
        /** @description Filter or option `county` */
        county?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            data: {
              countyCode: string;
              countyName: string;
              month: string;
              category:
                | (
                    | 'orphan_institutional'
                    | 'orphan_scattered'
                    | 'de_facto_unsupported'
                    | 'difficulty_economic'
                    | 'difficulty_disability'
                    | 'difficulty_guardianship'
                  )
                | null;
              categoryName: string;
              children: number;
              paidFen: number;
            }[];
            byCounty: {
              key: string;
              name: string;
              children: number;
              paidFen: number;
            }[];
            byCategory: {
              key: string;
              name: string;
              children: number;
              paidFen: number;
            }[];
            totalFen: number;
          };
        };
      };
    };
  };
  getAllowancesFundUseXlsx: {
    parameters: {
      query: {
        /** @description Filter or option `year` */
        year: number;
        /** @description Filter or option `county` */
        county?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  getOverviewVillages: {
    parameters: {
      query?: {
        /** @description A division code within the caller’s area (4, 6, 9 or 12 digits) */
        division?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              code: string;
              name: string;
              townshipName: string;
              children: number;
              categories: {
                orphan_institutional: number;
                orphan_scattered: number;
                de_facto_unsupported: number;
                difficulty_economic: number;
                difficulty_disability: number;
                difficulty_guardianship: number;
                left_behind: number;
              };
              openTasks: number;
              incomingTransfers: number;
              behind: number;
              reasons: {
                noFamily: number;
                noGuardian: number;
                unreviewed: number;
                duplicate: number;
                transferring: number;
              };
            }[];
          };
        };
      };
    };
  };
  getOpenapiJson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
    };
  };
}
