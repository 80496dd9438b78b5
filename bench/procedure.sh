#!/usr/bin/env bash
# The reference procedure's six curl commands, run N times against a GAuth; prints the mean milliseconds per run.
# Usage: bench/procedure.sh <gauth-url> <runs>
set -euo pipefail
gauth=$1
runs=$2

field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p"; }

one_run() {
  local id=$1 secret token environment ccid
  secret=$(curl -s --location --request POST "$gauth/auth/v3/ops/clients" \
    --header 'Content-Type: application/json' --user ops:ops \
    --data-raw '{"data": {"name": "'"$id"'", "clientType": "CONFIDENTIAL", "internalClient": true,
      "refreshTokenExpirationTimeout": 43200, "client_id": "'"$id"'", "client_secret": "",
      "authorities": ["ROLE_INTERNAL_CLIENT"], "scope": ["*"],
      "authorizedGrantTypes": ["client_credentials", "authorization_code", "refresh_token", "password"],
      "redirectURIs": ["https://gauth.'"$id"'.example.com"], "accessTokenExpirationTimeout": 43200}}' \
    | field client_secret)
  token=$(curl -s --location --user "$id:$secret" --request POST "$gauth/auth/v3/oauth/token" \
    --data-urlencode 'username=ops' --data-urlencode "client_id=$id" \
    --data-urlencode 'grant_type=password' --data-urlencode 'password=ops' | field access_token)
  environment=$(curl -s --location --request POST "$gauth/environment/v3/environments" \
    --header 'Content-Type: application/json' --header "Authorization: Bearer $token" \
    --data-raw '{"data": {"id": "cc-'"$id"'", "username": "default", "password": "password",
      "connectionProtocol": "addp", "remoteTimeout": 7, "appName": "Cloud", "traceMode": "CFGTMBoth",
      "tlsEnabled": false, "configServers": [{"primaryPort": 2020, "readOnly": false,
      "primaryAddress": "172.24.132.84", "locations": "/USW1"}], "localTimeout": 5, "tenant": "Environment"}}' \
    | field path)
  ccid=$(curl -s --location --request POST "$gauth/environment/v3/contact-centers" \
    --header 'Content-Type: application/json' --header "Authorization: Bearer $token" \
    --data-raw '{"data": {"domains": ["'"$id"'.example.com"], "environmentId": "'"${environment##*/}"'",
      "auth": "configServer", "id": "cc-'"$id"'"}}' | field path)
  curl -s -o /dev/null --location --request POST "$gauth/environment/v3/data-centers" --user ops:ops \
    --header 'Content-Type: application/json' \
    --data '{"data": {"location": "/'"$id"'", "entryPoint": "https://gauth.'"$id"'.example.com", "readOnly": false}}'
  curl -s -o /dev/null --location --request POST "$gauth/environment/v3/contact-centers/${ccid##*/}/settings" \
    --header 'Content-Type: application/json' --header "Authorization: Bearer $token" \
    --data-raw '{"data": {"location": "/", "name": "cors-origins", "shared": "true",
      "value": "https://wwe.'"$id"'.example.com"}}'
  [ -n "$ccid" ] || { echo "run $id did not get a contact center" >&2; exit 1; }
}

started=$(date +%s%N)
for i in $(seq 1 "$runs"); do
  one_run "curl$i$RANDOM"
done
ended=$(date +%s%N)
awk -v ns="$((ended - started))" -v runs="$runs" 'BEGIN { printf "%.1f\n", ns / 1000000 / runs }'
