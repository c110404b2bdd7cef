"""Item class ROIElementalCompositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ROIElementalCompositionSequenceItem",
]


class ROIElementalCompositionSequenceItem(DicomModel):
    """An item of ROI Elemental Composition Sequence (3006,00B6), as first defined in RT ROI Observations Module Attributes (C.8-44)."""

    dicom_name: ClassVar[str] = "ROI Elemental Composition Sequence"
    dicom_table: ClassVar[str] = "table_C.8-44"

    ROIElementalCompositionAtomicNumber: Annotated[
        vr.US, Attribute(0x300600B7, "US", "1", "1", name="ROI Elemental Composition Atomic Number")
    ]
    """ROI Elemental Composition Atomic Number (3006,00B7): Type 1, VR US, VM 1. The atomic number of the element for which the ROI Elemental Composition Sequence (3006,00B6) is present."""

    ROIElementalCompositionAtomicMassFraction: Annotated[
        vr.FL,
        Attribute(
            0x300600B8, "FL", "1", "1", name="ROI Elemental Composition Atomic Mass Fraction"
        ),
    ]
    """ROI Elemental Composition Atomic Mass Fraction (3006,00B8): Type 1, VR FL, VM 1. The fractional weight of the element for which the ROI Elemental Composition Sequence (3006,00B6) is present. The sum of all ROI Elemental Composition Atomic Mass Fractions (3006,00B8) within the ROI Elemental Composition Sequence (3006,00B..."""
