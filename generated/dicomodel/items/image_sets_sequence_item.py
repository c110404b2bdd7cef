"""Item class ImageSetsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.image_set_selector_sequence_item import (
        ImageSetSelectorSequenceItem as _ImageSetSelectorSequenceItem,
    )
    from dicomodel.items.time_based_image_sets_sequence_item import (
        TimeBasedImageSetsSequenceItem as _TimeBasedImageSetsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImageSetSelectorSequenceItem = Lazy(
        "dicomodel.items.image_set_selector_sequence_item", "ImageSetSelectorSequenceItem"
    )
    _TimeBasedImageSetsSequenceItem = Lazy(
        "dicomodel.items.time_based_image_sets_sequence_item", "TimeBasedImageSetsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_set_selector_category import (
        ImageSetSelectorCategory as ImageSetSelectorCategory,
    )
    from dicomodel.enums.image_set_selector_usage_flag import (
        ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.relative_time_units import RelativeTimeUnits as RelativeTimeUnits
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AbstractPriorCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_set_selector_sequence_item import (
        ImageSetSelectorSequenceItem as ImageSetSelectorSequenceItem,
    )
    from dicomodel.items.time_based_image_sets_sequence_item import (
        TimeBasedImageSetsSequenceItem as TimeBasedImageSetsSequenceItem,
    )

__all__ = [
    "AbstractPriorCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageSetSelectorCategory",
    "ImageSetSelectorSequenceItem",
    "ImageSetSelectorUsageFlag",
    "ImageSetsSequenceItem",
    "MappingResourceTerm",
    "RelativeTimeUnits",
    "SelectorCodeSequenceValueItem",
    "TimeBasedImageSetsSequenceItem",
]


class ImageSetsSequenceItem(DicomModel):
    """An item of Image Sets Sequence (0072,0020), as first defined in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    dicom_name: ClassVar[str] = "Image Sets Sequence"
    dicom_table: ClassVar[str] = "table_C.23.1-1"

    ImageSetSelectorSequence: Annotated[
        list[_ImageSetSelectorSequenceItem],
        Attribute(0x00720022, "SQ", "1", "1", name="Image Set Selector Sequence"),
    ]
    """Image Set Selector Sequence (0072,0022): Type 1, VR SQ, VM 1. Sequence containing Image Set selection Attributes and values that are used to identify one type of image or object set for the Hanging Protocol. One or more Items shall be included in this Sequence. See Section C.23.1.1.3."""

    TimeBasedImageSetsSequence: Annotated[
        list[_TimeBasedImageSetsSequenceItem],
        Attribute(0x00720030, "SQ", "1", "1", name="Time Based Image Sets Sequence"),
    ]
    """Time Based Image Sets Sequence (0072,0030): Type 1, VR SQ, VM 1. Sequence containing time based Image Set selection categories and values that are used to identify one type of image set for the Hanging Protocol per Sequence Item. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AbstractPriorCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageSetSelectorCategory": (
        "dicomodel.enums.image_set_selector_category",
        "ImageSetSelectorCategory",
    ),
    "ImageSetSelectorSequenceItem": (
        "dicomodel.items.image_set_selector_sequence_item",
        "ImageSetSelectorSequenceItem",
    ),
    "ImageSetSelectorUsageFlag": (
        "dicomodel.enums.image_set_selector_usage_flag",
        "ImageSetSelectorUsageFlag",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RelativeTimeUnits": ("dicomodel.enums.relative_time_units", "RelativeTimeUnits"),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TimeBasedImageSetsSequenceItem": (
        "dicomodel.items.time_based_image_sets_sequence_item",
        "TimeBasedImageSetsSequenceItem",
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
