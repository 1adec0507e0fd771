#!/bin/sh
# Regenerates the sessions shown in docs/overdue-month.md: a month of the daily cron run,
# with a local mail server (aiosmtpd) standing in for the office's. Run from the checkout
# with fylink installed:  sh docs/overdue-month.sh > /tmp/month.txt
set -u
WORK=$(mktemp -d)
export FYLINK_HOME="$WORK/home" FYLINK_DB="$WORK/shifanxian.db" FYLINK_USER="林静" NO_COLOR=1
mkdir -p "$FYLINK_HOME"
PORT=8025
cat > "$FYLINK_HOME/config.toml" <<TOML
[smtp]
host = "127.0.0.1"
port = $PORT
sender = "fylb@shifan.example.cn"
timeout = 5

[notify]
max_attempts = 3

[notify.leader_emails]
"刘清华" = "liuqh@shifan.example.cn"

[documents]
number_prefix = "示府联办督"

[bulletin]
number_prefix = "示府联办通"
TOML

mail_up() { python -m aiosmtpd -n -l 127.0.0.1:$PORT -c aiosmtpd.handlers.Sink & MAIL=$!; sleep 1; }
mail_down() { kill "$MAIL"; wait "$MAIL" 2>/dev/null; }
run() { echo "\$ $*"; "$@"; echo "（退出码 $?）"; echo; }
day() { export FYLINK_TODAY="$1"; echo "### $1"; echo; }

day 2025-09-01
run fylink init --roster tests/data/roster.yaml
run fylink task add 制定城东片区征收补偿款支付方案 --lead 县住建局 --co 县财政局 --due 2025-09-17 --leader 刘清华
run fylink task add 化解欠薪群体诉讼 --lead 县人社局 --due 2025-09-26 --leader 刘清华
run fylink task add 协调涉企案件执行和解 --lead 县法院 --due 2025-09-19
run fylink task add 清理拖欠企业账款 --lead 县财政局 --due 2025-09-22

mail_up
for d in 2025-09-12 2025-09-13 2025-09-15 2025-09-16 2025-09-17 2025-09-18 2025-09-19; do
  day $d; run fylink check overdue --notify
done
day 2025-09-19
run fylink task done 4 --on 2025-09-19
for d in 2025-09-22 2025-09-23; do day $d; run fylink check overdue --notify; done
day 2025-09-24
mail_down
run fylink check overdue --notify
run fylink notice list --undelivered
mail_up
day 2025-09-25
run fylink check overdue --notify
for d in 2025-09-26 2025-09-28; do day $d; run fylink check overdue --notify; done
day 2025-09-29
run fylink check overdue --notify
run fylink notice digest
day 2025-09-30
run fylink check overdue --notify
for d in 2025-10-01 2025-10-06; do day $d; run fylink check overdue --notify; done
day 2025-10-09
run fylink check overdue --notify
(cd "$WORK" && run fylink notice bulletin --year 2025 --quarter 3)
for d in 2025-10-10 2025-10-13 2025-10-14 2025-10-15; do day $d; run fylink check overdue --notify; done
day 2025-10-16
printf '%%PDF-1.4\n示范县住房和城乡建设局关于征收补偿款支付方案办理情况的报告\n' > "$WORK/住建局办理情况报告.pdf"
run fylink notice reply 〔2025〕1号 --on 2025-10-16 --summary 支付方案已报县政府常务会审议 --file "$WORK/住建局办理情况报告.pdf"
run fylink check overdue --notify
for d in 2025-10-17 2025-10-20; do day $d; run fylink check overdue --notify; done
run fylink notice replies --year 2025 --quarter 4
run fylink notice list
run fylink task show 1
mail_down
rm -rf "$WORK"
