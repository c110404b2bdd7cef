"""CT Exposure Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.ct_exposure_sequence_item import (
        CTExposureSequenceItem as _CTExposureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CTExposureSequenceItem = Lazy(
        "dicomodel.items.ct_exposure_sequence_item", "CTExposureSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.ct_exposure_sequence_item import (
        CTExposureSequenceItem as CTExposureSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureMacro",
    "CTExposureSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]


class CTExposureMacro(DicomModel):
    """CT Exposure Macro Attributes (PS3.3 Table C.8-124)."""

    dicom_name: ClassVar[str] = "CT Exposure"
    dicom_table: ClassVar[str] = "table_C.8-124"

    CTExposureSequence: Annotated[
        list[_CTExposureSequenceItem],
        Attribute(0x00189321, "SQ", "1", "1", name="CT Exposure Sequence"),
    ]
    """CT Exposure Sequence (0018,9321): Type 1, VR SQ, VM 1. Contains the Attributes defining exposure information. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CTExposureSequenceItem": (
        "dicomodel.items.ct_exposure_sequence_item",
        "CTExposureSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem": (
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
