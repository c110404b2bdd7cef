"""The checker stubs written from model specs: references into the package stubs,
code sequence descriptors, imports of what is used, one name per class."""

from __future__ import annotations

import ast

import pytest

from generator.errors import GeneratorError
from generator.ir.standard import Standard
from generator.naming.literals import docstring
from generator.render.files import RenderedFile, render
from generator.render.models.specs import (
    ClassSpec,
    ClassVarSpec,
    EnumMember,
    EnumSpec,
    FieldSpec,
    ModuleFile,
)
from generator.render.stubs import model_stubs

STANDARD = Standard(edition="2099a")  # the template header reads its edition
CODE_ITEM = ("dicomodel.items.code_sequence_item", "CodeSequenceItem")
CONCEPT_ITEM = ("dicomodel.items.concept_item", "ConceptItem")
MODALITY = ("dicomodel.enums.modality", "ModalityValue")
CONCEPT_PATH = "dicomodel/items/concept_item.py"


def _field(name: str, value_type: str, **more: object) -> FieldSpec:
    spec: dict[str, object] = {"required": False, "nullable": True, **more}
    return FieldSpec(
        name=name,
        annotation=f"Annotated[{value_type}, Attribute()]",  # the .py's; not the stub's
        doc=docstring(f"{name}: a 'field' with \"quotes\"."),
        value_type=value_type,
        **spec,  # type: ignore[arg-type]
    )


def _class(name: str, fields: tuple[FieldSpec, ...], **more: object) -> ClassSpec:
    return ClassSpec(
        name=name,
        doc=docstring(f"The {name}."),
        dicom_name=name,
        dicom_table=f"table_{name}",
        fields=fields,
        **more,  # type: ignore[arg-type]
    )


def _files() -> dict[str, ModuleFile]:
    code_item = _class(
        "CodeSequenceItem",
        (_field("CodeValue", "vr.SH"),),
        base="CodedItem",
        extra_imports=frozenset({("dicomodel.coded_item", "CodedItem")}),
    )
    concept_item = _class(
        "ConceptItem",
        (
            _field(
                "ConceptCodeSequence",
                "list[_CodeSequenceItem]",
                lazy=frozenset({CODE_ITEM}),
                item="CodeSequenceItem",
            ),
        ),
        open=True,
    )
    modality = EnumSpec(
        name="Modality",
        doc=docstring("Enumerated Values of Modality."),
        closed=True,
        members=(EnumMember("CT", "CT", "Computed  Tomography"), EnumMember("MR", "MR", "")),
    )
    tiny = _class(
        "Tiny",
        (
            _field(
                "Modality",
                "_ModalityValue",
                required=True,
                nullable=False,
                lazy=frozenset({MODALITY}),
                exports=frozenset({(0, "Modality", MODALITY[0], "Modality")}),
            ),
            _field(
                "Concepts",
                "list[_CodeSequenceItem]",
                required=True,
                nullable=False,
                lazy=frozenset({CODE_ITEM}),
                item="CodeSequenceItem",
            ),
            _field(
                "Things", "list[_ConceptItem]", lazy=frozenset({CONCEPT_ITEM}), item="ConceptItem"
            ),
        ),
        class_vars=(ClassVarSpec("dicom_modules", "ClassVar[tuple[ModuleUsage, ...]]", "()"),),
        extra_imports=frozenset({("dicomodel.model", "ModuleUsage")}),
    )
    files = [
        ModuleFile("dicomodel/items/code_sequence_item.py", "Item class.", [code_item]),
        ModuleFile("dicomodel/items/concept_item.py", "Item class.", [concept_item]),
        ModuleFile("dicomodel/enums/modality.py", "Values of Modality.", enums=[modality]),
        ModuleFile("dicomodel/iods/tiny.py", "Tiny IOD.", [tiny]),
    ]
    return {file.path: file for file in files}


def _packages(files: dict[str, ModuleFile]) -> dict[str, RenderedFile]:
    packages: dict[str, RenderedFile] = {}
    for kind in ("items", "enums", "iods"):
        names = sorted(
            (name, path.removesuffix(".py").replace("/", "."))
            for path, file in files.items()
            if path.startswith(f"dicomodel/{kind}/")
            for name in [spec.name for spec in file.classes] + [spec.name for spec in file.enums]
        )
        packages[kind] = render(
            f"dicomodel/{kind}/__init__.py.jinja2",
            standard=STANDARD,
            doc=f"The {kind}.",
            names=names,
            aliases=[],
            public=[name for name, _ in names],
            sop_classes=[("1.2.3", "Tiny")] if kind == "iods" else None,
        )
    return packages


