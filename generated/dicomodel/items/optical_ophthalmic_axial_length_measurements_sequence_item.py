"""Item class OpticalOphthalmicAxialLengthMeasurementsSequenceItem.

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
        CodeSequenceItem as OphthalmicAxialLengthDataSourceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
]


class OpticalOphthalmicAxialLengthMeasurementsSequenceItem(DicomModel):
    """An item of Optical Ophthalmic Axial Length Measurements Sequence (0022,1225), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Optical Ophthalmic Axial Length Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    SignalToNoiseRatio: Annotated[
        vr.FL | None, Attribute(0x00221155, "FL", "1", "3", name="Signal to Noise Ratio")
    ] = None
    """Signal to Noise Ratio (0022,1155): Type 3, VR FL, VM 1. The ratio of signal power to the background noise power (Psignal / Pnoise)."""

    OphthalmicAxialLengthDataSourceCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221150, "SQ", "1", "1", name="Ophthalmic Axial Length Data Source Code Sequence"
        ),
    ]
    """Ophthalmic Axial Length Data Source Code Sequence (0022,1150): Type 1, VR SQ, VM 1. The source of the value in Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

    OphthalmicAxialLengthDataSourceDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00221159, "LO", "1", "3", name="Ophthalmic Axial Length Data Source Description"
        ),
    ] = None
    """Ophthalmic Axial Length Data Source Description (0022,1159): Type 3, VR LO, VM 1. A free text description of the axial length measurement data source."""


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
    "OphthalmicAxialLengthDataSourceCodeSequenceItem": (
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
