"""Item class UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.observer_type import ObserverTypeValue as _ObserverTypeValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ObserverTypeValue = Lazy("dicomodel.enums.observer_type", "ObserverTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
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
    "ObserverType",
    "OphthalmicAxialLengthDataSourceCodeSequenceItem",
    "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
]


class UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem(DicomModel):
    """An item of Ultrasound Ophthalmic Axial Length Measurements Sequence (0022,1220), as first defined in Ophthalmic Axial Measurements Macro Attributes (C.8.25.14-2)."""

    dicom_name: ClassVar[str] = "Ultrasound Ophthalmic Axial Length Measurements Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-2"

    OphthalmicAxialLengthVelocity: Annotated[
        vr.FL, Attribute(0x00221059, "FL", "1", "1", name="Ophthalmic Axial Length Velocity")
    ]
    """Ophthalmic Axial Length Velocity (0022,1059): Type 1, VR FL, VM 1. The sound velocity used in calculating the Ophthalmic Axial Length Measurement Value (0022,1019), in m/sec."""

    ObserverType: Annotated[
        _ObserverTypeValue,
        Attribute(
            0x0040A084, "CS", "1", "1", name="Observer Type", enumerated=((0, ("PSN", "DEV")),)
        ),
    ]
    """Observer Type (0040,A084): Type 1, VR CS, VM 1. Method used to select which acquired axial length measurement values are kept. Enumerated Values: PSN Person; manually selected DEV Device; automatically selected See Section C.8.25.14.1.1.5 for further explanation."""

    OphthalmicAxialLengthDataSourceCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x00221150, "SQ", "1", "1", name="Ophthalmic Axial Length Data Source Code Sequence"
        ),
    ]
    """Ophthalmic Axial Length Data Source Code Sequence (0022,1150): Type 1, VR SQ, VM 1. Source of the value recorded in Ophthalmic Axial Length (0022,1019). Only a single Item shall be included in this Sequence."""

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
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
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
