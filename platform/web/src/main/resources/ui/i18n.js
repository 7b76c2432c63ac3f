// A small dictionary: Chinese first, English on switch. Keys are stable; missing keys show the key.
const zh = {
  brand: '全域土地综合整治平台', plans: '方案', modules: '模块', users: '用户', logout: '退出', login: '登录',
  user: '用户名', password: '密码', upload: '上传规划数据包', uploading: '正在上传', uploadDone: '上传完成，正在审查…',
  unit: '整治单元', county: '县', state: '状态', version: '版本', violations: '违规', created: '创建时间', open: '打开',
  map: '地图', verdicts: '审查结果', tables: '表格', parcels: '子项目地块', workflow: '流程', versions: '版本', audit: '留痕记录',
  legend: '图例', dltb: '地类图斑', yjjbnt: '永久基本农田', stbhhx: '生态保护红线', czkfbj: '城镇开发边界',
  changeParcels: '变化地块', findings: '违规要素', download: '下载 Excel', edit: '编辑', save: '保存', cancel: '取消',
  stale: '本方案审查时使用的规则版本与当前运行的不同，平台将自动复核：', staleRule: '规则', checkedWith: '审查时', runningNow: '当前',
  problems: '数据包问题', file: '文件', feature: '要素', field: '字段', message: '说明', noActions: '当前没有您可以执行的操作',
  chain: '审批链', step: '环节', done: '完成', by: '经办人', reference: '文号', consents: '村民同意', village: '村',
  ratio: '同意比例', document: '文件编号', date: '日期', subproject: '子项目', measuredArea: '实测新增耕地面积（m²）',
  owner: '管护主体', funds: '管护资金（万元）', fundSource: '资金来源', reason: '退回理由', actor: '操作人', action: '操作',
  time: '时间', details: '详情', bundle: '模块', symbolicName: '标识名', problem: '问题', rules: '规则', contentModules: '内容模块',
  createUser: '创建用户', name: '姓名', region: '自治区', role: '角色', scope: '范围', planList: '方案列表', noPlans: '暂无方案',
  'act.consent': '记录村民同意', 'act.confirm-consent': '确认村民同意', 'act.submit': '报批', 'act.approve': '审批通过',
  'act.reject': '退回', 'act.filing': '记录备案', 'act.start': '开始实施', 'act.accept-subproject': '子项目验收',
  'act.accept': '整体验收', 'act.maintenance': '落实后期管护', 'act.edit': '编辑地块',
  'out.pass': '通过', 'out.violation': '违规', 'out.warning': '警示', 'out.not-applicable': '不适用', 'out.info': '信息', 'out.error': '规则出错',
  deploy: '模块部署（deploy/）', deployHint: '上传模块 jar：新模块即装即用，同名文件替换为新版本，草稿方案自动复核；删除即卸载。', deployUpload: '上传模块', deployUploaded: '已上传', deployReplaced: '已替换', deployRemoved: '已删除', remove: '删除',
  editShape: '编辑图形', saveShape: '保存图形', shapeHint: '拖动地块边界上的节点修改图形，在边上拖动可增加节点', parcel: '地块',
  saved: '已保存', failed: '失败', kind: '地块类型', type: '内容类型', area: '面积（m²）',
};
const en = {
  brand: 'Land consolidation platform', plans: 'Plans', modules: 'Modules', users: 'Users', logout: 'Log out', login: 'Log in',
  user: 'User name', password: 'Password', upload: 'Upload a plan package', uploading: 'Uploading', uploadDone: 'Uploaded, checking…',
  unit: 'Unit', county: 'County', state: 'State', version: 'Version', violations: 'Violations', created: 'Created', open: 'Open',
  map: 'Map', verdicts: 'Verdicts', tables: 'Tables', parcels: 'Parcels', workflow: 'Workflow', versions: 'Versions', audit: 'Audit trail',
  legend: 'Legend', dltb: 'Land-use parcels', yjjbnt: 'Permanent basic farmland', stbhhx: 'Ecological red line', czkfbj: 'Urban development boundary',
  changeParcels: 'Change parcels', findings: 'Findings', download: 'Download Excel', edit: 'Edit', save: 'Save', cancel: 'Cancel',
  stale: 'This plan was checked with other rule versions than those running now; it will be re-checked:', staleRule: 'Rule', checkedWith: 'Checked with', runningNow: 'Running now',
  problems: 'Package problems', file: 'File', feature: 'Feature', field: 'Field', message: 'Message', noActions: 'Nothing for you to do now',
  chain: 'Approval chain', step: 'Step', done: 'Done', by: 'By', reference: 'Reference', consents: 'Consents', village: 'Village',
  ratio: 'Ratio', document: 'Document', date: 'Date', subproject: 'Sub-project', measuredArea: 'Measured new cultivated area (m²)',
  owner: 'Maintenance owner', funds: 'Funds (10k CNY)', fundSource: 'Fund source', reason: 'Reason', actor: 'Actor', action: 'Action',
  time: 'Time', details: 'Details', bundle: 'Bundle', symbolicName: 'Symbolic name', problem: 'Problem', rules: 'Rules', contentModules: 'Content modules',
  createUser: 'Create user', name: 'Name', region: 'Region', role: 'Role', scope: 'Scope', planList: 'Plans', noPlans: 'No plans yet',
  'act.consent': 'Record consent', 'act.confirm-consent': 'Confirm consent', 'act.submit': 'Submit', 'act.approve': 'Approve',
  'act.reject': 'Send back', 'act.filing': 'Record filing', 'act.start': 'Start implementation', 'act.accept-subproject': 'Accept sub-project',
  'act.accept': 'Accept overall', 'act.maintenance': 'Record maintenance', 'act.edit': 'Edit parcels',
  'out.pass': 'pass', 'out.violation': 'violation', 'out.warning': 'warning', 'out.not-applicable': 'not applicable', 'out.info': 'info', 'out.error': 'rule error',
  deploy: 'Deployed modules (deploy/)', deployHint: 'Upload a bundle jar: a new module starts at once, a file of the same name is replaced by the new version and draft plans are re-checked; removing it uninstalls it.', deployUpload: 'Upload bundle', deployUploaded: 'Uploaded', deployReplaced: 'Replaced', deployRemoved: 'Removed', remove: 'Remove',
  editShape: 'Edit shape', saveShape: 'Save shape', shapeHint: 'Drag a vertex of the boundary to change the shape; drag an edge to add a vertex', parcel: 'Parcel',
  saved: 'Saved', failed: 'Failed', kind: 'Kind', type: 'Content type', area: 'Area (m²)',
};
let lang = localStorage.getItem('landcon.lang') || 'zh';
export const t = (key) => (lang === 'zh' ? zh : en)[key] ?? key;
export const isZh = () => lang === 'zh';
export function toggle() {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('landcon.lang', lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
/** The message of an API error or verdict in the current language. */
export const msg = (zhText, enText) => (lang === 'zh' ? zhText || enText : enText || zhText);
