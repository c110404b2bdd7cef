"""Photoacoustic Transducer Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.transducer_response_sequence_item import (
        TransducerResponseSequenceItem as _TransducerResponseSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _TransducerResponseSequenceItem = Lazy(
        "dicomodel.items.transducer_response_sequence_item", "TransducerResponseSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerTechnologySequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.transducer_response_sequence_item import (
        TransducerResponseSequenceItem as TransducerResponseSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PhotoacousticTransducerModule",
    "TransducerGeometryCodeSequenceItem",
    "TransducerResponseSequenceItem",
    "TransducerTechnologySequenceItem",
]


class PhotoacousticTransducerModule(DicomModel):
    """Photoacoustic Transducer Module Attributes (PS3.3 Table C.8.34.3-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Transducer"
    dicom_table: ClassVar[str] = "table_C.8.34.3-1"

    TransducerGeometryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0018980D, "SQ", "1", "1", name="Transducer Geometry Code Sequence"),
    ]
    """Transducer Geometry Code Sequence (0018,980D): Type 1, VR SQ, VM 1. Geometric structure of the transducer. Only a single Item shall be included in this Sequence."""

    TransducerResponseSequence: Annotated[
        list[_TransducerResponseSequenceItem] | None,
        Attribute(0x0018982C, "SQ", "1", "2", name="Transducer Response Sequence"),
    ]
    """Transducer Response Sequence (0018,982C): Type 2, VR SQ, VM 1. Characterization of the frequency response of the transducer. Zero or one Item shall be included in this Sequence."""

    TransducerTechnologySequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189831, "SQ", "1", "3", name="Transducer Technology Sequence"),
    ] = None
    """Transducer Technology Sequence (0018,9831): Type 3, VR SQ, VM 1. The type of technology the transducer is based on. Only a single Item is permitted in this Sequence."""


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
    "TransducerGeometryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TransducerResponseSequenceItem": (
        "dicomodel.items.transducer_response_sequence_item",
        "TransducerResponseSequenceItem",
    ),
    "TransducerTechnologySequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
