"""US Region Calibration Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sequence_of_ultrasound_regions_item import (
        SequenceOfUltrasoundRegionsItem as _SequenceOfUltrasoundRegionsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SequenceOfUltrasoundRegionsItem = Lazy(
        "dicomodel.items.sequence_of_ultrasound_regions_item", "SequenceOfUltrasoundRegionsItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PixelValueMappingCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.sequence_of_ultrasound_regions_item import (
        SequenceOfUltrasoundRegionsItem as SequenceOfUltrasoundRegionsItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PixelValueMappingCodeSequenceItem",
    "SequenceOfUltrasoundRegionsItem",
    "USRegionCalibrationModule",
]


class USRegionCalibrationModule(DicomModel):
    """US Region Calibration Module Attributes (PS3.3 Table C.8-17)."""

    dicom_name: ClassVar[str] = "US Region Calibration"
    dicom_table: ClassVar[str] = "table_C.8-17"

    SequenceOfUltrasoundRegions: Annotated[
        list[_SequenceOfUltrasoundRegionsItem],
        Attribute(0x00186011, "SQ", "1", "1", name="Sequence of Ultrasound Regions"),
    ]
    """Sequence of Ultrasound Regions (0018,6011): Type 1, VR SQ, VM 1. Defines a Sequence of Ultrasound Regions. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PixelValueMappingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SequenceOfUltrasoundRegionsItem": (
        "dicomodel.items.sequence_of_ultrasound_regions_item",
        "SequenceOfUltrasoundRegionsItem",
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
