"""dicomodel/templates/ from a small Standard: TID 8301 as published, and an including TID."""

from __future__ import annotations

from typing import Any

from generator.conditions.template_rows import parse_row_condition
from generator.ir.base import Origin
from generator.ir.standard import Standard
from generator.ir.templates import Binding, Ref, Template, TemplateRow, ValueSet
from generator.render.sr_templates import code_type, render_templates, row_literal
from tests.generator.render.conftest import group

ORIGIN = Origin(part=16, edition="2024c", table="table_TID_8301", section="sect_TID_8301")
USING = Ref(kind="code", strength="DT", value="424361007", scheme="SCT", meaning="Using substance")
# Rows of PS3.16 2024c Table TID 8301, as published.
TID_8301 = Template(
    tid="8301",
    name="Specimen Staining for Cutaneous Confocal Microscopy",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        TemplateRow(
            key="1",
            nesting=0,
            value_type="CODE",
            concept=USING,
            vm_min=1,
            vm_max=None,
            requirement="MC",
            condition=parse_row_condition("IF Row 2 not present"),
            value_set=ValueSet(values=(Ref(kind="cid", strength="D", number="4412"),)),
        ),
        TemplateRow(
            key="2",
            nesting=0,
            value_type="TEXT",
            concept=USING,
            requirement="MC",
            condition=parse_row_condition("IF Row 1 not present"),
        ),
    ),
    origin=ORIGIN,
)
INCLUDING = Template(
    tid="99001",
    name="Stained Specimen",
    extensible=False,
    order_significant=False,
    root=True,
    rows=(
        TemplateRow(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            concept=Ref(kind="cid", strength="D", number="7021"),
            requirement="M",
        ),
        TemplateRow(
            key="2",
            nesting=1,
            relationship="CONTAINS",
            value_type="INCLUDE",
            concept=Ref(kind="tid", strength="D", number="8301"),
            requirement="U",
            value_set=ValueSet(
                bindings=(Binding(parameter="$X", values=(Ref(kind="parameter", value="$Y"),)),)
            ),
        ),
        TemplateRow(
            key="3",
            nesting=1,
            relationship="HAS CONCEPT MOD",
            value_type="NUM",
            concept=Ref(kind="parameter", value="$Measurement"),
            vm_min=1,
            vm_max=None,
            requirement="U",
        ),
    ),
    origin=ORIGIN,
)


def _files() -> dict[str, str]:
    standard = Standard(edition="2024c", templates=(TID_8301, INCLUDING))
    return {
        file.path.removeprefix("dicomodel/templates/"): file.content
        for file in render_templates(standard)
    }


def _run(text: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(text, "module.py", "exec"), namespace)
    return namespace


def test_one_module_per_template_and_a_lazy_package() -> None:
    files = _files()
    assert sorted(files) == ["__init__.py", "tid8301.py", "tid99001.py"]
    assert '"tid8301",' in files["__init__.py"]
    assert files["tid8301.py"].startswith(
        '"""TID 8301 Specimen Staining for Cutaneous Confocal Microscopy.\n\n'
        'Generated from DICOM 2024c; do not edit.\n"""'
    )


def test_rows_render_with_their_conditions_and_value_sets() -> None:
    literal = row_literal(TID_8301.rows[0])
    assert 'concept=Code("SCT", "424361007", "Using substance")' in literal
    assert "required_if=('not', ('row_present', '2'))" in literal
    assert 'values=(("cid", "D", "4412"),)' in literal
    assert "vm_min=1, vm_max=None" in literal


def test_the_generated_classes_are_typed_by_value_type_and_vm() -> None:
    namespace = _run(_files()["tid8301.py"])
    cls = namespace["SpecimenStainingForCutaneousConfocalMicroscopy"]
    assert cls.__annotations__ == {
        "TEMPLATE": "ClassVar[TemplateDef]",
        "ROW": "ClassVar[str | None]",
        "using_substance": "list[Code]",
        "using_substance_row_2": "str | None",
    }
    assert namespace["TEMPLATE"].row("2").required_if == ("not", ("row_present", "1"))
    including = _files()["tid99001.py"]
    assert "from dicomodel.templates import tid8301" in including
    assert "tid8301.SpecimenStainingForCutaneousConfocalMicroscopy | None" in including
    assert "measurement: list[Named[Num]]" in including
    assert "    concept: Code\n" in including  # DCID 7021: the root's concept name varies
    assert 'bindings=(("$X", (("parameter", "$Y"),)),)' in including


def test_a_code_from_a_defined_group_takes_the_group_type() -> None:
    """PS3.3 Table 5.6-1: DCID "shall be used", BCID "may be used" (any code besides)."""
    groups = tuple(group(cid, f"Group {cid}", None, (), ()) for cid in (4412, 7021))
    standard = Standard(edition="2024c", templates=(TID_8301, INCLUDING), context_groups=groups)
    files = {f.path: f.content for f in render_templates(standard)}
    stained = files["dicomodel/templates/tid8301.py"]
    assert "from dicomodel.codes import groups\n" in stained
    assert "using_substance: list[groups.Cid4412Code]" in stained
    assert "    concept: groups.Cid7021Code\n" in files["dicomodel/templates/tid99001.py"]
    refs = (Ref(kind="cid", strength="B", number="4412"),)
    assert code_type(refs, frozenset({"4412"})) == "groups.Cid4412Code | Code"
    assert code_type(refs, frozenset()) is None  # a group this build lacks: any code
    enumerated = (Ref(kind="code", strength="EV", value="1", scheme="DCM", meaning="x"),)
    assert code_type(enumerated, frozenset({"4412"})) is None


def test_a_module_imports_only_what_it_uses() -> None:
    """pyright's strict mode takes an unused import for an error."""
    stained = _files()["tid8301.py"]
    assert "from dicomodel.sr.parts import TemplatePart, no_items\n" in stained
    assert "ContentItem" not in stained
    assert "Named" not in stained
    assert "TYPE_CHECKING" not in stained  # it includes no template
    assert "default_factory=no_items" in stained
    including = _files()["tid99001.py"]
    assert "from typing import TYPE_CHECKING, ClassVar, Final\n" in including
    assert "from dicomodel.sr.content import Num\n" in including
