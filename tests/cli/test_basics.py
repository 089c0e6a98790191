import subprocess
import sys

from studio import __version__


def run_cli(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_unknown_subcommand_is_usage_error():
    result = run_cli("no-such-command")
    assert result.returncode == 2
