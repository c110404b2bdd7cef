"""TID 3001 Procedure Log.

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
        tid3010,
        tid3100,
        tid3101,
        tid3102,
        tid3103,
        tid3104,
        tid3105,
        tid3106,
        tid3107,
        tid3108,
        tid3109,
        tid3110,
        tid3111,
        tid3112,
        tid3113,
        tid3114,
        tid3115,
        tid3601,
    )

__all__ = [
    "TEMPLATE",
    "ProcedureLog",
    "ProcedureLogCid3401",
    "ProcedureLogPatientStatusOrEvent",
    "ProcedureLogCid3404",
    "ProcedureLogCid3427",
    "ProcedureLogComplicationOfProcedure",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3001",
    name="Procedure Log",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "D", "3400"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="3", nesting=1, value_type="INCLUDE", requirement="M", include="3601"),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121121", "Room identification"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121122", "Equipment identification"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3401"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="7", nesting=2, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121123", "Patient Status or Event"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3402"),),
        ),
        RowDef(key="9", nesting=2, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="10",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3404"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="11", nesting=2, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3427"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="13", nesting=2, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3100",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3101",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3102",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3103",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3104",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3105",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3106",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3107",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3108",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "116224001", "Complication of Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3413"),),
        ),
        RowDef(key="24", nesting=2, value_type="INCLUDE", requirement="U", include="3010"),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3109",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3110",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3111",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="28",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3112",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="29",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3113",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="30",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3114",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="31",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3115",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureLog(TemplatePart):
    """TID 3001 Procedure Log."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3400Code
    """The concept name of row 1."""

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1002, VM 1-n, M"""

    procedure_context: tid3601.ProcedureContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 3601, VM 1, M"""

    room_identification: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121121, DCM, \"Room identification\"), VM 1, U"""

    equipment_identification: list[str] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: TEXT EV (121122, DCM, \"Equipment identification\"), VM 1-n, U"""

    cid_3401: list[ProcedureLogCid3401] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: TEXT DCID 3401, VM 1-n, U"""

    patient_status_or_event: list[ProcedureLogPatientStatusOrEvent] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CODE EV (121123, DCM, \"Patient Status or Event\"), VM 1-n, U; values DCID 3402"""

    cid_3404: list[ProcedureLogCid3404] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: PNAME DCID 3404, VM 1-n, U"""

    cid_3427: list[ProcedureLogCid3427] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: TEXT DCID 3427, VM 1-n, U"""

    procedure_action: list[tid3100.ProcedureAction] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3100, VM 1-n, U"""

    image_acquisition: list[tid3101.ImageAcquisition] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 3101, VM 1-n, U"""

    waveform_acquisition: list[tid3102.WaveformAcquisition] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 3102, VM 1-n, U"""

    referenced_object: list[tid3103.ReferencedObject] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 3103, VM 1-n, U"""

    consumables: list[tid3104.Consumables] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 3104, VM 1-n, U"""

    lesion_identification_and_properties: list[tid3105.LesionIdentificationAndProperties] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 3105, VM 1-n, U"""

    drugs_contrast_administered: list[tid3106.DrugsContrastAdministered] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 3106, VM 1-n, U"""

    device_used: list[tid3107.DeviceUsed] = field(default_factory=no_items, metadata={"row": "21"})
    """Row 21: INCLUDE DTID 3107, VM 1-n, U"""

    intervention: list[tid3108.Intervention] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: INCLUDE DTID 3108, VM 1-n, U"""

    complication_of_procedure: list[ProcedureLogComplicationOfProcedure] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: CODE EV (116224001, SCT, \"Complication of Procedure\"), VM 1-n, U; values DCID 3413"""

    measurements: list[tid3109.Measurements] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: INCLUDE DTID 3109, VM 1-n, U"""

    impressions_or_findings: list[tid3110.ImpressionsOrFindings] = field(
        default_factory=no_items, metadata={"row": "26"}
    )
    """Row 26: INCLUDE DTID 3110, VM 1-n, U"""

    percutaneous_entry: list[tid3111.PercutaneousEntry] = field(
        default_factory=no_items, metadata={"row": "27"}
    )
    """Row 27: INCLUDE DTID 3111, VM 1-n, U"""

    specimen_obtained: list[tid3112.SpecimenObtained] = field(
        default_factory=no_items, metadata={"row": "28"}
    )
    """Row 28: INCLUDE DTID 3112, VM 1-n, U"""

    patient_support: list[tid3113.PatientSupport] = field(
        default_factory=no_items, metadata={"row": "29"}
    )
    """Row 29: INCLUDE DTID 3113, VM 1-n, U"""

    patient_assessment: list[tid3114.PatientAssessment] = field(
        default_factory=no_items, metadata={"row": "30"}
    )
    """Row 30: INCLUDE DTID 3114, VM 1-n, U"""

    ecg_st_assessment: list[tid3115.ECGSTAssessment] = field(
        default_factory=no_items, metadata={"row": "31"}
    )
    """Row 31: INCLUDE DTID 3115, VM 1-n, U"""


@dataclass(kw_only=True)
class ProcedureLogCid3401(TemplatePart):
    """Row 6 of TID 3001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    concept: groups.Cid3401Code
    """The concept name of row 6."""

    value: str
    """The value of row 6 (TEXT)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class ProcedureLogPatientStatusOrEvent(TemplatePart):
    """Row 8 of TID 3001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: groups.Cid3402Code
    """The value of row 8 (CODE)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class ProcedureLogCid3404(TemplatePart):
    """Row 10 of TID 3001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    concept: groups.Cid3404Code
    """The concept name of row 10."""

    value: str
    """The value of row 10 (PNAME)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class ProcedureLogCid3427(TemplatePart):
    """Row 12 of TID 3001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    concept: groups.Cid3427Code
    """The concept name of row 12."""

    value: str
    """The value of row 12 (TEXT)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3010, VM 1, U"""


@dataclass(kw_only=True)
class ProcedureLogComplicationOfProcedure(TemplatePart):
    """Row 23 of TID 3001."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "23"

    value: groups.Cid3413Code
    """The value of row 23 (CODE)."""

    log_entry_qualifiers: tid3010.LogEntryQualifiers | None = field(
        default=None, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 3010, VM 1, U"""
