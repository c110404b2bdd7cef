"""TID 3713 ECG Global Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3715

__all__ = [
    "TEMPLATE",
    "ECGGlobalMeasurements",
    "ECGGlobalMeasurementsQtcIntervalGlobal",
    "ECGGlobalMeasurementsNumberOfEctopicBeats",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3713",
    name="ECG Global Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122158", "ECG Global Measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="3715",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("MDC", "2:16020", "Atrial Heart Rate"),
            units=(("code", "EV", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("MDC", "2:16016", "Ventricular Heart Rate"),
            units=(("code", "EV", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("MDC", "2:16160", "QT interval global"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("MDC", "2:15876", "QTc interval global"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111001", "Algorithm Name"),
            values=(("cid", "D", "3678"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("MDC", "2:15872", "PR interval global"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("MDC", "2:16156", "QRS duration global"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("MDC", "2:16168", "RR interval global"),
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3689"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "ms", "UCUM", "ms"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3229"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("MDC", "2:16032", "Count of all beats"),
            units=(("code", "EV", "{beats}", "UCUM", "beats"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122707", "Number of Ectopic Beats"),
            units=(("code", "EV", "{beats}", "UCUM", "beats"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "116676008", "Associated Morphology"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3234"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ECGGlobalMeasurements(TemplatePart):
    """TID 3713 ECG Global Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    ecg_measurement_source: tid3715.ECGMeasurementSource | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3715, VM 1, U"""

    atrial_heart_rate: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM DT (2:16020, MDC, \"Atrial Heart Rate\"), VM 1, U; units EV ({H.B.}/min, UCUM, \"BPM\")"""

    ventricular_heart_rate: Num = field(metadata={"row": "4"})
    """Row 4: NUM DT (2:16016, MDC, \"Ventricular Heart Rate\"), VM 1, M; units EV ({H.B.}/min, UCUM, \"BPM\")"""

    qt_interval_global: Num = field(metadata={"row": "5"})
    """Row 5: NUM DT (2:16160, MDC, \"QT interval global\"), VM 1, M; units EV (ms, UCUM, \"ms\")"""

    qtc_interval_global: ECGGlobalMeasurementsQtcIntervalGlobal | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: NUM DT (2:15876, MDC, \"QTc interval global\"), VM 1, U; units EV (ms, UCUM, \"ms\")"""

    pr_interval_global: Num = field(metadata={"row": "8"})
    """Row 8: NUM DT (2:15872, MDC, \"PR interval global\"), VM 1, M; units EV (ms, UCUM, \"ms\")"""

    qrs_duration_global: Num = field(metadata={"row": "9"})
    """Row 9: NUM DT (2:16156, MDC, \"QRS duration global\"), VM 1, M; units EV (ms, UCUM, \"ms\")"""

    rr_interval_global: Num = field(metadata={"row": "10"})
    """Row 10: NUM DT (2:16168, MDC, \"RR interval global\"), VM 1, M; units EV (ms, UCUM, \"ms\")"""

    cid_3689: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: NUM DCID 3689, VM 1-n, U; units EV (ms, UCUM, \"ms\")"""

    cid_3229: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: NUM DCID 3229, VM 1-n, U; units EV (deg, UCUM, \"deg\")"""

    count_of_all_beats: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM DT (2:16032, MDC, \"Count of all beats\"), VM 1, U; units EV ({beats}, UCUM, \"beats\")"""

    number_of_ectopic_beats: ECGGlobalMeasurementsNumberOfEctopicBeats | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: NUM DT (122707, DCM, \"Number of Ectopic Beats\"), VM 1, U; units EV ({beats}, UCUM, \"beats\")"""


@dataclass(kw_only=True)
class ECGGlobalMeasurementsQtcIntervalGlobal(TemplatePart):
    """Row 6 of TID 3713."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    value: Num
    """The value of row 6 (NUM)."""

    algorithm_name: groups.Cid3678Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE DT (111001, DCM, \"Algorithm Name\"), VM 1, U; values DCID 3678"""


@dataclass(kw_only=True)
class ECGGlobalMeasurementsNumberOfEctopicBeats(TemplatePart):
    """Row 14 of TID 3713."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: Num
    """The value of row 14 (NUM)."""

    associated_morphology: list[groups.Cid3234Code | Code] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: CODE EV (116676008, SCT, \"Associated Morphology\"), VM 1-n, U; values BCID 3234"""
