"""TID 3307 NM/PET Perfusion Measurement Group.

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
    from dicomodel.templates import tid300, tid5204

__all__ = [
    "TEMPLATE",
    "NMPETPerfusionMeasurementGroup",
    "NMPETPerfusionMeasurementGroupAttenuationCorrection",
    "NMPETPerfusionMeasurementGroupFinding",
    "NMPETPerfusionMeasurementGroupLeftVentricularFunction",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3307",
    name="NM/PET Perfusion Measurement Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "3108"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "349358000", "Radiopharmaceutical agent"),
            values=(("cid", "D", "3111"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "123006", "Radionuclide Total Dose"),
            values=(("cid", "D", "3083"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "123003", "Radiopharmaceutical Start DateTime"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122711", "Exercise duration after stress agent injection"),
            units=(("code", "DT", "min", "UCUM", "min"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122712", "Imaging Start DateTime"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122713", "Attenuation correction"),
            values=(("cid", "B", "3112"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111001", "Algorithm Name"),
            values=(("cid", "B", "3117"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3113"),),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("cid", "B", "3717"),),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112025", "Size Descriptor"),
            values=(("cid", "B", "252"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "B", "3716"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250907009", "Left Ventricular Function"),
            values=(("cid", "B", "3119"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "B", "3716"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "10230-1", "LN", "LV Ejection Fraction"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
                ("$Derivation", (("code", "DT", "258090004", "SCT", "Calculated"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250924003", "Left Ventricular Size"),
            values=(("cid", "B", "3122"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8821-1", "LN", "Left Ventricular ED Volume"),)),
                ("$Units", (("code", "EV", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8823-7", "LN", "Left Ventricular ES Volume"),)),
                ("$Units", (("code", "EV", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5204",
            bindings=(("$Procedure", (("cid", "D", "3108"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class NMPETPerfusionMeasurementGroup(TemplatePart):
    """TID 3307 NM/PET Perfusion Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: groups.Cid3108Code | Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values BCID 3108"""

    radiopharmaceutical_agent: groups.Cid3111Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (349358000, SCT, \"Radiopharmaceutical agent\"), VM 1, M; values DCID 3111"""

    radionuclide_total_dose: Num = field(metadata={"row": "4"})
    """Row 4: NUM EV (123006, DCM, \"Radionuclide Total Dose\"), VM 1, M; values DCID 3083"""

    radiopharmaceutical_start_datetime: str = field(metadata={"row": "5"})
    """Row 5: DATETIME EV (123003, DCM, \"Radiopharmaceutical Start DateTime\"), VM 1, M"""

    exercise_duration_after_stress_agent_injection: Num | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: NUM DT (122711, DCM, \"Exercise duration after stress agent injection\"), VM 1, U; units DT (min, UCUM, \"min\")"""

    imaging_start_datetime: str = field(metadata={"row": "7"})
    """Row 7: DATETIME EV (122712, DCM, \"Imaging Start DateTime\"), VM 1, M"""

    attenuation_correction: NMPETPerfusionMeasurementGroupAttenuationCorrection | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (122713, DCM, \"Attenuation correction\"), VM 1, U; values BCID 3112"""

    finding: list[NMPETPerfusionMeasurementGroupFinding] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values BCID 3113"""

    left_ventricular_function: NMPETPerfusionMeasurementGroupLeftVentricularFunction | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: CODE EV (250907009, SCT, \"Left Ventricular Function\"), VM 1, U; values BCID 3119"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 300, VM 1, U"""

    left_ventricular_size: groups.Cid3122Code | Code | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CODE EV (250924003, SCT, \"Left Ventricular Size\"), VM 1, U; values BCID 3122"""

    measurement_row_18: tid300.Measurement | None = field(default=None, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 300, VM 1, U"""

    measurement_row_19: tid300.Measurement | None = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 300, VM 1, U"""

    wall_motion_analysis: tid5204.WallMotionAnalysis | None = field(
        default=None, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 5204, VM 1, U"""


@dataclass(kw_only=True)
class NMPETPerfusionMeasurementGroupAttenuationCorrection(TemplatePart):
    """Row 8 of TID 3307."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid3112Code | Code
    """The value of row 8 (CODE)."""

    algorithm_name: groups.Cid3117Code | Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (111001, DCM, \"Algorithm Name\"), VM 1, U; values BCID 3117"""


@dataclass(kw_only=True)
class NMPETPerfusionMeasurementGroupFinding(TemplatePart):
    """Row 10 of TID 3307."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: groups.Cid3113Code | Code
    """The value of row 10 (CODE)."""

    finding_site: groups.Cid3717Code | Code = field(metadata={"row": "11"})
    """Row 11: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values BCID 3717"""

    size_descriptor: groups.Cid252Code | Code = field(metadata={"row": "12"})
    """Row 12: CODE EV (112025, DCM, \"Size Descriptor\"), VM 1, M; values BCID 252"""

    severity: groups.Cid3716Code | Code = field(metadata={"row": "13"})
    """Row 13: CODE EV (246112005, SCT, \"Severity\"), VM 1, M; values BCID 3716"""


@dataclass(kw_only=True)
class NMPETPerfusionMeasurementGroupLeftVentricularFunction(TemplatePart):
    """Row 14 of TID 3307."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: groups.Cid3119Code | Code
    """The value of row 14 (CODE)."""

    severity: groups.Cid3716Code | Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values BCID 3716"""
