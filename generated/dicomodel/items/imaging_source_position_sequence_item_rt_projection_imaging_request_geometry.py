"""Item class ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.content_item import ContentItem as _ContentItem
else:
    from dicomodel.lazy import Lazy

    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")

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
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DevicePositionParameterSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry(DicomModel):
    """An item of Imaging Source Position Sequence (3002,010D), as first defined in RT Projection Imaging Request Geometry Macro Attributes (C.36.2.4.1-1)."""

    dicom_name: ClassVar[str] = "Imaging Source Position Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.1-1"

    ReferencedDefinedDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0602,
            "US",
            "1",
            "1C",
            name="Referenced Defined Device Index",
            when=(
                "or",
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                ("unknown", "depends on whether the image was derived"),
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Device Index (300A,0602): Type 1C, VR US, VM 1. Required if Value 1 of Image Type (0008,0008) has the value ORIGINAL or the current Instance was derived from an Instance where Referenced Defined Device Index (300A,0602) was present in the Imaging Source Position Sequence (3002,010D). May be present otherwise. The value of Device Index (3010,0039) from the Acquisition Device Sequence (3002,0117) corresponding to the Acquisition Device used in this Item."""

    DevicePositionParameterSequence: Annotated[
        list[_ContentItem],
        Attribute(0x30020110, "SQ", "1", "1", name="Device Position Parameter Sequence"),
    ]
    """Device Position Parameter Sequence (3002,0110): Type 1, VR SQ, VM 1. Parameters describing the position of the imaging source. One or more Items shall be included in this sequence."""


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
