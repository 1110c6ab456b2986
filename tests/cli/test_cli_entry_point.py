"""The real console entry point, in a child process: init, then list."""

import os
import subprocess
import sys


def xhht(*args, cwd):
    env = {**os.environ, "XHHT_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-m", "xhht_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_init_and_list_through_the_entry_point(tmp_path):
    data = tmp_path / "data"
    # With codes, so the bundled list of administrative units is read too.
    init = xhht(
        "init",
        "--data-dir",
        data,
        "--province",
        "79",
        "--commune",
        "26743",
        "--name",
        "Chi hội Khu phố 3",
        cwd=tmp_path,
    )
    assert init.returncode == 0, init.stderr
    assert init.stdout == f"26743-CHI-HOI-KHU-PHO-3\tChi hội Khu phố 3\t{data / 'xhht.sqlite3'}\n"
    listed = xhht("households", "list", "--data-dir", data, "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"
    again = xhht("init", "--data-dir", data, cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() == "This database is already set up. Change it in Settings."


def test_the_command_line_never_loads_qt(tmp_path):
    code = (
        "import sys\n"
        "from xhht_desktop.cli import main\n"
        f"rc = main(['init', '--data-dir', {str(tmp_path)!r}])\n"
        f"rc |= main(['households', 'list', '--data-dir', {str(tmp_path)!r}])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
