"""Access End Points Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "AccessEndPointsMacro",
]


class AccessEndPointsMacro(DicomModel):
    """Access End Points Macro Attributes (PS3.3 Table C.38.2-4)."""

    dicom_name: ClassVar[str] = "Access End Points"
    dicom_table: ClassVar[str] = "table_C.38.2-4"

    RetrieveAETitle: Annotated[
        list[vr.AE] | None, Attribute(0x00080054, "AE", "1-n", "3", name="Retrieve AE Title")
    ] = None
    """Retrieve AE Title (0008,0054): Type 3, VR AE, VM 1-n. AE Title end point from which SOP Instances may be retrieved using a C-MOVE or C-GET based SOP Class (see PS3.4). This AE Title is used together with one or more of Referenced SOP Instance UID (0008,1155), Study Instance UID (0020,000D), an..."""

    RetrieveURL: Annotated[
        vr.UR | None, Attribute(0x00081190, "UR", "1", "3", name="Retrieve URL")
    ] = None
    """Retrieve URL (0008,1190): Type 3, VR UR, VM 1. Base URI end point of the origin server from which SOP Instances may be retrieved using a DICOM web-based service (see PS3.18)."""

    StoredInstanceBaseURI: Annotated[
        vr.UR | None, Attribute(0x00080407, "UR", "1", "3", name="Stored Instance Base URI")
    ] = None
    """Stored Instance Base URI (0008,0407): Type 3, VR UR, VM 1. Base URI end point from which SOP Instances may be retrieved using a non-DICOM protocol (see Annex P). This base URI is used together with a relative path File Access URI (0008,0409) or a Folder Access URI (0008,0408) value."""
