"""Raw Data Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.image_laterality import ImageLateralityValue as _ImageLateralityValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageLateralityValue = Lazy("dicomodel.enums.image_laterality", "ImageLateralityValue")
    _ReferencedInstanceSequenceItemMRSpectroscopy = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import ImageLaterality as ImageLaterality
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as ReferencedInstanceSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageLaterality",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "RawDataModule",
    "ReferencedInstanceSequenceItem",
]


class RawDataModule(DicomModel):
    """Raw Data Module Attributes (PS3.3 Table C.19-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str] = "Raw Data"
    dicom_table: ClassVar[str] = "table_C.19-1"

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "2", name="Instance Number")
    ]
    """Instance Number (0020,0013): Type 2, VR IS, VM 1. A number that identifies this raw data. The value shall be unique within a Series."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the raw data creation was started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the raw data creation was started."""

    AcquisitionDateTime: Annotated[
        vr.DT | None, Attribute(0x0008002A, "DT", "1", "3", name="Acquisition DateTime")
    ] = None
    """Acquisition DateTime (0008,002A): Type 3, VR DT, VM 1. The date and time that the acquisition of data started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    ContentLabel: Annotated[
        vr.CS | None, Attribute(0x00700080, "CS", "1", "3", name="Content Label")
    ] = None
    """Content Label (0070,0080): Type 3, VR CS, VM 1. A label that is used to identify this SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "3", name="Content Description")
    ] = None
    """Content Description (0070,0081): Type 3, VR LO, VM 1. A description of the content of the SOP Instance."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""

    ImageLaterality: Annotated[
        _ImageLateralityValue | None,
        Attribute(
            0x00200062,
            "CS",
            "1",
            "3",
            name="Image Laterality",
            enumerated=((0, ("R", "L", "U", "B")),),
        ),
    ] = None
    """Image Laterality (0020,0062): Type 3, VR CS, VM 1. Laterality of (possibly paired) body part examined. Enumerated Values: R right L left U unpaired B both left and right"""

    CreatorVersionUID: Annotated[
        vr.UI, Attribute(0x00089123, "UI", "1", "1", name="Creator-Version UID")
    ]
    """Creator-Version UID (0008,9123): Type 1, VR UI, VM 1. Unique identification of the equipment and version of the software that has created the Raw Data information. The UID allows one to avoid attempting to interpret raw data with an unknown format."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. Other Instances significantly related to this Instance. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImageLaterality": ("dicomodel.enums.image_laterality", "ImageLaterality"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
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
