"""Item class InventoryReferenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as _ContainerFileTypeTerm
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as _MACAlgorithmTerm
    from dicomodel.items.access_end_points_item import AccessEndPointsItem as _AccessEndPointsItem
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AccessEndPointsItem = Lazy("dicomodel.items.access_end_points_item", "AccessEndPointsItem")
    _ContainerFileTypeTerm = Lazy("dicomodel.enums.container_file_type", "ContainerFileTypeTerm")
    _MACAlgorithmTerm = Lazy("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm")
    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.container_file_type import ContainerFileTypeTerm as ContainerFileTypeTerm
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.items.access_end_points_item import (
        AccessEndPointsItem as InventoryAccessEndPointsSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as IncorporatedInventoryInstanceSequenceItem,
    )

__all__ = [
    "ContainerFileTypeTerm",
    "IncorporatedInventoryInstanceSequenceItem",
    "InventoryAccessEndPointsSequenceItem",
    "InventoryReferenceItem",
    "MACAlgorithmTerm",
]


class InventoryReferenceItem(DicomModel):
    """An item of Incorporated Inventory Instance Sequence (0008,0422), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Incorporated Inventory Instance Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. SOP Class UID of the Inventory SOP Instance included by reference."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. SOP Instance UID of the Inventory SOP Instance included by reference."""

    InventoryAccessEndPointsSequence: Annotated[
        list[_AccessEndPointsItem] | None,
        Attribute(0x00080420, "SQ", "1", "3", name="Inventory Access End Points Sequence"),
    ] = None
    """Inventory Access End Points Sequence (0008,0420): Type 3, VR SQ, VM 1. End point(s) for network protocols to access the referenced Inventory SOP Instance, and the baseline default end point(s) to access Inventory SOP Instances in the Incorporated Inventory Instance Sequence (0008,0422)."""

    FileAccessURI: Annotated[
        vr.UR | None,
        Attribute(
            0x00080409,
            "UR",
            "1",
            "1C",
            name="File Access URI",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """File Access URI (0008,0409): Type 1C, VR UR, VM 1. Required if the referenced SOP Instance is in the DICOM File Format, and is accessible through a non-DICOM protocol (see Annex P). Access URI for a file containing the SOP Instance. See Section C.38.2.2.1.1. Required if the referenced SOP Instance is in the DICOM File Format, and is accessible through a non-DICOM protocol (see Annex P)."""

    ContainerFileType: Annotated[
        _ContainerFileTypeTerm | vr.CS | None,
        Attribute(
            0x0008040A, "CS", "1", "1C", name="Container File Type", when=("present", 0x00080409)
        ),
    ] = None
    """Container File Type (0008,040A): Type 1C, VR CS, VM 1. Required if File Access URI (0008,0409) is present. Type of container file. See Section C.38.1.2.8 for Defined Terms. Required if File Access URI (0008,0409) is present."""

    FilenameInContainer: Annotated[
        vr.UR | None,
        Attribute(
            0x0008040B,
            "UR",
            "1",
            "1C",
            name="Filename in Container",
            when=("value", 0x0008040A, 0, "in", ("ZIP", "TAR", "TARGZIP")),
        ),
    ] = None
    """Filename in Container (0008,040B): Type 1C, VR UR, VM 1. Required if Container File Type (0008,040A) is ZIP, TAR, or TARGZIP. Filename within a container file of the file containing the SOP Instance. See Section C.38.2.2.1.2. Required if Container File Type (0008,040A) is ZIP, TAR, or TARGZIP."""

    FileOffsetInContainer: Annotated[
        vr.UV | None,
        Attribute(
            0x0008040C,
            "UV",
            "1",
            "1C",
            name="File Offset in Container",
            when=("value", 0x0008040A, 0, "in", ("BLOB",)),
            otherwise="may",
        ),
    ] = None
    """File Offset in Container (0008,040C): Type 1C, VR UV, VM 1. Required if Container File Type (0008,040A) is BLOB. May be present otherwise. Byte offset (zero-based) within a container file for the start of the SOP Instance file. See Section C.38.2.2.1.2. Required if Container File Type (0008,040A) is BLOB. May be present otherwise."""

    FileLengthInContainer: Annotated[
        vr.UV | None,
        Attribute(
            0x0008040D,
            "UV",
            "1",
            "1C",
            name="File Length in Container",
            when=("value", 0x0008040A, 0, "in", ("BLOB",)),
            otherwise="may",
        ),
    ] = None
    """File Length in Container (0008,040D): Type 1C, VR UV, VM 1. Required if Container File Type (0008,040A) is BLOB. May be present otherwise. Length in bytes of the SOP Instance file within a container file. See Section C.38.2.2.1.2. Required if Container File Type (0008,040A) is BLOB. May be present otherwise."""

    StoredInstanceTransferSyntaxUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0008040E,
            "UI",
            "1",
            "1C",
            name="Stored Instance Transfer Syntax UID",
            when=("present", 0x00080409),
        ),
    ] = None
    """Stored Instance Transfer Syntax UID (0008,040E): Type 1C, VR UI, VM 1. Required if File Access URI (0008,0409) is present. Transfer Syntax of the SOP Instance encoded in DICOM File Format. Equal to Transfer Syntax UID (0002,0010) in File Meta Information header of the stored Instance. Required if File Access URI (0008,0409) is present."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(0x00282112, "DS", "1-n", "3", name="Lossy Image Compression Ratio"),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 3, VR DS, VM 1-n. Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2."""

    MACAlgorithm: Annotated[
        _MACAlgorithmTerm | vr.CS | None,
        Attribute(0x04000015, "CS", "1", "1C", name="MAC Algorithm", when=("present", 0x04000404)),
    ] = None
    """MAC Algorithm (0400,0015): Type 1C, VR CS, VM 1. Required if MAC (0400,0404) is present. The algorithm used for generating a Message Authentication Code. See Table C.12.1.1.3.1.2-1 for Defined Terms. Required if MAC (0400,0404) is present."""

    MAC: Annotated[vr.OB | None, Attribute(0x04000404, "OB", "1", "3", name="MAC")] = None
    """MAC (0400,0404): Type 3, VR OB, VM 1. Message Authentication Code computed across the stored instance file for verification of file integrity. See Section C.38.2.2.1.3."""

    IncorporatedInventoryInstanceSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00080422,
            "SQ",
            "1",
            "1C",
            name="Incorporated Inventory Instance Sequence",
            when=(
                "unknown",
                "names no attribute: the referenced Inventory SOP Instance itself includes Inventory SOP Instances by reference",
            ),
        ),
    ] = None
    """Incorporated Inventory Instance Sequence (0008,0422): Type 1C, VR SQ, VM 1. Required if the referenced Inventory SOP Instance itself includes Inventory SOP Instances by reference. Inventory SOP Instances whose content is included by reference. See Section C.38.1.1.5. Required if the referenced Inventory SOP Instance itself includes Inventory SOP Instances by reference."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContainerFileTypeTerm": ("dicomodel.enums.container_file_type", "ContainerFileTypeTerm"),
    "IncorporatedInventoryInstanceSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "InventoryAccessEndPointsSequenceItem": (
        "dicomodel.items.access_end_points_item",
        "AccessEndPointsItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
