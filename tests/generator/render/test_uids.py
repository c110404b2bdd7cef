"""dicomodel/uids.py from a small Standard: constants, docstrings, UID_INFO, IOD classes."""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir.standard import Standard
from generator.naming.identifiers import NamingError
from generator.render.uids import render_uids
from tests.generator.render.conftest import uid


def _run(text: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(text, "uids.py", "exec"), namespace)
    return namespace


def test_constants_with_docstrings(standard: Standard) -> None:
    (rendered,) = render_uids(standard)
    assert rendered.path == "dicomodel/uids.py"
    text = rendered.content
    assert 'CTImageStorage: Final[UID] = UID("1.2.840.10008.5.1.4.1.1.2")\n' in text
    assert '"""CT Image Storage (SOP Class, PS3.4). IOD class: CTImage."""' in text
    assert '"""Talairach Brain Atlas Frame of Reference (Well-known Frame of Reference, PS3.6)."""'
    assert "Generated from DICOM 2099a; do not edit." in text
    assert "UIDs without keyword (1 in 2099a)" in text


def test_registry_holds_every_uid_and_the_iod_class(standard: Standard) -> None:
    module = _run(render_uids(standard)[0].content)
    info = module["UID_INFO"]
    assert len(info) == 5
    assert info["1.2.840.10008.5.1.4.1.1.2"].iod_class == "CTImage"
    assert module["iod_class_name"]("1.2.840.10008.5.1.4.1.1.9.1.1") == "TwelveLeadECG"
    assert module["iod_class_name"]("1.2.840.10008.1.2") is None
    assert module["iod_class_name"]("1.2.3") is None
    unnamed = info["1.2.840.10008.5.1.4.1.1.40"]
    assert (unnamed.keyword, unnamed.retired, unnamed.part) == ("", True, "(2015c)")
    assert info["1.2.840.10008.1.2"].value is module["ImplicitVRLittleEndian"]
    assert type(module["CTImageStorage"]).__name__ == "UID"


def test_a_keyword_listed_twice_fails(standard: Standard) -> None:
    twice = standard.model_copy(
        update={"uids": (*standard.uids, uid("1.2.3.4", "Other", "CTImageStorage"))}
    )
    with pytest.raises(NamingError, match="'CTImageStorage' names"):
        render_uids(twice)


def test_a_keyword_that_would_shadow_the_module_fails(standard: Standard) -> None:
    shadow = standard.model_copy(update={"uids": (uid("1.2.3.4", "Info", "UID_INFO"),)})
    with pytest.raises(NamingError, match="'UID_INFO'"):
        render_uids(shadow)
