"""Item class WaveformAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.temporal_range_type import (
        TemporalRangeTypeValue as _TemporalRangeTypeValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.concept_name_code_sequence_item import (
        ConceptNameCodeSequenceItem as _ConceptNameCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConceptNameCodeSequenceItem = Lazy(
        "dicomodel.items.concept_name_code_sequence_item", "ConceptNameCodeSequenceItem"
    )
    _TemporalRangeTypeValue = Lazy("dicomodel.enums.temporal_range_type", "TemporalRangeTypeValue")

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

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifierCodeSequenceItem",
    "TemporalRangeType",
    "WaveformAnnotationSequenceItem",
]


class WaveformAnnotationSequenceItem(DicomModel):
    """An item of Waveform Annotation Sequence (0040,B020), as first defined in Waveform Annotation Module Attributes (C.10-11)."""

    dicom_name: ClassVar[str] = "Waveform Annotation Sequence"
    dicom_table: ClassVar[str] = "table_C.10-11"

    UnformattedTextValue: Annotated[
        vr.ST | None,
        Attribute(
            0x00700006,
            "ST",
            "1",
            "1C",
            name="Unformatted Text Value",
            forbid=("present", 0x0040A043),
        ),
    ] = None
    """Unformatted Text Value (0070,0006): Type 1C, VR ST, VM 1. Mutually exclusive with Concept Name Code Sequence (0040,A043). Text Observation Value (annotation). Mutually exclusive with Concept Name Code Sequence (0040,A043)."""

    ConceptNameCodeSequence: Annotated[
        list[_ConceptNameCodeSequenceItem] | None,
        Attribute(
            0x0040A043,
            "SQ",
            "1",
            "1C",
            name="Concept Name Code Sequence",
            forbid=("present", 0x00700006),
        ),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 1C, VR SQ, VM 1. Mutually exclusive with Unformatted Text Value (0070,0006). Code representing the fully specified name of the NUMERIC measurement or CODED concept. Only a single Item shall be included in this Sequence. Mutually exclusive with Unformatted Text Value (0070,0006)."""

    ConceptCodeSequence: Annotated[
        list[_ConceptNameCodeSequenceItem] | None,
        Attribute(0x0040A168, "SQ", "1", "3", name="Concept Code Sequence"),
    ] = None
    """Concept Code Sequence (0040,A168): Type 3, VR SQ, VM 1. A Sequence that conveys the categorical coded nominal value. Only a single Item is permitted in this Sequence."""

    NumericValue: Annotated[
        list[vr.DS] | None, Attribute(0x0040A30A, "DS", "1-n", "3", name="Numeric Value")
    ] = None
    """Numeric Value (0040,A30A): Type 3, VR DS, VM 1-n. Numeric measurement value or values."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x004008EA, "SQ", "1", "3", name="Measurement Units Code Sequence"),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 3, VR SQ, VM 1. Units of measurement. Only a single Item is permitted in this Sequence."""

    ReferencedWaveformChannels: Annotated[
        list[vr.US], Attribute(0x0040A0B0, "US", "2-2n", "1", name="Referenced Waveform Channels")
    ]
    """Referenced Waveform Channels (0040,A0B0): Type 1, VR US, VM 2-2n. List of channels in waveform to which annotation applies. See Section C.10.10.1.1"""

    TemporalRangeType: Annotated[
        _TemporalRangeTypeValue | None,
        Attribute(
            0x0040A130,
            "CS",
            "1",
            "1C",
            name="Temporal Range Type",
            enumerated=((0, ("POINT", "MULTIPOINT", "SEGMENT", "MULTISEGMENT", "BEGIN", "END")),),
            when=("unknown", "depends on what the item applies to"),
            forbid=(
                "unknown",
                "names no attribute: Annotation applies to entire temporal extent of referenced channels",
            ),
        ),
    ] = None
    """Temporal Range Type (0040,A130): Type 1C, VR CS, VM 1. Required if Annotation does not apply to entire Referenced Waveform Channels; shall not be present if Annotation applies to entire temporal extent of referenced channels. See Section C.10.10.1.2 for Enumerated Values. Required if Annotation does not apply to entire Referenced Waveform Channels; shall not be present if Annotation applies to entire temporal extent of referenced channels."""

    ReferencedSamplePositions: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0040A132,
            "UL",
            "1-n",
            "1C",
            name="Referenced Sample Positions",
            when=(
                "and",
                ("present", 0x0040A130),
                ("not", ("present", 0x0040A138)),
                ("not", ("present", 0x0040A13A)),
            ),
        ),
    ] = None
    """Referenced Sample Positions (0040,A132): Type 1C, VR UL, VM 1-n. Required if Temporal Range Type (0040,A130) is present, and if Referenced Time Offsets (0040,A138) and Referenced DateTime (0040,A13A) are not present. List of samples within a multiplex group specifying temporal points for annotation. Position of first sample is 1. Required if Temporal Range Type (0040,A130) is present, and if Referenced Time Offsets (0040,A138) and Referenced DateTime (0..."""

    ReferencedTimeOffsets: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x0040A138,
            "DS",
            "1-n",
            "1C",
            name="Referenced Time Offsets",
            when=(
                "and",
                ("present", 0x0040A130),
                ("not", ("present", 0x0040A132)),
                ("not", ("present", 0x0040A13A)),
            ),
        ),
    ] = None
    """Referenced Time Offsets (0040,A138): Type 1C, VR DS, VM 1-n. Required if Temporal Range Type (0040,A130) is present, and if Referenced Sample Positions (0040,A132) and Referenced DateTime (0040,A13A) are not present. Specifies temporal points for annotation by number of seconds after start of data. Required if Temporal Range Type (0040,A130) is present, and if Referenced Sample Positions (0040,A132) and Referenced DateTime (0040,A13A) are not present."""

    ReferencedDateTime: Annotated[
        list[vr.DT] | None,
        Attribute(
            0x0040A13A,
            "DT",
            "1-n",
            "1C",
            name="Referenced DateTime",
            when=(
                "and",
                ("present", 0x0040A130),
                ("not", ("present", 0x0040A132)),
                ("not", ("present", 0x0040A138)),
            ),
        ),
    ] = None
    """Referenced DateTime (0040,A13A): Type 1C, VR DT, VM 1-n. Required if Temporal Range Type (0040,A130) is present, and if Referenced Sample Positions (0040,A132) and Referenced Time Offsets (0040,A138) are not present. Specifies temporal points for annotation by absolute time. Required if Temporal Range Type (0040,A130) is present, and if Referenced Sample Positions (0040,A132) and Referenced Time Offsets (0040,A138) are not present."""

    AnnotationGroupNumber: Annotated[
        vr.US | None, Attribute(0x0040A180, "US", "1", "3", name="Annotation Group Number")
    ] = None
    """Annotation Group Number (0040,A180): Type 3, VR US, VM 1. Number identifying associated annotations (see Section C.10.10.1.4)."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
