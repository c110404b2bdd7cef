"""Item class MatrixBasedRTImagingGeometryItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.imaging_source_position_sequence_item import (
        ImagingSourcePositionSequenceItem as _ImagingSourcePositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImagingSourcePositionSequenceItem = Lazy(
        "dicomodel.items.imaging_source_position_sequence_item", "ImagingSourcePositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.imaging_source_position_sequence_item import (
        ImagingSourcePositionSequenceItem as ImageReceptorPositionSequenceItem,
    )
    from dicomodel.items.imaging_source_position_sequence_item import (
        ImagingSourcePositionSequenceItem as ImagingSourcePositionSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImageReceptorPositionSequenceItem",
    "ImagingSourcePositionSequenceItem",
    "MappingResourceTerm",
    "MatrixBasedRTImagingGeometryItem",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class MatrixBasedRTImagingGeometryItem(DicomModel):
    """An item of Imaging Device Location Matrix Sequence (3002,0112), as first defined in RT Projection Imaging Request Geometry Macro Attributes (C.36.2.4.1-1)."""

    dicom_name: ClassVar[str] = "Imaging Device Location Matrix Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.1-1"

    ImagingSourcePositionSequence: Annotated[
        list[_ImagingSourcePositionSequenceItem],
        Attribute(0x3002010D, "SQ", "1", "1", name="Imaging Source Position Sequence"),
    ]
    """Imaging Source Position Sequence (3002,010D): Type 1, VR SQ, VM 1. The position of the imaging source. Only a single Item shall be included in this Sequence."""

    ImageReceptorPositionSequence: Annotated[
        list[_ImagingSourcePositionSequenceItem],
        Attribute(0x3002010E, "SQ", "1", "1", name="Image Receptor Position Sequence"),
    ]
    """Image Receptor Position Sequence (3002,010E): Type 1, VR SQ, VM 1. The position of the image receptor. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageReceptorPositionSequenceItem": (
        "dicomodel.items.imaging_source_position_sequence_item",
        "ImagingSourcePositionSequenceItem",
    ),
    "ImagingSourcePositionSequenceItem": (
        "dicomodel.items.imaging_source_position_sequence_item",
        "ImagingSourcePositionSequenceItem",
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
