"""Item class BiopsyTargetSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BiopsyTargetSequenceItem",
]


class BiopsyTargetSequenceItem(DicomModel):
    """An item of Biopsy Target Sequence (0018,2041), as first defined in Breast Biopsy Target Macro Attributes (C.8.21.5.2-1)."""

    dicom_name: ClassVar[str] = "Biopsy Target Sequence"
    dicom_table: ClassVar[str] = "table_C.8.21.5.2-1"

    TargetUID: Annotated[vr.UI, Attribute(0x00182042, "UI", "1", "1", name="Target UID")]
    """Target UID (0018,2042): Type 1, VR UI, VM 1. Unique identifier for the target. To identify the same target in corresponding stereo images."""

    LocalizingCursorPosition: Annotated[
        list[vr.FL], Attribute(0x00182043, "FL", "2", "1", name="Localizing Cursor Position")
    ]
    """Localizing Cursor Position (0018,2043): Type 1, VR FL, VM 2. Coordinates of localizing cursor position with respect to pixels in the image specified by a column (delimiter) row pair. The values shall be in the range 0\\0 (TLHC) to Columns\\Rows (BRHC)."""

    CalculatedTargetPosition: Annotated[
        list[vr.FL], Attribute(0x00182044, "FL", "3", "1", name="Calculated Target Position")
    ]
    """Calculated Target Position (0018,2044): Type 1, VR FL, VM 3. The calculated target position (x, y, z) in mm in an equipment relative right-handed coordinate system where the origin is under the central X-Ray beam at the chest wall, and a z value of zero is located at the surface that the breast is in..."""

    DisplayedZValue: Annotated[
        vr.FL, Attribute(0x00182046, "FL", "1", "1", name="Displayed Z Value")
    ]
    """Displayed Z Value (0018,2046): Type 1, VR FL, VM 1. The z value in mm displayed to the user at the time of biopsy. This may be the same as the z value of Calculated Target Position or different in direction or reference point, such as relative to the compression paddle."""

    TargetLabel: Annotated[
        vr.SH | None, Attribute(0x00182045, "SH", "1", "3", name="Target Label")
    ] = None
    """Target Label (0018,2045): Type 3, VR SH, VM 1. Target description."""
