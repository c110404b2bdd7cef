"""Item class DICOMRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DICOMRetrievalSequenceItem",
]


class DICOMRetrievalSequenceItem(DicomModel):
    """An item of DICOM Retrieval Sequence (0040,E021), as first defined in Referenced Instances and Access Macro Attributes (10-3b)."""

    dicom_name: ClassVar[str] = "DICOM Retrieval Sequence"
    dicom_table: ClassVar[str] = "table_10-3b"

    RetrieveAETitle: Annotated[
        list[vr.AE], Attribute(0x00080054, "AE", "1-n", "1", name="Retrieve AE Title")
    ]
    """Retrieve AE Title (0008,0054): Type 1, VR AE, VM 1-n. Title of a DICOM Application Entity where the referenced Instance(s) may be retrieved on the network."""
