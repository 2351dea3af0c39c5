"""The command line: ask --json, extract --json, ingest, remove, and the console over a pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ask_json_builds_the_database_on_first_use(capsys, db: Path, seeds_dir: Path) -> None:
    code, out, _ = run(capsys, "ask", "--db", str(db), "--corpus", str(seeds_dir), "--json", "/help")
    assert code == 0 and db.exists()
    data = json.loads(out)
    assert data["command"] == "help" and data["documents"] == 2


def test_ask_json_shapes(capsys, db: Path, seeds_dir: Path) -> None:
    base = ("ask", "--db", str(db), "--corpus", str(seeds_dir), "--json")
    who = json.loads(run(capsys, *base, "/who", "Nobody Atall")[1])
    assert who["command"] == "who" and who["query"] == "Nobody Atall" and isinstance(who["matches"], list)
    when = json.loads(run(capsys, *base, "/when", "moon landing")[1])
    assert when["command"] == "when" and isinstance(when["dates"], list)
    quote = json.loads(run(capsys, *base, "/quote", "Nobody")[1])
    assert quote["command"] == "quote" and isinstance(quote["quotes"], list)
    code, out, _ = run(capsys, *base, "/frobnicate")
    assert code == 1 and json.loads(out)["status"] == "error"


def test_extract_json_shape_without_touching_a_database(capsys, tmp_path: Path, seeds_dir: Path) -> None:
    seed = sorted(seeds_dir.iterdir())[0]
    db = tmp_path / "never.db"
    code, out, _ = run(capsys, "extract", str(seed), "--published", "2025-01-28", "--json", "--db", str(db))
    assert code == 0 and not db.exists()
    data = json.loads(out)
    assert data["document"] == seed.name and data["published"] == "2025-01-28"
    for key in ("people", "timexes", "quotes", "amounts"):
        assert isinstance(data[key], list)


def test_extract_bad_input_is_a_clear_error(capsys, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "extract", str(empty))
    assert code == 1 and "empty" in err
    code, _, err = run(capsys, "extract", str(tmp_path / "missing.txt"))
    assert code == 1 and "cannot read" in err
    code, _, err = run(capsys, "extract", str(Path(__file__)), "--published", "not-a-date")
    assert code == 2 and "YYYY-MM-DD" in err


def test_ingest_and_remove(capsys, db: Path, seeds_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "ingest", "--db", str(db), str(seeds_dir))
    assert code == 0 and "2 added" in out
    code, out, _ = run(capsys, "ingest", "--db", str(db), str(seeds_dir))
    assert "2 unchanged" in out
    code, _, err = run(capsys, "ingest", "--db", str(db), str(tmp_path / "nope"))
    assert code == 1 and "no such file" in err
    name = sorted(p.name for p in seeds_dir.iterdir())[0]
    assert run(capsys, "remove", "--db", str(db), name)[0] == 0
    assert run(capsys, "remove", "--db", str(db), name)[0] == 1


def test_sync_without_token_explains_what_to_do(capsys, monkeypatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "")
    code, _, err = run(capsys, "sync")
    assert code == 2 and "DISCORD_TOKEN" in err


def test_console_answers_commands_typed_on_stdin(db: Path, seeds_dir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["DISCORD_TOKEN"] = ""
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--db", str(db), "--corpus", str(seeds_dir)],
        input="/help\n/who Zzyzx Qwerty\n/quit\n", capture_output=True, text=True, timeout=120, cwd=ROOT, env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Factdesk console" in proc.stdout and "2 documents" in proc.stdout
    assert "/who NAME" in proc.stdout and "Nobody called “Zzyzx Qwerty”" in proc.stdout


def test_bench_options_reach_the_benchmark_and_unknown_options_are_refused(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["bench", "--sizes", "5", "--help"])
    assert stop.value.code == 0 and "--sizes" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        main(["ask", "--bogus", "/help"])
    assert stop.value.code == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err


def _unprivileged(argv: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ...` as a user the read-only folder applies to (root writes anywhere: then nobody)."""
    import shutil

    env = {**os.environ, "DISCORD_TOKEN": "", "HOME": "/tmp"}
    prefix: list[str] = []
    kwargs: dict = {}
    if os.geteuid() == 0:
        if setpriv := shutil.which("setpriv"):
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        else:
            kwargs = {"user": 65534, "group": 65534, "extra_groups": []}
    return subprocess.run([*prefix, sys.executable, "-m", "bot", *argv], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, **kwargs)


