"""TID 4206 Breast Imaging Report Finding Section.

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
    from dicomodel.templates import tid350, tid1002, tid1400, tid1401, tid1402, tid4201, tid4203

__all__ = [
    "TEMPLATE",
    "BreastImagingReportFindingSection",
    "BreastImagingReportFindingSectionFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4206",
    name="Breast Imaging Report Finding Section",
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
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4201",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6054"),),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111405", "Implant type"),
            vm_min=1,
            vm_max=None,
            condition='May be present if value of Row 4 = (40388003, SCT, "Implant")',
            condition_status="parsed",
            required_if=("row_code", "4", (("40388003", "SCT"),)),
            values=(("cid", "D", "6059"),),
        ),
        RowDef(
            key="5b",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="4203",
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111014", "Clockface or region"),
            values=(("cid", "D", "6018"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111048", "Quadrant location"),
            values=(("cid", "D", "6020"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1400",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1401",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="1402",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111020", "Depth"),
            values=(("cid", "D", "6024"),),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111035", "Lesion Density"),
            values=(("cid", "D", "6008"),),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "107644003", "Shape"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6004"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111037", "Margins"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6006"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111009", "Calcification Type"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6010"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111008", "Calcification Distribution"),
            values=(("cid", "D", "6012"),),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111038", "Number of calcifications"),
            units=(("code", "EV", "{calcifications}", "UCUM", "calcifications"),),
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111407", "Implant finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6072"),),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246090004", "Associated Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6056"),),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111406", "Number of similar findings"),
            units=(("code", "EV", "{findings}", "UCUM", "findings"),),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "129720009", "Change since last mammogram"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6002"),),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111354", "Orientation"),
            values=(("cid", "D", "6152"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111357", "Lesion boundary"),
            values=(("cid", "D", "6153"),),
        ),
        RowDef(
            key="25",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111360", "Echo pattern"),
            values=(("cid", "D", "6154"),),
        ),
        RowDef(
            key="26",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111366", "Posterior acoustic features"),
            values=(("cid", "D", "6155"),),
        ),
        RowDef(
            key="27",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111371", "Identifiable effect on surrounding tissues"),
            values=(("cid", "D", "6015"),),
        ),
        RowDef(
            key="28",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111372", "Vascularity"),
            values=(("cid", "D", "6157"),),
        ),
        RowDef(
            key="29",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111380", "Correlation to Other Findings"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6158"),),
        ),
        RowDef(
            key="30",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="350",
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingReportFindingSection(TemplatePart):
    """TID 4206 Breast Imaging Report Finding Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1002, VM 1-n, U"""

    breast_imaging_procedure_reported: tid4201.BreastImagingProcedureReported = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4201, VM 1, M"""

    finding: list[BreastImagingReportFindingSectionFinding] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (121071, DCM, \"Finding\"), VM 1-n, M; values DCID 6054"""


@dataclass(kw_only=True)
class BreastImagingReportFindingSectionFinding(TemplatePart):
    """Row 4 of TID 4206."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid6054Code
    """The value of row 4 (CODE)."""

    implant_type: list[groups.Cid6059Code] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: CODE EV (111405, DCM, \"Implant type\"), VM 1-n, UC: May be present if value of Row 4 = (40388003, SCT, \"Implant\"); values DCID 6059"""

    laterality: groups.Cid6022Code | None = field(default=None, metadata={"row": "5b"})
    """Row 5b: CODE EV (272741003, SCT, \"Laterality\"), VM 1, U; values DCID 6022"""

    breast_imaging_assessment: tid4203.BreastImagingAssessment | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4203, VM 1, U"""

    clockface_or_region: groups.Cid6018Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (111014, DCM, \"Clockface or region\"), VM 1, U; values DCID 6018"""

    quadrant_location: groups.Cid6020Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (111048, DCM, \"Quadrant location\"), VM 1, U; values DCID 6020"""

    linear_measurement: list[tid1400.LinearMeasurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 1400, VM 1-n, U"""

    area_measurement: list[tid1401.AreaMeasurement] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 1401, VM 1-n, U"""

    volume_measurement: list[tid1402.VolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 1402, VM 1-n, U"""

    depth: groups.Cid6024Code | None = field(default=None, metadata={"row": "12"})
    """Row 12: CODE EV (111020, DCM, \"Depth\"), VM 1, U; values DCID 6024"""

    lesion_density: groups.Cid6008Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (111035, DCM, \"Lesion Density\"), VM 1, U; values DCID 6008"""

    shape: list[groups.Cid6004Code] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: CODE EV (107644003, SCT, \"Shape\"), VM 1-n, U; values DCID 6004"""

    margins: list[groups.Cid6006Code] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: CODE EV (111037, DCM, \"Margins\"), VM 1-n, U; values DCID 6006"""

    calcification_type: list[groups.Cid6010Code] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: CODE EV (111009, DCM, \"Calcification Type\"), VM 1-n, U; values DCID 6010"""

    calcification_distribution: groups.Cid6012Code | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CODE EV (111008, DCM, \"Calcification Distribution\"), VM 1, U; values DCID 6012"""

    number_of_calcifications: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (111038, DCM, \"Number of calcifications\"), VM 1, U; units EV ({calcifications}, UCUM, \"calcifications\")"""

    implant_finding: list[groups.Cid6072Code] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: CODE EV (111407, DCM, \"Implant finding\"), VM 1-n, U; values DCID 6072"""

    associated_finding: list[groups.Cid6056Code] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: CODE EV (246090004, SCT, \"Associated Finding\"), VM 1-n, U; values DCID 6056"""

    number_of_similar_findings: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM EV (111406, DCM, \"Number of similar findings\"), VM 1, U; units EV ({findings}, UCUM, \"findings\")"""

    change_since_last_mammogram: list[groups.Cid6002Code] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: CODE EV (129720009, SCT, \"Change since last mammogram\"), VM 1-n, U; values DCID 6002"""

    orientation: groups.Cid6152Code | None = field(default=None, metadata={"row": "23"})
    """Row 23: CODE EV (111354, DCM, \"Orientation\"), VM 1, U; values DCID 6152"""

    lesion_boundary: groups.Cid6153Code | None = field(default=None, metadata={"row": "24"})
    """Row 24: CODE EV (111357, DCM, \"Lesion boundary\"), VM 1, U; values DCID 6153"""

    echo_pattern: groups.Cid6154Code | None = field(default=None, metadata={"row": "25"})
    """Row 25: CODE EV (111360, DCM, \"Echo pattern\"), VM 1, U; values DCID 6154"""

    posterior_acoustic_features: groups.Cid6155Code | None = field(
        default=None, metadata={"row": "26"}
    )
    """Row 26: CODE EV (111366, DCM, \"Posterior acoustic features\"), VM 1, U; values DCID 6155"""

    identifiable_effect_on_surrounding_tissues: groups.Cid6015Code | None = field(
        default=None, metadata={"row": "27"}
    )
    """Row 27: CODE EV (111371, DCM, \"Identifiable effect on surrounding tissues\"), VM 1, U; values DCID 6015"""

    vascularity: groups.Cid6157Code | None = field(default=None, metadata={"row": "28"})
    """Row 28: CODE EV (111372, DCM, \"Vascularity\"), VM 1, U; values DCID 6157"""

    correlation_to_other_findings: list[groups.Cid6158Code] = field(
        default_factory=no_items, metadata={"row": "29"}
    )
    """Row 29: CODE EV (111380, DCM, \"Correlation to Other Findings\"), VM 1-n, U; values DCID 6158"""

    references_to_supporting_evidence: tid350.ReferencesToSupportingEvidence | None = field(
        default=None, metadata={"row": "30"}
    )
    """Row 30: INCLUDE DTID 350, VM 1, U"""
