"""General Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "GeneralAcquisitionModule",
]


class GeneralAcquisitionModule(DicomModel):
    """General Acquisition Module Attributes (PS3.3 Table C.7.10.1-1)."""

    dicom_name: ClassVar[str] = "General Acquisition"
    dicom_table: ClassVar[str] = "table_C.7.10.1-1"

    AcquisitionUID: Annotated[
        vr.UI | None, Attribute(0x00080017, "UI", "1", "3", name="Acquisition UID")
    ] = None
    """Acquisition UID (0008,0017): Type 3, VR UI, VM 1. Unique identification of the single continuous gathering of data over a period of time that resulted in this instance."""

    AcquisitionNumber: Annotated[
        vr.IS | None, Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number")
    ] = None
    """Acquisition Number (0020,0012): Type 3, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this instance."""

    AcquisitionDate: Annotated[
        vr.DA | None, Attribute(0x00080022, "DA", "1", "3", name="Acquisition Date")
    ] = None
    """Acquisition Date (0008,0022): Type 3, VR DA, VM 1. The date the acquisition of data that resulted in this instance started."""

    AcquisitionTime: Annotated[
        vr.TM | None, Attribute(0x00080032, "TM", "1", "3", name="Acquisition Time")
    ] = None
    """Acquisition Time (0008,0032): Type 3, VR TM, VM 1. The time the acquisition of data that resulted in this instance started."""

    AcquisitionDateTime: Annotated[
        vr.DT | None, Attribute(0x0008002A, "DT", "1", "3", name="Acquisition DateTime")
    ] = None
    """Acquisition DateTime (0008,002A): Type 3, VR DT, VM 1. The date and time that the acquisition of data that resulted in this instance started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    AcquisitionDuration: Annotated[
        vr.FD | None, Attribute(0x00189073, "FD", "1", "3", name="Acquisition Duration")
    ] = None
    """Acquisition Duration (0018,9073): Type 3, VR FD, VM 1. Duration of the single continuous gathering of data over a period of time that resulted in this instance, in seconds. E.g., to acquire the data for an image, such as for an MR image, to run the prescribed pulse sequence."""

    ImagesInAcquisition: Annotated[
        vr.IS | None, Attribute(0x00201002, "IS", "1", "3", name="Images in Acquisition")
    ] = None
    """Images in Acquisition (0020,1002): Type 3, VR IS, VM 1. Number of images that resulted from this acquisition of data."""

    IrradiationEventUID: Annotated[
        list[vr.UI] | None, Attribute(0x00083010, "UI", "1-n", "3", name="Irradiation Event UID")
    ] = None
    """Irradiation Event UID (0008,3010): Type 3, VR UI, VM 1-n. Unique identification of the irradiation event(s) associated with the acquisition of this instance. See Section C.7.10.1.1.1. There is not necessarily a 1:1 relationship between an Irradiation Event and an Acquisition."""
