"""What scripts/cpython-kwparams.py and scripts/cpython-typedicts.py share: each runs itself with --dump
under the two interpreters given on its command line and collects one table per version."""
import json
import os
import subprocess


def tables_from(script, exes):
    """{'3.11': (patch version, table), '3.14': (...)} from `exe -S script --dump` for each interpreter."""
    tables = {}
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE='1')
    for exe in exes:
        r = subprocess.run([exe, '-S', script, '--dump'], capture_output=True, text=True, env=env, check=True)
        minor, patch = subprocess.run([exe, '-c', 'import sys; print("%d.%d" % sys.version_info[:2], sys.version.split()[0])'],
                                      capture_output=True, text=True, env=env, check=True).stdout.split()
        tables[minor] = (patch, json.loads(r.stdout))
    assert set(tables) == {'3.11', '3.14'}, tables.keys()
    return tables


def body(tables):
    """The tables as one JSON object keyed by version, for the generated TypeScript."""
    return json.dumps({v: t for v, (_, t) in sorted(tables.items())}, sort_keys=True, separators=(',', ':'))
