"""dicomodel/codes/ from a small Standard: CID and scheme modules, the lazy package."""

from __future__ import annotations

from typing import Any

import pytest

from generator.ir.standard import Standard
from generator.naming.identifiers import NamingError
from generator.render.codes import render_codes
from generator.render.files import RenderedFile
from tests.generator.render.conftest import scheme


def _files(standard: Standard) -> dict[str, str]:
    rendered: list[RenderedFile] = render_codes(standard)
    return {file.path.removeprefix("dicomodel/codes/"): file.content for file in rendered}


def _run(text: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(text, "module.py", "exec"), namespace)
    return namespace


def test_one_module_per_cid_and_per_scheme(standard: Standard) -> None:
    modules = [
        "cid2",
        "cid3",
        "cid4",
        "cid5",
        "cid61",
        "scheme_99sdm",
        "scheme_dcm",
        "scheme_rfc_3881",
        "scheme_sct",
        "scheme_srt",
    ]
    expected = [
        "__init__.py",
        "__init__.pyi",
        "groups.py",
        "groups.pyi",
        *(f"{name}{suffix}" for name in modules for suffix in (".py", ".pyi")),
    ]
    assert sorted(_files(standard)) == sorted(expected)


def test_package_stub_declares_every_module_as_a_class(standard: Standard) -> None:
    """One file for checkers: each module an instance of a class of typed constants
    (a class would show jedi's ``mro`` among the codes), keywords aliases."""
    stub = _files(standard)["__init__.pyi"]
    assert "class _cid2:\n" in stub
    assert "cid2: _Final[_cid2]\n" in stub
    assert "    __cid__: _Final[_ContextGroup[_groups.Cid2Code]]\n" in stub
    assert "    MEMBERS:" not in stub
    assert "    Right: _Final[_groups.Cid2Code]\n" in stub
    assert "AnatomicModifier = cid2\n" in stub
    assert '"AnatomicModifier",' in stub
    assert "_Code(" not in stub


def test_stub_has_the_types_only(standard: Standard) -> None:
    """What checkers read: every name of the module, typed, no values, no docstrings."""
    files = _files(standard)
    stub = files["cid2.pyi"]
    assert "Right: _Final[_groups.Cid2Code]\n" in stub
    assert "__cid__: _Final[_ContextGroup[_groups.Cid2Code]]\n" in stub
    # the metadata and MEMBERS are the dunder's: completion lists the codes first
    assert "KEYWORD:" not in stub
    assert "MEMBERS:" not in stub
    assert "_Code(" not in stub
    assert '"""Right' not in stub


def test_cid_module_metadata_members_and_docstrings(standard: Standard) -> None:
    text = _files(standard)["cid2.py"]
    assert text.startswith('"""CID 2 Anatomic Modifier.\n')
    assert "Generated from DICOM 2099a; do not edit." in text
    assert 'KEYWORD: _Final[str | None] = "AnatomicModifier"\n' in text
    assert "EXTENSIBLE: _Final[bool | None] = True\n" in text
    assert 'Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2,))\n' in text
    assert '"""Right (SCT 24028007)."""' in text
    # the retired row (row 1 of the retired table) is left to the scheme module
    assert "G-A100" not in text
    module = _run(text)
    assert [code.value for code in module["MEMBERS"]] == ["24028007", "7771000"]
    assert module["INCLUDES"] == ()


def test_included_members_are_attributes_and_collisions_get_values(standard: Standard) -> None:
    text = _files(standard)["cid3.py"]
    assert "INCLUDES: _Final[tuple[int, ...]] = (2,)\n" in text
    assert '"""Left (SCT 7771000). Included from CID 2."""' in text
    module = _run(text)
    assert module["Axial_24422004"].value == "24422004"
    assert module["Axial_399061009"].meaning == "axial"
    assert [code.value for code in module["MEMBERS"]] == [
        "24422004",
        "399061009",
        "24028007",
        "7771000",
    ]


def test_reserved_names_get_an_underscore(standard: Standard) -> None:
    module = _run(_files(standard)["cid5.py"])
    assert module["URI_"].value == "URI"
    assert module["ConfocalMicroscopy"].cids == (5,)


def test_retired_cid_has_no_type_and_no_members(standard: Standard) -> None:
    module = _run(_files(standard)["cid61.py"])
    assert (module["KEYWORD"], module["EXTENSIBLE"], module["MEMBERS"]) == (None, None, ())
    assert "Retired." in module["__doc__"]


def test_scheme_modules(standard: Standard) -> None:
    files = _files(standard)
    sct = _run(files["scheme_sct.py"])
    assert sct["DESIGNATOR"] == "SCT"
    assert sct["URI"] == "http://snomed.info/sct"
    assert sct["Axial_24422004"].cids == (3, 4)
    assert [code.value for code in sct["MEMBERS"]] == [
        "24422004",
        "399061009",
        "7771000",
        "24028007",
    ]
    assert _run(files["scheme_dcm.py"])["URI_"].meaning == "URI"
    assert _run(files["scheme_srt.py"])["Right"].retired is True
    empty = _run(files["scheme_99sdm.py"])
    assert (empty["MEMBERS"], empty["RETIRED"]) == ((), True)


def test_package_is_lazy_and_typed(standard: Standard) -> None:
    text = _files(standard)["__init__.py"]
    assert "if TYPE_CHECKING:\n" in text
    assert "    from dicomodel.codes import cid2 as AnatomicModifier\n" in text
    assert "    from dicomodel.codes import cid61 as cid61\n" in text
    assert "    from dicomodel.codes import scheme_99sdm as V99SDM\n" in text
    assert "as _99SDM" not in text  # not shown to checkers; at run time only
    assert '"_99SDM": "scheme_99sdm",' in text
    assert "    from dicomodel.codes import scheme_rfc_3881 as RFC_3881\n" in text
    assert '"SCT": "scheme_sct",' in text
    # a keyword two groups share names neither
    assert "as View\n" not in text
    assert "View (CID 3, CID 4)." in text
    module = _run(text)
    assert "AnatomicModifier" in module["__dir__"]()
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        module["__getattr__"]("Nothing")


def test_a_scheme_attribute_meeting_a_cid_keyword_fails(standard: Standard) -> None:
    clash = standard.model_copy(
        update={"coding_schemes": (*standard.coding_schemes, scheme("Modality", "x"))}
    )
    with pytest.raises(NamingError, match="'Modality' would name both"):
        render_codes(clash)
