"""TID 3702 Prior ECG Study.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "PriorECGStudy",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3702",
    name="Prior ECG Study",
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
            concept=Code("LN", "55114-3", "Prior Procedure Descriptions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122140", "Comparison with Prior Study Done"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122146", "Procedure DateTime"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="UIDREF",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121018", "Procedure Study Instance UID"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="COMPOSITE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122075", "Prior report for current patient"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="WAVEFORM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121112", "Source of Measurement"),
        ),
    ),
)


@dataclass(kw_only=True)
class PriorECGStudy(TemplatePart):
    """TID 3702 Prior ECG Study."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    comparison_with_prior_study_done: groups.Cid230Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (122140, DCM, \"Comparison with Prior Study Done\"), VM 1, M; values DCID 230"""

    procedure_datetime: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME EV (122146, DCM, \"Procedure DateTime\"), VM 1, U"""

    procedure_study_instance_uid: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: UIDREF EV (121018, DCM, \"Procedure Study Instance UID\"), VM 1, U"""

    prior_report_for_current_patient: Reference | None = field(default=None, metadata={"row": "5"})
    """Row 5: COMPOSITE EV (122075, DCM, \"Prior report for current patient\"), VM 1, U"""

    source_of_measurement: Reference | None = field(default=None, metadata={"row": "6"})
    """Row 6: WAVEFORM EV (121112, DCM, \"Source of Measurement\"), VM 1, U"""
