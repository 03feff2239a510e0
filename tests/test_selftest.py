"""``curator --self-test`` proves an installation works, and says what does not."""

import subprocess
import sys

from curator.selftest import Steps


def test_self_test_passes_and_leaves_no_trace(tmp_path):
    config = tmp_path / "config"
    env = {**__import__("os").environ, "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("CURATOR_CONFIG_DIR", None)
    result = subprocess.run([sys.executable, "-m", "curator", "--self-test"], capture_output=True, text=True,
                            timeout=180, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    assert sum(line.startswith("ok ") for line in lines) == 11
    assert "propagateSizeHints" not in result.stdout + result.stderr
    assert not config.exists() or not any(config.rglob("*"))  # no recent project, no window layout


def test_a_failing_step_is_reported_and_counted():
    said = []
    steps = Steps(said.append)
    steps.run("works", lambda: "fine")
    steps.run("breaks", lambda: 1 / 0)
    assert steps.failed == 1
    assert said[0] == "ok      works (fine)"
    assert said[1] == "FAILED  breaks: ZeroDivisionError: division by zero"
