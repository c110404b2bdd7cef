"""Output paths: template path minus .jinja2, placeholders filled for many-file templates."""

from __future__ import annotations

import pytest

from generator.render.files import output_path


def test_a_plain_template_writes_its_own_path() -> None:
    assert output_path("dicomodel/uids.py.jinja2") == "dicomodel/uids.py"


def test_placeholders_name_the_output_of_a_many_file_template() -> None:
    assert output_path("dicomodel/codes/cid{cid}.py.jinja2", {"cid": 4410}) == (
        "dicomodel/codes/cid4410.py"
    )
    assert output_path("dicomodel/codes/scheme_{name}.py.jinja2", {"name": "sct"}) == (
        "dicomodel/codes/scheme_sct.py"
    )


@pytest.mark.parametrize(
    ("template", "fields", "message"),
    [
        ("dicomodel/uids.py", None, "must end in .jinja2"),
        ("dicomodel/codes/cid{cid}.py.jinja2", None, "cannot fill its path"),
        ("dicomodel/codes/cid{cid}.py.jinja2", {"number": 1}, "cannot fill its path"),
        ("dicomodel/uids.py.jinja2", {"cid": 1}, "has no placeholder"),
    ],
)
def test_bad_paths_are_refused(template: str, fields: dict[str, int] | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        output_path(template, fields)
