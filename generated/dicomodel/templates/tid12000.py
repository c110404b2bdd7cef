"""TID 12000 General Ultrasound Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1001, tid1204, tid5401, tid12001

__all__ = [
    "TEMPLATE",
    "GeneralUltrasoundReport",
    "GeneralUltrasoundReportCurrentProcedureDescriptions",
    "GeneralUltrasoundReportCurrentProcedureDescriptionsPatientOrientation",
    "GeneralUltrasoundReportIndicationsForProcedure",
    "GeneralUltrasoundReportFindings",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="12000",
    name="General Ultrasound Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "12320"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1001",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="12001",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "12001"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113743", "Patient Orientation"),
            values=(("cid", "D", "19"),),
        ),
        RowDef(
            key="8",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113744", "Patient Orientation Modifier"),
            values=(("cid", "D", "20"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "6051"), ("cid", "B", "12246"), ("cid", "B", "12325")),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "59776-5", "Findings"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            condition="IF Row 14 is not present",
            condition_status="parsed",
            required_if=("not", ("row_present", "14")),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 13 is not present",
            condition_status="parsed",
            required_if=("not", ("row_present", "13")),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5401",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class GeneralUltrasoundReport(TemplatePart):
    """TID 12000 General Ultrasound Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid12320Code | Code
    """The concept name of row 1."""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    ultrasound_patient_characteristics: tid12001.UltrasoundPatientCharacteristics | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 12001, VM 1, U"""

    current_procedure_descriptions: GeneralUltrasoundReportCurrentProcedureDescriptions | None = (
        field(default=None, metadata={"row": "5"})
    )
    """Row 5: CONTAINER DT (55111-9, LN, \"Current Procedure Descriptions\"), VM 1, U"""

    indications_for_procedure: GeneralUltrasoundReportIndicationsForProcedure | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    findings: list[GeneralUltrasoundReportFindings] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CONTAINER DT (59776-5, LN, \"Findings\"), VM 1-n, U"""

    ultrasound_shear_wave_elastography_section: list[
        tid5401.UltrasoundShearWaveElastographySection
    ] = field(default_factory=no_items, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 5401, VM 1-n, U"""


@dataclass(kw_only=True)
class GeneralUltrasoundReportCurrentProcedureDescriptions(TemplatePart):
    """Row 5 of TID 12000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    acquisition_protocol: list[groups.Cid12001Code | Code] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1-n, M; values BCID 12001"""

    patient_orientation: (
        GeneralUltrasoundReportCurrentProcedureDescriptionsPatientOrientation | None
    ) = field(default=None, metadata={"row": "7"})
    """Row 7: CODE DT (113743, DCM, \"Patient Orientation\"), VM 1, U; values DCID 19"""


@dataclass(kw_only=True)
class GeneralUltrasoundReportCurrentProcedureDescriptionsPatientOrientation(TemplatePart):
    """Row 7 of TID 12000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid19Code
    """The value of row 7 (CODE)."""

    patient_orientation_modifier: groups.Cid20Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (113744, DCM, \"Patient Orientation Modifier\"), VM 1, U; values DCID 20"""


@dataclass(kw_only=True)
class GeneralUltrasoundReportIndicationsForProcedure(TemplatePart):
    """Row 9 of TID 12000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    finding: list[groups.Cid6051Code | groups.Cid12246Code | groups.Cid12325Code | Code] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values BCID 6051, BCID 12246, BCID 12325"""

    finding_row_11: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""


@dataclass(kw_only=True)
class GeneralUltrasoundReportFindings(TemplatePart):
    """Row 12 of TID 12000."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 300, VM 1-n, MC: IF Row 14 is not present"""

    finding: list[str] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: TEXT EV (121071, DCM, \"Finding\"), VM 1-n, MC: IF Row 13 is not present"""
