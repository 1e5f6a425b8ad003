#!/usr/bin/env bash
# The one-command local platform: Kafka, the store, the token issuer and every service on this machine.
# Builds the jars first when one is missing or older than its sources, then runs the launcher.
# Usage: deploy/run-local.sh [--data-dir PATH]     (--help lists the port variables)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

launcher_jar=deploy/launcher/target/hoptac-launcher-0.1.0-SNAPSHOT.jar
launcher_lib=deploy/launcher/target/lib
# Sources every service jar is built from besides its own module.
shared_sources=(pom.xml platform/contracts/pom.xml platform/contracts/src/main platform/plumbing/pom.xml platform/plumbing/src/main)

newer_than() { # prints the first of the remaining paths changed after $1
  local target=$1; shift
  find "$@" -newer "$target" -print -quit 2>/dev/null || true
}

# Prints why a build is needed; prints nothing when every jar is up to date.
build_reason() {
  if [[ ! -f $launcher_jar || ! -d $launcher_lib ]]; then
    echo "the launcher is not built"; return
  fi
  if [[ -n $(newer_than "$launcher_jar" pom.xml deploy/launcher/pom.xml deploy/launcher/src/main) ]]; then
    echo "the launcher changed"; return
  fi
  local issuer_jar=deploy/issuer/target/hoptac-issuer-0.1.0-SNAPSHOT.jar
  if [[ ! -f $issuer_jar ]]; then
    echo "the token issuer is not built"; return
  fi
  if [[ -n $(newer_than "$issuer_jar" pom.xml deploy/issuer/pom.xml deploy/issuer/src/main) ]]; then
    echo "the token issuer changed"; return
  fi
  local pom module jar
  for pom in *-service/pom.xml; do
    [[ -f $pom ]] || continue
    module=${pom%/pom.xml}
    jar=$(find "$module/target" -maxdepth 1 -name "$module-*.jar" ! -name '*-plain.jar' ! -name '*-sources.jar' \
            ! -name '*-javadoc.jar' ! -name '*-tests.jar' -print -quit 2>/dev/null || true)
    if [[ -z $jar ]]; then
      echo "$module is not built"; return
    fi
    if [[ -n $(newer_than "$jar" "$pom" "$module/src/main" "${shared_sources[@]}") ]]; then
      echo "$module changed"; return
    fi
  done
}

reason=$(build_reason)
if [[ -n $reason ]]; then
  echo "Building ($reason): ./mvnw -B -q -DskipTests package"
  # forceCreation: a service's jar is rebuilt when only the plumbing it bundles changed.
  ./mvnw -B -q -DskipTests -Dmaven.jar.forceCreation=true package
fi

java=java
if [[ -n ${JAVA_HOME:-} ]]; then java=$JAVA_HOME/bin/java; fi
exec "$java" -cp "$launcher_jar:$launcher_lib/*" vn.hoptac.launcher.Launcher "$@"
