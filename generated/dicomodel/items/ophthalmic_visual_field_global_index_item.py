"""Item class OphthalmicVisualFieldGlobalIndexItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.index_normals_flag import IndexNormalsFlagValue as _IndexNormalsFlagValue
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.index_probability_sequence_item import (
        IndexProbabilitySequenceItem as _IndexProbabilitySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _IndexNormalsFlagValue = Lazy("dicomodel.enums.index_normals_flag", "IndexNormalsFlagValue")
    _IndexProbabilitySequenceItem = Lazy(
        "dicomodel.items.index_probability_sequence_item", "IndexProbabilitySequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.index_normals_flag import IndexNormalsFlag as IndexNormalsFlag
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as DataObservationSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.index_probability_sequence_item import (
        IndexProbabilitySequenceItem as IndexProbabilitySequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DataObservationSequenceItem",
    "EquivalentCodeSequenceItem",
    "IndexNormalsFlag",
    "IndexProbabilitySequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicVisualFieldGlobalIndexItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class OphthalmicVisualFieldGlobalIndexItem(DicomModel):
    """An item of Visual Field Test Reliability Global Index Sequence (0024,0317), as first defined in Visual Field Static Perimetry Test Reliability Module Attributes (C.8.26.3-1)."""

    dicom_name: ClassVar[str] = "Visual Field Test Reliability Global Index Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.3-1"

    DataObservationSequence: Annotated[
        list[_ContentItem], Attribute(0x00240325, "SQ", "1", "1", name="Data Observation Sequence")
    ]
    """Data Observation Sequence (0024,0325): Type 1, VR SQ, VM 1. Information about various visual field global indexes. Only a single Item shall be included in this Sequence."""

    IndexNormalsFlag: Annotated[
        _IndexNormalsFlagValue,
        Attribute(
            0x00240338, "CS", "1", "1", name="Index Normals Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Index Normals Flag (0024,0338): Type 1, VR CS, VM 1. Whether normative data exists for this index. Enumerated Values: YES NO"""

    IndexProbabilitySequence: Annotated[
        list[_IndexProbabilitySequenceItem] | None,
        Attribute(
            0x00240344,
            "SQ",
            "1",
            "1C",
            name="Index Probability Sequence",
            when=("value", 0x00240338, 0, "in", ("YES",)),
        ),
    ] = None
    """Index Probability Sequence (0024,0344): Type 1C, VR SQ, VM 1. Required if Index Normals Flag (0024,0338) is YES. Probability value and software algorithm used to provide the index. Only a single Item shall be included in this Sequence. Required if Index Normals Flag (0024,0338) is YES."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DataObservationSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IndexNormalsFlag": ("dicomodel.enums.index_normals_flag", "IndexNormalsFlag"),
    "IndexProbabilitySequenceItem": (
        "dicomodel.items.index_probability_sequence_item",
        "IndexProbabilitySequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
