// The pane's words in English and Simplified Chinese. Method names come from the server's catalogue.
export const STRINGS = {
  en: {
    title: "IndexKit", subtitle: "Composite indices from your selection",
    notInExcel: "Open this page from Excel (Home → IndexKit) to work on a workbook.",
    step1: "1. Data", useSelection: "Use selection", selectionHint: "Select the table: header row, city names, one indicator per column.",
    step2: "2. Method", preset: "Preset", custom: "Custom (choose below)",
    step3: "3. Indicators", indicator: "Indicator", direction: "Direction", weight: "Weight", dimension: "Dimension",
    weightHint: "An empty weight (=) is an equal share among its siblings; an indicator without a dimension sits directly under the index.",
    compute: "Compute", computing: "Computing…", saveRecipe: "Save recipe to workbook",
    replace: "Replace IndexKit's earlier results (the sheets their Provenance lists; formulas pointing at them break)",
    check: "Check robustness", cancel: "Cancel", checkCancelled: "The check was cancelled; nothing was written.",
    checking: (done, runs) => `Checking: ${done} of ${runs} Monte Carlo runs…`,
    checked: (names) => `Robustness written to new sheets: ${names.join(", ")}.`,
    result: (names, first, score) => `Written to new sheets: ${names.join(", ")}. First: ${first} (${score}).`,
    failed: (why) => `Something went wrong: ${why}`,
    problems: "Please fix these cells:", goTo: "Go to cell",
    selected: (n, m, where, percent = 0) => `${n} entities × ${m} indicators from ${where}.`
      + (percent ? ` ${percent} cells shown as percentages are used as fractions (12% = 0.12).` : ""),
    network: (origin) => `Cannot reach the IndexKit server at ${origin}. Is "java -jar indexkit.jar serve" running, and is its certificate trusted (see README)?`,
    server: (status, title) => `The server answered ${status}: ${title}`,
    recipeSaved: "Saved the Indicators and Recipe sheets.",
    recipeExists: "The workbook already has Indicators or Recipe sheets; rename or delete them to save new ones.",
    prefilled: "Using the workbook's Indicators and Recipe sheets.",
    ahpTitle: "AHP judgements",
    ahpHint: "How much more important is the row than the column (Saaty 1–9)? The server computes the weights, λmax and CR.",
    ahpNode: "Node",
    language: "中文",
    presetSource: "Source:", presetNotes: "Notes:", presetMarked: "Menus marked • hold the preset's choices; change one to override it.",
    needSelection: "Compute and Check need the table: select it and click Use selection.",
    fitTitle: "Reproduce a published index", fitHint: "Select a published table (names, the parent's scores and its children's, as "
      + "printed). The server finds the weights and the variant that reproduce it within rounding, and writes the Fit sheets and a recipe.",
    fitRead: "Read published table", fitParent: "Parent", fitChildren: "Its children:", fitPrinted: "Printed weights (optional)",
    fitTree: "Every parent node of the workbook's Indicators sheet", fitButton: "Fit", fitting: "Fitting…",
    fitNames: (column) => `Rows named by column ${column}.`,
    fitted: (names) => `Fit written to new sheets: ${names.join(", ")}.`,
  },
  "zh-CN": {
    title: "IndexKit", subtitle: "从选区计算综合指数",
    notInExcel: "请在 Excel 中打开（开始 → IndexKit）以处理工作簿。",
    step1: "1. 数据", useSelection: "使用选区", selectionHint: "请选中表格：首行为表头，一列城市名称，每列一个指标。",
    step2: "2. 方法", preset: "预设", custom: "自定义（在下方选择）",
    step3: "3. 指标", indicator: "指标", direction: "方向", weight: "权重", dimension: "维度",
    weightHint: "权重留空（=）表示与同级指标平均分配；未填维度的指标直接归入总指数。",
    compute: "计算", computing: "计算中…", saveRecipe: "将方案保存到工作簿",
    replace: "替换 IndexKit 之前的结果（其来源表所列的工作表；引用它们的公式将失效）",
    check: "稳健性检验", cancel: "取消", checkCancelled: "检验已取消，未写入任何内容。",
    checking: (done, runs) => `检验中：已完成 ${done} / ${runs} 次蒙特卡洛模拟…`,
    checked: (names) => `稳健性结果已写入新工作表：${names.join("、")}。`,
    result: (names, first, score) => `已写入新工作表：${names.join("、")}。第一名：${first}（${score}）。`,
    failed: (why) => `出错了：${why}`,
    problems: "请修正以下单元格：", goTo: "定位",
    selected: (n, m, where, percent = 0) => `${where}：${n} 个对象 × ${m} 个指标。`
      + (percent ? `${percent} 个以百分比显示的单元格按小数计算（12% = 0.12）。` : ""),
    network: (origin) => `无法连接 IndexKit 服务（${origin}）。请确认已运行 "java -jar indexkit.jar serve"，且已信任其证书（见 README）。`,
    server: (status, title) => `服务返回 ${status}：${title}`,
    recipeSaved: "已保存 Indicators 和 Recipe 工作表。",
    recipeExists: "工作簿已有 Indicators 或 Recipe 工作表；请先重命名或删除。",
    prefilled: "正在使用工作簿中的 Indicators 和 Recipe 工作表。",
    ahpTitle: "层次分析法判断矩阵",
    ahpHint: "行相对于列的重要程度（Saaty 1–9 标度）。权重、λmax 与 CR 由服务端计算。",
    ahpNode: "节点",
    language: "English",
    presetSource: "来源：", presetNotes: "说明：", presetMarked: "标有 • 的菜单为预设方案的选择；修改即可覆盖。",
    needSelection: "计算与稳健性检验需要数据表：请先选中表格并点击“使用选区”。",
    fitTitle: "复现已发表的指数", fitHint: "请选中已发表的表格（名称、父项得分及其子项得分，按原样）。服务端找出在舍入误差内复现它的权重与形式，"
      + "并写入拟合工作表和复算方案。",
    fitRead: "读取已发表的表格", fitParent: "父项", fitChildren: "其子项：", fitPrinted: "报告给出的权重（可选）",
    fitTree: "工作簿 Indicators 表中的每个父节点", fitButton: "拟合", fitting: "拟合中…",
    fitNames: (column) => `以 ${column} 列为行名称。`,
    fitted: (names) => `拟合结果已写入新工作表：${names.join("、")}。`,
  },
};

/** "zh-CN", "zh-TW", "zh" → zh-CN; anything else → en. */
export function languageOf(displayLanguage) {
  return /^zh/i.test(displayLanguage || "") ? "zh-CN" : "en";
}

export function labelOf(label, lang) {
  return (label && (label[lang] || label.en)) || "";
}
