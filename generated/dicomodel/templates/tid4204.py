"""TID 4204 Breast Imaging Report Intervention Section.

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
    from dicomodel.templates import tid350, tid1009, tid4201, tid4207

__all__ = [
    "TEMPLATE",
    "BreastImagingReportInterventionSection",
    "BreastImagingReportInterventionSectionInstrument",
    "BreastImagingReportInterventionSectionComplicationOfProcedure",
    "BreastImagingReportInterventionSectionSpecimen",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4204",
    name="Breast Imaging Report Intervention Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111463", "Supplementary Data for Intervention"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="4201",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "57134006", "Instrument"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="TEXT",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111465", "Needle Gauge"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111465", "Needle Gauge"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111467", "Needle Length"),
            units=(("code", "EV", "cm", "UCUM", "centimeter"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111436", "Number of passes"),
            units=(("code", "EV", "{passes}", "UCUM", "passes"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111437", "Number of specimens"),
            units=(("code", "EV", "{specimens}", "UCUM", "specimens"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111431", "Instrument Approach"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6065"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111438", "Needle in target"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111439", "Number of needles around target"),
            units=(("code", "EV", "{needles}", "UCUM", "needles"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "182833002", "Medication given"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111440", "Incision made"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111123", "Marker placement"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111442", "Confirmation of target"),
            values=(("cid", "D", "6066"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "116224001", "Complication of procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6062"),),
        ),
        RowDef(
            key="17",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111466", "Severity of Complication"),
            values=(("cid", "D", "251"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121027", "Specimen"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="1009",
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "250431005", "Color of fluid"),
            values=(("cid", "D", "6067"),),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111456", "Action on fluid"),
            values=(
                ("code", "DT", "111457", "DCM", "Sent for analysis"),
                ("code", "DT", "111458", "DCM", "Discarded"),
            ),
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111455", "Occult blood test result"),
            values=(("cid", "D", "250"),),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4207",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="350",
        ),
    ),
)


@dataclass(kw_only=True)
class BreastImagingReportInterventionSection(TemplatePart):
    """TID 4204 Breast Imaging Report Intervention Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    breast_imaging_procedure_reported: tid4201.BreastImagingProcedureReported = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 4201, VM 1, M"""

    instrument: BreastImagingReportInterventionSectionInstrument | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (57134006, SCT, \"Instrument\"), VM 1, U"""

    number_of_passes: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (111436, DCM, \"Number of passes\"), VM 1, U; units EV ({passes}, UCUM, \"passes\")"""

    number_of_specimens: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (111437, DCM, \"Number of specimens\"), VM 1, U; units EV ({specimens}, UCUM, \"specimens\")"""

    instrument_approach: list[groups.Cid6065Code] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: CODE EV (111431, DCM, \"Instrument Approach\"), VM 1-n, U; values DCID 6065"""

    needle_in_target: groups.Cid230Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (111438, DCM, \"Needle in target\"), VM 1, U; values DCID 230"""

    number_of_needles_around_target: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (111439, DCM, \"Number of needles around target\"), VM 1, U; units EV ({needles}, UCUM, \"needles\")"""

    medication_given: list[Code] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: CODE EV (182833002, SCT, \"Medication given\"), VM 1-n, U"""

    incision_made: groups.Cid230Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE EV (111440, DCM, \"Incision made\"), VM 1, U; values DCID 230"""

    marker_placement: groups.Cid230Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE EV (111123, DCM, \"Marker placement\"), VM 1, U; values DCID 230"""

    confirmation_of_target: groups.Cid6066Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (111442, DCM, \"Confirmation of target\"), VM 1, U; values DCID 6066"""

    complication_of_procedure: list[
        BreastImagingReportInterventionSectionComplicationOfProcedure
    ] = field(default_factory=no_items, metadata={"row": "16"})
    """Row 16: CODE EV (116224001, SCT, \"Complication of procedure\"), VM 1-n, U; values DCID 6062"""

    specimen: list[BreastImagingReportInterventionSectionSpecimen] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: CONTAINER EV (121027, DCM, \"Specimen\"), VM 1-n, U"""

    references_to_supporting_evidence: tid350.ReferencesToSupportingEvidence | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 350, VM 1, U"""


@dataclass(kw_only=True)
class BreastImagingReportInterventionSectionInstrument(TemplatePart):
    """Row 3 of TID 4204."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Code
    """The value of row 3 (CODE)."""

    needle_gauge: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (111465, DCM, \"Needle Gauge\"), VM 1, UC: XOR Row 5"""

    needle_gauge_row_5: Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (111465, DCM, \"Needle Gauge\"), VM 1, UC: XOR Row 4"""

    needle_length: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (111467, DCM, \"Needle Length\"), VM 1, U; units EV (cm, UCUM, \"centimeter\")"""


@dataclass(kw_only=True)
class BreastImagingReportInterventionSectionComplicationOfProcedure(TemplatePart):
    """Row 16 of TID 4204."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "16"

    value: groups.Cid6062Code
    """The value of row 16 (CODE)."""

    severity_of_complication: groups.Cid251Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (111466, DCM, \"Severity of Complication\"), VM 1, U; values DCID 251"""


@dataclass(kw_only=True)
class BreastImagingReportInterventionSectionSpecimen(TemplatePart):
    """Row 18 of TID 4204."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "18"

    subject_context_specimen: tid1009.SubjectContextSpecimen | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 1009, VM 1, U"""

    color_of_fluid: groups.Cid6067Code | None = field(default=None, metadata={"row": "20"})
    """Row 20: CODE EV (250431005, SCT, \"Color of fluid\"), VM 1, U; values DCID 6067"""

    action_on_fluid: Code | None = field(default=None, metadata={"row": "21"})
    """Row 21: CODE EV (111456, DCM, \"Action on fluid\"), VM 1, U; values DT (111457, DCM, \"Sent for analysis\"), DT (111458, DCM, \"Discarded\")"""

    occult_blood_test_result: groups.Cid250Code | None = field(default=None, metadata={"row": "22"})
    """Row 22: CODE EV (111455, DCM, \"Occult blood test result\"), VM 1, U; values DCID 250"""

    breast_imaging_pathology_results: list[tid4207.BreastImagingPathologyResults] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 4207, VM 1-n, U"""
