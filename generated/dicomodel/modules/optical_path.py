"""Optical Path Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.optical_path_sequence_item import (
        OpticalPathSequenceItem as _OpticalPathSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OpticalPathSequenceItem = Lazy(
        "dicomodel.items.optical_path_sequence_item", "OpticalPathSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ChannelDescriptionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationColorCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminatorTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ImagePathFilterTypeStackCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LensesCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as LightPathFilterTypeStackCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.optical_path_sequence_item import (
        OpticalPathSequenceItem as OpticalPathSequenceItem,
    )
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem,
    )

__all__ = [
    "ChannelDescriptionCodeSequenceItem",
    "ColorSpaceTerm",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IlluminationColorCodeSequenceItem",
    "IlluminationTypeCodeSequenceItem",
    "IlluminatorTypeCodeSequenceItem",
    "ImagePathFilterTypeStackCodeSequenceItem",
    "LensesCodeSequenceItem",
    "LightPathFilterTypeStackCodeSequenceItem",
    "MappingResourceTerm",
    "OpticalPathModule",
    "OpticalPathSequenceItem",
    "PaletteColorLookupTableSequenceItem",
]


class OpticalPathModule(DicomModel):
    """Optical Path Module Attributes (PS3.3 Table C.8.12.5-1)."""

    dicom_name: ClassVar[str] = "Optical Path"
    dicom_table: ClassVar[str] = "table_C.8.12.5-1"

    NumberOfOpticalPaths: Annotated[
        vr.UL | None,
        Attribute(
            0x00480302,
            "UL",
            "1",
            "1C",
            name="Number of Optical Paths",
            when=("and", ("present", 0x00209311), ("value", 0x00209311, 0, "in", ("TILED_FULL",))),
            otherwise="may",
        ),
    ] = None
    """Number of Optical Paths (0048,0302): Type 1C, VR UL, VM 1. Required if Dimension Organization Type (0020,9311) is present with a value of TILED_FULL. May be present otherwise. Number of Items in the Optical Path Sequence (0048,0105). Required if Dimension Organization Type (0020,9311) is present with a value of TILED_FULL. May be present otherwise."""

    OpticalPathSequence: Annotated[
        list[_OpticalPathSequenceItem],
        Attribute(0x00480105, "SQ", "1", "1", name="Optical Path Sequence"),
    ]
    """Optical Path Sequence (0048,0105): Type 1, VR SQ, VM 1. Describes the optical paths used during the acquisition of this image. One or more Items shall be included in this Sequence. See Section C.8.12.5.1.1"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ChannelDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IlluminationColorCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "IlluminationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "IlluminatorTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ImagePathFilterTypeStackCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LensesCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "LightPathFilterTypeStackCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OpticalPathSequenceItem": (
        "dicomodel.items.optical_path_sequence_item",
        "OpticalPathSequenceItem",
    ),
    "PaletteColorLookupTableSequenceItem": (
        "dicomodel.items.palette_color_lookup_table_item",
        "PaletteColorLookupTableItem",
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
