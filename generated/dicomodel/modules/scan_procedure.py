"""Scan Procedure Module Attributes.

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
        CodeSequenceItem as RegistrationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SurfaceScanAcquisitionTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SurfaceScanModeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "RegistrationMethodCodeSequenceItem",
    "ScanProcedureModule",
    "SurfaceScanAcquisitionTypeCodeSequenceItem",
    "SurfaceScanModeCodeSequenceItem",
]


class ScanProcedureModule(DicomModel):
    """Scan Procedure Module Attributes (PS3.3 Table C.8.29-2)."""

    dicom_name: ClassVar[str] = "Scan Procedure"
    dicom_table: ClassVar[str] = "table_C.8.29-2"

    SurfaceScanAcquisitionTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00800001, "SQ", "1", "1", name="Surface Scan Acquisition Type Code Sequence"),
    ]
    """Surface Scan Acquisition Type Code Sequence (0080,0001): Type 1, VR SQ, VM 1. Specify the type of acquisition method. For evaluation of the characteristics or quality of the data. Only a single Item shall be included in this Sequence."""

    SurfaceScanModeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00800002, "SQ", "1", "2", name="Surface Scan Mode Code Sequence"),
    ]
    """Surface Scan Mode Code Sequence (0080,0002): Type 2, VR SQ, VM 1. Used scan mode. Zero or more Items shall be included in this Sequence."""

    RegistrationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00800003,
            "SQ",
            "1",
            "1C",
            name="Registration Method Code Sequence",
            when=("unknown", "depends on whether the image was derived"),
        ),
    ] = None
    """Registration Method Code Sequence (0080,0003): Type 1C, VR SQ, VM 1. Required if the IOD stores data that has been derived from multiple shots. Method for registering multiple shots. Required if the IOD stores data that has been derived from multiple shots. Only a single Item shall be included in this Sequence."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this shot. Shall start at 1 and monotonically increase by 1 within a single acquisition."""

    AcquisitionNumber: Annotated[
        vr.IS, Attribute(0x00200012, "IS", "1", "1", name="Acquisition Number")
    ]
    """Acquisition Number (0020,0012): Type 1, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this Instance."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this Instance started."""

    ShotDurationTime: Annotated[
        vr.FD, Attribute(0x00800004, "FD", "1", "1", name="Shot Duration Time")
    ]
    """Shot Duration Time (0080,0004): Type 1, VR FD, VM 1. The time in seconds from the start of this shot until the end of this shot."""

    ShotOffsetTime: Annotated[
        vr.FD | None, Attribute(0x00800005, "FD", "1", "3", name="Shot Offset Time")
    ] = None
    """Shot Offset Time (0080,0005): Type 3, VR FD, VM 1. The time in seconds from the Acquisition DateTime to the start of this shot."""


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
    "RegistrationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SurfaceScanAcquisitionTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SurfaceScanModeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
