"""TID 4128 Colon CAD Descriptors.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1400, tid1401, tid1402, tid1406

__all__ = [
    "TEMPLATE",
    "ColonCADDescriptors",
    "ColonCADDescriptorsCid6141",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4128",
    name="Colon CAD Descriptors",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6209"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "D", "6210"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "111014", "Clockface or region"),
            values=(("cid", "D", "6205"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "6212"),)),
                ("$Derivation", (("cid", "D", "6140"),)),
                (
                    "$DerivationParameter",
                    (("code", "EV", "112032", "DCM", "Threshold Attenuation Coefficient"),),
                ),
                (
                    "$DerivationParameterUnits",
                    (("code", "EV", "[hnsf'U]", "UCUM", "Hounsfield unit"),),
                ),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1400",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1401",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1402",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="1406",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "6141"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "[hnsf'U]", "UCUM", "Hounsfield unit"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112009", "Type of Content"),
            values=(("cid", "D", "6211"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ColonCADDescriptors(TemplatePart):
    """TID 4128 Colon CAD Descriptors."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    associated_morphology: list[groups.Cid6209Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, U; values DCID 6209"""

    finding_site: groups.Cid6210Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, U; values DCID 6210"""

    clockface_or_region: groups.Cid6205Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (111014, DCM, \"Clockface or region\"), VM 1, U; values DCID 6205"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1-n, U"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1400, VM 1-n, U"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 1401, VM 1-n, U"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 1402, VM 1-n, U"""

    three_dimensional_linear_measurement: list[tid1406.ThreeDimensionalLinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 1406, VM 1-n, U"""

    cid_6141: list[ColonCADDescriptorsCid6141] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: NUM DCID 6141, VM 1-n, U; units EV ([hnsf'U], UCUM, \"Hounsfield unit\")"""


@dataclass(kw_only=True)
class ColonCADDescriptorsCid6141(TemplatePart):
    """Row 9 of TID 4128."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    concept: groups.Cid6141Code
    """The concept name of row 9."""

    value: Num
    """The value of row 9 (NUM)."""

    type_of_content: groups.Cid6211Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (112009, DCM, \"Type of Content\"), VM 1, U; values DCID 6211"""