@pytest.fixture
def read_only_db(seeds_dir: Path):
    import shutil
    import tempfile

    if os.name == "nt":
        pytest.skip("POSIX permissions")
    folder = Path(tempfile.mkdtemp(prefix="factdesk-ro-"))
    try:
        assert main(["ingest", "--db", str(folder / "ro.db"), str(seeds_dir)]) == 0
        (folder / "ro.db").chmod(0o444)
        folder.chmod(0o555)
        try:
            probe = _unprivileged(["--help"])
        except OSError as exc:
            pytest.skip(f"cannot run the project as an unprivileged user here: {exc}")
        if probe.returncode != 0:
            pytest.skip(f"cannot run the project as an unprivileged user here: {probe.stderr[-200:]}")
        yield folder / "ro.db"
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("argv", [["ask", "/help"], ["run"], ["ingest"], ["ask", "--db-new", "/help"]],
                         ids=["ask", "run", "ingest", "ask-new-db"])
def test_a_read_only_database_is_one_clear_line_and_an_exit(read_only_db: Path, seeds_dir: Path,
                                                            argv: list[str]) -> None:
    db = read_only_db.with_name("new.db") if "--db-new" in argv else read_only_db
    argv = [a for a in argv if a != "--db-new"]
    proc = _unprivileged([*argv, "--db", str(db), "--corpus", str(seeds_dir)], timeout=60)  # never a hang
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"cannot write {db}: read-only" in lines[0]


def test_a_closed_pipe_is_not_a_traceback(db: Path, seeds_dir: Path) -> None:
    """`factdesk ask ... | head -1`: the reader leaves early; the writer stops quietly."""
    assert main(["ingest", "--db", str(db), str(seeds_dir)]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--db", str(db), "--corpus", str(seeds_dir), "/help"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the answer is written: the pipe is closed when it is
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err, err


def test_a_bad_file_met_by_eval_is_one_line(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "seeds.gold.json").write_text("{ this is not json")
    monkeypatch.setenv("FACTDESK_SHARED", str(tmp_path))
    code, _, err = run(capsys, "eval", "seeds")
    assert code == 1 and "Traceback" not in err
    [line] = [x for x in err.splitlines() if x.strip()]
    assert line.startswith("factdesk eval: JSONDecodeError:") and "-v" in line


def test_ask_answers_undecodable_arguments(capsys, db: Path, seeds_dir: Path) -> None:
    """On POSIX an undecodable byte in argv arrives as a lone surrogate: answered, and printable."""
    code, out, _ = run(capsys, "ask", "--db", str(db), "--corpus", str(seeds_dir), "/source", "\udcff\udcfe")
    assert code in (0, 1) and out.strip()
    out.encode("utf-8")
    code, out, _ = run(capsys, "ask", "--db", str(db), "--json", "/who", "Zo\udcebe")
    assert json.loads(out)["query"] == "Zo\ufffde"


def test_the_readme_documents_every_command_and_its_security_section_real_settings() -> None:
    import re
    import tomllib

    from bot.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = next(a for a in build_parser()._actions if a.dest == "command").choices
    missing = [c for c in commands if c != "bench" and f"`python -m bot {c}" not in readme]
    assert not missing, f"commands missing from README § The command line: {missing}"
    security = readme.split("## Security", 1)[1].split("\n## ", 1)[0]
    for topic in ("What Factdesk reads", "Who may write", "What it refuses", "Where the token lives", "symbolic link",
                  "Manage Server", "DISCORD_TOKEN"):
        assert topic in security, topic
    config = tomllib.loads((ROOT / "config" / "factdesk.toml").read_text(encoding="utf-8"))
    for section, key in re.findall(r"`(ingest|storage|discord)\.(\w+)", security):
        assert key in config[section], f"README § Security names {section}.{key}, which config/ does not have"
