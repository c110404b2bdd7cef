"""X-Ray Frame Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.xaxrf_frame_characteristics_sequence_item import (
        XAXRFFrameCharacteristicsSequenceItem as _XAXRFFrameCharacteristicsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _XAXRFFrameCharacteristicsSequenceItem = Lazy(
        "dicomodel.items.xaxrf_frame_characteristics_sequence_item",
        "XAXRFFrameCharacteristicsSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.xaxrf_frame_characteristics_sequence_item import (
        XAXRFFrameCharacteristicsSequenceItem as XAXRFFrameCharacteristicsSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "XAXRFFrameCharacteristicsSequenceItem",
    "XRayFrameCharacteristicsMacro",
]


class XRayFrameCharacteristicsMacro(DicomModel):
    """X-Ray Frame Characteristics Macro Attributes (PS3.3 Table C.8.19.6-1)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Characteristics"
    dicom_table: ClassVar[str] = "table_C.8.19.6-1"

    XAXRFFrameCharacteristicsSequence: Annotated[
        list[_XAXRFFrameCharacteristicsSequenceItem],
        Attribute(0x00189412, "SQ", "1", "1", name="XA/XRF Frame Characteristics Sequence"),
    ]
    """XA/XRF Frame Characteristics Sequence (0018,9412): Type 1, VR SQ, VM 1. A Sequence that describes general characteristics of this frame. Only a single Item shall be included in this Sequence."""


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
    "XAXRFFrameCharacteristicsSequenceItem": (
        "dicomodel.items.xaxrf_frame_characteristics_sequence_item",
        "XAXRFFrameCharacteristicsSequenceItem",
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
