"""Waveform Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.waveform_annotation_sequence_item import (
        WaveformAnnotationSequenceItem as _WaveformAnnotationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WaveformAnnotationSequenceItem = Lazy(
        "dicomodel.items.waveform_annotation_sequence_item", "WaveformAnnotationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.temporal_range_type import TemporalRangeType as TemporalRangeType
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModifierCodeSequenceItem
    from dicomodel.items.concept_name_code_sequence_item import (
        ConceptNameCodeSequenceItem as ConceptCodeSequenceItem,
    )
    from dicomodel.items.concept_name_code_sequence_item import (
        ConceptNameCodeSequenceItem as ConceptNameCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.waveform_annotation_sequence_item import (
        WaveformAnnotationSequenceItem as WaveformAnnotationSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifierCodeSequenceItem",
    "TemporalRangeType",
    "WaveformAnnotationModule",
    "WaveformAnnotationSequenceItem",
]


class WaveformAnnotationModule(DicomModel):
    """Waveform Annotation Module Attributes (PS3.3 Table C.10-11)."""

    dicom_name: ClassVar[str] = "Waveform Annotation"
    dicom_table: ClassVar[str] = "table_C.10-11"

    WaveformAnnotationSequence: Annotated[
        list[_WaveformAnnotationSequenceItem],
        Attribute(0x0040B020, "SQ", "1", "1", name="Waveform Annotation Sequence"),
    ]
    """Waveform Annotation Sequence (0040,B020): Type 1, VR SQ, VM 1. Sequence of Annotation Items. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": (
        "dicomodel.items.concept_name_code_sequence_item",
        "ConceptNameCodeSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": (
        "dicomodel.items.concept_name_code_sequence_item",
        "ConceptNameCodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TemporalRangeType": ("dicomodel.enums.temporal_range_type", "TemporalRangeType"),
    "WaveformAnnotationSequenceItem": (
        "dicomodel.items.waveform_annotation_sequence_item",
        "WaveformAnnotationSequenceItem",
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
