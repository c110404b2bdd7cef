"""TID 3908 Vascular Lesion.

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
    from dicomodel.templates import (
        tid300,
        tid3909,
        tid3911,
        tid3912,
        tid3913,
        tid3914,
        tid3915,
        tid3916,
    )

__all__ = [
    "TEMPLATE",
    "VascularLesion",
    "VascularLesionRelativePosition",
    "VascularLesionAssociatedMorphology",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3908",
    name="Vascular Lesion",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "300577008", "Lesion Finding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121151", "Lesion Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122337", "Relative Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122340", "Fiducial Feature"),
            values=(("cid", "D", "3837"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Lumen Diameter"),)),
                ("$Derivation", (("cid", "D", "3838"),)),
                ("$FindingSite", (("cid", "D", "3486"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "397415007", "SCT", "Vessel Lumen Cross-Sectional Area"),),
                ),
                ("$Derivation", (("cid", "D", "3838"),)),
                ("$FindingSite", (("cid", "D", "3486"),)),
                ("$Units", (("code", "DT", "mm2", "UCUM", "mm2"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3810"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            include="3909",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "121106", "Comment"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            include="3911",
            condition='IFF value of Row 9 = (1522000, SCT, "Plaque")',
            condition_status="parsed",
            required_if=("row_code", "9", (("1522000", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("1522000", "SCT"),))),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            include="3912",
            condition='IFF value of Row 9 = (415582006, SCT, "Stenosis")',
            condition_status="parsed",
            required_if=("row_code", "9", (("415582006", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("415582006", "SCT"),))),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            include="3913",
            condition='IFF value of Row 9 = (85659009, SCT, "Aneurysm")',
            condition_status="parsed",
            required_if=("row_code", "9", (("85659009", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("85659009", "SCT"),))),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            include="3914",
            condition='IFF value of Row 9 = (710864009, SCT, "Arterial Dissection")',
            condition_status="parsed",
            required_if=("row_code", "9", (("710864009", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("710864009", "SCT"),))),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="MC",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            condition='IFF value of Row 9 = (107671003, SCT, "Vascular Sclerosis")',
            condition_status="parsed",
            required_if=("row_code", "9", (("107671003", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("107671003", "SCT"),))),
            values=(("cid", "D", "3817"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            include="3915",
            condition='IFF value of Row 9 = (26036001, SCT, "Occlusion")',
            condition_status="parsed",
            required_if=("row_code", "9", (("26036001", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("26036001", "SCT"),))),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            include="3916",
            condition='IFF value of Row 9 = (65818007, SCT, "Stent")',
            condition_status="parsed",
            required_if=("row_code", "9", (("65818007", "SCT"),)),
            forbidden_if=("not", ("row_code", "9", (("65818007", "SCT"),))),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularLesion(TemplatePart):
    """TID 3908 Vascular Lesion."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    lesion_identifier: str = field(metadata={"row": "2"})
    """Row 2: TEXT EV (121151, DCM, \"Lesion Identifier\"), VM 1, M"""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3909, VM 1-n, U"""

    comment: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT EV (121106, DCM, \"Comment\"), VM 1-n, U"""

    relative_position: VascularLesionRelativePosition | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: NUM EV (122337, DCM, \"Relative Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_8: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 300, VM 1-n, U"""

    associated_morphology: list[VascularLesionAssociatedMorphology] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, M; values DCID 3810"""


@dataclass(kw_only=True)
class VascularLesionRelativePosition(TemplatePart):
    """Row 5 of TID 3908."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    value: Num
    """The value of row 5 (NUM)."""

    fiducial_feature: groups.Cid3837Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (122340, DCM, \"Fiducial Feature\"), VM 1, M; values DCID 3837"""


@dataclass(kw_only=True)
class VascularLesionAssociatedMorphology(TemplatePart):
    """Row 9 of TID 3908."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: groups.Cid3810Code
    """The value of row 9 (CODE)."""

    best_illustration_of_findings: list[tid3909.BestIllustrationOfFindings] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3909, VM 1-n, U"""

    comment: list[str] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: TEXT EV (121106, DCM, \"Comment\"), VM 1-n, U"""

    plaque_properties: tid3911.PlaqueProperties | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 3911, VM 1, MC: IFF value of Row 9 = (1522000, SCT, \"Plaque\")"""

    stenosis_properties: tid3912.StenosisProperties | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3912, VM 1, MC: IFF value of Row 9 = (415582006, SCT, \"Stenosis\")"""

    aneurysm_properties: tid3913.AneurysmProperties | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3913, VM 1, MC: IFF value of Row 9 = (85659009, SCT, \"Aneurysm\")"""

    arterial_dissection_properties: tid3914.ArterialDissectionProperties | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 3914, VM 1, MC: IFF value of Row 9 = (710864009, SCT, \"Arterial Dissection\")"""

    associated_morphology: groups.Cid3817Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, MC: IFF value of Row 9 = (107671003, SCT, \"Vascular Sclerosis\"); values DCID 3817"""

    vascular_occlusion_properties: tid3915.VascularOcclusionProperties | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 3915, VM 1, MC: IFF value of Row 9 = (26036001, SCT, \"Occlusion\")"""

    stent_properties: tid3916.StentProperties | None = field(default=None, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 3916, VM 1, MC: IFF value of Row 9 = (65818007, SCT, \"Stent\")"""
