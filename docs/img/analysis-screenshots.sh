#!/usr/bin/env bash
# Regenerates docs/img/analysis-*.png: the ahp-entropy-coupling template scored by the jar, opened by LibreOffice
# (each sheet on one PDF page), the analysis sheets rendered by pdftoppm; and docs/img/scores-set-2024.png, the SET 2024
# template's Scores sheet (the chart beside the first columns, its axis from 60); docs/img/scores-zh-stcud-2021.png, a
# Chinese-language run (--lang zh) of the STCUD 2021 template; docs/img/sensitivity-set-2024.png, the robustness check's
# rank-interval chart (audit, 200 runs). The coupling template's Recipe asks for Chinese sheets: scored with --lang en here. A wide page keeps its right end, where the
# chart is. Needs target/indexkit.jar (mvn -B -q package -DskipTests), soffice and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
java -jar target/indexkit.jar score workbooks/ahp-entropy-coupling.xlsx --lang en -o "$tmp/coupled.xlsx" >/dev/null
HOME="$tmp" soffice --headless --norestore \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/coupled.xlsx" >/dev/null
mapfile -t sheets < <(unzip -p "$tmp/coupled.xlsx" xl/workbook.xml | grep -o '<sheet [^>]*name="[^"]*"' | sed 's/.*name="//;s/"$//')
for i in "${!sheets[@]}"; do
  name=${sheets[$i]}
  case $name in Coupling|Contributions|Regions|Disparity|Density|Quadrants|Profiles) ;; *) continue ;; esac
  page=$((i + 1))
  read -r w h < <(pdfinfo -f $page -l $page "$tmp/coupled.pdf" | awk '/^Page.*size/{printf "%d %d\n", $4, $6}')
  crop=(); [ "$w" -gt 1900 ] && crop=(-x $((w - 1800)) -W 1800)
  [ "$h" -gt 700 ] && crop+=(-y 0 -H 700)
  pdftoppm -r 72 -png -singlefile -f $page -l $page "${crop[@]}" "$tmp/coupled.pdf" "docs/img/analysis-${name,,}"
  echo "docs/img/analysis-${name,,}.png"
done
java -jar target/indexkit.jar score workbooks/set-2024.xlsx -o "$tmp/set.xlsx" >/dev/null
HOME="$tmp" soffice --headless --norestore \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/set.xlsx" >/dev/null
page=$(( $(unzip -p "$tmp/set.xlsx" xl/workbook.xml | grep -o '<sheet [^>]*name="[^"]*"' | grep -n 'name="Scores"' | cut -d: -f1) ))
pdftoppm -r 72 -png -singlefile -f $page -l $page -x 0 -y 0 -W 1500 -H 620 "$tmp/set.pdf" docs/img/scores-set-2024
echo docs/img/scores-set-2024.png
# a Chinese-language run: the STCUD 2021 template scored with --lang zh, its 得分 sheet
java -jar target/indexkit.jar score workbooks/stcud-2021.xlsx --lang zh -o "$tmp/zh.xlsx" >/dev/null
HOME="$tmp" soffice --headless --norestore \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/zh.xlsx" >/dev/null
page=$(( $(unzip -p "$tmp/zh.xlsx" xl/workbook.xml | grep -o '<sheet [^>]*name="[^"]*"' | grep -n 'name="得分"' | cut -d: -f1) ))
pdftoppm -r 72 -png -singlefile -f $page -l $page -x 0 -y 0 -W 1500 -H 560 "$tmp/zh.pdf" docs/img/scores-zh-stcud-2021
echo docs/img/scores-zh-stcud-2021.png
# the robustness check of the SET 2024 template: the Sensitivity sheet and its rank intervals
java -jar target/indexkit.jar audit workbooks/set-2024.xlsx --runs 200 --seed 1 -o "$tmp/audit.xlsx" >/dev/null
HOME="$tmp" soffice --headless --norestore \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/audit.xlsx" >/dev/null
page=$(( $(unzip -p "$tmp/audit.xlsx" xl/workbook.xml | grep -o '<sheet [^>]*name="[^"]*"' | grep -n 'name="Sensitivity"' | cut -d: -f1) ))
pdftoppm -r 72 -png -singlefile -f $page -l $page -x 0 -y 0 -W 1500 -H 620 "$tmp/audit.pdf" docs/img/sensitivity-set-2024
echo docs/img/sensitivity-set-2024.png
# fitting a published index: SET 2024's printed levels (the composite table joined with its three dimension tables, from
# src/test/resources/seed-tables) in a workbook, fitted over the preset's tree; the Fit sheet
python3 - "$tmp/levels.csv" <<'PY'
import csv, sys
d = "src/test/resources/seed-tables/002_"
tables = [list(csv.DictReader(open(d + n + ".csv", encoding="utf-8"))) for n in ("set_index_total", "education_dimension", "talent_dimension", "scitech_dimension")]
head = list(tables[0][0])
for t in tables[1:]: head += [h for h in t[0] if h not in head]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(head)
    for row in tables[0]:
        joined = dict(row)
        for t in tables[1:]: joined.update({k: v for k, v in next(r for r in t if r["city_en"] == row["city_en"]).items() if k not in joined})
        w.writerow([joined[h] for h in head])
PY
HOME="$tmp" soffice --headless --norestore --convert-to xlsx --outdir "$tmp" "$tmp/levels.csv" >/dev/null
java -jar target/indexkit.jar fit "$tmp/levels.xlsx" --tree src/main/resources/presets/set-2024.indicators.csv --entity city_en -o "$tmp/fitted.xlsx" >/dev/null
HOME="$tmp" soffice --headless --norestore \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/fitted.xlsx" >/dev/null
page=$(( $(unzip -p "$tmp/fitted.xlsx" xl/workbook.xml | grep -o '<sheet [^>]*name="[^"]*"' | grep -n 'name="Fit"' | cut -d: -f1) ))
pdftoppm -r 72 -png -singlefile -f $page -l $page -x 0 -y 0 -W 1800 -H 420 "$tmp/fitted.pdf" docs/img/fit-set-2024
echo docs/img/fit-set-2024.png
rm -rf "$tmp"
