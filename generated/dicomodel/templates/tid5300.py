"""TID 5300 Simplified Echo Procedure Report.

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
    from dicomodel.templates import tid1001, tid1204, tid3602, tid5204, tid5301, tid5302, tid5303

__all__ = [
    "TEMPLATE",
    "SimplifiedEchoProcedureReport",
    "SimplifiedEchoProcedureReportCurrentProcedureDescriptions",
    "SimplifiedEchoProcedureReportIndicationsForProcedure",
    "SimplifiedEchoProcedureReportPreCoordinatedMeasurements",
    "SimplifiedEchoProcedureReportPostCoordinatedMeasurements",
    "SimplifiedEchoProcedureReportAdhocMeasurements",
    "SimplifiedEchoProcedureReportStagedMeasurements",
    "SimplifiedEchoProcedureReportStagedMeasurementsPreCoordinatedMeasurements",
    "SimplifiedEchoProcedureReportStagedMeasurementsPostCoordinatedMeasurements",
    "SimplifiedEchoProcedureReportStagedMeasurementsAdhocMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5300",
    name="Simplified Echo Procedure Report",
    extensible=False,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125200", "Adult Echocardiography Procedure Report"),
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
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="5",
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
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "12246"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3602",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125301", "Pre-coordinated Measurements"),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="5301",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12300"),)),
                ("$Preferred", (("cid", "D", "12301"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125302", "Post-coordinated Measurements"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5302",
            vm_min=1,
            vm_max=None,
            bindings=(("$Preferred", (("cid", "D", "12301"),)),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125303", "Adhoc Measurements"),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5303",
            vm_min=1,
            vm_max=None,
            bindings=(("$Property", (("cid", "D", "12304"),)),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5204",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$Procedure",
                    (
                        (
                            "code",
                            "DT",
                            "35757004",
                            "SCT",
                            "Echocardiography for Determining Ventricular Contraction",
                        ),
                    ),
                ),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125310", "Staged Measurements"),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("LN", "18139-6", "Stage"),
            values=(("cid", "B", "3207"),),
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125301", "Pre-coordinated Measurements"),
        ),
        RowDef(
            key="20",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5301",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12300"),)),
                ("$Preferred", (("cid", "D", "12301"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125302", "Post-coordinated Measurements"),
        ),
        RowDef(
            key="22",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5302",
            vm_min=1,
            vm_max=None,
            bindings=(("$Preferred", (("cid", "D", "12301"),)),),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "125303", "Adhoc Measurements"),
        ),
        RowDef(
            key="24",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5303",
            vm_min=1,
            vm_max=None,
            bindings=(("$Property", (("cid", "D", "12304"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReport(TemplatePart):
    """TID 5300 Simplified Echo Procedure Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    current_procedure_descriptions: (
        SimplifiedEchoProcedureReportCurrentProcedureDescriptions | None
    ) = field(default=None, metadata={"row": "4"})
    """Row 4: CONTAINER DT (55111-9, LN, \"Current Procedure Descriptions\"), VM 1, U"""

    indications_for_procedure: SimplifiedEchoProcedureReportIndicationsForProcedure | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics | None = (
        field(default=None, metadata={"row": "9"})
    )
    """Row 9: INCLUDE DTID 3602, VM 1, U"""

    pre_coordinated_measurements: SimplifiedEchoProcedureReportPreCoordinatedMeasurements = field(
        metadata={"row": "10"}
    )
    """Row 10: CONTAINER EV (125301, DCM, \"Pre-coordinated Measurements\"), VM 1, M"""

    post_coordinated_measurements: SimplifiedEchoProcedureReportPostCoordinatedMeasurements = field(
        metadata={"row": "12"}
    )
    """Row 12: CONTAINER EV (125302, DCM, \"Post-coordinated Measurements\"), VM 1, M"""

    adhoc_measurements: SimplifiedEchoProcedureReportAdhocMeasurements = field(
        metadata={"row": "14"}
    )
    """Row 14: CONTAINER EV (125303, DCM, \"Adhoc Measurements\"), VM 1, M"""

    wall_motion_analysis: list[tid5204.WallMotionAnalysis] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 5204, VM 1-n, U"""

    staged_measurements: SimplifiedEchoProcedureReportStagedMeasurements | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CONTAINER EV (125310, DCM, \"Staged Measurements\"), VM 1, U"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportCurrentProcedureDescriptions(TemplatePart):
    """Row 4 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    acquisition_protocol: list[groups.Cid12001Code | Code] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1-n, M; values BCID 12001"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportIndicationsForProcedure(TemplatePart):
    """Row 6 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    finding: list[groups.Cid12246Code] = field(default_factory=no_items, metadata={"row": "7"})
    """Row 7: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 12246"""

    finding_row_8: str | None = field(default=None, metadata={"row": "8"})
    """Row 8: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportPreCoordinatedMeasurements(TemplatePart):
    """Row 10 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    pre_coordinated_echo_measurement: list[tid5301.PreCoordinatedEchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 5301, VM 1-n, M"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportPostCoordinatedMeasurements(TemplatePart):
    """Row 12 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    post_coordinated_echo_measurement: list[tid5302.PostCoordinatedEchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 5302, VM 1-n, U"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportAdhocMeasurements(TemplatePart):
    """Row 14 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    adhoc_measurement: list[tid5303.AdhocMeasurement] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 5303, VM 1-n, U"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportStagedMeasurements(TemplatePart):
    """Row 17 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    stage: groups.Cid3207Code | Code = field(metadata={"row": "18"})
    """Row 18: CODE EV (18139-6, LN, \"Stage\"), VM 1, M; values BCID 3207"""

    pre_coordinated_measurements: SimplifiedEchoProcedureReportStagedMeasurementsPreCoordinatedMeasurements = field(
        metadata={"row": "19"}
    )
    """Row 19: CONTAINER EV (125301, DCM, \"Pre-coordinated Measurements\"), VM 1, M"""

    post_coordinated_measurements: SimplifiedEchoProcedureReportStagedMeasurementsPostCoordinatedMeasurements = field(
        metadata={"row": "21"}
    )
    """Row 21: CONTAINER EV (125302, DCM, \"Post-coordinated Measurements\"), VM 1, M"""

    adhoc_measurements: SimplifiedEchoProcedureReportStagedMeasurementsAdhocMeasurements = field(
        metadata={"row": "23"}
    )
    """Row 23: CONTAINER EV (125303, DCM, \"Adhoc Measurements\"), VM 1, M"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportStagedMeasurementsPreCoordinatedMeasurements(TemplatePart):
    """Row 19 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "19"

    pre_coordinated_echo_measurement: list[tid5301.PreCoordinatedEchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 5301, VM 1-n, U"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportStagedMeasurementsPostCoordinatedMeasurements(TemplatePart):
    """Row 21 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "21"

    post_coordinated_echo_measurement: list[tid5302.PostCoordinatedEchoMeasurement] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: INCLUDE DTID 5302, VM 1-n, U"""


@dataclass(kw_only=True)
class SimplifiedEchoProcedureReportStagedMeasurementsAdhocMeasurements(TemplatePart):
    """Row 23 of TID 5300."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "23"

    adhoc_measurement: list[tid5303.AdhocMeasurement] = field(
        default_factory=no_items, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 5303, VM 1-n, U"""
