"""The model renderer on a tiny hand-built PS3.3: names, types, sharing, snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir.base import Origin
from generator.ir.modules import (
    IOD,
    AttributeType,
    AttributeUse,
    FunctionalGroupUse,
    Macro,
    Module,
    ModuleUse,
    Term,
    Usage,
    ValueKind,
    ValueSet,
)
from generator.ir.registry import DataElement
from generator.ir.standard import Standard
from generator.ir.vocabulary import VR
from generator.render.models.plan import plan_models
from generator.render.models.render import render_models
from generator.write.formatting import format_tree

EDITION = "2099a"
SNAPSHOTS = Path(__file__).resolve().parents[2] / "snapshots" / "models"


def _origin(table: str) -> Origin:
    return Origin(part=3, edition=EDITION, table=table)


ELEMENTS = {
    "(0010,0010)": ("PatientName", "PN", "1"),
    "(0008,0008)": ("ImageType", "CS", "2-n"),
    "(0048,0114)": ("ConfocalMode", "CS", "1"),
    "(0008,0060)": ("Modality", "CS", "1"),
    "(0008,1150)": ("ReferencedSOPClassUID", "UI", "1"),
    "(0008,1155)": ("ReferencedSOPInstanceUID", "UI", "1"),
    "(0008,1140)": ("ReferencedImageSequence", "SQ", "1"),
    "(0008,1199)": ("ReferencedSOPSequence", "SQ", "1"),
    "(0028,0030)": ("PixelSpacing", "DS", "2"),
    "(0028,9110)": ("PixelMeasuresSequence", "SQ", "1"),
    "(5200,9229)": ("SharedFunctionalGroupsSequence", "SQ", "1"),
}


def _dictionary() -> tuple[DataElement, ...]:
    return tuple(
        DataElement(
            tag=tag,
            name=keyword,
            keyword=keyword,
            vrs=(VR(vr),),
            vr_text=vr,
            vm=vm,
            retired=False,
            origin=Origin(part=6, edition=EDITION, table="table_6-1"),
        )
        for tag, (keyword, vr, vm) in ELEMENTS.items()
    )


def _use(tag: str, kind: AttributeType, table: str, **more: object) -> AttributeUse:
    keyword = ELEMENTS[tag][0]
    return AttributeUse.model_validate(
        {"keyword": keyword, "name": keyword, "tag": tag, "type": kind, "origin": _origin(table)}
        | more
    )


def _terms(kind: ValueKind, *values: str, index: int | None = None) -> ValueSet:
    return ValueSet(
        kind=kind, value_index=index, terms=tuple(Term(value=v) for v in values), source="t"
    )


def _reference(table: str) -> tuple[AttributeUse, ...]:
    return (
        _use("(0008,1150)", AttributeType.TYPE_1, table),
        _use("(0008,1155)", AttributeType.TYPE_1, table),
    )


def tiny_standard() -> Standard:
    t1 = AttributeType.TYPE_1
    macro = Macro(
        name="Pixel Measures",
        table="table_M-1",
        label="M-1",
        caption="Pixel Measures Macro Attributes",
        section="sect_M",
        attributes=(
            _use("(0028,9110)", t1, "table_M-1", children=(_use("(0028,0030)", t1, "table_M-1"),)),
        ),
        origin=_origin("table_M-1"),
    )
    image = Module(
        name="Tiny Image",
        table="table_T-1",
        label="T-1",
        caption="Tiny Image Module Attributes",
        section="sect_T",
        attributes=(
            _use(
                "(0008,0008)",
                t1,
                "table_T-1",
                enumerated_values=(_terms(ValueKind.ENUMERATED, "ORIGINAL", "DERIVED", index=1),),
            ),
            _use(
                "(0048,0114)",
                t1,
                "table_T-1",
                enumerated_values=(_terms(ValueKind.ENUMERATED, "REFLECTANCE", "FLUORESCENCE"),),
            ),
            _use(
                "(0008,0060)",
                AttributeType.TYPE_3,
                "table_T-1",
                defined_terms=(_terms(ValueKind.DEFINED, "CT", "1.5T"),),
            ),
            _use(
                "(0008,1140)", AttributeType.TYPE_3, "table_T-1", children=_reference("table_T-1")
            ),
            _use(
                "(0008,1199)",
                AttributeType.TYPE_1C,
                "table_T-1",
                children=_reference("table_T-1"),
                condition="Required if there is one.",
            ),
            _use("(5200,9229)", t1, "table_T-1"),
        ),
        origin=_origin("table_T-1"),
    )
    patient = Module(
        name="Tiny Patient",
        table="table_P-1",
        label="P-1",
        caption="Tiny Patient Module Attributes",
        section="sect_P",
        attributes=(_use("(0010,0010)", AttributeType.TYPE_2, "table_P-1"),),
        origin=_origin("table_P-1"),
    )
    iod = IOD(
        name="12-Lead Tiny",
        table="table_A-1",
        label="A-1",
        section="sect_A",
        modules=(
            ModuleUse(
                ie="Patient",
                name="Tiny Patient",
                reference="sect_P",
                module_table="table_P-1",
                usage=Usage.USER_OPTION,
                origin=_origin("table_A-1"),
            ),
            ModuleUse(
                ie="Image",
                name="Tiny Image",
                reference="sect_T",
                module_table="table_T-1",
                usage=Usage.MANDATORY,
                origin=_origin("table_A-1"),
            ),
        ),
        functional_groups=(
            FunctionalGroupUse(
                name="Pixel Measures",
                reference="sect_M",
                macro_table="table_M-1",
                usage=Usage.MANDATORY,
                origin=_origin("table_A-2"),
            ),
        ),
        functional_groups_table="table_A-2",
        origin=_origin("table_A-1"),
    )
    return Standard(
        edition=EDITION,
        data_elements=_dictionary(),
        iods=(iod,),
        modules=(image, patient),
        macros=(macro,),
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    files, report = render_models(tiny_standard())
    assert report == []
    root = tmp_path_factory.mktemp("models")
    for file in files:
        (root / file.path).parent.mkdir(parents=True, exist_ok=True)
        (root / file.path).write_text(file.content)
    format_tree(root)
    return {file.path: (root / file.path).read_text() for file in files}


def test_names_and_files() -> None:
    plan = plan_models(tiny_standard())
    # The functional groups item is importable from dicomodel.iods too.
    assert plan.iods == {
        "TwelveLeadTiny": "dicomodel.iods.m_12_lead_tiny",
        "TwelveLeadTinyFunctionalGroupsItem": "dicomodel.iods.m_12_lead_tiny",
    }
    assert plan.modules == {
        "TinyImageModule": "dicomodel.modules.tiny_image",
        "TinyPatientModule": "dicomodel.modules.tiny_patient",
    }
    assert plan.macros == {"PixelMeasuresMacro": "dicomodel.macros.pixel_measures"}
    assert set(plan.enums) == {"ConfocalMode", "ModalityTerm"}


def test_same_items_share_one_class() -> None:
    plan = plan_models(tiny_standard())
    # ReferencedImageSequence and ReferencedSOPSequence hold the same two attributes.
    assert set(plan.items) == {
        "PixelMeasuresSequenceItem",
        "ReferencedImageSequenceItem",
        "SharedFunctionalGroupsSequenceItem",
    }


def test_rows_seen_again_plan_as_the_first_time() -> None:
    """IODs revisit their modules' rows; the planner plans a row's items once per table
    and repeats the report lines that planning gave, so each visit reports as before."""
    standard = tiny_standard()
    unknown = AttributeUse.model_validate(
        {"keyword": "NotInTheDictionary", "name": "Not In The Dictionary", "tag": "(0009,1001)",
         "type": AttributeType.TYPE_3, "origin": _origin("table_T-1")}
    )  # fmt: skip
    image = standard.modules[0]
    sequence = image.attributes[3].model_copy(
        update={"children": (*image.attributes[3].children, unknown)}
    )
    attributes = (*image.attributes[:3], sequence, *image.attributes[4:])
    image = image.model_copy(update={"attributes": attributes})
    (iod,) = standard.iods
    second = iod.model_copy(update={"name": "Second Tiny", "table": "table_A-9", "label": "A-9"})
    plan = plan_models(
        standard.model_copy(update={"modules": (image, standard.modules[1]), "iods": (iod, second)})
    )
    line = (
        "table_T-1: Not In The Dictionary (0009,1001) has no keyword in the data dictionary; "
        "no field generated"
    )
    # the module, then each of the two IODs that have it
    assert plan.report == [line] * 3
    assert "ReferencedImageSequenceItem" in plan.items
    first = plan.files["dicomodel/iods/m_12_lead_tiny.py"].classes[-1]
    other = plan.files["dicomodel/iods/second_tiny.py"].classes[-1]
    # the same item class and field in both (only the functional groups items differ)
    same = {f.name: f for f in first.fields if f.name != "SharedFunctionalGroupsSequence"}
    assert same == {f.name: f for f in other.fields if f.name != "SharedFunctionalGroupsSequence"}
    assert "list[_ReferencedImageSequenceItem]" in same["ReferencedImageSequence"].annotation


def test_field_types_and_requiredness(rendered: dict[str, str]) -> None:
    module = rendered["dicomodel/modules/tiny_image.py"]
    # Enumerated Values: the enum or its strings (ConfocalModeValue, for checkers).
    assert "ConfocalMode: Annotated[\n        _ConfocalModeValue," in module
    assert "Modality: Annotated[\n        _ModalityTerm | vr.CS | None" in module
    assert "ImageType: Annotated[\n        list[vr.CS]," in module
    assert 'enumerated=((1, ("ORIGINAL", "DERIVED")),)' in module
    assert (
        "ReferencedSOPSequence: Annotated[\n        list[_ReferencedImageSequenceItem] | None"
        in module
    )
    # Item classes and enums are referred to lazily: checkers see the class, the run
    # time a Lazy reference, so importing the module imports neither (issue 16).
    assert (
        "if TYPE_CHECKING:\n    from dicomodel.enums.confocal_mode import ConfocalModeValue as "
        "_ConfocalModeValue\n" in module
    )
    assert (
        '    _ConfocalModeValue = Lazy("dicomodel.enums.confocal_mode", "ConfocalModeValue")'
        in module
    )
    assert '    _ReferencedImageSequenceItem = Lazy(\n        "dicomodel.items.' in module
    assert "\nfrom dicomodel.items" not in module
    assert "\nfrom dicomodel.enums" not in module
    assert "Required if there is one." in module
    iod = rendered["dicomodel/iods/m_12_lead_tiny.py"]
    # Type 2 of a U module is optional in the IOD; Type 1 of an M module stays required.
    assert "PatientName: Annotated[\n        vr.PN | None, Attribute(" in iod
    assert '"2", name="PatientName")\n    ] = None' in iod
    assert "class TwelveLeadTinyFunctionalGroupsItem(DicomModel):" in iod
    assert "list[TwelveLeadTinyFunctionalGroupsItem]" in iod
    enums = rendered["dicomodel/enums/modality.py"]
    assert 'V1_5T = "1.5T"' in enums
    confocal = rendered["dicomodel/enums/confocal_mode.py"]
    assert "ConfocalModeValue: TypeAlias = ConfocalMode | Literal[" in confocal
    assert "    ConfocalModeValue = ConfocalMode\n" in confocal


def test_exports(rendered: dict[str, str]) -> None:
    """Every file offers its classes and enums by keyword."""
    module = rendered["dicomodel/modules/tiny_image.py"]
    assert '"ConfocalMode",' in module  # in __all__, imported for checkers
    assert "from dicomodel.enums.confocal_mode import ConfocalMode as ConfocalMode" in module
    assert '"ReferencedSOPSequenceItem": (' in module  # the alias loads on use


def test_snapshot(rendered: dict[str, str], request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--update-snapshots"):
        for path, text in rendered.items():
            (SNAPSHOTS / path).parent.mkdir(parents=True, exist_ok=True)
            (SNAPSHOTS / path).write_text(text)
    stored = {
        path.relative_to(SNAPSHOTS).as_posix(): path.read_text()
        for path in SNAPSHOTS.rglob("*.py*")
    }
    assert stored == rendered, "rendered models differ from tests/snapshots (--update-snapshots)"
