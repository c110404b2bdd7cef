"""TID 3750 Waveform Annotations.

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
    from dicomodel.templates import tid1001, tid1204, tid3751, tid3752, tid3753, tid3754, tid4019

__all__ = [
    "TEMPLATE",
    "WaveformAnnotations",
    "WaveformAnnotationsWaveformAnnotations",
    "WaveformAnnotationsWaveformAnnotationsWaveformAnnotationGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3750",
    name="Waveform Annotations",
    extensible=True,
    order_significant=False,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("cid", "B", "3048"),
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
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "130871", "Procedure annotated"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "3670"), ("cid", "B", "3049")),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("SCT", "1185780006", "Relative Time"),
            values=(("cid", "D", "12102"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3754",
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130870", "Waveform Annotations"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            include="4019",
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "130872", "Waveform Annotation Group"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="NUM",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130873", "Waveform Annotation Group Number"),
            units=(("code", "", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "130874", "Waveform Annotation Group Label"),
        ),
        RowDef(
            key="12",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$AnnotationClassification", (("code", "EV", "130860", "DCM", "Pattern Event"),)),
                ("$AnnotationCode", (("cid", "B", "3038"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$AnnotationClassification", (("code", "EV", "130861", "DCM", "EEG Annotation"),)),
                ("$AnnotationCode", (("cid", "B", "3035"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$AnnotationClassification", (("code", "EV", "130862", "DCM", "EMG Annotation"),)),
                ("$AnnotationCode", (("cid", "B", "3036"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$AnnotationClassification", (("code", "EV", "130863", "DCM", "EOG Annotation"),)),
                ("$AnnotationCode", (("cid", "B", "3037"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$AnnotationClassification",
                    (
                        (
                            "code",
                            "EV",
                            "130864",
                            "DCM",
                            "Device-related and Environment-related Event",
                        ),
                    ),
                ),
                ("$AnnotationCode", (("cid", "B", "3039"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                (
                    "$AnnotationClassification",
                    (("code", "EV", "130865", "DCM", "Patient Consciousness"),),
                ),
                ("$AnnotationCode", (("cid", "B", "3050"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3751",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$AnnotationClassification", (("code", "EV", "130866", "DCM", "ECG Annotation"),)),
                ("$AnnotationCode", (("cid", "B", "3335"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3752",
            vm_min=1,
            vm_max=None,
            bindings=(("$Measurement", (("cid", "B", "3040"),)),),
        ),
        RowDef(
            key="20",
            nesting=3,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3753",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class WaveformAnnotations(TemplatePart):
    """TID 3750 Waveform Annotations."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid3048Code | Code
    """The concept name of row 1."""

    language_of_content_item_and_descendants: tid1204.LanguageOfContentItemAndDescendants | None = (
        field(default=None, metadata={"row": "2"})
    )
    """Row 2: INCLUDE DTID 1204, VM 1, U"""

    observation_context: tid1001.ObservationContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 1001, VM 1, M"""

    procedure_annotated: list[groups.Cid3670Code | groups.Cid3049Code | Code] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (130871, DCM, \"Procedure annotated\"), VM 1-n, U; values BCID 3670, BCID 3049"""

    relative_time: groups.Cid12102Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (1185780006, SCT, \"Relative Time\"), VM 1, U; values DCID 12102"""

    waveform_library: tid3754.WaveformLibrary | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 3754, VM 1, U"""

    waveform_annotations: WaveformAnnotationsWaveformAnnotations = field(metadata={"row": "7"})
    """Row 7: CONTAINER EV (130870, DCM, \"Waveform Annotations\"), VM 1, M"""


@dataclass(kw_only=True)
class WaveformAnnotationsWaveformAnnotations(TemplatePart):
    """Row 7 of TID 3750."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    algorithm_identification: tid4019.AlgorithmIdentification | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4019, VM 1, U"""

    waveform_annotation_group: list[
        WaveformAnnotationsWaveformAnnotationsWaveformAnnotationGroup
    ] = field(default_factory=no_items, metadata={"row": "9"})
    """Row 9: CONTAINER EV (130872, DCM, \"Waveform Annotation Group\"), VM 1-n, M"""


@dataclass(kw_only=True)
class WaveformAnnotationsWaveformAnnotationsWaveformAnnotationGroup(TemplatePart):
    """Row 9 of TID 3750."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    waveform_annotation_group_number: Num = field(metadata={"row": "10"})
    """Row 10: NUM EV (130873, DCM, \"Waveform Annotation Group Number\"), VM 1, M; units (1, UCUM, \"no units\")"""

    waveform_annotation_group_label: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: TEXT EV (130874, DCM, \"Waveform Annotation Group Label\"), VM 1, U"""

    waveform_pattern_or_event: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "12"}
    )
    """Row 12: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_pattern_or_event_row_13: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_pattern_or_event_row_14: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_pattern_or_event_row_15: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_pattern_or_event_row_16: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_pattern_or_event_row_17: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_pattern_or_event_row_18: list[tid3751.WaveformPatternOrEvent] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: INCLUDE DTID 3751, VM 1-n, U"""

    waveform_measurement: list[tid3752.WaveformMeasurement] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 3752, VM 1-n, U"""

    annotation_note: list[tid3753.AnnotationNote] = field(
        default_factory=no_items, metadata={"row": "20"}
    )
    """Row 20: INCLUDE DTID 3753, VM 1-n, U"""