@pytest.fixture(scope="module")
def stubs() -> dict[str, str]:
    files = _files()
    aliases = {"ConceptCodeSequenceItem": "CodeSequenceItem"}
    found = model_stubs(files, _packages(files), aliases, STANDARD)
    return {stub.path: stub.content for stub in found}


def test_every_stub_is_python(stubs: dict[str, str]) -> None:
    assert sorted(stubs) == [
        "dicomodel/enums/__init__.pyi",
        "dicomodel/enums/modality.pyi",
        "dicomodel/iods/__init__.pyi",
        "dicomodel/iods/tiny.pyi",
        "dicomodel/items/__init__.pyi",
        "dicomodel/items/code_sequence_item.pyi",
        "dicomodel/items/concept_item.pyi",
    ]
    for text in stubs.values():
        ast.parse(text)


def test_iod_fields_refer_into_the_other_package_stubs(stubs: dict[str, str]) -> None:
    lines = stubs["dicomodel/iods/__init__.pyi"].splitlines()
    assert "    Modality: _enums.ModalityValue" in lines  # required: no default
    assert "    Concepts: _RequiredCodeSequence[_items.CodeSequenceItem]" in lines
    assert "    Things: list[_items.ConceptItem] | None = None" in lines  # not coded
    assert "    dicom_modules: ClassVar[tuple[ModuleUsage, ...]]" in lines  # no value
    assert """    'Modality: a \\'field\\' with "quotes".'""" in lines  # a field's docstring
    assert "def for_sop_class(uid: str) -> type[DicomModel]:" in lines
    imports = [line for line in lines if line.startswith("from ")]
    assert imports == [
        "from dicomodel.model import DicomModel, ModuleUsage",
        "from typing import ClassVar",
        "from dicomodel import items as _items, enums as _enums",  # ruff sorts them
        "from dicomodel.coded_item import RequiredCodeSequence as _RequiredCodeSequence",
    ]


def test_items_refer_to_their_own_package_by_name(stubs: dict[str, str]) -> None:
    text = stubs["dicomodel/items/__init__.pyi"]
    lines = text.splitlines()
    assert "class CodeSequenceItem(CodedItem):" in lines
    assert "    ConceptCodeSequence: _CodeSequence[CodeSequenceItem] = ..." in lines
    assert "    model_config = ConfigDict(extra='allow')" in lines
    assert "ConceptCodeSequenceItem = CodeSequenceItem" in lines  # an item alias
    assert "_items." not in text
    assert "from dicomodel.coded_item import CodeSequence as _CodeSequence" in lines
    assert "from dicomodel import enums" not in text  # not used here


def test_enums_stub(stubs: dict[str, str]) -> None:
    lines = stubs["dicomodel/enums/__init__.pyi"].splitlines()
    assert lines[lines.index("class Modality(StrEnum):") :][:6] == [
        "class Modality(StrEnum):",
        '    """Enumerated Values of Modality."""',
        "    CT = 'CT'",
        "    'Computed Tomography'",  # the meaning, whitespace collapsed as in the .py
        "    MR = 'MR'",
        "ModalityValue: TypeAlias = Modality | Literal['CT', 'MR']",
    ]
    imports = [line for line in lines if line.startswith("from ")]
    assert imports == ["from enum import StrEnum", "from typing import Literal, TypeAlias"]


def test_module_stub_re_exports_from_the_package_stubs(stubs: dict[str, str]) -> None:
    assert stubs["dicomodel/iods/tiny.pyi"] == (
        '"""Tiny IOD.\n\nGenerated from DICOM 2099a; do not edit."""\n'
        "from dicomodel.enums import Modality as Modality\n"
        "from dicomodel.iods import Tiny as Tiny\n"
        "__all__ = ['Modality', 'Tiny']\n"
    )


def test_two_modules_defining_one_name_fail() -> None:
    files = _files()
    twin = ModuleFile("dicomodel/items/twin.py", "Item class.", list(files[CONCEPT_PATH].classes))
    files[twin.path] = twin
    with pytest.raises(GeneratorError, match="two modules define ConceptItem"):
        model_stubs(files, _packages(files), {}, STANDARD)
