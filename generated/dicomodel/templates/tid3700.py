"""TID 3700 ECG Report.

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
    from dicomodel.templates import (
        tid1002,
        tid1204,
        tid3702,
        tid3704,
        tid3708,
        tid3713,
        tid3714,
        tid3717,
        tid3719,
        tid3802,
    )

__all__ = [
    "TEMPLATE",
    "ECGReport",
    "ECGReportIndicationsForProcedure",
    "ECGReportQuantitativeAnalysis",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3700",
    name="ECG Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "28010-7", "ECG Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("cid", "B", "3670"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            include="1204",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3671"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3802",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3704",
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3702",
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3708",
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122144", "Quantitative Analysis"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3713",
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3714",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3717",
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3719",
        ),
    ),
)


@dataclass(kw_only=True)
class ECGReport(TemplatePart):
    """TID 3700 ECG Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: groups.Cid3670Code | Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, U; values BCID 3670"""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1204, VM 1, M"""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 1002, VM 1-n, M"""

    indications_for_procedure: ECGReportIndicationsForProcedure | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    cardiovascular_patient_history: tid3802.CardiovascularPatientHistory | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3802, VM 1, U"""

    patient_characteristics_for_ecg: tid3704.PatientCharacteristicsForECG | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3704, VM 1, U"""

    prior_ecg_study: tid3702.PriorECGStudy | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 3702, VM 1, U"""

    ecg_waveform_information: tid3708.ECGWaveformInformation = field(metadata={"row": "11"})
    """Row 11: INCLUDE DTID 3708, VM 1, M"""

    quantitative_analysis: ECGReportQuantitativeAnalysis = field(metadata={"row": "12"})
    """Row 12: CONTAINER EV (122144, DCM, \"Quantitative Analysis\"), VM 1, M"""

    ecg_qualitative_analysis: tid3717.ECGQualitativeAnalysis | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 3717, VM 1, U"""

    summary_ecg: tid3719.SummaryECG | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 3719, VM 1, U"""


@dataclass(kw_only=True)
class ECGReportIndicationsForProcedure(TemplatePart):
    """Row 5 of TID 3700."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    finding: list[groups.Cid3671Code] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3671"""

    finding_row_7: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (121071, DCM, \"Finding\"), VM 1, U"""


@dataclass(kw_only=True)
class ECGReportQuantitativeAnalysis(TemplatePart):
    """Row 12 of TID 3700."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    ecg_global_measurements: tid3713.ECGGlobalMeasurements | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3713, VM 1, U"""

    ecg_lead_measurements: list[tid3714.ECGLeadMeasurements] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3714, VM 1-n, U"""
