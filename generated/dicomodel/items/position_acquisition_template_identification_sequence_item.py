"""Item class PositionAcquisitionTemplateIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositionAcquisitionTemplateCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PositionAcquisitionTemplateCodeSequenceItem",
    "PositionAcquisitionTemplateIdentificationSequenceItem",
]


class PositionAcquisitionTemplateIdentificationSequenceItem(DicomModel):
    """An item of Position Acquisition Template Identification Sequence (3002,011F), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Position Acquisition Template Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    PositionAcquisitionTemplateName: Annotated[
        vr.LO, Attribute(0x30020121, "LO", "1", "1", name="Position Acquisition Template Name")
    ]
    """Position Acquisition Template Name (3002,0121): Type 1, VR LO, VM 1. User defined name of the position acquisition template."""

    PositionAcquisitionTemplateCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x30020122,
            "SQ",
            "1",
            "1C",
            name="Position Acquisition Template Code Sequence",
            when=("not", ("present", 0x30020120)),
            otherwise="may",
        ),
    ] = None
    """Position Acquisition Template Code Sequence (3002,0122): Type 1C, VR SQ, VM 1. Required if Position Acquisition Template ID (3002,0120) not present. May be present otherwise. Code identifying the position acquisition template. Required if Position Acquisition Template ID (3002,0120) not present. May be present otherwise. Only a single Item shall be included in this Sequence."""

    PositionAcquisitionTemplateID: Annotated[
        vr.ST | None,
        Attribute(
            0x30020120,
            "ST",
            "1",
            "1C",
            name="Position Acquisition Template ID",
            when=("not", ("present", 0x30020122)),
            otherwise="may",
        ),
    ] = None
    """Position Acquisition Template ID (3002,0120): Type 1C, VR ST, VM 1. Required if Position Acquisition Template Code Sequence (3002,0122) is not present. May be present otherwise. Identifier of the position acquisition template. Required if Position Acquisition Template Code Sequence (3002,0122) is not present. May be present otherwise."""

    PositionAcquisitionTemplateDescription: Annotated[
        vr.LT | None,
        Attribute(0x30020123, "LT", "1", "2", name="Position Acquisition Template Description"),
    ]
    """Position Acquisition Template Description (3002,0123): Type 2, VR LT, VM 1. User-defined description of the position acquisition template."""


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
    "PositionAcquisitionTemplateCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
