"""TID 3313 Stress ECG Summary.

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
    from dicomodel.templates import tid300, tid1004

__all__ = [
    "TEMPLATE",
    "StressECGSummary",
    "StressECGSummaryEcgFinding",
    "StressECGSummaryStSegmentFinding",
    "StressECGSummaryNumberOfEctopicBeats",
    "StressECGSummaryCardiacRhythm",
    "StressECGSummaryEcgFindingRow14",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3313",
    name="Stress ECG Summary",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("SCT", "271921002", "ECG Finding"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121005", "Observer Type"),
            values=(("code", "EV", "121007", "DCM", "Device"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1004",
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "164931005", "SCT", "ST Elevation"),)),
                ("$Units", (("code", "DT", "mV", "UCUM", "mV"),)),
                ("$Derivation", (("code", "EV", "56851009", "SCT", "Maximum"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "429622005", "SCT", "ST Depression"),)),
                ("$Units", (("code", "DT", "mV", "UCUM", "mV"),)),
                ("$Derivation", (("code", "EV", "56851009", "SCT", "Maximum"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "428550008", "SCT", "T wave alternans"),)),
                ("$Units", (("code", "DT", "uV", "UCUM", "uV"),)),
                ("$Derivation", (("code", "EV", "56851009", "SCT", "Maximum"),)),
                ("$TargetSite", (("cid", "D", "3001"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "365416000", "ST Segment Finding"),
            values=(("cid", "B", "3231"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "363698007", "Finding Site"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3232"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            values=(("cid", "B", "3233"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "122707", "Number of Ectopic Beats"),
            units=(("code", "EV", "{beats}", "UCUM", "beats"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3234"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("LN", "8884-9", "Cardiac Rhythm"),
            vm_min=1,
            vm_max=2,
            values=(("cid", "B", "3415"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "D", "3102"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "271921002", "ECG Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3230"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "B", "3262"),),
        ),
    ),
)


@dataclass(kw_only=True)
class StressECGSummary(TemplatePart):
    """TID 3313 Stress ECG Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    ecg_finding: StressECGSummaryEcgFinding | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (271921002, SCT, \"ECG Finding\"), VM 1, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_5: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_6: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 300, VM 1-n, U"""

    st_segment_finding: StressECGSummaryStSegmentFinding | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (365416000, SCT, \"ST Segment Finding\"), VM 1, U; values BCID 3231"""

    number_of_ectopic_beats: StressECGSummaryNumberOfEctopicBeats | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: NUM DT (122707, DCM, \"Number of Ectopic Beats\"), VM 1, U; units EV ({beats}, UCUM, \"beats\")"""

    cardiac_rhythm: list[StressECGSummaryCardiacRhythm] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: CODE DT (8884-9, LN, \"Cardiac Rhythm\"), VM 1-2, U; values BCID 3415"""

    ecg_finding_row_14: list[StressECGSummaryEcgFindingRow14] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: CODE EV (271921002, SCT, \"ECG Finding\"), VM 1-n, U; values BCID 3230"""


@dataclass(kw_only=True)
class StressECGSummaryEcgFinding(TemplatePart):
    """Row 1 of TID 3313."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: str
    """The value of row 1 (TEXT)."""

    observer_type: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121005, DCM, \"Observer Type\"), VM 1, M; values EV (121007, DCM, \"Device\")"""

    device_observer_identifying_attributes: tid1004.DeviceObserverIdentifyingAttributes = field(
        metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 1004, VM 1, M"""


@dataclass(kw_only=True)
class StressECGSummaryStSegmentFinding(TemplatePart):
    """Row 7 of TID 3313."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid3231Code | Code
    """The value of row 7 (CODE)."""

    finding_site: list[groups.Cid3232Code | Code] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: CODE EV (363698007, SCT, \"Finding Site\"), VM 1-n, U; values BCID 3232"""

    associated_morphology: groups.Cid3233Code | Code | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1, U; values BCID 3233"""


@dataclass(kw_only=True)
class StressECGSummaryNumberOfEctopicBeats(TemplatePart):
    """Row 10 of TID 3313."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "10"

    value: Num
    """The value of row 10 (NUM)."""

    associated_morphology: list[groups.Cid3234Code | Code] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, U; values BCID 3234"""


@dataclass(kw_only=True)
class StressECGSummaryCardiacRhythm(TemplatePart):
    """Row 12 of TID 3313."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    value: groups.Cid3415Code | Code
    """The value of row 12 (CODE)."""

    patient_state: groups.Cid3102Code = field(metadata={"row": "13"})
    """Row 13: CODE EV (109054, DCM, \"Patient State\"), VM 1, M; values DCID 3102"""


@dataclass(kw_only=True)
class StressECGSummaryEcgFindingRow14(TemplatePart):
    """Row 14 of TID 3313."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: groups.Cid3230Code | Code
    """The value of row 14 (CODE)."""

    patient_state: groups.Cid3262Code | Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (109054, DCM, \"Patient State\"), VM 1, U; values BCID 3262"""
