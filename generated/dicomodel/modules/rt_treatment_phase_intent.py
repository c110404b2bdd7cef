"""RT Treatment Phase Intent Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rt_treatment_phase_interval_sequence_item import (
        RTTreatmentPhaseIntervalSequenceItem as _RTTreatmentPhaseIntervalSequenceItem,
    )
    from dicomodel.items.rt_treatment_phase_item import (
        RTTreatmentPhaseItem as _RTTreatmentPhaseItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTTreatmentPhaseIntervalSequenceItem = Lazy(
        "dicomodel.items.rt_treatment_phase_interval_sequence_item",
        "RTTreatmentPhaseIntervalSequenceItem",
    )
    _RTTreatmentPhaseItem = Lazy("dicomodel.items.rt_treatment_phase_item", "RTTreatmentPhaseItem")

if TYPE_CHECKING:
    from dicomodel.enums.temporal_relationship_interval_anchor import (
        TemporalRelationshipIntervalAnchor as TemporalRelationshipIntervalAnchor,
    )
    from dicomodel.items.rt_treatment_phase_interval_sequence_item import (
        RTTreatmentPhaseIntervalSequenceItem as RTTreatmentPhaseIntervalSequenceItem,
    )
    from dicomodel.items.rt_treatment_phase_item import (
        RTTreatmentPhaseItem as IntendedRTTreatmentPhaseSequenceItem,
    )

__all__ = [
    "IntendedRTTreatmentPhaseSequenceItem",
    "RTTreatmentPhaseIntentModule",
    "RTTreatmentPhaseIntervalSequenceItem",
    "TemporalRelationshipIntervalAnchor",
]


class RTTreatmentPhaseIntentModule(DicomModel):
    """RT Treatment Phase Intent Module Attributes (PS3.3 Table C.36.7-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Phase Intent"
    dicom_table: ClassVar[str] = "table_C.36.7-1"

    IntendedRTTreatmentPhaseSequence: Annotated[
        list[_RTTreatmentPhaseItem],
        Attribute(0x3010004B, "SQ", "1", "1", name="Intended RT Treatment Phase Sequence"),
    ]
    """Intended RT Treatment Phase Sequence (3010,004B): Type 1, VR SQ, VM 1. RT Treatment Phase definitions. RT Treatment Phases define the relationships between RT Radiation Set Instances which contain the treatment parameters for the radiation to be concurrently and/or subsequently delivered."""

    RTTreatmentPhaseIntervalSequence: Annotated[
        list[_RTTreatmentPhaseIntervalSequenceItem] | None,
        Attribute(0x3010004E, "SQ", "1", "2", name="RT Treatment Phase Interval Sequence"),
    ]
    """RT Treatment Phase Interval Sequence (3010,004E): Type 2, VR SQ, VM 1. Intervals between treatment phases. Zero or more Items shall be included in this Sequence. See Section C.36.2.1.3.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IntendedRTTreatmentPhaseSequenceItem": (
        "dicomodel.items.rt_treatment_phase_item",
        "RTTreatmentPhaseItem",
    ),
    "RTTreatmentPhaseIntervalSequenceItem": (
        "dicomodel.items.rt_treatment_phase_interval_sequence_item",
        "RTTreatmentPhaseIntervalSequenceItem",
    ),
    "TemporalRelationshipIntervalAnchor": (
        "dicomodel.enums.temporal_relationship_interval_anchor",
        "TemporalRelationshipIntervalAnchor",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
