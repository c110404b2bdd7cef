"""Item class TimeBasedImageSetsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_set_selector_category import (
        ImageSetSelectorCategoryValue as _ImageSetSelectorCategoryValue,
    )
    from dicomodel.enums.relative_time_units import (
        RelativeTimeUnitsValue as _RelativeTimeUnitsValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageSetSelectorCategoryValue = Lazy(
        "dicomodel.enums.image_set_selector_category", "ImageSetSelectorCategoryValue"
    )
    _RelativeTimeUnitsValue = Lazy("dicomodel.enums.relative_time_units", "RelativeTimeUnitsValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_set_selector_category import (
        ImageSetSelectorCategory as ImageSetSelectorCategory,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.relative_time_units import RelativeTimeUnits as RelativeTimeUnits
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AbstractPriorCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AbstractPriorCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageSetSelectorCategory",
    "MappingResourceTerm",
    "RelativeTimeUnits",
    "TimeBasedImageSetsSequenceItem",
]


class TimeBasedImageSetsSequenceItem(DicomModel):
    """An item of Time Based Image Sets Sequence (0072,0030), as first defined in Hanging Protocol Definition Module Attributes (C.23.1-1)."""

    dicom_name: ClassVar[str] = "Time Based Image Sets Sequence"
    dicom_table: ClassVar[str] = "table_C.23.1-1"

    ImageSetNumber: Annotated[vr.US, Attribute(0x00720032, "US", "1", "1", name="Image Set Number")]
    """Image Set Number (0072,0032): Type 1, VR US, VM 1. A monotonically increasing integer, starting from 1, incrementing by 1, unique within the Hanging Protocol Instance. Each Item of the Display Sets Sequence (0072,0200) references one Image Set Number (0072,0032)."""

    ImageSetSelectorCategory: Annotated[
        _ImageSetSelectorCategoryValue,
        Attribute(
            0x00720034,
            "CS",
            "1",
            "1",
            name="Image Set Selector Category",
            enumerated=((0, ("RELATIVE_TIME", "ABSTRACT_PRIOR")),),
        ),
    ]
    """Image Set Selector Category (0072,0034): Type 1, VR CS, VM 1. Category of the Time Based Image Set selector. Enumerated Values: RELATIVE_TIME ABSTRACT_PRIOR"""

    RelativeTime: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00720038,
            "US",
            "2",
            "1C",
            name="Relative Time",
            when=("value", 0x00720034, 0, "in", ("RELATIVE_TIME",)),
        ),
    ] = None
    """Relative Time (0072,0038): Type 1C, VR US, VM 2. Required if the value of Image Set Selector Category (0072,0034) is RELATIVE_TIME. Exactly two numeric values, indicating the start and end values of a prior range of Instance acquisition times relative to the date and time of a current image set. The units shall be specified in Relative Time Units (0072,003A)."""

    RelativeTimeUnits: Annotated[
        _RelativeTimeUnitsValue | None,
        Attribute(
            0x0072003A,
            "CS",
            "1",
            "1C",
            name="Relative Time Units",
            enumerated=((0, ("SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS")),),
            when=("present", 0x00720038),
        ),
    ] = None
    """Relative Time Units (0072,003A): Type 1C, VR CS, VM 1. Required if Relative Time (0072,0038) is present. Units of time for Relative Time (0072,0038). Enumerated Values: SECONDS MINUTES HOURS DAYS WEEKS MONTHS YEARS Required if Relative Time (0072,0038) is present."""

    AbstractPriorValue: Annotated[
        list[vr.SS] | None,
        Attribute(
            0x0072003C,
            "SS",
            "2",
            "1C",
            name="Abstract Prior Value",
            when=(
                "and",
                ("value", 0x00720034, 0, "in", ("ABSTRACT_PRIOR",)),
                ("not", ("present", 0x0072003E)),
            ),
        ),
    ] = None
    """Abstract Prior Value (0072,003C): Type 1C, VR SS, VM 2. Required if Image Set Selector Category (0072,0034) is ABSTRACT_PRIOR and Abstract Prior Code Sequence (0072,003E) is not present. Identifies a prior image set in abstract terms. Exactly two integer values, indicating the range of prior Studies to include."""

    AbstractPriorCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0072003E,
            "SQ",
            "1",
            "1C",
            name="Abstract Prior Code Sequence",
            when=(
                "and",
                ("value", 0x00720034, 0, "in", ("ABSTRACT_PRIOR",)),
                ("not", ("present", 0x0072003C)),
            ),
        ),
    ] = None
    """Abstract Prior Code Sequence (0072,003E): Type 1C, VR SQ, VM 1. Required if Image Set Selector Category (0072,0034) is ABSTRACT_PRIOR and Abstract Prior Value (0072,003C) is not present. Identifies a prior image set using coded terminology. Only a single Item shall be included in this Sequence. Required if Image Set Selector Category (0072,0034) is ABSTRACT_PRIOR and Abstract Prior Value (0072,003C) is not present."""

    ImageSetLabel: Annotated[
        vr.LO | None, Attribute(0x00720040, "LO", "1", "3", name="Image Set Label")
    ] = None
    """Image Set Label (0072,0040): Type 3, VR LO, VM 1. Description of the objective of the image set defined by this Sequence Item."""


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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RelativeTimeUnits": ("dicomodel.enums.relative_time_units", "RelativeTimeUnits"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
