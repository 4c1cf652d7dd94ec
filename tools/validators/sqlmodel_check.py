#!/usr/bin/python3
"""Import generated SQLModel modules (models.py), configure their mappers and create all tables in an in-memory SQLite
database with foreign keys on, then report what SQLite actually holds (PRAGMA table_info / foreign_key_list /
index_list). One process checks many files: each is imported in a forked child, so the modules' global SQLModel
metadata and class registries never meet.

usage: /usr/bin/python3 sqlmodel_check.py [--json] [--serve] models.py...
  default: one human line per file on stderr; --json: one JSON object per file on stdout
  ({file, ok, error, warnings, tables: {name: {columns: [...], foreign_keys: [...], indexes: [...]}}}).
  --serve: also read more file paths from stdin, one per line, answering each as soon as it is read (test harnesses).
exit 0 = all valid, 1 = some invalid, 3 = SQLModel is not installed (run tools/validators/install.sh)

Works with Debian's python3-sqlmodel 0.0.8 (pydantic 1, SQLAlchemy 1.4) and with current SQLModel."""
import importlib.util
import itertools
import json
import os
import sys
import traceback
import warnings

try:
    import sqlmodel
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import configure_mappers
except ImportError as e:  # the harness turns this exit code into an "install the validators" failure
    print(f"SQLModel is not importable by {sys.executable}: {e}. Run tools/validators/install.sh "
          "(Debian: apt-get install -y python3-sqlmodel)", file=sys.stderr)
    sys.exit(3)

CHILD_TIMEOUT_SECONDS = 60


def sqlite_snapshot(conn):
    """What SQLite created, straight from its catalog (not from the Python metadata)."""
    tables = {}
    names = [r[0] for r in conn.exec_driver_sql(
        "select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name")]
    for t in names:
        cols = [{"name": r[1], "type": r[2], "notnull": bool(r[3]), "pk": r[5]}
                for r in conn.exec_driver_sql("select * from pragma_table_info(?)", (t,))]
        fks = {}
        for r in conn.exec_driver_sql("select * from pragma_foreign_key_list(?)", (t,)):
            fk = fks.setdefault(r[0], {"table": r[2], "from": [], "to": [], "on_delete": r[6]})
            fk["from"].append(r[3])
            fk["to"].append(r[4])
        for fk in fks.values():
            if None in fk["to"]:  # REFERENCES t without columns means t's primary key
                pk = sorted((r[5], r[1]) for r in conn.exec_driver_sql("select * from pragma_table_info(?)", (fk["table"],)) if r[5])
                fk["to"] = [name for _, name in pk]
        idx = []
        for r in conn.exec_driver_sql("select name, \"unique\", origin, partial from pragma_index_list(?)", (t,)):
            idx_cols = [c[2] for c in conn.exec_driver_sql("select * from pragma_index_info(?) order by seqno", (r[0],))]
            idx.append({"name": r[0], "unique": bool(r[1]), "origin": r[2], "partial": bool(r[3]), "columns": idx_cols})
        tables[t] = {"columns": cols, "foreign_keys": [fks[k] for k in sorted(fks)], "indexes": idx}
    return tables


def check(path):
    result = {"file": path, "ok": True, "error": None, "warnings": [], "tables": {}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        spec = importlib.util.spec_from_file_location("generated_models", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["generated_models"] = module  # typing.get_type_hints resolves forward references through here
        spec.loader.exec_module(module)
        configure_mappers()  # resolves Relationship/back_populates strings: wrong names surface here
        engine = create_engine("sqlite://")
        event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys=ON"))
        sqlmodel.SQLModel.metadata.create_all(engine)
        with engine.connect() as conn:
            result["tables"] = sqlite_snapshot(conn)
    result["warnings"] = sorted({f"{w.category.__name__}: {w.message}" for w in caught})
    if not result["tables"]:
        result.update(ok=False, error="no table was created (no SQLModel class with table=True?)")
    return result


def check_isolated(path):
    """Run check(path) in a forked child so each module starts from an empty SQLModel registry."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            out = check(path)
        except BaseException as e:  # the exception line first: it is what a failing test shows
            out = {"file": path, "ok": False, "error": f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=8).strip()}",
                   "warnings": [], "tables": {}}
        with os.fdopen(write_fd, "w") as w:
            json.dump(out, w)
        os._exit(0)
    os.close(write_fd)
    import signal
    signal.signal(signal.SIGALRM, lambda *_: os.kill(pid, signal.SIGKILL))
    signal.alarm(CHILD_TIMEOUT_SECONDS)
    with os.fdopen(read_fd) as r:
        data = r.read()
    os.waitpid(pid, 0)
    signal.alarm(0)
    if not data:
        return {"file": path, "ok": False, "error": f"checker died or timed out after {CHILD_TIMEOUT_SECONDS}s",
                "warnings": [], "tables": {}}
    return json.loads(data)


def main(argv):
    as_json = "--json" in argv
    serve = "--serve" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files and not serve:
        print(__doc__, file=sys.stderr)
        return 2
    if serve:
        files = itertools.chain(files, (line.strip() for line in sys.stdin if line.strip()))
    bad = 0
    for path in files:
        r = check_isolated(os.path.abspath(path))
        r["file"] = path
        bad += 0 if r["ok"] else 1
        if as_json:
            print(json.dumps(r), flush=True)
        else:
            for w in r["warnings"]:
                print(f"{path}: warning: {w}", file=sys.stderr)
            print(f"{path}: valid ({len(r['tables'])} tables; sqlmodel {sqlmodel.__version__})" if r["ok"]
                  else f"{path}: INVALID {r['error']}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
