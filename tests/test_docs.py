"""The README documents every setting and gives the test command CI runs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.env)
def test_every_setting_is_documented(setting):
    assert f"`{setting.env}`" in README


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", README)
    assert len(commands) == 2, "the README must open with its two commands"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
