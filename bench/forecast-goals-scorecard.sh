#!/bin/bash
# Times forecasts (five runs of each request), the live goals list and one scorecard job against a running server,
# e.g. the demo company: HAMSAFAR_DEMO_CUSTOMERS sets its size (-Dhamsafar.demo.customers=20000 loads 1.3 M events).
# Usage: KEY=<admin api key> bench/forecast-goals-scorecard.sh [http://127.0.0.1:8080]
B=${1:-http://127.0.0.1:8080}; A="Authorization: Bearer ${KEY:?set KEY to an admin API key}"
run() {
  local t=""
  for i in 1 2 3 4 5; do
    t="$t $(curl -s -o /dev/null -w '%{time_total}' -X POST -H 'Content-Type: application/json' -H "$A" "$B/api/v1/analytics/forecast" -d "$2")"
  done
  echo "$1:$t"
}
run "purchases per day, 182 days, auto" '{"metric":{"kind":"events","eventType":"purchase"},"granularity":"day","horizon":14}'
run "page views per day, from 2025-06-01, auto" '{"metric":{"kind":"events","eventType":"page_view"},"granularity":"day","from":"2025-06-01","horizon":28}'
run "all events per day, from 2025-06-01, auto" '{"metric":{"kind":"events"},"granularity":"day","from":"2025-06-01","horizon":28}'
run "revenue per week, 156 weeks, auto" '{"metric":{"kind":"revenue"},"granularity":"week","horizon":8}'
run "revenue per week, m=52 additive, 4 origins" '{"metric":{"kind":"revenue"},"granularity":"week","from":"2024-06-03","horizon":8,"seasonality":52,"model":"additive","backtestOrigins":4}'
run "NPS per week" '{"metric":{"kind":"nps"},"granularity":"week","horizon":8}'
run "sentiment per day, 182 days" '{"metric":{"kind":"sentiment"},"granularity":"day","horizon":14}'
t=""; for i in 1 2 3 4 5; do t="$t $(curl -s -o /dev/null -w '%{time_total}' -H "$A" "$B/api/v1/analytics/goals")"; done; echo "GET goals (live):$t"
id=$(curl -s -X POST -H 'Content-Type: application/json' -H "$A" "$B/api/v1/analytics/jobs" -d '{"kind":"scorecard"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while true; do
  s=$(curl -s -H "$A" "$B/api/v1/analytics/jobs/$id" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["state"], j["startedAt"], j["finishedAt"])')
  case "$s" in succeeded*|failed*) echo "scorecard job (12 months): $s"; break;; esac
  sleep 1
done
