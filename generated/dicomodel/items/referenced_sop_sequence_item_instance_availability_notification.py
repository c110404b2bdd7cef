"""Item class ReferencedSOPSequenceItemInstanceAvailabilityNotification.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.instance_availability import (
        InstanceAvailabilityValue as _InstanceAvailabilityValue,
    )
else:
    from dicomodel.lazy import Lazy

    _InstanceAvailabilityValue = Lazy(
        "dicomodel.enums.instance_availability", "InstanceAvailabilityValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.instance_availability import InstanceAvailability as InstanceAvailability

__all__ = [
    "InstanceAvailability",
    "ReferencedSOPSequenceItemInstanceAvailabilityNotification",
]


class ReferencedSOPSequenceItemInstanceAvailabilityNotification(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Instance Availability Notification Module Attributes (C.4.23-1)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.4.23-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    InstanceAvailability: Annotated[
        _InstanceAvailabilityValue | None,
        Attribute(
            0x00080056,
            "CS",
            "1",
            None,
            name="Instance Availability",
            enumerated=((0, ("ONLINE", "NEARLINE", "OFFLINE", "UNAVAILABLE")),),
        ),
    ] = None
    """Instance Availability (0008,0056): no Type, VR CS, VM 1. The availability of the referenced Instance. See Section C.4.23.1.1"""

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", None, name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): no Type, VR AE, VM 1-n. Title of the DICOM Application Entity from which the referenced Instance may or may not be retrievable, i.e., the scope for which Instance Availability (0008,0056) applies. See Section C.4.23.1.1."""

    RetrieveLocationUID: Annotated[
        vr.UI | None, Attribute(0x0040E011, "UI", "1", None, name="Retrieve Location UID")
    ] = None
    """Retrieve Location UID (0040,E011): no Type, VR UI, VM 1. Unique identifier of the system where the Composite Object(s) may be retrieved on the network."""

    RetrieveURI: Annotated[
        vr.UR | None, Attribute(0x0040E010, "UR", "1", None, name="Retrieve URI")
    ] = None
    """Retrieve URI (0040,E010): no Type, VR UR, VM 1. Fully specified URI/URL (see [RFC3986]) the location of the referenced Instance. The VR of this Data Element has changed from UT to UR."""

    RetrieveURL: Annotated[
        vr.UR | None, Attribute(0x00081190, "UR", "1", None, name="Retrieve URL")
    ] = None
    """Retrieve URL (0008,1190): no Type, VR UR, VM 1. URL specifying the location of the referenced Instance(s). See Section 10.4 in PS3.18."""

    StorageMediaFileSetID: Annotated[
        vr.SH | None, Attribute(0x00880130, "SH", "1", None, name="Storage Media File-Set ID")
    ] = None
    """Storage Media File-Set ID (0088,0130): no Type, VR SH, VM 1. The user or implementation specific human readable identifier that identifies the offline storage media on which the Instance resides."""

    StorageMediaFileSetUID: Annotated[
        vr.UI | None, Attribute(0x00880140, "UI", "1", None, name="Storage Media File-Set UID")
    ] = None
    """Storage Media File-Set UID (0088,0140): no Type, VR UI, VM 1. Uniquely identifies the offline storage media on which the Instance resides."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "InstanceAvailability": ("dicomodel.enums.instance_availability", "InstanceAvailability"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
