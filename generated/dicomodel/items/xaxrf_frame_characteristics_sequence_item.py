"""Item class XAXRFFrameCharacteristicsSequenceItem.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "XAXRFFrameCharacteristicsSequenceItem",
]


class XAXRFFrameCharacteristicsSequenceItem(DicomModel):
    """An item of XA/XRF Frame Characteristics Sequence (0018,9412), as first defined in X-Ray Frame Characteristics Macro Attributes (C.8.19.6-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Frame Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-1"

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A text description of how this frame was derived. See Section C.8.7.1.1.5 for further explanation."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. A coded description of how this frame was derived. See Section C.12.4.1.1 for further explanation. One or more Items are permitted in this Sequence. More than one Item indicates that successive derivation steps have been applied."""

    AcquisitionDeviceProcessingDescription: Annotated[
        vr.LO | None,
        Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
    ] = None
    """Acquisition Device Processing Description (0018,1400): Type 3, VR LO, VM 1. Indicates any visual processing performed on the frame prior to exchange. See Section C.8.7.1.1.3."""

    AcquisitionDeviceProcessingCode: Annotated[
        vr.LO | None,
        Attribute(0x00181401, "LO", "1", "3", name="Acquisition Device Processing Code"),
    ] = None
    """Acquisition Device Processing Code (0018,1401): Type 3, VR LO, VM 1. Code representing the device-specific processing associated with the frame (e.g., Organ Filtering code) This Code is manufacturer specific but provides useful annotation information to the knowledgeable observer."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
