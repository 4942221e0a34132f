#!/bin/sh
# Generates throwaway TLS material for the examples and tests: a CA, a server
# certificate for localhost and 127.0.0.1, and two client certificates for the
# user "alice" (one mapped by email SAN, one by subject DN).
#
# Usage: scripts/gen-certs.sh [DIRECTORY]
# DIRECTORY defaults to examples/certs in this repository. Existing files of the
# same names are overwritten. Keys are P-256, certificates are valid for 7 days.
# Never commit the output: examples/certs/ is listed in .gitignore.
set -eu

script_dir=$(cd "$(dirname "$0")" && pwd)
out_dir=${1:-"$script_dir/../examples/certs"}
days=7

# Private keys must not be readable by other users.
umask 077
mkdir -p "$out_dir"
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/natsconf-certs.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT
trap 'exit 1' HUP INT TERM

# Runs a command quietly and prints its output only when it fails.
run() {
  if ! output=$("$@" 2>&1); then
    printf 'gen-certs.sh: command failed: %s\n%s\n' "$*" "$output" >&2
    exit 1
  fi
}

new_key() {
  run openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"
}

# Signs a certificate for key $1 with subject $2 and extension file $3 into $4.
sign() {
  run openssl req -new -key "$1" -subj "$2" -out "$work_dir/request.csr"
  run openssl x509 -req -in "$work_dir/request.csr" -days "$days" -sha256 \
    -CA "$out_dir/ca-cert.pem" -CAkey "$out_dir/ca-key.pem" \
    -CAcreateserial -CAserial "$work_dir/ca.srl" \
    -extfile "$3" -out "$4"
}

# Certificate authority.
new_key "$out_dir/ca-key.pem"
run openssl req -new -x509 -key "$out_dir/ca-key.pem" -days "$days" -sha256 \
  -subj "/O=Example/CN=natsconf throwaway test CA" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out "$out_dir/ca-cert.pem"

# Server certificate for a server listening on 127.0.0.1.
cat >"$work_dir/server.ext" <<'EOF'
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,IP:127.0.0.1
EOF
new_key "$out_dir/server-key.pem"
sign "$out_dir/server-key.pem" "/O=Example/CN=localhost" "$work_dir/server.ext" \
  "$out_dir/server-cert.pem"

# Client certificate that verify_and_map maps by its email SAN, alice@example.com.
cat >"$work_dir/client-email.ext" <<'EOF'
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = email:alice@example.com
EOF
new_key "$out_dir/alice-email-key.pem"
sign "$out_dir/alice-email-key.pem" "/O=Example/CN=alice (email)" "$work_dir/client-email.ext" \
  "$out_dir/alice-email-cert.pem"

# Client certificate that verify_and_map maps by its subject. openssl's -subj takes
# the RDNs in ASN.1 order, so this prints as CN=alice,OU=Engineering,O=Example in
# RFC 2253 order. It has no SAN, so the subject is the only mapping candidate.
cat >"$work_dir/client-dn.ext" <<'EOF'
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
EOF
new_key "$out_dir/alice-dn-key.pem"
sign "$out_dir/alice-dn-key.pem" "/O=Example/OU=Engineering/CN=alice" "$work_dir/client-dn.ext" \
  "$out_dir/alice-dn-cert.pem"

# Certificates are public, so make them readable like any other file.
chmod 644 "$out_dir/ca-cert.pem" "$out_dir/server-cert.pem" \
  "$out_dir/alice-email-cert.pem" "$out_dir/alice-dn-cert.pem"
